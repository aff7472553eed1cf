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

/// Rank-biased overlap of two rankings, with a persistence (the papers' p)
/// and a tie treatment (Webber, Moffat & Zobel 2010; Corsi & Urbano 2024).
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
/// [`Error::InvalidPersistence`] when `persistence` is not strictly between 0 and 1
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
pub fn rbo<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    persistence: f64,
    ties: TieTreatment,
) -> Result<Rbo> {
    if !in_open_unit(persistence) {
        return Err(Error::InvalidPersistence { persistence });
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
    // One look-up per item of S; from then on only positions and levels.
    let mut shared_per_long_level = vec![0u32; l_side.spans.len()];
    let mut counts = DepthCounts::new(l_side.len(), ties);
    let mut shared = 0;
    for (item, &ls) in short.items().zip(short.levels_by_position()) {
        if let Some(pl) = long.position_of(item) {
            let ll = l_side.level_at[pl] as usize;
            shared_per_long_level[ll] += 1;
            counts.add(s_side.spans[ls as usize], l_side.spans[ll]);
            shared += 1;
        }
    }
    let counts = counts.finish();
    // L-only items before each level of L.
    let mut only_before = Vec::with_capacity(l_side.spans.len() + 1);
    only_before.push(0usize);
    for (&(t, b), &shared) in l_side.spans.iter().zip(&shared_per_long_level) {
        only_before.push(only_before.last().copied().unwrap_or(0) + (b + 1 - t) - shared as usize);
    }
    Ok(Scores {
        s: short.len(),
        l: long.len(),
        shared,
        persistence,
        ties,
        s_side: &s_side,
        l_side: &l_side,
        counts: &counts,
        only_before: &only_before,
    }
    .compute())
}

/// A ranking's tie groups by position: the level at each position, and each
/// level's first and last position (together, so one look-up finds both).
struct Side<'r> {
    level_at: &'r [u32],
    spans: Vec<(usize, usize)>,
}

impl<'r> Side<'r> {
    fn new<T: Item>(r: &'r Ranking<T>) -> Self {
        let mut spans = Vec::with_capacity(r.level_count());
        let mut start = 0;
        for level in r.levels() {
            spans.push((start, start + level.len() - 1));
            start += level.len();
        }
        Self {
            level_at: r.levels_by_position(),
            spans,
        }
    }

    /// The number of items on level l.
    fn size(&self, l: usize) -> usize {
        let (t, b) = self.spans[l];
        b + 1 - t
    }

    fn len(&self) -> usize {
        self.level_at.len()
    }

    /// The tie group containing position d: (level, first, last position).
    fn group(&self, d: usize) -> (usize, usize, usize) {
        let l = self.level_at[d] as usize;
        let (t, b) = self.spans[l];
        (l, t, b)
    }

    /// The a/b contribution of every item of the group at position d, when
    /// d does not end it: (d - t + 1) / g. `None` when d ends the group
    /// (every item of it is then fully seen).
    fn fraction(&self, d: usize) -> Option<f64> {
        let (_, t, b) = self.group(d);
        (d < b).then(|| (d - t + 1) as f64 / (b + 1 - t) as f64)
    }

    /// Σ c² over the ranking's items at depth d (a/b contributions).
    fn sum_squares(&self, d: usize) -> f64 {
        if d >= self.len() {
            return self.len() as f64;
        }
        match self.fraction(d) {
            Some(f) => {
                let (l, t, _) = self.group(d);
                t as f64 + self.size(l) as f64 * f * f
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
/// is exact up to one product of fractions (see `overlap`). The four counts
/// of a depth share one 16-byte record, so recording an item touches one
/// cache line per depth it marks.
struct DepthCounts {
    /// Per depth d: [shared items fully seen in both by d (w: seen at all);
    /// prefix sums of events where an S-fractional item becomes fully seen
    /// in L; the same for L-fractional items seen fully in S; shared items
    /// inside both of their tie windows at d]. The last is kept as a
    /// difference array while counting, in wrapping arithmetic: its prefix
    /// sums are counts of items, so they fit.
    at: Vec<[u32; 4]>,
    ties: TieTreatment,
}

const FULL_BOTH: usize = 0;
const EV_S: usize = 1;
const EV_L: usize = 2;
const BOTH_FRACTIONAL: usize = 3;

impl DepthCounts {
    /// Counts for depths 0 to `depth` (the longer list's length).
    fn new(depth: usize, ties: TieTreatment) -> Self {
        Self {
            at: vec![[0; 4]; depth + 1],
            ties,
        }
    }

    /// Records a shared item by its tie windows (first, last position) in S
    /// and in L.
    fn add(&mut self, (ts, bs): (usize, usize), (tl, bl): (usize, usize)) {
        if self.ties == TieTreatment::W {
            self.at[ts.max(tl)][FULL_BOTH] += 1;
            return;
        }
        self.at[bs.max(bl)][FULL_BOTH] += 1;
        if bl.max(ts) < bs {
            self.at[bl.max(ts)][EV_S] += 1;
        }
        if bs.max(tl) < bl {
            self.at[bs.max(tl)][EV_L] += 1;
        }
        if ts.max(tl) < bs.min(bl) {
            let count = &mut self.at[ts.max(tl)][BOTH_FRACTIONAL];
            *count = count.wrapping_add(1);
            let count = &mut self.at[bs.min(bl)][BOTH_FRACTIONAL];
            *count = count.wrapping_sub(1);
        }
    }

    /// Turns the recorded events into prefix sums by depth.
    fn finish(mut self) -> Self {
        for d in 1..self.at.len() {
            let before = self.at[d - 1];
            for (count, prior) in self.at[d].iter_mut().zip(before) {
                *count = count.wrapping_add(prior);
            }
        }
        self
    }

    fn get(&self, d: usize, which: usize) -> u32 {
        self.at[d][which]
    }

    /// Events in positions [from, to] of a prefix-summed event count.
    fn window(&self, which: usize, from: usize, to: usize) -> u32 {
        self.at[to][which]
            - if from == 0 {
                0
            } else {
                self.at[from - 1][which]
            }
    }
}

struct Scores<'a> {
    s: usize,
    l: usize,
    shared: usize,
    persistence: f64,
    ties: TieTreatment,
    s_side: &'a Side<'a>,
    l_side: &'a Side<'a>,
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
        let full = c.get(d, FULL_BOTH) as f64;
        if self.ties == TieTreatment::W {
            return full;
        }
        let frac_s = (d < self.s).then(|| self.s_side.fraction(d)).flatten();
        let frac_l = self.l_side.fraction(d);
        let mut x = full;
        if let Some(fs) = frac_s {
            let (_, t, _) = self.s_side.group(d);
            x += fs * c.window(EV_S, t, d) as f64;
        }
        if let Some(fl) = frac_l {
            let (_, t, _) = self.l_side.group(d);
            x += fl * c.window(EV_L, t, d) as f64;
        }
        if let (Some(fs), Some(fl)) = (frac_s, frac_l) {
            x += fs * fl * c.get(d, BOTH_FRACTIONAL) as f64;
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
        let (s, l, p) = (self.s, self.l, self.persistence);
        // Section 1 (d < s) is common to the three scores; section 2
        // (s <= d < l) differs in what it assumes of S's unseen items.
        let mut first = 0.0;
        let (mut second_min, mut second_max, mut second_ext) = (0.0, 0.0, 0.0);
        let mut last_seen = 0.0; // A at depth s, the shorter list's end
        // Depth d + 1 weighs (1 - p) p^d; the sums below carry p^d and the
        // factor 1 - p is applied once at the end. (The usual form weighs
        // p^(d+1) and scales by (1 - p) / p, which overflows for p below
        // about 5.6e-309.)
        // Once p^d falls below the smallest normal float, every later depth
        // adds less than about 1e-307 to any score (agreements are at most
        // 1, and the weights sum to p^d / (1 - p) times 1 - p); only the
        // agreement at the shorter list's end, which `ext` needs, is left.
        // (Multiplying on through subnormals would never reach 0 and is slow.)
        let mut power = 1.0;
        for d in 0..l {
            if power < f64::MIN_POSITIVE {
                if d < s {
                    last_seen = self.agreement_seen(s - 1, self.overlap(s - 1));
                }
                break;
            }
            let x = self.overlap(d);
            if d < s {
                let a = self.agreement_seen(d, x);
                first += a * power;
                last_seen = a;
                power *= p;
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
            // Agreement is linear in the overlap: one normaliser serves all three.
            let weight = self.agreement_padded(d, 1.0) * power;
            second_min += x * weight;
            second_max += (x + unseen_max) * weight;
            second_ext += (x + k as f64 * last_seen * mean) * weight;
            power *= p;
        }
        let (seen_min, seen_max, seen_ext) =
            (first + second_min, first + second_max, first + second_ext);
        let xl = self.shared as f64;
        let tail_min = xl * log_tail(p, l);
        let tail_max = {
            let f = l + s - self.shared;
            let mut total = 0.0;
            let mut pw = pw_at(p, l - 1);
            for d in l + 1..=f {
                pw *= p;
                total += (2.0 * d as f64 - l as f64 - s as f64 + xl) / d as f64 * pw;
            }
            total + pw_at(p, f) / (1.0 - p)
        };
        let tail_ext = (xl + (l - s) as f64 * last_seen) / l as f64 * pw_at(p, l) / (1.0 - p);
        let scale = 1.0 - p;
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

/// The sum over depths d > l of p^(d-1) / d for persistence p: the part
/// of -ln(1 - p) / p past depth l. Below p = 0.995 the series itself, summed
/// until its terms (shrinking by a factor p each) no longer change the
/// total: at most about 7,500 terms, and no cancellation. Above, the closed
/// form less the first l terms, as the series would need too many.
fn log_tail(persistence: f64, l: usize) -> f64 {
    let p = persistence;
    if p < 0.995 {
        let mut total = 0.0;
        let mut pw = pw_at(p, l);
        let mut d = l as f64 + 1.0;
        while pw > 0.0 {
            let term = pw / d;
            total += term;
            if term <= total * f64::EPSILON / 4.0 {
                break;
            }
            pw *= p;
            d += 1.0;
        }
        total
    } else {
        let mut partial = 0.0;
        let mut pw = 1.0;
        for d in 1..=l {
            partial += pw / d as f64;
            pw *= p;
        }
        -(-p).ln_1p() / p - partial
    }
}

/// p^n for a depth n, saturating to 0 for depths past `i32::MAX`.
fn pw_at(p: f64, n: usize) -> f64 {
    i32::try_from(n).map_or(0.0, |n| p.powi(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As p falls to 0, all the weight lands on depth 1, so every score
    /// tends to the agreement there. Persistences this small once overflowed
    /// `(1 - p) / p`: a panic below about 5.6e-309, and scores of 1 above it.
    #[test]
    fn vanishing_persistence_weighs_only_depth_one() {
        let a = Ranking::new(vec![vec![1, 2], vec![3]]).unwrap();
        let b = Ranking::strict([1, 3, 2]).unwrap();
        // Depth 1: b has seen 1; a has seen the tie {1, 2}. w: whole ties,
        // 2·1 / (1 + 2); a: item 1 half seen in a, 0.5 / 1; b: 0.5 over
        // sqrt(1) · sqrt(2 · 0.5²).
        let cases = [
            (TieTreatment::W, 2.0 / 3.0),
            (TieTreatment::A, 0.5),
            (TieTreatment::B, 0.5 / 0.5f64.sqrt()),
        ];
        for (ties, want) in cases {
            for persistence in [5e-324, 1e-315, 1e-310, 5e-309, 6e-309, 1e-300, 1e-100] {
                let r = rbo(&a, &b, persistence, ties).unwrap();
                for (name, v) in [("min", r.min), ("max", r.max), ("ext", r.ext)] {
                    assert!(
                        (v - want).abs() < 1e-12,
                        "{ties} at persistence {persistence:e}: {name} = {v}, want {want}"
                    );
                }
            }
        }
    }

    #[test]
    fn log_tail_equals_the_closed_form() {
        // Where the closed form keeps its digits (a tail not far below 1),
        // the series must agree with it; 0.995 itself takes the closed form.
        let closed = |p: f64, l: usize| {
            -(-p).ln_1p() / p
                - (1..=l)
                    .map(|d| p.powi(i32::try_from(d - 1).unwrap()) / d as f64)
                    .sum::<f64>()
        };
        for (persistence, l) in [
            (1e-3, 0),
            (0.3, 0),
            (0.3, 3),
            (0.9, 5),
            (0.9, 40),
            (0.99, 100),
            (0.9949, 300),
            (0.995, 300),
        ] {
            let (got, want) = (log_tail(persistence, l), closed(persistence, l));
            assert!(
                (got - want).abs() <= 1e-11 * want,
                "persistence {persistence}, l = {l}: {got} vs {want}"
            );
        }
        // Past the last representable power the tail is 0.
        assert_eq!(log_tail(0.5, 5000), 0.0);
    }
}
