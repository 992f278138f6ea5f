//! GraphML for Gephi, networkx, igraph and yEd.
//!
//! Keys are declared first, in the order of the shared attribute list,
//! with real types: counts are `int`, `weight` and `npmi` are `double`, so
//! tools read numbers, not strings. Node and edge keys get distinct ids (`node_documents`,
//! `edge_documents`) because igraph requires it. Characters that XML 1.0
//! forbids (most C0 controls, U+FFFE, U+FFFF) are dropped; the rest is
//! escaped.

use std::borrow::Cow;
use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::records::{self, Attribute, EDGE_ATTRIBUTES, NODE_ATTRIBUTES};
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
            let domains = [
                ("node", &NODE_ATTRIBUTES[..]),
                ("edge", &EDGE_ATTRIBUTES[..]),
            ];
            for (domain, attributes) in domains {
                for attribute in attributes {
                    w.create_element("key")
                        .with_attributes([
                            ("id", key_id(domain, attribute).as_str()),
                            ("for", domain),
                            ("attr.name", attribute.name),
                            ("attr.type", attribute.ty.as_str()),
                        ])
                        .write_empty()?;
                }
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
    for node in records::nodes(graph) {
        w.create_element("node")
            .with_attribute(("id", &*xml_safe(node.id)))
            .write_inner_content(|w| {
            for (attribute, value) in NODE_ATTRIBUTES.iter().zip(node.values())
            {
                if let Some(value) = value {
                    data(w, &key_id("node", attribute), &value.to_text())?;
                }
            }
            Ok(())
        })?;
    }
    for edge in records::edges(graph) {
        w.create_element("edge")
            .with_attributes([
                ("source", &*xml_safe(edge.source)),
                ("target", &*xml_safe(edge.target)),
            ])
            .write_inner_content(|w| {
                for (attribute, value) in
                    EDGE_ATTRIBUTES.iter().zip(edge.values())
                {
                    if let Some(value) = value {
                        data(w, &key_id("edge", attribute), &value.to_text())?;
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
