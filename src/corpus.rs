//! News archives as JSON lines: one document per line,
//! `{"id": …, "text": …, "date": …, "title": …}`, with `date` and `title`
//! optional and `id` a string or a number. Blank lines are skipped.
//!
//! [`JsonLines`] reads them lazily, so memory stays flat however large the
//! archive; a malformed line is an error of that line only, and reading
//! goes on with the next.
//!
//! # Example
//!
//! ```
//! use newsgraph::corpus::JsonLines;
//!
//! let archive = "{\"id\": 1, \"text\": \"Rusland zweeg.\"}\n\nnot json\n";
//! let mut lines = JsonLines::new(archive.as_bytes());
//! let first = lines.next().unwrap().unwrap();
//! assert_eq!((first.id.as_str(), first.text.as_str()), ("1", "Rusland zweeg."));
//! let error = lines.next().unwrap().unwrap_err();
//! assert_eq!(error.line, 3);
//! assert!(lines.next().is_none());
//! ```

use std::io::BufRead;

use serde::Deserialize;

/// One document of an archive.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Document {
    /// Its id, as given (a number is written in decimal).
    pub id: String,
    /// Its date, as given (typically ISO 8601).
    pub date: Option<String>,
    /// Its title, if not empty. Kept apart from the text, so that spans
    /// in the text stay spans of the user's `text`.
    pub title: Option<String>,
    /// Its text.
    pub text: String,
}

impl Document {
    /// A document with an id and a text.
    #[must_use]
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), ..Document::default() }
    }

    /// Parses one JSON line. The error's `line` is 1; [`JsonLines`] sets
    /// the line of the file.
    ///
    /// # Errors
    ///
    /// Fails on malformed JSON, a missing `id` or `text`, or an `id` that
    /// is neither a string nor a number.
    pub fn from_json_line(line: &[u8]) -> Result<Document, LineError> {
        let doc: JsonDocument = serde_json::from_slice(line).map_err(|e| {
            // serde's own position is always line 1 of the line: keep the
            // column, say the line where the caller knows it.
            let message = e.to_string();
            let position =
                format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&position).unwrap_or(&message);
            LineError::json(format!("{message} (column {})", e.column()))
        })?;
        let id = match doc.id {
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => n.to_string(),
            _ => return Err(LineError::json("id must be a string or number")),
        };
        Ok(Document {
            id,
            date: doc.date,
            title: doc.title.filter(|t| !t.is_empty()),
            text: doc.text,
        })
    }
}

/// A JSON line as serde reads it.
#[derive(Deserialize)]
struct JsonDocument {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// A line that is not a document, or a read that failed.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {kind}")]
pub struct LineError {
    /// The 1-based line.
    pub line: usize,
    /// What went wrong.
    pub kind: LineErrorKind,
}

/// What went wrong on a line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LineErrorKind {
    /// The line is not a document; reading goes on.
    #[error("bad JSON line: {0}")]
    Json(String),
    /// The archive could not be read; reading stops.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl LineError {
    fn json(message: impl Into<String>) -> Self {
        LineError { line: 1, kind: LineErrorKind::Json(message.into()) }
    }
}

/// The documents of a JSON-lines archive, one by one.
#[derive(Debug)]
pub struct JsonLines<R> {
    reader: R,
    /// Lines read so far.
    line: usize,
    buf: Vec<u8>,
    /// Set after a read error: nothing more comes.
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// Reads documents from `reader`.
    pub fn new(reader: R) -> Self {
        JsonLines { reader, line: 0, buf: Vec::new(), done: false }
    }

    /// The line of the document (or error) returned last.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Document, LineError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) if self.buf.trim_ascii().is_empty() => {}
                Ok(_) => {
                    return Some(Document::from_json_line(&self.buf).map_err(
                        |mut e| {
                            e.line = self.line;
                            e
                        },
                    ));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(LineError {
                        line: self.line,
                        kind: LineErrorKind::Io(e),
                    }));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_errors() {
        // (line, Ok(id) or Err(start of the message))
        let archive = concat!(
            "{\"id\": \"a\", \"text\": \"x\"}\n",
            "   \n",
            "{\"id\": 7, \"text\": \"y\", \"title\": \"\", \"date\": \"2024-01-02\"}\r\n",
            "{\"id\": [1], \"text\": \"z\"}\n",
            "{\"text\": \"no id\"}\n",
            "{\"id\": \"b\", \"text\": \"t\", \"title\": \"Kop\"}",
        );
        let mut lines = JsonLines::new(archive.as_bytes());
        let mut got = Vec::new();
        while let Some(result) = lines.next() {
            got.push((
                lines.line(),
                result.map(|d| (d.id, d.title)).map_err(|e| {
                    let message = e.to_string();
                    message[..message.find(':').unwrap_or(0)].to_string()
                }),
            ));
        }
        let title = |t: &str| Some(t.to_string());
        assert_eq!(
            got,
            [
                (1, Ok(("a".to_string(), None))),
                (3, Ok(("7".to_string(), None))),
                (4, Err("line 4".to_string())),
                (5, Err("line 5".to_string())),
                (6, Ok(("b".to_string(), title("Kop")))),
            ]
        );
    }

    #[test]
    fn json_line_errors_name_the_column_not_serde_line() {
        let rows = [
            ("{broken", "bad JSON line: key must be a string (column 2)"),
            (
                "{\"id\": \"a\"}",
                "bad JSON line: missing field `text` (column 11)",
            ),
            (
                "{\"id\": [], \"text\": \"\"}",
                "bad JSON line: id must be a string or number",
            ),
        ];
        for (line, want) in rows {
            let error = Document::from_json_line(line.as_bytes()).unwrap_err();
            assert_eq!(error.kind.to_string(), want, "{line}");
        }
        let doc = Document::from_json_line(
            b"{\"id\": 7, \"text\": \"x\", \"title\": \"\"}",
        )
        .unwrap();
        assert_eq!((doc.id.as_str(), doc.title), ("7", None));
    }
}
