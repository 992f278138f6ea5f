//! The co-occurrence graph: entities linked by the windows they share.
//!
//! [`CooccurrenceGraph`] accumulates [`Extraction`]s. Two entities are linked
//! when they occur in the same window (a sentence by default). Each edge
//! counts its shared windows (`weight`) and documents, the themes found in
//! those windows, the first and last date, and keeps a few evidence records
//! so a reader can see why two entities are linked. Every statistic is a
//! sum, a minimum or a maximum, and evidence is the *n* smallest records by
//! (document, span), so graphs built on disjoint document sets merge into
//! exactly the graph of their union, in any order.
//!
//! Dateline places and agency credits (`MOSKOU (ANP/RTR) -`) stay out by
//! default: ANP would otherwise link to everything.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::sync::Arc;

use petgraph::graphmap::UnGraphMap;
use serde::Serialize;

use crate::extract::{Extraction, Mention, Role};
use crate::gazetteer::Kind;
use crate::span::Span;

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
    pub snippet: String,
}

/// Snippets longer than this are cut, with `…`.
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
    /// # Panics
    ///
    /// Panics if the extraction's spans do not fit `text`.
    pub fn add(&mut self, extraction: &Extraction, text: &str) {
        let document = extraction
            .id
            .clone()
            .unwrap_or_else(|| format!("#{}", self.documents));
        self.documents += 1;
        self.windows += window_count(extraction, self.config.window);
        let mut by_window: BTreeMap<u32, Vec<&Mention>> = BTreeMap::new();
        for m in &extraction.mentions {
            if self.counts(m) {
                by_window
                    .entry(window_of(m, self.config.window))
                    .or_default()
                    .push(m);
            }
        }
        let mut doc_nodes = BTreeSet::new();
        let mut doc_edges = BTreeSet::new();
        for mentions in by_window.values() {
            self.add_window(
                extraction,
                text,
                &document,
                mentions,
                &mut doc_nodes,
                &mut doc_edges,
            );
        }
        for node in doc_nodes {
            self.nodes[node.as_usize()].documents += 1;
        }
        for (a, b) in doc_edges {
            if let Some(edge) = self.graph.edge_weight_mut(a, b) {
                edge.documents += 1;
            }
        }
    }

    fn counts(&self, m: &Mention) -> bool {
        let dateline = matches!(m.role, Role::Dateline | Role::Source);
        !(dateline && self.config.datelines == Datelines::Exclude)
    }

    fn add_window(
        &mut self,
        extraction: &Extraction,
        text: &str,
        document: &str,
        mentions: &[&Mention],
        doc_nodes: &mut BTreeSet<NodeIndex>,
        doc_edges: &mut BTreeSet<(NodeIndex, NodeIndex)>,
    ) {
        // First mention of each entity in the window, by entity id.
        let mut first: BTreeMap<&str, &Mention> = BTreeMap::new();
        let mut themes: BTreeSet<&Arc<str>> = BTreeSet::new();
        for &m in mentions {
            if m.kind == Kind::Theme {
                themes.insert(&m.entity);
            }
            if m.kind != Kind::Theme || self.config.themes == Themes::AsNodes {
                let node = self.node(m);
                self.nodes[node.as_usize()].mentions += 1;
                first.entry(&m.entity).or_insert(m);
            }
        }
        let members: Vec<(NodeIndex, &Mention)> =
            first.values().map(|&m| (self.index[&m.entity], m)).collect();
        for &(node, _) in &members {
            self.nodes[node.as_usize()].windows += 1;
            doc_nodes.insert(node);
        }
        for (i, &(a, ma)) in members.iter().enumerate() {
            for &(b, mb) in &members[i + 1..] {
                if ma.kind == Kind::Theme && mb.kind == Kind::Theme {
                    continue;
                }
                let evidence = evidence(extraction, text, document, ma, mb);
                let edge = match self.graph.edge_weight_mut(a, b) {
                    Some(edge) => edge,
                    None => {
                        self.graph.add_edge(a, b, Edge::default());
                        self.graph
                            .edge_weight_mut(a, b)
                            .expect("edge just added")
                    }
                };
                edge.weight += 1;
                for &theme in &themes {
                    *edge.themes.entry(theme.clone()).or_default() += 1;
                }
                if let Some(date) = &extraction.date {
                    merge_dates(edge, Some(date), Some(date));
                }
                keep_evidence(
                    &mut edge.evidence,
                    [evidence],
                    self.config.evidence,
                );
                doc_edges.insert((a.min(b), a.max(b)));
            }
        }
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
        });
        self.index.insert(m.entity.clone(), node);
        self.graph.add_node(node);
        node
    }

    /// Adds another graph built on other documents.
    ///
    /// # Errors
    ///
    /// Fails if the configurations differ.
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
            keep_evidence(
                &mut mine.evidence,
                edge.evidence.iter().cloned(),
                self.config.evidence,
            );
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

fn window_of(m: &Mention, window: Window) -> u32 {
    match window {
        Window::Sentence => m.sentence.0,
        Window::Paragraph => m.paragraph.0,
        Window::Item => m.item.map_or(u32::MAX, |i| i.0),
        Window::Document => 0,
    }
}

fn window_count(x: &Extraction, window: Window) -> u64 {
    let n = match window {
        Window::Sentence => x.sentences.len(),
        Window::Paragraph => x.paragraphs.len(),
        Window::Item => x.items.len().max(1),
        Window::Document => 1,
    };
    n as u64
}

fn evidence(
    x: &Extraction,
    text: &str,
    document: &str,
    a: &Mention,
    b: &Mention,
) -> Evidence {
    let (first, second) =
        if a.span.start <= b.span.start { (a, b) } else { (b, a) };
    let start = x.sentences[first.sentence.as_usize()]
        .span
        .start
        .min(first.span.start);
    let end =
        x.sentences[second.sentence.as_usize()].span.end.max(second.span.end);
    let span = Span::new(start, end);
    Evidence {
        document: document.to_string(),
        span,
        snippet: snippet(&text[span.range()]),
    }
}

fn snippet(text: &str) -> String {
    let mut out = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.chars().count() > SNIPPET_CHARS {
        out = out.chars().take(SNIPPET_CHARS - 1).collect();
        out.push('…');
    }
    out
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

fn keep_evidence(
    kept: &mut Vec<Evidence>,
    new: impl IntoIterator<Item = Evidence>,
    limit: usize,
) {
    for e in new {
        if !kept.contains(&e) {
            kept.push(e);
        }
    }
    kept.sort();
    kept.truncate(limit);
}
