//! The measures of agreement and the comparison report.
//!
//! Python-facing names follow the library's vocabulary: `persistence` is
//! RBO's p and `tie_penalty` the Kendall distance's p.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use security_hierarchy::compare::{self as lib, CompareOptions, TieTreatment};
use security_hierarchy::inference::{Method, Permutations, Test, TestOptions};

use crate::errors::IntoPyResult;
use crate::ranking::Ranking;
use crate::scores::scores;
use crate::sides::{Sides, sides};
use crate::value::{quoted, to_dict};

/// How the pairs of shared items split between two rankings, with
/// Kendall's tau-a, tau-b and the Kendall distance.
///
/// Every unordered pair of distinct shared items is concordant, discordant,
/// tied only in `a`, tied only in `b`, or tied in both.
#[pyclass(frozen, eq, hash, module = "security_hierarchy", name = "PairCounts")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PairCounts(pub lib::PairCounts);

#[pymethods]
impl PairCounts {
    /// The number of shared items.
    #[getter]
    fn items(&self) -> u64 {
        self.0.items()
    }
    /// The number of unordered pairs of shared items.
    #[getter]
    fn pairs(&self) -> u64 {
        self.0.pairs()
    }
    /// Pairs both rankings order the same way.
    #[getter]
    fn concordant(&self) -> u64 {
        self.0.concordant()
    }
    /// Pairs the rankings order opposite ways.
    #[getter]
    fn discordant(&self) -> u64 {
        self.0.discordant()
    }
    /// Pairs tied in `a` only.
    #[getter]
    fn tied_a(&self) -> u64 {
        self.0.tied_a()
    }
    /// Pairs tied in `b` only.
    #[getter]
    fn tied_b(&self) -> u64 {
        self.0.tied_b()
    }
    /// Pairs tied in both.
    #[getter]
    fn tied_both(&self) -> u64 {
        self.0.tied_both()
    }
    /// Kendall's tau-a; None with fewer than two shared items.
    #[getter]
    fn tau_a(&self) -> Option<f64> {
        self.0.tau_a()
    }
    /// Kendall's tau-b, as `scipy.stats.kendalltau`; None when a side ties
    /// every shared item.
    #[getter]
    fn tau_b(&self) -> Option<f64> {
        self.0.tau_b()
    }
    /// The Kendall distance K^(p) with p = `tie_penalty` (Fagin et al. 2006):
    /// 1 per discordant pair, `tie_penalty` per pair tied on one side only.
    ///
    /// Raises InvalidValueError for a penalty outside [0, 1].
    #[pyo3(signature = (tie_penalty = 0.5))]
    fn distance(&self, tie_penalty: f64) -> PyResult<f64> {
        self.0.distance(tie_penalty).py()
    }
    /// The counts and taus as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = to_dict(py, &self.0)?;
        dict.set_item("tau_a", self.0.tau_a())?;
        dict.set_item("tau_b", self.0.tau_b())?;
        Ok(dict)
    }
    fn __repr__(&self) -> String {
        let c = &self.0;
        format!(
            "PairCounts(items={}, concordant={}, discordant={}, tied_a={}, tied_b={}, tied_both={})",
            c.items(),
            c.concordant(),
            c.discordant(),
            c.tied_a(),
            c.tied_b(),
            c.tied_both()
        )
    }
}

/// Spearman's footrule on average ranks over the shared items.
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Footrule")]
#[derive(Clone, PartialEq)]
pub struct Footrule(pub lib::Footrule);

#[pymethods]
impl Footrule {
    /// The sum of |rank in a - rank in b| over the shared items.
    #[getter]
    fn distance(&self) -> f64 {
        self.0.distance
    }
    /// The number of shared items.
    #[getter]
    fn items(&self) -> u64 {
        self.0.items
    }
    /// The distance divided by its largest value floor(n²/2), in [0, 1];
    /// None with fewer than two shared items.
    #[getter]
    fn normalized(&self) -> Option<f64> {
        self.0.normalized()
    }
    /// The fields as a dict, with `normalized`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = to_dict(py, &self.0)?;
        dict.set_item("normalized", self.0.normalized())?;
        Ok(dict)
    }
    fn __repr__(&self) -> String {
        format!(
            "Footrule(distance={}, items={})",
            self.0.distance, self.0.items
        )
    }
}

/// Rank-biased overlap: bounds `min` and `max`, residual `res` and the
/// extrapolated point estimate `ext`, all in [0, 1].
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Rbo")]
#[derive(Clone, PartialEq)]
pub struct Rbo(pub lib::Rbo);

#[pymethods]
impl Rbo {
    /// The lower bound, RBO_MIN.
    #[getter]
    fn min(&self) -> f64 {
        self.0.min
    }
    /// The upper bound, RBO_MAX.
    #[getter]
    fn max(&self) -> f64 {
        self.0.max
    }
    /// The residual, max - min.
    #[getter]
    fn res(&self) -> f64 {
        self.0.res
    }
    /// The point estimate, RBO_EXT.
    #[getter]
    fn ext(&self) -> f64 {
        self.0.ext
    }
    /// The four values as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(py, &self.0)
    }
    fn __repr__(&self) -> String {
        let r = &self.0;
        format!(
            "Rbo(min={}, max={}, res={}, ext={})",
            r.min, r.max, r.res, r.ext
        )
    }
}

/// A shared item whose average rank differs between the two sides.
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Mover")]
#[derive(Clone, PartialEq)]
pub struct Mover(lib::Mover<String>);

#[pymethods]
impl Mover {
    /// The item.
    #[getter]
    fn item(&self) -> &str {
        &self.0.item
    }
    /// Its average rank among the shared items in `a` (1 is the top).
    #[getter]
    fn rank_a(&self) -> f64 {
        self.0.rank_a
    }
    /// Its average rank among the shared items in `b`.
    #[getter]
    fn rank_b(&self) -> f64 {
        self.0.rank_b
    }
    /// `rank_a - rank_b`: positive when `b` ranks it higher than `a` does.
    #[getter]
    fn shift(&self) -> f64 {
        self.0.shift
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let m = &self.0;
        let item = m.item.as_str().into_pyobject(py)?.repr()?;
        Ok(format!(
            "Mover(item={item}, rank_a={}, rank_b={}, shift={})",
            m.rank_a, m.rank_b, m.shift
        ))
    }
}

/// A pair two rankings order in opposite directions: `a` puts `first`
/// strictly above `second`, `b` puts `second` strictly above `first`.
#[pyclass(frozen, eq, module = "security_hierarchy", name = "DiscordantPair")]
#[derive(Clone, PartialEq)]
pub struct DiscordantPair(pub lib::DiscordantPair<String>);

#[pymethods]
impl DiscordantPair {
    /// The item `a` ranks higher.
    #[getter]
    fn first(&self) -> &str {
        &self.0.first
    }
    /// The item `b` ranks higher.
    #[getter]
    fn second(&self) -> &str {
        &self.0.second
    }
    /// The levels of `first` and `second` in `a` (1-based).
    #[getter]
    fn in_a(&self) -> (usize, usize) {
        (self.0.in_a[0], self.0.in_a[1])
    }
    /// The levels of `first` and `second` in `b` (1-based).
    #[getter]
    fn in_b(&self) -> (usize, usize) {
        (self.0.in_b[0], self.0.in_b[1])
    }
    /// The pair in words, naming the sides `a` and `b` and every level.
    #[pyo3(signature = (a = "a", b = "b"))]
    fn describe(&self, a: &str, b: &str) -> String {
        self.0.describe(a, b)
    }
    /// The fields as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(py, &self.0)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let d = &self.0;
        Ok(format!(
            "DiscordantPair(first={}, second={}, in_a={:?}, in_b={:?})",
            quoted(py, &d.first)?,
            quoted(py, &d.second)?,
            (d.in_a[0], d.in_a[1]),
            (d.in_b[0], d.in_b[1])
        ))
    }
}

/// Every measure of agreement between two rankings, with the disagreement
/// named item by item; built by `compare`. Immutable.
///
/// Pairwise measures are over `shared`; RBO is over the full lists. `str()`
/// gives the library's readable report; `to_dict()` plain data.
#[pyclass(frozen, eq, module = "security_hierarchy", name = "Comparison")]
#[derive(Clone, PartialEq)]
pub struct Comparison(lib::Comparison<String>);

#[pymethods]
impl Comparison {
    /// The name of side `a`.
    #[getter]
    fn a(&self) -> &str {
        &self.0.a
    }
    /// The name of side `b`.
    #[getter]
    fn b(&self) -> &str {
        &self.0.b
    }
    /// The items both rankings hold, in `a`'s order.
    #[getter]
    fn shared(&self) -> Vec<String> {
        self.0.shared.clone()
    }
    /// The items only `a` holds, in `a`'s order.
    #[getter]
    fn only_a(&self) -> Vec<String> {
        self.0.only_a.clone()
    }
    /// The items only `b` holds, in `b`'s order.
    #[getter]
    fn only_b(&self) -> Vec<String> {
        self.0.only_b.clone()
    }
    /// The pair counts over the shared items.
    #[getter]
    fn counts(&self) -> PairCounts {
        PairCounts(self.0.counts)
    }
    /// Kendall's tau-a, or None.
    #[getter]
    fn tau_a(&self) -> Option<f64> {
        self.0.tau_a
    }
    /// Kendall's tau-b, or None.
    #[getter]
    fn tau_b(&self) -> Option<f64> {
        self.0.tau_b
    }
    /// The tie penalty used for `distance`.
    #[getter]
    fn tie_penalty(&self) -> f64 {
        self.0.tie_penalty
    }
    /// The Kendall distance with p = `tie_penalty`.
    #[getter]
    fn distance(&self) -> f64 {
        self.0.distance
    }
    /// Spearman's rho, or None.
    #[getter]
    fn spearman(&self) -> Option<f64> {
        self.0.spearman
    }
    /// Spearman's footrule on average ranks.
    #[getter]
    fn footrule(&self) -> Footrule {
        Footrule(self.0.footrule)
    }
    /// The weigher's name.
    #[getter]
    fn weigher(&self) -> &str {
        &self.0.weigher
    }
    /// Vigna's weighted tau, or None.
    #[getter]
    fn weighted_tau(&self) -> Option<f64> {
        self.0.weighted_tau
    }
    /// The RBO persistence.
    #[getter]
    fn persistence(&self) -> f64 {
        self.0.persistence
    }
    /// The RBO tie treatment: `"w"`, `"a"` or `"b"`.
    #[getter]
    fn ties(&self) -> String {
        self.0.ties.to_string()
    }
    /// Rank-biased overlap of the full lists; None when either is empty.
    #[getter]
    fn rbo(&self) -> Option<Rbo> {
        self.0.rbo.map(Rbo)
    }
    /// Every discordant pair, in `a`'s order of the item `a` puts higher.
    #[getter]
    fn discordant(&self) -> Vec<DiscordantPair> {
        self.0
            .discordant
            .iter()
            .cloned()
            .map(DiscordantPair)
            .collect()
    }
    /// The largest movers, largest |shift| first.
    #[getter]
    fn movers(&self) -> Vec<Mover> {
        self.0.movers.iter().cloned().map(Mover).collect()
    }
    /// The significance test's result as a dict (`test`, `measure`,
    /// `statistic`, `p_value`, `method`, `alternative`, `items`,
    /// `permutations`), or None when `compare` was given no `test`.
    #[getter]
    fn significance(
        &self,
    ) -> crate::value::Data<Option<security_hierarchy::inference::Significance>> {
        crate::value::Data(self.0.significance.clone())
    }
    /// Every field as plain Python data, undefined measures as None.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = to_dict(py, &self.0)?;
        let counts = out.get_item("counts")?;
        if let Some(counts) = counts {
            counts.set_item("tau_a", self.0.counts.tau_a())?;
            counts.set_item("tau_b", self.0.counts.tau_b())?;
        }
        if let Some(footrule) = out.get_item("footrule")? {
            footrule.set_item("normalized", self.0.footrule.normalized())?;
        }
        Ok(out)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = &self.0;
        let show = |x: Option<f64>| x.map_or("None".to_string(), |x| format!("{x:.3}"));
        let a = c.a.as_str().into_pyobject(py)?.repr()?;
        let b = c.b.as_str().into_pyobject(py)?.repr()?;
        Ok(format!(
            "<Comparison {a} against {b}: {} shared, tau_b={}, rbo_ext={}, {} discordant>",
            c.shared.len(),
            show(c.tau_b),
            show(c.rbo.map(|r| r.ext)),
            c.discordant.len()
        ))
    }
    /// The library's readable multi-line report.
    fn __str__(&self) -> String {
        self.0.to_string()
    }
}

/// The names `compare`'s `test` keyword accepts.
const TESTS: [&str; 8] = [
    "kendall",
    "spearman",
    "permutation:tau-b",
    "permutation:spearman",
    "permutation:footrule",
    "permutation:weighted-tau",
    "permutation:kendall-distance",
    "permutation:rbo",
];

/// `compare`'s test options, each None unless the caller gave it.
struct TestArgs<'a> {
    alternative: &'a str,
    method: Option<&'a str>,
    exact_limit: Option<u64>,
    resamples: Option<u64>,
    seed: Option<u64>,
}

/// Refuses the first option given (`options` pairs each name with whether
/// it was given) unless it `applies` to `test`.
fn refuse_unless(test: &str, applies: bool, options: &[(&str, bool)]) -> PyResult<()> {
    match options.iter().find(|(_, given)| *given) {
        Some((option, _)) if !applies => Err(crate::errors::invalid_value(format!(
            "`{option}` does not apply to test {test:?}"
        ))),
        _ => Ok(()),
    }
}

/// Reads `compare`'s `test` keyword with the test's options.
fn test_arg(
    test: Option<&str>,
    args: &TestArgs<'_>,
    tie_penalty: f64,
    persistence: f64,
    ties: &str,
) -> PyResult<Option<Test>> {
    let permutation_options = [
        ("exact_limit", args.exact_limit.is_some()),
        ("resamples", args.resamples.is_some()),
        ("seed", args.seed.is_some()),
    ];
    let Some(test) = test else {
        let given = std::iter::once(("method", args.method.is_some()))
            .chain(permutation_options)
            .find(|(_, given)| *given);
        return match given {
            Some((option, _)) => Err(crate::errors::invalid_value(format!(
                "`{option}` is an option of the significance test; it needs `test`"
            ))),
            None => Ok(None),
        };
    };
    if !TESTS.contains(&test) {
        let names: Vec<String> = TESTS.iter().map(|t| format!("{t:?}")).collect();
        return Err(crate::errors::invalid_value(format!(
            "unknown test {test:?}; expected one of {}",
            names.join(", ")
        )));
    }
    let alternative = crate::inference::alternative_arg(args.alternative)?;
    refuse_unless(
        test,
        test == "kendall",
        &[("method", args.method.is_some())],
    )?;
    let permutation = test.strip_prefix("permutation:");
    refuse_unless(test, permutation.is_some(), &permutation_options)?;
    if let Some(measure) = permutation {
        let measure = crate::inference::measure_arg(measure, tie_penalty, persistence, ties)?;
        // Unset options keep the library's defaults.
        let mut options = Permutations::from(alternative);
        if let Some(limit) = args.exact_limit {
            options = options.exact_limit(limit);
        }
        if let Some(resamples) = args.resamples {
            options = options.resamples(resamples);
        }
        if let Some(seed) = args.seed {
            options = options.seed(seed);
        }
        return Ok(Some(Test::Permutation(measure, options)));
    }
    Ok(Some(match test {
        "kendall" => {
            let method = args.method.unwrap_or("auto").parse::<Method>().py()?;
            Test::Kendall(TestOptions::from(alternative).method(method))
        }
        _ => Test::Spearman(alternative),
    }))
}

fn tie_treatment(ties: &str) -> PyResult<TieTreatment> {
    ties.parse().py()
}

/// Kendall pair counts over the items both rankings share. O(n log n).
#[pyfunction]
pub fn kendall(a: &Ranking, b: &Ranking) -> PairCounts {
    PairCounts(lib::kendall(&a.inner, &b.inner))
}

/// Spearman's rho over the shared items (average ranks for ties); None
/// with fewer than two shared items or a side that ties them all.
#[pyfunction]
pub fn spearman(a: &Ranking, b: &Ranking) -> Option<f64> {
    lib::spearman(&a.inner, &b.inner)
}

/// Spearman's footrule over the shared items, on average ranks. O(n).
#[pyfunction]
pub fn footrule(a: &Ranking, b: &Ranking) -> Footrule {
    Footrule(lib::footrule(&a.inner, &b.inner))
}

/// Vigna's weighted tau with the hyperbolic weigher, as
/// `scipy.stats.weightedtau` with its defaults; None where rho is.
/// O(n log n).
#[pyfunction]
pub fn weighted_tau(a: &Ranking, b: &Ranking) -> PyResult<Option<f64>> {
    lib::weighted_tau(&a.inner, &b.inner, &lib::Weigher::hyperbolic()).py()
}

/// Rank-biased overlap of the full lists, with `persistence` in (0, 1) and a
/// tie treatment `ties`: `"w"` (ties are equality), `"a"` or `"b"` (ties
/// are uncertainty; Corsi & Urbano 2024). O(n + m).
///
/// Raises InvalidValueError for a persistence outside (0, 1) or an empty
/// ranking, UnknownNameError for an unknown tie treatment.
#[pyfunction]
#[pyo3(signature = (a, b, *, persistence = 0.9, ties = "w"))]
pub fn rbo(a: &Ranking, b: &Ranking, persistence: f64, ties: &str) -> PyResult<Rbo> {
    Ok(Rbo(lib::rbo(
        &a.inner,
        &b.inner,
        persistence,
        tie_treatment(ties)?,
    )
    .py()?))
}

/// Runs every measure and names the disagreement: shared and unshared
/// items, every discordant pair, the largest movers. O(n log n + D) for D
/// discordant pairs.
///
/// `a` and `b` are two Rankings, or two Hierarchies put on common ground by
/// `via` (`"none"`, `"concern"`, `"tier"`, a Crosswalk or a dict); the
/// report names hierarchies by their ids unless `names` is given.
///
/// `test` adds a significance test, filling `Comparison.significance`:
/// `"kendall"` (`kendall_test`, with `method`, default `"auto"`),
/// `"spearman"` (`spearman_test`) or `"permutation:<measure>"`
/// (`permutation_test`, the measure one of `permutation_test`'s with this
/// call's parameters, and with `exact_limit`, `resamples` and `seed`,
/// defaults 40320, 9999 and 2024); `alternative` is the test's.
///
/// Raises InvalidValueError for a persistence outside (0, 1), a tie
/// penalty outside [0, 1], an unknown test (naming the accepted ones) or
/// a test option the chosen test does not take; the test's errors; for
/// hierarchies, NotRankedError and CrosswalkError as `Via.ranking`.
#[pyfunction]
#[pyo3(signature = (a, b, *, via = None, persistence = 0.9, ties = "w", tie_penalty = 0.5, movers = 5, names = None, test = None, alternative = "two-sided", method = None, exact_limit = None, resamples = None, seed = None))]
#[allow(clippy::too_many_arguments)]
pub fn compare(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    persistence: f64,
    ties: &str,
    tie_penalty: f64,
    movers: usize,
    names: Option<(String, String)>,
    test: Option<&str>,
    alternative: &str,
    method: Option<&str>,
    exact_limit: Option<u64>,
    resamples: Option<u64>,
    seed: Option<u64>,
) -> PyResult<Comparison> {
    let mut options = CompareOptions::new()
        .persistence(persistence)
        .ties(tie_treatment(ties)?)
        .tie_penalty(tie_penalty)
        .movers(movers);
    let args = TestArgs {
        alternative,
        method,
        exact_limit,
        resamples,
        seed,
    };
    if let Some(test) = test_arg(test, &args, tie_penalty, persistence, ties)? {
        options = options.test(test);
    }
    if let Some((name_a, name_b)) = names {
        options = options.names(name_a, name_b);
    }
    let report = match sides(a, b, via)? {
        Sides::Rankings(a, b) => lib::Comparison::new(a, b, options),
        Sides::Hierarchies(a, b, via) => lib::compare(a, b, &via, options),
    };
    Ok(Comparison(report.py()?))
}

/// Every pair of shared items two rankings order in opposite directions, in
/// `a`'s order. O(n log n + D) for D pairs.
#[pyfunction]
pub fn discordant_pairs(a: &Ranking, b: &Ranking) -> Vec<DiscordantPair> {
    lib::discordant_pairs(&a.inner, &b.inner)
        .into_iter()
        .map(DiscordantPair)
        .collect()
}

/// Kendall pair counts of paired scores `x[i]`, `y[i]` (higher is a higher
/// priority, equal scores tie), as `scipy.stats.kendalltau(x, y)` takes
/// them. Numpy arrays of any real dtype or sequences. O(n log n).
///
/// Contiguous float64 arrays are read in place, and the work runs with the
/// GIL released: other threads must not write to the arrays meanwhile.
///
/// Raises InvalidValueError for lists of different lengths or a NaN or
/// infinite score.
#[pyfunction]
pub fn kendall_scores(
    py: Python<'_>,
    x: &Bound<'_, PyAny>,
    y: &Bound<'_, PyAny>,
) -> PyResult<PairCounts> {
    let (x, y) = (scores(x, "x")?, scores(y, "y")?);
    let (x, y) = (x.as_slice(), y.as_slice());
    let counts = py.detach(|| lib::kendall_scores(x, y)).py()?;
    Ok(PairCounts(counts))
}

/// Spearman's rho of paired scores, as `scipy.stats.spearmanr(x, y)`; None
/// with fewer than two items or a constant list. Reads and raises as
/// `kendall_scores`.
#[pyfunction]
pub fn spearman_scores(
    py: Python<'_>,
    x: &Bound<'_, PyAny>,
    y: &Bound<'_, PyAny>,
) -> PyResult<Option<f64>> {
    let (x, y) = (scores(x, "x")?, scores(y, "y")?);
    let (x, y) = (x.as_slice(), y.as_slice());
    py.detach(|| lib::spearman_scores(x, y)).py()
}

/// Weighted tau of paired scores, as `scipy.stats.weightedtau(x, y)` with
/// its defaults; None where scipy gives NaN. Reads and raises as
/// `kendall_scores`.
#[pyfunction]
pub fn weighted_tau_scores(
    py: Python<'_>,
    x: &Bound<'_, PyAny>,
    y: &Bound<'_, PyAny>,
) -> PyResult<Option<f64>> {
    let (x, y) = (scores(x, "x")?, scores(y, "y")?);
    let (x, y) = (x.as_slice(), y.as_slice());
    py.detach(|| lib::weighted_tau_scores(x, y)).py()
}
