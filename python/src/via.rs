//! `Via`: how hierarchies are put on common ground before an analysis.
//!
//! Every analysis of hierarchies takes a `via` argument: `"none"` (or
//! `"items"`), `"concern"`, `"tier"`, a `Crosswalk`, a dict of item id to
//! target, or a `Via`. [`via_arg`] reads any of them.

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use security_hierarchy::{Crosswalk as RustCrosswalk, Via as RustVia};

use crate::errors::IntoPyResult;
use crate::hierarchy::Hierarchy;
use crate::ranking::Ranking;
use crate::value::quoted;

/// The name a crosswalk given as a plain dict has in reports.
const DICT_NAME: &str = "dict";

/// A user's own crosswalk: item id to target, with a name for reports; a
/// repeated item keeps its last target.
///
/// >>> Crosswalk("mine", {"party-rule": "core", "economy": "core"}).target("economy")
/// 'core'
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Crosswalk")]
#[derive(Clone, PartialEq)]
pub struct Crosswalk {
    pub inner: RustCrosswalk,
}

/// The `(item, target)` pairs of a mapping, each required to be a `str`.
fn pairs(mapping: &Bound<'_, PyDict>) -> PyResult<Vec<(String, String)>> {
    mapping
        .iter()
        .map(|(k, v)| {
            let text = |x: &Bound<'_, PyAny>, what: &str| -> PyResult<String> {
                match x.cast::<PyString>() {
                    Ok(s) => Ok(s.to_cow()?.into_owned()),
                    Err(_) => Err(pyo3::exceptions::PyTypeError::new_err(format!(
                        "crosswalk {what}s must be str, not {}: {}",
                        x.get_type().name()?,
                        x.repr()?
                    ))),
                }
            };
            Ok((text(&k, "item")?, text(&v, "target")?))
        })
        .collect()
}

#[pymethods]
impl Crosswalk {
    /// A crosswalk named `name` from a dict of item id to target. O(n).
    ///
    /// Raises TypeError for a key or value that is not a str.
    #[new]
    fn new(name: String, targets: &Bound<'_, PyDict>) -> PyResult<Self> {
        Ok(Self {
            inner: RustCrosswalk::new(name, pairs(targets)?),
        })
    }

    /// Loads a `.toml` or `.json` file holding a table of item id to
    /// target, named after the file's stem.
    ///
    /// Raises FileError when the file cannot be read or its extension is
    /// neither, ParseError when it is not a table of strings.
    #[staticmethod]
    fn load(path: PathBuf) -> PyResult<Self> {
        match RustVia::load(path).py()? {
            RustVia::Map(inner) => Ok(Self { inner }),
            other => Err(pyo3::exceptions::PyRuntimeError::new_err(format!(
                "loading a crosswalk gave `{other}`, not a map"
            ))),
        }
    }

    /// The name used in reports.
    #[getter]
    fn name(&self) -> &str {
        self.inner.name()
    }

    /// The target of `item`, or None when the crosswalk has none. O(1).
    fn target(&self, item: &str) -> Option<&str> {
        self.inner.target(item)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("<Crosswalk {}>", quoted(py, self.inner.name())?))
    }
}

/// How items are put on common ground before an analysis: `Via("none")`
/// (the items as they are; also `"items"`), `Via("concern")`,
/// `Via("tier")`, or a user's `Crosswalk` (or a dict of item id to
/// target, named `"dict"` in reports).
///
/// Every function with a `via` argument also takes these values directly.
///
/// >>> Via("tier").name
/// 'tier'
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Via")]
#[derive(Clone, PartialEq)]
pub struct Via {
    pub inner: RustVia,
}

#[pymethods]
impl Via {
    /// Reads a via argument; see the class.
    ///
    /// Raises UnknownNameError for an unknown string and TypeError for
    /// another type.
    #[new]
    fn new(spec: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self {
            inner: via_arg(Some(spec))?,
        })
    }

    /// A user's crosswalk loaded from a `.toml` or `.json` file; raises
    /// as `Crosswalk.load`.
    #[staticmethod]
    fn load(path: PathBuf) -> PyResult<Self> {
        Ok(Self {
            inner: RustVia::load(path).py()?,
        })
    }

    /// The name used in reports: `none`, `concern`, `tier`, or the
    /// crosswalk's name.
    #[getter]
    fn name(&self) -> &str {
        self.inner.name()
    }

    /// The hierarchy's ranking on this common ground: its items, or their
    /// targets (items mapped to one target tie at the highest level any of
    /// them holds). O(n).
    ///
    /// Raises NotRankedError for a partial order or unordered document and
    /// CrosswalkError for an item without a mapping this way.
    fn ranking(&self, hierarchy: &Hierarchy) -> PyResult<Ranking> {
        Ok(self.inner.ranking(&hierarchy.inner).py()?.into())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!("Via({})", quoted(py, self.inner.name())?))
    }

    fn __str__(&self) -> &str {
        self.inner.name()
    }
}

/// Reads a `via` argument: None (the items as they are), a string, a
/// `Via`, a `Crosswalk` or a dict of item id to target.
///
/// Raises UnknownNameError for an unknown string, TypeError for another type.
pub fn via_arg(spec: Option<&Bound<'_, PyAny>>) -> PyResult<RustVia> {
    let Some(spec) = spec.filter(|s| !s.is_none()) else {
        return Ok(RustVia::Items);
    };
    if let Ok(text) = spec.cast::<PyString>() {
        return text.to_cow()?.parse::<RustVia>().py();
    }
    if let Ok(via) = spec.cast::<Via>() {
        return Ok(via.get().inner.clone());
    }
    if let Ok(map) = spec.cast::<Crosswalk>() {
        return Ok(RustVia::Map(map.get().inner.clone()));
    }
    if let Ok(dict) = spec.cast::<PyDict>() {
        return Ok(RustVia::Map(RustCrosswalk::new(DICT_NAME, pairs(dict)?)));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "via must be \"none\", \"concern\", \"tier\", a Crosswalk, a dict or a Via, not {}",
        spec.get_type().name()?
    )))
}
