//! The newsgraph peer of the peer race in `benches/peers/` (run it with
//! `benches/peers/run.sh`): builds a gazetteer in code from the race's flat
//! TSV (`id`, `type`, `name`; one name per row), scans the corpus with
//! newsgraph's matcher, and prints `{"matches", "build_s", "scan_s",
//! "bytes"}` as one JSON line.
//!
//! The bench's job is case-insensitive for every name, so names without a
//! lower-case letter are lower-cased here (in the library, a name in
//! capitals is an acronym and case-sensitive). Like every peer, the first
//! id keeps a name that several ids share. newsgraph also folds diacritics
//! and accepts a Dutch genitive `s`, which the reference peer does not: see
//! `benches/peers/README.md` for the delta.
//!
//! `cargo run --release --example match_count -- --gazetteer G --corpus C
//! [--repeat N] [--dump-matches FILE]` (the dump has `start`, `end`, `id`
//! per match, byte offsets into the corpus).
//!
//! With `--shared-names reject|salient|skip`, the gazetteer is a file in
//! newsgraph's own format instead (`gazetteers/README.md`; the generator's
//! `gazetteer-huge-entities.tsv`), loaded as the library loads it, with
//! that policy for shared names; `build_s` then covers reading, parsing,
//! checking and the automaton, and the JSON line adds the counts of
//! `entities`, `forms` and shared forms `resolved` and `skipped`.

use std::time::Instant;

#[path = "support/bench_tsv.rs"]
mod bench_tsv;

use newsgraph::Gazetteer;
use newsgraph::gazetteer::SharedNames;
use newsgraph::matcher::Matcher;
use newsgraph::normalize::FoldedText;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .unwrap_or_else(|| {
                eprintln!("usage: match_count --gazetteer G.tsv --corpus C.txt [--repeat N]");
                std::process::exit(2)
            })
            .clone()
    };
    let (gazetteer_path, corpus_path) =
        (value("--gazetteer"), value("--corpus"));
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(3);

    let policy: Option<SharedNames> = args
        .iter()
        .position(|a| a == "--shared-names")
        .map(|i| args[i + 1].parse().expect("reject, salient or skip"));

    let start = Instant::now();
    // Where the build's time goes, with --shared-names: reading and
    // parsing, checking, then the automaton.
    let mut phases = String::new();
    let gazetteer = match policy {
        Some(policy) => {
            let mut builder = Gazetteer::builder();
            builder.shared_names(policy);
            builder.load_path(&gazetteer_path).expect("load gazetteer");
            let parsed = start.elapsed().as_secs_f64();
            let gazetteer = builder.into_gazetteer().expect("build gazetteer");
            phases = format!(
                ",\"parse_s\":{parsed:.4},\"check_s\":{:.4}",
                start.elapsed().as_secs_f64() - parsed
            );
            gazetteer
        }
        None => {
            let tsv = std::fs::read_to_string(&gazetteer_path)
                .expect("read gazetteer");
            bench_tsv::gazetteer(&tsv)
        }
    };
    let before_matcher = start.elapsed().as_secs_f64();
    let matcher = Matcher::new(&gazetteer).expect("build matcher");
    let build_s = start.elapsed().as_secs_f64();
    if policy.is_some() {
        phases += &format!(",\"matcher_s\":{:.4}", build_s - before_matcher);
    }
    let mut counts = String::new();
    if policy.is_some() {
        let forms: usize =
            gazetteer.entities().iter().map(|e| e.forms().len()).sum();
        let report = gazetteer.build_report();
        counts = format!(
            ",\"entities\":{},\"forms\":{forms},\"resolved\":{},\"skipped\":{}",
            gazetteer.len(),
            report.resolved.len(),
            report.skipped.len()
        );
    }

    let corpus = std::fs::read_to_string(&corpus_path).expect("read corpus");
    let mut best = f64::INFINITY;
    let mut matches = 0;
    let (mut scratch, mut hits) = (FoldedText::default(), Vec::new());
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        hits.clear();
        matcher.find_into(&corpus, &mut scratch, &mut hits);
        best = best.min(start.elapsed().as_secs_f64());
        matches = hits.len();
    }
    if let Some(i) = args.iter().position(|a| a == "--dump-matches") {
        use std::io::Write;
        let file = std::fs::File::create(&args[i + 1]).expect("dump file");
        let mut out = std::io::BufWriter::new(file);
        for hit in &hits {
            let claim = matcher.claims(hit).next().expect("a valid claim");
            let id = gazetteer.get(claim.entity).expect("entity").id();
            writeln!(out, "{}\t{}\t{id}", hit.span.start, hit.span.end)
                .expect("write dump");
        }
    }
    println!(
        "{{\"peer\":\"newsgraph\",\"patterns\":{}{counts}{phases},\"matches\":{matches},\"build_s\":{build_s:.4},\"scan_s\":{best:.4},\"bytes\":{}}}",
        matcher.pattern_count(),
        corpus.len()
    );
}
