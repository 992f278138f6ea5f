//! Extraction takes time linear in the size of one document, however it
//! is shaped: twice the text may take about twice the time, never four
//! times. Ratios, not absolute times, so that the test holds on any
//! machine; each time is the best of three runs.

use std::time::{Duration, Instant};

use newsgraph::{Extractor, Gazetteer};

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
    let cases: [(&str, usize, Make); 3] = [
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
