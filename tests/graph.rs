//! The co-occurrence graph on small documents: windows, datelines, themes,
//! evidence, filters, and merging equal to a single build.

use newsgraph::graph::{Datelines, GraphFilter, Rank, Themes, Timeline};
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
    let config = GraphConfig::default()
        .window(Window::Document)
        .datelines(Datelines::Include)
        .themes(Themes::AsNodes)
        .evidence(1);
    let graph = build(config, &DOCS);
    assert!(graph.edge("mx", "ru").is_some(), "same document");
    assert!(graph.edge("anp", "ru").is_some(), "datelines included");
    assert!(graph.edge("def", "ru").is_some(), "theme as node");
    assert!(graph.edge("def", "san").is_none(), "no theme–theme edges");
    assert!(graph.edges().iter().all(|(_, _, e)| e.evidence.len() <= 1));
}

/// A timeline as `day=count` strings.
fn days(timeline: &Timeline) -> Vec<String> {
    timeline.iter().map(|(day, n)| format!("{day}={n}")).collect()
}

#[test]
fn timelines_count_mentions_and_shared_windows_per_day() {
    let graph = build(GraphConfig::default(), &DOCS);
    let ru_ir = graph.edge("ir", "ru").unwrap();
    assert_eq!(days(&ru_ir.timeline), ["2024-01-15=1", "2024-01-17=1"]);
    // Every document's date is a day: the timelines add up to the counts.
    for (a, b, edge) in graph.edges() {
        assert_eq!(edge.timeline.total(), edge.weight, "{}–{}", a.id, b.id);
    }
    for node in graph.nodes() {
        assert_eq!(node.timeline.total(), node.mentions, "{}", node.id);
    }
    assert_eq!(
        days(&graph.node_by_id("mx").unwrap().timeline),
        ["2024-01-17=1", "2025-03-01=1"]
    );
    // (date, the day it counts for, or none)
    let rows = [
        ("2024-01-15T23:30:00-05:00", Some("2024-01-15=1")),
        ("2024-01-15 08:00", Some("2024-01-15=1")),
        ("15-01-2024", None),
        ("gisteren", None),
        ("", None),
    ];
    for (date, want) in rows {
        let graph =
            build(GraphConfig::default(), &[("x", date, "Rusland en Iran.")]);
        let edge = graph.edge("ir", "ru").unwrap();
        assert_eq!(edge.weight, 1, "{date:?}");
        assert_eq!(days(&edge.timeline), Vec::from_iter(want), "{date:?}");
        let node = graph.node_by_id("ru").unwrap();
        assert_eq!(days(&node.timeline), Vec::from_iter(want), "{date:?}");
    }
    // No date at all: no timeline.
    let extractor = extractor();
    let mut graph = CooccurrenceGraph::default();
    let text = "Rusland en Iran.";
    graph.add(&extractor.extract_document("x", None, text), text);
    assert!(graph.edge("ir", "ru").unwrap().timeline.is_empty());
}

#[test]
fn merge_equals_single_build_in_any_order() {
    for config in [
        GraphConfig::default(),
        GraphConfig::default().window(Window::Document).evidence(2),
    ] {
        merge_equals_single_build(config);
    }
}

fn merge_equals_single_build(config: GraphConfig) {
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
    let other = CooccurrenceGraph::new(config.window(Window::Item));
    assert!(left.merge(&other).is_err());
}

#[test]
fn filters() {
    let graph = build(GraphConfig::default(), &DOCS);
    let heavy = graph
        .filtered(&GraphFilter::default().min_weight(2).drop_isolated(true));
    assert_eq!(heavy.edge_count(), 1);
    assert_eq!(heavy.node_count(), 2);
    let countries = graph
        .filtered(&GraphFilter::default().kinds(Some(vec![Kind::Country])));
    assert!(countries.nodes().iter().all(|n| n.kind == Kind::Country));
    let top = graph.filtered(&GraphFilter::default().top(1, Rank::Weight));
    assert_eq!(top.edges()[0].2.weight, 2);
    let top = graph.filtered(&GraphFilter::default().top(2, Rank::Npmi));
    assert_eq!(top.edge_count(), 2);
    let docs = graph.filtered(&GraphFilter::default().min_documents(2));
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
        let mut gexf = Vec::new();
        newsgraph::export::gexf::write(&graph, &mut gexf).unwrap();
        (graphml, json, gexf)
    };
    let forward = render(&DOCS);
    let mut reversed = DOCS;
    reversed.reverse();
    assert_eq!(forward, render(&DOCS));
    assert_eq!(forward, render(&reversed));
}

#[test]
fn option_names_pad_like_strings() {
    // (value as Display with a width, expected)
    let rows: [(String, &str); 8] = [
        (format!("{:<10}|", Window::Paragraph), "paragraph |"),
        (format!("{:>10}|", Window::Document), "  document|"),
        (format!("{}|", Window::Sentence), "sentence|"),
        (format!("{:^9}|", Datelines::Include), " include |"),
        (format!("{:>9}|", Themes::OnEdges), " on-edges|"),
        (format!("{:<8}|", Themes::AsNodes), "as-nodes|"),
        (format!("{:>6}|", Rank::Npmi), "  npmi|"),
        // A width smaller than the name does not cut it.
        (format!("{:2}|", Rank::Weight), "weight|"),
    ];
    for (got, want) in rows {
        assert_eq!(got, want);
    }
    assert_eq!(Window::Item.as_str(), "item");
    assert_ne!(Window::Item.to_string(), Window::Document.to_string());
    assert_eq!(Datelines::Exclude.as_str(), "exclude");
}

#[test]
fn config_and_filter_setters() {
    let config = GraphConfig::default().window(Window::Paragraph).evidence(5);
    assert_eq!(config.window, Window::Paragraph);
    assert_eq!(config.evidence, 5);
    assert_eq!(config.datelines, Datelines::Exclude, "left at the default");
    assert_ne!(config, GraphConfig::default());
    let filter = GraphFilter::default()
        .min_weight(2)
        .min_documents(3)
        .kinds(Some(vec![Kind::Person]))
        .top(7, Rank::Npmi)
        .drop_isolated(true);
    assert_eq!(
        (filter.min_weight, filter.min_documents, filter.top),
        (2, 3, Some((7, Rank::Npmi)))
    );
    assert!(filter.drop_isolated);
    assert!(GraphFilter::default().top.is_none());
}

#[test]
fn graphmap_nodes_are_node_indices() {
    let graph = build(GraphConfig::default(), &DOCS);
    let map = graph.as_graphmap();
    assert_eq!(map.node_count(), graph.node_count());
    for index in map.nodes() {
        let node = graph.node_at(index).expect("index of a node");
        assert_eq!(graph.node_by_id(&node.id), Some(node));
        assert!(index.as_usize() < graph.node_count());
    }
}

/// A deterministic pseudo-random sequence (64-bit LCG), for generated
/// documents.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// A word of letters only, distinct for each `i`.
fn name(i: usize) -> String {
    let (a, b) = (i / 26, i % 26);
    format!("Zq{}{}", char::from(b'a' + a as u8), char::from(b'a' + b as u8))
}

/// 60 documents of up to 6 sentences over 40 entities of three kinds.
fn generated_graph() -> CooccurrenceGraph {
    let kinds = [Kind::Country, Kind::Person, Kind::Organisation];
    let mut b = Gazetteer::builder();
    for i in 0..40 {
        b.add(Entity::new(format!("e{i:02}"), name(i), kinds[i % 3]));
    }
    let extractor = Extractor::new(&b.build().unwrap()).unwrap();
    let mut rng = Lcg(7);
    let mut graph = CooccurrenceGraph::new(GraphConfig::default());
    for d in 0..60 {
        let mut text = String::new();
        for _ in 0..=rng.below(6) {
            let n = 1 + rng.below(4);
            let names: Vec<String> =
                (0..n).map(|_| name(rng.below(40))).collect();
            text.push_str(&format!("{} spraken. ", names.join(" en ")));
        }
        let id = format!("d{d}");
        graph.add(&extractor.extract_document(id, None, &text), &text);
    }
    graph
}

type Ids = (Vec<String>, Vec<(String, String)>);

/// The filter as it was first written, a scan of all edges per node: the
/// reference the linear version must match.
fn reference_filter(graph: &CooccurrenceGraph, filter: &GraphFilter) -> Ids {
    let keep_kind =
        |k: Kind| filter.kinds.as_ref().is_none_or(|ks| ks.contains(&k));
    let mut edges: Vec<_> = graph
        .edges()
        .into_iter()
        .filter(|(a, b, e)| {
            e.weight >= filter.min_weight
                && e.documents >= filter.min_documents
                && keep_kind(a.kind)
                && keep_kind(b.kind)
        })
        .collect();
    if let Some((k, rank)) = filter.top {
        edges.sort_by(|x, y| {
            let by = match rank {
                Rank::Weight => y.2.weight.cmp(&x.2.weight),
                _ => graph
                    .npmi(y.0, y.1, y.2)
                    .total_cmp(&graph.npmi(x.0, x.1, x.2)),
            };
            by.then_with(|| (&x.0.id, &x.1.id).cmp(&(&y.0.id, &y.1.id)))
        });
        edges.truncate(k);
    }
    let nodes = graph
        .nodes()
        .into_iter()
        .filter(|n| {
            let linked =
                edges.iter().any(|(a, b, _)| a.id == n.id || b.id == n.id);
            keep_kind(n.kind) && (linked || !filter.drop_isolated)
        })
        .map(|n| n.id.to_string())
        .collect();
    let mut edges: Vec<(String, String)> = edges
        .iter()
        .map(|(a, b, _)| (a.id.to_string(), b.id.to_string()))
        .collect();
    edges.sort();
    (nodes, edges)
}

fn ids(graph: &CooccurrenceGraph) -> Ids {
    let nodes = graph.nodes().iter().map(|n| n.id.to_string()).collect();
    let edges = graph
        .edges()
        .iter()
        .map(|(a, b, _)| (a.id.to_string(), b.id.to_string()))
        .collect();
    (nodes, edges)
}

#[test]
fn linear_filter_matches_the_reference() {
    let graph = generated_graph();
    assert!(graph.edge_count() > 100, "{} edges", graph.edge_count());
    let people = Some(vec![Kind::Person]);
    // (name, filter, keeps some edges)
    let rows: Vec<(&str, GraphFilter, bool)> = vec![
        ("filter000", GraphFilter::default(), true),
        ("filter010", GraphFilter::default().drop_isolated(true), true),
        ("filter020", GraphFilter::default().min_weight(2), true),
        (
            "filter030",
            GraphFilter::default().min_documents(2).drop_isolated(true),
            true,
        ),
        ("filter040", GraphFilter::default().kinds(people.clone()), true),
        (
            "filter050",
            GraphFilter::default().top(10, Rank::Weight).drop_isolated(true),
            true,
        ),
        ("filter060", GraphFilter::default().top(25, Rank::Npmi), true),
        (
            "filter070",
            GraphFilter::default()
                .kinds(people)
                .top(5, Rank::Npmi)
                .drop_isolated(true),
            true,
        ),
        // Negative rows: nothing passes, and isolated nodes go or stay.
        (
            "filter100",
            GraphFilter::default().min_weight(1000).drop_isolated(true),
            false,
        ),
        ("filter110", GraphFilter::default().min_weight(1000), false),
        ("filter120", GraphFilter::default().top(0, Rank::Weight), false),
        ("filter130", GraphFilter::default().kinds(Some(vec![])), false),
    ];
    for (name, filter, some) in rows {
        let got = graph.filtered(&filter);
        let (nodes, edges) = reference_filter(&graph, &filter);
        assert_eq!(ids(&got), (nodes.clone(), edges.clone()), "{name}");
        assert_eq!(!edges.is_empty(), some, "{name}");
        assert_eq!(got.node_count(), nodes.len(), "{name}");
        for (a, b, e) in got.edges() {
            assert_eq!(Some(e), graph.edge(&a.id, &b.id), "{name}");
        }
        for id in &nodes {
            assert!(got.node_by_id(id).is_some(), "{name}: {id}");
        }
        // Filtering again changes nothing.
        assert_eq!(ids(&got.filtered(&filter)), ids(&got), "{name}");
    }
}

#[test]
fn merge_is_exact_with_cut_snippets() {
    // Long documents at the document window: most snippets are windows
    // around the two mentions, and merging must still be exact.
    let mut b = Gazetteer::builder();
    for i in 0..12 {
        b.add(Entity::new(format!("e{i:02}"), name(i), Kind::Person));
    }
    let extractor = Extractor::new(&b.build().unwrap()).unwrap();
    let mut rng = Lcg(11);
    let docs: Vec<(String, String)> = (0..12)
        .map(|d| {
            let text: String = (0..80)
                .map(|_| {
                    format!(
                        "Toen sprak {} lang en breed. ",
                        name(rng.below(12))
                    )
                })
                .collect();
            (format!("d{d:02}"), text)
        })
        .collect();
    let config = GraphConfig::default().window(Window::Document).evidence(2);
    let build = |ix: &[usize]| {
        let mut graph = CooccurrenceGraph::new(config);
        for &i in ix {
            let (id, text) = &docs[i];
            graph.add(&extractor.extract_document(id, None, text), text);
        }
        graph
    };
    let all: Vec<usize> = (0..docs.len()).collect();
    let whole = build(&all);
    let cut = whole
        .edges()
        .iter()
        .flat_map(|e| &e.2.evidence)
        .filter(|e| e.snippet.contains(" … "))
        .count();
    assert!(cut > 10, "{cut} cut snippets");
    for split in [4, 7] {
        let (left, right) = all.split_at(split);
        let mut merged = build(right);
        merged.merge(&build(left)).unwrap();
        assert_eq!(merged, whole, "split at {split}");
    }
}

#[test]
fn graph_types_are_send_sync_and_unwind_safe() {
    fn check<T>()
    where
        T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe,
    {
    }
    use newsgraph::graph::{Edge, Evidence, Node, NodeIndex};
    check::<CooccurrenceGraph>();
    check::<GraphConfig>();
    check::<GraphFilter>();
    check::<NodeIndex>();
    check::<Node>();
    check::<Edge>();
    check::<Evidence>();
    check::<Window>();
    check::<Rank>();
}

/// An extraction added with a text it did not come from still counts, but
/// gets no evidence, and nothing panics.
#[test]
fn an_extraction_of_another_text_gets_no_evidence() {
    let extractor = extractor();
    let text = "Rusland en Iran sloten een verdrag. Iran en Rusland ook.";
    let x = extractor.extract(text);
    for wrong in ["", "Rus", "ééééééééééééééééééé", &text[..20]]
    {
        let mut graph = CooccurrenceGraph::default();
        graph.add(&x, wrong);
        let edges = graph.edges();
        assert_eq!(edges.len(), 1, "{wrong:?}");
        assert_eq!(edges[0].2.weight, 2);
        assert!(edges[0].2.evidence.is_empty(), "{wrong:?}");
    }
}
