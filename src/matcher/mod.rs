//! A trie of the folded forms of a gazetteer (a radix tree, `trie.rs`),
//! plus the word rules that a trie does not know.
//!
//! The trie finds folded forms in the folded text (see
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
//! over every byte: at each position that follows a non-word character and
//! whose first bytes can begin a form (a small filter on the first four
//! bytes passes over most other words) it walks the trie, anchored, which
//! is what makes flashtext-style matchers fast. Forms written `*stem` may
//! start inside a word; they get a small Aho-Corasick automaton, searched
//! unanchored for the next candidate once per stretch of words and
//! consulted only for the word that holds it.

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use crate::error::{Error, Result};
use crate::gazetteer::{CaseRule, Entity, Form, Gazetteer, Stem, SurfaceForm};
use crate::normalize::FoldedText;
use crate::span::{EntityId, Span};

mod bytes8;
mod start_filter;
mod trie;
mod words;

use start_filter::StartFilter;
use trie::Trie;
use words::{char_len_at, prev_char_start, skip_word, word_at, word_before};

/// Texts are folded and scanned in pieces of about this size, so that the
/// folded copy stays small and in cache, and memory flat, whatever the
/// length of the text. Pieces overlap so that the result never depends on
/// where they are cut: see [`Matcher::find_into`].
const PIECE: usize = 64 * 1024;

/// Where a scan of one text stands between pieces.
#[derive(Debug)]
pub(crate) struct PieceScan {
    /// Where the next piece starts.
    offset: usize,
    /// The size of the next piece.
    size: usize,
    /// The size pieces start with.
    piece: usize,
    /// Scratch for the scan of a piece.
    ends: Vec<(usize, u32)>,
    /// Whether the whole text was scanned.
    done: bool,
}

impl PieceScan {
    /// A scan from the start, in pieces of about `piece` bytes.
    pub(crate) fn new(piece: usize) -> Self {
        let piece = piece.max(1);
        PieceScan {
            offset: 0,
            size: piece,
            piece,
            ends: Vec::new(),
            done: false,
        }
    }

    /// A scan from the start in the usual pieces.
    pub(crate) fn whole() -> Self {
        PieceScan::new(PIECE)
    }
}

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
    /// Index of its [`Rule`] among its key's rules.
    rule: u8,
}

/// How the claims of one key accept a candidate: claims with the same rule
/// accept or refuse it together, so a match is checked once per rule, not
/// once per claim, however many entities share a form.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Rule {
    case: CaseRule,
    /// The form as written, for case-sensitive comparison (empty when the
    /// case does not matter).
    written: Box<str>,
    stem: Stem,
    /// Whether a trailing genitive `s` may follow.
    genitive: bool,
}

/// The most rules one folded form may have: the bits of [`Hit`]. Rules
/// differ only in case rule, written spelling, stem and genitive, so real
/// gazetteers have one or two per form however many entities share it.
const MAX_RULES: usize = 64;

/// A valid match: where it is in the original text and which claims accept
/// it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Byte span in the original text (without a genitive `s`; a stem's
    /// span covers its whole word).
    pub span: Span,
    key: u32,
    /// Bit `i` set: rule `i` of the key accepts this match.
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
    /// Rules of key `k`: `rules[rule_ranges[k].0 .. rule_ranges[k].1]`.
    rules: Vec<Rule>,
    rule_ranges: Vec<(u32, u32)>,
    /// Bit `k` set: a rule of key `k` is a `stem*`, which may end inside a
    /// word. Most candidates of a walk end inside one (`berg` in
    /// `bergen`), and only such a rule or a genitive accepts them: this
    /// set turns them down without reading the key's rules, which in a
    /// large gazetteer cost a cache miss or two each.
    open_end: Vec<u64>,
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
        let mut tagged: Vec<(u32, EntityId, &SurfaceForm)> =
            Vec::with_capacity(forms);
        for (index, entity) in gazetteer.entities().iter().enumerate() {
            if !keep(entity) {
                continue;
            }
            for form in entity.forms() {
                let key = form.key();
                let settled_later = matches!(
                    form.form(),
                    Form::Partial | Form::Short | Form::Cued
                );
                if !settled_later && gazetteer.is_ambiguous(key) {
                    continue;
                }
                // A shared form skipped at build time names none of the
                // entities that share it, not even as a short name.
                if !matches!(form.form(), Form::Partial | Form::Cued)
                    && gazetteer.is_skipped(key)
                {
                    continue;
                }
                let next = patterns.len() as u32;
                let key_index = *key_of.entry(key).or_insert_with(|| {
                    patterns.push(key);
                    next
                });
                tagged.push((key_index, EntityId::from_index(index), form));
            }
        }
        // Per key: full forms, then short names, then partials;
        // case-sensitive before insensitive; else gazetteer order.
        let tagged = group_by_key(tagged, patterns.len());
        let mut claims: Vec<Claim> = Vec::with_capacity(tagged.len());
        let mut ranges = Vec::with_capacity(patterns.len());
        let mut rules: Vec<Rule> = Vec::new();
        let mut rule_ranges = Vec::with_capacity(patterns.len());
        // The current key's rules, and its (entity, rule) pairs: one
        // entity naming the same form twice (name and alias differing only
        // in case) needs one claim.
        let mut key_rules: FxHashMap<Rule, u8> = FxHashMap::default();
        let mut seen: FxHashSet<(EntityId, u8)> = FxHashSet::default();
        for (i, &(key, entity, form)) in tagged.iter().enumerate() {
            let rule = Rule {
                case: form.case(),
                written: if form.case() == CaseRule::Insensitive {
                    Box::default()
                } else {
                    form.text().into()
                },
                stem: form.stem(),
                genitive: form.takes_genitive(),
            };
            let first_of_key = i == 0 || tagged[i - 1].0 != key;
            let last_of_key =
                tagged.get(i + 1).is_none_or(|&(next, _, _)| next != key);
            if first_of_key && last_of_key {
                // Most forms have one claim: no sets needed.
                rules.push(rule);
                claims.push(Claim { entity, form: form.form(), rule: 0 });
                let start = ranges.last().map_or(0, |&(_, end)| end);
                ranges.push((start, claims.len() as u32));
                let start = rule_ranges.last().map_or(0, |&(_, end)| end);
                rule_ranges.push((start, rules.len() as u32));
                continue;
            }
            let next = key_rules.len();
            let rule = match key_rules.get(&rule) {
                Some(&r) => r,
                None if next < MAX_RULES => {
                    rules.push(rule.clone());
                    key_rules.insert(rule, next as u8);
                    next as u8
                }
                None => {
                    return Err(Error::TooManyRules {
                        form: form.text().to_string(),
                        max: MAX_RULES,
                    });
                }
            };
            if seen.insert((entity, rule)) {
                claims.push(Claim { entity, form: form.form(), rule });
            }
            if last_of_key {
                let start = ranges.last().map_or(0, |&(_, end)| end);
                ranges.push((start, claims.len() as u32));
                let start = rule_ranges.last().map_or(0, |&(_, end)| end);
                rule_ranges.push((start, rules.len() as u32));
                key_rules.clear();
                seen.clear();
            }
        }
        let mut open_end = vec![0u64; rule_ranges.len().div_ceil(64)];
        for (key, &(start, end)) in rule_ranges.iter().enumerate() {
            if rules[start as usize..end as usize]
                .iter()
                .any(|r| r.stem.open_end())
            {
                open_end[key / 64] |= 1 << (key % 64);
            }
        }
        let trie = Trie::new(&patterns);
        let starts = StartFilter::new(&patterns);
        let infix_keys: Vec<u32> = rule_ranges
            .iter()
            .enumerate()
            .filter(|&(_, &(start, end))| {
                rules[start as usize..end as usize]
                    .iter()
                    .any(|r| r.stem.open_start())
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
        Ok(Matcher {
            trie,
            infix,
            starts,
            claims,
            ranges,
            rules,
            rule_ranges,
            open_end,
            longest,
        })
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
        let mut scan = PieceScan::new(piece);
        self.scan_until(text, &mut scan, text.len(), scratch, hits);
    }

    /// Goes on with `scan` over `text` until every hit that starts before
    /// `limit` is in `hits` (some that start later may be there too), so
    /// that a caller can take the hits of one long text stretch by
    /// stretch, with the same result as [`find_into`](Self::find_into).
    pub(crate) fn scan_until(
        &self,
        text: &str,
        scan: &mut PieceScan,
        limit: usize,
        scratch: &mut FoldedText,
        hits: &mut Vec<Hit>,
    ) {
        while !scan.done && scan.offset < limit.min(text.len()) {
            let offset = scan.offset;
            let end = piece_end(text, offset, scan.size);
            let slice = &text[offset..end];
            scratch.refold(slice);
            let last = end == text.len();
            let kept = hits.len();
            match self.scan(scratch, slice, offset, hits, &mut scan.ends, last)
            {
                Scanned::All => scan.done = true,
                Scanned::Upto(at) => {
                    scan.offset +=
                        scratch.original_span(Span::new(at, at)).start;
                    scan.size = scan.piece;
                }
                Scanned::TooShort => {
                    hits.truncate(kept);
                    scan.size *= 2;
                }
            }
        }
    }

    /// The claims that accept `hit`, full forms first.
    pub fn claims<'a>(
        &'a self,
        hit: &'a Hit,
    ) -> impl Iterator<Item = &'a Claim> {
        self.key_claims(hit.key)
            .iter()
            .filter(|c| hit.valid & (1 << c.rule) != 0)
    }

    /// Number of distinct folded forms in the trie.
    #[must_use]
    pub fn pattern_count(&self) -> usize {
        self.ranges.len()
    }

    fn key_claims(&self, key: u32) -> &[Claim] {
        let (start, end) = self.ranges[key as usize];
        &self.claims[start as usize..end as usize]
    }

    fn key_rules(&self, key: u32) -> &[Rule] {
        let (start, end) = self.rule_ranges[key as usize];
        &self.rules[start as usize..end as usize]
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
        let bytes = folded.as_str().as_bytes();
        self.trie.forms_at(bytes, start, ends);
        ends.iter().rev().find_map(|&(end, key)| {
            // Most candidates end inside a word (`berg` in `bergen`): the
            // common case of that, an ASCII word byte that cannot be a
            // genitive `s`, is turned down here without a call.
            let inside_word = matches!(
                bytes.get(end),
                Some(b'a'..=b'r' | b't'..=b'z' | b'0'..=b'9' | b'_')
            );
            if inside_word && !self.may_end_inside_word(key) {
                return None;
            }
            // Candidates end on character boundaries: keys are whole
            // folded strings.
            self.accept(folded, text, Span::new(start, end), key, last_end)
        })
    }

    /// Whether a rule of `key` is a `stem*`, which may end inside a word.
    fn may_end_inside_word(&self, key: u32) -> bool {
        self.open_end[key as usize / 64] & (1 << (key % 64)) != 0
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
        let s_ends_word = !end_ok
            && haystack.as_bytes()[end] == b's'
            && !word_at(haystack, end + 1);
        if !(end_ok || s_ends_word || self.may_end_inside_word(key)) {
            return None;
        }
        let genitive = s_ends_word
            && starts_with_capital(text, folded.original_span(candidate));
        let mut valid = 0u64;
        for (i, rule) in self.key_rules(key).iter().enumerate() {
            if !(rule.stem.open_start() || start_ok) {
                continue;
            }
            if !(rule.stem.open_end() || end_ok || (rule.genitive && genitive))
            {
                continue;
            }
            if rule.case != CaseRule::Insensitive {
                let surface = &text[folded.original_span(candidate).range()];
                if !case_matches(surface, &rule.written, rule.case) {
                    continue;
                }
            }
            valid |= 1 << i;
        }
        // The stem of the first accepting claim decides how far the match
        // reaches into its word.
        let claim = self
            .key_claims(key)
            .iter()
            .find(|c| valid & (1 << c.rule) != 0)?;
        let stem = self.key_rules(key)[usize::from(claim.rule)].stem;
        let (mut start, mut end) = (start, end);
        if stem.open_start() {
            while start > min_start && word_before(haystack, start) {
                start = prev_char_start(haystack, start);
            }
        }
        if stem.open_end() {
            while word_at(haystack, end) {
                end += char_len_at(haystack, end);
            }
        }
        let span = folded.original_span(Span::new(start, end));
        Some((Hit { span, key, valid }, end))
    }
}

/// The claims grouped by key in key order, each key's claims ordered:
/// full forms, then short names, then partials, then cued names;
/// case-sensitive before insensitive; else in gazetteer order. Keys are
/// `0..keys`, so a counting sort groups them in linear time (a comparison
/// sort of two million claims was a good part of a large build); only a
/// key with several claims sorts its own, stably.
fn group_by_key(
    tagged: Vec<(u32, EntityId, &SurfaceForm)>,
    keys: usize,
) -> Vec<(u32, EntityId, &SurfaceForm)> {
    let mut starts = vec![0u32; keys + 1];
    for &(key, _, _) in &tagged {
        starts[key as usize + 1] += 1;
    }
    for k in 0..keys {
        starts[k + 1] += starts[k];
    }
    let mut slots: Vec<Option<(u32, EntityId, &SurfaceForm)>> =
        vec![None; tagged.len()];
    let mut next = starts.clone();
    for claim in tagged {
        let at = &mut next[claim.0 as usize];
        slots[*at as usize] = Some(claim);
        *at += 1;
    }
    let mut grouped: Vec<(u32, EntityId, &SurfaceForm)> =
        slots.into_iter().map(|c| c.expect("every slot filled")).collect();
    for k in 0..keys {
        let (start, end) = (starts[k] as usize, starts[k + 1] as usize);
        if end - start > 1 {
            grouped[start..end].sort_by_key(|&(_, _, form)| {
                let rank = match form.form() {
                    Form::Cued => 3,
                    Form::Partial => 2,
                    Form::Short => 1,
                    _ => 0,
                };
                (rank, form.case() == CaseRule::Insensitive)
            });
        }
    }
    grouped
}

/// A genitive `s` belongs to a proper name, written with a capital.
fn starts_with_capital(text: &str, span: Span) -> bool {
    text[span.range()].chars().next().is_some_and(char::is_uppercase)
}

/// Whether a case-sensitive form matches the original surface. The
/// letters are already the same up to case and diacritics (their folded
/// forms matched), so only the case of each letter is compared: `Erdoğan`
/// written, `Erdogan` in the text, is a match; `erdogan` is not.
fn case_matches(surface: &str, written: &str, rule: CaseRule) -> bool {
    fn capitals(s: &str) -> impl Iterator<Item = bool> + '_ {
        s.chars().filter(|c| c.is_alphabetic()).map(char::is_uppercase)
    }
    let as_written = || capitals(surface).eq(capitals(written));
    match rule {
        CaseRule::Insensitive => true,
        CaseRule::Exact => as_written(),
        CaseRule::AsWrittenOrUpper => {
            as_written() || capitals(surface).all(|upper| upper)
        }
        // `NAVO` or `Navo`: only the first letter a capital.
        CaseRule::AcronymOrTitle => {
            as_written()
                || capitals(surface)
                    .enumerate()
                    .all(|(i, upper)| upper == (i == 0))
        }
    }
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
