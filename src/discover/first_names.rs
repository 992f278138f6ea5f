//! A person's given name alone, later in the document (`Luka was Luka`
//! after `Luka Doncic`, `Brayan` after `Brayan Ríos Quintero`), as sports
//! quotes and human-interest stories write it: a mention of that person
//! when one person only of the document so far has that given name, as a
//! partial form counts only after its full name. Known and discovered
//! people alike; a given name two people written before share is left
//! alone.

use rustc_hash::FxHashMap;

use super::{Cue, CueKind, Found, cues, given, link};
use crate::Mention;
use crate::gazetteer::{Form, Kind};
use crate::span::Span;

/// Per given name, the people it may name: each person's id, name and
/// first full mention, in text order.
pub(crate) type Owners = FxHashMap<String, Vec<(String, String, Span)>>;

/// The given name that opens `name`, if the name has a surname after it:
/// a known one (`Pieter-Jan` too; not one that is also a place's,
/// `Sofia`), or for a person discovery found, any word that may be one
/// (`Battulga` of `Battulga Tserendorj`, `Juanis` of `Juanis bin
/// Sulaiman`); not an East-Asian name, which opens with the family name.
fn first_given(name: &str, discovered: bool) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    let known = given::is_given_name(first) && !given::is_place_given(first);
    let may_be = discovered && may_be_given(first);
    ((known || may_be)
        && !rest.is_empty()
        && link::surname(name) != Some(first))
    .then_some(first)
}

/// Whether `word` may be a given name the lists lack: capitalised letters
/// (and hyphens), three or more, and no particle, title, role or stop word
/// (`Van`, `Dr`, `Sheikh`).
fn may_be_given(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.starts_with(char::is_uppercase)
        && !cues::is(word, cues::List::Particle)
        && !cues::is(word, cues::List::Stop)
        && !cues::is_role(word)
}

/// Records the people of the block: `known`, the gazetteer's people
/// written in full, and `found`, discovery's first mentions.
pub(crate) fn record(
    owners: &mut Owners,
    known: &[&Mention],
    found: &[Found],
) {
    let known = known
        .iter()
        .filter(|m| matches!(m.form, Form::Name | Form::Alias))
        .map(|m| {
            let id = m.entity.as_ref();
            (id, m.name.as_ref(), m.text.as_str(), m.span, false)
        });
    let found = found
        .iter()
        .filter(|f| f.kind == Kind::Person)
        .filter(|f| !matches!(f.cue.kind, CueKind::Earlier | CueKind::Initial))
        .map(|f| {
            (f.id.as_str(), f.name.as_str(), f.name.as_str(), f.span, true)
        });
    let mut people: Vec<_> = known.chain(found).collect();
    people.sort_by_key(|p| p.3.start);
    for (id, name, written, span, discovered) in people {
        let Some(first) = first_given(written, discovered) else { continue };
        let entries = owners.entry(first.to_string()).or_default();
        if entries.iter().all(|(owner, _, _)| owner != id) {
            entries.push((id.to_string(), name.to_string(), span));
        }
    }
}

/// The later mentions of the given names in `owners` in the block
/// `range`: whole words no capitalised word stands next to
/// ([`link::later`]), where `free(span)` says nothing else holds them,
/// and where exactly one person with that given name was written in full
/// before (so that where a document is cut into blocks changes nothing).
pub(crate) fn later(
    text: &str,
    range: Span,
    owners: &Owners,
    mut free: impl FnMut(Span) -> bool,
) -> Vec<Found> {
    let mut out = Vec::new();
    for (first, people) in owners {
        let Some((_, _, earliest)) = people.first() else { continue };
        let from = earliest.end.max(range.start);
        link::later(text, first, (from, range.end), (&[], false), |span| {
            let mut before = people.iter().filter(|p| p.2.end <= span.start);
            let (Some((id, name, full)), None) =
                (before.next(), before.next())
            else {
                return;
            };
            if !free(span) {
                return;
            }
            out.push(Found {
                span,
                kind: Kind::Person,
                id: id.clone(),
                name: name.clone(),
                cue: Cue {
                    kind: CueKind::Earlier,
                    text: name.clone(),
                    span: *full,
                },
            });
        });
    }
    out.sort_by_key(|f| f.span.start);
    out
}
