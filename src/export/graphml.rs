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

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::records::{
    self, Attribute, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, NodeRecord,
};
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

/// The node attribute that keeps an entity id that is not the node id.
const ENTITY_ID: &str = "entity_id";

/// The node id of an entity id.
fn node_id<'a>(ids: &'a HashMap<&str, String>, entity: &'a str) -> &'a str {
    ids.get(entity).map_or(entity, String::as_str)
}

/// Whether an entity id can be a node id as it is.
fn is_plain_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(is_plain)
}

fn is_plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':')
}

/// The node ids of the entity ids that cannot be written as they are, by
/// entity id. `entities` are sorted, so the suffixes are deterministic.
fn escaped_ids<'a>(entities: &[&'a str]) -> HashMap<&'a str, String> {
    let plain: HashSet<&str> =
        entities.iter().copied().filter(|id| is_plain_id(id)).collect();
    let mut taken: HashSet<String> = HashSet::new();
    let mut out = HashMap::new();
    for &entity in entities.iter().filter(|id| !plain.contains(*id)) {
        let base = escape(entity);
        let mut id = base.clone();
        let mut n = 1;
        while plain.contains(id.as_str()) || taken.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        taken.insert(id.clone());
        out.insert(entity, id);
    }
    out
}

/// `org:at&t` → `org:at_26_t`; the empty id → `_`.
fn escape(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 8);
    for c in id.chars() {
        if c.is_ascii() && is_plain(c as u8) {
            out.push(c);
        } else {
            write!(out, "_{:x}_", u32::from(c)).expect("writing to a string");
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
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
    use super::{escape, escaped_ids, is_plain_id, xml_safe};

    #[test]
    fn plain_ids_stay_and_others_are_escaped() {
        // (entity id, plain, escaped)
        let rows = [
            ("Q159", true, "Q159"),
            ("theme:defence", true, "theme:defence"),
            ("org:n-va", true, "org:n-va"),
            ("a.b_c", true, "a.b_c"),
            ("org:at&t", false, "org:at_26_t"),
            ("Zorblax Ltd", false, "Zorblax_20_Ltd"),
            ("a\u{7}b", false, "a_7_b"),
            ("józef", false, "j_f3_zef"),
            ("", false, "_"),
        ];
        for (id, plain, escaped) in rows {
            assert_eq!(is_plain_id(id), plain, "{id:?}");
            assert_eq!(escape(id), escaped, "{id:?}");
        }
    }

    #[test]
    fn escaped_ids_are_unique() {
        // `a_20_b` is a plain id and the escape of `a b`; `a\tb`... differ.
        let mut entities = vec!["a b", "a_20_b", "a_20_b-2", "ab", "a\u{7}b"];
        entities.sort_unstable();
        let ids = escaped_ids(&entities);
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert_eq!(ids["a b"], "a_20_b-3");
        assert_eq!(ids["a\u{7}b"], "a_7_b");
        assert!(!ids.contains_key("ab"));
    }

    #[test]
    fn forbidden_characters_are_dropped() {
        assert_eq!(xml_safe("a\u{0}b\u{1F}c\u{FFFE}d\te😀"), "abcd\te😀");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
