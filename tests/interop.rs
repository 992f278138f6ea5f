//! Real consumers read the exports: networkx and igraph load the GraphML of
//! the seed documents with the right types, networkx loads the node-link
//! JSON, and a label with `<&>"'`, an emoji and a control character
//! survives. `.ci/run` installs the Python packages and sets
//! `NEWSGRAPH_PYTHON`; locally, set it to a Python that has networkx and
//! python-igraph.

use std::path::Path;
use std::process::Command;

use newsgraph::{
    CooccurrenceGraph, Entity, Extractor, Gazetteer, GraphConfig, Kind,
};

/// A label that XML must escape, with an emoji and a control character.
const SPECIAL: &str = "Zorblax <&>\"' 😀\u{7} Ltd";

fn seed_graph() -> CooccurrenceGraph {
    let mut builder = Gazetteer::builtin().to_builder();
    builder.add(
        Entity::new("org:zorblax", SPECIAL, Kind::Organisation)
            .alias("Zorblax"),
    );
    let extractor = Extractor::new(&builder.build().unwrap()).unwrap();
    let mut graph = CooccurrenceGraph::new(GraphConfig::default());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let id = path.file_name().unwrap().to_string_lossy().to_string();
        graph.add(&extractor.extract_document(id, None, &text), &text);
    }
    let text = "Zorblax verkoopt drones aan Rusland.";
    graph.add(&extractor.extract_document("zorblax", None, text), text);
    graph
}

#[test]
fn networkx_and_igraph_read_the_exports() {
    let Ok(python) = std::env::var("NEWSGRAPH_PYTHON") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must set NEWSGRAPH_PYTHON"
        );
        eprintln!(
            "skipped: set NEWSGRAPH_PYTHON to a Python with networkx and python-igraph"
        );
        return;
    };
    let graph = seed_graph();
    assert!(graph.node_by_id("org:zorblax").is_some());
    let dir = std::env::temp_dir()
        .join(format!("newsgraph-interop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let graphml = dir.join("seeds.graphml");
    let json = dir.join("seeds.json");
    newsgraph::export::graphml::write(
        &graph,
        std::fs::File::create(&graphml).unwrap(),
    )
    .unwrap();
    newsgraph::export::json::write(
        &graph,
        std::fs::File::create(&json).unwrap(),
    )
    .unwrap();
    let in_xml: String = SPECIAL.chars().filter(|&c| c != '\u{7}').collect();
    let labels = serde_json::to_string(&[in_xml.as_str(), SPECIAL]).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/interop/check_graph.py");
    let output = Command::new(&python)
        .arg(script)
        .arg(&graphml)
        .arg(&json)
        .arg(graph.node_count().to_string())
        .arg(graph.edge_count().to_string())
        .arg(labels)
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("interop ok"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}
