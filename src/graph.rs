//! The co-occurrence graph: entities linked by the windows they share.
//!
//! [`CooccurrenceGraph`] accumulates [`Extraction`]s. Two entities are linked
//! when they occur in the same window (a sentence by default). Each edge
//! counts its shared windows (`weight`) and documents, the themes found in
//! those windows, the first and last date, the shared windows per day (a
//! [`Timeline`]; nodes count their mentions per day), and keeps a few
//! evidence records so a reader can see why two entities are linked. Every
//! statistic is a sum, a minimum or a maximum, and evidence is the *n*
//! smallest records by (document, span), so graphs built on disjoint
//! document sets merge into exactly the graph of their union, in any order.
//!
//! Dateline places and agency credits (`MOSKOU (ANP/RTR) -`) stay out by
//! default: ANP would otherwise link to everything.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::Arc;

use petgraph::graphmap::UnGraphMap;
use serde::Serialize;

use crate::extract::{Extraction, Mention};
use crate::gazetteer::Kind;
use crate::span::Span;

mod document;
mod timeline;

pub use document::DocumentGraph;
pub use timeline::{Day, Timeline};

/// What counts as "together".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Window {
    /// The same sentence.
    #[default]
    Sentence,
    /// The same paragraph.
    Paragraph,
    /// The same news item (article or ticker entry).
    Item,
    /// The same document.
    Document,
}

/// Whether dateline places and agency credits take part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Datelines {
    /// Leave mentions with role `dateline` or `source` out.
    #[default]
    Exclude,
    /// Count them like body text.
    Include,
}

/// How themes enter the graph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Themes {
    /// As counts on the edges whose windows they occur in.
    #[default]
    OnEdges,
    /// Also as nodes, linked to the entities they occur with.
    AsNodes,
}

/// `as_str()` and a `Display` that honours width and alignment, so the
/// names can go into tables and messages as they are.
macro_rules! named {
    ($type:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $type {
            /// The lower-case name, as the command line writes it.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self {
                    $($type::$variant => $name),+
                }
            }
        }

        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}

named!(Window {
    Sentence => "sentence",
    Paragraph => "paragraph",
    Item => "item",
    Document => "document",
});
named!(Datelines { Exclude => "exclude", Include => "include" });
named!(Themes { OnEdges => "on-edges", AsNodes => "as-nodes" });
named!(Rank { Weight => "weight", Npmi => "npmi" });

/// How a graph is built. Graphs merge only with the same configuration.
///
/// Built from the default with setters, so that new options do not break
/// callers:
///
/// ```
/// use newsgraph::graph::{GraphConfig, Window};
///
/// let config = GraphConfig::default().window(Window::Paragraph).evidence(5);
/// assert_eq!((config.window, config.evidence), (Window::Paragraph, 5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct GraphConfig {
    /// The co-occurrence window.
    pub window: Window,
    /// Evidence records kept per edge.
    pub evidence: usize,
    /// Dateline places and agencies.
    pub datelines: Datelines,
    /// Themes on edges or also as nodes.
    pub themes: Themes,
}

impl Default for GraphConfig {
    fn default() -> Self {
        GraphConfig {
            window: Window::Sentence,
            evidence: 3,
            datelines: Datelines::Exclude,
            themes: Themes::OnEdges,
        }
    }
}

impl GraphConfig {
    /// Sets the co-occurrence window.
    #[must_use]
    pub fn window(mut self, window: Window) -> Self {
        self.window = window;
        self
    }

    /// Sets the evidence records kept per edge.
    #[must_use]
    pub fn evidence(mut self, records: usize) -> Self {
        self.evidence = records;
        self
    }

    /// Sets whether dateline places and agencies take part.
    #[must_use]
    pub fn datelines(mut self, datelines: Datelines) -> Self {
        self.datelines = datelines;
        self
    }

    /// Sets how themes enter the graph.
    #[must_use]
    pub fn themes(mut self, themes: Themes) -> Self {
        self.themes = themes;
        self
    }
}

/// A node of [`CooccurrenceGraph::as_graphmap`]: an index into the graph's
/// node table, read with [`CooccurrenceGraph::node_at`]. A newtype, so that
/// it cannot be mixed up with other counts and indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeIndex(u32);

impl NodeIndex {
    /// The index as a `usize`.
    #[must_use]
    pub fn as_usize(self) -> usize {
        self.0 as usize
    }

    fn from_usize(index: usize) -> Self {
        NodeIndex(u32::try_from(index).expect("fewer than 2^32 nodes"))
    }
}

/// An entity in the graph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Node {
    /// The entity id.
    pub id: Arc<str>,
    /// Its canonical name.
    pub label: Arc<str>,
    /// Its kind.
    pub kind: Kind,
    /// Mentions counted.
    pub mentions: u64,
    /// Documents it occurs in.
    pub documents: u64,
    /// Windows it occurs in (for the association score).
    pub windows: u64,
    /// Whether discovery found it (its id starts with `new:`) rather than
    /// a gazetteer.
    pub discovered: bool,
    /// Mentions per day, from documents whose date names a day (see
    /// [`Day::parse`]).
    #[serde(skip_serializing_if = "Timeline::is_empty")]
    pub timeline: Timeline,
}

/// Why two entities are linked: a place in a document.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Evidence {
    /// The document id.
    pub document: String,
    /// From the start of the sentence of the first mention to the end of
    /// the sentence of the second.
    pub span: Span,
    /// The text of the span, white space collapsed, at most
    /// [`SNIPPET_CHARS`] characters.
    ///
    /// A longer span (or one of more than `2 * SNIPPET_CHARS` bytes) shows
    /// the text around the two mentions instead, `…` marking what is left
    /// out, so that both names are visible. Mentions close together (from
    /// the start of the first to the end of the second at most
    /// `SNIPPET_CHARS - 2` bytes) share one window, centred on them;
    /// mentions further apart get one window each, of about half the
    /// characters, joined by ` … ` (shortened here):
    /// `In de regio Odesa kwamen twee mensen om … aan persbureau Reuters.`
    /// Windows are cut
    /// between words where they can. A snippet reads at most
    /// `4 * SNIPPET_CHARS` bytes of the text, however long the span, so
    /// long windows (`--window document`) cost no more than sentences.
    pub snippet: String,
}

/// Snippets show at most this many characters, `…` included.
pub const SNIPPET_CHARS: usize = 300;

/// A link between two entities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Edge {
    /// Shared windows.
    pub weight: u64,
    /// Documents with at least one shared window.
    pub documents: u64,
    /// Theme id → shared windows in which the theme occurs.
    pub themes: BTreeMap<Arc<str>, u64>,
    /// Earliest document date, where dates are given.
    pub first_date: Option<String>,
    /// Latest document date, where dates are given.
    pub last_date: Option<String>,
    /// Shared windows per day, from documents whose date names a day (see
    /// [`Day::parse`]); the counts add up to `weight` when every document
    /// has such a date.
    #[serde(skip_serializing_if = "Timeline::is_empty")]
    pub timeline: Timeline,
    /// The smallest evidence records by (document, span).
    pub evidence: Vec<Evidence>,
}

/// Entity co-occurrence network built from extractions.
#[derive(Clone, Debug)]
pub struct CooccurrenceGraph {
    config: GraphConfig,
    nodes: Vec<Node>,
    index: HashMap<Arc<str>, NodeIndex>,
    graph: UnGraphMap<NodeIndex, Edge>,
    windows: u64,
    documents: u64,
}

impl Default for CooccurrenceGraph {
    fn default() -> Self {
        CooccurrenceGraph::new(GraphConfig::default())
    }
}

/// Graphs with different configurations cannot be merged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cannot merge graphs built with different configurations")]
pub struct IncompatibleGraphs;

impl CooccurrenceGraph {
    /// An empty graph.
    #[must_use]
    pub fn new(config: GraphConfig) -> Self {
        CooccurrenceGraph {
            config,
            nodes: Vec::new(),
            index: HashMap::new(),
            graph: UnGraphMap::new(),
            windows: 0,
            documents: 0,
        }
    }

    /// The configuration.
    #[must_use]
    pub fn config(&self) -> GraphConfig {
        self.config
    }

    /// Adds one document. `text` is the text the extraction came from; the
    /// evidence snippets are cut from it.
    ///
    /// An extraction that does not fit `text` (made from another text)
    /// still counts, but gets no evidence records.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};
    ///
    /// let extractor = Extractor::new(Gazetteer::builtin())?;
    /// let text = "Rusland en Iran sloten een verdrag.";
    /// let mut graph = CooccurrenceGraph::default();
    /// graph.add(&extractor.extract_document("doc-1", Some("2024-01-15"), text), text);
    /// let edge = graph.edge("Q159", "Q794").unwrap();
    /// assert_eq!(edge.first_date.as_deref(), Some("2024-01-15"));
    /// assert_eq!(edge.evidence[0].snippet, text);
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    pub fn add(&mut self, extraction: &Extraction, text: &str) {
        let mut document = self.document(
            extraction.id.as_deref(),
            extraction.date.as_deref(),
            text,
        );
        document.add_block(extraction);
        document.finish();
    }

    /// The node index of a mention's entity, adding the node if new.
    fn node(&mut self, m: &Mention) -> NodeIndex {
        if let Some(&node) = self.index.get(&m.entity) {
            return node;
        }
        let node = NodeIndex::from_usize(self.nodes.len());
        self.nodes.push(Node {
            id: m.entity.clone(),
            label: m.name.clone(),
            kind: m.kind,
            mentions: 0,
            documents: 0,
            windows: 0,
            discovered: m.entity.starts_with("new:"),
            timeline: Timeline::default(),
        });
        self.index.insert(m.entity.clone(), node);
        self.graph.add_node(node);
        node
    }

    /// Adds another graph built on other documents: the result is the graph
    /// of both document sets, so work can be split and joined.
    ///
    /// # Errors
    ///
    /// Fails if the configurations differ.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};
    ///
    /// let extractor = Extractor::new(Gazetteer::builtin())?;
    /// let docs = ["Rusland steunt Iran.", "Iran en Rusland oefenen samen."];
    /// let mut parts = docs.map(|text| {
    ///     let mut part = CooccurrenceGraph::default();
    ///     part.add(&extractor.extract(text), text);
    ///     part
    /// });
    /// let [first, second] = &mut parts;
    /// first.merge(second).expect("same configuration");
    /// assert_eq!(first.edge("Q159", "Q794").unwrap().weight, 2);
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    pub fn merge(
        &mut self,
        other: &CooccurrenceGraph,
    ) -> Result<(), IncompatibleGraphs> {
        if self.config != other.config {
            return Err(IncompatibleGraphs);
        }
        self.windows += other.windows;
        self.documents += other.documents;
        let mut map = Vec::with_capacity(other.nodes.len());
        for node in &other.nodes {
            let index = match self.index.get(&node.id) {
                Some(&i) => {
                    let mine = &mut self.nodes[i.as_usize()];
                    mine.mentions += node.mentions;
                    mine.documents += node.documents;
                    mine.windows += node.windows;
                    mine.timeline.merge(&node.timeline);
                    i
                }
                None => {
                    let i = NodeIndex::from_usize(self.nodes.len());
                    self.nodes.push(node.clone());
                    self.index.insert(node.id.clone(), i);
                    self.graph.add_node(i);
                    i
                }
            };
            map.push(index);
        }
        for (a, b, edge) in other.graph.all_edges() {
            let (a, b) = (map[a.as_usize()], map[b.as_usize()]);
            let Some(mine) = self.graph.edge_weight_mut(a, b) else {
                self.graph.add_edge(a, b, edge.clone());
                continue;
            };
            mine.weight += edge.weight;
            mine.documents += edge.documents;
            for (theme, count) in &edge.themes {
                *mine.themes.entry(theme.clone()).or_default() += count;
            }
            merge_dates(
                mine,
                edge.first_date.as_deref(),
                edge.last_date.as_deref(),
            );
            mine.timeline.merge(&edge.timeline);
            let limit = self.config.evidence;
            for e in &edge.evidence {
                if let Some(at) =
                    evidence_slot(&mine.evidence, &e.document, e.span, limit)
                {
                    mine.evidence.insert(at, e.clone());
                    mine.evidence.truncate(limit);
                }
            }
        }
        Ok(())
    }

    /// Nodes sorted by id.
    #[must_use]
    pub fn nodes(&self) -> Vec<&Node> {
        let mut nodes: Vec<&Node> =
            self.graph.nodes().map(|i| &self.nodes[i.as_usize()]).collect();
        nodes.sort_by(|a, b| a.id.cmp(&b.id));
        nodes
    }

    /// Edges as (node, node, edge), the smaller id first, sorted by ids.
    #[must_use]
    pub fn edges(&self) -> Vec<(&Node, &Node, &Edge)> {
        let mut edges: Vec<(&Node, &Node, &Edge)> = self
            .graph
            .all_edges()
            .map(|(a, b, e)| {
                let (a, b) =
                    (&self.nodes[a.as_usize()], &self.nodes[b.as_usize()]);
                if a.id <= b.id { (a, b, e) } else { (b, a, e) }
            })
            .collect();
        edges.sort_by(|x, y| (&x.0.id, &x.1.id).cmp(&(&y.0.id, &y.1.id)));
        edges
    }

    /// The edge between two entity ids.
    #[must_use]
    pub fn edge(&self, a: &str, b: &str) -> Option<&Edge> {
        let (&a, &b) = (self.index.get(a)?, self.index.get(b)?);
        self.graph.edge_weight(a, b)
    }

    /// The node of an entity id.
    #[must_use]
    pub fn node_by_id(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.nodes[i.as_usize()])
    }

    /// Documents added.
    #[must_use]
    pub fn document_count(&self) -> u64 {
        self.documents
    }

    /// Windows seen (sentences, paragraphs, … of every document).
    #[must_use]
    pub fn window_count(&self) -> u64 {
        self.windows
    }

    /// Normalised pointwise mutual information of an edge, in `[-1, 1]`:
    /// how much more often the two share a window than chance predicts,
    /// so that hubs do not dominate. 1 when they only occur together.
    #[must_use]
    pub fn npmi(&self, a: &Node, b: &Node, edge: &Edge) -> f64 {
        #[allow(clippy::cast_precision_loss)] // counts far below 2^52
        let (w, na, nb, nab) = (
            self.windows as f64,
            a.windows as f64,
            b.windows as f64,
            edge.weight as f64,
        );
        if nab == 0.0 || w == 0.0 {
            return -1.0;
        }
        let p_ab = nab / w;
        if p_ab >= 1.0 {
            return 1.0;
        }
        ((p_ab / ((na / w) * (nb / w))).ln() / -p_ab.ln()).clamp(-1.0, 1.0)
    }

    /// The underlying petgraph graph; node weights index [`Self::node_at`].
    #[must_use]
    pub fn as_graphmap(&self) -> &UnGraphMap<NodeIndex, Edge> {
        &self.graph
    }

    /// The node behind a petgraph node weight.
    #[must_use]
    pub fn node_at(&self, index: NodeIndex) -> Option<&Node> {
        self.nodes.get(index.as_usize())
    }

    /// A copy that keeps only what `filter` accepts. Association scores
    /// still use the counts of the whole graph.
    ///
    /// Takes time linear in nodes and edges, plus sorting the edges when
    /// [`GraphFilter::top`] is set.
    #[must_use]
    pub fn filtered(&self, filter: &GraphFilter) -> CooccurrenceGraph {
        let keep_kind = |n: &Node| {
            filter.kinds.as_ref().is_none_or(|k| k.contains(&n.kind))
        };
        let mut edges: Vec<(NodeIndex, NodeIndex, &Edge, f64)> = self
            .graph
            .all_edges()
            .filter_map(|(a, b, e)| {
                let (na, nb) =
                    (&self.nodes[a.as_usize()], &self.nodes[b.as_usize()]);
                let keep = e.weight >= filter.min_weight
                    && e.documents >= filter.min_documents
                    && keep_kind(na)
                    && keep_kind(nb);
                keep.then(|| (a, b, e, self.npmi(na, nb, e)))
            })
            .collect();
        if let Some((k, rank)) = filter.top {
            let ids = |a: NodeIndex, b: NodeIndex| {
                let (x, y) = (
                    &self.nodes[a.as_usize()].id,
                    &self.nodes[b.as_usize()].id,
                );
                if x <= y { (x, y) } else { (y, x) }
            };
            edges.sort_by(|x, y| {
                let by = match rank {
                    Rank::Weight => y.2.weight.cmp(&x.2.weight),
                    Rank::Npmi => y.3.total_cmp(&x.3),
                };
                by.then_with(|| ids(x.0, x.1).cmp(&ids(y.0, y.1)))
            });
            edges.truncate(k);
        }
        // One pass over the kept edges marks the linked nodes, instead of a
        // scan of all edges per node.
        let mut linked = vec![false; self.nodes.len()];
        for &(a, b, _, _) in &edges {
            linked[a.as_usize()] = true;
            linked[b.as_usize()] = true;
        }
        let mut graph = UnGraphMap::new();
        for node in self.graph.nodes() {
            let i = node.as_usize();
            if keep_kind(&self.nodes[i])
                && (linked[i] || !filter.drop_isolated)
            {
                graph.add_node(node);
            }
        }
        for (a, b, e, _) in edges {
            graph.add_edge(a, b, e.clone());
        }
        let mut index = self.index.clone();
        index.retain(|_, i| graph.contains_node(*i));
        CooccurrenceGraph {
            config: self.config,
            nodes: self.nodes.clone(),
            index,
            graph,
            windows: self.windows,
            documents: self.documents,
        }
    }

    /// Nodes in the graph (after filtering, the kept ones).
    #[must_use]
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Edges in the graph.
    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
}

impl PartialEq for CooccurrenceGraph {
    /// Equal when they hold the same nodes and edges, whatever the order in
    /// which documents were added or graphs merged.
    fn eq(&self, other: &Self) -> bool {
        self.config == other.config
            && self.windows == other.windows
            && self.documents == other.documents
            && self.nodes() == other.nodes()
            && self.edges() == other.edges()
    }
}

/// What [`CooccurrenceGraph::filtered`] keeps: everything by default.
///
/// ```
/// use newsgraph::graph::{GraphFilter, Rank};
///
/// let filter = GraphFilter::default().min_weight(2).top(100, Rank::Npmi);
/// assert_eq!(filter.top, Some((100, Rank::Npmi)));
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GraphFilter {
    /// Minimum edge weight.
    pub min_weight: u64,
    /// Minimum documents per edge.
    pub min_documents: u64,
    /// Kinds of nodes to keep (all when `None`).
    pub kinds: Option<Vec<Kind>>,
    /// Keep only the `k` best edges by this rank.
    pub top: Option<(usize, Rank)>,
    /// Drop nodes without edges.
    pub drop_isolated: bool,
}

impl GraphFilter {
    /// Keeps edges with at least this weight.
    #[must_use]
    pub fn min_weight(mut self, weight: u64) -> Self {
        self.min_weight = weight;
        self
    }

    /// Keeps edges found in at least this many documents.
    #[must_use]
    pub fn min_documents(mut self, documents: u64) -> Self {
        self.min_documents = documents;
        self
    }

    /// Keeps only nodes of these kinds (`None`: all).
    #[must_use]
    pub fn kinds(mut self, kinds: Option<Vec<Kind>>) -> Self {
        self.kinds = kinds;
        self
    }

    /// Keeps only the `k` best edges by `rank`.
    #[must_use]
    pub fn top(mut self, k: usize, rank: Rank) -> Self {
        self.top = Some((k, rank));
        self
    }

    /// Drops nodes left without edges.
    #[must_use]
    pub fn drop_isolated(mut self, drop: bool) -> Self {
        self.drop_isolated = drop;
        self
    }
}

/// How edges are ranked for [`GraphFilter::top`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rank {
    /// By shared windows.
    Weight,
    /// By normalised PMI.
    Npmi,
}

/// Where a record for (`document`, `span`) goes among the `kept` ones
/// (sorted, at most `limit`), or `None` when it would not be kept: evidence
/// is the `limit` smallest records by (document, span), without repeats.
fn evidence_slot(
    kept: &[Evidence],
    document: &str,
    span: Span,
    limit: usize,
) -> Option<usize> {
    let at = kept
        .partition_point(|e| (e.document.as_str(), e.span) < (document, span));
    let repeat =
        kept.get(at).is_some_and(|e| e.document == document && e.span == span);
    (at < limit && !repeat).then_some(at)
}

fn merge_dates(edge: &mut Edge, first: Option<&str>, last: Option<&str>) {
    if let Some(first) = first {
        if edge.first_date.as_deref().is_none_or(|d| first < d) {
            edge.first_date = Some(first.to_string());
        }
    }
    if let Some(last) = last {
        if edge.last_date.as_deref().is_none_or(|d| last > d) {
            edge.last_date = Some(last.to_string());
        }
    }
}

/// Evidence snippets: the text between two mentions, cut to a bounded size
/// around them.
mod snippet {
    use super::SNIPPET_CHARS;
    use crate::span::Span;

    /// The most bytes a snippet reads in each of its two steps (the whole
    /// span if short, then windows around the mentions): two per
    /// character, enough for 300 characters of Latin, Greek or Cyrillic
    /// script.
    const MAX_BYTES: usize = 2 * SNIPPET_CHARS;

    /// Characters of each of the two parts: room for `…` at both ends and
    /// ` … ` between.
    const PART_CHARS: usize = (SNIPPET_CHARS - 5) / 2;

    /// The snippet of `span`, which holds the mentions `first` and
    /// `second` (`first` starts first); see [`super::Evidence::snippet`].
    pub(super) fn build(
        text: &str,
        span: Span,
        first: Span,
        second: Span,
    ) -> String {
        if span.len() <= MAX_BYTES {
            count_read(span.len());
            let whole = collapse(&text[span.range()]);
            if whole.chars().count() <= SNIPPET_CHARS {
                return whole;
            }
        }
        let both = Span::new(first.start, second.end.max(first.end));
        if both.len() <= SNIPPET_CHARS - 2 {
            let part = Window::read(text, span, span, both, MAX_BYTES)
                .around(SNIPPET_CHARS - 2);
            return [part.left, &part.text, part.right].concat();
        }
        // Far apart: the halves on either side of the middle of the gap.
        let mut middle = first.end.max((first.end + second.start) / 2);
        while !text.is_char_boundary(middle) {
            middle += 1;
        }
        let head = Window::read(
            text,
            span,
            Span::new(span.start, middle),
            first,
            MAX_BYTES / 2,
        )
        .around(PART_CHARS);
        let tail = Window::read(
            text,
            span,
            Span::new(middle, span.end),
            second,
            MAX_BYTES / 2,
        )
        .around(PART_CHARS);
        let join = if !head.right.is_empty() || !tail.left.is_empty() {
            " … "
        } else if text[..middle].ends_with(char::is_whitespace)
            || text[middle..].starts_with(char::is_whitespace)
        {
            " "
        } else {
            ""
        };
        [head.left, &head.text, join, &tail.text, tail.right].concat()
    }

    /// White space collapsed to single spaces, and trimmed.
    fn collapse(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }

    /// Collapsed text read around a focus (a mention, or both).
    struct Window {
        /// The characters, white space collapsed to single spaces and
        /// trimmed.
        chars: Vec<char>,
        /// The focus in `chars`.
        focus: (usize, usize),
        /// Whether text of the span lies before (after) the window.
        cut_left: bool,
        cut_right: bool,
    }

    /// A part of a snippet: `left` and `right` are `…` where text is left
    /// out, else empty.
    struct Part {
        left: &'static str,
        text: String,
        right: &'static str,
    }

    impl Window {
        /// Reads at most `max_bytes` of `bounds` (inside `span`) around
        /// `focus`, a focus longer than half of that cut at its end.
        fn read(
            text: &str,
            span: Span,
            bounds: Span,
            focus: Span,
            max_bytes: usize,
        ) -> Window {
            let focus_end = focus.end.min(focus.start + max_bytes / 2);
            let pad = (max_bytes - (focus_end - focus.start)) / 2;
            let mut start = bounds.start.max(focus.start.saturating_sub(pad));
            while !text.is_char_boundary(start) {
                start += 1;
            }
            let mut end = bounds.end.min(focus_end + pad);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let end = end.max(start);
            count_read(end - start);
            let mut chars = Vec::with_capacity(end - start);
            let (mut from, mut to) = (None, 0);
            let mut space = false;
            for (i, c) in text[start..end].char_indices() {
                let at = start + i;
                if c.is_whitespace() {
                    space = !chars.is_empty();
                    continue;
                }
                if space {
                    chars.push(' ');
                    space = false;
                }
                if at >= focus.start && from.is_none() {
                    from = Some(chars.len());
                }
                chars.push(c);
                if at < focus_end {
                    to = chars.len();
                }
            }
            let from = from.unwrap_or(chars.len());
            Window {
                focus: (from, to.max(from)),
                chars,
                cut_left: start > span.start,
                cut_right: end < span.end,
            }
        }

        /// At most `budget` characters around the focus, centred on it
        /// where the text allows, cut between words where that keeps the
        /// focus.
        fn around(&self, budget: usize) -> Part {
            let (from, to) = self.focus;
            let len = self.chars.len();
            let (mut a, mut b) = if to - from >= budget {
                (from, from + budget)
            } else {
                let a = from - from.min((budget - (to - from)) / 2);
                let b = len.min(a + budget);
                (b.saturating_sub(budget), b)
            };
            if a > 0 && a < from && self.chars[a - 1] != ' ' {
                if let Some(space) =
                    self.chars[a..from].iter().position(|&c| c == ' ')
                {
                    a += space + 1;
                }
            }
            if b < len && to < b && self.chars[b] != ' ' {
                if let Some(space) =
                    self.chars[to..b].iter().rposition(|&c| c == ' ')
                {
                    b = to + space;
                }
            }
            let text: String = self.chars[a..b].iter().collect();
            let ellipsis = |cut: bool| if cut { "…" } else { "" };
            Part {
                left: ellipsis(a > 0 || self.cut_left),
                text: text.trim().to_string(),
                right: ellipsis(b < len || self.cut_right),
            }
        }
    }

    #[cfg(not(test))]
    fn count_read(_bytes: usize) {}

    #[cfg(test)]
    thread_local! {
        /// Bytes read by snippets on this thread, for the tests.
        pub(super) static READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    #[cfg(test)]
    fn count_read(bytes: usize) {
        READ.with(|r| r.set(r.get() + bytes));
    }
}

#[cfg(test)]
mod tests {
    use super::snippet::{self, READ};
    use super::{CooccurrenceGraph, GraphConfig, SNIPPET_CHARS, Window};
    use crate::span::Span;
    use crate::{Entity, Extractor, Gazetteer, Kind};

    /// The span of the `n`th occurrence (from 0) of `word` in `text`.
    fn find(text: &str, word: &str, n: usize) -> Span {
        let at = text.match_indices(word).nth(n).expect("word in text").0;
        Span::new(at, at + word.len())
    }

    /// Bytes that snippets read while `f` runs.
    fn bytes_read(f: impl FnOnce()) -> usize {
        READ.with(|r| r.set(0));
        f();
        READ.with(std::cell::Cell::get)
    }

    #[test]
    fn snippets() {
        let filler = "Er gebeurde verder niets bijzonders. ".repeat(40);
        let cyrillic = "Ничего особенного не произошло. ".repeat(40);
        let long = format!("Alfa begon. {filler}Bravo eindigde hier.");
        let close =
            format!("{filler}Daar zaten Alfa en Bravo samen. {filler}");
        let wide = format!("Alfa 😀 begon. {cyrillic}En toen Bravo.");
        // (name, text, n-th Alfa, n-th Bravo, expected snippet or None to
        // check only the rules)
        let rows: [(&str, &str, Option<&str>); 6] = [
            ("snippet000", "Alfa  en\n\tBravo.", Some("Alfa en Bravo.")),
            (
                "snippet010",
                "  Alfa sprak met\nBravo.  ",
                Some("Alfa sprak met Bravo."),
            ),
            ("snippet100", &long, None),
            ("snippet110", &close, None),
            ("snippet120", &wide, None),
            ("snippet130", &long[..long.len() - 1], None),
        ];
        for (name, text, want) in rows {
            let span = Span::new(0, text.len());
            let (a, b) = (find(text, "Alfa", 0), find(text, "Bravo", 0));
            let mut got = String::new();
            let read = bytes_read(|| got = snippet::build(text, span, a, b));
            if let Some(want) = want {
                assert_eq!(got, want, "{name}");
            }
            assert!(got.chars().count() <= SNIPPET_CHARS, "{name}: {got}");
            assert!(got.contains("Alfa") && got.contains("Bravo"), "{name}");
            assert!(read <= 4 * SNIPPET_CHARS, "{name}: read {read}");
            assert!(!got.contains("  ") && got == got.trim(), "{name}");
        }
        // Far apart: the start, a gap, the end; nothing of the middle.
        let span = Span::new(0, long.len());
        let got = snippet::build(
            &long,
            span,
            find(&long, "Alfa", 0),
            find(&long, "Bravo", 0),
        );
        assert!(got.starts_with("Alfa begon. Er gebeurde"), "{got}");
        assert!(got.ends_with("bijzonders. Bravo eindigde hier."), "{got}");
        assert_eq!(got.matches(" … ").count(), 1, "{got}");
        // Close together in a long span: one window, cut at both ends,
        // between words.
        let got = snippet::build(
            &close,
            Span::new(0, close.len()),
            find(&close, "Alfa", 0),
            find(&close, "Bravo", 0),
        );
        assert!(got.contains("Daar zaten Alfa en Bravo samen."), "{got}");
        assert!(got.starts_with("…") && got.ends_with("…"), "{got}");
        assert!(!got.contains(" … "), "{got}");
        let words = ["Er", "gebeurde", "verder", "niets", "bijzonders."];
        let first = got.trim_start_matches('…').split(' ').next().unwrap();
        let last = got.trim_end_matches('…').rsplit(' ').next().unwrap();
        assert!(words.contains(&first), "cut between words: {got}");
        assert!(words.contains(&last), "cut between words: {got}");
    }

    /// `n` sentences, each naming one of six entities; entity `i` is named
    /// only in the `i`th sixth, so the entities' first mentions lie far
    /// apart.
    fn blocks(n: usize) -> String {
        let names = ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
        (0..n)
            .map(|i| format!("Hier sprak {} lang. ", names[i * 6 / n]))
            .collect()
    }

    fn extractor() -> Extractor {
        let mut b = Gazetteer::builder();
        for name in ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"] {
            b.add(Entity::new(name.to_lowercase(), name, Kind::Person));
        }
        Extractor::new(&b.build().unwrap()).unwrap()
    }

    #[test]
    fn snippet_work_does_not_grow_with_the_document() {
        let extractor = extractor();
        let config = GraphConfig::default().window(Window::Document);
        let read = |n: usize| {
            let text = blocks(n);
            let x = extractor.extract_document("d", None, &text);
            let mut graph = CooccurrenceGraph::new(config);
            let read = bytes_read(|| graph.add(&x, &text));
            assert_eq!(graph.edge_count(), 15, "six entities, all linked");
            (read, text.len())
        };
        let (small, small_len) = read(600);
        let (large, large_len) = read(1200);
        // 15 pairs, one snippet each, every one bounded; the spans run to
        // about the whole document, which the old snippets read in full.
        assert!(large_len > 25_000 && large_len == 2 * small_len);
        assert!(large <= 15 * 4 * SNIPPET_CHARS, "{large} bytes read");
        assert_eq!(small, large, "work independent of document length");
    }

    #[test]
    fn snippets_are_built_only_for_kept_records() {
        let extractor = extractor();
        let text = "Alfa en Bravo.";
        let config = GraphConfig::default().evidence(2);
        // (document ids in the order added, snippets built)
        let rows: [(&[&str], usize); 3] = [
            (&["d0", "d1", "d2", "d3", "d4"], 2),
            (&["d4", "d3", "d2", "d1", "d0"], 5),
            (&["d2", "d0", "d4", "d1", "d3"], 3),
        ];
        for (ids, built) in rows {
            let mut graph = CooccurrenceGraph::new(config);
            let read = bytes_read(|| {
                for id in ids {
                    let x = extractor.extract_document(*id, None, text);
                    graph.add(&x, text);
                }
            });
            assert_eq!(read, built * text.len(), "{ids:?}");
            let kept: Vec<&str> = graph.edges()[0]
                .2
                .evidence
                .iter()
                .map(|e| e.document.as_str())
                .collect();
            assert_eq!(kept, ["d0", "d1"], "{ids:?}");
        }
    }
}
