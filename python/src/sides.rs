//! The two sides of a pairwise analysis: two rankings, or two hierarchies
//! put on common ground by a `via`.

use pyo3::prelude::*;
use security_hierarchy::{Hierarchy as RustHierarchy, Ranking as RustRanking, Via as RustVia};

use crate::hierarchy::Hierarchy;
use crate::ranking::Ranking;
use crate::via::via_arg;

/// Two rankings, or two hierarchies with the common ground to put them on.
pub enum Sides<'a> {
    /// Rankings are analysed item by item.
    Rankings(&'a RustRanking<String>, &'a RustRanking<String>),
    /// Hierarchies are analysed through `via`.
    Hierarchies(&'a RustHierarchy, &'a RustHierarchy, RustVia),
}

/// Reads `a` and `b` as two `Ranking`s or two `Hierarchy`s; `via` applies
/// to hierarchies only.
///
/// Raises TypeError for any other pair, or for a crosswalk given with
/// rankings.
pub fn sides<'a>(
    a: &'a Bound<'_, PyAny>,
    b: &'a Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<Sides<'a>> {
    if let (Ok(a), Ok(b)) = (a.cast::<Hierarchy>(), b.cast::<Hierarchy>()) {
        return Ok(Sides::Hierarchies(
            &a.get().inner,
            &b.get().inner,
            via_arg(via)?,
        ));
    }
    if let (Ok(a), Ok(b)) = (a.cast::<Ranking>(), b.cast::<Ranking>()) {
        if via_arg(via)? != RustVia::Items {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "via applies to hierarchies; rankings are compared item by item",
            ));
        }
        return Ok(Sides::Rankings(&a.get().inner, &b.get().inner));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!(
        "expected two Rankings or two Hierarchies, not {} and {}",
        a.get_type().name()?,
        b.get_type().name()?
    )))
}

/// Reads a sequence of hierarchies.
///
/// Raises TypeError for an element that is not a `Hierarchy`.
pub fn hierarchies(inputs: &Bound<'_, PyAny>) -> PyResult<Vec<RustHierarchy>> {
    let mut out = Vec::new();
    for item in inputs.try_iter()? {
        let item = item?;
        match item.cast::<Hierarchy>() {
            Ok(h) => out.push(h.get().inner.clone()),
            Err(_) => {
                return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                    "expected Hierarchy objects, not {}",
                    item.get_type().name()?
                )));
            }
        }
    }
    Ok(out)
}
