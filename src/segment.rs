//! Splits a news document into items, paragraphs and sentences.
//!
//! Wire news pages (see `tests/fixtures/`) have a shape that plain sentence
//! splitters miss: a headline line, a dateline `MOSKOU (ANP/RTR) - ` in front
//! of the first paragraph, a section header (`Meer uit Buitenland`), then a
//! ticker of short items whose age (`48 minuten geleden`) is glued to the
//! next item's dateline. [`NewsSegmenter`] turns that into [`Item`]s, each
//! with its headline, dateline place and agencies, and age; text without
//! that shape becomes one item of paragraphs.
//!
//! Paragraphs are blocks separated by blank lines when the text has any,
//! else single lines. Sentences end at `.`, `!`, `?` or `…` (plus closing
//! quotes) followed by white space and a capital, digit or quote, except
//! after an abbreviation (`o.a.`, `dhr.`, `Mr.`, `U.S.`) or an initial
//! (`J. Smith`).

use std::panic::{RefUnwindSafe, UnwindSafe};

use serde::Serialize;

use crate::span::{ItemId, ParagraphId, SentenceId, Span};

/// Splits text into segments. Implement it to plug another segmentation
/// into an [`Extractor`](crate::Extractor).
pub trait Segmenter:
    Send + Sync + UnwindSafe + RefUnwindSafe + std::fmt::Debug
{
    /// Segments `text`. Every paragraph must be covered by its sentences,
    /// and spans must lie on character boundaries, in text order.
    fn segment(&self, text: &str) -> Segments;
}

/// The segments of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Segments {
    /// News items, in text order.
    pub items: Vec<Item>,
    /// Paragraphs, in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences, in text order.
    pub sentences: Vec<Sentence>,
}

/// One news item: an article or a ticker entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Its index.
    pub id: ItemId,
    /// From its headline or dateline to its last paragraph or age.
    pub span: Span,
    /// The headline line, if it has one.
    pub headline: Option<Span>,
    /// The dateline, if it has one.
    pub dateline: Option<Dateline>,
    /// How old the item was when the page was captured.
    pub age: Option<Age>,
    /// The section header above it (`Meer uit Buitenland`).
    pub section: Option<String>,
}

/// `MOSKOU (ANP/RTR) - `: where the item was filed and by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Dateline {
    /// The whole dateline including the dash.
    pub span: Span,
    /// The place as written (`MOSKOU`).
    pub place: String,
    /// Where the place is.
    pub place_span: Span,
    /// The credited agencies, in order.
    pub agencies: Vec<Agency>,
}

/// A news agency credited in a dateline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Agency {
    /// As written (`RTR`).
    pub name: String,
    /// Where it is.
    pub span: Span,
}

/// An item's age, as written (`48 minuten geleden`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Age {
    /// As written.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParagraphKind {
    /// An item's headline.
    Headline,
    /// A short title line inside an item (`Drones en raketten`).
    Subheading,
    /// Running text.
    Body,
    /// A section header between items (`Meer uit Buitenland`).
    SectionHeader,
}

/// A paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    /// Its index.
    pub id: ParagraphId,
    /// Its text, without surrounding white space or a glued-on age.
    pub span: Span,
    /// What it is.
    pub kind: ParagraphKind,
    /// The item it belongs to; section headers belong to none.
    pub item: Option<ItemId>,
}

/// A sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Its index.
    pub id: SentenceId,
    /// Its text, without surrounding white space.
    pub span: Span,
    /// The paragraph it belongs to.
    pub paragraph: ParagraphId,
}

/// The segmenter for Dutch and English (wire) news.
#[derive(Clone, Debug, Default)]
pub struct NewsSegmenter {
    _private: (),
}

impl NewsSegmenter {
    /// A segmenter with the built-in rules.
    #[must_use]
    pub fn new() -> Self {
        NewsSegmenter::default()
    }
}

/// A paragraph before items are assigned.
struct RawParagraph {
    age: Option<Span>,
    /// The paragraph without its age; may be empty.
    rest: Span,
    dateline: Option<Dateline>,
    section_header: bool,
    title_like: bool,
}

impl Segmenter for NewsSegmenter {
    fn segment(&self, text: &str) -> Segments {
        // Classified one at a time, with one paragraph of look-ahead, so
        // that a document of millions of lines needs no list of them.
        let mut raw =
            paragraph_spans(text).map(|span| classify(text, span)).peekable();
        let mut builder = SegmentsBuilder::default();
        let mut section: Option<String> = None;
        let mut awaiting_dateline = false;
        while let Some(p) = raw.next() {
            if let Some(age) = p.age {
                builder.attach_age(text, age);
            }
            if p.rest.is_empty() {
                continue;
            }
            if p.section_header {
                builder.current = None;
                section = Some(text[p.rest.range()].to_string());
                builder.push_paragraph(
                    text,
                    p.rest,
                    ParagraphKind::SectionHeader,
                );
                continue;
            }
            if let Some(dateline) = &p.dateline {
                if !awaiting_dateline {
                    builder.open_item(p.rest.start, section.clone());
                }
                awaiting_dateline = false;
                builder.current_item().dateline = Some(dateline.clone());
                builder.push_paragraph(text, p.rest, ParagraphKind::Body);
                continue;
            }
            awaiting_dateline = false;
            let next_has_dateline =
                raw.peek().is_some_and(|n| n.dateline.is_some());
            if p.title_like && next_has_dateline {
                builder.open_item(p.rest.start, section.clone());
                builder.current_item().headline = Some(p.rest);
                builder.push_paragraph(text, p.rest, ParagraphKind::Headline);
                awaiting_dateline = true;
                continue;
            }
            let kind = if builder.current.is_none() {
                builder.open_item(p.rest.start, section.clone());
                if p.title_like {
                    builder.current_item().headline = Some(p.rest);
                    ParagraphKind::Headline
                } else {
                    ParagraphKind::Body
                }
            } else if p.title_like {
                ParagraphKind::Subheading
            } else {
                ParagraphKind::Body
            };
            builder.push_paragraph(text, p.rest, kind);
        }
        builder.segments
    }
}

#[derive(Default)]
struct SegmentsBuilder {
    segments: Segments,
    current: Option<usize>,
}

impl SegmentsBuilder {
    fn open_item(&mut self, start: usize, section: Option<String>) {
        let id = ItemId::from_index(self.segments.items.len());
        self.segments.items.push(Item {
            id,
            span: Span::new(start, start),
            headline: None,
            dateline: None,
            age: None,
            section,
        });
        self.current = Some(id.as_usize());
    }

    fn current_item(&mut self) -> &mut Item {
        let index = self.current.expect("an open item");
        &mut self.segments.items[index]
    }

    /// An age closes the item before it; without one it is dropped.
    fn attach_age(&mut self, text: &str, age: Span) {
        if self.current.is_none() {
            return;
        }
        let item = self.current_item();
        item.age =
            Some(Age { text: text[age.range()].to_string(), span: age });
        item.span.end = item.span.end.max(age.end);
    }

    fn push_paragraph(&mut self, text: &str, span: Span, kind: ParagraphKind) {
        let id = ParagraphId::from_index(self.segments.paragraphs.len());
        let item = self.current.map(|i| {
            let item = &mut self.segments.items[i];
            item.span.end = item.span.end.max(span.end);
            item.id
        });
        self.segments.paragraphs.push(Paragraph { id, span, kind, item });
        let sentences = &mut self.segments.sentences;
        let mut push = |span| {
            let sid = SentenceId::from_index(sentences.len());
            sentences.push(Sentence { id: sid, span, paragraph: id });
        };
        match kind {
            ParagraphKind::Body => sentence_spans(text, span, push),
            _ => push(span),
        }
    }
}

/// Paragraph spans: blank-line separated blocks when the text has blank
/// lines between text, else lines; trimmed, never empty.
fn paragraph_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let blocks = has_blank_line_between_text(text);
    let mut lines = lines(text).peekable();
    std::iter::from_fn(move || {
        loop {
            let line = lines.next()?;
            if is_blank(text, line) {
                continue;
            }
            let mut span = line;
            while blocks && lines.peek().is_some_and(|l| !is_blank(text, *l)) {
                span.end = lines.next().expect("peeked").end;
            }
            if let Some(span) = trim(text, span) {
                return Some(span);
            }
        }
    })
}

/// The lines of `text`, each with its line feed.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut offset = 0;
    let mut newlines = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        let end = newlines.next().map_or(text.len(), |n| n + 1);
        (offset < end).then(|| {
            let line = Span::new(offset, end);
            offset = end;
            line
        })
    })
}

fn is_blank(text: &str, line: Span) -> bool {
    text[line.range()].trim().is_empty()
}

/// Whether a blank line stands between two lines of text: then paragraphs
/// are blocks of lines, else each line is one.
fn has_blank_line_between_text(text: &str) -> bool {
    let (mut text_before, mut blank_after_text) = (false, false);
    for line in lines(text) {
        if is_blank(text, line) {
            blank_after_text |= text_before;
        } else if blank_after_text {
            return true;
        } else {
            text_before = true;
        }
    }
    false
}

/// The span without surrounding white space, or `None` if nothing is left.
fn trim(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.range()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    (start < end).then(|| Span::new(start, end))
}

fn classify(text: &str, span: Span) -> RawParagraph {
    let mut rest = span;
    let age = age_len(&text[span.range()]).map(|len| {
        let age = Span::new(span.start, span.start + len);
        rest = trim(text, Span::new(age.end, span.end))
            .unwrap_or(Span::new(span.end, span.end));
        age
    });
    let body = &text[rest.range()];
    RawParagraph {
        age,
        rest,
        dateline: parse_dateline(text, rest),
        section_header: is_section_header(body),
        title_like: is_title_like(body),
    }
}

/// Units of `N <unit> geleden` / `N <unit> ago`.
const AGE_UNITS: &[&str] = &[
    "seconde", "seconden", "minuut", "minuten", "kwartier", "uur", "uren",
    "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "second",
    "seconds", "minute", "minutes", "hour", "hours", "day", "days", "weeks",
    "month", "months", "year", "years",
];
const AGE_COUNT_WORDS: &[&str] = &["een", "één", "a", "an", "one"];

/// Length of an age (`48 minuten geleden`, `1 hour ago`) at the start of
/// `s`, which may be glued to the text after it.
fn age_len(s: &str) -> Option<usize> {
    let mut words = s.splitn(3, ' ');
    let count = words.next()?;
    let unit = words.next()?;
    let rest = words.next()?;
    // The unit first: it rules out nearly every paragraph, without the
    // allocation of lower-casing the count.
    if !AGE_UNITS.contains(&unit) {
        return None;
    }
    let count_ok = (!count.is_empty()
        && count.bytes().all(|b| b.is_ascii_digit()))
        || AGE_COUNT_WORDS.contains(&count.to_lowercase().as_str());
    if !count_ok {
        return None;
    }
    let tail = ["geleden", "ago"].into_iter().find(|t| rest.starts_with(t))?;
    let after = rest[tail.len()..].chars().next();
    // `geleden` may be glued to a capitalised dateline or headline, but not
    // run on into a lower-case word.
    if after.is_some_and(char::is_lowercase) {
        return None;
    }
    Some(count.len() + 1 + unit.len() + 1 + tail.len())
}

/// `Meer uit Buitenland`, `More from World`, `Lees ook`.
fn is_section_header(s: &str) -> bool {
    const PREFIXES: &[&str] =
        &["Meer uit ", "Meer over ", "Lees ook", "More from ", "Read more"];
    PREFIXES.iter().any(|p| s.starts_with(p))
        && !s.ends_with('.')
        && s.split_whitespace().count() <= 5
}

/// A short line that does not end like a sentence: a headline or
/// subheading.
fn is_title_like(s: &str) -> bool {
    s.len() <= 160
        && !s.ends_with(['.', ',', ';', ':', '"', '\u{201D}'])
        && (1..=15).contains(&s.split_whitespace().count())
}

/// Parses `PLACE[, date] (AGENCY/AGENCY) - ` at the start of `span`.
fn parse_dateline(text: &str, span: Span) -> Option<Dateline> {
    let s = &text[span.range()];
    // The place: capitals, spaces and . ' - (`'S-GRAVENHAGE`, `ST. LOUIS`).
    let place_len = s
        .char_indices()
        .find(|&(_, c)| {
            !(c.is_uppercase()
                || matches!(c, ' ' | '.' | '\'' | '-' | '\u{2019}'))
        })
        .map_or(s.len(), |(i, _)| i);
    let place = s[..place_len].trim_end();
    if place.chars().filter(|c| c.is_uppercase()).count() < 2 {
        return None;
    }
    let mut rest = &s[place_len..];
    // An optional `, 12 jan` before the agencies.
    if let Some(after_comma) = rest.strip_prefix(',') {
        let close = after_comma.find('(')?;
        if close > 40 || after_comma[..close].contains(['\n', ')']) {
            return None;
        }
        rest = &after_comma[close..];
    }
    let rest_trimmed = rest.trim_start_matches(' ');
    let open = span.start + s.len() - rest_trimmed.len();
    let inner_and_after = rest_trimmed.strip_prefix('(')?;
    let close = inner_and_after.find(')')?;
    let inner = &inner_and_after[..close];
    if inner.is_empty() || inner.len() > 40 {
        return None;
    }
    let mut agencies = Vec::new();
    let mut offset = open + 1;
    for name in inner.split('/') {
        let trimmed = name.trim();
        let valid = !trimmed.is_empty()
            && trimmed
                .chars()
                .all(|c| c.is_alphanumeric() || " .&-".contains(c))
            && trimmed.chars().next().is_some_and(char::is_uppercase);
        if !valid {
            return None;
        }
        let start = offset + (name.len() - name.trim_start().len());
        agencies.push(Agency {
            name: trimmed.to_string(),
            span: Span::new(start, start + trimmed.len()),
        });
        offset += name.len() + 1;
    }
    let after = &inner_and_after[close + 1..];
    let after_ws = after.trim_start();
    let dash = after_ws.chars().next()?;
    if !matches!(dash, '-' | '\u{2013}' | '\u{2014}') {
        return None;
    }
    let after_dash = &after_ws[dash.len_utf8()..];
    if !after_dash.starts_with(char::is_whitespace) {
        return None;
    }
    let end = span.end - after_dash.trim_start().len();
    Some(Dateline {
        span: Span::new(span.start, end),
        place: place.to_string(),
        place_span: Span::new(span.start, span.start + place.len()),
        agencies,
    })
}

/// Words that end in a period without ending the sentence (lower-case
/// ASCII, without the period). Words with an inner period (`o.a.`, `U.S.`)
/// and single letters (initials) are recognised without this list.
const ABBREVIATIONS: &[&str] = &[
    // Dutch
    "bijv", "bv", "dhr", "mevr", "mr", "mw", "drs", "dr", "ir", "ing", "prof",
    "ca", "nr", "blz", "enz", "etc", "jl", "jr", "sr", "st", "gen", "lt",
    "kol", "maj", "mln", "mld", "mrd", "resp", "evt", "incl", "excl", "ong",
    "vgl", "zgn", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "dec", "vs", // English
    "mrs", "ms", "col", "sgt", "capt", "gov", "sen", "rep", "rev", "inc",
    "ltd", "corp", "no", "vol", "approx", "dept", "est", "fig", "oct",
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
    single
        || word.contains('.')
        || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

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

/// Calls `push` with the span of each sentence of the paragraph at `span`,
/// in order.
fn sentence_spans(text: &str, span: Span, mut push: impl FnMut(Span)) {
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
            if is_abbreviation(&s[word_start..i]) {
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
        sentence_spans(text, Span::new(0, text.len()), |s| {
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
                "J. Smith and U.S. Army went. Done.",
                &["J. Smith and U.S. Army went.", "Done."],
            ),
            (
                "Het groeide 3,5 procent. Daarna 2.5 procent.",
                &["Het groeide 3,5 procent.", "Daarna 2.5 procent."],
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

    #[test]
    fn ages() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "48 minuten geledenKYIV (ANP/AFP) - x",
                Some("48 minuten geleden"),
            ),
            ("1 uur geleden", Some("1 uur geleden")),
            ("een dag geleden", Some("een dag geleden")),
            ("3 hours agoLONDON (Reuters) - x", Some("3 hours ago")),
            ("48 minuten gelede", None),
            ("Twee uur geleden", None),
            ("2 uur geledenheid", None),
            ("48 kilometer geleden", None),
        ];
        for (text, want) in cases {
            assert_eq!(age_len(text).map(|n| &text[..n]), *want, "{text:?}");
        }
    }

    #[test]
    fn datelines() {
        // text → (place, agencies, text after the dateline)
        type Parsed<'a> = Option<(&'a str, &'a [&'a str], &'a str)>;
        let cases: &[(&str, Parsed)] = &[
            (
                "MOSKOU (ANP/RTR) - In een",
                Some(("MOSKOU", &["ANP", "RTR"], "In een")),
            ),
            ("DEN HAAG (ANP) - Het", Some(("DEN HAAG", &["ANP"], "Het"))),
            (
                "'S-GRAVENHAGE (ANP) \u{2013} Het",
                Some(("'S-GRAVENHAGE", &["ANP"], "Het")),
            ),
            ("KIËV (ANP/AFP) - x", Some(("KIËV", &["ANP", "AFP"], "x"))),
            (
                "MOSCOW, Jan 5 (Reuters) - x",
                Some(("MOSCOW", &["Reuters"], "x")),
            ),
            ("EU (ANP) zegt", None),
            ("Het (ANP) - x", None),
            ("NAVO-top in Den Haag", None),
            ("MOSKOU (ANP/RTR)-x", None),
        ];
        for (text, want) in cases {
            let got =
                parse_dateline(text, Span::new(0, text.len())).map(|d| {
                    let agencies: Vec<&str> = d
                        .agencies
                        .iter()
                        .map(|a| &text[a.span.range()])
                        .collect();
                    (d.place, agencies, &text[d.span.end..])
                });
            let want =
                want.map(|(p, a, rest)| (p.to_string(), a.to_vec(), rest));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn ticker_items_get_their_ages() {
        let text = "Kop van het stuk\nMOSKOU (ANP/RTR) - Eerste zin. Tweede.\nTussenkop\nMeer tekst.\nMeer uit Buitenland\nBRUSSEL (ANP) - Item een.\n48 minuten geledenKYIV (ANP/AFP) - Item twee.\n1 uur geleden";
        let seg = NewsSegmenter::new().segment(text);
        assert_eq!(seg.items.len(), 3);
        let [main, first, second] = &seg.items[..] else { unreachable!() };
        assert_eq!(&text[main.headline.unwrap().range()], "Kop van het stuk");
        assert_eq!(main.dateline.as_ref().unwrap().place, "MOSKOU");
        assert!(main.age.is_none());
        assert_eq!(first.section.as_deref(), Some("Meer uit Buitenland"));
        assert_eq!(first.age.as_ref().unwrap().text, "48 minuten geleden");
        assert_eq!(second.dateline.as_ref().unwrap().place, "KYIV");
        assert_eq!(second.age.as_ref().unwrap().text, "1 uur geleden");
        let kinds: Vec<ParagraphKind> =
            seg.paragraphs.iter().map(|p| p.kind).collect();
        use ParagraphKind::*;
        assert_eq!(
            kinds,
            [Headline, Body, Subheading, Body, SectionHeader, Body, Body]
        );
        assert_eq!(
            &text[seg.paragraphs[6].span.range()],
            "KYIV (ANP/AFP) - Item twee."
        );
    }

    #[test]
    fn plain_text_is_one_item_of_blank_line_paragraphs() {
        let text = "A title\n\nFirst line\ncontinues here. Second.\n\nLast.";
        let seg = NewsSegmenter::new().segment(text);
        assert_eq!(seg.items.len(), 1);
        let paragraphs: Vec<&str> =
            seg.paragraphs.iter().map(|p| &text[p.span.range()]).collect();
        assert_eq!(
            paragraphs,
            ["A title", "First line\ncontinues here. Second.", "Last."]
        );
        assert_eq!(seg.sentences.len(), 4);
    }
}
