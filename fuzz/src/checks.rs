//! What every fuzz target checks, one function per target. The fuzz
//! targets call these on generated inputs; `tests/fuzz_corpus.rs` in the
//! library calls them on every input of `fuzz/corpus/` and
//! `fuzz/regressions/`, so the corpus is replayed by `cargo test`.

#![allow(dead_code)] // each target uses one function

use std::sync::OnceLock;

use newsgraph::discover::CueKind;
use newsgraph::normalize::FoldedText;
use newsgraph::{Entity, Extraction, Extractor, Gazetteer, Kind};

/// A small gazetteer with every kind of form: multi-word names, an
/// acronym, a `=Form`, a partial, genitive-taking names, stems.
pub(crate) fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| {
        let mut b = Gazetteer::builder();
        b.add(
            Entity::new("ru", "Rusland", Kind::Country)
                .alias("Russia")
                .adjective("Russische"),
        )
        .add(Entity::new("us", "Verenigde Staten", Kind::Country).alias("VS"))
        .add(Entity::new("ep", "Europees Parlement", Kind::Organisation))
        .add(Entity::new("parl", "Parlement", Kind::Organisation))
        .add(Entity::new("nk", "Noord-Korea", Kind::Country))
        .add(Entity::new("msk", "Moskou", Kind::Place))
        .add(Entity::new("nice", "=Nice", Kind::Place))
        .add(Entity::new("dh", "Den Haag", Kind::Place).alias("'s-Gravenhage"))
        .add(Entity::new("anp", "ANP", Kind::Organisation))
        .add(
            Entity::new("p", "Vladimir Poetin", Kind::Person)
                .partial("Poetin"),
        )
        .add(
            Entity::new("d", "Defence", Kind::Theme)
                .alias("defensie*")
                .alias("*drones"),
        );
        Extractor::new(&b.build().expect("valid")).expect("builds")
    })
}

/// Span invariants of an extraction of `text`: mentions inside the text on
/// character boundaries, slicing to their text, with right character
/// spans, in order without overlap, each in its sentence, paragraph and
/// item; sentences inside their paragraphs, paragraphs inside their items.
pub(crate) fn check_extraction(text: &str, x: &Extraction) {
    let mut previous_end = 0;
    let mut chars_before = 0;
    let mut counted_to = 0;
    for m in &x.mentions {
        assert!(m.span.start < m.span.end, "empty mention");
        assert!(m.span.end <= text.len(), "mention past the end");
        assert!(
            text.is_char_boundary(m.span.start)
                && text.is_char_boundary(m.span.end),
            "mention off a character boundary"
        );
        assert_eq!(m.text, text[m.span.range()], "text is the span");
        assert!(m.span.start >= previous_end, "mentions overlap or go back");
        previous_end = m.span.end;
        chars_before += text[counted_to..m.span.start].chars().count();
        counted_to = m.span.start;
        assert_eq!(m.char_span.start, chars_before, "char start");
        assert_eq!(m.char_span.len(), m.text.chars().count(), "char length");
        let sentence = &x.sentences[m.sentence.as_usize()];
        assert!(
            sentence.span.start <= m.span.start
                && m.span.start < sentence.span.end,
            "mention outside its sentence"
        );
        assert_eq!(sentence.paragraph, m.paragraph);
        assert_eq!(x.paragraphs[m.paragraph.as_usize()].item, m.item);
    }
    for s in &x.sentences {
        assert!(x.paragraphs[s.paragraph.as_usize()].span.contains(s.span));
        assert!(!s.span.is_empty(), "empty sentence");
    }
    for p in &x.paragraphs {
        assert!(
            text.is_char_boundary(p.span.start)
                && text.is_char_boundary(p.span.end),
            "paragraph off a character boundary"
        );
        if let Some(item) = p.item {
            assert!(x.items[item.as_usize()].span.contains(p.span));
        }
    }
}

/// `extract`: any text, with the span invariants, the bare matcher
/// finding the same hits whatever its piece size, and extraction in blocks
/// the same as at once (sizes chosen by the first byte).
pub(crate) fn extract(data: &[u8]) {
    let Some((&piece, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let extractor = extractor();
    check_extraction(&text, &extractor.extract(&text));
    let matcher = extractor.matcher();
    let whole = matcher.find_all(&text);
    let mut pieces = Vec::new();
    // 16 to 1,024 bytes: down to a fraction of the longest form plus its
    // margin, so that pieces are cut, regrown and overlap.
    let piece = (usize::from(piece % 64) + 1) * 16;
    matcher.find_into_pieces(
        &text,
        &mut FoldedText::default(),
        &mut pieces,
        piece,
    );
    assert_eq!(whole, pieces, "piece size {piece} changes the hits");
    check_blocks(extractor, &text, piece / 2);
}

/// The blocks of `text` join to its whole extraction: the same segments,
/// and the same mentions unless a surname next to a speech verb looked
/// back for its full name, or a headline named a person before the text
/// did (both look back within their block only).
pub(crate) fn check_blocks(extractor: &Extractor, text: &str, bytes: usize) {
    let whole = extractor.extract(text);
    let mut joined = Extraction::default();
    extractor.extract_blocks(text, bytes, |block| joined.push_block(block));
    assert_eq!(joined.sentences, whole.sentences, "blocks of {bytes}");
    assert_eq!(joined.paragraphs, whole.paragraphs, "blocks of {bytes}");
    assert_eq!(joined.items, whole.items, "blocks of {bytes}");
    let looks_back = |x: &Extraction| {
        x.mentions.iter().any(|m| {
            m.cue.as_ref().is_some_and(|c| {
                c.kind == CueKind::Speech
                    || c.kind == CueKind::Earlier
                        && c.span.start > m.span.start
            })
        })
    };
    if !looks_back(&whole) && !looks_back(&joined) {
        assert_eq!(joined.mentions, whole.mentions, "blocks of {bytes}");
        assert_eq!(joined.unresolved, whole.unresolved, "blocks of {bytes}");
    }
}

/// `gazetteer_tsv`: any bytes as a gazetteer file either load, and then
/// build an extractor that keeps the span invariants on a text made of
/// the gazetteer's own forms, or fail with an error naming the file and
/// a line.
pub(crate) fn gazetteer_tsv(data: &[u8]) {
    match Gazetteer::from_reader("fuzz.tsv", data, Some(Kind::Place)) {
        Ok(gazetteer) => {
            let Ok(extractor) = Extractor::new(&gazetteer) else { return };
            let mut text = String::from("MOSKOU (ANP) - ");
            for entity in gazetteer.entities().iter().take(50) {
                for form in entity.forms() {
                    text.push_str(form.text());
                    text.push_str("s, ");
                }
            }
            check_extraction(&text, &extractor.extract(&text));
        }
        Err(e) => {
            let message = e.to_string();
            let line = message
                .strip_prefix("fuzz.tsv:")
                .and_then(|rest| rest.split(':').next())
                .and_then(|n| n.parse::<usize>().ok());
            let lines = data.split(|&b| b == b'\n').count();
            assert!(
                line.is_some_and(|n| n >= 1 && n <= lines.max(1)),
                "error without file and line: {message}"
            );
        }
    }
}

/// `jsonl`: any bytes as a JSON-lines archive: every non-blank line gives
/// one document or one error of that line, and each document's title and
/// text extract with the span invariants.
pub(crate) fn jsonl(data: &[u8]) {
    use newsgraph::corpus::JsonLines;
    let lines = data.split(|&b| b == b'\n').count();
    let non_blank = data
        .split(|&b| b == b'\n')
        .filter(|l| !l.trim_ascii().is_empty())
        .count();
    let mut reader = JsonLines::new(data);
    let (mut results, mut last_line) = (0, 0);
    while let Some(result) = reader.next() {
        results += 1;
        assert!(
            reader.line() > last_line && reader.line() <= lines,
            "line order"
        );
        last_line = reader.line();
        match result {
            Ok(doc) => {
                for text in doc.title.iter().chain([&doc.text]) {
                    check_extraction(text, &extractor().extract(text));
                }
            }
            Err(e) => assert_eq!(e.line, reader.line(), "error line"),
        }
    }
    assert_eq!(results, non_blank, "one result per non-blank line");
}

/// `exports`: entity ids from the first line (split at `|`), so ids with
/// control characters, spaces, `&`, quotes and any script; documents from
/// the other lines, naming the entities `Alfa`, `Bravo`, …, dated in
/// turn with a day, nothing, a day and time, and no day. Every export must
/// be well-formed, with distinct node ids, and read back with the graph's
/// counts; the GEXF has the names as labels and is dynamic exactly when
/// some document's date names a day.
pub(crate) fn exports(data: &[u8]) {
    use newsgraph::export;
    use newsgraph::{CooccurrenceGraph, GraphConfig, Window};
    const NAMES: [&str; 6] =
        ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
    let text = String::from_utf8_lossy(data);
    let (ids, body) = text.split_once('\n').unwrap_or((&text, ""));
    let mut builder = Gazetteer::builder();
    let mut seen = std::collections::HashSet::new();
    for (id, name) in ids.split('|').zip(NAMES) {
        if seen.insert(id.to_string()) {
            builder.add(Entity::new(id, name, Kind::Organisation));
        }
    }
    let Ok(gazetteer) = builder.build() else { return };
    let Ok(extractor) = Extractor::new(&gazetteer) else { return };
    let window =
        if body.len() % 2 == 0 { Window::Sentence } else { Window::Document };
    let mut graph =
        CooccurrenceGraph::new(GraphConfig::default().window(window));
    // Days, a time after a day, no date and a date that names no day; or,
    // for a third of the inputs, no dates at all (a static GEXF).
    const DATES: [Option<&str>; 4] = [
        Some("2024-01-01"),
        None,
        Some("2024-02-29T10:00:00Z"),
        Some("gisteren"),
    ];
    let dated = body.len() % 3 != 0;
    for (i, doc) in body.split("\n\n").enumerate() {
        let date = if dated { DATES[i % DATES.len()] } else { None };
        let x = extractor.extract_document(format!("d{i}"), date, doc);
        graph.add(&x, doc);
    }
    let (nodes, edges) = (graph.node_count(), graph.edge_count());

    let mut graphml = Vec::new();
    export::graphml::write(&graph, &mut graphml).expect("writes");
    let read = read_xml_graph(&graphml);
    assert_eq!(read.nodes.len(), nodes, "GraphML nodes");
    assert_eq!(read.edges, edges, "GraphML edges");

    let mut gexf = Vec::new();
    export::gexf::write(&graph, &mut gexf).expect("writes");
    let read = read_xml_graph(&gexf);
    assert_eq!(read.nodes.len(), nodes, "GEXF nodes");
    assert_eq!(read.edges, edges, "GEXF edges");
    let days = graph.nodes().iter().any(|n| !n.timeline.is_empty());
    let mode = if days { "dynamic" } else { "static" };
    assert_eq!(read.mode.as_deref(), Some(mode), "GEXF mode");
    let mut labels = read.labels;
    labels.sort_unstable();
    let mut names: Vec<String> =
        graph.nodes().iter().map(|n| n.label.to_string()).collect();
    names.sort_unstable();
    assert_eq!(labels, names, "GEXF labels");

    let mut json = Vec::new();
    export::json::write(&graph, &mut json).expect("writes");
    let value: serde_json::Value =
        serde_json::from_slice(&json).expect("JSON parses");
    assert_eq!(
        value["nodes"].as_array().map(Vec::len),
        Some(nodes),
        "JSON nodes"
    );
    assert_eq!(
        value["edges"].as_array().map(Vec::len),
        Some(edges),
        "JSON edges"
    );

    let mut csv_nodes = Vec::new();
    export::csv::write_nodes(&graph, &mut csv_nodes).expect("writes");
    let mut csv_edges = Vec::new();
    export::csv::write_edges(&graph, &mut csv_edges).expect("writes");
    for (csv, want) in [(csv_nodes, nodes), (csv_edges, edges)] {
        let mut rows = 0;
        for record in csv::Reader::from_reader(&csv[..]).records() {
            record.expect("CSV parses");
            rows += 1;
        }
        assert_eq!(rows, want, "CSV rows");
    }
}

/// What [`read_xml_graph`] reads.
struct XmlGraph {
    nodes: std::collections::HashSet<String>,
    edges: usize,
    /// The `label` of every node that has one (GEXF).
    labels: Vec<String>,
    /// The `mode` of the `graph` element (GEXF).
    mode: Option<String>,
}

/// The node ids, edge count, node labels and graph mode of a GraphML or
/// GEXF document (both name their elements `graph`, `node` and `edge`),
/// which must be well-formed, with distinct node ids and edges between
/// declared nodes.
fn read_xml_graph(xml: &[u8]) -> XmlGraph {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let (mut nodes, mut ends, mut edges) =
        (std::collections::HashSet::new(), Vec::new(), 0);
    let (mut labels, mut mode) = (Vec::new(), None);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let attribute = |name: &[u8]| {
                    e.try_get_attribute(name).expect("attributes parse").map(
                        |a| a.unescape_value().expect("escaped").into_owned(),
                    )
                };
                match e.name().as_ref() {
                    b"node" => {
                        let id = attribute(b"id").expect("node id");
                        assert!(
                            nodes.insert(id.clone()),
                            "duplicate node id {id:?}"
                        );
                        labels.extend(attribute(b"label"));
                    }
                    b"graph" => mode = attribute(b"mode"),
                    b"edge" => {
                        edges += 1;
                        ends.push(attribute(b"source").expect("source"));
                        ends.push(attribute(b"target").expect("target"));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        buf.clear();
    }
    for end in &ends {
        assert!(nodes.contains(end), "edge to an undeclared node {end:?}");
    }
    XmlGraph { nodes, edges, labels, mode }
}
