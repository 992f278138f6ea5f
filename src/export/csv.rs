//! Node and edge tables for Gephi's spreadsheet import (`Id`, `Label`;
//! `Source`, `Target`, `Type`, `Weight`).

use std::io::Write;

use super::{as_double, evidence_json, themes_text};
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
    w.write_record(["Id", "Label", "Kind", "Mentions", "Documents"])?;
    for n in graph.nodes() {
        w.write_record([
            &*n.id,
            &*n.label,
            n.kind.as_str(),
            &n.mentions.to_string(),
            &n.documents.to_string(),
        ])?;
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
    w.write_record([
        "Source",
        "Target",
        "Type",
        "Weight",
        "Documents",
        "NPMI",
        "Themes",
        "FirstDate",
        "LastDate",
        "Evidence",
    ])?;
    for (a, b, e) in graph.edges() {
        w.write_record([
            &*a.id,
            &*b.id,
            "Undirected",
            &as_double(e.weight).to_string(),
            &e.documents.to_string(),
            &format!("{:.6}", graph.npmi(a, b, e)),
            &themes_text(e),
            e.first_date.as_deref().unwrap_or(""),
            e.last_date.as_deref().unwrap_or(""),
            &evidence_json(e),
        ])?;
    }
    w.flush()
}
