#!/usr/bin/env python3
"""Extractor.extract_many against the command's `newsgraph extract`, on the
peer race's corpus, on the same cores, in one run.

Both read the same JSON-lines file (one document per blank-line-separated
block of corpus.txt) with the built-in gazetteers and discovery on:

- the command: `newsgraph extract --quiet --threads N corpus.jsonl`, its
  JSON output to /dev/null;
- Python: a generator that reads and parses the same file line by line,
  fed to `extract_many(..., threads=N)`; each extraction's mentions counted
  with len(x) ("count"), or every Mention object built ("objects").

Prints the best of --runs wall times and the ratio of throughputs.

    python/bench/extract_speed.py --cli target/release/newsgraph \
        --corpus target/peers/data/corpus.txt --threads 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import time
from pathlib import Path

import newsgraph


def write_jsonl(corpus: Path, out: Path) -> int:
    docs = [d for d in corpus.read_text().split("\n\n") if d.strip()]
    with out.open("w") as f:
        for i, d in enumerate(docs):
            f.write(json.dumps({"id": str(i), "text": d}, ensure_ascii=False) + "\n")
    return len(docs)


def read_jsonl(path: Path):
    with path.open() as f:
        for line in f:
            yield json.loads(line)


def best(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="a release build of newsgraph")
    parser.add_argument("--corpus", default="target/peers/data/corpus.txt")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    corpus = Path(args.corpus)
    jsonl = corpus.with_suffix(".jsonl")
    n = write_jsonl(corpus, jsonl)
    megabytes = jsonl.stat().st_size / 1e6
    extractor = newsgraph.Extractor()

    def cli() -> None:
        subprocess.run(
            [args.cli, "extract", "--quiet", "--threads", str(args.threads), str(jsonl)],
            stdout=subprocess.DEVNULL,
            check=True,
        )

    def python_count() -> None:
        total = sum(len(x) for x in extractor.extract_many(read_jsonl(jsonl), args.threads))
        assert total > 0

    def python_objects() -> None:
        total = 0
        for x in extractor.extract_many(read_jsonl(jsonl), args.threads):
            total += len(x.mentions)
        assert total > 0

    rows = []
    for name, work in [("cli", cli), ("count", python_count), ("objects", python_objects)]:
        rows.append((name, best(args.runs, work)))
    cli_time = rows[0][1]
    print(f"{n} documents, {megabytes:.1f} MB of JSON lines, {args.threads} threads, load {os.getloadavg()[0]:.2f}")
    print("| run | best wall s | MB/s | of the command |")
    print("|---|---|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {megabytes / seconds:.1f} | {cli_time / seconds:.0%} |")


if __name__ == "__main__":
    main()
