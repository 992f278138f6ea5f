//! newsgraph turns news text into an entity network.
//!
//! Gazetteers name the people, countries, regions, places, organisations and
//! themes to look for; an [`Extractor`] finds them in Dutch or English news
//! with byte-exact spans into the original text, folding case and
//! diacritics, and splits the text into items, paragraphs and sentences;
//! a [`CooccurrenceGraph`] links the entities that occur together and keeps
//! the evidence for every link; [`export`] writes it for Gephi, networkx,
//! igraph and yEd.
//!
//! # Overview
//!
//! The pipeline runs one way, one module a stage:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | gazetteers | [`gazetteer`] | [`Gazetteer`]: checked [`Entity`]s and their surface forms, from code ([`GazetteerBuilder`]), TSV files, or the built-in set ([`Gazetteer::builtin`]) |
//! | segment | [`segment`] | items, datelines, paragraphs and sentences of wire news ([`segment::NewsSegmenter`]) |
//! | normalise | [`normalize`] | case and diacritic folding with an offset map back to the text ([`normalize::FoldedText`]) |
//! | match | [`matcher`] | every form at word starts, leftmost-longest ([`matcher::Matcher`]) |
//! | resolve | [`Extractor`] | partial names, datelines and roles: an [`Extraction`] of [`Mention`]s |
//! | graph | [`graph`] | [`CooccurrenceGraph`]: windows, weights, NPMI, themes, dates, evidence |
//! | export | [`export`] | GraphML, GEXF (with time), node-link JSON, CSV |
//!
//! [`corpus`] reads news archives as JSON lines.
//!
//! # Example: from news to GraphML
//!
//! ```
//! use newsgraph::{CooccurrenceGraph, Extractor, Gazetteer, GraphConfig};
//!
//! let extractor = Extractor::new(Gazetteer::builtin())?;
//! let mut graph = CooccurrenceGraph::new(GraphConfig::default());
//! for (id, text) in [
//!     ("a", "MOSKOU (ANP) - Rusland en Iran sloten een verdrag over drones."),
//!     ("b", "Noord-Korea levert Rusland granaten, zegt Zuid-Korea."),
//! ] {
//!     let extraction = extractor.extract_document(id, None, text);
//!     graph.add(&extraction, text);
//! }
//! // Moscow is the dateline: it stays out of the graph.
//! let russia_iran = graph.edge("Q159", "Q794").expect("linked");
//! assert_eq!(russia_iran.weight, 1);
//! assert_eq!(russia_iran.themes.get("theme:defence"), Some(&1));
//!
//! let mut graphml = Vec::new();
//! newsgraph::export::graphml::write(&graph, &mut graphml)?;
//! assert!(String::from_utf8(graphml)?.contains("<node id=\"Q423\">"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Example: find entities in a sentence
//!
//! ```
//! use newsgraph::{Entity, Extractor, Gazetteer, Kind};
//!
//! let mut builder = Gazetteer::builder();
//! builder
//!     .add(Entity::new("Q159", "Russia", Kind::Country)
//!         .alias("Rusland")
//!         .adjective("Russische"))
//!     .add(Entity::new("Q458", "European Union", Kind::Organisation)
//!         .alias("EU"));
//! let gazetteer = builder.build()?;
//! let extractor = Extractor::new(&gazetteer)?;
//!
//! let text = "Het is het twintigste EU-sanctiepakket tegen RUSLAND.";
//! let extraction = extractor.extract(text);
//! let found: Vec<(&str, &str)> = extraction
//!     .mentions
//!     .iter()
//!     .map(|m| (&*m.entity, &text[m.span.range()]))
//!     .collect();
//! // `is` is not an acronym in lower case; `EU` before a hyphen counts.
//! assert_eq!(found, [("Q458", "EU"), ("Q159", "RUSLAND")]);
//! # Ok::<(), newsgraph::Error>(())
//! ```
//!
//! # Example: partial names and genitives
//!
//! ```
//! use newsgraph::{Entity, Extractor, Form, Gazetteer, Kind};
//!
//! let mut builder = Gazetteer::builder();
//! builder.add(
//!     Entity::new("Q7747", "Vladimir Putin", Kind::Person)
//!         .alias("Vladimir Poetin")
//!         .partial("Poetin"),
//! );
//! let extractor = Extractor::new(&builder.build()?)?;
//!
//! // Alone, a surname is not enough ...
//! assert!(extractor.extract("Poetin zweeg.").mentions.is_empty());
//! // ... after the full name it is, and the genitive `s` is left out.
//! let text = "Vladimir Poetin sprak. Poetins woorden.";
//! let mentions = extractor.extract(text).mentions;
//! assert_eq!(mentions[1].form, Form::Partial);
//! assert_eq!(&text[mentions[1].span.range()], "Poetin");
//! # Ok::<(), newsgraph::Error>(())
//! ```
//!
//! # Example: wire-news structure
//!
//! ```
//! use newsgraph::{Extractor, Gazetteer, Role};
//!
//! let text = "MOSKOU (ANP/RTR) - Lavrov sprak in Moskou.";
//! let gazetteer = Gazetteer::from_reader(
//!     "example.tsv",
//!     "id\tname\taliases\tkind\n\
//!      Q649\tMoscow\tMoskou\tplace\n\
//!      Q130879\tReuters\tRTR\torganisation\n"
//!         .as_bytes(),
//!     None,
//! )?;
//! let extraction = Extractor::new(&gazetteer)?.extract(text);
//! let roles: Vec<Role> = extraction.mentions.iter().map(|m| m.role).collect();
//! assert_eq!(roles, [Role::Dateline, Role::Source, Role::Source, Role::Body]);
//! // ANP is in no list: the dateline says it is an agency.
//! assert_eq!(&*extraction.mentions[1].entity, "new:organisation:anp");
//! let dateline = extraction.items[0].dateline.as_ref().unwrap();
//! assert_eq!(dateline.place, "MOSKOU");
//! # Ok::<(), newsgraph::Error>(())
//! ```
//!
//! # Crate features
//!
//! - `builtin` (default): the gazetteers in `gazetteers/`, embedded in the
//!   library and parsed on first use by [`Gazetteer::builtin`]. Without it
//!   the library carries no data; load your own with
//!   [`Gazetteer::load_path`].
//! - `import` (off by default): the module `import`, gazetteers from spaCy
//!   patterns, GATE lists, the Wikidata dump and query results, with the
//!   `.gz` and `.bz2` decompressors (both pure Rust) a dump needs. The
//!   command turns it on.
//!
//! The `newsgraph` command is the separate crate `newsgraph-cli`, so that
//! the library never builds a command-line parser.

#![deny(missing_docs)]

pub mod corpus;
pub mod discover;
mod error;
mod events;
pub mod export;
mod extract;
pub mod gazetteer;
pub mod graph;
#[cfg(feature = "import")]
pub mod import;
pub mod layout;
pub mod matcher;
pub mod normalize;
mod portfolios;
mod products;
pub mod report;
pub mod segment;
mod span;

pub use error::{Error, FormConflict, Result};
pub use extract::{
    Extraction, Extractor, ExtractorBuilder, Mention, PartialNames, Role,
    Unresolved,
};
pub use gazetteer::{Entity, Form, Gazetteer, GazetteerBuilder, Kind};
pub use graph::{CooccurrenceGraph, GraphConfig, Window};
pub use span::{EntityId, ItemId, ParagraphId, SentenceId, Span};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
