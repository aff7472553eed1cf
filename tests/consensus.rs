//! Consensus methods against brute force, textbook profiles and the
//! classical axioms.
// Reference computations convert small test sizes between integer types.
#![allow(clippy::cast_possible_wrap, clippy::cast_sign_loss)]

#[path = "consensus_support/reference.rs"]
mod reference;

use proptest::prelude::*;
use security_hierarchy::consensus::{
    self, Borda, Consensus, Copeland, Heuristic, Kemeny, MAX_COMPONENT_CEILING, Method, Optimality,
};
use security_hierarchy::{Error, Ranking, strategies};

fn strict(items: &[&'static str]) -> Ranking<&'static str> {
    Ranking::strict(items.iter().copied()).unwrap()
}

fn repeat(r: &Ranking<&'static str>, times: usize) -> Vec<Ranking<&'static str>> {
    vec![r.clone(); times]
}

/// Every permutation of `items` (Heap's algorithm).
fn permutations<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    fn heap<T: Clone>(k: usize, a: &mut Vec<T>, out: &mut Vec<Vec<T>>) {
        if k <= 1 {
            out.push(a.clone());
            return;
        }
        for i in 0..k {
            heap(k - 1, a, out);
            let j = if k % 2 == 0 { i } else { 0 };
            a.swap(j, k - 1);
        }
    }
    let mut out = Vec::new();
    heap(items.len(), &mut items.to_vec(), &mut out);
    out
}

/// A profile of 1..=5 weak orders over subsets of 0..n, n ≤ 7.
fn profile(max_items: u32) -> impl Strategy<Value = Vec<Ranking<u32>>> {
    (1..=max_items).prop_flat_map(|n| {
        proptest::collection::vec(strategies::weak_ranking_of_subset((0..n).collect()), 1..=5)
    })
}

fn union(inputs: &[Ranking<u32>]) -> Vec<u32> {
    let mut all: Vec<u32> = inputs.iter().flat_map(|r| r.items().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn kemeny_equals_brute_force(inputs in profile(7), p in 0.0..=1.0f64) {
        let exact = Kemeny::new().tie_penalty(p).solve(&inputs).unwrap();
        let costs: Vec<f64> = permutations(&union(&inputs))
            .into_iter()
            .map(|perm| reference::cost(&inputs, &Ranking::strict(perm).unwrap(), p))
            .collect();
        let best = costs.iter().copied().fold(f64::INFINITY, f64::min);
        let optima = costs.iter().filter(|&&c| (c - best).abs() < 1e-9).count();
        prop_assert!(exact.ranking().is_strict());
        prop_assert!((exact.cost() - best).abs() < 1e-9, "{} vs {}", exact.cost(), best);
        prop_assert!((reference::cost(&inputs, exact.ranking(), p) - exact.cost()).abs() < 1e-9);
        let expected = if optima == 1 { Optimality::Unique } else { Optimality::Multiple };
        prop_assert_eq!(exact.optimality(), expected);
        for (input, d) in inputs.iter().zip(exact.distances()) {
            prop_assert!((reference::distance(input, exact.ranking(), p) - d).abs() < 1e-9);
        }

        let fast = Heuristic::new().tie_penalty(p).seed(3).solve(&inputs).unwrap();
        prop_assert!(fast.ranking().is_strict());
        prop_assert_eq!(fast.ranking().len(), exact.ranking().len());
        prop_assert!(fast.cost() >= exact.cost() - 1e-9);
    }

    #[test]
    fn weak_consensus_costs_match_the_definition(inputs in profile(7), p in 0.0..=1.0f64) {
        for c in [Borda::new().tie_penalty(p).solve(&inputs).unwrap(), Copeland::new().tie_penalty(p).solve(&inputs).unwrap()] {
            prop_assert!((reference::cost(&inputs, c.ranking(), p) - c.cost()).abs() < 1e-9);
            prop_assert_eq!(c.ranking().len(), union(&inputs).len());
        }
    }

    #[test]
    fn overruled_pairs_are_exactly_the_reversed_majorities(inputs in profile(7)) {
        let c = consensus::kemeny(&inputs).unwrap();
        let g = security_hierarchy::majority::MajorityGraph::new(&inputs);
        let mut expected = Vec::new();
        for a in union(&inputs) {
            for b in union(&inputs) {
                let m = g.margin(&a, &b).unwrap();
                if m > 0 && c.ranking().compare(&a, &b) == Some(std::cmp::Ordering::Less) {
                    expected.push((a, b, m as u32));
                }
            }
        }
        let mut got: Vec<(u32, u32, u32)> =
            c.overruled().iter().map(|o| (o.winner, o.loser, o.margin())).collect();
        got.sort_unstable();
        expected.sort_unstable();
        prop_assert_eq!(got, expected);
    }

    /// When the majority graph is a strict total order, Kemeny, Copeland and
    /// the heuristic return it. The order is made a majority on every pair
    /// by adding more copies of it than there are other inputs.
    #[test]
    fn condorcet_consistency(
        base in strategies::strict_ranking_of_size(1..=8),
        noise in proptest::collection::vec(strategies::weak_ranking_of_subset((0..8).collect()), 0..=4),
        seed in any::<u64>(),
    ) {
        let noise: Vec<Ranking<u32>> =
            noise.into_iter().map(|r| r.restrict(|x| base.contains(x))).collect();
        let mut inputs = noise.clone();
        inputs.extend(vec![base.clone(); noise.len() + 1]);
        let exact = consensus::kemeny(&inputs).unwrap();
        prop_assert_eq!(exact.ranking(), &base);
        prop_assert_eq!(exact.optimality(), Optimality::Unique);
        prop_assert!(exact.overruled().is_empty());
        prop_assert_eq!(consensus::copeland(&inputs).unwrap().into_ranking(), base.clone());
        prop_assert_eq!(Heuristic::new().seed(seed).solve(&inputs).unwrap().into_ranking(), base);
    }

    #[test]
    fn unanimity(r in strategies::strict_ranking_of_size(1..=8), copies in 1usize..=4, seed in any::<u64>()) {
        let inputs = vec![r.clone(); copies];
        let all: [Consensus<u32>; 4] = [
            consensus::borda(&inputs).unwrap(),
            consensus::copeland(&inputs).unwrap(),
            consensus::kemeny(&inputs).unwrap(),
            Heuristic::new().seed(seed).solve(&inputs).unwrap(),
        ];
        for c in all {
            prop_assert_eq!(c.ranking(), &r);
            prop_assert_eq!(c.cost(), 0.0);
            prop_assert!(c.overruled().is_empty());
        }
    }

    #[test]
    fn weak_unanimity_for_scoring_rules(r in strategies::weak_ranking_of_size(1..=8), copies in 1usize..=4) {
        let inputs = vec![r.clone(); copies];
        for c in [consensus::borda(&inputs).unwrap(), consensus::copeland(&inputs).unwrap()] {
            prop_assert_eq!(c.ranking(), &r);
            prop_assert_eq!(c.cost(), 0.0);
        }
    }

    #[test]
    fn heuristic_is_deterministic_for_a_seed(inputs in profile(7), seed in any::<u64>()) {
        let a = Heuristic::new().seed(seed).solve(&inputs).unwrap();
        let b = Heuristic::new().seed(seed).solve(&inputs).unwrap();
        prop_assert_eq!(a, b);
    }
}

/// The "Tennessee capital" profile, the standard worked example in the
/// Wikipedia articles on the Borda count, Copeland's method and the
/// Kemeny–Young method: 100 voters, Memphis (M), Nashville (N),
/// Chattanooga (C), Knoxville (K).
fn tennessee() -> Vec<Ranking<&'static str>> {
    let mut inputs = repeat(&strict(&["M", "N", "C", "K"]), 42);
    inputs.extend(repeat(&strict(&["N", "C", "K", "M"]), 26));
    inputs.extend(repeat(&strict(&["C", "K", "N", "M"]), 15));
    inputs.extend(repeat(&strict(&["K", "C", "N", "M"]), 17));
    inputs
}

#[test]
fn tennessee_borda_elects_nashville_and_puts_memphis_above_knoxville() {
    // Points: N 194, C 173, M 126, K 107.
    let c = consensus::borda(&tennessee()).unwrap();
    assert_eq!(c.method(), Method::Borda);
    assert_eq!(c.ranking(), &strict(&["N", "C", "M", "K"]));
    assert_eq!(c.overruled().len(), 1);
    let o = &c.overruled()[0];
    assert_eq!(
        (o.winner, o.loser, o.support, o.opposition),
        ("K", "M", 58, 42)
    );
    assert_eq!(c.optimality(), Optimality::NotProven);
}

#[test]
fn tennessee_copeland_and_kemeny_follow_the_majorities() {
    // N beats all three, C beats K and M, K beats M.
    let order = strict(&["N", "C", "K", "M"]);
    let copeland = consensus::copeland(&tennessee()).unwrap();
    assert_eq!(copeland.ranking(), &order);
    let kemeny = consensus::kemeny(&tennessee()).unwrap();
    assert_eq!(kemeny.ranking(), &order);
    // Minority sizes: NC 32, NK 32, CK 17, and 42 for each pair with M.
    assert_eq!(kemeny.cost(), 207.0);
    assert_eq!(kemeny.optimality(), Optimality::Unique);
    assert!(kemeny.overruled().is_empty());
}

#[test]
fn condorcet_paradox_ties_every_scoring_rule_and_has_three_optima() {
    let inputs = [
        strict(&["a", "b", "c"]),
        strict(&["b", "c", "a"]),
        strict(&["c", "a", "b"]),
    ];
    let tie = Ranking::new(vec![vec!["a", "b", "c"]]).unwrap();
    assert_eq!(consensus::borda(&inputs).unwrap().ranking(), &tie);
    assert_eq!(consensus::copeland(&inputs).unwrap().ranking(), &tie);
    // A full tie costs p on each of 3 pairs against each of 3 inputs.
    assert_eq!(consensus::borda(&inputs).unwrap().cost(), 4.5);
    let k = consensus::kemeny(&inputs).unwrap();
    assert_eq!(k.ranking(), &strict(&["a", "b", "c"]));
    assert_eq!(k.cost(), 4.0);
    assert_eq!(k.distances(), &[0.0, 2.0, 2.0]);
    assert_eq!(k.optimality(), Optimality::Multiple);
    let o = &k.overruled()[0];
    assert_eq!((o.winner, o.loser, o.margin()), ("c", "a", 1));
}

#[test]
fn copeland_counts_majority_ties_as_half() {
    // a-b tie by majority; a and b each beat c and d; c beats d.
    let inputs = [strict(&["a", "b", "c", "d"]), strict(&["b", "a", "c", "d"])];
    let c = consensus::copeland(&inputs).unwrap();
    assert_eq!(
        c.ranking(),
        &Ranking::new(vec![vec!["a", "b"], vec!["c"], vec!["d"]]).unwrap()
    );
    // Kemeny must order a and b; either way is optimal.
    assert_eq!(
        consensus::kemeny(&inputs).unwrap().optimality(),
        Optimality::Multiple
    );
}

#[test]
fn borda_averages_tied_points() {
    // a: 3 + 1.5 = 4.5, b: 2 + 1.5 = 3.5, c: 1 + 3 = 4, d: 0 + 0 = 0.
    let inputs = [
        strict(&["a", "b", "c", "d"]),
        Ranking::new(vec![vec!["c"], vec!["a", "b"], vec!["d"]]).unwrap(),
    ];
    let c = consensus::borda(&inputs).unwrap();
    assert_eq!(c.ranking(), &strict(&["a", "c", "b", "d"]));
}

#[test]
fn an_input_says_nothing_about_pairs_it_does_not_contain() {
    let inputs = [strict(&["a", "b", "c"]), strict(&["c", "a"])];
    let k = consensus::kemeny(&inputs).unwrap();
    assert_eq!(k.ranking(), &strict(&["a", "b", "c"]));
    assert_eq!(k.distances(), &[0.0, 1.0]);
    assert_eq!(k.optimality(), Optimality::Unique);
    // Borda: b gets points only from the first input.
    // a: 2 + 0, b: 1, c: 0 + 1.
    let b = consensus::borda(&inputs).unwrap();
    assert_eq!(
        b.ranking(),
        &Ranking::new(vec![vec!["a"], vec!["b", "c"]]).unwrap()
    );
    assert_eq!(b.distances(), &[0.5, 1.0]);
}

#[test]
fn tie_penalty_changes_cost_but_not_the_kemeny_optimum() {
    let inputs = [
        Ranking::new(vec![vec!["a", "b"], vec!["c"]]).unwrap(),
        strict(&["b", "c", "a"]),
        strict(&["a", "c", "b"]),
    ];
    let low = Kemeny::new().tie_penalty(0.0).solve(&inputs).unwrap();
    let high = Kemeny::new().tie_penalty(1.0).solve(&inputs).unwrap();
    assert_eq!(low.ranking(), high.ranking());
    assert_eq!(high.cost() - low.cost(), 1.0);
    assert_eq!(high.tie_penalty(), 1.0);
}

#[test]
fn all_empty_inputs_give_an_empty_consensus() {
    let inputs: [Ranking<&str>; 2] = [
        Ranking::new(Vec::<Vec<&str>>::new()).unwrap(),
        Ranking::new(Vec::<Vec<&str>>::new()).unwrap(),
    ];
    let k = consensus::kemeny(&inputs).unwrap();
    assert!(k.ranking().is_empty());
    assert_eq!(k.cost(), 0.0);
    assert_eq!(k.optimality(), Optimality::Unique);
    assert!(consensus::heuristic(&inputs).unwrap().ranking().is_empty());
}

#[test]
fn errors_have_exact_messages() {
    let none: [Ranking<&str>; 0] = [];
    for err in [
        consensus::borda(&none).unwrap_err(),
        consensus::copeland(&none).unwrap_err(),
        consensus::kemeny(&none).unwrap_err(),
        consensus::heuristic(&none).unwrap_err(),
    ] {
        assert_eq!(err, Error::NoRankings);
        assert_eq!(
            err.to_string(),
            "a consensus needs at least one input ranking; none were given"
        );
    }
    let one = [strict(&["a", "b"])];
    let err = Kemeny::new().tie_penalty(1.5).solve(&one).unwrap_err();
    assert_eq!(err.to_string(), "tie penalty p = 1.5 is outside [0, 1]");
    let err = Borda::new().tie_penalty(-0.25).solve(&one).unwrap_err();
    assert_eq!(err.to_string(), "tie penalty p = -0.25 is outside [0, 1]");
    let err = Heuristic::new()
        .tie_penalty(f64::NAN)
        .solve(&one)
        .unwrap_err();
    assert_eq!(err.to_string(), "tie penalty p = NaN is outside [0, 1]");
    assert!(
        Copeland::new()
            .tie_penalty(f64::INFINITY)
            .solve(&one)
            .is_err()
    );

    let cycle = [
        strict(&["a", "b", "c", "d"]),
        strict(&["b", "c", "a", "d"]),
        strict(&["c", "a", "b", "d"]),
    ];
    let err = Kemeny::new().max_component(2).solve(&cycle).unwrap_err();
    assert_eq!(
        err,
        Error::TooLarge {
            size: 3,
            limit: 2,
            ceiling: 27
        }
    );
    assert_eq!(
        err.to_string(),
        "a majority cycle joins 3 items, more than the exact Kemeny limit of 2; \
         raise it with `Kemeny::max_component` (up to 27) or use `consensus::Heuristic`"
    );
    assert!(Kemeny::new().max_component(3).solve(&cycle).is_ok());
}

#[test]
fn a_limit_outside_the_range_is_an_error() {
    let inputs = [
        strict(&["a", "b", "c"]),
        strict(&["b", "c", "a"]),
        strict(&["c", "a", "b"]),
    ];
    for limit in [0, MAX_COMPONENT_CEILING + 1, 1_000] {
        let err = Kemeny::new()
            .max_component(limit)
            .solve(&inputs)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("component limit {limit} is outside 1..={MAX_COMPONENT_CEILING}")
        );
    }
    assert!(
        Kemeny::new()
            .max_component(MAX_COMPONENT_CEILING)
            .solve(&inputs)
            .is_ok()
    );
}

#[test]
fn report_and_serde() {
    let inputs = [
        strict(&["a", "b", "c"]),
        strict(&["a", "b", "c"]),
        strict(&["c", "b", "a"]),
    ];
    let c = Copeland::new().solve(&inputs).unwrap();
    assert_eq!(
        c.to_string(),
        "Copeland consensus of 3 rankings (tie penalty p = 0.5)\n   1. a\n   2. b\n   3. c\n\
         total distance 3 (per input: 0, 0, 3)\noverrules no majority"
    );
    let k = consensus::kemeny(&[
        strict(&["a", "b"]),
        strict(&["b", "a"]),
        strict(&["b", "a"]),
    ])
    .unwrap();
    assert_eq!(
        k.to_string(),
        "Kemeny consensus of 3 rankings (tie penalty p = 0.5): optimal, unique\n   1. b\n   2. a\n\
         total distance 1 (per input: 1, 0, 0)\noverrules no majority"
    );
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["method"], "copeland");
    assert_eq!(json["ranking"], serde_json::json!([["a"], ["b"], ["c"]]));
    assert_eq!(json["optimality"], "not-proven");
    assert_eq!(json["cost"], 3.0);
    assert_eq!(json["distances"], serde_json::json!([0.0, 0.0, 3.0]));
}

#[test]
fn report_lists_overruled_majorities() {
    let inputs = [
        strict(&["a", "b", "c"]),
        strict(&["b", "c", "a"]),
        strict(&["c", "a", "b"]),
    ];
    let k = consensus::kemeny(&inputs).unwrap();
    assert_eq!(
        k.to_string(),
        "Kemeny consensus of 3 rankings (tie penalty p = 0.5): optimal, not unique\n   1. a\n   2. b\n   3. c\n\
         total distance 4 (per input: 0, 2, 2)\noverrules 1 majority:\n  a above c (majority 2 to 1, margin 1)"
    );
}
