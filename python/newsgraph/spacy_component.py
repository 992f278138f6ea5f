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
from typing import Dict, Iterable, Iterator, List, Optional, Tuple

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ._newsgraph import Extraction, Extractor, Gazetteer, SpacyAnnotator

__all__ = ["KIND_LABELS", "NewsgraphComponent", "make_newsgraph"]

#: spaCy's label for each kind of entity (themes go to ``doc.spans``).
KIND_LABELS: Dict[str, str] = {
    "person": "PERSON",
    "country": "GPE",
    "place": "GPE",
    "region": "LOC",
    "organisation": "ORG",
}

#: What the annotator reads of each token: its text and space, and all
#: of the entity annotation of a doc that may have some; the entity
#: annotation it writes (the first three columns, or all four).
_SHORT_READ = [ORTH, SPACY]
_FULL_READ = [ORTH, SPACY, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def _read(doc: Doc) -> Tuple[bytes, int]:
    """A doc's token array for the annotator, and its number of columns.
    Two scans tell whether the doc has entity annotation: its entities (an
    invalid annotation raises, and counts) and any KB id (which spaCy keeps
    on tokens outside entities); cheaper than reading more columns of
    every doc."""
    try:
        annotated = bool(doc.ents) or doc.has_annotation("ENT_KB_ID")
    except ValueError:
        annotated = True
    if annotated:
        return doc.to_array(_FULL_READ).tobytes(), len(_FULL_READ)
    return doc.to_array(_SHORT_READ).tobytes(), len(_SHORT_READ)


class NewsgraphComponent:
    """Sets ``doc.ents`` and ``doc.spans[spans_key]`` from newsgraph's
    mentions; see the module documentation.

    The text, the alignment to tokens and the entity annotation go through
    the doc's arrays (``Doc.to_array``, ``Doc.from_array``) and the Rust
    side, not through ``doc.text`` and a ``Span`` per entity, which made a
    Python object per token and cost more than extraction itself."""

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
        self._annotator = SpacyAnnotator(
            extractor, self.labels, theme_label, overwrite_ents=overwrite_ents, threads=threads
        )

    def __call__(self, doc: Doc) -> Doc:
        (result,) = self._annotator.annotate(doc.vocab.strings, [_read(doc)])
        return self._set(doc, result)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Extracts each batch of docs in parallel, with the GIL released."""
        docs = iter(stream)
        while True:
            batch = list(islice(docs, max(batch_size, 1)))
            if not batch:
                return
            store = batch[0].vocab.strings
            if any(doc.vocab.strings is not store for doc in batch):
                yield from (self(doc) for doc in batch)
                continue
            results = self._annotator.annotate(store, [_read(doc) for doc in batch])
            for doc, result in zip(batch, results):
                yield self._set(doc, result)

    def _set(self, doc: Doc, result: Tuple[int, Optional[bytes], List[Tuple[int, int, int, int]]]) -> Doc:
        columns, array, themes = result
        if columns < 0:
            # The doc's own entity annotation is invalid: spaCy's way
            # raises spaCy's error for it.
            return self._apply(doc, self.extractor.extract(doc.text))
        if columns:
            values = numpy.frombuffer(array, dtype=numpy.uint64).reshape(columns, len(doc))
            doc.from_array(_ENT_ATTRS[:columns], values.T)
        doc.spans[self.spans_key] = [Span(doc, s, e, label=label, kb_id=kb) for s, e, label, kb in themes]
        return doc

    def _apply(self, doc: Doc, extraction: Extraction) -> Doc:
        """The same annotation through spaCy's own calls (``char_span``,
        ``filter_spans``, ``doc.ents``): the reference the array path
        follows, and the path for a doc whose annotation is invalid."""
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
