//! Consensus: one ranking that best represents several, by any method.

use pyo3::prelude::*;
use security_hierarchy::Ranking as RustRanking;
use security_hierarchy::consensus::{self as lib, Borda, Copeland, Heuristic, Kemeny, Solver};

use crate::errors::{IntoPyResult, invalid_value};
use crate::hierarchy::Hierarchy;
use crate::ranking::Ranking;
use crate::record::record;
use crate::value::Data;
use crate::via::via_arg;

record! {
    /// A consensus ranking with how far it is from each input and which
    /// majorities it overrules; built by `consensus`.
    Consensus(lib::Consensus<String>);
    repr = |c, _py| Ok(format!(
        "<Consensus by {} of {} rankings over {} items: cost={}, {}>",
        c.method(), c.distances().len(), c.ranking().len(), c.cost(),
        optimality(c.optimality())
    ));
    text = |c| c.to_string();
    /// The method: `"borda"`, `"copeland"`, `"kemeny"` or `"heuristic"`.
    method: &'static str = |c| method_name(c.method());
    /// The consensus ranking.
    ranking: Ranking = |c| c.ranking().clone().into();
    /// The Kendall-distance tie penalty the costs are measured with.
    tie_penalty: f64 = |c| c.tie_penalty();
    /// The total Kendall distance to the inputs.
    cost: f64 = |c| c.cost();
    /// Each input's Kendall distance, in the inputs' order.
    distances: Vec<f64> = |c| c.distances().to_vec();
    /// `"unique"` (proven optimal, the only optimum), `"multiple"` (proven
    /// optimal, not the only one) or `"not-proven"`.
    optimality: &'static str = |c| optimality(c.optimality());
    /// Every majority the consensus reverses, as dicts: `winner`, `loser`,
    /// `support` and `opposition`.
    overruled: Data<Vec<lib::Overruled<String>>> = |c| Data(c.overruled().to_vec());
}

fn method_name(method: lib::Method) -> &'static str {
    match method {
        lib::Method::Borda => "borda",
        lib::Method::Copeland => "copeland",
        lib::Method::Kemeny => "kemeny",
        lib::Method::Heuristic => "heuristic",
    }
}

fn optimality(optimality: lib::Optimality) -> &'static str {
    match optimality {
        lib::Optimality::Unique => "unique",
        lib::Optimality::Multiple => "multiple",
        lib::Optimality::NotProven => "not-proven",
    }
}

/// The method named `method` with its options; an option the method does
/// not take is refused rather than ignored.
pub fn solver(
    method: &str,
    tie_penalty: f64,
    max_component: Option<usize>,
    seed: Option<u64>,
    allow_ties: bool,
) -> PyResult<Solver> {
    let refuse = |option: &str, takes: &str| {
        Err(invalid_value(format!(
            "`{option}` applies to the {takes} only, not `{method}`"
        )))
    };
    if max_component.is_some() && method != "kemeny" {
        return refuse("max_component", "kemeny method");
    }
    if seed.is_some() && method != "heuristic" {
        return refuse("seed", "heuristic method");
    }
    if allow_ties && !matches!(method, "kemeny" | "heuristic") {
        return refuse("allow_ties", "kemeny and heuristic methods");
    }
    Ok(match method {
        "borda" => Borda::new().tie_penalty(tie_penalty).into(),
        "copeland" => Copeland::new().tie_penalty(tie_penalty).into(),
        "kemeny" => {
            let kemeny = Kemeny::new()
                .tie_penalty(tie_penalty)
                .allow_ties(allow_ties);
            // Unset, the limit is the method's default, which differs with ties.
            match max_component {
                Some(k) => kemeny.max_component(k),
                None => kemeny,
            }
            .into()
        }
        "heuristic" => Heuristic::new()
            .tie_penalty(tie_penalty)
            .seed(seed.unwrap_or(0))
            .allow_ties(allow_ties)
            .into(),
        other => {
            return Err(invalid_value(format!(
                "unknown consensus method `{other}`; expected borda, copeland, kemeny or heuristic"
            )));
        }
    })
}

/// The consensus of several rankings, or of hierarchies on common ground
/// `via`, by `method`:
///
/// - `"borda"`: Borda count, ties averaged; a weak order. O(m·n + n log n).
/// - `"copeland"`: Copeland's method; a weak order. O(m·n²).
/// - `"kemeny"` (default): exact Kemeny–Young, solved component by
///   component of the majority graph; strict and optimal. O(m·n² + Σ 2^k·k)
///   for components of k items, each at most `max_component` (default 20,
///   at most 28). With `allow_ties=True` the optimum is taken over every
///   weak order (it then depends on `tie_penalty`), O(3^k) per part, with
///   its own default and ceiling for `max_component`.
/// - `"heuristic"`: KwikSort with local search from pivot seed `seed`
///   (default 0); strict (or, with `allow_ties=True`, a weak order), not
///   proven optimal. O(m·n² + passes·n²).
///
/// for m inputs over n items; reporting adds O(m·n²). `tie_penalty` (in
/// [0, 1], default 0.5) measures the costs; it changes the ranking only
/// when ties are allowed.
///
/// Raises InvalidValueError for no inputs, a tie penalty outside [0, 1], a
/// component limit outside its range, an unknown method or an option the
/// method does not take; TooLargeError for a majority component (or, with
/// ties, a part) above `max_component`; for hierarchies, NotRankedError and CrosswalkError as
/// `Via.ranking`; TypeError for inputs that are not all Rankings or all
/// Hierarchies.
#[pyfunction]
#[pyo3(signature = (inputs, *, via = None, method = "kemeny", tie_penalty = lib::DEFAULT_TIE_PENALTY, max_component = None, seed = None, allow_ties = false))]
pub fn consensus(
    inputs: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    method: &str,
    tie_penalty: f64,
    max_component: Option<usize>,
    seed: Option<u64>,
    allow_ties: bool,
) -> PyResult<Consensus> {
    let solver = solver(method, tie_penalty, max_component, seed, allow_ties)?;
    let via = via_arg(via)?;
    let mut rankings: Vec<RustRanking<String>> = Vec::new();
    let mut docs = Vec::new();
    for item in inputs.try_iter()? {
        let item = item?;
        if let Ok(r) = item.cast::<Ranking>() {
            rankings.push(r.get().inner.clone());
        } else if let Ok(h) = item.cast::<Hierarchy>() {
            docs.push(h.get().inner.clone());
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "consensus inputs must be Rankings or Hierarchies, not {}",
                item.get_type().name()?
            )));
        }
    }
    let result = match (rankings.is_empty(), docs.is_empty()) {
        (_, true) => {
            if via != security_hierarchy::Via::Items {
                return Err(pyo3::exceptions::PyTypeError::new_err(
                    "via applies to hierarchies; rankings are combined item by item",
                ));
            }
            solver.solve(&rankings)
        }
        (true, false) => lib::consensus(&docs, &via, solver),
        (false, false) => {
            return Err(pyo3::exceptions::PyTypeError::new_err(
                "consensus inputs must be all Rankings or all Hierarchies, not a mix",
            ));
        }
    };
    Ok(Consensus(result.py()?))
}

/// Adds this module's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Consensus>()?;
    m.add_function(wrap_pyfunction!(consensus, m)?)?;
    Ok(())
}
