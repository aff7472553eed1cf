//! Pair counts and Kendall's tau.

use serde::Serialize;

use super::scores::sort_run;
use super::sort::count_inversions;
use super::{Paired, shared_levels};
use crate::error::{Error, Result};
use crate::ranking::{Item, Ranking};

/// How the pairs of shared items split between two rankings.
///
/// Every unordered pair of distinct shared items falls in exactly one class:
/// concordant (both rankings order it the same way), discordant (opposite
/// ways), tied only in `a`, tied only in `b`, or tied in both.
///
/// Built by [`kendall`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct PairCounts {
    items: u64,
    concordant: u64,
    discordant: u64,
    tied_a: u64,
    tied_b: u64,
    tied_both: u64,
}

/// Counts the pairs of items shared by `a` and `b` by how the two rankings
/// order them (Knight's merge-sort method, 1966).
///
/// Both rankings are restricted to the items they share; items in only one
/// of them take no part. Ties are counted, not broken: see [`PairCounts`].
/// Empty or disjoint rankings give all-zero counts.
///
/// O(n log n) time and O(n) memory for n = `a.len()`: one hash look-up per
/// item of `a`, then integer work on the two level sequences: a histogram
/// of `b`'s levels when both rankings have few levels (O(n + j·k) for j and
/// k levels), a Fenwick tree over them when `b` has up to 65,536 levels
/// (O(n log k)), else a sort within each level of `a` and merge-sort
/// inversion counting. Never O(n²).
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::kendall;
///
/// let a = Ranking::new(vec![vec!["x"], vec!["y", "z"], vec!["w"]])?;
/// let b = Ranking::strict(["w", "x", "y", "z"])?;
/// let c = kendall(&a, &b);
/// // x>y, x>z agree; w is last in a, first in b: 3 discordant; y,z tie in a.
/// assert_eq!((c.concordant(), c.discordant(), c.tied_a()), (2, 3, 1));
/// assert_eq!(c.tau_a(), Some(-1.0 / 6.0));
/// assert_eq!(c.distance(0.5)?, 3.5);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn kendall<T: Item>(a: &Ranking<T>, b: &Ranking<T>) -> PairCounts {
    // Walking `a` in order leaves `level_a` sorted.
    let (level_a, level_b) = shared_levels(a, b, |_| {});
    PairCounts::from_levels(&level_a, level_b, b.level_count())
}

/// Up to this many levels in `b`, pairs are counted with a Fenwick tree
/// over `b`'s levels (small enough to stay in cache) instead of sorting,
/// unless the two rankings have so few levels that a histogram does.
pub(super) const TREE_LEVELS: usize = 1 << 16;

/// The length of the run of equal values at the start of `sorted`.
fn run_len(sorted: &[u32]) -> usize {
    run_len_by(sorted, |&l| l == sorted[0])
}

/// The length of the prefix of `sorted` whose values satisfy `in_run`, a
/// predicate true on a prefix only. Galloping search: O(log g) for a run
/// of g values, touching only memory near the run (a binary search over
/// the whole slice would cost O(log n) cache misses per run).
pub(super) fn run_len_by<K>(sorted: &[K], in_run: impl Fn(&K) -> bool) -> usize {
    let mut end = 1;
    while end < sorted.len() && in_run(&sorted[end]) {
        end *= 2;
    }
    let checked = end / 2 + 1;
    let end = end.min(sorted.len());
    checked + sorted[checked..end].partition_point(in_run)
}

/// `n` choose 2.
fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// The sum of `g` choose 2 over runs of equal values in a sorted sequence:
/// the value at index r within its run closes r pairs. Branch-free, O(n).
fn tied_pairs<K: PartialEq>(sorted: &[K]) -> u64 {
    let (mut total, mut run) = (0, 0u64);
    for p in 1..sorted.len() {
        run = if sorted[p] == sorted[p - 1] {
            run + 1
        } else {
            0
        };
        total += run;
    }
    total
}

impl PairCounts {
    /// Counts from the shared items' levels: `level_a` sorted, `level_b`
    /// below `b_level_count`. O(n log k) for k = `b_level_count` up to
    /// [`TREE_LEVELS`], else O(n log n).
    pub(crate) fn from_levels(
        level_a: &[u32],
        mut level_b: Vec<u32>,
        b_level_count: usize,
    ) -> Self {
        let a_level_count = level_a.last().map_or(0, |&l| l as usize + 1);
        if a_level_count.saturating_mul(b_level_count) <= 4 * level_a.len() {
            return Self::by_histogram(level_a, &level_b, b_level_count);
        }
        if b_level_count <= TREE_LEVELS {
            return Self::by_tree(level_a, &level_b, b_level_count);
        }
        // Sorting `level_b` within each run of equal `level_a` gives the
        // (a, b) order.
        let mut start = 0;
        while start < level_a.len() {
            let run = run_len(&level_a[start..]);
            sort_run(&mut level_b[start..start + run]);
            start += run;
        }
        Self::from_sorted(level_a, &mut level_b)
    }

    /// Counts by a histogram of `b`'s levels, one level of `a` at a time:
    /// before each level of `a`, a pass over the histogram gives, for every
    /// level of `b`, how many items of earlier levels of `a` sit strictly
    /// lower in `b`. O(n + j·k) time for j levels in `a` and k in `b`, O(k)
    /// memory: the fastest way when j·k is within a few times n.
    fn by_histogram(level_a: &[u32], level_b: &[u32], b_level_count: usize) -> Self {
        let mut lower = vec![0u64; b_level_count];
        let mut discordant = 0;
        let mut tally = LevelTally::new(b_level_count);
        let mut start = 0;
        while start < level_a.len() {
            let group = &level_b[start..start + run_len(&level_a[start..])];
            let mut below = 0;
            for (v, &count) in tally.in_level_b.iter().enumerate().rev() {
                lower[v] = below;
                below += count;
            }
            discordant += group.iter().map(|&v| lower[v as usize]).sum::<u64>();
            tally.add_group(group);
            start += group.len();
        }
        tally.finish(level_a.len(), discordant)
    }

    /// Counts by a Fenwick tree over `b`'s levels, one run of equal keys of
    /// `a_sorted` at a time: each item is discordant with the items of
    /// earlier runs that sit strictly lower in `b`. No sorting. O(n log k)
    /// time and O(k) memory for k = `b_level_count`.
    pub(super) fn by_tree<A: PartialEq>(
        a_sorted: &[A],
        level_b: &[u32],
        b_level_count: usize,
    ) -> Self {
        // tree[i] counts the inserted items in a range of levels ending at
        // level i - 1 (1-based Fenwick indexing).
        let mut tree = vec![0u32; b_level_count + 1];
        // Inserted items at levels <= v: walk down the tree.
        let at_or_above = |tree: &[u32], v: u32| {
            let (mut i, mut total) = (v as usize + 1, 0u64);
            while i > 0 {
                total += u64::from(tree[i]);
                i &= i - 1;
            }
            total
        };
        let insert = |tree: &mut [u32], v: u32| {
            let mut i = v as usize + 1;
            while i < tree.len() {
                tree[i] += 1;
                i += i & i.wrapping_neg();
            }
        };
        let mut discordant = 0;
        let mut tally = LevelTally::new(b_level_count);
        let n = a_sorted.len();
        let mut start = 0;
        while start < n {
            // A linear scan: runs are often single items.
            let mut end = start + 1;
            while end < n && a_sorted[end] == a_sorted[start] {
                end += 1;
            }
            let group = &level_b[start..end];
            if let [v] = *group {
                discordant += start as u64 - at_or_above(&tree, v);
                insert(&mut tree, v);
                tally.in_level_b[v as usize] += 1;
            } else {
                for &v in group {
                    discordant += start as u64 - at_or_above(&tree, v);
                }
                for &v in group {
                    insert(&mut tree, v);
                }
                tally.add_group(group);
            }
            start = end;
        }
        tally.finish(n, discordant)
    }

    /// The counts with the two sides exchanged.
    pub(super) fn swapped(self) -> Self {
        Self {
            tied_a: self.tied_b,
            tied_b: self.tied_a,
            ..self
        }
    }

    /// Counts from paired levels. O(n log n).
    pub(crate) fn from_paired(paired: &Paired) -> Self {
        let order = &paired.by_ab;
        let a_sorted: Vec<u32> = order.iter().map(|&i| paired.level_a[i as usize]).collect();
        let mut b_sorted: Vec<u32> = order.iter().map(|&i| paired.level_b[i as usize]).collect();
        Self::from_sorted(&a_sorted, &mut b_sorted)
    }

    /// Counts from the items sorted by (a, b): `a_sorted` holds their keys in
    /// a, `b_seq` their keys in b (sorted by this call). Smaller keys may
    /// mean higher or lower priority, as long as both sides agree.
    /// O(n log n).
    pub(crate) fn from_sorted<A: PartialEq, B: Copy + Ord + Default>(
        a_sorted: &[A],
        b_seq: &mut [B],
    ) -> Self {
        // As `tied_pairs`, over runs of equal a and of equal (a, b).
        let (mut ties_in_a, mut tied_both) = (0, 0);
        let (mut run_a, mut run_both) = (0u64, 0u64);
        for p in 1..a_sorted.len() {
            let same_a = a_sorted[p] == a_sorted[p - 1];
            let same_both = same_a && b_seq[p] == b_seq[p - 1];
            run_a = if same_a { run_a + 1 } else { 0 };
            run_both = if same_both { run_both + 1 } else { 0 };
            ties_in_a += run_a;
            tied_both += run_both;
        }
        let discordant = count_inversions(b_seq);
        // `b_seq` is now sorted: runs are ties in b.
        let ties_in_b = tied_pairs(b_seq);
        Self::from_totals(
            a_sorted.len() as u64,
            discordant,
            ties_in_a,
            ties_in_b,
            tied_both,
        )
    }

    /// Counts of n items from their discordant pairs and ties, where the
    /// ties in each side include the pairs tied in both.
    fn from_totals(
        n: u64,
        discordant: u64,
        ties_in_a: u64,
        ties_in_b: u64,
        tied_both: u64,
    ) -> Self {
        let tied_a = ties_in_a - tied_both;
        let tied_b = ties_in_b - tied_both;
        Self {
            items: n,
            concordant: pairs(n) - discordant - tied_a - tied_b - tied_both,
            discordant,
            tied_a,
            tied_b,
            tied_both,
        }
    }

    /// The number of shared items the pairs are drawn from.
    pub fn items(&self) -> u64 {
        self.items
    }

    /// The number of pairs of shared items, n(n-1)/2.
    pub fn pairs(&self) -> u64 {
        pairs(self.items)
    }

    /// Pairs that both rankings order the same way, strictly.
    pub fn concordant(&self) -> u64 {
        self.concordant
    }

    /// Pairs that the two rankings order opposite ways, strictly.
    pub fn discordant(&self) -> u64 {
        self.discordant
    }

    /// Pairs tied in `a` only (`b` orders them).
    pub fn tied_a(&self) -> u64 {
        self.tied_a
    }

    /// Pairs tied in `b` only (`a` orders them).
    pub fn tied_b(&self) -> u64 {
        self.tied_b
    }

    /// Pairs tied in both rankings.
    pub fn tied_both(&self) -> u64 {
        self.tied_both
    }

    /// Kendall's tau-a: (concordant - discordant) / pairs, ties counting as
    /// neither. `None` with fewer than two shared items.
    pub fn tau_a(&self) -> Option<f64> {
        let total = self.pairs();
        (total > 0).then(|| self.score() / total as f64)
    }

    /// Kendall's tau-b, as `scipy.stats.kendalltau(x, y, variant='b')`:
    /// (concordant - discordant) / sqrt((pairs - ties in a)(pairs - ties in b)),
    /// where ties in a side include the pairs tied in both.
    ///
    /// `None` when either side puts every shared item on one level (that
    /// includes fewer than two shared items): the measure is 0/0 there.
    pub fn tau_b(&self) -> Option<f64> {
        let total = self.pairs();
        let untied_a = total - self.tied_a - self.tied_both;
        let untied_b = total - self.tied_b - self.tied_both;
        if untied_a == 0 || untied_b == 0 {
            return None;
        }
        // With equal normalisers the root is exact, so a ranking against
        // itself or its reverse gives exactly 1 or -1; otherwise two roots
        // in scipy's order.
        let tau = if untied_a == untied_b {
            self.score() / untied_a as f64
        } else {
            self.score() / (untied_a as f64).sqrt() / (untied_b as f64).sqrt()
        };
        Some(tau.clamp(-1.0, 1.0))
    }

    /// The Kendall distance with tie penalty `p`, K^(p) of Fagin, Kumar,
    /// Mahdian, Sivakumar and Vee (2006): each discordant pair costs 1, each
    /// pair tied in exactly one ranking costs `p`, pairs tied in both cost 0.
    ///
    /// K^(0) counts only discordant pairs; K^(1/2) is the "neutral" choice; for
    /// `p` in [1/2, 1] it is a metric on weak orders of one item set.
    ///
    /// # Errors
    /// [`Error::InvalidPenalty`] when `p` is outside [0, 1] or NaN.
    pub fn distance(&self, p: f64) -> Result<f64> {
        check_penalty(p)?;
        Ok(self.discordant as f64 + p * (self.tied_a + self.tied_b) as f64)
    }

    fn score(&self) -> f64 {
        self.concordant as f64 - self.discordant as f64
    }
}

/// The ties of the level-by-level counts (histogram and Fenwick tree),
/// gathered one level of `a` at a time: how many items sit on each level of
/// `b` so far, and the pairs tied in `a` and tied in both.
struct LevelTally {
    in_level_b: Vec<u64>,
    /// Scratch: the current level of `a`'s items per level of `b`; all 0
    /// between groups.
    in_group: Vec<u32>,
    ties_in_a: u64,
    tied_both: u64,
}

impl LevelTally {
    fn new(b_level_count: usize) -> Self {
        Self {
            in_level_b: vec![0; b_level_count],
            in_group: vec![0; b_level_count],
            ties_in_a: 0,
            tied_both: 0,
        }
    }

    /// Records one level of `a`, given as its items' levels in `b`. O(g)
    /// for g items.
    fn add_group(&mut self, group: &[u32]) {
        for &v in group {
            self.in_group[v as usize] += 1;
        }
        for &v in group {
            let in_group = std::mem::take(&mut self.in_group[v as usize]);
            self.tied_both += pairs(u64::from(in_group));
            self.in_level_b[v as usize] += 1;
        }
        self.ties_in_a += pairs(group.len() as u64);
    }

    /// The counts of `n` items with `discordant` discordant pairs. O(k).
    fn finish(self, n: usize, discordant: u64) -> PairCounts {
        let ties_in_b = self.in_level_b.iter().map(|&c| pairs(c)).sum();
        PairCounts::from_totals(
            n as u64,
            discordant,
            self.ties_in_a,
            ties_in_b,
            self.tied_both,
        )
    }
}

/// Checks a Kendall tie penalty: it must lie in [0, 1] (NaN does not).
pub(crate) fn check_penalty(p: f64) -> Result<()> {
    if (0.0..=1.0).contains(&p) {
        Ok(())
    } else {
        Err(Error::InvalidPenalty { tie_penalty: p })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_a_small_weak_order_by_hand() {
        // a: x > y = z > w ; b: y > x = w > z
        let a = Ranking::new(vec![vec!["x"], vec!["y", "z"], vec!["w"]]).unwrap();
        let b = Ranking::new(vec![vec!["y"], vec!["x", "w"], vec!["z"]]).unwrap();
        let c = kendall(&a, &b);
        // xy: D; xz: C; xw: tied b; yz: tied a; yw: C; zw: D.
        assert_eq!(c.concordant(), 2);
        assert_eq!(c.discordant(), 2);
        assert_eq!((c.tied_a(), c.tied_b(), c.tied_both()), (1, 1, 0));
        assert_eq!(c.tau_a(), Some(0.0));
        assert_eq!(c.distance(1.0).unwrap(), 4.0);
    }

    #[test]
    fn histogram_tree_and_sort_count_alike() {
        let mut state = 11u64;
        let mut next = |k: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % k) as u32
        };
        for (n, ka, kb) in [
            (0, 1, 1),
            (1, 1, 1),
            (2, 1, 3),
            (50, 3, 4),
            (700, 40, 9),
            (3000, 500, 2000),
            (3000, 2, 2),
        ] {
            let mut level_a: Vec<u32> = (0..n).map(|_| next(ka)).collect();
            level_a.sort_unstable();
            let level_b: Vec<u32> = (0..n).map(|_| next(kb)).collect();
            let tree = PairCounts::by_tree(&level_a, &level_b, kb as usize);
            let histogram = PairCounts::by_histogram(&level_a, &level_b, kb as usize);
            assert_eq!(tree, histogram, "n = {n}, {ka} and {kb} levels");
            let mut b_sorted = level_b.clone();
            let mut start = 0;
            while start < n {
                let run = run_len(&level_a[start..]);
                b_sorted[start..start + run].sort_unstable();
                start += run;
            }
            let sort = PairCounts::from_sorted(&level_a, &mut b_sorted);
            assert_eq!(tree, sort, "n = {n}, {ka} and {kb} levels");
            assert_eq!(
                PairCounts::from_levels(&level_a, level_b, kb as usize),
                sort
            );
        }
    }

    #[test]
    fn many_levels_take_the_sorting_path() {
        // More levels in b than the tree takes: counted by sorting.
        let n = TREE_LEVELS as u32 + 10;
        let a = Ranking::strict(0..n).unwrap();
        let b = Ranking::new((0..n).rev().map(|i| [i])).unwrap();
        let c = kendall(&a, &b);
        assert_eq!(c.discordant(), c.pairs());
        let c = kendall(&a, &a);
        assert_eq!((c.concordant(), c.discordant()), (c.pairs(), 0));
    }

    #[test]
    fn undefined_taus_are_none() {
        let a = Ranking::new(vec![vec!["x", "y"]]).unwrap();
        let b = Ranking::strict(["x", "y"]).unwrap();
        let c = kendall(&a, &b);
        assert_eq!(c.tau_b(), None);
        assert_eq!(c.tau_a(), Some(0.0));
        let lone = kendall(&Ranking::strict(["x"]).unwrap(), &b);
        assert_eq!((lone.tau_a(), lone.tau_b()), (None, None));
        let empty = kendall(&Ranking::<&str>::new(Vec::<Vec<&str>>::new()).unwrap(), &b);
        assert_eq!(empty.pairs(), 0);
    }

    #[test]
    fn bad_penalty_is_named() {
        let c = kendall(
            &Ranking::strict([1]).unwrap(),
            &Ranking::strict([1]).unwrap(),
        );
        for p in [-0.1, 1.5, f64::NAN] {
            let err = c.distance(p).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("tie penalty p = {p} is outside [0, 1]")
            );
        }
    }
}
