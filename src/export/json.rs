//! Node-link JSON with explicit `nodes` and `edges` keys, loadable with
//! `networkx.node_link_graph(data, edges="edges")`. Themes are an object
//! and evidence an array of objects; attributes without a value (dates)
//! are left out.

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::records::{
    self, Attribute, EDGE_ATTRIBUTES, EdgeRecord, NODE_ATTRIBUTES, NodeRecord,
    Value,
};
use crate::graph::CooccurrenceGraph;

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

impl Serialize for NodeRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", self.id)?;
        entries(&mut map, &NODE_ATTRIBUTES, self.values())?;
        map.end()
    }
}

impl Serialize for EdgeRecord<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("source", self.source)?;
        map.serialize_entry("target", self.target)?;
        entries(&mut map, &EDGE_ATTRIBUTES, self.values())?;
        map.end()
    }
}

fn entries<'a, M: SerializeMap>(
    map: &mut M,
    attributes: &[Attribute],
    values: impl IntoIterator<Item = Option<Value<'a>>>,
) -> Result<(), M::Error> {
    for (attribute, value) in attributes.iter().zip(values) {
        let Some(value) = value else { continue };
        match value {
            Value::Text(s) => map.serialize_entry(attribute.name, s)?,
            Value::Int(n) => map.serialize_entry(attribute.name, &n)?,
            Value::Bool(b) => map.serialize_entry(attribute.name, &b)?,
            Value::Double { value, .. } => {
                map.serialize_entry(attribute.name, &value)?;
            }
            Value::Themes(t) => map.serialize_entry(attribute.name, t)?,
            Value::Evidence(e) => map.serialize_entry(attribute.name, e)?,
        }
    }
    Ok(())
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
    let doc = Document {
        directed: false,
        multigraph: false,
        graph: GraphAttributes {
            documents: graph.document_count(),
            windows: graph.window_count(),
        },
        nodes: records::nodes(graph),
        edges: records::edges(graph),
    };
    serde_json::to_writer(&mut out, &doc)?;
    out.write_all(b"\n")
}
