//! Whether an analysis's conclusions survive the contested crosswalk
//! mappings its documents record.

use pyo3::prelude::*;
use security_hierarchy::conflict::{self as lib, Documents};
use security_hierarchy::{Hierarchy as RustHierarchy, Via as RustVia};

use crate::errors::IntoPyResult;
use crate::hierarchy::Hierarchy;
use crate::record::record;
use crate::scenario::Scenario;
use crate::value::quoted;
use crate::via::via_arg;

record! {
    /// A contested mapping: an item's crosswalk onto a vocabulary with
    /// admissible alternatives, the default first.
    Contested(lib::Contested);
    repr = |c, py| Ok(format!(
        "Contested(document={}, item={}, vocabulary={}, options=[{}])",
        quoted(py, &c.document)?, quoted(py, &c.item)?, quoted(py, c.vocabulary)?,
        c.options.iter().map(|o| quoted(py, o)).collect::<PyResult<Vec<_>>>()?.join(", ")
    ));
    text = |c| c.to_string();
    /// The hierarchy or scenario.
    document: String = |c| c.document.clone();
    /// The item or interest.
    item: String = |c| c.item.clone();
    /// `"tier"` or `"concern"`.
    vocabulary: String = |c| c.vocabulary.to_string();
    /// The admissible targets, the default first.
    options: Vec<String> = |c| c.options.clone();
}

record! {
    /// One conclusion of an analysis and how it fares across the
    /// combinations of contested mappings examined.
    Conclusion(lib::Judged);
    repr = |j, py| Ok(format!(
        "Conclusion(kind={}, statement={}, by_default={}, holds_in={}, examined={})",
        quoted(py, j.conclusion.kind)?, quoted(py, &j.conclusion.statement)?,
        if j.by_default { "True" } else { "False" }, j.holds_in, j.examined
    ));
    text = |j| j.to_string();
    /// The conclusion in words.
    statement: String = |j| j.conclusion.statement.clone();
    /// Its kind: `"tier-inversion"`, `"discordant-pair"`,
    /// `"majority-cycle"`, `"condorcet-winner"`, `"condorcet-loser"`,
    /// `"consensus"`, `"consensus-top"`, `"verdict"`, `"self-undermining"`
    /// or `"priority-inversion"`.
    kind: String = |j| j.conclusion.kind.to_string();
    /// Whether it holds under the default mappings.
    by_default: bool = |j| j.by_default;
    /// In how many of the combinations examined it holds.
    holds_in: u64 = |j| j.holds_in;
    /// How many combinations were examined.
    examined: u64 = |j| j.examined;
    /// Whether it holds under every combination examined.
    robust: bool = |j| j.robust();
    /// The contested mappings whose choice alone changes whether it holds.
    depends_on: Vec<Contested> = |j| j.depends_on.iter().cloned().map(Contested).collect();
    /// Items involved whose wording is unverified, as `"document/item"`.
    unverified: Vec<String> = |j| j.unverified.clone();
}

record! {
    /// The robustness of an analysis: its conclusions rerun under every
    /// admissible combination of the contested mappings (or, past 65536
    /// combinations, under each alternative on its own).
    Robustness(lib::Robustness);
    repr = |r, py| Ok(format!(
        "<Robustness via {}: {} contested, {} of {} combinations examined, {} conclusions>",
        quoted(py, &r.via)?, r.contested.len(), r.examined, r.combinations, r.conclusions.len()
    ));
    text = |r| r.to_string();
    /// The common ground's name.
    via: String = |r| r.via.clone();
    /// Every contested mapping varied, in document order.
    contested: Vec<Contested> = |r| r.contested.iter().cloned().map(Contested).collect();
    /// The number of combinations of the contested mappings.
    combinations: u64 = |r| r.combinations;
    /// How many combinations were examined.
    examined: u64 = |r| r.examined;
    /// Whether every combination was examined.
    exhaustive: bool = |r| r.exhaustive;
    /// Every conclusion reached under some combination.
    conclusions: Vec<Conclusion> = |r| r.conclusions.iter().cloned().map(Conclusion).collect();
    /// The conclusions that hold by default but not under every combination.
    fragile: Vec<Conclusion> = |r| r.fragile().cloned().map(Conclusion).collect();
}

fn run<R: lib::Conclusions>(
    documents: &Documents,
    via: &RustVia,
    analyse: impl FnMut(&Documents) -> security_hierarchy::Result<R>,
) -> PyResult<Robustness> {
    Ok(Robustness(lib::robustness(documents, via, analyse).py()?))
}

fn documents(hierarchies: &Bound<'_, PyAny>) -> PyResult<Documents> {
    Ok(Documents::new(crate::sides::hierarchies(hierarchies)?))
}

/// The robustness of `conflicts(hierarchies, via=via)`: its tier inversions,
/// discordant pairs and majority findings under every combination of the
/// contested mappings onto `via`'s vocabulary and the tiers. c runs of
/// `conflicts` for c combinations (at most 65536).
///
/// Raises TypeError for an input that is not a Hierarchy.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None))]
pub fn robustness_of_conflicts(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<Robustness> {
    let via = via_arg(via)?;
    run(&documents(hierarchies)?, &via, |d| {
        Ok(lib::conflicts(&d.hierarchies, &via))
    })
}

/// The robustness of `majority(hierarchies, via=via)`: its cycles and
/// Condorcet winner and loser. c runs of `majority` for c combinations.
///
/// Raises the errors of `majority` on any combination; TypeError for an
/// input that is not a Hierarchy.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None))]
pub fn robustness_of_majority(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<Robustness> {
    let via = via_arg(via)?;
    run(&documents(hierarchies)?, &via, |d| {
        lib::majority(&d.hierarchies, &via)
    })
}

/// The robustness of `tier_inversions(hierarchy, via=via)` (via the tiers
/// by default). c runs for c combinations.
///
/// Raises the errors of `tier_inversions` on any combination.
#[pyfunction]
#[pyo3(signature = (hierarchy, *, via = None))]
pub fn robustness_of_inversions(
    hierarchy: &Hierarchy,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<Robustness> {
    let via = match via {
        Some(v) if !v.is_none() => via_arg(Some(v))?,
        _ => RustVia::Tier,
    };
    run(&Documents::new([hierarchy.inner.clone()]), &via, |d| {
        lib::tier_inversions(&d.hierarchies[0], &via)
    })
}

/// The robustness of `discordances(a, b, via=via)` of two hierarchies: each
/// discordant pair. c runs for c combinations.
///
/// Raises the errors of `discordances` on any combination.
#[pyfunction]
#[pyo3(signature = (a, b, *, via = None))]
pub fn robustness_of_discordances(
    a: &Hierarchy,
    b: &Hierarchy,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<Robustness> {
    let via = via_arg(via)?;
    let docs = Documents::new([a.inner.clone(), b.inner.clone()]);
    run(&docs, &via, |d| {
        lib::discordances(&d.hierarchies[0], &d.hierarchies[1], &via)
    })
}

/// The robustness of `consensus(hierarchies, via=via, method=...)`: the
/// consensus order and its top. Takes `consensus`'s options; c runs of the
/// method for c combinations.
///
/// Raises the errors of `consensus` on any combination; TypeError for an
/// input that is not a Hierarchy.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None, method = "kemeny", tie_penalty = security_hierarchy::consensus::DEFAULT_TIE_PENALTY, max_component = None, seed = None, allow_ties = false))]
pub fn robustness_of_consensus(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    method: &str,
    tie_penalty: f64,
    max_component: Option<usize>,
    seed: Option<u64>,
    allow_ties: bool,
) -> PyResult<Robustness> {
    let solver = crate::consensus::solver(method, tie_penalty, max_component, seed, allow_ties)?;
    let via = via_arg(via)?;
    run(&documents(hierarchies)?, &via, |d| {
        security_hierarchy::consensus::consensus(&d.hierarchies, &via, solver.clone())
    })
}

/// The robustness of `scenario.analyse(hierarchy, via=via)`: its verdicts,
/// self-undermining actions and priority inversions, under every
/// combination of the contested mappings of both the hierarchy and the
/// scenario's interests. c analyses for c combinations.
///
/// Raises NotRankedError and CrosswalkError as `Via.ranking` on any
/// combination.
#[pyfunction]
#[pyo3(signature = (scenario, hierarchy, *, via = None))]
pub fn robustness_of_scenario(
    scenario: &Scenario,
    hierarchy: &Hierarchy,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<Robustness> {
    let via = via_arg(via)?;
    let docs: Documents =
        Documents::new([hierarchy.inner.clone()]).with_scenarios([scenario.inner.clone()]);
    run(&docs, &via, |d| {
        let h: &RustHierarchy = &d.hierarchies[0];
        let ranked = via.ranking(h)?;
        Ok(d.scenarios[0].analyse(h.id(), &ranked, &via))
    })
}

/// Adds this module's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Contested>()?;
    m.add_class::<Conclusion>()?;
    m.add_class::<Robustness>()?;
    m.add_function(wrap_pyfunction!(robustness_of_conflicts, m)?)?;
    m.add_function(wrap_pyfunction!(robustness_of_majority, m)?)?;
    m.add_function(wrap_pyfunction!(robustness_of_inversions, m)?)?;
    m.add_function(wrap_pyfunction!(robustness_of_discordances, m)?)?;
    m.add_function(wrap_pyfunction!(robustness_of_consensus, m)?)?;
    m.add_function(wrap_pyfunction!(robustness_of_scenario, m)?)?;
    Ok(())
}
