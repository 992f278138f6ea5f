//! A person's given name alone, later in the document (`Luka was Luka`
//! after `Luka Doncic`, `Brayan` after `Brayan Ríos Quintero`), as sports
//! quotes and human-interest stories write it: a mention of that person
//! when one person only of the document so far has that given name, as a
//! partial form counts only after its full name. Known and discovered
//! people alike; a given name two people written before share is left
//! alone.

use rustc_hash::FxHashMap;

use super::{Cue, CueKind, Found, given, link};
use crate::Mention;
use crate::gazetteer::{Form, Kind};
use crate::span::Span;

/// Per given name, the people it may name: each person's id, name and
/// first full mention, in text order.
pub(crate) type Owners = FxHashMap<String, Vec<(String, String, Span)>>;

/// The given name that opens `name`, if it is a known one (not one that
/// is also a place's, `Sofia`) and the name has a surname after it; not
/// an East-Asian name, which opens with the family name.
fn first_given(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    let known = given::is_given(first) && !given::is_place_given(first);
    (known && !rest.is_empty() && link::surname(name) != Some(first))
        .then_some(first)
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
            (m.entity.as_ref(), m.name.as_ref(), m.text.as_str(), m.span)
        });
    let found = found
        .iter()
        .filter(|f| f.kind == Kind::Person)
        .filter(|f| !matches!(f.cue.kind, CueKind::Earlier | CueKind::Initial))
        .map(|f| (f.id.as_str(), f.name.as_str(), f.name.as_str(), f.span));
    let mut people: Vec<_> = known.chain(found).collect();
    people.sort_by_key(|p| p.3.start);
    for (id, name, written, span) in people {
        let Some(first) = first_given(written) else { continue };
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
