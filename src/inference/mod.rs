//! Is an agreement more than chance? p-values for the measures of
//! [`compare`](crate::compare), permutation tests for any of them, and
//! Kendall's W for the concordance of several rankings.
//!
//! Published hierarchies are short, and two of them often share only a
//! handful of items. On four shared items a tau-b of 1.0 is what one random
//! order in twelve would give either way (the exact two-sided p-value is
//! 1/12), so a measure without its p-value overstates what the data show.
//!
//! - [`kendall_test`]: Kendall's tau-b with the exact null distribution
//!   (no ties) or the tie-corrected normal approximation, choosing as
//!   `scipy.stats.kendalltau` does ([`Method`]).
//! - [`spearman_test`]: Spearman's rho with the t approximation of
//!   `scipy.stats.spearmanr`.
//! - [`permutation_test`]: any [`Measure`] (rank-biased overlap, weighted
//!   tau, the footrule, ...) against the orders of one side's shared items:
//!   every permutation up to a size, a seeded sample above it.
//! - [`Concordance::new`] (rankings) and [`concordance`] (hierarchies through a
//!   [`Via`](crate::Via)): Kendall's W of m rankings, its chi-square p-value and,
//!   on request, a permutation p-value.
//!
//! Every test names its [`Alternative`]: `greater` asks whether the two
//! rankings agree more than chance would make them (for a distance such as
//! the footrule, agreement is `less`), `less` whether they disagree more,
//! `two-sided` whether they differ from chance either way.
//!
//! ```
//! use security_hierarchy::Ranking;
//! use security_hierarchy::inference::{Alternative, kendall_test};
//!
//! let a = Ranking::strict(["party", "unity", "economy", "world"])?;
//! let test = kendall_test(&a, &a, Alternative::TwoSided)?;
//! assert_eq!(test.tau_b, 1.0);
//! assert!((test.p_value - 1.0 / 12.0).abs() < 1e-15);
//! # Ok::<(), security_hierarchy::Error>(())
//! ```

mod concordance;
mod distributions;
mod kendall_test;
mod permutation;
mod significance;
mod spearman_test;

pub use concordance::{Concordance, ConcordanceOptions, Resampled, concordance};
pub use kendall_test::{EXACT_LIMIT, KendallTest, TestOptions, kendall_test, kendall_test_scores};
pub use permutation::{Measure, PermutationTest, Permutations, permutation_test};
pub use significance::{Significance, Test};
pub use spearman_test::{SpearmanTest, spearman_test, spearman_test_scores};

use crate::slug::slug_enum;

slug_enum! {
    /// The alternative hypothesis of a test: which departures from chance
    /// count as evidence. Written `two-sided`, `less` or `greater`, as scipy
    /// names them (`Display`, `FromStr`, serde).
    ///
    /// ```
    /// use security_hierarchy::inference::Alternative;
    /// assert_eq!("greater".parse::<Alternative>()?, Alternative::Greater);
    /// assert_eq!(Alternative::TwoSided.to_string(), "two-sided");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    #[derive(Default)]
    pub enum Alternative: "alternative" {
        /// The statistic differs from what chance gives, in either direction.
        /// The default, as in scipy.
        #[default]
        TwoSided = "two-sided",
        /// The statistic is smaller than chance gives (for a correlation:
        /// the rankings disagree; for a distance: they agree).
        Less = "less",
        /// The statistic is larger than chance gives (for a correlation:
        /// the rankings agree; for a distance: they disagree).
        Greater = "greater",
    }
}

slug_enum! {
    /// How [`kendall_test`] computes its p-value. Written `auto`, `exact` or
    /// `asymptotic`, as scipy names them.
    ///
    /// ```
    /// use security_hierarchy::inference::Method;
    /// assert_eq!("exact".parse::<Method>()?, Method::Exact);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    #[derive(Default)]
    pub enum Method: "method" {
        /// The default. `Exact` when neither side has ties among the shared items and
        /// either at most 33 items are shared or at most one pair is
        /// discordant (or concordant); `Asymptotic` otherwise. The rule of
        /// `scipy.stats.kendalltau`.
        #[default]
        Auto = "auto",
        /// The exact null distribution of the discordant count. Needs rankings
        /// without ties among the shared items.
        Exact = "exact",
        /// The normal approximation with the tie-corrected variance.
        Asymptotic = "asymptotic",
    }
}

/// The p-value for `alternative` from the two one-sided ones: `less` (the
/// null's share at or below the observed statistic) and `greater` (at or
/// above it); two-sided is twice the smaller, at most 1, as in scipy.
fn combine(alternative: Alternative, less: f64, greater: f64) -> f64 {
    let p = match alternative {
        Alternative::Less => less,
        Alternative::Greater => greater,
        Alternative::TwoSided => 2.0 * less.min(greater),
    };
    p.clamp(0.0, 1.0)
}
