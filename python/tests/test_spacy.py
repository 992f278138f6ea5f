"""The spaCy component, through spaCy's own registry."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402

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
