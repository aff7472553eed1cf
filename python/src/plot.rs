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

/// Reads a heatmap measure: `"tau-a"`, `"tau-b"`, `"spearman"`,
/// `"weighted-tau"` or `"rbo"`.
fn agreement(name: &str) -> PyResult<lib::Agreement> {
    Ok(match name {
        "tau-a" => lib::Agreement::TauA,
        "tau-b" => lib::Agreement::TauB,
        "spearman" => lib::Agreement::Spearman,
        "weighted-tau" => lib::Agreement::WeightedTau,
        "rbo" => lib::Agreement::Rbo,
        other => {
            return Err(crate::errors::invalid_value(format!(
                "unknown heatmap measure {other:?}; expected one of \"tau-a\", \"tau-b\", \
                 \"spearman\", \"weighted-tau\", \"rbo\""
            )));
        }
    })
}

/// Hierarchies on common ground `via` as an SVG heatmap (a string starting
/// `<svg`): one cell per pair, coloured by `measure` (`"tau-a"`,
/// `"tau-b"`, `"spearman"`, `"weighted-tau"` or `"rbo"`), titled with the
/// measure unless `title` is given. O(m²·n log n) for m hierarchies over
/// n items.
///
/// Raises InvalidValueError for an unknown measure or too many hierarchies
/// for one picture; NotRankedError and CrosswalkError as `Via.ranking`;
/// TypeError for an input that is not a Hierarchy.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None, measure = "tau-b", title = None))]
pub fn heatmap(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    measure: &str,
    title: Option<String>,
) -> PyResult<String> {
    let docs = crate::sides::hierarchies(hierarchies)?;
    let via = crate::via::via_arg(via)?;
    let mut map = lib::Heatmap::of_hierarchies(
        &docs,
        &via,
        agreement(measure)?,
        security_hierarchy::compare::CompareOptions::new(),
    )
    .py()?;
    if let Some(title) = title {
        map = map.title(title);
    }
    lib::heatmap(&map).py()
}

/// Hierarchies on common ground `via` as an SVG bump chart: one column per
/// hierarchy (titled with its id), a line joining each item's places in
/// neighbouring columns. O(m·n) for m hierarchies over n items.
///
/// Raises NotRankedError and CrosswalkError as `Via.ranking`; TypeError for
/// an input that is not a Hierarchy.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None, title = "Rankings"))]
pub fn bump(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    title: &str,
) -> PyResult<String> {
    let docs = crate::sides::hierarchies(hierarchies)?;
    let chart = lib::Bump::of_hierarchies(title, &docs, &crate::via::via_arg(via)?).py()?;
    Ok(lib::bump(&chart))
}

/// Hierarchies on common ground `via` as their majority graph in SVG: an
/// arrow from each item to every item a majority puts below it, in layers.
/// O(m·n²) for m hierarchies over n items.
///
/// Raises NotRankedError and CrosswalkError as `Via.ranking`; TypeError for
/// an input that is not a Hierarchy.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None, title = None))]
pub fn majority_graph(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    title: Option<String>,
) -> PyResult<String> {
    let docs = crate::sides::hierarchies(hierarchies)?;
    let mut diagram =
        lib::MajorityDiagram::of_hierarchies(&docs, &crate::via::via_arg(via)?).py()?;
    if let Some(title) = title {
        diagram = diagram.title(title);
    }
    Ok(lib::majority_graph(&diagram))
}

/// A scenario as an SVG diagram: its actions, their effects on concerns
/// and the links between them, with each claim's reading from its basis.
/// O(e + l) for e effects and l links.
#[pyfunction]
pub fn scenario_diagram(scenario: &crate::scenario::Scenario) -> String {
    lib::scenario_diagram(&lib::ScenarioDiagram::from_scenario(&scenario.inner))
}

/// A self-contained HTML report (a string starting `<!DOCTYPE html>`) of
/// hierarchies on common ground `via`: their pictures and comparisons, and
/// for each of `scenarios` its diagram and analysis. Costs as the pictures
/// and comparisons it holds: O(m²·n log n) for m hierarchies over n items.
///
/// Raises NotRankedError and CrosswalkError as `Via.ranking`; the errors of
/// the pictures; TypeError for an input of the wrong class.
#[pyfunction]
#[pyo3(signature = (title, hierarchies, *, via = None, scenarios = None))]
pub fn report(
    title: &str,
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    scenarios: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let docs = crate::sides::hierarchies(hierarchies)?;
    let via = crate::via::via_arg(via)?;
    let mut read = Vec::new();
    if let Some(scenarios) = scenarios {
        for item in scenarios.try_iter()? {
            let item = item?;
            let scenario = item.cast::<crate::scenario::Scenario>().map_err(|_| {
                pyo3::exceptions::PyTypeError::new_err(format!(
                    "expected Scenario objects, not {}",
                    item.get_type()
                        .name()
                        .map_or_else(|_| "?".to_string(), |n| n.to_string())
                ))
            })?;
            read.push(scenario.get().inner.clone());
        }
    }
    let scenarios = read;
    lib::report(&lib::Report::new(title, &docs, &via).scenarios(&scenarios)).py()
}

/// Adds this module's functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(slopegraph, m)?)?;
    m.add_function(wrap_pyfunction!(dot, m)?)?;
    m.add_function(wrap_pyfunction!(dot_hierarchy, m)?)?;
    m.add_function(wrap_pyfunction!(heatmap, m)?)?;
    m.add_function(wrap_pyfunction!(bump, m)?)?;
    m.add_function(wrap_pyfunction!(majority_graph, m)?)?;
    m.add_function(wrap_pyfunction!(scenario_diagram, m)?)?;
    m.add_function(wrap_pyfunction!(report, m)?)?;
    Ok(())
}
