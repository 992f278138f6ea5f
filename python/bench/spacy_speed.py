#!/usr/bin/env python3
"""The spaCy component against spaCy's own EntityRuler with the same
gazetteer, exported to patterns, on the peer race's corpus.

The patterns: every form of every entity of the built-in gazetteer (names,
aliases, adjectives, short names; theme stems as their stem text), as
phrase patterns matched on LOWER, with the label the component gives the
entity's kind and the entity id as the pattern id. Partial and cued forms
are left out: the ruler cannot make them depend on the rest of the
document. Discovery is off in the component (the ruler has no such thing).

Both run on the same documents, tokenised beforehand by spacy.blank("nl"):
the time of the component alone, called on each doc ("component") and
through its pipe() as nlp.pipe calls it ("component pipe()": newsgraph
extracts each batch in parallel, --threads; the ruler's pipe() calls it
on each doc), and of nlp.pipe with the tokenizer ("pipeline"), and of
the tokenizer alone ("tokenizer": what every pipeline pays before its
components run). Prints the best of --runs and the ratios.

    python/bench/spacy_speed.py --corpus target/peers/data/corpus-5mb.txt --mb 2
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import spacy

import newsgraph
from newsgraph.spacy_component import KIND_LABELS


def patterns(gazetteer: newsgraph.Gazetteer) -> list:
    """EntityRuler phrase patterns of a gazetteer."""
    out = []
    for entity in gazetteer:
        label = "THEME" if entity.kind == "theme" else KIND_LABELS[entity.kind]
        for form in entity.forms:
            if form.form in ("partial", "cued"):
                continue
            out.append({"label": label, "pattern": form.text, "id": entity.id})
    return out


def best(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="target/peers/data/corpus-5mb.txt")
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of the corpus to use")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None, help="newsgraph's threads in pipe() (default: one per core)")
    args = parser.parse_args()

    text = Path(args.corpus).read_text()[: int(args.mb * 1e6)]
    texts = [d for d in text.split("\n\n") if d.strip()]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6

    ours = spacy.blank("nl")
    ours.add_pipe("newsgraph", config={"discover": False, "threads": args.threads})
    theirs = spacy.blank("nl")
    start = time.perf_counter()
    ruler = theirs.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    exported = patterns(newsgraph.Gazetteer.builtin())
    ruler.add_patterns(exported)
    ruler_build = time.perf_counter() - start

    component = ours.get_pipe("newsgraph")
    # Each run gets fresh docs: both components set doc.ents.
    def on_docs(pipe):
        docs = [ours.make_doc(t) for t in texts]
        start = time.perf_counter()
        for doc in docs:
            pipe(doc)
        return time.perf_counter() - start

    def piped(pipe):
        docs = [ours.make_doc(t) for t in texts]
        start = time.perf_counter()
        for _ in pipe.pipe(docs):
            pass
        return time.perf_counter() - start

    rows = {
        "component": (
            min(on_docs(component) for _ in range(args.runs)),
            min(on_docs(ruler) for _ in range(args.runs)),
        ),
        "component pipe()": (
            min(piped(component) for _ in range(args.runs)),
            min(piped(ruler) for _ in range(args.runs)),
        ),
        "pipeline": (
            best(args.runs, lambda: list(ours.pipe(texts))),
            best(args.runs, lambda: list(theirs.pipe(texts))),
        ),
    }
    tokenizer = best(args.runs, lambda: list(ours.tokenizer.pipe(texts)))
    found = sum(len(d.ents) for d in ours.pipe(texts))
    found_ruler = sum(len(d.ents) for d in theirs.pipe(texts))
    print(
        f"{len(texts)} documents, {megabytes:.2f} MB, {len(exported)} patterns "
        f"(ruler built in {ruler_build:.2f} s), load {os.getloadavg()[0]:.2f}"
    )
    print(f"entities: newsgraph {found}, EntityRuler {found_ruler}")
    print("| what | newsgraph s | EntityRuler s | newsgraph MB/s | EntityRuler MB/s | speed-up |")
    print("|---|---|---|---|---|---|")
    for name, (a, b) in rows.items():
        print(f"| {name} | {a:.3f} | {b:.3f} | {megabytes / a:.1f} | {megabytes / b:.2f} | {b / a:.1f}× |")
    print(f"| tokenizer alone | {tokenizer:.3f} | {tokenizer:.3f} | {megabytes / tokenizer:.1f} | {megabytes / tokenizer:.2f} | |")


if __name__ == "__main__":
    main()
