//! spaCy EntityRuler patterns from a gazetteer: one JSON object a line,
//! `{"label": "GPE", "pattern": "Rusland", "id": "Q159"}`, with the entity
//! id as `id`, so `ent.ent_id_` names the entity.
//!
//! Forms that match in any case are phrase patterns (strings): load them
//! with `config={"phrase_matcher_attr": "LOWER"}` so that they match in
//! any case as here. Case-sensitive forms are token patterns on `ORTH`:
//! an acronym as written (`EU`), one of four letters or more also with
//! one capital (`NAVO`, `Navo`), a `=Form` or short name as written and
//! in capitals. A stem (`defensie*`) is a token pattern whose open end is
//! a `REGEX` on `LOWER`.
//!
//! What spaCy cannot do the way the matcher does is left out or differs:
//! partials and cued names (they depend on the rest of the document) and
//! forms that several entities claim (declared ambiguous, or a shared
//! short name) are not written; diacritics are not folded (`Oekraine`
//! does not find `Oekraïne`); a genitive `s` (`Poetins`) is not matched;
//! and a form whose ends are not token ends in spaCy's tokenisation is
//! not found.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use crate::gazetteer::{CaseRule, Form, Gazetteer, Kind, Stem, SurfaceForm};

/// The label each kind gets unless told otherwise: spaCy's own English
/// labels where one fits (`PERSON`, `GPE`, `LOC`, `ORG`), `THEME` for
/// themes.
#[must_use]
pub fn default_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "PERSON",
        Kind::Country | Kind::Place => "GPE",
        Kind::Region => "LOC",
        Kind::Organisation => "ORG",
        Kind::Theme => "THEME",
    }
}

/// What an export wrote and left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ExportReport {
    /// Entities with at least one pattern.
    pub entities: u64,
    /// Patterns written.
    pub patterns: u64,
    /// Forms left out, per reason.
    pub skipped: BTreeMap<String, u64>,
}

/// Writes the patterns of every entity (in gazetteer order, forms in
/// order), with `labels` overriding [`default_label`] per kind.
///
/// # Errors
///
/// Fails only when writing fails.
pub fn write(
    gazetteer: &Gazetteer,
    labels: &BTreeMap<Kind, String>,
    mut out: impl Write,
) -> io::Result<ExportReport> {
    let mut report = ExportReport::default();
    let shared_shorts: HashSet<&str> = gazetteer
        .shared_short_names()
        .iter()
        .map(|a| a.form.as_str())
        .collect();
    let skip = |report: &mut ExportReport, why: &str| {
        *report.skipped.entry(why.to_string()).or_default() += 1;
    };
    for entity in gazetteer.entities() {
        let label = labels
            .get(&entity.kind())
            .map_or(default_label(entity.kind()), String::as_str);
        let mut written: HashSet<String> = HashSet::new();
        for form in entity.forms() {
            match form.form() {
                Form::Partial => {
                    skip(&mut report, "partial");
                    continue;
                }
                Form::Cued => {
                    skip(&mut report, "cued name");
                    continue;
                }
                Form::Discovered => continue,
                Form::Short if shared_shorts.contains(form.key()) => {
                    skip(&mut report, "short name of several entities");
                    continue;
                }
                _ => {}
            }
            if gazetteer.is_ambiguous(form.key()) {
                skip(&mut report, "form of several entities");
                continue;
            }
            for pattern in patterns(form) {
                let line = json!({
                    "label": label,
                    "pattern": pattern,
                    "id": entity.id(),
                });
                let line = line.to_string();
                if written.insert(line.clone()) {
                    writeln!(out, "{line}")?;
                    report.patterns += 1;
                }
            }
        }
        if !written.is_empty() {
            report.entities += 1;
        }
    }
    out.flush()?;
    Ok(report)
}

/// The patterns of one form.
fn patterns(form: &SurfaceForm) -> Vec<Value> {
    let text = form.text();
    if form.stem() != Stem::Whole {
        return vec![stem_pattern(text, form.stem())];
    }
    let orth = |written: &str| -> Value {
        Value::Array(
            written.split_whitespace().map(|w| json!({ "ORTH": w })).collect(),
        )
    };
    match form.case() {
        CaseRule::Exact => vec![orth(text)],
        CaseRule::AcronymOrTitle => {
            let mut chars = text.chars();
            let first: String = chars.next().into_iter().collect();
            let title = first + &chars.as_str().to_lowercase();
            vec![orth(text), orth(&title)]
        }
        CaseRule::AsWrittenOrUpper => {
            let upper = text.to_uppercase();
            if upper == text {
                vec![orth(text)]
            } else {
                vec![orth(text), orth(&upper)]
            }
        }
        _ => vec![Value::String(text.to_string())],
    }
}

/// A stem as tokens on `LOWER`, the open end a regular expression.
fn stem_pattern(text: &str, stem: Stem) -> Value {
    let words: Vec<&str> = text.split_whitespace().collect();
    let last = words.len() - 1;
    let tokens = words.iter().enumerate().map(|(i, word)| {
        let word = word.to_lowercase();
        let open_start = i == 0 && stem.open_start();
        let open_end = i == last && stem.open_end();
        if !open_start && !open_end {
            return json!({ "LOWER": word });
        }
        let regex = format!(
            "^{}{}{}$",
            if open_start { r"\w*" } else { "" },
            regex_escape(&word),
            if open_end { r"\w*" } else { "" },
        );
        json!({ "LOWER": { "REGEX": regex } })
    });
    Value::Array(tokens.collect())
}

fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if r"\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Entity;

    #[test]
    fn forms_to_patterns() {
        let g = Gazetteer::builder()
            .add(
                Entity::new("Q1", "Verenigde Staten", Kind::Country)
                    .alias("VS")
                    .alias("NAVO")
                    .alias("=Nice")
                    .adjective("Amerikaanse")
                    .partial("Staten"),
            )
            .add(
                Entity::new("theme:x", "x", Kind::Theme)
                    .alias("defensie*")
                    .alias("*drones")
                    .alias("a.b*"),
            )
            .build()
            .unwrap();
        let mut out = Vec::new();
        let report = write(&g, &BTreeMap::new(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let want = r#"{"id":"Q1","label":"GPE","pattern":"Verenigde Staten"}
{"id":"Q1","label":"GPE","pattern":[{"ORTH":"VS"}]}
{"id":"Q1","label":"GPE","pattern":[{"ORTH":"NAVO"}]}
{"id":"Q1","label":"GPE","pattern":[{"ORTH":"Navo"}]}
{"id":"Q1","label":"GPE","pattern":[{"ORTH":"Nice"}]}
{"id":"Q1","label":"GPE","pattern":[{"ORTH":"NICE"}]}
{"id":"Q1","label":"GPE","pattern":"Amerikaanse"}
{"id":"theme:x","label":"THEME","pattern":"x"}
{"id":"theme:x","label":"THEME","pattern":[{"LOWER":{"REGEX":"^defensie\\w*$"}}]}
{"id":"theme:x","label":"THEME","pattern":[{"LOWER":{"REGEX":"^\\w*drones$"}}]}
{"id":"theme:x","label":"THEME","pattern":[{"LOWER":{"REGEX":"^a\\.b\\w*$"}}]}
"#;
        assert_eq!(text, want);
        assert_eq!(report.patterns, 11);
        assert_eq!(report.entities, 2);
        assert_eq!(report.skipped["partial"], 1);
    }
}
