//! The spaCy component's work on a `Doc` as arrays (`SpacyAnnotator`):
//! the text rebuilt from the token array, the mentions placed on tokens
//! and the entity annotation written back as one array, so that no
//! `Token` object is made per token and no `Span` per entity. spaCy's own
//! way (`doc.text`, `doc.char_span`, `doc.ents = ...`) made one Python
//! object per token and per entity, which cost the component more than
//! extraction itself.
//!
//! Every rule here mirrors what those spaCy calls do, so that the result
//! is the same annotation: `char_span(..., alignment_mode="expand")`,
//! `spacy.util.filter_spans`, the `Doc.ents` getter and `Doc.set_ents`
//! with `default="outside"`.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex};

use newsgraph::{Extractor, Kind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::MutexExt;
use pyo3::types::{PyBytes, PyList, PyTuple};
use rayon::prelude::*;

use crate::documents::{in_pool, pool};
use crate::extraction::{PyExtractor, panic_message, processing_error};

/// spaCy's `ENT_IOB` values.
const IOB_INSIDE: u64 = 1;
const IOB_OUTSIDE: u64 = 2;
const IOB_BEGIN: u64 = 3;

/// What the component reads of each token: `[ORTH, SPACY]` of a doc
/// without entity annotation, and `[ORTH, SPACY, ENT_IOB, ENT_TYPE,
/// ENT_KB_ID, ENT_ID]` of a doc that may have some.
const SHORT_READ: usize = 2;
const FULL_READ: usize = 6;
/// The entity annotation of a token as kept here: `[ENT_IOB, ENT_TYPE,
/// ENT_KB_ID, ENT_ID]`.
const ENTITY_COLUMNS: usize = 4;

/// The `columns` of a result: leave the doc's entities as they are; the
/// doc's own annotation is invalid.
const UNCHANGED: i64 = 0;
const INVALID: i64 = -1;

/// A hasher for keys that already are hashes (spaCy's 64-bit string
/// hashes): the key itself.
#[derive(Default)]
struct KeyIsHash(u64);

impl Hasher for KeyIsHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type ByHash<V> = HashMap<u64, V, BuildHasherDefault<KeyIsHash>>;

/// Token texts known, at most this many: a vocabulary is rarely larger,
/// and past it the cache starts again rather than grow without bound.
const MAX_CACHED_TOKENS: usize = 1 << 20;

/// What the annotator learnt from spaCy's string store.
#[derive(Default)]
struct Strings {
    /// The token texts by their hash. A hash names one string in every
    /// store, so these hold across vocabularies.
    tokens: ByHash<Box<str>>,
    /// The store that `ids` and `labels` were added to: `ent.kb_id_` and
    /// `ent.label_` read a doc's own store.
    store: Option<Py<PyAny>>,
    /// Entity ids with their hashes, added to `store`.
    ids: HashMap<Arc<str>, u64>,
    /// Each kind's label hash (`None`: no label, the kind is left out),
    /// in the order of `Kind::ALL`; the theme label.
    labels: [Option<u64>; Kind::ALL.len()],
    theme_label: u64,
}

/// The text of a doc and where its tokens are in it (UTF-8 bytes).
struct Rebuilt {
    text: String,
    /// Each token's first byte.
    starts: Vec<usize>,
    /// The end of each token's own text, before its trailing space.
    ends: Vec<usize>,
}

impl Rebuilt {
    /// The token whose text or trailing space holds byte `at`, as spaCy's
    /// `token_by_char` finds it: tokens and their spaces tile the text.
    fn token_at(&self, at: usize) -> Option<usize> {
        if at >= self.text.len() {
            return None;
        }
        self.starts.partition_point(|&s| s <= at).checked_sub(1)
    }

    /// The tokens a byte span touches: `Doc.char_span` with
    /// `alignment_mode="expand"`. `None` where it gives no span.
    fn expand(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let mut first = self.token_at(start)?;
        let last = self.token_at(end.checked_sub(1)?)?;
        // A start in the space after a token is no part of that token.
        if start == self.ends[first] {
            first += 1;
        }
        // A span inside whitespace alone: spaCy's Span would refuse it.
        (first <= last).then_some((first, last + 1))
    }
}

/// A span of tokens with what it is, before the ids are hashed.
struct Placed {
    start: usize,
    end: usize,
    /// The label hash; 0 for a label of "" (spaCy drops such entities).
    label: u64,
    entity: Arc<str>,
}

/// The mentions of one doc on its tokens.
struct Aligned {
    /// Whether any mention with a label got a span: with none the doc's
    /// entities are left as they are.
    any: bool,
    /// Entities without overlaps (`filter_spans`), in token order.
    ents: Vec<Placed>,
    themes: Vec<Placed>,
}

/// `spacy.util.filter_spans`: the longest first (the earlier on a tie,
/// then the first given), none that overlaps one kept, in token order.
fn filter_spans(mut spans: Vec<Placed>, tokens: usize) -> Vec<Placed> {
    // Stable: equal spans keep their order, as Python's sort does.
    spans.sort_by(|a, b| {
        (b.end - b.start).cmp(&(a.end - a.start)).then(a.start.cmp(&b.start))
    });
    let mut seen = vec![false; tokens];
    let mut kept = Vec::with_capacity(spans.len());
    for span in spans {
        if !seen[span.start] && !seen[span.end - 1] {
            seen[span.start..span.end].fill(true);
            kept.push(span);
        }
    }
    kept.sort_by_key(|s| s.start);
    kept
}

/// Extracts a doc and places its mentions on its tokens.
fn align(
    extractor: &Extractor,
    doc: &Rebuilt,
    labels: &[Option<u64>; Kind::ALL.len()],
) -> Result<Aligned, String> {
    let extraction =
        catch_unwind(AssertUnwindSafe(|| extractor.extract(&doc.text)))
            .map_err(|payload| panic_message(payload.as_ref()))?;
    let mut ents = Vec::new();
    let mut themes = Vec::new();
    for m in extraction.mentions {
        let label = if m.kind == Kind::Theme {
            0
        } else {
            let Some(i) = Kind::ALL.iter().position(|k| *k == m.kind) else {
                continue;
            };
            match labels[i] {
                Some(label) => label,
                None => continue,
            }
        };
        let Some((start, end)) = doc.expand(m.span.start, m.span.end) else {
            continue;
        };
        let placed = Placed { start, end, label, entity: m.entity };
        if m.kind == Kind::Theme {
            themes.push(placed);
        } else {
            ents.push(placed);
        }
    }
    let any = !ents.is_empty();
    Ok(Aligned { any, ents: filter_spans(ents, doc.starts.len()), themes })
}

/// An entity span with every value spaCy keeps for it.
#[derive(Clone, Copy)]
struct Ent {
    start: usize,
    end: usize,
    label: u64,
    kb_id: u64,
    /// The span id (`ENT_ID`): 0 keeps the tokens' own.
    id: u64,
}

impl Ent {
    fn overlaps(&self, others: &[Ent]) -> bool {
        others.iter().any(|o| self.start < o.end && o.start < self.end)
    }
}

/// The entities the `Doc.ents` getter gives for an `[ENT_IOB, ENT_TYPE,
/// ENT_KB_ID, ENT_ID]` array of `n` tokens (row-major); `None` for an `I`
/// that follows no entity, where the getter raises.
fn existing_entities(array: &[u64], n: usize) -> Option<Vec<Ent>> {
    let row = |i: usize| &array[i * ENTITY_COLUMNS..(i + 1) * ENTITY_COLUMNS];
    let mut found = Vec::new();
    let mut open: Option<Ent> = None;
    for i in 0..n {
        let [iob, label, kb_id, id] = *row(i) else { unreachable!() };
        if iob == IOB_INSIDE {
            open.as_ref()?;
            continue;
        }
        if let Some(mut ent) = open.take() {
            ent.end = i;
            found.push(ent);
        }
        if iob == IOB_BEGIN && label != 0 {
            open = Some(Ent { start: i, end: n, label, kb_id, id });
        }
    }
    found.extend(open);
    Some(found)
}

/// The new entity annotation of a doc: spans as `Doc.set_ents` writes
/// them with every other token outside. `existing` is the doc's
/// `[ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]` array when it has any; then
/// four columns come back, else three (the doc's `ENT_ID`s stay).
/// Column-major, as `Doc.from_array` reads it. `None` when the existing
/// annotation is invalid.
fn annotation(
    ours: Vec<Ent>,
    existing: Option<&[u64]>,
    n: usize,
    overwrite: bool,
) -> Option<(usize, Vec<u64>)> {
    let (columns, spans) = match existing {
        None => (3, ours),
        Some(array) => {
            let theirs = existing_entities(array, n)?;
            let mut all: Vec<Ent> = if overwrite {
                let kept = theirs.iter().filter(|e| !e.overlaps(&ours));
                kept.copied().chain(ours.iter().copied()).collect()
            } else {
                let new = ours.iter().filter(|e| !e.overlaps(&theirs));
                theirs.iter().copied().chain(new.copied()).collect()
            };
            all.sort_by_key(|e| (e.start, e.end));
            (ENTITY_COLUMNS, all)
        }
    };
    let mut out = vec![0; columns * n];
    let (iob, rest) = out.split_at_mut(n);
    let (types, rest) = rest.split_at_mut(n);
    let (kb_ids, ids) = rest.split_at_mut(n);
    iob.fill(IOB_OUTSIDE);
    if let Some(array) = existing {
        // Tokens outside keep their KB and span ids, as set_ents leaves
        // them.
        for i in 0..n {
            kb_ids[i] = array[i * ENTITY_COLUMNS + 2];
            ids[i] = array[i * ENTITY_COLUMNS + 3];
        }
    }
    for e in spans.iter().filter(|e| e.label != 0) {
        for i in e.start..e.end {
            iob[i] = if i == e.start { IOB_BEGIN } else { IOB_INSIDE };
            types[i] = e.label;
            kb_ids[i] = e.kb_id;
            if e.id != 0 && !ids.is_empty() {
                ids[i] = e.id;
            }
        }
    }
    Some((columns, out))
}

/// Reads a `tobytes()` of a `uint64` array in this machine's byte order.
fn words(bytes: &[u8], columns: usize) -> PyResult<Vec<u64>> {
    if bytes.len() % (8 * columns) != 0 {
        return Err(PyValueError::new_err(format!(
            "a token array of {} bytes is no whole number of rows of {columns} uint64",
            bytes.len()
        )));
    }
    Ok(bytes
        .chunks_exact(8)
        .map(|w| u64::from_ne_bytes(w.try_into().expect("8 bytes")))
        .collect())
}

/// Places newsgraph's mentions on spaCy docs given as arrays; see the
/// module documentation. Made by `newsgraph.spacy_component`.
#[pyclass(name = "SpacyAnnotator", module = "newsgraph", frozen)]
pub(crate) struct PySpacyAnnotator {
    extractor: Arc<Extractor>,
    pool: Option<Arc<rayon::ThreadPool>>,
    /// Each kind's label, in the order of `Kind::ALL`.
    labels: [Option<String>; Kind::ALL.len()],
    theme_label: String,
    overwrite: bool,
    strings: Mutex<Strings>,
}

impl PySpacyAnnotator {
    /// The strings for `store`: the ids and labels start again for a
    /// store not seen last.
    fn use_store(
        &self,
        strings: &mut Strings,
        store: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        if strings.store.as_ref().is_some_and(|s| s.bind(store.py()).is(store))
        {
            return Ok(());
        }
        let add = |s: &str| -> PyResult<u64> {
            store.call_method1("add", (s,))?.extract::<u64>()
        };
        for (hash, label) in strings.labels.iter_mut().zip(&self.labels) {
            *hash = label.as_deref().map(add).transpose()?;
        }
        strings.theme_label = add(&self.theme_label)?;
        strings.ids.clear();
        strings.store = Some(store.clone().unbind());
        Ok(())
    }

    /// Rebuilds a doc's text from its rows (`ORTH` and `SPACY` first), as
    /// `Doc.text` joins its tokens' texts and spaces.
    fn rebuild(
        strings: &mut Strings,
        store: &Bound<'_, PyAny>,
        rows: &[u64],
        columns: usize,
    ) -> PyResult<Rebuilt> {
        let n = rows.len() / columns;
        let mut doc = Rebuilt {
            text: String::with_capacity(n * 7),
            starts: Vec::with_capacity(n),
            ends: Vec::with_capacity(n),
        };
        if strings.tokens.len() > MAX_CACHED_TOKENS {
            strings.tokens.clear();
        }
        for row in rows.chunks_exact(columns) {
            let (orth, space) = (row[0], row[1]);
            let token = match strings.tokens.entry(orth) {
                Entry::Occupied(known) => known.into_mut(),
                Entry::Vacant(new) => {
                    let text: String = store.get_item(orth)?.extract()?;
                    new.insert(text.into_boxed_str())
                }
            };
            doc.starts.push(doc.text.len());
            doc.text.push_str(token);
            doc.ends.push(doc.text.len());
            if space != 0 {
                doc.text.push(' ');
            }
        }
        Ok(doc)
    }
}

/// An entity id's hash in the store, added to it on first sight.
fn id_hash(
    strings: &mut Strings,
    store: &Bound<'_, PyAny>,
    id: &Arc<str>,
) -> PyResult<u64> {
    if let Some(&hash) = strings.ids.get(id) {
        return Ok(hash);
    }
    let hash = store.call_method1("add", (&**id,))?.extract::<u64>()?;
    strings.ids.insert(id.clone(), hash);
    Ok(hash)
}

#[pymethods]
impl PySpacyAnnotator {
    /// `labels` maps kinds to spaCy labels (a kind not in it is left
    /// out); themes get `theme_label`. `threads` is for batches of docs
    /// (default: one per core).
    #[new]
    #[pyo3(signature = (extractor, labels, theme_label, *, overwrite_ents = false, threads = None))]
    fn new(
        extractor: &PyExtractor,
        labels: HashMap<String, String>,
        theme_label: String,
        overwrite_ents: bool,
        threads: Option<usize>,
    ) -> PyResult<Self> {
        Ok(PySpacyAnnotator {
            extractor: extractor.inner.clone(),
            pool: pool(threads)?.map(Arc::new),
            labels: Kind::ALL.map(|k| labels.get(k.as_str()).cloned()),
            theme_label,
            overwrite: overwrite_ents,
            strings: Mutex::new(Strings::default()),
        })
    }

    /// Annotates docs given as `(array, columns)`: the bytes of
    /// `doc.to_array(...)` with `columns` 2 (`[ORTH, SPACY]`, for a doc
    /// without entity annotation) or 6 (`[ORTH, SPACY, ENT_IOB, ENT_TYPE,
    /// ENT_KB_ID, ENT_ID]`); `store` is the docs' string store. Gives, for each doc, `(columns, array, themes)`:
    /// `array` the bytes of a `(columns, len(doc))` uint64 array for
    /// `Doc.from_array` with `[ENT_IOB, ENT_TYPE, ENT_KB_ID]` (and
    /// `ENT_ID` when four); `themes` the theme spans as `(start, end,
    /// label, kb_id)` token offsets and hashes. `columns` 0 (`array` None)
    /// leaves the entities as they are; -1: the doc's own annotation is
    /// invalid. Several docs are extracted in parallel with the GIL
    /// released.
    fn annotate<'py>(
        &self,
        py: Python<'py>,
        store: &Bound<'py, PyAny>,
        docs: Vec<(Bound<'py, PyBytes>, usize)>,
    ) -> PyResult<Bound<'py, PyList>> {
        // Per doc: its text and tokens, and its entity annotation if any.
        let mut read: Vec<(Rebuilt, Option<Vec<u64>>)> =
            Vec::with_capacity(docs.len());
        let labels = {
            let mut strings = self
                .strings
                .lock_py_attached(py)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            self.use_store(&mut strings, store)?;
            for (array, columns) in &docs {
                let columns = *columns;
                if columns != SHORT_READ && columns != FULL_READ {
                    return Err(PyValueError::new_err(format!(
                        "columns must be {SHORT_READ} or {FULL_READ}, not {columns}"
                    )));
                }
                let rows = words(array.as_bytes(), columns)?;
                let doc = Self::rebuild(&mut strings, store, &rows, columns)?;
                // A KB id alone counts: set_ents keeps it on tokens
                // outside entities.
                let annotated = columns == FULL_READ
                    && rows
                        .chunks_exact(columns)
                        .any(|row| row[2] != 0 || row[4] != 0);
                let entities = annotated.then(|| {
                    rows.chunks_exact(columns)
                        .flat_map(|row| [row[2], row[3], row[4], row[5]])
                        .collect()
                });
                read.push((doc, entities));
            }
            strings.labels
        };
        let extractor = &*self.extractor;
        let one = |(doc, _): &(Rebuilt, Option<Vec<u64>>)| {
            align(extractor, doc, &labels)
        };
        let aligned: Vec<Result<Aligned, String>> = py.detach(|| {
            if read.len() == 1 {
                return vec![one(&read[0])];
            }
            in_pool(self.pool.as_deref(), || {
                read.par_iter().map(one).collect()
            })
        });
        let mut strings = self
            .strings
            .lock_py_attached(py)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // The store may have changed hands while the lock was free.
        self.use_store(&mut strings, store)?;
        let out = PyList::empty(py);
        for (i, ((doc, entities), aligned)) in
            read.iter().zip(aligned).enumerate()
        {
            let aligned = aligned
                .map_err(|message| processing_error(py, i, &message))?;
            let n = doc.starts.len();
            let themes = PyList::empty(py);
            for t in &aligned.themes {
                let kb_id = id_hash(&mut strings, store, &t.entity)?;
                themes.append((t.start, t.end, strings.theme_label, kb_id))?;
            }
            let mut ours = Vec::with_capacity(aligned.ents.len());
            for e in &aligned.ents {
                let kb_id = id_hash(&mut strings, store, &e.entity)?;
                ours.push(Ent {
                    start: e.start,
                    end: e.end,
                    label: e.label,
                    kb_id,
                    id: 0,
                });
            }
            let (columns, array) = if aligned.any {
                match annotation(ours, entities.as_deref(), n, self.overwrite)
                {
                    Some((columns, array)) => {
                        let bytes =
                            PyBytes::new_with(py, array.len() * 8, |buf| {
                                for (chunk, w) in
                                    buf.chunks_exact_mut(8).zip(&array)
                                {
                                    chunk.copy_from_slice(&w.to_ne_bytes());
                                }
                                Ok(())
                            })?;
                        (columns as i64, Some(bytes))
                    }
                    None => (INVALID, None),
                }
            } else {
                (UNCHANGED, None)
            };
            out.append(PyTuple::new(
                py,
                [
                    columns.into_pyobject(py)?.into_any(),
                    array.into_pyobject(py)?.into_any(),
                    themes.into_any(),
                ],
            )?)?;
        }
        Ok(out)
    }

    fn __repr__(&self) -> String {
        "<SpacyAnnotator>".to_string()
    }
}
