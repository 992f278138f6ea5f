//! spaCy EntityRuler patterns: one JSON object per line, `{"label":
//! "ORG", "pattern": "Apple", "id": "apple"}`.
//!
//! A pattern is a phrase (a string) or a list of tokens. A token list
//! becomes a form only when every token is `{"LOWER": "…"}`, `{"ORTH":
//! "…"}` or `{"TEXT": "…"}` with a string: the tokens are joined with a
//! space, except that punctuation joins the token before it and a hyphen,
//! slash or apostrophe also the one after (`["Noord", "-", "Korea"]` is
//! `Noord-Korea`). Any other attribute or operator (`OP`, `REGEX`, `IN`,
//! `POS`, `LEMMA`, `SHAPE`, …) asks for more than a form can say: the
//! pattern is reported and counted as `unsupported pattern (OP)`.
//!
//! Patterns with the same `id` are one entity: the first pattern's text
//! is its name, the others its aliases. A pattern without an `id` is
//! merged with others of the same kind and slug, under the id
//! `kind:slug` (`place:san-francisco`). Forms match in any case here,
//! where a spaCy `ORTH` pattern is case-sensitive: news writes names in
//! capitals in datelines.

use std::io::BufRead;
use std::path::Path;

use serde_json::Value;

use super::write::Output;
use super::{
    Context, Grouped, Importer, Lines, LinesError, Record, io_error, slug,
};
use crate::error::Result;

/// Token attributes whose string value is the token's text.
const TEXT_ATTRIBUTES: [&str; 3] = ["LOWER", "ORTH", "TEXT"];

pub(crate) fn read(
    importer: &Importer,
    path: &Path,
    ctx: &mut Context,
    out: &mut Output,
) -> Result<()> {
    let file = std::fs::File::open(path).map_err(io_error(path))?;
    let source = path.display().to_string();
    let mut grouped = Grouped::default();
    read_patterns(
        importer,
        &source,
        std::io::BufReader::new(file),
        ctx,
        &mut grouped,
    )
    .map_err(|e| e.naming(path))?;
    for (kind, record) in grouped.into_records() {
        out.write(ctx, kind, record)?;
    }
    Ok(())
}

fn read_patterns(
    importer: &Importer,
    source: &str,
    reader: impl BufRead,
    ctx: &mut Context,
    grouped: &mut Grouped,
) -> Result<(), LinesError> {
    let mut lines = Lines::new(reader);
    while let Some((line_no, line)) = lines.next(source, ctx)? {
        match parse_line(line) {
            Ok(Parsed::Pattern { label, text, id }) => {
                let Some(kind) = importer.map.get(&label) else {
                    ctx.skip(format!("label not mapped ({label})"));
                    continue;
                };
                let key = match &id {
                    Some(id) => format!("id\t{id}"),
                    None => format!("{}:{}", kind.as_str(), slug(&text)),
                };
                let entity_id = id.clone().unwrap_or_else(|| key.clone());
                let name = text.clone();
                let conflict = grouped.add(&key, kind, &text, || Record {
                    id: entity_id,
                    name,
                    attributes: [("spacy_label".to_string(), label.clone())]
                        .into(),
                    ..Record::default()
                });
                if let Some(first) = conflict {
                    ctx.unsupported(
                        source,
                        line_no,
                        "pattern of an id with another kind",
                        format!(
                            "label {label} of {key:?} is not the kind \
                             ({first}) of the id's first pattern",
                            key = id.unwrap_or_default()
                        ),
                    );
                }
            }
            Ok(Parsed::Unsupported(what)) => ctx.unsupported(
                source,
                line_no,
                &format!("unsupported pattern ({what})"),
                format!("a gazetteer form cannot express {what}"),
            ),
            Err(message) => ctx
                .malformed(source, line_no, message)
                .map_err(LinesError::Fatal)?,
        }
    }
    Ok(())
}

enum Parsed {
    Pattern {
        label: String,
        text: String,
        id: Option<String>,
    },
    /// What the pattern uses that a form cannot say.
    Unsupported(String),
}

/// One line: a pattern, an unsupported pattern, or why it is malformed.
fn parse_line(line: &str) -> Result<Parsed, String> {
    let value: Value = serde_json::from_str(line)
        .map_err(|e| format!("not a JSON object: {e}"))?;
    let Value::Object(object) = value else {
        return Err("not a JSON object".into());
    };
    let label = match object.get("label") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(_) => return Err("\"label\" is not a non-empty string".into()),
        None => return Err("no \"label\"".into()),
    };
    let id = match object.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if !s.trim().is_empty() => {
            Some(s.trim().to_string())
        }
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(_) => return Err("\"id\" is not a string".into()),
    };
    let text = match object.get("pattern") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(tokens)) => match join_tokens(tokens)? {
            Ok(text) => text,
            Err(what) => return Ok(Parsed::Unsupported(what)),
        },
        Some(_) => {
            return Err("\"pattern\" is neither a string nor a list".into());
        }
        None => return Err("no \"pattern\"".into()),
    };
    if text.trim().is_empty() {
        return Err("empty pattern".into());
    }
    Ok(Parsed::Pattern { label, text, id })
}

/// The text of a token list; the inner `Err` names the attribute or
/// operator that a form cannot express; the outer one a malformed list.
fn join_tokens(tokens: &[Value]) -> Result<Result<String, String>, String> {
    if tokens.is_empty() {
        return Err("empty token list".into());
    }
    let mut words = Vec::with_capacity(tokens.len());
    for token in tokens {
        let Value::Object(token) = token else {
            return Err("a token is not a JSON object".into());
        };
        if token.is_empty() {
            return Ok(Err("a token that matches anything".into()));
        }
        // Attribute names are case-insensitive in spaCy.
        let mut text = None;
        for (key, value) in token {
            let key = key.to_uppercase();
            match value {
                Value::String(s)
                    if TEXT_ATTRIBUTES.contains(&key.as_str()) =>
                {
                    if text.is_some() {
                        return Ok(Err("two text attributes".into()));
                    }
                    text = Some(s.clone());
                }
                Value::Object(inner)
                    if TEXT_ATTRIBUTES.contains(&key.as_str()) =>
                {
                    let op = inner
                        .keys()
                        .next()
                        .map_or("{}".into(), |k| k.to_uppercase());
                    return Ok(Err(op));
                }
                _ => return Ok(Err(key)),
            }
        }
        words.push(text.expect("one attribute was read"));
    }
    Ok(Ok(glue(&words)))
}

/// Joins token texts as they stand in running text: closing punctuation
/// joins the word before, a hyphen, slash or apostrophe both words, an
/// opening bracket the word after.
pub(crate) fn glue(words: &[String]) -> String {
    let only = |word: &str, set: &[char]| {
        !word.is_empty() && word.chars().all(|c| set.contains(&c))
    };
    let mut out = String::new();
    let mut glue_next = true;
    for word in words {
        let closing =
            only(word, &['.', ',', ';', ':', '!', '?', ')', ']', '%']);
        let joiner = only(word, &['-', '/', '\'', '’', '‐', '–']);
        let opening = only(word, &['(', '[']);
        if !(glue_next || closing || joiner) {
            out.push(' ');
        }
        out.push_str(word);
        glue_next = joiner || opening;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    type Want = Result<
        (&'static str, &'static str, Option<&'static str>),
        &'static str,
    >;

    #[test]
    fn lines() {
        // (name, line, expected: Ok((label, text, id)) or Err(unsupported
        // or malformed, starts with))
        let rows: &[(&str, &str, Want)] = &[
            (
                "line000 phrase",
                r#"{"label":"ORG","pattern":"Apple"}"#,
                Ok(("ORG", "Apple", None)),
            ),
            (
                "line010 tokens with id",
                r#"{"label":"GPE","pattern":[{"LOWER":"san"},{"lower":"francisco"}],"id":"sf"}"#,
                Ok(("GPE", "san francisco", Some("sf"))),
            ),
            (
                "line020 hyphen token",
                r#"{"label":"GPE","pattern":[{"ORTH":"Noord"},{"ORTH":"-"},{"ORTH":"Korea"}]}"#,
                Ok(("GPE", "Noord-Korea", None)),
            ),
            (
                "line030 period",
                r#"{"label":"ORG","pattern":[{"TEXT":"Shell"},{"TEXT":"plc"},{"TEXT":"."}],"id":7}"#,
                Ok(("ORG", "Shell plc.", Some("7"))),
            ),
            (
                "line100 op",
                r#"{"label":"X","pattern":[{"LOWER":"a"},{"OP":"?"}]}"#,
                Err("unsupported OP"),
            ),
            (
                "line110 regex",
                r#"{"label":"X","pattern":[{"TEXT":{"REGEX":"^a"}}]}"#,
                Err("unsupported REGEX"),
            ),
            (
                "line120 in",
                r#"{"label":"X","pattern":[{"LOWER":{"IN":["a","b"]}}]}"#,
                Err("unsupported IN"),
            ),
            (
                "line130 pos",
                r#"{"label":"X","pattern":[{"POS":"PROPN"}]}"#,
                Err("unsupported POS"),
            ),
            (
                "line140 wildcard",
                r#"{"label":"X","pattern":[{}]}"#,
                Err("unsupported a token that matches anything"),
            ),
            (
                "line200 not json",
                r#"{"label":"ORG","pattern":"A""#,
                Err("malformed not a JSON object"),
            ),
            (
                "line210 no label",
                r#"{"pattern":"A"}"#,
                Err("malformed no \"label\""),
            ),
            (
                "line220 array",
                r#"["ORG","A"]"#,
                Err("malformed not a JSON object"),
            ),
            (
                "line230 empty",
                r#"{"label":"ORG","pattern":" "}"#,
                Err("malformed empty pattern"),
            ),
            (
                "line240 bad token",
                r#"{"label":"ORG","pattern":["A"]}"#,
                Err("malformed a token is not"),
            ),
            (
                "line250 number pattern",
                r#"{"label":"ORG","pattern":3}"#,
                Err("malformed \"pattern\" is neither"),
            ),
        ];
        for (name, line, want) in rows {
            let got = match parse_line(line) {
                Ok(Parsed::Pattern { label, text, id }) => {
                    Ok((label, text, id))
                }
                Ok(Parsed::Unsupported(what)) => {
                    Err(format!("unsupported {what}"))
                }
                Err(message) => Err(format!("malformed {message}")),
            };
            match (want, got) {
                (Ok((l, t, i)), Ok((gl, gt, gi))) => {
                    assert_eq!(
                        (*l, *t, *i),
                        (gl.as_str(), gt.as_str(), gi.as_deref()),
                        "{name}"
                    );
                }
                (Err(prefix), Err(got)) => {
                    assert!(got.starts_with(prefix), "{name}: {got}");
                }
                (want, got) => panic!("{name}: want {want:?}, got {got:?}"),
            }
        }
    }

    #[test]
    fn tokens_glue_like_text() {
        let rows: [(&[&str], &str); 5] = [
            (&["Den", "Haag"], "Den Haag"),
            (&["Noord", "-", "Korea"], "Noord-Korea"),
            (&["U.S.", "Army"], "U.S. Army"),
            (&["AT", "&", "T"], "AT & T"),
            (
                &["Procter", "&", "Gamble", ",", "Inc", "."],
                "Procter & Gamble, Inc.",
            ),
        ];
        for (tokens, want) in rows {
            let words: Vec<String> =
                tokens.iter().map(ToString::to_string).collect();
            assert_eq!(glue(&words), want);
        }
    }
}
