//! Words next to a cue: discovery reads a few words forward or backward
//! from a cue word, never a whole text, so it scans rather than
//! tokenising.
//!
//! A word is a run of letters and digits, with hyphens and apostrophes
//! inside it (`Pieter-Jan`, `O'Brien`, `al-Sadr`); `'t` is a word.

use crate::span::Span;

/// Calls `read` with the bytes of `word` in lower case, written on the
/// stack when they fit: discovery looks up every capitalised word near a
/// cue in lists of lower-case words, and a copy on the heap for each
/// showed in its profile.
pub(crate) fn lowered<R>(word: &str, read: impl FnOnce(&[u8]) -> R) -> R {
    if word.is_ascii() {
        return ascii_lowered(word.as_bytes(), read);
    }
    let mut buffer = [0u8; 64];
    // A capital sigma lowers by its place in the word, which only the
    // whole-string conversion knows.
    if !word.contains('\u{3a3}') {
        let mut len = 0;
        for c in word.chars() {
            if c.is_ascii() && len < buffer.len() {
                buffer[len] = c.to_ascii_lowercase() as u8;
                len += 1;
                continue;
            }
            for l in c.to_lowercase() {
                let Some(room) = buffer.get_mut(len..len + l.len_utf8())
                else {
                    return read(word.to_lowercase().as_bytes());
                };
                len += l.encode_utf8(room).len();
            }
        }
        return read(&buffer[..len]);
    }
    read(word.to_lowercase().as_bytes())
}

/// Calls `read` with `bytes` with their ASCII letters in lower case (the
/// others as they are), on the stack when they fit: as
/// `eq_ignore_ascii_case` compares. Inlined: it is called for most words
/// near a cue, and as a call it cost 20 M instructions on the 5 MB corpus.
#[inline]
pub(crate) fn ascii_lowered<R>(
    bytes: &[u8],
    read: impl FnOnce(&[u8]) -> R,
) -> R {
    let mut buffer = [0u8; 64];
    match buffer.get_mut(..bytes.len()) {
        Some(lower) => {
            lower.copy_from_slice(bytes);
            lower.make_ascii_lowercase();
            read(lower)
        }
        None => read(&bytes.to_ascii_lowercase()),
    }
}

/// The word that starts at `at` (after white space) before `end`, or
/// `None` when something else comes first.
pub(crate) fn next(text: &str, at: usize, end: usize) -> Option<Span> {
    let rest = &text[at..end];
    let skipped = rest.len() - rest.trim_start().len();
    if !inline(&rest[..skipped]) {
        return None;
    }
    let start = at + skipped;
    let body = &text[start..end];
    if body.starts_with("'t") || body.starts_with("\u{2019}t") {
        let len = body.chars().take(2).map(char::len_utf8).sum::<usize>();
        let after = body[len..].chars().next();
        if after.is_none_or(|c| !c.is_alphanumeric()) {
            return Some(Span::new(start, start + len));
        }
    }
    // Most words are ASCII letters and digits up to a space or a mark.
    let run = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    match body.as_bytes().get(run) {
        None if run > 0 => return Some(Span::new(start, start + run)),
        Some(&b) if run > 0 && b.is_ascii() && b != b'-' && b != b'\'' => {
            return Some(Span::new(start, start + run));
        }
        _ => {}
    }
    // Else letters and digits of any script, and joiners between them
    // (`Zuid-Afrikaanse`, `O'Neill`); ASCII letters byte by byte.
    let bytes = body.as_bytes();
    let mut len = 0;
    while len < bytes.len() {
        if bytes[len].is_ascii_alphanumeric() {
            len += 1;
            continue;
        }
        let Some(c) = body[len..].chars().next() else { break };
        let after = len + c.len_utf8();
        let joins = is_joiner(c)
            && len > 0
            && body[after..].chars().next().is_some_and(char::is_alphanumeric);
        if !c.is_alphanumeric() && !joins {
            break;
        }
        len = after;
    }
    (len > 0).then(|| Span::new(start, start + len))
}

/// The word that ends at `at` (before white space) after `start`.
pub(crate) fn previous(text: &str, start: usize, at: usize) -> Option<Span> {
    let head = text[start..at].trim_end();
    let end = start + head.len();
    if !inline(&text[end..at]) {
        return None;
    }
    // Back over letters and digits of any script and the joiners between
    // them; ASCII letters byte by byte.
    let bytes = head.as_bytes();
    let mut len = head.len();
    while len > 0 {
        if bytes[len - 1].is_ascii_alphanumeric() {
            len -= 1;
            continue;
        }
        let Some(c) = head[..len].chars().next_back() else { break };
        let before = len - c.len_utf8();
        let joins = is_joiner(c)
            && len < head.len()
            && head[..before]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        if !c.is_alphanumeric() && !joins {
            break;
        }
        len = before;
    }
    let mut first = start + len;
    if first < end && head[..first - start].ends_with('\'') {
        // `'t`
        let word = &text[first..end];
        if word == "t" {
            first -= 1;
        }
    }
    (first < end).then(|| Span::new(first, end))
}

/// Whether white space between two words keeps them in one line of text:
/// one line break at most (wrapped text), no blank line and no paragraph
/// or page separator.
fn inline(space: &str) -> bool {
    // Mostly one space, or none.
    if space.bytes().all(|b| b == b' ') {
        return true;
    }
    space.matches('\n').count() <= 1
        && !space
            .contains(['\u{2028}', '\u{2029}', '\u{85}', '\u{b}', '\u{c}'])
        && !space.contains("\r\r")
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
}

/// Whether the word starts with a capital and is no acronym (`Kuipers`,
/// `O'Neill`, not `NAVO`).
pub(crate) fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_lowercase)
}

/// `O'Brien's` without its possessive `'s` (either apostrophe).
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// The word before the white space that ends `head`, of up to 12 bytes
/// (the cue words a caller looks for are shorter): found by bytes, as
/// callers ask it of every capitalised word.
pub(crate) fn last_word(head: &str) -> Option<&str> {
    let bytes = head.as_bytes();
    let end = bytes.len().checked_sub(1)?;
    if !bytes[end].is_ascii_whitespace() {
        return None;
    }
    let start = (end.saturating_sub(13)..end)
        .rev()
        .find(|&i| bytes[i].is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    // A word cut by the limit (and so perhaps inside a character) is
    // longer than any cue.
    if end - start > 12 || !head.is_char_boundary(start) {
        return None;
    }
    Some(&head[start..end])
}

/// Whether `word` ends in a possessive `'s` (`Poland's`).
pub(crate) fn is_possessive(word: &str) -> bool {
    without_possessive(word).len() < word.len()
}

/// Whether the word is written in capitals with at least two letters
/// (`NAVO`, `KLM`, `PvdA` is not).
pub(crate) fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().any(char::is_uppercase)
        && !word.chars().any(char::is_lowercase)
}

/// Whether `span` opens its sentence (from `start`) or follows a
/// dateline's dash there, where a capital says nothing of a name.
pub(crate) fn opens_sentence(text: &str, start: usize, span: Span) -> bool {
    let head = text[start..span.start].trim_end();
    !head.chars().any(char::is_alphanumeric) || ends_in_dash(head)
}

/// Whether `head`, trimmed, ends in a dash after a space, as a dateline
/// does before its story (`DEN HAAG (ANP) -`).
pub(crate) fn ends_in_dash(head: &str) -> bool {
    [" -", " \u{2013}", " \u{2014}"].iter().any(|d| head.ends_with(d))
}

/// The Dutch and English articles, in lower case.
pub(crate) const ARTICLES: &[&str] = &["de", "het", "een", "the", "a", "an"];

/// Whether `word` is one of the [`ARTICLES`], in any case (`Het`, `An`).
pub(crate) fn is_article(word: &str) -> bool {
    ARTICLES.iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// Prepositions of place, in lower case: a town written right after one
/// is the town (`het duel in Gent`), whatever else its name names.
const LOCATIVES: &[&str] = &[
    "in", "te", "naar", "uit", "nabij", "rond", "near", "into", "around",
    "from", "to",
];

/// Whether the word right before `span` is one of the [`LOCATIVES`], in
/// any case.
pub(crate) fn after_locative(text: &str, span: Span) -> bool {
    word_before_is(text, 0, span, LOCATIVES)
}

/// Whether the word right before `span` (after `start`, with only white
/// space between) is one of `list`, in any case.
pub(crate) fn word_before_is(
    text: &str,
    start: usize,
    span: Span,
    list: &[&str],
) -> bool {
    previous(text, start, span.start)
        .filter(|w| only_space(text, w.end, span.start))
        .is_some_and(|w| {
            list.iter().any(|p| p.eq_ignore_ascii_case(&text[w.range()]))
        })
}

/// Whether the word right before `span`, across `gap` (`" "`, `" of "`),
/// passes `test`.
pub(crate) fn word_before(
    text: &str,
    span: Span,
    gap: &str,
    test: impl Fn(&str) -> bool,
) -> bool {
    text[..span.start]
        .strip_suffix(gap)
        .is_some_and(|before| before.rsplit(' ').next().is_some_and(test))
}

/// Whether a capitalised word follows `at` across white space alone,
/// before `end`: a name that goes on (`Rakhine State Council`).
pub(crate) fn capital_after(text: &str, at: usize, end: usize) -> bool {
    next(text, at, end)
        .filter(|w| only_space(text, at, w.start))
        .is_some_and(|w| is_capitalised(&text[w.range()]))
}

/// Whether only white space lies between `from` and `to`.
pub(crate) fn only_space(text: &str, from: usize, to: usize) -> bool {
    from <= to && text[from..to].chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The next word as read character by character: what `next` must
    /// find.
    fn next_by_chars(text: &str, at: usize, end: usize) -> Option<Span> {
        let rest = &text[at..end];
        let skipped = rest.len() - rest.trim_start().len();
        if !inline(&rest[..skipped]) {
            return None;
        }
        let start = at + skipped;
        let body = &text[start..end];
        if body.starts_with("'t") || body.starts_with("\u{2019}t") {
            let len = body.chars().take(2).map(char::len_utf8).sum::<usize>();
            let after = body[len..].chars().next();
            if after.is_none_or(|c| !c.is_alphanumeric()) {
                return Some(Span::new(start, start + len));
            }
        }
        let mut last = start;
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let joins = is_joiner(c)
                && last > start
                && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || joins {
                last = start + i + c.len_utf8();
            } else {
                break;
            }
        }
        (last > start).then(|| Span::new(start, last))
    }

    #[test]
    fn lowered_is_the_lower_case_of_the_whole_word() {
        let long = "Ab".repeat(40);
        let rows = [
            "Woordvoerder",
            "ÖZTÜRK",
            "Trump\u{2019}s",
            "İstanbul",
            // A final capital sigma lowers to the final form.
            "ΟΔΥΣΣΕΥΣ",
            "",
            long.as_str(),
            "Ééééééééééééééééééééééééééééééééééééé",
        ];
        for word in rows {
            let lower = lowered(word, <[u8]>::to_vec);
            assert_eq!(lower, word.to_lowercase().into_bytes(), "{word}");
        }
    }

    #[test]
    fn next_word_from_every_offset() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = vec![
            "zei Pieter-Jan van 't Hof, O'Brien's al-Sadr (45) Zoë Ørsted"
                .to_string(),
            "Jan- en 'tis ’t Kamerlid-Österreich a1b2 x\u{2011}y _z é"
                .to_string(),
        ];
        texts.push(
            std::fs::read_to_string(
                root.join("tests/golden/discovery-dev.tsv"),
            )
            .unwrap(),
        );
        for text in &texts {
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                for end in [text.len(), (at + 12).min(text.len())] {
                    if text.is_char_boundary(end) {
                        assert_eq!(
                            next(text, at, end),
                            next_by_chars(text, at, end),
                            "{at} {end}"
                        );
                    }
                }
            }
        }
    }

    /// The word before `at` as read character by character: what
    /// `previous` must find.
    fn previous_by_chars(text: &str, start: usize, at: usize) -> Option<Span> {
        let head = text[start..at].trim_end();
        let end = start + head.len();
        if !inline(&text[end..at]) {
            return None;
        }
        let mut first = end;
        let mut chars = head.char_indices().rev().peekable();
        while let Some((i, c)) = chars.next() {
            let joins = is_joiner(c)
                && first < end
                && chars.peek().is_some_and(|(_, p)| p.is_alphanumeric());
            if c.is_alphanumeric() || joins {
                first = start + i;
            } else {
                break;
            }
        }
        if first < end
            && head[..first - start].ends_with('\'')
            && &text[first..end] == "t"
        {
            first -= 1;
        }
        (first < end).then(|| Span::new(first, end))
    }

    #[test]
    fn previous_word_from_every_offset() {
        let texts = [
            "zei Pieter-Jan van 't Hof, O'Brien's al-Sadr (45) Zoë Ørsted",
            "Jan- en 'tis ’t Kamerlid-Österreich a1b2 x\u{2011}y _z é -Ab",
        ];
        for text in texts {
            let bounds =
                || (0..=text.len()).filter(|&i| text.is_char_boundary(i));
            for start in bounds().step_by(3) {
                for at in bounds().filter(|&at| at >= start) {
                    assert_eq!(
                        previous(text, start, at),
                        previous_by_chars(text, start, at),
                        "{start} {at}"
                    );
                }
            }
        }
    }

    #[test]
    fn words_forward_and_backward() {
        let text = "zei Pieter-Jan van 't Hof, O'Brien's al-Sadr (45)";
        let mut at = 3;
        let mut words = Vec::new();
        while let Some(w) = next(text, at, text.len()) {
            words.push(&text[w.range()]);
            at = w.end;
        }
        assert_eq!(words, ["Pieter-Jan", "van", "'t", "Hof"]);
        let w = previous(text, 0, 25).unwrap();
        assert_eq!(&text[w.range()], "Hof");
        let w = previous(text, 0, 22).unwrap();
        assert_eq!(&text[w.range()], "'t");
        let w = previous(text, 0, 45).unwrap();
        assert_eq!(&text[w.range()], "al-Sadr");
        assert_eq!(next(text, 45, text.len()), None);
        // A trailing hyphen or quote is no part of the word.
        assert_eq!(next("Jan- en", 0, 7), Some(Span::new(0, 3)));
        // Words across a blank line or a paragraph separator are apart.
        for gap in ["\n", "\r\n", " "] {
            assert!(
                next(&format!("a{gap}Jan"), 1, 5 + gap.len() - 1).is_some()
            );
        }
        for gap in ["\n\n", "\r\n\r\n", "\u{2029}", "\n \n", "\r\r"] {
            let text = format!("a{gap}Jan");
            assert_eq!(next(&text, 1, text.len()), None, "{gap:?}");
            assert_eq!(previous(&text, 0, text.len() - 3), None, "{gap:?}");
        }
    }

    #[test]
    fn capitals() {
        let rows = [
            ("Kuipers", true, false),
            ("McDonald", true, false),
            ("O'Neill", true, false),
            ("NAVO", false, true),
            ("PvdA", true, false),
            ("van", false, false),
            ("A", false, false),
            ("'s-Hertogenbosch", false, false),
        ];
        for (word, capitalised, acronym) in rows {
            assert_eq!(is_capitalised(word), capitalised, "{word}");
            assert_eq!(is_acronym(word), acronym, "{word}");
        }
    }
}
