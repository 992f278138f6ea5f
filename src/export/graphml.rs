//! GraphML for Gephi, networkx, igraph and yEd.
//!
//! Keys are declared first, in a fixed order, with real types: counts are
//! `int`, `weight` and `npmi` are `double`, so tools read numbers, not
//! strings. Node and edge keys get distinct ids (`node_documents`,
//! `edge_documents`) because igraph requires it. Characters that XML 1.0
//! forbids (most C0 controls, U+FFFE, U+FFFF) are dropped; the rest is
//! escaped.

use std::borrow::Cow;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::{as_double, evidence_json, themes_text};
use crate::graph::CooccurrenceGraph;

/// (id, for, attr.name, attr.type), in the order they are declared.
const KEYS: [(&str, &str, &str, &str); 11] = [
    ("label", "node", "label", "string"),
    ("kind", "node", "kind", "string"),
    ("mentions", "node", "mentions", "int"),
    ("node_documents", "node", "documents", "int"),
    ("weight", "edge", "weight", "double"),
    ("edge_documents", "edge", "documents", "int"),
    ("npmi", "edge", "npmi", "double"),
    ("themes", "edge", "themes", "string"),
    ("first_date", "edge", "first_date", "string"),
    ("last_date", "edge", "last_date", "string"),
    ("evidence", "edge", "evidence", "string"),
];

/// Writes `graph` as GraphML.
///
/// # Errors
///
/// Fails when writing fails.
pub fn write(
    graph: &CooccurrenceGraph,
    out: impl Write,
) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attributes([
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns \
                 http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|w| {
            for (id, domain, name, kind) in KEYS {
                w.create_element("key")
                    .with_attributes([
                        ("id", id),
                        ("for", domain),
                        ("attr.name", name),
                        ("attr.type", kind),
                    ])
                    .write_empty()?;
            }
            w.create_element("graph")
                .with_attributes([
                    ("id", "newsgraph"),
                    ("edgedefault", "undirected"),
                ])
                .write_inner_content(|w| write_graph(graph, w))?;
            Ok(())
        })?;
    w.get_mut().write_all(b"\n")
}

fn write_graph<W: Write>(
    graph: &CooccurrenceGraph,
    w: &mut Writer<W>,
) -> std::io::Result<()> {
    for node in graph.nodes() {
        w.create_element("node")
            .with_attribute(("id", &*xml_safe(&node.id)))
            .write_inner_content(|w| {
                data(w, "label", &node.label)?;
                data(w, "kind", node.kind.as_str())?;
                data(w, "mentions", &node.mentions.to_string())?;
                data(w, "node_documents", &node.documents.to_string())
            })?;
    }
    for (a, b, edge) in graph.edges() {
        w.create_element("edge")
            .with_attributes([
                ("source", &*xml_safe(&a.id)),
                ("target", &*xml_safe(&b.id)),
            ])
            .write_inner_content(|w| {
                data(w, "weight", &as_double(edge.weight).to_string())?;
                data(w, "edge_documents", &edge.documents.to_string())?;
                data(w, "npmi", &format!("{:.6}", graph.npmi(a, b, edge)))?;
                data(w, "themes", &themes_text(edge))?;
                if let Some(date) = &edge.first_date {
                    data(w, "first_date", date)?;
                }
                if let Some(date) = &edge.last_date {
                    data(w, "last_date", date)?;
                }
                data(w, "evidence", &evidence_json(edge))
            })?;
    }
    Ok(())
}

fn data<W: Write>(
    w: &mut Writer<W>,
    key: &str,
    value: &str,
) -> std::io::Result<()> {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&xml_safe(value)))?;
    Ok(())
}

/// Drops the characters XML 1.0 does not allow.
fn xml_safe(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    };
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::xml_safe;

    #[test]
    fn forbidden_characters_are_dropped() {
        assert_eq!(xml_safe("a\u{0}b\u{1F}c\u{FFFE}d\te😀"), "abcd\te😀");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
