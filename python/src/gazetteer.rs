//! `Gazetteer`, `Entity` and `SurfaceForm`: loading gazetteers, and read
//! access to what they hold (to export spaCy patterns, for example).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use newsgraph::gazetteer::{CaseRule, Stem, SurfaceForm};
use newsgraph::{Entity, Gazetteer, GazetteerBuilder};
use pyo3::exceptions::{PyKeyError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::errors::{self, ROWS, library_error};
use crate::kinds::parse_kind;

/// A checked set of entities and their surface forms.
#[pyclass(name = "Gazetteer", module = "newsgraph", frozen)]
pub(crate) struct PyGazetteer {
    pub(crate) inner: Arc<Gazetteer>,
}

/// The columns of a row whose values may be lists (`|`-joined in TSV).
const LIST_COLUMNS: [&str; 7] =
    ["aliases", "adjectives", "partials", "short", "cued", "cues", "topics"];

impl PyGazetteer {
    /// The built-in gazetteers, or an empty builder.
    fn start(builtin: bool) -> GazetteerBuilder {
        if builtin {
            Gazetteer::builtin().to_builder()
        } else {
            Gazetteer::builder()
        }
    }

    fn built(py: Python<'_>, builder: &GazetteerBuilder) -> PyResult<Self> {
        let gazetteer =
            py.detach(|| builder.build()).map_err(|e| library_error(py, e))?;
        Ok(PyGazetteer { inner: Arc::new(gazetteer) })
    }
}

#[pymethods]
impl PyGazetteer {
    /// The built-in gazetteers (countries, regions, places, people,
    /// organisations, themes), parsed once per process.
    #[staticmethod]
    fn builtin() -> Self {
        PyGazetteer { inner: Arc::new(Gazetteer::builtin().clone()) }
    }

    /// Loads gazetteer TSV files or folders of them, as the command's
    /// `--gazetteer` does; with `builtin=True` they are added to the
    /// built-in gazetteers.
    #[staticmethod]
    #[pyo3(signature = (path, *paths, builtin = false))]
    fn load(
        py: Python<'_>,
        path: PathBuf,
        paths: Vec<PathBuf>,
        builtin: bool,
    ) -> PyResult<Self> {
        let mut builder = Self::start(builtin);
        for path in std::iter::once(path).chain(paths) {
            py.detach(|| builder.load_path(&path).map(|_| ()))
                .map_err(|e| library_error(py, e))?;
        }
        Self::built(py, &builder)
    }

    /// A gazetteer from rows built in Python: mappings with the columns of
    /// a gazetteer file (`id`, `name`, `kind`, `aliases`, `adjectives`,
    /// `partials`, `short`, `cued`, `cues`, `country`, any other as an
    /// attribute). List columns take a list of strings or a `|`-joined
    /// string. `kind` is the default for rows without one; `ambiguous`
    /// names forms that are matched as no entity.
    #[staticmethod]
    #[pyo3(signature = (rows, *, kind = None, builtin = false, ambiguous = Vec::new()))]
    fn from_rows(
        py: Python<'_>,
        rows: &Bound<'_, PyAny>,
        kind: Option<&str>,
        builtin: bool,
        ambiguous: Vec<String>,
    ) -> PyResult<Self> {
        let kind = kind.map(|k| parse_kind(py, k)).transpose()?;
        let table = rows_to_tsv(py, rows)?;
        let mut builder = Self::start(builtin);
        builder
            .read_tsv(ROWS, table.as_bytes(), kind)
            .map_err(|e| library_error(py, e))?;
        for form in &ambiguous {
            builder.declare_ambiguous(form, "declared in Python");
        }
        Self::built(py, &builder)
    }

    /// Every entity, in the order they were loaded.
    #[getter]
    fn entities(&self) -> Vec<PyEntity> {
        (0..self.inner.len())
            .map(|index| PyEntity { gazetteer: self.inner.clone(), index })
            .collect()
    }

    /// Forms that several entities claim and that are matched as none:
    /// (folded form, entity ids, note).
    #[getter]
    fn ambiguities(&self) -> Vec<(String, Vec<String>, String)> {
        self.inner
            .ambiguities()
            .iter()
            .map(|a| (a.form.clone(), a.ids.clone(), a.note.clone()))
            .collect()
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    fn __contains__(&self, id: &str) -> bool {
        self.inner.find(id).is_some()
    }

    /// The entity with this id; `KeyError` if there is none.
    fn __getitem__(&self, id: &str) -> PyResult<PyEntity> {
        match self.inner.find(id) {
            Some(at) => Ok(PyEntity {
                gazetteer: self.inner.clone(),
                index: at.as_usize(),
            }),
            None => Err(PyKeyError::new_err(id.to_string())),
        }
    }

    /// The entity with this id, or `default`.
    #[pyo3(signature = (id, default = None))]
    fn get(
        &self,
        py: Python<'_>,
        id: &str,
        default: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        match self.inner.find(id) {
            Some(at) => Ok(Py::new(
                py,
                PyEntity {
                    gazetteer: self.inner.clone(),
                    index: at.as_usize(),
                },
            )?
            .into_any()),
            None => Ok(default.unwrap_or_else(|| py.None())),
        }
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyResult<Bound<'_, PyAny>> {
        let py = slf.py();
        let entities = PyList::new(py, slf.entities())?;
        Ok(entities.try_iter()?.into_any())
    }

    fn __repr__(&self) -> String {
        format!("<Gazetteer: {} entities>", self.inner.len())
    }
}

/// One entity of a gazetteer.
#[pyclass(name = "Entity", module = "newsgraph", frozen)]
pub(crate) struct PyEntity {
    gazetteer: Arc<Gazetteer>,
    index: usize,
}

impl PyEntity {
    fn entity(&self) -> &Entity {
        &self.gazetteer.entities()[self.index]
    }
}

#[pymethods]
impl PyEntity {
    /// The stable id (a Wikidata QID where one exists).
    #[getter]
    fn id(&self) -> &str {
        self.entity().id()
    }

    /// The canonical name.
    #[getter]
    fn name(&self) -> &str {
        self.entity().name()
    }

    /// `person`, `country`, `region`, `place`, `organisation` or `theme`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.entity().kind().as_str()
    }

    /// The id of its country, if given.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.entity().country_id()
    }

    /// Its cue words (folded), for its `cued` forms.
    #[getter]
    fn cues(&self) -> Vec<String> {
        self.entity().cues().to_vec()
    }

    /// Its topic words (folded): anywhere in a news item, they select its
    /// `cued` forms.
    #[getter]
    fn topics(&self) -> Vec<String> {
        self.entity().topics().to_vec()
    }

    /// The other columns of its row.
    #[getter]
    fn attributes(&self) -> BTreeMap<String, String> {
        self.entity().attributes().clone()
    }

    /// Every surface form, the name first.
    #[getter]
    fn forms(&self) -> Vec<PySurfaceForm> {
        self.entity().forms().iter().map(PySurfaceForm::from).collect()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyEntity>().is_ok_and(|o| {
            let o = o.get();
            Arc::ptr_eq(&self.gazetteer, &o.gazetteer) && self.index == o.index
        })
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        self.entity().id().hash(&mut hasher);
        hasher.finish()
    }

    fn __repr__(&self) -> String {
        let e = self.entity();
        format!("<Entity {} {:?} ({})>", e.id(), e.name(), e.kind())
    }
}

/// A surface form of an entity, as its gazetteer declares it.
#[pyclass(name = "SurfaceForm", module = "newsgraph", frozen, get_all)]
pub(crate) struct PySurfaceForm {
    /// The form without its markers (`*`, `=`).
    text: String,
    /// How it names the entity: `name`, `alias`, `adjective`, `partial`,
    /// `short` or `cued`.
    form: &'static str,
    /// Which letter cases match: `insensitive` (any, and any diacritics),
    /// `exact` (acronyms), `as_written_or_upper`, `acronym_or_title`.
    case: &'static str,
    /// `whole` words, or a stem: `prefix` (`defensie*`), `suffix`
    /// (`*drones`), `infix`.
    stem: &'static str,
    /// Whether a Dutch genitive `s` may follow (`Poetins`).
    genitive: bool,
    /// Made by the spelling rules rather than listed.
    generated: bool,
}

impl From<&SurfaceForm> for PySurfaceForm {
    fn from(form: &SurfaceForm) -> Self {
        PySurfaceForm {
            text: form.text().to_string(),
            form: form.form().as_str(),
            case: match form.case() {
                CaseRule::Exact => "exact",
                CaseRule::AsWrittenOrUpper => "as_written_or_upper",
                CaseRule::AcronymOrTitle => "acronym_or_title",
                _ => "insensitive",
            },
            stem: match form.stem() {
                Stem::Prefix => "prefix",
                Stem::Suffix => "suffix",
                Stem::Infix => "infix",
                _ => "whole",
            },
            genitive: form.takes_genitive(),
            generated: form.is_generated(),
        }
    }
}

#[pymethods]
impl PySurfaceForm {
    fn __repr__(&self) -> String {
        format!("<SurfaceForm {:?} {} {}>", self.text, self.form, self.case)
    }
}

/// The rows as one gazetteer TSV: `id` first, then every other key in the
/// order first seen. Rows are checked here for what TSV cannot carry (tabs,
/// line breaks, `|` inside a list item) and for what it would silently
/// skip (a row without an id would be a blank or comment line).
fn rows_to_tsv(py: Python<'_>, rows: &Bound<'_, PyAny>) -> PyResult<String> {
    let row_error = |row: usize, message: String| {
        errors::new_error(
            py,
            "GazetteerError",
            (format!("rows[{row}]: {message}"), py.None(), py.None(), row),
        )
    };
    let mut columns: Vec<String> = vec!["id".to_string()];
    let mut table: Vec<BTreeMap<String, String>> = Vec::new();
    for (row, item) in rows.try_iter()?.enumerate() {
        let item = item?;
        let mapping = item.cast::<PyDict>().map_err(|_| {
            PyTypeError::new_err(format!(
                "rows[{row}]: expected a dict, found {}",
                item.get_type()
                    .name()
                    .map_or_else(|_| "?".into(), |n| n.to_string())
            ))
        })?;
        let mut cells = BTreeMap::new();
        for (key, value) in mapping.iter() {
            let key: String = key.extract().map_err(|_| {
                row_error(row, "column names must be strings".to_string())
            })?;
            let text = cell_text(&key, &value)
                .map_err(|message| row_error(row, message))?;
            if !columns.contains(&key) {
                columns.push(key.clone());
            }
            cells.insert(key, text);
        }
        match cells.get("id").map(String::as_str) {
            None | Some("") => {
                return Err(row_error(row, "no id".to_string()));
            }
            Some(id) if id.starts_with('#') => {
                return Err(row_error(
                    row,
                    format!("id {id:?} starts with #, which marks a comment"),
                ));
            }
            Some(_) => {}
        }
        table.push(cells);
    }
    let mut tsv = columns.join("\t");
    tsv.push('\n');
    for cells in &table {
        let line: Vec<&str> = columns
            .iter()
            .map(|c| cells.get(c).map_or("", String::as_str))
            .collect();
        tsv.push_str(&line.join("\t"));
        tsv.push('\n');
    }
    Ok(tsv)
}

/// One cell: a string (or number), or for list columns a list of strings.
fn cell_text(
    column: &str,
    value: &Bound<'_, PyAny>,
) -> Result<String, String> {
    let no_breaks = |s: &str| {
        if s.contains(['\t', '\n', '\r']) {
            Err(format!("{column}: a value with a tab or line break: {s:?}"))
        } else {
            Ok(())
        }
    };
    if column.contains(['\t', '\n', '\r']) {
        return Err(format!("column name {column:?} has a tab or line break"));
    }
    if value.is_none() {
        return Ok(String::new());
    }
    if let Ok(s) = value.cast::<PyString>() {
        let s = s.to_cow().map_err(|e| format!("{column}: {e}"))?;
        no_breaks(&s)?;
        return Ok(s.into_owned());
    }
    let listy =
        value.cast::<PyList>().is_ok() || value.cast::<PyTuple>().is_ok();
    if listy && LIST_COLUMNS.contains(&column) {
        let mut items = Vec::new();
        for item in value.try_iter().map_err(|e| e.to_string())? {
            let item = item.map_err(|e| e.to_string())?;
            let s: String = item.extract().map_err(|_| {
                format!("{column}: expected strings in the list")
            })?;
            no_breaks(&s)?;
            if s.contains('|') {
                return Err(format!(
                    "{column}: {s:?} has a |, which separates list items"
                ));
            }
            if s.trim().is_empty() {
                return Err(format!("{column}: an empty item in the list"));
            }
            items.push(s);
        }
        return Ok(items.join("|"));
    }
    if let Ok(n) = value.extract::<i64>() {
        return Ok(n.to_string());
    }
    if let Ok(x) = value.extract::<f64>() {
        return Ok(x.to_string());
    }
    let type_name =
        value.get_type().name().map_or_else(|_| "?".into(), |n| n.to_string());
    Err(format!("{column}: expected a string, found {type_name}"))
}
