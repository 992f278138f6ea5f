//! Places named by their shape: streets, squares, parks, dikes, churches
//! and districts (`Mathenesserlaan`, `Schilderswijk`, `Van der
//! Pekstraat`, `Rustaveli Avenue`). No list holds a country's streets, and
//! news names them wherever something happens; the ending of a
//! capitalised word says what it is.

use super::names::{self, Area};
use super::{CueKind, Found, Sentences, clear_of, found, given, words};
use crate::gazetteer::Kind;
use crate::span::Span;

/// Endings of Dutch compound place names, written together with the
/// rest (`Kortrijksesteenweg`, `Martinikerk`). Not `hof` (`Gerechtshof`
/// is a court), `huis` or `school` (bodies as often as buildings).
const ENDINGS: &[&str] = &[
    "straat",
    "straatweg",
    "steenweg",
    "laan",
    "weg",
    "dreef",
    "plein",
    "park",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "markt",
    "kerk",
    "wijk",
    "buurt",
    "polder",
];

/// English words that follow a place's name (`Rustaveli Avenue`, `Melbourne
/// Park`).
const STREET_WORDS: &[&str] = &[
    "Street",
    "Avenue",
    "Road",
    "Square",
    "Boulevard",
    "Park",
    "Bridge",
    "Lane",
    "Plaza",
];

/// The shortest part before an ending (`Damweg`, `Hogeweg`): a stem of
/// one or two letters is rarely a name's (`Inweg`).
const MIN_STEM: usize = 3;

/// The places in the block `range` of `text` that their shape names.
pub(crate) fn places(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = range.start;
    for start in given::capitals(text.as_bytes(), range) {
        if start < at {
            continue;
        }
        let Some(word) = words::next(text, start, range.end) else {
            continue;
        };
        at = word.end;
        let written = &text[word.range()];
        let compound = is_compound_place(written);
        if !compound && !STREET_WORDS.contains(&written) {
            continue;
        }
        let Some(sentence) = sentences.open(word) else { continue };
        let area = Area { text, sentence, taken, absorbable };
        let span = if compound {
            with_particles(&area, word)
        } else {
            match name_before(&area, word) {
                Some(span) => span,
                None => continue,
            }
        };
        let first = !text[sentence.start..span.start]
            .chars()
            .any(char::is_alphanumeric);
        // A compound the gazetteer knows is its place (`Katwijk`,
        // `Harderwijk`); a street word may take a place whole (`Melbourne
        // Park`).
        let clear = if compound {
            !area.taken(span)
        } else {
            clear_of(span, (taken, absorbable))
        };
        if first || !clear {
            continue;
        }
        let next = words::next(text, span.end, sentence.end)
            .filter(|w| words::only_space(text, span.end, w.start));
        if next.is_some_and(|w| words::is_capitalised(&text[w.range()])) {
            continue;
        }
        out.push(found(text, span, Kind::Place, CueKind::PlaceName, word));
    }
    out
}

/// Whether `word` is one capitalised compound ending in a place word
/// (`Mathenesserlaan`), lower case after its first letter.
fn is_compound_place(word: &str) -> bool {
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    if !capital || !chars.all(char::is_lowercase) {
        return false;
    }
    ENDINGS.iter().any(|ending| {
        word.len() >= ending.len() + MIN_STEM && word.ends_with(ending)
    })
}

/// The compound with the capitalised particles of a name before it (`Van
/// der Pekstraat`, `Ter Heydelaan`, `De Ruijterkade`).
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
    Span::new(first.unwrap_or(word.start), word.end)
}

/// The place before an English street word: one or two capitalised words
/// (`Rustaveli Avenue`, `Melbourne Park`, `Tverskaya Street`), not after a
/// capitalised word that is none of them.
fn name_before(area: &Area<'_>, street: Span) -> Option<Span> {
    let text = area.text;
    let mut start = street.start;
    for _ in 0..2 {
        let Some(w) = words::previous(text, area.sentence.start, start)
            .filter(|w| words::only_space(text, w.end, start))
        else {
            break;
        };
        if !words::is_capitalised(&text[w.range()]) {
            break;
        }
        start = w.start;
    }
    let longer = words::previous(text, area.sentence.start, start)
        .filter(|w| words::only_space(text, w.end, start))
        .is_some_and(|w| words::is_capitalised(&text[w.range()]));
    (start < street.start && !longer).then(|| Span::new(start, street.end))
}
