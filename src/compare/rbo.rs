//! Rank-biased overlap with ties (Webber, Moffat & Zobel 2010; Corsi &
//! Urbano 2024).

use serde::Serialize;

use super::in_open_unit;
use crate::error::{Error, Result};
use crate::ranking::{Item, Ranking};
use crate::slug::slug_enum;

slug_enum! {
    /// How rank-biased overlap treats tied items (Corsi & Urbano, SIGIR 2024).
    ///
    /// Without ties in either ranking all three give the classic values of
    /// Webber, Moffat & Zobel (2010). Written `w`, `a` or `b` (`Display`,
    /// `FromStr`, serde).
    ///
    /// ```
    /// use security_hierarchy::compare::TieTreatment;
    /// assert_eq!("b".parse::<TieTreatment>()?, TieTreatment::B);
    /// assert_eq!(TieTreatment::W.to_string(), "w");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub enum TieTreatment: "tie treatment" {
        /// Ties are equality: a tie group is seen whole at the depth where it
        /// starts (`RBO^w`). Fits hierarchies whose levels state equal priority.
        W = "w",
        /// Ties are uncertainty, averaged: the expected RBO over every order
        /// of the tied items (`RBO^a`). Two independent orders of one tie
        /// usually differ, so a ranking with ties scores below 1 against
        /// itself.
        A = "a",
        /// Ties are uncertainty, corrected like tau-b: agreement is normalised
        /// by the information the ties leave (`RBO^b`).
        B = "b",
    }
}

/// Rank-biased overlap scores: bounds, residual and extrapolation.
///
/// `min` assumes no further overlap beyond the seen prefixes, `max` the most
/// overlap still possible, `res = max - min` is the uncertainty left, and
/// `ext` extrapolates the agreement seen to the unseen part. All in [0, 1],
/// `min <= ext <= max` (enforced against rounding). `ext` is 1 for a
/// ranking against itself, except under [`TieTreatment::A`] with ties.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rbo {
    /// The lower bound, RBO_MIN.
    pub min: f64,
    /// The upper bound, RBO_MAX.
    pub max: f64,
    /// The residual, RBO_RES = max - min.
    pub res: f64,
    /// The point estimate, RBO_EXT.
    pub ext: f64,
}

/// Rank-biased overlap of two rankings, with persistence `p` and a tie
/// treatment (Webber, Moffat & Zobel 2010; Corsi & Urbano 2024).
///
/// RBO compares the full lists, not just the shared items: it averages the
/// overlap of the two top-d prefixes over every depth d with weights
/// (1 - p) p^(d-1), so agreement at the top counts most. The rankings may
/// have different lengths and different items. The results equal those of
/// Corsi & Urbano's reference code (`rbo(x, y, p, ties)` in their
/// `sigir2024-rbo` repository) with `a` as `x` and `b` as `y`; without ties
/// in either ranking every treatment uses the `w` formulas, as theirs does.
///
/// Depth counts items, not levels: a level of three items spans three
/// depths. O(n + m) time and memory for rankings of n and m items (the
/// reference code is quadratic).
///
/// # Errors
/// [`Error::InvalidPersistence`] when `p` is not strictly between 0 and 1
/// (NaN included); [`Error::EmptyRanking`] when either ranking is empty,
/// where the extrapolation is 0/0.
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::{TieTreatment, rbo};
///
/// let a = Ranking::strict(["a", "b", "c", "d"])?;
/// let same = rbo(&a, &a, 0.9, TieTreatment::W)?;
/// assert!((same.ext - 1.0).abs() < 1e-12);
/// let b = Ranking::new(vec![vec!["b", "a"], vec!["e"]])?;
/// let r = rbo(&a, &b, 0.9, TieTreatment::A)?;
/// assert!(r.min <= r.ext && r.ext <= r.max && r.res >= 0.0);
/// let err = rbo(&a, &b, 1.0, TieTreatment::A).unwrap_err();
/// assert_eq!(err.to_string(), "RBO persistence p = 1 is outside (0, 1)");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn rbo<T: Item>(a: &Ranking<T>, b: &Ranking<T>, p: f64, ties: TieTreatment) -> Result<Rbo> {
    if !in_open_unit(p) {
        return Err(Error::InvalidPersistence { persistence: p });
    }
    for (side, r) in [("a", a), ("b", b)] {
        if r.is_empty() {
            return Err(Error::EmptyRanking { side });
        }
    }
    // The shorter ranking is S; with equal lengths S is `b`, as in the
    // reference code.
    let (short, long) = if a.len() >= b.len() { (b, a) } else { (a, b) };
    let ties = if short.is_strict() && long.is_strict() {
        TieTreatment::W
    } else {
        ties
    };
    let s_side = Side::new(short);
    let l_side = Side::new(long);
    // Per shared item: the tie windows [t, b] in each ranking.
    let mut shared_per_long_level = vec![0usize; l_side.sizes.len()];
    let mut items = Vec::with_capacity(short.len());
    for (ls, level) in short.levels().iter().enumerate() {
        for item in level {
            if let Some(ll) = long.level_of(item) {
                shared_per_long_level[ll] += 1;
                items.push((ls, ll));
            }
        }
    }
    let counts = DepthCounts::new(&s_side, &l_side, &items, ties);
    // L-only items before each level of L.
    let mut only_before = Vec::with_capacity(l_side.sizes.len() + 1);
    only_before.push(0usize);
    for (size, shared) in l_side.sizes.iter().zip(&shared_per_long_level) {
        only_before.push(only_before.last().copied().unwrap_or(0) + size - shared);
    }
    Ok(Scores {
        s: short.len(),
        l: long.len(),
        shared: items.len(),
        p,
        ties,
        s_side: &s_side,
        l_side: &l_side,
        counts: &counts,
        only_before: &only_before,
    }
    .compute())
}

/// A ranking's tie groups by position: the level at each position, and each
/// level's first position and size.
struct Side {
    level_at: Vec<u32>,
    starts: Vec<usize>,
    sizes: Vec<usize>,
}

impl Side {
    fn new<T: Item>(r: &Ranking<T>) -> Self {
        let mut level_at = Vec::with_capacity(r.len());
        let mut starts = Vec::with_capacity(r.level_count());
        let mut sizes = Vec::with_capacity(r.level_count());
        for (l, level) in r.levels().iter().enumerate() {
            starts.push(level_at.len());
            sizes.push(level.len());
            level_at.extend(std::iter::repeat_n(l as u32, level.len()));
        }
        Self {
            level_at,
            starts,
            sizes,
        }
    }

    fn len(&self) -> usize {
        self.level_at.len()
    }

    /// The tie group containing position d: (level, first, last position).
    fn group(&self, d: usize) -> (usize, usize, usize) {
        let l = self.level_at[d] as usize;
        (l, self.starts[l], self.starts[l] + self.sizes[l] - 1)
    }

    /// The a/b contribution of every item of the group at position d, when
    /// d does not end it: (d - t + 1) / g. `None` when d ends the group
    /// (every item of it is then fully seen).
    fn fraction(&self, d: usize) -> Option<f64> {
        let (l, t, b) = self.group(d);
        (d < b).then(|| (d - t + 1) as f64 / self.sizes[l] as f64)
    }

    /// Σ c² over the ranking's items at depth d (a/b contributions).
    fn sum_squares(&self, d: usize) -> f64 {
        if d >= self.len() {
            return self.len() as f64;
        }
        match self.fraction(d) {
            Some(f) => {
                let (l, t, _) = self.group(d);
                t as f64 + self.sizes[l] as f64 * f * f
            }
            None => (d + 1) as f64,
        }
    }

    /// Σ c over the ranking's items at depth d (w contributions): every item
    /// of a group counts from the group's first position.
    fn seen_w(&self, d: usize) -> usize {
        if d >= self.len() {
            return self.len();
        }
        let (_, _, b) = self.group(d);
        b + 1
    }
}

/// Integer event counts by depth, from which the overlap X_d at each depth
/// is exact up to one product of fractions (see `overlap`).
struct DepthCounts {
    /// Shared items fully seen in both by depth d (w: seen at all).
    full_both: Vec<u32>,
    /// Prefix sums of events: an S-fractional item becomes fully seen in L.
    ev_s: Vec<u32>,
    /// Prefix sums of events: an L-fractional item becomes fully seen in S.
    ev_l: Vec<u32>,
    /// Shared items inside both of their tie windows at depth d.
    both_fractional: Vec<i64>,
}

impl DepthCounts {
    fn new(s: &Side, l: &Side, items: &[(usize, usize)], ties: TieTreatment) -> Self {
        let depth = l.len();
        let mut full_both = vec![0u32; depth + 1];
        let mut ev_s = vec![0u32; depth + 1];
        let mut ev_l = vec![0u32; depth + 1];
        let mut both_fractional = vec![0i64; depth + 1];
        for &(ls, ll) in items {
            let (ts, bs) = (s.starts[ls], s.starts[ls] + s.sizes[ls] - 1);
            let (tl, bl) = (l.starts[ll], l.starts[ll] + l.sizes[ll] - 1);
            if ties == TieTreatment::W {
                full_both[ts.max(tl)] += 1;
                continue;
            }
            full_both[bs.max(bl)] += 1;
            if bl.max(ts) < bs {
                ev_s[bl.max(ts)] += 1;
            }
            if bs.max(tl) < bl {
                ev_l[bs.max(tl)] += 1;
            }
            if ts.max(tl) < bs.min(bl) {
                both_fractional[ts.max(tl)] += 1;
                both_fractional[bs.min(bl)] -= 1;
            }
        }
        for d in 1..=depth {
            full_both[d] += full_both[d - 1];
            ev_s[d] += ev_s[d - 1];
            ev_l[d] += ev_l[d - 1];
            both_fractional[d] += both_fractional[d - 1];
        }
        Self {
            full_both,
            ev_s,
            ev_l,
            both_fractional,
        }
    }

    /// Events in positions [from, to] of a prefix-summed event array.
    fn window(events: &[u32], from: usize, to: usize) -> u32 {
        events[to] - if from == 0 { 0 } else { events[from - 1] }
    }
}

struct Scores<'a> {
    s: usize,
    l: usize,
    shared: usize,
    p: f64,
    ties: TieTreatment,
    s_side: &'a Side,
    l_side: &'a Side,
    counts: &'a DepthCounts,
    only_before: &'a [usize],
}

impl Scores<'_> {
    /// X_d: Σ over shared items of c_S · c_L at 0-based depth d.
    ///
    /// At any depth at most one tie group per ranking is partly seen, so the
    /// sum splits into items fully seen in both (an integer count), items
    /// partly seen in one side and fully in the other (a count times that
    /// side's fraction) and items partly seen in both (a count times both
    /// fractions).
    fn overlap(&self, d: usize) -> f64 {
        let c = self.counts;
        let full = c.full_both[d] as f64;
        if self.ties == TieTreatment::W {
            return full;
        }
        let frac_s = (d < self.s).then(|| self.s_side.fraction(d)).flatten();
        let frac_l = self.l_side.fraction(d);
        let mut x = full;
        if let Some(fs) = frac_s {
            let (_, t, _) = self.s_side.group(d);
            x += fs * DepthCounts::window(&c.ev_s, t, d) as f64;
        }
        if let Some(fl) = frac_l {
            let (_, t, _) = self.l_side.group(d);
            x += fl * DepthCounts::window(&c.ev_l, t, d) as f64;
        }
        if let (Some(fs), Some(fl)) = (frac_s, frac_l) {
            x += fs * fl * c.both_fractional[d] as f64;
        }
        x
    }

    /// Agreement A_d in the first section (depth d < s).
    fn agreement_seen(&self, d: usize, x: f64) -> f64 {
        match self.ties {
            TieTreatment::W => 2.0 * x / (self.s_side.seen_w(d) + self.l_side.seen_w(d)) as f64,
            TieTreatment::A => x / (d + 1) as f64,
            TieTreatment::B => {
                x / self.s_side.sum_squares(d).sqrt() / self.l_side.sum_squares(d).sqrt()
            }
        }
    }

    /// Agreement A_d in the second section (s <= d < l), where S is padded
    /// with d + 1 - s unseen items.
    fn agreement_padded(&self, d: usize, x: f64) -> f64 {
        match self.ties {
            TieTreatment::W => 2.0 * x / ((d + 1) + self.l_side.seen_w(d)) as f64,
            TieTreatment::A => x / (d + 1) as f64,
            TieTreatment::B => x / ((d + 1) as f64).sqrt() / self.l_side.sum_squares(d).sqrt(),
        }
    }

    /// The L-only items at depth d: how many are fully seen (F), how many
    /// are partly seen (m), and the fraction of those.
    fn only_long(&self, d: usize) -> (usize, usize, f64) {
        let (level, _, _) = self.l_side.group(d);
        let fraction = match self.ties {
            TieTreatment::W => None,
            _ => self.l_side.fraction(d),
        };
        match fraction {
            Some(f) => {
                let before = self.only_before[level];
                (before, self.only_before[level + 1] - before, f)
            }
            None => (self.only_before[level + 1], 0, 1.0),
        }
    }

    fn compute(&self) -> Rbo {
        let (s, l, p) = (self.s, self.l, self.p);
        // Section 1 (d < s) is common to the three scores; section 2
        // (s <= d < l) differs in what it assumes of S's unseen items.
        let mut first = 0.0;
        let (mut second_min, mut second_max, mut second_ext) = (0.0, 0.0, 0.0);
        let mut last_seen = 0.0; // A at depth s, the shorter list's end
        let mut power = 1.0;
        for d in 0..l {
            power *= p;
            let x = self.overlap(d);
            if d < s {
                let a = self.agreement_seen(d, x);
                first += a * power;
                last_seen = a;
                continue;
            }
            let k = d - s + 1;
            let (full, partial, fraction) = self.only_long(d);
            // Most overlap: S's next k items are the first k L-only items.
            let unseen_max = if k > full {
                full as f64 + (k - full).min(partial) as f64 * fraction
            } else {
                k as f64
            };
            // Mean contribution of the L-only items seen at all at depth d;
            // at least one is seen there, since d + 1 > s >= shared items.
            let seen = full + partial;
            let mean = if seen == 0 {
                0.0
            } else {
                (full as f64 + partial as f64 * fraction) / seen as f64
            };
            second_min += self.agreement_padded(d, x) * power;
            second_max += self.agreement_padded(d, x + unseen_max) * power;
            second_ext += self.agreement_padded(d, x + k as f64 * last_seen * mean) * power;
        }
        let (seen_min, seen_max, seen_ext) =
            (first + second_min, first + second_max, first + second_ext);
        let xl = self.shared as f64;
        let tail_min = {
            let mut partial = 0.0;
            let mut pw = 1.0;
            for d in 1..=l {
                pw *= p;
                partial += pw / d as f64;
            }
            xl * (-(-p).ln_1p() - partial)
        };
        let tail_max = {
            let f = l + s - self.shared;
            let mut total = 0.0;
            let mut pw = pw_at(p, l);
            for d in l + 1..=f {
                pw *= p;
                total += (2.0 * d as f64 - l as f64 - s as f64 + xl) / d as f64 * pw;
            }
            total + pw_at(p, f + 1) / (1.0 - p)
        };
        let tail_ext = (xl + (l - s) as f64 * last_seen) / l as f64 * pw_at(p, l + 1) / (1.0 - p);
        let scale = (1.0 - p) / p;
        // Rounding can stray an ulp past the bounds the scores obey exactly.
        let min = (scale * (seen_min + tail_min)).clamp(0.0, 1.0);
        let max = (scale * (seen_max + tail_max)).clamp(min, 1.0);
        let ext = (scale * (seen_ext + tail_ext)).clamp(min, max);
        Rbo {
            min,
            max,
            res: max - min,
            ext,
        }
    }
}

/// p^n for a depth n, saturating to 0 for depths past `i32::MAX`.
fn pw_at(p: f64, n: usize) -> f64 {
    i32::try_from(n).map_or(0.0, |n| p.powi(n))
}
