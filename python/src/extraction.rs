//! `Extractor`, `Extraction` and `Mention`: finding entities in text, one
//! document at a time or many in parallel with the GIL released.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use newsgraph::{Extractor, Form, Mention, PartialNames};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyList, PyString};
use rayon::prelude::*;

use crate::documents::{
    Document, Extracted, Pending, in_pool, next_batch, pool,
};
use crate::errors::new_error;
use crate::gazetteer::PyGazetteer;
use crate::kinds::parse_kinds;

/// Finds the entities of a gazetteer in news text.
#[pyclass(name = "Extractor", module = "newsgraph", frozen)]
pub(crate) struct PyExtractor {
    pub(crate) inner: Arc<Extractor>,
}

/// The message of a caught panic.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Extracts one document; a panic (a bug: none is known) becomes the
/// message to raise instead of ending the process.
pub(crate) fn extract_caught(
    extractor: &Extractor,
    doc: &Document,
) -> Result<Extracted, String> {
    catch_unwind(AssertUnwindSafe(|| Extracted::of(extractor, doc)))
        .map_err(|payload| panic_message(payload.as_ref()))
}

/// The error for a document that could not be processed.
pub(crate) fn processing_error(
    py: Python<'_>,
    index: usize,
    message: &str,
) -> PyErr {
    new_error(
        py,
        "NewsgraphError",
        (format!(
            "document {index}: cannot process this document ({message})"
        ),),
    )
}

#[pymethods]
impl PyExtractor {
    /// An extractor for `gazetteer` (the built-in one when `None`).
    /// `discover` finds people and organisations no gazetteer lists;
    /// `kinds` limits the kinds found; `partial_names=False` never counts
    /// a partial form (`Poetin` after `Vladimir Poetin`).
    #[new]
    #[pyo3(signature = (gazetteer = None, *, discover = true, kinds = None, partial_names = true))]
    fn new(
        py: Python<'_>,
        gazetteer: Option<&PyGazetteer>,
        discover: bool,
        kinds: Option<Vec<String>>,
        partial_names: bool,
    ) -> PyResult<Self> {
        let mut builder = Extractor::builder();
        builder.discover(discover);
        if let Some(kinds) = parse_kinds(py, kinds)? {
            builder.kinds(&kinds);
        }
        builder.partial_names(if partial_names {
            PartialNames::AfterFullName
        } else {
            PartialNames::Never
        });
        let built = match gazetteer {
            Some(g) => {
                let g = g.inner.clone();
                py.detach(|| builder.build(&g))
            }
            None => {
                py.detach(|| builder.build(newsgraph::Gazetteer::builtin()))
            }
        };
        let extractor =
            built.map_err(|e| crate::errors::library_error(py, e))?;
        Ok(PyExtractor { inner: Arc::new(extractor) })
    }

    /// Extracts one document. `title` is extracted apart from `text`:
    /// each mention says its `field`, and its offsets slice that field.
    #[pyo3(signature = (text, title = None, *, id = None, date = None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        title: Option<&Bound<'_, PyAny>>,
        id: Option<&Bound<'_, PyAny>>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyExtraction> {
        let fields = PyDict::new(py);
        fields.set_item("text", text)?;
        fields.set_item("title", title)?;
        fields.set_item("id", id)?;
        fields.set_item("date", date)?;
        let doc = Document::from_python(py, 0, fields.as_any())?;
        let extractor = &self.inner;
        let extracted = py
            .detach(|| extract_caught(extractor, &doc))
            .map_err(|message| processing_error(py, 0, &message))?;
        Ok(PyExtraction::new(doc, extracted))
    }

    /// Extracts many documents in parallel, with the GIL released, and
    /// yields their extractions in input order. `docs` is any iterable
    /// (a generator too) of `str` or of mappings with `text` and
    /// optionally `title`, `id` and `date`; it is read in batches of
    /// `batch_size` documents (or 4 MiB), so memory stays flat however
    /// many there are. `threads` defaults to one per core.
    #[pyo3(signature = (docs, threads = None, *, batch_size = 512))]
    fn extract_many(
        &self,
        docs: &Bound<'_, PyAny>,
        threads: Option<usize>,
        batch_size: usize,
    ) -> PyResult<PyExtractions> {
        Ok(PyExtractions {
            extractor: self.inner.clone(),
            source: docs.try_iter()?.unbind(),
            pool: pool(threads)?.map(Arc::new),
            batch_size,
            read: 0,
            pending: Pending::default(),
        })
    }

    fn __repr__(&self) -> String {
        "<Extractor>".to_string()
    }
}

/// The lazy iterator of [`PyExtractor::extract_many`].
#[pyclass(name = "Extractions", module = "newsgraph")]
pub(crate) struct PyExtractions {
    extractor: Arc<Extractor>,
    source: Py<PyIterator>,
    pool: Option<Arc<rayon::ThreadPool>>,
    batch_size: usize,
    /// Documents read from the source so far.
    read: usize,
    pending: Pending<(Document, Extracted)>,
}

impl PyExtractions {
    /// Reads and extracts the next batch.
    fn fill(&mut self, py: Python<'_>) {
        let source = self.source.bind(py);
        let batch = next_batch(py, source, self.read, self.batch_size);
        let first = self.read;
        self.read += batch.documents.len();
        self.pending.exhausted = batch.exhausted;
        let extractor = &self.extractor;
        let pool = self.pool.as_deref();
        let documents = batch.documents;
        let results: Vec<Result<Extracted, String>> = py.detach(|| {
            in_pool(pool, || {
                documents
                    .par_iter()
                    .map(|doc| extract_caught(extractor, doc))
                    .collect()
            })
        });
        for (i, (doc, result)) in
            documents.into_iter().zip(results).enumerate()
        {
            match result {
                Ok(extracted) => {
                    self.pending.ready.push_back((doc, extracted));
                }
                Err(message) => {
                    self.pending.error =
                        Some(processing_error(py, first + i, &message));
                    self.pending.exhausted = true;
                    return;
                }
            }
        }
        if let Some(error) = batch.error {
            self.pending.error = Some(error);
            self.pending.exhausted = true;
        }
    }
}

#[pymethods]
impl PyExtractions {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<PyExtraction>> {
        if self.pending.ready.is_empty() && !self.pending.exhausted {
            self.fill(py);
        }
        if let Some((doc, extracted)) = self.pending.ready.pop_front() {
            return Ok(Some(PyExtraction::new(doc, extracted)));
        }
        match self.pending.error.take() {
            Some(error) => Err(error),
            None => Ok(None),
        }
    }
}

/// A name several entities share, as `Extraction.unresolved` gives it:
/// text, character start and end, candidate ids.
type UnresolvedName = (String, usize, usize, Vec<String>);

/// Everything extracted from one document.
#[pyclass(name = "Extraction", module = "newsgraph", frozen)]
pub(crate) struct PyExtraction {
    pub(crate) extracted: Extracted,
    pub(crate) id: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) text: Py<PyString>,
    pub(crate) title: Option<Py<PyString>>,
}

impl PyExtraction {
    fn new(doc: Document, extracted: Extracted) -> Self {
        PyExtraction {
            extracted,
            id: doc.id,
            date: doc.date,
            text: doc.text_object,
            title: doc.title_object,
        }
    }

    /// Every mention with its field, the title's first (as the command
    /// lists them).
    fn all_mentions(&self) -> impl Iterator<Item = (&'static str, &Mention)> {
        let title = self.extracted.title.iter().flat_map(|x| &x.mentions);
        title
            .map(|m| ("title", m))
            .chain(self.extracted.text.mentions.iter().map(|m| ("text", m)))
    }
}

#[pymethods]
impl PyExtraction {
    /// The document id, if given.
    #[getter]
    fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The document date, if given.
    #[getter]
    fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }

    /// The text extracted from (the very `str` given).
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The title, if given.
    #[getter]
    fn title(&self, py: Python<'_>) -> Option<Py<PyString>> {
        self.title.as_ref().map(|t| t.clone_ref(py))
    }

    /// The mentions, the title's first, each in text order. A new list of
    /// new objects on each access: keep it if you read it often.
    #[getter]
    fn mentions(&self) -> Vec<PyMention> {
        self.all_mentions()
            .map(|(field, m)| PyMention::new(field, m))
            .collect()
    }

    /// Short names of several entities that the text did not settle:
    /// `(text, start, end, candidate ids)`, with character offsets into
    /// the text.
    #[getter]
    fn unresolved(&self, py: Python<'_>) -> PyResult<Vec<UnresolvedName>> {
        let text = self.text.bind(py).to_cow()?;
        let (mut byte, mut chars) = (0, 0);
        let mut found = Vec::new();
        // In text order, so the characters are counted once.
        for u in &self.extracted.text.unresolved {
            chars += text[byte..u.span.start].chars().count();
            byte = u.span.start;
            let end = chars + u.text.chars().count();
            let candidates = u.candidates.iter().map(ToString::to_string);
            found.push((u.text.clone(), chars, end, candidates.collect()));
        }
        Ok(found)
    }

    /// The text's mentions as `(start, end, kind, entity)` tuples, with
    /// character offsets: the cheap form for code that only places spans
    /// (the spaCy component), without a `Mention` object each.
    fn spans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let spans = PyList::empty(py);
        for m in &self.extracted.text.mentions {
            let kind = PyString::intern(py, m.kind.as_str());
            spans.append((
                m.char_span.start,
                m.char_span.end,
                kind,
                &*m.entity,
            ))?;
        }
        Ok(spans)
    }

    /// The mentions as dicts (`Mention.to_dict()`), with `id` and `date`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("id", self.id.as_deref())?;
        dict.set_item("date", self.date.as_deref())?;
        let mentions = PyList::empty(py);
        for (field, m) in self.all_mentions() {
            mentions.append(PyMention::new(field, m).to_dict(py)?)?;
        }
        dict.set_item("mentions", mentions)?;
        Ok(dict)
    }

    fn __len__(&self) -> usize {
        self.extracted.text.mentions.len()
            + self.extracted.title.as_ref().map_or(0, |t| t.mentions.len())
    }

    fn __iter__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let list = PyList::new(py, self.mentions())?;
        Ok(list.try_iter()?.into_any().unbind())
    }

    fn __repr__(&self) -> String {
        format!(
            "<Extraction id={:?}: {} mentions>",
            self.id.as_deref().unwrap_or(""),
            self.__len__()
        )
    }
}

/// One mention of an entity.
#[pyclass(name = "Mention", module = "newsgraph", frozen, get_all, eq)]
#[derive(PartialEq)]
pub(crate) struct PyMention {
    /// The entity id (`Q159`; `new:person:…` for a discovered one).
    entity: String,
    /// `person`, `country`, `region`, `place`, `organisation` or `theme`.
    kind: &'static str,
    /// The entity's canonical name.
    name: String,
    /// The text as it stands in the document.
    text: String,
    /// Character offsets into its field: `field_text[start:end] == text`.
    start: usize,
    end: usize,
    /// UTF-8 byte offsets into its field.
    byte_start: usize,
    byte_end: usize,
    /// `name`, `alias`, `adjective`, `partial`, `short`, `cued` or
    /// `discovered`.
    form: &'static str,
    /// `body`, `headline`, `dateline` or `source`.
    role: &'static str,
    /// Its sentence, paragraph and item (`None` outside items), numbered
    /// within its field.
    sentence: u32,
    paragraph: u32,
    item: Option<u32>,
    /// `text` or `title`: the field its offsets slice.
    field: &'static str,
    /// Whether discovery found the entity (no gazetteer lists it).
    discovered: bool,
    /// Why discovery took it: the cue as written, and its kind (`role`,
    /// `speech`, `age`, …); `None` for gazetteer mentions.
    cue: Option<String>,
    cue_kind: Option<String>,
}

impl PyMention {
    fn new(field: &'static str, m: &Mention) -> Self {
        let cue_kind = m.cue.as_ref().and_then(|c| {
            serde_json::to_value(c.kind).ok()?.as_str().map(str::to_string)
        });
        PyMention {
            entity: m.entity.to_string(),
            kind: m.kind.as_str(),
            name: m.name.to_string(),
            text: m.text.clone(),
            start: m.char_span.start,
            end: m.char_span.end,
            byte_start: m.span.start,
            byte_end: m.span.end,
            form: m.form.as_str(),
            role: m.role.as_str(),
            sentence: m.sentence.get(),
            paragraph: m.paragraph.get(),
            item: m.item.map(newsgraph::ItemId::get),
            field,
            discovered: m.entity.starts_with("new:")
                || m.form == Form::Discovered,
            cue: m.cue.as_ref().map(|c| c.text.clone()),
            cue_kind,
        }
    }
}

#[pymethods]
impl PyMention {
    /// The mention as a dict of its attributes.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("entity", &self.entity)?;
        d.set_item("kind", self.kind)?;
        d.set_item("name", &self.name)?;
        d.set_item("text", &self.text)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("byte_start", self.byte_start)?;
        d.set_item("byte_end", self.byte_end)?;
        d.set_item("form", self.form)?;
        d.set_item("role", self.role)?;
        d.set_item("sentence", self.sentence)?;
        d.set_item("paragraph", self.paragraph)?;
        d.set_item("item", self.item)?;
        d.set_item("field", self.field)?;
        d.set_item("discovered", self.discovered)?;
        d.set_item("cue", self.cue.as_deref())?;
        d.set_item("cue_kind", self.cue_kind.as_deref())?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Mention {:?} {} {} {}..{} {} {}>",
            self.text,
            self.entity,
            self.kind,
            self.start,
            self.end,
            self.form,
            self.role
        )
    }
}
