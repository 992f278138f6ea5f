//! Places and areas named by their shape: streets, squares, parks,
//! churches and districts (`Mathenesserlaan`, `Schilderswijk`, `Van der
//! Pekstraat`, `Rustaveli Avenue`, `Sint-Hilariuskerk`), schools and
//! parishes (`Koningin Julianaschool`, `Sint-Petrusparochie`), and
//! waters, heaths and other named
//! areas (`Oostvaardersplassen`, `Kalmthoutse Heide`, `Gulf of Finland`,
//! `James Bay`). No list holds a country's streets and lakes, and news
//! names them wherever something happens; the words of the name say what
//! it is.

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

use super::names::{self, Area};
use super::{CueKind, Found, Sentences, clear_of, found, given, words};
use crate::gazetteer::Kind;
use crate::span::Span;

/// Endings of Dutch compound names of places, written together with the
/// rest (`Kortrijksesteenweg`, `Martinikerk`). Not `hof` (`Gerechtshof`
/// is a court), `huis` or `school` (bodies as often as buildings).
#[rustfmt::skip]
const PLACE_ENDINGS: &[&str] = &[
    "straat", "straatweg", "steenweg", "laan", "weg", "dreef", "plein",
    "park", "gracht", "kade", "singel", "dijk", "markt", "kerk", "wijk",
    "buurt", "polder", "stadion",
    // Flemish roads and quays (`Turnhoutsebaan`, `Tolhuiskaai`)
    "baan", "kaai",
    // bridges, tunnels and cathedrals (`Katerveerbrug`, `Coentunnel`,
    // `Sint-Maartenskathedraal`)
    "brug", "tunnel", "kathedraal", "basiliek",
];

/// Endings of Dutch compound names of schools and parishes, which the
/// annotation counts as bodies (`Julianaschool`, `Sint-Petrusparochie`,
/// `Sint-Arnoldusinstituut`).
#[rustfmt::skip]
const BODY_ENDINGS: &[&str] = &[
    "school", "parochie", "instituut", "lyceum", "college", "gymnasium",
    "ziekenhuis", "gasthuis",
];

/// Endings of [`BODY_ENDINGS`] whose compounds, capitalised inside a
/// sentence, are names (`het Lorentzlyceum`, `het Dollardziekenhuis`);
/// a school's is a common noun as often (`op de Basisschool`).
const NAMED_INSIDE: &[&str] =
    &["lyceum", "gymnasium", "college", "ziekenhuis"];

/// Prefixes of common nouns of such bodies (`Streekziekenhuis`,
/// `Hoorcollege`).
#[rustfmt::skip]
const COMMON_BODY_PREFIXES: &[&str] = &[
    "Streek", "Kinder", "Dag", "Hoor", "Werk", "Avond", "Vak", "Basis",
    "Academisch", "Categoraal", "Zelfstandig",
];

/// Whether `word` is a compound of one of [`NAMED_INSIDE`] after a
/// prefix of three letters or more that no common noun of the body opens.
fn is_named_body_compound(word: &str) -> bool {
    NAMED_INSIDE.iter().any(|ending| {
        word.strip_suffix(ending).is_some_and(|prefix| {
            prefix.len() >= 3
                && !COMMON_BODY_PREFIXES
                    .contains(&prefix.trim_end_matches('-'))
        })
    })
}

/// Words joined by hyphens before a church's or a school's compound
/// (`Sint-Hilariuskerk`, `Onze-Lieve-Vrouwekerk`), not a surname's
/// (`Jansen-Verkerk`).
const SAINT_WORDS: &[&str] = &["Sint", "Sinte", "Onze", "Lieve", "Heilig"];

/// Whether `word` opens with a saint's word and a hyphen
/// (`Sint-Hilariuskerk`).
fn is_saint_compound(word: &str) -> bool {
    SAINT_WORDS
        .iter()
        .any(|s| word.strip_prefix(s).is_some_and(|r| r.starts_with('-')))
}

/// Endings of place names that end surnames too (`Slootweg`, `Hoogendijk`,
/// `Verkerk`, `Rijswijk`).
const SURNAME_ENDINGS: &[&str] = &["weg", "dijk", "kerk", "wijk"];

/// Endings of Dutch compound names of waters and areas
/// (`Oostvaardersplassen`, `Noordzeekanaal`, `Alblasserwaard`).
#[rustfmt::skip]
const AREA_ENDINGS: &[&str] = &[
    "plassen", "meer", "heide", "waard", "kanaal", "gebergte", "vallei",
    "delta", "gebied", "plateau", "vlakte", "woestijn", "moeras",
];

/// Capitalised Dutch nouns after an adjective in `-se` that make a name of
/// a place (`Wilrijkse Plein`) or an area (`Kalmthoutse Heide`).
const DUTCH_PLACE_NOUNS: &[&str] = &["Plein", "Markt", "Bos", "Kade", "Poort"];
#[rustfmt::skip]
const DUTCH_AREA_NOUNS: &[&str] = &[
    "Heide", "Hei", "Plassen", "Duinen", "Meer", "Vaart", "Waard", "Peel",
    "Bossen",
];

/// Words after a name of a place (`Rustaveli Avenue`, `Melbourne Park`,
/// `Wagener Stadion`, `Utrecht Centraal`) or an area (`James Bay`, `Mekong
/// River`, `Garissa County`).
#[rustfmt::skip]
const PLACE_WORDS: &[&str] = &[
    "Street", "Avenue", "Road", "Square", "Boulevard", "Park", "Bridge",
    "Lane", "Plaza", "Stadium", "Arena", "Airport", "Stadion", "Centraal",
    "Dome", "Ground", "Oval", "Hall", "Velodrome", "Palace", "Coliseum",
    "Barracks", "Highway", "Esplanade", "Promenade", "Quay", "Wharf",
    "Circuit", "Raceway", "Speedway", "Racecourse", "Prison", "Jail",
    "Penitentiary", "Reserve", "Place", "Complex", "Drive", "Way", "Crescent",
    "Terrace", "Parkway", "Showground", "Showgrounds",
    // hotels and lodges as where something happens (`at the Lagoto Bay
    // Hotel`, `the Kinloch Rannoch Lodge`)
    "Hotel", "Lodge",
];

/// Words before `Park` or `Reserve` that make the name a protected area,
/// which the annotation labels a region like other named areas
/// (`Kakadu National Park`, `Maya Biosphere Reserve`); `Reserve` after
/// no such word ends no place's name (`Federal Reserve`).
const PROTECTED_AREAS: &[&str] = &[
    "National",
    "Marine",
    "Biosphere",
    "Wildlife",
    "Nature",
    "Game",
    "Forest",
];
#[rustfmt::skip]
const AREA_WORDS: &[&str] = &[
    "Bay", "River", "Sea", "Strait", "Mountains", "Island", "Islands",
    "Valley", "Desert", "Peninsula", "Delta", "Basin", "County", "Province",
    "Region", "District", "Lake", "Forest", "Hills", "Plateau", "Reef",
    "Spit", "Canyon", "Gorge", "Belt", "Glacier", "Current", "Atoll",
    "Icefield",
    // lagoons, reefs and the seabed's and the crust's features (`Narta
    // Lagoon`, `Ribbon Reefs`, `Nankai Trough`)
    "Lagoon", "Reefs", "Trough", "Trench", "Fault",
];

/// Whether `word` ends the name of a natural area, no body's home
/// (`River`, `Lake`, `Valley`; not `County` or `Province`).
pub(crate) fn is_natural_feature(word: &str) -> bool {
    AREA_WORDS.contains(&word)
        && !matches!(word, "County" | "Province" | "Region" | "District")
}

/// Whether `word` is a word after a place's or an area's name (`Avenue`,
/// `Bay`, `Stadion`), which ends no person's name either.
pub(crate) fn is_word_after_place_name(word: &str) -> bool {
    PLACE_WORDS.contains(&word) || AREA_WORDS.contains(&word)
}

/// Whether `word` ends a name of a building or a site (`Palace`,
/// `Stadium`, `Hall`: [`PLACE_WORDS`]).
pub(crate) fn is_building_word(word: &str) -> bool {
    PLACE_WORDS.contains(&word)
}

/// Words after a venue's name, which is often a sponsor's or a person's
/// (`Allianz Arena`, `Kia Oval`, `Abe Lenstra Stadion`).
#[rustfmt::skip]
const VENUE_WORDS: &[&str] = &[
    "Stadium", "Arena", "Stadion", "Dome", "Ground", "Oval", "Velodrome",
    "Coliseum", "Circuit", "Raceway", "Speedway", "Racecourse", "Complex",
];

/// Whether `word` ends a venue's name.
pub(crate) fn is_venue_word(word: &str) -> bool {
    VENUE_WORDS.contains(&word)
}

/// What a centre is for where it is a venue, not a body (`Tokyo Aquatics
/// Centre`, `Satish Dhawan Space Centre`, `RBC Convention Centre`; but
/// `Asan Medical Center`, `Legal Resources Centre`).
#[rustfmt::skip]
const VENUE_CENTRES: &[&str] = &[
    "Aquatics", "Space", "Tennis", "Convention", "Exhibition", "Conference",
    "Sports", "Leisure", "Shopping", "Equestrian", "Swimming", "Hockey",
    "Netball", "Cricket", "Events",
];

/// Whether `name` is a venue's that ends in a centre (`Tokyo Aquatics
/// Centre`): a place, though `Centre` heads bodies' names. In a
/// sentence that tells of a match, any centre is (`beat the Davao Eagles
/// 98-91 at the Filoil EcoOil Centre`): see [`super::clubs::has_match`].
pub(crate) fn is_venue_centre(name: &str) -> bool {
    let Some(rest) =
        name.strip_suffix(" Centre").or_else(|| name.strip_suffix(" Center"))
    else {
        return false;
    };
    let last = rest.rsplit(' ').next().unwrap_or(rest);
    VENUE_CENTRES.contains(&last) && rest.len() > last.len()
}

/// Words before the name of a street, a stadium or a station in
/// languages that put them first (`Avenida Boa Viagem`, `Jalan
/// Sudirman`, `Stade Mohammed V`, `Estadio Azteca`, `Gare du Nord`,
/// `Estación de Atocha`).
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "Avenida", "Rua", "Calle", "Jalan", "Stade", "Estadio", "Estádio",
    "Gare", "Estación", "Estação", "Stazione",
];

/// Lower-case particles inside such a name (`Rua da Consolação`, `Gare
/// du Nord`).
#[rustfmt::skip]
const PLACE_HEAD_PARTICLES: &[&str] =
    &["de", "da", "do", "del", "dos", "das", "du", "di"];

/// Whether `word` is written as Korean given names are: two syllables
/// joined by a hyphen, the second in lower case (`Ji-woo`, `Min-jun`).
fn is_korean_given(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, second)| {
        words::is_capitalised(first)
            && second.len() <= 4
            && second.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// English words before `of` and a name of an area (`Gulf of Finland`,
/// `Bay of Bengal`); lakes' and mountains' also without `of` (`Lake
/// Victoria`, `Lough Ree`, `Loch Lomond`, `Mount Elgon`; a town the
/// gazetteer lists stays the town), and rivers' where no name stands
/// before (`River Wye`, but `Mekong River`).
#[rustfmt::skip]
const AREA_HEADS: &[&str] = &[
    "Gulf", "Bay", "Sea", "Strait", "Isle", "Lake", "Lough", "Loch",
    "River", "Mount",
];

/// The shortest part before an ending (`Damweg`, `Hogeweg`): a stem of
/// one or two letters is rarely a name's (`Inweg`); before `meer`, one of
/// four or fewer letters is a surname's (`Vermeer`).
const MIN_STEM: usize = 3;
const MIN_STEM_MEER: usize = 5;

/// The places and areas in the block `range` of `text` that their shape
/// names; `capitals` are the block's capitalised word starts.
pub(crate) fn places(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = range.start;
    let bytes = text.as_bytes();
    for &start in capitals {
        if start < at {
            continue;
        }
        // Most words are ASCII letters: their tail is looked up before the
        // word is read.
        let letters = bytes[start..range.end]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let ascii = bytes.get(start + letters).is_none_or(u8::is_ascii);
        let hyphen = bytes.get(start + letters) == Some(&b'-');
        if ascii && !hyphen && !may_have_shape(&text[start..start + letters]) {
            continue;
        }
        let Some(word) = given::word_at(text, start, range.end) else {
            continue;
        };
        at = word.end;
        let written = &text[word.range()];
        if !ascii && !may_have_shape(written) {
            continue;
        }
        let Some(shape) = shape_of(written) else { continue };
        let Some(sentence) = sentences.open(word) else { continue };
        let area = Area { text, sentence, taken, absorbable };
        let Some((mut span, kind)) = read(&area, word, shape) else {
            continue;
        };
        let mut first = !text[sentence.start..span.start]
            .chars()
            .any(char::is_alphanumeric);
        // `YUKON (CP) - The Kaskawulsh Glacier`: an article that opens the
        // story is no word of the name; nor one that opens the sentence
        // before a river's or a glacier's (`The Periyar River rose`), whose
        // name then opens none (but `The Town Hall`).
        if let Some(rest) = text[span.range()].strip_prefix("The ") {
            span = Span::new(span.end - rest.len(), span.end);
            let last = rest.rsplit(' ').next().unwrap_or(rest);
            first &= !is_natural_feature(last);
        }
        // A compound the gazetteer knows is its place (`Katwijk`,
        // `Harderwijk`); a name before a word may take a place whole
        // (`Melbourne Park`).
        let clear = if shape == Shape::Compound(kind) {
            !area.taken(span)
        } else {
            clear_of(span, (taken, absorbable))
        };
        if first || !clear {
            continue;
        }
        // `de Gentse Steenweg`: a town's adjective before a road's bare
        // noun is the name's.
        if let Some(adjective) = town_adjective_before(text, sentence, span) {
            span = Span::new(adjective.start, span.end);
        }
        // `State Highway 26`: a highway's number is the name's.
        if let Some(number) = road_number(text, span, sentence.end) {
            span = Span::new(span.start, number.end);
        }
        let next = words::next(text, span.end, sentence.end)
            .filter(|w| words::only_space(text, span.end, w.start));
        if next.is_some_and(|w| words::is_capitalised(&text[w.range()])) {
            continue;
        }
        at = at.max(span.end);
        out.push(found(text, span, kind, CueKind::PlaceName, word));
    }
    out
}

/// Roads' nouns that name a road only after the town it leads to, as
/// Flemish roads are named (`Gentse Steenweg`, `Brusselse Steenweg`).
const ROADS_OF_TOWNS: &[&str] =
    &["Steenweg", "Straatweg", "Rijksweg", "Heerweg", "Heirweg"];

/// The town's adjective right before a road's bare noun of
/// [`ROADS_OF_TOWNS`] (`Blankenbergse` of `de Blankenbergse Steenweg`).
fn town_adjective_before(
    text: &str,
    sentence: Span,
    road: Span,
) -> Option<Span> {
    if !ROADS_OF_TOWNS.contains(&&text[road.range()]) {
        return None;
    }
    let adjective = words::previous(text, sentence.start, road.start)
        .filter(|w| words::only_space(text, w.end, road.start))?;
    let written = &text[adjective.range()];
    (words::is_capitalised(written)
        && (written.ends_with("se") || written.ends_with("sche"))
        && !words::opens_sentence(text, sentence.start, adjective))
    .then_some(adjective)
}

/// The number after a name that ends in a highway's noun (`State Highway
/// 26`, `Pacific Highway 1`), up to the sentence's `end`: three digits at
/// most, as four are a year's (`the Hume Highway 2024 figures`).
fn road_number(text: &str, name: Span, end: usize) -> Option<Span> {
    let last = text[name.range()].rsplit(' ').next()?;
    if !matches!(last, "Highway" | "Route" | "Motorway") {
        return None;
    }
    let number = words::next(text, name.end, end)
        .filter(|w| words::only_space(text, name.end, w.start))?;
    let digits = &text[number.range()];
    (digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(number)
}

/// Roads by number after an article (`op de A28`, `de N201`, `de E40`, `de
/// R0`): traffic news names motorways as places, and no list holds them
/// all. Not an Airbus (`de A380`), a mask (`de N95`), nor a compound
/// (`de A2-tunnel`, `de E10-benzine`).
pub(crate) fn roads(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for &start in capitals {
        let letter = bytes[start];
        if !matches!(letter, b'A' | b'N' | b'E' | b'R') {
            continue;
        }
        let digits = bytes[start + 1..range.end]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = start + 1 + digits;
        if !(1..=3).contains(&digits)
            || bytes
                .get(end)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-')
        {
            continue;
        }
        let head = &text[..start];
        if ![" de ", " De ", " the "].iter().any(|a| head.ends_with(a)) {
            continue;
        }
        let number: u32 = text[start + 1..end].parse().unwrap_or(0);
        if letter == b'A' && (300..400).contains(&number)
            || letter == b'N' && number == 95
        {
            continue;
        }
        let span = Span::new(start, end);
        if sentences.open(span).is_none() || !clear_of(span, areas) {
            continue;
        }
        out.push(found(text, span, Kind::Place, CueKind::PlaceName, span));
    }
    out
}

/// Compass points, the centre and the parts Dutch new towns name their
/// districts by, after a town's name and a hyphen (`Rotterdam-Zuid`, `Den
/// Haag-Centrum`, `Almere-Buiten`, `Almere-Haven`).
#[rustfmt::skip]
const DISTRICT_SUFFIXES: &[&str] = &[
    "Noord", "Oost", "Zuid", "West", "Noordoost", "Noordwest", "Zuidoost",
    "Zuidwest", "Centrum", "Buiten", "Haven", "Stad", "Poort",
];

/// The districts named by a town in `towns` (known places), a hyphen and
/// one of [`DISTRICT_SUFFIXES`]: the district, not the town, is meant.
pub(crate) fn districts(
    text: &str,
    towns: impl Iterator<Item = Span>,
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    for town in towns {
        if text.as_bytes().get(town.end) != Some(&b'-') {
            continue;
        }
        let Some(suffix) = words::next(text, town.end + 1, text.len())
            .filter(|w| w.start == town.end + 1)
            .filter(|w| DISTRICT_SUFFIXES.contains(&&text[w.range()]))
        else {
            continue;
        };
        let span = Span::new(town.start, suffix.end);
        if sentences.open(span).is_none() || !clear_of(span, areas) {
            continue;
        }
        out.push(found(text, span, Kind::Place, CueKind::PlaceName, suffix));
    }
    out
}

/// Builds the shapes' table now rather than on first use.
pub(crate) fn prepare() {
    Lazy::force(&TAILS);
}

/// The last four letters (all three of a three-letter ending), in lower
/// case, of every ending and word of a shape: one or two lookups turn
/// down most capitalised words (a full [`shape_of`] for each cost more
/// than the rest of this stage).
static TAILS: Lazy<FxHashSet<[u8; 4]>> = Lazy::new(|| {
    let all = [
        PLACE_ENDINGS,
        AREA_ENDINGS,
        BODY_ENDINGS,
        DUTCH_PLACE_NOUNS,
        DUTCH_AREA_NOUNS,
        PLACE_WORDS,
        AREA_WORDS,
        AREA_HEADS,
        PLACE_HEADS,
    ];
    let mut tails = FxHashSet::default();
    for word in all.into_iter().flatten() {
        let lower = word.to_ascii_lowercase();
        // A word ending in a longer one ends in its last four letters: the
        // last three of it would let through every word ending alike
        // (`Nationaal` for `kathedraal`).
        let lengths: &[usize] = if lower.len() > 3 { &[4] } else { &[3] };
        for &n in lengths {
            let bytes = lower.as_bytes();
            if let Some(tail) = bytes.len().checked_sub(n).map(|i| &bytes[i..])
            {
                tails.insert(tail_key(tail));
            }
        }
    }
    tails
});

/// Three or four bytes as a key, lower-cased, padded with zero.
fn tail_key(bytes: &[u8]) -> [u8; 4] {
    let mut key = [0u8; 4];
    for (k, b) in key.iter_mut().zip(bytes) {
        *k = b.to_ascii_lowercase();
    }
    key
}

/// Whether `word` ends as a word of some shape does (a quick test).
fn may_have_shape(word: &str) -> bool {
    let bytes = word.as_bytes();
    let tail = |n: usize| {
        bytes.len() >= n
            && TAILS.contains(&tail_key(&bytes[bytes.len() - n..]))
    };
    tail(4) || tail(3)
}

/// What a capitalised word says of the name it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// A compound with a place's or area's ending.
    Compound(Kind),
    /// A word after the name (`Avenue`, `Heide`, `River`).
    After(Kind),
    /// A word before `of` and the name (`Gulf`).
    Head,
    /// A word before a place's name (`Avenida`).
    PlaceHead,
}

fn shape_of(word: &str) -> Option<Shape> {
    if PLACE_WORDS.contains(&word) || DUTCH_PLACE_NOUNS.contains(&word) {
        return Some(Shape::After(Kind::Place));
    }
    if AREA_HEADS.contains(&word) {
        return Some(Shape::Head);
    }
    if PLACE_HEADS.contains(&word) {
        return Some(Shape::PlaceHead);
    }
    if AREA_WORDS.contains(&word) || DUTCH_AREA_NOUNS.contains(&word) {
        return Some(Shape::After(Kind::Region));
    }
    // The Dutch digraph `IJ` is one capital (`IJsselmeer`); a saint's
    // words may come before the compound (`Sint-Hilariuskerk`), a point
    // of the compass after it (`Ringbaan-West`).
    let word = ["-Noord", "-Oost", "-Zuid", "-West"]
        .iter()
        .find_map(|c| word.strip_suffix(c))
        .unwrap_or(word);
    let last = word.rsplit('-').next().unwrap_or(word);
    let before = &word[..word.len() - last.len()];
    let saint = before
        .split('-')
        .filter(|p| !p.is_empty())
        .all(|p| SAINT_WORDS.contains(&p));
    if !saint {
        return None;
    }
    let rest = last.strip_prefix("IJ").unwrap_or(last);
    let mut chars = rest.chars();
    let capital = rest.len() < last.len()
        || chars.next().is_some_and(char::is_uppercase);
    if !capital || !chars.all(char::is_lowercase) {
        return None;
    }
    let ends = |endings: &[&str]| {
        endings.iter().any(|ending| {
            let stem =
                if *ending == "meer" { MIN_STEM_MEER } else { MIN_STEM };
            last.len() >= ending.len() + stem && last.ends_with(ending)
        })
    };
    if ends(PLACE_ENDINGS) {
        Some(Shape::Compound(Kind::Place))
    } else if ends(AREA_ENDINGS) {
        Some(Shape::Compound(Kind::Region))
    } else if ends(BODY_ENDINGS) {
        Some(Shape::Compound(Kind::Organisation))
    } else {
        None
    }
}

/// The name the word `word` of shape `shape` is in, and its kind.
fn read(area: &Area<'_>, word: Span, shape: Shape) -> Option<(Span, Kind)> {
    match shape {
        // A saint's compound takes no particle (`De Sint-Hilariuskerk`
        // opens with the article).
        Shape::Compound(kind)
            if is_saint_compound(&area.text[word.range()]) =>
        {
            Some((word, kind))
        }
        Shape::Compound(Kind::Organisation) => {
            // A school's or a parish's name holds a saint's or a title
            // (`Sint-Petrusparochie`, `Koningin Julianaschool`): the
            // ending alone is a common noun as often (`Basisschool`),
            // but not capitalised inside a sentence (`het
            // Lorentzlyceum`; after another capital, the name is longer:
            // `de Sallandse Vakschool`).
            let span = with_particles(area, word);
            let first = area.text[span.range()].split(' ').next()?;
            let titled = span.start < word.start && !given::is_given(first);
            let capital_before =
                words::previous(area.text, area.sentence.start, word.start)
                    .map(|w| &area.text[w.range()])
                    .is_some_and(|w| {
                        words::is_capitalised(w) && !words::is_article(w)
                    });
            let inside = span == word
                && is_named_body_compound(&area.text[word.range()])
                && !capital_before
                && !words::opens_sentence(
                    area.text,
                    area.sentence.start,
                    word,
                );
            (titled || inside).then_some((span, Kind::Organisation))
        }
        Shape::Compound(kind) => {
            let span = with_particles(area, word);
            // `Reinier Slootweg`, `Jan Verkerk`: after a given name, these
            // endings are a surname's as often.
            let written = &area.text[word.range()];
            let given = span.start < word.start
                && given::is_given(area.text[span.range()].split(' ').next()?);
            if given && SURNAME_ENDINGS.iter().any(|e| written.ends_with(e)) {
                return None;
            }
            Some((span, kind))
        }
        Shape::After(kind) => {
            let written = &area.text[word.range()];
            let dutch = DUTCH_PLACE_NOUNS.contains(&written)
                || DUTCH_AREA_NOUNS.contains(&written);
            let protected = matches!(written, "Park" | "Reserve")
                && words::previous(area.text, area.sentence.start, word.start)
                    .is_some_and(|w| {
                        PROTECTED_AREAS.contains(&&area.text[w.range()])
                    });
            if written == "Reserve" && !protected {
                return None;
            }
            let kind = if protected { Kind::Region } else { kind };
            let span = if dutch {
                after_adjective(area, word)?
            } else {
                name_before(area, word)?
            };
            // `Stuart Hall` is a person's name as often; `Ji-woo Park`, a
            // Korean given name with its lower-case second syllable, is
            // one.
            let first = area.text[span.range()].split(' ').next();
            if written == "Hall" && first.is_some_and(given::is_given)
                || written == "Park" && first.is_some_and(is_korean_given)
            {
                return None;
            }
            Some((span, kind))
        }
        Shape::Head => {
            // `Gulf of Finland`; `Lake Victoria`, `Lough Ree` without
            // `of`.
            let text = area.text;
            let rest = &text[word.end..area.sentence.end];
            let head = &text[word.range()];
            let lake = matches!(head, "Lake" | "Lough" | "Loch" | "Mount");
            let from = match rest.strip_prefix(" of ") {
                Some(_) => word.end + 4,
                None if lake => word.end,
                // `James Bay`, `Caspian Sea`, `Mekong River`
                None => match name_before(area, word) {
                    Some(s) => return Some((s, Kind::Region)),
                    None if head == "River" => word.end,
                    None => return None,
                },
            };
            let name = words::next(text, from, area.sentence.end)
                .filter(|w| words::only_space(text, from, w.start))
                .filter(|w| words::is_capitalised(&text[w.range()]))?;
            Some((Span::new(word.start, name.end), Kind::Region))
        }
        Shape::PlaceHead => name_after(area, word)
            .map(|end| (Span::new(word.start, end), Kind::Place)),
    }
}

/// The end of the name after `head`: up to four capitalised words or
/// particles, ending in a capitalised word or a numeral (`Stade de
/// France`, `Mohammed V`).
fn name_after(area: &Area<'_>, head: Span) -> Option<usize> {
    let text = area.text;
    let mut end = None;
    let mut at = head.end;
    for _ in 0..4 {
        let Some(w) = words::next(text, at, area.sentence.end)
            .filter(|w| words::only_space(text, at, w.start))
        else {
            break;
        };
        let written = &text[w.range()];
        let numeral =
            end.is_some() && written.chars().all(|c| "IVX".contains(c));
        if words::is_capitalised(written) || numeral {
            end = Some(w.end);
        } else if !PLACE_HEAD_PARTICLES.contains(&written) {
            break;
        }
        at = w.end;
    }
    end
}

/// The compound with the capitalised particles of a name before it (`Van
/// der Pekstraat`, `Ter Heydelaan`, `De Ruijterkade`), or with the given
/// name of the person it is named after (`Jan Breydelstadion`, `Willem de
/// Zwijgerlaan`).
fn with_particles(area: &Area<'_>, word: Span) -> Span {
    let mut start = word.start;
    let mut first = None;
    while let Some(w) = words::previous(area.text, area.sentence.start, start)
        .filter(|w| words::only_space(area.text, w.end, start))
    {
        let written = &area.text[w.range()];
        if !names::is_particle(written) {
            break;
        }
        start = w.start;
        if written.starts_with(char::is_uppercase) {
            first = Some(w.start);
        }
    }
    let before = words::previous(area.text, area.sentence.start, start)
        .filter(|w| words::only_space(area.text, w.end, start));
    let given = before.filter(|w| given::is_given(&area.text[w.range()]));
    let span = match given {
        Some(w) => Span::new(w.start, word.end),
        // `Nieuwe Damlaan`
        None if first.is_none()
            && before.is_some_and(|w| {
                NAME_ADJECTIVES.contains(&&area.text[w.range()])
            }) =>
        {
            Span::new(before.map_or(start, |w| w.start), word.end)
        }
        None => Span::new(first.unwrap_or(word.start), word.end),
    };
    // `Keizer Karelplein`, `Dokter van Thienenweg`, `Burgemeester Jan
    // Smitlaan`: the title of whom the street is named after.
    // Lower-case particles count only after a title (`Dokter van`).
    let from = span.start.min(start);
    let title = words::previous(area.text, area.sentence.start, from)
        .filter(|w| words::only_space(area.text, w.end, from))
        .filter(|w| STREET_TITLES.contains(&&area.text[w.range()]));
    title.map_or(span, |t| Span::new(t.start, word.end))
}

/// Titles that open Dutch names of streets and squares named after a
/// person, capitalised (`Koningin Julianaplein`, `Generaal Foulkesweg`).
#[rustfmt::skip]
const STREET_TITLES: &[&str] = &[
    "Keizer", "Keizerin", "Koning", "Koningin", "Prins", "Prinses", "Graaf",
    "Gravin", "Hertog", "Hertogin", "Burgemeester", "Dokter", "Professor",
    "Pastoor", "Generaal", "Admiraal", "Kapitein", "Majoor", "Kolonel",
    "Paus", "Kardinaal", "Bisschop", "Pater", "Jonkheer", "Baron", "Meester",
];

/// Adjectives that start Dutch names of streets, squares and churches,
/// capitalised (`Grote Markt`, `Nieuwe Damlaan`, `Goede Herderkerk`).
#[rustfmt::skip]
const NAME_ADJECTIVES: &[&str] = &[
    "Nieuwe", "Oude", "Grote", "Kleine", "Lange", "Korte", "Hoge", "Lage",
    "Brede", "Verlengde", "Eerste", "Tweede", "Derde", "Goede", "Heilige",
    "Heilig", "Noordelijke", "Zuidelijke", "Oostelijke", "Westelijke",
];

/// The place before an English word: one or two capitalised words
/// (`Rustaveli Avenue`, `Melbourne Park`, `James Bay`), three before a
/// venue's word (`Zahur Ahmed Chowdhury Stadium`, `Cooper Associates
/// County Ground`), not after a capitalised word that is none of them.
fn name_before(area: &Area<'_>, after: Span) -> Option<Span> {
    let text = area.text;
    let mut start = after.start;
    let most = if is_venue_word(&text[after.range()]) { 3 } else { 2 };
    for _ in 0..most {
        let Some(w) = words::previous(text, area.sentence.start, start)
            .filter(|w| words::only_space(text, w.end, start))
        else {
            break;
        };
        let written = &text[w.range()];
        // A known place's possessive is none of the name (`Zambia's
        // Western Province`).
        let possessive = words::is_possessive(written) && area.taken(w);
        if !words::is_capitalised(written) && !words::is_acronym(written)
            || possessive
        {
            break;
        }
        start = w.start;
    }
    let longer = words::previous(text, area.sentence.start, start)
        .filter(|w| words::only_space(text, w.end, start))
        .is_some_and(|w| words::is_capitalised(&text[w.range()]));
    // Initials a mention holds are that mention's (`U.S. Outlying
    // Islands`).
    let initials = with_initials(text, area.sentence.start, start);
    let first =
        if area.taken(Span::new(initials, start)) { start } else { initials };
    (start < after.start && !longer).then(|| Span::new(first, after.end))
}

/// Where the initials right before `start` begin (`R. Premadasa Stadium`,
/// `M.A. Chidambaram Stadium`, `J. F. Kennedy Airport`): capitals, each
/// with a stop, joined or a space apart; `start` if there are none.
fn with_initials(text: &str, from: usize, start: usize) -> usize {
    let bytes = text.as_bytes();
    let initial_ends = |at: usize| {
        at >= from + 2
            && bytes[at - 1] == b'.'
            && bytes[at - 2].is_ascii_uppercase()
            && (at - 2 == from || matches!(bytes[at - 3], b' ' | b'.'))
    };
    if start < from + 3 || bytes[start - 1] != b' ' {
        return start;
    }
    let (mut at, mut first) = (start - 1, start);
    while initial_ends(at) {
        first = at - 2;
        at = first;
        if at > from && bytes[at - 1] == b' ' && initial_ends(at - 1) {
            at -= 1;
        }
    }
    first
}

/// The Dutch adjective in `-se` or of [`NAME_ADJECTIVES`] before a noun
/// of a place or an area (`Kalmthoutse Heide`, `Wilrijkse Plein`, `Grote
/// Markt`), with it.
fn after_adjective(area: &Area<'_>, noun: Span) -> Option<Span> {
    let text = area.text;
    let w = words::previous(text, area.sentence.start, noun.start)
        .filter(|w| words::only_space(text, w.end, noun.start))?;
    let adjective = &text[w.range()];
    (words::is_capitalised(adjective)
        && adjective.ends_with("se")
        && adjective.len() > 4
        || NAME_ADJECTIVES.contains(&adjective))
    .then(|| Span::new(w.start, noun.end))
}
