//! Vigna's weighted tau.

use std::fmt;

use super::sort::{inversions_per_element, lexicographic_order};
use super::{Paired, pair_levels};
use crate::error::{Error, Result};
use crate::ranking::{Item, Ranking};

/// Maps a 0-based rank (0 is the most important element) to a weight.
///
/// The weight of a pair is the sum of its two elements' weights (Vigna's
/// additive weighing). Weights must be finite and non-negative.
///
/// ```
/// use security_hierarchy::compare::Weigher;
/// assert_eq!(Weigher::hyperbolic().weight(3), 0.25);
/// let flat = Weigher::new("constant", |_| 1.0);
/// assert_eq!(flat.weight(7), 1.0);
/// assert_eq!(flat.to_string(), "constant");
/// ```
#[derive(Clone, Copy)]
pub struct Weigher {
    name: &'static str,
    weigh: fn(usize) -> f64,
}

impl Weigher {
    /// The hyperbolic weigher 1/(r + 1), Vigna's and scipy's default.
    pub fn hyperbolic() -> Self {
        Self::new("hyperbolic", |r| 1.0 / (r as f64 + 1.0))
    }

    /// A custom weigher, named for reports.
    pub fn new(name: &'static str, weigh: fn(usize) -> f64) -> Self {
        Self { name, weigh }
    }

    /// The weight of rank `r` (0-based).
    pub fn weight(&self, r: usize) -> f64 {
        (self.weigh)(r)
    }

    /// The weigher's name.
    pub fn name(&self) -> &'static str {
        self.name
    }
}

impl Default for Weigher {
    fn default() -> Self {
        Self::hyperbolic()
    }
}

impl fmt::Debug for Weigher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Weigher({})", self.name)
    }
}

impl fmt::Display for Weigher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// Vigna's weighted tau (2015) over the items `a` and `b` share, with the
/// additive hyperbolic weigher 1/(r + 1).
///
/// Matches `scipy.stats.weightedtau(x, y)` with its defaults, where `x` and
/// `y` are scores (higher = more important) listing the shared items in
/// `a`'s order — for example `x[i] = -level_in_a`. As in scipy, the result
/// is the mean of two indices: one weighing elements by their rank in the
/// decreasing lexicographic order by (`a`, `b`), the other by (`b`, `a`).
/// Items tied in both rankings take consecutive ranks in the reverse of
/// `a`'s item order, exactly as scipy breaks those ties by array index.
///
/// Ties: a pair tied in a ranking is neither concordant nor discordant, and
/// its weight leaves that side's normaliser, as in tau-b.
///
/// `None` with fewer than two shared items or when either side ties all of
/// them (where scipy returns NaN). O(n log n).
///
/// The weigher decides how much each rank counts: [`Weigher::hyperbolic`]
/// is scipy's default (additive weighing), as
/// `scipy.stats.weightedtau(x, y, weigher=...)`. `None` also when the weigher
/// gives every pair that a side orders a zero weight (the normaliser is 0),
/// or when the weights are so large that their sums overflow.
///
/// # Errors
/// [`Error::InvalidWeight`] when the weigher gives a negative, infinite or
/// NaN weight to a rank in use (0 up to the number of shared items - 1);
/// the hyperbolic weigher never does.
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::{Weigher, kendall, weighted_tau};
///
/// let a = Ranking::strict([1, 2, 3, 4])?;
/// let hyperbolic = Weigher::hyperbolic();
/// assert_eq!(weighted_tau(&a, &a, &hyperbolic)?, Some(1.0));
/// assert_eq!(weighted_tau(&a, &a.reversed(), &hyperbolic)?, Some(-1.0));
///
/// let b = Ranking::strict([2, 1, 4, 3])?;
/// // Constant weights give back Kendall's tau.
/// let flat = weighted_tau(&a, &b, &Weigher::new("constant", |_| 1.0))?;
/// let tau_b = kendall(&a, &b).tau_b().expect("both strict");
/// assert!((flat.expect("both strict") - tau_b).abs() < 1e-12);
///
/// let bad = Weigher::new("negative", |r| -(r as f64));
/// let err = weighted_tau(&a, &b, &bad).unwrap_err();
/// assert_eq!(err.to_string(), "weigher `negative` gives -1 to rank 1; weights must be finite and non-negative");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn weighted_tau<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    weigher: &Weigher,
) -> Result<Option<f64>> {
    weighted_paired(&pair_levels(a, b, |_| {}), weigher)
}

pub(crate) fn weighted_paired(paired: &Paired, weigher: &Weigher) -> Result<Option<f64>> {
    let (level_a, level_b, by_ab) = (&paired.level_a, &paired.level_b, &paired.by_ab);
    let n = paired.len();
    let mut weights = Vec::with_capacity(n);
    for r in 0..n {
        let w = weigher.weight(r);
        if !(w.is_finite() && w >= 0.0) {
            return Err(Error::InvalidWeight {
                weigher: weigher.name().to_string(),
                rank: r,
                weight: w,
            });
        }
        weights.push(w);
    }
    if n < 2 {
        return Ok(None);
    }
    // Discordance is symmetric: each element's count of discordant partners
    // serves both directions. Ordered by (a, b), inversions in b are exactly
    // the discordant pairs (pairs tied in a are sorted by b, so never count).
    let keys: Vec<u32> = by_ab.iter().map(|&i| level_b[i as usize]).collect();
    let mut discordant = vec![0u64; n];
    for (pos, count) in inversions_per_element(&keys).into_iter().enumerate() {
        discordant[by_ab[pos] as usize] = count;
    }
    let by_ba = lexicographic_order(level_b, level_a);
    let x_first = one_direction(by_ab, level_a, level_b, &weights, &discordant);
    let y_first = one_direction(&by_ba, level_b, level_a, &weights, &discordant);
    Ok(match (x_first, y_first) {
        (Some(x), Some(y)) => Some(f64::midpoint(x, y)),
        _ => None,
    })
}

/// One of scipy's `_weightedrankedtau` calls: `order` sorts the items by
/// (`primary`, `secondary`) levels, best first; rank r goes to the r-th item
/// of that order, items tied in both taking it in reverse index order.
fn one_direction(
    order: &[u32],
    primary: &[u32],
    secondary: &[u32],
    weights: &[f64],
    discordant: &[u64],
) -> Option<f64> {
    let n = order.len();
    let mut weight_of = vec![0.0; n];
    let mut start = 0;
    while start < n {
        let key = |p: usize| {
            let i = order[p] as usize;
            (primary[i], secondary[i])
        };
        let mut end = start + 1;
        while end < n && key(end) == key(start) {
            end += 1;
        }
        // A stable sort kept index order within the run; scipy's reversed
        // ascending sort ranks the highest index first.
        for (offset, p) in (start..end).rev().enumerate() {
            weight_of[order[p] as usize] = weights[start + offset];
        }
        start = end;
    }
    let (mut tied_both, mut tied_x) = (0.0, 0.0);
    let mut group_both = (0.0, 0usize);
    let mut group_x = (0.0, 0usize);
    for p in 0..n {
        let i = order[p] as usize;
        if p > 0 {
            let j = order[p - 1] as usize;
            if primary[i] != primary[j] {
                tied_x += group_x.0 * (group_x.1 as f64 - 1.0);
                group_x = (0.0, 0);
            }
            if primary[i] != primary[j] || secondary[i] != secondary[j] {
                tied_both += group_both.0 * (group_both.1 as f64 - 1.0);
                group_both = (0.0, 0);
            }
        }
        group_x = (group_x.0 + weight_of[i], group_x.1 + 1);
        group_both = (group_both.0 + weight_of[i], group_both.1 + 1);
    }
    tied_x += group_x.0 * (group_x.1 as f64 - 1.0);
    tied_both += group_both.0 * (group_both.1 as f64 - 1.0);
    let tied_y = tied_pairs_weight(secondary, &weight_of);
    let total: f64 = weight_of.iter().sum::<f64>() * (n as f64 - 1.0);
    let exchanges: f64 = weight_of
        .iter()
        .zip(discordant)
        .map(|(w, &d)| w * d as f64)
        .sum();
    let (norm_x, norm_y) = (total - tied_x, total - tied_y);
    // Constant sides are caught exactly, before rounding can hide a 0/0.
    let y_constant = secondary.iter().all(|&l| l == secondary[0]);
    if group_x.1 == n || y_constant || norm_x <= 0.0 || norm_y <= 0.0 {
        return None;
    }
    let numerator = total - (tied_y + tied_x - tied_both) - 2.0 * exchanges;
    // Equal normalisers need no root (a ranking against itself gives exactly
    // 1); otherwise two roots in scipy's order.
    let tau = if norm_x == norm_y {
        numerator / norm_x
    } else {
        numerator / norm_x.sqrt() / norm_y.sqrt()
    };
    // Finite weights can still overflow when summed; that is no value either.
    tau.is_finite().then(|| tau.clamp(-1.0, 1.0))
}

/// The additive weight of the pairs tied in `levels`: each tie group of g
/// elements with weight sum s contributes s (g - 1).
fn tied_pairs_weight(levels: &[u32], weight_of: &[f64]) -> f64 {
    let max = levels.iter().copied().max().map_or(0, |m| m as usize + 1);
    let mut sum = vec![0.0; max];
    let mut count = vec![0usize; max];
    for (&l, &w) in levels.iter().zip(weight_of) {
        sum[l as usize] += w;
        count[l as usize] += 1;
    }
    sum.iter()
        .zip(&count)
        .map(|(s, &c)| if c > 1 { s * (c as f64 - 1.0) } else { 0.0 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_side_is_none() {
        let a = Ranking::new(vec![vec![1, 2, 3]]).unwrap();
        let b = Ranking::strict([1, 2, 3]).unwrap();
        assert_eq!(weighted_tau(&a, &b, &Weigher::hyperbolic()).unwrap(), None);
        assert_eq!(weighted_tau(&b, &a, &Weigher::hyperbolic()).unwrap(), None);
    }

    #[test]
    fn overflowing_weights_are_none() {
        let a = Ranking::strict([1, 2, 3]).unwrap();
        let b = Ranking::strict([2, 1, 3]).unwrap();
        let huge = Weigher::new("huge", |_| f64::MAX);
        assert_eq!(weighted_tau(&a, &b, &huge).unwrap(), None);
    }

    #[test]
    fn zero_weigher_is_none() {
        let a = Ranking::strict([1, 2, 3]).unwrap();
        let zero = Weigher::new("zero", |_| 0.0);
        assert_eq!(weighted_tau(&a, &a, &zero).unwrap(), None);
    }
}
