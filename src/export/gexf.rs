//! GEXF 1.3 for Gephi, with time when documents have dates.
//!
//! The attributes are those of every format, declared with GEXF types
//! (`<attributes class="node">`, `<attribute id title type>`): counts are
//! `integer`, `npmi` is `double`, `discovered` is `boolean`. Two are GEXF's
//! own XML attributes instead: a node's `label` (its name) and an edge's
//! `weight` (its shared windows, a double). Nodes and edges come in the
//! order of every format; an edge's `id` is its place in that order. Node
//! ids are escaped as in GraphML, and an escaped entity id is kept in the
//! node attribute `entity_id` (see the `xml` module).
//!
//! # Time
//!
//! When some document's date names a day (`2024-01-15`, also with a time
//! after it; see [`Day::parse`](crate::graph::Day::parse)), the graph is
//! written dynamic (`mode="dynamic"`, `timeformat="date"`), with intervals
//! of one day:
//!
//! - a node has a `<spell start="2024-01-15" end="2024-01-15"/>` for each
//!   day it was mentioned, an edge one for each day its entities shared a
//!   window;
//! - an edge has the dynamic attribute titled `weight` (GEXF reserves the
//!   title for the dynamic edge weight) with its shared windows on each of
//!   those days, so a time window in Gephi sees the weight of its days;
//!   the XML attribute `weight` stays the total.
//!
//! A node or edge seen only in documents without such a date has no
//! spells, which GEXF reads as "present all the time". Without any dated
//! document the graph is static (`mode="static"`).
//!
//! One day a spell, rather than GEXF 1.3's timestamps: networkx reads
//! only `start` and `end`, and Gephi reads both.

use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute as XmlAttribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::records::{
    self, EDGE_ATTRIBUTES, EdgeRecord, NODE_ATTRIBUTES, NodeRecord, Type,
};
use super::xml::{ENTITY_ID, attribute_value, escaped_ids, node_id};
use crate::graph::{CooccurrenceGraph, Timeline};

/// The GEXF 1.3 namespace.
const NAMESPACE: &str = "http://gexf.net/1.3";

/// The node attribute GEXF writes as the node's `label`.
const LABEL: &str = "label";

/// The edge attribute GEXF writes as the edge's `weight`, and the title of
/// the dynamic weight.
const WEIGHT: &str = "weight";

/// The GEXF name of an attribute type.
fn gexf_type(ty: Type) -> &'static str {
    match ty {
        Type::String => "string",
        Type::Int => "integer",
        Type::Double => "double",
        Type::Boolean => "boolean",
    }
}

/// Writes `graph` as GEXF 1.3: dynamic when some document's date names a
/// day, static otherwise (see the [module docs](self)).
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
/// graph.add(&extractor.extract_document("a", Some("2024-01-15"), text), text);
/// let mut out = Vec::new();
/// newsgraph::export::gexf::write(&graph, &mut out)?;
/// let gexf = String::from_utf8(out)?;
/// assert!(gexf.contains(r#"mode="dynamic" timeformat="date""#));
/// assert!(gexf.contains(r#"<edge id="0" source="Q159" target="Q794" weight="1">"#));
/// assert!(gexf.contains(r#"<spell start="2024-01-15" end="2024-01-15"/>"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(
    graph: &CooccurrenceGraph,
    out: impl Write,
) -> std::io::Result<()> {
    let nodes = records::nodes(graph);
    let edges = records::edges(graph);
    let entities: Vec<&str> = nodes.iter().map(|n| n.id).collect();
    let ids = escaped_ids(&entities);
    let dynamic = nodes.iter().any(|n| !n.timeline().is_empty())
        || edges.iter().any(|e| !e.timeline().is_empty());
    let mut x = Xml(Writer::new_with_indent(out, b' ', 2));
    x.0.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    x.open(
        "gexf",
        &[
            ("xmlns", NAMESPACE),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ],
    )?;
    x.open("meta", &[])?;
    x.0.create_element("creator")
        .write_text_content(BytesText::new("newsgraph"))?;
    x.close("meta")?;
    let mode: &[(&str, &str)] = if dynamic {
        &[("mode", "dynamic"), ("timeformat", "date")]
    } else {
        &[("mode", "static")]
    };
    let mut graph_attributes = vec![("defaultedgetype", "undirected")];
    graph_attributes.extend_from_slice(mode);
    x.open("graph", &graph_attributes)?;

    let mut node_keys: Vec<(&str, &str)> = NODE_ATTRIBUTES
        .iter()
        .filter(|a| a.name != LABEL)
        .map(|a| (a.name, gexf_type(a.ty)))
        .collect();
    if !ids.is_empty() {
        node_keys.push((ENTITY_ID, "string"));
    }
    x.declare("node", "static", &node_keys)?;
    let edge_keys: Vec<(&str, &str)> = EDGE_ATTRIBUTES
        .iter()
        .filter(|a| a.name != WEIGHT)
        .map(|a| (a.name, gexf_type(a.ty)))
        .collect();
    x.declare("edge", "static", &edge_keys)?;
    if dynamic {
        x.declare("edge", "dynamic", &[(WEIGHT, "double")])?;
    }

    x.open("nodes", &[("count", &nodes.len().to_string())])?;
    for node in &nodes {
        write_node(
            &mut x,
            node,
            node_id(&ids, node.id),
            ids.contains_key(node.id),
        )?;
    }
    x.close("nodes")?;
    x.open("edges", &[("count", &edges.len().to_string())])?;
    for (i, edge) in edges.iter().enumerate() {
        let ends = (node_id(&ids, edge.source), node_id(&ids, edge.target));
        write_edge(&mut x, i, ends, edge, dynamic)?;
    }
    x.close("edges")?;
    x.close("graph")?;
    x.close("gexf")?;
    x.0.get_mut().write_all(b"\n")
}

fn write_node<W: Write>(
    x: &mut Xml<W>,
    node: &NodeRecord<'_>,
    id: &str,
    escaped: bool,
) -> std::io::Result<()> {
    let mut label = String::new();
    let mut values: Vec<(&str, String)> = Vec::new();
    for (attribute, value) in NODE_ATTRIBUTES.iter().zip(node.values()) {
        let Some(value) = value else { continue };
        if attribute.name == LABEL {
            label = value.to_text();
        } else {
            values.push((attribute.name, value.to_text()));
        }
    }
    if escaped {
        values.push((ENTITY_ID, node.id.to_string()));
    }
    x.open("node", &[("id", id), ("label", &label)])?;
    x.values(&values, &[])?;
    x.spells(node.timeline())?;
    x.close("node")
}

fn write_edge<W: Write>(
    x: &mut Xml<W>,
    index: usize,
    (source, target): (&str, &str),
    edge: &EdgeRecord<'_>,
    dynamic: bool,
) -> std::io::Result<()> {
    let mut weight = String::new();
    let mut values: Vec<(&str, String)> = Vec::new();
    for (attribute, value) in EDGE_ATTRIBUTES.iter().zip(edge.values()) {
        let Some(value) = value else { continue };
        if attribute.name == WEIGHT {
            weight = value.to_text();
        } else {
            values.push((attribute.name, value.to_text()));
        }
    }
    let per_day: Vec<(String, String)> = if dynamic {
        edge.timeline()
            .iter()
            .map(|(day, n)| (day.to_string(), records::weight(n).to_text()))
            .collect()
    } else {
        Vec::new()
    };
    x.open(
        "edge",
        &[
            ("id", &index.to_string()),
            ("source", source),
            ("target", target),
            ("weight", &weight),
        ],
    )?;
    x.values(&values, &per_day)?;
    x.spells(edge.timeline())?;
    x.close("edge")
}

/// An XML writer whose attribute values are escaped by
/// [`attribute_value`], which keeps tabs and line breaks.
struct Xml<W: Write>(Writer<W>);

impl<W: Write> Xml<W> {
    fn element<'a>(
        name: &'a str,
        attributes: &[(&str, &str)],
    ) -> BytesStart<'a> {
        let mut start = BytesStart::new(name);
        for &(key, value) in attributes {
            let value = attribute_value(value);
            // Raw bytes: the value is escaped already.
            start.push_attribute(XmlAttribute::from((
                key.as_bytes(),
                value.as_bytes(),
            )));
        }
        start
    }

    fn open(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
    ) -> std::io::Result<()> {
        self.0.write_event(Event::Start(Self::element(name, attributes)))
    }

    fn empty(
        &mut self,
        name: &str,
        attributes: &[(&str, &str)],
    ) -> std::io::Result<()> {
        self.0.write_event(Event::Empty(Self::element(name, attributes)))
    }

    fn close(&mut self, name: &str) -> std::io::Result<()> {
        self.0.write_event(Event::End(BytesEnd::new(name)))
    }

    /// `<attributes class mode>` with one `<attribute>` per (name, type);
    /// the name is both id and title.
    fn declare(
        &mut self,
        class: &str,
        mode: &str,
        attributes: &[(&str, &str)],
    ) -> std::io::Result<()> {
        self.open("attributes", &[("class", class), ("mode", mode)])?;
        for &(name, ty) in attributes {
            self.empty(
                "attribute",
                &[("id", name), ("title", name), ("type", ty)],
            )?;
        }
        self.close("attributes")
    }

    /// `<attvalues>`: the static values, then the weight per day.
    fn values(
        &mut self,
        values: &[(&str, String)],
        per_day: &[(String, String)],
    ) -> std::io::Result<()> {
        if values.is_empty() && per_day.is_empty() {
            return Ok(());
        }
        self.open("attvalues", &[])?;
        for (name, value) in values {
            self.empty("attvalue", &[("for", name), ("value", value)])?;
        }
        for (day, value) in per_day {
            self.empty(
                "attvalue",
                &[
                    ("for", WEIGHT),
                    ("value", value),
                    ("start", day),
                    ("end", day),
                ],
            )?;
        }
        self.close("attvalues")
    }

    /// `<spells>`, one a day, when there are days.
    fn spells(&mut self, timeline: &Timeline) -> std::io::Result<()> {
        if timeline.is_empty() {
            return Ok(());
        }
        self.open("spells", &[])?;
        for (day, _) in timeline.iter() {
            let day = day.to_string();
            self.empty("spell", &[("start", &day), ("end", &day)])?;
        }
        self.close("spells")
    }
}
