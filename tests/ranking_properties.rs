//! Laws of rankings, partial orders and projections, checked on generated inputs.

use std::cmp::Ordering;

use proptest::prelude::*;
use security_hierarchy::strategies::{strict_ranking_of_size, weak_ranking, weak_ranking_of_size};
use security_hierarchy::{Error, PartialOrder, Ranking};

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(128)
}

proptest! {
    #![proptest_config(config())]

    /// Repeating any item anywhere is rejected, naming the item and both levels.
    #[test]
    fn constructors_reject_every_duplicate(
        r in weak_ranking_of_size(1..=8),
        pick in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
    ) {
        let items: Vec<u32> = r.items().copied().collect();
        let dup = items[pick.index(items.len())];
        let mut levels: Vec<Vec<u32>> = r.levels().map(<[u32]>::to_vec).collect();
        let target = at.index(levels.len());
        levels[target].push(dup);
        let first = r.level_of(&dup).unwrap();
        let (first, second) = (first.min(target) + 1, first.max(target) + 1);
        prop_assert_eq!(
            Ranking::new(levels).unwrap_err(),
            Error::DuplicateItem { item: dup.to_string(), first, second }
        );
        let mut flat = items.clone();
        flat.push(dup);
        prop_assert!(matches!(Ranking::strict(flat), Err(Error::DuplicateItem { .. })), "strict accepted a duplicate");
        let scored = items.iter().chain([&dup]).map(|&x| (x, 1.0));
        prop_assert!(matches!(Ranking::from_scores(scored), Err(Error::DuplicateItem { .. })), "from_scores accepted a duplicate");
    }

    /// `compare` is reflexive, antisymmetric, transitive and agrees with `level_of`.
    #[test]
    fn compare_is_a_total_preorder_agreeing_with_levels(r in weak_ranking_of_size(0..=7)) {
        let items: Vec<u32> = r.items().copied().collect();
        for a in &items {
            prop_assert_eq!(r.compare(a, a), Some(Ordering::Equal));
            for b in &items {
                let ab = r.compare(a, b).unwrap();
                prop_assert_eq!(ab, r.level_of(b).unwrap().cmp(&r.level_of(a).unwrap()));
                prop_assert_eq!(ab.reverse(), r.compare(b, a).unwrap());
                for c in &items {
                    if ab != Ordering::Less && r.compare(b, c).unwrap() != Ordering::Less {
                        prop_assert_ne!(r.compare(a, c).unwrap(), Ordering::Less);
                    }
                }
            }
        }
        prop_assert_eq!(r.compare(&0, &1000), None);
    }

    /// Levels follow descending scores, and equal scores share a level.
    #[test]
    fn from_scores_agrees_with_sorting(scores in prop::collection::vec(-3i8..3, 0..10)) {
        let pairs: Vec<(usize, f64)> = scores.iter().map(|&s| f64::from(s)).enumerate().collect();
        let r = Ranking::from_scores(pairs.clone()).unwrap();
        for &(a, sa) in &pairs {
            for &(b, sb) in &pairs {
                prop_assert_eq!(r.compare(&a, &b), sa.partial_cmp(&sb));
            }
        }
        let mut distinct: Vec<i8> = scores.clone();
        distinct.sort_unstable();
        distinct.dedup();
        prop_assert_eq!(r.level_count(), distinct.len());
    }

    /// A map that preserves the order onto a strictly ordered vocabulary
    /// exposes no inversion; one that reverses it exposes every strict pair.
    #[test]
    fn projection_inversions_follow_monotonicity(r in weak_ranking_of_size(0..=8)) {
        let target = Ranking::strict(0..8usize).unwrap();
        let preserving = r.project("levels", |x| r.level_of(x)).unwrap();
        prop_assert!(preserving.inversions_against(&target).unwrap().is_empty());
        let reversing = r.project("levels", |x| r.level_of(x).map(|l| 7 - l)).unwrap();
        let strict_pairs: usize = (0..r.level_count())
            .flat_map(|i| (i + 1..r.level_count()).map(move |j| (i, j)))
            .map(|(i, j)| r.level(i).unwrap().len() * r.level(j).unwrap().len())
            .sum();
        prop_assert_eq!(reversing.inversions_against(&target).unwrap().len(), strict_pairs);
    }

    /// Rankings survive TOML and JSON unchanged.
    #[test]
    fn rankings_round_trip_through_toml_and_json(
        r in weak_ranking((0..8).map(|i| format!("item-{i}")).collect())
    ) {
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Doc { ranking: Ranking<String> }
        let json = serde_json::to_string(&r).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Ranking<String>>(&json).unwrap(), &r);
        let toml_text = toml::to_string(&Doc { ranking: r.clone() }).unwrap();
        prop_assert_eq!(&toml::from_str::<Doc>(&toml_text).unwrap().ranking, &r);
    }

    /// A ranking is a linear extension of its own partial order exactly when strict.
    #[test]
    fn a_ranking_extends_its_own_partial_order(r in weak_ranking_of_size(0..=7)) {
        let po = PartialOrder::from(&r);
        prop_assert!(po.extension_violations(&r).is_empty());
        prop_assert_eq!(po.is_linear_extension(&r), r.is_strict());
    }

    /// Reversing a strict ranking breaks every stated precedence of a chain.
    #[test]
    fn a_reversed_chain_violates_every_precedence(r in strict_ranking_of_size(2..=7)) {
        let po = PartialOrder::from(&r);
        prop_assert_eq!(po.extension_violations(&r.reversed()).len(), r.len() * (r.len() - 1) / 2);
    }
}

proptest! {
    #![proptest_config(config())]

    /// The single store gives back exactly the levels it was built from,
    /// walked from either end or looked up one at a time, and every item's
    /// position and level agree with them.
    #[test]
    fn levels_round_trip(
        sizes in prop::collection::vec(1usize..40, 0..30),
    ) {
        let mut next = 0u32;
        let given: Vec<Vec<u32>> = sizes
            .iter()
            .map(|&k| (0..k).map(|_| { next += 1; next * 7 % 1009 }).collect())
            .collect();
        let r = Ranking::new(given.clone()).unwrap();
        let forward: Vec<Vec<u32>> = r.levels().map(<[u32]>::to_vec).collect();
        prop_assert_eq!(&forward, &given);
        let mut backward: Vec<Vec<u32>> = r.levels().rev().map(<[u32]>::to_vec).collect();
        backward.reverse();
        prop_assert_eq!(&backward, &given);
        prop_assert_eq!(r.levels().len(), given.len());
        prop_assert_eq!(r.level_count(), given.len());
        prop_assert_eq!(r.level(given.len()), None);
        let mut position = 0;
        for (l, level) in given.iter().enumerate() {
            prop_assert_eq!(r.level(l), Some(&level[..]));
            for item in level {
                prop_assert_eq!(r.level_of(item), Some(l));
                prop_assert_eq!(r.position_of(item), Some(position));
                position += 1;
            }
        }
        prop_assert_eq!(r.items().copied().collect::<Vec<_>>(), given.concat());
        // Mixed ends meet in the middle without losing or repeating a level.
        let mut levels = r.levels();
        let mut met = 0;
        while let Some(level) = if met % 2 == 0 { levels.next() } else { levels.next_back() } {
            prop_assert!(!level.is_empty());
            met += 1;
        }
        prop_assert_eq!(met, given.len());
    }

    /// Built from scores, a ranking's levels are the distinct scores from
    /// the highest down, with the items of each in their given order.
    #[test]
    fn from_scores_groups_equal_scores(
        scores in prop::collection::vec(-4i8..4, 0..60),
    ) {
        let r = Ranking::from_scores(scores.iter().enumerate().map(|(i, &s)| (i, f64::from(s)))).unwrap();
        let mut distinct: Vec<i8> = scores.clone();
        distinct.sort_unstable_by(|a, b| b.cmp(a));
        distinct.dedup();
        let want: Vec<Vec<usize>> = distinct
            .iter()
            .map(|&d| (0..scores.len()).filter(|&i| scores[i] == d).collect())
            .collect();
        prop_assert_eq!(r.levels().map(<[usize]>::to_vec).collect::<Vec<_>>(), want);
    }
}
