//! serde values as plain Python objects, for the `to_dict()` methods and for
//! the fields of reports that are records rather than classes.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde::Serialize;

/// Serializes `value` as JSON and reads it back with Python's `json`
/// module: dicts keep the fields' declared order, and every value becomes a
/// plain `dict`, `list`, `str`, `int`, `float`, `bool` or `None`.
pub fn to_python<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// `to_python` for a value that serializes as a map.
pub fn to_dict<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyDict>> {
    Ok(to_python(py, value)?.cast_into::<PyDict>()?)
}

/// A serializable value that crosses into Python as plain data (see
/// [`to_python`]); lets a getter return nested records without a class each.
pub struct Data<T>(pub T);

impl<'py, T: Serialize> IntoPyObject<'py> for Data<T> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Self::Output> {
        to_python(py, &self.0)
    }
}

/// A Python `repr` of a string, for `__repr__` methods.
pub fn quoted(py: Python<'_>, text: &str) -> PyResult<String> {
    Ok(text.into_pyobject(py)?.repr()?.to_cow()?.into_owned())
}
