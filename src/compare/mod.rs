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
//! [`compare`] runs them all and names the shared items, the items only in
//! one side, every discordant pair and the largest movers; [`compare_via`]
//! compares two [`Hierarchy`](crate::Hierarchy) documents through a crosswalk
//! (onto [`Concern`](crate::Concern) or [`Tier`](crate::Tier)), so that
//! hierarchies written in different vocabularies can be compared.
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

mod kendall;
mod rbo;
mod report;
mod sort;
mod spearman;
mod weighted;

pub use kendall::{PairCounts, kendall};
pub use rbo::{Rbo, TieTreatment, rbo};
pub use report::{
    CompareOptions, Comparison, DiscordantPair, Mover, compare, compare_concerns, compare_tiers,
    compare_via, compare_with,
};
pub use spearman::{Footrule, footrule, spearman};
pub use weighted::{Weigher, weighted_tau, weighted_tau_with};

use crate::ranking::{Item, Ranking};

/// The items two rankings share, in `a`'s order, with their 0-based levels
/// in each. O(n) hash look-ups, n the size of `a`.
struct Shared<'a, T> {
    items: Vec<&'a T>,
    level_a: Vec<u32>,
    level_b: Vec<u32>,
}

impl<'a, T: Item> Shared<'a, T> {
    fn new(a: &'a Ranking<T>, b: &Ranking<T>) -> Self {
        let mut items = Vec::new();
        let mut level_a = Vec::new();
        let mut level_b = Vec::new();
        for (la, level) in a.levels().iter().enumerate() {
            for item in level {
                if let Some(lb) = b.level_of(item) {
                    items.push(item);
                    level_a.push(la as u32);
                    level_b.push(lb as u32);
                }
            }
        }
        Self {
            items,
            level_a,
            level_b,
        }
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

/// Whether `x` is strictly inside (0, 1), the range of a persistence or of
/// any other open-interval parameter. NaN is outside.
fn in_open_unit(x: f64) -> bool {
    x > 0.0 && x < 1.0
}
