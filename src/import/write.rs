//! Writes imported records as gazetteer TSV files, one per kind.
//!
//! Rows go to a body file beside the output as they come, so a dump of
//! millions of items needs no memory for them; when the import ends, each
//! file is written whole with its comments (which hold the final counts)
//! and renamed into place.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::{Context, Format, ImportReport, Importer, Record, io_error};
use crate::error::Result;
use crate::gazetteer::{Form, Kind, SurfaceForm};
use crate::normalize::fold;

/// The file an import writes for a kind (a name the loader reads the kind
/// from).
pub(crate) fn file_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "people.tsv",
        Kind::Country => "countries.tsv",
        Kind::Region => "regions.tsv",
        Kind::Place => "places.tsv",
        Kind::Organisation => "organisations.tsv",
        Kind::Theme => "themes.tsv",
    }
}

/// The columns of every file of one import.
fn columns(format: Format) -> &'static [&'static str] {
    match format {
        Format::Spacy => &["id", "name", "aliases", "spacy_label"],
        Format::Gate => &["id", "name", "aliases", "gate_type"],
        Format::Wikidata => {
            &["id", "name", "aliases", "country", "salience", "instance_of"]
        }
        Format::Wdqs => &["id", "name", "aliases", "country", "salience"],
    }
}

/// One kind's file while it is written.
struct Part {
    body_path: PathBuf,
    body: BufWriter<File>,
    rows: u64,
}

pub(crate) struct Output {
    dir: PathBuf,
    format: Format,
    date: String,
    sources: Vec<String>,
    /// Attribute columns beyond the fixed ones (GATE features), in the
    /// order first met.
    extra: Vec<String>,
    leave_out: HashSet<String>,
    parts: BTreeMap<Kind, Part>,
    ids: HashSet<String>,
    /// Folded form → the first id written with it, and whether another
    /// entity has it too.
    forms: HashMap<String, (u32, bool)>,
}

impl Output {
    pub(crate) fn new(
        importer: &Importer,
        dir: &Path,
        sources: &[String],
    ) -> Result<Self> {
        fs::create_dir_all(dir).map_err(io_error(dir))?;
        Ok(Output {
            dir: dir.to_path_buf(),
            format: importer.format,
            date: importer.date.clone(),
            sources: sources.to_vec(),
            extra: Vec::new(),
            leave_out: importer.leave_out.iter().cloned().collect(),
            parts: BTreeMap::new(),
            ids: HashSet::new(),
            forms: HashMap::new(),
        })
    }

    /// Declares attribute columns (in order) before any row is written.
    pub(crate) fn extra_columns(&mut self, names: Vec<String>) {
        debug_assert!(self.parts.is_empty(), "columns after rows");
        for name in names {
            if !self.extra.contains(&name) {
                self.extra.push(name);
            }
        }
    }

    /// Checks a record's id and forms and writes it, or counts why not.
    pub(crate) fn write(
        &mut self,
        ctx: &mut Context,
        kind: Kind,
        record: Record,
    ) -> Result<()> {
        let id = record.id.trim();
        if id.is_empty()
            || id.starts_with('#')
            || id.chars().any(char::is_control)
        {
            ctx.skip("unusable id");
            return Ok(());
        }
        if self.leave_out.contains(id) {
            ctx.skip("id already in the gazetteers");
            return Ok(());
        }
        if self.ids.contains(id) {
            ctx.skip("duplicate id");
            return Ok(());
        }
        let mut forms: Vec<String> = Vec::new();
        let mut keys: HashSet<String> = HashSet::new();
        for written in std::iter::once(&record.name).chain(&record.aliases) {
            match clean_form(written) {
                Ok(form) => {
                    if keys.insert(fold(&form)) {
                        forms.push(form);
                    }
                }
                Err(why) => ctx.skip(why),
            }
        }
        if forms.is_empty() {
            ctx.skip("no usable name");
            return Ok(());
        }
        let number = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        for key in keys {
            self.forms
                .entry(key)
                .and_modify(|(_, shared)| *shared = true)
                .or_insert((number, false));
        }
        self.ids.insert(id.to_string());
        let mut cells =
            vec![id.to_string(), forms[0].clone(), forms[1..].join("|")];
        for &column in &columns(self.format)[3..] {
            cells.push(match column {
                "country" => record.country.clone().unwrap_or_default(),
                "salience" => {
                    record.salience.map(|s| s.to_string()).unwrap_or_default()
                }
                other => {
                    record.attributes.get(other).cloned().unwrap_or_default()
                }
            });
        }
        for column in &self.extra {
            cells.push(
                record.attributes.get(column).cloned().unwrap_or_default(),
            );
        }
        let line: Vec<String> = cells.iter().map(|c| clean_cell(c)).collect();
        let part = self.part(kind)?;
        writeln!(part.body, "{}", line.join("\t").trim_end())
            .map_err(io_error(&part.body_path))?;
        part.rows += 1;
        Ok(())
    }

    fn part(&mut self, kind: Kind) -> Result<&mut Part> {
        if !self.parts.contains_key(&kind) {
            let body_path =
                self.dir.join(format!(".{}.body", file_name(kind)));
            let file =
                File::create(&body_path).map_err(io_error(&body_path))?;
            self.parts.insert(
                kind,
                Part { body_path, body: BufWriter::new(file), rows: 0 },
            );
        }
        Ok(self.parts.get_mut(&kind).expect("inserted above"))
    }

    /// Writes every file whole (comments, header, rows), renames it into
    /// place and removes the bodies.
    pub(crate) fn finish(mut self, report: &mut ImportReport) -> Result<()> {
        report.shared_forms =
            self.forms.values().filter(|(_, shared)| *shared).count() as u64;
        for (kind, part) in &self.parts {
            report.written.insert(*kind, part.rows);
        }
        let mut header: Vec<String> =
            columns(self.format).iter().map(|c| (*c).to_string()).collect();
        header.extend(self.extra.iter().cloned());
        let parts = std::mem::take(&mut self.parts);
        for (kind, part) in parts {
            let Part { body_path, body, rows } = part;
            body.into_inner()
                .map_err(std::io::IntoInnerError::into_error)
                .and_then(|f| f.sync_all())
                .map_err(io_error(&body_path))?;
            let path = self.dir.join(file_name(kind));
            let temp = self.dir.join(format!(".{}.tmp", file_name(kind)));
            let mut out =
                BufWriter::new(File::create(&temp).map_err(io_error(&temp))?);
            self.comments(&mut out, kind, rows, report)
                .and_then(|()| writeln!(out, "{}", header.join("\t")))
                .and_then(|()| {
                    let mut body = File::open(&body_path)?;
                    std::io::copy(&mut body, &mut out).map(|_| ())
                })
                .and_then(|()| out.flush())
                .map_err(io_error(&temp))?;
            drop(out);
            fs::rename(&temp, &path).map_err(io_error(&path))?;
            fs::remove_file(&body_path).map_err(io_error(&body_path))?;
            report.files.push(path);
        }
        Ok(())
    }

    /// Provenance: the format, the date, the sources and the counts.
    fn comments(
        &self,
        out: &mut impl Write,
        kind: Kind,
        rows: u64,
        report: &ImportReport,
    ) -> std::io::Result<()> {
        writeln!(
            out,
            "# Imported by `newsgraph gazetteer import --from {}` on {}.",
            self.format, self.date
        )?;
        for source in &self.sources {
            writeln!(out, "# source: {}", clean_cell(source))?;
        }
        writeln!(
            out,
            "# {rows} {kind} {} in this file; the import {}.",
            if rows == 1 { "entity" } else { "entities" },
            report.summary()
        )?;
        if report.shared_forms > 0 {
            writeln!(
                out,
                "# {} folded forms are shared by several entities of the \
                 import: load with --shared-names salient or skip.",
                report.shared_forms
            )?;
        }
        Ok(())
    }
}

impl Drop for Output {
    /// An import that failed (`--strict`, an unreadable file) leaves no
    /// body files behind; after [`finish`](Output::finish) there are none.
    fn drop(&mut self) {
        for part in self.parts.values() {
            let _ = fs::remove_file(&part.body_path);
        }
    }
}

/// A form as a gazetteer cell can hold it: whitespace runs made one
/// space; refused when the format would read it otherwise (`|` splits a
/// cell, `=` and `*` are markers) or when it has no letter or digit.
pub(crate) fn clean_form(written: &str) -> Result<String, &'static str> {
    let text = written.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.contains('|') {
        return Err("form with |");
    }
    if text.starts_with(['=', '*']) || text.ends_with('*') {
        return Err("form starting with = or * or ending with *");
    }
    if text.chars().any(char::is_control) {
        return Err("form with a control character");
    }
    match SurfaceForm::parse(&text, Form::Alias) {
        Ok(_) => Ok(text),
        Err(_) => Err("form without a letter or digit"),
    }
}

/// Any text as one cell: no tabs, line breaks or other control
/// characters.
fn clean_cell(text: &str) -> String {
    text.split(|c: char| c.is_control() || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_that_cells_hold() {
        // (name, written, expected)
        let rows: [(&str, &str, Result<&str, &str>); 8] = [
            ("form000 plain", "Den Haag", Ok("Den Haag")),
            ("form010 whitespace", " Den\t\nHaag ", Ok("Den Haag")),
            ("form020 diacritics", "Zaporizja’s", Ok("Zaporizja’s")),
            ("form100 bar", "A|B", Err("form with |")),
            (
                "form110 marker",
                "=Nice",
                Err("form starting with = or * or ending with *"),
            ),
            (
                "form120 stem",
                "defensie*",
                Err("form starting with = or * or ending with *"),
            ),
            (
                "form130 punctuation",
                "-- !",
                Err("form without a letter or digit"),
            ),
            (
                "form140 control",
                "A\u{7}B",
                Err("form with a control character"),
            ),
        ];
        for (name, written, want) in rows {
            assert_eq!(
                clean_form(written).as_deref().map_err(|e| *e),
                want,
                "{name}"
            );
        }
        assert_eq!(clean_cell("a\tb\nc  d"), "a b c d");
    }
}
