//! Extracts mentions from text files with the built-in gazetteers and
//! prints one JSON object per file.
//!
//! `cargo run --example extract -- tests/fixtures/*.txt`

use std::process::ExitCode;

use newsgraph::{Extractor, Gazetteer};

fn main() -> ExitCode {
    let extractor = match Extractor::new(Gazetteer::builtin()) {
        Ok(extractor) => extractor,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        let extraction = extractor.extract_document(&path, None, &text);
        match serde_json::to_string(&extraction) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("error: {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}
