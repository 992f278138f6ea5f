//! GraphML for Gephi, networkx, igraph and yEd.
//!
//! Keys are declared first, in the order of the shared attribute list,
//! with real types: counts are `int`, `weight` and `npmi` are `double`, so
//! tools read numbers, not strings. Node and edge keys get distinct ids
//! (`node_documents`, `edge_documents`) because igraph requires it. In
//! values, characters that XML 1.0 forbids (most C0 controls, U+FFFE,
//! U+FFFF) are dropped; the rest is escaped.
//!
//! # Node ids
//!
//! The schema types node ids (and edge ends) as `xs:NMTOKEN`: no spaces,
//! no `&`, no control characters. An entity id made of ASCII letters,
//! digits, `.`, `-`, `_` and `:` (every built-in id: `Q159`,
//! `theme:defence`, `org:n-va`) is the node id as it is. Any other id is
//! written escaped: each other character becomes `_` and its hex code
//! point and `_` (`org:at&t` → `org:at_26_t`, the empty id → `_`), with
//! `-2`, `-3`, … appended if that id is taken, and the entity id is kept
//! in the node attribute `entity_id`, declared only when some id needs it.
//! Non-ASCII letters are escaped too: validators disagree on which
//! Unicode letters a name may hold (XML 1.0 editions differ), and ASCII
//! is valid under all of them.

use std::collections::HashMap;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::records::{
    self, Attribute, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, NodeRecord,
};
use super::xml::{ENTITY_ID, escaped_ids, node_id, xml_safe};
use crate::graph::CooccurrenceGraph;

/// The key id of an attribute: its name, prefixed with its domain when
/// nodes and edges share the name, because igraph requires distinct ids.
fn key_id(domain: &str, attribute: &Attribute) -> String {
    let shared = NODE_ATTRIBUTES.iter().any(|a| a.name == attribute.name)
        && EDGE_ATTRIBUTES.iter().any(|a| a.name == attribute.name);
    if shared {
        format!("{domain}_{}", attribute.name)
    } else {
        attribute.name.to_string()
    }
}

/// A key declaration: (id, for, attr.name, attr.type).
fn key<'a>(
    domain: &'a str,
    attribute: &Attribute,
) -> (String, &'a str, &'static str, &'static str) {
    (key_id(domain, attribute), domain, attribute.name, attribute.ty.as_str())
}

/// Writes `graph` as GraphML.
///
/// Entity ids that are not valid GraphML node ids are escaped and kept in
/// the `entity_id` attribute; see the [module docs](self).
///
/// # Errors
///
/// Fails when writing fails.
///
/// # Examples
///
/// ```
/// use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};
///
/// let extractor = Extractor::new(Gazetteer::builtin())?;
/// let text = "Rusland en Iran sloten een verdrag.";
/// let mut graph = CooccurrenceGraph::default();
/// graph.add(&extractor.extract(text), text);
/// let mut out = Vec::new();
/// newsgraph::export::graphml::write(&graph, &mut out)?;
/// let xml = String::from_utf8(out)?;
/// assert!(xml.contains(r#"<edge source="Q159" target="Q794">"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(
    graph: &CooccurrenceGraph,
    out: impl Write,
) -> std::io::Result<()> {
    let nodes = records::nodes(graph);
    let entities: Vec<&str> = nodes.iter().map(|n| n.id).collect();
    let ids = escaped_ids(&entities);
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
            let mut keys: Vec<(String, &str, &str, &str)> = Vec::new();
            for attribute in &NODE_ATTRIBUTES {
                keys.push(key("node", attribute));
            }
            if !ids.is_empty() {
                keys.push((
                    ENTITY_ID.to_string(),
                    "node",
                    ENTITY_ID,
                    "string",
                ));
            }
            for attribute in &EDGE_ATTRIBUTES {
                keys.push(key("edge", attribute));
            }
            for (id, domain, name, ty) in &keys {
                w.create_element("key")
                    .with_attributes([
                        ("id", id.as_str()),
                        ("for", domain),
                        ("attr.name", name),
                        ("attr.type", ty),
                    ])
                    .write_empty()?;
            }
            w.create_element("graph")
                .with_attributes([
                    ("id", "newsgraph"),
                    ("edgedefault", "undirected"),
                ])
                .write_inner_content(|w| {
                    write_graph(&nodes, &ids, graph, w)
                })?;
            Ok(())
        })?;
    w.get_mut().write_all(b"\n")
}

fn write_graph<W: Write>(
    nodes: &[NodeRecord<'_>],
    ids: &HashMap<&str, String>,
    graph: &CooccurrenceGraph,
    w: &mut Writer<W>,
) -> std::io::Result<()> {
    // Key ids once, not per value.
    let node_keys = NODE_ATTRIBUTES.map(|a| key_id("node", &a));
    let edge_keys = EDGE_ATTRIBUTES.map(|a| key_id("edge", &a));
    for node in nodes {
        w.create_element("node")
            .with_attribute(("id", node_id(ids, node.id)))
            .write_inner_content(|w| {
                for (key, value) in node_keys.iter().zip(node.values()) {
                    if let Some(value) = value {
                        data(w, key, &value.to_text())?;
                    }
                }
                if ids.contains_key(node.id) {
                    data(w, ENTITY_ID, node.id)?;
                }
                Ok(())
            })?;
    }
    for edge in records::edges(graph) {
        w.create_element("edge")
            .with_attributes([
                ("source", node_id(ids, edge.source)),
                ("target", node_id(ids, edge.target)),
            ])
            .write_inner_content(|w| {
                for (key, value) in edge_keys.iter().zip(edge.values()) {
                    if let Some(value) = value {
                        data(w, key, &value.to_text())?;
                    }
                }
                Ok(())
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
