//! Replays every input of the fuzz corpus (`fuzz/corpus/<target>/`) and
//! every crash the fuzzers found (`fuzz/regressions/<target>/`) through the
//! fuzz targets' own checks, so that `cargo test` keeps them fixed without
//! the nightly tool chain that `cargo fuzz` needs. See `fuzz/README.md`.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::path::Path;

/// A fuzz target's check of one input.
type Check = fn(&[u8]);

#[test]
fn fuzz_corpus_replays_without_a_failure() {
    let targets: [(&str, Check); 4] = [
        ("extract", checks::extract),
        ("gazetteer_tsv", checks::gazetteer_tsv),
        ("jsonl", checks::jsonl),
        ("exports", checks::exports),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    for (target, check) in targets {
        let mut replayed = 0;
        for dir in ["corpus", "regressions"] {
            let dir = root.join(dir).join(target);
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            let mut files: Vec<_> =
                entries.map(|e| e.expect("readable folder").path()).collect();
            files.sort();
            for file in files {
                // A running fuzzer may shrink the corpus under us.
                let Ok(data) = std::fs::read(&file) else { continue };
                let outcome = std::panic::catch_unwind(|| check(&data));
                assert!(outcome.is_ok(), "{} fails", file.display());
                replayed += 1;
            }
        }
        assert!(replayed > 0, "no inputs for {target}");
    }
}
