#!/usr/bin/env python3
"""Run every peer of the race on the generated data and print a Markdown table.

Called by run.sh, which has built the peers and generated the data. Each peer
runs as its own process, `--runs` times per gazetteer and corpus; the table
keeps the best build and scan time and the highest peak RSS (the child's
`ru_maxrss`, from os.wait4). Standard library only.
"""

import argparse
import datetime
import json
import os
import platform
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = "aho-corasick on lowercased text + boundary check"


def peers(venv_python):
    rust = str(ROOT / "target/peers/cargo/release/newsgraph-peers")
    py = [venv_python, str(ROOT / "benches/peers/py_peers.py")]
    # label, command, runs on the 50 MB corpus (False: only on the 5 MB slice)
    return [
        ("**newsgraph** (Unicode case + diacritic folding, exact offsets)",
         [str(ROOT / "target/release/examples/match_count")], True),
        (REFERENCE, [rust, "--engine", "lower"], True),
        ("aho-corasick, anchored at word starts (ASCII case only)",
         [rust, "--engine", "wordstart"], True),
        ("daachorse on lowercased text", [rust, "--engine", "daachorse"], True),
        ("pyahocorasick", py + ["--engine", "pyahocorasick"], True),
        ("flashtext", py + ["--engine", "flashtext"], True),
        ("spaCy PhraseMatcher", py + ["--engine", "spacy"], False),
    ]


def run_once(cmd, timeout):
    """(JSON output or None, peak RSS in MB, stderr tail)"""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    timer = threading.Timer(timeout, lambda: proc.send_signal(signal.SIGKILL))
    timer.start()
    # Read the pipes first, then reap the child ourselves to get its rusage.
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    timer.cancel()
    result = None
    for line in out.splitlines():
        if line.startswith("{"):
            result = json.loads(line)
    if proc.returncode != 0:
        result = None
    return result, usage.ru_maxrss / 1024, err.strip().splitlines()[-1:] if err.strip() else []


def measure(label, cmd, gazetteer, corpus, runs, timeout):
    best = None
    for i in range(runs):
        print(f"  {label[:60]:<60} {gazetteer.name:<20} {corpus.name} (run {i + 1}/{runs})",
              file=sys.stderr, flush=True)
        result, rss, err = run_once(cmd + ["--gazetteer", str(gazetteer), "--corpus", str(corpus)],
                                    timeout)
        if result is None:
            print(f"    failed: {err}", file=sys.stderr)
            return None
        if best is None:
            best = dict(result, rss_mb=rss)
        else:
            if best["matches"] != result["matches"]:
                best["unstable"] = True
            best["build_s"] = min(best["build_s"], result["build_s"])
            best["scan_s"] = min(best["scan_s"], result["scan_s"])
            best["rss_mb"] = max(best["rss_mb"], rss)
    return best


def table(title, rows, results, corpus):
    out = [f"**{title}**", "",
           "| peer | scan MB/s, 5k names | scan MB/s, 200k names | build s, 200k | peak MB, 200k "
           "| matches, 5k (Δ) | matches, 200k (Δ) |",
           "|---|---|---|---|---|---|---|"]
    ref = {size: results.get((REFERENCE, size, corpus)) for size in ("small", "large")}
    for label in rows:
        cells = [label]
        small, large = (results.get((label, s, corpus)) for s in ("small", "large"))
        for r in (small, large):
            cells.append(f"{r['bytes'] / 1e6 / r['scan_s']:.1f}" if r and r["scan_s"] else "failed")
        cells.append(f"{large['build_s']:.2f}" if large else "-")
        cells.append(f"{large['rss_mb']:.0f}" if large else "-")
        for size, r in (("small", small), ("large", large)):
            if not r:
                cells.append("-")
                continue
            delta = "" if not ref[size] else f" ({r['matches'] - ref[size]['matches']:+,})"
            cells.append(f"{r['matches']:,}{delta}" + (" unstable" if r.get("unstable") else ""))
        out.append("| " + " | ".join(cells) + " |")
    return out


def header(data, runs):
    cpu = ""
    try:
        cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text()).group(1)
    except (OSError, AttributeError):
        pass
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    manifest = json.loads((data / "manifest.json").read_text())
    c = manifest["corpus.txt"]
    return [
        f"Peer race, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC: "
        f"{cpu}, {os.cpu_count()} cores, {rustc}, Python {platform.python_version()}.",
        f"Data ({data.relative_to(ROOT)}, seed {manifest['args']['seed']}): gazetteers of "
        f"{manifest['gazetteer-small.tsv']:,} and {manifest['gazetteer-large.tsv']:,} names, "
        f"corpus of {c['bytes'] / 1e6:.1f} MB in {c['documents']:,} documents. "
        f"Best of {runs} process run(s); MB = 10^6 bytes; Δ = matches minus the reference "
        f"({REFERENCE}) on the same text.",
        "",
    ]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--python", required=True, help="the venv's python (Python peers)")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--only", help="run only the peers whose label matches this regex "
                    "(the reference always runs)")
    ap.add_argument("--quick", action="store_true", help="one corpus: every peer on it")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args()
    data = Path(args.data).resolve()
    plan = [p for p in peers(args.python)
            if not args.only or p[0] == REFERENCE or re.search(args.only, p[0])]
    corpora = ([("corpus.txt", True)] if args.quick else
               [("corpus.txt", True), ("corpus-5mb.txt", False)])
    results = {}
    for corpus, full in corpora:
        for size in ("small", "large"):
            for label, cmd, on_full in plan:
                # The slice runs spaCy, plus newsgraph and the reference to compare.
                if not args.quick and on_full != full and not (
                        not full and (label == REFERENCE or "newsgraph" in label)):
                    continue
                r = measure(label, cmd, data / f"gazetteer-{size}.tsv", data / corpus,
                            args.runs, args.timeout)
                if r:
                    results[(label, size, corpus)] = r
    lines = header(data, args.runs)
    for corpus, full in corpora:
        rows = [label for label, _, _ in plan if any(k[0] == label and k[2] == corpus
                                                   for k in results)]
        size_mb = json.loads((data / "manifest.json").read_text())[corpus]["bytes"] / 1e6
        lines += table(f"{corpus} ({size_mb:.1f} MB)", rows, results, corpus) + [""]
    text = "\n".join(lines)
    print(text)
    out = ROOT / "target/peers" / f"results-{datetime.date.today()}{'-quick' if args.quick else ''}.md"
    out.write_text(text + "\n")
    print(f"(saved to {out.relative_to(ROOT)})", file=sys.stderr)


if __name__ == "__main__":
    main()
