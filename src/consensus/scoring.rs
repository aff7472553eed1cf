//! Positional and pairwise scoring rules: Borda and Copeland.

use std::collections::HashMap;

use super::report::{Consensus, Method, Optimality};
use super::{DEFAULT_TIE_PENALTY, prepare};
use crate::error::Result;
use crate::majority::MajorityGraph;
use crate::ranking::{Item, Ranking};

/// Defines a scoring rule's builder (tie penalty only), its `solve`, and
/// its shortcut function; `$score` gives each item's doubled score.
macro_rules! scoring_rule {
    ($(#[$doc:meta])* $name:ident, $label:literal, $free:ident, $score:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct $name {
            p: f64,
            max_items: usize,
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl $name {
            #[doc = concat!($label, " with the default tie penalty ([`DEFAULT_TIE_PENALTY`]).")]
            pub fn new() -> Self {
                Self {
                    p: DEFAULT_TIE_PENALTY,
                    max_items: crate::limit::DEFAULT_MAX_ITEMS,
                }
            }

            /// Sets the Kendall-distance tie penalty used to measure the result (checked by
            /// `solve`); it does not change the ranking.
            #[must_use]
            pub fn tie_penalty(mut self, tie_penalty: f64) -> Self {
                self.p = tie_penalty;
                self
            }

            /// Sets the most items the majority graph may hold
            /// ([`crate::limit::DEFAULT_MAX_ITEMS`] unless set).
            #[must_use]
            pub fn max_items(mut self, max_items: usize) -> Self {
                self.max_items = max_items;
                self
            }

            #[doc = concat!("The ", $label, " consensus of `inputs`. See [`", stringify!($name),
                "`] for the rule and cost.\n\n# Errors\n[`Error::NoRankings`](crate::Error::NoRankings) for no inputs; ",
                "[`Error::InvalidPenalty`](crate::Error::InvalidPenalty) for a tie penalty outside [0, 1]; ",
                "[`Error::TooManyItems`](crate::Error::TooManyItems) past the item limit.")]
            pub fn solve<T: Item>(&self, inputs: &[Ranking<T>]) -> Result<Consensus<T>> {
                let graph = prepare(inputs, self.p, self.max_items)?;
                let levels = levels_by_score(&$score(&graph, inputs));
                Consensus::measure(
                    Method::$name,
                    &graph,
                    inputs,
                    &levels,
                    self.p,
                    Optimality::NotProven,
                )
            }
        }

        #[doc = concat!("The ", $label, " consensus with the default tie penalty: `",
            stringify!($name), "::new().solve(inputs)`.\n\n# Errors\nAs [`",
            stringify!($name), "::solve`].")]
        pub fn $free<T: Item>(inputs: &[Ranking<T>]) -> Result<Consensus<T>> {
            $name::new().solve(inputs)
        }
    };
}

scoring_rule!(
/// Borda count over weak orders of possibly different items.
///
/// Each input gives an item one point for every item it ranks strictly
/// below it and half a point for every other item tied with it: a tied group
/// gets the average of the points it spans, and the top of a strict input
/// of r items gets r − 1. An input gives nothing to items it does not
/// contain, and no points from pairs it does not contain, so an item ranked
/// by fewer inputs collects fewer points. Equivalently, an item's score is
/// Σ over other items b of (#inputs with it above b + ½·#inputs tying them).
///
/// The consensus ranks items by score, highest first; equal scores tie (a
/// weak order). Scores are kept exact (doubled, as integers).
///
/// O(m·n) to score m inputs over n items, O(n log n) to sort, plus O(m·n²)
/// to report the distances and overruled majorities.
///
/// # Errors
/// [`Error::NoRankings`](crate::Error::NoRankings) for no inputs; [`Error::InvalidPenalty`](crate::Error::InvalidPenalty) for a
/// tie penalty outside [0, 1].
///
/// ```
/// use security_hierarchy::{consensus::Borda, Ranking};
/// let inputs = [
///     Ranking::strict(["a", "b", "c"])?,
///     Ranking::new(vec![vec!["b", "c"], vec!["a"]])?,
/// ];
/// // a: 2 + 0, b: 1 + 1.5, c: 0 + 1.5.
/// let c = Borda::new().tie_penalty(0.25).solve(&inputs)?;
/// assert_eq!(c.ranking(), &Ranking::strict(["b", "a", "c"])?);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// [`Error::NoRankings`](crate::Error::NoRankings): crate::Error::NoRankings
/// [`Error::InvalidPenalty`](crate::Error::InvalidPenalty): crate::Error::InvalidPenalty
    Borda,
    "Borda",
    borda,
    borda_scores
);

/// Doubled Borda scores, in the graph's item order. O(m·n).
pub(super) fn borda_scores<T: Item>(graph: &MajorityGraph<T>, inputs: &[Ranking<T>]) -> Vec<u64> {
    let index: HashMap<&T, usize> = graph.items().enumerate().map(|(i, x)| (x, i)).collect();
    let mut doubled = vec![0u64; graph.len()];
    for input in inputs {
        let mut below = input.len() as u64;
        for level in input.levels() {
            let g = level.len() as u64;
            below -= g;
            for x in level {
                doubled[index[x]] += 2 * below + (g - 1);
            }
        }
    }
    doubled
}

scoring_rule!(
/// Copeland's method: rank items by pairwise majority wins.
///
/// An item scores 1 for every item it beats by majority (more inputs put it
/// strictly above than below), ½ for every majority tie (equal support both
/// ways, including pairs no input contains together or that every input
/// ties), 0 for a defeat. The consensus ranks items by score, highest first;
/// equal scores tie (a weak order). When the majority graph is a strict total
/// order, Copeland returns it.
///
/// O(m·n²) for m inputs over n items (building the majority graph).
///
/// # Errors
/// [`Error::NoRankings`](crate::Error::NoRankings) for no inputs; [`Error::InvalidPenalty`](crate::Error::InvalidPenalty) for a
/// tie penalty outside [0, 1].
///
/// ```
/// use security_hierarchy::{consensus::Copeland, Ranking};
/// let inputs = [Ranking::strict(["a", "b", "c"])?, Ranking::strict(["b", "a", "c"])?];
/// // a and b tie by majority: 1.5 points each; c scores 0.
/// let c = Copeland::new().solve(&inputs)?;
/// assert_eq!(c.ranking(), &Ranking::new(vec![vec!["a", "b"], vec!["c"]])?);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// [`Error::NoRankings`](crate::Error::NoRankings): crate::Error::NoRankings
/// [`Error::InvalidPenalty`](crate::Error::InvalidPenalty): crate::Error::InvalidPenalty
    Copeland,
    "Copeland",
    copeland,
    copeland_scores
);

/// Doubled Copeland scores, in the graph's item order. O(n²).
fn copeland_scores<T: Item>(graph: &MajorityGraph<T>, _inputs: &[Ranking<T>]) -> Vec<u64> {
    let n = graph.len();
    (0..n)
        .map(|a| {
            (0..n)
                .filter(|&b| b != a)
                .map(|b| match graph.margin_at(a, b).signum() {
                    1 => 2,
                    0 => 1,
                    _ => 0,
                })
                .sum()
        })
        .collect()
}

/// Indices grouped into levels by score, highest first; equal scores share a
/// level in index order.
pub(super) fn levels_by_score(scores: &[u64]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].cmp(&scores[a]));
    let mut levels: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match levels.last_mut() {
            Some(level) if scores[level[0]] == scores[i] => level.push(i),
            _ => levels.push(vec![i]),
        }
    }
    levels
}
