//! One Aho-Corasick automaton over the folded forms of a gazetteer, plus the
//! word rules that the automaton does not know.
//!
//! The automaton finds folded forms in the folded text (see
//! [`normalize`](crate::normalize)). A candidate is *valid* when one of the
//! claims on its form accepts it:
//!
//! - the character before it is not a letter, digit or `_` (unless the form
//!   is written `*stem`), and the character after it is not one either
//!   (unless the form is written `stem*`), or it is followed by a Dutch
//!   genitive `s` that ends the word (names, aliases and partials of at
//!   least four letters, written with a capital in the text: `Poetins`, but
//!   not `ze` in `zes`);
//! - case-sensitive forms (acronyms, `=Forms`) match the original text as
//!   written.
//!
//! Among valid candidates the leftmost wins, then the longest, and the
//! search resumes at its end. The longest candidate alone is not enough:
//! when it is not valid (`Noord-Korea` in `Noord-Koreaner`), a shorter
//! candidate at the same start may be (`Noord`-something), so the scan
//! collects every form that starts there and tries them longest first.
//!
//! Most forms can only start where a word starts, so the scan does not run
//! the automaton over every byte: at each position that follows a non-word
//! character and whose first bytes can begin a form (a small filter on the
//! first four bytes passes over most other words) it walks the automaton by
//! hand, anchored, which is what makes flashtext-style matchers fast. Forms
//! written `*stem` may start inside a word; they get a second, small
//! automaton, searched unanchored for the next candidate once per stretch
//! of words and consulted only for the word that holds it.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use crate::bytes8;
use crate::error::Result;
use crate::gazetteer::{CaseRule, Entity, Form, Gazetteer, Kind};
use crate::normalize::FoldedText;
use crate::span::{EntityId, Span};

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
/// search; the walk sorts out the matches itself. Together this cut the
/// build of the bench's 200,000 names from 0.59 to 0.37 s.
#[derive(Clone, Debug)]
struct Trie {
    nfa: aho_corasick::nfa::contiguous::NFA,
    /// The state after the sentinel, where walks start.
    start: StateID,
}

/// The byte before every pattern of the [`Trie`]. No gazetteer form holds a
/// NUL (one that did would only make the build slower), and as the first
/// byte of the start state's sorted transitions it is found at once.
const SENTINEL: u8 = 0x00;

impl Trie {
    fn new(forms: &[&str]) -> Result<Trie> {
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
    fn forms_at(
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

/// Tells from the first bytes at a position whether a form may start
/// there, so that most words are passed over without a walk down the trie.
///
/// First by the first byte. Then, for a gazetteer of up to
/// [`StartFilter::MAX_PREFIXES`] distinct four-byte prefixes, forms of four
/// bytes or more set one bit of a hashed bit set of their first four bytes
/// (a Bloom filter with one hash: a false "may" costs a walk, never a
/// match), the rarer shorter forms the bit of their first two bytes in a
/// second set, and forms of one byte all bits of their byte. On the bench's
/// news text and 5,000 names this passes over seven words in ten. A large
/// gazetteer's prefixes cover most words of running text, and its set would
/// not stay in cache, so it gets the first-byte test only.
#[derive(Clone, Debug)]
struct StartFilter {
    first: [bool; 256],
    /// Empty when not used.
    four: Vec<u64>,
    /// `32 - log2(bits in four)`: the hash's top bits index `four`.
    shift: u32,
    /// Empty when `four` is.
    short: Vec<u64>,
}

impl StartFilter {
    /// At about 16 bits a prefix, 16 KiB of the first-level cache.
    const MAX_PREFIXES: usize = 8192;

    fn new(patterns: &[&str]) -> StartFilter {
        let mut first = [false; 256];
        for pattern in patterns {
            if let Some(&b) = pattern.as_bytes().first() {
                first[b as usize] = true;
            }
        }
        let mut prefixes: FxHashSet<&[u8]> = FxHashSet::default();
        for prefix in patterns.iter().filter_map(|p| p.as_bytes().get(..4)) {
            prefixes.insert(prefix);
            if prefixes.len() > Self::MAX_PREFIXES {
                break;
            }
        }
        if prefixes.len() > Self::MAX_PREFIXES {
            return StartFilter {
                first,
                four: vec![],
                shift: 0,
                short: vec![],
            };
        }
        let bits = (prefixes.len() * 16).next_power_of_two().max(4096);
        let mut filter = StartFilter {
            first,
            four: vec![0; bits / 64],
            shift: 32 - bits.trailing_zeros(),
            short: vec![0; (1 << 16) / 64],
        };
        for pattern in patterns {
            match *pattern.as_bytes() {
                [a, b, c, d, ..] => {
                    let i = filter.four_index([a, b, c, d]);
                    set_bit(&mut filter.four, i);
                }
                [a, b, ..] => set_bit(&mut filter.short, pair_index(a, b)),
                [a] => (0..=255).for_each(|b| {
                    set_bit(&mut filter.short, pair_index(a, b));
                }),
                [] => {}
            }
        }
        filter
    }

    /// Whether a form may start at `pos`, a position in `bytes`.
    fn may_start(&self, bytes: &[u8], pos: usize) -> bool {
        if !self.first[bytes[pos] as usize] {
            return false;
        }
        if self.four.is_empty() {
            return true;
        }
        // Too few bytes left to tell: the walk will.
        let Some(&[a, b, c, d]) = bytes.get(pos..pos + 4) else {
            return true;
        };
        bit(&self.short, pair_index(a, b))
            || bit(&self.four, self.four_index([a, b, c, d]))
    }

    fn four_index(&self, bytes: [u8; 4]) -> usize {
        let hash = u32::from_le_bytes(bytes).wrapping_mul(0x9E37_79B1);
        (hash >> self.shift) as usize
    }
}

fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

fn bit(set: &[u64], i: usize) -> bool {
    set[i / 64] & (1 << (i % 64)) != 0
}

fn set_bit(set: &mut [u64], i: usize) {
    set[i / 64] |= 1 << (i % 64);
}

/// Texts are folded and scanned in pieces of about this size, so that the
/// folded copy stays small and in cache, and memory flat, whatever the
/// length of the text. Pieces overlap so that the result never depends on
/// where they are cut: see [`Matcher::find_into`].
const PIECE: usize = 64 * 1024;

/// How a scan of one piece ended.
enum Scanned {
    /// The piece is the rest of the text, and all of it was scanned.
    All,
    /// Hits are final up to this folded offset, a white-space position
    /// that no hit covers; the scan goes on there, in a new piece.
    Upto(usize),
    /// No such position came early enough in the piece: scan a longer one.
    TooShort,
}

/// One entity's claim on a folded form.
#[derive(Clone, Debug)]
pub struct Claim {
    /// The entity.
    pub entity: EntityId,
    /// How the form names it.
    pub form: Form,
    case: CaseRule,
    /// The form as written, for case-sensitive comparison.
    written: Box<str>,
    open_start: bool,
    open_end: bool,
    /// Whether a trailing genitive `s` may follow.
    genitive: bool,
}

/// A valid match: where it is in the original text and which claims accept
/// it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Byte span in the original text (without a genitive `s`; a stem's
    /// span covers its whole word).
    pub span: Span,
    key: u32,
    /// Bit `i` set: claim `i` of the key accepts this match.
    valid: u64,
}

/// The compiled gazetteer.
#[derive(Clone, Debug)]
pub struct Matcher {
    /// Every folded form, searched anchored at word starts.
    trie: Trie,
    /// The forms that may start inside a word (`*stem`), if any; its
    /// pattern `i` is key `infix_keys[i]`.
    infix: Option<(AhoCorasick, Vec<u32>)>,
    /// Where a form may start, by the first bytes there.
    starts: StartFilter,
    /// Claims of key `k`: `claims[ranges[k].0 .. ranges[k].1]`.
    claims: Vec<Claim>,
    ranges: Vec<(u32, u32)>,
    /// Bytes of the longest folded form.
    longest: usize,
}

impl Matcher {
    /// Compiles every entity of `gazetteer`.
    ///
    /// # Errors
    ///
    /// Fails if the automaton cannot be built.
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher> {
        Matcher::with_filter(gazetteer, |_| true)
    }

    /// Compiles the entities that `keep` accepts.
    ///
    /// # Errors
    ///
    /// Fails if the automaton cannot be built.
    pub fn with_filter(
        gazetteer: &Gazetteer,
        keep: impl Fn(&Entity) -> bool,
    ) -> Result<Matcher> {
        // Keys in first-seen order; claims tagged with their key.
        let forms = gazetteer.entities().iter().map(|e| e.forms().len()).sum();
        let mut key_of: FxHashMap<&str, u32> =
            FxHashMap::with_capacity_and_hasher(forms, FxBuildHasher);
        let mut patterns: Vec<&str> = Vec::with_capacity(forms);
        let mut tagged: Vec<(u32, Claim)> = Vec::with_capacity(forms);
        for (index, entity) in gazetteer.entities().iter().enumerate() {
            if !keep(entity) {
                continue;
            }
            for form in entity.forms() {
                let key = form.key();
                if form.form != Form::Partial && gazetteer.is_ambiguous(key) {
                    continue;
                }
                let claim = Claim {
                    entity: EntityId::from_index(index),
                    form: form.form,
                    case: form.case,
                    // Only case-sensitive claims compare the written form.
                    written: if form.case == CaseRule::Insensitive {
                        Box::default()
                    } else {
                        form.text.as_str().into()
                    },
                    open_start: form.open_start,
                    open_end: form.open_end,
                    genitive: form.form != Form::Adjective
                        && entity.kind() != Kind::Theme
                        && !form.open_end
                        && form
                            .text
                            .chars()
                            .filter(|c| c.is_alphabetic())
                            .count()
                            >= 4,
                };
                let next = patterns.len() as u32;
                let key_index = *key_of.entry(key).or_insert_with(|| {
                    patterns.push(key);
                    next
                });
                tagged.push((key_index, claim));
            }
        }
        // Per key: full forms before partials, case-sensitive before
        // insensitive, else gazetteer order (the sort is stable).
        tagged.sort_by_key(|(key, c)| {
            (*key, c.form == Form::Partial, c.case == CaseRule::Insensitive)
        });
        let mut claims: Vec<Claim> = Vec::with_capacity(tagged.len());
        let mut ranges = Vec::with_capacity(patterns.len());
        let mut start = 0;
        for (key, claim) in tagged {
            if key as usize == ranges.len() + 1 {
                ranges.push((start, claims.len() as u32));
                start = claims.len() as u32;
            }
            // One entity naming the same form twice (name and alias
            // differing only in case) needs one claim.
            if !claims[start as usize..].iter().any(|c| same_claim(c, &claim))
            {
                claims.push(claim);
            }
        }
        if !patterns.is_empty() {
            ranges.push((start, claims.len() as u32));
        }
        let trie = Trie::new(&patterns)?;
        let starts = StartFilter::new(&patterns);
        let infix_keys: Vec<u32> = ranges
            .iter()
            .enumerate()
            .filter(|&(_, &(start, end))| {
                claims[start as usize..end as usize]
                    .iter()
                    .any(|c| c.open_start)
            })
            .map(|(key, _)| key as u32)
            .collect();
        let infix = if infix_keys.is_empty() {
            None
        } else {
            let infix_patterns =
                infix_keys.iter().map(|&k| &patterns[k as usize]);
            let infix = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Both)
                .build(infix_patterns)?;
            Some((infix, infix_keys))
        };
        let longest = patterns.iter().map(|p| p.len()).max().unwrap_or(0);
        Ok(Matcher { trie, infix, starts, claims, ranges, longest })
    }

    /// Every valid match in `text`, in text order.
    #[must_use]
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.find_into(text, &mut FoldedText::default(), &mut hits);
        hits
    }

    /// Appends every valid match in `text` to `hits`, reusing `scratch` for
    /// the folded copy.
    pub fn find_into(
        &self,
        text: &str,
        scratch: &mut FoldedText,
        hits: &mut Vec<Hit>,
    ) {
        self.find_into_pieces(text, scratch, hits, PIECE);
    }

    /// [`find_into`](Self::find_into) with pieces of about `piece` bytes:
    /// the result is the same for every piece size (tested with tiny
    /// pieces against the whole text).
    ///
    /// A piece is scanned to its end, but its hits count only up to a
    /// white-space position that no hit covers and that lies far enough
    /// from the end that every candidate before it, and the genitive `s`
    /// after it, was seen whole. The whole-text scan passes such a position
    /// with nothing pending, so the next piece starts there afresh. Where
    /// a piece has no such position (a very long word), it is scanned again
    /// twice as long, which keeps the work linear.
    #[doc(hidden)]
    pub fn find_into_pieces(
        &self,
        text: &str,
        scratch: &mut FoldedText,
        hits: &mut Vec<Hit>,
        piece: usize,
    ) {
        let mut offset = 0;
        let mut size = piece.max(1);
        let mut ends = Vec::new();
        while offset < text.len() {
            let end = piece_end(text, offset, size);
            let slice = &text[offset..end];
            scratch.refold(slice);
            let last = end == text.len();
            let kept = hits.len();
            match self.scan(scratch, slice, offset, hits, &mut ends, last) {
                Scanned::All => break,
                Scanned::Upto(at) => {
                    offset += scratch.original_span(Span::new(at, at)).start;
                    size = piece.max(1);
                }
                Scanned::TooShort => {
                    hits.truncate(kept);
                    size *= 2;
                }
            }
        }
    }

    /// The claims that accept `hit`, full forms first.
    pub fn claims<'a>(
        &'a self,
        hit: &'a Hit,
    ) -> impl Iterator<Item = &'a Claim> {
        let (start, end) = self.ranges[hit.key as usize];
        self.claims[start as usize..end as usize]
            .iter()
            .enumerate()
            .filter(|(i, _)| i < &64 && hit.valid & (1 << i) != 0)
            .map(|(_, c)| c)
    }

    /// Number of distinct folded forms in the automaton.
    #[must_use]
    pub fn pattern_count(&self) -> usize {
        self.ranges.len()
    }

    fn key_claims(&self, key: u32) -> &[Claim] {
        let (start, end) = self.ranges[key as usize];
        &self.claims[start as usize..end as usize]
    }

    /// Scans one piece; `last` when it is the rest of the text.
    fn scan(
        &self,
        folded: &FoldedText,
        text: &str,
        offset: usize,
        hits: &mut Vec<Hit>,
        ends: &mut Vec<(usize, u32)>,
        last: bool,
    ) -> Scanned {
        let haystack = folded.as_str();
        let bytes = haystack.as_bytes();
        let n = haystack.len();
        // Candidates that start before `safe_end` end inside the piece,
        // with room for a genitive `s` and the character after it. The
        // scan may stop from `stop_from` on, so that the hits of a word
        // that starts just before the stop are complete.
        let reach = self.longest + 16;
        let safe_end = if last { n } else { n.saturating_sub(reach) };
        let stop_from = if last { n } else { safe_end.saturating_sub(reach) };
        let mut pos = 0;
        // A stem extends back to its word start, but not into the last hit.
        let mut last_end = 0;
        // Where the next `*stem` candidate starts, searched once for a
        // stretch of words instead of once per word (`None`: unknown).
        let mut next_infix: Option<usize> = None;
        while pos < n {
            if pos >= stop_from
                && pos > 0
                && matches!(bytes[pos], b' ' | b'\n')
            {
                if pos > safe_end {
                    return Scanned::TooShort;
                }
                return Scanned::Upto(pos);
            }
            let found = if word_at(haystack, pos) {
                // Whole-word forms start at a word start; `*stem` forms
                // anywhere in the word.
                let at_start = !word_before(haystack, pos);
                let found = (at_start && self.starts.may_start(bytes, pos))
                    .then(|| self.find_at(folded, text, pos, last_end, ends))
                    .flatten();
                found.or_else(|| {
                    let word_end = skip_word(haystack, pos);
                    let candidate = match next_infix {
                        Some(at) if at >= pos => at,
                        _ => self.next_infix_start(haystack, pos),
                    };
                    next_infix = Some(candidate);
                    let found = (candidate < word_end)
                        .then(|| {
                            self.find_infix(
                                folded, text, candidate, word_end, last_end,
                            )
                        })
                        .flatten();
                    if found.is_none() {
                        pos = word_end;
                    }
                    found
                })
            } else if self.starts.may_start(bytes, pos) {
                // A form may also start with punctuation (`'s-Gravenhage`).
                let found = self.find_at(folded, text, pos, last_end, ends);
                if found.is_none() {
                    pos += char_len_at(haystack, pos);
                }
                found
            } else {
                pos += char_len_at(haystack, pos);
                None
            };
            if let Some((mut hit, folded_end)) = found {
                hit.span.start += offset;
                hit.span.end += offset;
                hits.push(hit);
                pos = folded_end;
                last_end = folded_end;
            }
        }
        if last { Scanned::All } else { Scanned::TooShort }
    }

    /// The longest valid match of a whole form that starts exactly at
    /// `start`: one walk down the trie lists every form that starts there,
    /// then the candidates are checked from the longest down.
    fn find_at(
        &self,
        folded: &FoldedText,
        text: &str,
        start: usize,
        last_end: usize,
        ends: &mut Vec<(usize, u32)>,
    ) -> Option<(Hit, usize)> {
        let haystack = folded.as_str();
        self.trie.forms_at(haystack.as_bytes(), start, ends);
        ends.iter().rev().find_map(|&(end, key)| {
            // Candidates end on character boundaries: keys are whole
            // folded strings.
            self.accept(folded, text, Span::new(start, end), key, last_end)
        })
    }

    /// The longest valid `*stem` match that starts exactly at `start`,
    /// trying shorter candidates when the longest is not valid. `keys` maps
    /// the stem automaton's patterns to keys.
    fn find_anchored(
        &self,
        automaton: &AhoCorasick,
        keys: &[u32],
        folded: &FoldedText,
        text: &str,
        start: usize,
        last_end: usize,
    ) -> Option<(Hit, usize)> {
        let haystack = folded.as_str();
        let mut limit = haystack.len();
        loop {
            let input = Input::new(haystack)
                .span(start..limit)
                .anchored(Anchored::Yes);
            let m = automaton.find(input)?;
            let pattern = m.pattern().as_u32();
            let key = keys[pattern as usize];
            let span = Span::new(start, m.end());
            if let Some(found) = self.accept(folded, text, span, key, last_end)
            {
                return Some(found);
            }
            limit = prev_char_start(haystack, m.end());
            if limit <= start {
                return None;
            }
        }
    }

    /// Start of the leftmost `*stem` candidate at or after `from` (the end
    /// of the text when there is none).
    fn next_infix_start(&self, haystack: &str, from: usize) -> usize {
        self.infix
            .as_ref()
            .and_then(|(infix, _)| {
                infix.find(Input::new(haystack).span(from..haystack.len()))
            })
            .map_or(haystack.len(), |m| m.start())
    }

    /// The leftmost valid `*stem` match starting in `from..word_end`.
    fn find_infix(
        &self,
        folded: &FoldedText,
        text: &str,
        mut from: usize,
        word_end: usize,
        last_end: usize,
    ) -> Option<(Hit, usize)> {
        let (infix, keys) = self.infix.as_ref()?;
        let haystack = folded.as_str();
        // A stem that starts in this word ends within its longest length.
        let limit = haystack.len().min(word_end + infix.max_pattern_len());
        while from < word_end {
            let input = Input::new(haystack).span(from..limit);
            let start = infix.find(input)?.start();
            if start >= word_end {
                return None;
            }
            let found =
                self.find_anchored(infix, keys, folded, text, start, last_end);
            if found.is_some() {
                return found;
            }
            from = start + char_len_at(haystack, start);
        }
        None
    }

    /// Checks a candidate against the claims of its key. Returns the hit and
    /// the folded offset where the scan goes on.
    fn accept(
        &self,
        folded: &FoldedText,
        text: &str,
        candidate: Span,
        key: u32,
        min_start: usize,
    ) -> Option<(Hit, usize)> {
        let haystack = folded.as_str();
        let (start, end) = (candidate.start, candidate.end);
        let start_ok = !word_before(haystack, start);
        let end_ok = !word_at(haystack, end);
        let genitive = !end_ok
            && haystack.as_bytes()[end] == b's'
            && !word_at(haystack, end + 1)
            && starts_with_capital(text, folded.original_span(candidate));
        let mut valid = 0u64;
        let mut first = None;
        for (i, claim) in self.key_claims(key).iter().enumerate().take(64) {
            if !(claim.open_start || start_ok) {
                continue;
            }
            if !(claim.open_end || end_ok || (claim.genitive && genitive)) {
                continue;
            }
            if claim.case != CaseRule::Insensitive {
                let surface = &text[folded.original_span(candidate).range()];
                if !case_matches(surface, &claim.written, claim.case) {
                    continue;
                }
            }
            valid |= 1 << i;
            first.get_or_insert(claim);
        }
        let claim = first?;
        let (mut start, mut end) = (start, end);
        if claim.open_start {
            while start > min_start && word_before(haystack, start) {
                start = prev_char_start(haystack, start);
            }
        }
        if claim.open_end {
            while word_at(haystack, end) {
                end += char_len_at(haystack, end);
            }
        }
        let span = folded.original_span(Span::new(start, end));
        Some((Hit { span, key, valid }, end))
    }
}

/// A genitive `s` belongs to a proper name, written with a capital.
fn starts_with_capital(text: &str, span: Span) -> bool {
    text[span.range()].chars().next().is_some_and(char::is_uppercase)
}

fn same_claim(a: &Claim, b: &Claim) -> bool {
    a.entity == b.entity
        && a.case == b.case
        && a.open_start == b.open_start
        && a.open_end == b.open_end
        && (a.case == CaseRule::Insensitive || a.written == b.written)
}

/// Whether a case-sensitive form matches the original surface. Whitespace
/// runs in the surface count as one space, like in matching.
fn case_matches(surface: &str, written: &str, rule: CaseRule) -> bool {
    let surface = || collapse_whitespace(surface);
    let written_chars = || collapse_whitespace(written);
    match rule {
        CaseRule::Insensitive => true,
        CaseRule::Exact => surface().eq(written_chars()),
        CaseRule::AsWrittenOrUpper => {
            surface().eq(written_chars())
                || surface().eq(written_chars().flat_map(char::to_uppercase))
        }
    }
}

fn collapse_whitespace(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut previous_space = false;
    s.chars().filter_map(move |c| {
        if c.is_whitespace() {
            let first = !previous_space;
            previous_space = true;
            first.then_some(' ')
        } else {
            previous_space = false;
            Some(c)
        }
    })
}

/// End of the piece of about `size` bytes from `start` (the rest of the
/// text when that is less than twice as long), on a character boundary.
fn piece_end(text: &str, start: usize, size: usize) -> usize {
    if text.len() - start <= size.saturating_mul(2) {
        return text.len();
    }
    floor_char_boundary(text, start + size)
}

/// The largest character boundary at or before `i` (at most the length).
fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Letters, digits and `_` make words, as in the peers of the benchmark.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Is the character that starts at byte `i` a word character?
fn word_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => ASCII_WORD[b as usize],
        Some(_) => s[i..].chars().next().is_some_and(is_word_char),
    }
}

/// Is the character that ends at byte `i` a word character?
fn word_before(s: &str, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let b = s.as_bytes()[i - 1];
    if b < 0x80 {
        return ASCII_WORD[b as usize];
    }
    s[..i].chars().next_back().is_some_and(is_word_char)
}

fn char_len_at(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => 1,
        _ => s[i..].chars().next().map_or(1, char::len_utf8),
    }
}

fn prev_char_start(s: &str, i: usize) -> usize {
    s[..i].char_indices().next_back().map_or(0, |(j, _)| j)
}

/// The first offset at or after `i` that is not inside a word, in the
/// folded text (where ASCII letters are lower case).
///
/// Eight bytes at a time, so that the end of a word costs one
/// well-predicted branch instead of a branch per byte.
fn skip_word(s: &str, mut i: usize) -> usize {
    use bytes8::{HIGH, equal, in_range};
    let bytes = s.as_bytes();
    loop {
        if let Some(chunk) = bytes8::load(bytes, i) {
            let word = in_range(chunk, b'a', b'z')
                | in_range(chunk, b'0', b'9')
                | equal(chunk, b'_');
            // Stop at the first byte that is not an ASCII word byte.
            let stop = !word & HIGH;
            if stop == 0 {
                i += 8;
                continue;
            }
            i += stop.trailing_zeros() as usize / 8;
        }
        match bytes.get(i) {
            None => return i,
            Some(&b) if b < 0x80 => {
                if !ASCII_WORD[b as usize] {
                    return i;
                }
                i += 1;
            }
            Some(_) => match s[i..].chars().next() {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => return i,
            },
        }
    }
}

/// ASCII letters, digits and `_`: the word bytes of ASCII text.
const ASCII_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Folded forms: long and short ones, one of one byte, and one that
    /// starts with punctuation.
    const FORMS: [&str; 6] =
        ["rusland", "noord-korea", "eu", "ede", "x", "'s-gravenhage"];

    /// A filter may let a word through that no form starts with, but must
    /// never stop one that a form starts with: whatever follows the form.
    #[test]
    fn start_filter_never_stops_a_form() {
        // 20,000 forms with distinct four-letter prefixes: too many for
        // the four-byte set.
        let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
        let generated: Vec<String> = (0..20_000)
            .map(|i| {
                let prefix: String = [i, i / 26, i / 676, i / 17_576]
                    .map(letter)
                    .iter()
                    .collect();
                format!("{prefix}stad")
            })
            .collect();
        let many: Vec<&str> = generated.iter().map(String::as_str).collect();
        for forms in [&FORMS[..], &many[..]] {
            let filter = StartFilter::new(forms);
            assert_eq!(filter.four.is_empty(), forms.len() > FORMS.len());
            for form in forms {
                for after in ["", " ", "s", " en", "-x"] {
                    let text = format!("{form}{after}");
                    assert!(
                        filter.may_start(text.as_bytes(), 0),
                        "{text:?} with {} forms",
                        forms.len()
                    );
                }
            }
        }
        // A one-byte form lets every word with that byte through.
        assert!(StartFilter::new(&FORMS).may_start(b"xyzzy", 0));
    }

    /// With few forms, words that share no prefix with one are stopped,
    /// but a word that shares its first four bytes with a form, or its
    /// first two with a shorter form, may start one.
    #[test]
    fn start_filter_stops_other_words() {
        let filter = StartFilter::new(&FORMS);
        let may_start =
            |word: &str| filter.may_start(format!("{word} en").as_bytes(), 0);
        let other = [
            "de",
            "het",
            "een",
            "na",
            "zeker",
            "regering",
            "eerder",
            "over",
            "nieuwe",
            "tegen",
            "sgravenhage",
            "rus",
            "nederland",
        ];
        let passed: Vec<&str> =
            other.iter().filter(|w| may_start(w)).copied().collect();
        assert!(passed.is_empty(), "let through: {passed:?}");
        for word in ["ruslands", "noordzee", "edam", "europa"] {
            assert!(may_start(word), "{word}");
        }
    }
}
