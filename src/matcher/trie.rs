//! The trie of folded forms: an Aho-Corasick automaton walked by hand.

use aho_corasick::Anchored;
use aho_corasick::MatchKind;
use aho_corasick::automaton::{Automaton, StateID};

use crate::error::Result;

/// The folded forms as an Aho-Corasick automaton walked by hand, anchored:
/// one walk from a word start yields every form that starts there, without
/// a search call per candidate. A contiguous NFA: on the benchmark it walks
/// faster than the crate's DFA (whose tables do not stay in cache) and
/// builds in less time and memory. The states of the first three bytes,
/// which nearly every walk passes, are dense (one lookup per byte; the
/// crate's default is two), and there is no prefilter, as the walk never
/// searches.
///
/// Anchored walks never take failure transitions, yet the crate computes
/// them, and for a large gazetteer that was most of the build. So every
/// pattern is its form behind one [`SENTINEL`] byte, and walks start at the
/// state after it: as no form holds that byte, no proper suffix of a
/// pattern is a prefix of another, and every failure transition is the
/// start state, found in one step. The match kind is the crate's standard
/// one, because under leftmost semantics it sends the states below a match
/// to its dead state and looks up each one's transitions there, a linear
/// search; the walk sorts out the matches itself. Together this makes the
/// build of a large gazetteer much cheaper (the README has the numbers).
#[derive(Clone, Debug)]
pub(super) struct Trie {
    nfa: aho_corasick::nfa::contiguous::NFA,
    /// The state after the sentinel, where walks start.
    start: StateID,
}

/// The byte before every pattern of the [`Trie`]. No gazetteer form holds a
/// NUL (one that did would only make the build slower), and as the first
/// byte of the start state's sorted transitions it is found at once.
const SENTINEL: u8 = 0x00;

impl Trie {
    pub(super) fn new(forms: &[&str]) -> Result<Trie> {
        let patterns = forms.iter().map(|form| {
            let mut pattern = Vec::with_capacity(form.len() + 1);
            pattern.push(SENTINEL);
            pattern.extend_from_slice(form.as_bytes());
            pattern
        });
        let nfa = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            // The start, and the states before a form's first three bytes.
            .dense_depth(4)
            .prefilter(false)
            .build(patterns)?;
        let start = nfa
            .start_state(Anchored::Yes)
            .expect("a contiguous NFA supports anchored searches");
        let start = nfa.next_state(Anchored::Yes, start, SENTINEL);
        Ok(Trie { nfa, start })
    }

    /// Fills `ends` with `(end, pattern)` of every pattern that starts at
    /// `start` in `haystack`, shortest first.
    #[inline]
    pub(super) fn forms_at(
        &self,
        haystack: &[u8],
        start: usize,
        ends: &mut Vec<(usize, u32)>,
    ) {
        let nfa = &self.nfa;
        ends.clear();
        let mut state = self.start;
        for (i, &byte) in haystack[start..].iter().enumerate() {
            state = nfa.next_state(Anchored::Yes, state, byte);
            if !nfa.is_special(state) {
                continue;
            }
            if nfa.is_dead(state) {
                return;
            }
            if nfa.is_match(state) {
                let len = i + 1;
                // The pattern that ends here and started at `start`, after
                // the sentinel.
                let found = (0..nfa.match_len(state))
                    .map(|k| nfa.match_pattern(state, k))
                    .find(|&p| nfa.pattern_len(p) == len + 1);
                if let Some(pattern) = found {
                    ends.push((start + len, pattern.as_u32()));
                }
            }
        }
    }
}
