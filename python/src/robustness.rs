//! Whether an analysis's conclusions survive the contested crosswalk
//! mappings its documents record.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use security_hierarchy::conflict::{self as lib, Documents};
use security_hierarchy::{Hierarchy as RustHierarchy, Via as RustVia};

use crate::errors::{IntoPyResult, invalid_value};
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

/// The analyses `robustness` reruns, by their Python names.
const ANALYSES: [&str; 6] = [
    "tier_inversions",
    "discordances",
    "majority",
    "conflicts",
    "consensus",
    "scenario",
];

/// Reads `robustness`'s documents: one Hierarchy, or an iterable of
/// Hierarchies and Scenarios (kept in their order within each kind).
fn documents_arg(documents: &Bound<'_, PyAny>) -> PyResult<Documents> {
    if let Ok(h) = documents.cast::<Hierarchy>() {
        return Ok(Documents::new([h.get().inner.clone()]));
    }
    let (mut hierarchies, mut scenarios) = (Vec::new(), Vec::new());
    let items = documents.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "documents must be a Hierarchy or an iterable of Hierarchy and Scenario objects, \
             not {}",
            type_name(documents)
        ))
    })?;
    for (index, item) in items.enumerate() {
        let item = item?;
        if let Ok(h) = item.cast::<Hierarchy>() {
            hierarchies.push(h.get().inner.clone());
        } else if let Ok(s) = item.cast::<Scenario>() {
            scenarios.push(s.get().inner.clone());
        } else {
            return Err(PyTypeError::new_err(format!(
                "documents[{index}] is a {}; expected a Hierarchy or a Scenario",
                type_name(&item)
            )));
        }
    }
    Ok(Documents::new(hierarchies).with_scenarios(scenarios))
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// Checks that `documents` holds what `analysis` reads: `hierarchies`
/// hierarchies (None: at least one) and `scenarios` scenarios.
fn expect_documents(
    documents: &Documents,
    analysis: &str,
    hierarchies: Option<usize>,
    scenarios: usize,
) -> PyResult<()> {
    let (h, s) = (documents.hierarchies.len(), documents.scenarios.len());
    let hierarchies_ok = hierarchies.map_or(h >= 1, |want| h == want);
    if hierarchies_ok && s == scenarios {
        return Ok(());
    }
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let of_hierarchies = |n| count(n, "hierarchy", "hierarchies");
    let mut want = hierarchies.map_or("at least 1 hierarchy".to_string(), of_hierarchies);
    if scenarios > 0 {
        want = format!("{want} and {}", count(scenarios, "scenario", "scenarios"));
    }
    Err(invalid_value(format!(
        "analysis {analysis:?} reads {want}; got {} and {}",
        of_hierarchies(h),
        count(s, "scenario", "scenarios")
    )))
}

/// Whether an analysis's conclusions survive the contested crosswalk
/// mappings its documents record: the analysis is rerun under every
/// admissible combination of them (or, past 65536 combinations, under each
/// alternative on its own), and each conclusion is judged. c runs of the
/// analysis for c combinations.
///
/// `documents` is one Hierarchy or an iterable of Hierarchies and
/// Scenarios; `analysis` names what is rerun on them, with `via`:
///
/// - `"tier_inversions"`: `tier_inversions(h, via=via)` of one hierarchy;
///   `via` defaults to the tiers here.
/// - `"discordances"`: `discordances(a, b, via=via)` of two hierarchies.
/// - `"majority"`: `majority(hierarchies, via=via)`: cycles, Condorcet
///   winner and loser.
/// - `"conflicts"`: `conflicts(hierarchies, via=via)`: tier inversions,
///   discordant pairs and majority findings.
/// - `"consensus"`: `consensus(hierarchies, via=via, ...)`: the consensus
///   order and its top; takes `consensus`'s options `method` (default
///   `"kemeny"`), `tie_penalty`, `max_component`, `seed` and `allow_ties`,
///   which no other analysis takes.
/// - `"scenario"`: `scenario.analyse(h, via=via)` of one hierarchy and one
///   scenario, varying the contested mappings of both.
///
/// Raises InvalidValueError for an unknown analysis (naming the accepted
/// ones), documents of the wrong number or kind for it, or a consensus
/// option given to another analysis; TypeError for a document that is not
/// a Hierarchy or Scenario; the analysis's own errors on any combination.
#[pyfunction]
#[pyo3(signature = (documents, analysis, *, via = None, method = None, tie_penalty = None, max_component = None, seed = None, allow_ties = None))]
#[allow(clippy::too_many_arguments)]
pub fn robustness(
    documents: &Bound<'_, PyAny>,
    analysis: &str,
    via: Option<&Bound<'_, PyAny>>,
    method: Option<&str>,
    tie_penalty: Option<f64>,
    max_component: Option<usize>,
    seed: Option<u64>,
    allow_ties: Option<bool>,
) -> PyResult<Robustness> {
    if !ANALYSES.contains(&analysis) {
        let names: Vec<String> = ANALYSES.iter().map(|a| format!("{a:?}")).collect();
        return Err(invalid_value(format!(
            "unknown analysis {analysis:?}; expected one of {}",
            names.join(", ")
        )));
    }
    if analysis != "consensus" {
        let given = [
            ("method", method.is_some()),
            ("tie_penalty", tie_penalty.is_some()),
            ("max_component", max_component.is_some()),
            ("seed", seed.is_some()),
            ("allow_ties", allow_ties.is_some()),
        ];
        if let Some((option, _)) = given.iter().find(|(_, given)| *given) {
            return Err(invalid_value(format!(
                "`{option}` applies to analysis \"consensus\" only, not {analysis:?}"
            )));
        }
    }
    let docs = documents_arg(documents)?;
    let via_given = via.filter(|v| !v.is_none());
    match analysis {
        "tier_inversions" => {
            expect_documents(&docs, analysis, Some(1), 0)?;
            let via = match via_given {
                Some(v) => via_arg(Some(v))?,
                None => RustVia::Tier,
            };
            run(&docs, &via, |d| {
                lib::tier_inversions(&d.hierarchies[0], &via)
            })
        }
        "discordances" => {
            expect_documents(&docs, analysis, Some(2), 0)?;
            let via = via_arg(via_given)?;
            run(&docs, &via, |d| {
                lib::discordances(&d.hierarchies[0], &d.hierarchies[1], &via)
            })
        }
        "majority" => {
            expect_documents(&docs, analysis, None, 0)?;
            let via = via_arg(via_given)?;
            run(&docs, &via, |d| lib::majority(&d.hierarchies, &via))
        }
        "conflicts" => {
            expect_documents(&docs, analysis, None, 0)?;
            let via = via_arg(via_given)?;
            run(&docs, &via, |d| Ok(lib::conflicts(&d.hierarchies, &via)))
        }
        "consensus" => {
            expect_documents(&docs, analysis, None, 0)?;
            let solver = crate::consensus::solver(
                method.unwrap_or("kemeny"),
                tie_penalty.unwrap_or(security_hierarchy::consensus::DEFAULT_TIE_PENALTY),
                max_component,
                seed,
                allow_ties.unwrap_or(false),
            )?;
            let via = via_arg(via_given)?;
            run(&docs, &via, |d| {
                security_hierarchy::consensus::consensus(&d.hierarchies, &via, solver.clone())
            })
        }
        _ => {
            expect_documents(&docs, analysis, Some(1), 1)?;
            let via = via_arg(via_given)?;
            run(&docs, &via, |d| {
                let h: &RustHierarchy = &d.hierarchies[0];
                let ranked = via.ranking(h)?;
                Ok(d.scenarios[0].analyse(h.id(), &ranked, &via))
            })
        }
    }
}

/// Adds this module's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Contested>()?;
    m.add_class::<Conclusion>()?;
    m.add_class::<Robustness>()?;
    m.add_function(wrap_pyfunction!(robustness, m)?)?;
    Ok(())
}
