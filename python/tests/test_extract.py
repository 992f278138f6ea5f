"""Extraction: mentions, offsets, titles, many documents at once."""

from __future__ import annotations

import gc
import os
import tracemalloc

import pytest

from newsgraph import DocumentError, Extractor, Gazetteer, NewsgraphError, OptionError


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def test_a_wire_item(extractor):
    text = "MOSKOU (ANP/RTR) - De Russische president Vladimir Poetin sprak met Iran. Poetin zweeg."
    x = extractor.extract(text, id="d1", date="2024-01-15")
    assert (x.id, x.date, x.text, x.title) == ("d1", "2024-01-15", text, None)
    got = [(m.text, m.entity, m.kind, m.form, m.role) for m in x.mentions]
    assert got[0] == ("MOSKOU", "Q649", "place", "alias", "dateline")
    assert ("Vladimir Poetin", "Q7747", "person", "alias", "body") in got
    assert got[-1][0] == "Poetin" and got[-1][1] == "Q7747"
    assert len(x) == len(x.mentions) == len(list(x))
    first = x.mentions[0]
    assert (first.sentence, first.paragraph, first.item, first.field) == (0, 0, 0, "text")
    assert x.mentions == x.mentions  # equal values, built anew


# (text, mention texts) with characters of more than one byte before them
NON_ASCII = [
    "Zelenski’s bezoek aan Kyiv 🇺🇦 en Poetins antwoord uit Moskou.",
    "😀😀 Oekraïne en Rusland: İstanbul-overleg 🤝 met Erdoğan.",
    "Ruß, café, naïef — Duitsland, België en Noorwegen.",
    "e\u0301e\u0301 Frankrijk (decomposed accents before it)",
]


@pytest.mark.parametrize("text", NON_ASCII)
def test_character_and_byte_offsets(extractor, text):
    x = extractor.extract(text)
    assert x.mentions, text
    encoded = text.encode("utf-8")
    for m in x.mentions:
        assert text[m.start:m.end] == m.text
        assert encoded[m.byte_start:m.byte_end].decode("utf-8") == m.text
        assert m.start <= m.byte_start


def test_zelenski_and_emoji_offsets(extractor):
    text = "🇺🇦 Zelenski’s woorden in Kyiv."
    x = extractor.extract(text)
    kyiv = [m for m in x.mentions if m.entity == "Q1899"]
    assert kyiv and text[kyiv[0].start:kyiv[0].end] == "Kyiv"
    assert kyiv[0].start == text.index("Kyiv")
    assert kyiv[0].byte_start == len(text[: text.index("Kyiv")].encode())


def test_a_title_is_its_own_field(extractor):
    x = extractor.extract("Rusland zwijgt. Iran ook.", title="Iran dreigt")
    got = [(m.field, m.text, m.role) for m in x.mentions]
    assert got == [
        ("title", "Iran", "headline"),
        ("text", "Rusland", "body"),
        ("text", "Iran", "body"),
    ]
    assert x.title == "Iran dreigt"
    assert x.mentions[0].start == 0


def test_discovery_can_be_turned_off():
    text = "Dat zei woordvoerder Marloes Kuipers van de gemeente."
    on = Extractor().extract(text).mentions
    found = [m for m in on if m.discovered]
    assert [(m.entity, m.form, m.cue, m.cue_kind) for m in found] == [
        ("new:person:marloes-kuipers", "discovered", "woordvoerder", "role")
    ]
    off = Extractor(discover=False).extract(text).mentions
    assert not any(m.discovered for m in off)


def test_kinds_and_partial_names():
    text = "Vladimir Poetin sprak met Rusland. Poetin zweeg."
    only_countries = Extractor(kinds=["country"]).extract(text)
    assert {m.kind for m in only_countries.mentions} == {"country"}
    g = Gazetteer.from_rows(
        [{"id": "P", "name": "Vladimir Poetin", "kind": "person", "partials": "Poetin"}]
    )
    assert len(Extractor(g).extract(text)) == 2
    assert len(Extractor(g, partial_names=False).extract(text)) == 1
    with pytest.raises(OptionError):
        Extractor(kinds=["people"])


def test_to_dict(extractor):
    d = extractor.extract("Iran.", id=7).to_dict()
    assert d["id"] == "7"
    assert d["mentions"][0] == {
        "entity": "Q794", "kind": "country", "name": "Iran", "text": "Iran",
        "start": 0, "end": 4, "byte_start": 0, "byte_end": 4, "form": "name",
        "role": "body", "sentence": 0, "paragraph": 0, "item": 0,
        "field": "text", "discovered": False, "cue": None, "cue_kind": None,
    }


def docs(n):
    for i in range(n):
        yield f"Bericht {i}: Rusland en Iran sloten een verdrag. Zelenski’s reactie volgde. 🇺🇦"


def test_extract_many_equals_extract(extractor, fixture_paths):
    texts = [p.read_text() for p in fixture_paths] + NON_ASCII + list(docs(50))
    texts.append({"text": "Rusland.", "title": "Iran", "id": 3, "date": "2024-02-01"})
    one = [
        extractor.extract(t) if isinstance(t, str)
        else extractor.extract(t["text"], t["title"], id=t["id"], date=t["date"])
        for t in texts
    ]
    for threads in (None, 1, 2):
        for batch_size in (1, 7, 512):
            many = list(extractor.extract_many(iter(texts), threads, batch_size=batch_size))
            assert [x.mentions for x in many] == [x.mentions for x in one]
            assert [(x.id, x.date, x.title) for x in many] == [(x.id, x.date, x.title) for x in one]
    assert many[-1].id == "3" and many[-1].mentions[0].field == "title"


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs /proc")
def test_a_generator_of_many_documents_runs_in_flat_memory(extractor):
    # 200,000 documents of about 100 bytes: 20 MB of text that never exists
    # at once. Python's allocations stay within a few batches, and so does
    # the resident memory after the first ones.
    n, mentions = 200_000, 0
    per_document = len(extractor.extract(next(docs(1))))
    tracemalloc.start()
    for i, x in enumerate(extractor.extract_many(docs(n))):
        mentions += len(x)
        if i == 20_000:
            gc.collect()
            early = rss_bytes()
    gc.collect()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    late = rss_bytes()
    assert mentions == per_document * n
    assert peak < 8 << 20, f"Python peak {peak} bytes"
    assert late - early < 16 << 20, f"resident memory grew by {late - early} bytes"


# (input, words of the message)
BAD_DOCUMENTS = [
    (b"bytes", "expected a str or a mapping with \"text\", not bytes"),
    ({"title": "x"}, 'has no "text"'),
    ({"text": 3}, '"text" must be a str, not int'),
    ("\ud800 lone surrogate", "not valid Unicode"),
    (None, "expected a str or a mapping"),
]


@pytest.mark.parametrize("bad,words", BAD_DOCUMENTS)
def test_a_bad_document_raises_after_the_good_ones(extractor, bad, words):
    good = ["Rusland.", "Iran."]
    results = extractor.extract_many(good + [bad] + good, batch_size=512)
    assert [x.mentions[0].entity for x in (next(results), next(results))] == ["Q159", "Q794"]
    with pytest.raises(DocumentError) as caught:
        next(results)
    assert caught.value.index == 2
    assert str(caught.value).startswith("document 2: ")
    assert words in str(caught.value)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, NewsgraphError)
    with pytest.raises(StopIteration):
        next(results)


def test_extract_rejects_what_is_no_text(extractor):
    with pytest.raises(DocumentError):
        extractor.extract(b"Rusland")
    with pytest.raises(DocumentError):
        extractor.extract("Rusland", title=5)


def test_an_error_of_the_iterable_itself_propagates(extractor):
    def broken():
        yield "Rusland."
        raise KeyError("from the generator")

    results = extractor.extract_many(broken())
    assert next(results).mentions[0].entity == "Q159"
    with pytest.raises(KeyError):
        next(results)


@pytest.mark.parametrize("text", NON_ASCII)
def test_spans_are_the_texts_mentions(extractor, text):
    x = extractor.extract(text, title="Rusland")
    assert x.spans() == [
        (m.start, m.end, m.kind, m.entity) for m in x.mentions if m.field == "text"
    ]
