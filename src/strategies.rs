//! Proptest strategies for generating rankings (feature `proptest`).
//!
//! Use them to property-test code that consumes [`Ranking`]s: your own
//! orderings, crosswalks or measures.
//!
//! ```
//! use proptest::prelude::*;
//! use security_hierarchy::strategies;
//!
//! proptest!(|(r in strategies::weak_ranking_of_size(1..=8))| {
//!     // Every item sits on exactly one level.
//!     prop_assert_eq!(r.levels().map(<[u32]>::len).sum::<usize>(), r.len());
//! });
//! ```

use std::fmt::Debug;

use proptest::collection::SizeRange;
use proptest::prelude::*;

use crate::ranking::{Item, Ranking};

/// Strict rankings of exactly the given items, in every order.
///
/// # Panics
/// The strategy panics when generating if `items` holds a duplicate, since no
/// ranking of them exists; pass distinct items.
pub fn strict_ranking<T: Item + Debug>(items: Vec<T>) -> impl Strategy<Value = Ranking<T>> {
    Just(items)
        .prop_shuffle()
        .prop_map(|items| Ranking::strict(items).expect("distinct items"))
}

/// Weak orders (ties allowed) of exactly the given items: every order and
/// every way of cutting it into levels.
///
/// # Panics
/// As [`strict_ranking`], for duplicate items.
pub fn weak_ranking<T: Item + Debug>(items: Vec<T>) -> impl Strategy<Value = Ranking<T>> {
    let n = items.len();
    (
        Just(items).prop_shuffle(),
        proptest::collection::vec(any::<bool>(), n),
    )
        .prop_map(|(items, cuts)| levels_from_cuts(items, &cuts))
}

/// Weak orders of a random subset of the given items (possibly empty).
///
/// # Panics
/// As [`strict_ranking`], for duplicate items.
pub fn weak_ranking_of_subset<T: Item + Debug>(items: Vec<T>) -> impl Strategy<Value = Ranking<T>> {
    let n = items.len();
    proptest::collection::vec(any::<bool>(), n).prop_flat_map(move |keep| {
        let kept: Vec<T> = items
            .iter()
            .zip(&keep)
            .filter(|(_, k)| **k)
            .map(|(x, _)| x.clone())
            .collect();
        weak_ranking(kept)
    })
}

/// Strict rankings of the items `0..n`, for `n` in `size` (such as `1..=8`).
pub fn strict_ranking_of_size(size: impl Into<SizeRange>) -> impl Strategy<Value = Ranking<u32>> {
    sizes(size).prop_flat_map(|n| strict_ranking((0..n as u32).collect()))
}

/// Weak orders of the items `0..n`, for `n` in `size` (such as `1..=8`).
pub fn weak_ranking_of_size(size: impl Into<SizeRange>) -> impl Strategy<Value = Ranking<u32>> {
    sizes(size).prop_flat_map(|n| weak_ranking((0..n as u32).collect()))
}

fn sizes(size: impl Into<SizeRange>) -> std::ops::RangeInclusive<usize> {
    let size = size.into();
    size.start()..=size.end_incl()
}

/// Cuts an ordered list into levels: `cuts[i]` starts a new level at item i.
fn levels_from_cuts<T: Item>(items: Vec<T>, cuts: &[bool]) -> Ranking<T> {
    let mut levels: Vec<Vec<T>> = Vec::new();
    for (item, &cut) in items.into_iter().zip(cuts) {
        match levels.last_mut() {
            Some(level) if !cut => level.push(item),
            _ => levels.push(vec![item]),
        }
    }
    Ranking::new(levels).expect("distinct items")
}
