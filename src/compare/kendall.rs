//! Pair counts and Kendall's tau.

use serde::Serialize;

use super::sort::count_inversions;
use super::{Paired, pair_levels};
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
/// O(n log n) time and O(n) memory for n = `a.len()`: a counting sort on
/// levels, then merge-sort inversion counting. Never O(n²).
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
    PairCounts::from_paired(&pair_levels(a, b, |_| {}))
}

/// `n` choose 2.
fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// The sum of `g` choose 2 over runs of equal values in a sorted sequence.
fn tied_pairs<K: PartialEq>(sorted: impl Iterator<Item = K>) -> u64 {
    let mut total = 0;
    let mut run = 0u64;
    let mut last: Option<K> = None;
    for key in sorted {
        if last.as_ref() == Some(&key) {
            run += 1;
        } else {
            total += pairs(run);
            run = 1;
            last = Some(key);
        }
    }
    total + pairs(run)
}

impl PairCounts {
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
        let n = a_sorted.len() as u64;
        let ties_in_a = tied_pairs(a_sorted.iter());
        let tied_both = tied_pairs(a_sorted.iter().zip(b_seq.iter()));
        let discordant = count_inversions(b_seq);
        // `b_seq` is now sorted: runs are ties in b.
        let ties_in_b = tied_pairs(b_seq.iter());
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
