#!/usr/bin/env python3
"""Writes the two huge single documents that the README's "One big
document" figures are measured on, into target/big-documents/:

- lines.txt: 2,000,000 short lines (33 MB), every line a paragraph;
- flat.txt: 200 MB of sentences without a single line break, one paragraph.

Run from the repository's root, then time the command on each, e.g.
    /usr/bin/time -v target/release/newsgraph graph target/big-documents/flat.txt -o /tmp/flat.graphml
"""

import os

OUT = os.path.join("target", "big-documents")

LINES = ["Rutte in Den Haag", "Poetin en Xi", "Iran steunt Rusland",
         "Zelensky in Kyiv", "de VS en China"]
SENTENCE = ("Vladimir Poetin sprak in Moskou met de Iraanse president "
            "Pezeshkian over drones. Volgens woordvoerder Jan de Vries zei "
            "Rutte niets. ")


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "lines.txt"), "w", encoding="utf-8") as f:
        for i in range(2_000_000):
            f.write(LINES[i % len(LINES)] + "\n")
    with open(os.path.join(OUT, "flat.txt"), "w", encoding="utf-8") as f:
        f.write(SENTENCE * (200_000_000 // len(SENTENCE)))


if __name__ == "__main__":
    main()
