//! Entity ids that are not valid GraphML node ids: GraphML escapes them
//! into unique node ids and keeps the entity id in `entity_id`; CSV and
//! JSON carry every id as it is, so ids stay distinct there too.

use std::collections::BTreeSet;

use newsgraph::export::{csv, graphml, json};
use newsgraph::{
    CooccurrenceGraph, Entity, Extractor, Gazetteer, GraphConfig, Kind,
};

/// (entity id, name, GraphML node id).
const IDS: [(&str, &str, &str); 7] = [
    ("Q159", "Russia", "Q159"),
    ("theme:defence", "Defence", "theme:defence"),
    ("org:n-va", "N-VA", "org:n-va"),
    ("org:at&t", "AT&T", "org:at_26_t-2"),
    ("org:at_26_t", "Atsix", "org:at_26_t"),
    ("org:x\u{7}y", "Xylo", "org:x_7_y"),
    ("org:xy", "Xyra", "org:xy"),
];

fn graph() -> CooccurrenceGraph {
    let mut builder = Gazetteer::builder();
    for (id, name, _) in IDS {
        builder.add(Entity::new(id, name, Kind::Organisation));
    }
    let extractor = Extractor::new(&builder.build().unwrap()).unwrap();
    let mut graph = CooccurrenceGraph::new(GraphConfig::default());
    let text = "Russia, Defence, N-VA, AT&T, Atsix, Xylo en Xyra.";
    graph.add(&extractor.extract_document("d", None, text), text);
    assert_eq!(graph.node_count(), IDS.len());
    graph
}

/// The values of `attribute="…"` in `text`, in order.
fn attribute_values<'a>(text: &'a str, attribute: &str) -> Vec<&'a str> {
    let open = format!(" {attribute}=\"");
    text.match_indices(&open)
        .map(|(i, _)| {
            let rest = &text[i + open.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn graphml_node_ids_are_plain_unique_and_referenced() {
    let mut out = Vec::new();
    graphml::write(&graph(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let nodes: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("<node "))
        .flat_map(|l| attribute_values(l, "id"))
        .collect();
    let want: BTreeSet<&str> = IDS.iter().map(|r| r.2).collect();
    assert_eq!(nodes.iter().copied().collect::<BTreeSet<_>>(), want);
    assert_eq!(nodes.len(), IDS.len(), "unique");
    for end in ["source", "target"] {
        for id in attribute_values(&text, end) {
            assert!(want.contains(id), "{end} {id}");
        }
    }
    // Escaped nodes keep their entity id; plain ones need none. XML 1.0
    // cannot carry U+0007 at all, so that entity id loses it, while its
    // node id keeps it apart from `org:xy`.
    let entity_ids: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix(r#"<data key="entity_id">"#))
        .map(|l| l.strip_suffix("</data>").unwrap())
        .collect();
    assert_eq!(entity_ids, ["org:at&amp;t", "org:xy"]);
    assert!(text.contains(r#"<key id="entity_id" for="node""#));
}

#[test]
fn graphml_declares_no_entity_id_when_all_ids_are_plain() {
    let mut builder = Gazetteer::builder();
    builder.add(Entity::new("Q159", "Russia", Kind::Country));
    builder.add(Entity::new("Q794", "Iran", Kind::Country));
    let extractor = Extractor::new(&builder.build().unwrap()).unwrap();
    let mut graph = CooccurrenceGraph::new(GraphConfig::default());
    let text = "Russia en Iran.";
    graph.add(&extractor.extract_document("d", None, text), text);
    let mut out = Vec::new();
    graphml::write(&graph, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(!text.contains("entity_id"));
    assert!(text.contains(r#"<node id="Q159">"#));
    assert!(text.contains(r#"<edge source="Q159" target="Q794">"#));
}

#[test]
fn csv_and_json_keep_every_id_as_it_is() {
    let graph = graph();
    let want: BTreeSet<String> = IDS.iter().map(|r| r.0.to_string()).collect();
    let mut out = Vec::new();
    json::write(&graph, &mut out).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<String> = value["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), IDS.len());
    assert_eq!(ids.into_iter().collect::<BTreeSet<_>>(), want);
    let mut out = Vec::new();
    csv::write_nodes(&graph, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let ids: Vec<String> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), IDS.len());
    assert_eq!(ids.into_iter().collect::<BTreeSet<_>>(), want);
}
