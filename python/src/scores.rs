//! Score arrays from Python: numpy arrays of any real dtype, or sequences.

use numpy::{
    PyArray1, PyArrayDescrMethods, PyArrayMethods, PyReadonlyArray1, PyUntypedArray,
    PyUntypedArrayMethods,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;

use crate::errors::invalid_value;

/// Scores as a slice: borrowed from a contiguous float64 array (no copy),
/// or converted into an owned vector.
pub enum Scores<'py> {
    Borrowed(PyReadonlyArray1<'py, f64>),
    Owned(Vec<f64>),
}

impl Scores<'_> {
    pub fn as_slice(&self) -> &[f64] {
        match self {
            Scores::Borrowed(array) => array.as_slice().expect("checked contiguous"),
            Scores::Owned(values) => values,
        }
    }
}

/// The largest magnitude below which every integer is exactly a float64.
const EXACT_INTEGER: u64 = 1 << 53;

/// Reads one score argument, named `name` in messages.
///
/// A 1-D float64 array is borrowed when contiguous and copied otherwise;
/// other real dtypes (every signed and unsigned integer width, float32,
/// other float widths through numpy) are converted. 64-bit integers beyond
/// 2**53 in magnitude are refused, because as floats distinct values could
/// tie. Anything else is read as a sequence of numbers. O(n).
pub fn scores<'py>(values: &Bound<'py, PyAny>, name: &str) -> PyResult<Scores<'py>> {
    if let Ok(array) = values.cast::<PyArray1<f64>>() {
        let array = array.readonly();
        return Ok(if array.as_slice().is_ok() {
            Scores::Borrowed(array)
        } else {
            Scores::Owned(array.as_array().iter().copied().collect())
        });
    }
    macro_rules! exact {
        ($($t:ty),*) => {$(
            if let Ok(array) = values.cast::<PyArray1<$t>>() {
                let array = array.readonly();
                return Ok(Scores::Owned(array.as_array().iter().map(|&v| f64::from(v)).collect()));
            }
        )*};
    }
    exact!(f32, i8, i16, i32, u8, u16, u32);
    if let Ok(array) = values.cast::<PyArray1<i64>>() {
        let array = array.readonly();
        return wide(
            array
                .as_array()
                .iter()
                .map(|&v| (v.unsigned_abs(), v as f64)),
            name,
        );
    }
    if let Ok(array) = values.cast::<PyArray1<u64>>() {
        let array = array.readonly();
        return wide(array.as_array().iter().map(|&v| (v, v as f64)), name);
    }
    if let Ok(array) = values.cast::<PyUntypedArray>() {
        let dtype = array.dtype();
        let kind = dtype.kind();
        if array.ndim() == 1 && kind == b'f' {
            // float16 or long double: numpy converts them.
            let converted = values.call_method1("astype", ("float64",))?;
            return scores(&converted, name);
        }
        return Err(PyTypeError::new_err(format!(
            "{name} must be a 1-D array of real numbers; got a {}-D array of dtype {}",
            array.ndim(),
            dtype.str()?
        )));
    }
    if values.is_instance_of::<pyo3::types::PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{name} must be a sequence of numbers, not a str"
        )));
    }
    Ok(Scores::Owned(values.extract::<Vec<f64>>()?))
}

/// 64-bit integers as floats, each given as (magnitude, value as f64).
fn wide<'py>(values: impl Iterator<Item = (u64, f64)>, name: &str) -> PyResult<Scores<'py>> {
    let mut out = Vec::new();
    for (index, (magnitude, value)) in values.enumerate() {
        if magnitude > EXACT_INTEGER {
            return Err(invalid_value(format!(
                "{name}[{index}] has magnitude {magnitude}, beyond 2**53; \
                 64-bit integer scores must be exact as floats"
            )));
        }
        out.push(value);
    }
    Ok(Scores::Owned(out))
}
