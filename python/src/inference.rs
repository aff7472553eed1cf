//! Significance tests: Kendall's and Spearman's tests, permutation tests of
//! any measure, and Kendall's W of several rankings.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use security_hierarchy::compare::TieTreatment;
use security_hierarchy::inference::{self as lib, Alternative, Measure, Method, Permutations};

use crate::errors::{IntoPyResult, invalid_value};
use crate::ranking::Ranking;
use crate::record::record;
use crate::scores::scores;
use crate::sides::{Sides, sides};
use crate::value::{Data, quoted};

record! {
    /// The result of `kendall_test`: tau-b, its p-value (equal to
    /// `scipy.stats.kendalltau(x, y, method=..., alternative=...).pvalue`),
    /// the method used, the alternative and the pair counts.
    KendallTest(lib::KendallTest);
    repr = |t, py| Ok(format!(
        "KendallTest(tau_b={:?}, p_value={:?}, method={}, alternative={})",
        t.tau_b, t.p_value, quoted(py, &t.method.to_string())?, quoted(py, &t.alternative.to_string())?
    ));
    text = |t| format!(
        "Kendall's tau-b test ({}, {}): tau-b {:.3}, p = {:.4} on {} shared items",
        t.method, t.alternative, t.tau_b, t.p_value, t.counts.items()
    );
    /// Kendall's tau-b over the shared items.
    tau_b: f64 = |t| t.tau_b;
    /// The p-value.
    p_value: f64 = |t| t.p_value;
    /// `"exact"` or `"asymptotic"` (never `"auto"`).
    method: String = |t| t.method.to_string();
    /// `"two-sided"`, `"less"` or `"greater"`.
    alternative: String = |t| t.alternative.to_string();
    /// The normal deviate under the asymptotic method; None under the exact one.
    z: Option<f64> = |t| t.z;
    /// The pair counts the test rests on.
    counts: crate::measures::PairCounts = |t| crate::measures::PairCounts(t.counts);
}

record! {
    /// The result of `spearman_test`: rho, its p-value from Student's t with
    /// n - 2 degrees of freedom (equal to `scipy.stats.spearmanr`'s), the
    /// alternative, t and the number of shared items.
    SpearmanTest(lib::SpearmanTest);
    repr = |t, py| Ok(format!(
        "SpearmanTest(rho={:?}, p_value={:?}, alternative={}, items={})",
        t.rho, t.p_value, quoted(py, &t.alternative.to_string())?, t.items
    ));
    text = |t| format!(
        "Spearman's rho test (t-distribution, {}): rho {:.3}, p = {:.4} on {} shared items",
        t.alternative, t.rho, t.p_value, t.items
    );
    /// Spearman's rho over the shared items (average ranks for ties).
    rho: f64 = |t| t.rho;
    /// The p-value.
    p_value: f64 = |t| t.p_value;
    /// `"two-sided"`, `"less"` or `"greater"`.
    alternative: String = |t| t.alternative.to_string();
    /// The t statistic; infinite when |rho| = 1.
    t: f64 = |t| t.t;
    /// The number of shared items.
    items: u64 = |t| t.items;
}

record! {
    /// The result of `permutation_test`: the measure's observed value and
    /// its p-value over permutations of `b`'s levels (ties kept), exact when
    /// every permutation was evaluated, otherwise from a seeded sample with
    /// the (b + 1)/(m + 1) correction.
    PermutationTest(lib::PermutationTest);
    repr = |t, py| Ok(format!(
        "PermutationTest(measure={}, statistic={:?}, p_value={:?}, alternative={}, permutations={}, exact={})",
        quoted(py, &t.measure.to_string())?, t.statistic, t.p_value,
        quoted(py, &t.alternative.to_string())?, t.permutations,
        if t.exact { "True" } else { "False" }
    ));
    text = |t| format!(
        "permutation test ({}, {}): {} {:.3}, p = {:.4} on {} shared items, {} permutations",
        if t.exact { "exact" } else { "monte-carlo" }, t.alternative, t.measure, t.statistic,
        t.p_value, t.items, t.permutations
    );
    /// The measure, as text such as `"tau-b"` or `"rbo (persistence 0.9, ties w)"`.
    measure: String = |t| t.measure.to_string();
    /// The measure's observed value.
    statistic: f64 = |t| t.statistic;
    /// The p-value.
    p_value: f64 = |t| t.p_value;
    /// `"two-sided"`, `"less"` or `"greater"`.
    alternative: String = |t| t.alternative.to_string();
    /// The number of permutations evaluated.
    permutations: u64 = |t| t.permutations;
    /// Whether every permutation was evaluated.
    exact: bool = |t| t.exact;
    /// The number of shared items.
    items: u64 = |t| t.items;
}

record! {
    /// Kendall's W of several rankings over the items they all hold, with
    /// Friedman's chi-square p-value and, when asked for, a permutation
    /// p-value.
    Concordance(lib::Concordance<String>);
    repr = |c, _py| Ok(format!(
        "<Concordance W={:.3} over {} items and {} rankings, p={:.4}>",
        c.w, c.items.len(), c.rankings, c.p_value
    ));
    text = |c| c.to_string();
    /// Kendall's coefficient of concordance W, in [0, 1].
    w: f64 = |c| c.w;
    /// Friedman's statistic m(n - 1)W.
    chi_square: f64 = |c| c.chi_square;
    /// Its degrees of freedom, n - 1.
    df: u64 = |c| c.df;
    /// The chi-square p-value (large-sample).
    p_value: f64 = |c| c.p_value;
    /// The permutation p-value as a dict (`p_value`, `alternative`,
    /// `permutations`, `exact`), or None when not asked for.
    permutation: Data<Option<lib::Resampled>> = |c| Data(c.permutation);
    /// The number of rankings, m.
    rankings: usize = |c| c.rankings;
    /// The items every ranking holds, in the first ranking's order.
    items: Vec<String> = |c| c.items.clone();
    /// The items some ranking holds but not all, which W leaves out.
    left_out: Vec<String> = |c| c.left_out.clone();
}

/// Reads an alternative: `"two-sided"`, `"less"` or `"greater"`.
pub fn alternative_arg(text: &str) -> PyResult<Alternative> {
    text.parse().py()
}

/// Reads a measure name with its parameters, as `permutation_test` takes it.
pub fn measure_arg(
    name: &str,
    tie_penalty: f64,
    persistence: f64,
    ties: &str,
) -> PyResult<Measure> {
    Ok(match name {
        "tau-b" => Measure::TauB,
        "spearman" => Measure::Spearman,
        "footrule" => Measure::Footrule,
        "weighted-tau" => Measure::WeightedTau,
        "kendall-distance" => Measure::KendallDistance { tie_penalty },
        "rbo" => Measure::Rbo {
            persistence,
            ties: ties.parse::<TieTreatment>().py()?,
        },
        other => {
            return Err(invalid_value(format!(
                "unknown measure {other:?}; expected one of \"tau-b\", \"spearman\", \
                 \"footrule\", \"weighted-tau\", \"kendall-distance\", \"rbo\""
            )));
        }
    })
}

/// Permutation options from their Python keywords.
pub fn permutations_arg(
    alternative: &str,
    exact_limit: u64,
    resamples: u64,
    seed: u64,
) -> PyResult<Permutations> {
    Ok(Permutations::new()
        .alternative(alternative_arg(alternative)?)
        .exact_limit(exact_limit)
        .resamples(resamples)
        .seed(seed))
}

/// Two rankings, or two hierarchies on common ground `via`, as rankings.
fn with_rankings<R>(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    run: impl FnOnce(
        &security_hierarchy::Ranking<String>,
        &security_hierarchy::Ranking<String>,
    ) -> security_hierarchy::Result<R>,
) -> PyResult<R> {
    match sides(a, b, via)? {
        Sides::Rankings(a, b) => run(a, b).py(),
        Sides::Hierarchies(a, b, via) => {
            let (a, b) = (via.ranking(a).py()?, via.ranking(b).py()?);
            run(&a, &b).py()
        }
    }
}

/// Kendall's tau-b test of two Rankings, or of two Hierarchies on common
/// ground `via`; the p-value equals `scipy.stats.kendalltau(x, y,
/// method=method, alternative=alternative).pvalue`. `method` is `"auto"`
/// (exact without ties for up to 33 shared items, as scipy), `"exact"` or
/// `"asymptotic"`. O(n log n) for the pair counts, plus O(n·c) for the
/// exact distribution (c the smaller of the concordant and discordant counts).
///
/// Raises InvalidValueError with fewer than two shared items, when a side
/// ties every shared item, or for `method="exact"` with ties;
/// TooLargeError for `method="exact"` past 1000 shared items;
/// UnknownNameError for an unknown alternative or method; for hierarchies,
/// NotRankedError and CrosswalkError as `Via.ranking`.
#[pyfunction]
#[pyo3(signature = (a, b, *, via = None, alternative = "two-sided", method = "auto"))]
pub fn kendall_test(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    alternative: &str,
    method: &str,
) -> PyResult<KendallTest> {
    let options = lib::TestOptions::new()
        .alternative(alternative_arg(alternative)?)
        .method(method.parse::<Method>().py()?);
    with_rankings(a, b, via, |a, b| lib::kendall_test(a, b, options)).map(KendallTest)
}

/// `kendall_test` on paired scores `x[i]`, `y[i]` (numpy arrays of any
/// real dtype, or sequences), as `scipy.stats.kendalltau(x, y)` takes them.
/// Reads the arrays and releases the GIL as `kendall_scores`.
///
/// Raises as `kendall_test`, naming the sides `x` and `y`; also
/// InvalidValueError for lists of different lengths or a NaN or infinite
/// score.
#[pyfunction]
#[pyo3(signature = (x, y, *, alternative = "two-sided", method = "auto"))]
pub fn kendall_test_scores(
    py: Python<'_>,
    x: &Bound<'_, PyAny>,
    y: &Bound<'_, PyAny>,
    alternative: &str,
    method: &str,
) -> PyResult<KendallTest> {
    let options = lib::TestOptions::new()
        .alternative(alternative_arg(alternative)?)
        .method(method.parse::<Method>().py()?);
    let (x, y) = (scores(x, "x")?, scores(y, "y")?);
    let (x, y) = (x.as_slice(), y.as_slice());
    let test = py.detach(|| lib::kendall_test_scores(x, y, options)).py()?;
    Ok(KendallTest(test))
}

/// Spearman's rho test of two Rankings, or of two Hierarchies on common
/// ground `via`; the p-value equals `scipy.stats.spearmanr(x, y,
/// alternative=alternative).pvalue` (Student's t with n - 2 degrees of
/// freedom: rough for few items, where `permutation_test(a, b,
/// "spearman")` is exact). O(n).
///
/// Raises InvalidValueError with fewer than three shared items or when a
/// side ties every shared item; UnknownNameError for an unknown
/// alternative; for hierarchies, as `Via.ranking`.
#[pyfunction]
#[pyo3(signature = (a, b, *, via = None, alternative = "two-sided"))]
pub fn spearman_test(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    alternative: &str,
) -> PyResult<SpearmanTest> {
    let alternative = alternative_arg(alternative)?;
    with_rankings(a, b, via, |a, b| lib::spearman_test(a, b, alternative)).map(SpearmanTest)
}

/// `spearman_test` on paired scores, as `scipy.stats.spearmanr(x, y)`.
/// Raises as `spearman_test` and `kendall_test_scores`.
#[pyfunction]
#[pyo3(signature = (x, y, *, alternative = "two-sided"))]
pub fn spearman_test_scores(
    py: Python<'_>,
    x: &Bound<'_, PyAny>,
    y: &Bound<'_, PyAny>,
    alternative: &str,
) -> PyResult<SpearmanTest> {
    let alternative = alternative_arg(alternative)?;
    let (x, y) = (scores(x, "x")?, scores(y, "y")?);
    let (x, y) = (x.as_slice(), y.as_slice());
    let test = py
        .detach(|| lib::spearman_test_scores(x, y, alternative))
        .py()?;
    Ok(SpearmanTest(test))
}

/// A permutation test of `measure` between two Rankings, or two Hierarchies
/// on common ground `via`: `b`'s levels are reordered over the shared items
/// (ties kept). All permutations are evaluated when there are at most
/// `exact_limit`, otherwise `resamples` are drawn with `seed`.
///
/// `measure` is `"tau-b"`, `"spearman"`, `"footrule"`, `"weighted-tau"`,
/// `"kendall-distance"` (with `tie_penalty`) or `"rbo"` (with `persistence`
/// and `ties`). For the distances (`footrule`, `kendall-distance`) agreement
/// is `alternative="less"`. Cost: the measure's cost per permutation, times
/// min(n!, exact limit) or `resamples`.
///
/// Raises InvalidValueError for an unknown measure, a parameter out of
/// range, `resamples=0`, fewer than two shared items, or a measure
/// undefined on the observed rankings; UnknownNameError for an unknown
/// alternative or tie treatment; for hierarchies, as `Via.ranking`.
#[pyfunction]
#[pyo3(signature = (a, b, measure = "tau-b", *, via = None, alternative = "two-sided", exact_limit = 40_320, resamples = 9_999, seed = 2024, tie_penalty = 0.5, persistence = 0.9, ties = "w"))]
#[allow(clippy::too_many_arguments)]
pub fn permutation_test(
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
    measure: &str,
    via: Option<&Bound<'_, PyAny>>,
    alternative: &str,
    exact_limit: u64,
    resamples: u64,
    seed: u64,
    tie_penalty: f64,
    persistence: f64,
    ties: &str,
) -> PyResult<PermutationTest> {
    let measure = measure_arg(measure, tie_penalty, persistence, ties)?;
    let options = permutations_arg(alternative, exact_limit, resamples, seed)?;
    with_rankings(a, b, via, |a, b| {
        lib::permutation_test(a, b, measure, options)
    })
    .map(PermutationTest)
}

/// Kendall's W of several Rankings, or of several Hierarchies on common
/// ground `via`, over the items they all hold, with Friedman's chi-square
/// p-value. With `permutations=True`, also a permutation p-value (every
/// ranking but the first reordered; exact within `exact_limit`
/// combinations, otherwise `resamples` drawn with `seed`); use
/// `alternative="greater"` to ask whether they agree more than chance.
/// O(m·n) for m rankings of up to n items, plus O(m·n) per permutation.
///
/// Raises InvalidValueError with fewer than two inputs, when they share
/// fewer than two items, when every ranking ties them all, or for
/// `resamples=0`; TypeError for inputs that are not all Rankings or all
/// Hierarchies; for hierarchies, as `Via.ranking`.
#[pyfunction]
#[pyo3(signature = (inputs, *, via = None, permutations = false, alternative = "two-sided", exact_limit = 40_320, resamples = 9_999, seed = 2024))]
#[allow(clippy::too_many_arguments)]
pub fn concordance(
    inputs: &Bound<'_, PyAny>,
    via: Option<&Bound<'_, PyAny>>,
    permutations: bool,
    alternative: &str,
    exact_limit: u64,
    resamples: u64,
    seed: u64,
) -> PyResult<Concordance> {
    let mut options = lib::ConcordanceOptions::new();
    let resampling = permutations_arg(alternative, exact_limit, resamples, seed)?;
    if permutations {
        options = options.permutations(resampling);
    }
    let items: Vec<Bound<'_, PyAny>> = inputs.try_iter()?.collect::<PyResult<_>>()?;
    if !items.is_empty() && items.iter().all(|i| i.cast::<Ranking>().is_ok()) {
        if crate::via::via_arg(via)? != security_hierarchy::Via::Items {
            return Err(PyTypeError::new_err(
                "via applies to hierarchies; rankings are compared item by item",
            ));
        }
        let rankings: Vec<_> = items
            .iter()
            .map(|i| i.cast::<Ranking>().map(|r| r.get().inner.clone()))
            .collect::<Result<_, _>>()?;
        return Ok(Concordance(lib::Concordance::new(&rankings, options).py()?));
    }
    let docs = crate::sides::hierarchies(inputs).map_err(|_| {
        PyTypeError::new_err("expected a sequence of all Rankings or all Hierarchies")
    })?;
    Ok(Concordance(
        lib::concordance(&docs, &crate::via::via_arg(via)?, options).py()?,
    ))
}

/// Adds this module's classes and functions.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<KendallTest>()?;
    m.add_class::<SpearmanTest>()?;
    m.add_class::<PermutationTest>()?;
    m.add_class::<Concordance>()?;
    m.add_function(wrap_pyfunction!(kendall_test, m)?)?;
    m.add_function(wrap_pyfunction!(kendall_test_scores, m)?)?;
    m.add_function(wrap_pyfunction!(spearman_test, m)?)?;
    m.add_function(wrap_pyfunction!(spearman_test_scores, m)?)?;
    m.add_function(wrap_pyfunction!(permutation_test, m)?)?;
    m.add_function(wrap_pyfunction!(concordance, m)?)?;
    Ok(())
}
