"""Gazetteers: loading, rows built in Python, read access, errors."""

from __future__ import annotations

import pytest

from newsgraph import (
    Extractor,
    FileError,
    Gazetteer,
    GazetteerError,
    NewsgraphError,
    OptionError,
)


def test_builtin_has_the_seed_entities():
    g = Gazetteer.builtin()
    assert len(g) > 4000
    russia = g["Q159"]
    assert (russia.id, russia.name, russia.kind) == ("Q159", "Russia", "country")
    texts = {f.text for f in russia.forms}
    assert {"Russia", "Rusland"} <= texts
    assert russia.forms[0].form == "name"
    assert "Q159" in g and "Q0" not in g
    assert g.get("Q0") is None
    with pytest.raises(KeyError):
        g["Q0"]
    assert sum(1 for _ in g) == len(g) == len(g.entities)


def test_forms_say_their_case_and_stem_rules():
    g = Gazetteer.from_rows(
        [
            {"id": "Q458", "name": "European Union", "kind": "organisation",
             "aliases": ["EU", "Europese Unie"]},
            {"id": "theme:defence", "name": "defence", "kind": "theme",
             "aliases": "defensie*|*drones"},
            {"id": "Q1", "name": "=Nice", "kind": "place"},
        ]
    )
    forms = {f.text: (f.form, f.case, f.stem) for e in g for f in e.forms}
    assert forms == {
        "European Union": ("name", "insensitive", "whole"),
        "EU": ("alias", "exact", "whole"),
        "Europese Unie": ("alias", "insensitive", "whole"),
        "defence": ("name", "insensitive", "whole"),
        "defensie": ("alias", "insensitive", "prefix"),
        "drones": ("alias", "insensitive", "suffix"),
        "Nice": ("name", "as_written_or_upper", "whole"),
    }


def test_topics_select_cued_names_in_an_item():
    g = Gazetteer.from_rows(
        [
            {"id": "R1", "name": "County Kerry", "kind": "region",
             "cued": ["Kerry"], "cues": ["county"],
             "topics": ["hurling", "Gaelic"]},
        ]
    )
    assert g["R1"].topics == ["hurling", "gaelic"]
    x = Extractor(g)
    found = x.extract("Kerry won the Gaelic football final.").mentions
    assert [(m.entity, m.text) for m in found] == [("R1", "Kerry")]
    alone = x.extract("Kerry Smith won the final.").mentions
    assert all(m.entity != "R1" for m in alone)


def test_load_a_file_and_a_folder(tmp_path):
    (tmp_path / "places.tsv").write_text("id\tname\taliases\nX803\tUtrecht\t\n")
    (tmp_path / "people.tsv").write_text(
        "id\tname\taliases\tpartials\tcountry\trole\n"
        "P1\tMarloes Kuipers\t\tKuipers\tQ55\tspokesperson\n"
    )
    folder = Gazetteer.load(tmp_path)
    assert sorted(e.id for e in folder) == ["P1", "X803"]
    person = folder["P1"]
    assert (person.kind, person.country) == ("person", "Q55")
    assert person.attributes == {"role": "spokesperson"}
    one = Gazetteer.load(tmp_path / "places.tsv")
    assert [e.kind for e in one] == ["place"]
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.load(tmp_path / "places.tsv", builtin=True)
    assert "Utrecht" in str(caught.value) or "utrecht" in str(caught.value)
    x = Extractor(one).extract("UTRECHT (ANP) - Regen.")
    # ANP is in no list of this gazetteer: the dateline says it is an agency
    assert [m.entity for m in x.mentions] == ["X803", "new:organisation:anp"]
    (tmp_path / "places.tsv").write_text("id\tname\nX1\tZorblax\n")
    both = Gazetteer.load(tmp_path / "places.tsv", builtin=True)
    assert len(both) == len(Gazetteer.builtin()) + 1


# (file content, line, words of the message)
BAD_FILES = [
    ("id\tname\nQ1\tRussia\textra\n", 2, "at most 2 tab-separated cells"),
    ("# comment\n\nid\tname\tkind\nQ1\tRussia\tcountry\nQ2\tIran\tcontry\n", 5, "unknown kind"),
    ("id\tname\taliases\nQ1\tRussia\tRusland||Rus\n", 2, "empty value in column aliases"),
    ("id\tname\nQ1\tRussia\nQ1\tRusland\n", 3, "duplicate id Q1"),
    ("name\taliases\nRussia\t\n", 1, 'no "id" column'),
]


@pytest.mark.parametrize("content,line,words", BAD_FILES)
def test_bad_files_name_file_and_line(tmp_path, content, line, words):
    path = tmp_path / "countries.tsv"
    path.write_text(content)
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.load(path)
    error = caught.value
    assert (error.path, error.line, error.row) == (str(path), line, None)
    assert str(error).startswith(f"{path}:{line}: ")
    assert words in str(error)
    assert isinstance(error, ValueError) and isinstance(error, NewsgraphError)


def test_a_good_file_loads(tmp_path):
    path = tmp_path / "countries.tsv"
    path.write_text("# comment\n\nid\tname\tkind\nQ1\tRussia\tcountry\n")
    assert [e.id for e in Gazetteer.load(path)] == ["Q1"]


def test_a_conflict_names_both_places(tmp_path):
    path = tmp_path / "people.tsv"
    path.write_text("id\tname\tkind\nP1\tJan Smit\tperson\nP2\tJAN SMIT\tperson\n")
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.load(path)
    assert caught.value.line == 3
    assert f"{path}:2" in str(caught.value) and "P1" in str(caught.value)


def test_missing_file_is_an_os_error(tmp_path):
    missing = tmp_path / "nope.tsv"
    with pytest.raises(FileError) as caught:
        Gazetteer.load(missing)
    assert isinstance(caught.value, OSError)
    assert caught.value.filename == str(missing)
    assert caught.value.errno == 2


# (rows, row, words of the message)
BAD_ROWS = [
    ([{"id": "Q1", "name": "A", "kind": "place"}, {"name": "B"}], 1, "no id"),
    ([{"id": "Q1", "name": "A", "kind": "nowhere"}], 0, "unknown kind"),
    ([{"id": "Q1", "name": "A\tB", "kind": "place"}], 0, "tab or line break"),
    ([{"id": "Q1", "name": "A", "kind": "place", "aliases": ["B|C"]}], 0, "has a |"),
    ([{"id": "#1", "name": "A", "kind": "place"}], 0, "starts with #"),
    ([{"id": "Q1", "name": "A", "kind": "place"}, {"id": "Q2", "name": "a", "kind": "place"}], 1, "already claimed by Q1 (rows[0])"),
    ([{"id": "Q1", "name": "A", "kind": "place", "aliases": [3]}], 0, "expected strings"),
]


@pytest.mark.parametrize("rows,row,words", BAD_ROWS)
def test_bad_rows_name_the_row(rows, row, words):
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.from_rows(rows)
    assert (caught.value.row, caught.value.path, caught.value.line) == (row, None, None)
    assert str(caught.value).startswith(f"rows[{row}]: ")
    assert words in str(caught.value)


def test_rows_with_a_default_kind_and_declared_ambiguity():
    rows = [
        {"id": "P1", "name": "Jan Smit", "short": ["Smit"]},
        {"id": "P2", "name": "Piet Smit", "aliases": "Jan Smit", "rank": 3},
    ]
    with pytest.raises(GazetteerError):
        Gazetteer.from_rows(rows, kind="person")
    g = Gazetteer.from_rows(rows, kind="person", ambiguous=["JAN SMIT"])
    assert [e.kind for e in g] == ["person", "person"]
    assert g["P2"].attributes == {"rank": "3"}
    assert [a[:2] for a in g.ambiguities] == [("jan smit", ["P1", "P2"])]
    found = [m.text for m in Extractor(g).extract("Jan Smit en Piet Smit.").mentions]
    assert "Jan Smit" not in found and "Piet Smit" in found
    with pytest.raises(OptionError):
        Gazetteer.from_rows(rows, kind="people")
    with pytest.raises(TypeError):
        Gazetteer.from_rows(["not a dict"])
