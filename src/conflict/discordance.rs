//! Discordant pairs between two hierarchies, each named with where each side ranks it.

use std::cmp::Ordering;
use std::fmt;

use serde::Serialize;

use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::via::Via;

/// A pair that two rankings order in opposite directions: `a` puts `first`
/// strictly above `second`, `b` puts `second` strictly above `first`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discordance<T> {
    /// The item `a` ranks higher.
    pub first: T,
    /// The item `b` ranks higher.
    pub second: T,
    /// The levels of `first` and `second` in `a` (1-based).
    pub in_a: [usize; 2],
    /// The levels of `first` and `second` in `b` (1-based).
    pub in_b: [usize; 2],
}

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
/// `only_in_a` and `only_in_b`, never dropped. Pairs one side ties and the
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
///     d.describe(&d.discordant[0]),
///     "a puts `seas` (level 2) above `overseas` (level 3); b puts `overseas` (level 2) above `seas` (level 3)"
/// );
/// assert_eq!(d.only_in_b, ["growth"]);
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
    pub only_in_a: Vec<T>,
    /// Items only `b` ranks, in `b`'s order.
    pub only_in_b: Vec<T>,
    /// The discordant pairs, in `a`'s order of their first item, then of the second.
    pub discordant: Vec<Discordance<T>>,
    /// Pairs one side ties and the other orders, in `a`'s order.
    pub tie_splits: Vec<TieSplit<T>>,
}

impl<T: Item> Discordances<T> {
    /// Lists the discordant pairs of `a` and `b` over their shared items.
    /// O(n²) time for n shared items, since the list itself can hold
    /// n(n−1)/2 pairs (use a Kendall count for the number alone). Empty
    /// rankings, or rankings with no shared item, give an empty list.
    pub fn between(a_name: &str, a: &Ranking<T>, b_name: &str, b: &Ranking<T>) -> Self {
        let shared: Vec<&T> = a.items().filter(|x| b.contains(x)).collect();
        let level = |r: &Ranking<T>, x: &T| r.level_of(x).expect("shared item") + 1;
        let mut discordant = Vec::new();
        let mut tie_splits = Vec::new();
        for (i, &x) in shared.iter().enumerate() {
            for &y in &shared[i + 1..] {
                let (ca, cb) = (a.compare(x, y), b.compare(x, y));
                // Orient each pair so that `first` is the one `a` (or the ordering side) puts higher.
                let (hi, lo) = match (ca, cb) {
                    (Some(Ordering::Less), _) | (Some(Ordering::Equal), Some(Ordering::Less)) => {
                        (y, x)
                    }
                    _ => (x, y),
                };
                let levels = |r: &Ranking<T>| [level(r, hi), level(r, lo)];
                match (ca, cb) {
                    (Some(Ordering::Equal), Some(Ordering::Equal)) => {}
                    (Some(Ordering::Equal), _) => tie_splits.push(TieSplit {
                        higher: hi.clone(),
                        lower: lo.clone(),
                        tied_in_a: true,
                        tied_level: level(a, hi),
                        ordered_levels: levels(b),
                    }),
                    (_, Some(Ordering::Equal)) => tie_splits.push(TieSplit {
                        higher: hi.clone(),
                        lower: lo.clone(),
                        tied_in_a: false,
                        tied_level: level(b, hi),
                        ordered_levels: levels(a),
                    }),
                    (p, q) if p != q => discordant.push(Discordance {
                        first: hi.clone(),
                        second: lo.clone(),
                        in_a: levels(a),
                        in_b: levels(b),
                    }),
                    _ => {}
                }
            }
        }
        Self {
            a: a_name.to_string(),
            b: b_name.to_string(),
            shared: shared.len(),
            only_in_a: a.items().filter(|x| !b.contains(x)).cloned().collect(),
            only_in_b: b.items().filter(|x| !a.contains(x)).cloned().collect(),
            discordant,
            tie_splits,
        }
    }

    /// One discordant pair in words, naming both rankings and every level.
    pub fn describe(&self, d: &Discordance<T>) -> String {
        format!(
            "{} puts `{}` (level {}) above `{}` (level {}); {} puts `{}` (level {}) above `{}` (level {})",
            self.a,
            d.first,
            d.in_a[0],
            d.second,
            d.in_a[1],
            self.b,
            d.second,
            d.in_b[1],
            d.first,
            d.in_b[0]
        )
    }

    /// One tie split in words.
    pub fn describe_tie(&self, t: &TieSplit<T>) -> String {
        let (tying, ordering) = if t.tied_in_a {
            (&self.a, &self.b)
        } else {
            (&self.b, &self.a)
        };
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
    Ok(Discordances::between(
        a.id(),
        &via.ranking(a)?,
        b.id(),
        &via.ranking(b)?,
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
            self.discordant.len(),
            self.tie_splits.len()
        )?;
        for d in &self.discordant {
            write!(f, "\n  discordant: {}", self.describe(d))?;
        }
        for t in &self.tie_splits {
            write!(f, "\n  tie split: {}", self.describe_tie(t))?;
        }
        for (name, items) in [(&self.a, &self.only_in_a), (&self.b, &self.only_in_b)] {
            if !items.is_empty() {
                let list: Vec<String> = items.iter().map(|x| format!("`{x}`")).collect();
                write!(f, "\n  only in {name}: {}", list.join(", "))?;
            }
        }
        Ok(())
    }
}
