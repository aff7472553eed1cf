//! Fixed vectors computed with scipy; see `tests/data/inference/README.md`
//! for their provenance.

use security_hierarchy::Ranking;
use security_hierarchy::inference::{
    self, Alternative, Measure, Method, Permutations, TestOptions,
};
use serde_json::Value;

fn load(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/inference/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("test data is present");
    let doc: Value = serde_json::from_str(&text).expect("test data is JSON");
    doc["cases"].as_array().expect("a list of cases").clone()
}

fn floats(v: &Value) -> Vec<f64> {
    serde_json::from_value(v.clone()).expect("a list of numbers")
}

fn text<T: std::str::FromStr>(v: &Value) -> T
where
    T::Err: std::fmt::Debug,
{
    v.as_str().expect("a string").parse().expect("a known slug")
}

/// Items 0..n with the given scores.
fn ranking(scores: &[f64]) -> Ranking<usize> {
    Ranking::from_scores(scores.iter().copied().enumerate()).expect("finite scores")
}

fn assert_close(got: f64, want: f64, rel: f64, what: &str, case: &Value) {
    let ok = if want == 0.0 {
        got.abs() <= 1e-300
    } else {
        (got - want).abs() <= rel * want.abs()
    };
    assert!(ok, "{what}: got {got:e}, scipy {want:e}, case {case}");
}

#[test]
fn kendall_p_values_match_scipy() {
    let cases = load("kendall.json");
    assert!(cases.len() > 150);
    let (mut checked, mut exact) = (0, 0);
    for case in &cases {
        let (x, y) = (floats(&case["x"]), floats(&case["y"]));
        for want in case["results"].as_array().expect("results") {
            let options = TestOptions::new()
                .method(text(&want["method"]))
                .alternative(text(&want["alternative"]));
            let test = inference::kendall_test_scores(&x, &y, options).expect("defined");
            assert_close(
                test.p_value,
                want["pvalue"].as_f64().unwrap(),
                1e-12,
                "p",
                want,
            );
            assert_close(
                test.tau_b,
                want["statistic"].as_f64().unwrap(),
                1e-13,
                "tau",
                want,
            );
            // The rankings the scores describe give the same test.
            let on_rankings = inference::kendall_test(&ranking(&x), &ranking(&y), options).unwrap();
            assert_eq!(on_rankings.p_value, test.p_value, "case {case}");
            exact += usize::from(test.method == Method::Exact);
            checked += 1;
        }
    }
    assert!(
        checked > 1000 && exact > 300,
        "{checked} checked, {exact} exact"
    );
}

#[test]
fn spearman_p_values_match_scipy() {
    let cases = load("spearman.json");
    assert!(cases.len() > 80);
    for case in &cases {
        let (x, y) = (floats(&case["x"]), floats(&case["y"]));
        for want in case["results"].as_array().expect("results") {
            let alternative: Alternative = text(&want["alternative"]);
            let test = inference::spearman_test_scores(&x, &y, alternative).expect("defined");
            let (rho, p) = (
                want["statistic"].as_f64().unwrap(),
                want["pvalue"].as_f64().unwrap(),
            );
            assert_close(test.rho, rho, 1e-13, "rho", case);
            if test.rho.abs() == 1.0 && test.p_value == 0.0 {
                // scipy's correlation of equal rank vectors can fall an ulp
                // short of 1 (0.9999999999999999), turning the infinite t
                // into a huge finite one; ours is exactly 1 and its tail 0.
                assert!(p < 1e-50, "case {case}");
                continue;
            }
            assert_close(test.p_value, p, 1e-12, "p", case);
        }
    }
}

#[test]
fn exact_permutation_tests_match_scipy_pairings() {
    let cases = load("permutation.json");
    assert!(cases.len() > 60);
    for case in &cases {
        let (x, y) = (floats(&case["x"]), floats(&case["y"]));
        let measure = match case["measure"].as_str().unwrap() {
            "tau-b" => Measure::TauB,
            "spearman" => Measure::Spearman,
            "footrule" => Measure::Footrule,
            "weighted-tau" => Measure::WeightedTau,
            other => panic!("unknown measure {other}"),
        };
        let alternative: Alternative = text(&case["alternative"]);
        let test =
            inference::permutation_test(&ranking(&x), &ranking(&y), measure, alternative).unwrap();
        assert!(test.exact);
        // scipy enumerates (n!)² pairings, each of ours n! times over.
        let n = x.len() as u64;
        let factorial: u64 = (1..=n).product();
        assert_eq!(case["null_size"].as_u64(), Some(factorial * factorial));
        assert_eq!(test.permutations, factorial);
        assert_close(
            test.statistic,
            case["statistic"].as_f64().unwrap(),
            1e-13,
            "stat",
            case,
        );
        assert_close(
            test.p_value,
            case["pvalue"].as_f64().unwrap(),
            1e-12,
            "p",
            case,
        );
    }
}

#[test]
fn concordance_matches_scipy_friedman() {
    let cases = load("concordance.json");
    assert!(cases.len() > 10);
    for case in &cases {
        let rankings: Vec<Ranking<usize>> = case["rankings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| ranking(&floats(r)))
            .collect();
        let w = inference::Concordance::new(&rankings, Permutations::new().resamples(99)).unwrap();
        assert!(w.left_out.is_empty());
        assert_close(w.w, case["w"].as_f64().unwrap(), 1e-12, "W", case);
        assert_close(
            w.chi_square,
            case["chi_square"].as_f64().unwrap(),
            1e-12,
            "chi2",
            case,
        );
        assert_close(
            w.p_value,
            case["pvalue"].as_f64().unwrap(),
            1e-12,
            "p",
            case,
        );
    }
}
