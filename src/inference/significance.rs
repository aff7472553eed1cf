//! One test chosen among the three, and its result in one shape: what the
//! comparison report and the command line show.

use std::fmt;

use serde::Serialize;

use super::{
    Alternative, Measure, Permutations, TestOptions, kendall_test, permutation_test, spearman_test,
};
use crate::error::Result;
use crate::ranking::{Item, Ranking};

/// A significance test of the agreement of two rankings.
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::inference::{Alternative, Test};
///
/// let a = Ranking::strict([1, 2, 3, 4])?;
/// let s = Test::Kendall(Alternative::Greater.into()).run(&a, &a)?;
/// assert_eq!((s.method, s.items), ("exact", 4));
/// assert_eq!(s.to_string(), "Kendall's tau-b test (exact, greater): tau-b 1.000, p = 0.0417 on 4 shared items");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Test {
    /// [`kendall_test`].
    Kendall(TestOptions),
    /// [`spearman_test`].
    Spearman(Alternative),
    /// [`permutation_test`] of a measure.
    Permutation(Measure, Permutations),
}

impl Test {
    /// Runs the test on `a` and `b`; costs as the test run.
    ///
    /// # Errors
    /// Those of the test run.
    pub fn run<T: Item>(&self, a: &Ranking<T>, b: &Ranking<T>) -> Result<Significance> {
        Ok(match *self {
            Test::Kendall(options) => {
                let t = kendall_test(a, b, options)?;
                Significance {
                    test: "Kendall's tau-b test",
                    measure: "tau-b".to_string(),
                    statistic: t.tau_b,
                    p_value: t.p_value,
                    method: t.method.slug(),
                    alternative: t.alternative,
                    items: t.counts.items(),
                    permutations: None,
                }
            }
            Test::Spearman(alternative) => {
                let t = spearman_test(a, b, alternative)?;
                Significance {
                    test: "Spearman's rho test",
                    measure: "rho".to_string(),
                    statistic: t.rho,
                    p_value: t.p_value,
                    method: "t-distribution",
                    alternative,
                    items: t.items,
                    permutations: None,
                }
            }
            Test::Permutation(measure, options) => {
                let t = permutation_test(a, b, measure, options)?;
                Significance {
                    test: "permutation test",
                    measure: measure.to_string(),
                    statistic: t.statistic,
                    p_value: t.p_value,
                    method: if t.exact { "exact" } else { "monte-carlo" },
                    alternative: t.alternative,
                    items: t.items,
                    permutations: Some(t.permutations),
                }
            }
        })
    }
}

/// The result of a [`Test`], in one shape for every test.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Significance {
    /// The test, such as "Kendall's tau-b test".
    pub test: &'static str,
    /// The statistic's name, such as `tau-b` or `rbo (persistence 0.9, ties w)`.
    pub measure: String,
    /// The statistic's observed value.
    pub statistic: f64,
    /// The p-value.
    pub p_value: f64,
    /// How the p-value was computed: `exact`, `asymptotic`,
    /// `t-distribution` or `monte-carlo`.
    pub method: &'static str,
    /// The alternative tested.
    pub alternative: Alternative,
    /// The number of shared items the test rests on.
    pub items: u64,
    /// For a permutation test, the number of permutations.
    pub permutations: Option<u64>,
}

/// Renders `<test> (<method>, <alternative>): <measure> <value>, p = <p> on <n> shared items`.
impl fmt::Display for Significance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}, {}): {} {:.3}, p = {} on {} shared items",
            self.test,
            self.method,
            self.alternative,
            self.measure,
            self.statistic,
            p_text(self.p_value),
            self.items
        )?;
        if let Some(n) = self.permutations {
            write!(f, " ({n} permutations)")?;
        }
        Ok(())
    }
}

/// A p-value for reading: four decimals, or two significant digits in
/// scientific notation below 0.001.
pub(crate) fn p_text(p: f64) -> String {
    if p == 0.0 {
        "0".to_string()
    } else if p < 1e-3 {
        format!("{p:.2e}")
    } else {
        format!("{p:.4}")
    }
}
