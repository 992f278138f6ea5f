//! The gazetteer TSV format (`gazetteers/README.md`): the one place in code
//! that knows its columns.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::sync::Arc;

use super::entity::Origin;
use super::{Entity, Form, Kind, SurfaceForm};
use crate::error::{Error, Result};
use crate::normalize::fold;

/// Columns with a meaning; every other column becomes an attribute.
const ID: &str = "id";
const NAME: &str = "name";
const KIND: &str = "kind";
const COUNTRY: &str = "country";
/// Multi-valued form columns and the form each declares.
const FORM_COLUMNS: [(&str, Form); 5] = [
    ("aliases", Form::Alias),
    ("adjectives", Form::Adjective),
    ("partials", Form::Partial),
    ("short", Form::Short),
    ("cued", Form::Cued),
];
/// Cue words of the `cued` forms, `|`-separated.
const CUES: &str = "cues";
/// Topic words that select the `cued` forms anywhere in an item,
/// `|`-separated.
const TOPICS: &str = "topics";
/// How salient the entity is: a non-negative integer, higher is more
/// salient (a Wikidata sitelink count, say), so that a name several
/// entities share can go to the most salient one.
const SALIENCE: &str = "salience";

/// A TSV read row by row: the header, then one data row at a time, so a
/// file of millions of rows is never held as cells. Skips comments and
/// blank lines, checks UTF-8 and the cell count of every row against the
/// header.
struct Rows<'s, R> {
    source: &'s str,
    reader: R,
    /// The current line, without its line break.
    line: String,
    /// Byte ranges of the current row's cells in `line`, trimmed.
    cells: Vec<(usize, usize)>,
    line_no: usize,
    header: Vec<String>,
}

impl<'s, R: BufRead> Rows<'s, R> {
    /// Reads up to the header, the first line that is neither blank nor a
    /// comment.
    fn new(source: &'s str, reader: R) -> Result<Self> {
        let mut rows = Rows {
            source,
            reader,
            line: String::new(),
            cells: Vec::new(),
            line_no: 0,
            header: Vec::new(),
        };
        if !rows.next_line()? {
            return Err(Error::parse(
                source,
                rows.line_no.max(1),
                "no header row",
            ));
        }
        rows.header =
            (0..rows.cells.len()).map(|i| rows.cell(i).to_string()).collect();
        Ok(rows)
    }

    /// Moves to the next data row; returns its 1-based line number, or
    /// `None` at the end.
    fn next_row(&mut self) -> Result<Option<usize>> {
        if !self.next_line()? {
            return Ok(None);
        }
        if self.cells.len() > self.header.len() {
            return Err(Error::parse(
                self.source,
                self.line_no,
                format!(
                    "expected at most {} tab-separated cells, found {}",
                    self.header.len(),
                    self.cells.len()
                ),
            ));
        }
        Ok(Some(self.line_no))
    }

    /// Cell `i` of the current row, trimmed; trailing empty cells may be
    /// left out of a row, so past its end the cell is empty.
    fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", |&(start, end)| &self.line[start..end])
    }

    /// Reads the next line that is neither blank nor a comment and splits
    /// it into cells; `false` at the end of the input.
    fn next_line(&mut self) -> Result<bool> {
        let mut buf = std::mem::take(&mut self.line).into_bytes();
        loop {
            buf.clear();
            let read =
                self.reader.read_until(b'\n', &mut buf).map_err(|e| {
                    Error::parse(
                        self.source,
                        self.line_no + 1,
                        format!("cannot read: {e}"),
                    )
                })?;
            if read == 0 {
                return Ok(false);
            }
            self.line_no += 1;
            while buf.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                buf.pop();
            }
            let line = String::from_utf8(buf).map_err(|_| {
                Error::parse(self.source, self.line_no, "invalid utf-8")
            })?;
            if line.trim().is_empty() || line.starts_with('#') {
                buf = line.into_bytes();
                continue;
            }
            self.cells.clear();
            let mut start = 0;
            for cell in line.split('\t') {
                let trimmed = cell.trim_start();
                let from = start + (cell.len() - trimmed.len());
                self.cells.push((from, from + trimmed.trim_end().len()));
                start += cell.len() + 1;
            }
            self.line = line;
            return Ok(true);
        }
    }
}

fn column(header: &[String], name: &str) -> Option<usize> {
    header.iter().position(|h| h == name)
}

fn require_column(
    source: &str,
    header: &[String],
    name: &str,
) -> Result<usize> {
    column(header, name).ok_or_else(|| {
        Error::parse(source, 1, format!("header has no {name:?} column"))
    })
}

/// A `salience` cell: empty for none, else a non-negative integer in
/// ASCII digits (no sign, no decimals, no exponent).
fn parse_salience(cell: &str) -> std::result::Result<Option<u64>, String> {
    if cell.is_empty() {
        return Ok(None);
    }
    if !cell.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "salience {cell:?} is not a non-negative integer"
        ));
    }
    cell.parse::<u64>().map(Some).map_err(|_| {
        format!("salience {cell:?} is too large (at most {})", u64::MAX)
    })
}

/// `a|b|c` → forms of an entity of `kind`, appended to `forms`; an empty
/// value is an error.
fn split_forms(
    source: &str,
    line: usize,
    (column_name, cell): (&str, &str),
    (form, kind): (Form, Kind),
    forms: &mut Vec<SurfaceForm>,
) -> Result<()> {
    if cell.is_empty() {
        return Ok(());
    }
    for value in cell.split('|') {
        if value.trim().is_empty() {
            return Err(Error::parse(
                source,
                line,
                format!("empty value in column {column_name}"),
            ));
        }
        let parsed = SurfaceForm::parse(value, form).map_err(|e| {
            Error::parse(source, line, format!("{column_name}: {e}"))
        })?;
        forms.push(parsed.for_kind(kind));
    }
    Ok(())
}

/// The folded words of a `|`-separated cell.
fn words(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

pub(super) fn read_entities(
    source: &str,
    reader: impl BufRead,
    default_kind: Option<Kind>,
) -> Result<Vec<Entity>> {
    let mut rows = Rows::new(source, reader)?;
    let header = rows.header.clone();
    let id_col = require_column(source, &header, ID)?;
    let name_col = require_column(source, &header, NAME)?;
    let kind_col = column(&header, KIND);
    let country_col = column(&header, COUNTRY);
    let cues_col = column(&header, CUES);
    let topics_col = column(&header, TOPICS);
    let salience_col = column(&header, SALIENCE);
    let form_cols: Vec<(usize, &str, Form)> = FORM_COLUMNS
        .iter()
        .filter_map(|&(name, form)| {
            column(&header, name).map(|i| (i, name, form))
        })
        .collect();
    let is_special = |i: usize| {
        i == id_col
            || i == name_col
            || Some(i) == kind_col
            || Some(i) == country_col
            || Some(i) == cues_col
            || Some(i) == topics_col
            || Some(i) == salience_col
            || form_cols.iter().any(|&(c, _, _)| c == i)
    };
    let attribute_cols: Vec<usize> =
        (0..header.len()).filter(|&i| !is_special(i)).collect();
    let source_arc: Arc<str> = Arc::from(source);
    let mut entities = Vec::new();
    while let Some(line) = rows.next_row()? {
        let fail = |message: String| Error::parse(source, line, message);
        let id = rows.cell(id_col);
        if id.is_empty() {
            return Err(fail("missing id".into()));
        }
        let name = rows.cell(name_col);
        if name.is_empty() {
            return Err(fail(format!("missing name for {id}")));
        }
        let kind = match kind_col.map(|c| rows.cell(c)) {
            Some(k) if !k.is_empty() => {
                k.parse::<Kind>().map_err(|e| fail(e.to_string()))?
            }
            _ => default_kind.ok_or_else(|| {
                fail(
                    "no kind: add a kind column (person, country, region, \
                     place, organisation or theme) or name the file after \
                     its kind (people.tsv, countries.tsv, ...)"
                        .into(),
                )
            })?,
        };
        let salience = match salience_col {
            Some(c) => parse_salience(rows.cell(c)).map_err(fail)?,
            None => None,
        };
        let origin = Origin { source: source_arc.clone(), line };
        let name = SurfaceForm::parse(name, Form::Name)
            .map_err(|e| fail(format!("name: {e}")))?
            .for_kind(kind);
        let count = form_cols
            .iter()
            .map(|&(col, _, _)| rows.cell(col))
            .filter(|cell| !cell.is_empty())
            .map(|cell| cell.bytes().filter(|&b| b == b'|').count() + 1)
            .sum::<usize>();
        let mut forms = Vec::with_capacity(1 + count);
        forms.push(name);
        for &(col, col_name, form) in &form_cols {
            let cell = (col_name, rows.cell(col));
            split_forms(source, line, cell, (form, kind), &mut forms)?;
        }
        let attributes: BTreeMap<String, String> = attribute_cols
            .iter()
            .filter(|&&i| !rows.cell(i).is_empty())
            .map(|&i| (header[i].clone(), rows.cell(i).to_string()))
            .collect();
        entities.push(Entity {
            id: id.to_string(),
            kind,
            country: country_col
                .map(|c| rows.cell(c))
                .filter(|c| !c.is_empty())
                .map(str::to_string),
            cues: cues_col.map(|c| words(rows.cell(c))).unwrap_or_default(),
            topics: topics_col
                .map(|c| words(rows.cell(c)))
                .unwrap_or_default(),
            attributes,
            salience,
            forms,
            origin,
        });
    }
    Ok(entities)
}

/// Rows of `ambiguous.tsv`: (form, note).
pub(super) fn read_ambiguous(
    source: &str,
    reader: impl BufRead,
) -> Result<Vec<(String, String)>> {
    let mut rows = Rows::new(source, reader)?;
    let form_col = require_column(source, &rows.header, "form")?;
    let note_col = column(&rows.header, "note");
    let mut out = Vec::new();
    while let Some(line) = rows.next_row()? {
        let form = rows.cell(form_col);
        if form.is_empty() {
            return Err(Error::parse(source, line, "missing form"));
        }
        let note =
            note_col.map(|c| rows.cell(c).to_string()).unwrap_or_default();
        out.push((form.to_string(), note));
    }
    Ok(out)
}
