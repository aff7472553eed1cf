//! Permutation tests for any measure of agreement.

use std::fmt;

use serde::Serialize;

use super::{Alternative, combine};
use crate::compare::{
    PairCounts, Paired, TieTreatment, Weigher, check_penalty, footrule_levels, rbo, rho,
    shared_levels, weighted_paired,
};
use crate::error::{Error, Result};
use crate::ranking::{Item, Ranking};
use crate::rng::SplitMix64;

/// A measure of agreement, as a statistic for [`permutation_test`].
///
/// Correlations (tau-b, rho, weighted tau) and rank-biased overlap grow with
/// agreement; the distances (footrule, Kendall distance) shrink with it.
/// [`Measure::agreement`] gives the alternative that asks "more agreement
/// than chance" for each.
///
/// ```
/// use security_hierarchy::compare::TieTreatment;
/// use security_hierarchy::inference::{Alternative, Measure};
/// let rbo = Measure::Rbo { persistence: 0.9, ties: TieTreatment::W };
/// assert_eq!(rbo.to_string(), "rbo (persistence 0.9, ties w)");
/// assert_eq!(Measure::Footrule.agreement(), Alternative::Less);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "measure", rename_all = "kebab-case")]
pub enum Measure {
    /// Kendall's tau-b ([`PairCounts::tau_b`]).
    TauB,
    /// Spearman's rho ([`spearman`](crate::compare::spearman)).
    Spearman,
    /// Spearman's footrule distance ([`footrule`](crate::compare::footrule)).
    Footrule,
    /// Vigna's weighted tau with the hyperbolic weigher
    /// ([`weighted_tau`](crate::compare::weighted_tau)).
    WeightedTau,
    /// The Kendall distance with a tie penalty in [0, 1]
    /// ([`PairCounts::distance`]).
    KendallDistance {
        /// The cost of a pair tied in exactly one ranking.
        tie_penalty: f64,
    },
    /// Rank-biased overlap's extrapolated score `ext`
    /// ([`rbo`](crate::compare::rbo)); it reads the full lists, so the items
    /// only one side holds stay where they are while the shared ones move.
    Rbo {
        /// The persistence, in (0, 1).
        persistence: f64,
        /// How ties are read.
        ties: TieTreatment,
    },
}

impl Measure {
    /// Whether a smaller value means more agreement (the distances).
    pub fn is_distance(&self) -> bool {
        matches!(self, Measure::Footrule | Measure::KendallDistance { .. })
    }

    /// The one-sided alternative for "the rankings agree more than chance":
    /// [`Alternative::Less`] for a distance, [`Alternative::Greater`]
    /// otherwise.
    pub fn agreement(&self) -> Alternative {
        if self.is_distance() {
            Alternative::Less
        } else {
            Alternative::Greater
        }
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Measure::TauB => f.write_str("tau-b"),
            Measure::Spearman => f.write_str("spearman"),
            Measure::Footrule => f.write_str("footrule"),
            Measure::WeightedTau => f.write_str("weighted-tau"),
            Measure::KendallDistance { tie_penalty } => {
                write!(f, "kendall-distance (tie penalty {tie_penalty})")
            }
            Measure::Rbo { persistence, ties } => {
                write!(f, "rbo (persistence {persistence}, ties {ties})")
            }
        }
    }
}

/// Options of a permutation test: the alternative, how many permutations
/// may be enumerated, and the Monte Carlo sample otherwise.
///
/// Defaults: two-sided; exact up to 40,320 permutations (every order of 8
/// shared items); otherwise 9,999 random permutations from seed 2024.
///
/// ```
/// use security_hierarchy::inference::{Alternative, Permutations};
/// let options = Permutations::new().alternative(Alternative::Greater).resamples(999).seed(7);
/// assert_eq!(options, Permutations::from(Alternative::Greater).resamples(999).seed(7));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Permutations {
    pub(super) alternative: Alternative,
    pub(super) exact_limit: u64,
    pub(super) resamples: u64,
    pub(super) seed: u64,
}

impl Default for Permutations {
    fn default() -> Self {
        Self {
            alternative: Alternative::TwoSided,
            exact_limit: 40_320,
            resamples: 9_999,
            seed: 2024,
        }
    }
}

impl Permutations {
    /// The defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the alternative hypothesis.
    pub fn alternative(mut self, alternative: Alternative) -> Self {
        self.alternative = alternative;
        self
    }

    /// Enumerates every permutation when there are at most `limit` of them
    /// (n! for n shared items), samples otherwise. The work is `limit`
    /// evaluations of the measure at most.
    pub fn exact_limit(mut self, limit: u64) -> Self {
        self.exact_limit = limit;
        self
    }

    /// Sets the number of random permutations drawn when the test is not
    /// exact. Must be at least 1.
    pub fn resamples(mut self, resamples: u64) -> Self {
        self.resamples = resamples;
        self
    }

    /// Sets the seed of the random permutations: a seed always gives the
    /// same p-value.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }
}

impl From<Alternative> for Permutations {
    fn from(alternative: Alternative) -> Self {
        Self::new().alternative(alternative)
    }
}

/// The result of [`permutation_test`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PermutationTest {
    /// The measure tested.
    pub measure: Measure,
    /// Its observed value.
    pub statistic: f64,
    /// The p-value: the share of permutations at least as extreme as the
    /// observed value when exact, (b + 1)/(m + 1) for b of m random ones
    /// otherwise; two-sided is twice the smaller tail, at most 1.
    pub p_value: f64,
    /// The alternative tested.
    pub alternative: Alternative,
    /// The number of permutations evaluated (n! when exact).
    pub permutations: u64,
    /// Whether every permutation was evaluated.
    pub exact: bool,
    /// The number of shared items.
    pub items: u64,
}

/// Tests a measure of agreement between `a` and `b` against chance, by
/// permuting `b`'s order of the items the two share.
///
/// The null hypothesis: every assignment of the shared items to the places
/// `b` gives them is equally likely. Ties are kept as ties (`b`'s levels
/// keep their sizes) and the items only one side holds keep their places,
/// which matters for rank-biased overlap. With n shared items there are n!
/// assignments: up to [`Permutations::exact_limit`] (default 8! = 40,320)
/// all are evaluated (Heap's algorithm, one swap apart) and the p-value is
/// exact; above it [`Permutations::resamples`] random ones are drawn from
/// [`Permutations::seed`] and the p-value is (b + 1)/(m + 1), which counts
/// the observed order as one of the sample (Phipson & Smyth 2010). Values
/// within 100 machine epsilons of the observed one count as equal, as in
/// `scipy.stats.permutation_test`, whose p-values these equal where it
/// enumerates every pairing.
///
/// Cost: one evaluation of the measure per permutation, O(n log n) each for
/// the pairwise measures and O(|a| + |b|) for RBO.
///
/// # Errors
/// [`Error::ZeroResamples`] when `resamples` is 0; [`Error::TooFewShared`]
/// with fewer than two shared items; [`Error::AllTied`] when the measure is
/// undefined because a side puts every shared item on one level (tau-b,
/// rho, weighted tau); [`Error::InvalidPenalty`] and
/// [`Error::InvalidPersistence`] for a measure's parameter out of range.
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::TieTreatment;
/// use security_hierarchy::inference::{Alternative, Measure, Permutations, permutation_test};
///
/// let a = Ranking::strict(["party", "unity", "economy", "world", "climate"])?;
/// let b = Ranking::strict(["party", "unity", "world", "economy", "tech"])?;
/// let rbo = Measure::Rbo { persistence: 0.9, ties: TieTreatment::W };
/// let test = permutation_test(&a, &b, rbo, Alternative::Greater)?;
/// assert!(test.exact && test.permutations == 24);
/// assert!(test.p_value > 0.05, "four shared items cannot show much");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn permutation_test<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    measure: Measure,
    options: impl Into<Permutations>,
) -> Result<PermutationTest> {
    let options = options.into();
    if options.resamples == 0 {
        return Err(Error::ZeroResamples);
    }
    let mut shared = Vec::new();
    let (level_a, level_b) = shared_levels(a, b, |item| shared.push(item));
    let n = level_a.len();
    if n < 2 {
        return Err(Error::TooFewShared {
            test: "a permutation test",
            needed: 2,
            shared: n,
        });
    }
    let mut evaluate = Evaluator::new(a, b, &shared, level_a, measure)?;
    let Some(statistic) = evaluate.at(&level_b)? else {
        return Err(all_tied(measure, &evaluate.level_a, &level_b));
    };
    let outcome = resample(&level_b, statistic, &options, |levels| evaluate.at(levels))?;
    Ok(PermutationTest {
        measure,
        statistic,
        p_value: outcome.p_value,
        alternative: options.alternative,
        permutations: outcome.permutations,
        exact: outcome.exact,
        items: n as u64,
    })
}

/// The error for a measure left undefined by a side with one level.
fn all_tied(measure: Measure, level_a: &[u32], level_b: &[u32]) -> Error {
    let flat = |l: &[u32]| l.iter().all(|&x| x == l[0]);
    let side = if flat(level_a) { "a" } else { "b" };
    debug_assert!(flat(level_a) || flat(level_b));
    let test = match measure {
        Measure::TauB => "Kendall's tau-b",
        Measure::Spearman => "Spearman's rho",
        _ => "weighted tau",
    };
    Error::AllTied {
        test,
        side: side.to_string(),
        items: level_a.len(),
    }
}

/// A p-value from a null distribution, exact or sampled.
pub(crate) struct Outcome {
    pub(crate) p_value: f64,
    pub(crate) permutations: u64,
    pub(crate) exact: bool,
}

/// Counts of null values at or below, and at or above, an observed value.
pub(crate) struct Tally {
    observed: f64,
    tolerance: f64,
    less: u64,
    greater: u64,
}

impl Tally {
    pub(crate) fn new(observed: f64) -> Self {
        Self {
            observed,
            tolerance: 100.0 * f64::EPSILON * observed.abs(),
            less: 0,
            greater: 0,
        }
    }

    /// Records one null value; `None` (never produced by the built-in
    /// measures, whose definedness survives the permutations) counts as
    /// neither tail.
    pub(crate) fn add(&mut self, value: Option<f64>) {
        if let Some(v) = value {
            self.less += u64::from(v <= self.observed + self.tolerance);
            self.greater += u64::from(v >= self.observed - self.tolerance);
        }
    }

    /// The p-value of `count` values, exact or with the (b + 1)/(m + 1)
    /// correction.
    pub(crate) fn finish(self, alternative: Alternative, count: u64, exact: bool) -> Outcome {
        let extra = if exact { 0.0 } else { 1.0 };
        let denominator = count as f64 + extra;
        let less = (self.less as f64 + extra) / denominator;
        let greater = (self.greater as f64 + extra) / denominator;
        Outcome {
            p_value: combine(alternative, less, greater),
            permutations: count,
            exact,
        }
    }
}

/// n!, or `None` past u64.
pub(crate) fn factorial(n: usize) -> Option<u64> {
    (1..=n as u64).try_fold(1u64, u64::checked_mul)
}

/// Evaluates `statistic` on every permutation of `levels` (when n! is within
/// the exact limit) or on a seeded sample of them, and tallies the p-value.
fn resample(
    levels: &[u32],
    observed: f64,
    options: &Permutations,
    mut statistic: impl FnMut(&[u32]) -> Result<Option<f64>>,
) -> Result<Outcome> {
    let mut tally = Tally::new(observed);
    let mut work = levels.to_vec();
    if let Some(count) = factorial(levels.len()).filter(|&count| count <= options.exact_limit) {
        // Orders that differ only within one of b's ties are the same
        // ranking, and each distinct arrangement of the levels stands for
        // the same number of orders, so visiting each arrangement once
        // (in lexicographic order) gives the same p-value.
        work.sort_unstable();
        let mut distinct = 0;
        loop {
            tally.add(statistic(&work)?);
            distinct += 1;
            if !next_arrangement(&mut work) {
                break;
            }
        }
        let mut outcome = tally.finish(options.alternative, distinct, true);
        outcome.permutations = count;
        return Ok(outcome);
    }
    let mut rng = SplitMix64::new(options.seed);
    for _ in 0..options.resamples {
        rng.shuffle(&mut work);
        tally.add(statistic(&work)?);
    }
    Ok(tally.finish(options.alternative, options.resamples, false))
}

/// Steps `seq` to the next arrangement in lexicographic order; `false`
/// (leaving it sorted descending) after the last. Repeated values give each
/// distinct arrangement once. O(n) worst case, O(1) amortised.
fn next_arrangement(seq: &mut [u32]) -> bool {
    let Some(i) = (1..seq.len()).rev().find(|&i| seq[i - 1] < seq[i]) else {
        return false;
    };
    let pivot = i - 1;
    let j = (i..seq.len())
        .rev()
        .find(|&j| seq[j] > seq[pivot])
        .expect("seq[i] exceeds the pivot");
    seq.swap(pivot, j);
    seq[i..].reverse();
    true
}

/// Heap's algorithm, one step at a time: each [`Heap::next`] names the two
/// positions to swap next. Applying the n! - 1 swaps in turn to any sequence
/// of n visits each of its n! orders once (the first being the sequence as
/// it stands); after that `next` gives `None` and [`Heap::reset`] starts a
/// new round from wherever the sequence is.
pub(crate) struct Heap {
    c: Vec<usize>,
    i: usize,
}

impl Heap {
    pub(crate) fn new(n: usize) -> Self {
        Self {
            c: vec![0; n],
            i: 1,
        }
    }

    pub(crate) fn next(&mut self) -> Option<(usize, usize)> {
        while self.i < self.c.len() {
            let i = self.i;
            if self.c[i] < i {
                let swap = if i % 2 == 0 { (0, i) } else { (self.c[i], i) };
                self.c[i] += 1;
                self.i = 1;
                return Some(swap);
            }
            self.c[i] = 0;
            self.i += 1;
        }
        None
    }

    pub(crate) fn reset(&mut self) {
        self.c.fill(0);
        self.i = 1;
    }
}

/// A measure evaluated on `b`'s levels of the shared items (in `a`'s
/// order), with everything that does not move prepared once.
struct Evaluator {
    measure: Measure,
    level_a: Vec<u32>,
    identity: Vec<u32>,
    /// The runs of equal `level_a` longer than one item (start, end).
    runs: Vec<(usize, usize)>,
    /// `b`'s levels sorted within each run, for pair counting.
    buffer: Vec<u32>,
    /// For RBO: `a` over item ids, and `b`'s levels holding only the items
    /// `b` alone has (the shared items, ids 0..n, are placed per call).
    lists: Option<(Ranking<u32>, Vec<Vec<u32>>)>,
}

impl Evaluator {
    fn new<T: Item>(
        a: &Ranking<T>,
        b: &Ranking<T>,
        shared: &[&T],
        level_a: Vec<u32>,
        measure: Measure,
    ) -> Result<Self> {
        if let Measure::KendallDistance { tie_penalty } = measure {
            check_penalty(tie_penalty)?;
        }
        let lists = match measure {
            Measure::Rbo { .. } => Some(id_lists(a, b, shared)?),
            _ => None,
        };
        let identity = (0..level_a.len() as u32).collect();
        let mut runs = Vec::new();
        let mut start = 0;
        for end in 1..=level_a.len() {
            if end == level_a.len() || level_a[end] != level_a[start] {
                if end - start > 1 {
                    runs.push((start, end));
                }
                start = end;
            }
        }
        Ok(Self {
            measure,
            buffer: vec![0; level_a.len()],
            level_a,
            identity,
            runs,
            lists,
        })
    }

    /// The measure with the shared item i on `b`'s level `level_b[i]`.
    fn at(&mut self, level_b: &[u32]) -> Result<Option<f64>> {
        let paired = |level_a: &[u32], identity: &[u32]| {
            Paired::new(level_a.to_vec(), level_b.to_vec(), identity.to_vec())
        };
        Ok(match self.measure {
            Measure::TauB => self.counts(level_b).tau_b(),
            Measure::Spearman => rho(&self.level_a, level_b),
            Measure::Footrule => Some(footrule_levels(&self.level_a, level_b).distance),
            Measure::WeightedTau => weighted_paired(
                &paired(&self.level_a, &self.identity),
                &Weigher::hyperbolic(),
            )?,
            Measure::KendallDistance { tie_penalty } => {
                Some(self.counts(level_b).distance(tie_penalty)?)
            }
            Measure::Rbo { persistence, ties } => {
                let (a_ids, b_rest) = self.lists.as_ref().expect("built for RBO");
                let mut levels = b_rest.clone();
                for (id, &level) in level_b.iter().enumerate() {
                    levels[level as usize].push(id as u32);
                }
                let b_ids = Ranking::new(levels)?;
                Some(rbo(a_ids, &b_ids, persistence, ties)?.ext)
            }
        })
    }
}

impl Evaluator {
    /// The pair counts, without building a [`Paired`]: the shared items are
    /// in `a`'s order, so sorting `b`'s levels within each run of `a`'s
    /// suffices. O(n log n), no allocation beyond the merge sort's.
    fn counts(&mut self, level_b: &[u32]) -> PairCounts {
        self.buffer.copy_from_slice(level_b);
        for &(start, end) in &self.runs {
            self.buffer[start..end].sort_unstable();
        }
        PairCounts::from_sorted(&self.level_a, &mut self.buffer)
    }
}

/// `a` over ids (shared items 0..n in `a`'s order, then `a`'s own items),
/// and `b`'s levels with only its own items (ids after those of `a`).
fn id_lists<T: Item>(
    a: &Ranking<T>,
    b: &Ranking<T>,
    shared: &[&T],
) -> Result<(Ranking<u32>, Vec<Vec<u32>>)> {
    let index: std::collections::HashMap<&T, u32> = shared
        .iter()
        .enumerate()
        .map(|(i, &item)| (item, i as u32))
        .collect();
    let mut next = shared.len() as u32;
    let mut fresh = || {
        next += 1;
        next - 1
    };
    let a_levels: Vec<Vec<u32>> = a
        .levels()
        .map(|level| {
            level
                .iter()
                .map(|item| index.get(item).copied().unwrap_or_else(&mut fresh))
                .collect()
        })
        .collect();
    let b_rest = b
        .levels()
        .map(|level| {
            level
                .iter()
                .filter(|item| !index.contains_key(item))
                .map(|_| fresh())
                .collect()
        })
        .collect();
    Ok((Ranking::new(a_levels)?, b_rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heaps_algorithm_visits_every_order_once() {
        for n in 1..=6 {
            let mut seq: Vec<usize> = (0..n).collect();
            let mut heap = Heap::new(n);
            for round in 0..2 {
                let mut seen = std::collections::HashSet::new();
                seen.insert(seq.clone());
                while let Some((i, j)) = heap.next() {
                    seq.swap(i, j);
                    assert!(seen.insert(seq.clone()), "round {round} repeated {seq:?}");
                }
                assert_eq!(seen.len() as u64, factorial(n).unwrap());
                heap.reset();
            }
        }
    }

    #[test]
    fn zero_resamples_is_refused() {
        let a = Ranking::strict([1, 2, 3]).unwrap();
        let err =
            permutation_test(&a, &a, Measure::TauB, Permutations::new().resamples(0)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a permutation test needs at least one resample; `resamples` is 0"
        );
    }
}
