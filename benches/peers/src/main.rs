//! The Rust peers of newsgraph's peer race: the two crates a Rust user
//! would reach for, used directly, doing the race's job.
//!
//! The job: read a flat gazetteer (`id<TAB>type<TAB>name`, header row),
//! find its names in a UTF-8 corpus case-insensitively, on whole words,
//! leftmost-longest and non-overlapping, and print one JSON line
//! `{"matches", "build_s", "scan_s", "bytes", "patterns"}`.
//!
//! A word character is `char::is_alphanumeric()` or `_`. A match counts when
//! no word character touches it on either side. The leftmost valid match
//! wins, then the longest; when the longest name at a word start ends inside
//! a word, a shorter name at the same start may still count.
//!
//! Engines (`--engine`):
//! - `lower`: aho-corasick (leftmost-longest) over `str::to_lowercase` of
//!   the text, with lower-cased names. Lowercasing is part of the scan time.
//!   The race's reference for match counts.
//! - `wordstart`: aho-corasick built for anchored searches only, one
//!   anchored search at every word start of the raw text, ASCII
//!   case-insensitive (what flashtext does, with a compiled automaton).
//! - `daachorse`: daachorse's charwise double-array automaton
//!   (leftmost-longest) over the lower-cased text.

use std::time::Instant;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use daachorse::{
    CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder,
};

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn word_before(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(is_word)
}

fn word_at(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(is_word)
}

/// The end of the run of word characters that starts at `i`.
fn word_end(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(text.len(), |(k, _)| i + k)
}

/// Counts whole-word, leftmost-longest matches, given `leftmost(from)`: the
/// leftmost-longest raw match at or after `from`, and `longest_at(start,
/// limit)`: the end of the longest name that starts at `start` and ends at
/// or before `limit`.
fn count_whole_words(
    text: &str,
    mut leftmost: impl FnMut(usize) -> Option<(usize, usize)>,
    mut longest_at: impl FnMut(usize, usize) -> Option<usize>,
) -> usize {
    let mut count = 0;
    let mut pos = 0;
    while let Some((start, mut end)) = leftmost(pos) {
        if word_before(text, start) {
            // No valid match starts inside this word.
            pos = word_end(text, start);
            continue;
        }
        let mut valid = !word_at(text, end);
        while !valid {
            let limit = end
                - text[..end].chars().next_back().map_or(1, char::len_utf8);
            match longest_at(start, limit) {
                Some(e) if e > start => {
                    end = e;
                    valid = !word_at(text, end);
                }
                _ => break,
            }
        }
        if valid {
            count += 1;
            pos = end;
        } else {
            pos = word_end(text, start);
        }
    }
    count
}

/// Counts with one anchored search at each word start.
fn count_at_word_starts(
    text: &str,
    mut longest_at: impl FnMut(usize, usize) -> Option<usize>,
) -> usize {
    let mut count = 0;
    let mut pos = 0;
    let n = text.len();
    while pos < n {
        // Skip to the next word start.
        match text[pos..].char_indices().find(|&(_, c)| is_word(c)) {
            Some((k, _)) => pos += k,
            None => break,
        }
        let start = pos;
        let mut limit = n;
        let mut found = None;
        while let Some(end) = longest_at(start, limit) {
            if !word_at(text, end) {
                found = Some(end);
                break;
            }
            limit = end
                - text[..end].chars().next_back().map_or(1, char::len_utf8);
            if limit <= start {
                break;
            }
        }
        match found {
            Some(end) => {
                count += 1;
                pos = end;
            }
            None => pos = word_end(text, start),
        }
    }
    count
}

enum Automaton {
    Ac(AhoCorasick),
    Daac(CharwiseDoubleArrayAhoCorasick<u32>),
}

fn main() {
    let mut engine = String::new();
    let (mut gazetteer, mut corpus) = (String::new(), String::new());
    let mut repeat = 3usize;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().unwrap_or_default();
        match flag.as_str() {
            "--engine" => engine = value,
            "--gazetteer" => gazetteer = value,
            "--corpus" => corpus = value,
            "--repeat" => repeat = value.parse().expect("--repeat N"),
            _ => {
                eprintln!(
                    "usage: peers --engine lower|wordstart|daachorse --gazetteer G.tsv --corpus C.txt [--repeat N]"
                );
                std::process::exit(2);
            }
        }
    }
    let ascii = match engine.as_str() {
        "lower" | "daachorse" => false,
        "wordstart" => true,
        _ => {
            eprintln!("unknown engine {engine:?}");
            std::process::exit(2);
        }
    };

    let start = Instant::now();
    let tsv = std::fs::read_to_string(&gazetteer).expect("read the gazetteer");
    let mut seen = std::collections::HashSet::new();
    let mut names = Vec::new();
    for line in tsv.lines().skip(1) {
        let Some(name) = line.splitn(3, '\t').nth(2) else { continue };
        let key = if ascii {
            name.to_ascii_lowercase()
        } else {
            name.to_lowercase()
        };
        if !key.is_empty() && seen.insert(key.clone()) {
            names.push(key);
        }
    }
    let automaton = if engine == "daachorse" {
        Automaton::Daac(
            CharwiseDoubleArrayAhoCorasickBuilder::new()
                .match_kind(daachorse::MatchKind::LeftmostLongest)
                .build(&names)
                .expect("build daachorse"),
        )
    } else {
        Automaton::Ac(
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(ascii)
                .start_kind(if ascii {
                    StartKind::Anchored
                } else {
                    StartKind::Both
                })
                .build(&names)
                .expect("build aho-corasick"),
        )
    };
    let build_s = start.elapsed().as_secs_f64();

    let raw =
        std::fs::read_to_string(&corpus).expect("read the corpus (UTF-8)");
    let mut best = f64::INFINITY;
    let mut matches = 0;
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        let lowered;
        let text: &str = if ascii {
            &raw
        } else {
            lowered = raw.to_lowercase();
            &lowered
        };
        matches = match (&automaton, ascii) {
            (Automaton::Ac(ac), true) => {
                count_at_word_starts(text, |s, limit| {
                    ac.find(
                        Input::new(text)
                            .span(s..limit)
                            .anchored(Anchored::Yes),
                    )
                    .map(|m| m.end())
                })
            }
            (Automaton::Ac(ac), false) => count_whole_words(
                text,
                |from| {
                    ac.find(Input::new(text).span(from..text.len()))
                        .map(|m| (m.start(), m.end()))
                },
                |s, limit| {
                    ac.find(
                        Input::new(text)
                            .span(s..limit)
                            .anchored(Anchored::Yes),
                    )
                    .map(|m| m.end())
                },
            ),
            (Automaton::Daac(da), _) => count_whole_words(
                text,
                |from| {
                    da.leftmost_find_iter(&text[from..])
                        .next()
                        .map(|m| (from + m.start(), from + m.end()))
                },
                |s, limit| {
                    da.leftmost_find_iter(&text[s..limit])
                        .next()
                        .filter(|m| m.start() == 0)
                        .map(|m| s + m.end())
                },
            ),
        };
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{{\"peer\":\"{engine}\",\"patterns\":{},\"matches\":{matches},\"build_s\":{build_s:.4},\"scan_s\":{best:.4},\"bytes\":{}}}",
        names.len(),
        raw.len()
    );
}
