//! Conflict detection: discordances, tier inversions, the majority report
//! and the conflicts of several hierarchies at once.

use pyo3::prelude::*;
use security_hierarchy::Inversion as RustInversion;
use security_hierarchy::Tier;
use security_hierarchy::conflict as lib;

use crate::errors::IntoPyResult;
use crate::hierarchy::Hierarchy;
use crate::measures::DiscordantPair;
use crate::record::record;
use crate::sides::{Sides, sides};
use crate::value::{Data, quoted};
use crate::via::via_arg;

record! {
    /// A pair one side ties and the other orders: `higher` is strictly
    /// above `lower` on the ordering side.
    TieSplit(lib::TieSplit<String>);
    repr = |t, py| Ok(format!(
        "TieSplit(higher={}, lower={}, tied_in_a={})",
        quoted(py, &t.higher)?, quoted(py, &t.lower)?, if t.tied_in_a { "True" } else { "False" }
    ));
    text = |t| t.describe("a", "b");
    /// The item the ordering side ranks higher.
    higher: String = |t| t.higher.clone();
    /// The item the ordering side ranks lower.
    lower: String = |t| t.lower.clone();
    /// Whether `a` is the side that ties them (otherwise `b`).
    tied_in_a: bool = |t| t.tied_in_a;
    /// The level (1-based) where the tying side puts both.
    tied_level: usize = |t| t.tied_level;
    /// The levels (1-based) of `higher` and `lower` on the ordering side.
    ordered_levels: (usize, usize) = |t| (t.ordered_levels[0], t.ordered_levels[1]);
}

record! {
    /// The pairs two rankings order in opposite directions, and the pairs one
    /// side ties while the other orders; built by `discordances`.
    Discordances(lib::Discordances<String>);
    repr = |d, py| Ok(format!(
        "<Discordances {} against {}: {} shared, {} discordant, {} tie splits>",
        quoted(py, &d.a)?, quoted(py, &d.b)?, d.shared, d.discordant.len(), d.tie_splits.len()
    ));
    text = |d| d.to_string();
    /// The name of side `a`.
    a: String = |d| d.a.clone();
    /// The name of side `b`.
    b: String = |d| d.b.clone();
    /// How many items both sides hold.
    shared: usize = |d| d.shared;
    /// The items only `a` holds.
    only_a: Vec<String> = |d| d.only_a.clone();
    /// The items only `b` holds.
    only_b: Vec<String> = |d| d.only_b.clone();
    /// Every discordant pair, in `a`'s order.
    discordant: Vec<DiscordantPair> = |d| d.discordant.iter().cloned().map(DiscordantPair).collect();
    /// Every pair one side ties and the other orders.
    tie_splits: Vec<TieSplit> = |d| d.tie_splits.iter().cloned().map(TieSplit).collect();
}

record! {
    /// A lower-tier item ranked above a higher-tier one.
    Inversion(RustInversion<String, Tier>);
    repr = |i, py| Ok(format!(
        "Inversion(higher={}, lower={}, higher_target={}, lower_target={})",
        quoted(py, &i.higher)?, quoted(py, &i.lower)?,
        quoted(py, i.higher_target.slug())?, quoted(py, i.lower_target.slug())?
    ));
    text = |i| i.to_string();
    /// The item ranked higher.
    higher: String = |i| i.higher.clone();
    /// The item ranked lower.
    lower: String = |i| i.lower.clone();
    /// `higher`'s tier slug.
    higher_target: &'static str = |i| i.higher_target.slug();
    /// `lower`'s tier slug, which outranks `higher_target`.
    lower_target: &'static str = |i| i.lower_target.slug();
}

record! {
    /// The tier inversions of one hierarchy; built by `tier_inversions`.
    InversionReport(lib::InversionReport<String, Tier>);
    repr = |r, py| Ok(format!(
        "<InversionReport {} via {}: {} inversions>",
        quoted(py, &r.hierarchy)?, quoted(py, &r.vocabulary)?, r.inversions.len()
    ));
    text = |r| r.to_string();
    /// The hierarchy's id.
    hierarchy: String = |r| r.hierarchy.clone();
    /// The vocabulary the items were mapped onto.
    vocabulary: String = |r| r.vocabulary.clone();
    /// The hierarchy's kind of order: `"ranked"`, `"partial"` or `"unordered"`.
    order: String = |r| r.order.to_string();
    /// Every inversion.
    inversions: Vec<Inversion> = |r| r.inversions.iter().cloned().map(Inversion).collect();
    /// Whether there are none.
    is_empty: bool = |r| r.is_empty();
}

record! {
    /// The majority graph of several hierarchies: who beats whom, standoffs,
    /// Condorcet winner and loser, and the cycles; built by `majority`.
    MajorityReport(lib::MajorityReport<String>);
    repr = |r, _py| Ok(format!(
        "<MajorityReport of {} rankings over {} items: {} cycles>",
        r.inputs.len(), r.items.len(), r.cycles.len()
    ));
    text = |r| r.to_string();
    /// The inputs' names.
    inputs: Vec<String> = |r| r.inputs.clone();
    /// Every item of any input.
    items: Vec<String> = |r| r.items.clone();
    /// Every strict majority as a dict: `winner`, `loser`, `support`
    /// (inputs putting the winner higher) and `against`.
    beats: Data<Vec<lib::Beat<String>>> = |r| Data(r.beats.clone());
    /// Every pair with equal support both ways, as dicts: `first`,
    /// `second`, `support`.
    standoffs: Data<Vec<lib::Standoff<String>>> = |r| Data(r.standoffs.clone());
    /// The item that beats every other, or None.
    condorcet_winner: Option<String> = |r| r.condorcet_winner.clone();
    /// The item every other beats, or None.
    condorcet_loser: Option<String> = |r| r.condorcet_loser.clone();
    /// The strongly connected components of the majority graph.
    components: Vec<Vec<String>> = |r| r.components.clone();
    /// The majority cycles as dicts: `items` and `margins`.
    cycles: Data<Vec<security_hierarchy::majority::Cycle<String>>> = |r| Data(r.cycles.clone());
    /// Whether the majority graph has no cycle.
    is_acyclic: bool = |r| r.is_acyclic();
}

record! {
    /// Every conflict of several hierarchies; built by `conflicts`.
    Conflicts(lib::Conflicts);
    repr = |c, py| Ok(format!(
        "<Conflicts via {}: {} tier inversion reports, {} discordance reports, {} not checked>",
        quoted(py, &c.via)?, c.tier_inversions.len(), c.discordances.len(), c.not_checked.len()
    ));
    text = |c| c.to_string();
    /// The common ground of the discordances and the majority graph.
    via: String = |c| c.via.clone();
    /// The tier inversions of each hierarchy that could be checked.
    tier_inversions: Vec<InversionReport> = |c| c.tier_inversions.iter().cloned().map(InversionReport).collect();
    /// The discordances of every pair that could be compared.
    discordances: Vec<Discordances> = |c| c.discordances.iter().cloned().map(Discordances).collect();
    /// The majority report, with two or more comparable inputs; else None.
    majority: Option<MajorityReport> = |c| c.majority.clone().map(MajorityReport);
    /// Each analysis that could not run, as dicts: `analysis`, `subject`,
    /// `reason`.
    not_checked: Data<Vec<lib::NotChecked>> = |c| Data(c.not_checked.clone());
    /// Whether any conflict was found.
    found: bool = |c| c.found();
}

/// The pairs two rankings, or two hierarchies on common ground `via`, order
/// in opposite directions, and the pairs one side ties while the other
/// orders. O(n log n + D + S) for D discordant pairs and S tie splits.
///
/// Raises TypeError unless `a` and `b` are two Rankings or two
/// Hierarchies; for hierarchies, NotRankedError and CrosswalkError as
/// `Via.ranking`.
#[pyfunction]
#[pyo3(signature = (a, b, *, via = None, names = None))]
pub fn discordances(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    names: Option<(String, String)>,
) -> PyResult<Discordances> {
    let mut report = match sides(a, b, via)? {
        Sides::Rankings(ra, rb) => lib::Discordances::between("a", ra, "b", rb),
        Sides::Hierarchies(ha, hb, via) => lib::discordances(ha, hb, &via).py()?,
    };
    if let Some((name_a, name_b)) = names {
        report.a = name_a;
        report.b = name_b;
    }
    Ok(Discordances(report))
}

/// The tier inversions of a hierarchy: lower-tier items ranked above
/// higher-tier ones, under the tier crosswalk (`via="tier"`, the default)
/// or a user's crosswalk onto tier slugs. O(n²) for n items.
///
/// Raises CrosswalkError for an item without a mapping, or a target that
/// is not a tier.
#[pyfunction]
#[pyo3(signature = (hierarchy, *, via = None))]
pub fn tier_inversions(
    hierarchy: &Hierarchy,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<InversionReport> {
    let via = match via {
        Some(v) if !v.is_none() => via_arg(Some(v))?,
        _ => security_hierarchy::Via::Tier,
    };
    Ok(InversionReport(
        lib::tier_inversions(&hierarchy.inner, &via).py()?,
    ))
}

/// The majority graph of hierarchies on common ground `via`. O(m·n²) for
/// m hierarchies over n items.
///
/// Raises NotRankedError and CrosswalkError as `Via.ranking`.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None))]
pub fn majority(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<MajorityReport> {
    let docs = crate::sides::hierarchies(hierarchies)?;
    Ok(MajorityReport(lib::majority(&docs, &via_arg(via)?).py()?))
}

/// Every conflict of several hierarchies: each one's tier inversions, and
/// with two or more, the discordances of every pair and the majority graph
/// on common ground `via`. An analysis an input cannot take part in is
/// listed in `not_checked`, never raised. O(m²·n²) for m hierarchies of
/// at most n items.
#[pyfunction]
#[pyo3(signature = (hierarchies, *, via = None))]
pub fn conflicts(
    hierarchies: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
) -> PyResult<Conflicts> {
    let docs = crate::sides::hierarchies(hierarchies)?;
    Ok(Conflicts(lib::conflicts(&docs, &via_arg(via)?)))
}

/// Adds this module's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<TieSplit>()?;
    m.add_class::<Discordances>()?;
    m.add_class::<Inversion>()?;
    m.add_class::<InversionReport>()?;
    m.add_class::<MajorityReport>()?;
    m.add_class::<Conflicts>()?;
    m.add_function(wrap_pyfunction!(discordances, m)?)?;
    m.add_function(wrap_pyfunction!(tier_inversions, m)?)?;
    m.add_function(wrap_pyfunction!(majority, m)?)?;
    m.add_function(wrap_pyfunction!(conflicts, m)?)?;
    Ok(())
}
