#!/usr/bin/env python3
"""One spaCy component over tokenised docs, for counting instructions
with callgrind: wall time on a shared machine varies with the load, the
instructions executed do not.

Only the component's pass over the docs is counted: it runs inside
functools.reduce, whose C function toggles callgrind's collection.

    valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce --callgrind-out-file=cg.newsgraph \\
        target/python-venv/bin/python python/bench/spacy_instructions.py newsgraph --mb 0.5
    valgrind ... --callgrind-out-file=cg.ruler ... spacy_instructions.py entity_ruler --mb 0.5
    callgrind_annotate --inclusive=yes cg.newsgraph | head -60

The ruler holds the patterns spacy_speed.py exports; discovery is off in
newsgraph, as there. One pass runs uncounted first (lazy imports, caches).
"""

from __future__ import annotations

import argparse
import sys
from functools import reduce
from pathlib import Path

import spacy

import newsgraph

sys.path.insert(0, str(Path(__file__).parent))
from spacy_speed import patterns  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("component", choices=["newsgraph", "entity_ruler"])
    parser.add_argument("--corpus", default="target/peers/data/corpus-5mb.txt")
    parser.add_argument("--mb", type=float, default=0.5)
    parser.add_argument("--pipe", action="store_true", help="through the component's pipe(), not a call per doc")
    args = parser.parse_args()

    text = Path(args.corpus).read_text()[: int(args.mb * 1e6)]
    texts = [d for d in text.split("\n\n") if d.strip()]
    nlp = spacy.blank("nl")
    if args.component == "newsgraph":
        component = nlp.add_pipe("newsgraph", config={"discover": False})
    else:
        component = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
        component.add_patterns(patterns(newsgraph.Gazetteer.builtin()))

    def run(docs: list) -> None:
        if args.pipe:
            for _ in component.pipe(docs):
                pass
        else:
            for doc in docs:
                component(doc)

    run([nlp.make_doc(t) for t in texts])
    docs = [nlp.make_doc(t) for t in texts]
    reduce(lambda _, d: run(d), [docs], None)
    tokens = sum(len(d) for d in docs)
    print(f"{args.component}: {len(docs)} docs, {tokens} tokens, {sum(len(d.ents) for d in docs)} entities")


if __name__ == "__main__":
    main()
