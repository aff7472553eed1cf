//! Precedence relations for sources that state only some priorities.
//!
//! A [`PartialOrder`] records statements of the form "a outranks b". Pairs
//! the source says nothing about stay incomparable. Building one from
//! precedences that contain a cycle fails with an error naming the cycle.
//!
//! Only the stated precedences are stored (O(n + e) for n items and e
//! precedences); what they imply is found by searches when asked, so no
//! question about one pair costs more than a pass over the relation, and
//! nothing needs memory that grows with the square of the items.

mod reach;

use std::cmp::Ordering;

use indexmap::IndexSet;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::graph::{find_cycle, topological_order};
use crate::ranking::{Item, Ranking};

/// A strict partial order: stated precedences, and the precedences they
/// imply by transitivity.
///
/// ```
/// use security_hierarchy::PartialOrder;
/// use std::cmp::Ordering;
///
/// let po = PartialOrder::new(["party", "path", "people"], [("party", "people"), ("people", "path")])?;
/// assert_eq!(po.compare(&"party", &"path"), Some(Ordering::Greater)); // by transitivity
/// let err = PartialOrder::new(["a", "b"], [("a", "b"), ("b", "a")]).unwrap_err();
/// assert_eq!(err.to_string(), "precedence cycle: a > b > a");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartialOrder<T: Item> {
    items: IndexSet<T>,
    /// Stated precedences as index pairs, in the order given, without repeats.
    stated: IndexSet<(usize, usize)>,
    /// The items each item is stated to outrank, as indices.
    below: Vec<Vec<usize>>,
    /// Each item's place in one topological order: an item can only
    /// outrank items placed after it, which prunes every search.
    place: Vec<usize>,
}

/// How a ranking fails to extend a partial order; see
/// [`PartialOrder::extension_violations`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Violation<T> {
    /// An item of the partial order is missing from the ranking.
    Missing {
        /// The missing item.
        item: T,
    },
    /// The ranking ties two items that the partial order orders.
    Tied {
        /// The item that should rank higher.
        higher: T,
        /// The item that should rank lower.
        lower: T,
    },
    /// The ranking puts the lower item above the higher one.
    Reversed {
        /// The item that should rank higher.
        higher: T,
        /// The item that should rank lower.
        lower: T,
    },
}

impl<T: Item> PartialOrder<T> {
    /// Builds a partial order over `items` from precedences `(a, b)`, each
    /// meaning "a outranks b". Items named only in precedences are added after
    /// `items`; repeated items or precedences count once. O(n + e) time and
    /// space for n items and e precedences (one topological sort, one
    /// cycle search).
    ///
    /// # Errors
    /// [`Error::SelfPrecedence`] for a pair `(a, a)`; [`Error::PrecedenceCycle`]
    /// naming the items of a cycle in order.
    pub fn new<I, P>(items: I, precedences: P) -> Result<Self>
    where
        I: IntoIterator<Item = T>,
        P: IntoIterator<Item = (T, T)>,
    {
        let mut set: IndexSet<T> = items.into_iter().collect();
        let mut stated = IndexSet::new();
        for (a, b) in precedences {
            if a == b {
                return Err(Error::SelfPrecedence {
                    item: a.to_string(),
                });
            }
            let (ia, _) = set.insert_full(a);
            let (ib, _) = set.insert_full(b);
            stated.insert((ia, ib));
        }
        let n = set.len();
        let mut below = vec![Vec::new(); n];
        for &(a, b) in &stated {
            below[a].push(b);
        }
        let order = topological_order(&below);
        if order.len() < n {
            let cycle = find_cycle(&below).expect("Kahn's order leaves out only cycles");
            return Err(Error::PrecedenceCycle {
                cycle: cycle.into_iter().map(|i| set[i].to_string()).collect(),
            });
        }
        let mut place = vec![0; n];
        for (k, &v) in order.iter().enumerate() {
            place[v] = k;
        }
        Ok(Self {
            items: set,
            stated,
            below,
            place,
        })
    }

    /// The items, in the order first given.
    pub fn items(&self) -> impl ExactSizeIterator<Item = &T> + '_ {
        self.items.iter()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether the order contains `item`.
    pub fn contains(&self, item: &T) -> bool {
        self.items.contains(item)
    }

    /// The precedences as stated (without repeats), each `(higher, lower)`.
    pub fn precedences(&self) -> impl Iterator<Item = (&T, &T)> + '_ {
        self.stated
            .iter()
            .map(|&(a, b)| (&self.items[a], &self.items[b]))
    }

    /// Every precedence implied by the stated ones (the transitive closure),
    /// each `(higher, lower)`, in item order: all that the first item
    /// outranks, in item order, then the second's, and so on.
    ///
    /// Lazy: each item's pairs are found by one search when the iterator
    /// reaches it, O(n + e) time for n items and e stated precedences
    /// (plus sorting what it outranks), with O(n) memory however many pairs
    /// there are. Taking every pair is O(n·(n + e)) time; a chain of n
    /// items implies n(n−1)/2 pairs.
    ///
    /// ```
    /// use security_hierarchy::PartialOrder;
    /// let po = PartialOrder::new(["a", "b", "c"], [("a", "b"), ("b", "c")])?;
    /// let pairs: Vec<_> = po.closure().collect();
    /// assert_eq!(pairs, [(&"a", &"b"), (&"a", &"c"), (&"b", &"c")]);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn closure(&self) -> ImpliedPrecedences<'_, T> {
        ImpliedPrecedences {
            order: self,
            search: reach::Search::new(self.len()),
            higher: 0,
            row: Vec::new(),
            next: 0,
        }
    }

    /// Compares two items: `Greater` when `a` outranks `b` (directly or by
    /// transitivity), `Less` when `b` outranks `a`, `Equal` when they are the
    /// same item, `None` when they are incomparable or either is absent.
    ///
    /// One search from the item placed first in topological order, which
    /// visits only items placed before the other: O(n + e) at most, for n
    /// items and e stated precedences, and O(n) memory.
    pub fn compare(&self, a: &T, b: &T) -> Option<Ordering> {
        let ia = self.items.get_index_of(a)?;
        let ib = self.items.get_index_of(b)?;
        if ia == ib {
            return Some(Ordering::Equal);
        }
        // Only an item placed earlier can outrank one placed later.
        let (first, second, found) = if self.place[ia] < self.place[ib] {
            (ia, ib, Ordering::Greater)
        } else {
            (ib, ia, Ordering::Less)
        };
        reach::Search::new(self.len())
            .reaches(&self.below, &self.place, first, second)
            .then_some(found)
    }

    /// Every way in which `ranking` fails to respect this order: items it
    /// lacks, and implied precedences it ties or reverses, the pairs in
    /// [`PartialOrder::closure`]'s order. Items of the ranking that the
    /// order does not know are allowed.
    ///
    /// O(n + e) when no stated precedence is tied or reversed (then no
    /// implied one is); otherwise every implied precedence is visited,
    /// O(n·(n + e)) time, and the list can hold n(n−1)/2 pairs.
    pub fn extension_violations(&self, ranking: &Ranking<T>) -> Vec<Violation<T>> {
        let mut out: Vec<Violation<T>> = self
            .items
            .iter()
            .filter(|x| !ranking.contains(x))
            .map(|x| Violation::Missing { item: x.clone() })
            .collect();
        if self.respects_stated(ranking) {
            return out;
        }
        for (higher, lower) in self.closure() {
            let (higher, lower) = (higher.clone(), lower.clone());
            match ranking.compare(&higher, &lower) {
                Some(Ordering::Equal) => out.push(Violation::Tied { higher, lower }),
                Some(Ordering::Less) => out.push(Violation::Reversed { higher, lower }),
                _ => {}
            }
        }
        out
    }

    /// Whether `ranking` puts the higher item of every stated precedence
    /// strictly above the lower one, where it ranks both; then it respects
    /// every implied precedence too, because its own order is transitive
    /// on the items it ranks. O(n + e).
    fn respects_stated(&self, ranking: &Ranking<T>) -> bool {
        self.precedences().all(|(a, b)| {
            !matches!(
                ranking.compare(a, b),
                Some(Ordering::Equal | Ordering::Less)
            )
        })
    }

    /// Whether `ranking` is a linear extension: strict, containing every
    /// item, and respecting every precedence. O(n + e): it suffices that
    /// every stated precedence is respected.
    ///
    /// ```
    /// use security_hierarchy::{PartialOrder, Ranking};
    /// let po = PartialOrder::new(["a", "b", "c"], [("a", "c")])?;
    /// assert!(po.is_linear_extension(&Ranking::strict(["b", "a", "c"])?));
    /// assert!(!po.is_linear_extension(&Ranking::strict(["c", "a", "b"])?));
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn is_linear_extension(&self, ranking: &Ranking<T>) -> bool {
        ranking.is_strict()
            && self.items.iter().all(|x| ranking.contains(x))
            && self.respects_stated(ranking)
    }

    /// The number of implied precedences `(h, l)` with `class[l] <
    /// class[h]`, items of class [`UNCLASSED`] never counting on either
    /// side (searches still pass through them). See [`reach::count_below`]
    /// for the cost and the limit.
    pub(crate) fn count_pairs_below(&self, class: &[u32], max_items: usize) -> Result<u64> {
        reach::count_below(&self.below, &self.place, class, max_items)
    }

    /// The first `max` of the pairs [`PartialOrder::count_pairs_below`]
    /// counts, as item indices, in the closure's order. See
    /// [`reach::first_below`] for the cost.
    pub(crate) fn pairs_below(&self, class: &[u32], max: usize) -> Vec<(usize, usize)> {
        reach::first_below(&self.below, &self.place, class, max)
    }

    /// The item at `index` (in [`PartialOrder::items`] order).
    pub(crate) fn item_at(&self, index: usize) -> &T {
        &self.items[index]
    }
}

/// The class of an item that [`PartialOrder::count_pairs_below`] leaves
/// out of the count.
pub(crate) const UNCLASSED: u32 = u32::MAX;

/// The implied precedences of a [`PartialOrder`], found one item at a time;
/// see [`PartialOrder::closure`].
#[derive(Debug)]
pub struct ImpliedPrecedences<'a, T: Item> {
    order: &'a PartialOrder<T>,
    search: reach::Search,
    /// The next item whose row is to be found.
    higher: usize,
    /// The items that the item before `higher` outranks, in index order.
    row: Vec<usize>,
    next: usize,
}

impl<'a, T: Item> Iterator for ImpliedPrecedences<'a, T> {
    type Item = (&'a T, &'a T);

    fn next(&mut self) -> Option<Self::Item> {
        let order = self.order;
        while self.next == self.row.len() {
            if self.higher == order.len() {
                return None;
            }
            self.row.clear();
            self.search
                .below(&order.below, self.higher, |_| true, &mut self.row);
            self.row.sort_unstable();
            self.next = 0;
            self.higher += 1;
        }
        let lower = self.row[self.next];
        self.next += 1;
        Some((&order.items[self.higher - 1], &order.items[lower]))
    }
}

impl<T: Item> From<&Ranking<T>> for PartialOrder<T> {
    /// Every item outranks every item on the next level; tied items stay
    /// incomparable. O(n + Σ aᵢ·aᵢ₊₁) for levels of sizes aᵢ: the stated
    /// precedences join each pair of neighbouring levels completely.
    fn from(ranking: &Ranking<T>) -> Self {
        let precedences =
            ranking
                .levels()
                .zip(ranking.levels().skip(1))
                .flat_map(|(upper, lower)| {
                    upper
                        .iter()
                        .flat_map(move |a| lower.iter().map(move |b| (a.clone(), b.clone())))
                });
        PartialOrder::new(ranking.items().cloned(), precedences)
            .expect("the levels of a ranking are acyclic")
    }
}

impl<T: Item + Serialize> Serialize for PartialOrder<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("PartialOrder", 2)?;
        st.serialize_field("items", &self.items.iter().collect::<Vec<_>>())?;
        st.serialize_field("precedences", &self.precedences().collect::<Vec<_>>())?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether `to` is reachable from `from` by one or more edges, by search.
    fn reaches(succ: &[Vec<usize>], from: usize, to: usize) -> bool {
        let mut seen = vec![false; succ.len()];
        let mut stack = succ[from].clone();
        while let Some(v) = stack.pop() {
            if v == to {
                return true;
            }
            if !std::mem::replace(&mut seen[v], true) {
                stack.extend(&succ[v]);
            }
        }
        false
    }

    proptest! {
        #[test]
        fn searches_match_a_plain_search(
            n in 1usize..90,
            raw in prop::collection::vec((0usize..90, 0usize..90), 0..200),
        ) {
            // Edges from lower to higher index: acyclic by construction;
            // items are named in reverse so indices differ from names.
            let edges: Vec<(usize, usize)> = raw
                .into_iter()
                .map(|(a, b)| (a % n, b % n))
                .filter(|(a, b)| a < b)
                .collect();
            let po = PartialOrder::new(
                (0..n).rev(),
                edges.iter().copied(),
            ).unwrap();
            let mut succ = vec![Vec::new(); n];
            for &(a, b) in &edges {
                succ[a].push(b);
            }
            for a in 0..n {
                for b in 0..n {
                    let expected = if a == b {
                        Some(Ordering::Equal)
                    } else if reaches(&succ, a, b) {
                        Some(Ordering::Greater)
                    } else if reaches(&succ, b, a) {
                        Some(Ordering::Less)
                    } else {
                        None
                    };
                    prop_assert_eq!(po.compare(&a, &b), expected, "{} vs {}", a, b);
                }
            }
            // The closure in item order: items were given as n-1, ..., 0.
            let index = |x: usize| n - 1 - x;
            let pairs: Vec<(usize, usize)> = (0..n)
                .flat_map(|a| (0..n).map(move |b| (a, b)))
                .filter(|&(a, b)| a != b && reaches(&succ, index(a), index(b)))
                .map(|(a, b)| (index(a), index(b)))
                .collect();
            let closure: Vec<(usize, usize)> = po.closure().map(|(a, b)| (*a, *b)).collect();
            prop_assert_eq!(closure, pairs);
        }
    }

    #[test]
    fn cycle_is_named_in_order() {
        let err = PartialOrder::new(
            Vec::<&str>::new(),
            [("x", "a"), ("a", "b"), ("b", "c"), ("c", "a")],
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "precedence cycle: a > b > c > a");
    }

    #[test]
    fn self_precedence_is_rejected() {
        let err = PartialOrder::new(["a"], [("a", "a")]).unwrap_err();
        assert_eq!(err.to_string(), "item `a` cannot outrank itself");
    }

    #[test]
    fn from_ranking_keeps_ties_incomparable() {
        let r = Ranking::new(vec![vec!["a"], vec!["b", "c"], vec!["d"]]).unwrap();
        let po = PartialOrder::from(&r);
        assert_eq!(po.compare(&"b", &"c"), None);
        assert_eq!(po.compare(&"a", &"d"), Some(Ordering::Greater));
        assert_eq!(po.closure().count(), 5);
        assert!(po.extension_violations(&r).is_empty());
        assert!(!po.is_linear_extension(&r));
    }

    #[test]
    fn violations_name_each_problem() {
        let po = PartialOrder::new(["a", "b", "c"], [("a", "b"), ("a", "c")]).unwrap();
        let r = Ranking::new(vec![vec!["b"], vec!["a"]]).unwrap();
        assert_eq!(
            po.extension_violations(&r),
            vec![
                Violation::Missing { item: "c" },
                Violation::Reversed {
                    higher: "a",
                    lower: "b"
                },
            ]
        );
    }
}
