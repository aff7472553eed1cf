//! Tier inversions: a lower-tier item ranked above a higher-tier one.

use std::fmt;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::hierarchy::Hierarchy;
use crate::hierarchy::{Order, OrderKind};
use crate::limit::Limits;
use crate::partial_order::{PartialOrder, UNCLASSED};
use crate::ranking::{Inversion, Item, Ranking};
use crate::via::Via;
use crate::vocabulary::Tier;

/// Every inversion of one hierarchy against an ordered vocabulary: each pair
/// `x` above `y` whose targets the vocabulary's order ranks the other way.
///
/// Ties never count: neither items tied in the hierarchy nor items whose
/// targets tie. For a partial order, the pairs checked are its implied
/// precedences (the transitive closure); an unordered hierarchy has none.
///
/// ```
/// use security_hierarchy::conflict::InversionReport;
/// use security_hierarchy::hierarchy::Order;
/// use security_hierarchy::{Ranking, Tier};
/// let r = Ranking::strict(["party", "neighbours", "unity"])?;
/// let tier = |x: &&str| match *x {
///     "neighbours" => Some(Tier::Regional),
///     _ => Some(Tier::Regime),
/// };
/// let report = InversionReport::new("mine", &Order::Ranked(r), "tier", tier, &Tier::ranking())?;
/// assert_eq!(report.to_string(), "mine onto tier: 1 inversion\n  `neighbours` (regional) is ranked above `unity` (regime)");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InversionReport<T, U> {
    /// The hierarchy's name.
    pub hierarchy: String,
    /// The vocabulary's name, such as `tier`.
    pub vocabulary: String,
    /// The kind of order checked.
    pub order: OrderKind,
    /// The inversions, higher item first in the hierarchy's order.
    pub inversions: Vec<Inversion<T, U>>,
    /// How many inversions there are in all; `inversions` lists the first.
    pub total: u64,
}

impl<T: Item, U: Item> InversionReport<T, U> {
    /// The inversions of `order` mapped through `map` against `against`:
    /// of a ranking (built on [`Ranking::project`] and
    /// [`crate::Projection::inversions_against`]), of a partial order's
    /// implied precedences, or none for an unordered set. Lists the first
    /// [`crate::limit::DEFAULT_MAX_PAIRS`] and counts them all
    /// ([`InversionReport::new_limited`] sets the limit). An empty order has none.
    ///
    /// # Errors
    /// [`Error::Unmapped`] for an item `map` sends nowhere;
    /// [`Error::UnknownTarget`] for a target `against` does not rank.
    pub fn new(
        name: &str,
        order: &Order<T>,
        vocabulary: &str,
        map: impl FnMut(&T) -> Option<U>,
        against: &Ranking<U>,
    ) -> Result<Self> {
        Self::new_limited(
            name,
            order,
            vocabulary,
            map,
            against,
            crate::limit::DEFAULT_MAX_PAIRS,
        )
    }

    /// [`InversionReport::new`], listing at most `max_pairs` inversions.
    /// O((n + k) log n) for a ranking of n items and k = `max_pairs`; for a
    /// partial order, as [`InversionReport::new_within`] with the default
    /// [`Limits::max_closure_items`].
    ///
    /// # Errors
    /// As [`InversionReport::new_within`].
    pub fn new_limited(
        name: &str,
        order: &Order<T>,
        vocabulary: &str,
        map: impl FnMut(&T) -> Option<U>,
        against: &Ranking<U>,
        max_pairs: usize,
    ) -> Result<Self> {
        let limits = Limits::new().max_pairs(max_pairs);
        Self::new_within(name, order, vocabulary, map, against, limits)
    }

    /// [`InversionReport::new`] within `limits`: listing at most
    /// [`Limits::pairs`] inversions, and counting a partial order's implied
    /// precedences only within [`Limits::closure_items`].
    ///
    /// O((n + k) log n) for a ranking of n items and k listed. For a
    /// partial order of n items and e stated precedences onto t target
    /// levels, without its transitive closure: O(n + e) to find that there
    /// is no inversion; otherwise the count takes O((n + e)·min(p, n/64))
    /// for a greedy cover of the items by p paths of stated precedences (a
    /// chain is one path), and listing one pruned search per item whose
    /// inversions are listed. Memory O(n·t) plus at most 64 MiB of work
    /// space, never n².
    ///
    /// ```
    /// use security_hierarchy::conflict::InversionReport;
    /// use security_hierarchy::hierarchy::Order;
    /// use security_hierarchy::limit::Limits;
    /// use security_hierarchy::{PartialOrder, Tier};
    /// let po = PartialOrder::new(["seas", "party", "world"], [("seas", "party"), ("party", "world")])?;
    /// let tier = |x: &&str| Some(match *x {
    ///     "seas" => Tier::Regional,
    ///     "party" => Tier::Regime,
    ///     _ => Tier::Global,
    /// });
    /// let order = Order::Partial(po);
    /// let report = InversionReport::new_within("p", &order, "tier", tier, &Tier::ranking(), Limits::new())?;
    /// assert_eq!(report.total, 1);
    /// // 3 items on 2 paths are past a limit of 1 item (which allows 1 path).
    /// let two_paths = Order::Partial(PartialOrder::new(["party", "seas", "world"], [("party", "world"), ("seas", "world")])?);
    /// let tier = |x: &&str| Some(if *x == "party" { Tier::Global } else { Tier::Regime });
    /// let limits = Limits::new().max_closure_items(1);
    /// let err = InversionReport::new_within("p", &two_paths, "tier", tier, &Tier::ranking(), limits).unwrap_err();
    /// assert_eq!(err.to_string(), "the closure of the precedences would hold 3 items, more than the limit of 1");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Unmapped`] for an item `map` sends nowhere;
    /// [`Error::UnknownTarget`] for a target `against` does not rank;
    /// [`Error::TooManyItems`] when a partial order's implied precedences
    /// would be counted past [`Limits::closure_items`].
    pub fn new_within(
        name: &str,
        order: &Order<T>,
        vocabulary: &str,
        map: impl FnMut(&T) -> Option<U>,
        against: &Ranking<U>,
        limits: Limits,
    ) -> Result<Self> {
        let (kind, (inversions, total)) = match order {
            Order::Ranked(r) => (
                OrderKind::Ranked,
                r.project(vocabulary, map)?
                    .inversions_limited(against, limits.pairs())?,
            ),
            Order::Partial(p) => (
                OrderKind::Partial,
                partial_inversions(p, vocabulary, map, against, limits)?,
            ),
            Order::Unordered(_) => (OrderKind::Unordered, (Vec::new(), 0)),
        };
        Ok(Self {
            hierarchy: name.to_string(),
            vocabulary: vocabulary.to_string(),
            order: kind,
            inversions,
            total,
        })
    }

    /// Whether there is no inversion.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

/// The inversions of a partial order's implied precedences: the first
/// `limits.pairs()` in item order, and how many there are. Every item must
/// map onto a target `order` ranks. See [`partial_inversions_of`] for the
/// cost.
fn partial_inversions<T: Item, U: Item>(
    partial: &PartialOrder<T>,
    vocabulary: &str,
    mut map: impl FnMut(&T) -> Option<U>,
    order: &Ranking<U>,
    limits: Limits,
) -> Result<(Vec<Inversion<T, U>>, u64)> {
    let targets: Vec<Option<U>> = partial
        .items()
        .map(|x| {
            let t = map(x).ok_or_else(|| Error::Unmapped {
                item: x.to_string(),
                vocabulary: vocabulary.to_string(),
            })?;
            if order.contains(&t) {
                Ok(Some(t))
            } else {
                Err(Error::UnknownTarget {
                    item: x.to_string(),
                    target: t.to_string(),
                })
            }
        })
        .collect::<Result<_>>()?;
    partial_inversions_of(partial, &targets, order, limits)
}

/// The inversions of a partial order's implied precedences among the items
/// with a target (`targets` by item index; `order` must rank each one).
/// Items without one are left out of every pair, but precedences implied
/// through them still count.
///
/// Without the transitive closure: listing costs O(n + e) plus one pruned
/// search for each of the at most `limits.pairs()` items whose inversions
/// are listed; counting costs O(n + e) when there is no inversion, else
/// O((n + e)·min(k, n/64)) for a greedy cover by k paths, with memory
/// O(n·t) plus 64 MiB (n items, e stated precedences, t target levels).
///
/// # Errors
/// [`Error::TooManyItems`] when counting would pass the size set by
/// [`Limits::max_closure_items`].
pub(crate) fn partial_inversions_of<T: Item, U: Item>(
    partial: &PartialOrder<T>,
    targets: &[Option<U>],
    order: &Ranking<U>,
    limits: Limits,
) -> Result<(Vec<Inversion<T, U>>, u64)> {
    // A higher level is a lower priority: an inversion puts an item above
    // one of a lower level.
    let class: Vec<u32> = targets
        .iter()
        .map(|t| {
            t.as_ref().map_or(UNCLASSED, |t| {
                let level = order.level_of(t).expect("targets are ranked");
                u32::try_from(level).expect("fewer levels than u32::MAX")
            })
        })
        .collect();
    let total = partial.count_pairs_below(&class, limits.closure_items())?;
    let inversions = partial
        .pairs_below(&class, limits.pairs())
        .into_iter()
        .map(|(h, l)| Inversion {
            higher: partial.item_at(h).clone(),
            lower: partial.item_at(l).clone(),
            higher_target: targets[h].clone().expect("classed"),
            lower_target: targets[l].clone().expect("classed"),
        })
        .collect();
    Ok((inversions, total))
}

/// The tier inversions of a hierarchy, with `via` saying where each item
/// sits among the tiers: [`Via::Tier`] for the document's own tier
/// crosswalk, [`Via::Items`] when its items are tier slugs, or a user's map
/// onto tier slugs. Checks its ranking, or its partial order's implied
/// precedences; an unordered document has none. Costs as
/// [`InversionReport::new_within`] with the default [`Limits`].
///
/// ```
/// use security_hierarchy::conflict::tier_inversions;
/// use security_hierarchy::{Via, corpus};
/// let report = tier_inversions(&corpus::hierarchy("erickson-2019")?, &Via::Tier)?;
/// assert!(report.is_empty());
/// assert_eq!(report.to_string(), "erickson-2019 onto tier: no inversions");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// [`Error::Unmapped`] for an item without a mapping this way;
/// [`Error::UnknownSlug`] for a target that is not a tier.
pub fn tier_inversions(h: &Hierarchy, via: &Via) -> Result<InversionReport<String, Tier>> {
    tier_inversions_within(h, via, Limits::new())
}

/// [`tier_inversions`] within `limits` (see [`InversionReport::new_within`]).
pub(crate) fn tier_inversions_within(
    h: &Hierarchy,
    via: &Via,
    limits: Limits,
) -> Result<InversionReport<String, Tier>> {
    // Resolve every item first, so that a target that is not a tier is an
    // error rather than a missing mapping.
    let mut tiers = indexmap::IndexMap::new();
    for entry in h.items() {
        if let Some(target) = via.target_in(h, &entry.id) {
            tiers.insert(entry.id.clone(), target.parse::<Tier>()?);
        }
    }
    let map = |id: &String| tiers.get(id).copied();
    InversionReport::new_within(h.id(), h.order(), "tier", map, &Tier::ranking(), limits)
}

impl<T: Item, U: Item> fmt::Display for Inversion<T, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` ({}) is ranked above `{}` ({})",
            self.higher, self.higher_target, self.lower, self.lower_target
        )
    }
}

impl<T: Item, U: Item> fmt::Display for InversionReport<T, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} onto {}: ", self.hierarchy, self.vocabulary)?;
        match self.total {
            0 if self.order == OrderKind::Unordered => f.write_str("no order, so no inversions"),
            0 => f.write_str("no inversions"),
            1 => f.write_str("1 inversion"),
            n => write!(
                f,
                "{} inversions",
                crate::limit::shown_of(self.inversions.len(), n)
            ),
        }?;
        for inv in &self.inversions {
            write!(f, "\n  {inv}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    /// The module docs' table, rendered from a run on every built-in.
    fn table() -> String {
        let mut out = String::from("| hierarchy | order | tier inversions |\n|---|---|---|\n");
        for entry in corpus::catalogue() {
            let report =
                tier_inversions(&entry.hierarchy(), &Via::Tier).expect("built-ins map every item");
            let cell = match (report.order, report.inversions.len()) {
                (OrderKind::Unordered, _) => "none (no order stated)".to_string(),
                (_, 0) => "none".to_string(),
                _ => report
                    .inversions
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            };
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                entry.id, report.order, cell
            ));
        }
        out
    }

    #[test]
    fn docs_table_matches_a_run_on_every_builtin() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/conflict/tier_inversions.md"
        );
        let expected = table();
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(path, &expected).expect("writable source tree");
        }
        assert_eq!(
            include_str!("tier_inversions.md"),
            expected,
            "rerun with UPDATE_DOCS=1"
        );
    }

    proptest::proptest! {
        #[test]
        fn partial_order_inversions_match_the_closure(
            n in 1usize..70,
            raw in proptest::collection::vec((0usize..70, 0usize..70), 0..150),
            tiers in proptest::collection::vec(0usize..3, 70),
            limit in 0usize..40,
        ) {
            let edges: Vec<(usize, usize)> = raw
                .into_iter()
                .map(|(a, b)| (a % n, b % n))
                .filter(|(a, b)| a < b)
                .collect();
            let po = PartialOrder::new(0..n, edges.iter().copied()).unwrap();
            let tier = |x: &usize| Some(Tier::ALL[tiers[*x]]);
            let report = InversionReport::new_limited(
                "p", &Order::Partial(po.clone()), "tier", tier, &Tier::ranking(), limit,
            ).unwrap();
            // Every implied precedence whose lower item has the higher tier.
            let expected: Vec<(usize, usize)> = po
                .closure()
                .filter(|&(h, l)| tiers[*l] < tiers[*h])
                .map(|(h, l)| (*h, *l))
                .collect();
            proptest::prop_assert_eq!(report.total, expected.len() as u64);
            let listed: Vec<(usize, usize)> =
                report.inversions.iter().map(|i| (i.higher, i.lower)).collect();
            proptest::prop_assert_eq!(&listed[..], &expected[..limit.min(expected.len())]);
        }
    }

    #[test]
    fn partial_order_inversions_use_implied_precedences() {
        // a > b > c stated as a chain; c is regime, a is global: a above c is implied.
        let po = PartialOrder::new(["a", "b", "c"], [("a", "b"), ("b", "c")]).unwrap();
        let tier = |x: &&str| {
            Some(match *x {
                "a" | "b" => Tier::Global,
                _ => Tier::Regime,
            })
        };
        let report =
            InversionReport::new("p", &Order::Partial(po), "tier", tier, &Tier::ranking()).unwrap();
        let pairs: Vec<(&str, &str)> = report
            .inversions
            .iter()
            .map(|i| (i.higher, i.lower))
            .collect();
        assert_eq!(pairs, [("a", "c"), ("b", "c")]);
        assert_eq!(
            report.to_string(),
            "p onto tier: 2 inversions\n  `a` (global) is ranked above `c` (regime)\n  `b` (global) is ranked above `c` (regime)"
        );
    }

    #[test]
    fn partial_order_errors_name_the_item() {
        let po = PartialOrder::new(["a", "b"], [("a", "b")]).unwrap();
        let err = InversionReport::new(
            "p",
            &Order::Partial(po.clone()),
            "tier",
            |x: &&str| (*x == "a").then_some(Tier::Regime),
            &Tier::ranking(),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "item `b` has no mapping onto tier");
        let order = Ranking::strict([Tier::Regime]).unwrap();
        let err = InversionReport::new(
            "p",
            &Order::Partial(po.clone()),
            "tier",
            |_: &&str| Some(Tier::Global),
            &order,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "item `a` maps onto `global`, which the target order does not rank"
        );
    }

    #[test]
    fn unordered_documents_have_no_inversions() {
        let report =
            tier_inversions(&corpus::hierarchy("white-paper-2011").unwrap(), &Via::Tier).unwrap();
        assert_eq!(
            report.to_string(),
            "white-paper-2011 onto tier: no order, so no inversions"
        );
    }
}
