//! The pairwise measures on paired score lists, as scipy takes them.

use super::Paired;
use super::kendall::PairCounts;
use super::sort::insertion_sort;
use super::spearman::rho;
use super::weighted::{Weigher, weighted_paired};
use crate::error::{Error, Result};

/// Kendall pair counts of paired scores: item i has score `x[i]` in one
/// ranking and `y[i]` in the other; a higher score is a higher priority and
/// equal scores tie (`0.0` and `-0.0` tie). The input `scipy.stats.kendalltau`
/// takes; the same counts as [`kendall`](super::kendall) on the rankings
/// [`Ranking::from_scores`](crate::Ranking::from_scores) would build, without
/// matching items by hashing.
///
/// Empty lists give all-zero counts. O(n log n): a radix sort of `x`, then
/// merge-sort counting.
///
/// # Errors
/// [`Error::LengthMismatch`] when the lists differ in length;
/// [`Error::NonFiniteScore`] naming `x[i]` or `y[i]` for a NaN or infinite
/// score.
///
/// ```
/// use security_hierarchy::compare::kendall_scores;
///
/// let c = kendall_scores(&[3.0, 2.0, 2.0, 1.0], &[1.0, 2.0, 3.0, 3.0])?;
/// assert_eq!((c.concordant(), c.discordant(), c.tied_a(), c.tied_b()), (0, 4, 1, 1));
/// assert_eq!(c.tau_b(), Some(-0.8));
/// let err = kendall_scores(&[1.0], &[1.0, f64::NAN]).unwrap_err();
/// assert_eq!(err.to_string(), "score lists differ in length: 1 and 2");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn kendall_scores(x: &[f64], y: &[f64]) -> Result<PairCounts> {
    Ok(kendall_scores_sorted(x, y)?.0)
}

/// [`kendall_scores`], also returning both lists' keys in sorted order (runs
/// of equal keys are ties), from which a test reads the tie sizes for free.
pub(crate) fn kendall_scores_sorted(
    x: &[f64],
    y: &[f64],
) -> Result<(PairCounts, Vec<u64>, Vec<u64>)> {
    check_lengths(x, y)?;
    // Only x needs sorting: y's keys order the items within runs of equal
    // x, and the merge sort that counts inversions sorts them for the ties.
    let (order, x_sorted) = radix_order(keys("x", x)?);
    check_finite("y", y)?;
    let mut y_seq: Vec<u64> = order.iter().map(|&i| score_key(y[i as usize])).collect();
    let mut start = 0;
    while start < x_sorted.len() {
        let mut end = start + 1;
        while end < x_sorted.len() && x_sorted[end] == x_sorted[start] {
            end += 1;
        }
        sort_run(&mut y_seq[start..end]);
        start = end;
    }
    let counts = PairCounts::from_sorted(&x_sorted, &mut y_seq);
    Ok((counts, x_sorted, y_seq))
}

/// Spearman's rho of paired scores, as `scipy.stats.spearmanr(x, y)`; see
/// [`kendall_scores`] for the input and [`spearman`](super::spearman) for the
/// measure. `None` with fewer than two items or a constant list. O(n log n).
///
/// # Errors
/// As [`kendall_scores`].
///
/// ```
/// use security_hierarchy::compare::spearman_scores;
/// assert_eq!(spearman_scores(&[1.0, 2.0, 3.0], &[10.0, 20.0, 30.0])?, Some(1.0));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn spearman_scores(x: &[f64], y: &[f64]) -> Result<Option<f64>> {
    let p = paired(x, y)?;
    Ok(rho(&p.level_a, &p.level_b))
}

/// Vigna's weighted tau of paired scores with the hyperbolic weigher, equal
/// to `scipy.stats.weightedtau(x, y)` (items tied in both lists are ranked
/// by decreasing index, as scipy does); see
/// [`weighted_tau`](super::weighted_tau). `None` with fewer than two items
/// or a constant list. O(n log n).
///
/// # Errors
/// As [`kendall_scores`].
///
/// ```
/// use security_hierarchy::compare::weighted_tau_scores;
/// let tau = weighted_tau_scores(&[4.0, 3.0, 2.0, 1.0], &[4.0, 3.0, 1.0, 2.0])?.unwrap();
/// assert!(tau > 0.8 && tau < 1.0);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn weighted_tau_scores(x: &[f64], y: &[f64]) -> Result<Option<f64>> {
    weighted_paired(&paired(x, y)?, &Weigher::hyperbolic())
}

fn check_lengths(x: &[f64], y: &[f64]) -> Result<()> {
    if x.len() != y.len() {
        return Err(Error::LengthMismatch {
            a: x.len(),
            b: y.len(),
        });
    }
    Ok(())
}

pub(crate) fn paired(x: &[f64], y: &[f64]) -> Result<Paired> {
    check_lengths(x, y)?;
    let (level_a, order_a) = dense_levels("x", x)?;
    let (level_b, _) = dense_levels("y", y)?;
    Ok(Paired::new(level_a, level_b, order_a))
}

/// Sorts a run of keys: insertion sort for the short runs that ties make.
pub(super) fn sort_run<K: Copy + Ord>(run: &mut [K]) {
    if run.len() > 16 {
        run.sort_unstable();
    } else {
        insertion_sort(run);
    }
}

/// # Errors
/// [`Error::NonFiniteScore`] naming `name[i]` for the first NaN or infinite score.
fn check_finite(name: &str, scores: &[f64]) -> Result<()> {
    match scores.iter().position(|s| !s.is_finite()) {
        Some(i) => Err(Error::NonFiniteScore {
            item: format!("{name}[{i}]"),
            score: scores[i],
        }),
        None => Ok(()),
    }
}

/// An order-preserving integer image of a finite score, for descending
/// order: a higher score gets a smaller key; `0.0` and `-0.0` get one key.
pub(crate) fn score_key(score: f64) -> u64 {
    let bits = (score + 0.0).to_bits();
    let ascending = if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    };
    !ascending
}

/// The keys of a score list; see [`score_key`].
///
/// # Errors
/// [`Error::NonFiniteScore`] naming `name[i]`.
fn keys(name: &str, scores: &[f64]) -> Result<Vec<u64>> {
    check_finite(name, scores)?;
    Ok(scores.iter().map(|&s| score_key(s)).collect())
}

/// The indices sorted by key (stably) and the sorted keys. LSD radix sort
/// in 11-bit digits over the bits in which the keys differ: O(n) per pass,
/// at most 6 passes.
pub(crate) fn radix_order(mut keys: Vec<u64>) -> (Vec<u32>, Vec<u64>) {
    const BITS: u32 = 11;
    let n = keys.len();
    let mut order: Vec<u32> = (0..n as u32).collect();
    let differ = keys
        .first()
        .map_or(0, |&k0| keys.iter().fold(0, |acc, &k| acc | (k ^ k0)));
    if differ == 0 {
        return (order, keys);
    }
    let (low, high) = (differ.trailing_zeros(), 64 - differ.leading_zeros());
    let mut next_order = vec![0u32; n];
    let mut next_keys = vec![0u64; n];
    let mut shift = low;
    while shift < high {
        let digit = |k: u64| ((k >> shift) & ((1 << BITS) - 1)) as usize;
        let mut start = vec![0u32; 1 << BITS];
        for &k in &keys {
            start[digit(k)] += 1;
        }
        let mut total = 0;
        for slot in &mut start {
            let c = *slot;
            *slot = total;
            total += c;
        }
        for (&k, &i) in keys.iter().zip(&order) {
            let slot = &mut start[digit(k)];
            next_keys[*slot as usize] = k;
            next_order[*slot as usize] = i;
            *slot += 1;
        }
        std::mem::swap(&mut keys, &mut next_keys);
        std::mem::swap(&mut order, &mut next_order);
        shift += BITS;
    }
    (order, keys)
}

/// Each score's 0-based level (0 for the highest score; equal scores share a
/// level) and the indices sorted by level, stably. O(n).
fn dense_levels(name: &str, scores: &[f64]) -> Result<(Vec<u32>, Vec<u32>)> {
    let (order, sorted) = radix_order(keys(name, scores)?);
    let mut levels = vec![0u32; sorted.len()];
    let mut level = 0u32;
    for p in 0..sorted.len() {
        if p > 0 && sorted[p] != sorted[p - 1] {
            level += 1;
        }
        levels[order[p] as usize] = level;
    }
    Ok((levels, order))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_descend_and_tie_signed_zeros() {
        let (levels, order) = dense_levels("x", &[0.5, -1.0, 2.0, 0.0, -0.0, 0.5, -3.5]).unwrap();
        assert_eq!(levels, vec![1, 3, 0, 2, 2, 1, 4]);
        assert_eq!(order, vec![2, 0, 5, 3, 4, 1, 6]);
    }

    #[test]
    fn non_finite_score_is_named_by_index() {
        let err = kendall_scores(&[1.0, 2.0], &[0.0, f64::INFINITY]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "score of `y[1]` is inf; scores must be finite numbers"
        );
    }
}
