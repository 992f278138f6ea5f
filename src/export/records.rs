//! The one view of nodes and edges that every writer formats: which
//! attributes there are, their types, their order and their values, with
//! one rounding rule. A writer decides only how to spell them.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::graph::{CooccurrenceGraph, Edge, Evidence, Node, Timeline};

/// Scores are rounded to this many decimals, in every format, so output is
/// the same on every platform.
const SCORE_DECIMALS: usize = 6;

/// The type of an attribute, as GraphML declares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Type {
    String,
    Int,
    Double,
    Boolean,
}

impl Type {
    /// The GraphML `attr.type`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Int => "int",
            Type::Double => "double",
            Type::Boolean => "boolean",
        }
    }
}

/// One node or edge attribute.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attribute {
    /// The name in GraphML and JSON.
    pub(crate) name: &'static str,
    /// The column title in the CSV tables (Gephi's style).
    pub(crate) title: &'static str,
    pub(crate) ty: Type,
}

const fn attribute(
    name: &'static str,
    title: &'static str,
    ty: Type,
) -> Attribute {
    Attribute { name, title, ty }
}

/// Node attributes, in the order every format writes them.
pub(crate) const NODE_ATTRIBUTES: [Attribute; 5] = [
    attribute("label", "Label", Type::String),
    attribute("kind", "Kind", Type::String),
    attribute("mentions", "Mentions", Type::Int),
    attribute("documents", "Documents", Type::Int),
    attribute("discovered", "Discovered", Type::Boolean),
];

/// Edge attributes, in the order every format writes them.
pub(crate) const EDGE_ATTRIBUTES: [Attribute; 7] = [
    // A count, but a double: Gephi and igraph read weights as numbers
    // with fractions.
    attribute("weight", "Weight", Type::Double),
    attribute("documents", "Documents", Type::Int),
    attribute("npmi", "NPMI", Type::Double),
    attribute("themes", "Themes", Type::String),
    attribute("first_date", "FirstDate", Type::String),
    attribute("last_date", "LastDate", Type::String),
    attribute("evidence", "Evidence", Type::String),
];

/// An attribute value. Structured values (themes, evidence) stay
/// structured, so JSON can write them as objects and the text formats as
/// strings.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Value<'a> {
    Text(&'a str),
    Int(u64),
    Bool(bool),
    /// A number already rounded; text formats write it with `decimals`
    /// decimals.
    Double {
        value: f64,
        decimals: usize,
    },
    Themes(&'a BTreeMap<Arc<str>, u64>),
    Evidence(&'a [Evidence]),
}

impl Value<'_> {
    /// The value as text, for the formats whose cells are strings.
    pub(crate) fn to_text(self) -> String {
        match self {
            Value::Text(s) => s.to_string(),
            Value::Int(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Double { value, decimals } => format!("{value:.decimals$}"),
            Value::Themes(themes) => {
                let parts: Vec<String> =
                    themes.iter().map(|(t, n)| format!("{t}={n}")).collect();
                parts.join("; ")
            }
            Value::Evidence(evidence) => {
                serde_json::to_string(evidence).expect("evidence serialises")
            }
        }
    }
}

/// A node as the writers see it.
pub(crate) struct NodeRecord<'a> {
    pub(crate) id: &'a str,
    node: &'a Node,
}

impl<'a> NodeRecord<'a> {
    /// Values in the order of [`NODE_ATTRIBUTES`].
    pub(crate) fn values(&self) -> [Option<Value<'a>>; 5] {
        let n = self.node;
        [
            Some(Value::Text(&n.label)),
            Some(Value::Text(n.kind.as_str())),
            Some(Value::Int(n.mentions)),
            Some(Value::Int(n.documents)),
            Some(Value::Bool(n.discovered)),
        ]
    }

    /// Mentions per day.
    pub(crate) fn timeline(&self) -> &'a Timeline {
        &self.node.timeline
    }
}

/// An edge as the writers see it: `source` is the smaller id.
pub(crate) struct EdgeRecord<'a> {
    pub(crate) source: &'a str,
    pub(crate) target: &'a str,
    edge: &'a Edge,
    npmi: f64,
}

impl<'a> EdgeRecord<'a> {
    /// Values in the order of [`EDGE_ATTRIBUTES`]; `None` where there is
    /// no value (no dates given).
    pub(crate) fn values(&self) -> [Option<Value<'a>>; 7] {
        let e = self.edge;
        [
            Some(weight(e.weight)),
            Some(Value::Int(e.documents)),
            Some(Value::Double {
                value: rounded(self.npmi, SCORE_DECIMALS),
                decimals: SCORE_DECIMALS,
            }),
            Some(Value::Themes(&e.themes)),
            e.first_date.as_deref().map(Value::Text),
            e.last_date.as_deref().map(Value::Text),
            Some(Value::Evidence(&e.evidence)),
        ]
    }

    /// Shared windows per day.
    pub(crate) fn timeline(&self) -> &'a Timeline {
        &self.edge.timeline
    }
}

/// Nodes sorted by id.
pub(crate) fn nodes(graph: &CooccurrenceGraph) -> Vec<NodeRecord<'_>> {
    graph
        .nodes()
        .into_iter()
        .map(|node| NodeRecord { id: &node.id, node })
        .collect()
}

/// Edges sorted by their ids.
pub(crate) fn edges(graph: &CooccurrenceGraph) -> Vec<EdgeRecord<'_>> {
    graph
        .edges()
        .into_iter()
        .map(|(a, b, edge)| EdgeRecord {
            source: &a.id,
            target: &b.id,
            edge,
            npmi: graph.npmi(a, b, edge),
        })
        .collect()
}

/// A count of shared windows as a weight: a double, written without
/// decimals (the edge weight, and in GEXF its value per day).
pub(crate) fn weight(windows: u64) -> Value<'static> {
    Value::Double { value: as_double(windows), decimals: 0 }
}

/// Counts as doubles.
#[allow(clippy::cast_precision_loss)] // counts far below 2^52
fn as_double(n: u64) -> f64 {
    n as f64
}

/// `x` rounded to `decimals` decimals (half away from zero).
fn rounded(x: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(i32::try_from(decimals).expect("few decimals"));
    (x * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::{EDGE_ATTRIBUTES, NODE_ATTRIBUTES, Value, rounded};

    #[test]
    fn doubles_are_rounded_once_and_written_with_their_decimals() {
        // (value, decimals, text)
        let rows = [
            (3.0, 0, "3"),
            (rounded(0.123_456_49, 6), 6, "0.123456"),
            (rounded(0.123_456_51, 6), 6, "0.123457"),
            (rounded(-0.000_000_4, 6), 6, "-0.000000"),
            (rounded(1.0, 6), 6, "1.000000"),
        ];
        for (value, decimals, text) in rows {
            assert_eq!(Value::Double { value, decimals }.to_text(), text);
        }
        assert_ne!(rounded(0.123_456_51, 6), 0.123_456_51);
    }

    #[test]
    fn attribute_names_are_distinct_per_domain() {
        for attributes in [&NODE_ATTRIBUTES[..], &EDGE_ATTRIBUTES[..]] {
            for (i, a) in attributes.iter().enumerate() {
                assert!(
                    attributes[i + 1..].iter().all(|b| b.name != a.name),
                    "{}",
                    a.name
                );
            }
        }
    }
}
