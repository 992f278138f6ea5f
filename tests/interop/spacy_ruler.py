"""Runs newsgraph's exported EntityRuler patterns in spaCy.

Usage: spacy_ruler.py PATTERNS.jsonl TEXT_FILE...

Loads the patterns into a blank Dutch pipeline's entity_ruler (phrase
patterns on LOWER, as the export asks) and prints one JSON object with,
per text file, the entities (character start, end, label, id) and the
token boundaries, so the caller can tell a miss by tokenisation from a
real difference.
"""

import json
import sys

import spacy


def main() -> None:
    patterns_path, texts = sys.argv[1], sys.argv[2:]
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    with open(patterns_path, encoding="utf-8") as f:
        patterns = [json.loads(line) for line in f if line.strip()]
    ruler.add_patterns(patterns)
    out = {"spacy": spacy.__version__, "patterns": len(patterns), "docs": {}}
    for path in texts:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        doc = nlp(text)
        out["docs"][path] = {
            "ents": [
                [e.start_char, e.end_char, e.label_, e.ent_id_] for e in doc.ents
            ],
            "starts": [t.idx for t in doc],
            "ends": [t.idx + len(t.text) for t in doc],
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
