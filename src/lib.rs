//! newsgraph turns news text into an entity network.
//!
//! Gazetteers name the people, countries, regions, places, organisations and
//! themes to look for; an [`Extractor`] finds them in Dutch or English news
//! with byte-exact spans into the original text, folding case and
//! diacritics, and splits the text into items, paragraphs and sentences so
//! that later stages can tell which entities occur together.
//!
//! # Overview
//!
//! - [`Gazetteer`]: a checked set of [`Entity`]s and their surface forms,
//!   from code ([`GazetteerBuilder`]), TSV files, or the built-in set
//!   ([`Gazetteer::builtin`], feature `builtin`).
//! - [`Extractor`]: compiles a gazetteer once; [`Extractor::extract`] turns
//!   one document into an [`Extraction`] of [`Mention`]s and segments.
//! - [`matcher::Matcher`], [`normalize::FoldedText`],
//!   [`segment::NewsSegmenter`]: the stages, for callers that need one.
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
//! assert_eq!(roles, [Role::Dateline, Role::Source, Role::Body]);
//! let dateline = extraction.items[0].dateline.as_ref().unwrap();
//! assert_eq!(dateline.place, "MOSKOU");
//! # Ok::<(), newsgraph::Error>(())
//! ```
//!
//! # Crate features
//!
//! - `builtin` (default): the gazetteers in `gazetteers/`, embedded in the
//!   library and parsed on first use by [`Gazetteer::builtin`].

#![deny(missing_docs)]

pub mod corpus;
mod error;
pub mod export;
mod extract;
pub mod gazetteer;
pub mod graph;
pub mod matcher;
pub mod normalize;
pub mod segment;
mod span;

pub use error::{Error, FormConflict, Result};
pub use extract::{
    Extraction, Extractor, ExtractorBuilder, Mention, PartialNames, Role,
};
pub use gazetteer::{Entity, Form, Gazetteer, GazetteerBuilder, Kind};
pub use graph::{CooccurrenceGraph, GraphConfig, Window};
pub use span::{EntityId, ItemId, ParagraphId, SentenceId, Span};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
