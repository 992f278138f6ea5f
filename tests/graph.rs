//! The co-occurrence graph on small documents: windows, datelines, themes,
//! evidence, filters, and merging equal to a single build.

use newsgraph::graph::{Datelines, GraphFilter, Rank, Themes};
use newsgraph::{
    CooccurrenceGraph, Entity, Extractor, Gazetteer, GraphConfig, Kind, Window,
};

fn extractor() -> Extractor {
    let mut b = Gazetteer::builder();
    b.add(
        Entity::new("ru", "Russia", Kind::Country)
            .alias("Rusland")
            .adjective("Russische"),
    )
    .add(Entity::new("ir", "Iran", Kind::Country).adjective("Iraanse"))
    .add(Entity::new("nk", "North Korea", Kind::Country).alias("Noord-Korea"))
    .add(Entity::new("mx", "Mexico", Kind::Country))
    .add(Entity::new("msk", "Moscow", Kind::Place).alias("Moskou"))
    .add(Entity::new("anp", "ANP", Kind::Organisation))
    .add(
        Entity::new("def", "Defence", Kind::Theme)
            .alias("defensie*")
            .alias("*drones"),
    )
    .add(Entity::new("san", "Sanctions", Kind::Theme).alias("sanctie*"));
    Extractor::new(&b.build().unwrap()).unwrap()
}

const DOCS: [(&str, &str, &str); 4] = [
    (
        "a",
        "2024-01-17",
        "MOSKOU (ANP) - Rusland en Iran tekenen een defensieverdrag. Mexico zweeg.\n\
         Noord-Korea stuurt drones naar Rusland.",
    ),
    (
        "b",
        "2024-01-15",
        "Iran en Rusland praten over sancties. Iran levert drones.",
    ),
    (
        "c",
        "2025-03-01",
        "Mexico en Iran. De Russische minister sprak in Moskou.",
    ),
    ("d", "2023-12-31", "Niets over staten."),
];

fn build(
    config: GraphConfig,
    docs: &[(&str, &str, &str)],
) -> CooccurrenceGraph {
    let extractor = extractor();
    let mut graph = CooccurrenceGraph::new(config);
    for (id, date, text) in docs {
        graph.add(&extractor.extract_document(*id, Some(date), text), text);
    }
    graph
}

#[test]
fn sentence_window_links_entities_of_one_sentence() {
    let graph = build(GraphConfig::default(), &DOCS);
    let ru_ir = graph.edge("ir", "ru").expect("Russia–Iran");
    assert_eq!(ru_ir.weight, 2);
    assert_eq!(ru_ir.documents, 2);
    assert_eq!(ru_ir.themes.get("def").copied(), Some(1));
    assert_eq!(ru_ir.themes.get("san").copied(), Some(1));
    assert_eq!(ru_ir.first_date.as_deref(), Some("2024-01-15"));
    assert_eq!(ru_ir.last_date.as_deref(), Some("2024-01-17"));
    assert!(graph.edge("nk", "ru").is_some());
    assert!(graph.edge("mx", "ru").is_none(), "Mexico is in another sentence");
    assert!(graph.edge("mx", "ir").is_some());
    assert!(graph.edge("msk", "ru").is_some(), "body Moskou links");
    // Datelines and agencies are left out.
    assert!(graph.node_by_id("anp").is_none());
    assert_eq!(graph.node_by_id("msk").unwrap().mentions, 1);
    // Themes are not nodes by default.
    assert!(graph.node_by_id("def").is_none());
}

#[test]
fn evidence_slices_the_sentence_that_holds_both() {
    let graph = build(GraphConfig::default(), &DOCS);
    for (a, b, edge) in graph.edges() {
        assert!(!edge.evidence.is_empty(), "{}–{}", a.id, b.id);
        for e in &edge.evidence {
            let text = DOCS.iter().find(|d| d.0 == e.document).unwrap().2;
            let sentence = &text[e.span.range()];
            let extraction = extractor().extract(text);
            let ids: Vec<&str> = extraction
                .mentions
                .iter()
                .filter(|m| e.span.contains(m.span))
                .map(|m| &*m.entity)
                .collect();
            assert!(
                ids.contains(&&*a.id) && ids.contains(&&*b.id),
                "{sentence:?}"
            );
            assert_eq!(
                e.snippet,
                sentence.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
    }
    let ru_ir = graph.edge("ru", "ir").unwrap();
    assert_eq!(ru_ir.evidence[0].document, "a");
    assert_eq!(
        ru_ir.evidence[0].snippet,
        "MOSKOU (ANP) - Rusland en Iran tekenen een defensieverdrag."
    );
}

#[test]
fn options_change_windows_datelines_and_theme_nodes() {
    let config = GraphConfig {
        window: Window::Document,
        datelines: Datelines::Include,
        themes: Themes::AsNodes,
        evidence: 1,
    };
    let graph = build(config, &DOCS);
    assert!(graph.edge("mx", "ru").is_some(), "same document");
    assert!(graph.edge("anp", "ru").is_some(), "datelines included");
    assert!(graph.edge("def", "ru").is_some(), "theme as node");
    assert!(graph.edge("def", "san").is_none(), "no theme–theme edges");
    assert!(graph.edges().iter().all(|(_, _, e)| e.evidence.len() <= 1));
}

#[test]
fn merge_equals_single_build_in_any_order() {
    let config = GraphConfig::default();
    let whole = build(config, &DOCS);
    let splits: [(&[usize], &[usize]); 3] =
        [(&[0, 1], &[2, 3]), (&[3, 0], &[1, 2]), (&[2], &[0, 1, 3])];
    for (left, right) in splits {
        let pick =
            |ix: &[usize]| ix.iter().map(|&i| DOCS[i]).collect::<Vec<_>>();
        let (l, r) = (build(config, &pick(left)), build(config, &pick(right)));
        let mut lr = l.clone();
        lr.merge(&r).unwrap();
        let mut rl = r.clone();
        rl.merge(&l).unwrap();
        assert_eq!(lr, whole, "merge {left:?} + {right:?}");
        assert_eq!(rl, whole, "merge {right:?} + {left:?}");
    }
    // Associative: ((a+b)+c)+d == a+(b+(c+d)).
    let single: Vec<CooccurrenceGraph> =
        DOCS.iter().map(|d| build(config, &[*d])).collect();
    let mut left = single[0].clone();
    for g in &single[1..] {
        left.merge(g).unwrap();
    }
    let mut right = single[3].clone();
    for g in single[..3].iter().rev() {
        let mut g = g.clone();
        g.merge(&right).unwrap();
        right = g;
    }
    assert_eq!(left, whole);
    assert_eq!(right, whole);
    let other =
        CooccurrenceGraph::new(GraphConfig { window: Window::Item, ..config });
    assert!(left.merge(&other).is_err());
}

#[test]
fn filters() {
    let graph = build(GraphConfig::default(), &DOCS);
    let heavy = graph.filtered(&GraphFilter {
        min_weight: 2,
        drop_isolated: true,
        ..Default::default()
    });
    assert_eq!(heavy.edge_count(), 1);
    assert_eq!(heavy.node_count(), 2);
    let countries = graph.filtered(&GraphFilter {
        kinds: Some(vec![Kind::Country]),
        ..Default::default()
    });
    assert!(countries.nodes().iter().all(|n| n.kind == Kind::Country));
    let top = graph.filtered(&GraphFilter {
        top: Some((1, Rank::Weight)),
        ..Default::default()
    });
    assert_eq!(top.edges()[0].2.weight, 2);
    let top = graph.filtered(&GraphFilter {
        top: Some((2, Rank::Npmi)),
        ..Default::default()
    });
    assert_eq!(top.edge_count(), 2);
    let docs = graph
        .filtered(&GraphFilter { min_documents: 2, ..Default::default() });
    assert_eq!(docs.edge_count(), 1);
}

#[test]
fn npmi_is_one_for_exclusive_pairs_and_lower_for_hubs() {
    let graph = build(GraphConfig::default(), &DOCS);
    let score = |a: &str, b: &str| {
        let (na, nb) =
            (graph.node_by_id(a).unwrap(), graph.node_by_id(b).unwrap());
        graph.npmi(na, nb, graph.edge(a, b).unwrap())
    };
    let nk_ru = score("nk", "ru");
    let ir_ru = score("ir", "ru");
    assert!((-1.0..=1.0).contains(&nk_ru) && (-1.0..=1.0).contains(&ir_ru));
    // North Korea occurs only with Russia; Iran also elsewhere.
    assert!(nk_ru > score("ir", "mx"));
}

#[test]
fn output_is_byte_identical_across_runs_and_orders() {
    let render = |docs: &[(&str, &str, &str)]| {
        let graph = build(GraphConfig::default(), docs);
        let mut graphml = Vec::new();
        newsgraph::export::graphml::write(&graph, &mut graphml).unwrap();
        let mut json = Vec::new();
        newsgraph::export::json::write(&graph, &mut json).unwrap();
        (graphml, json)
    };
    let forward = render(&DOCS);
    let mut reversed = DOCS;
    reversed.reverse();
    assert_eq!(forward, render(&DOCS));
    assert_eq!(forward, render(&reversed));
}
