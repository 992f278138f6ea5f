//! People read from what follows their name rather than from a cue word
//! before it: an age between commas, as English news gives it (`Jan
//! Smit, 45, said`; Dutch writes `Jan Smit (45)`, a cue of its own); an
//! initial and a surname (`R. Kinnear 4-0 I. Pop`, `won F. de Groot`); and
//! people listed with a person another cue found.

use super::cues::{self, List};
use super::given;
use super::names::{self, Area, Name};
use super::shapes;
use super::words;
use super::{CueKind, Found, Sentences, clear_of, found, found_by};
use crate::Mention;
use crate::gazetteer::Kind;
use crate::segment::Item;
use crate::span::Span;

/// A Flemish surname that a town's name ends (`Van Dessel`, `Van
/// Damme`): inside a sentence a capitalised `Van` is no preposition, so
/// with the town right after it, the town's one word and nothing
/// capitalised after that (`Van Dessel Transport` is a firm's), it names
/// a person.
pub(crate) fn surname_of_place(
    area: &Area<'_>,
    town: &Mention,
) -> Option<Found> {
    let text = area.text;
    let written = &text[town.span.range()];
    if written.contains(' ') || !written.starts_with(char::is_uppercase) {
        return None;
    }
    let van = words::previous(text, area.sentence.start, town.span.start)
        .filter(|p| text[p.end..town.span.start] == *" ")
        .filter(|p| text[p.range()] == *"Van")?;
    // `Westvogels/Van Dam`: a sponsor's name joined to a club's; after
    // a capitalised word other than a role (`Trainer Van Aken`), `Van`
    // may be written so in a title (`Oostwaarts Van Katwijk`).
    let capital_before = words::previous(text, area.sentence.start, van.start)
        .is_some_and(|p| {
            let word = &text[p.range()];
            word.starts_with(char::is_uppercase) && !cues::is_role(word)
        });
    if words::opens_sentence(text, area.sentence.start, van)
        || !text[..van.start].ends_with(' ')
        || capital_before
        || words::next(text, town.span.end, area.sentence.end).is_some_and(
            |n| {
                words::only_space(text, town.span.end, n.start)
                    && text[n.range()].starts_with(char::is_uppercase)
            },
        )
    {
        return None;
    }
    let span = Span::new(van.start, town.span.end);
    Some(found(text, span, Kind::Person, CueKind::Particle, van))
}

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
    out.extend(initialled(text, range, sentences, areas));
    out
}

/// Whether `before` ends in a score (`4-0`, `2:1`), which a year does not.
fn score_before(before: &str) -> bool {
    let token = before.rsplit(' ').next().unwrap_or("");
    is_result_figure(token) && token.contains(['-', ':'])
}

/// Whether `after` starts with a score, a time or a number that ends its
/// clause or stands before the next name (`4-0 I. Pop`, `271,`), not a
/// count of something (`3 punten`).
fn score_after(after: &str) -> bool {
    let len = after
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | ':' | '.')))
        .unwrap_or(after.len());
    let token = after[..len].trim_end_matches('.');
    let rest = &after[token.len()..];
    is_result_figure(token)
        && (rest.is_empty()
            || rest.starts_with([',', ';', ')', '.'])
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase)))
}

/// Whether `token` is digits, or digits joined by `-`, `:` or `.`: a
/// score, a time or a count of a result (wider than a match's score in
/// `clubs.rs`).
fn is_result_figure(token: &str) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token.ends_with(|c: char| c.is_ascii_digit())
        && token
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b':' | b'.'))
}

/// Ranks before a name in a result (`derde K. Brinkman`).
#[rustfmt::skip]
const RANKS: &[&str] = &[
    "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
    "negende", "tiende", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth",
];

/// People named by an initial and a surname, which results and lists
/// write without a cue word (`Other results: R. Kinnear 4-0 I. Pop`,
/// `derde K. Brinkman`, `won F. de Groot voor L. Wouters`): a score, a
/// time or a number right after the name or right before it, a rank
/// before it, or else [`initialled_alone`]; no capitalised word right
/// before the initial (`Plan B.`). Initials end no sentence, so `in groep
/// A. Daarna` is read as one, and the noun before the letter decides.
fn initialled(
    text: &str,
    range: Span,
    sentences: &mut Sentences<'_>,
    (taken, absorbable): (&[Span], &[Span]),
) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut done = range.start;
    for dot in memchr::memchr_iter(b'.', &bytes[range.range()]) {
        let dot = range.start + dot;
        // A capital alone before the period, a word of its own.
        if dot <= done || !bytes[dot - 1].is_ascii_uppercase() {
            continue;
        }
        let start = dot - 1;
        if start > range.start && !matches!(bytes[start - 1], b' ' | b'(') {
            continue;
        }
        let initial = Span::new(start, dot + 1);
        let Some(sentence) = sentences.open(initial) else { continue };
        // What stands before the initial is read first: it is cheap, and
        // a capital there turns the initial down before its name is read.
        let before = text[sentence.start..start].trim_end_matches(' ');
        let previous = words::previous(text, sentence.start, start)
            .map(|w| &text[w.range()]);
        // `Plan B. Kosten`: a letter that labels the noun before it; not
        // after a label's colon (`Topscorers: T. Overgaauw 7`).
        if previous.is_some_and(|w| w.starts_with(char::is_uppercase))
            && !before.ends_with(':')
        {
            continue;
        }
        let ranked = previous
            .is_some_and(|w| RANKS.iter().any(|r| r.eq_ignore_ascii_case(w)));
        let scored_before = score_before(before);
        let area = Area { text, sentence, taken, absorbable };
        if area.taken(initial) {
            continue;
        }
        let name = names::person_after(&area, start)
            .filter(|n: &Name| n.span.start == start && n.span.end > dot + 2);
        let Some(name) = name else { continue };
        let after = text[name.span.end..sentence.end].trim_start_matches(' ');
        if ranked
            || scored_before
            || score_after(after)
            || initialled_alone(&area, name.span, previous)
        {
            done = name.span.end;
            let span = Span::new(initials_before(text, start), name.span.end);
            out.push(found_by(text, span, CueKind::Initial, initial));
        }
    }
    out
}

/// Where a run of initials ends at `start` starts (`R. ` before `M.
/// Pillai`): the first initial, turned down alone by the capitalised word
/// before it, belongs to the name the second opens.
fn initials_before(text: &str, mut start: usize) -> usize {
    let bytes = text.as_bytes();
    while start >= 3
        && bytes[start - 1] == b' '
        && bytes[start - 2] == b'.'
        && bytes[start - 3].is_ascii_uppercase()
        && (start == 3 || matches!(bytes[start - 4], b' ' | b'('))
    {
        start -= 3;
    }
    start
}

/// Nouns that a letter labels (`groep A`, `hepatitis B`, `fase C`): the
/// letter after one, with a period, ends a sentence and is no initial.
#[rustfmt::skip]
const LETTERED_NOUNS: &[&str] = &[
    "groep", "group", "poule", "pool", "fase", "phase", "klasse", "class",
    "categorie", "category", "type", "vitamine", "vitamin", "hepatitis",
    "bijlage", "appendix", "annex", "blok", "block", "zone", "sector",
    "terminal", "gate", "pier", "hal", "hall", "afdeling", "divisie",
    "division", "reeks", "serie", "series", "deel", "part", "plan", "optie",
    "option", "niveau", "level", "graad", "grade", "stap", "step", "variant",
    "model", "rij", "row", "vak", "vleugel", "wing", "tribune", "stand",
    "kamer", "room", "ring", "label", "rating", "score", "letter", "shares",
    "aandelen", "pijler", "pillar", "scenario", "schema",
];

/// Whether `name`, read from initials after the word `before`, is a
/// person's without a result around it (`won F. de Groot voor L.
/// Wouters`, `275 E. Fraser (Scotland)`): one or two initials, no noun
/// before them that a letter labels (`groep A. Daarna`), and no word in or
/// right after the name that names a building or a body (`R. Premadasa
/// Stadium`, `D.S.R. Laga`, a club).
fn initialled_alone(
    area: &Area<'_>,
    name: Span,
    before: Option<&str>,
) -> bool {
    let text = area.text;
    let lettered = before.is_some_and(|w| {
        LETTERED_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
    });
    if lettered {
        return false;
    }
    let written = &text[name.range()];
    let initials = written.split(' ').next().unwrap_or("");
    let next = words::next(text, name.end, area.sentence.end)
        .filter(|n| words::only_space(text, name.end, n.start))
        .map(|n| &text[n.range()]);
    let body = |w: &str| {
        shapes::is_building_word(w) || cues::is(w, List::OrganisationHead)
    };
    initials.matches('.').count() <= 2
        && !written.split(' ').chain(next).any(body)
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
        // Not a team after an article (`the Mount Isa Miners, who`), nor
        // the complement of a body's name (`the Liverpool School of
        // Tropical Medicine, who`).
        let name = names::person_before(&area, comma)
            .filter(|n: &Name| n.full() && n.span.end == comma)
            .filter(|n| {
                !words::word_before_is(
                    text,
                    sentence.start,
                    n.span,
                    words::ARTICLES,
                ) && !words::word_before(text, n.span, " of ", |w| {
                    w.starts_with(char::is_uppercase)
                })
            });
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

/// Adds the people a plural role noun lists ([`listed_after`]), past
/// its complement and a comma (`de ministers van Energie, Farrukh
/// Nazarov en Dilshod Rakhimov`), which `at` ends.
pub(crate) fn push_listed(
    area: &Area<'_>,
    cue: Span,
    at: usize,
    out: &mut Vec<Found>,
) {
    let comma = at > cue.end && area.text[at..].starts_with(',');
    let from = if comma { at + 1 } else { at };
    for name in listed_after(area, Span::new(cue.start, from)) {
        out.push(found_by(area.text, name.span, CueKind::Role, cue));
    }
}

/// Separators of a list of names, with the spaces around them.
const LIST_SEPARATORS: &[&str] = &[", ", " en ", " and ", " & "];

/// The people listed right before or after a person another cue found
/// (`Noor Bakkali, Fleur Jagernath en Sophie Timmer benutten`): each a
/// full name of name words alone between the list's separators, and
/// what ends the list is no capitalised word. In a list of two, the other
/// name must start with a known given name (not `Jan Smit en Nieuwe
/// Zakelijkheid`). `found` is sorted.
pub(crate) fn listed_with(
    text: &str,
    found: &[Found],
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let spans: Vec<Span> = found.iter().map(|f| f.span).collect();
    for person in found.iter().filter(|f| f.kind == Kind::Person) {
        let Some(sentence) = sentences.open(person.span) else { continue };
        let (taken, absorbable) = areas;
        let area = Area { text, sentence, taken, absorbable };
        let mut items: Vec<Span> = Vec::new();
        // Forward: `Sophie Timmer, Fleur Jagernath en …`.
        let mut at = person.span.end;
        while let Some(sep) = separator_after(text, at, sentence.end) {
            let Some(name) = names::person_after(&area, sep)
                .filter(|n| n.full() && n.span.start == sep)
                .filter(|n| ends_list_item(text, n.span.end, sentence.end))
            else {
                break;
            };
            items.push(name.span);
            at = name.span.end;
        }
        // An item no name was read from still makes the list longer
        // (`Noor Bakkali`, which the gazetteer took `Noor` of).
        let mut others =
            usize::from(separator_after(text, at, sentence.end).is_some_and(
                |sep| text[sep..].starts_with(char::is_uppercase),
            ));
        // Backward: `… Fleur Jagernath en Sophie Timmer`.
        let mut at = person.span.start;
        while let Some(sep) = separator_before(text, sentence.start, at) {
            let Some(name) = names::person_before(&area, sep)
                .filter(|n| n.full() && n.span.end == sep)
                .filter(|n| {
                    starts_list_item(text, sentence.start, n.span.start)
                })
            else {
                break;
            };
            items.push(name.span);
            at = name.span.start;
        }
        others += usize::from(
            separator_before(text, sentence.start, at).is_some_and(|sep| {
                text[..sep]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            }),
        );
        let long = items.len() + others >= 2;
        for item in items {
            let first = text[item.range()].split(' ').next().unwrap_or("");
            let overlaps = |s: &Span| s.start < item.end && item.start < s.end;
            // A given name that is also a town counts here, as after a
            // role noun: the list says what it is (`Ans Coppens en Bram
            // Hendriks`).
            let named = given::is_given(first) || given::is_place_given(first);
            if (long || named)
                && clear_of(item, areas)
                && !spans.iter().any(overlaps)
                && !out.iter().any(|f| overlaps(&f.span))
            {
                out.push(found_by(text, item, CueKind::Listed, person.span));
            }
        }
    }
    out
}

/// Given names joined to a person's full name by `en`/`and`, which share
/// its surname (`de broers Hakan en Serkan Ö.`, `Anouk en Fleur de Wit`):
/// each a person of that surname. The given name stands alone as a list
/// item, and the person's name starts with a given name too. The people
/// are the known ones in `mentions` and those in `found` (sorted, not
/// overlapping); a given name `found` holds as a person alone comes back
/// with the surname, for the caller to name it so.
pub(crate) fn sharing_surname(
    text: &str,
    mentions: &[Mention],
    found: &[Found],
    sentences: &mut Sentences<'_>,
    areas: (&[Span], &[Span]),
) -> Vec<Found> {
    let known = mentions.iter().filter(|m| m.kind == Kind::Person);
    let discovered = found.iter().filter(|f| f.kind == Kind::Person);
    let people = known.map(|m| m.span).chain(discovered.map(|f| f.span));
    let mut out = Vec::new();
    for person in people {
        // Most people have no `en` before them: that first.
        let Some(sep) = [" en ", " and ", " & "]
            .iter()
            .find(|s| text[..person.start].ends_with(**s))
            .map(|s| person.start - s.len())
        else {
            continue;
        };
        let written = &text[person.range()];
        let Some((first, rest)) = written.split_once(' ') else { continue };
        // Not a family name written first (`Lee Jae-myung`).
        if !given::is_given(first) || cues::is(first, List::EastAsianFamily) {
            continue;
        }
        let Some(sentence) = sentences.open(person) else { continue };
        if sep < sentence.start {
            continue;
        }
        let Some(other) = words::previous(text, sentence.start, sep)
            .filter(|w| w.end == sep)
            .filter(|w| given::is_given(&text[w.range()]))
        else {
            continue;
        };
        // The word is no part of a name found before it, nor a surname
        // after a name's particles (`H. van der Tre en Lee Jae-myung`, but
        // `van Henk en Jannie van 't Hul`).
        let i = found.partition_point(|f| f.span.end <= other.start);
        // A relative found alone (`de broers Hakan`) gets the surname too.
        let held = found.get(i).is_some_and(|f| {
            f.span.start < other.end
                && !(f.span == other && f.kind == Kind::Person)
        });
        if surname_after_particles(text, sentence.start, other.start)
            || !starts_list_item(text, sentence.start, other.start)
            || !clear_of(other, areas)
            || held
        {
            continue;
        }
        let name = format!("{} {rest}", &text[other.range()]);
        let mut f = found_by(text, other, CueKind::Listed, person);
        f.id = super::link::id(Kind::Person, &name);
        f.name = name;
        out.push(f);
    }
    out
}

/// Whether particles end right before `at` and a capitalised word or an
/// initial stands before them: the word at `at` is then a surname.
fn surname_after_particles(text: &str, start: usize, at: usize) -> bool {
    let mut at = at;
    let mut particles = 0;
    while let Some(w) = words::previous(text, start, at)
        .filter(|w| names::is_particle(&text[w.range()]))
    {
        particles += 1;
        at = w.start;
    }
    let before = text[start..at].trim_end();
    particles > 0
        && before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Where the next item starts, if a list separator follows `at`.
fn separator_after(text: &str, at: usize, end: usize) -> Option<usize> {
    let rest = &text[at..end];
    LIST_SEPARATORS
        .iter()
        .find(|s| rest.starts_with(**s))
        .map(|s| at + s.len())
}

/// Where the item before ends, if a list separator ends at `at`.
fn separator_before(text: &str, start: usize, at: usize) -> Option<usize> {
    let before = &text[start..at];
    LIST_SEPARATORS
        .iter()
        .find(|s| before.ends_with(**s))
        .map(|s| at - s.len())
}

/// Whether what follows a listed name at `at` ends it as an item: a
/// separator, a mark, the sentence's end or a word in lower case.
fn ends_list_item(text: &str, at: usize, end: usize) -> bool {
    let rest = &text[at..end];
    separator_after(text, at, end).is_some()
        || rest.trim().is_empty()
        || rest.starts_with(['.', ')', ';', ':', '!', '?'])
        || rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_lowercase))
}

/// Whether what precedes a listed name at `at` starts it as an item:
/// the sentence's start, a separator, a colon or a word in lower case.
fn starts_list_item(text: &str, start: usize, at: usize) -> bool {
    let before = &text[start..at];
    separator_before(text, start, at).is_some()
        || before.trim().is_empty()
        || before.ends_with(": ")
        || before.strip_suffix(' ').is_some_and(|b| {
            b.rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        })
}

/// Drops each person found in a headline by a given name that is a
/// country's demonym the gazetteer holds too (`Dane`) before a surname
/// alone that a person named in full bears: the demonym and that person
/// (`Dane Kjeldsen wins` over `Mads Kjeldsen`, whom the headline's
/// mention links to, as headlines are read); before another surname the
/// person stays (`Dane Coles`). `surnamed` tells whether a person found
/// in an earlier block bears a surname.
pub(crate) fn without_demonym(
    text: &str,
    (mentions, items): (&[Mention], &[Item]),
    found: &mut Vec<Found>,
    surnamed: impl Fn(&str) -> bool,
) {
    let in_headline = |span: Span| {
        let i = items.partition_point(|item| item.span.start <= span.start);
        i.checked_sub(1)
            .and_then(|i| items[i].headline)
            .is_some_and(|h| h.contains(span))
    };
    let demonym = |f: &Found| {
        let i = mentions.partition_point(|m| m.span.start < f.span.start);
        mentions.get(i).filter(|m| {
            m.span.start == f.span.start
                && m.kind == Kind::Country
                && text.as_bytes().get(m.span.end) == Some(&b' ')
        })
    };
    if !found.iter().any(|f| demonym(f).is_some()) {
        return;
    }
    // The surnames of the people named in full with no demonym first.
    let surnames: Vec<&str> = found
        .iter()
        .filter(|f| f.kind == Kind::Person && demonym(f).is_none())
        .filter_map(|f| text[f.span.range()].rsplit_once(' '))
        .map(|(_, last)| last)
        .collect();
    found.retain_mut(|f| {
        if f.kind != Kind::Person
            || f.cue.kind != CueKind::GivenName
            || !in_headline(f.span)
        {
            return true;
        }
        let Some(country) = demonym(f) else { return true };
        let surname = &text[country.span.end + 1..f.span.end];
        surname.contains(' ')
            || !surnames.contains(&surname) && !surnamed(surname)
    });
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
