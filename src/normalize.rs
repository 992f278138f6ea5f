//! Case and diacritic folding with a byte offset map back to the original.
//!
//! The matcher never searches the original text. It searches a *folded* copy
//! in which every character is replaced by its folded form:
//!
//! - full Unicode case folding (`ß` → `ss`, `İ` → `i̇`), then canonical
//!   decomposition with the combining marks dropped (`ï` → `i`), plus a few
//!   letters that do not decompose (`ø` → `o`, `ł` → `l`, `æ` → `ae`);
//! - typographic apostrophes become `'` and Unicode hyphens become `-`;
//! - every run of whitespace becomes one space, so that a multi-word alias
//!   also matches across a line break; a run that holds a paragraph break
//!   (two line breaks, a form feed or U+2029) becomes one line feed
//!   instead, which no folded form contains, so that no form matches across
//!   paragraphs;
//! - invisible format characters (soft hyphen, zero-width space and joiners,
//!   BOM) disappear, so `Rus\u{AD}land` still reads `rusland`.
//!
//! Because folding changes lengths, the folded text keeps a map from each of
//! its bytes to the start of the original character (or whitespace run) that
//! produced it, plus one final entry for the end of the text. A character
//! that produces nothing (a combining mark, a soft hyphen, the rest of a
//! whitespace run) belongs to the character before it.
//!
//! # Worked example
//!
//! ```text
//! original  "Straße  İs"     S t r a ß   ␠ ␠ İ   s
//! byte      0123456 7 8 9    0 1 2 3 4   6 7 8   10      (ß and İ: 2 bytes)
//! folded    "strasse is"     s t r a s s ␠ i s
//! map       [0,1,2,3,4,4,6,8,10 | 11]
//! ```
//!
//! A match of `strasse` in folded bytes `0..7` maps to original `map[0]..
//! map[7]` = `0..6`: exactly `Straße`. The second space of the run produced
//! nothing, so `map[7]` (the space) points at the start of the run. The dot
//! that case folding adds to `İ` is a combining mark and is dropped, so `i`
//! maps to the two bytes of `İ`. A span that ends in the middle of an
//! expansion (after the first `s` of `ss`) is rounded up to the end of the
//! original character, so spans always fall on character boundaries.
//!
//! The map is stored sparsely, as *stretches*: where folding is a byte for
//! byte copy (lower-case ASCII, single spaces, characters that fold to
//! themselves) one entry covers the whole stretch, and only the characters
//! around which lengths change (`ß`, `İ`, the whitespace run above) start
//! stretches of their own. Plain text costs one entry, and folding is a
//! lower-casing copy.

use caseless::Caseless;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::span::Span;

/// A folded copy of a text with the offset map back to the original.
///
/// See the [module documentation](self) for the folding rules and the map.
#[derive(Clone, Debug, Default)]
pub struct FoldedText {
    folded: String,
    /// The offset map, stored sparsely: sorted by folded offset, one entry
    /// where a stretch of the folded text starts that does not continue the
    /// stretch before it byte for byte (see [`Stretch`]).
    stretches: Vec<Stretch>,
    /// Length of the original text.
    original_len: u32,
}

/// A stretch of folded bytes from `folded` up to the next stretch. A copy
/// stretch maps byte for byte (`original + i - folded`): lower-cased ASCII,
/// single spaces, characters that fold to themselves. Any other stretch is
/// the folded form of the one character at `original`, and all its bytes
/// map there. Plain text is one copy stretch, so the map costs nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stretch {
    folded: u32,
    original: u32,
    copy: bool,
}

/// Folding of one ASCII byte: lower case, and whitespace as a space (a
/// form feed, which ends a paragraph on its own, as a line feed).
/// Arithmetic rather than a table, so that loops over it vectorise.
fn fold_ascii_byte(b: u8) -> u8 {
    if b == 0x0C {
        b'\n'
    } else if is_space_byte(b) {
        b' '
    } else {
        b | (u8::from(b.wrapping_sub(b'A') < 26) << 5)
    }
}

/// ASCII whitespace: space, tab, line feed, vertical tab, form feed and
/// carriage return.
fn is_space_byte(b: u8) -> bool {
    b == b' ' || b.wrapping_sub(b'\t') < 5
}

impl FoldedText {
    /// Folds `text`.
    ///
    /// # Panics
    ///
    /// Panics if `text` is 4 GiB or longer; the matcher splits longer texts.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut folded = FoldedText::default();
        folded.refold(text);
        folded
    }

    /// Folds `text` into this value, reusing its buffers.
    ///
    /// # Panics
    ///
    /// Panics if `text` is 4 GiB or longer; the matcher splits longer texts.
    pub fn refold(&mut self, text: &str) {
        self.original_len =
            u32::try_from(text.len()).expect("text of 4 GiB or more");
        let mut out = std::mem::take(&mut self.folded).into_bytes();
        out.clear();
        out.reserve(text.len());
        self.stretches.clear();
        self.stretches.push(Stretch { folded: 0, original: 0, copy: true });
        fold_with(text, &mut out, |out, before, offset, len| {
            if out[before..] != text.as_bytes()[offset..offset + len] {
                // Fits: the length was checked above.
                if out.len() > before {
                    self.start_stretch(before, offset, false);
                }
                self.start_stretch(out.len(), offset + len, true);
            }
        });
        // Every byte pushed is ASCII or a whole encoded character.
        self.folded = String::from_utf8(out).expect("folded text is UTF-8");
    }

    /// Starts a stretch; one that starts where the last one starts replaces
    /// it (that one was empty).
    fn start_stretch(&mut self, folded: usize, original: usize, copy: bool) {
        let stretch =
            Stretch { folded: folded as u32, original: original as u32, copy };
        match self.stretches.last_mut() {
            Some(last) if last.folded == stretch.folded => *last = stretch,
            _ => self.stretches.push(stretch),
        }
    }

    /// The folded text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// Index of the stretch that holds folded byte `i`.
    fn stretch_at(&self, i: usize) -> usize {
        self.stretches.partition_point(|s| s.folded as usize <= i) - 1
    }

    /// The original offset of the character that produced folded byte `i`;
    /// the original length for the end of the folded text.
    fn origin(&self, i: usize) -> usize {
        if i >= self.folded.len() {
            return self.original_len as usize;
        }
        let s = self.stretches[self.stretch_at(i)];
        let into = if s.copy { i - s.folded as usize } else { 0 };
        s.original as usize + into
    }

    /// Maps a span of the folded text (on its character boundaries) to the
    /// span of the original text that produced it.
    #[must_use]
    pub fn original_span(&self, folded: Span) -> Span {
        let start = self.origin(folded.start);
        let mut end = folded.end;
        // Inside the expansion of one original character: round up to the
        // end of that expansion (a character boundary).
        if end > 0 && end < self.folded.len() {
            let k = self.stretch_at(end - 1);
            if !self.stretches[k].copy {
                let next = self
                    .stretches
                    .get(k + 1)
                    .map_or(self.folded.len(), |s| s.folded as usize);
                end = end.max(next);
            }
        }
        Span::new(start, self.origin(end))
    }
}

/// The white-space run being folded: where its one folded byte is, and how
/// many line breaks it has held so far.
#[derive(Clone, Copy, Default)]
struct SpaceRun {
    at: usize,
    breaks: u8,
}

/// How many line breaks the white-space character at `i` makes: `\r\n`
/// counts once, a form feed or paragraph separator (U+2029) twice, as each
/// ends a paragraph on its own.
fn line_breaks(bytes: &[u8], i: usize) -> u8 {
    match bytes[i] {
        b'\n' | 0x0B => 1,
        b'\r' => u8::from(bytes.get(i + 1) != Some(&b'\n')),
        0x0C => 2,
        // U+0085 (C2 85), U+2028 (E2 80 A8), U+2029 (E2 80 A9)
        0xC2 if bytes.get(i + 1) == Some(&0x85) => 1,
        0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0xA8) => 1,
            Some(0xA9) => 2,
            _ => 0,
        },
        _ => 0,
    }
}

/// Folds the run from `start` of ASCII bytes that fold byte for byte (not
/// a whitespace byte after whitespace) into `out`, and returns its end;
/// keeps `in_space` up to date.
///
/// Most text is such runs, so they go a block at a time where a whole
/// block qualifies, and byte by byte otherwise.
fn fold_ascii_run(
    bytes: &[u8],
    start: usize,
    in_space: &mut bool,
    out: &mut Vec<u8>,
) -> usize {
    let mut end = start;
    loop {
        while let Some(block) = bytes.get(end..end + BLOCK) {
            let block: &[u8; BLOCK] = block.try_into().expect("BLOCK bytes");
            if !fold_ascii_block(block, *in_space, out) {
                break;
            }
            *in_space = is_space_byte(block[BLOCK - 1]);
            end += BLOCK;
        }
        // Byte by byte up to the next block, or to the end of the run.
        let stop = bytes.len().min(end + BLOCK);
        while end < stop {
            let b = bytes[end];
            let space = is_space_byte(b);
            if !b.is_ascii() || (space && *in_space) {
                return end;
            }
            *in_space = space;
            out.push(fold_ascii_byte(b));
            end += 1;
        }
        if end == bytes.len() {
            return end;
        }
    }
}

/// Bytes per block of [`fold_ascii_block`], the fastest size measured.
const BLOCK: usize = 32;

/// Folds `block` into `out` if all its bytes are ASCII with no whitespace
/// after whitespace, and returns whether it did. Plain loops over a
/// fixed-size block, which the compiler turns into vector instructions.
fn fold_ascii_block(
    block: &[u8; BLOCK],
    in_space: bool,
    out: &mut Vec<u8>,
) -> bool {
    if block.iter().fold(0, |any, &b| any | b) >= 0x80 {
        return false; // not all ASCII
    }
    let mut adjacent = in_space && is_space_byte(block[0]);
    for pair in block.windows(2) {
        adjacent |= is_space_byte(pair[0]) & is_space_byte(pair[1]);
    }
    if adjacent {
        return false;
    }
    out.extend(block.iter().map(|&b| fold_ascii_byte(b)));
    true
}

/// The folding loop of [`FoldedText::refold`] and [`fold`]: appends the
/// folded `text` to `out`, and calls `on_char(out, before, offset, len)`
/// after each character that the fast ASCII path did not take (`before`:
/// where its folded bytes start in `out`; `offset..offset + len`: it in
/// `text`), so that [`FoldedText`] can map it and [`fold`] need not.
#[inline]
fn fold_with(
    text: &str,
    out: &mut Vec<u8>,
    mut on_char: impl FnMut(&mut Vec<u8>, usize, usize, usize),
) {
    let bytes = text.as_bytes();
    let mut in_space = false;
    let mut run = SpaceRun::default();
    let mut offset = 0;
    while offset < bytes.len() {
        // Fast path: a run of ASCII that folds byte for byte. It folds
        // white space one byte at a time, so a run it ends in started
        // at its last byte.
        let fast_start = offset;
        offset = fold_ascii_run(bytes, offset, &mut in_space, out);
        if in_space && offset > fast_start {
            run = SpaceRun {
                at: out.len() - 1,
                breaks: line_breaks(bytes, offset - 1),
            };
        }
        let Some(c) = text[offset..].chars().next() else { break };
        let len = c.len_utf8();
        let before = out.len();
        if c.is_whitespace() {
            // The rest of a whitespace run produces nothing, but a
            // second line break turns its space into a paragraph break.
            if !in_space {
                run = SpaceRun { at: out.len(), breaks: 0 };
                out.push(b' ');
            }
            in_space = true;
            run.breaks = run.breaks.saturating_add(line_breaks(bytes, offset));
            if run.breaks >= 2 {
                out[run.at] = b'\n';
            }
        } else {
            in_space = false;
            fold_char_into(c, out);
        }
        on_char(out, before, offset, len);
        offset += len;
    }
}

/// Folds a whole string the way [`FoldedText`] folds text, without the map.
/// Gazetteer forms are folded with this, so forms and text agree.
#[must_use]
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appended to `out`.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.reserve(s.len());
    fold_with(s, &mut bytes, |_, _, _, _| {});
    // Every byte pushed is ASCII or a whole encoded character.
    *out = String::from_utf8(bytes).expect("folded text is UTF-8");
}

/// Appends the folded form of one non-ASCII, non-whitespace character.
fn fold_char_into(c: char, out: &mut Vec<u8>) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' => {
            return out.push(b'\'');
        }
        '\u{2010}' | '\u{2011}' => return out.push(b'-'),
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
        | '\u{FEFF}' => return,
        _ => {}
    }
    for folded in std::iter::once(c).default_case_fold() {
        decompose_canonical(folded, |d| {
            if is_combining_mark(d) {
                return;
            }
            match d {
                'ø' => out.push(b'o'),
                'ł' | 'ŀ' => out.push(b'l'),
                'đ' | 'ð' => out.push(b'd'),
                'ħ' => out.push(b'h'),
                'ı' => out.push(b'i'),
                'ŧ' => out.push(b't'),
                'æ' => out.extend_from_slice(b"ae"),
                'œ' => out.extend_from_slice(b"oe"),
                'þ' => out.extend_from_slice(b"th"),
                'ĳ' => out.extend_from_slice(b"ij"),
                _ => out
                    .extend_from_slice(d.encode_utf8(&mut [0; 4]).as_bytes()),
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded_and_back(text: &str, needle: &str) -> String {
        let folded = FoldedText::new(text);
        let start = folded.as_str().find(needle).expect("needle in folded");
        let span =
            folded.original_span(Span::new(start, start + needle.len()));
        text[span.range()].to_string()
    }

    #[test]
    fn folds_case_and_diacritics() {
        let cases = [
            ("Oekraïne", "oekraine"),
            ("HØIBY", "hoiby"),
            ("Høiby", "hoiby"),
            ("MOSKOU", "moskou"),
            ("Straße", "strasse"),
            ("İstanbul", "istanbul"),
            ("Erdoğan", "erdogan"),
            ("Oekrai\u{308}ne", "oekraine"),
            ("Kaja \n\t Kallas", "kaja kallas"),
            // A paragraph break is a line feed, any other run a space.
            ("Europees\n\nParlement", "europees\nparlement"),
            ("a \n \t\n b", "a\nb"),
            ("a\r\nb\r\n\r\nc", "a b\nc"),
            ("a\r\rb", "a\nb"),
            ("a\u{2029}b\u{2028}c\x0cd", "a\nb c\nd"),
            ("Rus\u{AD}land", "rusland"),
            ("Houthi\u{2019}s", "houthi's"),
            ("Noord\u{2011}Korea", "noord-korea"),
            ("ĲSLAND", "ijsland"),
        ];
        for (text, want) in cases {
            assert_eq!(fold(text), want, "fold({text:?})");
        }
    }

    #[test]
    fn spans_map_back_exactly() {
        let cases = [
            ("de Straße is", "strasse", "Straße"),
            ("in İstanbul.", "istanbul", "İstanbul"),
            ("naar Oekrai\u{308}ne gaan", "oekraine", "Oekrai\u{308}ne"),
            ("Kaja\n  Kallas zei", "kaja kallas", "Kaja\n  Kallas"),
            ("x HØIBY y", "hoiby", "HØIBY"),
            ("Rus\u{AD}land!", "rusland", "Rus\u{AD}land"),
        ];
        for (text, needle, want) in cases {
            assert_eq!(folded_and_back(text, needle), want, "{text:?}");
        }
    }

    #[test]
    fn span_ending_inside_an_expansion_rounds_up() {
        let text = "aßb";
        let folded = FoldedText::new(text);
        assert_eq!(folded.as_str(), "assb");
        // "as" ends between the two s of ß's expansion.
        let span = folded.original_span(Span::new(0, 2));
        assert_eq!(&text[span.range()], "aß");
    }

    /// The offset map written out densely, one entry per folded byte plus
    /// the end, straight from the rules of the module documentation.
    fn dense_map(text: &str) -> (String, Vec<usize>) {
        let (mut out, mut map, mut in_space) = (Vec::new(), Vec::new(), false);
        let (mut run_at, mut breaks) = (0, 0);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(offset, c)) in chars.iter().enumerate() {
            let before = out.len();
            if c.is_whitespace() {
                if !in_space {
                    run_at = out.len();
                    breaks = 0;
                    out.push(b' ');
                }
                in_space = true;
                breaks += match c {
                    '\n' | '\u{B}' | '\u{85}' | '\u{2028}' => 1,
                    '\r' if chars.get(k + 1).map(|p| p.1) != Some('\n') => 1,
                    '\u{C}' | '\u{2029}' => 2,
                    _ => 0,
                };
                if breaks >= 2 {
                    out[run_at] = b'\n';
                }
            } else {
                in_space = false;
                if c.is_ascii() {
                    out.push(c.to_ascii_lowercase() as u8);
                } else {
                    fold_char_into(c, &mut out);
                }
            }
            map.extend(std::iter::repeat_n(offset, out.len() - before));
        }
        map.push(text.len());
        (String::from_utf8(out).unwrap(), map)
    }

    #[test]
    fn sparse_map_equals_the_dense_map() {
        let texts = [
            "",
            "a",
            "ß",
            "  ",
            "é\u{301}x",
            "Ø\u{FEFF}",
            "de Straße is  İstanbul\n\n\tOekrai\u{308}ne",
            "\u{AD}\u{AD}x\u{a0}\u{a0} y",
            "ЖЖ жж Кремль ÆØÅ ĲSLAND “quote” Houthi’s",
            "aßb ßß éé\r\n\x0b\x0c end ",
            "Europees\n\nParlement \r\n\r\nx\r\ry \n \n z\u{2029}w",
            "a\n\u{a0}\nb\u{2028}\u{85}c\u{2028}d \r\n e\n",
        ];
        for text in texts {
            let folded = FoldedText::new(text);
            let (want, map) = dense_map(text);
            assert_eq!(folded.as_str(), want, "{text:?}");
            // On character boundaries, where spans start and end.
            for (i, &origin) in map.iter().enumerate() {
                if !want.is_char_boundary(i) {
                    continue;
                }
                assert_eq!(folded.origin(i), origin, "{text:?} byte {i}");
            }
            // Every span on character boundaries, against dense rounding.
            let bounds: Vec<usize> = (0..=want.len())
                .filter(|&i| want.is_char_boundary(i))
                .collect();
            for (a, &start) in bounds.iter().enumerate() {
                for &end in &bounds[a..] {
                    let mut e = end;
                    while e > 0 && e < want.len() && map[e] == map[e - 1] {
                        e += 1;
                    }
                    let got = folded.original_span(Span::new(start, end));
                    assert_eq!(
                        (got.start, got.end),
                        (map[start], map[e]),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }

    /// The block path against the dense rules, with the bytes that end a
    /// block or need care in one (double spaces, whitespace and control
    /// bytes, non-ASCII, the edges of `A..=Z`) at every position.
    #[test]
    fn block_folding_equals_the_dense_fold() {
        let pieces = [
            "a", "Z", "A", "z", "@", "[", "`", "{", " ", "  ", "\n", "\t",
            "\x7f", "\x01", "é", "ß",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        for _ in 0..5_000 {
            let mut text = String::new();
            while text.len() < 100 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly plain letters, so that whole blocks occur.
                let piece = (state % 40) as usize;
                text.push_str(pieces.get(piece).unwrap_or(&"Kq"));
            }
            let (want, _) = dense_map(&text);
            assert_eq!(fold(&text), want, "{text:?}");
        }
    }

    #[test]
    fn plain_text_is_one_copy_stretch() {
        let folded = FoldedText::new("Rusland en Iran\nsloten een verdrag.");
        assert_eq!(folded.stretches.len(), 1);
    }
}
