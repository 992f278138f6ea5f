#!/usr/bin/env python3
"""Generate gazetteers/cities.tsv for newsgraph.

Usage:
    cities.py [NE_POPULATED_PLACES] [--curated cities_curated.tsv]
              [--countries countries.tsv] [--top N] [--date YYYY-MM-DD]
              [-o cities.tsv]

Inputs
  * Natural Earth 10m populated places (v4.0, public domain): the archive
    ne_10m_populated_places.zip as Natural Earth publishes it, or the
    shapefile's ne_10m_populated_places.dbf taken out of it; by default
    scripts/gazetteers/data/ne_10m_populated_places.zip (git-ignored; see
    gazetteers/README.md for where to get it). Read from it: GEONAMEID, NAME,
    NAMEALT, ISO_A2, ADM0NAME, WIKIDATAID, FEATURECLA, POP_MAX, LATITUDE,
    LONGITUDE. A TSV extract of those columns (header geonameid, name,
    namealt, iso_a2, country, wikidata, featurecla, pop_max, lat, lon) is
    read too.
  * cities_curated.tsv (hand curation, next to this script): one row per
    decision, columns
        action  match  id  name  aliases  adjectives  partials  iso2
        geonames  population  note
    action `set`  : keep the Natural Earth place whose wikidata QID equals
                    `id`, or whose "name/ISO2" equals `match` (the most
                    populous such place); a non-empty
                    `name` replaces Natural Earth's name; aliases, adjectives
                    and partials are taken from this row (Natural Earth's
                    `namealt` is never used unreviewed: it holds junk).
    action `add`  : a place that Natural Earth lacks (or a second entity);
                    all columns come from this row.
    action `drop` : leave this Natural Earth place out (name is a country
                    name, a common word or person name, or ambiguous).
  * optional countries.tsv: an `iso2` column there maps ISO alpha-2 to the
    country's id; otherwise the table below is used.

Selection: every place whose featurecla contains "Admin-0 capital", the
`--top` (default 400) most populous places, and every curated `set`/`add`
row.  Automatic safety rules:
  * a name equal to a country name (English or Dutch, see COUNTRY_NAMES) is
    never claimed: such a place is dropped unless curated with a distinct
    name;
  * a name whose lower-case form is an ordinary word in
    /usr/share/dict/dutch or /usr/share/dict/american-english is written
    `=Name` (matches only capitalised or in capitals);
  * two rows may not share a folded form: the curated or more populous row
    keeps it; an uncurated loser that would lose its *name* is dropped.
    All such decisions are printed to stderr.

Output is deterministic: rows sorted by population (descending), ties by
name.
"""
import argparse
import csv
import datetime
import os
import struct
import sys
import unicodedata
import zipfile

# ISO 3166-1 alpha-2 -> Wikidata QID of the country (or territory).
# Cross-checked against the OWID countries/regions table (wikidata_uri
# column) and the project's country gazetteer brief; NL is the constituent
# country Q55 (not the Kingdom, Q29999).  French overseas departments that
# Natural Earth files under "France" map to France (Q142).
ISO2_QID = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AI": "Q25228",
    "AL": "Q222", "AM": "Q399", "AO": "Q916", "AR": "Q414", "AS": "Q16641",
    "AT": "Q40", "AU": "Q408", "AW": "Q21203", "AX": "Q5689", "AZ": "Q227",
    "BA": "Q225", "BB": "Q244", "BD": "Q902", "BE": "Q31", "BF": "Q965",
    "BG": "Q219", "BH": "Q398", "BI": "Q967", "BJ": "Q962", "BM": "Q23635",
    "BN": "Q921", "BO": "Q750", "BR": "Q155", "BS": "Q778", "BT": "Q917",
    "BW": "Q963", "BY": "Q184", "BZ": "Q242", "CA": "Q16", "CD": "Q974",
    "CF": "Q929", "CG": "Q971", "CH": "Q39", "CI": "Q1008", "CK": "Q26988",
    "CL": "Q298", "CM": "Q1009", "CN": "Q148", "CO": "Q739", "CR": "Q800",
    "CU": "Q241", "CV": "Q1011", "CW": "Q25279", "CY": "Q229", "CZ": "Q213",
    "DE": "Q183", "DJ": "Q977", "DK": "Q35", "DM": "Q784", "DO": "Q786",
    "DZ": "Q262", "EC": "Q736", "EE": "Q191", "EG": "Q79", "EH": "Q6250",
    "ER": "Q986", "ES": "Q29", "ET": "Q115", "FI": "Q33", "FJ": "Q712",
    "FK": "Q9648", "FM": "Q702", "FO": "Q4628", "FR": "Q142", "GA": "Q1000",
    "GB": "Q145", "GD": "Q769", "GE": "Q230", "GF": "Q142", "GH": "Q117",
    "GI": "Q1410", "GL": "Q223", "GM": "Q1005", "GN": "Q1006", "GP": "Q142",
    "GQ": "Q983", "GR": "Q41", "GS": "Q35086", "GT": "Q774", "GU": "Q16635",
    "GW": "Q1007", "GY": "Q734", "HK": "Q8646", "HN": "Q783", "HR": "Q224",
    "HT": "Q790", "HU": "Q28", "ID": "Q252", "IE": "Q27", "IL": "Q801",
    "IM": "Q9676", "IN": "Q668", "IQ": "Q796", "IR": "Q794", "IS": "Q189",
    "IT": "Q38", "JE": "Q785", "JM": "Q766", "JO": "Q810", "JP": "Q17",
    "KE": "Q114", "KG": "Q813", "KH": "Q424", "KI": "Q710", "KM": "Q970",
    "KN": "Q763", "KP": "Q423", "KR": "Q884", "KW": "Q817", "KY": "Q5785",
    "KZ": "Q232", "LA": "Q819", "LB": "Q822", "LC": "Q760", "LI": "Q347",
    "LK": "Q854", "LR": "Q1014", "LS": "Q1013", "LT": "Q37", "LU": "Q32",
    "LV": "Q211", "LY": "Q1016", "MA": "Q1028", "MC": "Q235", "MD": "Q217",
    "ME": "Q236", "MG": "Q1019", "MH": "Q709", "MK": "Q221", "ML": "Q912",
    "MM": "Q836", "MN": "Q711", "MO": "Q14773", "MP": "Q16644", "MQ": "Q142",
    "MR": "Q1025", "MT": "Q233", "MU": "Q1027", "MV": "Q826", "MW": "Q1020",
    "MX": "Q96", "MY": "Q833", "MZ": "Q1029", "NA": "Q1030", "NC": "Q33788",
    "NE": "Q1032", "NG": "Q1033", "NI": "Q811", "NL": "Q55", "NO": "Q20",
    "NP": "Q837", "NR": "Q697", "NU": "Q34020", "NZ": "Q664", "OM": "Q842",
    "PA": "Q804", "PE": "Q419", "PF": "Q30971", "PG": "Q691", "PH": "Q928",
    "PK": "Q843", "PL": "Q36", "PR": "Q1183", "PS": "Q219060", "PT": "Q45",
    "PW": "Q695", "PY": "Q733", "QA": "Q846", "RE": "Q142", "RO": "Q218",
    "RS": "Q403", "RU": "Q159", "RW": "Q1037", "SA": "Q851", "SB": "Q685",
    "SC": "Q1042", "SD": "Q1049", "SE": "Q34", "SG": "Q334", "SI": "Q215",
    "SJ": "Q842829", "SK": "Q214", "SL": "Q1044", "SM": "Q238", "SN": "Q1041",
    "SO": "Q1045", "SR": "Q730", "SS": "Q958", "ST": "Q1039", "SV": "Q792",
    "SY": "Q858", "SZ": "Q1050", "TC": "Q18221", "TD": "Q657", "TG": "Q945",
    "TH": "Q869", "TJ": "Q863", "TL": "Q574", "TM": "Q874", "TN": "Q948",
    "TO": "Q678", "TR": "Q43", "TT": "Q754", "TV": "Q672", "TW": "Q865",
    "TZ": "Q924", "UA": "Q212", "UG": "Q1036", "US": "Q30", "UY": "Q77",
    "UZ": "Q265", "VA": "Q237", "VC": "Q757", "VE": "Q717", "VI": "Q11703",
    "VN": "Q881", "VU": "Q686", "WS": "Q683", "XK": "Q1246", "YE": "Q805",
    "YT": "Q142", "ZA": "Q258", "ZM": "Q953", "ZW": "Q954",
}
# Natural Earth writes -99 for these; map by its `country` column.
NE_NO_ISO = {
    "Kosovo": ("XK", "Q1246"),
    "Somaliland": ("", "Q34754"),
    "Northern Cyprus": ("", "Q23681"),
}

# Country and territory names (English, Dutch, common short forms) that a
# city must never claim: the country gazetteer owns them.
COUNTRY_NAMES = """
Afghanistan Albania Albanië Algeria Algerije Andorra Angola Argentina
Argentinië Armenia Armenië Australia Australië Austria Oostenrijk Azerbaijan
Azerbeidzjan Bahamas Bahrain Bangladesh Barbados Belarus Wit-Rusland
Belgium België Belize Benin Bhutan Bolivia Bosnia Bosnië Botswana Brazil
Brazilië Brunei Bulgaria Bulgarije Burundi Cambodia Cambodja Cameroon
Kameroen Canada Chad Tsjaad Chile Chili China Colombia Comoros Comoren Congo
Croatia Kroatië Cuba Cyprus Czechia Tsjechië Denmark Denemarken Djibouti
Dominica Ecuador Egypt Egypte Eritrea Estonia Estland Eswatini Ethiopia
Ethiopië Fiji Finland France Frankrijk Gabon Gambia Georgia Georgië Germany
Duitsland Ghana Greece Griekenland Grenada Guatemala Guinea Guyana Haiti
Honduras Hungary Hongarije Iceland IJsland India Indonesia Indonesië Iran
Iraq Irak Ireland Ierland Israel Italy Italië Jamaica Japan Jordan Jordanië
Kazakhstan Kazachstan Kenya Kenia Kiribati Kosovo Kuwait Koeweit Kyrgyzstan
Kirgizië Laos Latvia Letland Lebanon Libanon Lesotho Liberia Libya Libië
Liechtenstein Lithuania Litouwen Luxembourg Luxemburg Madagascar Malawi
Malaysia Maleisië Maldives Malediven Mali Malta Mauritania Mauritanië
Mauritius Mexico Micronesia Moldova Moldavië Monaco Mongolia Mongolië
Montenegro Morocco Marokko Mozambique Myanmar Birma Burma Namibia Namibië
Nauru Nepal Netherlands Nederland Holland Nicaragua Niger Nigeria Norway
Noorwegen Oman Pakistan Palau Palestine Palestina Panama Paraguay Peru
Philippines Filipijnen Poland Polen Portugal Qatar Romania Roemenië Russia
Rusland Rwanda Samoa Senegal Serbia Servië Seychellen Seychelles Singapore
Slovakia Slowakije Slovenia Slovenië Somalia Somalië Spain Spanje Sudan
Soedan Suriname Sweden Zweden Switzerland Zwitserland Syria Syrië Taiwan
Tajikistan Tadzjikistan Tanzania Thailand Thailand Togo Tonga Tunisia
Tunesië Turkey Turkije Türkiye Turkmenistan Tuvalu Uganda Oeganda Ukraine
Oekraïne Uruguay Uzbekistan Oezbekistan Vanuatu Vatican Vaticaan
Vaticaanstad Venezuela Vietnam Yemen Jemen Zambia Zambia Zimbabwe Aruba
Curaçao Bermuda Gibraltar Greenland Groenland Macau Macao Guam Jersey
Guernsey Anguilla Montserrat Niue Tokelau Nauru Somaliland Abchazië
Abkhazia Transnistria Gaza Crimea Krim Kashmir Kasjmir Darfur Donbas Donbass
Tibet Palestine Sahara Martinique Guadeloupe Réunion Mayotte
""".split() + [
    "San Marino", "Vatican City", "Hong Kong", "Sri Lanka", "Costa Rica",
    "El Salvador", "Sierra Leone", "South Africa", "Zuid-Afrika",
    "North Korea", "Noord-Korea", "South Korea", "Zuid-Korea",
    "Saudi Arabia", "Saoedi-Arabië", "New Zealand", "Nieuw-Zeeland",
    "Puerto Rico", "Cape Verde", "Kaapverdië", "Burkina Faso", "East Timor",
    "Oost-Timor", "Papua New Guinea", "Western Sahara", "Isle of Man",
    "Gaza Strip", "Gazastrook", "West Bank", "Westelijke Jordaanoever",
    "United States", "United Kingdom", "Verenigde Staten",
    "Verenigd Koninkrijk", "Dominican Republic", "Ivory Coast", "Ivoorkust",
    "Sint Maarten", "Faroe Islands",
]


def fold(s):
    """Approximates newsgraph's folding: case, diacritics, a few letters."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("\u2010", "-").replace("\u2011", "-")
    out = []
    for ch in unicodedata.normalize("NFKD", s.casefold()):
        if unicodedata.combining(ch):
            continue
        out.append({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h",
                    "ı": "i", "ŧ": "t", "æ": "ae", "œ": "oe", "þ": "th",
                    "ĳ": "ij"}.get(ch, ch))
    return " ".join("".join(out).split())


def load_words():
    words = set()
    for path in ("/usr/share/dict/dutch", "/usr/share/dict/american-english"):
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    w = line.strip()
                    if w and w == w.lower():
                        words.add(fold(w))
    return words


def split_forms(cell):
    return [f.strip() for f in (cell or "").split("|") if f.strip()]


def bare(form):
    return form[1:] if form.startswith("=") else form


def mark_common(form, words):
    """`=`-marks a one-word form that is an ordinary lower-case word."""
    b = bare(form)
    if form.startswith("=") or not any(c.islower() for c in b):
        return form
    if fold(b) in words:
        return "=" + b
    return form


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = [l for l in fh if l.strip() and not l.startswith("#")]
    header = lines[0].rstrip("\n").split("\t")
    for line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


# Natural Earth's shapefile columns -> the names used below.
NE_COLUMNS = {
    "GEONAMEID": "geonameid", "NAME": "name", "NAMEALT": "namealt",
    "ISO_A2": "iso_a2", "ADM0NAME": "country", "WIKIDATAID": "wikidata",
    "FEATURECLA": "featurecla", "POP_MAX": "pop_max", "LATITUDE": "lat",
    "LONGITUDE": "lon",
}


def read_dbf(data):
    """Rows of a dBase III table (a shapefile's .dbf; text in UTF-8) as dicts
    of the NE_COLUMNS fields."""
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii").upper()
        fields.append((name, data[pos + 11:pos + 12], data[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        record = data[header_len + i * record_len:header_len + (i + 1) * record_len]
        if record[:1] == b"*":  # deleted
            continue
        row, at = {}, 1
        for name, kind, length in fields:
            raw = record[at:at + length]
            at += length
            if name not in NE_COLUMNS:
                continue
            value = raw.decode("utf-8").strip().rstrip("\0")
            if kind in (b"N", b"F") and value and name in ("GEONAMEID", "POP_MAX"):
                value = str(int(float(value)))
            row[NE_COLUMNS[name]] = value
        rows.append(row)
    return rows


def read_natural_earth(path):
    """The populated places from the .zip, the .dbf or a TSV extract."""
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            dbf = [n for n in z.namelist() if n.lower().endswith(".dbf")]
            if len(dbf) != 1:
                sys.exit(f"{path}: expected one .dbf in the archive, found {dbf}")
            rows = read_dbf(z.read(dbf[0]))
    elif path.endswith(".dbf"):
        with open(path, "rb") as fh:
            rows = read_dbf(fh.read())
    else:
        return read_tsv(path)
    for row in rows:
        for column in NE_COLUMNS.values():
            row.setdefault(column, "")
        # Natural Earth writes -1 for "no GeoNames id"; keep its spelling.
        if row["geonameid"] in ("", "-1"):
            row["geonameid"] = "-1"
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("ne", nargs="?",
                    default=os.path.join(here, "data", "ne_10m_populated_places.zip"),
                    help="Natural Earth 10m populated places: .zip, .dbf or TSV "
                         "extract (default: %(default)s)")
    ap.add_argument("--curated", default=os.path.join(here, "cities_curated.tsv"))
    ap.add_argument("--countries")
    ap.add_argument("--top", type=int, default=400)
    ap.add_argument("--date", default="2026-11-25")
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()

    iso2_qid = dict(ISO2_QID)
    blocked = {fold(n) for n in COUNTRY_NAMES}
    if args.countries:
        for r in read_tsv(args.countries):
            if r.get("iso2"):
                iso2_qid[r["iso2"]] = r["id"]
            for f in [r.get("name", "")] + split_forms(r.get("aliases")) + \
                    split_forms(r.get("adjectives")):
                if f:
                    blocked.add(fold(bare(f).strip("*")))
    words = load_words()

    # --- Natural Earth
    ne = []
    seen = set()
    if not os.path.exists(args.ne):
        sys.exit(f"{args.ne}: not found. Natural Earth's 10m populated places "
                 f"(v4.0) are needed: see gazetteers/README.md")
    for r in read_natural_earth(args.ne):
        key = r["wikidata"] or "gn:" + r["geonameid"] + r["name"]
        if key in seen:
            continue
        seen.add(key)
        try:
            r["pop"] = int(float(r["pop_max"] or 0))
        except ValueError:
            r["pop"] = 0
        ne.append(r)
    ne.sort(key=lambda r: (-r["pop"], r["name"]))

    curated = read_tsv(args.curated)
    by_qid = {r["wikidata"]: r for r in ne if r["wikidata"]}
    by_gn = {r["geonameid"]: r for r in ne if r["geonameid"] not in ("", "-1")}
    by_name = {}
    for r in ne:  # most populous first: it wins the key
        by_name.setdefault(r["name"] + "/" + r["iso_a2"], r)
    drops, sets, adds = set(), {}, []
    for c in curated:
        act = c["action"].strip()
        target = by_qid.get(c["id"]) if c["id"] else None
        if target is None and c.get("match"):
            target = by_name.get(c["match"])
            if target is None:
                sys.exit(f"curated match {c['match']!r} not in Natural Earth")
        if target is None and c.get("geonames") and act != "add":
            target = by_gn.get(c["geonames"])
        if act == "drop":
            if target is None:
                sys.exit(f"curated drop matches nothing: {c}")
            drops.add(id(target))
        elif act == "set":
            if target is None:
                sys.exit(f"curated set matches nothing: {c}")
            sets[id(target)] = c
        elif act == "add":
            adds.append(c)
        else:
            sys.exit(f"unknown action {act!r}: {c}")

    def slug(name, cc):
        s = "".join(ch if ch.isalnum() else "-" for ch in fold(name))
        s = "-".join(p for p in s.split("-") if p)
        return f"place:{s}-{cc.lower()}" if cc else f"place:{s}"

    out = []
    for r in ne:
        if id(r) not in drops:
            out.append((r, sets.get(id(r)), "Admin-0 capital" in r["featurecla"]))
    # top-N by population among non-historic places
    ranked = [r for r in ne if r["featurecla"] not in
              ("Historic place", "Scientific station", "Meteorological Station")]
    topset = {id(r) for r in ranked[: args.top]}

    rows = []
    for r, cur, capital in out:
        if not (cur or capital or id(r) in topset):
            continue
        iso2 = r["iso_a2"]
        country = ""
        if cur and cur.get("iso2"):
            iso2 = cur["iso2"]
            country = iso2_qid.get(iso2, "")
        elif iso2 == "-99":
            iso2, country = NE_NO_ISO.get(r["country"], ("", ""))
        else:
            country = iso2_qid.get(iso2, "")
        name = (cur["name"] if cur and cur["name"] else r["name"])
        row = {
            "id": r["wikidata"] or (cur["id"] if cur and cur["id"] else "")
            or slug(name, iso2),
            "name": name,
            "aliases": split_forms(cur["aliases"]) if cur else [],
            "adjectives": split_forms(cur["adjectives"]) if cur else [],
            "partials": split_forms(cur["partials"]) if cur else [],
            "country": country,
            "iso2": iso2,
            "geonames": r["geonameid"] if r["geonameid"] not in ("-1", "") else "",
            "population": r["pop"],
            "curated": bool(cur),
            "capital": capital,
        }
        if cur and cur.get("population"):
            row["population"] = int(cur["population"])
        rows.append(row)
    for c in adds:
        iso2 = c["iso2"]
        rows.append({
            "id": c["id"] or slug(c["name"], iso2),
            "name": c["name"],
            "aliases": split_forms(c["aliases"]),
            "adjectives": split_forms(c["adjectives"]),
            "partials": split_forms(c["partials"]),
            "country": iso2_qid.get(iso2, ""),
            "iso2": iso2,
            "geonames": c["geonames"],
            "population": int(c["population"] or 0),
            "curated": True,
            "capital": False,
        })

    # --- safety rules
    kept = []
    for row in rows:
        if fold(bare(row["name"])) in blocked:
            print(f"drop (country name): {row['id']} {row['name']}",
                  file=sys.stderr)
            continue
        row["aliases"] = [a for a in row["aliases"]
                          if fold(bare(a)) not in blocked or
                          print(f"drop alias (country name): {row['name']}: {a}",
                                file=sys.stderr)]
        row["name"] = mark_common(row["name"], words)
        row["aliases"] = [mark_common(a, words) for a in row["aliases"]]
        row["adjectives"] = [mark_common(a, words) for a in row["adjectives"]]
        kept.append(row)

    # Priority: curated, then population.
    kept.sort(key=lambda r: (not r["curated"], -r["population"], bare(r["name"])))
    owner = {}
    final = []
    ids = set()
    for row in kept:
        if row["id"] in ids:
            print(f"drop (duplicate id): {row['id']} {row['name']}", file=sys.stderr)
            continue
        nk = fold(bare(row["name"]))
        if nk in owner:
            print(f"drop (name taken by {owner[nk]}): {row['id']} {row['name']} "
                  f"{row['iso2']} pop {row['population']}", file=sys.stderr)
            continue
        forms = []
        for f in row["aliases"] + row["adjectives"]:
            k = fold(bare(f))
            if k in owner or k == nk or k in [fold(bare(x)) for x in forms]:
                if k in owner:
                    print(f"drop form {f!r} of {row['name']} (taken by {owner[k]})",
                          file=sys.stderr)
                continue
            forms.append(f)
        row["aliases"] = [f for f in row["aliases"] if f in forms]
        row["adjectives"] = [f for f in row["adjectives"] if f in forms]
        owner[nk] = row["name"]
        for f in forms:
            owner[fold(bare(f))] = row["name"]
        ids.add(row["id"])
        final.append(row)

    final.sort(key=lambda r: (-r["population"], bare(r["name"]), r["id"]))
    fh = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    fh.write(f"# Cities and places. Generated by scripts/gazetteers/cities.py on "
             f"{args.date} from Natural Earth 10m populated places v4.0 (public "
             f"domain; ids = its wikidata QIDs, population = pop_max) and the "
             f"hand curation in cities_curated.tsv (exonyms, transliterations, "
             f"news places). Do not edit by hand: edit the curation and rerun.\n")
    fh.write("# Sorted by population (descending), ties by name.\n")
    cols = ["id", "name", "aliases", "adjectives", "partials", "country",
            "iso2", "geonames", "population"]
    fh.write("\t".join(cols) + "\n")
    for r in final:
        cells = [r["id"], r["name"], "|".join(r["aliases"]),
                 "|".join(r["adjectives"]), "|".join(r["partials"]),
                 r["country"], r["iso2"], r["geonames"],
                 str(r["population"]) if r["population"] else ""]
        fh.write("\t".join(cells) + "\n")
    print(f"{len(final)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
