//! The pairwise measures on paired score lists, as scipy takes them.

use super::Paired;
use super::kendall::{PairCounts, TREE_LEVELS, run_len_by};
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
/// Empty lists give all-zero counts. O(n log n) time, O(n) memory: when
/// one list has at most 65,536 distinct scores (rounded data), its levels
/// by hashing, a radix sort of the other, and a Fenwick tree over the
/// levels (O(n log k) for k levels); otherwise a radix sort of `x` carrying
/// `y`, then merge-sort counting. The radix sorts are O(n) for typical
/// data.
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
    Ok(kendall_scores_ties(x, y)?.0)
}

/// [`kendall_scores`], also returning the sizes of the groups of tied
/// scores in `x` and in `y` (groups of one may be left out), from which a
/// test reads its tie corrections.
pub(crate) fn kendall_scores_ties(x: &[f64], y: &[f64]) -> Result<(PairCounts, [Vec<u64>; 2])> {
    kendall_scores_hashing(x, y, TREE_LEVELS)
}

/// [`kendall_scores_ties`], hashing a side only when it has at most
/// `few` distinct scores.
fn kendall_scores_hashing(x: &[f64], y: &[f64], few: usize) -> Result<(PairCounts, [Vec<u64>; 2])> {
    check_lengths(x, y)?;
    let (keys_x, keys_y) = (keys("x", x)?, keys("y", y)?);
    // When a side has few distinct scores (rounded data), hashing gives its
    // levels in O(n), and a Fenwick tree over them counts the pairs in the
    // order of the other side, faster than merge sort; else merge sort.
    if let Some(levels) = HashedLevels::of_few(&keys_y, few) {
        let (counts, sizes_x) = count_by_tree(keys_x, levels.level, levels.sizes.len());
        return Ok((counts, [sizes_x, levels.sizes]));
    }
    if let Some(levels) = HashedLevels::of_few(&keys_x, few) {
        let (counts, sizes_y) = count_by_tree(keys_y, levels.level, levels.sizes.len());
        return Ok((counts.swapped(), [levels.sizes, sizes_y]));
    }
    // Sorting x's keys carries y's along: the items in x's order with no
    // gather through an index (a cache miss per item).
    let (x_sorted, mut y_seq) = radix_sort(keys_x, keys_y);
    // Within each run of equal x, sorting y's keys orders the items by
    // (x, y), as the pair count needs; runs are short or already sorted
    // (see `radix_sort`).
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
    // `y_seq` is now sorted too.
    Ok((counts, [run_sizes(&x_sorted), run_sizes(&y_seq)]))
}

/// Counts pairs by a Fenwick tree over b's levels (`level_b`, one per item,
/// below `b_levels`), with the items put in a's order by sorting `keys_a`;
/// also returns the sizes of a's groups of ties. O(n log k) for k levels,
/// plus the sort.
fn count_by_tree(keys_a: Vec<u64>, level_b: Vec<u32>, b_levels: usize) -> (PairCounts, Vec<u64>) {
    let (sorted_a, level_b) = radix_sort(keys_a, level_b);
    let counts = PairCounts::by_tree(&sorted_a, &level_b, b_levels);
    (counts, run_sizes(&sorted_a))
}

/// The lengths of the runs of equal keys in sorted keys. O(n).
fn run_sizes(sorted: &[u64]) -> Vec<u64> {
    sorted
        .chunk_by(|p, q| p == q)
        .map(|run| run.len() as u64)
        .collect()
}

/// Dense levels of keys with few distinct values, found by hashing.
struct HashedLevels {
    /// Each key's 0-based level, smallest key first.
    level: Vec<u32>,
    /// How many keys each level holds.
    sizes: Vec<u64>,
}

impl HashedLevels {
    /// [`HashedLevels::of`] with at most `limit` levels, tried only when a
    /// sample of 4096 evenly spaced keys shows at most 2048 distinct
    /// values, so that data with many (a refusal) costs O(1).
    fn of_few(keys: &[u64], limit: usize) -> Option<Self> {
        const SAMPLE: usize = 4096;
        if keys.len() > SAMPLE {
            let step = keys.len() / SAMPLE;
            let sample: Vec<u64> = keys.iter().step_by(step).take(SAMPLE).copied().collect();
            Self::of(&sample, SAMPLE / 2)?;
        }
        Self::of(keys, limit)
    }

    /// The levels of `keys`, or None when they take more than `limit`
    /// distinct values. An open-addressing table maps each distinct key to
    /// the order of its first appearance; sorting the distinct keys then
    /// gives the levels. O(n + k log k) for k distinct keys, O(k) memory
    /// beyond the levels; a refusal costs O(limit).
    fn of(keys: &[u64], limit: usize) -> Option<Self> {
        let mut distinct: Vec<u64> = Vec::new();
        let mut sizes: Vec<u64> = Vec::new();
        // Slots hold 1 + an index into `distinct`, 0 when empty; the table
        // is kept at most half full.
        // Sized for the keys (at least 16 slots, at most 1024 to start).
        let mut bits = (2 * keys.len().clamp(8, 512))
            .next_power_of_two()
            .trailing_zeros();
        let mut slots = vec![0u32; 1 << bits];
        let slot_of =
            |key: u64, bits: u32| (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize;
        let mut level = Vec::with_capacity(keys.len());
        for &key in keys {
            let mask = (1usize << bits) - 1;
            let mut s = slot_of(key, bits);
            let id = loop {
                match slots[s] {
                    0 => {
                        if distinct.len() == limit {
                            return None;
                        }
                        distinct.push(key);
                        sizes.push(0);
                        slots[s] = distinct.len() as u32;
                        break distinct.len() - 1;
                    }
                    id if distinct[id as usize - 1] == key => break id as usize - 1,
                    _ => s = (s + 1) & mask,
                }
            };
            sizes[id] += 1;
            level.push(id as u32);
            if 2 * distinct.len() > slots.len() {
                bits += 1;
                slots = vec![0u32; 1 << bits];
                for (id, &key) in distinct.iter().enumerate() {
                    let mut s = slot_of(key, bits);
                    while slots[s] != 0 {
                        s = (s + 1) & ((1 << bits) - 1);
                    }
                    slots[s] = id as u32 + 1;
                }
            }
        }
        // Renumber the ids in key order.
        let mut by_key: Vec<u32> = (0..distinct.len() as u32).collect();
        by_key.sort_unstable_by_key(|&id| distinct[id as usize]);
        let mut rank = vec![0u32; distinct.len()];
        for (r, &id) in (0..).zip(&by_key) {
            rank[id as usize] = r;
        }
        for l in &mut level {
            *l = rank[*l as usize];
        }
        let sizes = by_key.iter().map(|&id| sizes[id as usize]).collect();
        Some(Self { level, sizes })
    }
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
    // One pass that also notes a non-finite score; only then a second
    // pass finds the first one.
    let mut finite = true;
    let keys = scores
        .iter()
        .map(|&s| {
            finite &= s.is_finite();
            score_key(s)
        })
        .collect();
    if !finite {
        check_finite(name, scores)?;
    }
    Ok(keys)
}

/// The indices sorted by key (stably) and the sorted keys; see
/// [`radix_sort`].
pub(crate) fn radix_order(keys: Vec<u64>) -> (Vec<u32>, Vec<u64>) {
    let order = (0..keys.len() as u32).collect();
    let (sorted, order) = radix_sort(keys, order);
    (order, sorted)
}

/// The keys sorted, and `carried` (one value per key) permuted alongside.
/// Equal keys keep their carried values in the given order, unless more
/// than 16 keys agree on the sorted prefix (below); those are ordered by
/// (key, carried value), which for indices is the same order.
///
/// LSD radix sort in 11-bit digits over the top [`PREFIX_BITS`] of the bits
/// in which the keys differ (at most 3 passes, O(n) each), then a sort of
/// each run of keys that agree on those bits, by the whole key. Distinct
/// scores rarely share 33 leading bits, so the runs are short: O(n) for
/// typical data, O(n log n) at worst.
fn radix_sort<V: Copy + Default + Ord>(keys: Vec<u64>, carried: Vec<V>) -> (Vec<u64>, Vec<V>) {
    const BITS: u32 = 11;
    const DIGITS: usize = 1 << BITS;
    let n = keys.len();
    if n <= SMALL {
        // Below this the digit tables (3 × 2048 counts) cost more than a
        // comparison sort; a stable one keeps equal keys' values in order.
        let mut pairs: Vec<(u64, V)> = keys.into_iter().zip(carried).collect();
        pairs.sort_by_key(|&(k, _)| k);
        return pairs.into_iter().unzip();
    }
    let differ = keys
        .first()
        .map_or(0, |&k0| keys.iter().fold(0, |acc, &k| acc | (k ^ k0)));
    if differ == 0 {
        return (keys, carried);
    }
    let (low, high) = (differ.trailing_zeros(), 64 - differ.leading_zeros());
    let sorted_from = low.max(high.saturating_sub(PREFIX_BITS));
    let passes = (high - sorted_from).div_ceil(BITS);
    let digit = |k: u64, pass: u32| ((k >> (sorted_from + pass * BITS)) as usize) & (DIGITS - 1);
    // Every pass's digit counts in one read of the keys.
    let mut start = vec![[0u32; DIGITS]; passes as usize];
    for &k in &keys {
        for (pass, counts) in (0..).zip(start.iter_mut()) {
            counts[digit(k, pass)] += 1;
        }
    }
    let (mut keys, mut order) = (keys, carried);
    let mut next_keys = vec![0u64; n];
    let mut next_order = vec![V::default(); n];
    for (pass, start) in (0..).zip(start.iter_mut()) {
        let mut total = 0;
        for slot in start.iter_mut() {
            let c = *slot;
            *slot = total;
            total += c;
        }
        let mut place = |k: u64, i: V| {
            let slot = &mut start[digit(k, pass)];
            next_keys[*slot as usize] = k;
            next_order[*slot as usize] = i;
            *slot += 1;
        };
        keys.iter().zip(&order).for_each(|(&k, &i)| place(k, i));
        std::mem::swap(&mut keys, &mut next_keys);
        std::mem::swap(&mut order, &mut next_order);
    }
    if sorted_from > low {
        sort_prefix_runs(&mut keys, &mut order, sorted_from);
    }
    (keys, order)
}

/// Inputs of at most this many keys are sorted by comparison, not by digits.
const SMALL: usize = 256;

/// The radix sort orders keys by at most this many leading varying bits:
/// three 11-bit digits, enough to separate a million scores spread over a
/// few orders of magnitude.
const PREFIX_BITS: u32 = 33;

/// Finishes [`radix_sort`]: sorts each run of keys equal above bit `from`
/// by the whole key, with `carried` alongside: stably for a short run, by
/// (key, carried value) for a long one. O(r²) for a run of r ≤ 16, else
/// O(r log r).
fn sort_prefix_runs<V: Copy + Ord>(keys: &mut [u64], carried: &mut [V], from: u32) {
    let mut pairs = Vec::new();
    let mut start = 0;
    while start < keys.len() {
        let prefix = keys[start] >> from;
        let end = start + run_len_by(&keys[start..], |k| k >> from == prefix);
        let (k, o) = (&mut keys[start..end], &mut carried[start..end]);
        if k.len() > 16 {
            pairs.clear();
            pairs.extend(k.iter().copied().zip(o.iter().copied()));
            pairs.sort_unstable();
            for ((key, index), (k, o)) in pairs.iter().zip(k.iter_mut().zip(o.iter_mut())) {
                (*k, *o) = (*key, *index);
            }
        } else if k.len() > 1 {
            insertion_sort_pairs(k, o);
        }
        start = end;
    }
}

/// Sorts `keys` with `order` alongside, stably. O(r²) for r keys.
fn insertion_sort_pairs<V: Copy>(keys: &mut [u64], order: &mut [V]) {
    for i in 1..keys.len() {
        let (k, o) = (keys[i], order[i]);
        let mut j = i;
        while j > 0 && keys[j - 1] > k {
            keys[j] = keys[j - 1];
            order[j] = order[j - 1];
            j -= 1;
        }
        (keys[j], order[j]) = (k, o);
    }
}

/// Each score's 0-based level (0 for the highest score; equal scores share a
/// level) and the indices sorted by level, stably. O(n) for typical data; see [`radix_order`].
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
    use std::cmp::Ordering;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn levels_descend_and_tie_signed_zeros() {
        let (levels, order) = dense_levels("x", &[0.5, -1.0, 2.0, 0.0, -0.0, 0.5, -3.5]).unwrap();
        assert_eq!(levels, vec![1, 3, 0, 2, 2, 1, 4]);
        assert_eq!(order, vec![2, 0, 5, 3, 4, 1, 6]);
    }

    fn brute(x: &[f64], y: &[f64]) -> [u64; 5] {
        let mut out = [0; 5];
        for i in 0..x.len() {
            for j in i + 1..x.len() {
                let (sx, sy) = (x[i].partial_cmp(&x[j]), y[i].partial_cmp(&y[j]));
                let class = match (sx.unwrap(), sy.unwrap()) {
                    (Ordering::Equal, Ordering::Equal) => 4,
                    (Ordering::Equal, _) => 2,
                    (_, Ordering::Equal) => 3,
                    (p, q) if p == q => 0,
                    _ => 1,
                };
                out[class] += 1;
            }
        }
        out
    }

    fn sizes(scores: &[f64]) -> Vec<u64> {
        let mut sorted = scores.to_vec();
        sorted.sort_by(f64::total_cmp);
        // -0.0 and 0.0 sit side by side and tie.
        let mut out: Vec<u64> = sorted
            .chunk_by(|p, q| p == q)
            .map(|r| r.len() as u64)
            .collect();
        out.retain(|&t| t > 1);
        out.sort_unstable();
        out
    }

    fn score() -> impl Strategy<Value = f64> {
        prop_oneof![
            (-3i8..=3).prop_map(|k| f64::from(k) / 2.0),
            (0u64..40).prop_map(|j| f64::from_bits(1f64.to_bits() + j)),
            Just(-0.0),
            -1e6f64..1e6,
        ]
    }

    proptest! {
        /// Each way of counting (hashing y's levels, hashing x's, merge
        /// sort) agrees with every pair, and reports the tie groups.
        #[test]
        fn every_strategy_counts_every_pair(
            pairs in proptest::collection::vec((score(), score()), 0..200),
            few in prop_oneof![Just(0usize), Just(3), Just(8), Just(TREE_LEVELS)],
        ) {
            let (x, y): (Vec<f64>, Vec<f64>) = pairs.into_iter().unzip();
            let (c, [sx, sy]) = kendall_scores_hashing(&x, &y, few).unwrap();
            prop_assert_eq!(
                [c.concordant(), c.discordant(), c.tied_a(), c.tied_b(), c.tied_both()],
                brute(&x, &y)
            );
            let groups = |mut s: Vec<u64>| {
                s.retain(|&t| t > 1);
                s.sort_unstable();
                s
            };
            prop_assert_eq!(groups(sx), sizes(&x));
            prop_assert_eq!(groups(sy), sizes(&y));
        }
    }

    #[test]
    fn hashing_refuses_past_its_limit_and_ranks_by_key() {
        let keys = [30, 10, 20, 10, 30, 30];
        let levels = HashedLevels::of(&keys, 3).unwrap();
        assert_eq!(levels.level, vec![2, 0, 1, 0, 2, 2]);
        assert_eq!(levels.sizes, vec![2, 1, 3]);
        assert!(HashedLevels::of(&keys, 2).is_none());
        // Past 4096 keys, a sample with many distinct values refuses early.
        let many: Vec<u64> = (0..10_000).collect();
        assert!(HashedLevels::of_few(&many, TREE_LEVELS).is_none());
        let few: Vec<u64> = (0..10_000).map(|k| k % 100).collect();
        assert_eq!(
            HashedLevels::of_few(&few, TREE_LEVELS).unwrap().sizes,
            vec![100; 100]
        );
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
