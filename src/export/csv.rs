//! Node and edge tables for Gephi's spreadsheet import (`Id`, `Label`;
//! `Source`, `Target`, `Type`, `Weight`). Structured values are cells of
//! text: themes as `theme:defence=3; theme:sanctions=1`, evidence as a
//! JSON array.

use std::io::Write;

use super::records::{self, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Value};
use crate::graph::CooccurrenceGraph;

/// Writes the node table.
///
/// # Errors
///
/// Fails when writing fails.
pub fn write_nodes(
    graph: &CooccurrenceGraph,
    out: impl Write,
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let titles = NODE_ATTRIBUTES.iter().map(|a| a.title);
    w.write_record(std::iter::once("Id").chain(titles))?;
    for node in records::nodes(graph) {
        let cells = node.values().map(cell);
        w.write_record(std::iter::once(node.id.to_string()).chain(cells))?;
    }
    w.flush()
}

/// Writes the edge table.
///
/// # Errors
///
/// Fails when writing fails.
pub fn write_edges(
    graph: &CooccurrenceGraph,
    out: impl Write,
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let titles = EDGE_ATTRIBUTES.iter().map(|a| a.title);
    w.write_record(["Source", "Target", "Type"].into_iter().chain(titles))?;
    for edge in records::edges(graph) {
        let ends = [edge.source, edge.target, "Undirected"];
        let cells = edge.values().map(cell);
        w.write_record(ends.map(str::to_string).into_iter().chain(cells))?;
    }
    w.flush()
}

/// A missing value is an empty cell.
fn cell(value: Option<Value<'_>>) -> String {
    value.map(Value::to_text).unwrap_or_default()
}
