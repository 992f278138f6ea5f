//! Documents as Python gives them (a `str`, or a mapping like a line of a
//! JSON-lines archive), read in bounded batches so that an iterable of
//! any length, a generator included, is processed in flat memory.

use std::borrow::Cow;
use std::collections::VecDeque;

use newsgraph::{Extraction, Extractor, Role};
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyMapping, PyString};

use crate::errors::document_error;

/// A batch ends at its number of documents (512 by default, as the
/// command's) or at this many bytes, whichever comes first: enough to keep
/// every core busy, small enough for flat memory.
const BATCH_BYTES: usize = 4 << 20;

/// What separates the text from the title in a graph's view of a document:
/// a blank line, as the command joins them (so evidence from a title has a
/// span past the end of the text).
pub(crate) const GRAPH_SEPARATOR: &str = "\n\n";

/// One document, copied out of Python so that the GIL can be released
/// while it is processed; the `str` objects are kept to hand back.
pub(crate) struct Document {
    pub(crate) text: String,
    pub(crate) title: Option<String>,
    pub(crate) id: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) text_object: Py<PyString>,
    pub(crate) title_object: Option<Py<PyString>>,
}

/// A string argument as Rust text; a lone surrogate is a document error.
fn text_of(
    py: Python<'_>,
    index: usize,
    what: &str,
    value: &Bound<'_, PyAny>,
) -> PyResult<(String, Py<PyString>)> {
    let Ok(s) = value.cast::<PyString>() else {
        let type_name = value
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        return Err(document_error(
            py,
            index,
            &format!("{what} must be a str, not {type_name}"),
        ));
    };
    let text = s.to_cow().map_err(|e| {
        document_error(
            py,
            index,
            &format!("{what} is not valid Unicode ({e})"),
        )
    })?;
    Ok((text.into_owned(), s.clone().unbind()))
}

/// An optional string field; numbers are written in decimal (as the
/// command reads JSON ids).
fn optional_field(
    py: Python<'_>,
    index: usize,
    what: &str,
    value: Option<Bound<'_, PyAny>>,
) -> PyResult<Option<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Ok(n) = value.extract::<i64>() {
        if value.cast::<pyo3::types::PyBool>().is_err() {
            return Ok(Some(n.to_string()));
        }
    }
    text_of(py, index, what, &value).map(|(text, _)| Some(text))
}

impl Document {
    /// Reads one input item: a `str` (the text) or a mapping with `text`
    /// and optionally `title`, `id` and `date`.
    pub(crate) fn from_python(
        py: Python<'_>,
        index: usize,
        item: &Bound<'_, PyAny>,
    ) -> PyResult<Document> {
        if item.cast::<PyString>().is_ok() {
            let (text, text_object) = text_of(py, index, "the text", item)?;
            return Ok(Document {
                text,
                title: None,
                id: None,
                date: None,
                text_object,
                title_object: None,
            });
        }
        let Ok(mapping) = item.cast::<PyMapping>() else {
            let type_name = item
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            return Err(document_error(
                py,
                index,
                &format!(
                    "expected a str or a mapping with \"text\", not {type_name}"
                ),
            ));
        };
        let get = |key: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
            if mapping.contains(key)? {
                Ok(Some(mapping.get_item(key)?))
            } else {
                Ok(None)
            }
        };
        let Some(text) = get("text")? else {
            return Err(document_error(
                py,
                index,
                "the mapping has no \"text\"",
            ));
        };
        let (text, text_object) = text_of(py, index, "\"text\"", &text)?;
        let (title, title_object) = match get("title")? {
            Some(t) if !t.is_none() => {
                let (title, object) = text_of(py, index, "\"title\"", &t)?;
                // An empty title is no title, as the command reads one.
                if title.is_empty() {
                    (None, None)
                } else {
                    (Some(title), Some(object))
                }
            }
            _ => (None, None),
        };
        Ok(Document {
            text,
            title,
            id: optional_field(py, index, "\"id\"", get("id")?)?,
            date: optional_field(py, index, "\"date\"", get("date")?)?,
            text_object,
            title_object,
        })
    }
}

/// The next batch of documents from `source`. A document that cannot be
/// read ends the batch: it is returned as the error after the documents
/// before it, so those are still processed.
pub(crate) struct Batch {
    pub(crate) documents: Vec<Document>,
    pub(crate) error: Option<PyErr>,
    pub(crate) exhausted: bool,
}

pub(crate) fn next_batch(
    py: Python<'_>,
    source: &Bound<'_, PyIterator>,
    first_index: usize,
    max_documents: usize,
) -> Batch {
    let mut batch =
        Batch { documents: Vec::new(), error: None, exhausted: false };
    let mut bytes = 0;
    while batch.documents.len() < max_documents.max(1) && bytes < BATCH_BYTES {
        let index = first_index + batch.documents.len();
        let item = match source.clone().next() {
            None => {
                batch.exhausted = true;
                break;
            }
            Some(Err(error)) => {
                batch.error = Some(error);
                break;
            }
            Some(Ok(item)) => item,
        };
        match Document::from_python(py, index, &item) {
            Ok(doc) => {
                bytes +=
                    doc.text.len() + doc.title.as_ref().map_or(0, String::len);
                batch.documents.push(doc);
            }
            Err(error) => {
                batch.error = Some(error);
                break;
            }
        }
    }
    batch
}

/// The extractions of one document: its text's and its title's, each with
/// spans into its own field (as the command's `extract` gives them).
#[derive(Clone, Debug)]
pub(crate) struct Extracted {
    pub(crate) text: Extraction,
    pub(crate) title: Option<Extraction>,
}

impl Extracted {
    /// Extracts the text and the title apart; title mentions are
    /// headlines.
    pub(crate) fn of(extractor: &Extractor, doc: &Document) -> Extracted {
        let extract = |text: &str| {
            let mut x = extractor.extract(text);
            x.id.clone_from(&doc.id);
            x.date.clone_from(&doc.date);
            x
        };
        let title = doc.title.as_deref().map(|title| {
            let mut x = extract(title);
            for m in &mut x.mentions {
                m.role = Role::Headline;
            }
            x
        });
        Extracted { text: extract(&doc.text), title }
    }

    /// One extraction for a graph, and the text its spans point into: the
    /// title after the text, behind a blank line, as a sentence, paragraph
    /// and item of its own.
    pub(crate) fn for_graph<'t>(
        &self,
        text: &'t str,
        title: Option<&str>,
    ) -> (Extraction, Cow<'t, str>) {
        let (Some(title_x), Some(title)) = (&self.title, title) else {
            return (self.text.clone(), Cow::Borrowed(text));
        };
        let mut joined = self.text.clone();
        let bytes = text.len() + GRAPH_SEPARATOR.len();
        let chars = text.chars().count() + GRAPH_SEPARATOR.len();
        joined.append(title_x.clone(), bytes, chars);
        (joined, Cow::Owned(format!("{text}{GRAPH_SEPARATOR}{title}")))
    }
}

/// Runs `work` in `pool`, or in rayon's global pool (a thread per core).
pub(crate) fn in_pool<T: Send>(
    pool: Option<&rayon::ThreadPool>,
    work: impl FnOnce() -> T + Send,
) -> T {
    match pool {
        Some(pool) => pool.install(work),
        None => work(),
    }
}

/// A pool of `threads` workers, or `None` for rayon's global pool.
pub(crate) fn pool(
    threads: Option<usize>,
) -> PyResult<Option<rayon::ThreadPool>> {
    threads
        .map(|n| {
            rayon::ThreadPoolBuilder::new().num_threads(n).build().map_err(
                |e| {
                    pyo3::exceptions::PyRuntimeError::new_err(format!(
                        "cannot start {n} worker threads: {e}"
                    ))
                },
            )
        })
        .transpose()
}

/// Items waiting to be handed out, then the error that ended the input.
pub(crate) struct Pending<T> {
    pub(crate) ready: VecDeque<T>,
    pub(crate) error: Option<PyErr>,
    pub(crate) exhausted: bool,
}

impl<T> Default for Pending<T> {
    fn default() -> Self {
        Pending { ready: VecDeque::new(), error: None, exhausted: false }
    }
}
