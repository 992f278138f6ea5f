"""The spaCy component, through spaCy's own registry."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

import numpy  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402

from newsgraph.spacy_component import KIND_LABELS, NewsgraphComponent  # noqa: E402


@pytest.fixture(scope="module", params=["nl", "en"])
def nlp(request):
    nlp = spacy.blank(request.param)
    nlp.add_pipe("newsgraph")
    return nlp


def test_the_factory_is_registered_by_entry_point():
    from importlib.metadata import entry_points

    found = entry_points(group="spacy_factories")
    assert "newsgraph" in [e.name for e in found]
    assert spacy.registry.factories.get("newsgraph") is not None


def test_entities_labels_and_kb_ids(nlp):
    doc = nlp("MOSKOU (ANP) - De Russische president Vladimir Poetin sprak in Nederland over defensie en de EU.")
    ents = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert ("Vladimir Poetin", "PERSON", "Q7747") in ents
    assert ("Russische", "GPE", "Q159") in ents
    assert ("MOSKOU", "GPE", "Q649") in ents
    assert ("ANP", "ORG", "Q2608065") in ents or any(e[0] == "ANP" and e[1] == "ORG" for e in ents)
    themes = [(s.text, s.label_, s.kb_id_) for s in doc.spans["themes"]]
    assert themes == [("defensie", "THEME", "theme:defence")]
    assert not any(e.label_ == "THEME" for e in doc.ents)


def test_labels_follow_the_documented_map(nlp):
    doc = nlp("Vladimir Poetin, Rusland, Moskou, de Sahel en de NAVO.")
    assert {e.label_ for e in doc.ents} <= set(KIND_LABELS.values())
    by_text = {e.text: e.label_ for e in doc.ents}
    assert by_text["Sahel"] == "LOC"
    assert by_text["NAVO"] == "ORG"
    assert by_text["Moskou"] == "GPE"


def test_spans_follow_token_boundaries(nlp):
    text = "Het twintigste EU-sanctiepakket tegen Zelenski’s vijand Rusland 🇺🇦."
    doc = nlp(text)
    for e in doc.ents:
        assert e.start_char == doc[e.start].idx
        assert e.end_char == doc[e.end - 1].idx + len(doc[e.end - 1])
    russia = [e for e in doc.ents if e.kb_id_ == "Q159"]
    assert [e.text for e in russia] == ["Rusland"]
    eu = [e for e in doc.ents if e.kb_id_ == "Q458"]
    assert eu and "EU" in eu[0].text


def test_existing_entities_are_kept_unless_overwrite():
    text = "Vladimir Poetin sprak met Iran."
    for overwrite, label in [(False, "MISC"), (True, "PERSON")]:
        nlp = spacy.blank("nl")
        nlp.add_pipe("newsgraph", config={"overwrite_ents": overwrite})
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, 0, 1, label="MISC"), ]
        doc = nlp.get_pipe("newsgraph")(doc)
        assert doc.ents[0].label_ == label
        assert [e.text for e in doc.ents][-1] == "Iran"


def test_config_options(tmp_path):
    (tmp_path / "people.tsv").write_text("id\tname\nP1\tMarloes Kuipers\n")
    nlp = spacy.blank("nl")
    nlp.add_pipe(
        "newsgraph",
        config={
            "gazetteer": str(tmp_path),
            "builtin": False,
            "discover": False,
            "labels": {"person": "PER"},
            "spans_key": "topics",
        },
    )
    doc = nlp("Marloes Kuipers en woordvoerder Jan Jansen in Rusland over defensie.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [("Marloes Kuipers", "PER", "P1")]
    assert list(doc.spans["topics"]) == []
    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph", config={"discover": True})
    doc = nlp("Dat zei woordvoerder Jan Jansen.")
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("Jan Jansen", "new:person:jan-jansen")]


def test_pipe_equals_call(nlp):
    texts = ["Rusland en Iran.", "Poetin in Moskou.", "", "Geen namen hier.", "De NAVO en defensie."] * 30
    piped = list(nlp.pipe(texts, batch_size=16))
    single = [nlp(t) for t in texts]
    for a, b in zip(piped, single):
        assert [(e.start, e.end, e.label_, e.kb_id_) for e in a.ents] == [
            (e.start, e.end, e.label_, e.kb_id_) for e in b.ents
        ]
        assert [(s.start, s.end) for s in a.spans["themes"]] == [(s.start, s.end) for s in b.spans["themes"]]


def test_the_component_is_importable():
    assert NewsgraphComponent.__module__ == "newsgraph.spacy_component"


# The component works on the doc's arrays (to_array, from_array) and the
# Rust side; NewsgraphComponent._apply does the same through spaCy's own
# calls (doc.text, char_span, filter_spans, doc.ents). Both must leave the
# same annotation on every token and the same theme spans.

def _annotation(doc):
    tokens = [(t.ent_iob_, t.ent_type_, t.ent_kb_id_, t.ent_id_) for t in doc]
    themes = [(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans["themes"]]
    return tokens, themes


def _words_doc(nlp, text):
    made = nlp.make_doc(text)
    return Doc(nlp.vocab, words=[t.text for t in made], spaces=[bool(t.whitespace_) for t in made])


def _with_ents(spans):
    def make(nlp, text):
        doc = nlp.make_doc(text)
        doc.ents = [Span(doc, s, e, label=label, kb_id=kb, span_id=sid) for s, e, label, kb, sid in spans]
        return doc

    return make


def _all_outside(nlp, text):
    doc = nlp.make_doc(text)
    doc.ents = []
    return doc


def _with_kb_id_only(nlp, text):
    doc = nlp.make_doc(text)
    doc[1].ent_kb_id_ = "Kx"
    return doc


NEWS = "MOSKOU (ANP) - De Russische president Vladimir Poetin sprak  in Nederland over defensie, de EU-sanctiepakketten en de NAVO."

EQUAL_ROWS = [
    # (what, text, make the doc, config)
    ("tokenizer", NEWS, lambda nlp, t: nlp.make_doc(t), {}),
    ("words and spaces", NEWS, _words_doc, {}),
    ("words, no spaces", NEWS, lambda nlp, t: Doc(nlp.vocab, words=t.split()), {}),
    ("empty doc", "", lambda nlp, t: nlp.make_doc(t), {}),
    ("no mentions", "Geen namen hier.", lambda nlp, t: nlp.make_doc(t), {}),
    ("only a theme", "Het ging over defensie.", lambda nlp, t: nlp.make_doc(t), {}),
    ("existing kept", NEWS, _with_ents([(0, 1, "MISC", "K0", "I0"), (9, 11, "X", "", "")]), {}),
    ("existing overwritten", NEWS, _with_ents([(0, 1, "MISC", "K0", "I0"), (9, 11, "X", "", "")]), {"overwrite_ents": True}),
    ("existing apart", NEWS, _with_ents([(5, 6, "MISC", "K5", "")]), {"overwrite_ents": True}),
    ("a KB id outside entities", NEWS, _with_kb_id_only, {}),
    ("every token outside", NEWS, _all_outside, {}),
    ("a kind left out", NEWS, lambda nlp, t: nlp.make_doc(t), {"labels": {"person": ""}}),
    ("other labels", NEWS, lambda nlp, t: nlp.make_doc(t), {"labels": {"region": "GPE", "place": "LOC"}}),
]


@pytest.mark.parametrize("what,text,make,config", EQUAL_ROWS, ids=[r[0] for r in EQUAL_ROWS])
def test_the_array_path_equals_spacys_own_calls(what, text, make, config):
    nlp = spacy.blank("nl")
    component = nlp.add_pipe("newsgraph", config=config)
    fast, reference = make(nlp, text), make(nlp, text)
    component(fast)
    component._apply(reference, component.extractor.extract(reference.text))
    assert _annotation(fast) == _annotation(reference)
    piped = list(component.pipe([make(nlp, text), make(nlp, text)], batch_size=2))
    assert [_annotation(d) for d in piped] == [_annotation(reference)] * 2


def test_the_equality_check_sees_a_difference():
    nlp = spacy.blank("nl")
    component = nlp.add_pipe("newsgraph")
    ours = component(nlp.make_doc(NEWS))
    other = nlp.make_doc(NEWS)
    other.ents = list(ours.ents)[1:]
    other.spans["themes"] = [Span(other, s.start, s.end, label=s.label, kb_id=s.kb_id) for s in ours.spans["themes"]]
    assert _annotation(ours)[1] == _annotation(other)[1]
    assert _annotation(ours) != _annotation(other)


def test_the_fixtures_annotate_as_spacys_own_calls(fixture_paths):
    assert fixture_paths
    for overwrite in (False, True):
        nlp = spacy.blank("nl")
        component = nlp.add_pipe("newsgraph", config={"overwrite_ents": overwrite})
        texts = [p.read_text(encoding="utf-8") for p in fixture_paths]
        found = 0
        for text in texts:
            for make in (lambda t: nlp.make_doc(t), lambda t: _words_doc(nlp, t),
                         lambda t: _with_ents([(2, 4, "MISC", "K", "")])(nlp, t)):
                fast, reference = make(text), make(text)
                component(fast)
                component._apply(reference, component.extractor.extract(reference.text))
                assert _annotation(fast) == _annotation(reference)
                found += len(fast.ents)
        assert found > 0


def test_docs_made_from_words():
    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph", config={"discover": False})
    component = nlp.get_pipe("newsgraph")
    doc = component(Doc(nlp.vocab, words=["Poetin", "bezocht", "Frankrijk", "en", "de", "EU", "."],
                        spaces=[True, True, True, True, True, False, False]))
    assert doc.text == "Poetin bezocht Frankrijk en de EU."
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        ("Poetin", "PERSON", "Q7747"), ("Frankrijk", "GPE", "Q142"), ("EU", "ORG", "Q458")]
    assert [t.ent_iob_ for t in doc] == ["B", "O", "B", "O", "O", "B", "O"]


def test_themes_are_a_span_group_with_kb_ids():
    nlp = spacy.blank("nl")
    nlp.add_pipe("newsgraph", config={"spans_key": "onderwerpen", "theme_label": "TOPIC"})
    doc = nlp("Sancties en defensie, en Rusland.")
    group = doc.spans["onderwerpen"]
    assert [(s.text, s.label_, s.kb_id_) for s in group] == [
        ("Sancties", "TOPIC", "theme:sanctions"), ("defensie", "TOPIC", "theme:defence")]
    assert "themes" not in doc.spans
    assert not any(e.label_ == "TOPIC" for e in doc.ents)


def test_ids_resolve_in_each_docs_own_vocab():
    nlp = spacy.blank("nl")
    component = nlp.add_pipe("newsgraph")
    other = spacy.blank("nl")
    text = "Poetin en de NAVO over defensie."
    assert "Q7747" not in other.vocab.strings
    docs = [nlp.make_doc(text), other.make_doc(text), nlp.make_doc(text)]
    for doc in list(component.pipe(docs, batch_size=3)) + [component(other.make_doc(text))]:
        assert [(e.label_, e.kb_id_) for e in doc.ents][0] == ("PERSON", "Q7747")
        assert [(s.label_, s.kb_id_) for s in doc.spans["themes"]] == [("THEME", "theme:defence")]
    assert "Q7747" in other.vocab.strings


def test_invalid_entity_annotation_raises_spacys_error():
    from spacy.attrs import ENT_IOB, ENT_TYPE
    nlp = spacy.blank("nl")
    component = nlp.add_pipe("newsgraph")
    doc = nlp.make_doc("Poetin sprak met Iran.")
    label = nlp.vocab.strings.add("MISC")
    # An I that follows no entity, which spaCy's Doc.ents refuses.
    doc.from_array([ENT_IOB, ENT_TYPE], numpy.array([[2, 0], [1, label], [2, 0], [2, 0], [2, 0]], dtype="uint64"))
    with pytest.raises(ValueError, match="E093"):
        component(doc)
    # Without a mention the doc's entities are not read: no error, as before.
    quiet = nlp.make_doc("Geen namen hier .")
    quiet.from_array([ENT_IOB, ENT_TYPE], numpy.array([[2, 0], [1, label], [2, 0], [2, 0]], dtype="uint64"))
    assert list(component(quiet).spans["themes"]) == []
    valid = nlp.make_doc("Poetin sprak met Iran.")
    valid.from_array([ENT_IOB, ENT_TYPE], numpy.array([[2, 0], [3, label], [2, 0], [2, 0], [2, 0]], dtype="uint64"))
    assert [e.text for e in component(valid).ents] == ["Poetin", "sprak", "Iran"]


def test_threads_share_one_component():
    from concurrent.futures import ThreadPoolExecutor

    nlp = spacy.blank("nl")
    component = nlp.add_pipe("newsgraph")
    texts = [NEWS, "Poetin in Moskou.", "Geen namen hier.", "De NAVO en defensie."] * 5
    expected = [_annotation(component(nlp.make_doc(t))) for t in texts]

    def piped(start):
        docs = [nlp.make_doc(t) for t in texts[start:] + texts[:start]]
        return [_annotation(d) for d in component.pipe(docs, batch_size=3)]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(piped, range(4)))
    for start, result in enumerate(results):
        assert result == expected[start:] + expected[:start]
