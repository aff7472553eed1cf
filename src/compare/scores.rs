//! The pairwise measures on paired score lists, as scipy takes them.

use super::Paired;
use super::kendall::PairCounts;
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
/// O(n log n): a radix sort of each list, then merge-sort counting.
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
    Ok(PairCounts::from_paired(&paired(x, y)?))
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

fn paired(x: &[f64], y: &[f64]) -> Result<Paired> {
    if x.len() != y.len() {
        return Err(Error::LengthMismatch {
            a: x.len(),
            b: y.len(),
        });
    }
    let (level_a, order_a) = dense_levels("x", x)?;
    let (level_b, _) = dense_levels("y", y)?;
    Ok(Paired::new(level_a, level_b, order_a))
}

/// Each score's 0-based level (0 for the highest score; equal scores share a
/// level) and the indices sorted by level, stably. LSD radix sort on an
/// order-preserving integer image of the scores, skipping the byte passes in
/// which every key agrees: O(n) per pass, at most 8 passes.
fn dense_levels(name: &str, scores: &[f64]) -> Result<(Vec<u32>, Vec<u32>)> {
    let mut keys = Vec::with_capacity(scores.len());
    for (i, &s) in scores.iter().enumerate() {
        if !s.is_finite() {
            return Err(Error::NonFiniteScore {
                item: format!("{name}[{i}]"),
                score: s,
            });
        }
        // +0.0 so that -0.0 ties with 0.0; then descending order of scores
        // is ascending order of the complemented image.
        let bits = (s + 0.0).to_bits();
        let ascending = if bits >> 63 == 1 {
            !bits
        } else {
            bits | 1 << 63
        };
        keys.push(!ascending);
    }
    let n = keys.len();
    let mut counts = vec![[0u32; 256]; 8];
    for &k in &keys {
        for (pass, count) in counts.iter_mut().enumerate() {
            count[(k >> (8 * pass)) as usize & 0xff] += 1;
        }
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    let mut sorted_keys = keys;
    let mut next_order = vec![0u32; n];
    let mut next_keys = vec![0u64; n];
    for (pass, count) in counts.iter().enumerate() {
        if count.iter().any(|&c| c as usize == n) {
            continue; // every key has this byte: the pass would not move anything
        }
        let mut start = [0u32; 256];
        let mut total = 0;
        for (slot, &c) in start.iter_mut().zip(count) {
            *slot = total;
            total += c;
        }
        for (&k, &i) in sorted_keys.iter().zip(&order) {
            let slot = &mut start[(k >> (8 * pass)) as usize & 0xff];
            next_keys[*slot as usize] = k;
            next_order[*slot as usize] = i;
            *slot += 1;
        }
        std::mem::swap(&mut sorted_keys, &mut next_keys);
        std::mem::swap(&mut order, &mut next_order);
    }
    let mut levels = vec![0u32; n];
    let mut level = 0u32;
    for p in 0..n {
        if p > 0 && sorted_keys[p] != sorted_keys[p - 1] {
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
