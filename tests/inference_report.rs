//! The significance test in the comparison report, as text and JSON.

use security_hierarchy::Ranking;
use security_hierarchy::compare::{CompareOptions, Comparison, TieTreatment};
use security_hierarchy::inference::{
    Alternative, Measure, Method, Permutations, Test, TestOptions,
};

#[test]
fn the_report_carries_the_test_in_text_and_json() {
    let a = Ranking::strict(["party", "unity", "economy", "world"]).unwrap();
    let b = Ranking::strict(["party", "unity", "economy", "climate", "world"]).unwrap();
    let test = Test::Kendall(
        TestOptions::new()
            .method(Method::Exact)
            .alternative(Alternative::TwoSided),
    );
    let report = Comparison::new(&a, &b, CompareOptions::new().test(test)).unwrap();
    let s = report.significance.as_ref().expect("asked for");
    assert_eq!((s.statistic, s.items, s.method), (1.0, 4, "exact"));
    assert!((s.p_value - 1.0 / 12.0).abs() < 1e-15);
    let printed = report.to_string();
    assert!(
        printed.contains(
            "  Kendall's tau-b test (exact, two-sided): tau-b 1.000, p = 0.0833 on 4 shared items\n"
        ),
        "{printed}"
    );
    let json = serde_json::to_value(&report).unwrap();
    let sig = &json["significance"];
    assert_eq!(sig["method"], "exact");
    assert_eq!(sig["alternative"], "two-sided");
    assert_eq!(sig["p_value"].as_f64(), Some(s.p_value));
    // Without a test the field is null and the text has no test line.
    let plain = Comparison::new(&a, &b, CompareOptions::new()).unwrap();
    assert!(plain.significance.is_none());
    assert!(!plain.to_string().contains("test"));
}

#[test]
fn a_permutation_test_of_rbo_in_the_report() {
    let a = Ranking::strict(["party", "unity", "economy", "world", "tech"]).unwrap();
    let b = Ranking::strict(["unity", "party", "economy", "tech", "world"]).unwrap();
    let rbo = Measure::Rbo {
        persistence: 0.9,
        ties: TieTreatment::W,
    };
    let test = Test::Permutation(rbo, Permutations::from(Alternative::Greater));
    let report = Comparison::new(&a, &b, CompareOptions::new().test(test)).unwrap();
    let s = report.significance.unwrap();
    assert_eq!(
        (s.method, s.permutations, s.alternative),
        ("exact", Some(120), Alternative::Greater)
    );
    assert_eq!(s.statistic, report.rbo.unwrap().ext);
}

#[test]
fn an_impossible_test_is_an_error_naming_why() {
    let a = Ranking::strict(["party", "unity"]).unwrap();
    let b = Ranking::strict(["party", "climate"]).unwrap();
    let err = Comparison::new(
        &a,
        &b,
        CompareOptions::new().test(Test::Spearman(Alternative::Greater)),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Spearman's rho test needs at least 3 shared items; the rankings share 1"
    );
}
