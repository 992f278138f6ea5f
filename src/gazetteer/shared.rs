//! Names that several entities share: how the builder settles them.
//!
//! Hand-made gazetteers give each full form (name, alias, adjective) to
//! one entity, and a form that two claim is a mistake worth an error
//! ([`SharedNames::Reject`]). Large imports (Wikidata) have thousands of
//! homonyms (`Paris` the city, `Paris` in Texas), which no one can settle
//! by hand: [`SharedNames::Salient`] gives each such form to the most
//! salient entity ([`Entity::salience`]) and keeps it as a partial of the
//! others, and [`SharedNames::Skip`] matches it as none of them. Either
//! way, [`BuildReport`] lists what was settled.
//!
//! The work is linear in the number of claims: one hash map pass finds
//! the forms with more than one claim, and each such form is settled in
//! one pass over its claims, however many entities share it.

use std::collections::BTreeMap;

use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use super::Ambiguity;
use super::entity::{CaseRule, Entity, Form, Kind, SurfaceForm};
use crate::span::EntityId;

/// What the builder does with a form that several entities claim as a
/// full form (name, alias or adjective), or as a full form of one and a
/// short name of another. (Partials and cued names may always be shared:
/// they are settled per document. Forms declared in `ambiguous.tsv` are
/// matched as none, whatever the policy.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SharedNames {
    /// Building fails with an error that names both rows (file and line):
    /// the default, and what the built-in set is built with.
    #[default]
    Reject,
    /// The most salient entity keeps the form; the others keep it as a
    /// partial (it names them only after a full form of theirs earlier in
    /// the same document). Highest [`salience`](Entity::salience) wins, an
    /// entity without one counting lowest; ties go to the shortest id, then
    /// the first in byte order (`Q90` before `Q1000`, `Q1000` before
    /// `Q2000`), so the result does not depend on the order of the rows.
    Salient,
    /// The form names none of the entities that share it: it stays in
    /// their [`forms`](Entity::forms) but is not matched, like a form
    /// declared ambiguous.
    Skip,
}

impl SharedNames {
    /// Every policy.
    pub const ALL: [SharedNames; 3] =
        [SharedNames::Reject, SharedNames::Salient, SharedNames::Skip];

    /// The lower-case name used on the command line (`salient`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SharedNames::Reject => "reject",
            SharedNames::Salient => "salient",
            SharedNames::Skip => "skip",
        }
    }
}

impl std::fmt::Display for SharedNames {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

impl std::str::FromStr for SharedNames {
    type Err = String;

    /// Parses `reject`, `salient` or `skip`.
    fn from_str(name: &str) -> Result<SharedNames, String> {
        SharedNames::ALL.into_iter().find(|p| p.as_str() == name).ok_or_else(
            || {
                format!(
                    "unknown policy {name:?} for shared names; the policies \
                     are reject, salient and skip"
                )
            },
        )
    }
}

/// One form that several entities claimed, and how it was settled.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SharedForm {
    /// The folded form.
    pub form: String,
    /// The entity that kept it ([`SharedNames::Salient`]); `None` when it
    /// was skipped.
    pub kept_by: Option<EntityId>,
    /// The other entities that claimed it, in id order: under
    /// [`SharedNames::Salient`] they keep it as a partial.
    pub others: Vec<EntityId>,
}

/// What [`GazetteerBuilder::build`](super::GazetteerBuilder::build) did
/// with shared forms: see [`Gazetteer::build_report`](super::Gazetteer::build_report).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BuildReport {
    /// The policy the gazetteer was built with.
    pub shared_names: SharedNames,
    /// Forms given to their most salient entity, sorted by form.
    pub resolved: Vec<SharedForm>,
    /// Forms matched as none of their entities, sorted by form.
    pub skipped: Vec<SharedForm>,
}

/// What [`settle`] decided: the report, the folded forms to match as none
/// of their full or short claims, and what the builder's own check finds
/// under [`SharedNames::Reject`] (so that it need not run again).
pub(super) struct Settled {
    pub(super) report: BuildReport,
    pub(super) skipped: FxHashSet<String>,
    /// Declared ambiguous forms that several entities claim.
    pub(super) ambiguities: Vec<Ambiguity>,
    /// Short names that several entities keep.
    pub(super) shared_short_names: Vec<Ambiguity>,
}

/// One claim on a form: entity and form index.
type ClaimAt = (u32, u32);

/// Settles the forms that several entities claim under `policy` (not
/// [`SharedNames::Reject`], which the builder checks itself): demotes the
/// losers' claims to partials ([`SharedNames::Salient`]) or lists the form
/// as skipped. Forms in `declared` are left alone: they become
/// ambiguities when several entities claim them.
pub(super) fn settle(
    entities: &mut [Entity],
    declared: &BTreeMap<String, String>,
    policy: SharedNames,
) -> Settled {
    let groups = shared_claims(entities);
    let mut report =
        BuildReport { shared_names: policy, ..Default::default() };
    let mut skipped = FxHashSet::default();
    let mut demoted: Vec<ClaimAt> = Vec::new();
    let mut ambiguities = Vec::new();
    let mut shared_short_names = Vec::new();
    for (form, claims) in groups {
        let contenders = contenders_beside_themes(entities, &claims);
        let note = declared.get(&form);
        if let Some(note) = note {
            if contenders.len() >= 2 {
                ambiguities.push(Ambiguity {
                    form: form.clone(),
                    ids: string_ids(entities, &contenders),
                    note: note.clone(),
                });
            }
        }
        if contenders.len() < 2 || note.is_some() {
            // Short names of several entities stay, settled per document.
            let shorts: Vec<u32> = claims
                .iter()
                .filter(|&&(e, f)| {
                    entities[e as usize].forms[f as usize].form()
                        == Form::Short
                })
                .map(|&(e, _)| e)
                .collect();
            let ids = string_ids(entities, &shorts);
            if ids.len() > 1 {
                shared_short_names.push(Ambiguity {
                    form,
                    ids,
                    note: super::SHARED_SHORT_NOTE.to_string(),
                });
            }
            continue;
        }
        match policy {
            SharedNames::Salient => {
                let winner = *contenders
                    .iter()
                    .max_by(|&&a, &&b| {
                        let (a, b) =
                            (&entities[a as usize], &entities[b as usize]);
                        a.salience
                            .cmp(&b.salience)
                            .then_with(|| b.id.len().cmp(&a.id.len()))
                            .then_with(|| b.id.cmp(&a.id))
                    })
                    .expect("two contenders");
                let losers: FxHashSet<u32> = contenders
                    .iter()
                    .copied()
                    .filter(|&e| e != winner)
                    .collect();
                demoted.extend(
                    claims.iter().filter(|&&(e, _)| losers.contains(&e)),
                );
                report.resolved.push(SharedForm {
                    form,
                    kept_by: Some(EntityId::from_index(winner as usize)),
                    others: sorted_ids(
                        entities,
                        contenders.iter().filter(|&&e| e != winner),
                    ),
                });
            }
            _ => {
                skipped.insert(form.clone());
                report.skipped.push(SharedForm {
                    form,
                    kept_by: None,
                    others: sorted_ids(entities, contenders.iter()),
                });
            }
        }
    }
    for (e, f) in demoted {
        entities[e as usize].forms[f as usize].demote_to_partial();
    }
    report.resolved.sort_by(|a, b| a.form.cmp(&b.form));
    report.skipped.sort_by(|a, b| a.form.cmp(&b.form));
    ambiguities.sort_by(|a, b| a.form.cmp(&b.form));
    shared_short_names.sort_by(|a, b| a.form.cmp(&b.form));
    Settled { report, skipped, ambiguities, shared_short_names }
}

/// The string ids of `indices`, sorted, without repeats.
fn string_ids(entities: &[Entity], indices: &[u32]) -> Vec<String> {
    let mut ids: Vec<String> =
        indices.iter().map(|&e| entities[e as usize].id.clone()).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Whether a claim takes part in the check: full forms and short names.
/// Partials and cued names are settled per document.
fn checked(form: &SurfaceForm) -> bool {
    !matches!(form.form(), Form::Partial | Form::Cued)
}

/// Every folded form with more than one full or short claim, with its
/// claims in gazetteer order. One hash map entry per form: the first claim
/// is kept inline, and only forms claimed again get a list.
fn shared_claims(entities: &[Entity]) -> Vec<(String, Vec<ClaimAt>)> {
    let forms = entities.iter().map(|e| e.forms.len()).sum();
    let mut first: FxHashMap<&str, ClaimAt> =
        FxHashMap::with_capacity_and_hasher(forms, FxBuildHasher);
    let mut more: FxHashMap<&str, Vec<ClaimAt>> = FxHashMap::default();
    for (e, entity) in entities.iter().enumerate() {
        for (f, form) in entity.forms.iter().enumerate() {
            if !checked(form) {
                continue;
            }
            let at = (e as u32, f as u32);
            let key = form.key();
            match first.get(key) {
                None => {
                    first.insert(key, at);
                }
                Some(&head) => {
                    more.entry(key).or_insert_with(|| vec![head]).push(at);
                }
            }
        }
    }
    more.into_iter().map(|(key, claims)| (key.to_string(), claims)).collect()
}

/// [`contenders`], but a theme's word and a body's short name of one
/// spelling do not conflict (`defensie*`, `Defensie`): extraction tells
/// them apart per mention.
fn contenders_beside_themes(
    entities: &[Entity],
    claims: &[ClaimAt],
) -> Vec<u32> {
    let theme = |&(e, _): &ClaimAt| entities[e as usize].kind == Kind::Theme;
    if !claims.iter().any(theme) {
        return contenders(entities, claims);
    }
    let short = |&(e, f): &ClaimAt| {
        entities[e as usize].forms[f as usize].form() == Form::Short
    };
    let apart = |keep: &dyn Fn(&ClaimAt) -> bool| {
        let kept: Vec<ClaimAt> = claims.iter().copied().filter(keep).collect();
        contenders(entities, &kept)
    };
    let mut out = apart(&|c| !short(c));
    for e in apart(&|c| !theme(c)) {
        if !out.contains(&e) {
            out.push(e);
        }
    }
    out
}

/// Up to two distinct entities of a set of claims: enough to tell whether
/// the set has an entity other than a given one.
#[derive(Clone, Copy, Default)]
struct TwoEntities(Option<u32>, Option<u32>);

impl TwoEntities {
    fn add(&mut self, e: u32) {
        match *self {
            TwoEntities(None, _) => self.0 = Some(e),
            TwoEntities(Some(a), None) if a != e => self.1 = Some(e),
            _ => {}
        }
    }

    fn union(mut self, other: TwoEntities) -> TwoEntities {
        other.0.into_iter().chain(other.1).for_each(|e| self.add(e));
        self
    }

    /// Whether an entity other than `e` is in the set.
    fn has_other_than(self, e: u32) -> bool {
        self.0.is_some_and(|a| a != e) || self.1.is_some()
    }
}

/// The entities of `claims` (one form's) that conflict with another
/// entity, in order of first claim. Two claims of different entities
/// conflict unless both are short names (settled per document) or both are
/// case-sensitive forms written differently (`AP` and `Ap` never match the
/// same text). Linear: each claim asks a summary of the claims it could
/// conflict with instead of every other claim.
fn contenders(entities: &[Entity], claims: &[ClaimAt]) -> Vec<u32> {
    let form = |&(e, f): &ClaimAt| &entities[e as usize].forms[f as usize];
    let full = |c: &ClaimAt| form(c).form() != Form::Short;
    let exact = |c: &ClaimAt| {
        (form(c).case() == CaseRule::Exact).then(|| form(c).text())
    };
    // Summaries of the claims that are not case-sensitive, of all full
    // claims, and of the full and all case-sensitive claims per spelling.
    let (mut loose, mut loose_full, mut all_full) = (
        TwoEntities::default(),
        TwoEntities::default(),
        TwoEntities::default(),
    );
    let mut by_spelling: FxHashMap<&str, (TwoEntities, TwoEntities)> =
        FxHashMap::default();
    for c in claims {
        if full(c) {
            all_full.add(c.0);
        }
        match exact(c) {
            None => {
                loose.add(c.0);
                if full(c) {
                    loose_full.add(c.0);
                }
            }
            Some(text) => {
                let (any, fulls) = by_spelling.entry(text).or_default();
                any.add(c.0);
                if full(c) {
                    fulls.add(c.0);
                }
            }
        }
    }
    let mut everything = loose;
    for &(any, _) in by_spelling.values() {
        everything = everything.union(any);
    }
    let mut out: Vec<u32> = Vec::new();
    let mut seen = FxHashSet::default();
    for c in claims {
        let rivals = match (full(c), exact(c)) {
            (true, None) => everything,
            (true, Some(text)) => loose.union(by_spelling[text].0),
            (false, None) => all_full,
            (false, Some(text)) => loose_full.union(by_spelling[text].1),
        };
        if rivals.has_other_than(c.0) && seen.insert(c.0) {
            out.push(c.0);
        }
    }
    out
}

/// The entities, as ids sorted by their string id.
fn sorted_ids<'a>(
    entities: &[Entity],
    indices: impl Iterator<Item = &'a u32>,
) -> Vec<EntityId> {
    let mut ids: Vec<u32> = indices.copied().collect();
    ids.sort_by(|&a, &b| {
        entities[a as usize].id.cmp(&entities[b as usize].id)
    });
    ids.into_iter().map(|e| EntityId::from_index(e as usize)).collect()
}
