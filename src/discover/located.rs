//! Places and regions too small for any list, named by the words around
//! them, which news names wherever something happens there.
//!
//! A village by a preposition of place (`een kostschool in Maru`, `a
//! copper mine near Kvalsund`): one capitalised word that no mention
//! holds (two where `El`, `La`, `Wadi`, `Mount` and the like open them:
//! `in El Alto`), right after `in`, `near`, `nabij`, `bij`, `uit`,
//! `around`, `rond`, `outside` or `above` in lower case,
//! `in`/`from`/`to nearby`, `In` opening a sentence, or `from` after an
//! age or a noun of people, and
//! that ends its phrase: a mark or a word in lower case follows, no
//! particle that carries a longer name on (`Theater aan het Vrijthof`,
//! `Plaza de Mayo`). Not a month, a feast, a language, a journal, or a
//! word that names no place (`in Parliament`). So do a noun of towns and
//! `als`/`such as` (`dorpen als Zieuwent`). The names listed after such
//! a place, or a known one, are places too (`uit Den Oever, Harlingen en
//! Lauwersoog`), and after a known one and `tussen` or `between`
//! (`tussen Stavoren en Laaksum`);
//! so is one word before `and` and a known place after a preposition
//! (`to Thompson and Winnipeg`).
//!
//! A venue after `at`, ending a clause of a match (`by 214 runs at
//! Newlands`) or before `on` and a weekday (`at Istora Senayan on
//! Thursday`).
//!
//! A region by the noun of areas after it, as English writes them (`the
//! Citarum river`, `Morigaon district`, `Sleman regency`, `the Pra and
//! Ankobra rivers`), after a preposition as well (`in Myagdi district`),
//! and a town or a site by `village`, `town`, `neighbourhood`, `mine`,
//! `terminal` or `dam` after it (`Yambali village`, `the Porgera gold
//! mine`):
//! one or two capitalised words no mention holds, no nationality's word
//! (`a Jewish state`, `the Kurdish region`); a known town's name before
//! the noun of its area that ends the phrase names the area (`Chandpur
//! district`, `Sleman regency`, not `the Amsterdam district court`); and
//! by a Dutch noun of areas joined to it by a hyphen (`de Fly-rivier`,
//! `het Rugu-woud`).

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

use super::{
    CueKind, Found, Sentences, clear_of, cues, found, given, names, words,
};
use crate::Mention;
use crate::gazetteer::Kind;
use crate::span::Span;

/// The prepositions, with the space before and after them. Not `from`,
/// after which news names people (`a pass from Kwakman`) and diseases
/// (`from Lassa fever`) as often.
const PREPOSITIONS: &[&str] = &[
    " in ",
    " near ",
    " nabij ",
    " bij ",
    " uit ",
    // `villages around Amizmiz`, `gevechten rond Myawaddy`
    " around ",
    " rond ",
    // `a yard outside Naas`, `ski lifts above Zermatt`
    " outside ",
    " above ",
    // `from nearby Pukatawagan`, `in nearby Afungi`
    " in nearby ",
    " from nearby ",
    " to nearby ",
];

/// Nouns of towns and the words that list them (`dorpen als Zieuwent en
/// Lievelde`, `villages such as Ambo`), which name places as a
/// preposition does, with the space before and after them.
#[rustfmt::skip]
const TOWNS_SUCH_AS: &[&str] = &[
    " dorpen als ", " plaatsen als ", " gemeenten als ", " steden als ",
    " dorpen zoals ", " plaatsen zoals ", " gemeenten zoals ",
    " steden zoals ", " towns such as ", " villages such as ",
    " cities such as ", " towns like ", " villages like ", " cities like ",
];

/// The words before a known place that lists another after it (`tussen
/// Stavoren en Laaksum`); before an unknown name they may list people.
const BETWEEN: &[&str] = &[" tussen ", " between "];

/// Whether `word` ends one of [`PREPOSITIONS`], [`TOWNS_SUCH_AS`],
/// [`BETWEEN`] or [`LIST_GAPS`], or is `from`, `of` (after an age), `to`
/// or `naar` (after [`MOTION`]) or `In` opening a sentence: a word a
/// place may follow here.
fn is_cue_word(word: &str) -> bool {
    static LAST: Lazy<FxHashSet<&'static str>> = Lazy::new(|| {
        PREPOSITIONS
            .iter()
            .chain(TOWNS_SUCH_AS)
            .chain(BETWEEN)
            .chain(LIST_GAPS)
            .filter_map(|c| c.trim().rsplit(' ').next())
            .chain(["from", "In", "of", "to", "naar"])
            .collect()
    });
    LAST.contains(word)
}

/// The last bytes of the words [`is_cue_word`] knows, and a comma.
const CUE_WORD_ENDS: &[u8] = b"nrjtdmsyefo,";

/// Capitalised words after `in` that name no place: months the stop
/// words leave out (`Mei` is a given name too), the sections of Dutch
/// news (`Meer uit Buitenland`), feasts (`rond Koningsdag`), languages
/// that are no country's adjective, journals (`published in Nature`) and
/// headings (`In Brief`).
#[rustfmt::skip]
const NO_PLACES: &[&str] = &[
    "mei", "may", "binnenland", "buitenland",
    "arabic", "arabisch", "hebrew", "hebreeuws", "swahili", "kiswahili",
    "mandarin", "mandarijn", "cantonese", "kantonees", "hindi", "urdu",
    "farsi", "persian", "perzisch", "pashto", "dari", "kurdish",
    "koerdisch", "latin", "latijn", "esperanto", "papiamento",
    "papiaments", "frisian", "fries", "flemish", "vlaams", "creole",
    "sranan", "sranantongo", "berber", "berbers", "amharic", "yoruba",
    "hausa", "igbo", "zulu", "xhosa", "afrikaans", "catalan", "catalaans",
    "basque", "baskisch", "welsh", "gaelic", "yiddish", "jiddisch",
    "nature", "science", "cell",
    // feasts, which `rond` and `around` name as often as places (the
    // stop words hold `Pasen`, `Kerstmis`, `Christmas`, `Easter`)
    "hemelvaart", "nieuwjaar", "allerheiligen", "valentijnsdag",
    "koningsdag", "prinsjesdag", "bevrijdingsdag", "sinterklaas",
    "oudejaarsavond", "suikerfeest", "offerfeest", "thanksgiving",
    "halloween", "diwali", "eid", "hanukkah", "passover", "pesach",
    // headings that open with `In` (`In Brief`, `In Beeld`)
    "brief", "short", "depth", "pictures", "focus", "memoriam", "beeld",
    // words that open names of prizes, races, warnings and feasts
    // (`Gouden Kalveren`, `Schaal Sels`, `Code Rood`), and the Philippine
    // village's noun (`in Barangay Ucab`)
    "gouden", "zilveren", "bronzen", "schaal", "code", "hemelvaartsdag",
    "barangay",
    // a state's noun, which opens a country's name, no town's
    // (`Republiek Moldavië`)
    "republiek", "republic", "koninkrijk", "kingdom", "vorstendom",
    "principality", "emiraat", "emirate", "sultanaat", "sultanate",
];

/// Words between the names of a list (`in Likoni and Changamwe`, `uit
/// Den Oever, Harlingen en Lauwersoog`), with their spaces.
const LIST_GAPS: &[&str] = &[", ", " en ", " and "];

/// The places after a preposition in the block `range`, `capitals` the
/// starts of its capitalised words, and the names listed after such a
/// place or a known one (of `mentions`, the gazetteer's, in text order).
pub(crate) fn places(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
    mentions: &[Mention],
) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    // Where the last place of a list after a preposition ends: the next
    // name of the list follows it.
    let mut listed_end = None;
    for &start in capitals {
        // A preposition, a list's word or a comma, and a space: most
        // capitals follow none, and go no further (the last letter first,
        // which costs least).
        if start < 2
            || bytes[start - 1] != b' '
            || !CUE_WORD_ENDS.contains(&bytes[start - 2])
        {
            continue;
        }
        let head = &text[..start];
        let comma = bytes[start - 2] == b',';
        if !comma && !words::last_word(head).is_some_and(is_cue_word) {
            continue;
        }
        let gap = LIST_GAPS.iter().find(|g| head.ends_with(*g));
        // `Laventille and Morvant`, `Santorini and Naxos`: after a known
        // town and `and` wherever it stands; not after a comma, which
        // lists people after one as often, nor after a town that ends a
        // longer name (`Eetu Lahti and Heikkilä`).
        let after_town = gap.is_some_and(|g| {
            let end = start - g.len();
            let i = mentions.partition_point(|m| m.span.start < end);
            *g != ", "
                && i > 0
                && mentions[i - 1].span.end == end
                && mentions[i - 1].kind == Kind::Place
                && !words::word_before(text, mentions[i - 1].span, " ", |w| {
                    words::is_capitalised(w)
                        && w.chars().all(char::is_alphabetic)
                })
        });
        let in_list = after_town
            || gap.is_some_and(|g| listed_end == Some(start - g.len()));
        // `In Labasa, the island's main town,`: a sentence's first word.
        let opening_in = head.strip_suffix("In ").is_some_and(|h| {
            let h = h.trim_end();
            h.is_empty() || h.ends_with(['.', '!', '?', '-', ':', '"'])
        });
        let preposition = PREPOSITIONS
            .iter()
            .chain(TOWNS_SUCH_AS)
            .find(|p| head.ends_with(*p))
            .or_else(|| from_after_person(head).then_some(&" from "))
            .or_else(|| of_after_age(head).then_some(&" of "))
            .or_else(|| to_after_motion(head))
            .or_else(|| opening_in.then_some(&" in "));
        if let Some(known) = mentions
            .get(mentions.partition_point(|m| m.span.start < start))
            .filter(|m| m.span.start == start)
        {
            let place = matches!(known.kind, Kind::Place | Kind::Region);
            let between = BETWEEN.iter().any(|b| head.ends_with(b));
            if place && (preposition.is_some() || in_list || between) {
                listed_end = Some(known.span.end);
            }
            if place && !in_list {
                out.extend(listed_before(text, known.span, sentences, areas));
            }
            continue;
        }
        if preposition == Some(&" in ") && owns_part_of(head)
            || preposition == Some(&" bij ") && works_at(head)
        {
            continue;
        }
        let cue = match (preposition, gap) {
            // The preposition's word (`In` opening the text has no space
            // before it).
            (Some(p), _) => Span::new(start - p.trim_start().len(), start - 1),
            (None, Some(g)) if in_list => {
                let g = g.trim();
                Span::new(start - g.len() - 1, start - 1)
            }
            _ => continue,
        };
        let Some(word) = given::word_at(text, start, range.end) else {
            continue;
        };
        if word.start != start {
            continue;
        }
        let Some(sentence) = sentences.open(word) else { continue };
        // `in St. Truiden`: the abbreviation and the name are one, and
        // no place where the name is a given name too (`St. Ann` may be
        // a parish, a region).
        let name = saint_after(text, word, sentence.end)
            .or_else(|| opened_name(text, word, sentence.end))
            .or_else(|| second_word(text, word, sentence))
            .unwrap_or(word);
        let word = Span::new(word.start, name.end);
        // `in Myagdi district`: the region stage reads it.
        let area_noun = words::next(text, word.end, sentence.end)
            .filter(|n| words::only_space(text, word.end, n.start))
            .is_some_and(|n| AREA_NOUNS.contains(&&text[n.range()]));
        // A given name as a list's town (`in Lemelerveld en Heino`) only
        // where the list goes on or ends with it (not `in Utrecht en Anna
        // werkt`), and no given name follows (`uit Vollenhove, Henk en
        // Gerda Slot`).
        let listed_given = || {
            let rest = &text[word.end..];
            let person_after = [" en ", " and "].iter().any(|g| {
                rest.strip_prefix(g).is_some_and(|after| {
                    let next = after.split(' ').next().unwrap_or("");
                    given::is_given(next)
                })
            });
            in_list
                && name == word
                && given::is_given(&text[word.range()])
                && names::is_name_word(&text[word.range()])
                && [" en ", " and ", ", ", ".", ";"]
                    .iter()
                    .any(|g| rest.starts_with(g))
                && !person_after
        };
        // `Jo Reid, 24, of Birchfield Harriers`: after `of`, a club's or
        // a body's name as often.
        let body = preposition == Some(&" of ")
            && text[word.range()]
                .split(' ')
                .any(|w| cues::is(w, cues::List::OrganisationHead));
        if body
            || !clear_of(word, (areas.0, &[]))
            || !ends_phrase(text, word, sentence)
            || !(is_place_word(&text[name.range()]) || listed_given())
            || area_noun
        {
            continue;
        }
        // After a comma, the list goes on after it (`in Nairobi, Odinga
        // told` lists nothing).
        let goes_on =
            || LIST_GAPS.iter().any(|g| text[word.end..].starts_with(g));
        if preposition.is_none() && gap == Some(&", ") && !goes_on() {
            continue;
        }
        listed_end = Some(word.end);
        out.push(found(text, word, Kind::Place, CueKind::PlaceName, cue));
    }
    out.sort_by_key(|f| f.span.start);
    out
}

/// Words of owning and investing, after which `in` names a firm, not a
/// place (`Shares in Nordvik rose`, `een belang in Sipma`).
#[rustfmt::skip]
const OWNING_PART_OF: &[&str] = &[
    "shares", "stake", "stakes", "interest", "holding", "holdings",
    "invest", "invests", "invested", "investing", "investment",
    "investments", "aandelen", "aandeel", "belang", "belangen",
    "investeert", "investeren", "investeerde", "geïnvesteerd",
];

/// Whether `head`, the text before a preposition `in` and its space,
/// ends in one of [`OWNING_PART_OF`].
fn owns_part_of(head: &str) -> bool {
    head.strip_suffix("in ").and_then(words::last_word).is_some_and(|w| {
        OWNING_PART_OF.iter().any(|o| o.eq_ignore_ascii_case(w))
    })
}

/// Words after which Dutch `bij` names an employer or a body one is close
/// to, not a place (`die bij Techleap jonge bedrijven volgt`, `werkt bij
/// Velotec`, `dicht bij Diyanet`); not `dat`, after which a firm's place
/// follows as often (`AngloGold, dat bij Obuasi een mijn uitbaat`).
#[rustfmt::skip]
const WORKING_AT: &[&str] = &[
    "die", "werkt", "werkte", "werken", "werkten", "gewerkt", "werkzaam",
    "dicht", "aangesloten", "betrokken", "actief",
];

/// Whether `head` ends in `bij` after one of the [`WORKING_AT`] words.
fn works_at(head: &str) -> bool {
    head.strip_suffix("bij ")
        .and_then(words::last_word)
        .is_some_and(|w| WORKING_AT.iter().any(|o| o.eq_ignore_ascii_case(w)))
}

/// The words before `and`/`en` and a known place `known` that name a
/// place too, where a preposition or `between` opens the list (`take
/// residents to Thompson and Winnipeg`, `between Isaka and Kigali`): one
/// capitalised word no mention holds.
fn listed_before(
    text: &str,
    known: Span,
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Option<Found> {
    let head = &text[..known.start];
    let gap = [" and ", " en "].into_iter().find(|g| head.ends_with(g))?;
    let sentence = sentences.open(known)?;
    // The list word may stand before the sentence (`… and` `Winnipeg`
    // opening the next one).
    let at = known.start - gap.len();
    if at < sentence.start {
        return None;
    }
    let word = words::previous(text, sentence.start, at)
        .filter(|w| w.end + gap.len() == known.start)?;
    let before = &text[..word.start];
    let preposition = PREPOSITIONS
        .iter()
        .chain(&[" to ", " naar "])
        .chain(BETWEEN)
        .find(|p| before.ends_with(*p))?;
    let cue =
        Span::new(word.start - preposition.trim_start().len(), word.start - 1);
    let written = &text[word.range()];
    (words::is_capitalised(written)
        && is_place_word(written)
        && clear_of(word, (areas.0, &[])))
    .then(|| found(text, word, Kind::Place, CueKind::PlaceName, cue))
}

/// Weekdays, capitalised, after a venue and `on` (`at Headingley on
/// Saturday`).
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Venues after `at` (`21-17 at Istora Senayan on Thursday`, `by 214
/// runs at Newlands`, `marched … at Jubilee House on Monday`): one to
/// three capitalised words no mention holds and no given name opens,
/// that come before `on` and a weekday, or end the sentence or a clause
/// of a match.
pub(crate) fn venues(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    for &start in capitals {
        if !text[range.start..start].ends_with(" at ") {
            continue;
        }
        let cue = Span::new(start - 3, start - 1);
        let Some(sentence) = sentences.open(cue) else { continue };
        let (mut end, mut count) = (start, 0);
        while let Some(w) = words::next(text, end, sentence.end).filter(|w| {
            w.start == end || words::only_space(text, end, w.start)
        }) {
            let word = &text[w.range()];
            if count == 3
                || !words::is_capitalised(word)
                || cues::is(word, cues::List::Stop)
                || !clear_of(w, (areas.0, &[]))
            {
                break;
            }
            (end, count) = (w.end, count + 1);
        }
        let span = Span::new(start, end);
        let rest = &text[end..sentence.end];
        let on_a_day = rest
            .strip_prefix(" on ")
            .is_some_and(|r| WEEKDAYS.iter().any(|d| r.starts_with(d)));
        let ends = rest.is_empty() || rest.starts_with(['.', ',', ';']);
        // A weekday after tells an event at a place (`marched … at
        // Parliament House on Thursday`); a clause's end, in a match.
        let first = text[span.range()].split(' ').next().unwrap_or("");
        if count == 0
            || !(on_a_day || ends)
            || given::is_given(first)
            || !on_a_day && !super::clubs::has_match(&text[sentence.range()])
        {
            continue;
        }
        out.push(found(text, span, Kind::Place, CueKind::PlaceName, cue));
    }
    out
}

/// Nouns in lower case after a place's name that say what it is: works,
/// bases and camps, buildings, and a town's parts (`the Kusile power
/// station`, `the Raadi airfield`, `the Juan XXIII neighbourhood`).
#[rustfmt::skip]
const FACILITY_NOUNS: &[&str] = &[
    "plant", "power station", "power plant", "refinery", "smelter",
    "airfield", "air base", "airbase", "barracks", "camp", "pool",
    "palace", "penitentiary", "prison", "neighbourhood", "neighborhood",
    "constituency", "district", "suburb", "township", "ward", "industrial area",
    "industrial belt", "industrial park", "industrial zone", "settlement",
];

/// Nouns of ports, markets, prisons and grounds that follow a place's
/// name with no article before it (`at Buenaventura port`, `at Tsoka
/// market`, `at Gldani prison`), where a works' noun may follow a firm's
/// (`at Tesla plant`).
#[rustfmt::skip]
const BARE_FACILITY_NOUNS: &[&str] = &[
    "port", "harbour", "harbor", "airport", "market", "prison", "jail",
    "stadium", "airfield", "refinery", "dam", "mine", "camp",
];

/// Capitalised words that name a people, a faith or a direction before
/// such a noun, no place (`the Sunni neighbourhood`, `the Old district`).
#[rustfmt::skip]
const NOT_FACILITY_NAMES: &[&str] = &[
    "Sunni", "Shia", "Shiite", "Christian", "Muslim", "Jewish", "Catholic",
    "Protestant", "Hindu", "Buddhist", "Arab", "Druze", "Alawite",
    "Orthodox", "Old", "New", "Central", "North", "South", "East", "West",
    "Northern", "Southern", "Eastern", "Western", "Upper", "Lower",
    "Greater", "Inner", "Outer", "Nuclear", "Refugee", "Military",
];

/// The place named after `the` and a preposition and before one of
/// [`FACILITY_NOUNS`] or [`BARE_FACILITY_NOUNS`] (`at the Auvere plant`,
/// `in the El Olivar district`, `at the Raadi airfield`), or after `at`
/// alone and before one of [`BARE_FACILITY_NOUNS`] (`at Phu Cat
/// airport`): one to three capitalised words that no mention holds and
/// no given name opens.
pub(crate) fn before_facility_noun(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = range.start;
    for &start in capitals {
        if start < at {
            continue;
        }
        // With `the` after any of the prepositions; without it, after
        // `at` only (`at Phu Cat airport`): `in` and a capital are too
        // common to read on after each.
        let before = &text[range.start..start];
        let with_the = before.ends_with(" the ");
        let preposition = match before.strip_suffix(" the ") {
            Some(head) => {
                [" at", " in", " near", " from", " outside", " inside"]
                    .iter()
                    .any(|p| head.ends_with(p))
            }
            None => before.ends_with(" at "),
        };
        if !preposition {
            continue;
        }
        let Some(sentence) = sentences.open(Span::new(start, start + 1))
        else {
            continue;
        };
        let end = name_words(text, start, sentence.end, areas.0);
        at = end;
        let first = text[start..end].split(' ').next().unwrap_or("");
        if end == start || given::is_given(first) {
            continue;
        }
        let rest = &text[end..sentence.end];
        let nouns: &[&[&str]] = if with_the {
            &[FACILITY_NOUNS, BARE_FACILITY_NOUNS]
        } else {
            &[BARE_FACILITY_NOUNS]
        };
        let Some(noun) = nouns.iter().flat_map(|n| n.iter()).find(|n| {
            rest.strip_prefix(' ')
                .and_then(|r| r.strip_prefix(**n))
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        }) else {
            continue;
        };
        let cue = Span::new(end + 1, end + 1 + noun.len());
        let span = Span::new(start, end);
        out.push(found(text, span, Kind::Place, CueKind::PlaceName, cue));
    }
    out
}

/// Where the name of one to three capitalised words at `start` ends,
/// before `end`: words no mention in `taken` holds, a Roman numeral after
/// the first, a capitalised article opening it (`El Olivar`), not one of
/// [`NOT_FACILITY_NAMES`] first; `start` when no word is one.
fn name_words(text: &str, start: usize, end: usize, taken: &[Span]) -> usize {
    let (mut at, mut count) = (start, 0);
    while let Some(w) = words::next(text, at, end)
        .filter(|w| w.start == at || words::only_space(text, at, w.start))
    {
        let word = &text[w.range()];
        let numeral = count > 0 && names::is_roman_numeral(word);
        let article =
            count == 0 && matches!(word, "El" | "La" | "Las" | "Los");
        if count == 3
            || !(names::is_name_word(word) || numeral || article)
            || count == 0 && NOT_FACILITY_NAMES.contains(&word)
            || !clear_of(w, (taken, &[]))
        {
            break;
        }
        (at, count) = (w.end, count + 1);
    }
    at
}

/// Endings of Dutch and Flemish streets' names (`Scholtenhagenweg`,
/// `Haarstraat`, `Turnhoutsebaan`).
#[rustfmt::skip]
const STREET_ENDINGS: &[&str] = &[
    "straat", "weg", "laan", "dreef", "plein", "gracht", "kade", "singel",
    "dijk", "baan", "kaai",
];

/// The towns named right after a street found by its shape and `in`
/// (`aan de Scholtenhagenweg in Buurse`): one capitalised name word that
/// no mention holds and that is no given name, ending its clause or
/// before a word in lower case.
pub(crate) fn towns_after_streets(
    text: &str,
    streets: &[Found],
    sentences: &mut Sentences<'_>,
    taken: &[Span],
) -> Vec<Found> {
    let mut out = Vec::new();
    for street in streets {
        let dutch_street = street.kind == Kind::Place
            && !street.name.contains(' ')
            && STREET_ENDINGS.iter().any(|e| street.name.ends_with(e));
        if !dutch_street || !text[street.span.end..].starts_with(" in ") {
            continue;
        }
        let Some(sentence) = sentences.open(street.span) else { continue };
        let start = street.span.end + " in ".len();
        let Some(town) = words::next(text, start, sentence.end)
            .filter(|w| w.start == start)
        else {
            continue;
        };
        let word = &text[town.range()];
        let rest = &text[town.end..sentence.end];
        let ends = rest.is_empty()
            || rest.starts_with([',', '.', ';', ')'])
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_lowercase));
        if !ends
            || word.chars().count() < 4
            || !names::is_name_word(word)
            || given::is_given(word)
            || !clear_of(town, (taken, &[]))
        {
            continue;
        }
        let cue = Span::new(street.span.end + 1, start - 1);
        out.push(found(text, town, Kind::Place, CueKind::PlaceName, cue));
    }
    out
}

/// Words before `at` after which a body, not a place, is named: work and
/// study (`an economist at Nedbank in Johannesburg`, `studied at Mount
/// Kenya in Nyeri`).
#[rustfmt::skip]
const AT_A_BODY: &[&str] = &[
    "works", "worked", "working", "work", "studies", "studied", "study",
    "studying", "job", "jobs", "shares", "stake", "employed", "employees",
    "staff", "director", "chief", "head", "officer", "lecturer",
];

/// Places after `at` that a known place after `in` or `near` locates
/// (`the telescope at Cerro Tololo in Chile`, `the gene bank at
/// Gatersleben in Germany`, `whose yard is at Bagenalstown in County
/// Carlow`): a name as [`name_words`] reads it. Not after a person, a
/// role or words of work (`an economist at Nedbank in Johannesburg`),
/// where `at` names an employer.
pub(crate) fn at_place_in(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
    mentions: &[Mention],
) -> Vec<Found> {
    let mut out = Vec::new();
    for &start in capitals {
        let Some(before) = text[range.start..start].strip_suffix(" at ")
        else {
            continue;
        };
        let previous = before.rsplit(' ').next().unwrap_or_default();
        if previous.is_empty()
            || !previous.starts_with(char::is_lowercase)
            || cues::is_role(previous)
            || cues::is(previous, cues::List::RolePlural)
            || AT_A_BODY.contains(&previous)
        {
            continue;
        }
        let Some(sentence) = sentences.open(Span::new(start, start + 1))
        else {
            continue;
        };
        let end = name_words(text, start, sentence.end, areas.0);
        let first = text[start..end].split(' ').next().unwrap_or("");
        if end == start || given::is_given(first) {
            continue;
        }
        let rest = &text[end..sentence.end];
        let Some(gap) = [" in ", " near ", ", near "]
            .iter()
            .find(|g| rest.starts_with(**g))
        else {
            continue;
        };
        let after = end + gap.len();
        let located = mentions
            .get(mentions.partition_point(|m| m.span.start < after))
            .is_some_and(|m| {
                m.span.start == after
                    && matches!(
                        m.kind,
                        Kind::Place | Kind::Region | Kind::Country
                    )
            });
        if !located {
            continue;
        }
        let cue = Span::new(start - " at ".len() + 1, start - 1);
        let span = Span::new(start, end);
        out.push(found(text, span, Kind::Place, CueKind::PlaceName, cue));
    }
    out
}

/// Dutch nouns of areas joined to a name by a hyphen, which the annotation
/// leaves outside the name (`Fly-rivier`, `Hoge Atlas-gebergte`,
/// `Rugu-woud`).
#[rustfmt::skip]
const AREA_COMPOUNDS: &[&str] = &[
    "-rivier", "-gebergte", "-woud", "-gebied", "-delta", "-vallei",
    "-baai", "-eilanden",
];

/// Regions named before a Dutch noun of areas and a hyphen (`langs de
/// Fly-rivier`): the capitalised word before the hyphen, and a
/// capitalised word before it (`Hoge Atlas-gebergte`), which no mention
/// holds.
pub(crate) fn area_compounds(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let block = &text.as_bytes()[range.range()];
    let mut out = Vec::new();
    for at in memchr::memchr_iter(b'-', block) {
        let hyphen = range.start + at;
        let rest = &text[hyphen..range.end];
        let Some(noun) = AREA_COMPOUNDS.iter().find(|n| rest.starts_with(**n))
        else {
            continue;
        };
        let end = hyphen + noun.len();
        if text[end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let Some(sentence) = sentences.open(Span::new(hyphen, end)) else {
            continue;
        };
        let Some(name) = words::previous(text, sentence.start, hyphen)
            .filter(|w| w.end == hyphen)
        else {
            continue;
        };
        let written = &text[name.range()];
        if !words::is_capitalised(written) || written.contains('-') {
            continue;
        }
        // `Hoge Atlas`: one capitalised word before, not opening the
        // sentence.
        let start = words::previous(text, sentence.start, name.start)
            .filter(|w| words::only_space(text, w.end, name.start))
            .filter(|w| {
                words::is_capitalised(&text[w.range()])
                    && !words::opens_sentence(text, sentence.start, *w)
            })
            .map_or(name.start, |w| w.start);
        let span = Span::new(start, name.end);
        if !clear_of(span, (areas.0, &[])) {
            continue;
        }
        let cue = Span::new(hyphen + 1, end);
        out.push(found(text, span, Kind::Region, CueKind::PlaceName, cue));
    }
    out
}

/// Places that English names a firm or a group by, in a compound with
/// `-based` (`the Budva-based firm`, `Pinetown-based`): the capitalised
/// word before the hyphen, which no mention holds, a place's word (no
/// acronym: `AI-based`), not opening its sentence (`Cloud-based`).
pub(crate) fn based_in(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    taken: &[Span],
) -> Vec<Found> {
    let block = &text.as_bytes()[range.range()];
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(block, b"-based") {
        let hyphen = range.start + at;
        let end = hyphen + "-based".len();
        if text[end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        let Some(sentence) = sentences.open(Span::new(hyphen, end)) else {
            continue;
        };
        let Some(name) = words::previous(text, sentence.start, hyphen)
            .filter(|w| w.end == hyphen)
        else {
            continue;
        };
        let written = &text[name.range()];
        if !words::is_capitalised(written)
            || written.contains('-')
            || !is_place_word(written)
            || words::opens_sentence(text, sentence.start, name)
            || !clear_of(name, (taken, &[]))
        {
            continue;
        }
        let cue = Span::new(hyphen + 1, end);
        out.push(found(text, name, Kind::Place, CueKind::PlaceName, cue));
    }
    out
}

/// Whether `head` ends in `from` after an age between commas (`Morag
/// Henderson, 71, from Bathgate`) or a noun of people (`a retired
/// fisherman from Stromness`, `rescuers from Wabag`): a place follows,
/// where `from` alone may lead to a person (`a pass from Kwakman`).
fn from_after_person(head: &str) -> bool {
    let Some(before) = head.strip_suffix(" from ") else { return false };
    let aged = after_age(before);
    let noun = before.rsplit(' ').next().unwrap_or_default();
    // `the 26-year-old from Inverness`
    let years_old =
        noun.ends_with("-year-old") || noun.ends_with("-year-olds");
    aged || years_old
        || noun.starts_with(char::is_lowercase)
            && (cues::is_role(noun)
                || cues::is(noun, cues::List::RolePlural)
                || cues::is(noun, cues::List::Kin)
                || PEOPLE_FROM.contains(&noun))
}

/// Words of travelling and its ways, after which `to` or `naar` names a
/// place (`flew to Wabag`, `the road to Limni`, `vluchtten naar Koindu`);
/// `to` alone leads to people and firms as often.
#[rustfmt::skip]
const MOTION: &[&str] = &[
    "flew", "flown", "fly", "flies", "flights", "flight", "travel",
    "travels", "travelled", "traveled", "travelling", "marched", "march",
    "road", "route", "fled", "flee", "evacuated", "ferry", "ferries",
    "drove", "driven", "sailed", "walked", "trek", "trekked", "bus",
    "buses", "minibus", "train", "trains", "returned", "relocated",
    "reisde", "reisden", "reist", "reizen", "vluchtte", "vluchtten",
    "gevlucht", "verhuisde", "verhuisden", "verhuist", "trekt", "trokken",
    "vloog", "vlogen", "gevlogen", "reed", "reden", "liep", "liepen",
    "tram", "trein", "veerboot", "weg", "uitwijken", "uitgeweken",
];

/// Words of passing a ball, after which `from X to Y` names players
/// (`a pass from Kwakman to Dijkstra`).
const PASSES: &[&str] =
    &["pass", "cross", "corner", "assist", "ball", "voorzet", "passes"];

/// The preposition, `to` or `naar`, that `head` (the text before a
/// capital) ends in after one of [`MOTION`], or after one to three
/// capitalised words and `from` or `van` (`from Geelong to Wodonga`, `van
/// Haa naar Trongsa`); not after a pass of a ball (`a pass from Kwakman
/// to Dijkstra`).
fn to_after_motion(head: &str) -> Option<&'static &'static str> {
    let (preposition, before) = [" to ", " naar "]
        .iter()
        .find_map(|p| head.strip_suffix(*p).map(|b| (p, b)))?;
    let word = before.rsplit(' ').next().unwrap_or_default();
    if MOTION.iter().any(|m| m.eq_ignore_ascii_case(word)) {
        return Some(preposition);
    }
    // Back over the capitalised words to `from` or `van`, and the word
    // before it.
    let mut tokens = before.rsplit(' ');
    for _ in 0..3 {
        if !tokens.next().is_some_and(words::is_capitalised) {
            return None;
        }
        let mut ahead = tokens.clone();
        if matches!(ahead.next(), Some("from" | "van")) {
            let passed = ahead.next().is_some_and(|w| {
                PASSES.iter().any(|p| p.eq_ignore_ascii_case(w))
            });
            return (!passed).then_some(preposition);
        }
    }
    None
}

/// Whether `head` ends in an age between commas (`Morag Henderson, 71,`).
fn after_age(head: &str) -> bool {
    let age = head.strip_suffix(',').and_then(|h| h.rsplit_once(", "));
    age.is_some_and(|(_, age)| {
        (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether `head` ends in `of` after an age between commas (`Raymond
/// Ioannou, 54, of Westmead`): the person's home follows.
fn of_after_age(head: &str) -> bool {
    head.strip_suffix(" of ").is_some_and(after_age)
}

/// Nouns of people that no role list holds, whom news places by `from`
/// (`a retired fisherman from Stromness`, `rescuers from Wabag`).
#[rustfmt::skip]
const PEOPLE_FROM: &[&str] = &[
    "fisherman", "fishermen", "farmer", "farmers", "villager", "villagers",
    "rescuers", "families", "family", "pilgrims", "migrants", "refugees",
    "survivors", "volunteers", "traders", "delegates", "delegation",
    "teams", "team", "residents", "people", "man", "woman", "men", "women",
    "boy", "girl", "couple",
];

/// Words that open two-word names of places (`El Alto`, `Las Bambas`,
/// `Le Locle`, `Novo Progresso`, `Wadi Musa`, `Mount Hagen`, `Port
/// Hedland`).
#[rustfmt::skip]
const PLACE_OPENERS: &[&str] = &[
    "El", "La", "Las", "Los", "Le", "Novo", "Nova", "Wadi", "Mount",
    "Port", "Puerto", "Porto",
];

/// Whether `word` is one of the [`PLACE_OPENERS`] (`El`, `Mount`).
pub(crate) fn opens_place_name(word: &str) -> bool {
    PLACE_OPENERS.contains(&word)
}

/// The capitalised word after `word` where `word` is one of the
/// [`PLACE_OPENERS`] (`Alto` of `El Alto`).
fn opened_name(text: &str, word: Span, end: usize) -> Option<Span> {
    if !PLACE_OPENERS.contains(&&text[word.range()]) {
        return None;
    }
    words::next(text, word.end, end)
        .filter(|n| words::only_space(text, word.end, n.start))
        .filter(|n| {
            let next = &text[n.range()];
            // `Las Vegas-achtige wijken`: an adjective of the place.
            words::is_capitalised(next) && !next.contains('-')
        })
}

/// The second word of a place's name of two after `word` (`Lakki Marwat`,
/// `Hoog Soeren`): a capitalised word that may be a place's too, no head
/// of a body's name or a place's (`Street`, `Valley`, `Harbour`: other
/// stages read those, as areas), that ends the phrase; `word` may be one
/// as well.
fn second_word(text: &str, word: Span, sentence: Span) -> Option<Span> {
    let first = &text[word.range()];
    let may_be = |w: &str| {
        is_place_word(w)
            && !cues::is(w, cues::List::OrganisationHead)
            && !super::shapes::is_word_after_place_name(w)
            && !matches!(w, "Harbour" | "Fiord" | "Fjord" | "Country")
            // `in West African trial`: a people's adjective.
            && !is_peoples_adjective(w)
            && !w.ends_with("ican")
            // `Las Vegas-achtige`: an adjective of a place.
            && !w
                .rsplit_once('-')
                .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
    };
    // The cheap tests first: most words after a preposition stand alone.
    words::next(text, word.end, sentence.end)
        .filter(|n| words::only_space(text, word.end, n.start))
        .filter(|n| words::is_capitalised(&text[n.range()]))
        .filter(|n| ends_phrase(text, *n, sentence))
        .filter(|n| may_be(&text[n.range()]) && may_be(first))
}

/// Abbreviations that open names of places (`St. Truiden`, `Mt. Pleasant`).
const SAINT_ABBREVIATIONS: &[&str] = &["St", "Mt"];

/// The capitalised word after `word` where `word` is one of the
/// [`SAINT_ABBREVIATIONS`] and its full stop (`Ann` of `St. Ann`).
fn saint_after(text: &str, word: Span, end: usize) -> Option<Span> {
    if !SAINT_ABBREVIATIONS.contains(&&text[word.range()]) {
        return None;
    }
    let at = word.end + text[word.end..end].strip_prefix(". ").map(|_| 1)?;
    words::next(text, at, end)
        .filter(|n| words::only_space(text, at, n.start))
        .filter(|n| words::is_capitalised(&text[n.range()]))
}

/// Nouns of areas after a region's name, in lower case.
#[rustfmt::skip]
const AREA_NOUNS: &[&str] = &[
    "river", "rivers", "district", "districts", "island", "islands",
    "province", "provinces", "region", "regions", "county", "state",
    "peninsula", "valley", "volcano", "glacier", "regency", "division",
    "fjord", "plain", "archipelago",
    "village", "town", "township", "neighbourhood", "neighborhood", "mine",
    "mines", "terminal", "dam",
];

/// The [`AREA_NOUNS`] after a town's or a site's name, not a region's
/// (`Yambali village`, `Itogon town`, `the Ibura neighbourhood`, `the
/// Kumtor mine`, `the Dahej terminal`), which the annotation counts as
/// places.
#[rustfmt::skip]
const TOWN_NOUNS: &[&str] = &[
    "village", "town", "township", "neighbourhood", "neighborhood", "mine",
    "mines", "terminal", "dam",
];

/// What a mine yields, between its name and `mine` (`the Porgera gold
/// mine`).
#[rustfmt::skip]
const MINERALS: &[&str] = &[
    "gold", "copper", "coal", "lithium", "nickel", "diamond", "uranium",
    "zinc", "cobalt", "silver", "bauxite", "platinum",
];

/// Words after a [`TOWN_NOUNS`] noun that make a compound of it (`town
/// hall`, `village elders`): the name before is no town's.
#[rustfmt::skip]
const TOWN_COMPOUNDS: &[&str] = &[
    "hall", "halls", "council", "councils", "councillor", "square", "centre",
    "center", "clerk", "elder", "elders", "chief", "head", "meeting",
    "green", "crier", "planning", "limits", "house", "people",
];

/// The regions before a noun of areas in the block `range` (the towns
/// before [`TOWN_NOUNS`]), `capitals` the starts of its capitalised
/// words; before a plural noun, each name of the list (`the Pra and
/// Ankobra rivers`).
pub(crate) fn regions(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for &start in capitals {
        // Most words are ASCII letters: the two bytes after them are
        // looked at before the word is read.
        let letters = bytes[start..range.end]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let end = start + letters;
        if bytes.get(end).is_some_and(|b| b.is_ascii() && *b != b'-')
            && !is_noun_after(bytes, end)
        {
            continue;
        }
        let Some(word) = given::word_at(text, start, range.end) else {
            continue;
        };
        // A space and a noun's first letter: most words stop here.
        if word.start != start
            || !is_noun_start(bytes.get(word.end..word.end + 2))
        {
            continue;
        }
        let Some(noun) = words::next(text, word.end, range.end)
            .and_then(|n| past_mineral(text, n, range.end))
            .filter(|n| AREA_NOUNS.contains(&&text[n.range()]))
        else {
            continue;
        };
        let Some(sentence) = sentences.open(noun) else { continue };
        // Not the head of a longer name (`Rakhine State Council`), in its
        // sentence (a block may end after the noun).
        if words::capital_after(text, noun.end, sentence.end) {
            continue;
        }
        let mut name = word;
        if let Some(before) = words::previous(text, sentence.start, word.start)
            .filter(|b| words::only_space(text, b.end, word.start))
            .filter(|b| is_region_word(&text[b.range()]))
        {
            name = Span::new(before.start, word.end);
        }
        let town = TOWN_NOUNS.contains(&&text[noun.range()]);
        // Else a known town's name alone, which names its area here.
        let name = if is_region_name(text, name, sentence, areas) {
            name
        } else if town_as_region(text, (word, noun), sentence, areas) {
            word
        } else {
            continue;
        };
        // `De Jong town hall`: the noun opens a compound of its own.
        let compound = words::next(text, noun.end, sentence.end)
            .filter(|n| words::only_space(text, noun.end, n.start))
            .is_some_and(|n| TOWN_COMPOUNDS.contains(&&text[n.range()]));
        if town && compound {
            continue;
        }
        let kind = if town { Kind::Place } else { Kind::Region };
        out.push(found(text, name, kind, CueKind::PlaceName, noun));
        // `the Pra and Ankobra rivers`: the names listed before.
        if !text[noun.range()].ends_with('s') {
            continue;
        }
        let mut first = name;
        for _ in 0..3 {
            let head = &text[sentence.start..first.start];
            let Some(rest) = [" and ", " en ", ", "]
                .iter()
                .find_map(|sep| head.strip_suffix(sep))
            else {
                break;
            };
            let end = sentence.start + rest.len();
            let Some(item) = words::previous(text, sentence.start, end)
                .filter(|w| w.end == end)
            else {
                break;
            };
            if !is_region_name(text, item, sentence, areas) {
                break;
            }
            out.push(found(
                text,
                item,
                Kind::Region,
                CueKind::PlaceName,
                noun,
            ));
            first = item;
        }
    }
    out
}

/// `word`, or the word after it where it is one of the [`MINERALS`]
/// and `mine` or `mines` follows (`gold mine`).
fn past_mineral(text: &str, word: Span, end: usize) -> Option<Span> {
    if !MINERALS.contains(&&text[word.range()]) {
        return Some(word);
    }
    words::next(text, word.end, end)
        .filter(|n| words::only_space(text, word.end, n.start))
        .filter(|n| matches!(&text[n.range()], "mine" | "mines"))
}

/// Whether a space and one of the [`AREA_NOUNS`] or [`MINERALS`] follow
/// the byte `end`, read as bytes.
fn is_noun_after(bytes: &[u8], end: usize) -> bool {
    if !is_noun_start(bytes.get(end..end + 2)) {
        return false;
    }
    static NOUNS: Lazy<FxHashSet<&'static [u8]>> = Lazy::new(|| {
        AREA_NOUNS.iter().chain(MINERALS).map(|n| n.as_bytes()).collect()
    });
    let rest = &bytes[end + 1..];
    let letters = rest.iter().take_while(|b| b.is_ascii_lowercase()).count();
    NOUNS.contains(&rest[..letters])
}

/// Whether `after`, the two bytes after a word, are a space and the
/// first letter of one of the [`AREA_NOUNS`] or [`MINERALS`].
fn is_noun_start(after: Option<&[u8]>) -> bool {
    matches!(
        after,
        Some([
            b' ',
            b'r' | b'd'
                | b'i'
                | b'p'
                | b'c'
                | b's'
                | b'v'
                | b'g'
                | b't'
                | b'f'
                | b'a'
                | b'n'
                | b'm'
                | b'l'
                | b'u'
                | b'z'
                | b'b'
        ])
    )
}

/// Nouns of the areas that a town gives its name to (`Chandpur
/// district`, `Sleman regency`, `the Jaffna peninsula`, Dutch `de regio
/// Kortrijk`), beside which a known town's name names the area.
#[rustfmt::skip]
const AREAS_OF_TOWNS: &[&str] = &[
    "district", "regency", "province", "county", "prefecture", "peninsula",
    "island", "regio",
];

/// Whether `noun` is one of the [`AREAS_OF_TOWNS`]: a region found by
/// it over a known town's name is that town's area.
pub(crate) fn is_area_of_town(noun: &str) -> bool {
    AREAS_OF_TOWNS.contains(&noun)
}

/// Whether a region found by the cue `cue` over a known town's name
/// names the town's area, and so replaces the town: one of
/// [`AREAS_OF_TOWNS`], or the Dutch article of [`area_after_article`].
pub(crate) fn replaces_town(cue: &str) -> bool {
    is_area_of_town(cue) || matches!(cue, "de" | "het")
}

/// Words that may follow such a noun when it ends the area's name (not
/// `Amsterdam district court`, `Galway county council`, nor `of`: `the
/// Médina district of Dakar`).
#[rustfmt::skip]
const AFTER_AN_AREA: &[&str] = &[
    "in", "on", "and", "or", "where", "which", "that", "to", "near",
    "after", "as", "has", "have", "had", "is", "was", "were", "are",
    "said", "will", "would", "should", "could", "for", "from", "with",
];

/// Whether `word`, a known town's name alone, names the area of `noun`
/// after it (`Chandpur district`): one of [`AREAS_OF_TOWNS`] that ends
/// the phrase (a mark or one of [`AFTER_AN_AREA`] follows).
fn town_as_region(
    text: &str,
    (word, noun): (Span, Span),
    sentence: Span,
    (_, absorbable): (&[Span], &[Span]),
) -> bool {
    let known = absorbable
        .binary_search_by_key(&word.start, |a| a.start)
        .is_ok_and(|i| absorbable[i] == word);
    if !AREAS_OF_TOWNS.contains(&&text[noun.range()])
        || !known
        || !is_region_word(&text[word.range()])
    {
        return false;
    }
    let before = words::previous(text, sentence.start, word.start)
        .filter(|b| words::only_space(text, b.end, word.start));
    // `the Blue Nile district`: a longer name; `the Médina district (of
    // Dakar)`: a town's quarter, a place.
    if before.is_some_and(|b| {
        let before = &text[b.range()];
        words::is_capitalised(before)
            && !words::opens_sentence(text, sentence.start, b)
            || matches!(before, "the" | "The")
                && &text[noun.range()] == "district"
    }) {
        return false;
    }
    let rest = &text[noun.end..sentence.end];
    match rest.chars().next() {
        None => true,
        Some(' ') => words::next(text, noun.end, sentence.end)
            .filter(|n| words::only_space(text, noun.end, n.start))
            .is_some_and(|n| AFTER_AN_AREA.contains(&&text[n.range()])),
        Some(c) => matches!(c, ',' | '.' | ';' | ':' | ')' | '!' | '?'),
    }
}

/// Whether `name` may be a region's name before a noun of areas: its
/// words are [`is_region_word`]s, the sentence is open, no mention
/// overlaps it, and no capitalised word stands right before it (`the
/// Blue Nile river` is a longer name).
fn is_region_name(
    text: &str,
    name: Span,
    sentence: Span,
    areas: (&[Span], &[Span]),
) -> bool {
    let before = words::previous(text, sentence.start, name.start)
        .filter(|b| words::only_space(text, b.end, name.start));
    text[name.range()].split(' ').all(is_region_word)
        && clear_of(name, (areas.0, &[]))
        && !before.is_some_and(|b| {
            let word = &text[b.range()];
            words::is_capitalised(word)
                && !words::opens_sentence(text, sentence.start, b)
        })
}

/// A word of a region's name: a [`is_place_word`], and no nationality's
/// or direction's adjective (`Jewish`, `Congolese`, `Northern`).
pub(crate) fn is_region_word(word: &str) -> bool {
    is_place_word(word)
        && !is_peoples_adjective(word)
        && !["ern", "ic"].iter().any(|a| word.ends_with(a))
}

/// Whether `word` ends as a people's adjective does (`Jewish`,
/// `Congolese`, `Haitian`, `Korean`).
fn is_peoples_adjective(word: &str) -> bool {
    ["ish", "ese", "ian", "ean"].iter().any(|a| word.ends_with(a))
}

/// Whether `word` may be a place's one-word name: a name word (no stop
/// word, role or organisation noun), no acronym, no possessive, no known
/// given name, no portfolio, none of [`NO_PLACES`].
fn is_place_word(word: &str) -> bool {
    names::is_name_word(word)
        && !word.contains(['\'', '\u{2019}'])
        && !words::is_acronym(word)
        && !given::is_given(word)
        // `bij Onderwijs`: a ministry by its portfolio.
        && !cues::is_portfolio_word(word)
        && !NO_PLACES.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the phrase ends with `word`: the sentence's end, a mark, or a
/// word in lower case that is no particle carrying a longer name on.
fn ends_phrase(text: &str, word: Span, sentence: Span) -> bool {
    let rest = &text[word.end..sentence.end];
    let Some(next) = rest.chars().next() else { return true };
    if next != ' ' {
        return matches!(next, ',' | '.' | ';' | ':' | ')' | '!' | '?');
    }
    let Some(w) = words::next(text, word.end, sentence.end)
        .filter(|w| words::only_space(text, word.end, w.start))
    else {
        return true;
    };
    let after = &text[w.range()];
    // `bij Haagse scholen`: a Dutch adjective before its noun.
    let written = &text[word.range()];
    // So is an English one (`in Bavarian vote`), but before a word of
    // the sentence's frame (`in Dalian on Friday`).
    let adjective = written.ends_with("se")
        || written.ends_with("sche")
        || ["ian", "ean", "ese"].iter().any(|e| written.ends_with(e))
            && !cues::is(after, cues::List::Stop);
    // `in Mirpur on Friday`, but `Stratford on Avon`: `on` carries a
    // longer name on before a capitalised word that is no weekday.
    let on_a_day = after == "on"
        && words::next(text, w.end, sentence.end)
            .filter(|d| words::only_space(text, w.end, d.start))
            .is_none_or(|d| {
                let day = &text[d.range()];
                !words::is_capitalised(day) || cues::is(day, cues::List::Stop)
            });
    // A particle carries a name on only to a capitalised word or another
    // particle (`Plaza de Mayo`, `Huis ter Heide`; not `Struga te veel`).
    let carries_on = names::is_particle(after)
        && words::next(text, w.end, sentence.end)
            .filter(|n| words::only_space(text, w.end, n.start))
            .is_none_or(|n| {
                let next = &text[n.range()];
                !next.starts_with(char::is_lowercase)
                    || names::is_particle(next)
            });
    !adjective
        && after.starts_with(char::is_lowercase)
        && !carries_on
        && (on_a_day
            || !matches!(after, "aan" | "of" | "sur" | "am" | "upon" | "on"))
}

/// Capitalised nouns of subdivisions that English writes as part of a
/// region's name after it (`Ogun State`, `Western Province`).
const SUBDIVISIONS_AFTER: &[&str] = &[
    "State",
    "Province",
    "Region",
    "County",
    "District",
    "Oblast",
    "Prefecture",
    "Governorate",
];

/// A municipality's name of one word after Dutch `de` or `het` in lower
/// case, which Dutch writes before an area, not a town (`in het
/// Westland`, `de Noordoostpolder`): the area, a region that replaces
/// the town. Not before a capitalised word or `van` (`het Maastricht van
/// toen`), nor a name whose article is its own (`De Bilt`).
pub(crate) fn area_after_article(
    area: &names::Area<'_>,
    town: &crate::Mention,
) -> Option<Found> {
    let text = area.text;
    let before = &text[area.sentence.start..town.span.start];
    let article = [" de ", " het "].iter().find(|a| before.ends_with(**a))?;
    let written = &text[town.span.range()];
    // A Dutch or Belgian municipality (not a street or a site, which
    // Dutch writes with its article too: `de Wetstraat`).
    let municipality = ["place:nl-gm", "place:be-nis"]
        .iter()
        .any(|p| town.entity.starts_with(p));
    // A mention may run on past its sentence (across a line break).
    if !municipality
        || town.span.end > area.sentence.end
        || town.form != crate::gazetteer::Form::Name
        || written.contains([' ', '-'])
        || !is_region_word(written)
    {
        return None;
    }
    let next = words::next(text, town.span.end, area.sentence.end)
        .filter(|w| words::only_space(text, town.span.end, w.start));
    if next.is_some_and(|w| {
        let word = &text[w.range()];
        words::is_capitalised(word) || word == "van"
    }) || text[town.span.end..].starts_with(['-', '\''])
    {
        return None;
    }
    let cue_start = town.span.start - article.len() + 1;
    let cue = Span::new(cue_start, town.span.start - 1);
    Some(found(text, town.span, Kind::Region, CueKind::PlaceName, cue))
}

/// A known region named with its capitalised subdivision noun (`Ogun
/// State`, `Western Province`) or with `County` before it (`County
/// Carlow`), which the annotation counts as one name: the region, on the
/// longer words. Not the head of a longer name (`Rakhine State Council`,
/// `County Carlow Football Club`).
pub(crate) fn known_with_noun(
    area: &names::Area<'_>,
    region: &crate::Mention,
) -> Option<Found> {
    let text = area.text;
    // Most regions have neither: a test of the bytes before reading
    // words.
    let noun_after =
        text[region.span.end..].strip_prefix(' ').is_some_and(|rest| {
            SUBDIVISIONS_AFTER.iter().any(|n| rest.starts_with(n))
        });
    if !noun_after && !text[..region.span.start].ends_with("County ") {
        return None;
    }
    let (start, end) = (area.sentence.start, area.sentence.end);
    let next_to = |a: usize, b: usize| words::only_space(text, a, b) && b > a;
    let ends_name = |at: usize| {
        words::next(text, at, end)
            .filter(|w| words::only_space(text, at, w.start))
            .is_none_or(|w| !words::is_capitalised(&text[w.range()]))
    };
    let after = words::next(text, region.span.end, end)
        .filter(|w| next_to(region.span.end, w.start))
        .filter(|w| SUBDIVISIONS_AFTER.contains(&&text[w.range()]));
    let span = match after {
        Some(noun) if ends_name(noun.end) => {
            Span::new(region.span.start, noun.end)
        }
        Some(_) => return None,
        None => {
            let county = words::previous(text, start, region.span.start)
                .filter(|w| next_to(w.end, region.span.start))
                .filter(|w| &text[w.range()] == "County")?;
            if !ends_name(region.span.end) {
                return None;
            }
            Span::new(county.start, region.span.end)
        }
    };
    let noun = if span.start == region.span.start {
        Span::new(region.span.end + 1, span.end)
    } else {
        Span::new(span.start, region.span.start - 1)
    };
    if area.taken(noun) {
        return None;
    }
    Some(Found {
        span,
        kind: Kind::Region,
        id: region.entity.to_string(),
        name: region.name.to_string(),
        cue: super::Cue {
            kind: CueKind::PlaceName,
            text: text[noun.range()].to_string(),
            span: noun,
        },
    })
}

/// Points of the compass that open a Dutch name of part of a region
/// (`Noord-Limburg`, `Oost-Groningen`, `Zuidoost-Friesland`).
#[rustfmt::skip]
const COMPASS: &[&str] = &[
    "Noord", "Zuid", "Oost", "West", "Midden", "Noordoost", "Noordwest",
    "Zuidoost", "Zuidwest", "Centraal",
];

/// Part of a known region or country named by a point of the compass
/// joined to it (`Noord-Limburg`, `Noord-Kosovo`, `Oost-Oekraïne`): a
/// region of its own, as the annotation labels named areas, on the whole
/// word. Not where the compound goes on (`Oost-Groningse`).
pub(crate) fn compass_part(
    area: &names::Area<'_>,
    region: &crate::Mention,
) -> Option<Found> {
    let text = area.text;
    let head = text[..region.span.start].strip_suffix('-')?;
    let compass = COMPASS.iter().find(|c| head.ends_with(**c))?;
    let start = head.len() - compass.len();
    let standalone = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    let ends = text[region.span.end..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    if !standalone || !ends || start < area.sentence.start {
        return None;
    }
    let span = Span::new(start, region.span.end);
    let cue = Span::new(start, head.len());
    Some(found(text, span, Kind::Region, CueKind::PlaceName, cue))
}

/// Portuguese and Spanish particles inside a town's name before another
/// town's (`Mocímboa da Praia`, `Vila do Conde`).
const TOWN_PARTICLES: &[&str] = &["da", "do", "das", "dos", "de", "del"];

/// A town whose name ends in a known place's after a particle
/// (`Mocímboa da Praia`, not `Praia`): one capitalised word that no
/// mention holds and that is no given name (`Luís da Praia` may be a
/// person), inside the sentence.
pub(crate) fn town_with_particle(
    area: &names::Area<'_>,
    place: &crate::Mention,
) -> Option<Found> {
    let text = area.text;
    let head = text[..place.span.start].strip_suffix(' ')?;
    let (rest, particle) = head.rsplit_once(' ')?;
    if !TOWN_PARTICLES.contains(&particle) {
        return None;
    }
    let first = words::previous(text, area.sentence.start, rest.len())
        .filter(|w| w.end == rest.len())?;
    let word = &text[first.range()];
    if !words::is_capitalised(word)
        || area.taken(first)
        || given::is_given(word)
        || words::opens_sentence(text, area.sentence.start, first)
    {
        return None;
    }
    let span = Span::new(first.start, place.span.end);
    let cue = Span::new(first.end + 1, first.end + 1 + particle.len());
    Some(found(text, span, Kind::Place, CueKind::PlaceName, cue))
}

/// Saints' and ports' words that open Spanish and Portuguese towns' names,
/// which a particle and a word may lengthen (`San Juan de Guamote`).
const SAINTS_AND_PORTS: &[&str] =
    &["San ", "Santa ", "Santo ", "São ", "Puerto ", "Porto ", "Villa "];

/// A town whose name is a known place's, such as [`SAINTS_AND_PORTS`]
/// open, then a particle and one capitalised word that no mention holds
/// and that is no given name (`San Juan de Guamote`, not `San Juan`).
pub(crate) fn town_after_particle(
    area: &names::Area<'_>,
    place: &crate::Mention,
) -> Option<Found> {
    let text = area.text;
    let written = &text[place.span.range()];
    if !SAINTS_AND_PORTS.iter().any(|s| written.starts_with(s)) {
        return None;
    }
    let particle = words::next(text, place.span.end, area.sentence.end)
        .filter(|p| p.start == place.span.end + 1)?;
    if !TOWN_PARTICLES.contains(&&text[particle.range()]) {
        return None;
    }
    let last = words::next(text, particle.end, area.sentence.end)
        .filter(|w| w.start == particle.end + 1)?;
    let word = &text[last.range()];
    if !words::is_capitalised(word)
        || area.taken(last)
        || given::is_given(word)
    {
        return None;
    }
    let span = Span::new(place.span.start, last.end);
    Some(found(text, span, Kind::Place, CueKind::PlaceName, particle))
}

/// Whether `span`, read as a town after a mayor's `van` or `of`, opens
/// with a known town and goes on with a given name: the mayor's name
/// (`de burgemeester van Roosendaal Anne Peeters`), no longer town.
pub(crate) fn known_town_then_name(
    area: &names::Area<'_>,
    span: Span,
) -> bool {
    let text = area.text;
    let known = words::next(text, span.start, span.end)
        .and_then(|w| area.absorbable_place(w))
        .filter(|place| place.end < span.end);
    known.is_some_and(|place| {
        words::next(text, place.end, span.end)
            .is_some_and(|w| given::is_given(&text[w.range()]))
    })
}

/// Whether a place found is an English county, a region wherever it is
/// read (`near Bourton-on-the-Water in Gloucestershire`).
pub(crate) fn is_county(kind: Kind, name: &str) -> bool {
    kind == Kind::Place
        && name.len() > "shire".len()
        && name.ends_with("shire")
        && !name.contains(' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick test of the letter before a capital lets every cue on.
    /// The quick test of the letter after a capital's word lets every
    /// noun of areas and every mineral on.
    #[test]
    fn noun_start_starts_every_noun() {
        for noun in AREA_NOUNS.iter().chain(MINERALS) {
            let after = format!(" {noun}");
            assert!(is_noun_start(Some(&after.as_bytes()[..2])), "{noun:?}");
            let text = format!("Word {noun}.");
            assert!(is_noun_after(text.as_bytes(), 4), "{noun:?}");
        }
    }

    #[test]
    fn cue_word_ends_end_every_cue() {
        let cues = PREPOSITIONS
            .iter()
            .chain(TOWNS_SUCH_AS)
            .chain(BETWEEN)
            .chain(LIST_GAPS)
            .chain(&[" from ", " In ", " of ", " to ", " naar "]);
        for cue in cues {
            let last = cue.trim_end().as_bytes()[cue.trim_end().len() - 1];
            assert!(CUE_WORD_ENDS.contains(&last), "{cue:?}");
            let word = cue.trim().rsplit(' ').next().unwrap();
            assert!(word == "," || is_cue_word(word), "{cue:?}");
        }
    }

    #[test]
    fn place_words() {
        let rows = [
            ("Maru", true),
            ("Kvalsund", true),
            ("Boulogne-sur-Mer", true),
            ("Januari", false),
            ("Mei", false),
            ("Arabic", false),
            ("Nature", false),
            ("Parliament", false),
            ("AI", false),
            ("Kwakman's", false),
            ("Peter", false),
            ("Onderwijs", false),
        ];
        for (word, want) in rows {
            assert_eq!(super::is_place_word(word), want, "{word}");
        }
    }

    #[test]
    fn region_words() {
        let rows = [
            ("Citarum", true),
            ("Morigaon", true),
            ("Jewish", false),
            // `-an` ends provinces too (`Yunnan`, `Sichuan`).
            ("Yunnan", true),
            ("Northern", false),
            ("Arctic", false),
            ("Congolese", false),
        ];
        for (word, want) in rows {
            assert_eq!(super::is_region_word(word), want, "{word}");
        }
    }
}
