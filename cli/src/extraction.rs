//! A document's extraction, with a JSON line's `title` kept apart from its
//! `text`.
//!
//! Joining the two into one text would shift every span of the text, so
//! that `text[start..end]` no longer gives the mention. Instead the title
//! and the text are extracted on their own; each mention says which
//! [`Field`] it is in, and its offsets slice that field. Title mentions have
//! the role `headline`; their sentence, paragraph and item numbers count
//! within the title.
//!
//! The graph needs one extraction per document, so that the document is
//! counted once: [`Extracted::for_graph`] places the title after the text,
//! behind a blank line, as a sentence, paragraph and item of its own. With
//! `--window document` the title shares its window with the text. Evidence
//! from a title therefore has a span past the end of `text`, in
//! `text + "\n\n" + title`.

use std::borrow::Cow;

use newsgraph::{CooccurrenceGraph, Extraction, Extractor, Role};
use serde::Serialize;

use newsgraph::corpus::Document;

/// Where a mention is: in the JSON line's `title` or in its `text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Field {
    Title,
    Text,
}

/// The extractions of one document.
pub(crate) struct Extracted {
    pub(crate) title: Option<Extraction>,
    pub(crate) text: Extraction,
}

/// What separates the text from the title in [`Extracted::for_graph`]: a
/// blank line ends a paragraph.
const GRAPH_SEPARATOR: &str = "\n\n";

/// Documents are extracted in blocks of about this many bytes of whole
/// sentences, so that memory stays flat on one huge document; a news
/// article is one block.
pub(crate) const BLOCK_BYTES: usize = 256 * 1024;

/// Extracts `doc` block by block: its title (mentions with the role
/// `headline`), then its text.
pub(crate) fn extract_blocks(
    extractor: &Extractor,
    doc: &Document,
    mut sink: impl FnMut(Field, Extraction),
) {
    if let Some(title) = &doc.title {
        extractor.extract_blocks(title, BLOCK_BYTES, |mut x| {
            for m in &mut x.mentions {
                m.role = Role::Headline;
            }
            sink(Field::Title, x);
        });
    }
    extractor.extract_blocks(&doc.text, BLOCK_BYTES, |x| sink(Field::Text, x));
}

/// Adds `doc` to `graph` block by block, with the title after the text as
/// in [`Extracted::for_graph`].
pub(crate) fn add_to_graph(
    extractor: &Extractor,
    graph: &mut CooccurrenceGraph,
    doc: &Document,
) {
    let date = doc.date.as_deref();
    let Some(title) = &doc.title else {
        let mut document = graph.document(Some(&doc.id), date, &doc.text);
        extractor.extract_blocks(&doc.text, BLOCK_BYTES, |x| {
            document.add_block(&x);
        });
        document.finish();
        return;
    };
    let text = format!("{}{GRAPH_SEPARATOR}{title}", doc.text);
    let mut document = graph.document(Some(&doc.id), date, &text);
    // Items, paragraphs and sentences so far, which the title's follow.
    let mut counts = (0, 0, 0);
    let mut add = |x: &Extraction, counts: &mut (usize, usize, usize)| {
        counts.0 += x.items.len();
        counts.1 += x.paragraphs.len();
        counts.2 += x.sentences.len();
        document.add_block(x);
    };
    extractor.extract_blocks(&doc.text, BLOCK_BYTES, |x| add(&x, &mut counts));
    let bytes = doc.text.len() + GRAPH_SEPARATOR.len();
    let chars = doc.text.chars().count() + GRAPH_SEPARATOR.len();
    extractor.extract_blocks(title, BLOCK_BYTES, |mut x| {
        for m in &mut x.mentions {
            m.role = Role::Headline;
        }
        x.shift(bytes, chars, counts);
        add(&x, &mut counts);
    });
    document.finish();
}

pub(crate) fn extract(extractor: &Extractor, doc: &Document) -> Extracted {
    let date = doc.date.as_deref();
    let title = doc.title.as_deref().map(|title| {
        let mut x = extractor.extract_document(&doc.id, date, title);
        for m in &mut x.mentions {
            m.role = Role::Headline;
        }
        x
    });
    let text = extractor.extract_document(&doc.id, date, &doc.text);
    Extracted { title, text }
}

#[cfg(test)]
impl Extracted {
    /// Every mention with its field: the title's first.
    pub(crate) fn mentions(
        &self,
    ) -> impl Iterator<Item = (Field, &newsgraph::Mention)> {
        let title = self.title.iter().flat_map(|x| &x.mentions);
        let text = &self.text.mentions;
        title
            .map(|m| (Field::Title, m))
            .chain(text.iter().map(|m| (Field::Text, m)))
    }
}

impl Extracted {
    /// One extraction for the graph, and the text its spans point into.
    pub(crate) fn for_graph(
        self,
        doc: &Document,
    ) -> (Extraction, Cow<'_, str>) {
        let (Some(title), Some(title_text)) = (self.title, &doc.title) else {
            return (self.text, Cow::Borrowed(&doc.text));
        };
        let mut joined = self.text;
        let text = format!("{}{GRAPH_SEPARATOR}{title_text}", doc.text);
        let bytes = doc.text.len() + GRAPH_SEPARATOR.len();
        let chars = doc.text.chars().count() + GRAPH_SEPARATOR.len();
        joined.append(title, bytes, chars);
        (joined, Cow::Owned(text))
    }
}

#[cfg(test)]
mod tests {
    use newsgraph::{Gazetteer, Kind};

    use super::*;

    fn extractor() -> Extractor {
        let tsv = "id\tname\taliases\nQ159\tRussia\tRusland\nQ794\tIran\t\n";
        let mut builder = Gazetteer::builder();
        builder.read_tsv("test", tsv.as_bytes(), Some(Kind::Country)).unwrap();
        Extractor::new(&builder.build().unwrap()).unwrap()
    }

    fn doc(title: Option<&str>, text: &str) -> Document {
        let mut doc = Document::new("d", text);
        doc.title = title.map(str::to_string);
        doc
    }

    #[test]
    fn spans_slice_their_field() {
        let extractor = extractor();
        // (title, text, mentions as (field, text))
        type Row<'a> = (Option<&'a str>, &'a str, &'a [(Field, &'a str)]);
        let rows: [Row; 4] = [
            (
                None,
                "Rusland en Iran.",
                &[(Field::Text, "Rusland"), (Field::Text, "Iran")],
            ),
            (
                Some("Iran dreigt"),
                "Rusland zwijgt. Iran ook.",
                &[
                    (Field::Title, "Iran"),
                    (Field::Text, "Rusland"),
                    (Field::Text, "Iran"),
                ],
            ),
            (Some("Geen namen"), "Iran.", &[(Field::Text, "Iran")]),
            (Some("Ruß Iran"), "", &[(Field::Title, "Iran")]),
        ];
        for (title, text, want) in rows {
            let d = doc(title, text);
            let x = extract(&extractor, &d);
            let got: Vec<(Field, &str)> =
                x.mentions().map(|(f, m)| (f, m.text.as_str())).collect();
            assert_eq!(got, want, "{title:?} {text:?}");
            for (field, m) in x.mentions() {
                let source = match field {
                    Field::Title => d.title.as_deref().unwrap(),
                    Field::Text => &d.text,
                };
                assert_eq!(&source[m.span.range()], m.text);
                let chars: String = source
                    .chars()
                    .skip(m.char_span.start)
                    .take(m.char_span.len())
                    .collect();
                assert_eq!(chars, m.text);
                let headline = m.role == Role::Headline;
                assert!(field == Field::Text || headline, "{m:?}");
            }
        }
    }

    #[test]
    fn the_graph_sees_the_title_after_the_text() {
        let extractor = extractor();
        let rows = [
            (None, "Rusland en Iran.", "Rusland en Iran."),
            (Some("Iran"), "Rusland.", "Rusland.\n\nIran"),
            (
                Some("Ruß en Iran"),
                "Één Rusland.",
                "Één Rusland.\n\nRuß en Iran",
            ),
        ];
        for (title, text, joined) in rows {
            let d = doc(title, text);
            let (x, graph_text) = extract(&extractor, &d).for_graph(&d);
            assert_eq!(graph_text, joined);
            let sentences: Vec<u32> =
                x.sentences.iter().map(|s| s.id.get()).collect();
            let ids: Vec<u32> = (0..x.sentences.len() as u32).collect();
            assert_eq!(sentences, ids, "{joined:?}");
            for m in &x.mentions {
                assert_eq!(&graph_text[m.span.range()], m.text);
                let chars: String = graph_text
                    .chars()
                    .skip(m.char_span.start)
                    .take(m.char_span.len())
                    .collect();
                assert_eq!(chars, m.text);
                let sentence = &x.sentences[m.sentence.as_usize()];
                assert!(sentence.span.start <= m.span.start);
                assert!(m.span.end <= sentence.span.end);
            }
            // The title is a sentence and paragraph of its own.
            if title.is_some() {
                let last = x.mentions.last().unwrap();
                let first = &x.mentions[0];
                assert_ne!(first.sentence, last.sentence);
                assert_ne!(first.paragraph, last.paragraph);
                assert_ne!(first.item, last.item);
            }
        }
    }
}
