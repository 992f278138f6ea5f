//! Extraction takes time linear in the size of one document, however it
//! is shaped: twice the text may take about twice the time, never four
//! times. Ratios, not absolute times, so that the test holds on any
//! machine; each time is the best of three runs. Loading a gazetteer is
//! linear too, in the entities that share a name and the forms that share
//! a prefix.

use std::time::{Duration, Instant};

use newsgraph::gazetteer::SharedNames;
use newsgraph::{Extractor, Gazetteer, Kind};

fn best_of_three(f: impl Fn()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .expect("three runs")
}

/// Makes a document of `n` units.
type Make = fn(usize) -> String;

/// Time for `make(2n)` over time for `make(n)`.
fn ratio(extractor: &Extractor, n: usize, make: Make) -> f64 {
    let (small, large) = (make(n), make(2 * n));
    let time = |text: &str| {
        best_of_three(|| {
            std::hint::black_box(extractor.extract(text));
        })
    };
    time(&large).as_secs_f64() / time(&small).as_secs_f64()
}

#[test]
fn one_big_document_takes_linear_time() {
    let extractor = Extractor::new(Gazetteer::builtin()).unwrap();
    let cases: [(&str, usize, Make); 4] = [
        // Every line a paragraph; a partial name after every full name.
        ("partials", 20_000, |n| "Rutte in Den Haag\n".repeat(n)),
        // Two million short lines, scaled down.
        ("short lines", 40_000, |n| {
            (0..n).map(|i| format!("Poetin {i} Moskou\n")).collect()
        }),
        // No line break at all: one paragraph of many sentences.
        ("no newlines", 20_000, |n| {
            "Vladimir Poetin sprak in Moskou met Iran. ".repeat(n)
        }),
        // The same discovered names again and again, and surnames after
        // speech verbs that look back for a full name.
        ("discovered names", 4_000, |n| {
            "Volgens woordvoerder Jan de Vries zei Rutte niets. \
             Later zei De Vries meer tegen Kuipers.\n"
                .repeat(n)
        }),
    ];
    for (name, n, make) in cases {
        // A loaded machine only makes a ratio larger: the best of up to
        // three tries counts, and a good one ends the tries.
        let mut best = f64::INFINITY;
        for _ in 0..3 {
            best = best.min(ratio(&extractor, n, make));
            if best < 3.0 {
                break;
            }
        }
        assert!(best < 3.0, "{name}: 2x input took {best:.2}x the time");
    }
}

/// Loads `tsv` under `policy` and builds an extractor from it.
fn load_and_build(tsv: &str, policy: SharedNames) {
    let mut builder = Gazetteer::builder();
    builder
        .read_tsv("places.tsv", tsv.as_bytes(), Some(Kind::Place))
        .unwrap()
        .shared_names(policy);
    let gazetteer = builder.into_gazetteer().unwrap();
    std::hint::black_box(Extractor::new(&gazetteer).unwrap());
}

#[test]
fn loading_takes_linear_time_in_shared_names_and_prefixes() {
    // (name, policy, rows of n entities)
    let cases: [(&str, SharedNames, Make); 5] = [
        ("one name, salient", SharedNames::Salient, |n| {
            (0..n).map(|i| format!("Q{i}\tParis\t\t{i}\n")).collect()
        }),
        ("one name, skip", SharedNames::Skip, |n| {
            (0..n).map(|i| format!("Q{i}\tParis\t\t{}\n", i % 7)).collect()
        }),
        ("one short name", SharedNames::Reject, |n| {
            (0..n)
                .map(|i| format!("Q{i}\tPiet {i} Jansen\tJansen\t\n"))
                .collect()
        }),
        ("one long prefix", SharedNames::Reject, |n| {
            let prefix = "Stichting Nederlandse Vereniging voor de ";
            (0..n).map(|i| format!("Q{i}\t{prefix}{i:x}\t\t\n")).collect()
        }),
        ("names sharing many prefixes", SharedNames::Salient, |n| {
            (0..n).map(|i| format!("Q{i}\tNoord-{}\t\t1\n", i / 2)).collect()
        }),
    ];
    for (name, policy, make) in cases {
        let n = 5_000;
        let tsv = |n| format!("id\tname\tshort\tsalience\n{}", make(n));
        let (small, large) = (tsv(n), tsv(2 * n));
        let time = |text: &str| {
            best_of_three(|| load_and_build(text, policy)).as_secs_f64()
        };
        let mut best = f64::INFINITY;
        for _ in 0..3 {
            best = best.min(time(&large) / time(&small));
            if best < 3.0 {
                break;
            }
        }
        assert!(best < 3.0, "{name}: 2x the rows took {best:.2}x the time");
    }
}
