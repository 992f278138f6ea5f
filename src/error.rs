//! The one error type of the library.

use std::path::PathBuf;

/// A `Result` with [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while loading gazetteers or building the
/// matcher. Errors about data name the source (a path, or the label given to
/// a reader) and the 1-based line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A gazetteer line is malformed.
    #[error("{source_name}:{line}: {message}")]
    Parse {
        /// The file path or reader label.
        source_name: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong, in lower case.
        message: String,
    },
    /// Two entities claim the same surface form and the form is not declared
    /// ambiguous.
    #[error("{0}")]
    AmbiguousForm(Box<FormConflict>),
    /// One form is claimed under more distinct rules (case rule, written
    /// spelling, stem, genitive) than a match can record.
    #[error(
        "form {form:?} is written in more than {max} distinct ways (case, \
         stem, genitive) across the entities that claim it"
    )]
    TooManyRules {
        /// The form, as one of its claims writes it.
        form: String,
        /// The most rules one form may have.
        max: usize,
    },
    /// The automaton could not be built (for example, too many patterns).
    #[error("cannot build the matcher: {0}")]
    Automaton(#[from] aho_corasick::BuildError),
}

impl Error {
    pub(crate) fn parse(
        source_name: &str,
        line: usize,
        message: impl Into<String>,
    ) -> Self {
        Error::Parse {
            source_name: source_name.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// Two entities claiming one form: where each claim is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{source_name}:{line}: form {form:?} of {id} is already claimed by \
     {other_id} ({other_source}:{other_line}); declare it in ambiguous.tsv \
     or give it to one entity"
)]
pub struct FormConflict {
    /// The form as written in the later row.
    pub form: String,
    /// The entity of the later row.
    pub id: String,
    /// Where the later row is.
    pub source_name: String,
    /// Its 1-based line.
    pub line: usize,
    /// The entity that claimed the form first.
    pub other_id: String,
    /// Where the first claim is.
    pub other_source: String,
    /// Its 1-based line.
    pub other_line: usize,
}
