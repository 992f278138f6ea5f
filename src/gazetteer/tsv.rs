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
/// How salient the entity is: a non-negative integer, higher is more
/// salient (a Wikidata sitelink count, say), so that a name several
/// entities share can go to the most salient one.
const SALIENCE: &str = "salience";

/// A header plus data lines, each with its 1-based line number.
struct Table {
    header: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

/// Reads the lines of a TSV: skips comments and blank lines, checks UTF-8
/// and the cell count of every row against the header.
fn read_table(source: &str, mut reader: impl BufRead) -> Result<Table> {
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        let read = reader.read_until(b'\n', &mut buf).map_err(|e| {
            Error::parse(source, line_no + 1, format!("cannot read: {e}"))
        })?;
        if read == 0 {
            break;
        }
        line_no += 1;
        let line = std::str::from_utf8(&buf)
            .map_err(|_| Error::parse(source, line_no, "invalid utf-8"))?;
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cells: Vec<String> =
            line.split('\t').map(|c| c.trim().to_string()).collect();
        match &header {
            None => header = Some(cells),
            Some(h) if h.len() < cells.len() => {
                return Err(Error::parse(
                    source,
                    line_no,
                    format!(
                        "expected at most {} tab-separated cells, found {}",
                        h.len(),
                        cells.len()
                    ),
                ));
            }
            Some(h) => {
                // Trailing empty cells may be left out.
                cells.resize(h.len(), String::new());
                rows.push((line_no, cells));
            }
        }
    }
    let header = header.ok_or_else(|| {
        Error::parse(source, line_no.max(1), "no header row")
    })?;
    Ok(Table { header, rows })
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

/// `a|b|c` → forms; an empty value is an error.
fn split_forms(
    source: &str,
    line: usize,
    column_name: &str,
    cell: &str,
    form: Form,
) -> Result<Vec<SurfaceForm>> {
    if cell.is_empty() {
        return Ok(Vec::new());
    }
    cell.split('|')
        .map(|value| {
            if value.trim().is_empty() {
                return Err(Error::parse(
                    source,
                    line,
                    format!("empty value in column {column_name}"),
                ));
            }
            SurfaceForm::parse(value, form).map_err(|e| {
                Error::parse(source, line, format!("{column_name}: {e}"))
            })
        })
        .collect()
}

pub(super) fn read_entities(
    source: &str,
    reader: impl BufRead,
    default_kind: Option<Kind>,
) -> Result<Vec<Entity>> {
    let table = read_table(source, reader)?;
    let header = &table.header;
    let id_col = require_column(source, header, ID)?;
    let name_col = require_column(source, header, NAME)?;
    let kind_col = column(header, KIND);
    let country_col = column(header, COUNTRY);
    let cues_col = column(header, CUES);
    let salience_col = column(header, SALIENCE);
    let form_cols: Vec<(usize, &str, Form)> = FORM_COLUMNS
        .iter()
        .filter_map(|&(name, form)| {
            column(header, name).map(|i| (i, name, form))
        })
        .collect();
    let is_special = |i: usize| {
        i == id_col
            || i == name_col
            || Some(i) == kind_col
            || Some(i) == country_col
            || Some(i) == cues_col
            || Some(i) == salience_col
            || form_cols.iter().any(|&(c, _, _)| c == i)
    };
    let source_arc: Arc<str> = Arc::from(source);
    let mut entities = Vec::with_capacity(table.rows.len());
    for (line, cells) in table.rows {
        let fail = |message: String| Error::parse(source, line, message);
        let id = &cells[id_col];
        if id.is_empty() {
            return Err(fail("missing id".into()));
        }
        if cells[name_col].is_empty() {
            return Err(fail(format!("missing name for {id}")));
        }
        let kind = match kind_col.map(|c| cells[c].as_str()) {
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
            Some(c) => parse_salience(&cells[c]).map_err(fail)?,
            None => None,
        };
        let origin = Origin { source: source_arc.clone(), line };
        let mut name = SurfaceForm::parse(&cells[name_col], Form::Name)
            .map_err(|e| fail(format!("name: {e}")))?
            .for_kind(kind);
        name.origin = origin.clone();
        let mut forms = vec![name];
        for &(col, col_name, form) in &form_cols {
            for mut parsed in
                split_forms(source, line, col_name, &cells[col], form)?
            {
                parsed.origin = origin.clone();
                forms.push(parsed.for_kind(kind));
            }
        }
        let attributes: BTreeMap<String, String> = header
            .iter()
            .enumerate()
            .filter(|&(i, _)| !is_special(i) && !cells[i].is_empty())
            .map(|(i, h)| (h.clone(), cells[i].clone()))
            .collect();
        entities.push(Entity {
            id: id.clone(),
            kind,
            country: country_col
                .map(|c| cells[c].clone())
                .filter(|c| !c.is_empty()),
            cues: cues_col
                .map(|c| {
                    cells[c]
                        .split('|')
                        .map(str::trim)
                        .filter(|w| !w.is_empty())
                        .map(fold)
                        .collect()
                })
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
    let table = read_table(source, reader)?;
    let form_col = require_column(source, &table.header, "form")?;
    let note_col = column(&table.header, "note");
    let mut out = Vec::new();
    for (line, cells) in table.rows {
        if cells[form_col].is_empty() {
            return Err(Error::parse(source, line, "missing form"));
        }
        let note = note_col.map(|c| cells[c].clone()).unwrap_or_default();
        out.push((cells[form_col].clone(), note));
    }
    Ok(out)
}
