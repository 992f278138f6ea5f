//! The compiled part of the `newsgraph` Python package
//! (`newsgraph._newsgraph`): the library's gazetteers, extractor and
//! graph as Python classes. The package's pure-Python part
//! (`python/newsgraph/`) re-exports them, defines the exceptions and the
//! spaCy component.
//!
//! Work on documents runs with the GIL released, in parallel on rayon's
//! threads; inputs are copied out of Python first and read in bounded
//! batches, so that an iterable of any length is processed in flat memory.

mod documents;
mod errors;
mod extraction;
mod gazetteer;
mod graph;
mod kinds;
mod spacy;

use pyo3::prelude::*;

/// The compiled module; import `newsgraph` instead.
#[pymodule]
fn _newsgraph(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<gazetteer::PyGazetteer>()?;
    m.add_class::<gazetteer::PyEntity>()?;
    m.add_class::<gazetteer::PySurfaceForm>()?;
    m.add_class::<extraction::PyExtractor>()?;
    m.add_class::<extraction::PyExtractions>()?;
    m.add_class::<extraction::PyExtraction>()?;
    m.add_class::<extraction::PyMention>()?;
    m.add_class::<graph::PyGraph>()?;
    m.add_class::<spacy::PySpacyAnnotator>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
