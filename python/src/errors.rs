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
        | Error::NoActions { .. }
        | Error::MissingBasis { .. }
        | Error::RepeatedAlternative { .. } => "InvalidDocumentError",
        Error::NonFiniteScore { .. }
        | Error::InvalidPenalty { .. }
        | Error::InvalidPersistence { .. }
        | Error::EmptyRanking { .. }
        | Error::InvalidWeight { .. }
        | Error::LengthMismatch { .. }
        | Error::NoRankings
        | Error::InvalidComponentLimit { .. }
        | Error::TooFewShared { .. }
        | Error::AllTied { .. }
        | Error::ExactWithTies { .. }
        | Error::ZeroResamples
        | Error::TooFewRankings { .. }
        | Error::InvalidPicture { .. } => "InvalidValueError",
        Error::Io { .. } | Error::UnknownFileType { .. } | Error::OverwritesInput { .. } => {
            "FileError"
        }
        Error::UnknownSlug { .. }
        | Error::UnknownHierarchy { .. }
        | Error::UnknownScenario { .. } => "UnknownNameError",
        Error::Unmapped { .. } | Error::UnknownTarget { .. } => "CrosswalkError",
        Error::NotRanked { .. } => "NotRankedError",
        Error::TooLarge { .. }
        | Error::TooLargeForTies { .. }
        | Error::TooManyItems { .. }
        | Error::ExactTooLarge { .. } => "TooLargeError",
        _ => "SecurityHierarchyError",
    }
}

/// The class `name` from `security_hierarchy.errors`.
fn class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    Ok(py
        .import("security_hierarchy.errors")?
        .getattr(name)?
        .cast_into::<PyType>()?)
}

/// An exception of the class `name` from `security_hierarchy.errors`.
fn raise(py: Python<'_>, name: &str, message: String) -> PyErr {
    match class(py, name) {
        Ok(class) => PyErr::from_type(class, message),
        // Only if the package's own Python files are missing or broken.
        Err(err) => err,
    }
}

/// An exception of the error's class with the library's message as its
/// only argument (so that `str()` is that message), and `filename` set when
/// the error names a file; a `FileError` (also an `OSError`) gets `errno`
/// and `strerror` when the operating system reported the error.
fn exception(py: Python<'_>, error: &Error) -> PyResult<PyErr> {
    let exception = class(py, class_name(error))?.call1((error.to_string(),))?;
    if let Some(path) = error.path() {
        exception.setattr("filename", path.to_string_lossy().into_owned())?;
    }
    if let Error::Io { source, .. } = error {
        if let Some(code) = source.raw_os_error() {
            exception.setattr("errno", code)?;
            exception.setattr(
                "strerror",
                std::io::Error::from_raw_os_error(code).to_string(),
            )?;
        }
    }
    Ok(PyErr::from_value(exception))
}

/// The library's error as a Python exception with its exact message.
#[allow(
    clippy::needless_pass_by_value,
    reason = "by value, to fit `Result::map_err`"
)]
pub fn to_py(error: Error) -> PyErr {
    Python::attach(|py| exception(py, &error).unwrap_or_else(|err| err))
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
