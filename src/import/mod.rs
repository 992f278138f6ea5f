//! Gazetteers from other tools: spaCy EntityRuler patterns, GATE gazetteer
//! lists, the Wikidata JSON dump and Wikidata Query Service results, each
//! turned into this project's TSV format (`gazetteers/README.md`), one file
//! per kind, that [`Gazetteer::load_path`](crate::Gazetteer::load_path)
//! reads. Feature `import`.
//!
//! One module a format reads its input into records; the private
//! `write` module checks every form and writes the files, each with
//! comments at the top that say where it came from (sources, format,
//! date, counts).
//!
//! Input is never all or nothing: a malformed line is reported as a
//! [`Problem`] with its file and line, counted and skipped, and the rest of
//! the file is read ([`Importer::strict`] stops at the first one instead).
//! Entries that are well formed but cannot become gazetteer entities
//! (a spaCy pattern with `OP`, a label no kind is mapped to, a Wikidata
//! redirect) are counted by reason in [`ImportReport::skipped`].
//!
//! # Example
//!
//! ```
//! use newsgraph::Gazetteer;
//! use newsgraph::import::{Format, Importer};
//!
//! let dir = std::env::temp_dir().join("newsgraph-doc-import");
//! std::fs::create_dir_all(&dir)?;
//! let patterns = dir.join("patterns.jsonl");
//! std::fs::write(
//!     &patterns,
//!     r#"{"label": "ORG", "pattern": "Rijkswaterstaat", "id": "org:rws"}
//! {"label": "ORG", "pattern": [{"LOWER": "rws"}], "id": "org:rws"}
//! {"label": "PERSON", "pattern": [{"LOWER": "jan"}, {"OP": "?"}]}
//! "#,
//! )?;
//! let out = dir.join("out");
//! let report = Importer::new(Format::Spacy).date("2026-12-02").run(&[patterns], &out)?;
//! assert_eq!(report.written(), 1);
//! assert_eq!(report.skipped["unsupported pattern (OP)"], 1);
//! let gazetteer = Gazetteer::load_path(&out)?;
//! assert_eq!(gazetteer.entities()[0].forms()[1].text(), "rws");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::gazetteer::Kind;

pub mod gate;
pub mod spacy;
pub mod wdqs;
pub mod wikidata;
mod write;

/// An input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Format {
    /// spaCy EntityRuler patterns, one JSON object per line.
    Spacy,
    /// A GATE gazetteer: a `lists.def` that names its `.lst` files.
    Gate,
    /// The Wikidata JSON dump, plain, `.gz` or `.bz2`.
    Wikidata,
    /// A Wikidata Query Service result, as CSV or JSON.
    Wdqs,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 4] =
        [Format::Spacy, Format::Gate, Format::Wikidata, Format::Wdqs];

    /// The name used on the command line and in the files' comments.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Spacy => "spacy",
            Format::Gate => "gate",
            Format::Wikidata => "wikidata",
            Format::Wdqs => "wdqs",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// One entity read from a source, before its forms are checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Record {
    /// The id written to the `id` column.
    pub(crate) id: String,
    /// The canonical name.
    pub(crate) name: String,
    /// Other names.
    pub(crate) aliases: Vec<String>,
    /// The id of its country, if the gazetteers know that country.
    pub(crate) country: Option<String>,
    /// How well known it is (Wikidata: its number of sitelinks).
    pub(crate) salience: Option<u64>,
    /// Other columns.
    pub(crate) attributes: BTreeMap<String, String>,
}

/// A line that was skipped, with where it is and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file (as given).
    pub source: String,
    /// The 1-based line (of a JSON query result: the line its row starts
    /// on).
    pub line: usize,
    /// What is wrong, in lower case.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.message)
    }
}

/// What an import read, wrote and left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// Entries read: patterns, list lines, dump items or result rows.
    pub read: u64,
    /// Entities written, per kind.
    pub written: BTreeMap<Kind, u64>,
    /// Entries (or forms) left out, per reason.
    pub skipped: BTreeMap<String, u64>,
    /// The malformed lines and the entries no form can express, each with
    /// its file and line, in input order.
    pub problems: Vec<Problem>,
    /// Folded forms that more than one written entity has: a shared-name
    /// policy has to settle them when the files are loaded.
    pub shared_forms: u64,
    /// The files written.
    pub files: Vec<PathBuf>,
}

impl ImportReport {
    /// Entities written, all kinds.
    #[must_use]
    pub fn written(&self) -> u64 {
        self.written.values().sum()
    }

    /// Entries left out, all reasons.
    #[must_use]
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// `read 12, wrote 7 (person 3, place 4), skipped 5 (2 malformed
    /// line, 3 redirect)`: the line the command prints.
    #[must_use]
    pub fn summary(&self) -> String {
        let written: Vec<String> =
            self.written.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let mut out = format!("read {}, wrote {}", self.read, self.written());
        if !written.is_empty() {
            out.push_str(&format!(" ({})", written.join(", ")));
        }
        out.push_str(&format!(", skipped {}", self.skipped_total()));
        if !self.skipped.is_empty() {
            let skipped: Vec<String> = self
                .skipped
                .iter()
                .map(|(why, n)| format!("{n} {why}"))
                .collect();
            out.push_str(&format!(" ({})", skipped.join(", ")));
        }
        out
    }

    fn skip(&mut self, reason: impl Into<String>) {
        *self.skipped.entry(reason.into()).or_default() += 1;
    }
}

/// Which kind a label, list type or Wikidata class stands for.
///
/// Keys are compared without regard to case. A key mapped to `None` is
/// left out even when a default would map it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KindMap {
    entries: BTreeMap<String, Option<Kind>>,
}

impl KindMap {
    /// An empty map: nothing is kept.
    #[must_use]
    pub fn new() -> Self {
        KindMap::default()
    }

    /// The default map of a format (see `README.md`, "Your own
    /// gazetteers"):
    ///
    /// - spaCy: `PERSON`, `PER` → person; `GPE`, `LOC`, `FAC` → place
    ///   (a GPE is a country, a state or a city, and cities are most of
    ///   them; map `GPE=country` for a list of countries); `ORG` →
    ///   organisation; the kinds' own names (`COUNTRY`, `REGION`, …) →
    ///   themselves; `NORP` (nationalities: adjectives, not entities),
    ///   `MISC` and the rest are left out.
    /// - GATE: `location:country` → country, `location:city` → place,
    ///   `location:region`, `location:province`, `location:state` →
    ///   region, `location` → place, `organization`, `organisation`,
    ///   `company` → organisation, `person`, `person_full` → person;
    ///   first names (`person_first`) and the rest are left out.
    /// - Wikidata dump and query results: human (Q5) → person; country
    ///   (Q6256), sovereign state (Q3624078) → country; city (Q515), big
    ///   city (Q1549591), town (Q3957), village (Q532), human settlement
    ///   (Q486972), municipality (Q15284), municipality of the
    ///   Netherlands (Q2039348), municipality of Belgium (Q493522) →
    ///   place; organisation (Q43229), political party (Q7278), business
    ///   (Q4830453), company (Q783794), public company (Q891723),
    ///   enterprise (Q6881511), government agency (Q327333), international
    ///   organisation (Q484652), non-profit organisation (Q163740) →
    ///   organisation.
    #[must_use]
    pub fn defaults(format: Format) -> Self {
        let rows: &[(&str, Kind)] = match format {
            Format::Spacy => &[
                ("PERSON", Kind::Person),
                ("PER", Kind::Person),
                ("GPE", Kind::Place),
                ("LOC", Kind::Place),
                ("FAC", Kind::Place),
                ("ORG", Kind::Organisation),
                ("COUNTRY", Kind::Country),
                ("REGION", Kind::Region),
                ("PLACE", Kind::Place),
                ("ORGANISATION", Kind::Organisation),
                ("ORGANIZATION", Kind::Organisation),
                ("THEME", Kind::Theme),
            ],
            Format::Gate => &[
                ("location:country", Kind::Country),
                ("location:city", Kind::Place),
                ("location:region", Kind::Region),
                ("location:province", Kind::Region),
                ("location:state", Kind::Region),
                ("location", Kind::Place),
                ("organization", Kind::Organisation),
                ("organisation", Kind::Organisation),
                ("company", Kind::Organisation),
                ("person", Kind::Person),
                ("person_full", Kind::Person),
            ],
            Format::Wikidata | Format::Wdqs => &[
                ("Q5", Kind::Person),
                ("Q6256", Kind::Country),
                ("Q3624078", Kind::Country),
                ("Q515", Kind::Place),
                ("Q1549591", Kind::Place),
                ("Q3957", Kind::Place),
                ("Q532", Kind::Place),
                ("Q486972", Kind::Place),
                ("Q15284", Kind::Place),
                ("Q2039348", Kind::Place),
                ("Q493522", Kind::Place),
                ("Q43229", Kind::Organisation),
                ("Q7278", Kind::Organisation),
                ("Q4830453", Kind::Organisation),
                ("Q783794", Kind::Organisation),
                ("Q891723", Kind::Organisation),
                ("Q6881511", Kind::Organisation),
                ("Q327333", Kind::Organisation),
                ("Q484652", Kind::Organisation),
                ("Q163740", Kind::Organisation),
            ],
        };
        let mut map = KindMap::new();
        for &(key, kind) in rows {
            map.insert(key, Some(kind));
        }
        map
    }

    /// Maps `key` to `kind`, or leaves it out with `None`.
    pub fn insert(&mut self, key: &str, kind: Option<Kind>) -> &mut Self {
        self.entries.insert(key.trim().to_lowercase(), kind);
        self
    }

    /// Reads `KEY=kind` (or `KEY=none`), as `--map` takes it.
    ///
    /// # Errors
    ///
    /// Fails without `=`, with an empty key, or with an unknown kind.
    pub fn insert_spec(&mut self, spec: &str) -> Result<&mut Self, String> {
        let Some((key, kind)) = spec.split_once('=') else {
            return Err(format!("{spec:?}: expected KEY=kind"));
        };
        if key.trim().is_empty() {
            return Err(format!("{spec:?}: empty key"));
        }
        let kind = match kind.trim() {
            "none" => None,
            other => Some(other.parse::<Kind>().map_err(|e| e.to_string())?),
        };
        Ok(self.insert(key, kind))
    }

    /// The kind of `key`, if it is mapped to one.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<Kind> {
        self.entries.get(&key.trim().to_lowercase()).copied().flatten()
    }

    /// Whether `key` has an entry (a kind or `None`).
    #[must_use]
    pub fn contains(&self, key: &str) -> bool {
        self.entries.contains_key(&key.trim().to_lowercase())
    }
}

/// Reads sources of one format and writes them as gazetteer TSV files.
#[derive(Clone, Debug)]
pub struct Importer {
    pub(crate) format: Format,
    pub(crate) map: KindMap,
    pub(crate) languages: Vec<String>,
    pub(crate) countries: BTreeSet<String>,
    pub(crate) leave_out: BTreeSet<String>,
    pub(crate) kind: Option<Kind>,
    pub(crate) separator: char,
    pub(crate) strict: bool,
    pub(crate) date: String,
}

impl Importer {
    /// An importer with the format's default map ([`KindMap::defaults`]),
    /// the languages `nl` and `en`, no known countries, the GATE feature
    /// separator `&` and today's date (UTC).
    #[must_use]
    pub fn new(format: Format) -> Self {
        Importer {
            format,
            map: KindMap::defaults(format),
            languages: vec!["nl".into(), "en".into()],
            countries: BTreeSet::new(),
            leave_out: BTreeSet::new(),
            kind: None,
            separator: '&',
            strict: false,
            date: today(),
        }
    }

    /// Replaces the map of labels (spaCy), `majorType[:minorType]` (GATE)
    /// or classes (Wikidata QIDs of `P31` values) to kinds.
    pub fn map(&mut self, map: KindMap) -> &mut Self {
        self.map = map;
        self
    }

    /// The languages of labels and aliases, the first the name's (Wikidata
    /// dump and query results). After them the dump's `mul` labels (the
    /// default for all languages) are read.
    pub fn languages(&mut self, languages: &[&str]) -> &mut Self {
        self.languages = languages.iter().map(ToString::to_string).collect();
        self
    }

    /// The ids of the countries the gazetteers know: a `P17` or `P27`
    /// value (or a query result's `country`) becomes the `country` column
    /// only if it is one of them, so that `gazetteer check` passes.
    pub fn countries(
        &mut self,
        ids: impl IntoIterator<Item = String>,
    ) -> &mut Self {
        self.countries = ids.into_iter().collect();
        self
    }

    /// Ids to leave out, counted as `id already in the gazetteers`: the
    /// ids of gazetteers the output will be loaded with, since two
    /// entities may not share an id.
    pub fn leave_out(
        &mut self,
        ids: impl IntoIterator<Item = String>,
    ) -> &mut Self {
        self.leave_out = ids.into_iter().collect();
        self
    }

    /// The kind of every row of a query result without a `kind` column.
    pub fn kind(&mut self, kind: Option<Kind>) -> &mut Self {
        self.kind = kind;
        self
    }

    /// The character between a GATE list entry and its features, and
    /// between features (default `&`).
    pub fn separator(&mut self, separator: char) -> &mut Self {
        self.separator = separator;
        self
    }

    /// Fail on the first malformed line instead of reporting and skipping
    /// it.
    pub fn strict(&mut self, strict: bool) -> &mut Self {
        self.strict = strict;
        self
    }

    /// The date written in the files' comments (`YYYY-MM-DD`).
    pub fn date(&mut self, date: impl Into<String>) -> &mut Self {
        self.date = date.into();
        self
    }

    /// Reads every input and writes one TSV file per kind into `out_dir`
    /// (created if missing): `people.tsv`, `countries.tsv`,
    /// `regions.tsv`, `places.tsv`, `organisations.tsv`, `themes.tsv`.
    /// Each file is written beside its final name and renamed when
    /// complete.
    ///
    /// # Errors
    ///
    /// Fails on files that cannot be read or written, on input that is no
    /// file of the format at all (a GATE `lists.def` that names no list),
    /// and, with [`strict`](Self::strict), on the first malformed line.
    pub fn run(
        &self,
        inputs: &[impl AsRef<Path>],
        out_dir: impl AsRef<Path>,
    ) -> Result<ImportReport> {
        let out_dir = out_dir.as_ref();
        let sources: Vec<String> =
            inputs.iter().map(|p| p.as_ref().display().to_string()).collect();
        let mut out = write::Output::new(self, out_dir, &sources)?;
        let mut ctx =
            Context { report: ImportReport::default(), strict: self.strict };
        let inputs: Vec<&Path> = inputs.iter().map(AsRef::as_ref).collect();
        if self.format == Format::Gate {
            gate::read_all(self, &inputs, &mut ctx, &mut out)?;
        }
        for input in inputs {
            match self.format {
                Format::Spacy => spacy::read(self, input, &mut ctx, &mut out)?,
                Format::Gate => {}
                Format::Wikidata => {
                    wikidata::read(self, input, &mut ctx, &mut out)?;
                }
                Format::Wdqs => wdqs::read(self, input, &mut ctx, &mut out)?,
            }
        }
        out.finish(&mut ctx.report)?;
        Ok(ctx.report)
    }
}

/// The report being filled, and whether a malformed line ends the run.
pub(crate) struct Context {
    pub(crate) report: ImportReport,
    strict: bool,
}

impl Context {
    /// A malformed line: an error under `strict`, else reported, counted
    /// and skipped.
    pub(crate) fn malformed(
        &mut self,
        source: &str,
        line: usize,
        message: impl Into<String>,
    ) -> Result<()> {
        let message = message.into();
        if self.strict {
            return Err(Error::parse(source, line, message));
        }
        self.report.skip("malformed line");
        self.report.problems.push(Problem {
            source: source.to_string(),
            line,
            message,
        });
        Ok(())
    }

    /// A well-formed entry that cannot be imported: reported with its
    /// place and counted under `reason`, never an error.
    pub(crate) fn unsupported(
        &mut self,
        source: &str,
        line: usize,
        reason: &str,
        message: impl Into<String>,
    ) {
        self.report.skip(reason);
        self.report.problems.push(Problem {
            source: source.to_string(),
            line,
            message: message.into(),
        });
    }

    /// An entry left out for a common reason: counted only.
    pub(crate) fn skip(&mut self, reason: impl Into<String>) {
        self.report.skip(reason);
    }
}

/// An I/O error on `path`.
/// Why reading an input's lines stopped: the reader failed (its path is
/// the caller's to name), or a malformed line under `--strict`.
pub(crate) enum LinesError {
    Io(std::io::Error),
    Fatal(Error),
}

impl LinesError {
    /// The error, naming `path` when reading it failed.
    pub(crate) fn naming(self, path: &Path) -> Error {
        match self {
            LinesError::Io(e) => io_error(path)(e),
            LinesError::Fatal(e) => e,
        }
    }
}

/// The non-blank lines of a line-based input (spaCy patterns, GATE
/// lists), numbered from 1, without a byte-order mark or line end. Each
/// counts as read; one that is no UTF-8 is reported as malformed and
/// skipped.
pub(crate) struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    number: usize,
}

impl<R: std::io::BufRead> Lines<R> {
    pub(crate) fn new(reader: R) -> Self {
        Lines { reader, buf: Vec::new(), number: 0 }
    }

    /// The next line and its number, or `None` at the end.
    pub(crate) fn next(
        &mut self,
        source: &str,
        ctx: &mut Context,
    ) -> std::result::Result<Option<(usize, &str)>, LinesError> {
        let start = loop {
            self.buf.clear();
            let read = self.reader.read_until(b'\n', &mut self.buf);
            if read.map_err(LinesError::Io)? == 0 {
                return Ok(None);
            }
            self.number += 1;
            let start =
                if self.buf.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
            if self.buf[start..].trim_ascii().is_empty() {
                continue;
            }
            ctx.report.read += 1;
            if std::str::from_utf8(&self.buf[start..]).is_ok() {
                break start;
            }
            ctx.malformed(source, self.number, "invalid utf-8")
                .map_err(LinesError::Fatal)?;
        };
        // Checked in the loop; a borrow returned from inside it would
        // keep `self.buf` borrowed across its next iteration.
        let line = std::str::from_utf8(&self.buf[start..]).unwrap_or_default();
        Ok(Some((self.number, line.trim_end_matches(['\n', '\r']))))
    }
}

pub(crate) fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> Error {
    let path = path.to_path_buf();
    move |source| Error::Io { path, source }
}

/// A slug of a name for an id: folded, letters and digits kept, anything
/// else one `-` (`Sint-Jansteen` → `sint-jansteen`).
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::normalize::fold(text).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Entities met in a file, in order of first appearance, merged by key:
/// the formats whose entries name one entity in several lines (a spaCy
/// `id`, a GATE `id` feature, a query result's repeated item).
#[derive(Default)]
pub(crate) struct Grouped {
    order: Vec<(Kind, Record)>,
    index: std::collections::HashMap<String, usize>,
}

impl Grouped {
    /// Adds `name` to the entity with `key`, or starts it. When the
    /// entity has another kind, nothing is added and its kind is
    /// returned.
    pub(crate) fn add(
        &mut self,
        key: &str,
        kind: Kind,
        name: &str,
        make: impl FnOnce() -> Record,
    ) -> Option<Kind> {
        if let Some(&i) = self.index.get(key) {
            let (first_kind, record) = &mut self.order[i];
            if *first_kind != kind {
                return Some(*first_kind);
            }
            record.aliases.push(name.to_string());
            return None;
        }
        self.index.insert(key.to_string(), self.order.len());
        self.order.push((kind, make()));
        None
    }

    /// The entity with `key`, to add to.
    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut Record> {
        let i = *self.index.get(key)?;
        Some(&mut self.order[i].1)
    }

    pub(crate) fn into_records(self) -> Vec<(Kind, Record)> {
        self.order
    }
}

/// Today's date in UTC, `YYYY-MM-DD`, from the system clock (days to a
/// civil date by Howard Hinnant's algorithm; no date crate for one line).
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0) + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_maps() {
        let rows = [
            ("Sint-Jansteen", "sint-jansteen"),
            ("  Den Haag ", "den-haag"),
            ("Ōsaka!", "osaka"),
            ("'s-Hertogenbosch", "s-hertogenbosch"),
            ("!!!", ""),
        ];
        for (text, want) in rows {
            assert_eq!(slug(text), want, "{text}");
        }
        let mut map = KindMap::defaults(Format::Spacy);
        map.insert_spec("NORP=country").unwrap();
        map.insert_spec("gpe=none").unwrap();
        assert_eq!(map.get("norp"), Some(Kind::Country));
        assert_eq!(map.get("GPE"), None);
        assert!(map.contains("GPE"));
        assert_eq!(map.get("per"), Some(Kind::Person));
        for bad in ["NORP", "=person", "X=people"] {
            assert!(map.clone().insert_spec(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn today_is_a_date() {
        let d = today();
        assert_eq!(d.len(), 10, "{d}");
        assert!(d.starts_with("20"), "{d}");
    }
}
