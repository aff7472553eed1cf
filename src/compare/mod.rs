//! Measures of agreement between two rankings, and a report that explains
//! a disagreement item by item.
//!
//! Two families of measures, with different views of items that only one
//! ranking holds:
//!
//! - **Pairwise measures** look at pairs of items, so they use only the items
//!   both rankings share (each ranking is restricted to the intersection):
//!   [`kendall`] ([`PairCounts`], with tau-a, tau-b and the Kendall distance
//!   with tie penalty `p`), [`spearman`], [`footrule`] and [`weighted_tau`].
//! - **Rank-biased overlap** ([`rbo`]) looks at the overlap of the two lists'
//!   prefixes, so it uses the full lists and rewards agreement at the top.
//!
//! [`kendall_scores`], [`spearman_scores`] and [`weighted_tau_scores`] take
//! paired score lists instead, as scipy does.
//!
//! [`Comparison::new`] runs them all on two rankings and names the shared
//! items, the items only in one side, every discordant pair and the largest
//! movers; [`compare`] does the same for two [`Hierarchy`](crate::Hierarchy)
//! documents put on common ground by a [`Via`](crate::Via) (their items, or
//! a crosswalk onto [`Concern`](crate::Concern), [`Tier`](crate::Tier) or a
//! map of your own), so that hierarchies written in different vocabularies
//! can be compared.
//!
//! Ties are first-class: every measure says how it treats them. Where a
//! measure is undefined (tau-b when one side puts every shared item on one
//! level, any correlation over fewer than two shared items) it is `None`,
//! never a NaN.
//!
//! ```
//! use security_hierarchy::Ranking;
//! use security_hierarchy::compare::{self, TieTreatment};
//!
//! let a = Ranking::strict(["party", "unity", "economy", "world"])?;
//! let b = Ranking::new(vec![vec!["party"], vec!["economy", "unity"], vec!["climate"]])?;
//! let counts = compare::kendall(&a, &b);
//! assert_eq!((counts.concordant(), counts.tied_b()), (2, 1));
//! let tau_b = counts.tau_b().expect("neither side ties every shared item");
//! assert!((tau_b - 2.0 / 6f64.sqrt()).abs() < 1e-15);
//! let overlap = compare::rbo(&a, &b, 0.9, TieTreatment::A)?;
//! assert!(overlap.min <= overlap.ext && overlap.ext <= overlap.max);
//! # Ok::<(), security_hierarchy::Error>(())
//! ```

mod discordant;
mod kendall;
// RBO counts are u32 turned into f64 with `as`, as in the formulas.
#[allow(clippy::cast_lossless)]
mod rbo;
mod report;
mod scores;
mod sort;
mod spearman;
mod weighted;

pub(crate) use discordant::listed_and_counted as discordant_listed_and_counted;
pub use discordant::{DiscordantPair, discordant_pairs, discordant_pairs_limited};
pub(crate) use discordant::{count_discordant, discordant_indices, discordant_items};
pub(crate) use kendall::check_penalty;
// Building blocks that the inference module evaluates under permutation.
pub use kendall::{PairCounts, kendall};
pub use rbo::{Rbo, TieTreatment, rbo};
pub use report::{CompareOptions, Comparison, Mover, compare};
pub use scores::{kendall_scores, spearman_scores, weighted_tau_scores};
pub(crate) use scores::{kendall_scores_ties, paired as paired_scores};
pub(crate) use scores::{radix_order, score_key};
pub use spearman::{Footrule, footrule, spearman};
pub(crate) use spearman::{average_ranks, footrule_levels, rho};
pub(crate) use weighted::weighted_paired;
pub use weighted::{Weigher, weighted_tau};

use crate::ranking::{Item, Ranking};

/// Two level sequences over the same items (index i is one item in both),
/// with the order that sorts the items by (level in a, level in b), stably.
pub(crate) struct Paired {
    pub(crate) level_a: Vec<u32>,
    pub(crate) level_b: Vec<u32>,
    by_ab: Vec<u32>,
}

impl Paired {
    /// `a_order` lists the indices sorted by `level_a`, stably; it is refined
    /// by `level_b` within each run of equal `level_a`. O(n log g) for runs
    /// of g items.
    pub(crate) fn new(level_a: Vec<u32>, level_b: Vec<u32>, mut a_order: Vec<u32>) -> Self {
        let mut start = 0;
        while start < a_order.len() {
            let level = level_a[a_order[start] as usize];
            let mut end = start + 1;
            while end < a_order.len() && level_a[a_order[end] as usize] == level {
                end += 1;
            }
            a_order[start..end].sort_by_key(|&i| level_b[i as usize]);
            start = end;
        }
        Self {
            level_a,
            level_b,
            by_ab: a_order,
        }
    }

    fn len(&self) -> usize {
        self.level_a.len()
    }
}

/// The items two rankings share, in `a`'s order, with their 0-based levels
/// in each. O(n) hash look-ups, n the size of `a`.
struct Shared<'a, T> {
    items: Vec<&'a T>,
    pairs: Paired,
}

impl<'a, T: Item> Shared<'a, T> {
    fn new(a: &'a Ranking<T>, b: &Ranking<T>) -> Self {
        let mut items = Vec::with_capacity(a.len());
        let pairs = pair_levels(a, b, |x| items.push(x));
        Self { items, pairs }
    }
}

/// The shared items' levels, walking `a` in order: `level_a` comes out
/// sorted, so the (a, b) order needs only a sort within each level of `a`.
pub(crate) fn pair_levels<'a, T: Item>(
    a: &'a Ranking<T>,
    b: &Ranking<T>,
    each: impl FnMut(&'a T),
) -> Paired {
    let (level_a, level_b) = shared_levels(a, b, each);
    let identity = (0..level_a.len() as u32).collect();
    Paired::new(level_a, level_b, identity)
}

/// The levels in `a` and in `b` of the items both hold, in `a`'s order;
/// `each` sees every shared item. One hash look-up per item of `a`; all
/// later pair work is on these integer arrays.
pub(crate) fn shared_levels<'a, T: Item>(
    a: &'a Ranking<T>,
    b: &Ranking<T>,
    mut each: impl FnMut(&'a T),
) -> (Vec<u32>, Vec<u32>) {
    let mut level_a = Vec::with_capacity(a.len());
    let mut level_b = Vec::with_capacity(a.len());
    let b_levels = b.levels_by_position();
    for (item, &la) in a.items().zip(a.levels_by_position()) {
        if let Some(pb) = b.position_of(item) {
            each(item);
            level_a.push(la);
            level_b.push(b_levels[pb]);
        }
    }
    (level_a, level_b)
}

/// Whether `x` is strictly inside (0, 1), the range of a persistence or of
/// any other open-interval parameter. NaN is outside.
fn in_open_unit(x: f64) -> bool {
    x > 0.0 && x < 1.0
}
