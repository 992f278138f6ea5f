//! Places named by a preposition of place alone (`een kostschool in
//! Maru`, `a copper mine near Kvalsund`): villages and towns too small
//! for any list, which news names wherever something happens there. One
//! capitalised word that no mention holds, right after `in`, `near`,
//! `nabij`, `bij` or `uit` in lower case, and that ends its phrase: a mark or a word in
//! lower case follows, no particle that carries a longer name on
//! (`Theater aan het Vrijthof`, `Plaza de Mayo`). Not a month, a
//! language, a journal, or a word that names no place (`in Parliament`).

use super::{CueKind, Found, Sentences, clear_of, found, given, words};
use super::{cues, names};
use crate::gazetteer::Kind;
use crate::span::Span;

/// The prepositions, with the space before and after them. Not `from`,
/// after which news names people (`a pass from Kwakman`) and diseases
/// (`from Lassa fever`) as often.
const PREPOSITIONS: &[&str] = &[" in ", " near ", " nabij ", " bij ", " uit "];

/// Capitalised words after `in` that name no place: months the stop
/// words leave out (`Mei` is a given name too), the sections of Dutch
/// news (`Meer uit Buitenland`), languages that are no country's
/// adjective, and journals (`published in Nature`).
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
];

/// The places after a preposition in the block `range`, `capitals` the
/// starts of its capitalised words.
pub(crate) fn places(
    text: &str,
    (range, capitals): (Span, &[usize]),
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for &start in capitals {
        // The last letter of a preposition and a space: most capitals
        // follow none, and go no further.
        let last = start.checked_sub(2).map(|i| bytes[i]);
        if start.checked_sub(1).map(|i| bytes[i]) != Some(b' ')
            || !matches!(last, Some(b'n' | b'r' | b'j' | b't'))
        {
            continue;
        }
        let head = &text[..start];
        let Some(preposition) =
            PREPOSITIONS.iter().find(|p| head.ends_with(*p))
        else {
            continue;
        };
        let Some(word) = given::word_at(text, start, range.end) else {
            continue;
        };
        if word.start != start {
            continue;
        }
        let Some(sentence) = sentences.open(word) else { continue };
        if !clear_of(word, (areas.0, &[]))
            || !ends_phrase(text, word, sentence)
            || !is_place_word(&text[word.range()])
        {
            continue;
        }
        let cue = Span::new(start - preposition.len() + 1, start - 1);
        out.push(found(text, word, Kind::Place, CueKind::PlaceName, cue));
    }
    out
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
    let adjective = written.ends_with("se") || written.ends_with("sche");
    !adjective
        && after.starts_with(char::is_lowercase)
        && !names::is_particle(after)
        && !matches!(after, "aan" | "of" | "sur" | "am" | "upon" | "on")
}

#[cfg(test)]
mod tests {
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
}
