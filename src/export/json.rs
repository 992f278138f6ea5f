//! Node-link JSON with explicit `nodes` and `edges` keys, loadable with
//! `networkx.node_link_graph(data, edges="edges")`.

use std::io::Write;

use serde::Serialize;

use super::as_double;
use crate::gazetteer::Kind;
use crate::graph::{CooccurrenceGraph, Edge, Evidence};

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributes,
    nodes: Vec<NodeRecord<'a>>,
    edges: Vec<EdgeRecord<'a>>,
}

#[derive(Serialize)]
struct GraphAttributes {
    documents: u64,
    windows: u64,
}

#[derive(Serialize)]
struct NodeRecord<'a> {
    id: &'a str,
    label: &'a str,
    kind: Kind,
    mentions: u64,
    documents: u64,
}

#[derive(Serialize)]
struct EdgeRecord<'a> {
    source: &'a str,
    target: &'a str,
    weight: f64,
    documents: u64,
    npmi: f64,
    themes: &'a std::collections::BTreeMap<std::sync::Arc<str>, u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_date: Option<&'a str>,
    evidence: &'a [Evidence],
}

/// Writes `graph` as node-link JSON (one line, then a newline).
///
/// # Errors
///
/// Fails when writing fails.
pub fn write(
    graph: &CooccurrenceGraph,
    mut out: impl Write,
) -> std::io::Result<()> {
    let nodes = graph
        .nodes()
        .into_iter()
        .map(|n| NodeRecord {
            id: &n.id,
            label: &n.label,
            kind: n.kind,
            mentions: n.mentions,
            documents: n.documents,
        })
        .collect();
    let edges = graph
        .edges()
        .into_iter()
        .map(|(a, b, e): (_, _, &Edge)| EdgeRecord {
            source: &a.id,
            target: &b.id,
            weight: as_double(e.weight),
            documents: e.documents,
            npmi: round6(graph.npmi(a, b, e)),
            themes: &e.themes,
            first_date: e.first_date.as_deref(),
            last_date: e.last_date.as_deref(),
            evidence: &e.evidence,
        })
        .collect();
    let doc = Document {
        directed: false,
        multigraph: false,
        graph: GraphAttributes {
            documents: graph.document_count(),
            windows: graph.window_count(),
        },
        nodes,
        edges,
    };
    serde_json::to_writer(&mut out, &doc)?;
    out.write_all(b"\n")
}

/// Six decimals, like GraphML, so output is stable across platforms.
fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
