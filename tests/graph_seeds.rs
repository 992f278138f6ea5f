//! The co-occurrence graph of the two real news pages in `tests/fixtures/`
//! with the built-in gazetteers: the links a reader expects, evidence that
//! points at the sentences behind each link, and snapshots of every export.
//!
//! After an intended change of output, update the snapshots with
//! `INSTA_UPDATE=always cargo test --test graph_seeds` (or `cargo insta
//! review`), and read every changed line before committing it: a snapshot
//! that records a wrong answer is a bug.

use std::collections::HashMap;

use newsgraph::corpus::Document;
use newsgraph::export::{csv, gexf, graphml, json};
use newsgraph::{
    CooccurrenceGraph, Extraction, Extractor, Gazetteer, GraphConfig, Role,
};

const SEEDS: [&str; 2] =
    ["000_5d674794cd6871d4.txt", "001_a02a3968b7581e14.txt"];

/// The graph at the default (sentence) window, with the extractions and
/// texts by document id.
fn seeds_graph() -> (CooccurrenceGraph, HashMap<String, (Extraction, String)>)
{
    let extractor = Extractor::new(Gazetteer::builtin()).unwrap();
    let mut graph = CooccurrenceGraph::new(GraphConfig::default());
    let mut docs = HashMap::new();
    for name in SEEDS {
        let path =
            format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let x = extractor.extract_document(name, None, &text);
        graph.add(&x, &text);
        docs.insert(name.to_string(), (x, text));
    }
    (graph, docs)
}

#[test]
fn the_expected_links_are_there() {
    let (graph, _) = seeds_graph();
    let russia_iran = graph.edge("Q159", "Q794").expect("Russia–Iran");
    assert!(russia_iran.weight >= 3, "weight {}", russia_iran.weight);
    assert!(
        russia_iran.themes.contains_key("theme:defence"),
        "{:?}",
        russia_iran.themes
    );
    for (a, b, what) in [
        ("Q159", "Q423", "Russia–North Korea"),
        ("Q794", "Q38799", "Iran–Hamas"),
        ("Q794", "Q41053", "Iran–Hezbollah"),
        ("Q794", "Q801", "Iran–Israel"),
        ("Q7747", "Q5933752", "Putin–Pezeshkian"),
    ] {
        assert!(graph.edge(a, b).is_some(), "no edge {what}");
    }
    assert!(graph.edge("Q96", "Q159").is_none(), "Mexico–Russia");
}

#[test]
fn credits_and_datelines_stay_out() {
    let (graph, _) = seeds_graph();
    for agency in ["Q966898", "Q40464"] {
        assert!(graph.node_by_id(agency).is_none(), "{agency} is a node");
    }
    // Reuters is linked only where the body names it, never as `RTR`.
    for (a, b, edge) in graph.edges() {
        if &*a.id == "Q130879" || &*b.id == "Q130879" {
            for evidence in &edge.evidence {
                assert!(evidence.snippet.contains("Reuters"), "{evidence:?}");
            }
        }
    }
}

#[test]
fn every_edge_has_evidence_in_the_sentences_that_hold_both() {
    let (graph, docs) = seeds_graph();
    assert!(graph.edge_count() > 0);
    for (a, b, edge) in graph.edges() {
        assert!(
            !edge.evidence.is_empty(),
            "{}–{} has no evidence",
            a.id,
            b.id
        );
        for evidence in &edge.evidence {
            let (x, text) = &docs[&evidence.document];
            assert!(text.get(evidence.span.range()).is_some(), "{evidence:?}");
            let inside = |id: &str| {
                x.mentions.iter().any(|m| {
                    &*m.entity == id
                        && matches!(m.role, Role::Body | Role::Headline)
                        && evidence.span.contains(m.span)
                })
            };
            assert!(
                inside(&a.id) && inside(&b.id),
                "{}–{}: {evidence:?}",
                a.id,
                b.id
            );
        }
    }
}

#[test]
fn exports_of_the_seeds_graph() {
    let (graph, _) = seeds_graph();
    let mut out = Vec::new();
    graphml::write(&graph, &mut out).unwrap();
    insta::assert_snapshot!("seeds.graphml", String::from_utf8(out).unwrap());
    let mut out = Vec::new();
    gexf::write(&graph, &mut out).unwrap();
    insta::assert_snapshot!("seeds.gexf", String::from_utf8(out).unwrap());
    let mut out = Vec::new();
    json::write(&graph, &mut out).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    insta::assert_snapshot!(
        "seeds.json",
        serde_json::to_string_pretty(&value).unwrap()
    );
    let mut out = Vec::new();
    csv::write_nodes(&graph, &mut out).unwrap();
    insta::assert_snapshot!(
        "seeds.nodes.csv",
        String::from_utf8(out).unwrap()
    );
    let mut out = Vec::new();
    csv::write_edges(&graph, &mut out).unwrap();
    insta::assert_snapshot!(
        "seeds.edges.csv",
        String::from_utf8(out).unwrap()
    );
}

/// The graph of `tests/dated/ticker.jsonl`: short items over three weeks.
fn ticker_graph() -> CooccurrenceGraph {
    let extractor = Extractor::new(Gazetteer::builtin()).unwrap();
    let mut graph = CooccurrenceGraph::new(GraphConfig::default());
    let path =
        format!("{}/tests/dated/ticker.jsonl", env!("CARGO_MANIFEST_DIR"));
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let doc = Document::from_json_line(line.as_bytes()).unwrap();
        let date = doc.date.as_deref();
        graph.add(
            &extractor.extract_document(&doc.id, date, &doc.text),
            &doc.text,
        );
    }
    graph
}

#[test]
fn gexf_of_dated_news_is_dynamic() {
    let graph = ticker_graph();
    // Russia–Iran: t1 and t2 on the 15th, t4 on the 24th (t3 names them
    // in two sentences), and t6, whose date names no day, only in the
    // total.
    let russia_iran = graph.edge("Q159", "Q794").unwrap();
    let days: Vec<String> = russia_iran
        .timeline
        .iter()
        .map(|(day, n)| format!("{day}={n}"))
        .collect();
    assert_eq!(days, ["2024-01-15=2", "2024-01-24=1"]);
    assert_eq!(russia_iran.weight, russia_iran.timeline.total() + 1);
    let mut out = Vec::new();
    gexf::write(&graph, &mut out).unwrap();
    insta::assert_snapshot!("ticker.gexf", String::from_utf8(out).unwrap());
}
