//! Weak orders of items, highest priority first.
//!
//! A [`Ranking`] is a sequence of *levels*; items on the same level are tied.
//! It can only be built through checked constructors, so every value of the
//! type is a valid weak order: no duplicates, no empty levels.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::iter::FusedIterator;

use foldhash::fast::RandomState;
use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::compare::{radix_order, score_key};
use crate::error::{Error, Result};

/// What a ranked item must be: comparable for equality, hashable, clonable and
/// printable (messages name items by their `Display` form).
///
/// Implemented for every type that meets those bounds, such as `String`,
/// `&str`, integers and the crate's vocabularies.
pub trait Item: Eq + Hash + Clone + fmt::Display {}

impl<T: Eq + Hash + Clone + fmt::Display> Item for T {}

/// The most items a [`Ranking`] can hold: positions are stored as `u32`.
pub const MAX_RANKING_ITEMS: usize = u32::MAX as usize;

/// A weak order: levels of items, highest priority first; items on one level tie.
///
/// Levels are indexed from 0 in the API ([`Ranking::level_of`],
/// [`Ranking::levels`]) and counted from 1 in messages and reports.
///
/// Each item is stored once: the items lie level by level in one vector,
/// beside the level of each position and a hash index of positions (4-byte
/// slots, hashed with foldhash). A ranking of n `u32` items holds 14 to 20
/// bytes per item on the heap, by where n falls between two sizes of the
/// index (`tests/ranking_memory.rs` counts them).
///
/// Serialized as a sequence of levels, each a sequence of items; deserializing
/// runs the same checks as [`Ranking::new`].
///
/// ```
/// use security_hierarchy::Ranking;
/// use std::cmp::Ordering;
///
/// let r = Ranking::new(vec![vec!["regime"], vec!["economy", "unity"], vec!["global"]])?;
/// assert_eq!(r.level_of(&"unity"), Some(1));
/// assert_eq!(r.compare(&"regime", &"global"), Some(Ordering::Greater));
/// assert_eq!(r.compare(&"economy", &"unity"), Some(Ordering::Equal));
/// assert_eq!(r.compare(&"regime", &"absent"), None);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Clone)]
pub struct Ranking<T: Item> {
    /// Every item, level by level, the highest level first.
    items: Vec<T>,
    /// The 0-based level of the item at each position; non-decreasing.
    level_at: Vec<u32>,
    /// Positions in `items`, found by hashing the item.
    index: HashTable<u32>,
    hasher: RandomState,
}

impl<T: Item> Ranking<T> {
    /// Builds a ranking from levels of items, the highest-priority level first.
    ///
    /// An empty list of levels gives the empty ranking. O(n) expected time
    /// for n items (one hash each).
    ///
    /// # Errors
    /// [`Error::EmptyLevel`] for a level with no items; [`Error::DuplicateItem`]
    /// for an item that appears twice (on one level or two), whichever comes
    /// first; [`Error::TooManyItems`] past [`MAX_RANKING_ITEMS`] items.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let err = Ranking::new(vec![vec!["a"], vec!["b", "a"]]).unwrap_err();
    /// assert_eq!(err.to_string(), "duplicate item `a` on levels 1 and 2");
    /// ```
    pub fn new<L, I>(levels: L) -> Result<Self>
    where
        L: IntoIterator<Item = I>,
        I: IntoIterator<Item = T>,
    {
        let mut items = Vec::new();
        let mut level_at = Vec::new();
        let mut empty = None;
        for (index, level) in levels.into_iter().enumerate() {
            let before = items.len();
            items.extend(level);
            if items.len() == before {
                // Items before this level may still hold a duplicate, which
                // comes first in reading order.
                empty = Some(index + 1);
                break;
            }
            if items.len() > MAX_RANKING_ITEMS {
                return Err(too_many(items.len()));
            }
            level_at.resize(items.len(), index as u32);
        }
        let ranking = Self::index(items, level_at)?;
        match empty {
            Some(level) => Err(Error::EmptyLevel { level }),
            None => Ok(ranking),
        }
    }

    /// Builds a strict ranking (no ties) from items, the highest priority first.
    ///
    /// # Errors
    /// [`Error::DuplicateItem`] for an item given twice;
    /// [`Error::TooManyItems`] past [`MAX_RANKING_ITEMS`] items.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::strict(["party", "unity", "economy"])?;
    /// assert!(r.is_strict());
    /// assert_eq!(r.len(), 3);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn strict<I: IntoIterator<Item = T>>(items: I) -> Result<Self> {
        let items: Vec<T> = items.into_iter().collect();
        if items.len() > MAX_RANKING_ITEMS {
            return Err(too_many(items.len()));
        }
        let level_at = (0..items.len() as u32).collect();
        Self::index(items, level_at)
    }

    /// Builds a ranking from scores: a higher score is a higher priority, and
    /// equal scores tie (`0.0` and `-0.0` tie); tied items keep their given
    /// order. O(n) expected time: a radix sort of the scores, then one hash
    /// per item.
    ///
    /// # Errors
    /// [`Error::NonFiniteScore`] for a NaN or infinite score;
    /// [`Error::DuplicateItem`] for an item scored twice;
    /// [`Error::TooManyItems`] past [`MAX_RANKING_ITEMS`] items.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::from_scores([("a", 0.5), ("b", 2.0), ("c", 0.5)])?;
    /// assert_eq!(r.to_string(), "b > a = c");
    ///
    /// let err = Ranking::from_scores([("a", f64::NAN)]).unwrap_err();
    /// assert_eq!(err.to_string(), "score of `a` is NaN; scores must be finite numbers");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn from_scores<I: IntoIterator<Item = (T, f64)>>(pairs: I) -> Result<Self> {
        let pairs = pairs.into_iter();
        let mut given = Vec::with_capacity(pairs.size_hint().0);
        let mut keys = Vec::with_capacity(pairs.size_hint().0);
        for (item, score) in pairs {
            if !score.is_finite() {
                return Err(Error::NonFiniteScore {
                    item: item.to_string(),
                    score,
                });
            }
            given.push(Some(item));
            keys.push(score_key(score));
            if given.len() > MAX_RANKING_ITEMS {
                return Err(too_many(given.len()));
            }
        }
        let (order, sorted) = radix_order(keys);
        let items: Vec<T> = order
            .iter()
            .map(|&i| given[i as usize].take().expect("a permutation"))
            .collect();
        drop(given);
        let mut level_at = Vec::with_capacity(sorted.len());
        let mut level = 0u32;
        for (p, key) in sorted.iter().enumerate() {
            if p > 0 && *key != sorted[p - 1] {
                level += 1;
            }
            level_at.push(level);
        }
        Self::index(items, level_at)
    }

    /// Indexes items laid out level by level, checking for duplicates.
    /// `level_at` holds each position's level, non-decreasing from 0 in
    /// steps of at most 1; at most [`MAX_RANKING_ITEMS`] items.
    fn index(mut items: Vec<T>, mut level_at: Vec<u32>) -> Result<Self> {
        items.shrink_to_fit();
        level_at.shrink_to_fit();
        let hasher = RandomState::default();
        let mut index = HashTable::with_capacity(items.len());
        for (p, item) in items.iter().enumerate() {
            let hash = hasher.hash_one(item);
            let slot = index.entry(
                hash,
                |&q: &u32| items[q as usize] == *item,
                |&q: &u32| hasher.hash_one(&items[q as usize]),
            );
            match slot {
                Entry::Occupied(first) => {
                    return Err(Error::DuplicateItem {
                        item: item.to_string(),
                        first: level_at[*first.get() as usize] as usize + 1,
                        second: level_at[p] as usize + 1,
                    });
                }
                Entry::Vacant(slot) => {
                    slot.insert(p as u32);
                }
            }
        }
        Ok(Self {
            items,
            level_at,
            index,
            hasher,
        })
    }

    /// Items with their levels, known to be distinct (taken from a ranking).
    fn from_distinct(items: Vec<T>, level_at: Vec<u32>) -> Self {
        Self::index(items, level_at).expect("items of a ranking are distinct")
    }

    /// The level of `item`, or `None` when the ranking does not contain it. O(1).
    pub fn level_of(&self, item: &T) -> Option<usize> {
        self.position_of(item).map(|p| self.level_at[p] as usize)
    }

    /// Compares two items by priority: `Greater` when `a` ranks above `b`,
    /// `Less` when below, `Equal` when they tie, `None` when either is absent.
    pub fn compare(&self, a: &T, b: &T) -> Option<Ordering> {
        Some(self.level_of(b)?.cmp(&self.level_of(a)?))
    }

    /// The levels, highest priority first, each as a slice of its items.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::new(vec![vec!["a"], vec!["b", "c"]])?;
    /// let levels: Vec<&[&str]> = r.levels().collect();
    /// assert_eq!(levels, [&["a"][..], &["b", "c"][..]]);
    /// assert_eq!(r.levels().rev().next(), Some(&["b", "c"][..]));
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn levels(&self) -> Levels<'_, T> {
        Levels {
            items: &self.items,
            level_at: &self.level_at,
        }
    }

    /// The items on 0-based level `level`, or `None` past the last level.
    /// O(log n).
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::new(vec![vec!["a"], vec!["b", "c"]])?;
    /// assert_eq!(r.level(1), Some(&["b", "c"][..]));
    /// assert_eq!(r.level(2), None);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn level(&self, level: usize) -> Option<&[T]> {
        let start = self.level_at.partition_point(|&l| (l as usize) < level);
        let end = self.level_at.partition_point(|&l| (l as usize) <= level);
        (start < end).then(|| &self.items[start..end])
    }

    /// Every item, highest priority first (tied items in their given order).
    pub fn items(&self) -> impl ExactSizeIterator<Item = &T> + DoubleEndedIterator + '_ {
        self.items.iter()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the ranking has no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The number of levels.
    pub fn level_count(&self) -> usize {
        self.level_at.last().map_or(0, |&l| l as usize + 1)
    }

    /// Whether no two items tie.
    pub fn is_strict(&self) -> bool {
        self.level_count() == self.len()
    }

    /// Whether the ranking contains `item`.
    pub fn contains(&self, item: &T) -> bool {
        self.position_of(item).is_some()
    }

    /// The position of `item` in [`Ranking::items`] order (0-based), or `None`.
    /// O(1).
    pub fn position_of(&self, item: &T) -> Option<usize> {
        let hash = self.hasher.hash_one(item);
        self.index
            .find(hash, |&p| self.items[p as usize] == *item)
            .map(|&p| p as usize)
    }

    /// The 0-based level of each position, in [`Ranking::items`] order.
    pub(crate) fn levels_by_position(&self) -> &[u32] {
        &self.level_at
    }

    /// The ranking reversed: the lowest-priority level first. O(n).
    pub fn reversed(&self) -> Self {
        let mut items = Vec::with_capacity(self.len());
        let mut level_at = Vec::with_capacity(self.len());
        for (l, level) in self.levels().rev().enumerate() {
            items.extend_from_slice(level);
            level_at.resize(items.len(), l as u32);
        }
        Self::from_distinct(items, level_at)
    }

    /// The ranking of the items for which `keep` returns true, in the same
    /// order; levels left empty are dropped. O(n).
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::new(vec![vec!["a"], vec!["b", "c"], vec!["d"]])?;
    /// let kept = r.restrict(|x| *x != "a" && *x != "d");
    /// assert_eq!(kept.to_string(), "b = c");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn restrict(&self, mut keep: impl FnMut(&T) -> bool) -> Self {
        let mut items = Vec::new();
        let mut level_at = Vec::new();
        for level in self.levels() {
            let before = items.len();
            items.extend(level.iter().filter(|x| keep(x)).cloned());
            if items.len() > before {
                let l = level_at.last().map_or(0, |&l| l + 1);
                level_at.resize(items.len(), l);
            }
        }
        Self::from_distinct(items, level_at)
    }

    /// Maps every item onto another vocabulary. A target ranks at the level
    /// of its highest-ranked source item; items that land on one target merge.
    ///
    /// The returned [`Projection`] holds the projected ranking and the map
    /// used, and lists the inversions it exposes. O(n) plus the map's cost.
    ///
    /// # Errors
    /// [`Error::Unmapped`] naming the first item (in rank order) for which
    /// `map` returns `None`; `vocabulary` names the target vocabulary in it.
    ///
    /// ```
    /// use security_hierarchy::{Ranking, Tier};
    /// let r = Ranking::strict(["party", "neighbours", "unity", "world"])?;
    /// let p = r.project("tier", |x| match *x {
    ///     "party" | "unity" => Some(Tier::Regime),
    ///     "neighbours" => Some(Tier::Regional),
    ///     _ => Some(Tier::Global),
    /// })?;
    /// assert_eq!(p.ranking().to_string(), "regime > regional > global");
    /// // "neighbours" (regional) is ranked above "unity" (regime).
    /// let inv = p.inversions_against(&Tier::ranking())?;
    /// assert_eq!(inv.len(), 1);
    /// assert_eq!((inv[0].higher, inv[0].lower), ("neighbours", "unity"));
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn project<U: Item>(
        &self,
        vocabulary: &str,
        mut map: impl FnMut(&T) -> Option<U>,
    ) -> Result<Projection<T, U>> {
        let mut targets = Vec::with_capacity(self.len());
        let mut levels: IndexMap<U, usize> = IndexMap::new();
        for (item, &level) in self.items.iter().zip(&self.level_at) {
            let target = map(item).ok_or_else(|| Error::Unmapped {
                item: item.to_string(),
                vocabulary: vocabulary.to_string(),
            })?;
            levels.entry(target.clone()).or_insert(level as usize);
            targets.push(target);
        }
        // `levels` is in first-seen order, which is rank order; targets
        // are distinct keys of the map.
        let mut merged = Vec::with_capacity(levels.len());
        let mut level_at = Vec::with_capacity(levels.len());
        let mut last = None;
        for (target, level) in levels {
            let l = match (last, level_at.last()) {
                (Some(prev), Some(&l)) if prev == level => l,
                (_, Some(&l)) => l + 1,
                (_, None) => 0,
            };
            merged.push(target);
            level_at.push(l);
            last = Some(level);
        }
        Ok(Projection {
            source: self.clone(),
            targets,
            ranking: Ranking::from_distinct(merged, level_at),
        })
    }
}

/// A ranking mapped onto another vocabulary, with the map that produced it.
///
/// Built by [`Ranking::project`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection<T: Item, U: Item> {
    source: Ranking<T>,
    /// The target of each source item, in the source's item order.
    targets: Vec<U>,
    ranking: Ranking<U>,
}

/// A pair of items whose order a projection contradicts: `higher` is ranked
/// above `lower`, but `lower`'s target outranks `higher`'s.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Inversion<T, U> {
    /// The item ranked higher in the source ranking.
    pub higher: T,
    /// The item ranked lower in the source ranking.
    pub lower: T,
    /// `higher`'s target.
    pub higher_target: U,
    /// `lower`'s target, which outranks `higher_target`.
    pub lower_target: U,
}

impl<T: Item, U: Item> Projection<T, U> {
    /// The projected ranking.
    pub fn ranking(&self) -> &Ranking<U> {
        &self.ranking
    }

    /// The projected ranking, by value.
    pub fn into_ranking(self) -> Ranking<U> {
        self.ranking
    }

    /// The ranking that was projected.
    pub fn source(&self) -> &Ranking<T> {
        &self.source
    }

    /// The target of a source item, or `None` when the source lacks it.
    pub fn target_of(&self, item: &T) -> Option<&U> {
        self.targets.get(self.source.position_of(item)?)
    }

    /// The inversions exposed by the projection itself: `x` above `y` in the
    /// source while `y`'s target ranks above `x`'s in the projected ranking
    /// (some other item pulled `y`'s target up). O((n + I) log n) for I
    /// inversions, which can reach n(n−1)/2.
    pub fn inversions(&self) -> Vec<Inversion<T, U>> {
        self.inversions_by(&self.ranking, usize::MAX).0
    }

    /// The inversions against an ordered target vocabulary: every pair `x`
    /// above `y` in the source whose targets `order` ranks the other way.
    /// Ties on either side are never inversions. O((n + I) log n) for I
    /// inversions; [`Projection::inversions_limited`] lists only the first.
    ///
    /// # Errors
    /// [`Error::UnknownTarget`] when a target is absent from `order`.
    pub fn inversions_against(&self, order: &Ranking<U>) -> Result<Vec<Inversion<T, U>>> {
        Ok(self.inversions_limited(order, usize::MAX)?.0)
    }

    /// The first `limit` inversions [`Projection::inversions_against`]
    /// lists, in the same order (the higher item's rank, then the lower's),
    /// with the number of inversions in all. O((n + limit) log n).
    ///
    /// # Errors
    /// [`Error::UnknownTarget`] when a target is absent from `order`.
    pub fn inversions_limited(
        &self,
        order: &Ranking<U>,
        limit: usize,
    ) -> Result<(Vec<Inversion<T, U>>, u64)> {
        for (item, target) in self.source.items().zip(&self.targets) {
            if !order.contains(target) {
                return Err(Error::UnknownTarget {
                    item: item.to_string(),
                    target: target.to_string(),
                });
            }
        }
        Ok(self.inversions_by(order, limit))
    }

    /// The pairs `x` strictly above `y` in the source whose targets `order`
    /// ranks strictly the other way: the discordant pairs of the source's
    /// levels and the targets' levels.
    fn inversions_by(&self, order: &Ranking<U>, limit: usize) -> (Vec<Inversion<T, U>>, u64) {
        let items: Vec<&T> = self.source.items().collect();
        let level_a = self.source.levels_by_position();
        let level_b: Vec<u32> = self
            .targets
            .iter()
            .map(|t| order.level_of(t).expect("checked target") as u32)
            .collect();
        let total = crate::compare::count_discordant(level_a, &level_b);
        let listed = crate::compare::discordant_indices(level_a, &level_b, limit)
            .into_iter()
            .map(|(i, j)| Inversion {
                higher: items[i as usize].clone(),
                lower: items[j as usize].clone(),
                higher_target: self.targets[i as usize].clone(),
                lower_target: self.targets[j as usize].clone(),
            })
            .collect();
        (listed, total)
    }
}

/// Two rankings are equal when they hold the same items on the same levels,
/// in the same order within each level.
impl<T: Item> PartialEq for Ranking<T> {
    fn eq(&self, other: &Self) -> bool {
        self.level_at == other.level_at && self.items == other.items
    }
}

impl<T: Item> Eq for Ranking<T> {}

/// The levels of a [`Ranking`], highest priority first, each a slice of its
/// items. Built by [`Ranking::levels`]; each step is O(log n).
#[derive(Debug)]
pub struct Levels<'a, T> {
    items: &'a [T],
    level_at: &'a [u32],
}

impl<T> Clone for Levels<'_, T> {
    fn clone(&self) -> Self {
        Self {
            items: self.items,
            level_at: self.level_at,
        }
    }
}

impl<'a, T> Iterator for Levels<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        let &first = self.level_at.first()?;
        let end = run_end(self.level_at, |&l| l == first);
        let (level, rest) = self.items.split_at(end);
        self.items = rest;
        self.level_at = &self.level_at[end..];
        Some(level)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = match (self.level_at.first(), self.level_at.last()) {
            (Some(&first), Some(&last)) => (last - first) as usize + 1,
            _ => 0,
        };
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Levels<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        let &last = self.level_at.last()?;
        let start = self.level_at.len() - run_end_back(self.level_at, last);
        let (rest, level) = self.items.split_at(start);
        self.items = rest;
        self.level_at = &self.level_at[..start];
        Some(level)
    }
}

impl<T> ExactSizeIterator for Levels<'_, T> {}

impl<T> FusedIterator for Levels<'_, T> {}

/// The length of the prefix of `levels` (non-decreasing) where `within`
/// holds, by galloping from the front: O(log k) for a prefix of k, so
/// walking all levels costs O(n) however large the ranking.
fn run_end(levels: &[u32], within: impl Fn(&u32) -> bool) -> usize {
    let mut step = 1;
    let mut low = 0;
    while low + step < levels.len() && within(&levels[low + step]) {
        low += step;
        step *= 2;
    }
    let high = (low + step).min(levels.len());
    low + levels[low..high].partition_point(within)
}

/// The length of the suffix of `levels` (non-decreasing) equal to `last`,
/// by galloping from the back.
fn run_end_back(levels: &[u32], last: u32) -> usize {
    let mut step = 1;
    let mut len = 0;
    while len + step < levels.len() && levels[levels.len() - 1 - len - step] == last {
        len += step;
        step *= 2;
    }
    let floor = levels.len().saturating_sub(len + step);
    let top = levels.len() - len;
    len + (top - floor - levels[floor..top].partition_point(|&l| l < last))
}

fn too_many(count: usize) -> Error {
    Error::TooManyItems {
        what: "ranking",
        count,
        limit: MAX_RANKING_ITEMS,
    }
}

impl<T: Item> fmt::Debug for Ranking<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.levels().map(DisplayLevel))
            .finish()
    }
}

struct DisplayLevel<'a, T>(&'a [T]);

impl<T: fmt::Display> fmt::Debug for DisplayLevel<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl<T: fmt::Display> fmt::Display for DisplayLevel<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" = ")?;
            }
            write!(f, "{item}")?;
        }
        Ok(())
    }
}

/// Renders the ranking on one line: `a > b = c > d`.
impl<T: Item> fmt::Display for Ranking<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, level) in self.levels().enumerate() {
            if i > 0 {
                f.write_str(" > ")?;
            }
            write!(f, "{}", DisplayLevel(level))?;
        }
        Ok(())
    }
}

impl<T: Item + Serialize> Serialize for Ranking<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_seq(self.levels())
    }
}

impl<'de, T: Item + Deserialize<'de>> Deserialize<'de> for Ranking<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let levels = Vec::<Vec<T>>::deserialize(deserializer)?;
        Ranking::new(levels).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_level_is_named() {
        let err = Ranking::new(vec![vec!["a"], vec![]]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "level 2 is empty; every level needs at least one item"
        );
    }

    #[test]
    fn duplicate_on_one_level_is_named() {
        let err = Ranking::new(vec![vec!["a", "a"]]).unwrap_err();
        assert_eq!(err.to_string(), "duplicate item `a` on levels 1 and 1");
    }

    #[test]
    fn infinite_score_is_named() {
        let err = Ranking::from_scores([("x", 1.0), ("y", f64::INFINITY)]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "score of `y` is inf; scores must be finite numbers"
        );
    }

    #[test]
    fn from_scores_ties_signed_zeros() {
        let r = Ranking::from_scores([("a", 0.0), ("b", -0.0)]).unwrap();
        assert_eq!(r.level_count(), 1);
    }

    #[test]
    fn display_shows_levels() {
        let r = Ranking::new(vec![vec!["a"], vec!["b", "c"]]).unwrap();
        assert_eq!(r.to_string(), "a > b = c");
        assert_eq!(format!("{r:?}"), "[a, b = c]");
    }

    #[test]
    fn reversed_flips_compare() {
        let r = Ranking::new(vec![vec!["a"], vec!["b", "c"]]).unwrap();
        let rev = r.reversed();
        assert_eq!(rev.compare(&"a", &"b"), Some(Ordering::Less));
        assert_eq!(rev.compare(&"c", &"b"), Some(Ordering::Equal));
    }

    #[test]
    fn projection_merges_and_reports_own_inversions() {
        let r = Ranking::strict(["x", "y", "z"]).unwrap();
        let p = r
            .project("test", |s| Some(if *s == "y" { 2 } else { 1 }))
            .unwrap();
        assert_eq!(p.ranking().to_string(), "1 > 2");
        // y above z, but z's target (1) was pulled up by x.
        let inv = p.inversions();
        assert_eq!(inv.len(), 1);
        assert_eq!((inv[0].higher, inv[0].lower), ("y", "z"));
        assert_eq!(p.target_of(&"z"), Some(&1));
    }

    #[test]
    fn projection_names_unmapped_item() {
        let r = Ranking::strict(["x", "y"]).unwrap();
        let err = r
            .project("tiers", |s| (*s == "x").then_some(1))
            .unwrap_err();
        assert_eq!(err.to_string(), "item `y` has no mapping onto tiers");
    }

    #[test]
    fn projection_names_unknown_target() {
        let r = Ranking::strict(["x"]).unwrap();
        let p = r.project("n", |_| Some(9)).unwrap();
        let order = Ranking::strict([1, 2]).unwrap();
        let err = p.inversions_against(&order).unwrap_err();
        assert_eq!(
            err.to_string(),
            "item `x` maps onto `9`, which the target order does not rank"
        );
    }

    #[test]
    fn serde_rejects_duplicates() {
        let err = serde_json::from_str::<Ranking<String>>(r#"[["a"],["a"]]"#).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("duplicate item `a` on levels 1 and 2"),
            "{err}"
        );
    }
}
