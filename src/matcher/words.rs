//! Word characters in folded text: where words start and end.

use super::bytes8;

/// Letters, digits and `_` make words, as in the peers of the benchmark.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Is the character that starts at byte `i` a word character?
#[inline]
pub(super) fn word_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => ASCII_WORD[b as usize],
        Some(_) => s[i..].chars().next().is_some_and(is_word_char),
    }
}

/// Is the character that ends at byte `i` a word character?
#[inline]
pub(super) fn word_before(s: &str, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let b = s.as_bytes()[i - 1];
    if b < 0x80 {
        return ASCII_WORD[b as usize];
    }
    s[..i].chars().next_back().is_some_and(is_word_char)
}

#[inline]
pub(super) fn char_len_at(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => 1,
        _ => s[i..].chars().next().map_or(1, char::len_utf8),
    }
}

#[inline]
pub(super) fn prev_char_start(s: &str, i: usize) -> usize {
    s[..i].char_indices().next_back().map_or(0, |(j, _)| j)
}

/// The first offset at or after `i` that is not inside a word, in the
/// folded text (where ASCII letters are lower case).
///
/// Eight bytes at a time, so that the end of a word costs one
/// well-predicted branch instead of a branch per byte.
#[inline]
pub(super) fn skip_word(s: &str, mut i: usize) -> usize {
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
