//! serde values as plain Python objects, for the `to_dict()` methods.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde::Serialize;

/// Serializes `value` as JSON and reads it back with Python's `json`
/// module: dicts keep the fields' declared order, and every value becomes a
/// plain `dict`, `list`, `str`, `int`, `float`, `bool` or `None`.
pub fn to_python<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(value)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// `to_python` for a value that serializes as a map.
pub fn to_dict<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyDict>> {
    Ok(to_python(py, value)?.cast_into::<PyDict>()?)
}
