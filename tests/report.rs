//! The report's embedded data for a small graph of three dated documents,
//! as a snapshot: node rows with their laid-out coordinates, edge rows
//! with themes, dates and evidence highlights, shared snippets stored
//! once, the document texts within the limits, and the entity table of
//! their mentions. The page itself is checked in Chromium by
//! `cli/tests/report_browser.rs`.
//!
//! After an intended change of output, update the snapshot with
//! `INSTA_UPDATE=always cargo test --test report` (or `cargo insta
//! review`), and read every changed line before committing it.

use newsgraph::report::{Report, ReportConfig};
use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer};

const DOCUMENTS: [(&str, &str, &str); 3] = [
    (
        "a",
        "2026-01-05",
        "MOSKOU (ANP) - Rusland en Iran sloten een verdrag over drones. Vladimir Poetin sprak met Pezeshkian.",
    ),
    ("b", "2026-02-10", "Noord-Korea levert Rusland granaten en raketten."),
    ("c", "2026-03-15", "Iran en Rusland praten over sancties."),
];

fn page(config: ReportConfig) -> String {
    let extractor = Extractor::new(Gazetteer::builtin()).unwrap();
    let mut graph = CooccurrenceGraph::default();
    let extractions: Vec<_> = DOCUMENTS
        .iter()
        .map(|(id, date, text)| {
            extractor.extract_document(*id, Some(*date), text)
        })
        .collect();
    for (x, (_, _, text)) in extractions.iter().zip(DOCUMENTS) {
        graph.add(x, text);
    }
    let mut report = Report::new(&graph, config);
    report.aliases(Gazetteer::builtin());
    assert!(!report.cites("not-there"));
    for (x, (id, date, text)) in extractions.iter().zip(DOCUMENTS) {
        assert!(report.cites(id), "{id}");
        report.add_document(id, Some(date), text, x);
    }
    let mut html = Vec::new();
    report.write(&mut html).unwrap();
    String::from_utf8(html).unwrap()
}

fn data(page: &str) -> serde_json::Value {
    let start = page.find("id=\"newsgraph-data\">").unwrap() + 20;
    let end = start + page[start..].find("</script>").unwrap();
    serde_json::from_str(&page[start..end]).unwrap()
}

#[test]
fn the_data_of_a_small_report() {
    let page = page(ReportConfig::default().title("three <documents>"));
    assert!(page.contains("<title>three &lt;documents&gt;</title>"));
    let data = data(&page);
    insta::assert_snapshot!(serde_json::to_string_pretty(&data).unwrap());
}

#[test]
fn limits_keep_the_most_cited_documents() {
    // Document a is cited by two evidence records (Russia–Iran and
    // Putin–Pezeshkian), b and c by one each: a first, then by id.
    let rows: [(usize, usize, &[&str]); 4] = [
        (3, 1 << 20, &["a", "b", "c"]),
        (1, 1 << 20, &["a"]),
        (3, 0, &[]),
        // a (100 bytes) is too large for 90; the smaller b and c still fit.
        (3, 90, &["b", "c"]),
    ];
    for (documents, bytes, want) in rows {
        let config = ReportConfig::default()
            .max_documents(documents)
            .max_document_bytes(bytes);
        let data = data(&page(config));
        let ids = data["document_ids"].as_array().unwrap();
        let embedded: Vec<&str> = data["texts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| ids[t[0].as_u64().unwrap() as usize].as_str().unwrap())
            .collect();
        assert_eq!(embedded, want, "{documents} documents, {bytes} bytes");
        assert_eq!(data["embedded"], want.len());
        assert_eq!(data["cited"], 3);
    }
}

#[test]
fn the_same_graph_gives_the_same_page() {
    assert_eq!(page(ReportConfig::default()), page(ReportConfig::default()));
}
