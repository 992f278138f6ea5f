#!/usr/bin/env python3
"""The large-gazetteer measurement: newsgraph and two peers on a gazetteer of
millions of names, on the race's 50 MB corpus, in one run.

Called by scale.sh, which has built the peers and generated the data
(gen_data.py --huge N). Each row runs as its own process (--runs times; the
table keeps the best build and scan time and the highest peak RSS, the
child's ru_maxrss, which includes the corpus in memory). The machine's load
(`/proc/loadavg`) is printed beside every row, as build and scan times on a
shared machine depend on it. Standard library only.
"""

import argparse
import datetime
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from race import ROOT, run_once  # noqa: E402


def rows(venv_python, data):
    match_count = str(ROOT / "target/release/examples/match_count")
    rust = str(ROOT / "target/peers/cargo/release/newsgraph-peers")
    py = [venv_python, str(ROOT / "benches/peers/py_peers.py")]
    flat = data / "gazetteer-huge.tsv"
    own = data / "gazetteer-huge-entities.tsv"
    return [
        ("**newsgraph**, own format, `--shared-names salient`",
         [match_count, "--shared-names", "salient"], own),
        ("**newsgraph**, flat rows (a shared name stays with its first id)",
         [match_count], flat),
        ("aho-corasick on lowercased text + boundary check",
         [rust, "--engine", "lower"], flat),
        ("pyahocorasick", py + ["--engine", "pyahocorasick"], flat),
    ]


def load():
    return Path("/proc/loadavg").read_text().split()[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--python", required=True, help="the venv's python (pyahocorasick)")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--only", help="run only the rows whose label matches this regex")
    ap.add_argument("--timeout", type=float, default=1800)
    args = ap.parse_args()
    data = Path(args.data).resolve()
    corpus = data / "corpus.txt"
    manifest = json.loads((data / "manifest.json").read_text())
    out = [
        f"Large gazetteer, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores: {manifest['gazetteer-huge.tsv']:,} names "
        f"({manifest['gazetteer-huge-entities.tsv']:,} ids in the own format), "
        f"corpus of {manifest['corpus.txt']['bytes'] / 1e6:.1f} MB. Best of {args.runs} run(s); "
        "MB = 10^6 bytes; load = 1-minute load average before / after the row.",
        "",
        "| peer | build s | peak MB | scan MB/s | matches | load |",
        "|---|---|---|---|---|---|",
    ]
    for label, cmd, gazetteer in rows(args.python, data):
        if args.only and not re.search(args.only, label):
            continue
        best, before = None, load()
        for i in range(args.runs):
            print(f"  {label[:60]:<60} (run {i + 1}/{args.runs}, load {load()})",
                  file=sys.stderr, flush=True)
            result, rss, err = run_once(
                cmd + ["--gazetteer", str(gazetteer), "--corpus", str(corpus)], args.timeout)
            if result is None:
                print(f"    failed: {err}", file=sys.stderr)
                break
            print(f"    {json.dumps(result)} peak {rss:.0f} MB", file=sys.stderr)
            if best is None:
                best = dict(result, rss_mb=rss)
            else:
                best["build_s"] = min(best["build_s"], result["build_s"])
                best["scan_s"] = min(best["scan_s"], result["scan_s"])
                best["rss_mb"] = max(best["rss_mb"], rss)
        after = load()
        if best is None:
            out.append(f"| {label} | failed | | | | {before} / {after} |")
            continue
        mbps = best["bytes"] / 1e6 / best["scan_s"] if best["scan_s"] else 0
        out.append(f"| {label} | {best['build_s']:.2f} | {best['rss_mb']:.0f} | {mbps:.1f} "
                   f"| {best['matches']:,} | {before} / {after} |")
    text = "\n".join(out)
    print(text)
    path = ROOT / "target/peers" / f"scale-{datetime.date.today()}.md"
    path.write_text(text + "\n")
    print(f"(saved to {path.relative_to(ROOT)})", file=sys.stderr)


if __name__ == "__main__":
    main()
