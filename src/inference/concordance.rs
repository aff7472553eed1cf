//! Kendall's W: the concordance of several rankings.

use std::fmt;

use indexmap::IndexMap;
use serde::Serialize;

use super::Alternative;
use super::distributions::chi_square_sf;
use super::permutation::{Heap, Outcome, Permutations, Tally, factorial};
use crate::compare::average_ranks;
use crate::error::{Error, Result};
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::rng::SplitMix64;
use crate::via::Via;

const TEST: &str = "Kendall's W";

/// Options of [`Concordance::new`] and [`concordance`]: whether to add a permutation p-value, and
/// how. Without one, only the chi-square p-value is computed.
///
/// ```
/// use security_hierarchy::inference::{Alternative, ConcordanceOptions, Permutations};
/// let options = ConcordanceOptions::new()
///     .permutations(Permutations::new().alternative(Alternative::Greater).seed(1));
/// assert_ne!(options, ConcordanceOptions::new());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ConcordanceOptions {
    permutations: Option<Permutations>,
}

impl ConcordanceOptions {
    /// No permutation p-value.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a permutation p-value with these options. Use
    /// [`Alternative::Greater`] to ask whether the rankings agree more than
    /// chance.
    pub fn permutations(mut self, permutations: impl Into<Permutations>) -> Self {
        self.permutations = Some(permutations.into());
        self
    }
}

impl From<Permutations> for ConcordanceOptions {
    fn from(permutations: Permutations) -> Self {
        Self::new().permutations(permutations)
    }
}

/// A p-value from permutations, exact or sampled.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Resampled {
    /// The p-value (the (b + 1)/(m + 1) correction when sampled).
    pub p_value: f64,
    /// The alternative tested.
    pub alternative: Alternative,
    /// The number of permutations evaluated.
    pub permutations: u64,
    /// Whether every permutation was evaluated.
    pub exact: bool,
}

impl From<Outcome> for Resampled {
    fn from(o: Outcome) -> Self {
        Self {
            p_value: o.p_value,
            alternative: Alternative::TwoSided,
            permutations: o.permutations,
            exact: o.exact,
        }
    }
}

/// Kendall's W of several rankings, with its p-values. Built by
/// [`Concordance::new`] from rankings, or by [`concordance`] from hierarchies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concordance<T> {
    /// Kendall's coefficient of concordance W, in [0, 1]: 1 when every
    /// ranking orders the shared items alike, near 0 when they are unrelated.
    pub w: f64,
    /// Friedman's statistic m(n - 1)W (tie-corrected with W).
    pub chi_square: f64,
    /// Its degrees of freedom, n - 1.
    pub df: u64,
    /// The chi-square p-value, P(χ²(n - 1) >= chi_square): large-sample,
    /// rough for few items or rankings.
    pub p_value: f64,
    /// The permutation p-value, when asked for.
    pub permutation: Option<Resampled>,
    /// The number of rankings, m.
    pub rankings: usize,
    /// The n items every ranking holds, in the first ranking's order.
    pub items: Vec<T>,
    /// The items some ranking holds but not all, in order of first
    /// appearance: W leaves them out.
    pub left_out: Vec<T>,
}

impl<T: Item> Concordance<T> {
    /// Kendall's W, the coefficient of concordance of m rankings over the n
    /// items they all hold (Kendall & Babington Smith 1939), with the tie
    /// correction:
    ///
    /// W = 12 S / (m²(n³ - n) - m Σ T), S = Σ_i (R_i - m(n + 1)/2)²,
    ///
    /// where R_i sums item i's average ranks and T = Σ (t³ - t) over each
    /// ranking's groups of t tied items. Its p-value compares m(n - 1)W with
    /// χ²(n - 1), as Friedman's test does (`scipy.stats.friedmanchisquare` gives
    /// the same statistic and p-value). Items not in every ranking are left out
    /// and listed in [`Concordance::left_out`].
    ///
    /// With [`ConcordanceOptions::permutations`], a permutation p-value too:
    /// each ranking but the first is reordered independently (ties kept); all
    /// (n!)^(m-1) combinations are enumerated when within the exact limit,
    /// otherwise a seeded sample is drawn with the (b + 1)/(m + 1) correction.
    ///
    /// Cost: O(m·n) for m rankings of up to n items, with one hash look-up
    /// per item of each ranking; a permutation p-value adds O(m·n) per
    /// permutation.
    ///
    /// # Errors
    /// [`Error::TooFewRankings`] with fewer than two rankings;
    /// [`Error::TooFewShared`] when they share fewer than two items;
    /// [`Error::AllTied`] when every ranking puts all shared items on one level
    /// (W is 0/0); [`Error::ZeroResamples`] for a permutation p-value with no
    /// resamples.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// use security_hierarchy::inference::{Alternative, Concordance, Permutations};
    ///
    /// let rankings = [
    ///     Ranking::strict(["party", "unity", "economy", "world"])?,
    ///     Ranking::strict(["party", "economy", "unity", "world"])?,
    ///     Ranking::strict(["unity", "party", "economy", "climate"])?,
    /// ];
    /// let w = Concordance::new(&rankings, Permutations::from(Alternative::Greater))?;
    /// assert_eq!(w.left_out, ["world", "climate"]);
    /// assert_eq!(w.items.len(), 3);
    /// assert!((w.w - 4.0 / 9.0).abs() < 1e-15);
    /// let exact = w.permutation.expect("asked for");
    /// assert!(exact.exact && exact.permutations == 36);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn new(rankings: &[Ranking<T>], options: impl Into<ConcordanceOptions>) -> Result<Self> {
        let options = options.into();
        let m = rankings.len();
        if m < 2 {
            return Err(Error::TooFewRankings { got: m });
        }
        if options.permutations.is_some_and(|p| p.resamples == 0) {
            return Err(Error::ZeroResamples);
        }
        // One index of every item, in order of first appearance, built in
        // one pass that also records each ranking's (column, level) pairs:
        // one hash per item of each ranking, and none after it.
        let mut index: IndexMap<&T, usize> = IndexMap::new();
        let mut placed: Vec<Vec<(usize, u32)>> = Vec::with_capacity(m);
        for r in rankings {
            let mut cells = Vec::with_capacity(r.len());
            for (level, group) in r.levels().enumerate() {
                for item in group {
                    let entry = index.entry(item);
                    let column = entry.index();
                    *entry.or_insert(0) += 1;
                    cells.push((column, level as u32));
                }
            }
            placed.push(cells);
        }
        // Items held by every ranking are shared; the first ranking put them
        // in the index first, so they keep its order.
        let mut shared_column = vec![usize::MAX; index.len()];
        let (mut items, mut left_out) = (Vec::new(), Vec::new());
        for (column, (&item, &count)) in index.iter().enumerate() {
            if count == m {
                shared_column[column] = items.len();
                items.push(item);
            } else {
                left_out.push(item);
            }
        }
        let n = items.len();
        if n < 2 {
            return Err(Error::TooFewShared {
                test: TEST,
                needed: 2,
                shared: n,
            });
        }
        let mut ranks = Vec::with_capacity(m);
        let mut ties = 0.0;
        let mut levels = vec![0u32; n];
        for cells in &placed {
            for &(column, level) in cells {
                if let Some(slot) = levels.get_mut(shared_column[column]) {
                    *slot = level;
                }
            }
            ties += tie_sum(&levels);
            ranks.push(average_ranks(&levels));
        }
        let (mf, nf) = (m as f64, n as f64);
        let denominator = mf * mf * (nf * nf * nf - nf) - mf * ties;
        if denominator <= 0.0 {
            return Err(Error::AllTied {
                test: TEST,
                side: format!("1 to {m}"),
                items: n,
            });
        }
        let scale = 12.0 / denominator;
        let center = mf * (nf + 1.0) / 2.0;
        let mut sums = vec![0.0; n];
        for r in &ranks {
            for (s, x) in sums.iter_mut().zip(r) {
                *s += x;
            }
        }
        let w = (scale * spread(&sums, center)).clamp(0.0, 1.0);
        let chi_square = mf * (nf - 1.0) * w;
        let df = n as u64 - 1;
        let permutation = options.permutations.map(|p| {
            let mut resampled =
                Resampled::from(permute(&mut ranks, &mut sums, w, scale, center, &p));
            resampled.alternative = p.alternative;
            resampled
        });
        Ok(Self {
            w,
            chi_square,
            df,
            p_value: chi_square_sf(chi_square, df as f64),
            permutation,
            rankings: m,
            items: items.into_iter().cloned().collect(),
            left_out: left_out.into_iter().cloned().collect(),
        })
    }
}

/// Kendall's W of hierarchies on common ground: each is put there by `via`
/// (see [`Via::ranking`]), then the rankings are measured as by
/// [`Concordance::new`], which lists the items not every hierarchy holds in
/// [`Concordance::left_out`]. Cost: that of [`Via::ranking`] per input, then
/// [`Concordance::new`]'s.
///
/// ```
/// use security_hierarchy::inference::{Alternative, Permutations, concordance};
/// use security_hierarchy::{Via, corpus};
///
/// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("erickson-2019")?];
/// let w = concordance(&docs, &Via::Concern, Permutations::from(Alternative::Greater))?;
/// assert!((0.0..=1.0).contains(&w.w));
/// assert_eq!(w.rankings, 2);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// The errors of [`Via::ranking`] for each input, such as
/// [`Error::NotRanked`] and [`Error::Unmapped`]; then those of
/// [`Concordance::new`].
pub fn concordance(
    hierarchies: &[Hierarchy],
    via: &Via,
    options: impl Into<ConcordanceOptions>,
) -> Result<Concordance<String>> {
    let rankings = via.rankings(hierarchies)?;
    Concordance::new(&rankings, options)
}

impl<T: fmt::Display> fmt::Display for Concordance<T> {
    /// W and its p-values, the shared items and the items left out, one per
    /// line (no newline after the last).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Kendall's W {:.3} over {} shared items and {} rankings",
            self.w,
            self.items.len(),
            self.rankings
        )?;
        write!(
            f,
            "\n  chi-square {:.3} on {} df, p = {:.4} (large-sample approximation)",
            self.chi_square, self.df, self.p_value
        )?;
        if let Some(p) = self.permutation {
            write!(
                f,
                "\n  permutation p = {:.4} ({}, {}, {} permutations)",
                p.p_value,
                if p.exact { "exact" } else { "monte-carlo" },
                p.alternative,
                p.permutations
            )?;
        }
        write!(f, "\n  shared: {}", join(&self.items))?;
        if !self.left_out.is_empty() {
            write!(
                f,
                "\n  left out (not in every ranking): {}",
                join(&self.left_out)
            )?;
        }
        Ok(())
    }
}

fn join<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Σ (t³ - t) over the groups of t equal levels. O(n + levels).
fn tie_sum(levels: &[u32]) -> f64 {
    let top = levels.iter().copied().max().map_or(0, |l| l as usize + 1);
    let mut sizes = vec![0u64; top];
    for &l in levels {
        sizes[l as usize] += 1;
    }
    sizes.iter().map(|&t| (t * t * t - t) as f64).sum()
}

/// Σ (x - center)².
fn spread(sums: &[f64], center: f64) -> f64 {
    sums.iter().map(|s| (s - center) * (s - center)).sum()
}

/// The permutation p-value of W: every ranking but the first reordered.
/// `sums` holds the rank sums of `ranks` and is kept in step with them.
fn permute(
    ranks: &mut [Vec<f64>],
    sums: &mut [f64],
    observed: f64,
    scale: f64,
    center: f64,
    options: &Permutations,
) -> Outcome {
    let n = sums.len();
    let movable = ranks.len() - 1;
    let mut tally = Tally::new(observed);
    let statistic = |sums: &[f64]| Some((scale * spread(sums, center)).clamp(0.0, 1.0));
    let count = factorial(n)
        .and_then(|f| f.checked_pow(movable as u32))
        .filter(|&c| c <= options.exact_limit);
    if let Some(count) = count {
        // An odometer of Heap's algorithms, one per movable ranking: the
        // last turns fastest; each full round of one advances the next.
        let mut heaps: Vec<Heap> = (0..movable).map(|_| Heap::new(n)).collect();
        tally.add(statistic(sums));
        'next: loop {
            for j in (0..movable).rev() {
                if let Some((i, k)) = heaps[j].next() {
                    let r = &mut ranks[j + 1];
                    sums[i] += r[k] - r[i];
                    sums[k] += r[i] - r[k];
                    r.swap(i, k);
                    tally.add(statistic(sums));
                    continue 'next;
                }
                heaps[j].reset();
            }
            break;
        }
        return tally.finish(options.alternative, count, true);
    }
    let mut rng = SplitMix64::new(options.seed);
    for _ in 0..options.resamples {
        sums.copy_from_slice(&ranks[0]);
        for r in ranks.iter_mut().skip(1) {
            rng.shuffle(r);
            for (s, x) in sums.iter_mut().zip(r.iter()) {
                *s += x;
            }
        }
        tally.add(statistic(sums));
    }
    tally.finish(options.alternative, options.resamples, false)
}
