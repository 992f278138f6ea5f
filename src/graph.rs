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
use std::sync::Arc;

use petgraph::graphmap::UnGraphMap;
use serde::Serialize;

use crate::extract::{Extraction, Mention, Role};
use crate::gazetteer::Kind;
use crate::span::{ItemId, Span};

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

/// How a graph is built. Graphs merge only with the same configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    index: HashMap<Arc<str>, u32>,
    graph: UnGraphMap<u32, Edge>,
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
            self.nodes[node as usize].documents += 1;
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
        doc_nodes: &mut BTreeSet<u32>,
        doc_edges: &mut BTreeSet<(u32, u32)>,
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
                self.nodes[node as usize].mentions += 1;
                first.entry(&m.entity).or_insert(m);
            }
        }
        let members: Vec<(u32, &Mention)> =
            first.values().map(|&m| (self.index[&m.entity], m)).collect();
        for &(node, _) in &members {
            self.nodes[node as usize].windows += 1;
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
    fn node(&mut self, m: &Mention) -> u32 {
        if let Some(&node) = self.index.get(&m.entity) {
            return node;
        }
        let node =
            u32::try_from(self.nodes.len()).expect("fewer than 2^32 nodes");
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
                    let mine = &mut self.nodes[i as usize];
                    mine.mentions += node.mentions;
                    mine.documents += node.documents;
                    mine.windows += node.windows;
                    i
                }
                None => {
                    let i = u32::try_from(self.nodes.len())
                        .expect("fewer than 2^32 nodes");
                    self.nodes.push(node.clone());
                    self.index.insert(node.id.clone(), i);
                    self.graph.add_node(i);
                    i
                }
            };
            map.push(index);
        }
        for (a, b, edge) in other.graph.all_edges() {
            let (a, b) = (map[a as usize], map[b as usize]);
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
            self.graph.nodes().map(|i| &self.nodes[i as usize]).collect();
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
                    (&self.nodes[a as usize], &self.nodes[b as usize]);
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
        self.index.get(id).map(|&i| &self.nodes[i as usize])
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
    pub fn as_graphmap(&self) -> &UnGraphMap<u32, Edge> {
        &self.graph
    }

    /// The node behind a petgraph node weight.
    #[must_use]
    pub fn node_at(&self, index: u32) -> Option<&Node> {
        self.nodes.get(index as usize)
    }

    /// A copy that keeps only what `filter` accepts. Association scores
    /// still use the counts of the whole graph.
    #[must_use]
    pub fn filtered(&self, filter: &GraphFilter) -> CooccurrenceGraph {
        let keep_kind = |n: &Node| {
            filter.kinds.as_ref().is_none_or(|k| k.contains(&n.kind))
        };
        let mut edges: Vec<(u32, u32, &Edge, f64)> = self
            .graph
            .all_edges()
            .filter(|(a, b, e)| {
                let (na, nb) =
                    (&self.nodes[*a as usize], &self.nodes[*b as usize]);
                e.weight >= filter.min_weight
                    && e.documents >= filter.min_documents
                    && keep_kind(na)
                    && keep_kind(nb)
            })
            .map(|(a, b, e)| {
                let score = self.npmi(
                    &self.nodes[a as usize],
                    &self.nodes[b as usize],
                    e,
                );
                (a, b, e, score)
            })
            .collect();
        if let Some((k, rank)) = filter.top {
            let ids = |a: u32, b: u32| {
                let (x, y) =
                    (&self.nodes[a as usize].id, &self.nodes[b as usize].id);
                if x <= y {
                    (x.clone(), y.clone())
                } else {
                    (y.clone(), x.clone())
                }
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
        let mut out =
            CooccurrenceGraph { graph: UnGraphMap::new(), ..self.clone() };
        for (i, node) in self.nodes.iter().enumerate() {
            let linked = edges
                .iter()
                .any(|&(a, b, _, _)| a as usize == i || b as usize == i);
            if keep_kind(node) && (linked || !filter.drop_isolated) {
                out.graph.add_node(i as u32);
            }
        }
        for (a, b, e, _) in edges {
            out.graph.add_edge(a, b, e.clone());
        }
        out.index.retain(|_, i| out.graph.contains_node(*i));
        out
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

/// What [`CooccurrenceGraph::filtered`] keeps.
#[derive(Clone, Debug, Default)]
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
        Window::Sentence => m.sentence.get(),
        Window::Paragraph => m.paragraph.get(),
        Window::Item => m.item.map_or(u32::MAX, ItemId::get),
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
