//! Sentence splitting for Dutch and English: sentences end at `.`, `!`,
//! `?` or `…` (plus closing quotes and brackets) followed by white space
//! and a capital, digit or quote, except after an abbreviation (`o.a.`,
//! `dhr.`, `Mr.`, `U.S.`) or an initial (`J. Smith`).

use crate::span::Span;

/// Words that end in a period without ending the sentence (lower-case
/// ASCII, without the period). Words with an inner period (`o.a.`, `U.S.`)
/// and single letters (initials) are recognised without this list.
const ABBREVIATIONS: &[&str] = &[
    // Dutch
    "bijv", "bv", "dhr", "mevr", "mr", "mw", "drs", "dr", "ir", "ing", "prof",
    "ca", "nr", "blz", "enz", "etc", "jl", "jr", "sr", "st", "gen", "lt",
    "kol", "maj", "mln", "mld", "mrd", "resp", "evt", "incl", "excl", "ong",
    "vgl", "zgn", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dec", "vs", "gebr", "fa", // English
    "mrs", "ms", "col", "sgt", "capt", "gov", "sen", "rep", "rev", "inc",
    "ltd", "corp", "no", "vol", "approx", "dept", "est", "fig", "oct", "mt",
    // given names written short (`Md. Zahidul Islam`, `Ma. Luisa`)
    "md", "mohd", "muhd", "mst", "ma",
];

fn is_abbreviation(word: &str) -> bool {
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single =
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // The list is lower-case ASCII: an ASCII comparison needs no copy.
    // `o.a.`, `U.S.`, but not a number (`2.2%.`, `1.5bn.`).
    let inner_period = word
        .as_bytes()
        .windows(2)
        .any(|pair| pair[1] == b'.' && pair[0].is_ascii_alphabetic());
    single
        || inner_period
        || word.len() <= LONGEST_ABBREVIATION
            && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// Whether `word`, before a period, is `Co` and `rest`, the text after it,
/// opens with a legal form (`Ha Phat Fruit Co. Ltd`, `Fujimura Shuzo Co.,
/// Ltd.` has its comma): one firm's name, no sentence's end. `Co.` alone
/// ends sentences (`Shionogi & Co. The firm said`).
fn company_before_form(word: &str, rest: &str) -> bool {
    const FORMS: &[&str] = &["Ltd", "Limited", "Inc", "LLC", "KG", "Pte"];
    word == "Co"
        && FORMS.iter().any(|f| {
            rest.strip_prefix(f)
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        })
}

/// The length of the longest of the [`ABBREVIATIONS`]: most words before
/// a period are longer, and need no comparison.
const LONGEST_ABBREVIATION: usize = {
    let (mut longest, mut i) = (0, 0);
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > longest {
            longest = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    longest
};

/// Characters that may follow a sentence's final punctuation.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{2026}'
            | '"'
            | '\''
            | ')'
            | ']'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{BB}'
    )
}

/// Characters that may start a sentence besides capitals and digits.
fn may_open_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '"' | '\''
                | '('
                | '['
                | '\u{201C}'
                | '\u{2018}'
                | '\u{AB}'
                | '-'
                | '\u{2013}'
        )
}

/// Calls `push` with the span of each sentence of the paragraph at `span`
/// of `text`, in order.
///
/// # Examples
///
/// ```
/// use newsgraph::Span;
/// use newsgraph::segment::sentences;
///
/// let text = "Volgens dhr. Jansen niet. Wel!";
/// let mut found = Vec::new();
/// sentences::split(text, Span::new(0, text.len()), |s| found.push(&text[s.range()]));
/// assert_eq!(found, ["Volgens dhr. Jansen niet.", "Wel!"]);
/// ```
pub fn split(text: &str, span: Span, mut push: impl FnMut(Span)) {
    let s = &text[span.range()];
    let mut start = 0;
    let bytes = s.as_bytes();
    let mut from = 0;
    // Candidate terminators by a vectorised byte search: `.`, `!`, `?`, and
    // the lead byte of `…` (U+2026); all at character boundaries.
    let mut lead_e2 = memchr::memchr(0xE2, bytes).unwrap_or(usize::MAX);
    loop {
        if lead_e2 < from {
            lead_e2 = memchr::memchr(0xE2, &bytes[from..])
                .map_or(usize::MAX, |k| from + k);
        }
        let stop = memchr::memchr3(b'.', b'!', b'?', &bytes[from..])
            .map_or(usize::MAX, |k| from + k);
        let i = stop.min(lead_e2);
        if i == usize::MAX {
            break;
        }
        let Some(c) = s[i..].chars().next() else { break };
        from = i + c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            continue;
        }
        let mut end = from;
        for next in s[end..].chars() {
            if !is_closing(next) {
                break;
            }
            end += next.len_utf8();
        }
        from = end;
        let after = &s[end..];
        if !after.starts_with(char::is_whitespace) {
            continue;
        }
        let next_start = end + (after.len() - after.trim_start().len());
        let Some(opener) = s[next_start..].chars().next() else { continue };
        if !may_open_sentence(opener) {
            continue;
        }
        if c == '.' {
            // The word before the period starts after the last white
            // space, which may be a multi-byte one (U+00A0, U+2009, …).
            let word_start = s[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(start, |(w, c)| w + c.len_utf8())
                .max(start);
            if is_abbreviation(&s[word_start..i])
                || company_before_form(&s[word_start..i], &s[next_start..])
            {
                continue;
            }
        }
        push(Span::new(span.start + start, span.start + end));
        start = next_start;
    }
    if start < s.len() {
        push(Span::new(span.start + start, span.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut sentences = Vec::new();
        split(text, Span::new(0, text.len()), |s| {
            sentences.push(&text[s.range()]);
        });
        sentences
    }

    #[test]
    fn sentence_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            ("Een. Twee.", &["Een.", "Twee."]),
            (
                "Hij zei o.a. dat het kon. Zij niet.",
                &["Hij zei o.a. dat het kon.", "Zij niet."],
            ),
            ("Bijv. Rusland. En Iran.", &["Bijv. Rusland.", "En Iran."]),
            (
                "Volgens dhr. Jansen niet. Wel.",
                &["Volgens dhr. Jansen niet.", "Wel."],
            ),
            ("Mr. Smith came. He left.", &["Mr. Smith came.", "He left."]),
            (
                "Said Md. Zahidul Islam. Ma. Luisa came.",
                &["Said Md. Zahidul Islam.", "Ma. Luisa came."],
            ),
            (
                "Bij Gebr. Lubbers en Fa. Jansen. Ook daar.",
                &["Bij Gebr. Lubbers en Fa. Jansen.", "Ook daar."],
            ),
            (
                "He runs Ha Phat Fruit Co. Ltd in Hue. Shionogi & Co. The firm said.",
                &[
                    "He runs Ha Phat Fruit Co. Ltd in Hue.",
                    "Shionogi & Co.",
                    "The firm said.",
                ],
            ),
            (
                "J. Smith and U.S. Army went. Done.",
                &["J. Smith and U.S. Army went.", "Done."],
            ),
            (
                "Het groeide 3,5 procent. Daarna 2.5 procent.",
                &["Het groeide 3,5 procent.", "Daarna 2.5 procent."],
            ),
            (
                "Prices rose 2.2%. Analysts said so. It cost $1.5bn. Done.",
                &[
                    "Prices rose 2.2%.",
                    "Analysts said so.",
                    "It cost $1.5bn.",
                    "Done.",
                ],
            ),
            (
                "vergeleken met 1990. 413 stemden voor.",
                &["vergeleken met 1990.", "413 stemden voor."],
            ),
            (
                "Er staat: \"De overwinning zal voor ons zijn\". Het doek.",
                &[
                    "Er staat: \"De overwinning zal voor ons zijn\".",
                    "Het doek.",
                ],
            ),
            (
                "\"Dit zal bevestigen\", aldus Lavrov. Hoe?",
                &["\"Dit zal bevestigen\", aldus Lavrov.", "Hoe?"],
            ),
            ("Wat nu? Niemand weet het!", &["Wat nu?", "Niemand weet het!"]),
            ("geen punt aan het eind", &["geen punt aan het eind"]),
            // Multi-byte white space before the period and after it.
            ("u\u{a0}. H.", &["u\u{a0}.", "H."]),
            ("De VS\u{a0}zei. Nee.", &["De VS\u{a0}zei.", "Nee."]),
            ("Dat zei\u{2009}hij. Ja.", &["Dat zei\u{2009}hij.", "Ja."]),
            ("Zo\u{202f}dr. Jansen. Ja.", &["Zo\u{202f}dr. Jansen.", "Ja."]),
            ("東京\u{3000}x. Y.", &["東京\u{3000}x.", "Y."]),
            ("Een.\u{a0}Twee.\u{2003}Drie.", &["Een.", "Twee.", "Drie."]),
            ("Mr.\u{a0}Smith came.", &["Mr.\u{a0}Smith came."]),
            (
                "kleine letter. daarna niet splitsen",
                &["kleine letter. daarna niet splitsen"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "{text:?}");
        }
    }
}
