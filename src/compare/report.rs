//! One call that runs every measure and explains the disagreement.

use std::fmt;

use serde::Serialize;

use super::discordant::{self, DiscordantPair};
use super::kendall::PairCounts;
use super::rbo::{Rbo, TieTreatment, rbo};
use super::spearman::{Footrule, average_ranks, footrule_levels, rho};
use super::weighted::{Weigher, weighted_paired};
use super::{Shared, in_open_unit};
use crate::error::{Error, Result};
use crate::hierarchy::Hierarchy;
use crate::inference::{Significance, Test};
use crate::ranking::{Item, Ranking};
use crate::via::Via;

/// Settings for [`compare`] and [`Comparison::new`]: the RBO persistence and tie treatment, the
/// Kendall-distance tie penalty, the weighted-tau weigher, how many movers
/// to list and the names the report gives the two sides.
///
/// ```
/// use security_hierarchy::Ranking;
/// use security_hierarchy::compare::{CompareOptions, Comparison, TieTreatment};
///
/// let a = Ranking::strict(["x", "y", "z"])?;
/// let b = Ranking::strict(["y", "x", "z"])?;
/// let options = CompareOptions::new().persistence(0.8).ties(TieTreatment::B).names("mine", "theirs");
/// let report = Comparison::new(&a, &b, options)?;
/// let first = &report.discordant[0];
/// assert_eq!(first.describe(&report.a, &report.b), "mine puts `x` (level 1) above `y` (level 2); theirs puts `y` (level 1) above `x` (level 2)");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct CompareOptions {
    persistence: f64,
    ties: TieTreatment,
    tie_penalty: f64,
    weigher: Weigher,
    movers: usize,
    max_pairs: usize,
    names: Option<(String, String)>,
    test: Option<Test>,
}

impl Default for CompareOptions {
    fn default() -> Self {
        Self {
            persistence: 0.9,
            ties: TieTreatment::W,
            tie_penalty: 0.5,
            weigher: Weigher::hyperbolic(),
            movers: 5,
            max_pairs: crate::limit::DEFAULT_MAX_PAIRS,
            names: None,
            test: None,
        }
    }
}

impl CompareOptions {
    /// The defaults: RBO with p = 0.9 and ties as equality ([`TieTreatment::W`],
    /// since a hierarchy's level states equal priority), tie penalty 1/2,
    /// the hyperbolic weigher, 5 movers, sides named `a` and `b`.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The RBO persistence p, in (0, 1); checked when the comparison runs.
    #[must_use]
    pub fn persistence(mut self, persistence: f64) -> Self {
        self.persistence = persistence;
        self
    }

    /// The RBO tie treatment.
    pub fn ties(mut self, ties: TieTreatment) -> Self {
        self.ties = ties;
        self
    }

    /// The Kendall-distance tie penalty p, in [0, 1]; checked when the
    /// comparison runs.
    #[must_use]
    pub fn tie_penalty(mut self, tie_penalty: f64) -> Self {
        self.tie_penalty = tie_penalty;
        self
    }

    /// The weigher for weighted tau.
    pub fn weigher(mut self, weigher: Weigher) -> Self {
        self.weigher = weigher;
        self
    }

    /// How many of the largest movers to list (0 for none).
    pub fn movers(mut self, movers: usize) -> Self {
        self.movers = movers;
        self
    }

    /// How many discordant pairs to list ([`crate::limit::DEFAULT_MAX_PAIRS`]
    /// unless set); the total is always in [`Comparison::counts`].
    pub fn max_pairs(mut self, max_pairs: usize) -> Self {
        self.max_pairs = max_pairs;
        self
    }

    /// Adds a significance test of the agreement to the report
    /// ([`Comparison::significance`]); none by default.
    pub fn test(mut self, test: Test) -> Self {
        self.test = Some(test);
        self
    }

    /// The names of the two sides in the report.
    pub fn names(mut self, a: impl Into<String>, b: impl Into<String>) -> Self {
        self.names = Some((a.into(), b.into()));
        self
    }
}

/// A shared item whose rank differs between the two sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mover<T> {
    /// The item.
    pub item: T,
    /// Its average rank among the shared items in `a` (1 is the top).
    pub rank_a: f64,
    /// Its average rank among the shared items in `b`.
    pub rank_b: f64,
    /// `rank_a - rank_b`: positive when `b` ranks it higher than `a` does.
    pub shift: f64,
}

/// Every measure of agreement between two rankings, with the disagreement
/// named item by item. Built by [`compare`] for hierarchies and by
/// [`Comparison::new`] for rankings.
///
/// Pairwise measures are over [`Comparison::shared`]; RBO is over the full
/// lists. `Display` renders a readable report; serde serializes every
/// field (undefined measures as `null`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Comparison<T> {
    /// The name of side `a`.
    pub a: String,
    /// The name of side `b`.
    pub b: String,
    /// The items both rankings hold, in `a`'s order.
    pub shared: Vec<T>,
    /// The items only `a` holds, in `a`'s order.
    pub only_a: Vec<T>,
    /// The items only `b` holds, in `b`'s order.
    pub only_b: Vec<T>,
    /// The pair counts over the shared items.
    pub counts: PairCounts,
    /// Kendall's tau-a; `None` with fewer than two shared items.
    pub tau_a: Option<f64>,
    /// Kendall's tau-b; `None` when a side ties every shared item.
    pub tau_b: Option<f64>,
    /// The tie penalty used for [`Comparison::distance`].
    pub tie_penalty: f64,
    /// The Kendall distance K^(p) with p = [`Comparison::tie_penalty`].
    pub distance: f64,
    /// Spearman's rho; `None` with fewer than two shared items or a side
    /// that ties them all.
    pub spearman: Option<f64>,
    /// Spearman's footrule on average ranks.
    pub footrule: Footrule,
    /// The weigher's name.
    pub weigher: String,
    /// Vigna's weighted tau; `None` where rho is.
    pub weighted_tau: Option<f64>,
    /// The RBO persistence.
    pub persistence: f64,
    /// The RBO tie treatment.
    pub ties: TieTreatment,
    /// Rank-biased overlap of the full lists; `None` when either is empty.
    pub rbo: Option<Rbo>,
    /// The first discordant pairs (at most [`CompareOptions::max_pairs`]),
    /// in `a`'s order of the item `a` puts higher; the total is
    /// `counts.discordant()`.
    pub discordant: Vec<DiscordantPair<T>>,
    /// The largest movers, largest |shift| first (ties in `a`'s order);
    /// items that do not move are left out.
    pub movers: Vec<Mover<T>>,
    /// The significance test asked for with [`CompareOptions::test`]: its
    /// p-value, method and alternative.
    pub significance: Option<Significance>,
}

impl<T: Item> Comparison<T> {
    /// Compares two rankings: every measure, the shared and one-sided items,
    /// the first discordant pairs and the largest movers. Options are a
    /// [`CompareOptions`] (`CompareOptions::new()` for the defaults).
    ///
    /// O((n + k) log n) for n items and k listed pairs
    /// ([`CompareOptions::max_pairs`]). Empty rankings give empty lists,
    /// zero counts and `None` for every undefined measure.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// use security_hierarchy::compare::{CompareOptions, Comparison};
    ///
    /// let a = Ranking::strict(["party", "unity", "economy", "world"])?;
    /// let b = Ranking::strict(["party", "economy", "unity", "climate"])?;
    /// let report = Comparison::new(&a, &b, CompareOptions::new())?;
    /// assert_eq!(report.shared, ["party", "unity", "economy"]);
    /// assert_eq!((report.only_a.as_slice(), report.only_b.as_slice()), (&["world"][..], &["climate"][..]));
    /// assert_eq!((report.discordant[0].first, report.discordant[0].second), ("unity", "economy"));
    /// assert_eq!(report.movers[0].item, "unity");
    /// println!("{report}");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidPersistence`] for a persistence outside (0, 1);
    /// [`Error::InvalidPenalty`] for a tie penalty outside [0, 1];
    /// [`Error::InvalidWeight`] for a weigher giving a bad weight; with a
    /// [`CompareOptions::test`], the errors of that test (such as
    /// [`Error::TooFewShared`]).
    pub fn new(a: &Ranking<T>, b: &Ranking<T>, options: impl Into<CompareOptions>) -> Result<Self> {
        let options = options.into();
        if !in_open_unit(options.persistence) {
            return Err(Error::InvalidPersistence {
                persistence: options.persistence,
            });
        }
        let shared = Shared::new(a, b);
        let paired = &shared.pairs;
        let counts = PairCounts::from_paired(paired);
        let distance = counts.distance(options.tie_penalty)?;
        let weighted_tau = weighted_paired(paired, &options.weigher)?;
        let rbo = if a.is_empty() || b.is_empty() {
            None
        } else {
            Some(rbo(a, b, options.persistence, options.ties)?)
        };
        let (name_a, name_b) = options
            .names
            .clone()
            .unwrap_or_else(|| ("a".to_string(), "b".to_string()));
        let ranks_a = average_ranks(&paired.level_a);
        let ranks_b = average_ranks(&paired.level_b);
        let footrule = footrule_levels(&paired.level_a, &paired.level_b);
        let significance = options.test.map(|t| t.run(a, b)).transpose()?;
        Ok(Comparison {
            shared: shared.items.iter().map(|&x| x.clone()).collect(),
            only_a: a.items().filter(|x| !b.contains(x)).cloned().collect(),
            only_b: b.items().filter(|x| !a.contains(x)).cloned().collect(),
            counts,
            tau_a: counts.tau_a(),
            tau_b: counts.tau_b(),
            tie_penalty: options.tie_penalty,
            distance,
            spearman: rho(&paired.level_a, &paired.level_b),
            footrule,
            weigher: options.weigher.name().to_string(),
            weighted_tau,
            persistence: options.persistence,
            ties: options.ties,
            rbo,
            discordant: discordant::of_shared(&shared, options.max_pairs),
            movers: movers(&shared, &ranks_a, &ranks_b, options.movers),
            significance,
            a: name_a,
            b: name_b,
        })
    }
}

fn movers<T: Item>(
    shared: &Shared<'_, T>,
    ranks_a: &[f64],
    ranks_b: &[f64],
    limit: usize,
) -> Vec<Mover<T>> {
    let mut moved: Vec<usize> = (0..shared.items.len())
        .filter(|&i| ranks_a[i] != ranks_b[i])
        .collect();
    // Stable: equal shifts keep a's order.
    moved.sort_by(|&i, &j| {
        let (si, sj) = (
            (ranks_a[i] - ranks_b[i]).abs(),
            (ranks_a[j] - ranks_b[j]).abs(),
        );
        sj.total_cmp(&si)
    });
    moved
        .into_iter()
        .take(limit)
        .map(|i| Mover {
            item: shared.items[i].clone(),
            rank_a: ranks_a[i],
            rank_b: ranks_b[i],
            shift: ranks_a[i] - ranks_b[i],
        })
        .collect()
}

/// Compares two hierarchies on common ground: each is put there by `via`
/// (see [`Via::ranking`]), then the rankings are compared as by
/// [`Comparison::new`]. The report names the sides by the documents' ids
/// unless `options` names them. O(n log n + D), as [`Comparison::new`].
///
/// ```
/// use security_hierarchy::{Via, corpus};
/// use security_hierarchy::compare::{CompareOptions, compare};
///
/// let pu = corpus::hierarchy("pu-2022")?;
/// let erickson = corpus::hierarchy("erickson-2019")?;
/// let report = compare(&pu, &erickson, &Via::Tier, CompareOptions::new())?;
/// assert_eq!(report.a, "pu-2022");
/// assert_eq!(report.tau_b, Some(1.0));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// The errors of [`Via::ranking`], such as [`Error::NotRanked`] for a
/// partial order or unordered set and [`Error::Unmapped`]; those of
/// [`Comparison::new`].
pub fn compare(
    a: &Hierarchy,
    b: &Hierarchy,
    via: &Via,
    options: impl Into<CompareOptions>,
) -> Result<Comparison<String>> {
    let (ra, rb) = (via.ranking(a)?, via.ranking(b)?);
    let mut options = options.into();
    if options.names.is_none() {
        options.names = Some((a.id().to_string(), b.id().to_string()));
    }
    Comparison::new(&ra, &rb, options)
}

/// A measure to three decimals, or `undefined`.
struct Measure(Option<f64>);

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(x) => write!(f, "{x:.3}"),
            None => f.write_str("undefined"),
        }
    }
}

fn list<T: fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        return "none".to_string();
    }
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Renders a readable multi-line report.
impl<T: fmt::Display> fmt::Display for Comparison<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = (&self.a, &self.b);
        let c = &self.counts;
        writeln!(f, "{a} against {b}")?;
        writeln!(
            f,
            "  shared ({}): {}",
            self.shared.len(),
            list(&self.shared)
        )?;
        writeln!(f, "  only in {a}: {}", list(&self.only_a))?;
        writeln!(f, "  only in {b}: {}", list(&self.only_b))?;
        writeln!(
            f,
            "  pairs: {} concordant, {} discordant, {} tied only in {a}, {} tied only in {b}, {} tied in both",
            c.concordant(),
            c.discordant(),
            c.tied_a(),
            c.tied_b(),
            c.tied_both()
        )?;
        writeln!(
            f,
            "  Kendall tau-a {}, tau-b {}; distance K^({}) = {}",
            Measure(self.tau_a),
            Measure(self.tau_b),
            crate::error::short(self.tie_penalty),
            self.distance
        )?;
        writeln!(
            f,
            "  Spearman rho {}; footrule {} (normalised {})",
            Measure(self.spearman),
            self.footrule.distance,
            Measure(self.footrule.normalized())
        )?;
        writeln!(
            f,
            "  weighted tau ({}) {}",
            self.weigher,
            Measure(self.weighted_tau)
        )?;
        match &self.rbo {
            Some(r) => writeln!(
                f,
                "  RBO (p = {}, ties {}): ext {:.3}, min {:.3}, max {:.3}, res {:.3}",
                crate::error::short(self.persistence),
                self.ties,
                r.ext,
                r.min,
                r.max,
                r.res
            )?,
            None => writeln!(f, "  RBO undefined (an empty ranking)")?,
        }
        if let Some(s) = &self.significance {
            writeln!(f, "  {s}")?;
        }
        if self.discordant.is_empty() {
            writeln!(f, "  no discordant pairs")?;
        } else {
            writeln!(
                f,
                "  discordant pairs ({}):",
                crate::limit::shown_of(self.discordant.len(), c.discordant())
            )?;
            for pair in &self.discordant {
                writeln!(f, "    {}", pair.describe(&self.a, &self.b))?;
            }
        }
        if !self.movers.is_empty() {
            writeln!(f, "  largest movers (average rank among shared items):")?;
            for m in &self.movers {
                let way = if m.shift > 0.0 { "up" } else { "down" };
                writeln!(
                    f,
                    "    {}: {} in {a}, {} in {b} ({way} {})",
                    m.item,
                    m.rank_a,
                    m.rank_b,
                    m.shift.abs()
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_names_pairs_and_movers() {
        let a = Ranking::strict(["x", "y", "z", "w"]).unwrap();
        let b = Ranking::new(vec![vec!["z"], vec!["x", "y"], vec!["v"]]).unwrap();
        let r = Comparison::new(&a, &b, CompareOptions::new()).unwrap();
        assert_eq!(r.shared, ["x", "y", "z"]);
        assert_eq!(r.only_a, ["w"]);
        assert_eq!(r.only_b, ["v"]);
        let pairs: Vec<String> = r.discordant.iter().map(|d| d.describe("a", "b")).collect();
        assert_eq!(
            pairs,
            [
                "a puts `x` (level 1) above `z` (level 3); b puts `z` (level 1) above `x` (level 2)",
                "a puts `y` (level 2) above `z` (level 3); b puts `z` (level 1) above `y` (level 2)"
            ]
        );
        assert_eq!(r.movers[0].item, "z");
        assert_eq!((r.movers[0].rank_a, r.movers[0].rank_b), (3.0, 1.0));
        assert_eq!(r.movers.len(), 3);
        let text = r.to_string();
        assert!(text.contains("only in a: w"), "{text}");
        assert!(text.contains("z: 3 in a, 1 in b (up 2)"), "{text}");
    }

    #[test]
    fn bad_options_are_errors() {
        let a = Ranking::strict([1, 2]).unwrap();
        let err = Comparison::new(&a, &a, CompareOptions::new().persistence(0.0)).unwrap_err();
        assert_eq!(err.to_string(), "RBO persistence p = 0 is outside (0, 1)");
        let err = Comparison::new(&a, &a, CompareOptions::new().tie_penalty(2.0)).unwrap_err();
        assert_eq!(err.to_string(), "tie penalty p = 2 is outside [0, 1]");
    }

    #[test]
    fn empty_rankings_compare_to_undefined() {
        let e = Ranking::<u8>::new(Vec::<Vec<u8>>::new()).unwrap();
        let r = Comparison::new(&e, &e, CompareOptions::new()).unwrap();
        assert_eq!(
            (r.tau_b, r.spearman, r.weighted_tau, r.rbo),
            (None, None, None, None)
        );
        assert!(r.to_string().contains("RBO undefined"));
    }
}
