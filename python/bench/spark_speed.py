#!/usr/bin/env python3
"""newsgraph.spark in local mode against `newsgraph graph`, on the peer
race's corpus, on the same cores, in one run.

Both read the same JSON-lines file (one document per blank-line-separated
block of the corpus) with the built-in gazetteers and discovery on, and
build the sentence graph:

- the command: `newsgraph graph --quiet --threads N corpus.jsonl -o x.json`;
- Spark: `spark.read.json` of the same file in --partitions partitions on
  `local[N]`, `newsgraph.spark.graph_tables`, then the edges written to
  Parquet (so every edge is computed). The session is started before the
  clock (a JVM start is no part of a job); the first run warms the Python
  workers, as a long-running cluster would be.

Also checks that both give the same number of edges. Prints the best of
--runs wall times and the ratio.

    python3 benches/peers/gen_data.py --out target/peers/data --corpus-mb 5
    python/bench/spark_speed.py --cli target/release/newsgraph \
        --corpus target/peers/data/corpus-5mb.txt --threads 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def write_jsonl(corpus: Path, out: Path) -> int:
    docs = [d for d in corpus.read_text().split("\n\n") if d.strip()]
    with out.open("w") as f:
        for i, d in enumerate(docs):
            f.write(json.dumps({"id": str(i), "text": d}, ensure_ascii=False) + "\n")
    return len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="the newsgraph command (a release build)")
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from newsgraph import spark as ngs

    work = Path(tempfile.mkdtemp(prefix="spark-speed-"))
    jsonl = work / "corpus.jsonl"
    count = write_jsonl(args.corpus, jsonl)
    size = jsonl.stat().st_size / 1e6
    print(f"{count} documents, {size:.1f} MB of JSON lines, {args.threads} threads")

    def command() -> int:
        out = work / "cli.json"
        subprocess.run(
            [args.cli, "graph", "--quiet", "--threads", str(args.threads),
             str(jsonl), "-o", str(out)],
            check=True,
        )
        return len(json.loads(out.read_text())["edges"])

    started = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{args.threads}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(args.partitions))
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    print(f"Spark session started in {time.perf_counter() - started:.1f} s (not counted)")

    def on_spark() -> int:
        df = spark.read.json(str(jsonl), schema="id string, text string")
        df = df.repartition(args.partitions)
        tables = ngs.graph_tables(df)
        out = work / "edges.parquet"
        tables.edges.write.mode("overwrite").parquet(str(out))
        edges = spark.read.parquet(str(out)).count()
        tables.unpersist()
        return edges

    times = {"newsgraph graph": [], "newsgraph.spark": []}
    counts = {}
    for _ in range(args.runs):
        for name, run in (("newsgraph graph", command), ("newsgraph.spark", on_spark)):
            t = time.perf_counter()
            counts[name] = run()
            times[name].append(time.perf_counter() - t)
    assert counts["newsgraph graph"] == counts["newsgraph.spark"], counts
    best = {name: min(ts) for name, ts in times.items()}
    for name, t in best.items():
        print(f"{name:16} best {t:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in times[name])})")
    print(f"{counts['newsgraph graph']} edges in both")
    print(f"Spark / command: {best['newsgraph.spark'] / best['newsgraph graph']:.2f}x")
    print(f"load: {os.getloadavg()}")
    spark.stop()


if __name__ == "__main__":
    main()
