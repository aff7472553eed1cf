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

use serde::Serialize;

use crate::graph;
use crate::ranking::{Item, Ranking};

/// Pairwise support and margins over the union of several rankings' items.
///
/// Building it is O(m·n²) time and O(n²) space for m rankings over n items.
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
    /// `support[i * n + j]`: how many rankings put item i strictly above item j.
    support: Vec<u32>,
    inputs: usize,
}

/// A shortest majority cycle within one strongly connected component.
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

    /// [`MajorityGraph::new`], refused past `max_items` items before any
    /// quadratic work or memory.
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
        let n = items.len();
        let mut support = vec![0u32; n * n];
        for r in &rankings {
            let idx: Vec<(usize, usize)> = r
                .items()
                .map(|x| {
                    (
                        items.get_index_of(x).expect("collected above"),
                        r.level_of(x).expect("own item"),
                    )
                })
                .collect();
            for &(i, li) in &idx {
                for &(j, lj) in &idx {
                    if li < lj {
                        support[i * n + j] += 1;
                    }
                }
            }
        }
        Ok(Self {
            items,
            support,
            inputs: rankings.len(),
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

    /// How many rankings put `a` strictly above `b`; `None` if either is unknown.
    pub fn support(&self, a: &T, b: &T) -> Option<u32> {
        Some(self.support_at(self.items.get_index_of(a)?, self.items.get_index_of(b)?))
    }

    /// `support(a, b) - support(b, a)`; `None` if either is unknown.
    pub fn margin(&self, a: &T, b: &T) -> Option<i64> {
        Some(self.margin_at(self.items.get_index_of(a)?, self.items.get_index_of(b)?))
    }

    /// The item that beats every other item, if there is one.
    pub fn condorcet_winner(&self) -> Option<&T> {
        self.find(|g, i, j| g.margin_at(i, j) > 0)
    }

    /// The item that every other item beats, if there is one.
    pub fn condorcet_loser(&self) -> Option<&T> {
        self.find(|g, i, j| g.margin_at(i, j) < 0)
    }

    fn find(&self, wins: impl Fn(&Self, usize, usize) -> bool) -> Option<&T> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        (0..n)
            .find(|&i| (0..n).all(|j| i == j || wins(self, i, j)))
            .map(|i| &self.items[i])
    }

    /// The strongly connected components, in an order where every item of
    /// an earlier component beats or ties every item of a later one; within
    /// a component, items keep first-seen order. O(n²).
    pub fn components(&self) -> Vec<Vec<&T>> {
        self.component_indices()
            .into_iter()
            .map(|c| c.into_iter().map(|i| &self.items[i]).collect())
            .collect()
    }

    /// For every component with more than one item, a shortest cycle through
    /// it, starting from its first-seen item on the cycle. O(n³) worst case.
    pub fn cycles(&self) -> Vec<Cycle<T>> {
        let succ = self.beats();
        graph::components(&succ)
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| self.shortest_cycle(&succ, &c))
            .collect()
    }

    /// Whether no majority cycle exists.
    pub fn is_acyclic(&self) -> bool {
        self.component_indices().iter().all(|c| c.len() == 1)
    }

    pub(crate) fn support_at(&self, i: usize, j: usize) -> u32 {
        self.support[i * self.len() + j]
    }

    pub(crate) fn margin_at(&self, i: usize, j: usize) -> i64 {
        i64::from(self.support_at(i, j)) - i64::from(self.support_at(j, i))
    }

    /// The beats relation as successor lists. O(n²).
    fn beats(&self) -> Vec<Vec<usize>> {
        let n = self.len();
        (0..n)
            .map(|v| {
                (0..n)
                    .filter(|&w| v != w && self.margin_at(v, w) > 0)
                    .collect()
            })
            .collect()
    }

    /// Components as index lists, dominant first. O(n²).
    pub(crate) fn component_indices(&self) -> Vec<Vec<usize>> {
        graph::components(&self.beats())
    }

    fn shortest_cycle(&self, succ: &[Vec<usize>], comp: &[usize]) -> Cycle<T> {
        let path = graph::shortest_cycle(succ, comp)
            .expect("a component of two or more items has a cycle");
        let margins = (0..path.len())
            .map(|k| self.margin_at(path[k], path[(k + 1) % path.len()]))
            .collect();
        Cycle {
            items: path.iter().map(|&i| self.items[i].clone()).collect(),
            margins,
        }
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
