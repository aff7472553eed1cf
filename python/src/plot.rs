//! Pictures: SVG slopegraphs and Graphviz DOT graphs, as strings.

use pyo3::prelude::*;
use security_hierarchy::plot as lib;

use crate::errors::IntoPyResult;
use crate::hierarchy::Hierarchy;
use crate::sides::{Sides, sides};

/// Two rankings, or two hierarchies on common ground `via`, as an SVG
/// slopegraph (a string starting `<svg`): one line per shared item from its
/// level on the left to its level on the right. Hierarchies are titled
/// with their ids, rankings with `names` (default `("a", "b")`). O(n).
///
/// Raises, for hierarchies, NotRankedError and CrosswalkError as
/// `Via.ranking`; TypeError unless `a` and `b` are two Rankings or two
/// Hierarchies.
#[pyfunction]
#[pyo3(signature = (a, b, *, via = None, names = None))]
pub fn slopegraph(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    names: Option<(String, String)>,
) -> PyResult<String> {
    match sides(a, b, via)? {
        Sides::Rankings(ra, rb) => {
            let (left, right) = names.unwrap_or_else(|| ("a".to_string(), "b".to_string()));
            Ok(lib::Slopegraph::new(left, right).draw(ra, rb))
        }
        Sides::Hierarchies(ha, hb, via) => {
            let (ra, rb) = (via.ranking(ha).py()?, via.ranking(hb).py()?);
            let (left, right) = names.unwrap_or_else(|| (ha.id().to_string(), hb.id().to_string()));
            Ok(lib::Slopegraph::new(left, right).draw(&ra, &rb))
        }
    }
}

/// Hierarchies as a Graphviz DOT graph (text starting `digraph`; render it
/// with `dot -Tsvg`): one hierarchy as its order, with its own items; two
/// or more as their majority graph on common ground `via`. O(m·n²) for m
/// hierarchies over n items.
///
/// Raises, for two or more, NotRankedError and CrosswalkError as
/// `Via.ranking`; TypeError for an input that is not a Hierarchy.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None))]
pub fn dot(hierarchies: &Bound<'_, PyAny>, via: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    let docs = crate::sides::hierarchies(hierarchies)?;
    lib::dot(&docs, &crate::via::via_arg(via)?).py()
}

/// One hierarchy's order as a Graphviz DOT graph, with its labels. O(n + p)
/// for n items and p precedences.
#[pyfunction]
pub fn dot_hierarchy(hierarchy: &Hierarchy) -> String {
    lib::dot_hierarchy(&hierarchy.inner)
}

/// Adds this module's functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(slopegraph, m)?)?;
    m.add_function(wrap_pyfunction!(dot, m)?)?;
    m.add_function(wrap_pyfunction!(dot_hierarchy, m)?)?;
    Ok(())
}
