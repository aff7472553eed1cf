//! Discordant pairs: the one listing used by the comparison report and by
//! the conflict analysis.

use serde::Serialize;

use super::Shared;
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
/// side ties are not discordant. O((n + D) log n) for n shared items and D
/// pairs; as D can reach n(n−1)/2, use [`discordant_pairs_limited`] to list
/// only the first few.
pub fn discordant_pairs<T: Item>(a: &Ranking<T>, b: &Ranking<T>) -> Vec<DiscordantPair<T>> {
    of_shared(&Shared::new(a, b), usize::MAX)
}

/// The first `limit` pairs [`discordant_pairs`] lists, in the same order.
/// O((n + limit) log n), whatever the number of discordant pairs; the total
/// is [`crate::compare::PairCounts::discordant`].
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::discordant_pairs_limited;
/// let a = Ranking::strict(0..1000)?;
/// let b = Ranking::strict((0..1000).rev())?;
/// let first = discordant_pairs_limited(&a, &b, 2);
/// assert_eq!([(first[0].first, first[0].second), (first[1].first, first[1].second)], [(0, 1), (0, 2)]);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn discordant_pairs_limited<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    limit: usize,
) -> Vec<DiscordantPair<T>> {
    of_shared(&Shared::new(a, b), limit)
}

/// The shared items caught in at least one discordant pair, in `a`'s
/// order. O(n log n).
pub(crate) fn discordant_items<'a, T: Item>(a: &'a Ranking<T>, b: &Ranking<T>) -> Vec<&'a T> {
    let shared = Shared::new(a, b);
    let p = &shared.pairs;
    // Ordered by (a, b), an element's strict inversions of b are its discordant pairs.
    let keys: Vec<u32> = p.by_ab.iter().map(|&i| p.level_b[i as usize]).collect();
    let counts = super::sort::inversions_per_element(&keys);
    let mut caught = vec![false; shared.items.len()];
    for (k, &i) in p.by_ab.iter().enumerate() {
        caught[i as usize] = counts[k] > 0;
    }
    shared
        .items
        .iter()
        .zip(caught)
        .filter_map(|(&x, c)| c.then_some(x))
        .collect()
}

/// The first `limit` discordant pairs of `a` and `b`, with their total.
/// O((n + limit) log n).
pub(crate) fn listed_and_counted<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    limit: usize,
) -> (Vec<DiscordantPair<T>>, u64) {
    let shared = Shared::new(a, b);
    let total = super::kendall::PairCounts::from_paired(&shared.pairs).discordant();
    (of_shared(&shared, limit), total)
}

/// The first `limit` discordant pairs of items already paired.
pub(super) fn of_shared<T: Item>(shared: &Shared<'_, T>, limit: usize) -> Vec<DiscordantPair<T>> {
    let p = &shared.pairs;
    let level = |levels: &[u32], i: u32| levels[i as usize] as usize + 1;
    discordant_indices(&p.level_a, &p.level_b, limit)
        .into_iter()
        .map(|(x, y)| DiscordantPair {
            first: shared.items[x as usize].clone(),
            second: shared.items[y as usize].clone(),
            in_a: [level(&p.level_a, x), level(&p.level_a, y)],
            in_b: [level(&p.level_b, x), level(&p.level_b, y)],
        })
        .collect()
}

/// The first `limit` index pairs `(i, j)` with `level_a[i] < level_a[j]`
/// and `level_b[i] > level_b[j]`, in lexicographic order; `level_a` must be
/// sorted. O((n + limit) log n): for each `i` in turn, a minimum segment
/// tree over `level_b` finds the next position past `i`'s level of `a`
/// whose level of `b` is lower, so positions without a partner cost one
/// descent each and are never scanned.
pub(crate) fn discordant_indices(
    level_a: &[u32],
    level_b: &[u32],
    limit: usize,
) -> Vec<(u32, u32)> {
    debug_assert!(level_a.is_sorted());
    let n = level_a.len();
    let mut out = Vec::new();
    if n < 2 || limit == 0 {
        return out;
    }
    let tree = MinTree::new(level_b);
    let mut level_end = 0;
    for i in 0..n {
        if level_end <= i {
            level_end = i + level_a[i..].partition_point(|&l| l == level_a[i]);
        }
        let mut from = level_end;
        while let Some(j) = tree.first_below(from, level_b[i]) {
            out.push((i as u32, j as u32));
            if out.len() == limit {
                return out;
            }
            from = j + 1;
        }
    }
    out
}

/// How many index pairs [`discordant_indices`] would list. O(n log n).
pub(crate) fn count_discordant(level_a: &[u32], level_b: &[u32]) -> u64 {
    // Ordered by (a, b), the strict inversions of b are the discordant pairs.
    let mut keys: Vec<u32> = super::sort::lexicographic_order(level_a, level_b)
        .into_iter()
        .map(|i| level_b[i as usize])
        .collect();
    super::sort::count_inversions(&mut keys)
}

/// A minimum segment tree over a sequence of levels.
struct MinTree {
    /// Leaves at `size..size + n`, padded with `u32::MAX`; node k holds the
    /// minimum of nodes 2k and 2k + 1.
    nodes: Vec<u32>,
    size: usize,
}

impl MinTree {
    fn new(values: &[u32]) -> Self {
        let size = values.len().next_power_of_two();
        let mut nodes = vec![u32::MAX; 2 * size];
        nodes[size..size + values.len()].copy_from_slice(values);
        for k in (1..size).rev() {
            nodes[k] = nodes[2 * k].min(nodes[2 * k + 1]);
        }
        Self { nodes, size }
    }

    /// The first position at or after `from` whose value is below `bound`.
    /// O(log n).
    fn first_below(&self, from: usize, bound: u32) -> Option<usize> {
        if from >= self.size {
            return None;
        }
        // Climb from the leaf, moving right past subtrees with no match.
        let mut k = from + self.size;
        loop {
            if self.nodes[k] < bound {
                break;
            }
            // Go to the next subtree to the right at this height or above.
            while k & 1 == 1 {
                k >>= 1;
                if k == 0 {
                    return None;
                }
            }
            k += 1;
            if k.is_power_of_two() {
                // Wrapped past the right edge of the tree.
                return None;
            }
        }
        // Descend to the leftmost leaf below the bound.
        while k < self.size {
            k = if self.nodes[2 * k] < bound {
                2 * k
            } else {
                2 * k + 1
            };
        }
        Some(k - self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every discordant index pair, by brute force.
    fn brute(level_a: &[u32], level_b: &[u32]) -> Vec<(u32, u32)> {
        let n = level_a.len();
        let mut out = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                if level_a[i] < level_a[j] && level_b[i] > level_b[j] {
                    out.push((i as u32, j as u32));
                }
            }
        }
        out
    }

    proptest! {
        #[test]
        fn limited_listing_is_a_prefix_of_the_brute_force(
            mut level_a in prop::collection::vec(0u32..6, 0..40),
            level_b in prop::collection::vec(0u32..6, 40),
            limit in 0usize..50,
        ) {
            level_a.sort_unstable();
            let level_b = &level_b[..level_a.len()];
            let all = brute(&level_a, level_b);
            prop_assert_eq!(discordant_indices(&level_a, level_b, usize::MAX), all.clone());
            prop_assert_eq!(count_discordant(&level_a, level_b), all.len() as u64);
            let shown = discordant_indices(&level_a, level_b, limit);
            prop_assert_eq!(&shown[..], &all[..limit.min(all.len())]);
        }
    }
}
