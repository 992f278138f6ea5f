//! Extraction speed with and without discovery, against the bare matcher,
//! on the seed texts and the discovery development set, each repeated so
//! that one pass takes long enough to time. For a machine without the
//! peer race's corpus (`benches/pipeline.rs` times extraction on that
//! corpus against the bare matcher only when it has been generated).
//!
//! `cargo run --release --example extract_speed [-- --rounds N]
//! [--bench-only] [--pass bare|without|with] [--dump]`
//!
//! The three runs alternate round by round, so that load on a shared
//! machine falls on all of them alike; the medians are reported. Each
//! corpus's counts follow the table: matches of the bare matcher and
//! mentions without and with discovery, one pass, so that a change made
//! for speed can show it found the same. `--pass` runs one pass of one
//! of the three over the last corpus and prints its count instead, for
//! an instruction counter (`valgrind --tool=callgrind`) to measure a
//! stage as the difference of two passes; `--dump` prints every mention
//! found with discovery in each document of the corpora (once each), one
//! JSON line per document, to compare two builds.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use newsgraph::normalize::FoldedText;
use newsgraph::{Extractor, Gazetteer};

/// Documents of one corpus, and how often a pass repeats them.
struct Corpus {
    name: &'static str,
    documents: Vec<String>,
    repeat: usize,
}

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/fixtures")
        .map(|e| e.expect("a fixture").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("text")).collect()
}

/// The `text` column of the development set (never the held-out set).
fn development_set() -> Vec<String> {
    let tsv = include_str!("../tests/golden/discovery-dev.tsv");
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .skip(1)
        .filter_map(|l| l.split('\t').nth(2).map(str::to_string))
        .collect()
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() -> Result<(), newsgraph::Error> {
    let args: Vec<String> = std::env::args().collect();
    let rounds = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    let gazetteer = Gazetteer::builtin();
    let with = Extractor::new(gazetteer)?;
    let without = Extractor::builder().discover(false).build(gazetteer)?;
    let mut corpora = vec![
        Corpus { name: "seeds", documents: seeds(), repeat: 400 },
        Corpus {
            name: "discovery-dev",
            documents: development_set(),
            repeat: 20,
        },
    ];
    // The peer race's 5 MB corpus, when `benches/peers/run.sh` (or its
    // `gen_data.py`) has made it: documents apart at blank lines.
    let bench = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/peers/data/corpus-5mb.txt");
    if let Ok(text) = std::fs::read_to_string(bench) {
        let documents = text.split("\n\n").map(str::to_string).collect();
        corpora.push(Corpus {
            name: "bench corpus 5 MB",
            documents,
            repeat: 1,
        });
    }
    if args.iter().any(|a| a == "--bench-only") {
        corpora.drain(..corpora.len().saturating_sub(1));
    }
    let last = corpora.last().expect("the seed texts at least");
    if args.iter().any(|a| a == "--dump") {
        for text in corpora.iter().flat_map(|c| &c.documents) {
            let mentions = with.extract(text).mentions;
            println!("{}", serde_json::to_string(&mentions).expect("JSON"));
        }
        return Ok(());
    }
    if let Some(i) = args.iter().position(|a| a == "--pass") {
        let mode = args.get(i + 1).map_or("", String::as_str);
        let (mut scratch, mut hits) = (FoldedText::default(), Vec::new());
        let mut count = 0;
        for _ in 0..last.repeat {
            for text in &last.documents {
                count += match mode {
                    "bare" => {
                        hits.clear();
                        with.matcher().find_into(
                            text,
                            &mut scratch,
                            &mut hits,
                        );
                        hits.len()
                    }
                    "without" => without.extract(text).mentions.len(),
                    "with" => with.extract(text).mentions.len(),
                    _ => panic!("--pass takes bare, without or with"),
                };
            }
        }
        println!("{}: {mode}: {count}", last.name);
        return Ok(());
    }
    println!(
        "| corpus | MB | bare matcher MB/s | extract, no discovery MB/s | extract with discovery MB/s | with / bare | with / without |"
    );
    println!("|---|---|---|---|---|---|---|");
    for corpus in &corpora {
        let bytes: usize = corpus.documents.iter().map(String::len).sum();
        #[allow(clippy::cast_precision_loss)] // a few MB
        let mb = (bytes * corpus.repeat) as f64 / 1e6;
        let (mut bare, mut off, mut on) = (Vec::new(), Vec::new(), Vec::new());
        let (mut scratch, mut hits) = (FoldedText::default(), Vec::new());
        for _ in 0..rounds {
            let start = Instant::now();
            for _ in 0..corpus.repeat {
                for text in &corpus.documents {
                    hits.clear();
                    with.matcher().find_into(text, &mut scratch, &mut hits);
                    black_box(&hits);
                }
            }
            bare.push(start.elapsed().as_secs_f64());
            for (extractor, times) in [(&without, &mut off), (&with, &mut on)]
            {
                let start = Instant::now();
                for _ in 0..corpus.repeat {
                    for text in &corpus.documents {
                        black_box(extractor.extract(text));
                    }
                }
                times.push(start.elapsed().as_secs_f64());
            }
        }
        let (bare, off, on) = (median(bare), median(off), median(on));
        println!(
            "| {} | {mb:.1} | {:.1} | {:.1} | {:.1} | {:.2} | {:.2} |",
            corpus.name,
            mb / bare,
            mb / off,
            mb / on,
            bare / on,
            off / on
        );
    }
    println!();
    for corpus in &corpora {
        let (mut scratch, mut hits) = (FoldedText::default(), Vec::new());
        let (mut matches, mut off, mut on) = (0, 0, 0);
        for text in &corpus.documents {
            hits.clear();
            with.matcher().find_into(text, &mut scratch, &mut hits);
            matches += hits.len();
            off += without.extract(text).mentions.len();
            on += with.extract(text).mentions.len();
        }
        println!(
            "{}, one pass: {matches} matches, {off} mentions without \
             discovery, {on} with",
            corpus.name
        );
    }
    Ok(())
}
