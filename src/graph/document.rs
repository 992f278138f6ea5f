//! Adding one document to the graph block by block, as
//! [`Extractor::extract_blocks`](crate::Extractor::extract_blocks) hands
//! them on: only the open window's entities are kept, so memory does not
//! grow with the document.

use std::collections::BTreeSet;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::{
    CooccurrenceGraph, Datelines, Day, Edge, Evidence, NodeIndex, Themes,
    Window, evidence_slot, merge_dates, snippet,
};
use crate::extract::{Extraction, Mention, Role};
use crate::gazetteer::Kind;
use crate::span::Span;

/// One document being added to a [`CooccurrenceGraph`]; made by
/// [`CooccurrenceGraph::document`]. Hand it the document's extraction in
/// blocks, in text order, then [`finish`](Self::finish) it: the graph is
/// the same as after [`CooccurrenceGraph::add`] with the whole extraction.
#[derive(Debug)]
pub struct DocumentGraph<'g> {
    graph: &'g mut CooccurrenceGraph,
    /// The whole document, which evidence snippets are cut from.
    text: &'g str,
    document: String,
    date: Option<String>,
    day: Option<Day>,
    /// The window mentions go to now.
    open: Option<WindowMembers>,
    /// With `Window::Item`, the mentions outside any item, which form one
    /// window counted after the others.
    loose: Option<WindowMembers>,
    /// Items seen, for the window count with `Window::Item`.
    items: u64,
    nodes: BTreeSet<NodeIndex>,
    edges: BTreeSet<(NodeIndex, NodeIndex)>,
}

/// The entities of one window, in the order they first occur.
#[derive(Debug)]
struct WindowMembers {
    id: u32,
    members: Vec<Member>,
    index: FxHashMap<Arc<str>, usize>,
    themes: BTreeSet<Arc<str>>,
}

/// An entity's first mention in a window, with the span of its sentence
/// (for evidence) and how often the window names it.
#[derive(Debug)]
struct Member {
    first: Mention,
    sentence: Option<Span>,
    mentions: u64,
}

impl CooccurrenceGraph {
    /// Starts adding one document (`id`, or `#n` for the n-th document
    /// without one) with its date and text, block by block.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};
    ///
    /// let extractor = Extractor::new(Gazetteer::builtin())?;
    /// let text = "Rusland en Iran oefenen.\n\nIran en Noord-Korea ook.";
    /// let mut graph = CooccurrenceGraph::default();
    /// let mut document = graph.document(Some("doc-1"), None, text);
    /// extractor.extract_blocks(text, 16, |block| document.add_block(&block));
    /// document.finish();
    /// assert_eq!(graph.edge("Q159", "Q794").unwrap().weight, 1);
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    pub fn document<'g>(
        &'g mut self,
        id: Option<&str>,
        date: Option<&str>,
        text: &'g str,
    ) -> DocumentGraph<'g> {
        let document = id.map_or_else(
            || format!("#{}", self.documents),
            std::string::ToString::to_string,
        );
        self.documents += 1;
        if self.config.window == Window::Document {
            self.windows += 1;
        }
        DocumentGraph {
            graph: self,
            text,
            document,
            date: date.map(str::to_string),
            day: date.and_then(Day::parse),
            open: None,
            loose: None,
            items: 0,
            nodes: BTreeSet::new(),
            edges: BTreeSet::new(),
        }
    }
}

impl DocumentGraph<'_> {
    /// Adds the next block of the document's extraction.
    pub fn add_block(&mut self, block: &Extraction) {
        let window = self.graph.config.window;
        self.graph.windows += match window {
            Window::Sentence => block.sentences.len() as u64,
            Window::Paragraph => block.paragraphs.len() as u64,
            Window::Item | Window::Document => 0,
        };
        self.items += block.items.len() as u64;
        for m in &block.mentions {
            let dateline = matches!(m.role, Role::Dateline | Role::Source);
            if dateline && self.graph.config.datelines == Datelines::Exclude {
                continue;
            }
            let id = window_of(m, window);
            let sentence = sentence_span(block, m);
            if window == Window::Item && m.item.is_none() {
                self.loose
                    .get_or_insert_with(|| WindowMembers::new(id))
                    .add(m, sentence);
                continue;
            }
            if self.open.as_ref().is_some_and(|w| w.id != id) {
                let done = self.open.take().expect("checked");
                self.close(done);
            }
            self.open
                .get_or_insert_with(|| WindowMembers::new(id))
                .add(m, sentence);
        }
    }

    /// Adds the last window and the document counts.
    pub fn finish(mut self) {
        if let Some(open) = self.open.take() {
            self.close(open);
        }
        if let Some(loose) = self.loose.take() {
            self.close(loose);
        }
        if self.graph.config.window == Window::Item {
            self.graph.windows += self.items.max(1);
        }
        for node in std::mem::take(&mut self.nodes) {
            self.graph.nodes[node.as_usize()].documents += 1;
        }
        for (a, b) in std::mem::take(&mut self.edges) {
            if let Some(edge) = self.graph.graph.edge_weight_mut(a, b) {
                edge.documents += 1;
            }
        }
    }

    /// Counts a window that is complete: its nodes, their mentions and the
    /// edges between every two of its entities.
    fn close(&mut self, window: WindowMembers) {
        let graph = &mut *self.graph;
        let as_nodes = graph.config.themes == Themes::AsNodes;
        let mut members: Vec<(NodeIndex, &Member)> = Vec::new();
        // Nodes are made in the order the window names them.
        for member in &window.members {
            let m = &member.first;
            if m.kind == Kind::Theme && !as_nodes {
                continue;
            }
            let node = graph.node(m);
            let node_data = &mut graph.nodes[node.as_usize()];
            node_data.mentions += member.mentions;
            if let Some(day) = self.day {
                node_data.timeline.add(day, member.mentions);
            }
            members.push((node, member));
        }
        // Edges are made in the order of the entity ids.
        members.sort_by(|a, b| a.1.first.entity.cmp(&b.1.first.entity));
        for &(node, _) in &members {
            graph.nodes[node.as_usize()].windows += 1;
            self.nodes.insert(node);
        }
        for (i, &(a, ma)) in members.iter().enumerate() {
            for &(b, mb) in &members[i + 1..] {
                if ma.first.kind == Kind::Theme && mb.first.kind == Kind::Theme
                {
                    continue;
                }
                // The pair in text order.
                let (left, right) =
                    if ma.first.span.start <= mb.first.span.start {
                        (ma, mb)
                    } else {
                        (mb, ma)
                    };
                let span = evidence_span(self.text, left, right);
                let edge = match graph.graph.edge_weight_mut(a, b) {
                    Some(edge) => edge,
                    None => {
                        graph.graph.add_edge(a, b, Edge::default());
                        graph
                            .graph
                            .edge_weight_mut(a, b)
                            .expect("edge just added")
                    }
                };
                edge.weight += 1;
                for theme in &window.themes {
                    *edge.themes.entry(theme.clone()).or_default() += 1;
                }
                if let Some(date) = &self.date {
                    merge_dates(edge, Some(date), Some(date));
                }
                if let Some(day) = self.day {
                    edge.timeline.add(day, 1);
                }
                // The snippet is built only for a record that is kept.
                let limit = graph.config.evidence;
                let slot = span.and_then(|span| {
                    evidence_slot(&edge.evidence, &self.document, span, limit)
                        .map(|at| (at, span))
                });
                if let Some((at, span)) = slot {
                    let snippet = snippet::build(
                        self.text,
                        span,
                        left.first.span,
                        right.first.span,
                    );
                    let record = Evidence {
                        document: self.document.clone(),
                        span,
                        snippet,
                    };
                    edge.evidence.insert(at, record);
                    edge.evidence.truncate(limit);
                }
                self.edges.insert((a.min(b), a.max(b)));
            }
        }
    }
}

impl WindowMembers {
    fn new(id: u32) -> Self {
        WindowMembers {
            id,
            members: Vec::new(),
            index: FxHashMap::default(),
            themes: BTreeSet::new(),
        }
    }

    fn add(&mut self, m: &Mention, sentence: Option<Span>) {
        if m.kind == Kind::Theme {
            self.themes.insert(m.entity.clone());
        }
        if let Some(&i) = self.index.get(&m.entity) {
            self.members[i].mentions += 1;
        } else {
            self.index.insert(m.entity.clone(), self.members.len());
            self.members.push(Member {
                first: m.clone(),
                sentence,
                mentions: 1,
            });
        }
    }
}

/// The window a mention counts in.
fn window_of(m: &Mention, window: Window) -> u32 {
    match window {
        Window::Sentence => m.sentence.get(),
        Window::Paragraph => m.paragraph.get(),
        Window::Item => m.item.map_or(u32::MAX, crate::span::ItemId::get),
        Window::Document => 0,
    }
}

/// The span of a mention's sentence in `block`, if the block has it.
fn sentence_span(block: &Extraction, m: &Mention) -> Option<Span> {
    let at =
        block.sentences.binary_search_by_key(&m.sentence, |s| s.id).ok()?;
    Some(block.sentences[at].span)
}

/// From the start of the first mention's sentence to the end of the
/// second's; `None` when the extraction does not fit `text` (it came from
/// another text, or was changed), so that no evidence is made up.
fn evidence_span(text: &str, first: &Member, second: &Member) -> Option<Span> {
    let start = first.sentence?.start.min(first.first.span.start);
    let end = second.sentence?.end.max(second.first.span.end);
    let fits = |s: Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let span = Span { start, end };
    (fits(span) && fits(first.first.span) && fits(second.first.span))
        .then_some(span)
}
