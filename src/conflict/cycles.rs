//! Majority cycles across several hierarchies (Condorcet cycles).

use std::fmt;

use serde::Serialize;

use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::limit::Limits;
use crate::majority::{Cycle, MajorityGraph};
use crate::ranking::{Item, Ranking};
use crate::via::Via;

/// One pair with a positive majority margin: `winner` beats `loser`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Beat<T> {
    /// The item more inputs put strictly above the other.
    pub winner: T,
    /// The other item.
    pub loser: T,
    /// How many inputs put `winner` strictly above `loser`.
    pub support: u32,
    /// How many put `loser` strictly above `winner`.
    pub against: u32,
}

/// A pair with a zero margin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standoff<T> {
    /// The first item (first-seen order).
    pub first: T,
    /// The second item.
    pub second: T,
    /// How many inputs put each strictly above the other (equal on both sides).
    /// Zero means no input orders the pair: each lacks one of them or ties them.
    pub support: u32,
}

/// The majority graph of several named rankings, as a report: every
/// pairwise margin, the Condorcet winner and loser if any, the strongly
/// connected components, and a shortest cycle in each component that has one.
///
/// Margins follow [`MajorityGraph`]: a ranking that ties a pair, or lacks
/// either item, counts on neither side. Pairs with a zero margin are listed
/// as standoffs: `support > 0` is a genuine tie of opinion, `support == 0`
/// a pair no input orders.
///
/// ```
/// use security_hierarchy::conflict::MajorityReport;
/// use security_hierarchy::Ranking;
/// let (x, y, z) = (
///     Ranking::strict(["a", "b", "c"])?,
///     Ranking::strict(["b", "c", "a"])?,
///     Ranking::strict(["c", "a", "b"])?,
/// );
/// let report = MajorityReport::new([("x", &x), ("y", &y), ("z", &z)]);
/// assert_eq!(report.condorcet_winner, None);
/// assert_eq!(report.cycles.len(), 1);
/// assert_eq!(report.cycles[0].items, ["a", "b", "c"]);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MajorityReport<T> {
    /// The inputs' names, in order.
    pub inputs: Vec<String>,
    /// Every item of any input, in first-seen order.
    pub items: Vec<T>,
    /// The first pairs with a positive margin (at most the limit in force),
    /// in first-seen order of the winner, then the loser.
    pub beats: Vec<Beat<T>>,
    /// How many pairs have a positive margin.
    pub beats_total: u64,
    /// The first pairs with a zero margin (at most the limit in force), in
    /// first-seen order.
    pub standoffs: Vec<Standoff<T>>,
    /// How many pairs have a zero margin.
    pub standoffs_total: u64,
    /// The item that beats every other, if any.
    pub condorcet_winner: Option<T>,
    /// The item every other beats, if any.
    pub condorcet_loser: Option<T>,
    /// The strongly connected components, dominant first.
    pub components: Vec<Vec<T>>,
    /// For each component of two or more items, a shortest cycle, in order, with its margins.
    pub cycles: Vec<Cycle<T>>,
}

impl<T: Item> MajorityReport<T> {
    /// Builds the report of named rankings, without limits. O(m·n²) for m
    /// rankings over n items, plus the cycles' cost (see
    /// [`MajorityGraph::cycles`]). With no input the report is empty.
    pub fn new<'a, I>(inputs: I) -> Self
    where
        I: IntoIterator<Item = (&'a str, &'a Ranking<T>)>,
        T: 'a,
    {
        let unlimited = Limits::new().max_pairs(usize::MAX).max_items(usize::MAX);
        Self::new_limited(inputs, unlimited).expect("no limit")
    }

    /// [`MajorityReport::new`] within `limits`: at most
    /// [`Limits::pairs`] beats and standoffs listed (all counted).
    ///
    /// # Errors
    /// [`crate::Error::TooManyItems`] for more than [`Limits::items`] items.
    pub fn new_limited<'a, I>(inputs: I, limits: Limits) -> Result<Self>
    where
        I: IntoIterator<Item = (&'a str, &'a Ranking<T>)>,
        T: 'a,
    {
        let (names, rankings): (Vec<&str>, Vec<&Ranking<T>>) = inputs.into_iter().unzip();
        let g = MajorityGraph::within(rankings, limits.items())?;
        let items: Vec<T> = g.items().cloned().collect();
        let mut beats = Vec::new();
        let mut standoffs = Vec::new();
        let (mut beats_total, mut standoffs_total) = (0u64, 0u64);
        let components = g.component_indices();
        let votes = g.votes();
        for (i, x) in items.iter().enumerate() {
            for (j, y) in items.iter().enumerate() {
                let v = votes.at(i, j);
                let (support, against) = (v.above, v.below);
                if i != j && support > against {
                    beats_total += 1;
                    if beats.len() >= limits.pairs() {
                        continue;
                    }
                    beats.push(Beat {
                        winner: x.clone(),
                        loser: y.clone(),
                        support,
                        against,
                    });
                } else if i < j && support == against {
                    standoffs_total += 1;
                    if standoffs.len() >= limits.pairs() {
                        continue;
                    }
                    standoffs.push(Standoff {
                        first: x.clone(),
                        second: y.clone(),
                        support,
                    });
                }
            }
        }
        Ok(Self {
            inputs: names.into_iter().map(str::to_string).collect(),
            condorcet_winner: g.condorcet_winner().cloned(),
            condorcet_loser: g.condorcet_loser().cloned(),
            components: components
                .iter()
                .map(|c| c.iter().map(|&i| items[i].clone()).collect())
                .collect(),
            cycles: g.cycles_in(&components),
            items,
            beats,
            beats_total,
            standoffs,
            standoffs_total,
        })
    }

    /// Whether no majority cycle exists.
    pub fn is_acyclic(&self) -> bool {
        self.cycles.is_empty()
    }
}

/// The majority report of ranked hierarchies on common ground (see [`Via`]):
/// hierarchies over different items become comparable through a crosswalk,
/// and targets a document does not reach count as missing from it.
/// O(k·n + n²) for k hierarchies over n items in all, plus the cycles'
/// cost (see [`MajorityGraph::cycles`]); lists at most
/// [`crate::limit::DEFAULT_MAX_PAIRS`] beats and standoffs.
///
/// ```
/// use security_hierarchy::conflict::majority;
/// use security_hierarchy::{Via, corpus};
/// let docs = [corpus::hierarchy("pu-2022")?, corpus::hierarchy("erickson-2019")?];
/// assert!(majority(&docs, &Via::Concern)?.is_acyclic());
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// [`crate::Error::NotRanked`] for a document that is not a weak order;
/// [`crate::Error::Unmapped`] for an item without a mapping this way;
/// [`crate::Error::TooManyItems`] past [`crate::limit::DEFAULT_MAX_ITEMS`] items.
pub fn majority(hierarchies: &[Hierarchy], via: &Via) -> Result<MajorityReport<String>> {
    majority_limited(hierarchies, via, Limits::new())
}

/// [`majority`] within `limits` (see [`MajorityReport::new_limited`]).
pub(crate) fn majority_limited(
    hierarchies: &[Hierarchy],
    via: &Via,
    limits: Limits,
) -> Result<MajorityReport<String>> {
    let rankings = via.rankings(hierarchies)?;
    MajorityReport::new_limited(hierarchies.iter().map(Hierarchy::id).zip(&rankings), limits)
}

fn list<T: fmt::Display>(items: &[T], sep: &str) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(sep)
}

impl<T: Item> fmt::Display for MajorityReport<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "majority graph of {} rankings ({}) over {} items",
            self.inputs.len(),
            self.inputs.join(", "),
            self.items.len()
        )?;
        let name = |x: &Option<T>| {
            x.as_ref()
                .map_or_else(|| "none".to_string(), |x| format!("`{x}`"))
        };
        write!(f, "\n  Condorcet winner: {}", name(&self.condorcet_winner))?;
        write!(f, "\n  Condorcet loser: {}", name(&self.condorcet_loser))?;
        let comps: Vec<String> = self
            .components
            .iter()
            .map(|c| format!("{{{}}}", list(c, ", ")))
            .collect();
        write!(f, "\n  components, dominant first: {}", comps.join(" > "))?;
        for c in &self.cycles {
            write!(f, "\n  cycle: {}", list(&c.items, " > "))?;
            if let Some(first) = c.items.first() {
                write!(f, " > {first}")?;
            }
            write!(f, " (margins {})", list(&c.margins, ", "))?;
        }
        let listed = (self.beats.len() + self.standoffs.len()) as u64;
        if listed < self.beats_total + self.standoffs_total {
            write!(
                f,
                "\n  beats ({}), standoffs ({}):",
                crate::limit::shown_of(self.beats.len(), self.beats_total),
                crate::limit::shown_of(self.standoffs.len(), self.standoffs_total)
            )?;
        }
        for b in &self.beats {
            write!(
                f,
                "\n  `{}` beats `{}` {} to {}",
                b.winner, b.loser, b.support, b.against
            )?;
        }
        for s in &self.standoffs {
            if s.support == 0 {
                write!(
                    f,
                    "\n  `{}` and `{}`: no input orders them",
                    s.first, s.second
                )?;
            } else {
                write!(
                    f,
                    "\n  `{}` and `{}`: tied {} to {}",
                    s.first, s.second, s.support, s.support
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    /// The module docs' summary of the ranked built-ins' majority graph by concern.
    fn summary() -> String {
        let docs: Vec<Hierarchy> = corpus::catalogue()
            .into_iter()
            .map(|e| e.hierarchy())
            .filter(|h| h.ranking().is_some())
            .collect();
        let report = majority(&docs, &Via::Concern).expect("ranked built-ins map every item");
        let name = |x: &Option<String>| {
            x.as_ref()
                .map_or_else(|| "none".to_string(), |c| format!("`{c}`"))
        };
        let comps: Vec<String> = report
            .components
            .iter()
            .map(|c| format!("{{{}}}", list(c, ", ")))
            .collect();
        let mut out = format!(
            "The {} ranked built-ins ({}), projected onto concerns:\n\n\
             - Condorcet winner: {}; Condorcet loser: {}\n\
             - components, dominant first: {}\n",
            report.inputs.len(),
            report
                .inputs
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", "),
            name(&report.condorcet_winner),
            name(&report.condorcet_loser),
            comps.join(" > ")
        );
        for c in &report.cycles {
            out.push_str(&format!(
                "- majority cycle: {} > {} (margins {})\n",
                list(&c.items, " > "),
                c.items[0],
                list(&c.margins, ", ")
            ));
        }
        out
    }

    #[test]
    fn docs_summary_matches_a_run_on_the_corpus() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/conflict/corpus_majority.md"
        );
        let expected = summary();
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(path, &expected).expect("writable source tree");
        }
        assert_eq!(
            include_str!("corpus_majority.md"),
            expected,
            "rerun with UPDATE_DOCS=1"
        );
    }
}
