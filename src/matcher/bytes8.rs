//! Eight bytes at a time: byte masks over a `u64` read little-endian, for
//! the matcher's skipping over words, which touches most bytes of a text
//! and finds a word's end with one branch per eight bytes. A mask has the
//! high bit (`0x80`) of each selected byte set, so the first selected byte
//! is at `mask.trailing_zeros() / 8`.
//!
//! The range comparisons are exact per byte only for ASCII bytes (high
//! bit clear); callers mask out or handle the others.

/// The high bit of every byte.
pub(super) const HIGH: u64 = each(0x80);

/// `b` in every byte.
pub(super) const fn each(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// The eight bytes at `i`, if there are eight.
pub(super) fn load(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk = bytes.get(i..i + 8)?;
    Some(u64::from_le_bytes(chunk.try_into().ok()?))
}

/// The ASCII bytes of `chunk` that are at least `n` (`n < 0x80`). Setting
/// each high bit first keeps the subtraction from borrowing across bytes.
pub(super) const fn at_least(chunk: u64, n: u8) -> u64 {
    ((chunk | HIGH) - each(n)) & HIGH & !chunk
}

/// The ASCII bytes of `chunk` in `lo..=hi`.
pub(super) const fn in_range(chunk: u64, lo: u8, hi: u8) -> u64 {
    at_least(chunk, lo) & !at_least(chunk, hi + 1)
}

/// The bytes of `chunk` equal to `b`: the zero bytes of `chunk ^ each(b)`,
/// found exactly for any byte (no false hits after a true one), so it also
/// finds a trie's labels, which may be UTF-8 bytes.
pub(super) const fn equal(chunk: u64, b: u8) -> u64 {
    let x = chunk ^ each(b);
    !(((x & !HIGH) + !HIGH) | x) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mask against the byte-by-byte answer, for each byte value at
    /// each position, among neighbours that could borrow or carry.
    #[test]
    fn masks_equal_byte_by_byte_comparisons() {
        let bit = |k: usize| 0x80u64 << (8 * k);
        for value in 0..=255u8 {
            for fill in [0x00, 0x2F, 0x41, 0x7F, 0x80, 0xFF] {
                for k in 0..8 {
                    let mut bytes = [fill; 8];
                    bytes[k] = value;
                    let chunk = u64::from_le_bytes(bytes);
                    let want = |hit: &dyn Fn(u8) -> bool| {
                        (0..8)
                            .filter(|&j| hit(bytes[j]))
                            .map(bit)
                            .fold(0, |a, b| a | b)
                    };
                    let ascii =
                        |f: fn(u8) -> bool| move |b: u8| b < 0x80 && f(b);
                    assert_eq!(
                        at_least(chunk, b'A'),
                        want(&ascii(|b| b >= b'A')),
                        "{bytes:x?}"
                    );
                    assert_eq!(
                        in_range(chunk, b'a', b'z'),
                        want(&ascii(|b| b.is_ascii_lowercase())),
                        "{bytes:x?}"
                    );
                    for b in [b' ', b'a', 0x80, 0xC3, 0xFF] {
                        assert_eq!(
                            equal(chunk, b),
                            want(&|x| x == b),
                            "{b:x} in {bytes:x?}"
                        );
                    }
                }
            }
        }
    }
}
