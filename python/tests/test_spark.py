"""newsgraph.spark in Spark's local mode: mentions as `Extractor.extract`
finds them, and edge tables equal to what `newsgraph graph` writes, with the
documents split over several partitions."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys

import pytest

from newsgraph import CooccurrenceGraph, Extractor

from conftest import FIXTURES, REPO, needed


@pytest.fixture(scope="module")
def spark():
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        needed("pyspark (pip install -r python/requirements-test.txt)")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        needed("Java for Spark (java on PATH or JAVA_HOME)")
    # The executors' Python is this one, with the newsgraph wheel.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsgraph-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def run_cli(cli, *args):
    result = subprocess.run([cli, *map(str, args)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result


def frame(spark, docs, partitions):
    """The documents as a DataFrame of `partitions` partitions."""
    schema = "id string, title string, text string, date string"
    rows = [(d["id"], d.get("title"), d["text"], d.get("date")) for d in docs]
    return spark.createDataFrame(rows, schema).repartition(partitions)


def cli_graph(cli, tmp_path, inputs, *options):
    """The edges, nodes and totals of `newsgraph graph`'s JSON export."""
    out = tmp_path / "cli.json"
    run_cli(cli, "graph", "--quiet", *inputs, "-o", out, *options)
    data = json.loads(out.read_text())
    edges = {}
    for e in data["edges"]:
        pair = tuple(sorted((e["source"], e["target"])))
        edges[pair] = e
    return edges, {n["id"]: n for n in data["nodes"]}, data["graph"]


def assert_equal_graphs(tables, cli_edges, cli_nodes, totals, reference):
    """The Spark tables against the command's JSON (pairs, counts,
    themes, dates; NPMI as rounded to 6 decimals there) and against the
    Python graph of the same documents (every column, NPMI within 1e-9)."""
    assert (tables.document_count, tables.window_count) == (
        totals["documents"], totals["windows"]
    )
    edges = [r.asDict() for r in tables.edges.collect()]
    assert edges, "no edges at all"
    assert {(e["source"], e["target"]) for e in edges} == set(cli_edges)
    for e in edges:
        c = cli_edges[(e["source"], e["target"])]
        got = (e["weight"], e["documents"], dict(e["themes"]), e["first_date"], e["last_date"])
        want = (c["weight"], c["documents"], c.get("themes", {}), c.get("first_date"), c.get("last_date"))
        assert got == want, (e, c)
        assert abs(e["npmi"] - c["npmi"]) <= 5e-7 + 1e-12, (e, c)
    ref_edges = {(r["source"], r["target"]): r for r in reference.edges_table()}
    assert len(ref_edges) >= len(edges)
    for e in edges:
        r = ref_edges[(e["source"], e["target"])]
        assert abs(e["npmi"] - r["npmi"]) <= 1e-9, (e, r)
        assert {**e, "npmi": 0, "themes": dict(e["themes"])} == {**r, "npmi": 0}
    nodes = [r.asDict() for r in tables.nodes.collect()]
    assert nodes == reference.nodes_table()
    # The command leaves out the nodes that filters left without edges.
    assert set(cli_nodes) <= {n["id"] for n in nodes}
    for n in nodes:
        if n["id"] not in cli_nodes:
            continue
        c = cli_nodes[n["id"]]
        assert (n["label"], n["kind"], n["mentions"], n["documents"]) == (
            c["label"], c["kind"], c["mentions"], c["documents"]
        )


def test_mentions_are_those_of_extract(spark):
    from newsgraph import spark as ngs

    docs = [
        {"id": f"tests/fixtures/{p.name}", "text": p.read_text()}
        for p in sorted(FIXTURES.glob("*.txt"))
    ] + [
        {"id": "t", "text": "Rusland en Iran. Minister Jan de Wit zweeg.", "title": "Poetin in Kyiv"},
        {"id": "none", "text": "Geen namen hier."},
    ]
    df = frame(spark, docs + [{"id": "null", "text": None}], 3)
    got = ngs.extract(df, title_col="title").collect()
    extractor = Extractor()
    want = []
    for d in docs:
        x = extractor.extract(d["text"], d.get("title"))
        for m in x.mentions:
            row = {k: v for k, v in m.to_dict().items() if k not in ("cue", "cue_kind")}
            want.append({"id": d["id"], **row})
    rows = [r.asDict() for r in got]
    assert sorted(rows, key=repr) == sorted(want, key=repr)
    assert {r["id"] for r in rows} == {d["id"] for d in docs[:-1]}
    assert any(r["field"] == "title" for r in rows)
    assert any(r["discovered"] for r in rows)
    # Integer ids keep their type.
    ints = spark.createDataFrame([(7, "Rusland en Iran.")], "key long, body string")
    keyed = ngs.extract(ints, text_col="body", id_col="key").collect()
    assert [(r.key, r.entity) for r in keyed] == [(7, "Q159"), (7, "Q794")]
    with pytest.raises(ValueError, match="no column 'tekst'"):
        ngs.extract(df, text_col="tekst")


def test_the_fixtures_graph_equals_the_commands(spark, cli, tmp_path):
    from newsgraph import spark as ngs

    docs = [
        {"id": f"tests/fixtures/{p.name}", "text": p.read_text()}
        for p in sorted(FIXTURES.glob("*.txt"))
    ]
    edges, nodes, totals = cli_graph(cli, tmp_path, ["tests/fixtures"])
    reference = CooccurrenceGraph()
    reference.add_many(Extractor(), docs)
    tables = ngs.graph_tables(frame(spark, docs, 3))
    try:
        assert_equal_graphs(tables, edges, nodes, totals, reference)
    finally:
        tables.unpersist()


# Real names for the generated corpus, with the sentences they go in.
PEOPLE = ["Vladimir Poetin", "Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz",
          "Joe Biden", "Xi Jinping", "Mark Rutte", "Ursula von der Leyen"]
COUNTRIES = ["Rusland", "Oekraïne", "Iran", "China", "Duitsland", "Frankrijk",
             "Nederland", "België", "Turkije", "Israël", "Polen"]
ORGS = ["de NAVO", "de Europese Unie", "de Verenigde Naties", "het IMF", "de Wereldbank"]
CITIES = ["Amsterdam", "Brussel", "Kyiv", "Moskou", "Parijs", "Berlijn", "Den Haag"]
TEMPLATES = [
    "{p} sprak in {c} met {q} over sancties.",
    "{o} stuurt wapens en drones naar {k}.",
    "Volgens {p} is het verdrag met {k} van de baan.",
    "In {c} gingen duizenden mensen de straat op tegen de verkiezingen.",
    "{k} en {l} sloten een handelsakkoord, meldt {o}.",
    "Minister {f} {s} van {k} ontmoette {p}.",
    "Het weer was goed.",
    "{q} reisde naar {c}.",
]
FIRST = ["Jan", "Pieter", "Sanne", "Eva", "Ahmed", "Fatima"]
SURNAMES = ["de Wit", "Jansen", "Bakker", "Visser", "Smit", "El Amrani"]


def generated_corpus(n):
    """`n` documents of wire-style news, the same for every run: ids,
    titles on some, dates on most (some with a time), paragraphs."""
    rng = random.Random(20261202)
    docs = []
    for i in range(n):
        paragraphs = []
        for _ in range(rng.randint(1, 3)):
            sentences = []
            for _ in range(rng.randint(1, 4)):
                sentences.append(rng.choice(TEMPLATES).format(
                    p=rng.choice(PEOPLE), q=rng.choice(PEOPLE), c=rng.choice(CITIES),
                    k=rng.choice(COUNTRIES), l=rng.choice(COUNTRIES), o=rng.choice(ORGS),
                    f=rng.choice(FIRST), s=rng.choice(SURNAMES),
                ))
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.3:
            paragraphs[0] = f"{rng.choice(CITIES).upper()} (ANP) - {paragraphs[0]}"
        doc = {"id": f"g{i:04d}", "text": "\n\n".join(paragraphs)}
        if rng.random() < 0.5:
            doc["title"] = f"{rng.choice(COUNTRIES)} en {rng.choice(PEOPLE)}"
        if rng.random() < 0.9:
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            doc["date"] = day + (f"T{rng.randint(0, 23):02d}:00" if rng.random() < 0.2 else "")
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    docs = generated_corpus(1000)
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    return docs, path


@pytest.mark.parametrize(
    "window, options, cli_options",
    [
        ("sentence", {}, []),
        ("paragraph", {"min_weight": 3, "include_datelines": True},
         ["--min-weight", "3", "--include-datelines"]),
        ("document", {"min_documents": 2, "theme_nodes": True},
         ["--min-documents", "2", "--theme-nodes"]),
    ],
)
def test_a_generated_corpus_graph_equals_the_commands(spark, cli, tmp_path, corpus, window, options, cli_options):
    from newsgraph import spark as ngs

    docs, path = corpus
    edges, nodes, totals = cli_graph(cli, tmp_path, [path], "--window", window, *cli_options)
    reference = CooccurrenceGraph(
        window,
        include_datelines=options.get("include_datelines", False),
        theme_nodes=options.get("theme_nodes", False),
    )
    reference.add_many(Extractor(), docs)
    tables = ngs.graph_tables(
        frame(spark, docs, 5), window, title_col="title", date_col="date", **options
    )
    try:
        assert totals["documents"] == 1000
        assert_equal_graphs(tables, edges, nodes, totals, reference)
        if "min_weight" in options:
            assert len(edges) < len(reference.edges_table())
    finally:
        tables.unpersist()
    # cooccurrences and nodes are the two tables alone.
    if window == "sentence":
        alone = ngs.cooccurrences(frame(spark, docs, 4), title_col="title", date_col="date")
        assert alone.count() == len(edges)
        assert ngs.nodes(frame(spark, docs, 4), title_col="title", date_col="date").count() == len(nodes)


@pytest.mark.parametrize(
    "weight, a, b, windows, want",
    [
        (0, 1, 1, 10, -1.0),  # never together
        (3, 3, 3, 0, -1.0),  # no windows
        (10, 10, 10, 10, 1.0),  # together in every window
        (2, 2, 2, 4, 1.0),  # only together
        (1, 2, 2, 4, 0.0),  # as chance predicts
    ],
)
def test_npmi_edge_cases(weight, a, b, windows, want):
    from newsgraph.spark import npmi

    assert npmi(weight, a, b, windows) == pytest.approx(want, abs=1e-12)
