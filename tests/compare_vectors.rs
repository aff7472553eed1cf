//! Fixed vectors computed with scipy and with Corsi & Urbano's reference RBO
//! code; see `tests/data/compare/README.md` for their provenance.

use security_hierarchy::Ranking;
use security_hierarchy::compare::{self, TieTreatment};
use serde_json::Value;

fn load(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/compare/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("test data is present");
    let doc: Value = serde_json::from_str(&text).expect("test data is JSON");
    doc["cases"].as_array().expect("a list of cases").clone()
}

fn ranking(levels: &Value) -> Ranking<String> {
    let levels: Vec<Vec<String>> = serde_json::from_value(levels.clone()).expect("levels");
    Ranking::new(levels).expect("a valid ranking")
}

fn close(got: Option<f64>, want: &Value, what: &str, case: &Value) {
    match (got, want.as_f64()) {
        (None, None) => {}
        (Some(g), Some(w)) => assert!(
            (g - w).abs() <= 1e-12 * w.abs().max(1.0),
            "{what}: got {g}, scipy/reference {w}, case {case}"
        ),
        _ => panic!("{what}: got {got:?}, expected {want}, case {case}"),
    }
}

#[test]
fn kendall_spearman_and_weighted_tau_match_scipy() {
    let cases = load("scipy.json");
    assert!(cases.len() > 100);
    for case in &cases {
        let (a, b) = (ranking(&case["a"]), ranking(&case["b"]));
        close(
            compare::kendall(&a, &b).tau_b(),
            &case["tau_b"],
            "tau_b",
            case,
        );
        close(
            compare::spearman(&a, &b),
            &case["spearman"],
            "spearman",
            case,
        );
        close(
            compare::weighted_tau(&a, &b, &compare::Weigher::hyperbolic()).unwrap(),
            &case["weighted_tau"],
            "weighted_tau",
            case,
        );
        // The same measures on the score lists scipy was given.
        let shared: Vec<&String> = a.items().filter(|x| b.contains(x)).collect();
        let score = |r: &Ranking<String>| -> Vec<f64> {
            shared
                .iter()
                .map(|x| -(r.level_of(x).unwrap() as f64))
                .collect()
        };
        let (x, y) = (score(&a), score(&b));
        let counts = compare::kendall_scores(&x, &y).unwrap();
        close(counts.tau_b(), &case["tau_b"], "tau_b of scores", case);
        let rho = compare::spearman_scores(&x, &y).unwrap();
        close(rho, &case["spearman"], "spearman of scores", case);
        let wtau = compare::weighted_tau_scores(&x, &y).unwrap();
        close(wtau, &case["weighted_tau"], "weighted_tau of scores", case);
    }
}

#[test]
fn rbo_with_ties_matches_the_reference_code() {
    let cases = load("rbo_ties.json");
    assert!(cases.len() > 1000);
    for case in &cases {
        let (a, b) = (ranking(&case["a"]), ranking(&case["b"]));
        let p = case["p"].as_f64().expect("p");
        let ties: TieTreatment = case["ties"].as_str().expect("ties").parse().expect("w|a|b");
        let r = compare::rbo(&a, &b, p, ties).expect("valid input");
        close(Some(r.min), &case["min"], "min", case);
        close(Some(r.max), &case["max"], "max", case);
        close(Some(r.res), &case["res"], "res", case);
        close(Some(r.ext), &case["ext"], "ext", case);
    }
}
