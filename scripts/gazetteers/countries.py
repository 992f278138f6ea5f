#!/usr/bin/env python3
"""Generate gazetteers/countries.tsv for newsgraph.

Inputs
  countries_curated.tsv   hand-curated rows (this folder): id, iso2, name,
                          aliases, adjectives_nl, adjectives_en, partials,
                          country, kind, drop
  CLDR territory names    Dutch and English, via the PyPI package `babel`
                          (version pinned in requirements.txt)
  /usr/share/dict/dutch, /usr/share/dict/american-english (optional)
                          word lists used to mark forms that are ordinary
                          words with `=` (match only as written / in capitals)

Usage
  python3 countries.py [--out countries.tsv] [--report report.txt]
                       [--date YYYY-MM-DD]

The output is deterministic: rows sorted by name (countries first, then
regions), forms in a stable order (name, curated aliases, CLDR names,
Dutch adjectives, English adjectives).
"""
import argparse
import csv
import datetime
import os
import re
import sys
import unicodedata

import babel
from babel import Locale

HERE = os.path.dirname(os.path.abspath(__file__))

# CLDR territory codes that are not ISO 3166-1 alpha-2 country codes.
NON_ISO = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN",
           "XA", "XB", "XK", "ZZ"}

# Forms that are (lower-case) dictionary words but stay plain on purpose:
# proper adjectives/demonyms that the tests expect verbatim and whose
# lower-case homograph is rare in news text.
KEEP_PLAIN = {"Rus", "Russen", "Brits", "Amerikaan", "Amerikanen",
              # geographic names Dutch also writes in lower case
              "Noordpoolgebied", "Golfstaten"}

# Forms left out everywhere because they name more than one entity.
# (Listed for the report; they are simply never generated.)
# `Congo`, `Congolese` and `Korea`, `Korean` are not among them: news
# means the DR Congo and South Korea by them, so they are those countries'
# forms and the other's partials, which a document naming the Republic of
# the Congo or North Korea in full gives to that one.
AMBIGUOUS = {
    "Virgin Islands/Maagdeneilanden": "Q11703 US / Q25305 British Virgin Islands",
    "Dominican (Dominica)": "Q784 Dominica / Q786 Dominican Republic (kept for Q786)",
}


def fold(form):
    """Case- and diacritic-folded key, as the matcher compares forms."""
    form = form.lstrip("=")
    nfkd = unicodedata.normalize("NFKD", form)
    stripped = "".join(c for c in nfkd if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def is_acronym(form):
    return not any(c.islower() for c in form) and any(c.isupper() for c in form)


def load_words(path):
    """Lower-case entries of a word list (entries written in lower case)."""
    words = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                w = line.strip()
                if w and w == w.lower():
                    words.add(w)
    except OSError:
        pass
    return words


def load_all_words(path):
    words = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                words.add(line.strip().lower())
    except OSError:
        pass
    return words


def cldr_forms(name, lang):
    """Clean a CLDR territory name into surface forms."""
    out = []
    if "SAR" in name.split():  # "Hong Kong SAR China", "Macau SAR van China"
        return out
    m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$", name)
    if m:
        base = (m.group(1) + (" " + m.group(3) if m.group(3) else "")).strip()
        out.append(base)
        if not m.group(3):  # "Myanmar (Burma)" -> also "Burma"
            out.append(m.group(2).strip())
    else:
        out.append(name)
    res = []
    for f in out:
        f = f.replace(" - ", "-")
        f = f.replace("’", "'")
        if "&" in f:
            f = f.replace(" & ", " and " if lang == "en" else " en ")
        res.append(f)
        if lang == "en" and f.startswith("St. "):
            res.append("Saint " + f[4:])
    return res


def split(cell):
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def load_declared(path):
    """Folded forms of the reviewed ambiguity list (column `form`)."""
    with open(path, encoding="utf-8") as fh:
        lines = [l for l in fh if l.strip() and not l.startswith("#")]
    header = lines[0].rstrip("\n").split("\t")
    col = header.index("form")
    return {fold(l.rstrip("\n").split("\t")[col]) for l in lines[1:]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--curated", default=os.path.join(HERE, "countries_curated.tsv"))
    ap.add_argument("--out", default="countries.tsv")
    ap.add_argument("--report", default=None)
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    ap.add_argument("--dict-nl", default="/usr/share/dict/dutch")
    ap.add_argument("--dict-en", default="/usr/share/dict/american-english")
    ap.add_argument("--ambiguous", default=os.path.join(HERE, "..", "..", "gazetteers", "ambiguous.tsv"),
                    help="reviewed forms that may be claimed by several rows")
    args = ap.parse_args()
    declared = load_declared(args.ambiguous)

    report = []
    nl_terr = Locale("nl").territories
    en_terr = Locale("en").territories
    iso = sorted(c for c in en_terr if len(c) == 2 and c.isalpha() and c not in NON_ISO)
    lower_words = load_words(args.dict_nl) | load_words(args.dict_en)
    dutch_all = load_all_words(args.dict_nl)

    with open(args.curated, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(
            (l for l in fh if not l.startswith("#")), delimiter="\t",
            quoting=csv.QUOTE_NONE)]

    # --- checks on the curated input
    ids = [r["id"] for r in rows]
    dup_ids = {i for i in ids if ids.count(i) > 1}
    if dup_ids:
        sys.exit(f"duplicate ids in curated file: {sorted(dup_ids)}")
    have_iso = {r["iso2"] for r in rows if r["iso2"]}
    missing = [c for c in iso if c not in have_iso]
    if missing:
        sys.exit(f"ISO codes without a curated row: {missing}")
    extra = sorted(have_iso - set(iso))
    if extra:
        sys.exit(f"curated iso2 codes that are not ISO 3166-1: {extra}")

    # --- collect forms per row: (form, source) in priority order
    entities = []
    for r in rows:
        name = r["name"].strip()
        forms = [(name, "name")]
        forms += [(a, "alias") for a in split(r["aliases"])]
        cldr = []
        if r["iso2"]:
            for lang, terr in (("nl", nl_terr), ("en", en_terr)):
                cldr += cldr_forms(terr[r["iso2"]], lang)
        drop = {fold(d) for d in split(r.get("drop"))}
        for c in cldr:
            if fold(c) in drop:
                report.append(f"cldr-dropped (curated drop list) {r['id']} {c}")
                continue
            forms.append((c, "cldr"))
        forms += [(a, "adj_nl") for a in split(r["adjectives_nl"])]
        forms += [(a, "adj_en") for a in split(r["adjectives_en"])]
        entities.append({"row": r, "forms": forms})

    # --- within-row dedupe (case/accent variants), curated before CLDR
    for e in entities:
        seen = {}
        kept = []
        for f, src in e["forms"]:
            k = fold(f)
            if k in seen:
                if src == "cldr":
                    report.append(f"cldr-dropped (variant of {seen[k]!r}) {e['row']['id']} {f}")
                continue
            seen[k] = f
            kept.append((f, src))
        e["forms"] = kept

    # --- across rows: curated clashes are errors, CLDR clashes are dropped
    owner = {}
    for e in entities:
        for f, src in e["forms"]:
            if src == "cldr":
                continue
            k = fold(f)
            if k in owner and owner[k] != e["row"]["id"] and k not in declared:
                sys.exit(f"form {f!r} claimed by {owner[k]} and {e['row']['id']}")
            owner[k] = e["row"]["id"]
    for e in entities:
        kept = []
        for f, src in e["forms"]:
            k = fold(f)
            if src == "cldr" and k in owner and owner[k] != e["row"]["id"]:
                report.append(f"cldr-dropped (collides with {owner[k]}) {e['row']['id']} {f}")
                continue
            owner.setdefault(k, e["row"]["id"])
            kept.append((f, src))
        e["forms"] = kept

    # --- common words get '=' (match only as written or in capitals)
    for e in entities:
        out = []
        for f, src in e["forms"]:
            bare = f.lstrip("=")
            if (not f.startswith("=") and not is_acronym(bare) and bare not in KEEP_PLAIN
                    and bare.lower() in lower_words):
                report.append(f"marked-common-word {e['row']['id']} ={bare}")
                f = "=" + bare
            if (" " not in bare and "-" not in bare and len(bare) < 4
                    and not is_acronym(bare)):
                report.append(f"short-form {e['row']['id']} {f}")
            out.append((f, src))
        e["forms"] = out

    # --- Dutch adjective/demonym forms not in the Dutch word list
    not_in_dict = []
    n_dutch = 0
    for e in entities:
        for f, src in e["forms"]:
            if src == "adj_nl":
                n_dutch += 1
                if f.lstrip("=").lower() not in dutch_all:
                    not_in_dict.append(f"{e['row']['id']} {f}")

    # --- write
    def sort_key(e):
        r = e["row"]
        return (0 if r["kind"] == "country" else 1, fold(r["name"]), r["id"])

    entities.sort(key=sort_key)
    cols = ["id", "name", "aliases", "adjectives", "partials", "country", "kind", "iso2"]
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# newsgraph countries and regions gazetteer, generated by "
                  f"scripts/gazetteers/countries.py on {args.date}; do not edit by hand.\n")
        out.write(f"# Sources: Unicode CLDR territory names (nl, en) via babel {babel.__version__} "
                  f"(Unicode License v3); hand curation in countries_curated.tsv "
                  f"(ids are Wikidata QIDs where checked, else slugs; adjectives, demonyms, "
                  f"news variants).\n")
        out.write("# Forms starting with '=' match only as written or in capitals (common words).\n")
        out.write("\t".join(cols) + "\n")
        for e in entities:
            r = e["row"]
            fs = e["forms"]
            name = fs[0][0]
            aliases = [f for f, s in fs[1:] if s in ("alias", "cldr")]
            adjs = [f for f, s in fs if s in ("adj_nl", "adj_en")]
            cells = [r["id"], name, "|".join(aliases), "|".join(adjs),
                     "|".join(split(r.get("partials"))), r.get("country", "").strip(),
                     r["kind"].strip(), r["iso2"].strip()]
            for c in cells:
                if "\t" in c or "\n" in c:
                    sys.exit(f"bad cell in {r['id']}: {c!r}")
            out.write("\t".join(cells).rstrip("\t") + "\n")

    kinds = {}
    for e in entities:
        kinds[e["row"]["kind"]] = kinds.get(e["row"]["kind"], 0) + 1
    summary = [f"rows: {len(entities)} {kinds}",
               f"ISO 3166-1 codes covered: {len(iso)}",
               f"Dutch adjective/demonym forms: {n_dutch}, not in {args.dict_nl}: {len(not_in_dict)}"]
    lines = summary + [""] + sorted(report) + ["", "dutch-not-in-wordlist:"] + not_in_dict
    lines += ["", "ambiguous forms left out:"] + [f"{k}: {v}" for k, v in AMBIGUOUS.items()]
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    print("\n".join(summary), file=sys.stderr)


if __name__ == "__main__":
    main()
