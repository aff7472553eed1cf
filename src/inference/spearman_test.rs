//! Spearman's rho test through the t distribution.

use serde::Serialize;

use super::Alternative;
use super::distributions::student_t_sf;
use crate::compare::{Paired, pair_levels, paired_scores, rho};
use crate::error::{Error, Result};
use crate::ranking::{Item, Ranking};

const TEST: &str = "Spearman's rho test";

/// The result of [`spearman_test`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SpearmanTest {
    /// Spearman's rho over the shared items (average ranks for ties).
    pub rho: f64,
    /// The p-value from Student's t with n - 2 degrees of freedom.
    pub p_value: f64,
    /// The alternative tested.
    pub alternative: Alternative,
    /// The t statistic rho·√((n - 2)/(1 - rho²)); infinite when |rho| = 1.
    pub t: f64,
    /// The number of shared items.
    pub items: u64,
}

/// Tests whether the orders `a` and `b` give their shared items are
/// associated, by Spearman's rho; the p-value equals
/// `scipy.stats.spearmanr(x, y, alternative=...).pvalue`: t = rho·√((n-2)/(1-rho²))
/// against Student's t with n - 2 degrees of freedom.
///
/// The t approximation is scipy's and is rough for few items: with |rho| = 1
/// it gives p = 0 however few items there are. For short lists prefer the
/// exact [`permutation_test`](super::permutation_test) with
/// [`Measure::Spearman`](super::Measure::Spearman). O(n) after the O(n)
/// restriction to shared items.
///
/// # Errors
/// [`Error::TooFewShared`] with fewer than three shared items (the t
/// distribution needs at least one degree of freedom); [`Error::AllTied`]
/// when a side puts every shared item on one level.
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::inference::{Alternative, spearman_test};
///
/// let a = Ranking::strict([1, 2, 3, 4, 5])?;
/// let b = Ranking::strict([2, 1, 3, 5, 4])?;
/// let test = spearman_test(&a, &b, Alternative::Greater)?;
/// assert!((test.rho - 0.8).abs() < 1e-15);
/// assert!(test.p_value > 0.05);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn spearman_test<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    alternative: Alternative,
) -> Result<SpearmanTest> {
    test_paired(&pair_levels(a, b, |_| {}), ["a", "b"], alternative)
}

/// [`spearman_test`] on paired score lists, as `scipy.stats.spearmanr(x, y)`
/// takes them. O(n).
///
/// # Errors
/// As [`spearman_test`], naming the sides `x` and `y`; also
/// [`Error::LengthMismatch`] and [`Error::NonFiniteScore`].
///
/// ```
/// use security_hierarchy::inference::{Alternative, spearman_test_scores};
/// let test = spearman_test_scores(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0], Alternative::Less)?;
/// assert_eq!((test.rho, test.p_value), (-1.0, 0.0));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn spearman_test_scores(
    x: &[f64],
    y: &[f64],
    alternative: Alternative,
) -> Result<SpearmanTest> {
    test_paired(&paired_scores(x, y)?, ["x", "y"], alternative)
}

fn test_paired(
    paired: &Paired,
    sides: [&'static str; 2],
    alternative: Alternative,
) -> Result<SpearmanTest> {
    let n = paired.level_a.len();
    if n < 3 {
        return Err(Error::TooFewShared {
            test: TEST,
            needed: 3,
            shared: n,
        });
    }
    for (side, levels) in sides.iter().zip([&paired.level_a, &paired.level_b]) {
        if levels.iter().all(|&l| l == levels[0]) {
            return Err(Error::AllTied {
                test: TEST,
                side: (*side).to_string(),
                items: n,
            });
        }
    }
    let rho =
        rho(&paired.level_a, &paired.level_b).expect("three or more items, neither side constant");
    let df = (n - 2) as f64;
    let t = rho * (df / ((rho + 1.0) * (1.0 - rho))).max(0.0).sqrt();
    let p_value = match alternative {
        Alternative::TwoSided => 2.0 * student_t_sf(t.abs(), df),
        Alternative::Less => student_t_sf(-t, df),
        Alternative::Greater => student_t_sf(t, df),
    };
    Ok(SpearmanTest {
        rho,
        p_value,
        alternative,
        t,
        items: n as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_items_have_no_degrees_of_freedom() {
        let a = Ranking::strict([1, 2]).unwrap();
        assert_eq!(
            spearman_test(&a, &a, Alternative::TwoSided)
                .unwrap_err()
                .to_string(),
            "Spearman's rho test needs at least 3 shared items; the rankings share 2"
        );
    }

    #[test]
    fn zero_rho_is_no_evidence() {
        // Ranks (1, 2, 3) against (1.5, 3, 1.5): the centred products cancel.
        let t = spearman_test_scores(&[1.0, 2.0, 3.0], &[1.0, 3.0, 1.0], Alternative::TwoSided)
            .unwrap();
        assert_eq!(t.rho, 0.0);
        assert_eq!(t.p_value, 1.0);
    }
}
