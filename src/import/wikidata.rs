//! The Wikidata JSON dump (`latest-all.json`, `.json.gz`, `.json.bz2`): a
//! JSON array with one entity a line, each line but the last ending in a
//! comma. The file is read line by line, through the decompressor its
//! first bytes call for, so memory stays flat however large the dump.
//! `-` reads standard input: bzip2 decompression in one thread is several
//! times slower than the parsing, so a parallel decompressor in a pipe
//! (`lbzip2 -dc latest-all.json.bz2 | newsgraph gazetteer import --from
//! wikidata - -o wd/`) is faster.
//!
//! An item is kept when one of its `P31` (instance of) values, not
//! deprecated, preferred ones first, is in the map; that value's kind is
//! the item's. Its name is its label in the first of the chosen languages
//! that has one, then the `mul` label (Wikidata's label for all
//! languages); the labels in the other languages and the aliases in all
//! of them (and `mul`) are its aliases. `P17` (country), or for a person
//! `P27` (citizenship), becomes the `country` column when the gazetteers
//! know that country; the number of sitelinks becomes `salience`; the
//! `P31` value that decided the kind, `instance_of`.
//!
//! Left out and counted: redirects (`{"entity": "Q1", "redirect": "Q2"}`
//! as dump tools write them, or an entity with `redirects`), deleted items
//! (`"missing"`, as the API marks them), other entity types (properties,
//! lexemes), items with no chosen `P31` and items without a label in the
//! chosen languages.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::write::Output;
use super::{Context, Importer, Record, io_error};
use crate::error::Result;
use crate::gazetteer::Kind;

pub(crate) fn read(
    importer: &Importer,
    path: &Path,
    ctx: &mut Context,
    out: &mut Output,
) -> Result<()> {
    let source = path.display().to_string();
    let reader = open(path).map_err(io_error(path))?;
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(io_error(path))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line = trim_line(&buf);
        if line.is_empty() || line == b"[" || line == b"]" {
            continue;
        }
        ctx.report.read += 1;
        let entity: DumpEntity = match serde_json::from_slice(line) {
            Ok(entity) => entity,
            Err(e) => {
                ctx.malformed(
                    &source,
                    line_no,
                    format!("not a JSON entity: {e}"),
                )?;
                continue;
            }
        };
        match item(importer, entity) {
            Ok((kind, record)) => out.write(ctx, kind, record)?,
            Err(Skip::Reason(reason)) => ctx.skip(reason),
            Err(Skip::Malformed(message)) => {
                ctx.malformed(&source, line_no, message)?;
            }
        }
    }
    Ok(())
}

/// The file (`-`: standard input, for a faster decompressor in a pipe),
/// through `gunzip` or `bunzip2` when its first bytes say so.
fn open(path: &Path) -> std::io::Result<Box<dyn Read>> {
    let input: Box<dyn Read> = if path == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path)?)
    };
    let mut file = BufReader::new(input);
    let head = file.fill_buf()?;
    Ok(if head.starts_with(&[0x1f, 0x8b]) {
        Box::new(flate2::bufread::MultiGzDecoder::new(file))
    } else if head.starts_with(b"BZh") {
        Box::new(bzip2::bufread::MultiBzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

/// The line without surrounding whitespace and without the comma after
/// the entity.
fn trim_line(line: &[u8]) -> &[u8] {
    let line = line.trim_ascii();
    let line = line.strip_suffix(b",").unwrap_or(line);
    line.trim_ascii_end()
}

/// One line of the dump. Strings borrow from the line where they have no
/// escapes: an item has labels in hundreds of languages, and only a few
/// are kept.
#[derive(Deserialize)]
struct DumpEntity<'a> {
    id: Option<String>,
    #[serde(rename = "type")]
    entity_type: Option<String>,
    #[serde(default, borrow)]
    labels: HashMap<Cow<'a, str>, Text<'a>>,
    #[serde(default, borrow)]
    aliases: HashMap<Cow<'a, str>, Vec<Text<'a>>>,
    #[serde(default)]
    claims: Claims,
    #[serde(default, borrow)]
    sitelinks: HashMap<Cow<'a, str>, IgnoredAny>,
    redirect: Option<IgnoredAny>,
    redirects: Option<IgnoredAny>,
    missing: Option<IgnoredAny>,
}

#[derive(Deserialize)]
struct Text<'a> {
    #[serde(borrow)]
    value: Cow<'a, str>,
}

#[derive(Default, Deserialize)]
struct Claims {
    #[serde(rename = "P31", default)]
    instance_of: Vec<Statement>,
    #[serde(rename = "P17", default)]
    country: Vec<Statement>,
    #[serde(rename = "P27", default)]
    citizenship: Vec<Statement>,
}

#[derive(Deserialize)]
struct Statement {
    mainsnak: Snak,
    #[serde(default)]
    rank: String,
}

#[derive(Deserialize)]
struct Snak {
    datavalue: Option<DataValue>,
}

#[derive(Deserialize)]
struct DataValue {
    value: serde_json::Value,
}

enum Skip {
    Reason(String),
    Malformed(String),
}

/// The item values of statements that are not deprecated, preferred
/// first.
fn item_values(statements: &[Statement]) -> Vec<&str> {
    let mut values: Vec<(bool, &str)> = statements
        .iter()
        .filter(|s| s.rank != "deprecated")
        .filter_map(|s| {
            let value = &s.mainsnak.datavalue.as_ref()?.value;
            Some((s.rank != "preferred", value.get("id")?.as_str()?))
        })
        .collect();
    // Stable: statements of one rank keep their order.
    values.sort_by_key(|&(not_preferred, _)| not_preferred);
    values.into_iter().map(|(_, id)| id).collect()
}

fn item(
    importer: &Importer,
    entity: DumpEntity,
) -> Result<(Kind, Record), Skip> {
    if entity.missing.is_some() {
        return Err(Skip::Reason("deleted".into()));
    }
    if entity.redirect.is_some() || entity.redirects.is_some() {
        return Err(Skip::Reason("redirect".into()));
    }
    let Some(id) = entity.id else {
        return Err(Skip::Malformed("entity without \"id\"".into()));
    };
    match entity.entity_type.as_deref() {
        Some("item") => {}
        Some(other) => {
            return Err(Skip::Reason(format!("not an item ({other})")));
        }
        None => return Err(Skip::Malformed(format!("{id} has no \"type\""))),
    }
    let Some((kind, class)) = item_values(&entity.claims.instance_of)
        .into_iter()
        .find_map(|class| Some((importer.map.get(class)?, class)))
    else {
        return Err(Skip::Reason("instance of no chosen class".into()));
    };
    let class = class.to_string();
    let mut languages: Vec<&str> =
        importer.languages.iter().map(String::as_str).collect();
    languages.push("mul");
    let mut names: Vec<String> = Vec::new();
    for language in &languages {
        if let Some(label) = entity.labels.get(*language) {
            names.push(label.value.to_string());
        }
    }
    for language in &languages {
        for alias in entity.aliases.get(*language).into_iter().flatten() {
            names.push(alias.value.to_string());
        }
    }
    if !languages.iter().any(|l| entity.labels.contains_key(*l)) {
        return Err(Skip::Reason(format!(
            "no label in {}",
            importer.languages.join(", ")
        )));
    }
    let countries = if kind == Kind::Person {
        &entity.claims.citizenship
    } else {
        &entity.claims.country
    };
    let country = if kind == Kind::Country {
        None
    } else {
        item_values(countries)
            .into_iter()
            .find(|c| importer.countries.contains(*c))
            .map(str::to_string)
    };
    let name = names.remove(0);
    Ok((
        kind,
        Record {
            id,
            name,
            aliases: names,
            country,
            salience: Some(entity.sitelinks.len() as u64),
            attributes: [("instance_of".to_string(), class)].into(),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_the_array() {
        let rows: [(&[u8], &[u8]); 5] = [
            (b"[\n", b"["),
            (b"{\"id\":\"Q1\"},\n", b"{\"id\":\"Q1\"}"),
            (b"{\"id\":\"Q1\"}\r\n", b"{\"id\":\"Q1\"}"),
            (b"  {\"id\":\"Q1\"} , \n", b"{\"id\":\"Q1\"}"),
            (b"]", b"]"),
        ];
        for (line, want) in rows {
            assert_eq!(trim_line(line), want);
        }
    }
}
