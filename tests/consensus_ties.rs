//! Consensus that may tie items: the exact method against a brute force over
//! every weak order, the heuristic's guarantees, and the errors.

#[path = "consensus_support/reference.rs"]
mod reference;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use security_hierarchy::consensus::{
    Consensus, Heuristic, Kemeny, MAX_TIED_COMPONENT_CEILING, Optimality,
};
use security_hierarchy::{Error, Ranking, strategies};

/// Every weak order of `items` (ordered set partitions): choose the top
/// level among the nonempty subsets, recurse on the rest.
fn weak_orders(items: &[u32]) -> Vec<Vec<Vec<u32>>> {
    if items.is_empty() {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for mask in 1usize..(1 << items.len()) {
        let pick = |inside: bool| -> Vec<u32> {
            (0..items.len())
                .filter(|i| (mask & (1 << i) != 0) == inside)
                .map(|i| items[i])
                .collect()
        };
        let (top, rest) = (pick(true), pick(false));
        for mut tail in weak_orders(&rest) {
            tail.insert(0, top.clone());
            out.push(tail);
        }
    }
    out
}

fn union(inputs: &[Ranking<u32>]) -> Vec<u32> {
    let mut all: Vec<u32> = inputs.iter().flat_map(|r| r.items().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// A profile of 1..=7 weak orders over subsets of 0..n, n ≤ `max_items`.
fn profile(max_items: u32) -> impl Strategy<Value = Vec<Ranking<u32>>> {
    (1..=max_items).prop_flat_map(|n| {
        proptest::collection::vec(strategies::weak_ranking_of_subset((0..n).collect()), 1..=7)
    })
}

fn penalty() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(0.5), Just(1.0), Just(0.25), 0.0..=1.0f64]
}

/// The least brute-force cost and how many weak orders reach it.
fn brute_force(inputs: &[Ranking<u32>], p: f64) -> (f64, usize) {
    let costs: Vec<f64> = weak_orders(&union(inputs))
        .into_iter()
        .map(|levels| reference::cost(inputs, &Ranking::new(levels).unwrap(), p))
        .collect();
    let min = costs.iter().copied().fold(f64::INFINITY, f64::min);
    let optima = costs.iter().filter(|&&c| (c - min).abs() < 1e-9).count();
    (min, optima)
}

#[test]
fn there_are_4683_weak_orders_of_six_items() {
    // OEIS A000670, the ordered Bell (Fubini) numbers.
    let counts: Vec<usize> = (0..=6u32)
        .map(|n| weak_orders(&(0..n).collect::<Vec<_>>()).len())
        .collect();
    assert_eq!(counts, vec![1, 1, 3, 13, 75, 541, 4683]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    #[test]
    fn exact_with_ties_equals_brute_force(inputs in profile(6), p in penalty()) {
        let exact = Kemeny::new().tie_penalty(p).allow_ties(true).solve(&inputs).unwrap();
        let (min, optima) = brute_force(&inputs, p);
        prop_assert!((exact.cost() - min).abs() < 1e-9, "cost {} vs brute force {}", exact.cost(), min);
        prop_assert!((reference::cost(&inputs, exact.ranking(), p) - exact.cost()).abs() < 1e-9);
        let expected = if optima == 1 { Optimality::Unique } else { Optimality::Multiple };
        prop_assert_eq!(exact.optimality(), expected, "{} optimal weak orders", optima);
    }

    #[test]
    fn ties_never_cost_more_than_the_strict_optimum(inputs in profile(7), p in penalty()) {
        let weak = Kemeny::new().tie_penalty(p).allow_ties(true).solve(&inputs).unwrap();
        let strict = Kemeny::new().tie_penalty(p).solve(&inputs).unwrap();
        prop_assert!(weak.cost() <= strict.cost() + 1e-9);
    }

    #[test]
    fn heuristic_with_ties_is_bounded_by_the_optimum_and_every_input(
        inputs in profile(7),
        p in penalty(),
        seed in any::<u64>(),
    ) {
        let fast = Heuristic::new().tie_penalty(p).seed(seed).allow_ties(true).solve(&inputs).unwrap();
        let exact = Kemeny::new().tie_penalty(p).allow_ties(true).solve(&inputs).unwrap();
        prop_assert!(fast.cost() >= exact.cost() - 1e-9);
        prop_assert_eq!(fast.optimality(), Optimality::NotProven);
        prop_assert_eq!(fast.ranking().len(), union(&inputs).len());
        let all = union(&inputs);
        for input in &inputs {
            // The input completed with the items it lacks tied at the bottom.
            let mut levels: Vec<Vec<u32>> = input.levels().map(<[u32]>::to_vec).collect();
            let missing: Vec<u32> = all.iter().copied().filter(|x| !input.contains(x)).collect();
            if !missing.is_empty() {
                levels.push(missing);
            }
            let completed = Ranking::new(levels).unwrap();
            prop_assert!(fast.cost() <= reference::cost(&inputs, &completed, p) + 1e-9);
        }
        let again = Heuristic::new().tie_penalty(p).seed(seed).allow_ties(true).solve(&inputs).unwrap();
        prop_assert_eq!(fast.ranking(), again.ranking());
    }
}

#[test]
fn heuristic_with_ties_finds_the_optimum_on_most_small_profiles() {
    // 300 fixed random profiles of 7 weak orders over 8 items.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = proptest::collection::vec(strategies::weak_ranking((0..8u32).collect()), 7);
    let (mut found, total) = (0, 300);
    for _ in 0..total {
        let inputs = strategy.new_tree(&mut runner).unwrap().current();
        let fast = Heuristic::new().allow_ties(true).solve(&inputs).unwrap();
        let exact = Kemeny::new().allow_ties(true).solve(&inputs).unwrap();
        assert!(fast.cost() >= exact.cost() - 1e-9);
        if fast.cost() <= exact.cost() + 1e-9 {
            found += 1;
        }
    }
    assert!(found * 10 >= total * 9, "optimal on {found} of {total}");
}

#[test]
fn a_tie_in_the_consensus_records_an_even_split() {
    // Two analysts order security and development oppositely, a third ties
    // them: with ties allowed the consensus ties them, and each strict input
    // pays p for it.
    let inputs = [
        Ranking::strict([1u32, 2, 3]).unwrap(),
        Ranking::strict([2u32, 1, 3]).unwrap(),
        Ranking::new(vec![vec![1u32, 2], vec![3]]).unwrap(),
    ];
    let c = Kemeny::new().allow_ties(true).solve(&inputs).unwrap();
    assert_eq!(
        c.ranking(),
        &Ranking::new(vec![vec![1, 2], vec![3]]).unwrap()
    );
    assert_eq!(c.distances(), &[0.5, 0.5, 0.0]);
    assert!(c.overruled().is_empty());
    // At p = 1 a tie costs as much as a reversal, and both strict orders
    // (and the tie) cost 2: several optima.
    let c = Kemeny::new()
        .tie_penalty(1.0)
        .allow_ties(true)
        .solve(&inputs)
        .unwrap();
    assert_eq!(c.cost(), 2.0);
    assert_eq!(c.optimality(), Optimality::Multiple);
}

#[test]
fn bad_input_is_a_typed_error_naming_the_value() {
    type Solve = fn(&[Ranking<u32>], f64) -> Result<Consensus<u32>, Error>;
    let one = [Ranking::strict([1u32, 2]).unwrap()];
    let none: [Ranking<u32>; 0] = [];
    let methods: [Solve; 2] = [
        |r, p| Kemeny::new().tie_penalty(p).allow_ties(true).solve(r),
        |r, p| Heuristic::new().tie_penalty(p).allow_ties(true).solve(r),
    ];
    for solve in methods {
        assert_eq!(solve(&none, 0.5).unwrap_err(), Error::NoRankings);
        let err = solve(&one, f64::NAN).unwrap_err();
        assert_eq!(err.to_string(), "tie penalty p = NaN is outside [0, 1]");
        let err = solve(&one, 1.5).unwrap_err();
        assert_eq!(err, Error::InvalidPenalty { tie_penalty: 1.5 });
        assert_eq!(err.to_string(), "tie penalty p = 1.5 is outside [0, 1]");
        let err = solve(&one, -0.0625).unwrap_err();
        assert_eq!(err.to_string(), "tie penalty p = -0.0625 is outside [0, 1]");
    }
    let empty = vec![Ranking::<u32>::new(Vec::<Vec<u32>>::new()).unwrap(); 2];
    for solve in methods {
        let c = solve(&empty, 0.5).unwrap();
        assert!(c.ranking().is_empty());
        assert_eq!(c.cost(), 0.0);
        assert_eq!(c.distances(), &[0.0, 0.0]);
    }
    for limit in [0, MAX_TIED_COMPONENT_CEILING + 1] {
        let err = Kemeny::new()
            .allow_ties(true)
            .max_component(limit)
            .solve(&one)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("component limit {limit} is outside 1..={MAX_TIED_COMPONENT_CEILING}")
        );
    }
}

#[test]
fn a_part_past_the_limit_is_refused_naming_the_limit_and_the_heuristic() {
    // Four rotations: a majority cycle a > b > c > d > a, so nothing splits.
    let inputs = [
        Ranking::strict(["a", "b", "c", "d"]).unwrap(),
        Ranking::strict(["b", "c", "d", "a"]).unwrap(),
        Ranking::strict(["c", "d", "a", "b"]).unwrap(),
        Ranking::strict(["d", "a", "b", "c"]).unwrap(),
    ];
    let err = Kemeny::new()
        .allow_ties(true)
        .max_component(3)
        .solve(&inputs)
        .unwrap_err();
    assert_eq!(
        err,
        Error::TooLargeForTies {
            size: 4,
            limit: 3,
            ceiling: MAX_TIED_COMPONENT_CEILING
        }
    );
    assert_eq!(
        err.to_string(),
        "4 items form one part that no proven split divides, more than the exact limit of 3 \
         for a consensus with ties; raise it with `Kemeny::max_component` (up to 20) or use \
         `Heuristic::allow_ties`"
    );
    let c = Kemeny::new()
        .allow_ties(true)
        .max_component(4)
        .solve(&inputs)
        .unwrap();
    let strict = Kemeny::new().solve(&inputs).unwrap();
    assert!(c.cost() <= strict.cost());
}
