//! The library's errors as Python exceptions.
//!
//! The exception classes live in `security_hierarchy/errors.py`, so that they
//! are ordinary Python classes (picklable, documented, with `OSError` as a
//! second base where it fits); this module only chooses the class for each
//! error kind and carries the library's message unchanged.

use pyo3::prelude::*;
use pyo3::types::PyType;
use security_hierarchy::Error;

/// The name of the Python class for an error kind.
///
/// Grouped by what the user can do about it; a kind not listed (the enum is
/// non-exhaustive) falls back to the base class.
fn class_name(error: &Error) -> &'static str {
    match error {
        Error::Parse { .. } => "ParseError",
        Error::DuplicateItem { .. } | Error::EmptyLevel { .. } => "InvalidRankingError",
        Error::EmptyHierarchy { .. }
        | Error::DuplicateDefinition { .. }
        | Error::UndefinedItem { .. }
        | Error::UnrankedItem { .. }
        | Error::InvalidOrder { .. }
        | Error::PrecedenceCycle { .. }
        | Error::SelfPrecedence { .. }
        | Error::Serialize { .. }
        | Error::UnknownInterest { .. }
        | Error::DuplicateDeclaration { .. }
        | Error::ContradictoryEffect { .. }
        | Error::RepeatedEffect { .. }
        | Error::NoEffects { .. }
        | Error::NoActions { .. } => "InvalidDocumentError",
        Error::NonFiniteScore { .. }
        | Error::InvalidPenalty { .. }
        | Error::InvalidPersistence { .. }
        | Error::EmptyRanking { .. }
        | Error::InvalidWeight { .. }
        | Error::LengthMismatch { .. }
        | Error::NoRankings
        | Error::InvalidComponentLimit { .. } => "InvalidValueError",
        Error::Io { .. } | Error::UnknownFileType { .. } => "FileError",
        Error::UnknownSlug { .. }
        | Error::UnknownHierarchy { .. }
        | Error::UnknownScenario { .. } => "UnknownNameError",
        Error::Unmapped { .. } | Error::UnknownTarget { .. } => "CrosswalkError",
        Error::NotRanked { .. } => "NotRankedError",
        Error::TooLarge { .. } => "TooLargeError",
        _ => "SecurityHierarchyError",
    }
}

/// An exception of the class `name` from `security_hierarchy.errors`.
fn raise(py: Python<'_>, name: &str, message: String) -> PyErr {
    let class = py
        .import("security_hierarchy.errors")
        .and_then(|module| module.getattr(name))
        .and_then(|class| Ok(class.cast_into::<PyType>()?));
    match class {
        Ok(class) => PyErr::from_type(class, message),
        // Only if the package's own Python files are missing or broken.
        Err(err) => err,
    }
}

/// The library's error as a Python exception with its exact message.
pub fn to_py(error: Error) -> PyErr {
    Python::attach(|py| raise(py, class_name(&error), error.to_string()))
}

/// An `InvalidValueError` for a bad argument the library never sees, such as
/// an integer score too large to be a float exactly.
pub fn invalid_value(message: String) -> PyErr {
    Python::attach(|py| raise(py, "InvalidValueError", message))
}

/// Converts the library's results at the boundary: `.map_err(to_py)` once
/// per call.
pub trait IntoPyResult<T> {
    /// The result with its error as a Python exception.
    fn py(self) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for security_hierarchy::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}
