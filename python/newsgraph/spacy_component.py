"""The spaCy component: ``nlp.add_pipe("newsgraph")``.

It finds the gazetteer's entities (and, with ``discover``, people and
organisations no gazetteer lists) in ``doc.text`` and sets:

- ``doc.ents``, with ``ent.kb_id_`` the entity id (a Wikidata QID where
  one exists, ``new:person:…`` for a discovered one) and labels by kind:

  ============  ========  ==================================================
  kind          label     why
  ============  ========  ==================================================
  person        PERSON
  country       GPE       a country is a geopolitical entity
  place         GPE       cities and towns are too
  region        LOC       the kind holds provinces and oblasts but also blocs
                          and areas (Midden-Oosten, Sahel, Donbas), which
                          spaCy's scheme calls LOC
  organisation  ORG
  ============  ========  ==================================================

  ``labels`` in the config replaces any of these (``{"region": "GPE"}``).
- ``doc.spans["themes"]`` (the key is ``spans_key``): the themes (defence,
  sanctions, …) with the label ``THEME`` (``theme_label``) and the theme id
  as ``kb_id_``. Themes may overlap entities, so they are no ``ents``.

Spans follow spaCy's tokens: a mention inside a token (``EU`` in
``EU-sanctiepakket`` when the tokenizer keeps it whole) covers the whole
token (``alignment_mode="expand"``). Entities already on the doc (from an
earlier component) are kept and win over overlapping ones of newsgraph,
unless ``overwrite_ents`` is true; then newsgraph's win and the others stay
where they do not overlap.

Config:

- ``gazetteer``: a gazetteer file or folder (as the command's
  ``--gazetteer``), or ``None`` / ``"builtin"`` for the built-in one;
- ``builtin``: with a ``gazetteer`` path, also use the built-in one
  (default true);
- ``discover`` (default true), ``overwrite_ents`` (default false),
  ``spans_key``, ``theme_label``, ``labels``;
- ``threads``: for ``nlp.pipe``, which extracts a batch of texts in
  parallel (default: one per core).

Example::

    import spacy
    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph", config={"discover": False})
    doc = nlp("De Russische president Vladimir Poetin sprak over defensie.")
    [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    # [('Russische', 'GPE', 'Q159'), ('Vladimir Poetin', 'PERSON', 'Q7747')]
"""

from __future__ import annotations

from itertools import islice
from typing import Dict, Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ._newsgraph import Extraction, Extractor, Gazetteer

__all__ = ["KIND_LABELS", "NewsgraphComponent", "make_newsgraph"]

#: spaCy's label for each kind of entity (themes go to ``doc.spans``).
KIND_LABELS: Dict[str, str] = {
    "person": "PERSON",
    "country": "GPE",
    "place": "GPE",
    "region": "LOC",
    "organisation": "ORG",
}


class NewsgraphComponent:
    """Sets ``doc.ents`` and ``doc.spans[spans_key]`` from newsgraph's
    mentions; see the module documentation."""

    def __init__(
        self,
        extractor: Extractor,
        *,
        overwrite_ents: bool = False,
        spans_key: str = "themes",
        theme_label: str = "THEME",
        labels: Optional[Dict[str, str]] = None,
        threads: Optional[int] = None,
    ) -> None:
        self.extractor = extractor
        self.overwrite_ents = overwrite_ents
        self.spans_key = spans_key
        self.theme_label = theme_label
        self.labels = dict(KIND_LABELS, **(labels or {}))
        self.threads = threads

    def __call__(self, doc: Doc) -> Doc:
        return self._apply(doc, self.extractor.extract(doc.text))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Extracts each batch of docs in parallel, with the GIL released."""
        docs = iter(stream)
        while True:
            batch = list(islice(docs, max(batch_size, 1)))
            if not batch:
                return
            texts = [doc.text for doc in batch]
            extractions = self.extractor.extract_many(texts, self.threads)
            for doc, extraction in zip(batch, extractions):
                yield self._apply(doc, extraction)

    def _apply(self, doc: Doc, extraction: Extraction) -> Doc:
        ents: List[Span] = []
        themes: List[Span] = []
        labels, theme_label, char_span = self.labels, self.theme_label, doc.char_span
        for start, end, kind, entity in extraction.spans():
            if kind == "theme":
                span = char_span(start, end, theme_label, kb_id=entity, alignment_mode="expand")
                if span is not None:
                    themes.append(span)
                continue
            label = labels.get(kind)
            if label is None:
                continue
            span = char_span(start, end, label, kb_id=entity, alignment_mode="expand")
            if span is not None:
                ents.append(span)
        doc.spans[self.spans_key] = themes
        if not ents:
            return doc
        # Expanding to whole tokens can make two mentions overlap.
        ours = filter_spans(ents)
        # Reading doc.ents makes a Token of every token: only when some
        # token has entity annotation.
        existing = list(doc.ents) if doc.has_annotation("ENT_IOB") else []
        if not existing:
            doc.ents = ours
            return doc
        if self.overwrite_ents:
            kept = [e for e in existing if not _overlaps_any(e, ours)]
            new = ours
        else:
            kept = existing
            new = [e for e in ours if not _overlaps_any(e, existing)]
        doc.ents = sorted(kept + new, key=lambda s: (s.start, s.end))
        return doc


def _overlaps_any(span: Span, others: List[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


@Language.factory(
    "newsgraph",
    default_config={
        "gazetteer": None,
        "builtin": True,
        "discover": True,
        "overwrite_ents": False,
        "spans_key": "themes",
        "theme_label": "THEME",
        "labels": {},
        "threads": None,
    },
)
def make_newsgraph(
    nlp: Language,
    name: str,
    gazetteer: Optional[str],
    builtin: bool,
    discover: bool,
    overwrite_ents: bool,
    spans_key: str,
    theme_label: str,
    labels: Dict[str, str],
    threads: Optional[int],
) -> NewsgraphComponent:
    """The factory behind ``nlp.add_pipe("newsgraph", config={...})``."""
    if gazetteer is None or gazetteer == "builtin":
        chosen: Optional[Gazetteer] = None  # the built-in one, without a copy
    else:
        chosen = Gazetteer.load(gazetteer, builtin=builtin)
    return NewsgraphComponent(
        Extractor(chosen, discover=discover),
        overwrite_ents=overwrite_ents,
        spans_key=spans_key,
        theme_label=theme_label,
        labels=labels,
        threads=threads,
    )
