//! GATE gazetteer lists: a `lists.def` whose lines name a list file and
//! its types, `city.lst:location:city` (`file:majorType[:minorType[:language
//! [:annotationType]]]`), and the `.lst` files beside it, one entry a line.
//!
//! An entry may carry features after the separator (default `&`):
//! `Den Haag&id=haag&population=552995`. The kind of an entry comes from
//! the map, looked up as `majorType:minorType`, then `majorType`. Entries
//! with the same `id` (or `inst`, the ontology instance of GATE's
//! ontology-aware lists) feature are one entity: the first is its name,
//! the others aliases; an entry without one is merged with others of its
//! kind and slug under the id `kind:slug`. Every other feature becomes a
//! column `gate_<feature>`, and the list's types the column `gate_type`.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use super::write::Output;
use super::{
    Context, Grouped, Importer, Lines, LinesError, Record, io_error, slug,
};
use crate::error::{Error, Result};

/// Features that name the entity an entry belongs to.
const ID_FEATURES: [&str; 2] = ["id", "inst"];

/// Reads every `lists.def` (with its lists), then writes: the feature
/// columns are known only at the end.
pub(crate) fn read_all(
    importer: &Importer,
    lists_defs: &[&Path],
    ctx: &mut Context,
    out: &mut Output,
) -> Result<()> {
    let mut grouped = Grouped::default();
    let mut extra: Vec<String> = Vec::new();
    for lists_def in lists_defs {
        read(importer, lists_def, ctx, &mut grouped, &mut extra)?;
    }
    out.extra_columns(extra);
    for (kind, record) in grouped.into_records() {
        out.write(ctx, kind, record)?;
    }
    Ok(())
}

fn read(
    importer: &Importer,
    lists_def: &Path,
    ctx: &mut Context,
    grouped: &mut Grouped,
    extra: &mut Vec<String>,
) -> Result<()> {
    let def_source = lists_def.display().to_string();
    let text = std::fs::read(lists_def).map_err(io_error(lists_def))?;
    let dir = lists_def.parent().unwrap_or(Path::new("."));
    let mut lists = 0;
    for (i, line) in text.split(|&b| b == b'\n').enumerate() {
        let line_no = i + 1;
        let Ok(line) = std::str::from_utf8(line) else {
            ctx.malformed(&def_source, line_no, "invalid utf-8")?;
            continue;
        };
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with("//") || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(':').map(str::trim).collect();
        if fields.len() < 2 || fields[0].is_empty() || fields[1].is_empty() {
            ctx.malformed(
                &def_source,
                line_no,
                "expected file.lst:majorType[:minorType[:language]]",
            )?;
            continue;
        }
        lists += 1;
        let (file, major) = (fields[0], fields[1]);
        let minor = fields.get(2).copied().filter(|m| !m.is_empty());
        let gate_type = match minor {
            Some(minor) => format!("{major}:{minor}"),
            None => major.to_string(),
        };
        let kind = match minor {
            Some(_) if importer.map.contains(&gate_type) => {
                importer.map.get(&gate_type)
            }
            _ => importer.map.get(major),
        };
        let list_path = dir.join(file);
        let Some(kind) = kind else {
            ctx.skip(format!("list type not mapped ({gate_type})"));
            continue;
        };
        let list = match std::fs::File::open(&list_path) {
            Ok(f) => std::io::BufReader::new(f),
            Err(e) => {
                let message = format!("cannot read {file}: {e}");
                ctx.malformed(&def_source, line_no, message)?;
                continue;
            }
        };
        let list_source = list_path.display().to_string();
        read_list(
            importer,
            &list_source,
            list,
            kind,
            &gate_type,
            ctx,
            grouped,
            extra,
        )
        .map_err(|e| e.naming(&list_path))?;
    }
    if lists == 0 {
        return Err(Error::parse(
            &def_source,
            1,
            "names no list file (expected lines such as city.lst:location:city)",
        ));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn read_list(
    importer: &Importer,
    source: &str,
    reader: impl BufRead,
    kind: crate::Kind,
    gate_type: &str,
    ctx: &mut Context,
    grouped: &mut Grouped,
    extra: &mut Vec<String>,
) -> Result<(), LinesError> {
    let mut lines = Lines::new(reader);
    while let Some((line_no, line)) = lines.next(source, ctx)? {
        match parse_entry(line, importer.separator) {
            Ok((entry, features)) => {
                let id =
                    ID_FEATURES.iter().find_map(|f| features.get(*f)).cloned();
                let key = match &id {
                    Some(id) => format!("id\t{id}"),
                    None => format!("{}:{}", kind.as_str(), slug(&entry)),
                };
                let mut attributes = BTreeMap::new();
                attributes
                    .insert("gate_type".to_string(), gate_type.to_string());
                for (feature, value) in &features {
                    if ID_FEATURES.contains(&feature.as_str()) {
                        continue;
                    }
                    let column = format!("gate_{feature}");
                    if !extra.contains(&column) {
                        extra.push(column.clone());
                    }
                    attributes.insert(column, value.clone());
                }
                let entity_id = id.clone().unwrap_or_else(|| key.clone());
                let name = entry.clone();
                let conflict = grouped.add(&key, kind, &entry, || Record {
                    id: entity_id,
                    name,
                    attributes: attributes.clone(),
                    ..Record::default()
                });
                if let Some(record) = grouped.get_mut(&key) {
                    // Later entries add features the first lacked.
                    for (column, value) in attributes {
                        record.attributes.entry(column).or_insert(value);
                    }
                }
                if let Some(first) = conflict {
                    ctx.unsupported(
                        source,
                        line_no,
                        "entry of an id with another kind",
                        format!(
                            "{gate_type} entry of id {} is not a {first} \
                             like the id's first entry",
                            id.unwrap_or_default()
                        ),
                    );
                }
            }
            Err(message) => ctx
                .malformed(source, line_no, message)
                .map_err(LinesError::Fatal)?,
        }
    }
    Ok(())
}

/// `entry&key=value&key=value` → the entry and its features.
fn parse_entry(
    line: &str,
    separator: char,
) -> Result<(String, BTreeMap<String, String>), String> {
    let mut parts = line.split(separator);
    let entry = parts.next().unwrap_or_default().trim();
    if entry.is_empty() {
        return Err("empty entry".into());
    }
    let mut features = BTreeMap::new();
    for part in parts {
        if part.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = part.split_once('=') else {
            return Err(format!("feature {part:?} is not key=value"));
        };
        let key = key.trim();
        if key.is_empty()
            || !key.chars().all(|c| {
                c.is_alphanumeric() || c == '_' || c == '-' || c == '.'
            })
        {
            return Err(format!("feature name {key:?} is not a word"));
        }
        features.insert(key.to_string(), value.trim().to_string());
    }
    Ok((entry.to_string(), features))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries() {
        // (name, line, separator, expected entry and features, or the
        // start of the error)
        type Want = Result<
            (&'static str, &'static [(&'static str, &'static str)]),
            &'static str,
        >;
        let rows: [(&str, &str, char, Want); 7] = [
            ("entry000 plain", "Den Haag", '&', Ok(("Den Haag", &[]))),
            (
                "entry010 features",
                "Den Haag&id=haag&population=552995",
                '&',
                Ok(("Den Haag", &[("id", "haag"), ("population", "552995")])),
            ),
            (
                "entry020 tab",
                "Utrecht\tid=u",
                '\t',
                Ok(("Utrecht", &[("id", "u")])),
            ),
            (
                "entry030 trailing separator",
                "Utrecht&",
                '&',
                Ok(("Utrecht", &[])),
            ),
            ("entry100 empty", "&id=x", '&', Err("empty entry")),
            (
                "entry110 no value",
                "Utrecht&capital",
                '&',
                Err("feature \"capital\" is not key=value"),
            ),
            ("entry120 bad key", "Utrecht&a b=c", '&', Err("feature name")),
        ];
        for (name, line, sep, want) in rows {
            match (parse_entry(line, sep), want) {
                (Ok((entry, features)), Ok((we, wf))) => {
                    assert_eq!(entry, we, "{name}");
                    let got: Vec<(&str, &str)> = features
                        .iter()
                        .map(|(k, v)| (k.as_str(), v.as_str()))
                        .collect();
                    assert_eq!(got, wf, "{name}");
                }
                (Err(e), Err(prefix)) => {
                    assert!(e.starts_with(prefix), "{name}: {e}");
                }
                (got, want) => panic!("{name}: got {got:?}, want {want:?}"),
            }
        }
    }
}
