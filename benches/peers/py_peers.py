#!/usr/bin/env python3
"""The Python peers of newsgraph's peer race.

Same job as every peer (see README.md beside this file): count the names of a
flat gazetteer (`id<TAB>type<TAB>name`, header row) in a corpus,
case-insensitively, whole words only (a word character is alphanumeric or
`_`), leftmost-longest, non-overlapping. Prints one JSON line with `matches`,
`build_s` (read the gazetteer + build) and `scan_s` (corpus in memory -> count,
lowercasing and tokenising included).

  --engine pyahocorasick  ahocorasick.Automaton over the lower-cased names;
                          every occurrence in the lower-cased text, the ones
                          with a word character beside them dropped, then a
                          leftmost-longest pass.
  --engine flashtext      KeywordProcessor(case_sensitive=False); its word
                          characters widened from [A-Za-z0-9_] to every
                          Unicode alphanumeric, as in the other peers.
  --engine spacy          spacy.blank("nl") (no model) + PhraseMatcher on
                          LOWER, one document per blank-line-separated block;
                          overlapping phrase matches reduced to
                          leftmost-longest. Whole words are spaCy's tokens.
"""

import argparse
import json
import sys
import time


def read_names(path):
    """The distinct lower-cased names, in file order."""
    names = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[2]:
                names.setdefault(parts[2].lower(), None)
    return list(names)


def leftmost_longest(spans):
    """Non-overlapping selection from (start, end) spans: leftmost, then longest."""
    count, pos = 0, -1
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start >= pos:
            count += 1
            pos = end
    return count


def pyahocorasick_peer(gazetteer, text):
    import ahocorasick

    t = time.perf_counter()
    names = read_names(gazetteer)
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    build = time.perf_counter() - t

    t = time.perf_counter()
    low = text.lower()
    n = len(low)
    spans = []
    for last, length in automaton.iter(low):
        start, end = last - length + 1, last + 1
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            continue
        if end < n and (low[end].isalnum() or low[end] == "_"):
            continue
        spans.append((start, end))
    matches = leftmost_longest(spans)
    return matches, build, time.perf_counter() - t, len(names)


def flashtext_peer(gazetteer, text):
    from flashtext import KeywordProcessor

    # The word characters (set up once; not part of the build time).
    word_chars = {chr(c) for c in range(0x110000) if chr(c).isalnum()} | {"_"}
    t = time.perf_counter()
    names = read_names(gazetteer)
    processor = KeywordProcessor(case_sensitive=False)
    processor.set_non_word_boundaries(word_chars)
    for name in names:
        processor.add_keyword(name)
    build = time.perf_counter() - t

    t = time.perf_counter()
    matches = len(processor.extract_keywords(text))
    return matches, build, time.perf_counter() - t, len(names)


def spacy_peer(gazetteer, text):
    import spacy
    from spacy.matcher import PhraseMatcher

    t = time.perf_counter()
    names = read_names(gazetteer)
    nlp = spacy.blank("nl")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("NAME", list(nlp.tokenizer.pipe(names, batch_size=2000)))
    build = time.perf_counter() - t

    t = time.perf_counter()
    matches = 0
    for doc in nlp.pipe(text.split("\n\n"), batch_size=50):
        matches += leftmost_longest((s, e) for _, s, e in matcher(doc))
    return matches, build, time.perf_counter() - t, len(names)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--engine", required=True, choices=["pyahocorasick", "flashtext", "spacy"])
    ap.add_argument("--gazetteer", required=True)
    ap.add_argument("--corpus", required=True)
    args = ap.parse_args()
    with open(args.corpus, encoding="utf-8") as f:
        text = f.read()
    peer = {"pyahocorasick": pyahocorasick_peer, "flashtext": flashtext_peer,
            "spacy": spacy_peer}[args.engine]
    matches, build, scan, patterns = peer(args.gazetteer, text)
    print(json.dumps({"peer": args.engine, "patterns": patterns, "matches": matches,
                      "build_s": round(build, 4), "scan_s": round(scan, 4),
                      "bytes": len(text.encode("utf-8"))}))


if __name__ == "__main__":
    sys.exit(main())
