//! Kendall's tau-b test: exact and asymptotic p-values.

use serde::Serialize;

use super::distributions::{discordant_cdf, normal_sf};
use super::{Alternative, Method, combine};
use crate::compare::{PairCounts, kendall_scores_ties, shared_levels};
use crate::error::{Error, Result};
use crate::ranking::{Item, Ranking};

/// The most shared items the exact Kendall test takes when more than one pair is
/// discordant (and more than one concordant): its cost grows as n³/4.
pub const EXACT_LIMIT: usize = 1000;

const TEST: &str = "Kendall's tau-b test";

/// Options of [`kendall_test`]: the alternative and the method. Build with
/// [`TestOptions::new`] and its setters, or pass an [`Alternative`] or a
/// [`Method`] alone (the other takes its default: two-sided, auto).
///
/// ```
/// use security_hierarchy::inference::{Alternative, Method, TestOptions};
/// let options = TestOptions::new().alternative(Alternative::Greater).method(Method::Exact);
/// assert_eq!(options, TestOptions::from(Alternative::Greater).method(Method::Exact));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TestOptions {
    alternative: Alternative,
    method: Method,
}

impl TestOptions {
    /// Two-sided, with the method chosen automatically.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the alternative hypothesis.
    pub fn alternative(mut self, alternative: Alternative) -> Self {
        self.alternative = alternative;
        self
    }

    /// Sets the method.
    pub fn method(mut self, method: Method) -> Self {
        self.method = method;
        self
    }
}

impl From<Alternative> for TestOptions {
    fn from(alternative: Alternative) -> Self {
        Self::new().alternative(alternative)
    }
}

impl From<Method> for TestOptions {
    fn from(method: Method) -> Self {
        Self::new().method(method)
    }
}

/// The result of [`kendall_test`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KendallTest {
    /// Kendall's tau-b over the shared items.
    pub tau_b: f64,
    /// The p-value under the null hypothesis that the two orders of the
    /// shared items are independent.
    pub p_value: f64,
    /// The method used: [`Method::Exact`] or [`Method::Asymptotic`], never
    /// [`Method::Auto`].
    pub method: Method,
    /// The alternative tested.
    pub alternative: Alternative,
    /// The normal deviate (concordant - discordant) / sd under the
    /// asymptotic method; `None` under the exact one.
    pub z: Option<f64>,
    /// The pair counts the test rests on (with the number of shared items).
    pub counts: PairCounts,
}

/// Tests whether the orders `a` and `b` give the items they share are
/// associated, by Kendall's tau-b; the p-value equals
/// `scipy.stats.kendalltau(x, y, method=..., alternative=...).pvalue`.
///
/// - **Exact** (no ties among the shared items on either side): the null
///   distribution of the discordant count over all n! orders (Kendall's
///   recurrence), O(n·c) for c the smaller of the concordant and discordant
///   counts. Two-sided is twice the smaller tail, at most 1.
/// - **Asymptotic**: (concordant - discordant) is normal with the variance
///   corrected for ties in either ranking (Kendall 1970, as scipy; with two
///   shared items the three-way tie term, 0/0 there, is 0). O(n).
/// - **Auto** chooses as scipy: exact without ties when n <= 33 or at most
///   one pair is discordant (or concordant), asymptotic otherwise.
///
/// Pair counting is O(n log n) for n shared items (see
/// [`kendall`](crate::compare::kendall)); the test adds O(n).
///
/// # Errors
/// [`Error::TooFewShared`] with fewer than two shared items;
/// [`Error::AllTied`] when a side puts every shared item on one level
/// (tau-b is 0/0); [`Error::ExactWithTies`] for [`Method::Exact`] when a
/// side ties shared items; [`Error::ExactTooLarge`] for [`Method::Exact`]
/// past [`EXACT_LIMIT`] shared items (unless at most one pair is discordant
/// or concordant, where the tail has a closed form).
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::inference::{Alternative, Method, TestOptions, kendall_test};
///
/// let a = Ranking::strict(["party", "unity", "economy", "world", "climate"])?;
/// let b = Ranking::strict(["unity", "party", "economy", "world", "climate"])?;
/// let test = kendall_test(&a, &b, Alternative::Greater)?;
/// assert_eq!((test.tau_b, test.method), (0.8, Method::Exact));
/// assert!((test.p_value - 5.0 / 120.0).abs() < 1e-15);
/// let tied = Ranking::new(vec![vec!["party", "unity"], vec!["economy"]])?;
/// let err = kendall_test(&a, &tied, Method::Exact).unwrap_err();
/// assert!(err.to_string().contains("ranking `b` has 1 tied pair(s)"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn kendall_test<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    options: impl Into<TestOptions>,
) -> Result<KendallTest> {
    // The same counting path as `compare::kendall`: the test adds only the
    // two O(n) tie summaries.
    let (level_a, level_b) = shared_levels(a, b, |_| {});
    let ties = [Ties::of(&level_a), Ties::of(&level_b)];
    let counts = PairCounts::from_levels(&level_a, level_b, b.level_count());
    test_counts(counts, ties, ["a", "b"], options.into())
}

/// [`kendall_test`] on paired score lists, as `scipy.stats.kendalltau(x, y)`
/// takes them: item i scores `x[i]` and `y[i]`, equal scores tie.
/// O(n log n).
///
/// # Errors
/// As [`kendall_test`], naming the sides `x` and `y`; also
/// [`Error::LengthMismatch`] and [`Error::NonFiniteScore`] as
/// [`kendall_scores`](crate::compare::kendall_scores).
///
/// ```
/// use security_hierarchy::inference::{Method, kendall_test_scores};
/// let test = kendall_test_scores(&[1.0, 2.0, 3.0, 4.0], &[1.0, 2.0, 2.0, 4.0], Method::Auto)?;
/// assert_eq!(test.method, Method::Asymptotic);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn kendall_test_scores(
    x: &[f64],
    y: &[f64],
    options: impl Into<TestOptions>,
) -> Result<KendallTest> {
    let (counts, [sizes_x, sizes_y]) = kendall_scores_ties(x, y)?;
    let ties = [Ties::from_sizes(sizes_x), Ties::from_sizes(sizes_y)];
    test_counts(counts, ties, ["x", "y"], options.into())
}

/// Tie statistics of one side: Σ t(t-1)/2, Σ t(t-1)(t-2) and
/// Σ t(t-1)(2t+5) over its groups of t tied shared items.
#[derive(Clone, Copy)]
struct Ties {
    pairs: u64,
    v0: f64,
    v1: f64,
}

impl Ties {
    /// From 0-based levels. O(n + levels).
    fn of(levels: &[u32]) -> Self {
        let top = levels.iter().copied().max().map_or(0, |m| m as usize + 1);
        let mut sizes = vec![0u64; top];
        for &l in levels {
            sizes[l as usize] += 1;
        }
        Self::from_sizes(sizes)
    }

    fn from_sizes(sizes: impl IntoIterator<Item = u64>) -> Self {
        let (mut pairs, mut v0, mut v1) = (0u64, 0u128, 0u128);
        for t in sizes.into_iter().filter(|&t| t > 1) {
            let t128 = u128::from(t);
            pairs += t * (t - 1) / 2;
            v0 += t128 * (t128 - 1) * (t128 - 2);
            v1 += t128 * (t128 - 1) * (2 * t128 + 5);
        }
        Self {
            pairs,
            v0: v0 as f64,
            v1: v1 as f64,
        }
    }
}

fn test_counts(
    counts: PairCounts,
    ties: [Ties; 2],
    sides: [&'static str; 2],
    options: TestOptions,
) -> Result<KendallTest> {
    let n = counts.items();
    if n < 2 {
        return Err(Error::TooFewShared {
            test: TEST,
            needed: 2,
            shared: n as usize,
        });
    }
    let total = counts.pairs();
    for (side, t) in sides.iter().zip(&ties) {
        if t.pairs == total {
            return Err(Error::AllTied {
                test: TEST,
                side: (*side).to_string(),
                items: n as usize,
            });
        }
    }
    let tau_b = counts
        .tau_b()
        .expect("neither side ties every shared item, so tau-b is defined");
    let untied = ties[0].pairs == 0 && ties[1].pairs == 0;
    let discordant = counts.discordant();
    let extreme = discordant.min(total - discordant) <= 1;
    let method = match options.method {
        Method::Auto if untied && (n <= 33 || extreme) => Method::Exact,
        Method::Auto | Method::Asymptotic => Method::Asymptotic,
        Method::Exact => {
            if let Some((side, t)) = sides.iter().zip(&ties).find(|(_, t)| t.pairs > 0) {
                return Err(Error::ExactWithTies {
                    side,
                    pairs: t.pairs,
                });
            }
            if n as usize > EXACT_LIMIT && !extreme {
                return Err(Error::ExactTooLarge {
                    items: n as usize,
                    limit: EXACT_LIMIT,
                });
            }
            Method::Exact
        }
    };
    let alternative = options.alternative;
    let (p_value, z) = if method == Method::Exact {
        (exact_p(n, total - discordant, alternative), None)
    } else {
        let z = normal_deviate(&counts, ties);
        let p = match alternative {
            Alternative::TwoSided => 2.0 * normal_sf(z.abs()),
            Alternative::Less => normal_sf(-z),
            Alternative::Greater => normal_sf(z),
        };
        (p, Some(z))
    };
    Ok(KendallTest {
        tau_b,
        p_value,
        method,
        alternative,
        z,
        counts,
    })
}

/// The exact p-value for `concordant` concordant pairs among n untied items.
/// The null is symmetric, so the tail is always taken on the near side.
fn exact_p(n: u64, concordant: u64, alternative: Alternative) -> f64 {
    let total = n * (n - 1) / 2;
    let near = concordant.min(total - concordant);
    let (tail, mass) = discordant_cdf(n, near);
    // `tail` = P(C <= near) = P(C >= total - near).
    let (less, greater) = if concordant >= total - concordant {
        (1.0 - tail + mass, tail)
    } else {
        (tail, 1.0 - tail + mass)
    };
    combine(alternative, less, greater)
}

/// (concordant - discordant) over its standard deviation under
/// independence, with Kendall's tie corrections.
fn normal_deviate(counts: &PairCounts, [x, y]: [Ties; 2]) -> f64 {
    let n = counts.items() as f64;
    let m = n * (n - 1.0);
    let mut var =
        (m * (2.0 * n + 5.0) - x.v1 - y.v1) / 18.0 + 2.0 * x.pairs as f64 * y.pairs as f64 / m;
    if n > 2.0 {
        var += x.v0 * y.v0 / (9.0 * m * (n - 2.0));
    }
    (counts.concordant() as f64 - counts.discordant() as f64) / var.sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_items_in_full_agreement() {
        let a = Ranking::strict([1, 2, 3, 4]).unwrap();
        for (alternative, p) in [
            (Alternative::TwoSided, 1.0 / 12.0),
            (Alternative::Greater, 1.0 / 24.0),
            (Alternative::Less, 1.0),
        ] {
            let t = kendall_test(&a, &a, alternative).unwrap();
            assert!(
                (t.p_value - p).abs() < 1e-15,
                "{alternative}: {}",
                t.p_value
            );
        }
    }

    #[test]
    fn bad_inputs_are_named() {
        let a = Ranking::strict([1, 2, 3]).unwrap();
        let lone = Ranking::strict([1, 9]).unwrap();
        assert_eq!(
            kendall_test(&a, &lone, Method::Auto)
                .unwrap_err()
                .to_string(),
            "Kendall's tau-b test needs at least 2 shared items; the rankings share 1"
        );
        let flat = Ranking::new(vec![vec![1, 2, 3]]).unwrap();
        assert_eq!(
            kendall_test(&a, &flat, Method::Auto)
                .unwrap_err()
                .to_string(),
            "Kendall's tau-b test is undefined: ranking `b` puts all 3 shared items on one level"
        );
    }
}
