//! The façade that runs the pipeline: segment, match, resolve, discover.

use std::cell::RefCell;
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use crate::discover::{self, Cue, CueKind};
use crate::error::Result;
use crate::events;
use crate::gazetteer::{Form, Gazetteer, Kind};
use crate::matcher::{Claim, Hit, Matcher, PieceScan};
use crate::normalize::{FoldedText, fold};
use crate::portfolios;
use crate::products;
use crate::segment::{
    Dateline, Item, NewsSegmenter, Paragraph, ParagraphKind, SegmentBlock,
    Segmenter, Segments, Sentence,
};
use crate::span::{EntityId, ItemId, ParagraphId, SentenceId, Span};

/// What part of an item a mention sits in.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize,
)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Role {
    /// Running text.
    Body,
    /// A headline.
    Headline,
    /// The place of a dateline (`MOSKOU (ANP) -`).
    Dateline,
    /// An agency credited in a dateline (`ANP`, `RTR`).
    Source,
}

impl Role {
    /// The lower-case name used in output (`dateline`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::Headline => "headline",
            Role::Dateline => "dateline",
            Role::Source => "source",
        }
    }
}

impl std::fmt::Display for Role {
    /// The name, padded to the formatter's width.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// When a partial form (`Poetin`, `Kallas`) counts as its entity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum PartialNames {
    /// Only after a full form of exactly one entity claiming it occurred
    /// earlier in the same document.
    #[default]
    AfterFullName,
    /// Never: partial forms are not reported.
    Never,
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The entity's id (`Q159`).
    pub entity: Arc<str>,
    /// The entity's kind.
    pub kind: Kind,
    /// The entity's canonical name.
    pub name: Arc<str>,
    /// The text as it stands in the document.
    pub text: String,
    /// Byte span in the document.
    pub span: Span,
    /// Character span in the document.
    pub char_span: Span,
    /// Which form matched.
    pub form: Form,
    /// Where in its item it stands.
    pub role: Role,
    /// Its sentence.
    pub sentence: SentenceId,
    /// Its paragraph.
    pub paragraph: ParagraphId,
    /// Its item (none in a section header).
    pub item: Option<ItemId>,
    /// Why discovery took it; `None` for gazetteer mentions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<Cue>,
}

/// A name that several entities share as a short name, where the document
/// named none of them (or several) in full before it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Unresolved {
    /// The text as it stands in the document.
    pub text: String,
    /// Byte span in the document.
    pub span: Span,
    /// The ids of the entities it may name.
    pub candidates: Vec<Arc<str>>,
}

/// Everything extracted from one document. Serialises deterministically.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Extraction {
    /// The document id, if given.
    pub id: Option<String>,
    /// The document date, if given (as given, typically ISO 8601).
    pub date: Option<String>,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// Short names of several entities that the document did not settle,
    /// in text order: reported, not guessed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<Unresolved>,
    /// News items.
    pub items: Vec<Item>,
    /// Paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
}

impl Extraction {
    /// Appends `other`, extracted from a text that follows this
    /// extraction's text at `byte_offset` (`char_offset` characters in):
    /// its spans move by that much and its ids follow this extraction's
    /// own, so the result is the extraction of the joined text, with
    /// `other`'s items, paragraphs and sentences kept as they were cut
    /// (the command appends a JSON line's title to its text this way).
    pub fn append(
        &mut self,
        mut other: Extraction,
        byte_offset: usize,
        char_offset: usize,
    ) {
        let first =
            (self.items.len(), self.paragraphs.len(), self.sentences.len());
        other.shift(byte_offset, char_offset, first);
        self.mentions.extend(other.mentions);
        self.unresolved.extend(other.unresolved);
        self.sentences.extend(other.sentences);
        self.paragraphs.extend(other.paragraphs);
        self.items.extend(other.items);
    }

    /// Appends the next block of the same document, as
    /// [`Extractor::extract_blocks`] hands them on: its ids and spans are
    /// already the document's.
    pub fn push_block(&mut self, block: Extraction) {
        self.mentions.extend(block.mentions);
        self.unresolved.extend(block.unresolved);
        self.items.extend(block.items);
        self.paragraphs.extend(block.paragraphs);
        self.sentences.extend(block.sentences);
    }

    /// Moves every span by `byte_offset` (`char_offset` characters) and
    /// numbers the items, paragraphs and sentences from `first`, as when
    /// the text it was extracted from follows another: see
    /// [`append`](Self::append), or a title added to the blocks of a huge
    /// document.
    pub fn shift(
        &mut self,
        byte_offset: usize,
        char_offset: usize,
        first: (usize, usize, usize),
    ) {
        let shift = |span: Span| {
            Span::new(span.start + byte_offset, span.end + byte_offset)
        };
        let (item, paragraph, sentence) = ids_from(first);
        for m in &mut self.mentions {
            m.span = shift(m.span);
            m.char_span = Span::new(
                m.char_span.start + char_offset,
                m.char_span.end + char_offset,
            );
            m.sentence = sentence(m.sentence);
            m.paragraph = paragraph(m.paragraph);
            m.item = m.item.map(item);
        }
        for u in &mut self.unresolved {
            u.span = shift(u.span);
        }
        for s in &mut self.sentences {
            s.id = sentence(s.id);
            s.span = shift(s.span);
            s.paragraph = paragraph(s.paragraph);
        }
        for p in &mut self.paragraphs {
            p.id = paragraph(p.id);
            p.span = shift(p.span);
            p.item = p.item.map(item);
        }
        for i in &mut self.items {
            i.id = item(i.id);
            i.span = shift(i.span);
            i.headline = i.headline.map(shift);
            if let Some(d) = &mut i.dateline {
                d.span = shift(d.span);
                d.place_span = shift(d.place_span);
                for a in &mut d.agencies {
                    a.span = shift(a.span);
                }
            }
            if let Some(age) = &mut i.age {
                age.span = shift(age.span);
            }
        }
    }
}

/// Configures and builds [`Extractor`]s; reusable.
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    kinds: Option<Vec<Kind>>,
    partial_names: PartialNames,
    segmenter: Option<Arc<dyn Segmenter>>,
    /// Stored negated, so that the derived default is on.
    no_discovery: bool,
}

impl ExtractorBuilder {
    /// A builder with the defaults: every kind, partial names after full
    /// names, the news segmenter, discovery on.
    #[must_use]
    pub fn new() -> Self {
        ExtractorBuilder::default()
    }

    /// Whether to discover people and organisations that no gazetteer
    /// lists (on by default; see [`discover`](crate::discover)). Discovery
    /// finds kinds person and organisation only, and only those that
    /// [`kinds`](Self::kinds) allows.
    pub fn discover(&mut self, yes: bool) -> &mut Self {
        self.no_discovery = !yes;
        self
    }

    /// Finds only entities of these kinds.
    pub fn kinds(&mut self, kinds: &[Kind]) -> &mut Self {
        self.kinds = Some(kinds.to_vec());
        self
    }

    /// Sets when partial forms count.
    pub fn partial_names(&mut self, rule: PartialNames) -> &mut Self {
        self.partial_names = rule;
        self
    }

    /// Replaces the segmenter.
    pub fn segmenter(
        &mut self,
        segmenter: impl Segmenter + 'static,
    ) -> &mut Self {
        self.segmenter = Some(Arc::new(segmenter));
        self
    }

    /// Compiles `gazetteer` into an extractor.
    ///
    /// # Errors
    ///
    /// Fails if the automaton cannot be built.
    pub fn build(&self, gazetteer: &Gazetteer) -> Result<Extractor> {
        let matcher = Matcher::with_filter(gazetteer, |e| {
            self.kinds.as_ref().is_none_or(|k| k.contains(&e.kind()))
        })?;
        // Countries by number, in order of first use: a country is its
        // own country, anything else lies in the one its row names.
        let mut countries: FxHashMap<&str, u32> = FxHashMap::default();
        let entities = gazetteer
            .entities()
            .iter()
            .map(|e| {
                let country = match e.kind() {
                    Kind::Country => Some(e.id()),
                    _ => e.country_id(),
                };
                let next = countries.len() as u32;
                EntityInfo {
                    id: Arc::from(e.id()),
                    name: Arc::from(e.name()),
                    kind: e.kind(),
                    cues: e.cues().into(),
                    topics: e.topics().into(),
                    country: country
                        .map(|c| *countries.entry(c).or_insert(next)),
                }
            })
            .collect();
        let wanted =
            |k: Kind| self.kinds.as_ref().is_none_or(|ks| ks.contains(&k));
        let discover = !self.no_discovery
            && (wanted(Kind::Person) || wanted(Kind::Organisation));
        if discover {
            discover::prepare();
        }
        Ok(Extractor {
            matcher,
            entities,
            discover,
            kinds: self.kinds.clone(),
            partial_names: self.partial_names,
            segmenter: self
                .segmenter
                .clone()
                .unwrap_or_else(|| Arc::new(NewsSegmenter::new())),
        })
    }
}

thread_local! {
    /// The folded copy and the hits of the last document extracted on this
    /// thread, kept for their buffers: archives are many small documents,
    /// and allocating these anew for each showed in extraction's profile
    /// (the folded copy never grows beyond one piece of the matcher).
    static SCRATCH: RefCell<(FoldedText, Vec<Hit>)> = RefCell::default();
}

/// What extraction carries from one block of a document to the next.
struct DocumentState {
    /// The matcher's scan, which runs ahead of the blocks.
    scan: PieceScan,
    /// Hits scanned but not yet in a block, in text order.
    pending: Vec<Hit>,
    resolving: Resolving,
    discovering: Discovering,
}

/// What resolving carries between blocks.
#[derive(Default)]
struct Resolving {
    /// Entities named in full so far: a set, as a long document names
    /// many, and every partial asks.
    named: FxHashSet<EntityId>,
    /// How often the document named each country so far, itself or by
    /// a place or region in it (`Maastricht`, `Nederlandse`), to settle a
    /// name that places in two countries share: up to the end of the
    /// sentence being resolved.
    countries: FxHashMap<u32, u32>,
    cues: Cues,
    chars: CharCounter,
}

/// What a hit's neighbourhood says of its partials: whether it stands in
/// a dateline, the entities named in full before it, and those named in
/// full below it in its item when it stands in a headline.
#[derive(Clone, Copy)]
struct Near<'a> {
    dateline: bool,
    named: &'a FxHashSet<EntityId>,
    below: &'a FxHashMap<EntityId, Span>,
}

/// What discovery carries between blocks.
#[derive(Default)]
struct Discovering {
    earlier: discover::Earlier,
    chars: CharCounter,
    /// The last block's mentions that run on into the next block (a name
    /// across a line break where the block was cut), which the next
    /// block's discovery must keep out of.
    overhang: Vec<Mention>,
    /// The people earlier blocks named by name or alias: a discovered
    /// namesake's surname stays theirs ([`Extractor::named_before`]).
    named_in_full: FxHashSet<Arc<str>>,
}

#[derive(Clone, Debug)]
struct EntityInfo {
    id: Arc<str>,
    name: Arc<str>,
    kind: Kind,
    /// Folded cue words of its cued names.
    cues: Box<[String]>,
    /// Folded topic words that select its cued names in an item.
    topics: Box<[String]>,
    /// The country it is or lies in, numbered by the extractor.
    country: Option<u32>,
}

/// Finds the entities of a gazetteer in news text.
///
/// Build one per gazetteer and share it: it is `Send + Sync`, and
/// extraction does not change it.
#[derive(Clone, Debug)]
pub struct Extractor {
    matcher: Matcher,
    entities: Vec<EntityInfo>,
    partial_names: PartialNames,
    segmenter: Arc<dyn Segmenter>,
    discover: bool,
    kinds: Option<Vec<Kind>>,
}

impl Extractor {
    /// An extractor with the default options.
    ///
    /// # Errors
    ///
    /// Fails if the automaton cannot be built.
    pub fn new(gazetteer: &Gazetteer) -> Result<Extractor> {
        ExtractorBuilder::new().build(gazetteer)
    }

    /// A builder for options.
    #[must_use]
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The compiled matcher, for callers that want bare matches.
    #[must_use]
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Extracts mentions and segments from one document.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{Extractor, Form, Gazetteer, Role};
    ///
    /// let extractor = Extractor::new(Gazetteer::builtin())?;
    /// let text = "KYIV (ANP/AFP) - Zelenski sprak met Vladimir Poetin. Poetins antwoord bleef uit.";
    /// let x = extractor.extract(text);
    /// let found: Vec<(&str, Form, Role)> =
    ///     x.mentions.iter().map(|m| (&text[m.span.range()], m.form, m.role)).collect();
    /// assert!(found.contains(&("KYIV", Form::Name, Role::Dateline)));
    /// // The surname alone names him (a short name); the genitive s stays
    /// // out of the span.
    /// assert!(found.contains(&("Poetin", Form::Short, Role::Body)));
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    #[must_use]
    pub fn extract(&self, text: &str) -> Extraction {
        let mut whole = Extraction::default();
        self.extract_blocks(text, usize::MAX, |block| whole.push_block(block));
        whole
    }

    /// Extracts from one document in blocks of whole sentences of about
    /// `bytes`, handing each to `sink` as soon as it is done, so that
    /// memory stays flat on one huge document (a book, a whole archive
    /// in one file).
    ///
    /// Each block's spans and ids are the document's; its items and
    /// paragraphs are those that end in it. Joined, the blocks are the
    /// [`extract`](Self::extract) of the document, with one difference
    /// for blocks smaller than the document: a surname next to a speech
    /// verb (`Leerdam zei`) counts when its full name came earlier in the
    /// same block, not anywhere before. The command uses blocks of
    /// 256 KiB, so news articles are always one block.
    ///
    /// # Examples
    ///
    /// ```
    /// use newsgraph::{Extractor, Gazetteer};
    ///
    /// let extractor = Extractor::new(Gazetteer::builtin())?;
    /// let text = "Rusland en Iran oefenen.\n\nNoord-Korea kijkt toe.";
    /// let (mut blocks, mut mentions) = (0, Vec::new());
    /// extractor.extract_blocks(text, 10, |block| {
    ///     blocks += 1;
    ///     mentions.extend(block.mentions);
    /// });
    /// assert!(blocks > 1);
    /// assert_eq!(mentions, extractor.extract(text).mentions);
    /// assert_eq!(mentions[2].sentence.as_usize(), 1);
    /// # Ok::<(), newsgraph::Error>(())
    /// ```
    pub fn extract_blocks(
        &self,
        text: &str,
        bytes: usize,
        mut sink: impl FnMut(Extraction),
    ) {
        let mut state = DocumentState {
            scan: PieceScan::whole(),
            pending: SCRATCH.with_borrow_mut(|(_, hits)| std::mem::take(hits)),
            resolving: Resolving::default(),
            discovering: Discovering::default(),
        };
        state.pending.clear();
        let mut builder = Segments::builder(text).blocks(bytes, |block| {
            sink(self.extract_block(text, block, &mut state));
        });
        self.segmenter.segment_into(&mut builder);
        let _ = builder.build();
        // Keep no more than a typical document needs.
        let mut hits = state.pending;
        hits.clear();
        hits.shrink_to(1024);
        SCRATCH.with_borrow_mut(|(_, kept)| *kept = hits);
    }

    /// Extracts the mentions of one block of segments.
    fn extract_block(
        &self,
        text: &str,
        block: SegmentBlock,
        state: &mut DocumentState,
    ) -> Extraction {
        let SegmentBlock { segments, range, first, finished, .. } = block;
        SCRATCH.with_borrow_mut(|(folded, _)| {
            let pending = &mut state.pending;
            self.matcher.scan_until(
                text,
                &mut state.scan,
                range.end,
                folded,
                pending,
            );
            let datelines = segments
                .items()
                .iter()
                .filter_map(|item| item.dateline.as_ref())
                // A dateline's place may run on past the block's last
                // sentence (`MOSKOU . D (ANP) -`, cut after `MOSKOU .`):
                // the block it starts in matches it.
                .filter(|d| {
                    range.start <= d.place_span.start
                        && d.place_span.start < range.end
                });
            self.match_dateline_places(text, datelines, folded, pending);
        });
        let n = state.pending.partition_point(|h| h.span.start < range.end);
        let hits = &state.pending[..n];
        let (mut mentions, unresolved) =
            self.resolve(text, hits, &segments, &mut state.resolving);
        // `Elias`: a given name, not the gazetteer's `Elia` and a genitive;
        // dropped before discovery, which may read the person. Nor is
        // `Pan-American` a country's adjective, nor `Jan Smit` of
        // `Erik-Jan Smits` a known person: a double given name goes on.
        mentions.retain(|m| {
            let given = m.kind != Kind::Person
                && discover::inside_given_name(text, m.span);
            let head = &text[..m.span.start];
            let pan = m.kind == Kind::Country
                && (head.ends_with("Pan-") || head.ends_with("pan-"));
            let double_given = m.kind == Kind::Person
                && text[m.span.range()].contains(' ')
                && head.strip_suffix('-').is_some_and(|h| {
                    let word = h.rsplit(|c: char| !c.is_alphabetic()).next();
                    word.is_some_and(|w| w.starts_with(char::is_uppercase))
                });
            !given
                && !pan
                && !double_given
                && !plural_after_the(text, m)
                && !elided_into_name(text, m.span)
                && !opens_a_code(text, m.span)
        });
        if self.discover {
            self.add_discovered(
                text,
                range,
                &segments,
                hits,
                &mut mentions,
                &mut state.discovering,
            );
            state.discovering.named_in_full.extend(
                mentions
                    .iter()
                    .filter(|m| {
                        m.kind == Kind::Person
                            && matches!(m.form, Form::Name | Form::Alias)
                    })
                    .map(|m| m.entity.clone()),
            );
        }
        let quotes = opening_quotes(text, range);
        mentions.retain(|m| {
            let discovered_event = m.form == Form::Discovered
                && m.kind == Kind::Organisation
                && events::is_event_name(&text[m.span.range()]);
            let product = m.kind == Kind::Organisation
                && products::names_no_body(text, m.span);
            // Only a sentence that opens quotes may hold a title; a
            // discovered name was read for one already, where it was found
            // (its later mentions link to it in every block alike).
            let title = m.form != Form::Discovered
                && sentence_at(segments.sentences(), m.span.start)
                    .filter(|s| {
                        let i = quotes.partition_point(|&q| q < s.span.start);
                        quotes.get(i).is_some_and(|&q| q < m.span.start)
                    })
                    .is_some_and(|s| {
                        discover::in_quoted_title(text, s.span, m.span)
                    });
            !discovered_event
                && !product
                && !products::names_a_ship(text, m.span)
                && !title
                && !events::in_event_name(text, m.kind, m.span)
        });
        state.pending.drain(..n);
        let (mut items, mut paragraphs, sentences) = segments.into_parts();
        items.truncate(finished.0);
        paragraphs.truncate(finished.1);
        let mut block = Extraction {
            id: None,
            date: None,
            mentions,
            unresolved,
            items,
            paragraphs,
            sentences,
        };
        block.shift(0, 0, first);
        block
    }

    /// Extracts from one document with its id and optional date.
    #[must_use]
    pub fn extract_document(
        &self,
        id: impl Into<String>,
        date: Option<&str>,
        text: &str,
    ) -> Extraction {
        let mut extraction = self.extract(text);
        extraction.id = Some(id.into());
        extraction.date = date.map(str::to_string);
        extraction
    }

    /// Matches each dateline place on its own where the scan found nothing
    /// there: tickers glue the place to the age before it (`48 minuten
    /// geledenKYIV`), where no word starts.
    fn match_dateline_places<'d>(
        &self,
        text: &str,
        datelines: impl Iterator<Item = &'d Dateline>,
        scratch: &mut FoldedText,
        hits: &mut Vec<Hit>,
    ) {
        let (mut found, mut extra) = (Vec::new(), Vec::new());
        for dateline in datelines {
            let place = dateline.place_span;
            self.end_before_dateline(text, place, scratch, hits);
            self.match_within(text, place, scratch, &mut found);
            extra.extend(
                found.drain(..).filter(|hit| free_slot(hits, hit).is_some()),
            );
        }
        if !extra.is_empty() {
            hits.extend(extra);
            hits.sort_by_key(|h| h.span.start);
        }
    }

    /// Ends each hit that runs from a headline without a stop into the
    /// dateline's place (`debutant in Ahoy ROTTERDAM (ANP) -`) where the
    /// place starts: the place says where the item was filed, and the
    /// headline's words before it are matched alone.
    fn end_before_dateline(
        &self,
        text: &str,
        place: Span,
        scratch: &mut FoldedText,
        hits: &mut Vec<Hit>,
    ) {
        let straddles =
            |h: &Hit| h.span.start < place.start && place.start < h.span.end;
        let Some(start) =
            hits.iter().filter(|h| straddles(h)).map(|h| h.span.start).min()
        else {
            return;
        };
        hits.retain(|h| !straddles(h));
        let head = Span::new(
            start,
            start + text[start..place.start].trim_end().len(),
        );
        let mut found = Vec::new();
        self.match_within(text, head, scratch, &mut found);
        for hit in found {
            if let Some(at) = free_slot(hits, &hit) {
                hits.insert(at, hit);
            }
        }
    }

    /// Matches the words of `span` on their own into `found` (cleared
    /// first), placed in `text`.
    fn match_within(
        &self,
        text: &str,
        span: Span,
        scratch: &mut FoldedText,
        found: &mut Vec<Hit>,
    ) {
        found.clear();
        self.matcher.find_into(&text[span.range()], scratch, found);
        for hit in found.iter_mut() {
            hit.span.start += span.start;
            hit.span.end += span.start;
        }
    }

    /// Turns hits into mentions: picks the entity of each hit, drops
    /// partials without support, and places each mention in its segments.
    fn resolve(
        &self,
        text: &str,
        hits: &[Hit],
        segments: &Segments,
        state: &mut Resolving,
    ) -> (Vec<Mention>, Vec<Unresolved>) {
        let Resolving { named, countries, cues, chars } = state;
        let mut mentions = Vec::with_capacity(hits.len());
        let mut unresolved = Vec::new();
        // Countries count up to the end of the hit's sentence, so that
        // where blocks are cut changes nothing.
        let mut counted = 0;
        // For a headline, the entities its item names in full after it.
        let mut headline_item = None;
        let mut named_below = FxHashMap::default();
        let none_below = FxHashMap::default();
        // And the countries counted so far with those its item names.
        let mut headline_countries = FxHashMap::default();
        for (i, hit) in hits.iter().enumerate() {
            let sentence = sentence_at(segments.sentences(), hit.span.start);
            let upto = sentence.map_or(hit.span.end, |s| s.span.end);
            let ahead =
                hits[counted..].partition_point(|h| h.span.start < upto);
            self.count_countries(&hits[counted..counted + ahead], countries);
            counted += ahead;
            let paragraph = sentence
                .map(|s| &segments.paragraphs()[s.paragraph.as_usize()]);
            let role =
                paragraph.map(|p| role_of(hit.span, p, segments.items()));
            let dateline = role == Some(Role::Dateline);
            let item = paragraph.and_then(|p| p.item);
            let (below, countries) = match item {
                Some(item) if role == Some(Role::Headline) => {
                    if headline_item != Some(item) {
                        headline_item = Some(item);
                        let end = segments.items()[item.as_usize()].span.end;
                        named_below = self.named_in_full(&hits[i + 1..], end);
                        // `Bougainville wil …` over `de regio
                        // Bougainville`: named by its cue below, read only
                        // where the headline has a cued name.
                        let headline_end = paragraph.map_or(0, |p| p.span.end);
                        let cued_here = hits[i..]
                            .iter()
                            .take_while(|h| h.span.end <= headline_end)
                            .any(|h| {
                                self.matcher
                                    .claims(h)
                                    .any(|c| c.form == Form::Cued)
                            });
                        if cued_here {
                            self.cued_below(
                                text,
                                hits,
                                (i + 1, end),
                                countries,
                            )
                            .for_each(
                                |(entity, span)| {
                                    named_below.entry(entity).or_insert(span);
                                },
                            );
                        }
                        // `Arriva verliest vervoer in Limburg` over
                        // `MAASTRICHT (ANP) -`: the Dutch province.
                        headline_countries.clone_from(countries);
                        let rest = &hits[counted..];
                        let item_hits =
                            rest.partition_point(|h| h.span.end <= end);
                        self.count_countries(
                            &rest[..item_hits],
                            &mut headline_countries,
                        );
                    }
                    (&named_below, &headline_countries)
                }
                _ => (&none_below, &*countries),
            };
            // Topics select a cued name in an item's headline and body,
            // not in its dateline.
            let topic_area = item.filter(|_| !dateline).map(|item| {
                &text[segments.items()[item.as_usize()].span.range()]
            });
            let choice =
                match self.cued(text, hits, i, cues, countries, topic_area) {
                    Some(choice) => choice,
                    None => {
                        let near = Near { dateline, named, below };
                        self.choose(text, hit, near, countries)
                    }
                };
            let claim = match choice {
                Choice::Claim(claim) => claim,
                Choice::None => continue,
                Choice::Unresolved(form) => {
                    let mut candidates: Vec<Arc<str>> = self
                        .matcher
                        .claims(hit)
                        .filter(|c| c.form == form)
                        .map(|c| self.entities[c.entity.as_usize()].id.clone())
                        .collect();
                    candidates.dedup();
                    unresolved.push(Unresolved {
                        text: text[hit.span.range()].to_string(),
                        span: hit.span,
                        candidates,
                    });
                    continue;
                }
            };
            let (Some(sentence), Some(paragraph), Some(role)) =
                (sentence, paragraph, role)
            else {
                continue;
            };
            // A headline's partial that only the item below names in full
            // says so: that name is its cue, as for a discovered name.
            let cue = (claim.form == Form::Partial
                && !named.contains(&claim.entity))
            .then(|| below.get(&claim.entity))
            .flatten()
            .map(|&span| Cue {
                kind: CueKind::Earlier,
                text: text[span.range()].to_string(),
                span,
            });
            if !matches!(claim.form, Form::Partial | Form::Adjective) {
                named.insert(claim.entity);
            }
            let entity = &self.entities[claim.entity.as_usize()];
            let span = without_lower_case_opening(text, entity.kind, hit.span);
            mentions.push(Mention {
                entity: entity.id.clone(),
                kind: entity.kind,
                name: entity.name.clone(),
                text: text[span.range()].to_string(),
                span,
                char_span: chars.char_span(text, span),
                form: claim.form,
                role,
                sentence: sentence.id,
                paragraph: paragraph.id,
                item: paragraph.item,
                cue,
            });
        }
        self.count_countries(&hits[counted..], countries);
        (mentions, unresolved)
    }

    /// The entities that `hits` up to byte `end` name by a form of one
    /// entity alone, in full (no partial, short or adjective), with where
    /// each is first named so.
    fn named_in_full(
        &self,
        hits: &[Hit],
        end: usize,
    ) -> FxHashMap<EntityId, Span> {
        let mut named = FxHashMap::default();
        for hit in hits.iter().take_while(|h| h.span.end <= end) {
            let full = |form| matches!(form, Form::Name | Form::Alias);
            if let Some(one) = self.sole_claim(hit, full) {
                named.entry(one.entity).or_insert(hit.span);
            }
        }
        named
    }

    /// The entities that a cue word settles among the hits from index
    /// `from` up to byte `end` (`de regio Bougainville`), with where each
    /// is, read as [`cued`](Self::cued) reads them.
    fn cued_below<'h>(
        &'h self,
        text: &'h str,
        hits: &'h [Hit],
        (from, end): (usize, usize),
        countries: &'h FxHashMap<u32, u32>,
    ) -> impl Iterator<Item = (EntityId, Span)> + 'h {
        let mut cues = Cues::default();
        (from..hits.len())
            .take_while(move |&j| hits[j].span.end <= end)
            .filter_map(move |j| {
                match self.cued(text, hits, j, &mut cues, countries, None)? {
                    Choice::Claim(c) => Some((c.entity, hits[j].span)),
                    _ => None,
                }
            })
    }

    /// The claim of `hit` when exactly one of its claims has a form that
    /// `forms` accepts.
    fn sole_claim<'m>(
        &'m self,
        hit: &'m Hit,
        forms: impl Fn(Form) -> bool,
    ) -> Option<&'m Claim> {
        let mut claims = self.matcher.claims(hit).filter(|c| forms(c.form));
        match (claims.next(), claims.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// What a hit names. A partial of exactly one entity named earlier
    /// (or, in a headline, below it in its item) wins (but a town's name
    /// after a preposition of place in `text`, or in a dateline, stays the
    /// town); else a full form; else a cued name, with no cue, of exactly
    /// one entity named earlier (or, in a headline, below it) where no
    /// short name claims it; else a
    /// short name of one
    /// entity, or of several of which exactly one was named earlier or
    /// the document's countries settle ([`by_country`](Self::by_country));
    /// else nothing, and a short name that stays open is returned as
    /// unresolved.
    fn choose<'m>(
        &'m self,
        text: &str,
        hit: &'m Hit,
        Near { dateline, named, below }: Near<'_>,
        countries: &FxHashMap<u32, u32>,
    ) -> Choice<'m> {
        let mut full = None;
        let (mut partial, mut partials) = (None, 0);
        let (mut short, mut shorts) = (None, 0);
        let (mut named_short, mut named_shorts) = (None, 0);
        let (mut named_cued, mut named_cueds) = (None, 0);
        let after_full_name =
            self.partial_names == PartialNames::AfterFullName;
        for claim in self.matcher.claims(hit) {
            let counted = |one: &Option<&Claim>| {
                one.is_none_or(|c: &Claim| c.entity != claim.entity)
            };
            match claim.form {
                Form::Partial => {
                    let full_name = named.contains(&claim.entity)
                        || below.contains_key(&claim.entity);
                    if after_full_name && full_name && counted(&partial) {
                        partials += 1;
                        partial = Some(claim);
                    }
                }
                Form::Short => {
                    if counted(&short) {
                        shorts += 1;
                        short = Some(claim);
                    }
                    if named.contains(&claim.entity) && counted(&named_short) {
                        named_shorts += 1;
                        named_short = Some(claim);
                    }
                }
                // Settled by a cue word, before this choice; without one,
                // by the entity's earlier mention (`de regio Bougainville
                // … Bougainville-president`), where nothing else claims
                // the name.
                Form::Cued => {
                    let earlier = named.contains(&claim.entity)
                        || below.contains_key(&claim.entity);
                    if earlier && counted(&named_cued) {
                        named_cueds += 1;
                        named_cued = Some(claim);
                    }
                }
                _ => full = full.or(Some(claim)),
            }
        }
        if partials == 1 {
            // `in Gent` after `KAA Gent`: a town right after a preposition
            // of place, or a dateline's (`BRUGGE (Belga) -` after `Club
            // Brugge`), stays the town.
            let place = full.filter(|f| {
                matches!(
                    self.entities[f.entity.as_usize()].kind,
                    Kind::Place | Kind::Region
                ) && (dateline || discover::after_locative(text, hit.span))
            });
            return Choice::Claim(place.unwrap_or(partial.expect("counted")));
        }
        // A body's short name that is also a theme's word (`Defensie`,
        // `defensie*`): the body alone (`Defensie wil niet zeggen`), the
        // theme in a role's portfolio (`minister van Defensie`), where
        // the body is no mention.
        let body_short = short.is_some_and(|c| {
            self.entities[c.entity.as_usize()].kind == Kind::Organisation
        });
        let portfolio =
            body_short && portfolios::names_portfolio(text, hit.span);
        let theme = full.filter(|f| {
            self.entities[f.entity.as_usize()].kind == Kind::Theme
        });
        if portfolio {
            return theme.map_or(Choice::None, Choice::Claim);
        }
        if let Some(full) = full.filter(|_| theme.is_none() || !body_short) {
            return Choice::Claim(full);
        }
        // Alone: no genitive (`Brabants Landschap`) and no capitalised
        // word after it (`Flores Timur`), which make another name.
        let alone = || {
            let rest = &text[hit.span.end..];
            !rest.starts_with(char::is_alphanumeric)
                && !rest
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
        };
        if shorts == 0 && named_cueds == 1 && alone() {
            return Choice::Claim(named_cued.expect("counted"));
        }
        // A place's short name and `s` before a capitalised word is the
        // Dutch adjective in a name (`Brabants Landschap`, `Limburgs
        // Museum`), no mention of the place.
        let adjective_in_name = || {
            short.is_some_and(|c| {
                matches!(
                    self.entities[c.entity.as_usize()].kind,
                    Kind::Place | Kind::Region
                )
            }) && text[hit.span.end..]
                .strip_prefix("s ")
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        };
        if shorts > 0 && adjective_in_name() {
            return Choice::None;
        }
        match shorts {
            0 => Choice::None,
            1 => Choice::Claim(short.expect("counted")),
            _ if named_shorts == 1 => {
                Choice::Claim(named_short.expect("counted"))
            }
            _ => {
                let shorts =
                    self.matcher.claims(hit).filter(|c| c.form == Form::Short);
                // Unsettled, the word is still its theme's.
                self.by_country(shorts, countries)
                    .or(theme)
                    .map_or(Choice::Unresolved(Form::Short), Choice::Claim)
            }
        }
    }

    /// The choice a cue word makes for hit `i`, if it has cued names and a
    /// cue word of theirs stands right before it (`de regio Charkiv`),
    /// right after it (`Kharkiv Oblast`, `Arequipa's regional governor`),
    /// or before or after the list it is in (`de regio's Soemy, Charkiv
    /// en Donetsk`, `the Sumy and Kharkiv regions`); with no cue word,
    /// a topic word of the entity's anywhere in `topic_area`, the news
    /// item (`Mayo beat Kerry` in a report of Gaelic football). Several
    /// cued that way are settled by the document's countries, if they can
    /// be. `None` leaves the hit to [`choose`](Self::choose).
    fn cued<'m>(
        &'m self,
        text: &str,
        hits: &'m [Hit],
        i: usize,
        cues: &mut Cues,
        countries: &FxHashMap<u32, u32>,
        topic_area: Option<&str>,
    ) -> Option<Choice<'m>> {
        let hit = &hits[i];
        let mut cued = self
            .matcher
            .claims(hit)
            .filter(|c| c.form == Form::Cued)
            .peekable();
        cued.peek()?;
        let before = cues.before(text, hit.span.start);
        let cue_of = |claim: &&Claim| {
            let cues = &self.entities[claim.entity.as_usize()].cues;
            let after = || cue_after(text, hits, i);
            before.as_deref().is_some_and(|w| cues.iter().any(|c| c == w))
                || after().is_some_and(|w| cues.contains(&w))
        };
        let cued: Vec<&Claim> = cued.collect();
        let mut chosen: Vec<&Claim> =
            cued.iter().copied().filter(cue_of).collect();
        if chosen.is_empty() && self.listed_with_a_region(text, hits, i) {
            // `in Groningen en Drenthe`: named in one breath with a
            // region, the name is the region.
            chosen = cued
                .iter()
                .copied()
                .filter(|c| {
                    self.entities[c.entity.as_usize()].kind == Kind::Region
                })
                .collect();
        }
        let topics = |c: &&Claim| &self.entities[c.entity.as_usize()].topics;
        if chosen.is_empty() && cued.iter().any(|c| !topics(c).is_empty()) {
            // Not right after a preposition of place (`in Galway`), where
            // a town is the town, nor in capitals before a dash, a
            // dateline the segmenter did not read as one (`DUBLIN -`).
            let capitals_before_dash = || {
                !text[hit.span.range()].chars().any(char::is_lowercase)
                    && text[hit.span.end..].starts_with(" -")
            };
            let area = topic_area.filter(|_| {
                !discover::after_locative(text, hit.span)
                    && !capitals_before_dash()
            });
            if let Some(area) = area {
                chosen = cued
                    .iter()
                    .copied()
                    .filter(|c| has_topic(area, topics(c)))
                    .collect();
            }
        }
        chosen.dedup_by_key(|c| c.entity);
        let one = match chosen[..] {
            [] => return None,
            [claim] => claim,
            _ => match self.by_country(chosen.iter().copied(), countries) {
                Some(claim) => claim,
                None => return Some(Choice::Unresolved(Form::Cued)),
            },
        };
        cues.last = Some((hit.span.end, before));
        Some(Choice::Claim(one))
    }
}

impl Extractor {
    /// Counts the countries that `hits` name by a full form of one entity
    /// (a name, an alias or an adjective): the country itself, or the
    /// country a place or region lies in. People and bodies do not count:
    /// where a text is set says little of who is named in it.
    fn count_countries(&self, hits: &[Hit], counts: &mut FxHashMap<u32, u32>) {
        for hit in hits {
            let Some(one) = self.sole_claim(hit, |form| {
                matches!(form, Form::Name | Form::Alias | Form::Adjective)
            }) else {
                continue;
            };
            let entity = &self.entities[one.entity.as_usize()];
            if let (
                Kind::Place | Kind::Region | Kind::Country,
                Some(country),
            ) = (entity.kind, entity.country)
            {
                *counts.entry(country).or_default() += 1;
            }
        }
    }

    /// The one of `claims` (of one form, shared) that the document's
    /// countries settle: among places, regions, countries and bodies,
    /// the one whose country the document names more often than any
    /// other's, before or in the same sentence (`Limburg` in a text that
    /// names `Maastricht` is the Dutch province, `CBS` in one datelined
    /// `DEN HAAG` is Statistics Netherlands). A person's or a body's
    /// country is no such evidence.
    fn by_country<'m>(
        &self,
        claims: impl Iterator<Item = &'m Claim>,
        counts: &FxHashMap<u32, u32>,
    ) -> Option<&'m Claim> {
        let mut best: Option<(&Claim, u32)> = None;
        let mut tied = false;
        for claim in claims {
            let entity = &self.entities[claim.entity.as_usize()];
            if !matches!(
                entity.kind,
                Kind::Place
                    | Kind::Region
                    | Kind::Country
                    | Kind::Organisation
            ) {
                return None;
            }
            let count = entity
                .country
                .and_then(|c| counts.get(&c).copied())
                .unwrap_or(0);
            match best {
                Some((b, n)) if b.entity == claim.entity || n > count => {}
                Some((_, n)) if n == count => tied = true,
                _ => {
                    best = Some((claim, count));
                    tied = false;
                }
            }
        }
        best.filter(|&(_, n)| n > 0 && !tied).map(|(claim, _)| claim)
    }

    /// Whether hit `i` stands in a list (`Groningen en Drenthe`,
    /// `Drenthe, Groningen`) next to a hit that names a region outright.
    fn listed_with_a_region(
        &self,
        text: &str,
        hits: &[Hit],
        i: usize,
    ) -> bool {
        let names_a_region = |j: usize| {
            self.matcher.claims(&hits[j]).any(|c| {
                matches!(c.form, Form::Name | Form::Alias)
                    && self.entities[c.entity.as_usize()].kind == Kind::Region
            })
        };
        // A list word (`en`, `and`) or a comma between the two.
        let gap = |a: &Hit, b: &Hit| {
            let Some(gap) = text.get(a.span.end..b.span.start) else {
                return false;
            };
            is_list_gap(gap) && first_word(gap).is_some() || gap.trim() == ","
        };
        let before =
            i > 0 && gap(&hits[i - 1], &hits[i]) && names_a_region(i - 1);
        let after = hits
            .get(i + 1)
            .is_some_and(|next| gap(&hits[i], next) && names_a_region(i + 1));
        before || after
    }
}

/// The cue word of the list a cued name was last found in, so that the
/// next name of that list shares it (`de regio's Soemy, Charkiv en …`).
#[derive(Default)]
struct Cues {
    /// Where the last cued name ended, and the cue word before it.
    last: Option<(usize, Option<String>)>,
}

impl Cues {
    /// The cue word before the name at `start`: the word right before it,
    /// or, when only list separators stand between it and the last cued
    /// name, that name's cue word.
    fn before(&self, text: &str, start: usize) -> Option<String> {
        if let Some((end, cue)) = &self.last {
            if *end <= start && is_list_gap(&text[*end..start]) {
                return cue.clone();
            }
        }
        // `the state of Georgia`: the cue may stand before `of`, and
        // before the article Dutch gives a river (`de rivier de Don`).
        let word = word_before(text, start)?;
        if matches!(word, "of" | "van" | "de") {
            let of = text[..start].trim_end().len() - word.len();
            return word_before(text, of).map(fold);
        }
        Some(fold(word))
    }
}

/// The cue word after hit `i`, or after the list of hits it starts, or
/// the head of the compound it opens (`Paraguay-rivier`).
fn cue_after(text: &str, hits: &[Hit], i: usize) -> Option<String> {
    let mut j = i;
    loop {
        let end = hits[j].span.end;
        let next = hits.get(j + 1).map_or(text.len(), |h| h.span.start);
        let gap = &text[end..next];
        // A Dutch compound's head (`de Paraguay-rivier`).
        let head = gap
            .strip_prefix('-')
            .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
            .filter(|word| !word.is_empty());
        if let Some(word) = head {
            return Some(fold(word));
        }
        if let Some(word) = first_word(gap) {
            if !is_list_word(word) {
                return Some(fold(word));
            }
        }
        // `Arequipa's regional governor`: the cue after an English
        // possessive, past the adjective of its level.
        if let Some(rest) = gap.strip_prefix("'s").or(gap.strip_prefix("’s"))
        {
            let word = first_word(rest).map(|w| {
                let rest = &rest.trim_start()[w.len()..];
                match w {
                    "regional" | "provincial" | "state" => {
                        first_word(rest).unwrap_or(w)
                    }
                    _ => w,
                }
            });
            return word.map(fold);
        }
        if j + 1 == hits.len() || !is_list_gap(gap) {
            return None;
        }
        j += 1;
    }
}

/// The word that ends right before `at`, without punctuation around it;
/// none across the end of a sentence (`op het eiland. Java`).
fn word_before(text: &str, at: usize) -> Option<&str> {
    let head = text[..at].trim_end();
    if head.len() == at {
        return None; // glued to the word before
    }
    let token = head.rsplit(char::is_whitespace).next()?;
    if token.ends_with(['.', '!', '?', ';', ':']) {
        return None;
    }
    let word = token
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    (!word.is_empty()).then_some(word)
}

/// Whether `span`, four capitals or fewer, opens a code with a hyphen
/// and digits (`de UK-147`, a fishing boat of Urk; `TX-3`): a
/// registration, not the country or place its letters spell.
fn opens_a_code(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    bytes.get(span.end) == Some(&b'-')
        && bytes.get(span.end + 1).is_some_and(u8::is_ascii_digit)
        && span.len() <= 4
        && bytes[span.range()].iter().all(u8::is_ascii_uppercase)
}

/// Whether `span` is glued by an apostrophe to a capitalised word, as
/// Italian and Irish names elide (`Martina Dell'Acqua`, `D'Alema`,
/// `O'Neill`): a piece of a longer name, not the entity it spells.
fn elided_into_name(text: &str, span: Span) -> bool {
    let after = text[span.end..]
        .strip_prefix(['\'', '\u{2019}'])
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    let before = text[..span.start]
        .strip_suffix(['\'', '\u{2019}'])
        .is_some_and(|head| head.ends_with(char::is_uppercase));
    after || before
}

/// Whether `mention` is a place's name read with a genitive `s` where
/// `the` opens the name, alone or with a capitalised word before it (`the
/// Herons`, `the Hobart Herons`): English writes its genitive with an
/// apostrophe, so that is a plural, a team's nickname, not the place.
fn plural_after_the(text: &str, mention: &Mention) -> bool {
    let after = &text.as_bytes()[mention.span.end..];
    if !matches!(mention.kind, Kind::Place | Kind::Region)
        || after.first() != Some(&b's')
        || after.get(1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    let mut at = mention.span.start;
    for _ in 0..2 {
        match word_before(text, at) {
            Some("the" | "The") => return true,
            Some(word) if word.starts_with(char::is_uppercase) => {
                let head = text[..at].trim_end();
                if !head.ends_with(word) {
                    return false; // punctuation after it: no one name
                }
                at = head.len() - word.len();
            }
            _ => return false,
        }
    }
    false
}

/// The first word of `gap`, when only white space stands before it.
fn first_word(gap: &str) -> Option<&str> {
    let rest = gap.strip_prefix(char::is_whitespace)?.trim_start();
    let word = rest.split(|c: char| !c.is_alphanumeric()).next()?;
    (!word.is_empty()).then_some(word)
}

/// Whether `area` holds one of the folded words `topics` as a word of
/// its own (`hurling`, `All-Ireland`).
fn has_topic(area: &str, topics: &[String]) -> bool {
    area.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|word| !word.is_empty())
        .any(|word| {
            if word.is_ascii() {
                topics.iter().any(|t| t.eq_ignore_ascii_case(word))
            } else {
                let word = fold(word);
                topics.contains(&word)
            }
        })
}

/// Words that join the names of a list.
fn is_list_word(word: &str) -> bool {
    matches!(word, "en" | "and" | "of" | "or" | "en/of")
}

/// Whether `gap` holds nothing but list separators: commas, `en`, `and`,
/// `of`, `or`, `&`, `/` and white space.
fn is_list_gap(gap: &str) -> bool {
    gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | '&' | '/'))
        .all(|word| word.is_empty() || is_list_word(word))
}

/// What a hit names, if anything.
enum Choice<'m> {
    Claim(&'m Claim),
    /// A name of several entities, short or cued, that the document did
    /// not settle: the candidates are the claims of that form.
    Unresolved(Form),
    None,
}

impl Extractor {
    /// Adds the names discovery finds around `mentions`, in text order.
    /// A name the gazetteer knows as a whole (a partial form without its
    /// full form before it, say) becomes a mention of its entity instead.
    fn add_discovered(
        &self,
        text: &str,
        range: Span,
        segments: &Segments,
        hits: &[Hit],
        mentions: &mut Vec<Mention>,
        state: &mut Discovering,
    ) {
        let overhang = std::mem::take(&mut state.overhang);
        let found = if overhang.is_empty() {
            discover::discover(
                text,
                range,
                segments,
                mentions,
                &mut state.earlier,
            )
        } else {
            let around: Vec<Mention> =
                overhang.into_iter().chain(mentions.iter().cloned()).collect();
            discover::discover(
                text,
                range,
                segments,
                &around,
                &mut state.earlier,
            )
        };
        state.overhang = mentions
            .iter()
            .filter(|m| m.span.end > range.end)
            .cloned()
            .collect();
        if found.is_empty() {
            return;
        }
        let chars = &mut state.chars;
        let mut added = Vec::with_capacity(found.len());
        for f in found {
            let kind_wanted =
                self.kinds.as_ref().is_none_or(|ks| ks.contains(&f.kind));
            let Some(sentence) =
                sentence_at(segments.sentences(), f.span.start)
            else {
                continue;
            };
            if !kind_wanted {
                continue;
            }
            let paragraph =
                &segments.paragraphs()[sentence.paragraph.as_usize()];
            // A name the gazetteer shares between entities of its kind
            // (`de provincie Limburg`) is left as the shared-name policy
            // left it: discovery does not guess either.
            if self.shared(f.span, f.kind, hits) {
                continue;
            }
            // A place or region the gazetteer found on just these words
            // (`Montego Bay`) stays the known one, but a region a
            // dateline names, which names a town (discovery's
            // `dateline_names`); nor is a country's name the gazetteer
            // could not settle (the partial `Congo` with neither Congo's
            // full name) a new place.
            // So does a town's name before a noun of its area, or after
            // a Dutch article, which names the area (`Chandpur district`,
            // `de Noordoostpolder`).
            let overrides = f.cue.kind == CueKind::Dateline
                || f.cue.kind == CueKind::PlaceName
                    && f.kind == Kind::Region
                    && discover::replaces_town(&f.cue.text);
            // A city-state's name in a dateline is the city (discovery's
            // `dateline_names`).
            let city_state = f.cue.kind == CueKind::Dateline
                && discover::names_city_state(mentions, f.span);
            if is_area(f.kind)
                && !city_state
                && (known_area(mentions, f.span, overrides.then_some(f.kind))
                    || self.names_country(f.span, hits))
            {
                continue;
            }
            // Of the same kind: a town read as a surname (`Leerdam zei`
            // after `Jutta Leerdam`) stays the person. A discovered
            // person's surname written again is that person, not the
            // partial or short name of a known person the document has not
            // named in full before (`Marloes Kuipers ... Kuipers` is no
            // Ernst Kuipers, `Jan Rutte (41) ... Rutte` no Mark Rutte).
            let later_new = f.cue.kind == CueKind::Earlier
                && f.kind == Kind::Person
                && f.id.starts_with("new:");
            let known = self.known(f.span, hits).filter(|claim| {
                self.entities[claim.entity.as_usize()].kind == f.kind
                    && !(later_new
                        && matches!(claim.form, Form::Partial | Form::Short)
                        && !self.named_before(
                            claim.entity,
                            f.span,
                            mentions,
                            &state.named_in_full,
                        ))
            });
            // Named in full before, the known person keeps his short
            // name as the gazetteer read it (no discovery cue on it).
            if later_new && known.is_some_and(|c| c.form == Form::Short) {
                continue;
            }
            let (entity, kind, name, form) = match known {
                Some(claim) => {
                    let e = &self.entities[claim.entity.as_usize()];
                    (e.id.clone(), e.kind, e.name.clone(), claim.form)
                }
                None => {
                    // A known organisation's acronym read from its
                    // brackets is another name of it, and a known person's
                    // given name alone after the full name a partial one:
                    // no discovered names.
                    let form = if f.id.starts_with("new:") {
                        Form::Discovered
                    } else if f.cue.kind == CueKind::Earlier {
                        Form::Partial
                    } else {
                        Form::Alias
                    };
                    let (id, name) = (f.id.as_str(), f.name.as_str());
                    (Arc::from(id), f.kind, Arc::from(name), form)
                }
            };
            added.push(Mention {
                entity,
                kind,
                name,
                text: text[f.span.range()].to_string(),
                span: f.span,
                char_span: chars.char_span(text, f.span),
                form,
                role: role_of(f.span, paragraph, segments.items()),
                sentence: sentence.id,
                paragraph: paragraph.id,
                item: paragraph.item,
                cue: Some(f.cue),
            });
        }
        // A discovered name holds whole the places it was allowed to take
        // (`Bank of Ghana`, `Jutta Leerdam`): they are no mentions of
        // their own.
        let mut names = added.iter().map(|m| m.span).peekable();
        mentions.retain(|m| {
            while names.next_if(|n| n.end <= m.span.start).is_some() {}
            names.peek().is_none_or(|n| m.span.end <= n.start)
        });
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }

    /// Whether the document named the person `entity` in full before
    /// `span`, by its name or an alias (not its short name, which a
    /// discovered full name may hold: `Rutte` of `Jan Rutte`): in an
    /// earlier block (`named_in_full`) or in this block's `mentions`.
    fn named_before(
        &self,
        entity: EntityId,
        span: Span,
        mentions: &[Mention],
        named_in_full: &FxHashSet<Arc<str>>,
    ) -> bool {
        let id = &self.entities[entity.as_usize()].id;
        named_in_full.contains(id)
            || mentions.iter().any(|m| {
                m.entity == *id
                    && matches!(m.form, Form::Name | Form::Alias)
                    && m.span.end <= span.start
            })
    }

    /// Whether a hit on exactly `span` has full forms (no partials) of
    /// two entities or more of kind `kind`, places and regions counting
    /// as one kind (`in Brabant`, a short name of two provinces, is no
    /// new place).
    fn shared(&self, span: Span, kind: Kind, hits: &[Hit]) -> bool {
        let family = |kind| match kind {
            Kind::Region => Kind::Place,
            kind => kind,
        };
        let Some(hit) = hit_on(span, hits) else { return false };
        let mut entities = self.matcher.claims(hit).filter(|c| {
            c.form != Form::Partial
                && family(self.entities[c.entity.as_usize()].kind)
                    == family(kind)
        });
        let Some(first) = entities.next() else { return false };
        entities.any(|c| c.entity != first.entity)
    }

    /// Whether a hit on exactly `span` names a country in any form.
    fn names_country(&self, span: Span, hits: &[Hit]) -> bool {
        hit_on(span, hits).is_some_and(|hit| {
            self.matcher.claims(hit).any(|c| {
                self.entities[c.entity.as_usize()].kind == Kind::Country
            })
        })
    }

    /// The claim of a hit on exactly `span`, if the matcher found one
    /// that resolving left out: a full form first, else a partial of one
    /// entity; never a cued form, which counts only next to its cue.
    fn known<'m>(&'m self, span: Span, hits: &'m [Hit]) -> Option<&'m Claim> {
        let hit = hit_on(span, hits)?;
        // A cued name without its cue names no one (`in Molenberg` is no
        // climb).
        let claims =
            || self.matcher.claims(hit).filter(|c| c.form != Form::Cued);
        let first = claims().next()?;
        let full = claims().find(|c| c.form != Form::Partial);
        let one_entity = claims().all(|c| c.entity == first.entity);
        full.or(one_entity.then_some(first))
    }
}

/// The hit on exactly `span` among `hits` (sorted by start).
fn hit_on(span: Span, hits: &[Hit]) -> Option<&Hit> {
    let at = hits.partition_point(|h| h.span.start < span.start);
    hits[at..]
        .iter()
        .take_while(|h| h.span.start == span.start)
        .find(|h| h.span == span)
}

/// The document ids of a block's local ids, given the ids of its first
/// item, paragraph and sentence.
fn ids_from(
    (item, paragraph, sentence): (usize, usize, usize),
) -> (
    impl Fn(ItemId) -> ItemId + Copy,
    impl Fn(ParagraphId) -> ParagraphId + Copy,
    impl Fn(SentenceId) -> SentenceId + Copy,
) {
    (
        move |id: ItemId| ItemId::from_index(id.as_usize() + item),
        move |id: ParagraphId| {
            ParagraphId::from_index(id.as_usize() + paragraph)
        },
        move |id: SentenceId| SentenceId::from_index(id.as_usize() + sentence),
    )
}

/// Whether `kind` is a place or a region.
fn is_area(kind: Kind) -> bool {
    matches!(kind, Kind::Place | Kind::Region)
}

/// Whether `mentions` (sorted by start) hold a place or region on exactly
/// `span`; where `overriding` gives a kind (a dateline's place, a town's
/// area), one of that kind only.
fn known_area(
    mentions: &[Mention],
    span: Span,
    overriding: Option<Kind>,
) -> bool {
    let i = mentions.partition_point(|m| m.span.start < span.start);
    mentions[i..].iter().take_while(|m| m.span.start == span.start).any(|m| {
        m.span == span
            && is_area(m.kind)
            && overriding.is_none_or(|kind| m.kind == kind)
    })
}

/// Where quotes that may open a title are in the block `range`: double
/// quotes, curly ones and guillemets, and a single quote before a capital
/// (`'De Zomer van Kanaleneiland'`), found with `memchr` so that a block
/// without any costs next to nothing.
fn opening_quotes(text: &str, range: Span) -> Vec<usize> {
    let bytes = &text.as_bytes()[range.range()];
    let at = |i: usize| bytes.get(i).copied();
    let mut quotes = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes)
        .chain(memchr::memchr_iter(0xC2, bytes))
        .filter(|&i| match bytes[i] {
            b'"' => true,
            b'\'' => at(i + 1).is_some_and(|b| b.is_ascii_uppercase()),
            // `“`, `„`, `‘` (E2 80 9C, 9E, 98) and `«` (C2 AB).
            0xE2 => {
                at(i + 1) == Some(0x80)
                    && matches!(at(i + 2), Some(0x9C | 0x9E | 0x98))
            }
            _ => at(i + 1) == Some(0xAB),
        })
        .map(|i| range.start + i)
        .collect::<Vec<usize>>();
    // The two scans' positions, in order.
    quotes.sort_unstable();
    quotes
}

/// The sentence that contains byte `offset`.
fn sentence_at(sentences: &[Sentence], offset: usize) -> Option<&Sentence> {
    let i = sentences.partition_point(|s| s.span.end <= offset);
    sentences.get(i).filter(|s| s.span.start <= offset)
}

fn role_of(span: Span, paragraph: &Paragraph, items: &[Item]) -> Role {
    let dateline =
        paragraph.item.and_then(|i| items[i.as_usize()].dateline.as_ref());
    if let Some(dateline) = dateline {
        if dateline.place_span.contains(span) {
            return Role::Dateline;
        }
        if dateline.agencies.iter().any(|a| a.span.contains(span)) {
            return Role::Source;
        }
    }
    if paragraph.kind == ParagraphKind::Headline {
        Role::Headline
    } else {
        Role::Body
    }
}

/// Type words of bodies that open their names (`Waterschap Noorderzijlvest`)
/// and, written in lower case, are a cue before the name instead
/// (`waterschap Noorderzijlvest`), as a reader labels them.
const TYPE_WORDS: &[&str] = &["waterschap ", "hoogheemraadschap "];

/// Articles that open names of venues and bodies (`De Kuip`, `Het
/// Scheepvaartmuseum`, `The Lancet`) and, written in lower case, are the
/// sentence's (`in de Kuip`, `naar het Scheepvaartmuseum`).
const ARTICLES: &[&str] = &["de ", "het ", "the "];

/// The span of a place's, region's or organisation's name without a
/// lower-case type word or article before the rest (`Noorderzijlvest` of
/// `waterschap Noorderzijlvest`, `Kuip` of `de Kuip`; a place's or
/// region's lower-case words, `Serengeti` of `nationaal park
/// Serengeti`); the entity is the same.
fn without_lower_case_opening(text: &str, kind: Kind, span: Span) -> Span {
    // The words are in lower case: a name that opens with one as written
    // does so in lower case.
    let words: &[&[&str]] = match kind {
        Kind::Organisation => &[TYPE_WORDS, ARTICLES],
        Kind::Place | Kind::Region => &[ARTICLES],
        _ => return span,
    };
    // Most names open with a capital: nothing to look for.
    if !text.as_bytes()[span.start].is_ascii_lowercase() {
        return span;
    }
    // After a capitalised word, `de` is a surname's particle (`Anje de
    // Haan-Wiersma`), not the sentence's article.
    let after_capital = text[..span.start]
        .strip_suffix(' ')
        .and_then(|head| head.rsplit(' ').next())
        .is_some_and(|word| word.starts_with(char::is_uppercase));
    let name = &text[span.range()];
    if kind != Kind::Organisation {
        if let Some(rest) = after_lower_case_words(name) {
            return Span::new(span.end - rest.len(), span.end);
        }
    }
    words
        .iter()
        .flat_map(|list| list.iter())
        .filter(|w| !after_capital || !ARTICLES.contains(w))
        .find(|w| name.starts_with(**w) && name.len() > w.len())
        .map_or(span, |w| Span::new(span.start + w.len(), span.end))
}

/// What follows the lower-case words that open a place's or region's
/// form (`Serengeti` of `nationaal park Serengeti`, `Rafah` of
/// `grensovergang bij Rafah`, `Noord-Holland` of `kop van
/// Noord-Holland`), as the annotation guide leaves a lower-case word
/// outside a name; `None` where the first is an article or a particle of
/// a place's name (`den Haag`, `'t Zand`, `het Gooi`) or no capital
/// follows.
fn after_lower_case_words(name: &str) -> Option<&str> {
    const OPENERS: &[&str] =
        &["de", "den", "der", "het", "'t", "'s", "ter", "ten", "te", "the"];
    let first = name.split(' ').next()?;
    if first.chars().count() < 3 || OPENERS.contains(&first) {
        return None;
    }
    let mut rest = name;
    while let Some((word, after)) = rest.split_once(' ') {
        if !word.chars().all(|c| c.is_lowercase() || c == '-') {
            break;
        }
        rest = after;
    }
    (rest.len() < name.len() && rest.starts_with(char::is_uppercase))
        .then_some(rest)
}

/// Converts increasing byte offsets to character offsets in one pass.
#[derive(Default)]
struct CharCounter {
    byte: usize,
    char: usize,
}

impl CharCounter {
    fn char_span(&mut self, text: &str, span: Span) -> Span {
        let start = self.advance(text, span.start);
        let end = self.advance(text, span.end);
        Span::new(start, end)
    }

    fn advance(&mut self, text: &str, to: usize) -> usize {
        if to < self.byte {
            self.byte = 0;
            self.char = 0;
        }
        self.char += text[self.byte..to].chars().count();
        self.byte = to;
        self.char
    }
}

/// Where `hit` goes in `hits` (sorted by start) if no hit there overlaps
/// it.
fn free_slot(hits: &[Hit], hit: &Hit) -> Option<usize> {
    let at = hits.partition_point(|h| h.span.start < hit.span.start);
    let free = hits.get(at).is_none_or(|next| next.span.start >= hit.span.end)
        && (at == 0 || hits[at - 1].span.end <= hit.span.start);
    free.then_some(at)
}
