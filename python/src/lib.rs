//! The `security_hierarchy._native` extension module: Python bindings of the
//! `security-hierarchy` library. The Python package around it
//! (`security_hierarchy/`) re-exports these names and adds the exception
//! classes and the vocabularies as enums.
//!
//! One file per area of the library; each `register` call below adds an
//! area's classes and functions, so a new area is one file and one line.
//! Result types are frozen classes written by the `record!` macro.

// Doc comments here are the Python docstrings, with Python examples
// (`[["a"], ["b"]]` is a list of levels, not a Rust doc link).
#![allow(clippy::doc_link_with_quotes)]

mod check;
mod conflict;
mod consensus;
mod errors;
mod hierarchy;
mod inference;
mod measures;
mod plot;
mod ranking;
mod record;
mod robustness;
mod scenario;
mod scores;
mod sides;
mod value;
mod via;

use pyo3::prelude::*;

/// Raises a Rust panic, so that tests can check that a panic reaches Python
/// as an exception instead of aborting the interpreter.
#[pyfunction]
fn _panic_for_tests() {
    panic!("deliberate panic for the test suite");
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<ranking::Ranking>()?;

    m.add_class::<hierarchy::Hierarchy>()?;
    m.add_function(wrap_pyfunction!(hierarchy::corpus_ids, m)?)?;
    m.add_function(wrap_pyfunction!(hierarchy::corpus_hierarchy, m)?)?;
    m.add_function(wrap_pyfunction!(hierarchy::corpus_catalogue, m)?)?;
    m.add_function(wrap_pyfunction!(hierarchy::tiers, m)?)?;
    m.add_function(wrap_pyfunction!(hierarchy::concerns, m)?)?;
    m.add_function(wrap_pyfunction!(hierarchy::parse_tier, m)?)?;
    m.add_function(wrap_pyfunction!(hierarchy::parse_concern, m)?)?;
    m.add_function(wrap_pyfunction!(hierarchy::tier_ranking, m)?)?;

    m.add_class::<via::Via>()?;
    m.add_class::<via::Crosswalk>()?;

    m.add_class::<measures::PairCounts>()?;
    m.add_class::<measures::Footrule>()?;
    m.add_class::<measures::Rbo>()?;
    m.add_class::<measures::Mover>()?;
    m.add_class::<measures::DiscordantPair>()?;
    m.add_class::<measures::Comparison>()?;
    m.add_function(wrap_pyfunction!(measures::kendall, m)?)?;
    m.add_function(wrap_pyfunction!(measures::spearman, m)?)?;
    m.add_function(wrap_pyfunction!(measures::footrule, m)?)?;
    m.add_function(wrap_pyfunction!(measures::weighted_tau, m)?)?;
    m.add_function(wrap_pyfunction!(measures::rbo, m)?)?;
    m.add_function(wrap_pyfunction!(measures::compare, m)?)?;
    m.add_function(wrap_pyfunction!(measures::discordant_pairs, m)?)?;
    m.add_function(wrap_pyfunction!(measures::kendall_scores, m)?)?;
    m.add_function(wrap_pyfunction!(measures::spearman_scores, m)?)?;
    m.add_function(wrap_pyfunction!(measures::weighted_tau_scores, m)?)?;

    conflict::register(m)?;
    scenario::register(m)?;
    check::register(m)?;
    consensus::register(m)?;
    plot::register(m)?;
    inference::register(m)?;
    robustness::register(m)?;

    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    Ok(())
}
