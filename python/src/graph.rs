//! `CooccurrenceGraph`: the library's graph, its filters and exports, and
//! its node and edge tables with the raw counts (so that graphs built
//! elsewhere, per Spark partition for example, can be summed).

use std::io::Write;
use std::path::{Path, PathBuf};

use newsgraph::graph::{Edge, GraphFilter, Node};
use newsgraph::{CooccurrenceGraph, Extraction, GraphConfig};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;

use crate::documents::{Document, in_pool, next_batch, pool};
use crate::errors::{file_error, new_error, option_error};
use crate::extraction::{
    PyExtraction, PyExtractor, extract_caught, processing_error,
};
use crate::kinds::{datelines, parse_kinds, parse_rank, parse_window, themes};

/// Documents per graph built on one thread before graphs are merged (the
/// command's number).
const CHUNK_DOCUMENTS: usize = 16;

/// Entities linked by the windows they share, with counts and evidence.
#[pyclass(name = "CooccurrenceGraph", module = "newsgraph")]
pub(crate) struct PyGraph {
    inner: CooccurrenceGraph,
}

/// The command's filters, by their Python names.
#[allow(clippy::too_many_arguments)] // one per option of the command
fn filter_of(
    py: Python<'_>,
    min_weight: u64,
    min_documents: u64,
    kinds: Option<Vec<String>>,
    top: Option<usize>,
    rank: &str,
    keep_isolated: bool,
) -> PyResult<GraphFilter> {
    let mut filter = GraphFilter::default()
        .min_weight(min_weight)
        .min_documents(min_documents)
        .kinds(parse_kinds(py, kinds)?)
        .drop_isolated(!keep_isolated);
    let rank = parse_rank(py, rank)?;
    if let Some(k) = top {
        filter = filter.top(k, rank);
    }
    Ok(filter)
}

/// The formats of `write`, from the extension as the command tells them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Graphml,
    Json,
    Csv,
}

fn format_of(
    py: Python<'_>,
    path: &Path,
    format: Option<&str>,
) -> PyResult<Format> {
    let name = match format {
        Some(f) => f.to_ascii_lowercase(),
        None => path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase(),
    };
    match name.as_str() {
        "graphml" => Ok(Format::Graphml),
        "json" => Ok(Format::Json),
        "csv" => Ok(Format::Csv),
        _ if format.is_some() => Err(option_error(
            py,
            format!(
                "unknown format {name:?}; the formats are graphml, json and csv"
            ),
        )),
        _ => Err(option_error(
            py,
            format!(
                "{}: cannot tell the format from the extension; use .graphml, \
                 .json or .csv, or format=",
                path.display()
            ),
        )),
    }
}

/// `out/graph.csv` → `out/graph-nodes.csv`, `out/graph-edges.csv`.
fn csv_paths(path: &Path) -> (PathBuf, PathBuf) {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("graph");
    (
        path.with_file_name(format!("{stem}-nodes.csv")),
        path.with_file_name(format!("{stem}-edges.csv")),
    )
}

/// A file written beside its place and renamed when whole, so that a
/// failed write never leaves half a graph.
fn write_atomically(
    py: Python<'_>,
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> PyResult<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let error = |e: std::io::Error| file_error(py, path, &e);
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(error)?;
    {
        let mut out = std::io::BufWriter::new(file.as_file_mut());
        write(&mut out).map_err(error)?;
        out.flush().map_err(error)?;
    }
    file.as_file().sync_all().map_err(error)?;
    Ok(file)
}

fn node_dict<'py>(py: Python<'py>, n: &Node) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", &*n.id)?;
    d.set_item("label", &*n.label)?;
    d.set_item("kind", n.kind.as_str())?;
    d.set_item("mentions", n.mentions)?;
    d.set_item("documents", n.documents)?;
    d.set_item("windows", n.windows)?;
    d.set_item("discovered", n.discovered)?;
    Ok(d)
}

impl PyGraph {
    fn edge_dict<'py>(
        &self,
        py: Python<'py>,
        (a, b, e): (&Node, &Node, &Edge),
        evidence: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("source", &*a.id)?;
        d.set_item("target", &*b.id)?;
        d.set_item("source_label", &*a.label)?;
        d.set_item("target_label", &*b.label)?;
        d.set_item("source_kind", a.kind.as_str())?;
        d.set_item("target_kind", b.kind.as_str())?;
        d.set_item("weight", e.weight)?;
        d.set_item("documents", e.documents)?;
        d.set_item("source_windows", a.windows)?;
        d.set_item("target_windows", b.windows)?;
        d.set_item("npmi", self.inner.npmi(a, b, e))?;
        let themes = PyDict::new(py);
        for (theme, count) in &e.themes {
            themes.set_item(&**theme, count)?;
        }
        d.set_item("themes", themes)?;
        d.set_item("first_date", e.first_date.as_deref())?;
        d.set_item("last_date", e.last_date.as_deref())?;
        if evidence {
            let records = PyList::empty(py);
            for r in &e.evidence {
                let record = PyDict::new(py);
                record.set_item("document", &r.document)?;
                record.set_item("byte_start", r.span.start)?;
                record.set_item("byte_end", r.span.end)?;
                record.set_item("snippet", &r.snippet)?;
                records.append(record)?;
            }
            d.set_item("evidence", records)?;
        }
        Ok(d)
    }

    /// Calls a function of the pure-Python part (`newsgraph._tables`).
    fn helper<'py>(
        py: Python<'py>,
        name: &str,
        args: impl pyo3::call::PyCallArgs<'py>,
    ) -> PyResult<Bound<'py, PyAny>> {
        py.import("newsgraph._tables")?.getattr(name)?.call1(args)
    }
}

#[pymethods]
impl PyGraph {
    /// An empty graph. `window`: `sentence`, `paragraph`, `item` or
    /// `document`; `evidence`: records kept per edge;
    /// `include_datelines`: let dateline places and agencies take part;
    /// `theme_nodes`: themes as nodes too.
    #[new]
    #[pyo3(signature = (window = "sentence", *, evidence = 3, include_datelines = false, theme_nodes = false))]
    fn new(
        py: Python<'_>,
        window: &str,
        evidence: usize,
        include_datelines: bool,
        theme_nodes: bool,
    ) -> PyResult<Self> {
        let config = GraphConfig::default()
            .window(parse_window(py, window)?)
            .evidence(evidence)
            .datelines(datelines(include_datelines))
            .themes(themes(theme_nodes));
        Ok(PyGraph { inner: CooccurrenceGraph::new(config) })
    }

    /// Adds one document's extraction. `text` defaults to the text it was
    /// extracted from; `doc_id` and `date` to the extraction's. A title is
    /// a window of its own after the text.
    #[pyo3(signature = (extraction, text = None, doc_id = None, date = None))]
    fn add(
        &mut self,
        py: Python<'_>,
        extraction: &Bound<'_, PyExtraction>,
        text: Option<&Bound<'_, PyAny>>,
        doc_id: Option<&Bound<'_, PyAny>>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        let x = extraction.get();
        let fields = PyDict::new(py);
        fields.set_item(
            "text",
            text.map_or_else(
                || x.text.bind(py).as_any().clone(),
                Clone::clone,
            ),
        )?;
        fields.set_item("title", x.title.as_ref().map(|t| t.bind(py)))?;
        fields.set_item("id", doc_id)?;
        fields.set_item("date", date)?;
        let doc = Document::from_python(py, 0, fields.as_any())?;
        let (mut joined, graph_text) =
            x.extracted.for_graph(&doc.text, doc.title.as_deref());
        joined.id = doc.id.or_else(|| x.id.clone());
        joined.date = doc.date.or_else(|| x.date.clone());
        let graph = &mut self.inner;
        py.detach(|| graph.add(&joined, &graph_text));
        Ok(())
    }

    /// Extracts and adds many documents in parallel with the GIL
    /// released, in batches (flat memory for any number): `docs` as for
    /// `Extractor.extract_many`. Returns the number of documents added. A
    /// document that cannot be read raises after the ones before it were
    /// added.
    #[pyo3(signature = (extractor, docs, threads = None, *, batch_size = 512))]
    fn add_many(
        &mut self,
        py: Python<'_>,
        extractor: &PyExtractor,
        docs: &Bound<'_, PyAny>,
        threads: Option<usize>,
        batch_size: usize,
    ) -> PyResult<usize> {
        let source = docs.try_iter()?;
        let pool = pool(threads)?;
        let extractor = &*extractor.inner;
        let config = self.inner.config();
        let mut added = 0;
        loop {
            // Ctrl-C between batches: the loop may run for hours.
            py.check_signals()?;
            let batch = next_batch(py, &source, added, batch_size);
            let documents = batch.documents;
            let (part, failure) = py.detach(|| {
                in_pool(pool.as_ref(), || {
                    let extracted: Vec<Result<(Extraction, String), String>> =
                        documents
                            .par_iter()
                            .map(|doc| {
                                let x = extract_caught(extractor, doc)?;
                                let (x, text) = x.for_graph(
                                    &doc.text,
                                    doc.title.as_deref(),
                                );
                                Ok((x, text.into_owned()))
                            })
                            .collect();
                    let good =
                        extracted.iter().take_while(|r| r.is_ok()).count();
                    let failure = extracted
                        .get(good)
                        .and_then(|r| r.as_ref().err().cloned());
                    let part = extracted[..good]
                        .par_chunks(CHUNK_DOCUMENTS)
                        .map(|chunk| {
                            let mut graph = CooccurrenceGraph::new(config);
                            for (x, text) in chunk.iter().flatten() {
                                graph.add(x, text);
                            }
                            graph
                        })
                        .reduce(
                            || CooccurrenceGraph::new(config),
                            |mut a, b| {
                                a.merge(&b).expect("one configuration");
                                a
                            },
                        );
                    (part, failure.map(|message| (good, message)))
                })
            });
            let graph = &mut self.inner;
            py.detach(|| graph.merge(&part).expect("one configuration"));
            if let Some((good, message)) = failure {
                return Err(processing_error(py, added + good, &message));
            }
            added += documents.len();
            if let Some(error) = batch.error {
                return Err(error);
            }
            if batch.exhausted {
                return Ok(added);
            }
        }
    }

    /// Adds every document of `other`, a graph built with the same
    /// settings: the result is the graph of both document sets.
    fn merge(
        slf: &Bound<'_, Self>,
        other: &Bound<'_, PyGraph>,
    ) -> PyResult<()> {
        let py = slf.py();
        let incompatible = |e: newsgraph::graph::IncompatibleGraphs| {
            new_error(py, "IncompatibleGraphsError", (e.to_string(),))
        };
        if slf.is(other) {
            // Merging a graph into itself adds its documents twice.
            let copy = slf.borrow().inner.clone();
            return slf.borrow_mut().inner.merge(&copy).map_err(incompatible);
        }
        let other = other.borrow();
        slf.borrow_mut().inner.merge(&other.inner).map_err(incompatible)
    }

    /// A copy with only what the command's filters keep (the command's
    /// defaults: every edge, and no node without an edge unless
    /// `keep_isolated`). Scores keep the counts of the whole graph.
    #[pyo3(signature = (*, min_weight = 1, min_documents = 1, kinds = None, top = None, rank = "weight", keep_isolated = false))]
    #[allow(clippy::too_many_arguments)] // one per option of the command
    fn filtered(
        &self,
        py: Python<'_>,
        min_weight: u64,
        min_documents: u64,
        kinds: Option<Vec<String>>,
        top: Option<usize>,
        rank: &str,
        keep_isolated: bool,
    ) -> PyResult<PyGraph> {
        let filter = filter_of(
            py,
            min_weight,
            min_documents,
            kinds,
            top,
            rank,
            keep_isolated,
        )?;
        Ok(PyGraph { inner: self.inner.filtered(&filter) })
    }

    /// Writes the graph as the command does: the format from the
    /// extension (`.graphml`, `.json`, `.csv`: `<stem>-nodes.csv` and
    /// `<stem>-edges.csv`) unless `format` is given, after the command's
    /// filters. Returns the paths written.
    #[pyo3(signature = (path, *, format = None, min_weight = 1, min_documents = 1, kinds = None, top = None, rank = "weight", keep_isolated = false))]
    #[allow(clippy::too_many_arguments)] // one per option of the command
    fn write(
        &self,
        py: Python<'_>,
        path: PathBuf,
        format: Option<&str>,
        min_weight: u64,
        min_documents: u64,
        kinds: Option<Vec<String>>,
        top: Option<usize>,
        rank: &str,
        keep_isolated: bool,
    ) -> PyResult<Vec<PathBuf>> {
        use newsgraph::export;
        let format = format_of(py, &path, format)?;
        let filter = filter_of(
            py,
            min_weight,
            min_documents,
            kinds,
            top,
            rank,
            keep_isolated,
        )?;
        let graph = self.inner.filtered(&filter);
        let graph = &graph;
        let mut files = Vec::new();
        match format {
            Format::Graphml => {
                let file = write_atomically(py, &path, |w| {
                    export::graphml::write(graph, w)
                        .map_err(std::io::Error::other)
                })?;
                files.push((file, path));
            }
            Format::Json => {
                let file = write_atomically(py, &path, |w| {
                    export::json::write(graph, w)
                })?;
                files.push((file, path));
            }
            Format::Csv => {
                let (nodes, edges) = csv_paths(&path);
                let n = write_atomically(py, &nodes, |w| {
                    export::csv::write_nodes(graph, w)
                })?;
                let e = write_atomically(py, &edges, |w| {
                    export::csv::write_edges(graph, w)
                })?;
                files.push((n, nodes));
                files.push((e, edges));
            }
        }
        let mut written = Vec::new();
        for (file, path) in files {
            file.persist(&path)
                .map_err(|e| file_error(py, &path, &e.error))?;
            written.push(path);
        }
        Ok(written)
    }

    /// The graph as a `networkx.Graph`, after the command's filters: the
    /// graph that `networkx.node_link_graph` makes of the JSON export.
    #[pyo3(signature = (*, min_weight = 1, min_documents = 1, kinds = None, top = None, rank = "weight", keep_isolated = false))]
    #[allow(clippy::too_many_arguments)] // one per option of the command
    fn to_networkx<'py>(
        &self,
        py: Python<'py>,
        min_weight: u64,
        min_documents: u64,
        kinds: Option<Vec<String>>,
        top: Option<usize>,
        rank: &str,
        keep_isolated: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let filter = filter_of(
            py,
            min_weight,
            min_documents,
            kinds,
            top,
            rank,
            keep_isolated,
        )?;
        let graph = self.inner.filtered(&filter);
        let mut json = Vec::new();
        newsgraph::export::json::write(&graph, &mut json)
            .map_err(|e| new_error(py, "NewsgraphError", (e.to_string(),)))?;
        let json = String::from_utf8(json).expect("serde_json writes UTF-8");
        Self::helper(py, "to_networkx", (json,))
    }

    /// Every node (entity) with its raw counts: `id`, `label`, `kind`,
    /// `mentions`, `documents`, `windows` (windows it occurs in),
    /// `discovered`. A list of dicts, or a `pyarrow.Table` with
    /// `arrow=True`.
    #[pyo3(signature = (*, arrow = false))]
    fn nodes_table<'py>(
        &self,
        py: Python<'py>,
        arrow: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let rows = PyList::empty(py);
        for n in self.inner.nodes() {
            rows.append(node_dict(py, n)?)?;
        }
        if arrow {
            return Self::helper(py, "nodes_to_arrow", (rows,));
        }
        Ok(rows.into_any())
    }

    /// Every edge with its raw counts: `source`, `target` (the smaller id
    /// first), their `*_label` and `*_kind`, `weight` (shared windows),
    /// `documents`, `source_windows` and `target_windows` (each end's
    /// windows), `npmi`, `themes` (theme id → shared windows),
    /// `first_date`, `last_date`, and with `evidence=True` the evidence
    /// records (`document`, `byte_start`, `byte_end`, `snippet`). A list of
    /// dicts, or a `pyarrow.Table` with `arrow=True`.
    #[pyo3(signature = (*, arrow = false, evidence = false))]
    fn edges_table<'py>(
        &self,
        py: Python<'py>,
        arrow: bool,
        evidence: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let rows = PyList::empty(py);
        for edge in self.inner.edges() {
            rows.append(self.edge_dict(py, edge, evidence)?)?;
        }
        if arrow {
            return Self::helper(py, "edges_to_arrow", (rows, evidence));
        }
        Ok(rows.into_any())
    }

    /// The node of an entity id as a dict (as in `nodes_table`), or `None`.
    fn node<'py>(
        &self,
        py: Python<'py>,
        id: &str,
    ) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.inner.node_by_id(id).map(|n| node_dict(py, n)).transpose()
    }

    /// The edge between two entity ids as a dict (as in `edges_table`,
    /// with evidence), or `None`.
    fn edge<'py>(
        &self,
        py: Python<'py>,
        a: &str,
        b: &str,
    ) -> PyResult<Option<Bound<'py, PyDict>>> {
        let (Some(e), Some(na), Some(nb)) = (
            self.inner.edge(a, b),
            self.inner.node_by_id(a),
            self.inner.node_by_id(b),
        ) else {
            return Ok(None);
        };
        let (na, nb) = if na.id <= nb.id { (na, nb) } else { (nb, na) };
        self.edge_dict(py, (na, nb, e), true).map(Some)
    }

    /// Documents added.
    #[getter]
    fn document_count(&self) -> u64 {
        self.inner.document_count()
    }

    /// Windows seen (sentences, paragraphs, … of every document): the
    /// denominator of NPMI.
    #[getter]
    fn window_count(&self) -> u64 {
        self.inner.window_count()
    }

    /// Nodes in the graph.
    #[getter]
    fn node_count(&self) -> usize {
        self.inner.node_count()
    }

    /// Edges in the graph.
    #[getter]
    fn edge_count(&self) -> usize {
        self.inner.edge_count()
    }

    /// The co-occurrence window.
    #[getter]
    fn window(&self) -> &'static str {
        self.inner.config().window.as_str()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyGraph>().is_ok_and(|o| o.borrow().inner == self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "<CooccurrenceGraph window={}: {} nodes, {} edges from {} documents>",
            self.window(),
            self.inner.node_count(),
            self.inner.edge_count(),
            self.inner.document_count()
        )
    }
}
