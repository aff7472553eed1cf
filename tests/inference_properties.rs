//! The inference module against brute force (every permutation enumerated
//! by a plain recursive generator) and its laws under proptest.

use proptest::prelude::*;
use security_hierarchy::compare::{self, TieTreatment, Weigher};
use security_hierarchy::inference::{
    self, Alternative, ConcordanceOptions, Measure, Method, Permutations, TestOptions,
};
use security_hierarchy::{Error, Ranking};

/// Every order of `items`, by recursion (independent of Heap's algorithm).
fn orders<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut all = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let first = rest.remove(i);
        for mut tail in orders(&rest) {
            tail.insert(0, first.clone());
            all.push(tail);
        }
    }
    all
}

/// `b` with its shared items (those in `shared`) reassigned to its shared
/// places in the order `assignment`.
fn reassigned(
    b: &Ranking<&'static str>,
    shared: &[&'static str],
    assignment: &[&'static str],
) -> Ranking<&'static str> {
    let mut next = assignment.iter();
    let levels: Vec<Vec<&str>> = b
        .levels()
        .map(|level| {
            level
                .iter()
                .map(|item| {
                    if shared.contains(item) {
                        *next.next().unwrap()
                    } else {
                        *item
                    }
                })
                .collect()
        })
        .collect();
    Ranking::new(levels).unwrap()
}

/// Brute-force p-values (less, greater) of a statistic over every
/// reassignment of `b`'s shared items, with scipy's tolerance.
fn brute(
    a: &Ranking<&'static str>,
    b: &Ranking<&'static str>,
    statistic: impl Fn(&Ranking<&'static str>, &Ranking<&'static str>) -> f64,
) -> (f64, f64, f64) {
    let shared: Vec<&str> = b.items().copied().filter(|i| a.contains(i)).collect();
    let observed = statistic(a, b);
    let tolerance = 100.0 * f64::EPSILON * observed.abs();
    let (mut less, mut greater, mut total) = (0u64, 0u64, 0u64);
    for order in orders(&shared) {
        let s = statistic(a, &reassigned(b, &shared, &order));
        less += u64::from(s <= observed + tolerance);
        greater += u64::from(s >= observed - tolerance);
        total += 1;
    }
    (
        observed,
        less as f64 / total as f64,
        greater as f64 / total as f64,
    )
}

fn two_sided(less: f64, greater: f64) -> f64 {
    (2.0 * less.min(greater)).min(1.0)
}

/// A measure as a function of two rankings.
type Statistic = dyn Fn(&Ranking<&'static str>, &Ranking<&'static str>) -> f64;

const NAMES: [&str; 10] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

/// A weak order over a subset of NAMES: (item index, level) pairs.
fn weak_order(max: usize) -> impl Strategy<Value = Ranking<&'static str>> {
    proptest::sample::subsequence((0..NAMES.len()).collect::<Vec<_>>(), 2..=max)
        .prop_shuffle()
        .prop_flat_map(|items| {
            let n = items.len();
            (Just(items), proptest::collection::vec(0..n, n))
        })
        .prop_map(|(items, levels)| {
            Ranking::from_scores(
                items
                    .iter()
                    .zip(levels)
                    .map(|(&i, l)| (NAMES[i], -(l as f64))),
            )
            .unwrap()
        })
}

fn strict_order(max: usize) -> impl Strategy<Value = Ranking<&'static str>> {
    proptest::sample::subsequence((0..NAMES.len()).collect::<Vec<_>>(), 2..=max)
        .prop_shuffle()
        .prop_map(|items| Ranking::strict(items.into_iter().map(|i| NAMES[i])).unwrap())
}

#[test]
fn exact_kendall_matches_enumeration_of_every_order() {
    for n in 2..=7 {
        let a = Ranking::strict(NAMES[..n].iter().copied()).unwrap();
        // Every order up to 5 items, a spread of them above.
        let step = if n <= 5 { 1 } else { 97 };
        for (k, order) in orders(&NAMES[..n]).into_iter().enumerate().step_by(step) {
            let b = Ranking::strict(order).unwrap();
            let tau = |x: &Ranking<&'static str>, y: &Ranking<&'static str>| {
                compare::kendall(x, y).tau_b().unwrap()
            };
            let (_, less, greater) = brute(&a, &b, tau);
            for (alternative, want) in [
                (Alternative::Less, less),
                (Alternative::Greater, greater),
                (Alternative::TwoSided, two_sided(less, greater)),
            ] {
                let options = TestOptions::new()
                    .method(Method::Exact)
                    .alternative(alternative);
                let got = inference::kendall_test(&a, &b, options).unwrap().p_value;
                assert!(
                    (got - want).abs() < 1e-14,
                    "n {n} order {k} {alternative}: {got} vs {want}"
                );
            }
        }
    }
}

#[test]
fn exact_rbo_test_on_eight_items_matches_enumeration() {
    let a = Ranking::new(vec![
        vec!["a"],
        vec!["b", "c"],
        vec!["d"],
        vec!["e"],
        vec!["f"],
        vec!["g"],
        vec!["h"],
        vec!["x"],
    ])
    .unwrap();
    let b = Ranking::new(vec![
        vec!["b"],
        vec!["y"],
        vec!["a", "d"],
        vec!["c"],
        vec!["f", "e"],
        vec!["h"],
        vec!["g"],
    ])
    .unwrap();
    // One treatment at the full 8! (the other two read ties more simply).
    for ties in [TieTreatment::A] {
        let measure = Measure::Rbo {
            persistence: 0.8,
            ties,
        };
        let rbo = |x: &Ranking<&'static str>, y: &Ranking<&'static str>| {
            compare::rbo(x, y, 0.8, ties).unwrap().ext
        };
        let (observed, less, greater) = brute(&a, &b, rbo);
        for (alternative, want) in [
            (Alternative::Less, less),
            (Alternative::Greater, greater),
            (Alternative::TwoSided, two_sided(less, greater)),
        ] {
            let test = inference::permutation_test(&a, &b, measure, alternative).unwrap();
            assert!(test.exact);
            assert_eq!((test.permutations, test.items), (40_320, 8));
            assert_eq!(test.statistic, observed);
            assert!(
                (test.p_value - want).abs() < 1e-15,
                "{ties} {alternative}: {} vs {want}",
                test.p_value
            );
        }
    }
}

#[test]
fn footrule_and_distance_tests_match_enumeration_with_ties() {
    let a = Ranking::new(vec![vec!["a", "b"], vec!["c"], vec!["d", "e"], vec!["f"]]).unwrap();
    let b = Ranking::new(vec![
        vec!["c"],
        vec!["a", "f", "z"],
        vec!["b"],
        vec!["e"],
        vec!["d"],
    ])
    .unwrap();
    let cases: [(Measure, Box<Statistic>); 3] = [
        (
            Measure::Footrule,
            Box::new(|x, y| compare::footrule(x, y).distance),
        ),
        (
            Measure::KendallDistance { tie_penalty: 0.5 },
            Box::new(|x, y| compare::kendall(x, y).distance(0.5).unwrap()),
        ),
        (
            Measure::WeightedTau,
            Box::new(|x, y| {
                compare::weighted_tau(x, y, &Weigher::hyperbolic())
                    .unwrap()
                    .unwrap()
            }),
        ),
    ];
    for (measure, statistic) in cases {
        let (observed, less, greater) = brute(&a, &b, statistic);
        let test = inference::permutation_test(&a, &b, measure, measure.agreement()).unwrap();
        let want = if measure.is_distance() { less } else { greater };
        assert_eq!(test.statistic, observed, "{measure}");
        assert!(
            (test.p_value - want).abs() < 1e-15,
            "{measure}: {} vs {want}",
            test.p_value
        );
    }
}

#[test]
fn monte_carlo_is_seeded_and_near_the_exact_value() {
    let a = Ranking::strict(NAMES[..8].iter().copied()).unwrap();
    let b = Ranking::strict(["b", "a", "d", "c", "e", "g", "h", "f"]).unwrap();
    let exact =
        inference::permutation_test(&a, &b, Measure::Spearman, Alternative::TwoSided).unwrap();
    assert!(exact.exact);
    let sampled = |seed| {
        let options = Permutations::new()
            .exact_limit(40_319)
            .resamples(20_000)
            .seed(seed);
        inference::permutation_test(&a, &b, Measure::Spearman, options).unwrap()
    };
    let (one, again, other) = (sampled(1), sampled(1), sampled(2));
    assert!(!one.exact && one.permutations == 20_000);
    assert_eq!(one, again);
    // The binomial standard error of a p-value near 0.01 from 20,000 draws
    // is about 7e-4; a second seed lands near it too.
    assert!((other.p_value - exact.p_value).abs() < 0.003);
    assert!(
        (one.p_value - exact.p_value).abs() < 0.003,
        "{} vs {}",
        one.p_value,
        exact.p_value
    );
    // The (b + 1)/(m + 1) correction keeps a sampled p-value above 0.
    let same = inference::permutation_test(
        &a,
        &a,
        Measure::TauB,
        Permutations::from(Alternative::Greater)
            .exact_limit(0)
            .resamples(99),
    )
    .unwrap();
    assert!(!same.exact);
    assert!(same.p_value >= 0.01);
}

#[test]
fn concordance_permutation_p_matches_enumeration() {
    let rankings = [
        Ranking::strict(["a", "b", "c", "d"]).unwrap(),
        Ranking::new(vec![vec!["b", "a"], vec!["c"], vec!["d"]]).unwrap(),
        Ranking::strict(["a", "c", "b", "d"]).unwrap(),
    ];
    let w = |rs: &[Ranking<&'static str>]| {
        inference::Concordance::new(rs, ConcordanceOptions::new())
            .unwrap()
            .w
    };
    let observed = w(&rankings);
    let tolerance = 100.0 * f64::EPSILON * observed;
    let (mut greater, mut total) = (0u64, 0u64);
    let reorder = |r: &Ranking<&'static str>, order: &[&'static str]| {
        reassigned(r, &["a", "b", "c", "d"], order)
    };
    for o1 in orders(&["a", "b", "c", "d"]) {
        for o2 in orders(&["a", "b", "c", "d"]) {
            let permuted = [
                rankings[0].clone(),
                reorder(&rankings[1], &o1),
                reorder(&rankings[2], &o2),
            ];
            greater += u64::from(w(&permuted) >= observed - tolerance);
            total += 1;
        }
    }
    let options = Permutations::from(Alternative::Greater).exact_limit(576);
    let got = inference::Concordance::new(&rankings, options).unwrap();
    let resampled = got.permutation.unwrap();
    assert!(resampled.exact && resampled.permutations == 576);
    assert_eq!(resampled.alternative, Alternative::Greater);
    assert!((resampled.p_value - greater as f64 / total as f64).abs() < 1e-15);
    // Past the limit, a sample.
    let sampled = inference::Concordance::new(
        &rankings,
        Permutations::from(Alternative::Greater)
            .exact_limit(575)
            .resamples(999),
    )
    .unwrap();
    assert!(!sampled.permutation.unwrap().exact);
}

#[test]
fn kendall_w_by_hand_with_ties() {
    // Rank sums over three rankings of a, b, c: (1 + 1.5 + 1), (2 + 1.5 + 3), (3 + 3 + 2).
    let rankings = [
        Ranking::strict(["a", "b", "c"]).unwrap(),
        Ranking::new(vec![vec!["a", "b"], vec!["c"]]).unwrap(),
        Ranking::strict(["a", "c", "b"]).unwrap(),
    ];
    let w = inference::Concordance::new(&rankings, ConcordanceOptions::new()).unwrap();
    // S = (3.5-6)² + (6.5-6)² + (8-6)² = 10.5; denominator 9·24 - 3·6 = 198.
    assert!((w.w - 12.0 * 10.5 / 198.0).abs() < 1e-15);
    assert_eq!((w.df, w.rankings), (2, 3));
    assert!((w.chi_square - 3.0 * 2.0 * w.w).abs() < 1e-15);
    // χ²(2) has the tail e^(-x/2).
    assert!((w.p_value - (-w.chi_square / 2.0).exp()).abs() < 1e-15);
}

#[test]
fn bad_input_gets_named_errors() {
    let a = Ranking::strict(["a", "b", "c"]).unwrap();
    let tied = Ranking::new(vec![vec!["a", "b"], vec!["c"]]).unwrap();
    let flat = Ranking::new(vec![vec!["a", "b", "c"]]).unwrap();
    let err = inference::kendall_test(&tied, &a, Method::Exact).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the exact Kendall test needs rankings without ties, but ranking `a` has 1 tied pair(s) \
         of shared items; use the asymptotic method or a permutation test"
    );
    assert!(matches!(
        inference::kendall_test(&a, &flat, Method::Auto),
        Err(Error::AllTied { .. })
    ));
    let err =
        inference::permutation_test(&flat, &a, Measure::TauB, Alternative::TwoSided).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Kendall's tau-b is undefined: ranking `a` puts all 3 shared items on one level"
    );
    let err = inference::permutation_test(
        &a,
        &a,
        Measure::KendallDistance { tie_penalty: 2.0 },
        Alternative::Less,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "tie penalty p = 2 is outside [0, 1]");
    let err = inference::permutation_test(
        &a,
        &a,
        Measure::Rbo {
            persistence: 1.0,
            ties: TieTreatment::W,
        },
        Alternative::Less,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "RBO persistence p = 1 is outside (0, 1)");
    let err = inference::permutation_test(
        &a,
        &Ranking::strict(["c", "x"]).unwrap(),
        Measure::Footrule,
        Alternative::Less,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "a permutation test needs at least 2 shared items; the rankings share 1"
    );
    let err = inference::Concordance::new(std::slice::from_ref(&a), ConcordanceOptions::new())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the concordance of rankings needs at least two rankings; 1 given"
    );
    let err = inference::Concordance::new(&[flat.clone(), flat.clone()], ConcordanceOptions::new())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Kendall's W is undefined: ranking `1 to 2` puts all 3 shared items on one level"
    );
    let err =
        inference::Concordance::new(&[a.clone(), a.clone()], Permutations::new().resamples(0))
            .unwrap_err();
    assert!(matches!(err, Error::ZeroResamples));
    let big: Vec<usize> = (0..1001).collect();
    let mut rev = big.clone();
    rev.swap(0, 500);
    rev.swap(1, 700);
    let err = inference::kendall_test(
        &Ranking::strict(big).unwrap(),
        &Ranking::strict(rev).unwrap(),
        Method::Exact,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the exact Kendall test is limited to 1000 shared items and the rankings share 1001; use the asymptotic method"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn p_values_are_probabilities_and_tails_fit_together(a in weak_order(8), b in weak_order(8)) {
        let Ok(two) = inference::kendall_test(&a, &b, Alternative::TwoSided) else { return Ok(()) };
        let less = inference::kendall_test(&a, &b, Alternative::Less).unwrap();
        let greater = inference::kendall_test(&a, &b, Alternative::Greater).unwrap();
        for p in [two.p_value, less.p_value, greater.p_value] {
            prop_assert!((0.0..=1.0).contains(&p));
        }
        prop_assert!((two.p_value - two_sided(less.p_value, greater.p_value)).abs() < 1e-12);
        // Swapping the sides changes nothing.
        let swapped = inference::kendall_test(&b, &a, Alternative::TwoSided).unwrap();
        prop_assert!((swapped.p_value - two.p_value).abs() < 1e-15);
        prop_assert!(less.p_value + greater.p_value >= 1.0 - 1e-12);
    }

    #[test]
    fn permutation_tails_cover_the_null(a in weak_order(6), b in weak_order(6)) {
        let result = inference::permutation_test(&a, &b, Measure::Footrule, Alternative::Less);
        let Ok(less) = result else { return Ok(()) };
        let greater = inference::permutation_test(&a, &b, Measure::Footrule, Alternative::Greater).unwrap();
        prop_assert!(less.exact);
        // Every permutation is at or below, or at or above, the observed value.
        prop_assert!(less.p_value + greater.p_value >= 1.0);
        prop_assert!(less.p_value > 0.0 && greater.p_value > 0.0);
    }

    #[test]
    fn kendall_w_of_two_strict_rankings_is_half_of_one_plus_rho(a in strict_order(9), b in strict_order(9)) {
        let Some(rho) = compare::spearman(&a, &b) else { return Ok(()) };
        let w = inference::Concordance::new(&[a.clone(), b.clone()], ConcordanceOptions::new()).unwrap();
        prop_assert!((w.w - f64::midpoint(1.0, rho)).abs() < 1e-12);
        prop_assert!((0.0..=1.0).contains(&w.p_value));
    }

    #[test]
    fn identical_rankings_are_fully_concordant(a in strict_order(10), m in 2usize..6) {
        let rankings = vec![a; m];
        let w = inference::Concordance::new(&rankings, ConcordanceOptions::new()).unwrap();
        prop_assert!((w.w - 1.0).abs() < 1e-12);
    }
}
