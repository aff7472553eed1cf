//! `Hierarchy` documents, their files, and the built-in corpus.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use security_hierarchy::{Format, Hierarchy as RustHierarchy, corpus};

use crate::errors::{IntoPyResult, invalid_value};
use crate::ranking::Ranking;
use crate::value::{to_dict, to_python};

/// A sourced, documented ordering of named items, as read from a TOML or
/// JSON data file or taken from the built-in corpus.
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Hierarchy")]
#[derive(Clone, PartialEq)]
pub struct Hierarchy {
    pub inner: RustHierarchy,
}

impl From<RustHierarchy> for Hierarchy {
    fn from(inner: RustHierarchy) -> Self {
        Self { inner }
    }
}

#[pymethods]
impl Hierarchy {
    /// Loads a `.toml` or `.json` file, by its extension.
    ///
    /// Raises FileError when the file cannot be read or its extension is
    /// neither, ParseError for malformed text and InvalidDocumentError (or
    /// InvalidRankingError) for a document that parses but is not valid.
    #[staticmethod]
    fn load(path: PathBuf) -> PyResult<Self> {
        Ok(RustHierarchy::load(path).py()?.into())
    }

    /// Saves to a `.toml` or `.json` file, by its extension, atomically (a
    /// temporary file beside it, then renamed over `path`).
    ///
    /// Raises FileError when the extension is neither or the file cannot
    /// be written.
    fn save(&self, path: PathBuf) -> PyResult<()> {
        self.inner.save(path).py()
    }

    /// Parses a document from text in `format`, `"toml"` or `"json"`.
    #[staticmethod]
    #[pyo3(signature = (text, format = "toml"))]
    fn from_str(text: &str, format: &str) -> PyResult<Self> {
        Ok(RustHierarchy::from_str(text, format_arg(format)?)
            .py()?
            .into())
    }

    /// The document as text in `format`, `"toml"` or `"json"`.
    #[pyo3(signature = (format = "toml"))]
    fn to_str(&self, format: &str) -> PyResult<String> {
        match format_arg(format)? {
            Format::Toml => self.inner.to_toml_string().py(),
            Format::Json => self.inner.to_json_string().py(),
        }
    }

    /// The document as plain Python data, with the fields of the file format.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(py, &self.inner)
    }

    /// The document's id.
    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }

    /// The document's title.
    #[getter]
    fn title(&self) -> &str {
        self.inner.title()
    }

    /// Where the hierarchy was published: a dict with `author`, `year`,
    /// `title`, `venue` and, when the citation is indirect, `note`.
    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(py, self.inner.source())
    }

    /// The source as one citation line.
    #[getter]
    fn citation(&self) -> String {
        self.inner.source().to_string()
    }

    /// The items, in the order defined: dicts with `id`, `label`, and when
    /// given `description`, `verification` (`{"status": "verified",
    /// "against": ...}` or `{"status": "unverified", "missing": ...}`),
    /// `tier` and `concern` crosswalks.
    #[getter]
    fn items<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.inner.items().map(|entry| to_dict(py, entry)).collect()
    }

    /// The item with this id, as in `items`, or None.
    fn item<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.inner
            .item(id)
            .map(|entry| to_dict(py, entry))
            .transpose()
    }

    /// Whether the item's wording was checked against a text; None for an
    /// id the document does not define.
    fn is_verified(&self, id: &str) -> Option<bool> {
        self.inner
            .item(id)
            .map(|entry| entry.verification.is_verified())
    }

    /// The kind of order: `"ranked"`, `"partial"` or `"unordered"`.
    #[getter]
    fn order(&self) -> String {
        self.inner.order().kind().to_string()
    }

    /// The ranking when the order is a weak order, otherwise None.
    #[getter]
    fn ranking(&self) -> Option<Ranking> {
        self.inner.ranking().cloned().map(Ranking::from)
    }

    /// The ranking, for analyses that need a weak order.
    ///
    /// Raises NotRankedError for a partial order or an unordered list.
    fn ranked(&self) -> PyResult<Ranking> {
        Ok(self.inner.ranked().py()?.clone().into())
    }

    fn __len__(&self) -> usize {
        self.inner.items().len()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let id = self.inner.id().into_pyobject(py)?.repr()?;
        let title = self.inner.title().into_pyobject(py)?.repr()?;
        Ok(format!(
            "<Hierarchy {id}: {title}, {} items>",
            self.__len__()
        ))
    }

    /// A readable listing: title, source, order, and each item with its
    /// label, verification mark (`✓` verified, `?` not) and crosswalks.
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
}

/// Reads a `format` argument: `"toml"` or `"json"`.
///
/// Raises InvalidValueError for anything else.
pub fn format_arg(format: &str) -> PyResult<Format> {
    match format {
        "toml" => Ok(Format::Toml),
        "json" => Ok(Format::Json),
        other => Err(invalid_value(format!(
            "unknown format `{other}`; expected `toml` or `json`"
        ))),
    }
}

/// The ids of every built-in hierarchy, in catalogue order.
#[pyfunction]
pub fn corpus_ids() -> Vec<&'static str> {
    corpus::ids()
}

/// The built-in hierarchy with this id.
///
/// Raises UnknownNameError listing the known ids.
#[pyfunction]
pub fn corpus_hierarchy(id: &str) -> PyResult<Hierarchy> {
    Ok(corpus::hierarchy(id).py()?.into())
}

/// One dict per built-in hierarchy: `id`, `title`, `author`, `year`,
/// `order`, `items` and `verified` (how many items are verified).
#[pyfunction]
pub fn corpus_catalogue(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    to_python(py, &corpus::catalogue())
}

/// The tiers, highest priority first, as `(slug, label)` pairs.
#[pyfunction]
pub fn tiers() -> Vec<(&'static str, &'static str)> {
    security_hierarchy::Tier::ALL
        .iter()
        .map(|t| (t.slug(), t.label()))
        .collect()
}

/// The concern slugs, in declaration order.
#[pyfunction]
pub fn concerns() -> Vec<&'static str> {
    security_hierarchy::Concern::ALL
        .iter()
        .map(|c| c.slug())
        .collect()
}

/// Checks a tier slug; raises UnknownNameError listing the slugs.
#[pyfunction]
pub fn parse_tier(text: &str) -> PyResult<&'static str> {
    Ok(text.parse::<security_hierarchy::Tier>().py()?.slug())
}

/// Checks a concern slug; raises UnknownNameError listing the slugs.
#[pyfunction]
pub fn parse_concern(text: &str) -> PyResult<&'static str> {
    Ok(text.parse::<security_hierarchy::Concern>().py()?.slug())
}

/// The tiers as a strict ranking of slugs, regime security first.
#[pyfunction]
pub fn tier_ranking() -> Ranking {
    Ranking::of_display(&security_hierarchy::Tier::ranking())
}
