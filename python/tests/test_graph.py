"""The graph: adding, merging, filters, exports, tables, the command's output."""

from __future__ import annotations

import csv
import json
import subprocess

import pytest

from newsgraph import (
    CooccurrenceGraph,
    Extractor,
    FileError,
    IncompatibleGraphsError,
    OptionError,
)

from conftest import FIXTURES, REPO


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


DOCS = [
    {"id": "a", "text": "Rusland en Iran sloten een verdrag over drones.", "date": "2024-01-15"},
    {"id": "b", "text": "Iran en Rusland oefenen samen. China kijkt toe.", "date": "2024-03-01"},
    {"id": "c", "text": "Noord-Korea levert Rusland granaten.", "title": "Iran zwijgt"},
]


def graph_of(extractor, docs, **config):
    g = CooccurrenceGraph(**config)
    for d in docs:
        g.add(extractor.extract(d["text"], d.get("title"), id=d["id"], date=d.get("date")))
    return g


def test_add_counts_windows_and_documents(extractor):
    g = graph_of(extractor, DOCS)
    assert (g.document_count, g.window_count) == (3, 5)
    edge = g.edge("Q794", "Q159")
    assert (edge["source"], edge["target"]) == ("Q159", "Q794")
    assert (edge["weight"], edge["documents"]) == (2, 2)
    # "verdrag" and "drones" share doc a's sentence with both.
    assert edge["themes"] == {"theme:defence": 1, "theme:diplomacy": 1}
    assert (edge["first_date"], edge["last_date"]) == ("2024-01-15", "2024-03-01")
    assert [e["document"] for e in edge["evidence"]] == ["a", "b"]
    # The title is a window of its own: Iran is not linked to North Korea.
    assert g.edge("Q423", "Q794") is None
    assert g.node("Q794")["documents"] == 3
    assert g.node("Q0") is None


def test_add_many_equals_add_and_merge_is_order_free(extractor):
    one = graph_of(extractor, DOCS)
    for threads in (None, 1, 2):
        many = CooccurrenceGraph()
        assert many.add_many(extractor, iter(DOCS), threads, batch_size=2) == 3
        assert many == one
    parts = [graph_of(extractor, [d]) for d in reversed(DOCS)]
    merged = CooccurrenceGraph()
    for part in parts:
        merged.merge(part)
    assert merged == one
    twice = graph_of(extractor, DOCS)
    twice.merge(twice)
    assert twice.document_count == 6
    with pytest.raises(IncompatibleGraphsError):
        merged.merge(CooccurrenceGraph("document"))
    with pytest.raises(OptionError):
        CooccurrenceGraph("page")


def test_text_and_id_can_be_given_to_add(extractor):
    text = "Rusland en Iran."
    g = CooccurrenceGraph()
    g.add(extractor.extract(text), text, doc_id="x", date="2020-01-01")
    edge = g.edge("Q159", "Q794")
    assert edge["evidence"][0]["document"] == "x"
    assert edge["evidence"][0]["snippet"] == text
    assert edge["first_date"] == "2020-01-01"


def test_tables_have_the_raw_counts(extractor):
    g = graph_of(extractor, DOCS)
    nodes = {n["id"]: n for n in g.nodes_table()}
    assert nodes["Q159"] == {
        "id": "Q159", "label": "Russia", "kind": "country", "mentions": 3,
        "documents": 3, "windows": 3, "discovered": False,
    }
    edges = g.edges_table()
    assert [(e["source"], e["target"]) for e in edges] == sorted(
        (e["source"], e["target"]) for e in edges
    )
    russia_iran = next(e for e in edges if (e["source"], e["target"]) == ("Q159", "Q794"))
    assert "evidence" not in russia_iran
    assert (russia_iran["source_windows"], russia_iran["target_windows"]) == (3, 3)
    # NPMI from the raw counts, as a Spark job would sum and recompute it.
    import math
    w, n = g.window_count, russia_iran["weight"]
    p = n / w
    expected = math.log(p / ((3 / w) * (3 / w))) / -math.log(p)
    assert russia_iran["npmi"] == pytest.approx(expected)
    with_evidence = g.edges_table(evidence=True)
    assert all(e["evidence"] for e in with_evidence)


def test_arrow_tables(extractor):
    pa = pytest.importorskip("pyarrow")
    g = graph_of(extractor, DOCS)
    nodes = g.nodes_table(arrow=True)
    assert isinstance(nodes, pa.Table)
    assert nodes.num_rows == len(g.nodes_table())
    edges = g.edges_table(arrow=True, evidence=True)
    assert edges.schema.field("themes").type == pa.map_(pa.string(), pa.int64())
    row = edges.to_pylist()[0]
    plain = g.edges_table(evidence=True)[0]
    assert dict(row["themes"]) == plain["themes"]
    assert {k: v for k, v in row.items() if k != "themes"} == {
        k: v for k, v in plain.items() if k != "themes"
    }


def test_filters_as_the_command(extractor):
    g = graph_of(extractor, DOCS)
    assert g.filtered(min_weight=2).edge_count == 1
    assert g.filtered(min_documents=3).edge_count == 0
    countries = g.filtered(kinds=["country"])
    assert {n["kind"] for n in countries.nodes_table()} == {"country"}
    assert g.filtered(top=1).edge_count == 1
    assert g.filtered(top=1, rank="npmi").edge_count == 1
    assert g.filtered(min_weight=2, keep_isolated=True).node_count == g.node_count
    assert g.filtered(min_weight=2).node_count == 2
    with pytest.raises(OptionError):
        g.filtered(rank="best")
    with pytest.raises(OptionError):
        g.filtered(kinds=["people"])


def test_write_every_format(extractor, tmp_path):
    g = graph_of(extractor, DOCS)
    assert g.write(tmp_path / "g.graphml") == [tmp_path / "g.graphml"]
    assert (tmp_path / "g.graphml").read_text().startswith("<?xml")
    g.write(tmp_path / "G.JSON")
    data = json.loads((tmp_path / "G.JSON").read_text())
    assert data["graph"] == {"documents": 3, "windows": 5}
    written = g.write(tmp_path / "g.csv", min_weight=2)
    assert written == [tmp_path / "g-nodes.csv", tmp_path / "g-edges.csv"]
    with open(tmp_path / "g-edges.csv") as f:
        rows = list(csv.DictReader(f))
    assert [(r["Source"], r["Target"], r["Weight"]) for r in rows] == [("Q159", "Q794", "2")]
    g.write(tmp_path / "plain.txt", format="graphml")
    with pytest.raises(OptionError) as caught:
        g.write(tmp_path / "g.txt")
    assert "cannot tell the format" in str(caught.value)
    with pytest.raises(FileError):
        g.write(tmp_path / "no" / "such" / "dir.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "G.JSON", "g-edges.csv", "g-nodes.csv", "g.graphml", "plain.txt",
    ]


def test_to_networkx_is_the_json_export(extractor, tmp_path):
    nx = pytest.importorskip("networkx")
    g = graph_of(extractor, DOCS)
    h = g.to_networkx()
    g.write(tmp_path / "g.json")
    from_file = nx.node_link_graph(json.loads((tmp_path / "g.json").read_text()), edges="edges")
    assert nx.utils.graphs_equal(h, from_file)
    assert h.edges["Q159", "Q794"]["weight"] == 2
    assert h.nodes["Q159"]["label"] == "Russia"
    assert g.to_networkx(keep_isolated=True).number_of_nodes() == g.node_count


def run_cli(cli, *args):
    result = subprocess.run(
        [cli, *map(str, args)], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result


def test_the_graph_of_the_fixtures_equals_the_commands(cli, extractor, tmp_path, fixture_paths):
    run_cli(cli, "graph", "--quiet", "tests/fixtures", "-o", tmp_path / "cli.json")
    g = CooccurrenceGraph()
    for path in fixture_paths:
        text = path.read_text()
        g.add(extractor.extract(text), doc_id=f"tests/fixtures/{path.name}")
    g.write(tmp_path / "py.json")
    assert (tmp_path / "py.json").read_text() == (tmp_path / "cli.json").read_text()


def test_json_lines_with_titles_and_options_equal_the_commands(cli, extractor, tmp_path, fixture_paths):
    docs = [
        {"id": f"n{i}", "text": p.read_text(), "title": t, "date": d}
        for i, (p, t, d) in enumerate(
            zip(fixture_paths, ["Rusland en Iran", "Poetin en Zelenski"], ["2024-01-01", "2024-02-02"])
        )
    ] + DOCS
    archive = tmp_path / "news.jsonl"
    archive.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    options = ["--window", "paragraph", "--min-weight", "2", "--kinds", "person,country", "--keep-isolated"]
    run_cli(cli, "graph", "--quiet", archive, "-o", tmp_path / "cli.json", *options)
    g = CooccurrenceGraph("paragraph")
    g.add_many(extractor, docs, batch_size=3)
    g.write(tmp_path / "py.json", min_weight=2, kinds=["person", "country"], keep_isolated=True)
    assert (tmp_path / "py.json").read_text() == (tmp_path / "cli.json").read_text()
    run_cli(cli, "graph", "--quiet", archive, "-o", tmp_path / "cli.graphml")
    g = CooccurrenceGraph()
    g.add_many(extractor, docs)
    g.write(tmp_path / "py.graphml")
    assert (tmp_path / "py.graphml").read_text() == (tmp_path / "cli.graphml").read_text()


def test_extract_equals_the_commands_mentions(cli, extractor, fixture_paths):
    out = run_cli(cli, "extract", "--quiet", *[p.relative_to(REPO) for p in fixture_paths]).stdout
    for line, path in zip(out.splitlines(), fixture_paths):
        record = json.loads(line)
        text = path.read_text()
        ours = extractor.extract(text).mentions
        assert [
            (m["entity"], m["start"], m["end"], m["char_start"], m["char_end"], m["form"], m["role"])
            for m in record["mentions"]
        ] == [(m.entity, m.byte_start, m.byte_end, m.start, m.end, m.form, m.role) for m in ours]
    assert FIXTURES.is_dir()
