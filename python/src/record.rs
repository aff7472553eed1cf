//! Frozen Python classes around the library's result types.
//!
//! Each report is a Rust value kept whole; the class exposes its fields as
//! read-only attributes, `to_dict()` (its serde form as plain data), `str()`
//! (the library's readable text), `repr()` and `==`. One macro writes that
//! shape, so that a new report type is one declaration.

/// Declares a frozen class `$name` around `$inner` with one getter per
/// field. Each getter is `name: Type = |value| expression`, where `value`
/// is a reference to the wrapped Rust value; `repr` and `text` are likewise
/// closures giving `__repr__` and `__str__`.
macro_rules! record {
    (
        $(#[$doc:meta])*
        $name:ident($inner:ty);
        repr = |$rs:ident, $rpy:ident| $repr:expr;
        text = |$ts:ident| $text:expr;
        $( $(#[$fdoc:meta])* $field:ident: $ty:ty = |$fs:ident| $body:expr; )*
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, module = "security_hierarchy")]
        #[derive(Clone, PartialEq)]
        pub struct $name(pub $inner);

        #[pymethods]
        impl $name {
            $(
                $(#[$fdoc])*
                #[getter]
                fn $field(&self) -> $ty {
                    let $fs = &self.0;
                    $body
                }
            )*

            /// Every field as plain Python data (dicts, lists, str, int,
            /// float, bool, None), as the library serializes it.
            fn to_dict<'py>(
                &self,
                py: pyo3::Python<'py>,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyDict>> {
                $crate::value::to_dict(py, &self.0)
            }

            #[allow(
                clippy::unnecessary_wraps,
                clippy::no_effect_underscore_binding,
                reason = "one shape for every report's repr; some need no Python"
            )]
            fn __repr__(&self, py: pyo3::Python<'_>) -> pyo3::PyResult<String> {
                let $rs = &self.0;
                let $rpy = py;
                $repr
            }

            /// The library's readable text.
            fn __str__(&self) -> String {
                let $ts = &self.0;
                $text
            }
        }
    };
}

pub(crate) use record;
