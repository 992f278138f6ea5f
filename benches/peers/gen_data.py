#!/usr/bin/env python3
"""Generate the data of the peer race: two gazetteers and a corpus of Dutch
news-like text, the same bytes for the same --seed and sizes.

  gazetteer-small.tsv   --small names (default 5,000), `id<TAB>type<TAB>name`
  gazetteer-large.tsv   --large names (default 200,000); starts with every
                        row of the small one
  corpus.txt            --corpus-mb of text (default 50): one paragraph per
                        line, a blank line between documents
  corpus-5mb.txt        the first 5 MB of corpus.txt, cut at a document end
  manifest.json         sizes, counts and SHA-256 of the files

With --huge N (for the large-gazetteer measurement, see README.md), also:

  gazetteer-huge.tsv           N names, flat like the others: every row of
                               the large one, then more synthetic names, a
                               tenth of them homonyms (a name another id
                               already has, as in Wikidata)
  gazetteer-huge-entities.tsv  the same names in newsgraph's own gazetteer
                               format: one row per id with `kind`, `name`,
                               `aliases` and a `salience` (a made-up
                               sitelink count), so shared names need
                               `--shared-names salient` or `skip`

Names: every name and alias of the repository's own gazetteers/*.tsv (people,
organisations, countries, cities), then synthetic people ("First Last",
"F. Last"), organisations and places built from syllables by a seeded random
generator. No name of one word may be an ordinary word: COMMON below (the
fixed list of every lower-case word the corpus is written with, plus frequent
Dutch and English function words) filters them out, compared case- and
accent-insensitively.

Text: documents of wire news (headline, dateline `PLACE (AGENCY) - `,
paragraphs of sentences) written from fixed Dutch sentence templates, half
of the sentences with names and half without. Every
name slot is filled with a name of the right type: 80 % from the small
gazetteer, 20 % from the names only the large one has. A few mentions are
written as real news writes them: a place in capitals in the dateline, a
person with a Dutch genitive `s`, a name without its accents. Only the
standard library is used.
"""

import argparse
import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

AGENCIES = ["ANP", "ANP/AFP", "ANP/RTR", "ANP/AP", "ANP/DPA", "ANP/BELGA"]

# Sentence templates. {P} person, {O} organisation, {C} country, {L} place;
# {D} a day, {N} a number, {X} a filler clause.
TEMPLATES = [
    "{P} zei {D} in {L} dat de gesprekken met {O} vastlopen.",
    "Volgens {O} is de situatie in {C} de afgelopen week verslechterd.",
    "{P} sprak {D} met zijn ambtgenoot {P} over de steun aan {C}.",
    "De regering van {C} heeft {D} {N} diplomaten uitgezet.",
    "In {L} kwamen {D} duizenden mensen bijeen om te demonstreren tegen {O}.",
    "{O} meldt dat er bij de aanval op {L} zeker {N} doden zijn gevallen.",
    "Het bezoek van {P} aan {L} werd op het laatste moment afgezegd.",
    "{P} noemde het besluit van {O} een gevaarlijke stap.",
    "Na overleg in {L} kondigde {P} nieuwe maatregelen aan.",
    "De minister van Buitenlandse Zaken van {C} reist {D} naar {L}.",
    "{O} en {O} willen de samenwerking op het gebied van energie uitbreiden.",
    "Bij {O} werken volgens de laatste cijfers {N} mensen.",
    "{C} en {C} tekenden {D} een akkoord over handel en veiligheid.",
    "Een woordvoerder van {O} wilde niet reageren op de berichten uit {L}.",
    "{P} werd {D} in {L} gekozen tot voorzitter van {O}.",
    "De rechtbank in {L} veroordeelde {P} tot {N} maanden cel.",
    "{X}, zei {P} tegen persbureau {O}.",
    "{X}, aldus een woordvoerder van {O} in {L}.",
    "Volgens {P} moet {C} meer doen om de grens te bewaken.",
    "{O} verwacht dat de prijzen in {C} het komende jaar verder stijgen.",
    "In het zuiden van {C}, bij {L}, is de strijd {D} opnieuw opgelaaid.",
    "Sinds de verkiezingen in {C} heeft {P} weinig in het openbaar gesproken.",
    "{P} en {P} ontmoetten elkaar {D} kort in {L}.",
    "Het hoofdkantoor van {O} staat sinds vorig jaar in {L}.",
    "De sancties tegen {C} treffen ook {O}, meldt {O}.",
    "{P}s kritiek op {O} valt niet overal goed.",
    "Uit cijfers van {O} blijkt dat de export naar {C} met {N} procent is gedaald.",
    "Inwoners van {L} moesten {D} hun huizen verlaten na de overstromingen.",
    "{X}.",
    "{X}, schrijft de krant.",
]

HEADLINES = [
    "{P} verwacht snel akkoord met {C}",
    "{O} waarschuwt voor gevolgen van sancties",
    "Zware gevechten rond {L}",
    "{C} zet diplomaten van {C} uit",
    "Onrust in {L} na uitspraak rechter",
    "{P} treedt af als leider van {O}",
    "Gesprekken in {L} opnieuw zonder resultaat",
    "Export naar {C} fors lager",
]

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
        "zondag", "gisteren", "vandaag", "vorige week", "eerder deze maand"]

# Filler clauses: subject + verb + object + adverbial, from these lists.
SUBJECTS = ["de regering", "het kabinet", "de minister", "de oppositie", "de politie",
            "het leger", "de burgemeester", "de bond", "de partij", "het bedrijf",
            "de ambassade", "de onderzoeker", "de deskundige", "de gemeente",
            "de boerenbond", "de vakbond", "de rechter", "de commissie", "de raad",
            "de woordvoerder", "het ministerie", "de krant", "de hulpdienst",
            "de actiegroep", "de bank", "de premier", "de president"]
VERBS = ["wil", "moet", "gaat", "zal", "kan", "wil niet", "mag", "zal niet",
         "kan niet", "moet mogelijk", "gaat niet"]
ACTIONS = ["de plannen uitstellen", "meer geld vrijmaken voor defensie",
           "de grens sluiten", "een onderzoek instellen naar de aanslag",
           "de belastingen verhogen", "nieuwe wapens leveren",
           "de onderhandelingen hervatten", "de lonen bevriezen",
           "extra troepen sturen", "het verdrag opzeggen",
           "de steun aan de boeren verlengen", "een wet indienen tegen desinformatie",
           "de gevangenen vrijlaten", "de prijzen van energie verlagen",
           "de school heropenen", "de fabriek sluiten", "de verkiezingen uitstellen",
           "meer woningen bouwen", "de sancties verlengen", "de schade herstellen",
           "een staakt-het-vuren afkondigen", "de export beperken"]
ADVERBIALS = ["binnen enkele weken", "nog dit jaar", "zo snel mogelijk",
              "voor het einde van de maand", "na de zomer", "op korte termijn",
              "ondanks de kritiek", "onder grote druk", "zonder overleg",
              "in het geheim", "tot nader order", "voorlopig niet",
              "volgens ingewijden", "naar verluidt", "voor het eerst sinds jaren"]

# Frequent Dutch and English function words, on top of the corpus's own words.
FUNCTION_WORDS = """
aan al alle als alles ben bij daar dan dat de deze die dit doch doen door dus een
eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand
iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet
niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw
van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij
zijn zo zonder zou den der des ten ter
the of and to in is was he for it with as his on be at by had are but from or have an
they which one you were her all she there would their we him been has when who will
no more if out so up said what its about than into them can only other new some
could time these two may then do first any my now such like our over man me even
most made after also did many before must through back years where much your way
well down should because each just those people how too little state good very make
world still own see men work long get here between both life being under never day
same another know while last might us great old year off come since against go came
right used take three
""".split()


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if not unicodedata.combining(c))


def key(s):
    return strip_accents(s.lower())


def common_words():
    words = set(FUNCTION_WORDS) | {w.lower() for w in DAYS}
    for text in TEMPLATES + HEADLINES + SUBJECTS + VERBS + ACTIONS + ADVERBIALS:
        for w in text.replace("{", " ").replace("}", " ").replace(",", " ").replace(".", " ").split():
            if w.islower():
                for part in w.split("-"):
                    words.add(part)
    return {key(w) for w in words}


COMMON = common_words()


def name_ok(name, common):
    """A usable name: starts and ends with a letter or digit, keeps its length
    when lower-cased, and is no ordinary word."""
    if len(name) < 2 or not (name[0].isalnum() and name[-1].isalnum()):
        return False
    if len(name.lower()) != len(name) or "\t" in name:
        return False
    if not all(c.isalnum() or c in " -.&'" for c in name):
        return False
    return " " in name or key(name) not in common


def repo_names():
    """(id, type, name) for every name and alias of the shipped gazetteers."""
    rows = []
    for file, kind in [("people", "person"), ("organisations", "organisation"),
                       ("countries", "country"), ("cities", "place")]:
        path = ROOT / "gazetteers" / f"{file}.tsv"
        lines = [l.rstrip("\n") for l in path.open(encoding="utf-8")
                 if l.strip() and not l.startswith("#")]
        header = lines[0].split("\t")
        for line in lines[1:]:
            cells = dict(zip(header, line.split("\t")))
            t = cells.get("kind") or kind
            t = {"region": "place"}.get(t, t)
            forms = [cells["name"]] + [a for a in cells.get("aliases", "").split("|") if a]
            for form in forms:
                form = form.lstrip("=")
                if "*" not in form:
                    rows.append((cells["id"], t, form))
    return rows


ONSETS = ["b", "br", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n",
          "p", "pr", "r", "s", "st", "sch", "t", "tr", "v", "w", "z", "ch", "sl", "kl"]
VOWELS = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "ou", "ei", "ui", "y",
          "é", "ë", "ö", "á", "ij"]
CODAS = ["", "", "n", "m", "r", "l", "s", "t", "k", "rt", "nd", "ng", "st", "ck"]
FIRST = ["Anna", "Bram", "Carlos", "Daan", "Eva", "Fatima", "Gert", "Hanna", "Ivan",
         "Jan", "Karin", "Lars", "Mohammed", "Noor", "Olga", "Pieter", "Quinten",
         "Rosa", "Sanne", "Tomás", "Ursula", "Vera", "Willem", "Xavier", "Yara",
         "Zoë", "Ahmed", "Björn", "Chloé", "Dmitri", "Elif", "François", "Giulia",
         "Henk", "Ingrid", "Jürgen", "Kees", "Lotte", "Marek", "Nadia", "Oscar",
         "Petra", "Rafael", "Sofia", "Tariq", "Ulrike", "Viktor", "Wouter", "Yusuf"]
ORG_FORMS = ["{} Groep", "{} Holding", "Stichting {}", "{} Bank", "{} Energie",
             "{} Partij", "{} Beweging", "{} & Partners", "Vereniging {}", "{} Media"]
PLACE_FORMS = ["{}", "{}dorp", "{}berg", "{}hausen", "{}stad", "Sint-{}", "Noord-{}",
               "{}ovo", "{}ville", "{}sk", "Nieuw-{}", "{}heim"]


def word(rng, syllables):
    """A capitalised made-up word that is no ordinary word, also without its
    accents (`Vän` would make `Vän Partij` read `van partij`)."""
    while True:
        w = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS)
                    for _ in range(syllables))
        if key(w) not in COMMON:
            return w[:1].upper() + w[1:]


def synthetic(rng, kind):
    if kind == "person":
        last = word(rng, rng.choice([1, 2, 2, 3]))
        if rng.random() < 0.15:
            last = rng.choice(["van ", "de ", "van der ", "van den "]) + last
        first = rng.choice(FIRST) if rng.random() < 0.5 else word(rng, 2)
        return [f"{first} {last}", f"{first[0]}. {last}"]
    if kind == "organisation":
        if rng.random() < 0.2:
            return ["".join(rng.choice("ABCDEFGHKLMNPRSTVW") for _ in range(rng.choice([3, 4])))]
        return [rng.choice(ORG_FORMS).format(word(rng, rng.choice([1, 2])))]
    if kind == "country":
        return ["Republiek " + word(rng, 3)]
    return [rng.choice(PLACE_FORMS).format(word(rng, rng.choice([1, 2, 2, 3])))]


def build_gazetteers(small_n, large_n, seed, common):
    rng = random.Random(seed)
    small, large, seen = [], [], set()
    dropped = []  # one-word names that are ordinary words

    def add(rows, eid, kind, name):
        k = name.lower()
        if k in seen or not name_ok(name, common):
            if " " not in name and key(name) in common:
                dropped.append(name)
            return False
        seen.add(k)
        rows.append((eid, kind, name))
        return True

    real = repo_names()
    rng.shuffle(real)
    for eid, kind, name in real[: small_n * 4 // 5]:
        add(small, eid, kind, name)
    kinds = ["person"] * 6 + ["organisation"] * 2 + ["place"] * 2 + ["country"]
    serial = 0
    while len(small) < small_n:
        kind = rng.choice(kinds)
        serial += 1
        for name in synthetic(rng, kind):
            if len(small) < small_n:
                add(small, f"{kind}:s{serial:06d}", kind, name)
    large.extend(small)
    for eid, kind, name in real[small_n * 4 // 5:]:
        add(large, eid, kind, name)
    while len(large) < large_n:
        kind = rng.choice(kinds)
        serial += 1
        for name in synthetic(rng, kind):
            if len(large) < large_n:
                add(large, f"{kind}:s{serial:06d}", kind, name)
    return small, large, dropped


def build_huge(large, n, seed, common):
    """`large` continued to `n` names with new synthetic entities, from an
    own random stream (the other files stay as they are). One new entity in
    ten takes, besides a name of its own, a name an earlier id of its kind
    has (a homonym). Returns the rows and a salience for every id."""
    rng = random.Random(seed + 2)
    rows = list(large)
    seen = {name.lower() for _, _, name in rows}
    by_kind = {}
    for _, kind, name in rows:
        by_kind.setdefault(kind, []).append(name)
    kinds = ["person"] * 6 + ["organisation"] * 2 + ["place"] * 2 + ["country"]
    serial = 0
    while len(rows) < n:
        kind = rng.choice(kinds)
        serial += 1
        eid = f"{kind}:h{serial:07d}"
        names = [m for m in synthetic(rng, kind)
                 if m.lower() not in seen and name_ok(m, common)]
        if not names:
            continue
        if rng.random() < 0.1:
            names.insert(0, rng.choice(by_kind[kind]))
        for name in names[: n - len(rows)]:
            if name.lower() not in seen:
                seen.add(name.lower())
                by_kind[kind].append(name)
            rows.append((eid, kind, name))
    # Sitelink-like: most ids have a few, some many; ties are common.
    salience = {}
    for eid, _, _ in rows:
        if eid not in salience:
            salience[eid] = min(int(rng.paretovariate(1.2)) - 1, 500)
    return rows, salience


def write_entities(path, rows, salience):
    """Flat rows as newsgraph's gazetteer format: one row per id (first-seen
    order) with its first name as `name` and the others as `aliases`."""
    entities = {}
    for eid, kind, name in rows:
        entities.setdefault(eid, (kind, []))[1].append(name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tkind\tname\taliases\tsalience\n")
        for eid, (kind, names) in entities.items():
            f.write(f"{eid}\t{kind}\t{names[0]}\t{'|'.join(names[1:])}\t{salience[eid]}\n")
    return len(entities)


def build_corpus(path, small, large, megabytes, seed, common):
    rng = random.Random(seed + 1)
    pools = {}
    small_keys = {n.lower() for _, _, n in small}
    for rows, which in [(small, "small"), (large, "extra")]:
        for _, kind, name in rows:
            if which == "extra" and name.lower() in small_keys:
                continue
            pools.setdefault((which, kind), []).append(name)

    def name(kind):
        which = "small" if rng.random() < 0.8 else "extra"
        return rng.choice(pools[(which, kind)])

    def vary(n, kind):
        r = rng.random()
        if r < 0.02 and kind == "person":
            return n + "s"  # Dutch genitive
        if r < 0.04:
            return strip_accents(n)
        return n

    def filler():
        return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(ACTIONS)} "
                f"{rng.choice(ADVERBIALS)}")

    def fill(template):
        out = []
        for part in template.split("{"):
            if "}" not in part:
                out.append(part)
                continue
            slot, rest = part.split("}", 1)
            if slot == "X":
                out.append(filler())
            elif slot == "D":
                out.append(rng.choice(DAYS))
            elif slot == "N":
                out.append(str(rng.randint(2, 900)))
            else:
                kind = {"P": "person", "O": "organisation", "C": "country", "L": "place"}[slot]
                out.append(vary(name(kind), kind))
            out.append(rest)
        s = "".join(out)
        return s[0].upper() + s[1:]

    def sentence():
        # Half the sentences name no one, as in real news.
        if rng.random() < 0.5:
            clauses = [filler() for _ in range(rng.randint(1, 2))]
            return fill("{X}") + "".join(f", {c}" if rng.random() < 0.5 else f", en {c}"
                                         for c in clauses[1:]) + "."
        return fill(rng.choice(TEMPLATES))

    target = int(megabytes * 1_000_000)
    written = docs = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        while written < target:
            lines = [fill(rng.choice(HEADLINES))]
            dateline = f"{name('place').upper()} ({rng.choice(AGENCIES)}) - "
            for i in range(rng.randint(2, 7)):
                sentences = " ".join(sentence() for _ in range(rng.randint(2, 5)))
                lines.append((dateline if i == 0 else "") + sentences)
            chunk = "\n".join(lines) + "\n\n"
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            docs += 1
    return {"bytes": written, "documents": docs}


def slice_corpus(src, dst, megabytes):
    data = src.read_bytes()[: int(megabytes * 1_000_000)]
    cut = data.rfind(b"\n\n") + 2
    dst.write_bytes(data[:cut])
    return cut


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--small", type=int, default=5000)
    ap.add_argument("--large", type=int, default=200000)
    ap.add_argument("--corpus-mb", type=float, default=50.0)
    ap.add_argument("--slice-mb", type=float, default=5.0)
    ap.add_argument("--huge", type=int, default=0,
                    help="also write gazetteer-huge.tsv with this many names "
                    "(and gazetteer-huge-entities.tsv)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    common = COMMON
    small, large, dropped = build_gazetteers(args.small, args.large, args.seed, common)
    for rows, name in [(small, "gazetteer-small.tsv"), (large, "gazetteer-large.tsv")]:
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            f.write("id\ttype\tname\n")
            for row in rows:
                f.write("\t".join(row) + "\n")
    huge = {}
    if args.huge:
        rows, salience = build_huge(large, args.huge, args.seed, common)
        with open(out / "gazetteer-huge.tsv", "w", encoding="utf-8", newline="\n") as f:
            f.write("id\ttype\tname\n")
            for row in rows:
                f.write("\t".join(row) + "\n")
        ids = write_entities(out / "gazetteer-huge-entities.tsv", rows, salience)
        huge = {"gazetteer-huge.tsv": len(rows), "gazetteer-huge-entities.tsv": ids}
    stats = build_corpus(out / "corpus.txt", small, large, args.corpus_mb, args.seed, common)
    sliced = slice_corpus(out / "corpus.txt", out / "corpus-5mb.txt", args.slice_mb)
    manifest = {
        "args": vars(args),
        "common_words": len(common),
        "names_dropped_as_common_words": sorted(set(dropped)),
        "gazetteer-small.tsv": len(small),
        "gazetteer-large.tsv": len(large),
        "corpus.txt": stats,
        "corpus-5mb.txt": {"bytes": sliced},
        **huge,
        "sha256": {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                   for p in sorted(out.iterdir()) if p.suffix in (".tsv", ".txt")},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"data: {len(small)} / {len(large)} names, corpus {stats['bytes']:,} bytes "
          f"in {stats['documents']:,} documents -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
