//! Spearman's rho and footrule, on average ranks.

use serde::Serialize;

use super::shared_levels;
use crate::ranking::{Item, Ranking};

/// The average (mid) rank of each item, 1-based, as in statistics: tied
/// items share the mean of the positions they occupy. O(n + k).
pub(crate) fn average_ranks(levels: &[u32]) -> Vec<f64> {
    let max = levels.iter().copied().max().map_or(0, |m| m as usize + 1);
    let mut count = vec![0u64; max];
    for &l in levels {
        count[l as usize] += 1;
    }
    let mut mid = vec![0.0; max];
    let mut before = 0u64;
    for (l, &c) in count.iter().enumerate() {
        // Positions before+1 ..= before+c; their mean.
        mid[l] = before as f64 + f64::midpoint(c as f64, 1.0);
        before += c;
    }
    levels.iter().map(|&l| mid[l as usize]).collect()
}

/// Spearman's rho over the items `a` and `b` share: the Pearson correlation
/// of their average ranks, as `scipy.stats.spearmanr`.
///
/// Both rankings are restricted to the shared items first, so ranks run
/// from 1 to the number of shared items. `None` with fewer than two shared
/// items, or when either side ties all of them (the correlation is 0/0).
/// O(n) after the O(n) restriction.
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::spearman;
///
/// let a = Ranking::strict(["x", "y", "z"])?;
/// assert_eq!(spearman(&a, &a), Some(1.0));
/// assert_eq!(spearman(&a, &a.reversed()), Some(-1.0));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn spearman<T: Item>(a: &Ranking<T>, b: &Ranking<T>) -> Option<f64> {
    let (level_a, level_b) = shared_levels(a, b, |_| {});
    rho(&level_a, &level_b)
}

pub(crate) fn rho(level_a: &[u32], level_b: &[u32]) -> Option<f64> {
    let n = level_a.len();
    if n < 2 {
        return None;
    }
    let ra = average_ranks(level_a);
    let rb = average_ranks(level_b);
    // Both rank vectors have mean (n + 1) / 2 exactly.
    let mean = f64::midpoint(n as f64, 1.0);
    let (mut sab, mut saa, mut sbb) = (0.0, 0.0, 0.0);
    for (x, y) in ra.iter().zip(&rb) {
        let (dx, dy) = (x - mean, y - mean);
        sab += dx * dy;
        saa += dx * dx;
        sbb += dy * dy;
    }
    if saa == 0.0 || sbb == 0.0 {
        return None;
    }
    // One root of the product: exact when saa = sbb, so rho(a, a) is exactly 1.
    Some((sab / (saa * sbb).sqrt()).clamp(-1.0, 1.0))
}

/// Spearman's footrule between two rankings, on average ranks.
///
/// Built by [`footrule`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Footrule {
    /// The sum over shared items of |rank in a - rank in b|, ranks being
    /// average ranks among the shared items.
    pub distance: f64,
    /// The number of shared items.
    pub items: u64,
}

impl Footrule {
    /// The distance divided by ⌊n²/2⌋, the largest footrule between two
    /// rankings of n items (reached by a strict ranking and its reverse):
    /// 0 for the same order, 1 for opposite strict orders. Average ranks
    /// never exceed that bound, so the value stays in [0, 1] with ties.
    /// `None` with fewer than two shared items.
    pub fn normalized(&self) -> Option<f64> {
        let max = self.items * self.items / 2;
        (max > 0).then(|| self.distance / max as f64)
    }
}

/// Spearman's footrule over the items `a` and `b` share: the total
/// displacement Σ |`rank_a(i)` - `rank_b(i)`|.
///
/// Weak orders are handled through average ranks (tied items share the
/// mean of their positions), computed after restricting both rankings to
/// the shared items. This is the footrule of Diaconis and Graham (1977)
/// extended to ties; it is a metric on weak orders of one item set and 0
/// only for equal weak orders. Empty or disjoint inputs give 0 over 0
/// items. O(n).
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::footrule;
///
/// let a = Ranking::strict(["x", "y", "z"])?;
/// let f = footrule(&a, &a.reversed());
/// assert_eq!((f.distance, f.normalized()), (4.0, Some(1.0)));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn footrule<T: Item>(a: &Ranking<T>, b: &Ranking<T>) -> Footrule {
    let (level_a, level_b) = shared_levels(a, b, |_| {});
    footrule_levels(&level_a, &level_b)
}

pub(crate) fn footrule_levels(level_a: &[u32], level_b: &[u32]) -> Footrule {
    let ra = average_ranks(level_a);
    let rb = average_ranks(level_b);
    Footrule {
        distance: ra.iter().zip(&rb).map(|(x, y)| (x - y).abs()).sum(),
        items: level_a.len() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn average_ranks_share_positions() {
        assert_eq!(average_ranks(&[0, 1, 1, 3]), vec![1.0, 2.5, 2.5, 4.0]);
    }

    #[test]
    fn footrule_with_ties_by_hand() {
        let a = Ranking::new(vec![vec!["x", "y"], vec!["z"]]).unwrap();
        let b = Ranking::strict(["z", "y", "x"]).unwrap();
        // a ranks: x 1.5, y 1.5, z 3 ; b: z 1, y 2, x 3.
        let f = footrule(&a, &b);
        assert_eq!(f.distance, 1.5 + 0.5 + 2.0);
        assert_eq!(f.normalized(), Some(4.0 / 4.0));
    }

    #[test]
    fn constant_side_has_no_rho() {
        let a = Ranking::new(vec![vec!["x", "y"]]).unwrap();
        let b = Ranking::strict(["x", "y"]).unwrap();
        assert_eq!(spearman(&a, &b), None);
        assert_eq!(spearman(&b, &Ranking::strict(["x"]).unwrap()), None);
    }
}
