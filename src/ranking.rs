//! Weak orders of items, highest priority first.
//!
//! A [`Ranking`] is a sequence of *levels*; items on the same level are tied.
//! It can only be built through checked constructors, so every value of the
//! type is a valid weak order: no duplicates, no empty levels.

use std::cmp::Ordering;
use std::fmt;
use std::hash::Hash;

use indexmap::IndexMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

/// What a ranked item must be: comparable for equality, hashable, clonable and
/// printable (messages name items by their `Display` form).
///
/// Implemented for every type that meets those bounds, such as `String`,
/// `&str`, integers and the crate's vocabularies.
pub trait Item: Eq + Hash + Clone + fmt::Display {}

impl<T: Eq + Hash + Clone + fmt::Display> Item for T {}

/// A weak order: levels of items, highest priority first; items on one level tie.
///
/// Levels are indexed from 0 in the API ([`Ranking::level_of`],
/// [`Ranking::levels`]) and counted from 1 in messages and reports.
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
#[derive(Clone, PartialEq, Eq)]
pub struct Ranking<T: Item> {
    levels: Vec<Vec<T>>,
    level_of: IndexMap<T, usize>,
}

impl<T: Item> Ranking<T> {
    /// Builds a ranking from levels of items, the highest-priority level first.
    ///
    /// An empty list of levels gives the empty ranking.
    ///
    /// # Errors
    /// [`Error::EmptyLevel`] for a level with no items; [`Error::DuplicateItem`]
    /// for an item that appears twice (on one level or two).
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
        let mut out: Vec<Vec<T>> = Vec::new();
        let mut level_of = IndexMap::new();
        for (index, level) in levels.into_iter().enumerate() {
            let items: Vec<T> = level.into_iter().collect();
            if items.is_empty() {
                return Err(Error::EmptyLevel { level: index + 1 });
            }
            for item in &items {
                if let Some(&first) = level_of.get(item) {
                    return Err(Error::DuplicateItem {
                        item: item.to_string(),
                        first: first + 1,
                        second: index + 1,
                    });
                }
                level_of.insert(item.clone(), index);
            }
            out.push(items);
        }
        Ok(Self {
            levels: out,
            level_of,
        })
    }

    /// Builds a strict ranking (no ties) from items, the highest priority first.
    ///
    /// # Errors
    /// [`Error::DuplicateItem`] for an item given twice.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::strict(["party", "unity", "economy"])?;
    /// assert!(r.is_strict());
    /// assert_eq!(r.len(), 3);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn strict<I: IntoIterator<Item = T>>(items: I) -> Result<Self> {
        Self::new(items.into_iter().map(|item| [item]))
    }

    /// Builds a ranking from scores: a higher score is a higher priority, and
    /// equal scores tie. Runs in O(n log n).
    ///
    /// # Errors
    /// [`Error::NonFiniteScore`] for a NaN or infinite score;
    /// [`Error::DuplicateItem`] for an item scored twice.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::from_scores([("a", 0.5), ("b", 2.0), ("c", 0.5)])?;
    /// assert_eq!(r.levels(), &[vec!["b"], vec!["a", "c"]]);
    ///
    /// let err = Ranking::from_scores([("a", f64::NAN)]).unwrap_err();
    /// assert_eq!(err.to_string(), "score of `a` is NaN; scores must be finite numbers");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn from_scores<I: IntoIterator<Item = (T, f64)>>(pairs: I) -> Result<Self> {
        let mut pairs: Vec<(T, f64)> = pairs.into_iter().collect();
        if let Some((item, score)) = pairs.iter().find(|(_, s)| !s.is_finite()) {
            return Err(Error::NonFiniteScore {
                item: item.to_string(),
                score: *score,
            });
        }
        // Stable sort keeps the given order among tied items.
        pairs.sort_by(|x, y| y.1.total_cmp(&x.1));
        let mut levels: Vec<Vec<T>> = Vec::new();
        let mut last: Option<f64> = None;
        for (item, score) in pairs {
            // `==` (not total_cmp) so that 0.0 and -0.0 tie.
            match (last, levels.last_mut()) {
                (Some(prev), Some(level)) if prev == score => level.push(item),
                _ => levels.push(vec![item]),
            }
            last = Some(score);
        }
        Self::new(levels)
    }

    /// The 0-based level of `item`, or `None` when the ranking does not contain it. O(1).
    pub fn level_of(&self, item: &T) -> Option<usize> {
        self.level_of.get(item).copied()
    }

    /// Compares two items by priority: `Greater` when `a` ranks above `b`,
    /// `Less` when below, `Equal` when they tie, `None` when either is absent.
    pub fn compare(&self, a: &T, b: &T) -> Option<Ordering> {
        Some(self.level_of(b)?.cmp(&self.level_of(a)?))
    }

    /// The levels, highest priority first.
    pub fn levels(&self) -> &[Vec<T>] {
        &self.levels
    }

    /// Every item, highest priority first (tied items in their given order).
    pub fn items(&self) -> impl ExactSizeIterator<Item = &T> + DoubleEndedIterator + '_ {
        self.level_of.keys()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.level_of.len()
    }

    /// Whether the ranking has no items.
    pub fn is_empty(&self) -> bool {
        self.level_of.is_empty()
    }

    /// The number of levels.
    pub fn level_count(&self) -> usize {
        self.levels.len()
    }

    /// Whether no two items tie.
    pub fn is_strict(&self) -> bool {
        self.levels.len() == self.level_of.len()
    }

    /// Whether the ranking contains `item`.
    pub fn contains(&self, item: &T) -> bool {
        self.level_of.contains_key(item)
    }

    /// The position of `item` in [`Ranking::items`] order (0-based), or `None`.
    pub fn position_of(&self, item: &T) -> Option<usize> {
        self.level_of.get_index_of(item)
    }

    /// The ranking reversed: the lowest-priority level first.
    pub fn reversed(&self) -> Self {
        let levels: Vec<Vec<T>> = self.levels.iter().rev().cloned().collect();
        Self::new(levels).expect("reversing a valid ranking keeps it valid")
    }

    /// The ranking of the items for which `keep` returns true, in the same
    /// order; levels left empty are dropped.
    ///
    /// ```
    /// use security_hierarchy::Ranking;
    /// let r = Ranking::new(vec![vec!["a"], vec!["b", "c"], vec!["d"]])?;
    /// let kept = r.restrict(|x| *x != "a" && *x != "d");
    /// assert_eq!(kept.levels(), &[vec!["b", "c"]]);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn restrict(&self, mut keep: impl FnMut(&T) -> bool) -> Self {
        let levels: Vec<Vec<T>> = self
            .levels
            .iter()
            .map(|level| {
                level
                    .iter()
                    .filter(|x| keep(x))
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .filter(|level| !level.is_empty())
            .collect();
        Self::new(levels).expect("a restriction of a valid ranking is valid")
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
    /// assert_eq!(p.ranking().levels(), &[vec![Tier::Regime], vec![Tier::Regional], vec![Tier::Global]]);
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
        for item in self.items() {
            let target = map(item).ok_or_else(|| Error::Unmapped {
                item: item.to_string(),
                vocabulary: vocabulary.to_string(),
            })?;
            levels.entry(target.clone()).or_insert(self.level_of[item]);
            targets.push(target);
        }
        let mut grouped: Vec<Vec<U>> = Vec::new();
        let mut last = None;
        // `levels` is in first-seen order, which is rank order.
        for (target, level) in levels {
            match grouped.last_mut() {
                Some(group) if last == Some(level) => group.push(target),
                _ => grouped.push(vec![target]),
            }
            last = Some(level);
        }
        Ok(Projection {
            source: self.clone(),
            targets,
            ranking: Ranking::new(grouped)?,
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
        let level_a: Vec<u32> = items
            .iter()
            .map(|x| self.source.level_of[*x] as u32)
            .collect();
        let level_b: Vec<u32> = self
            .targets
            .iter()
            .map(|t| order.level_of(t).expect("checked target") as u32)
            .collect();
        let total = crate::compare::count_discordant(&level_a, &level_b);
        let listed = crate::compare::discordant_indices(&level_a, &level_b, limit)
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

impl<T: Item> fmt::Debug for Ranking<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.levels.iter().map(|level| DisplayLevel(level)))
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
        for (i, level) in self.levels.iter().enumerate() {
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
        self.levels.serialize(serializer)
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
        assert_eq!(p.ranking().levels(), &[vec![1], vec![2]]);
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
