//! Which positions a form may start at, by their first bytes.

use rustc_hash::FxHashSet;

/// Tells from the first bytes at a position whether a form may start
/// there, so that most words are passed over without a walk down the trie.
///
/// Forms of one or two bytes set the bit of their first two bytes in an
/// exact set of all pairs (a one-byte form every pair it begins). Longer
/// forms set one bit of a hashed bit set: forms of three bytes the bit of
/// those three, longer ones the bit of their first four (a Bloom filter
/// with one hash: a false "may" costs a walk, never a match). Three-byte
/// forms get their own entries because, by their first two bytes, the
/// thousands of them in a large gazetteer would let nearly every word
/// through. Distinct prefixes are few even then (about 55,000 for two
/// million forms, so 128 KiB at 16 bits each, in the second-level
/// cache); the walks they save are most of a large gazetteer's, which
/// fail within a word's first four bytes.
#[derive(Clone, Debug)]
pub(super) struct StartFilter {
    /// Whether a form starts with this byte: the test when fewer than
    /// four bytes are left.
    first: [bool; 256],
    /// Forms of one or two bytes, by their first two bytes: 2^16 bits.
    pairs: Vec<u64>,
    /// Longer forms, by the hash of their first three or four bytes.
    hashed: Vec<u64>,
    /// `32 - log2(bits in hashed)`: the hash's top bits index `hashed`.
    shift: u32,
}

impl StartFilter {
    /// Bits of `hashed` per distinct prefix: about one false "may" in
    /// sixteen for a prefix that no form has.
    const BITS_PER_PREFIX: usize = 16;
    /// At most 1 MiB, however large the gazetteer: beyond that, more false
    /// "may"s cost less than cache misses would.
    const MAX_BITS: usize = 1 << 23;

    pub(super) fn new(patterns: &[&str]) -> StartFilter {
        let mut first = [false; 256];
        let mut prefixes: FxHashSet<&[u8]> = FxHashSet::default();
        for pattern in patterns {
            let bytes = pattern.as_bytes();
            if let Some(&b) = bytes.first() {
                first[b as usize] = true;
            }
            if bytes.len() >= 3 {
                prefixes.insert(&bytes[..bytes.len().min(4)]);
            }
        }
        let bits = (prefixes.len() * Self::BITS_PER_PREFIX)
            .next_power_of_two()
            .clamp(4096, Self::MAX_BITS);
        let mut filter = StartFilter {
            first,
            pairs: vec![0; (1 << 16) / 64],
            hashed: vec![0; bits / 64],
            shift: 32 - bits.trailing_zeros(),
        };
        for pattern in patterns {
            match *pattern.as_bytes() {
                [a, b, c, d, ..] => {
                    let i = filter.four_index([a, b, c, d]);
                    set_bit(&mut filter.hashed, i);
                }
                [a, b, c] => {
                    let i = filter.three_index([a, b, c]);
                    set_bit(&mut filter.hashed, i);
                }
                [a, b] => set_bit(&mut filter.pairs, pair_index(a, b)),
                [a] => (0..=255).for_each(|b| {
                    set_bit(&mut filter.pairs, pair_index(a, b));
                }),
                [] => {}
            }
        }
        filter
    }

    /// Whether a form may start at `pos`, a position in `bytes`.
    #[inline]
    pub(super) fn may_start(&self, bytes: &[u8], pos: usize) -> bool {
        if !self.first[bytes[pos] as usize] {
            return false;
        }
        // Too few bytes left to tell: the walk will.
        let Some(&[a, b, c, d]) = bytes.get(pos..pos + 4) else {
            return true;
        };
        bit(&self.pairs, pair_index(a, b))
            || bit(&self.hashed, self.four_index([a, b, c, d]))
            || bit(&self.hashed, self.three_index([a, b, c]))
    }

    fn four_index(&self, bytes: [u8; 4]) -> usize {
        let hash = u32::from_le_bytes(bytes).wrapping_mul(0x9E37_79B1);
        (hash >> self.shift) as usize
    }

    /// Another multiplier than [`four_index`](Self::four_index)'s, so that
    /// `abc` does not share the bit of `abc` followed by a NUL byte.
    fn three_index(&self, [a, b, c]: [u8; 3]) -> usize {
        let hash = u32::from_le_bytes([a, b, c, 0]).wrapping_mul(0x85EB_CA77);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Folded forms: long and short ones, one of one byte, one of three,
    /// and one that starts with punctuation.
    const FORMS: [&str; 7] =
        ["rusland", "noord-korea", "eu", "ede", "x", "'s-gravenhage", "nos"];

    /// 20,000 forms with distinct four-letter prefixes (`aaaastad`,
    /// `baaastad`, ...; the fourth letter is `a` or `b`), and thousands of
    /// three-letter ones (`aab`, `bab`, ... `zzb`): as many prefixes as a
    /// large gazetteer has.
    fn many() -> Vec<String> {
        let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
        let four = (0..20_000).map(|i| {
            let prefix: String =
                [i, i / 26, i / 676, i / 17_576].map(letter).iter().collect();
            format!("{prefix}stad")
        });
        let three = (0..676)
            .map(|i| [i, i / 26].map(letter).iter().collect::<String>() + "b");
        four.chain(three).collect()
    }

    /// A filter may let a word through that no form starts with, but must
    /// never stop one that a form starts with: whatever follows the form.
    #[test]
    fn start_filter_never_stops_a_form() {
        let generated = many();
        let many: Vec<&str> = generated.iter().map(String::as_str).collect();
        for forms in [&FORMS[..], &many[..]] {
            let filter = StartFilter::new(forms);
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
    }

    /// Words that share no prefix with a form are stopped, with few forms
    /// and with many; a word that shares its first four bytes with a form,
    /// or its first three with a form of three, or its first two with a
    /// shorter form, may start one.
    #[test]
    fn start_filter_stops_other_words() {
        let generated = many();
        let many: Vec<&str> = generated.iter().map(String::as_str).collect();
        let few = StartFilter::new(&FORMS);
        let many = StartFilter::new(&many);
        // (filter, word, may a form start there?)
        let cases: &[(&StartFilter, &str, bool)] = &[
            (&few, "de", false),
            (&few, "het", false),
            (&few, "een", false),
            (&few, "na", false),
            (&few, "zeker", false),
            (&few, "regering", false),
            (&few, "eerder", false),
            (&few, "over", false),
            (&few, "nieuwe", false),
            (&few, "tegen", false),
            (&few, "sgravenhage", false),
            (&few, "rus", false),
            (&few, "nederland", false),
            (&few, "noten", false),
            (&few, "ruslands", true),
            (&few, "noordzee", true),
            (&few, "edam", false),
            (&few, "edelweiss", true),
            (&few, "europa", true),
            (&few, "nosferatu", true),
            // A form of one byte lets every word with that byte through.
            (&few, "xyzzy", true),
            (&many, "de", false),
            (&many, "het", false),
            (&many, "regering", false),
            (&many, "nieuwe", false),
            (&many, "tegen", false),
            (&many, "zeker", false),
            (&many, "over", false),
            (&many, "ruslands", false),
            (&many, "zzzz", false),
            (&many, "aaaa", true),
            (&many, "sgravenhage", true),
            (&many, "abcadabra", true),
            (&many, "qrb", true),
            (&many, "mnbx", true),
        ];
        for &(filter, word, want) in cases {
            let text = format!("{word} en");
            assert_eq!(filter.may_start(text.as_bytes(), 0), want, "{word}");
        }
    }
}
