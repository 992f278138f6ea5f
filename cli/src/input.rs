//! Documents from files, folders, JSON-lines corpora and standard input,
//! read lazily so memory stays flat however large the corpus.
//!
//! A document that cannot be read (a broken JSON line, a file that is not
//! UTF-8) is reported with its place and skipped, unless `--strict`: one bad
//! document must not end a run over a whole archive.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use newsgraph::corpus::{Document, JsonLines, LineErrorKind};

/// How `-` is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StdinMode {
    /// JSON lines when the first non-blank byte is `{`, else one text.
    Detect,
    Jsonl,
    Text,
}

enum Source {
    Text(PathBuf),
    Jsonl(PathBuf),
    Stdin,
}

/// What kind of file a name in a folder is, by its extension in any case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    Text,
    Jsonl,
    Other,
}

/// The extensions read in folders, for messages.
pub(crate) const EXTENSIONS: &str = ".txt, .jsonl or .ndjson";

fn file_kind(path: &Path) -> FileKind {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match extension.to_ascii_lowercase().as_str() {
        "txt" => FileKind::Text,
        "jsonl" | "ndjson" => FileKind::Jsonl,
        _ => FileKind::Other,
    }
}

/// Expands inputs into sources: folders recursively (files with one of
/// [`EXTENSIONS`]), sorted by path. Other files in folders are returned
/// apart, to be counted; a file named on the command line is read whatever
/// its extension (as JSON lines if it has a JSON-lines one).
fn sources(inputs: &[PathBuf]) -> Result<(Vec<Source>, Vec<PathBuf>)> {
    let (mut out, mut skipped) = (Vec::new(), Vec::new());
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            for file in files {
                match file_kind(&file) {
                    FileKind::Text => out.push(Source::Text(file)),
                    FileKind::Jsonl => out.push(Source::Jsonl(file)),
                    FileKind::Other => skipped.push(file),
                }
            }
        } else if input.exists() {
            out.push(match file_kind(input) {
                FileKind::Jsonl => Source::Jsonl(input.clone()),
                _ => Source::Text(input.clone()),
            });
        } else {
            bail!("{}: no such file or folder", input.display());
        }
    }
    Ok((out, skipped))
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}", dir.display()))?;
    for entry in entries {
        let path = entry.with_context(|| format!("{}", dir.display()))?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// Yields documents one by one from every source in order, and counts
/// what it skipped.
pub(crate) struct Documents {
    sources: std::vec::IntoIter<Source>,
    /// The open JSON-lines source and its name.
    lines: Option<(String, JsonLines<Box<dyn BufRead>>)>,
    stdin: StdinMode,
    strict: bool,
    skipped_files: Vec<PathBuf>,
    skipped_documents: u64,
}

impl Documents {
    pub(crate) fn open(
        inputs: &[PathBuf],
        stdin: StdinMode,
        strict: bool,
    ) -> Result<Self> {
        let (sources, skipped_files) = sources(inputs)?;
        Ok(Documents {
            sources: sources.into_iter(),
            lines: None,
            stdin,
            strict,
            skipped_files,
            skipped_documents: 0,
        })
    }

    /// Files in folders that were not read, for their extension.
    pub(crate) fn skipped_files(&self) -> &[PathBuf] {
        &self.skipped_files
    }

    /// Documents reported and skipped so far (broken JSON lines, files
    /// that are not UTF-8 or cannot be opened).
    pub(crate) fn skipped_documents(&self) -> u64 {
        self.skipped_documents
    }

    /// Reports a document that cannot be read, or fails with `--strict`.
    fn skip(&mut self, error: anyhow::Error) -> Result<()> {
        if self.strict {
            return Err(error);
        }
        eprintln!("newsgraph: {error:#}; skipped");
        self.skipped_documents += 1;
        Ok(())
    }

    /// The next document of the open JSON-lines source, if any.
    fn next_line(&mut self) -> Option<Result<Document>> {
        loop {
            let (name, lines) = self.lines.as_mut()?;
            let Some(next) = lines.next() else {
                self.lines = None;
                return None;
            };
            let error = match next {
                Ok(doc) => return Some(Ok(doc)),
                Err(e) => e,
            };
            let place = format!("{name}:{}", error.line);
            match error.kind {
                LineErrorKind::Json(message) => {
                    let e = anyhow::anyhow!("bad JSON line: {message}");
                    if let Err(e) = self.skip(e.context(place)) {
                        return Some(Err(e));
                    }
                }
                kind => {
                    self.lines = None;
                    return Some(Err(anyhow::Error::new(kind).context(place)));
                }
            }
        }
    }

    /// A text file as one document; a file that cannot be read is skipped.
    fn text_file(&mut self, path: &Path) -> Option<Result<Document>> {
        let text = std::fs::read(path)
            .with_context(|| format!("{}", path.display()))
            .and_then(|bytes| {
                String::from_utf8(bytes).map_err(|_| {
                    anyhow::anyhow!("{}: not UTF-8 text", path.display())
                })
            });
        match text {
            Ok(text) => {
                Some(Ok(Document::new(path.display().to_string(), text)))
            }
            Err(e) => self.skip(e).err().map(Err),
        }
    }

    /// Standard input: JSON lines or one text, by `--stdin-*` or by its
    /// first non-blank byte.
    fn stdin(&mut self) -> Option<Result<Document>> {
        let (prefix, first) = match sniff(&mut std::io::stdin().lock()) {
            Ok(sniffed) => sniffed,
            Err(e) => {
                return Some(Err(
                    anyhow::Error::new(e).context("standard input")
                ));
            }
        };
        let jsonl = match self.stdin {
            // Nothing but white space: no document, as from an empty file.
            StdinMode::Detect if first.is_none() => return None,
            StdinMode::Detect => first == Some(b'{'),
            StdinMode::Jsonl => true,
            StdinMode::Text => false,
        };
        let rest = std::io::Cursor::new(prefix).chain(std::io::stdin());
        if jsonl {
            let reader: Box<dyn BufRead> = Box::new(BufReader::new(rest));
            self.lines = Some(("-".into(), JsonLines::new(reader)));
            return self.next_line();
        }
        let mut bytes = Vec::new();
        let mut rest = rest;
        if let Err(e) = rest.read_to_end(&mut bytes) {
            return Some(Err(anyhow::Error::new(e).context("standard input")));
        }
        match String::from_utf8(bytes) {
            Ok(text) => Some(Ok(Document::new("-", text))),
            Err(_) => self
                .skip(anyhow::anyhow!("standard input: not UTF-8 text"))
                .err()
                .map(Err),
        }
    }
}

/// Reads the leading white space of `reader` and returns it with the first
/// other byte (not consumed), so that nothing is lost for the reader that
/// takes over.
fn sniff(reader: &mut impl BufRead) -> std::io::Result<(Vec<u8>, Option<u8>)> {
    let mut prefix = Vec::new();
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok((prefix, None));
        }
        let blank = buffer.iter().take_while(|b| b.is_ascii_whitespace());
        let n = blank.count();
        let first = buffer.get(n).copied();
        prefix.extend_from_slice(&buffer[..n]);
        reader.consume(n);
        if first.is_some() {
            return Ok((prefix, first));
        }
    }
}

impl Iterator for Documents {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(doc) = self.next_line() {
                return Some(doc);
            }
            let next = match self.sources.next()? {
                Source::Text(path) => self.text_file(&path),
                Source::Jsonl(path) => match File::open(&path) {
                    Ok(file) => {
                        let name = path.display().to_string();
                        let reader: Box<dyn BufRead> =
                            Box::new(BufReader::new(file));
                        self.lines = Some((name, JsonLines::new(reader)));
                        None
                    }
                    Err(e) => self
                        .skip(
                            anyhow::Error::new(e)
                                .context(format!("{}", path.display())),
                        )
                        .err()
                        .map(Err),
                },
                Source::Stdin => self.stdin(),
            };
            if next.is_some() {
                return next;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds() {
        let rows = [
            ("a.txt", FileKind::Text),
            ("a.TXT", FileKind::Text),
            ("a.Txt", FileKind::Text),
            ("a.jsonl", FileKind::Jsonl),
            ("a.JSONL", FileKind::Jsonl),
            ("a.ndjson", FileKind::Jsonl),
            ("a.md", FileKind::Other),
            ("a.json", FileKind::Other),
            ("txt", FileKind::Other),
            ("a.txt.gz", FileKind::Other),
        ];
        for (name, kind) in rows {
            assert_eq!(file_kind(Path::new(name)), kind, "{name}");
        }
    }

    #[test]
    fn sniffing_keeps_every_byte() {
        let rows: [(&str, Option<u8>); 5] = [
            ("{\"id\":1}", Some(b'{')),
            ("\n\n  {\"id\":1}", Some(b'{')),
            ("Rusland en Iran", Some(b'R')),
            ("  \n [1]", Some(b'[')),
            (" \n\t", None),
        ];
        for (input, first) in rows {
            let mut reader = BufReader::with_capacity(2, input.as_bytes());
            let (prefix, got) = sniff(&mut reader).unwrap();
            assert_eq!(got, first, "{input:?}");
            let mut all = prefix;
            reader.read_to_end(&mut all).unwrap();
            assert_eq!(all, input.as_bytes(), "{input:?}");
        }
    }
}
