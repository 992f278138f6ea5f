"""Writes a synthetic Wikidata JSON dump for measuring the importer.

Usage: gen_dump.py N OUT.json

N items in the dump's shape (an array, one entity a line, trailing
commas), each about 10 KB like the real dump's average: labels and
aliases in 60 languages, a few dozen statements, 30 sitelinks. Every
third item is a human, every third a city, the rest a class that is not
imported. Deterministic: the same N gives the same file.
"""

import json
import sys

LANGS = [f"l{i}" for i in range(58)] + ["nl", "en"]


def statement(prop, qid, n):
    return {
        "mainsnak": {
            "snaktype": "value",
            "property": prop,
            "hash": f"{n:040x}",
            "datavalue": {
                "value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid},
                "type": "wikibase-entityid",
            },
            "datatype": "wikibase-item",
        },
        "type": "statement",
        "id": f"Q{n}$0000",
        "rank": "normal",
    }


def item(n):
    qid = f"Q{100000000 + n}"
    cls = ["Q5", "Q515", "Q4167836"][n % 3]
    name = f"Naam {n}"
    claims = {"P31": [statement("P31", cls, n)], "P17": [statement("P17", "Q55", n)]}
    for p in range(30):
        claims[f"P{1000 + p}"] = [statement(f"P{1000 + p}", f"Q{p + 1}", n)]
    return {
        "type": "item",
        "id": qid,
        "labels": {l: {"language": l, "value": f"{name} {l}"} for l in LANGS},
        "descriptions": {l: {"language": l, "value": "beschrijving"} for l in LANGS[:20]},
        "aliases": {l: [{"language": l, "value": f"Alias {n} {l}"}] for l in LANGS[:10]},
        "claims": claims,
        "sitelinks": {f"{l}wiki": {"site": f"{l}wiki", "title": name, "badges": []} for l in LANGS[:30]},
        "lastrevid": n,
    }


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    with open(out, "w", encoding="utf-8") as f:
        f.write("[\n")
        for i in range(n):
            f.write(json.dumps(item(i), separators=(",", ":")))
            f.write(",\n" if i < n - 1 else "\n")
        f.write("]\n")


if __name__ == "__main__":
    main()
