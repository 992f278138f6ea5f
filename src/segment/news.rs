//! The shape of wire news: a headline, a dateline `MOSKOU (ANP/RTR) - `,
//! body paragraphs, section headers, and tickers of short items whose age
//! is glued to the next item's dateline.

use super::{
    ParagraphKind, SegmentError, Segmenter, Segments, SegmentsBuilder,
};
use crate::span::Span;

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
    dateline: Option<DatelineSpans>,
    /// A headline on the dateline's line, before it.
    headline: Option<Span>,
    section_header: bool,
    title_like: bool,
}

impl Segmenter for NewsSegmenter {
    fn segment(&self, text: &str) -> Segments {
        let mut builder = Segments::builder(text);
        self.segment_into(&mut builder);
        builder.build()
    }

    fn segment_into(&self, builder: &mut SegmentsBuilder<'_>) {
        let text = builder.text();
        // Classified one at a time, with one paragraph of look-ahead, so
        // that a document of millions of lines needs no list of them.
        let mut raw =
            paragraph_spans(text).map(|span| classify(text, span)).peekable();
        let mut section: Option<String> = None;
        let mut awaiting_dateline = false;
        // Whether an item is open.
        let mut open = false;
        while let Some(p) = raw.next() {
            if let Some(age) = p.age {
                // An age closes the item before it; without one it is
                // dropped.
                builder.age(age).ok();
            }
            if p.rest.is_empty() {
                continue;
            }
            if p.section_header {
                builder.close_item();
                section = Some(text[p.rest.range()].to_string());
                fits(builder.paragraph(p.rest, ParagraphKind::SectionHeader));
                open = false;
                continue;
            }
            if let Some(d) = &p.dateline {
                if let Some(headline) = p.headline {
                    open_item(builder, headline.start, section.as_deref());
                    open = true;
                    fits(builder.headline(headline));
                    fits(builder.paragraph(headline, ParagraphKind::Headline));
                } else if !awaiting_dateline {
                    open_item(builder, p.rest.start, section.as_deref());
                    open = true;
                }
                awaiting_dateline = false;
                fits(builder.dateline(d.span, d.place, &d.agencies));
                fits(builder.paragraph(p.rest, ParagraphKind::Body));
                continue;
            }
            awaiting_dateline = false;
            let next_has_dateline =
                raw.peek().is_some_and(|n| n.dateline.is_some());
            if p.title_like && next_has_dateline {
                open_item(builder, p.rest.start, section.as_deref());
                open = true;
                fits(builder.headline(p.rest));
                fits(builder.paragraph(p.rest, ParagraphKind::Headline));
                awaiting_dateline = true;
                continue;
            }
            let kind = if !open {
                open_item(builder, p.rest.start, section.as_deref());
                open = true;
                if p.title_like {
                    fits(builder.headline(p.rest));
                    ParagraphKind::Headline
                } else {
                    ParagraphKind::Body
                }
            } else if p.title_like {
                ParagraphKind::Subheading
            } else {
                ParagraphKind::Body
            };
            fits(builder.paragraph(p.rest, kind));
        }
    }
}

/// Opens an item under the current section.
fn open_item(
    builder: &mut SegmentsBuilder<'_>,
    start: usize,
    section: Option<&str>,
) {
    fits(builder.open_item(start));
    if let Some(section) = section {
        fits(builder.section(section));
    }
}

/// The news segmenter's spans come from the text in order, so the builder
/// takes them all; a refusal would be a bug here, never a reason to fail
/// the document.
fn fits<T>(result: Result<T, SegmentError>) {
    debug_assert!(result.is_ok(), "{:?}", result.err());
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
    let mut dateline = parse_dateline(text, rest);
    let mut headline = None;
    if dateline.is_none() {
        if let Some((title, d)) = headline_and_dateline(text, rest) {
            rest = Span::new(d.span.start, rest.end);
            (headline, dateline) = (Some(title), Some(d));
        }
    }
    RawParagraph {
        age,
        rest,
        dateline,
        headline,
        section_header: is_section_header(body),
        title_like: is_title_like(body),
    }
}

/// A headline and a dateline on one line (`Kop. MOSKOU (ANP) - Tekst`),
/// as archives that keep an item's title and text in one field give
/// them: a title-like sentence of at most 160 bytes, its stop, and a
/// dateline right after it.
fn headline_and_dateline(
    text: &str,
    span: Span,
) -> Option<(Span, DatelineSpans)> {
    let s = &text[span.range()];
    // A dateline credits its agencies in brackets: most paragraphs have
    // none near their start, and are passed over at one search.
    let head = &s.as_bytes()[..s.len().min(240)];
    memchr::memchr(b'(', head)?;
    for stop in memchr::memchr3_iter(b'.', b'!', b'?', head) {
        if stop > 160 {
            break;
        }
        // The headline may hold a bracket of its own (`Motorrijder (23)
        // omgekomen.`): the dateline's comes soon after the stop.
        let near = &head[stop..head.len().min(stop + 80)];
        if memchr::memchr(b'(', near).is_none() {
            continue;
        }
        let Some(after) = s[stop + 1..].strip_prefix(' ') else { continue };
        if !after.starts_with(|c: char| c.is_uppercase() || c == '\'') {
            continue;
        }
        let start = span.end - after.len();
        let Some(dateline) = parse_dateline(text, Span::new(start, span.end))
        else {
            continue;
        };
        if is_title_like(&s[..stop]) {
            let title = Span::new(span.start, span.start + stop + 1);
            return Some((title, dateline));
        }
    }
    headline_without_stop(text, span, head)
}

/// A headline that ends without a stop before the dateline (`Apothekers
/// slaan alarm ASSEN (ANP) - Tekst`), as feeds that join a title and its
/// text with a space give them: the dateline's place is the run of
/// capitals before its bracket (or before the comma of `SUVA, Fiji
/// (Reuters)`), and the words before the run are a title.
fn headline_without_stop(
    text: &str,
    span: Span,
    head: &[u8],
) -> Option<(Span, DatelineSpans)> {
    let s = &text[span.range()];
    for open in memchr::memchr_iter(b'(', head) {
        let before = &s[..open];
        // `SUVA, Fiji (Reuters)`: the place may end at a comma close
        // before, else right before the bracket.
        let comma = before.rfind(',').filter(|&c| open - c <= 40);
        for place_end in comma.into_iter().chain([before.trim_end().len()]) {
            if let Some(found) = title_before_place(text, span, place_end) {
                return Some(found);
            }
        }
    }
    None
}

/// The title and the dateline of [`headline_without_stop`], where the
/// dateline's place ends at `place_end` (an offset into `span`).
fn title_before_place(
    text: &str,
    span: Span,
    place_end: usize,
) -> Option<(Span, DatelineSpans)> {
    let s = &text[span.range()];
    let is_place_char = |c: char| {
        c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-' | '\u{2019}')
    };
    let (run, _) = s[..place_end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_place_char(c))
        .last()?;
    // The run starts at a word; what is before it is the title.
    let start = run + s[run..].len() - s[run..].trim_start().len();
    let title = s[..start].trim_end();
    if title.is_empty()
        || !s[..start].ends_with(' ')
        || title.ends_with(['.', '!', '?'])
        || !is_title_like(title)
    {
        return None;
    }
    let dateline =
        parse_dateline(text, Span::new(span.start + start, span.end))?;
    let title = Span::new(span.start, span.start + title.len());
    Some((title, dateline))
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

/// Where a dateline's parts are.
struct DatelineSpans {
    span: Span,
    place: Span,
    agencies: Vec<Span>,
}

/// Parses `PLACE[, date] (AGENCY/AGENCY) - ` at the start of `span`.
fn parse_dateline(text: &str, span: Span) -> Option<DatelineSpans> {
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
        agencies.push(Span::new(start, start + trimmed.len()));
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
    Some(DatelineSpans {
        span: Span::new(span.start, end),
        place: Span::new(span.start, span.start + place.len()),
        agencies,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
                    let agencies: Vec<&str> =
                        d.agencies.iter().map(|a| &text[a.range()]).collect();
                    (
                        text[d.place.range()].to_string(),
                        agencies,
                        &text[d.span.end..],
                    )
                });
            let want =
                want.map(|(p, a, rest)| (p.to_string(), a.to_vec(), rest));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn headlines_on_the_datelines_line() {
        // line → (headline, dateline place, first words of the body)
        type Split<'a> = Option<(&'a str, &'a str, &'a str)>;
        let cases: &[(&str, Split)] = &[
            (
                "Kop van het stuk. MOSKOU (ANP) - Eerste zin.",
                Some(("Kop van het stuk.", "MOSKOU", "MOSKOU (ANP)")),
            ),
            (
                "Motorrijder (23) omgekomen. MEPPEL (ANP) - Bij een.",
                Some((
                    "Motorrijder (23) omgekomen.",
                    "MEPPEL",
                    "MEPPEL (ANP)",
                )),
            ),
            (
                "Late header wins it! TRABZON, Turkey (Reuters) - Text.",
                Some(("Late header wins it!", "TRABZON", "TRABZON, Turkey")),
            ),
            // a headline without a stop
            (
                "Apothekers slaan alarm ASSEN (ANP) - Apotheken in Drenthe.",
                Some(("Apothekers slaan alarm", "ASSEN", "ASSEN (ANP)")),
            ),
            (
                "Fiji widens ban SUVA, Fiji (Reuters) - Fiji will.",
                Some(("Fiji widens ban", "SUVA", "SUVA, Fiji")),
            ),
            (
                "Oefening bij tunnel DEN HAAG (ANP/AFP) - Het.",
                Some((
                    "Oefening bij tunnel",
                    "DEN HAAG",
                    "DEN HAAG (ANP/AFP)",
                )),
            ),
            ("MOSKOU is groot (ANP) - x", None),
            (
                "Storm, regen DEN HAAG (ANP) - x",
                Some(("Storm, regen", "DEN HAAG", "DEN HAAG (ANP)")),
            ),
            (
                "Een zin (1) met DEN HAAG (ANP) - x",
                Some(("Een zin (1) met", "DEN HAAG", "DEN HAAG (ANP)")),
            ),
            ("Een zin met MOSKOU erin (ANP) - x", None),
            ("Hij zei het al. MOSKOU is groot.", None),
            ("Kop. Nog een zin (ANP) - x", None),
            (
                "Een zin van veel meer dan vijftien woorden is geen kop, \
                 hoe kort de woorden ook zijn en hoe vaak je het ook \
                 probeert. MOSKOU (ANP) - x",
                None,
            ),
        ];
        for (text, want) in cases {
            let seg = NewsSegmenter::new().segment(text);
            let got = seg.items.first().and_then(|item| {
                let headline = &text[item.headline?.range()];
                let dateline = item.dateline.as_ref()?;
                let body = seg.paragraphs.last()?.span;
                let body = &text[body.range()];
                Some((headline, dateline.place.as_str(), body))
            });
            match (got, want) {
                (Some((h, p, body)), Some((wh, wp, wb))) => {
                    assert_eq!((h, p), (*wh, *wp), "{text:?}");
                    assert!(body.starts_with(wb), "{text:?}: {body:?}");
                }
                (None, None) => {}
                (got, _) => panic!("{text:?}: {got:?}"),
            }
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
