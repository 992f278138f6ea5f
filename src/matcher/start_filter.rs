//! Which positions a form may start at, by their first bytes.

use rustc_hash::FxHashSet;

/// Tells from the first bytes at a position whether a form may start
/// there, so that most words are passed over without a walk down the trie.
///
/// First by the first byte. Then, for a gazetteer of up to
/// [`StartFilter::MAX_PREFIXES`] distinct four-byte prefixes, forms of four
/// bytes or more set one bit of a hashed bit set of their first four bytes
/// (a Bloom filter with one hash: a false "may" costs a walk, never a
/// match), the rarer shorter forms the bit of their first two bytes in a
/// second set, and forms of one byte all bits of their byte. On the bench's
/// news text and a few thousand names this passes over most words. A large
/// gazetteer's prefixes cover most words of running text, and its set would
/// not stay in cache, so it gets the first-byte test only.
#[derive(Clone, Debug)]
pub(super) struct StartFilter {
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

    pub(super) fn new(patterns: &[&str]) -> StartFilter {
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
    #[inline]
    pub(super) fn may_start(&self, bytes: &[u8], pos: usize) -> bool {
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
