//! Documents from files, folders, JSON-lines corpora and standard input,
//! read lazily so memory stays flat however large the corpus.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

/// One document to extract from.
pub(crate) struct Document {
    pub(crate) id: String,
    pub(crate) date: Option<String>,
    pub(crate) text: String,
}

/// A JSON line of a corpus.
#[derive(Deserialize)]
struct JsonDocument {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

enum Source {
    Text(PathBuf),
    Jsonl(PathBuf),
    StdinText,
    StdinJsonl,
}

/// Expands inputs into sources: folders recursively (`.txt`, `.jsonl`),
/// sorted by path.
fn sources(inputs: &[PathBuf], stdin_jsonl: bool) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(if stdin_jsonl {
                Source::StdinJsonl
            } else {
                Source::StdinText
            });
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            out.extend(files.into_iter().map(classify));
        } else if input.exists() {
            out.push(classify(input.clone()));
        } else {
            bail!("{}: no such file or folder", input.display());
        }
    }
    Ok(out)
}

fn classify(path: PathBuf) -> Source {
    if path.extension().is_some_and(|e| e == "jsonl") {
        Source::Jsonl(path)
    } else {
        Source::Text(path)
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}", dir.display()))?;
    for entry in entries {
        let path = entry.with_context(|| format!("{}", dir.display()))?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "txt" || e == "jsonl")
        {
            files.push(path);
        }
    }
    Ok(())
}

/// Yields documents one by one from every source in order.
pub(crate) struct Documents {
    sources: std::vec::IntoIter<Source>,
    lines: Option<(String, Box<dyn BufRead>, usize)>,
    strict: bool,
}

impl Documents {
    pub(crate) fn open(
        inputs: &[PathBuf],
        stdin_jsonl: bool,
        strict: bool,
    ) -> Result<Self> {
        Ok(Documents {
            sources: sources(inputs, stdin_jsonl)?.into_iter(),
            lines: None,
            strict,
        })
    }

    /// The next document of the open JSON-lines source, if any.
    fn next_line(&mut self) -> Option<Result<Document>> {
        let (name, reader, line_no) = self.lines.as_mut()?;
        let mut line = Vec::new();
        loop {
            line.clear();
            *line_no += 1;
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => {
                    self.lines = None;
                    return None;
                }
                Ok(_) if line.trim_ascii().is_empty() => {}
                Ok(_) => match parse_line(&line) {
                    Ok(doc) => return Some(Ok(doc)),
                    Err(e) if self.strict => {
                        return Some(Err(
                            e.context(format!("{name}:{line_no}"))
                        ));
                    }
                    Err(e) => {
                        eprintln!(
                            "newsgraph: {name}:{line_no}: {e:#} (skipped)"
                        );
                    }
                },
                Err(e) => {
                    let error = anyhow::Error::new(e)
                        .context(format!("{name}:{line_no}"));
                    self.lines = None;
                    return Some(Err(error));
                }
            }
        }
    }
}

fn parse_line(line: &[u8]) -> Result<Document> {
    let doc: JsonDocument =
        serde_json::from_slice(line).context("bad JSON line")?;
    let id = match doc.id {
        serde_json::Value::String(s) => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => bail!("bad JSON line: id must be a string or number"),
    };
    // A title is text too: it is extracted as the headline line.
    let text = match doc.title {
        Some(title) if !title.is_empty() => format!("{title}\n{}", doc.text),
        _ => doc.text,
    };
    Ok(Document { id, date: doc.date, text })
}

impl Iterator for Documents {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(doc) = self.next_line() {
                return Some(doc);
            }
            match self.sources.next()? {
                Source::Text(path) => {
                    let text = std::fs::read(&path)
                        .with_context(|| format!("{}", path.display()))
                        .and_then(|bytes| {
                            String::from_utf8(bytes).with_context(|| {
                                format!("{}: not UTF-8 text", path.display())
                            })
                        });
                    return Some(text.map(|text| Document {
                        id: path.display().to_string(),
                        date: None,
                        text,
                    }));
                }
                Source::StdinText => {
                    let mut text = String::new();
                    let read = std::io::stdin()
                        .read_to_string(&mut text)
                        .context("standard input");
                    return Some(read.map(|_| Document {
                        id: "-".into(),
                        date: None,
                        text,
                    }));
                }
                Source::Jsonl(path) => match File::open(&path) {
                    Ok(file) => {
                        let name = path.display().to_string();
                        self.lines =
                            Some((name, Box::new(BufReader::new(file)), 0));
                    }
                    Err(e) => {
                        return Some(Err(anyhow::Error::new(e)
                            .context(format!("{}", path.display()))));
                    }
                },
                Source::StdinJsonl => {
                    let reader = Box::new(BufReader::new(std::io::stdin()));
                    self.lines = Some(("-".into(), reader, 0));
                }
            }
        }
    }
}
