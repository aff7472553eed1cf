//! Precedence relations for sources that state only some priorities.
//!
//! A [`PartialOrder`] records statements of the form "a outranks b". Pairs
//! the source says nothing about stay incomparable. Building one from
//! precedences that contain a cycle fails with an error naming the cycle.

use std::cmp::Ordering;

use indexmap::IndexSet;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::graph::find_cycle;
use crate::ranking::{Item, Ranking};

/// A strict partial order: stated precedences and their transitive closure.
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
    /// Every item that each item outranks, directly or not: one bit per
    /// pair, `words` words per item (n²/8 bytes in all).
    above: Closure,
}

/// A transitive closure as one bit row per node.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Closure {
    bits: Vec<u64>,
    words: usize,
}

impl Closure {
    /// The closure of an acyclic graph: each node's row is the union of its
    /// successors' rows and the successors themselves, taken in reverse
    /// topological order. O(n + e·n/64) time, n²/8 bytes.
    fn of_acyclic(succ: &[Vec<usize>]) -> Self {
        let n = succ.len();
        let words = n.div_ceil(64);
        let mut bits = vec![0u64; n * words];
        for v in crate::graph::topological_order(succ).into_iter().rev() {
            for &w in &succ[v] {
                bits[v * words + w / 64] |= 1 << (w % 64);
                if w != v {
                    let (lo, hi) = bits.split_at_mut(v.max(w) * words);
                    let (row_v, row_w) = if v < w {
                        (&mut lo[v * words..(v + 1) * words], &hi[..words])
                    } else {
                        (&mut hi[..words], &lo[w * words..(w + 1) * words])
                    };
                    for (a, b) in row_v.iter_mut().zip(row_w) {
                        *a |= b;
                    }
                }
            }
        }
        Self { bits, words }
    }

    fn row(&self, v: usize) -> &[u64] {
        &self.bits[v * self.words..(v + 1) * self.words]
    }

    fn contains(&self, a: usize, b: usize) -> bool {
        self.row(a)[b / 64] >> (b % 64) & 1 == 1
    }

    /// The nodes of row `a`, in index order.
    fn members(&self, a: usize) -> impl Iterator<Item = usize> + '_ {
        self.row(a).iter().enumerate().flat_map(|(k, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    k * 64 + bit
                })
            })
        })
    }
}

/// The most items a partial order may hold: its closure takes n²/8 bytes
/// (1.25 GB at 100,000 items, 2 GiB at this limit).
pub const MAX_ITEMS: usize = 131_072;

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
    /// `items`; repeated items or precedences count once. O(n·(n + e)) time
    /// and O(n²) space for n items and e precedences.
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
        let mut succ = vec![Vec::new(); n];
        for &(a, b) in &stated {
            succ[a].push(b);
        }
        if let Some(cycle) = find_cycle(&succ) {
            return Err(Error::PrecedenceCycle {
                cycle: cycle.into_iter().map(|i| set[i].to_string()).collect(),
            });
        }
        crate::limit::check_items(n, MAX_ITEMS, "closure of the precedences")?;
        let above = Closure::of_acyclic(&succ);
        Ok(Self {
            items: set,
            stated,
            above,
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
    /// each `(higher, lower)`, in item order. O(n²).
    pub fn closure(&self) -> Vec<(&T, &T)> {
        let mut out = Vec::new();
        self.for_each_above(|a, b| out.push((&self.items[a], &self.items[b])));
        out
    }

    /// Every pair `(a, b)` of the closure, as item indices, to `each`,
    /// without collecting them. O(n²).
    pub(crate) fn for_each_above(&self, mut each: impl FnMut(usize, usize)) {
        for a in 0..self.len() {
            for b in self.above.members(a) {
                each(a, b);
            }
        }
    }

    /// How many items `a` outranks among those `mask` marks (one bit per
    /// item index). O(n/64).
    pub(crate) fn count_above_in(&self, a: usize, mask: &[u64]) -> u64 {
        self.above
            .row(a)
            .iter()
            .zip(mask)
            .map(|(x, m)| u64::from((x & m).count_ones()))
            .sum()
    }

    /// The items `a` outranks among those `mask` marks, in index order.
    pub(crate) fn above_in<'a>(
        &'a self,
        a: usize,
        mask: &'a [u64],
    ) -> impl Iterator<Item = usize> + 'a {
        self.above
            .members(a)
            .filter(move |&b| mask[b / 64] >> (b % 64) & 1 == 1)
    }

    /// The item at `index` (in [`PartialOrder::items`] order).
    pub(crate) fn item_at(&self, index: usize) -> &T {
        &self.items[index]
    }

    /// Compares two items: `Greater` when `a` outranks `b` (directly or by
    /// transitivity), `Less` when `b` outranks `a`, `Equal` when they are the
    /// same item, `None` when they are incomparable or either is absent. O(1).
    pub fn compare(&self, a: &T, b: &T) -> Option<Ordering> {
        let ia = self.items.get_index_of(a)?;
        let ib = self.items.get_index_of(b)?;
        if ia == ib {
            Some(Ordering::Equal)
        } else if self.above.contains(ia, ib) {
            Some(Ordering::Greater)
        } else if self.above.contains(ib, ia) {
            Some(Ordering::Less)
        } else {
            None
        }
    }

    /// Every way in which `ranking` fails to respect this order: items it
    /// lacks, and implied precedences it ties or reverses. Items of the
    /// ranking that the order does not know are allowed. O(n²).
    pub fn extension_violations(&self, ranking: &Ranking<T>) -> Vec<Violation<T>> {
        let mut out: Vec<Violation<T>> = self
            .items
            .iter()
            .filter(|x| !ranking.contains(x))
            .map(|x| Violation::Missing { item: x.clone() })
            .collect();
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

    /// Whether `ranking` is a linear extension: strict, containing every
    /// item, and respecting every precedence. O(n²).
    ///
    /// ```
    /// use security_hierarchy::{PartialOrder, Ranking};
    /// let po = PartialOrder::new(["a", "b", "c"], [("a", "c")])?;
    /// assert!(po.is_linear_extension(&Ranking::strict(["b", "a", "c"])?));
    /// assert!(!po.is_linear_extension(&Ranking::strict(["c", "a", "b"])?));
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn is_linear_extension(&self, ranking: &Ranking<T>) -> bool {
        ranking.is_strict() && self.extension_violations(ranking).is_empty()
    }
}

impl<T: Item> From<&Ranking<T>> for PartialOrder<T> {
    /// Every item outranks every item on the next level; the closure then
    /// orders every pair on different levels, and tied items stay incomparable.
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
        fn bit_closure_matches_a_search(
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
            let pairs = (0..n)
                .flat_map(|a| (0..n).map(move |b| (a, b)))
                .filter(|&(a, b)| a != b && reaches(&succ, a, b))
                .count();
            prop_assert_eq!(po.closure().len(), pairs);
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
        assert_eq!(po.closure().len(), 5);
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
