//! People read from what follows their name rather than from a cue word
//! before it: an age between commas, as English news gives it (`Jan
//! Smit, 45, said`; Dutch writes `Jan Smit (45)`, a cue of its own).

use super::names::{self, Area, Name};
use super::words;
use super::{CueKind, Found, Sentences, found_by};
use crate::span::Span;

/// The ages between commas in the block `range` of `text` (`, 45,`): one
/// to three digits after a comma and a space, and a comma right after
/// them; the span holds the digits.
fn comma_ages(text: &str, range: Span) -> impl Iterator<Item = Span> + '_ {
    let block = &text.as_bytes()[range.range()];
    memchr::memchr_iter(b',', block).filter_map(move |comma| {
        let comma = range.start + comma;
        let rest = text[comma + 1..].strip_prefix(' ')?;
        let digits = rest.len()
            - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let start = comma + 2;
        ((1..=3).contains(&digits) && rest[digits..].starts_with(','))
            .then(|| Span::new(start, start + digits))
    })
}

/// The people named before an age between commas or `, who` in the
/// block `range` of `text`.
pub(crate) fn around(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = with_comma_age(text, range, sentences, areas);
    out.extend(before_who(text, range, sentences, areas));
    out
}

/// The people named right before an age between commas: a full name
/// (given name and surname, or a surname with its particle).
fn with_comma_age(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    for age in comma_ages(text, range) {
        let Some(sentence) = sentences.open(age) else { continue };
        let area = Area { text, sentence, taken, absorbable };
        let comma = age.start - 2;
        let name = names::person_before(&area, comma)
            .filter(|n: &Name| n.full() && n.span.end == comma);
        if let Some(name) = name {
            out.push(found_by(text, name.span, CueKind::Age, age));
        }
    }
    out
}

/// The people named right before `, who` (`Tom Andrews, who`), which
/// English writes of people only: a full name.
fn before_who(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out = Vec::new();
    // memmem, not `match_indices`: this runs over every block.
    for comma in
        memchr::memmem::find_iter(&text.as_bytes()[range.range()], ", who ")
    {
        let comma = range.start + comma;
        let cue = Span::new(comma + 2, comma + 5);
        let Some(sentence) = sentences.open(cue) else { continue };
        let area = Area { text, sentence, taken, absorbable };
        let name = names::person_before(&area, comma)
            .filter(|n: &Name| n.full() && n.span.end == comma);
        if let Some(name) = name {
            out.push(found_by(text, name.span, CueKind::Relative, cue));
        }
    }
    out
}

/// The people a plural role noun lists: `de ministers Faber en Klever`,
/// `the lawyers Jane Roe and John Doe`; a surname alone will do, as after
/// a role noun, but only in a list of two or more.
pub(crate) fn listed_after(area: &Area<'_>, cue: Span) -> Vec<Name> {
    let text = area.text;
    let end = area.sentence.end;
    let mut out = Vec::new();
    let mut at = cue.end;
    while let Some(name) = names::person_after(area, at) {
        out.push(name);
        at = name.span.end;
        let rest = &text[at..end];
        if let Some(after) = rest.strip_prefix(',') {
            at = end - after.len();
            continue;
        }
        match words::next(text, at, end) {
            Some(s) if matches!(&text[s.range()], "en" | "and") => at = s.end,
            _ => break,
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// Adds the people a plural role noun lists ([`listed_after`]).
pub(crate) fn push_listed(area: &Area<'_>, cue: Span, out: &mut Vec<Found>) {
    for name in listed_after(area, cue) {
        out.push(found_by(area.text, name.span, CueKind::Role, cue));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(text: &str) -> Area<'_> {
        Area {
            text,
            sentence: Span::new(0, text.len()),
            taken: &[],
            absorbable: &[],
        }
    }

    #[test]
    fn people_listed_after_a_plural() {
        // (text, the plural noun, the people)
        let rows = [
            (
                "de ministers Faber en Klever zijn",
                "ministers",
                vec!["Faber", "Klever"],
            ),
            (
                "the lawyers Jane Roe, Ann Lee and John Doe said",
                "lawyers",
                vec!["Jane Roe", "Ann Lee", "John Doe"],
            ),
            // one name is no list; no name
            ("de ministers Faber zijn", "ministers", vec![]),
            ("de ministers van Financiën", "ministers", vec![]),
            ("the players and coaches", "players", vec![]),
        ];
        for (text, noun, expected) in rows {
            let start = text.find(noun).expect("in the text");
            let cue = Span::new(start, start + noun.len());
            let found: Vec<&str> = listed_after(&area(text), cue)
                .into_iter()
                .map(|n| &text[n.span.range()])
                .collect();
            assert_eq!(found, expected, "{text}");
        }
    }

    #[test]
    fn ages_between_commas() {
        let rows = [
            ("Jan Smit, 45, said", vec!["45"]),
            ("Tran Thi Thu Hang, 52, previously", vec!["52"]),
            // no comma after it, four digits, no space
            ("Jan Smit, 45 said", vec![]),
            ("In May, 2024, it", vec![]),
            ("a,45,b", vec![]),
        ];
        for (text, expected) in rows {
            let all = Span::new(0, text.len());
            let found: Vec<&str> =
                comma_ages(text, all).map(|s| &text[s.range()]).collect();
            assert_eq!(found, expected, "{text}");
        }
    }
}
