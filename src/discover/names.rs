//! The shapes of names next to a cue: people (`Ilse ter Horst`,
//! `Touria el Idrissi`, `Pieter-Jan de Wolff`, `Kim Yong-hyun`) and
//! organisations (`Bouwbedrijf Hendriks`, `Johnson & Johnson`).
//!
//! A name never runs into a gazetteer mention: the words it would take
//! from one are left out, so discovery cannot split or overlap one.

use super::cues::{self, ARABIC_PREFIXES, PARTICLES, ROLES, STOP_WORDS};
use super::words::{self, is_acronym, is_capitalised};
use crate::span::Span;

/// The longest name of people we read (`Gerrit Jan van der Veen`).
const MAX_WORDS: usize = 6;

/// Where a name may lie: its sentence, and the gazetteer mentions to keep
/// out of.
pub(crate) struct Area<'a> {
    pub(crate) text: &'a str,
    pub(crate) sentence: Span,
    /// Spans of the mentions found so far, sorted.
    pub(crate) taken: &'a [Span],
}

impl Area<'_> {
    /// Whether `span` overlaps a mention found so far.
    pub(crate) fn taken(&self, span: Span) -> bool {
        let i = self.taken.partition_point(|t| t.end <= span.start);
        self.taken.get(i).is_some_and(|t| t.start < span.end)
    }

    fn word(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}

/// A person's name: its span and how many of its words are no particle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Name {
    pub(crate) span: Span,
    pub(crate) words: usize,
}

fn is_particle(word: &str) -> bool {
    cues::contains(PARTICLES, word)
}

/// A word of a person's name: capitalised and no stop word, role noun or
/// particle; or an Arabic surname with its prefix (`al-Sadr`).
fn is_name_word(word: &str) -> bool {
    let word = without_genitive(word);
    if let Some((prefix, rest)) = word.split_once('-') {
        if cues::contains(ARABIC_PREFIXES, prefix) && is_capitalised(rest) {
            return true;
        }
    }
    is_capitalised(word)
        && !cues::contains(STOP_WORDS, word)
        && !cues::contains(ROLES, word)
        && !cues::contains(cues::ORGANISATION_NOUNS, word)
        && !is_particle(word)
}

/// `O'Brien's` without its `'s`.
fn without_genitive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// The person's name that starts at `at`, if one does.
pub(crate) fn person_after(area: &Area<'_>, mut at: usize) -> Option<Name> {
    let mut spans: Vec<(Span, bool)> = Vec::new();
    let mut names = 0;
    let mut run = 0; // particles since the last name word
    while let Some(w) = words::next(area.text, at, area.sentence.end) {
        if area.taken(w) || spans.len() == MAX_WORDS {
            break;
        }
        let word = area.word(w);
        if is_name_word(word) {
            names += 1;
            run = 0;
            spans.push((w, true));
        } else if is_particle(word)
            && (!spans.is_empty() || is_capitalised(word))
        {
            // `van` alone after a full name is a preposition: `Marloes
            // Kuipers van Veiligheidsregio Drenthe`.
            let lower = word.chars().next().is_some_and(char::is_lowercase);
            if names >= 2 && run == 0 && lower && word == "van" {
                let after = words::next(area.text, w.end, area.sentence.end);
                if after.is_none_or(|a| !is_particle(area.word(a))) {
                    break;
                }
            }
            run += 1;
            spans.push((w, false));
        } else {
            break;
        }
        at = w.end;
        if without_genitive(word).len() < word.len() {
            break;
        }
    }
    finish(area, &spans, names)
}

/// The person's name that ends at `at` (before white space), if one does.
pub(crate) fn person_before(area: &Area<'_>, mut at: usize) -> Option<Name> {
    let mut spans: Vec<(Span, bool)> = Vec::new();
    let mut names = 0;
    while let Some(w) = words::previous(area.text, area.sentence.start, at) {
        if area.taken(w) || spans.len() == MAX_WORDS {
            break;
        }
        let word = area.word(w);
        if is_name_word(word) {
            names += 1;
            spans.push((w, true));
        } else if is_particle(word) && !spans.is_empty() {
            spans.push((w, false));
        } else {
            break;
        }
        at = w.start;
    }
    spans.reverse();
    // Leading lower-case particles belong to no name.
    while spans
        .first()
        .is_some_and(|(w, name)| !name && !is_capitalised(area.word(*w)))
    {
        spans.remove(0);
    }
    finish(area, &spans, names)
}

/// Drops trailing particles and a genitive; `None` without a name word.
fn finish(
    area: &Area<'_>,
    spans: &[(Span, bool)],
    names: usize,
) -> Option<Name> {
    let last = spans.iter().rposition(|(_, name)| *name)?;
    let first = spans.first()?.0.start;
    let mut end = spans[last].0.end;
    let word = area.word(spans[last].0);
    end -= word.len() - without_genitive(word).len();
    Some(Name { span: Span::new(first, end), words: names })
}

/// Connectors inside organisation names (`Bank of America`, `Stichting
/// voor Vluchtelingen`).
const CONNECTORS: &[&str] =
    &["of", "van", "voor", "de", "der", "&", "en", "and"];

fn is_organisation_word(word: &str) -> bool {
    (is_capitalised(word) || is_acronym(word))
        && !cues::contains(STOP_WORDS, word)
        && !is_particle(word)
}

/// The organisation's name that starts at `at`, if one does.
pub(crate) fn organisation_after(
    area: &Area<'_>,
    mut at: usize,
) -> Option<Span> {
    let (mut first, mut end) = (None, at);
    let mut count = 0;
    loop {
        let w = match words::next(area.text, at, area.sentence.end) {
            Some(w) => w,
            None => match area.text[at..area.sentence.end].trim_start() {
                rest if rest.starts_with("& ") && first.is_some() => {
                    let amp = area.sentence.end - rest.len();
                    Span::new(amp, amp + 1)
                }
                _ => break,
            },
        };
        if area.taken(w) || count == 5 {
            break;
        }
        let word = area.word(w);
        if is_organisation_word(word) {
            first.get_or_insert(w.start);
            end = w.end;
            count += 1;
        } else if first.is_none() || !CONNECTORS.contains(&word) {
            break;
        }
        at = w.end;
    }
    let start = first?;
    let word = &area.text[start..end];
    let span =
        Span::new(start, end - (word.len() - without_genitive(word).len()));
    Some(span)
}

/// The organisation's name that ends at `at` (before a legal suffix).
pub(crate) fn organisation_before(
    area: &Area<'_>,
    mut at: usize,
) -> Option<Span> {
    let mut first = None;
    let end = area.text[..at].trim_end().len();
    let mut count = 0;
    while let Some(w) = words::previous(area.text, area.sentence.start, at) {
        if area.taken(w) || count == 4 {
            break;
        }
        let word = area.word(w);
        if is_organisation_word(word) {
            first = Some(w.start);
            count += 1;
        } else if first.is_none() || !CONNECTORS.contains(&word) {
            break;
        }
        at = w.start;
        // `Johnson & Johnson`
        let head = area.text[area.sentence.start..at].trim_end();
        if head.ends_with(" &") {
            at = area.sentence.start + head.len() - 1;
        }
    }
    Some(Span::new(first?, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(text: &str) -> Area<'_> {
        Area { text, sentence: Span::new(0, text.len()), taken: &[] }
    }

    #[test]
    fn people_after_a_cue() {
        let rows = [
            ("Ilse ter Horst had", Some(("Ilse ter Horst", 2))),
            (
                "Pieter-Jan de Wolff van het CDA",
                Some(("Pieter-Jan de Wolff", 2)),
            ),
            (
                "Marloes Kuipers van Veiligheidsregio Drenthe",
                Some(("Marloes Kuipers", 2)),
            ),
            (
                "Gerrit Jan van der Veen (61)",
                Some(("Gerrit Jan van der Veen", 3)),
            ),
            ("Ter Horst sprak", Some(("Ter Horst", 1))),
            ("Muqtada al-Sadr zei", Some(("Muqtada al-Sadr", 2))),
            ("Abu Bakr al-Baghdadi", Some(("Abu Bakr al-Baghdadi", 2))),
            ("Kim Yong-hyun's plan", Some(("Kim Yong-hyun", 2))),
            ("in Den Haag", None),
            ("Maandag", None),
            ("van de", None),
            ("de Vries", None),
            ("NAVO", None),
        ];
        for (text, expected) in rows {
            let found = person_after(&area(text), 0)
                .map(|n| (&text[n.span.range()], n.words));
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn people_before_a_cue() {
        let rows = [
            ("zei dat Noah Verbeek ", Some("Noah Verbeek")),
            (
                "aldus Evelien van Dam-Schouten",
                Some("Evelien van Dam-Schouten"),
            ),
            ("Volgens", None),
            ("het kabinet", None),
            ("van der Veen", Some("Veen")),
        ];
        for (text, expected) in rows {
            let found = person_before(&area(text), text.len())
                .map(|n| &text[n.span.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn organisations() {
        let rows = [
            ("Nexperia heeft", Some("Nexperia")),
            ("Johnson & Johnson zegt", Some("Johnson & Johnson")),
            ("Bank of America", Some("Bank of America")),
            ("heeft", None),
            ("De", None),
        ];
        for (text, expected) in rows {
            let found =
                organisation_after(&area(text), 0).map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
        let rows = [
            ("van Bouwbedrijf Hendriks ", Some("Bouwbedrijf Hendriks")),
            ("bij Johnson & Johnson", Some("Johnson & Johnson")),
            ("Het Wagner", Some("Wagner")),
            ("de ", None),
        ];
        for (text, expected) in rows {
            let found = organisation_before(&area(text), text.len())
                .map(|s| &text[s.range()]);
            assert_eq!(found, expected, "{text}");
        }
    }
}
