//! Precision, recall and F1 per kind of the built-in extractor on the
//! golden sets in `tests/golden/`, as Markdown tables, and discovery's
//! own figures: the precision of discovered mentions, and its recall (of
//! the people and organisations that extraction without discovery misses,
//! the share it finds).
//!
//! `cargo run --release --example accuracy [-- --misses] [--set NAME]`
//!
//! `--set discovery-dev.tsv` scores one set only. In `--misses`, a wrong
//! discovered mention ends in `*`. After every set, the counts pooled:
//! of the development sets, of the held-out sets (`discovery-test*`),
//! and of all of them with `sentences.tsv`.

#[path = "../tests/golden/score.rs"]
mod score;

use newsgraph::{Extractor, Gazetteer};
use score::Scores;

const SETS: [(&str, &str, bool); 40] = [
    ("sentences.tsv", include_str!("../tests/golden/sentences.tsv"), true),
    (
        "discovery-dev.tsv",
        include_str!("../tests/golden/discovery-dev.tsv"),
        false,
    ),
    (
        "discovery-dev2.tsv",
        include_str!("../tests/golden/discovery-dev2.tsv"),
        false,
    ),
    (
        "discovery-dev3.tsv",
        include_str!("../tests/golden/discovery-dev3.tsv"),
        false,
    ),
    (
        "discovery-dev4.tsv",
        include_str!("../tests/golden/discovery-dev4.tsv"),
        false,
    ),
    (
        "discovery-dev5.tsv",
        include_str!("../tests/golden/discovery-dev5.tsv"),
        false,
    ),
    (
        "discovery-dev6.tsv",
        include_str!("../tests/golden/discovery-dev6.tsv"),
        false,
    ),
    (
        "discovery-dev7.tsv",
        include_str!("../tests/golden/discovery-dev7.tsv"),
        false,
    ),
    (
        "discovery-dev8.tsv",
        include_str!("../tests/golden/discovery-dev8.tsv"),
        false,
    ),
    (
        "discovery-dev9.tsv",
        include_str!("../tests/golden/discovery-dev9.tsv"),
        false,
    ),
    (
        "discovery-dev10.tsv",
        include_str!("../tests/golden/discovery-dev10.tsv"),
        false,
    ),
    (
        "discovery-dev11.tsv",
        include_str!("../tests/golden/discovery-dev11.tsv"),
        false,
    ),
    (
        "discovery-dev12.tsv",
        include_str!("../tests/golden/discovery-dev12.tsv"),
        false,
    ),
    (
        "discovery-dev13.tsv",
        include_str!("../tests/golden/discovery-dev13.tsv"),
        false,
    ),
    (
        "discovery-dev14.tsv",
        include_str!("../tests/golden/discovery-dev14.tsv"),
        false,
    ),
    (
        "discovery-dev15.tsv",
        include_str!("../tests/golden/discovery-dev15.tsv"),
        false,
    ),
    (
        "discovery-dev16.tsv",
        include_str!("../tests/golden/discovery-dev16.tsv"),
        false,
    ),
    (
        "discovery-dev17.tsv",
        include_str!("../tests/golden/discovery-dev17.tsv"),
        false,
    ),
    (
        "discovery-dev18.tsv",
        include_str!("../tests/golden/discovery-dev18.tsv"),
        false,
    ),
    (
        "discovery-dev19.tsv",
        include_str!("../tests/golden/discovery-dev19.tsv"),
        false,
    ),
    (
        "discovery-dev20.tsv",
        include_str!("../tests/golden/discovery-dev20.tsv"),
        false,
    ),
    (
        "discovery-dev21.tsv",
        include_str!("../tests/golden/discovery-dev21.tsv"),
        false,
    ),
    (
        "discovery-dev22.tsv",
        include_str!("../tests/golden/discovery-dev22.tsv"),
        false,
    ),
    (
        "discovery-dev23.tsv",
        include_str!("../tests/golden/discovery-dev23.tsv"),
        false,
    ),
    (
        "discovery-dev24.tsv",
        include_str!("../tests/golden/discovery-dev24.tsv"),
        false,
    ),
    (
        "discovery-dev25.tsv",
        include_str!("../tests/golden/discovery-dev25.tsv"),
        false,
    ),
    (
        "discovery-dev26.tsv",
        include_str!("../tests/golden/discovery-dev26.tsv"),
        false,
    ),
    (
        "discovery-dev27.tsv",
        include_str!("../tests/golden/discovery-dev27.tsv"),
        false,
    ),
    (
        "discovery-dev28.tsv",
        include_str!("../tests/golden/discovery-dev28.tsv"),
        false,
    ),
    (
        "discovery-dev29.tsv",
        include_str!("../tests/golden/discovery-dev29.tsv"),
        false,
    ),
    (
        "discovery-dev30.tsv",
        include_str!("../tests/golden/discovery-dev30.tsv"),
        false,
    ),
    (
        "discovery-dev31.tsv",
        include_str!("../tests/golden/discovery-dev31.tsv"),
        false,
    ),
    (
        "discovery-dev32.tsv",
        include_str!("../tests/golden/discovery-dev32.tsv"),
        false,
    ),
    (
        "discovery-dev33.tsv",
        include_str!("../tests/golden/discovery-dev33.tsv"),
        false,
    ),
    (
        "discovery-dev34.tsv",
        include_str!("../tests/golden/discovery-dev34.tsv"),
        false,
    ),
    (
        "discovery-test.tsv",
        include_str!("../tests/golden/discovery-test.tsv"),
        false,
    ),
    (
        "discovery-test2.tsv",
        include_str!("../tests/golden/discovery-test2.tsv"),
        false,
    ),
    (
        "discovery-test3.tsv",
        include_str!("../tests/golden/discovery-test3.tsv"),
        false,
    ),
    (
        "discovery-test4.tsv",
        include_str!("../tests/golden/discovery-test4.tsv"),
        false,
    ),
    (
        "discovery-test5.tsv",
        include_str!("../tests/golden/discovery-test5.tsv"),
        false,
    ),
];

fn main() -> Result<(), newsgraph::Error> {
    let args: Vec<String> = std::env::args().collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let only =
        args.iter().position(|a| a == "--set").and_then(|i| args.get(i + 1));
    let gazetteer = Gazetteer::builtin();
    let extractor = Extractor::new(gazetteer)?;
    let without = Extractor::builder().discover(false).build(gazetteer)?;
    let (mut development, mut held_out, mut every) =
        (Scores::default(), Scores::default(), Scores::default());
    for (name, tsv, labels_themes) in SETS {
        if only.is_some_and(|o| o != name) {
            continue;
        }
        let rows = score::read_set(name, tsv, gazetteer);
        let scores = score::score(&extractor, &rows, labels_themes);
        println!("## {name} ({} documents)\n", rows.len());
        print_scores(&scores);
        every.pool(&scores);
        if name.starts_with("discovery-test") {
            held_out.pool(&scores);
        } else if name.starts_with("discovery-dev") {
            development.pool(&scores);
        }
        let recall = score::discovered_recall(&extractor, &without, &rows);
        let (mut found, mut missed) = (0, 0);
        for (kind, (f, m)) in &recall {
            found += f;
            missed += m;
            println!("  {kind}: discovery finds {f} of {m} missed without it");
        }
        #[allow(clippy::cast_precision_loss)] // small counts
        let share =
            if missed == 0 { 1.0 } else { found as f64 / missed as f64 };
        println!("discovered recall: {found} of {missed}, {share:.3}\n");
        if show_misses {
            for miss in &scores.misses {
                println!("    {miss}");
            }
            println!();
        }
    }
    if only.is_none() {
        for (title, pooled) in [
            ("the development sets", &development),
            ("the held-out sets", &held_out),
            ("every set", &every),
        ] {
            println!("## Pooled: {title}\n");
            print_scores(pooled);
            println!();
        }
    }
    Ok(())
}

/// The table of `scores` per kind and the precision of discovered
/// mentions.
fn print_scores(scores: &Scores) {
    println!("{}", score::table(scores));
    let d = scores.discovered;
    println!(
        "discovered mentions: {} right, {} wrong, precision {:.3}",
        d.tp,
        d.fp,
        d.precision()
    );
    for (kind, c) in &scores.discovered_by_kind {
        println!(
            "  {kind}: {} right, {} wrong, precision {:.3}",
            c.tp,
            c.fp,
            c.precision()
        );
    }
}
