//! Reading the golden sets and scoring an extractor on them: precision,
//! recall and F1 per kind, shared by `tests/golden.rs` and
//! `examples/accuracy.rs`.
//!
//! A predicted mention is right when a gold mention has the same byte span
//! and the same kind. Gold sets label people, countries (with their
//! adjectives), regions, places and organisations; themes are scored only
//! where a set labels them (`sentences.tsv`), and never count towards the
//! overall figures.

#![allow(dead_code)] // each user takes what it needs

use std::collections::{BTreeMap, BTreeSet};

use newsgraph::{Extractor, Form, Gazetteer, Kind};

/// One labelled document.
pub(crate) struct Row {
    /// 1-based line in its file.
    pub(crate) line: usize,
    pub(crate) lang: String,
    /// `nl-domestic`, `en-world`, `negative`, … (empty in `sentences.tsv`).
    pub(crate) domain: String,
    pub(crate) text: String,
    pub(crate) gold: Vec<Gold>,
}

/// A gold mention: byte span, kind and, where the set gives one, the id.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Gold {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) id: Option<String>,
}

fn kind_named(name: &str) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| k.as_str() == name)
}

/// Reads a set whose labels are `surface@kind` (the discovery sets) or
/// `surface@id` (`sentences.tsv`, kinds from the gazetteer or, for a
/// discovered name, from its `new:kind:…` id), with or without a
/// `domain` column.
pub(crate) fn read_set(
    name: &str,
    tsv: &str,
    gazetteer: &Gazetteer,
) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut header: Option<Vec<&str>> = None;
    for (i, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let Some(columns) = &header else {
            header = Some(cells);
            continue;
        };
        let cell = |column: &str| {
            columns
                .iter()
                .position(|c| *c == column)
                .and_then(|k| cells.get(k))
                .copied()
                .unwrap_or("")
        };
        let text = cell("text").to_string();
        let labels = cell("expected");
        let mut from = 0;
        let mut gold = Vec::new();
        for label in labels.split(" | ").filter(|l| !l.is_empty()) {
            let (surface, tag) = label
                .rsplit_once('@')
                .unwrap_or_else(|| panic!("{name}:{}: {label:?}", i + 1));
            let start = find_word(&text, from, surface).unwrap_or_else(|| {
                panic!("{name}:{}: {surface:?} not in text", i + 1)
            });
            from = start + surface.len();
            // `new:region:kos`: a name no gazetteer lists, by the id
            // discovery gives it.
            let discovered = tag
                .strip_prefix("new:")
                .and_then(|rest| kind_named(rest.split(':').next()?));
            let (kind, id) = match kind_named(tag) {
                Some(kind) => (kind, None),
                None if discovered.is_some() => {
                    (discovered.expect("checked"), Some(tag.to_string()))
                }
                None => {
                    let entity = gazetteer
                        .find(tag)
                        .and_then(|e| gazetteer.get(e))
                        .unwrap_or_else(|| {
                            panic!("{name}:{}: unknown id {tag}", i + 1)
                        });
                    (entity.kind(), Some(tag.to_string()))
                }
            };
            gold.push(Gold { start, end: from, kind, id });
        }
        rows.push(Row {
            line: i + 1,
            lang: cell("lang").to_string(),
            domain: cell("domain").to_string(),
            text,
            gold,
        });
    }
    rows
}

/// True and false positives and false negatives.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Counts {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) fn_: usize,
}

impl Counts {
    pub(crate) fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub(crate) fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub(crate) fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

#[allow(clippy::cast_precision_loss)] // small counts
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The scores of one extractor on one set.
#[derive(Debug, Default)]
pub(crate) struct Scores {
    pub(crate) by_kind: BTreeMap<Kind, Counts>,
    /// Mentions with form `discovered`: true and false positives.
    pub(crate) discovered: Counts,
    /// The same, per kind.
    pub(crate) discovered_by_kind: BTreeMap<Kind, Counts>,
    /// Rows whose predictions differ from the gold, for reports.
    pub(crate) misses: Vec<String>,
}

impl Scores {
    /// Adds `other`'s counts to these, to pool several sets.
    pub(crate) fn pool(&mut self, other: &Scores) {
        for (kind, counts) in &other.by_kind {
            self.by_kind.entry(*kind).or_default().add(*counts);
        }
        self.discovered.add(other.discovered);
        for (kind, counts) in &other.discovered_by_kind {
            self.discovered_by_kind.entry(*kind).or_default().add(*counts);
        }
    }

    /// All kinds but themes.
    pub(crate) fn overall(&self) -> Counts {
        let mut all = Counts::default();
        for (kind, counts) in &self.by_kind {
            if *kind != Kind::Theme {
                all.add(*counts);
            }
        }
        all
    }
}

/// The built-in continents: `docs/annotation.md` labels them in
/// `sentences.tsv` only.
const CONTINENTS: &[&str] =
    &["Q15", "Q18", "Q46", "Q48", "Q49", "Q51", "Q55643"];

/// Scores `extractor` on `rows`. Predicted themes and continents count
/// only when the set labels them (`labels_themes`: `sentences.tsv`, which
/// pins the built-in set; the discovery sets label neither).
pub(crate) fn score(
    extractor: &Extractor,
    rows: &[Row],
    labels_themes: bool,
) -> Scores {
    let mut scores = Scores::default();
    for row in rows {
        let x = extractor.extract(&row.text);
        let predicted: Vec<(Gold, Form)> = x
            .mentions
            .iter()
            .filter(|m| {
                labels_themes
                    || m.kind != Kind::Theme
                        && !CONTINENTS.contains(&m.entity.as_ref())
            })
            .map(|m| {
                let gold = Gold {
                    start: m.span.start,
                    end: m.span.end,
                    kind: m.kind,
                    id: Some(m.entity.to_string()),
                };
                (gold, m.form)
            })
            .collect();
        let same = |a: &Gold, b: &Gold| {
            a.start == b.start && a.end == b.end && a.kind == b.kind
        };
        let mut wrong = Vec::new();
        for (p, form) in &predicted {
            let hit = row.gold.iter().any(|g| same(g, p));
            let counts = scores.by_kind.entry(p.kind).or_default();
            if hit {
                counts.tp += 1;
            } else {
                counts.fp += 1;
                wrong.push(format!(
                    "+{}@{}",
                    &row.text[p.start..p.end],
                    p.kind
                ));
            }
            if is_discovered(*form) {
                let by_kind =
                    scores.discovered_by_kind.entry(p.kind).or_default();
                if hit {
                    scores.discovered.tp += 1;
                    by_kind.tp += 1;
                } else {
                    scores.discovered.fp += 1;
                    by_kind.fp += 1;
                    wrong.last_mut().expect("just pushed").push('*');
                }
            }
        }
        for g in &row.gold {
            if !predicted.iter().any(|(p, _)| same(g, p)) {
                scores.by_kind.entry(g.kind).or_default().fn_ += 1;
                wrong.push(format!(
                    "-{}@{}",
                    &row.text[g.start..g.end],
                    g.kind
                ));
            }
        }
        if !wrong.is_empty() {
            scores.misses.push(format!(
                "line {}: {}",
                row.line,
                wrong.join(" ")
            ));
        }
    }
    scores
}

/// Where `surface` is next written in `text` from `from`: as a whole word
/// if it is anywhere (`Staatsolie` after `Staatsoliemaatschappij`), else
/// inside one (`BBB` of `BBB-Kamerlid` is whole: a hyphen ends a word).
fn find_word(text: &str, from: usize, surface: &str) -> Option<usize> {
    // A Dutch genitive `s` stays outside the label (`Schilders club` is
    // `Schilder`), so it ends a word as well as a space does.
    let ends_word = |rest: &str| {
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        !rest.chars().next().is_some_and(char::is_alphanumeric)
    };
    let whole = |start: usize| {
        let end = start + surface.len();
        !text[..start].chars().next_back().is_some_and(char::is_alphanumeric)
            && ends_word(&text[end..])
    };
    let starts = || text[from..].match_indices(surface).map(|(i, _)| from + i);
    starts().find(|&start| whole(start)).or_else(|| starts().next())
}

/// The gold mentions of people and organisations that `extractor` finds
/// (same span and kind), as (line, start, end, kind).
pub(crate) fn found_people_and_organisations(
    extractor: &Extractor,
    rows: &[Row],
) -> BTreeSet<(usize, usize, usize, Kind)> {
    let mut found = BTreeSet::new();
    for row in rows {
        let x = extractor.extract(&row.text);
        for g in &row.gold {
            if matches!(g.kind, Kind::Person | Kind::Organisation)
                && x.mentions.iter().any(|m| {
                    m.span.start == g.start
                        && m.span.end == g.end
                        && m.kind == g.kind
                })
            {
                found.insert((row.line, g.start, g.end, g.kind));
            }
        }
    }
    found
}

/// Discovery's recall per kind (person, organisation): of the gold
/// mentions that `without` (discovery off) misses, how many `with` finds,
/// as (found, missed before).
pub(crate) fn discovered_recall(
    with: &Extractor,
    without: &Extractor,
    rows: &[Row],
) -> BTreeMap<Kind, (usize, usize)> {
    let on = found_people_and_organisations(with, rows);
    let off = found_people_and_organisations(without, rows);
    let mut by_kind: BTreeMap<Kind, (usize, usize)> = BTreeMap::new();
    for row in rows {
        for g in &row.gold {
            let key = (row.line, g.start, g.end, g.kind);
            if !matches!(g.kind, Kind::Person | Kind::Organisation)
                || off.contains(&key)
            {
                continue;
            }
            let entry = by_kind.entry(g.kind).or_default();
            entry.1 += 1;
            entry.0 += usize::from(on.contains(&key));
        }
    }
    by_kind
}

/// Whether a mention was discovered in the text rather than found in a
/// gazetteer.
fn is_discovered(form: Form) -> bool {
    format!("{form:?}") == "Discovered"
}

/// A Markdown table of the scores, one row per kind and one overall.
pub(crate) fn table(scores: &Scores) -> String {
    let mut out = String::from(
        "| kind | gold | found | precision | recall | F1 |\n|---|---|---|---|---|---|\n",
    );
    let mut line = |name: &str, c: Counts| {
        out.push_str(&format!(
            "| {name} | {} | {} | {:.3} | {:.3} | {:.3} |\n",
            c.tp + c.fn_,
            c.tp + c.fp,
            c.precision(),
            c.recall(),
            c.f1()
        ));
    };
    for (kind, counts) in &scores.by_kind {
        line(kind.as_str(), *counts);
    }
    line("**all but themes**", scores.overall());
    out
}
