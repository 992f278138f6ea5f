//! The library's errors as the Python exceptions of `newsgraph.errors`.
//!
//! The classes are written in Python, where an exception can be both a
//! `NewsgraphError` and a `ValueError` or `OSError` (a class made with
//! PyO3's `create_exception!` has one base only); Rust looks them up once.

use pyo3::call::PyCallArgs;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

/// The label that [`Gazetteer.from_rows`](crate::gazetteer) gives its
/// generated table: errors there name a row, not a line of a file.
pub(crate) const ROWS: &str = "<rows>";

/// The first data line of the generated table (line 1 is its header).
const FIRST_ROW_LINE: usize = 2;

fn error_class<'py>(
    py: Python<'py>,
    name: &str,
) -> PyResult<Bound<'py, PyType>> {
    static MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let module = MODULE.get_or_try_init(py, || {
        py.import("newsgraph.errors").map(Bound::unbind)
    })?;
    Ok(module.bind(py).getattr(name)?.cast_into::<PyType>()?)
}

/// An instance of the class `name` of `newsgraph.errors`, made with `args`.
pub(crate) fn new_error<'py>(
    py: Python<'py>,
    name: &str,
    args: impl PyCallArgs<'py>,
) -> PyErr {
    match error_class(py, name).and_then(|class| class.call1(args)) {
        Ok(error) => PyErr::from_value(error),
        Err(error) => error,
    }
}

/// An unknown option value.
pub(crate) fn option_error(py: Python<'_>, message: String) -> PyErr {
    new_error(py, "OptionError", (message,))
}

/// A document that cannot be used, at `index` of the input.
pub(crate) fn document_error(
    py: Python<'_>,
    index: usize,
    message: &str,
) -> PyErr {
    new_error(
        py,
        "DocumentError",
        (format!("document {index}: {message}"), index),
    )
}

/// A file that cannot be read or written, as `OSError(errno, strerror,
/// filename)` so that `str()` reads like Python's own.
pub(crate) fn file_error(
    py: Python<'_>,
    path: &std::path::Path,
    error: &std::io::Error,
) -> PyErr {
    let filename = path.display().to_string();
    match error.raw_os_error() {
        Some(errno) => {
            let strerror = std::io::Error::from_raw_os_error(errno)
                .to_string()
                .split(" (os error")
                .next()
                .unwrap_or_default()
                .to_string();
            new_error(py, "FileError", (errno, strerror, filename))
        }
        None => new_error(py, "FileError", (format!("{filename}: {error}"),)),
    }
}

/// Where a gazetteer row is: `path:line`, or `rows[i]` for the rows given
/// to `Gazetteer.from_rows`; with the values of the exception's `path`,
/// `line` and `row`.
fn locate(
    source: &str,
    line: usize,
) -> (String, Option<String>, Option<usize>, Option<usize>) {
    if source == ROWS {
        let row = line.saturating_sub(FIRST_ROW_LINE);
        if line < FIRST_ROW_LINE {
            // The header, which the rows' keys make: a column is missing.
            return ("rows".to_string(), None, None, None);
        }
        (format!("rows[{row}]"), None, None, Some(row))
    } else {
        (
            format!("{source}:{line}"),
            Some(source.to_string()),
            Some(line),
            None,
        )
    }
}

/// The Python exception of a library error.
pub(crate) fn library_error(py: Python<'_>, error: newsgraph::Error) -> PyErr {
    match error {
        newsgraph::Error::Io { path, source } => {
            file_error(py, &path, &source)
        }
        newsgraph::Error::Parse { source_name, line, message } => {
            let (at, path, line, row) = locate(&source_name, line);
            new_error(
                py,
                "GazetteerError",
                (format!("{at}: {message}"), path, line, row),
            )
        }
        newsgraph::Error::AmbiguousForm(conflict) => {
            let (at, path, line, row) =
                locate(&conflict.source_name, conflict.line);
            let (other, ..) =
                locate(&conflict.other_source, conflict.other_line);
            let message = format!(
                "{at}: form {:?} of {} is already claimed by {} ({other}); \
                 declare it ambiguous or give it to one entity",
                conflict.form, conflict.id, conflict.other_id
            );
            new_error(py, "GazetteerError", (message, path, line, row))
        }
        other => {
            let message = other.to_string();
            match other {
                newsgraph::Error::TooManyRules { .. } => {
                    new_error(py, "GazetteerError", (message,))
                }
                _ => new_error(py, "NewsgraphError", (message,)),
            }
        }
    }
}
