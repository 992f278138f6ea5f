//! Byte spans and the small id newtypes used across the pipeline.

use serde::Serialize;

/// A half-open byte range `start..end` into the original text.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[must_use]
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The span as a range, for slicing.
    #[must_use]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    #[must_use]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize,
        )]
        #[serde(transparent)]
        pub struct $name(u32);

        impl $name {
            /// The id as an index.
            #[must_use]
            pub fn as_usize(self) -> usize {
                self.0 as usize
            }

            /// The id as a number.
            #[must_use]
            pub fn get(self) -> u32 {
                self.0
            }

            pub(crate) fn from_index(index: usize) -> Self {
                $name(u32::try_from(index).expect("fewer than 2^32 ids"))
            }
        }
    };
}

id_type!(
    /// Index of an entity in its [`Gazetteer`](crate::Gazetteer).
    EntityId
);
id_type!(
    /// Index of a sentence in an [`Extraction`](crate::Extraction).
    SentenceId
);
id_type!(
    /// Index of a paragraph in an [`Extraction`](crate::Extraction).
    ParagraphId
);
id_type!(
    /// Index of a news item in an [`Extraction`](crate::Extraction).
    ItemId
);
