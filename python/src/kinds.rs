//! Option values by name, as the command line spells them.

use newsgraph::graph::{Datelines, Rank, Themes};
use newsgraph::{Kind, Window};
use pyo3::prelude::*;

use crate::errors::option_error;

/// `person`, `country`, … (`Kind`'s own names).
pub(crate) fn parse_kind(py: Python<'_>, name: &str) -> PyResult<Kind> {
    name.parse::<Kind>().map_err(|e| option_error(py, e.to_string()))
}

/// A list of kind names, or `None` for all.
pub(crate) fn parse_kinds(
    py: Python<'_>,
    names: Option<Vec<String>>,
) -> PyResult<Option<Vec<Kind>>> {
    names
        .map(|names| names.iter().map(|n| parse_kind(py, n)).collect())
        .transpose()
}

/// `sentence`, `paragraph`, `item` or `document`.
pub(crate) fn parse_window(py: Python<'_>, name: &str) -> PyResult<Window> {
    [Window::Sentence, Window::Paragraph, Window::Item, Window::Document]
        .into_iter()
        .find(|w| w.as_str() == name)
        .ok_or_else(|| {
            option_error(
                py,
                format!(
                    "unknown window {name:?}; the windows are sentence, \
                     paragraph, item and document"
                ),
            )
        })
}

/// `weight` or `npmi`.
pub(crate) fn parse_rank(py: Python<'_>, name: &str) -> PyResult<Rank> {
    [Rank::Weight, Rank::Npmi]
        .into_iter()
        .find(|r| r.as_str() == name)
        .ok_or_else(|| {
            option_error(
                py,
                format!(
                    "unknown rank {name:?}; the ranks are weight and npmi"
                ),
            )
        })
}

/// Whether dateline places and agencies take part.
pub(crate) fn datelines(include: bool) -> Datelines {
    if include { Datelines::Include } else { Datelines::Exclude }
}

/// Whether themes are nodes too.
pub(crate) fn themes(as_nodes: bool) -> Themes {
    if as_nodes { Themes::AsNodes } else { Themes::OnEdges }
}
