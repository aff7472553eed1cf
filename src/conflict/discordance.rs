//! Discordant pairs between two hierarchies, each named with where each side ranks it.

use std::fmt;

use serde::Serialize;

use crate::compare::DiscordantPair;
use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::via::Via;

/// A pair that one ranking ties and the other orders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TieSplit<T> {
    /// The item ranked higher by the side that orders the pair.
    pub higher: T,
    /// The item ranked lower by that side.
    pub lower: T,
    /// Whether `a` is the side that ties them (else `b` ties them).
    pub tied_in_a: bool,
    /// The level both share in the tying side (1-based).
    pub tied_level: usize,
    /// The levels of `higher` and `lower` in the ordering side (1-based).
    pub ordered_levels: [usize; 2],
}

/// Every discordant pair between two rankings, with the items they do not share.
///
/// Only items in both rankings are compared; the rest are listed in
/// `only_a` and `only_b`, never dropped. Pairs one side ties and the
/// other orders are listed apart in `tie_splits`: they are not discordant.
///
/// ```
/// use security_hierarchy::conflict::Discordances;
/// use security_hierarchy::Ranking;
/// let a = Ranking::strict(["rule", "seas", "overseas"])?;
/// let b = Ranking::strict(["rule", "overseas", "seas", "growth"])?;
/// let d = Discordances::between("a", &a, "b", &b);
/// assert_eq!(d.discordant.len(), 1);
/// assert_eq!(
///     d.discordant[0].describe(&d.a, &d.b),
///     "a puts `seas` (level 2) above `overseas` (level 3); b puts `overseas` (level 2) above `seas` (level 3)"
/// );
/// assert_eq!(d.only_b, ["growth"]);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discordances<T> {
    /// The first ranking's name.
    pub a: String,
    /// The second ranking's name.
    pub b: String,
    /// How many items both rank.
    pub shared: usize,
    /// Items only `a` ranks, in `a`'s order.
    pub only_a: Vec<T>,
    /// Items only `b` ranks, in `b`'s order.
    pub only_b: Vec<T>,
    /// The first discordant pairs (at most the limit in force), in `a`'s
    /// order of their first item, then of the second.
    pub discordant: Vec<DiscordantPair<T>>,
    /// How many discordant pairs there are in all.
    pub discordant_total: u64,
    /// The first pairs one side ties and the other orders (at most the
    /// limit in force), in `a`'s order; when cut, those found first level
    /// by level.
    pub tie_splits: Vec<TieSplit<T>>,
    /// How many tie splits there are in all.
    pub tie_splits_total: u64,
}

impl<T: Item> Discordances<T> {
    /// Lists the first discordant pairs and tie splits of `a` and `b` over
    /// their shared items, at most [`crate::limit::DEFAULT_MAX_PAIRS`] of
    /// each, and counts them all; [`Discordances::between_limited`] sets
    /// the limit. Empty rankings, or rankings with no shared item, give
    /// empty lists.
    pub fn between(a_name: &str, a: &Ranking<T>, b_name: &str, b: &Ranking<T>) -> Self {
        Self::between_limited(a_name, a, b_name, b, crate::limit::DEFAULT_MAX_PAIRS)
    }

    /// [`Discordances::between`], listing at most `max_pairs` of each kind
    /// of pair. O((n + k) log n) for n shared items and k = `max_pairs`.
    pub fn between_limited(
        a_name: &str,
        a: &Ranking<T>,
        b_name: &str,
        b: &Ranking<T>,
        max_pairs: usize,
    ) -> Self {
        let shared: Vec<(&T, usize, usize)> = a
            .items()
            .filter_map(|x| Some((x, a.level_of(x)?, b.level_of(x)?)))
            .collect();
        let (discordant, discordant_total) =
            crate::compare::discordant_listed_and_counted(a, b, max_pairs);
        let (tie_splits, tie_splits_total) = tie_splits(&shared, max_pairs);
        Self {
            a: a_name.to_string(),
            b: b_name.to_string(),
            shared: shared.len(),
            only_a: a.items().filter(|x| !b.contains(x)).cloned().collect(),
            only_b: b.items().filter(|x| !a.contains(x)).cloned().collect(),
            discordant,
            discordant_total,
            tie_splits,
            tie_splits_total,
        }
    }
}

impl<T: fmt::Display> TieSplit<T> {
    /// The tie split in words, naming both sides (`a` and `b`) and every level.
    #[must_use]
    pub fn describe(&self, a: &str, b: &str) -> String {
        let t = self;
        let (tying, ordering) = if t.tied_in_a { (a, b) } else { (b, a) };
        format!(
            "{tying} ties `{}` and `{}` (level {}); {ordering} puts `{}` (level {}) above `{}` (level {})",
            t.higher,
            t.lower,
            t.tied_level,
            t.higher,
            t.ordered_levels[0],
            t.lower,
            t.ordered_levels[1]
        )
    }
}

/// Every pair one side ties and the other orders, in `a`'s order of the
/// pair's items. `shared` holds each shared item with its 0-based levels in
/// `a` and `b`, in `a`'s order. Within each level of one side, the items
/// are sorted by their level on the other side and only pairs across
/// different levels there are listed, at most `limit` of each side; all
/// are counted. O(n log n + k log k) for k = `limit`.
fn tie_splits<T: Item>(shared: &[(&T, usize, usize)], limit: usize) -> (Vec<TieSplit<T>>, u64) {
    let mut found: Vec<((usize, usize), TieSplit<T>)> = Vec::new();
    let mut total = 0u64;
    for tied_in_a in [true, false] {
        // (tying level, ordering level, index in a's order)
        let mut keyed: Vec<(usize, usize, usize)> = shared
            .iter()
            .enumerate()
            .map(|(i, &(_, la, lb))| if tied_in_a { (la, lb, i) } else { (lb, la, i) })
            .collect();
        keyed.sort_unstable();
        let listed_before = found.len();
        for group in keyed.chunk_by(|x, y| x.0 == y.0) {
            // Pairs of the group minus pairs the other side also ties.
            let pairs = |k: usize| (k * k.saturating_sub(1) / 2) as u64;
            total += pairs(group.len());
            for run in group.chunk_by(|x, y| x.1 == y.1) {
                total -= pairs(run.len());
            }
            for &(tied, hi_level, hi) in group {
                if found.len() - listed_before >= limit {
                    break;
                }
                // Sorted by the other level: the items below `hi` there follow.
                let below = group.partition_point(|x| x.1 <= hi_level);
                let room = limit - (found.len() - listed_before);
                for &(_, lo_level, lo) in group[below..].iter().take(room) {
                    found.push((
                        (hi.min(lo), hi.max(lo)),
                        TieSplit {
                            higher: shared[hi].0.clone(),
                            lower: shared[lo].0.clone(),
                            tied_in_a,
                            tied_level: tied + 1,
                            ordered_levels: [hi_level + 1, lo_level + 1],
                        },
                    ));
                }
            }
        }
    }
    found.sort_by_key(|(key, _)| *key);
    found.truncate(limit);
    (found.into_iter().map(|(_, t)| t).collect(), total)
}

/// The discordances of two ranked hierarchies on common ground (see
/// [`Via`]). Levels in the result are those of the rankings on that ground,
/// where items that share a target merge at the highest of their levels.
///
/// ```
/// use security_hierarchy::conflict::discordances;
/// use security_hierarchy::{Via, corpus};
/// let d = discordances(&corpus::hierarchy("pu-2022")?, &corpus::hierarchy("erickson-2019")?, &Via::Concern)?;
/// assert!(d.discordant.is_empty());
/// assert_eq!(d.shared, 1); // only party-rule is common ground
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// [`crate::Error::NotRanked`] for a document that is not a weak order;
/// [`crate::Error::Unmapped`] for an item without a mapping this way.
pub fn discordances(a: &Hierarchy, b: &Hierarchy, via: &Via) -> Result<Discordances<String>> {
    discordances_limited(a, b, via, crate::limit::DEFAULT_MAX_PAIRS)
}

/// [`discordances`] listing at most `max_pairs` of each kind of pair.
pub(crate) fn discordances_limited(
    a: &Hierarchy,
    b: &Hierarchy,
    via: &Via,
    max_pairs: usize,
) -> Result<Discordances<String>> {
    Ok(Discordances::between_limited(
        a.id(),
        &via.ranking(a)?,
        b.id(),
        &via.ranking(b)?,
        max_pairs,
    ))
}

/// A report: the counts, then every discordant pair and tie split in words.
impl<T: Item> fmt::Display for Discordances<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} vs {}: {} shared items, {} discordant pairs, {} tie splits",
            self.a,
            self.b,
            self.shared,
            crate::limit::shown_of(self.discordant.len(), self.discordant_total),
            crate::limit::shown_of(self.tie_splits.len(), self.tie_splits_total)
        )?;
        for d in &self.discordant {
            write!(f, "\n  discordant: {}", d.describe(&self.a, &self.b))?;
        }
        for t in &self.tie_splits {
            write!(f, "\n  tie split: {}", t.describe(&self.a, &self.b))?;
        }
        for (name, items) in [(&self.a, &self.only_a), (&self.b, &self.only_b)] {
            if !items.is_empty() {
                let list: Vec<String> = items.iter().map(|x| format!("`{x}`")).collect();
                write!(f, "\n  only in {name}: {}", list.join(", "))?;
            }
        }
        Ok(())
    }
}
