//! The majority graph of several rankings: who beats whom, by how much.
//!
//! For every pair of items, the *support* of `a` over `b` is the number of
//! input rankings that put `a` strictly above `b`; the *margin* is
//! `support(a, b) - support(b, a)`. A ranking that ties `a` and `b`, or that
//! lacks either of them, says nothing about the pair and counts on neither
//! side. `a` *beats* `b` when the margin is positive; the graph has an edge
//! `a → b` exactly then.
//!
//! Its strongly connected components group the items caught in majority
//! cycles (Condorcet cycles); a component of one item is cycle-free. The
//! components come in an order where every item of an earlier component
//! beats or ties every item of a later one.
//!
//! # Cost
//!
//! The graph stores where each item stands in each input (4·m·n bytes for
//! m inputs over n items), not the n² pair counts: a pair's support is
//! counted when asked, in O(m). An analysis that visits every pair once is
//! O(m·n²) time and O(m·n) memory; nothing lists the graph's edges.

use serde::Serialize;

use crate::graph;
use crate::ranking::{Item, Ranking};

/// Pairwise support and margins over the union of several rankings' items.
///
/// Building it is O(m·n) time and space for m rankings over n items; each
/// pair query is O(m). Two graphs are equal when they have the same items
/// in the same first-seen order and each input places them alike.
///
/// ```
/// use security_hierarchy::{majority::MajorityGraph, Ranking};
/// let profile = [
///     Ranking::strict(["a", "b", "c"])?,
///     Ranking::strict(["b", "c", "a"])?,
///     Ranking::strict(["c", "a", "b"])?,
/// ];
/// let g = MajorityGraph::new(&profile);
/// assert_eq!(g.margin(&"a", &"b"), Some(1));
/// assert_eq!(g.condorcet_winner(), None);
/// let cycles = g.cycles();
/// assert_eq!(cycles.len(), 1);
/// assert_eq!(cycles[0].items, vec!["a", "b", "c"]);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MajorityGraph<T: Item> {
    items: indexmap::IndexSet<T>,
    /// `levels[i * inputs + k]`: item i's level in input k, [`ABSENT`] when
    /// input k lacks it. One item's levels are adjacent, so a pair query
    /// reads two short runs.
    levels: Vec<u32>,
    inputs: usize,
}

/// The level of an item an input lacks; above every real level.
const ABSENT: u32 = u32::MAX;

/// How the inputs stand on one pair of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct PairVotes {
    /// Inputs putting the first item strictly above the second.
    pub above: u32,
    /// Inputs putting the second item strictly above the first.
    pub below: u32,
    /// Inputs that hold both items and tie them.
    pub tied: u32,
}

/// A majority cycle within one strongly connected component: a shortest
/// one, or for components past [`SHORTEST_CYCLE_ITEMS`] items a shortest
/// one through the component's first-seen item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cycle<T> {
    /// The items in order: each beats the next, and the last beats the first.
    pub items: Vec<T>,
    /// The margin of each step: `margins[i]` is how much `items[i]` beats
    /// the next item (the last entry closes the cycle).
    pub margins: Vec<i64>,
}

impl<T: Item> MajorityGraph<T> {
    /// Builds the graph of `rankings`. Items are taken in first-seen order.
    /// With no rankings the graph is empty. Unbounded: see
    /// [`MajorityGraph::within`].
    pub fn new<'a, I>(rankings: I) -> Self
    where
        I: IntoIterator<Item = &'a Ranking<T>>,
        T: 'a,
    {
        Self::within(rankings, usize::MAX).expect("no limit")
    }

    /// [`MajorityGraph::new`], refused past `max_items` items, since every
    /// analysis of the graph takes O(m·n²) time.
    ///
    /// ```
    /// use security_hierarchy::{majority::MajorityGraph, Error, Ranking};
    /// let r = Ranking::strict(0..100)?;
    /// let err = MajorityGraph::within([&r], 50).unwrap_err();
    /// assert_eq!(err.to_string(), "the majority graph would hold 100 items, more than the limit of 50");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`crate::Error::TooManyItems`] when the rankings hold more than
    /// `max_items` items in all.
    pub fn within<'a, I>(rankings: I, max_items: usize) -> crate::Result<Self>
    where
        I: IntoIterator<Item = &'a Ranking<T>>,
        T: 'a,
    {
        let rankings: Vec<&Ranking<T>> = rankings.into_iter().collect();
        let mut items = indexmap::IndexSet::new();
        for r in &rankings {
            items.extend(r.items().cloned());
        }
        crate::limit::check_items(items.len(), max_items, "majority graph")?;
        let m = rankings.len();
        let mut levels = vec![ABSENT; items.len() * m];
        for (k, r) in rankings.iter().enumerate() {
            for (level, members) in r.levels().enumerate() {
                // A ranking of more than 2³² − 1 levels cannot be held in memory.
                let level = u32::try_from(level).unwrap_or(ABSENT - 1);
                for x in members {
                    let i = items.get_index_of(x).expect("collected above");
                    levels[i * m + k] = level;
                }
            }
        }
        Ok(Self {
            items,
            levels,
            inputs: m,
        })
    }

    /// The items, in first-seen order.
    pub fn items(&self) -> impl ExactSizeIterator<Item = &T> + '_ {
        self.items.iter()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the graph has no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The number of input rankings.
    pub fn inputs(&self) -> usize {
        self.inputs
    }

    /// How many rankings put `a` strictly above `b`; `None` if either is
    /// unknown. O(m).
    pub fn support(&self, a: &T, b: &T) -> Option<u32> {
        Some(self.support_at(self.items.get_index_of(a)?, self.items.get_index_of(b)?))
    }

    /// `support(a, b) - support(b, a)`; `None` if either is unknown. O(m).
    pub fn margin(&self, a: &T, b: &T) -> Option<i64> {
        Some(self.margin_at(self.items.get_index_of(a)?, self.items.get_index_of(b)?))
    }

    /// The item that beats every other item, if there is one. O(m·n).
    pub fn condorcet_winner(&self) -> Option<&T> {
        self.find(|g, i, j| g.margin_at(i, j) > 0)
    }

    /// The item that every other item beats, if there is one. O(m·n).
    pub fn condorcet_loser(&self) -> Option<&T> {
        self.find(|g, i, j| g.margin_at(i, j) < 0)
    }

    /// The one item that `wins` over every other, if any: an item that
    /// fails to win over a later one cannot be it, so one pass leaves the
    /// only candidate, and a second checks it. O(m·n).
    fn find(&self, wins: impl Fn(&Self, usize, usize) -> bool) -> Option<&T> {
        let n = self.len();
        let candidate = (1..n).fold(0, |c, i| if wins(self, c, i) { c } else { i });
        (n > 0 && (0..n).all(|j| j == candidate || wins(self, candidate, j)))
            .then(|| &self.items[candidate])
    }

    /// The strongly connected components, in an order where every item of
    /// an earlier component beats or ties every item of a later one; within
    /// a component, items keep first-seen order. O(m·n²).
    pub fn components(&self) -> Vec<Vec<&T>> {
        self.component_indices()
            .into_iter()
            .map(|c| c.into_iter().map(|i| &self.items[i]).collect())
            .collect()
    }

    /// For every component with more than one item, a short cycle through
    /// it, starting from its first-seen item on the cycle: a shortest one
    /// for components of up to [`SHORTEST_CYCLE_ITEMS`] items, and past
    /// that a shortest one through the component's first-seen item (a
    /// search from every item would be cubic). O(m·n²) for the components,
    /// plus O(m·k³) per component of k ≤ [`SHORTEST_CYCLE_ITEMS`] items
    /// and O(m·k²) per larger one.
    pub fn cycles(&self) -> Vec<Cycle<T>> {
        self.cycles_in(&self.component_indices())
    }

    /// [`MajorityGraph::cycles`] given the components.
    pub(crate) fn cycles_in(&self, components: &[Vec<usize>]) -> Vec<Cycle<T>> {
        components
            .iter()
            .filter(|c| c.len() > 1)
            .map(|c| self.short_cycle(c))
            .collect()
    }

    /// Whether no majority cycle exists. O(m·n²).
    pub fn is_acyclic(&self) -> bool {
        self.component_indices().iter().all(|c| c.len() == 1)
    }

    /// The pair counts, by item index.
    pub(crate) fn votes(&self) -> Votes<'_> {
        Votes {
            levels: &self.levels,
            inputs: self.inputs,
        }
    }

    /// How many rankings put item i strictly above item j. O(m).
    pub(crate) fn support_at(&self, i: usize, j: usize) -> u32 {
        self.votes().support_at(i, j)
    }

    /// `support(i, j) - support(j, i)`. O(m).
    pub(crate) fn margin_at(&self, i: usize, j: usize) -> i64 {
        self.votes().margin_at(i, j)
    }

    /// Components as index lists, dominant first. O(m·n²).
    pub(crate) fn component_indices(&self) -> Vec<Vec<usize>> {
        graph::components(&Beats {
            graph: self,
            nodes: None,
        })
    }

    fn short_cycle(&self, comp: &[usize]) -> Cycle<T> {
        let beats = Beats {
            graph: self,
            nodes: Some(comp.to_vec()),
        };
        let starts = if comp.len() <= SHORTEST_CYCLE_ITEMS {
            comp.len()
        } else {
            1
        };
        // Margins are antisymmetric, so no cycle is shorter than three.
        let local = graph::shortest_cycle(&beats, 0..starts, 3)
            .expect("a component of two or more items has a cycle");
        let path: Vec<usize> = local.iter().map(|&v| comp[v]).collect();
        let margins = (0..path.len())
            .map(|k| self.margin_at(path[k], path[(k + 1) % path.len()]))
            .collect();
        Cycle {
            items: path.iter().map(|&i| self.items[i].clone()).collect(),
            margins,
        }
    }
}

/// A majority graph's pair counts by item index, without its items, so that
/// tables over the pairs need not name the item type. Each query is O(m).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Votes<'g> {
    levels: &'g [u32],
    inputs: usize,
}

impl Votes<'_> {
    /// Item i's levels, one per input.
    #[inline]
    fn levels_of(&self, i: usize) -> &[u32] {
        &self.levels[i * self.inputs..(i + 1) * self.inputs]
    }

    /// How many inputs put item i strictly above item j.
    pub(crate) fn support_at(&self, i: usize, j: usize) -> u32 {
        self.at(i, j).above
    }

    /// How the inputs stand on items i and j (all zero when i = j).
    pub(crate) fn at(&self, i: usize, j: usize) -> PairVotes {
        if i == j {
            return PairVotes::default();
        }
        votes(self.levels_of(i), self.levels_of(j))
    }

    /// `support(i, j) - support(j, i)`.
    #[inline]
    pub(crate) fn margin_at(&self, i: usize, j: usize) -> i64 {
        margin(self.levels_of(i), self.levels_of(j))
    }
}

/// How inputs with levels `a` and `b` stand on the pair.
#[inline]
fn votes(a: &[u32], b: &[u32]) -> PairVotes {
    let mut votes = PairVotes::default();
    for (&x, &y) in a.iter().zip(b) {
        let both = u32::from(x != ABSENT && y != ABSENT);
        votes.above += both & u32::from(x < y);
        votes.below += both & u32::from(y < x);
        votes.tied += both & u32::from(x == y);
    }
    votes
}

/// The margin of the item with levels `a` over the one with levels `b`;
/// branch-free, with the common profiles of one to three inputs unrolled.
#[inline]
fn margin(a: &[u32], b: &[u32]) -> i64 {
    #[inline]
    fn one(x: u32, y: u32) -> i64 {
        let both = i64::from(x != ABSENT && y != ABSENT);
        both * (i64::from(x < y) - i64::from(y < x))
    }
    match (a, b) {
        ([x], [y]) => one(*x, *y),
        ([x0, x1], [y0, y1]) => one(*x0, *y0) + one(*x1, *y1),
        ([x0, x1, x2], [y0, y1, y2]) => one(*x0, *y0) + one(*x1, *y1) + one(*x2, *y2),
        _ => a.iter().zip(b).map(|(&x, &y)| one(x, y)).sum(),
    }
}

/// Components up to this size get a shortest cycle searched from every
/// item; larger ones, a shortest cycle through their first-seen item.
pub const SHORTEST_CYCLE_ITEMS: usize = 256;

/// The beats relation among some of a graph's items (local node v is item
/// `nodes[v]`, or item v when `nodes` is `None`), read from the margins
/// without listing edges.
struct Beats<'g, T: Item> {
    graph: &'g MajorityGraph<T>,
    nodes: Option<Vec<usize>>,
}

impl<T: Item> graph::Successors for Beats<'_, T> {
    fn nodes(&self) -> usize {
        self.nodes.as_ref().map_or(self.graph.len(), Vec::len)
    }

    /// O(m) per candidate not skipped.
    fn successor(&self, v: usize, at: usize, skip: &[bool]) -> Option<(usize, usize)> {
        let votes = self.graph.votes();
        let item = |w: usize| self.nodes.as_ref().map_or(w, |nodes| nodes[w]);
        let a = votes.levels_of(item(v));
        (at..self.nodes())
            .find(|&w| !skip[w] && margin(a, votes.levels_of(item(w))) > 0)
            .map(|w| (w, w + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strict(items: &[&'static str]) -> Ranking<&'static str> {
        Ranking::strict(items.iter().copied()).unwrap()
    }

    #[test]
    fn ties_and_missing_items_count_on_neither_side() {
        let profile = [
            Ranking::new(vec![vec!["a", "b"], vec!["c"]]).unwrap(),
            strict(&["b", "c"]),
            strict(&["a", "b", "c"]),
        ];
        let g = MajorityGraph::new(&profile);
        assert_eq!(g.support(&"a", &"b"), Some(1));
        assert_eq!(g.support(&"b", &"a"), Some(0));
        assert_eq!(g.support(&"b", &"c"), Some(3));
        assert_eq!(g.margin(&"c", &"a"), Some(-2));
        assert_eq!(g.margin(&"a", &"zzz"), None);
        assert_eq!(g.condorcet_winner(), Some(&"a"));
        assert_eq!(g.condorcet_loser(), Some(&"c"));
        assert!(g.is_acyclic());
        assert_eq!(g.components(), vec![vec![&"a"], vec![&"b"], vec![&"c"]]);
    }

    #[test]
    fn shortest_cycle_is_found_inside_a_larger_component() {
        // a>b>c>a cycle (by two inputs each) and d beaten by everything.
        let profile = [
            strict(&["a", "b", "c", "d"]),
            strict(&["b", "c", "a", "d"]),
            strict(&["c", "a", "b", "d"]),
        ];
        let g = MajorityGraph::new(&profile);
        assert_eq!(g.components().len(), 2);
        assert_eq!(g.components()[1], vec![&"d"]);
        let cycles = g.cycles();
        assert_eq!(cycles.len(), 1);
        assert_eq!(cycles[0].items, vec!["a", "b", "c"]);
        assert_eq!(cycles[0].margins, vec![1, 1, 1]);
        assert_eq!(g.condorcet_loser(), Some(&"d"));
    }

    #[test]
    fn empty_profile_has_no_winner() {
        let g = MajorityGraph::<&str>::new(&[]);
        assert!(g.is_empty());
        assert_eq!(g.condorcet_winner(), None);
        assert!(g.cycles().is_empty());
    }
}
