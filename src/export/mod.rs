//! Writers for [`CooccurrenceGraph`](crate::CooccurrenceGraph): one module
//! per format. Every writer emits nodes sorted by id and edges sorted by
//! their ids, so the same graph always gives the same bytes.
//!
//! The attributes, their types and their values come from one place (the
//! private `records` module): a writer only spells them in its format, so
//! a new attribute or a rounding rule is written once for all formats.

pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod json;
mod records;
pub mod spacy;
mod xml;
