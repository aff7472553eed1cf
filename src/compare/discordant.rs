//! Discordant pairs: the one listing used by the comparison report and by
//! the conflict analysis.

use serde::Serialize;

use super::Shared;
use super::sort::inverted_pairs;
use crate::ranking::{Item, Ranking};

/// A pair that two rankings order in opposite directions: `a` puts `first`
/// strictly above `second`, `b` puts `second` strictly above `first`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscordantPair<T> {
    /// The item `a` ranks higher.
    pub first: T,
    /// The item `b` ranks higher.
    pub second: T,
    /// The levels of `first` and `second` in `a` (1-based).
    pub in_a: [usize; 2],
    /// The levels of `first` and `second` in `b` (1-based).
    pub in_b: [usize; 2],
}

impl<T: std::fmt::Display> DiscordantPair<T> {
    /// The pair in words, naming both sides and every level.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// use security_hierarchy::compare::discordant_pairs;
    /// let a = Ranking::strict(["rule", "seas", "overseas"])?;
    /// let b = Ranking::strict(["rule", "overseas", "seas"])?;
    /// let pairs = discordant_pairs(&a, &b);
    /// assert_eq!(
    ///     pairs[0].describe("a", "b"),
    ///     "a puts `seas` (level 2) above `overseas` (level 3); b puts `overseas` (level 2) above `seas` (level 3)"
    /// );
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    #[must_use]
    pub fn describe(&self, a: &str, b: &str) -> String {
        format!(
            "{a} puts `{}` (level {}) above `{}` (level {}); {b} puts `{}` (level {}) above `{}` (level {})",
            self.first,
            self.in_a[0],
            self.second,
            self.in_a[1],
            self.second,
            self.in_b[1],
            self.first,
            self.in_b[0]
        )
    }
}

/// Every pair of shared items that `a` and `b` order in opposite
/// directions, in `a`'s order of `first`, then of `second`. Pairs either
/// side ties are not discordant. O(n log n + D) for n shared items and D
/// pairs: a merge sort counts the inversions and lists only those.
pub fn discordant_pairs<T: Item>(a: &Ranking<T>, b: &Ranking<T>) -> Vec<DiscordantPair<T>> {
    of_shared(&Shared::new(a, b))
}

/// [`discordant_pairs`] over items already paired.
pub(super) fn of_shared<T: Item>(shared: &Shared<'_, T>) -> Vec<DiscordantPair<T>> {
    // Ordered by (a, b), the strict inversions in b are the discordant pairs.
    let p = &shared.pairs;
    let keys: Vec<u32> = p.by_ab.iter().map(|&i| p.level_b[i as usize]).collect();
    let mut pairs: Vec<(u32, u32)> = inverted_pairs(&keys)
        .into_iter()
        .map(|(i, j)| (p.by_ab[i as usize], p.by_ab[j as usize]))
        .collect();
    // Shared items are numbered in a's order.
    pairs.sort_unstable();
    let level = |levels: &[u32], i: u32| levels[i as usize] as usize + 1;
    pairs
        .into_iter()
        .map(|(x, y)| DiscordantPair {
            first: shared.items[x as usize].clone(),
            second: shared.items[y as usize].clone(),
            in_a: [level(&p.level_a, x), level(&p.level_a, y)],
            in_b: [level(&p.level_b, x), level(&p.level_b, y)],
        })
        .collect()
}
