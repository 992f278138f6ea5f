//! Spelling variants of names that come from another script.
//!
//! Dutch, English and German news write a Cyrillic, Arabic, Hebrew or
//! Persian name each in its own transliteration: `Poetin`, `Putin`;
//! `Loekasjenko`, `Lukashenko`, `Lukaschenko`; `Zelenski`, `Zelensky`,
//! `Zelenskyy`, `Selenskyj`; `Chamenei`, `Khamenei`. A gazetteer lists the
//! common ones; for entities whose row names their `script`, the builder
//! adds the others that one table of substitutions gives, so that a
//! spelling nobody typed is still found.
//!
//! Each rule is a set of spellings of one sound that stand for each other
//! anywhere in a word; each ending rule, a set of endings that stand for
//! each other at the end of a word:
//!
//! | spellings | example |
//! |---|---|
//! | `oe`, `u` | Poetin, Putin |
//! | `sj`, `sh`, `sch` | Sjojgoe, Shoigu, Schoigu |
//! | `tsj`, `ch`, `tsch` | Tsjernenko, Chernenko, Tschernenko |
//! | `zj`, `zh` | Zjoekov, Zhukov |
//! | `ch`, `kh` | Chamenei, Khamenei |
//! | `j`, `y` before a vowel | Jermak, Yermak |
//! | endings `ski`, `sky`, `skyy`, `skiy`, `skyj`, `skij` | Zelenski, Zelensky, Zelenskyy |
//! | endings `ij`, `iy`, `y`, `i` after a consonant | Dmitrij, Dmitriy, Dmitry, Dmitri |
//!
//! A variant that another entity's form already has, or that the entity
//! has itself, is left out; [`variants`] makes at most [`MAX_VARIANTS`]
//! per form.

/// Spellings that stand for each other inside a word, longest first within
/// each set so that `tsj` is read before `sj`.
const INNER: &[&[&str]] = &[
    &["tsch", "tsj", "ch"],
    &["sch", "sj", "sh"],
    &["zj", "zh"],
    &["oe", "u"],
    &["kh", "ch"],
];

/// Endings that stand for each other at the end of a word.
const ENDINGS: &[&[&str]] = &[
    &["skyy", "skyj", "skiy", "skij", "sky", "ski"],
    &["ij", "iy", "y", "i"],
];

/// The most variants made of one form.
pub const MAX_VARIANTS: usize = 24;

/// The other spellings of `form` by the rules of the module, without
/// `form` itself, in a fixed order. Letters keep their case where they
/// start a word (`Sj` gives `Sh`).
#[must_use]
pub fn variants(form: &str) -> Vec<String> {
    let words: Vec<Vec<String>> = form.split(' ').map(word_variants).collect();
    let mut out: Vec<String> = vec![String::new()];
    for (i, spellings) in words.iter().enumerate() {
        let mut next = Vec::new();
        for head in &out {
            for word in spellings {
                let mut joined = head.clone();
                if i > 0 {
                    joined.push(' ');
                }
                joined.push_str(word);
                next.push(joined);
                if next.len() > MAX_VARIANTS {
                    break;
                }
            }
        }
        out = next;
    }
    out.retain(|v| v != form);
    out.dedup();
    out.truncate(MAX_VARIANTS);
    out
}

/// Every spelling of one word, itself first.
fn word_variants(word: &str) -> Vec<String> {
    let mut spellings = vec![word.to_string()];
    for set in ENDINGS {
        let lower = word.to_lowercase();
        let Some(ending) = set.iter().find(|e| {
            lower.len() > e.len() + 2
                && lower.ends_with(**e)
                && ending_follows_consonant(&lower, e)
        }) else {
            continue;
        };
        let stem = &word[..word.len() - ending.len()];
        spellings.extend(
            set.iter().filter(|e| *e != ending).map(|e| format!("{stem}{e}")),
        );
        break;
    }
    for set in INNER {
        let mut grown = Vec::new();
        for spelling in &spellings {
            grown.extend(replace_each(spelling, set));
        }
        spellings.extend(grown);
        spellings.dedup();
        if spellings.len() > MAX_VARIANTS {
            break;
        }
    }
    // `j` and `y` before a vowel at the start of a word.
    let mut grown = Vec::new();
    for spelling in &spellings {
        let mut chars = spelling.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
            continue;
        };
        if !"aeiou".contains(second.to_ascii_lowercase()) {
            continue;
        }
        let swap = match first {
            'J' => 'Y',
            'Y' => 'J',
            _ => continue,
        };
        grown.push(format!("{swap}{}", &spelling[first.len_utf8()..]));
    }
    spellings.extend(grown);
    let mut seen = std::collections::HashSet::new();
    spellings.retain(|s| seen.insert(s.clone()));
    spellings
}

/// `ij`, `y`, `i` as an ending only after a consonant (`Dmitrij`, not
/// `Sergei`), and the `sk…` endings always.
fn ending_follows_consonant(word: &str, ending: &str) -> bool {
    if ending.starts_with("sk") {
        return true;
    }
    word[..word.len() - ending.len()]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() && !"aeiouy".contains(c))
}

/// `spelling` with every occurrence of one member of `set` replaced by each
/// other member, matching case at the start of the word.
fn replace_each(spelling: &str, set: &[&str]) -> Vec<String> {
    let lower = spelling.to_lowercase();
    // Byte offsets agree: the rules are ASCII, and so is what they match.
    if lower.len() != spelling.len() {
        return Vec::new();
    }
    let Some(from) = set.iter().find(|s| lower.contains(**s)) else {
        return Vec::new();
    };
    set.iter()
        .filter(|to| *to != from)
        .map(|to| {
            let mut out = String::with_capacity(spelling.len() + 2);
            let mut rest = 0;
            for (at, _) in lower.match_indices(from) {
                if at < rest {
                    continue;
                }
                out.push_str(&spelling[rest..at]);
                let capital = spelling[at..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                if capital {
                    let mut chars = to.chars();
                    if let Some(first) = chars.next() {
                        out.extend(first.to_uppercase());
                        out.push_str(chars.as_str());
                    }
                } else {
                    out.push_str(to);
                }
                rest = at + from.len();
            }
            out.push_str(&spelling[rest..]);
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::variants;

    /// (form, spellings that must be among its variants, spellings that
    /// must not)
    #[test]
    fn rules_give_the_common_spellings() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("Poetin", &["Putin"], &["Poetin"]),
            ("Putin", &["Poetin"], &[]),
            ("Loekasjenko", &["Lukashenko", "Lukaschenko"], &[]),
            ("Lukashenko", &["Loekasjenko"], &[]),
            ("Sjojgoe", &["Shojgu", "Schojgu"], &[]),
            (
                "Zelenski",
                &["Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyj"],
                &[],
            ),
            ("Zelensky", &["Zelenski"], &[]),
            ("Chamenei", &["Khamenei"], &[]),
            ("Khamenei", &["Chamenei"], &[]),
            ("Jermak", &["Yermak"], &[]),
            ("Dmitrij Medvedev", &["Dmitry Medvedev", "Dmitri Medvedev"], &[]),
            ("Netanjahoe", &["Netanjahu"], &[]),
            // A vowel before the ending: no ending rule.
            ("Sergei", &[], &["Sergi", "Sergeij"]),
            // Nothing to respell.
            ("Macron", &[], &["Macron"]),
        ];
        for (form, want, not) in cases {
            let got = variants(form);
            for w in *want {
                assert!(
                    got.iter().any(|g| g == w),
                    "{form}: {w} not in {got:?}"
                );
            }
            for n in *not {
                assert!(!got.iter().any(|g| g == n), "{form}: {n} in {got:?}");
            }
            assert!(got.len() <= super::MAX_VARIANTS, "{form}: {}", got.len());
        }
    }
}
