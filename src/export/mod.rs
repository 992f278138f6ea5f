//! Writers for [`CooccurrenceGraph`](crate::CooccurrenceGraph): one module
//! per format. Every writer emits nodes sorted by id and edges sorted by
//! their ids, so the same graph always gives the same bytes.

pub mod csv;
pub mod graphml;
pub mod json;

use crate::graph::Edge;

/// `theme:defence=3; theme:sanctions=1`: themes and their window counts.
fn themes_text(edge: &Edge) -> String {
    let parts: Vec<String> =
        edge.themes.iter().map(|(theme, n)| format!("{theme}={n}")).collect();
    parts.join("; ")
}

/// The evidence records as a JSON array, for formats with string cells.
fn evidence_json(edge: &Edge) -> String {
    serde_json::to_string(&edge.evidence).expect("evidence serialises")
}

/// Weights are counts, written as doubles for the tools that read them.
#[allow(clippy::cast_precision_loss)] // counts far below 2^52
fn as_double(n: u64) -> f64 {
    n as f64
}
