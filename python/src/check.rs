//! Checking documents: every problem of a hierarchy or scenario at once.

use std::path::PathBuf;

use pyo3::prelude::*;
use security_hierarchy::Finding as RustFinding;

use crate::hierarchy::{Hierarchy, format_arg};
use crate::record::record;
use crate::scenario::Scenario;
use crate::value::quoted;

/// The kebab-case kind of a finding, as in its `to_dict()`.
fn kind(finding: &RustFinding) -> &'static str {
    match finding {
        RustFinding::Invalid(_) => "invalid",
        RustFinding::TierInversion(_) => "tier-inversion",
        RustFinding::Uncrosswalked { .. } => "uncrosswalked",
        RustFinding::DependencyCycle { .. } => "dependency-cycle",
        RustFinding::OutsideRanking { .. } => "outside-ranking",
        RustFinding::NotChecked { .. } => "not-checked",
        // The enum is non-exhaustive; a new kind still has its message.
        _ => "other",
    }
}

record! {
    /// One problem of a document (from `check`) or of a scenario analysis.
    ///
    /// `kind` is `"invalid"` (the document would not load; the message is
    /// the error's), `"tier-inversion"`, `"uncrosswalked"`,
    /// `"dependency-cycle"`, `"outside-ranking"` or `"not-checked"` (an
    /// analysis refused at a size limit; the message names the limit);
    /// `to_dict()` adds the kind's fields.
    Finding(RustFinding);
    repr = |f, py| Ok(format!("Finding(kind={}, message={})", quoted(py, kind(f))?, quoted(py, &f.to_string())?));
    text = |f| f.to_string();
    /// The kind of problem.
    kind: &'static str = |f| kind(f);
    /// The problem in words.
    message: String = |f| f.to_string();
    /// Whether the problem makes the document invalid.
    is_invalid: bool = |f| f.is_invalid();
}

fn findings(list: Vec<RustFinding>) -> Vec<Finding> {
    list.into_iter().map(Finding).collect()
}

/// Every problem of a loaded document at once: for a Hierarchy, its tier
/// inversions under its crosswalk (and items the crosswalk misses), O(n²)
/// for a ranking and at most O((n + e)·n/64) for a partial order;
/// for a Scenario, its dependency cycles, O(n + e). A loaded document has
/// no `"invalid"` findings; use `check_text` or `check_file` for files
/// that may be malformed.
///
/// Raises TypeError for another type.
#[pyfunction]
pub fn check(document: &Bound<'_, PyAny>) -> PyResult<Vec<Finding>> {
    if let Ok(h) = document.cast::<Hierarchy>() {
        return Ok(findings(security_hierarchy::check(&h.get().inner)));
    }
    if let Ok(s) = document.cast::<Scenario>() {
        return Ok(findings(security_hierarchy::check(&s.get().inner)));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "check takes a Hierarchy or a Scenario, not {}",
        document.get_type().name()?
    )))
}

/// Every problem of a hierarchy or scenario text in `format` (`"toml"` or
/// `"json"`) at once; a text with a top-level `actions` field is a
/// scenario. Malformed text is one `"invalid"` finding with line and
/// column; otherwise every problem is listed. O(n² + c·(n + p)) for n
/// items, p precedences and c precedence cycles.
///
/// Raises InvalidValueError for an unknown format.
#[pyfunction]
#[pyo3(signature = (text, format = "toml"))]
pub fn check_text(text: &str, format: &str) -> PyResult<Vec<Finding>> {
    Ok(findings(security_hierarchy::check_text(
        text,
        format_arg(format)?,
    )))
}

/// `check_text` on a `.toml` or `.json` file, by its extension; a file that
/// cannot be read, or has another extension, is one `"invalid"` finding
/// naming the path.
#[pyfunction]
pub fn check_file(path: PathBuf) -> Vec<Finding> {
    findings(security_hierarchy::check_file(path))
}

/// Adds this module's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Finding>()?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(check_text, m)?)?;
    m.add_function(wrap_pyfunction!(check_file, m)?)?;
    Ok(())
}
