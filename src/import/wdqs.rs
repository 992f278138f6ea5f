//! Wikidata Query Service results: the SPARQL JSON result
//! (`{"head": …, "results": {"bindings": […]}}`), the query service's
//! plain JSON download (an array of objects of strings) or its CSV
//! download. The format is told by the first byte: `{`, `[` or anything
//! else (CSV).
//!
//! Columns: `item` (an entity URI, `http://www.wikidata.org/entity/Q727`,
//! or a bare QID), `itemLabel` (the name), and optionally `itemAltLabel`
//! or `altLabel` (aliases as the label service writes them, joined by
//! `, `: a name with a comma in it is split there too), `kind` (a kind
//! name; else the importer's [`kind`](super::Importer::kind)), `country`
//! (an entity URI or QID, kept when the gazetteers know that country) and
//! `sitelinks` (the `salience`). A label that is the item's QID is the
//! label service saying it found none: the row is left out. Rows of one
//! item are one entity.

use std::collections::BTreeMap;
use std::io::{BufReader, Read};
use std::path::Path;

use serde::Deserialize;

use super::write::Output;
use super::{Context, Grouped, Importer, Record, io_error};
use crate::error::{Error, Result};
use crate::gazetteer::Kind;

/// A row: column → value, or why it cannot be read, with its line (CSV)
/// or row number (JSON).
type Row = (usize, Result<BTreeMap<String, String>, String>);

pub(crate) fn read(
    importer: &Importer,
    path: &Path,
    ctx: &mut Context,
    out: &mut Output,
) -> Result<()> {
    let source = path.display().to_string();
    let mut text = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| BufReader::new(f).read_to_end(&mut text))
        .map_err(io_error(path))?;
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let rows = match text.get(start) {
        Some(b'{') => at_lines(sparql_json(&source, &text)?, &text, 3),
        Some(b'[') => at_lines(plain_json(&source, &text)?, &text, 1),
        _ => csv_rows(&source, &text)?,
    };
    let mut grouped = Grouped::default();
    for (line, row) in rows {
        ctx.report.read += 1;
        match row.and_then(|row| record(importer, &row)) {
            Ok(Some((kind, record))) => {
                let key = record.id.clone();
                let name = record.name.clone();
                let aliases = record.aliases.clone();
                let seen = grouped.get_mut(&key).is_some();
                let conflict = grouped.add(&key, kind, &name, || record);
                if let Some(entity) = grouped.get_mut(&key).filter(|_| seen) {
                    entity.aliases.extend(aliases);
                }
                if let Some(first) = conflict {
                    ctx.unsupported(
                        &source,
                        line,
                        "row of an item with another kind",
                        format!("{key} is a {first} in an earlier row"),
                    );
                }
            }
            Ok(None) => ctx.skip("no label"),
            Err(message) => ctx.malformed(&source, line, message)?,
        }
    }
    for (kind, record) in grouped.into_records() {
        out.write(ctx, kind, record)?;
    }
    Ok(())
}

/// JSON rows numbered by the line their object starts on.
fn at_lines(rows: Vec<Row>, text: &[u8], depth: usize) -> Vec<Row> {
    let lines = object_lines(text, depth);
    rows.into_iter()
        .map(|(row, value)| {
            (lines.get(row - 1).copied().unwrap_or(row), value)
        })
        .collect()
}

/// The 1-based lines on which the JSON objects that open at nesting
/// `depth` start (`1` for the elements of a top-level array, `3` for the
/// bindings of a SPARQL result), in order. serde_json keeps no positions.
fn object_lines(text: &[u8], depth: usize) -> Vec<usize> {
    let (mut lines, mut level, mut line) = (Vec::new(), 0usize, 1);
    let (mut in_string, mut escaped) = (false, false);
    for &b in text {
        if b == b'\n' {
            line += 1;
        }
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                if b == b'{' && level == depth {
                    lines.push(line);
                }
                level += 1;
            }
            b'}' | b']' => level = level.saturating_sub(1),
            _ => {}
        }
    }
    lines
}

/// The QID at the end of an entity URI, or a bare QID.
fn qid(value: &str) -> Option<&str> {
    let id = value.trim().rsplit('/').next()?;
    let digits = id.strip_prefix('Q')?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(id)
}

/// A row's entity; `None` when the label service found no label.
fn record(
    importer: &Importer,
    row: &BTreeMap<String, String>,
) -> Result<Option<(Kind, Record)>, String> {
    let item = row.get("item").ok_or("no \"item\" value")?;
    let id = qid(item)
        .ok_or_else(|| format!("item {item:?} is no Wikidata item"))?;
    let name = row.get("itemLabel").map(|s| s.trim()).unwrap_or_default();
    if name.is_empty() || name == id {
        return Ok(None);
    }
    let kind =
        match row.get("kind").map(|k| k.trim()).filter(|k| !k.is_empty()) {
            Some(kind) => kind.parse::<Kind>().map_err(|e| e.to_string())?,
            None => importer.kind.ok_or(
                "no kind: add a kind column or give the kind (--kind)",
            )?,
        };
    let aliases = ["itemAltLabel", "altLabel"]
        .iter()
        .find_map(|c| row.get(*c))
        .map(|alt| {
            alt.split(", ")
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let country = row
        .get("country")
        .and_then(|c| qid(c))
        .filter(|c| importer.countries.contains(*c) && kind != Kind::Country)
        .map(str::to_string);
    let salience = match row.get("sitelinks").map(|s| s.trim()) {
        None | Some("") => None,
        Some(s) => Some(
            s.parse::<u64>()
                .map_err(|_| format!("sitelinks {s:?} is no count"))?,
        ),
    };
    Ok(Some((
        kind,
        Record {
            id: id.to_string(),
            name: name.to_string(),
            aliases,
            country,
            salience,
            attributes: BTreeMap::new(),
        },
    )))
}

#[derive(Deserialize)]
struct SparqlJson {
    results: Bindings,
}

#[derive(Deserialize)]
struct Bindings {
    bindings: Vec<BTreeMap<String, Term>>,
}

#[derive(Deserialize)]
struct Term {
    value: String,
}

fn sparql_json(source: &str, text: &[u8]) -> Result<Vec<Row>> {
    let parsed: SparqlJson = serde_json::from_slice(text).map_err(|e| {
        Error::parse(
            source,
            e.line(),
            format!("not a SPARQL JSON result: {e}"),
        )
    })?;
    Ok(parsed
        .results
        .bindings
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            (i + 1, Ok(b.into_iter().map(|(k, t)| (k, t.value)).collect()))
        })
        .collect())
}

fn plain_json(source: &str, text: &[u8]) -> Result<Vec<Row>> {
    let rows: Vec<BTreeMap<String, serde_json::Value>> =
        serde_json::from_slice(text).map_err(|e| {
            Error::parse(
                source,
                e.line(),
                format!("not a JSON array of rows: {e}"),
            )
        })?;
    Ok(rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let row = row
                .into_iter()
                .map(|(k, v)| {
                    let v = match v {
                        serde_json::Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (k, v)
                })
                .collect();
            (i + 1, Ok(row))
        })
        .collect())
}

fn csv_rows(source: &str, text: &[u8]) -> Result<Vec<Row>> {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().from_reader(text);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| Error::parse(source, 1, format!("no CSV header: {e}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('?').to_string())
        .collect();
    if !header.iter().any(|h| h == "item") {
        return Err(Error::parse(
            source,
            1,
            "the header has no \"item\" column",
        ));
    }
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line() as usize;
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line =
                    record.position().map_or(line, |p| p.line() as usize);
                let mut row = BTreeMap::new();
                let mut utf8 = true;
                for (column, cell) in header.iter().zip(record.iter()) {
                    let Ok(cell) = std::str::from_utf8(cell) else {
                        utf8 = false;
                        break;
                    };
                    if !cell.is_empty() {
                        row.insert(column.clone(), cell.to_string());
                    }
                }
                let row =
                    if utf8 { Ok(row) } else { Err("invalid utf-8".into()) };
                rows.push((line, row));
            }
            Err(e) => {
                let at = e.position().map_or(line, |p| p.line() as usize);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len,
                        len,
                        ..
                    } => format!("expected {expected_len} cells, found {len}"),
                    _ => format!("malformed CSV: {e}"),
                };
                rows.push((at, Err(message)));
            }
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_objects_by_line() {
        let sparql = "{\"head\": {\"vars\": [\"item\"]},\n \"results\": {\"bindings\": [\n  {\"item\": {\"value\": \"}{\\\"\"}},\n\n  {\"item\": {}}\n]}}";
        assert_eq!(object_lines(sparql.as_bytes(), 3), [3, 5]);
        let plain = "[{\"a\": {\"b\": 1}},\n{\"a\": \"[{\"}]";
        assert_eq!(object_lines(plain.as_bytes(), 1), [1, 2]);
    }

    #[test]
    fn qids() {
        let rows = [
            ("http://www.wikidata.org/entity/Q727", Some("Q727")),
            ("Q55", Some("Q55")),
            ("http://www.wikidata.org/entity/P31", None),
            ("http://www.wikidata.org/entity/Q", None),
            ("Q12x", None),
            ("", None),
        ];
        for (value, want) in rows {
            assert_eq!(qid(value), want, "{value}");
        }
    }
}
