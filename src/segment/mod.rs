//! Splits a news document into items, paragraphs and sentences.
//!
//! [`NewsSegmenter`] knows the shape of wire news ([`news`]); the sentence
//! splitter ([`sentences`]) is its own stage, for reuse. Another
//! [`Segmenter`] builds its [`Segments`] with a [`SegmentsBuilder`].
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

pub mod news;
pub mod sentences;

pub use news::NewsSegmenter;

/// Splits text into segments. Implement it to plug another segmentation
/// into an [`Extractor`](crate::Extractor); build the result with
/// [`Segments::builder`].
pub trait Segmenter:
    Send + Sync + UnwindSafe + RefUnwindSafe + std::fmt::Debug
{
    /// Segments `text`.
    fn segment(&self, text: &str) -> Segments;

    /// Segments `text` into `builder`, which may hand finished parts on
    /// as it goes ([`SegmentsBuilder::blocks`]). The default builds all
    /// of [`segment`](Self::segment) first; a segmenter that pushes its
    /// paragraphs into the builder one by one keeps memory flat on one
    /// huge document.
    fn segment_into(&self, builder: &mut SegmentsBuilder<'_>) {
        builder.append(self.segment(builder.text));
    }
}

/// The segments of one document, made with a [`SegmentsBuilder`], which
/// assigns the ids and checks the spans: every sentence lies in its
/// paragraph, every paragraph in its item, all on character boundaries of
/// the text and in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Segments {
    items: Vec<Item>,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
}

impl Segments {
    /// A builder for the segments of `text`.
    #[must_use]
    pub fn builder(text: &str) -> SegmentsBuilder<'_> {
        SegmentsBuilder::new(text)
    }

    /// News items, in text order.
    #[must_use]
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Paragraphs, in text order.
    #[must_use]
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// Sentences, in text order.
    #[must_use]
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Items, paragraphs and sentences, taken apart.
    #[must_use]
    pub fn into_parts(self) -> (Vec<Item>, Vec<Paragraph>, Vec<Sentence>) {
        (self.items, self.paragraphs, self.sentences)
    }
}

/// One news item: an article or a ticker entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct Agency {
    /// As written (`RTR`).
    pub name: String,
    /// Where it is.
    pub span: Span,
}

/// An item's age, as written (`48 minuten geleden`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct Sentence {
    /// Its index.
    pub id: SentenceId,
    /// Its text, without surrounding white space.
    pub span: Span,
    /// The paragraph it belongs to.
    pub paragraph: ParagraphId,
}

/// A span a [`SegmentsBuilder`] cannot take, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("segment {span:?}: {reason}")]
pub struct SegmentError {
    /// The span given.
    pub span: Span,
    /// What is wrong with it, in lower case.
    pub reason: &'static str,
}

/// Builds the [`Segments`] of one text: items, their paragraphs and the
/// paragraphs' sentences, in text order. It assigns every id and refuses
/// spans that do not fit, so that no segmentation can make extraction
/// fail.
///
/// # Examples
///
/// ```
/// use newsgraph::Span;
/// use newsgraph::segment::{ParagraphKind, Segments};
///
/// let text = "Kop\nEen zin. Nog een.";
/// let mut builder = Segments::builder(text);
/// builder.open_item(0)?;
/// builder.headline(Span::new(0, 3))?;
/// builder.paragraph(Span::new(0, 3), ParagraphKind::Headline)?;
/// builder.paragraph(Span::new(4, text.len()), ParagraphKind::Body)?;
/// let segments = builder.build();
/// assert_eq!(segments.sentences().len(), 3);
/// # Ok::<(), newsgraph::segment::SegmentError>(())
/// ```
pub struct SegmentsBuilder<'t> {
    text: &'t str,
    segments: Segments,
    /// The open item, which new paragraphs join.
    current: Option<usize>,
    /// Where the last paragraph ended (it may have been handed on).
    last_end: usize,
    /// Whether the last paragraph may get more sentences.
    paragraph_open: bool,
    /// Where blocks go, if they are handed on as they fill.
    blocks: Option<Blocks<'t>>,
}

/// Where a builder hands its blocks, and how big they are.
struct Blocks<'t> {
    bytes: usize,
    /// Where the next block starts.
    from: usize,
    /// How many items, paragraphs and sentences were handed on.
    handed: (usize, usize, usize),
    sink: Box<dyn FnMut(SegmentBlock) + 't>,
}

impl std::fmt::Debug for SegmentsBuilder<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SegmentsBuilder")
            .field("segments", &self.segments)
            .field("current", &self.current)
            .finish_non_exhaustive()
    }
}

/// A stretch of a document's segments, handed on by a
/// [`SegmentsBuilder`] in blocks of whole sentences.
///
/// Its ids are local: item, paragraph and sentence `i` of the block are
/// those of the document at `first.0 + i`, `first.1 + i` and `first.2 +
/// i`. It holds every sentence that lies in `range`, with their
/// paragraphs and items; the first paragraph and item may have started
/// in an earlier block, and the last ones may go on in the next. Only the
/// first `finished` items and paragraphs end in this block: those are
/// handed on here and never again.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SegmentBlock {
    /// The segments, with local ids.
    pub segments: Segments,
    /// The bytes of the document the block covers: from the end of the
    /// last block to the white space after its last sentence.
    pub range: Span,
    /// The document ids of its first item, paragraph and sentence.
    pub first: (usize, usize, usize),
    /// How many of its items and paragraphs end in it.
    pub finished: (usize, usize),
}

impl<'t> SegmentsBuilder<'t> {
    /// A builder for the segments of `text`.
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        SegmentsBuilder {
            text,
            segments: Segments::default(),
            current: None,
            last_end: 0,
            paragraph_open: false,
            blocks: None,
        }
    }

    /// Hands the segments on to `sink` in blocks of whole sentences of
    /// about `bytes` (a sentence longer than that is a block of its own),
    /// as soon as they are complete, so that the segments of a huge
    /// document are never all in memory. [`build`](Self::build) then
    /// hands on the rest and returns nothing.
    #[must_use]
    pub fn blocks(
        mut self,
        bytes: usize,
        sink: impl FnMut(SegmentBlock) + 't,
    ) -> Self {
        self.blocks = Some(Blocks {
            bytes: bytes.max(1),
            from: 0,
            handed: (0, 0, 0),
            sink: Box::new(sink),
        });
        self
    }

    /// The text being segmented.
    #[must_use]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Adds segments made whole for this text, as the default
    /// [`Segmenter::segment_into`] does: ids are renumbered after the
    /// builder's own.
    pub fn append(&mut self, segments: Segments) {
        let (items, paragraphs) =
            (self.segments.items.len(), self.segments.paragraphs.len());
        let sentences = self.segments.sentences.len();
        for mut item in segments.items {
            item.id = ItemId::from_index(item.id.as_usize() + items);
            self.segments.items.push(item);
        }
        for mut paragraph in segments.paragraphs {
            paragraph.id =
                ParagraphId::from_index(paragraph.id.as_usize() + paragraphs);
            paragraph.item = paragraph
                .item
                .map(|i| ItemId::from_index(i.as_usize() + items));
            self.last_end = self.last_end.max(paragraph.span.end);
            self.segments.paragraphs.push(paragraph);
        }
        for mut sentence in segments.sentences {
            sentence.id =
                SentenceId::from_index(sentence.id.as_usize() + sentences);
            sentence.paragraph = ParagraphId::from_index(
                sentence.paragraph.as_usize() + paragraphs,
            );
            self.segments.sentences.push(sentence);
        }
        self.current = None;
        self.hand_on(false);
    }

    /// Hands on full blocks; with `all`, everything left.
    fn hand_on(&mut self, all: bool) {
        let Some(blocks) = &self.blocks else { return };
        let bytes = blocks.bytes;
        loop {
            let from = self.blocks.as_ref().map_or(0, |b| b.from);
            let sentences = &self.segments.sentences;
            let full = sentences
                .last()
                .is_some_and(|s| s.span.end.saturating_sub(from) > bytes);
            if !(all || full) {
                return;
            }
            // Whole sentences up to the size, at least one.
            let count = if all {
                sentences.len()
            } else {
                sentences
                    .partition_point(|s| {
                        s.span.end.saturating_sub(from) <= bytes
                    })
                    .max(1)
            };
            let to = if all {
                self.text.len()
            } else {
                let end = sentences[count - 1].span.end;
                let rest = &self.text[end..];
                end + (rest.len() - rest.trim_start().len())
            };
            self.hand_on_block(count, to, all);
            if all {
                return;
            }
        }
    }

    /// Hands on the first `count` sentences as the block up to `to`.
    fn hand_on_block(&mut self, count: usize, to: usize, all: bool) {
        let segments = &mut self.segments;
        let rest_sentences = segments.sentences.split_off(count);
        // Paragraphs and items that a later sentence or paragraph (or the
        // open item) still needs stay for the next block.
        let paragraphs_done = match rest_sentences.first() {
            Some(s) => s.paragraph.as_usize(),
            None if self.paragraph_open => segments.paragraphs.len() - 1,
            None => segments
                .paragraphs
                .partition_point(|p| p.span.start < to || all),
        };
        let rest_paragraphs = segments.paragraphs.split_off(
            segments
                .paragraphs
                .partition_point(|p| p.span.start < to || all)
                .max(paragraphs_done),
        );
        let mut items_done = rest_paragraphs
            .iter()
            .chain(segments.paragraphs[paragraphs_done..].iter())
            .filter_map(|p| p.item)
            .map(ItemId::as_usize)
            .min()
            .unwrap_or(segments.items.len());
        if let Some(current) = self.current {
            items_done = items_done.min(current);
        }
        if all {
            items_done = segments.items.len();
        }
        let blocks = self.blocks.as_mut().expect("handing on blocks");
        let block = SegmentBlock {
            segments: Segments {
                items: segments.items.clone(),
                paragraphs: std::mem::replace(
                    &mut segments.paragraphs,
                    rest_paragraphs,
                ),
                sentences: std::mem::replace(
                    &mut segments.sentences,
                    rest_sentences,
                ),
            },
            range: Span::new(blocks.from, to),
            first: blocks.handed,
            finished: (items_done, paragraphs_done),
        };
        // What stays is renumbered from zero.
        let kept_paragraphs: Vec<Paragraph> =
            block.segments.paragraphs[paragraphs_done..].to_vec();
        segments.paragraphs.splice(0..0, kept_paragraphs);
        segments.items.drain(..items_done);
        let (shift_item, shift_paragraph) = (items_done, paragraphs_done);
        for (i, item) in segments.items.iter_mut().enumerate() {
            item.id = ItemId::from_index(i);
        }
        for (i, p) in segments.paragraphs.iter_mut().enumerate() {
            p.id = ParagraphId::from_index(i);
            p.item = p
                .item
                .map(|id| ItemId::from_index(id.as_usize() - shift_item));
        }
        for (i, s) in segments.sentences.iter_mut().enumerate() {
            s.id = SentenceId::from_index(i);
            s.paragraph = ParagraphId::from_index(
                s.paragraph.as_usize() - shift_paragraph,
            );
        }
        self.current = self.current.filter(|_| !all).map(|c| c - shift_item);
        blocks.from = to;
        blocks.handed.0 += items_done;
        blocks.handed.1 += paragraphs_done;
        blocks.handed.2 += count;
        (blocks.sink)(block);
    }

    /// Checks that `span` lies in the text on character boundaries.
    fn check(&self, span: Span) -> Result<Span, SegmentError> {
        let fail = |reason| Err(SegmentError { span, reason });
        if span.start > span.end || span.end > self.text.len() {
            return fail("outside the text");
        }
        if !self.text.is_char_boundary(span.start)
            || !self.text.is_char_boundary(span.end)
        {
            return fail("not on character boundaries");
        }
        Ok(span)
    }

    /// Opens a news item at byte `start`; the paragraphs pushed after it
    /// belong to it until the next item opens or it is closed.
    ///
    /// # Errors
    ///
    /// Fails if `start` is not a character boundary of the text, or lies
    /// before the end of the last paragraph.
    pub fn open_item(&mut self, start: usize) -> Result<ItemId, SegmentError> {
        let span = self.check(Span::new(start.min(self.text.len()), start))?;
        if self.last_end > start {
            return Err(SegmentError {
                span,
                reason: "before the last paragraph",
            });
        }
        let id = ItemId::from_index(self.segments.items.len());
        self.segments.items.push(Item {
            id,
            span,
            headline: None,
            dateline: None,
            age: None,
            section: None,
        });
        self.current = Some(id.as_usize());
        Ok(id)
    }

    /// Closes the open item: paragraphs pushed now belong to no item
    /// (section headers between items).
    pub fn close_item(&mut self) {
        self.current = None;
    }

    fn open(&mut self, span: Span) -> Result<&mut Item, SegmentError> {
        match self.current {
            Some(i) => Ok(&mut self.segments.items[i]),
            None => Err(SegmentError { span, reason: "no open item" }),
        }
    }

    /// Sets the open item's headline.
    ///
    /// # Errors
    ///
    /// Fails without an open item or when the span does not fit the text.
    pub fn headline(&mut self, span: Span) -> Result<(), SegmentError> {
        let span = self.check(span)?;
        self.open(span)?.headline = Some(span);
        Ok(())
    }

    /// Sets the section the open item is listed under
    /// (`Meer uit Buitenland`).
    ///
    /// # Errors
    ///
    /// Fails without an open item.
    pub fn section(&mut self, name: &str) -> Result<(), SegmentError> {
        self.open(Span::default())?.section = Some(name.to_string());
        Ok(())
    }

    /// Sets the open item's dateline: its whole span, the place and the
    /// credited agencies, all as spans of the text.
    ///
    /// # Errors
    ///
    /// Fails without an open item or when a span does not fit the text.
    pub fn dateline(
        &mut self,
        span: Span,
        place: Span,
        agencies: &[Span],
    ) -> Result<(), SegmentError> {
        let text = self.text;
        let span = self.check(span)?;
        let place = self.check(place)?;
        let agencies = agencies
            .iter()
            .map(|&a| {
                let a = self.check(a)?;
                Ok(Agency { name: text[a.range()].to_string(), span: a })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let place_name = text[place.range()].to_string();
        self.open(span)?.dateline = Some(Dateline {
            span,
            place: place_name,
            place_span: place,
            agencies,
        });
        Ok(())
    }

    /// Sets the open item's age (`48 minuten geleden`) and extends the
    /// item over it.
    ///
    /// # Errors
    ///
    /// Fails without an open item or when the span does not fit the text.
    pub fn age(&mut self, span: Span) -> Result<(), SegmentError> {
        let span = self.check(span)?;
        let text = self.text[span.range()].to_string();
        let item = self.open(span)?;
        item.age = Some(Age { text, span });
        item.span.end = item.span.end.max(span.end);
        Ok(())
    }

    /// Adds a paragraph to the open item (or to none); a body paragraph is
    /// split into sentences by [`sentences::split`], any other is one
    /// sentence.
    ///
    /// # Errors
    ///
    /// Fails when the span is empty, does not fit the text or starts before
    /// the end of the last paragraph.
    pub fn paragraph(
        &mut self,
        span: Span,
        kind: ParagraphKind,
    ) -> Result<ParagraphId, SegmentError> {
        let id = self.push_paragraph(span, kind)?;
        let text = self.text;
        // Blocks are handed on as the sentences come, so that one huge
        // paragraph is never all in memory.
        self.paragraph_open = true;
        let mut push = |span| {
            let sentences = &mut self.segments.sentences;
            let sid = SentenceId::from_index(sentences.len());
            // The paragraph's id moves when a block before it is handed on.
            let paragraph =
                self.segments.paragraphs.last().map_or(id, |p| p.id);
            sentences.push(Sentence { id: sid, span, paragraph });
            self.hand_on(false);
        };
        match kind {
            ParagraphKind::Body => sentences::split(text, span, &mut push),
            _ => push(span),
        }
        self.paragraph_open = false;
        self.hand_on(false);
        Ok(id)
    }

    /// Adds a paragraph with its own sentence spans, which must lie inside
    /// it, in order, without overlap.
    ///
    /// # Errors
    ///
    /// As [`paragraph`](Self::paragraph), and when a sentence does not
    /// fit; then nothing is added.
    pub fn paragraph_with_sentences(
        &mut self,
        span: Span,
        kind: ParagraphKind,
        sentences: &[Span],
    ) -> Result<ParagraphId, SegmentError> {
        let mut end = span.start;
        for &s in sentences {
            self.check(s)?;
            if s.is_empty() || s.start < end || !span.contains(s) {
                return Err(SegmentError {
                    span: s,
                    reason: "sentence empty, out of order or outside its paragraph",
                });
            }
            end = s.end;
        }
        let id = self.push_paragraph(span, kind)?;
        for &s in sentences {
            let sid = SentenceId::from_index(self.segments.sentences.len());
            self.segments.sentences.push(Sentence {
                id: sid,
                span: s,
                paragraph: id,
            });
        }
        self.hand_on(false);
        Ok(id)
    }

    fn push_paragraph(
        &mut self,
        span: Span,
        kind: ParagraphKind,
    ) -> Result<ParagraphId, SegmentError> {
        let span = self.check(span)?;
        let after_last = self.last_end <= span.start;
        if span.is_empty() || !after_last {
            return Err(SegmentError {
                span,
                reason: "empty, or before the last paragraph",
            });
        }
        let id = ParagraphId::from_index(self.segments.paragraphs.len());
        let item = self.current.map(|i| {
            let item = &mut self.segments.items[i];
            item.span.end = item.span.end.max(span.end);
            item.id
        });
        self.segments.paragraphs.push(Paragraph { id, span, kind, item });
        self.last_end = span.end;
        Ok(id)
    }

    /// The segments; when they are handed on in
    /// [`blocks`](Self::blocks), hands on the rest and returns none.
    #[must_use]
    pub fn build(mut self) -> Segments {
        if self.blocks.is_some() {
            self.hand_on(true);
            return Segments::default();
        }
        self.segments
    }
}
