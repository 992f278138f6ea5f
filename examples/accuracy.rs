//! Precision, recall and F1 per kind of the built-in extractor on the
//! golden sets in `tests/golden/`, as Markdown tables.
//!
//! `cargo run --release --example accuracy [-- --misses]`

#[path = "../tests/golden/score.rs"]
mod score;

use newsgraph::{Extractor, Gazetteer};

const SETS: [(&str, &str, bool); 3] = [
    ("sentences.tsv", include_str!("../tests/golden/sentences.tsv"), true),
    (
        "discovery-dev.tsv",
        include_str!("../tests/golden/discovery-dev.tsv"),
        false,
    ),
    (
        "discovery-test.tsv",
        include_str!("../tests/golden/discovery-test.tsv"),
        false,
    ),
];

fn main() -> Result<(), newsgraph::Error> {
    let show_misses = std::env::args().any(|a| a == "--misses");
    let gazetteer = Gazetteer::builtin();
    let extractor = Extractor::new(gazetteer)?;
    for (name, tsv, labels_themes) in SETS {
        let rows = score::read_set(name, tsv, gazetteer);
        let scores = score::score(&extractor, &rows, labels_themes);
        println!("## {name} ({} documents)\n", rows.len());
        println!("{}", score::table(&scores));
        if show_misses {
            for miss in &scores.misses {
                println!("    {miss}");
            }
            println!();
        }
    }
    Ok(())
}
