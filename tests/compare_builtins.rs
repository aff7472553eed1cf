//! Comparisons of built-in hierarchies through their crosswalks.

use security_hierarchy::compare::{self, CompareOptions, Comparison, TieTreatment, compare};
use security_hierarchy::{Ranking, Tier, Via, corpus};

fn concern_ranking(id: &str) -> Ranking<String> {
    Via::Concern
        .ranking(&corpus::hierarchy(id).unwrap())
        .expect("ranked")
}

#[test]
fn erickson_against_rudd_on_concerns_partitions_the_items() {
    let erickson = corpus::hierarchy("erickson-2019").unwrap();
    let rudd = corpus::hierarchy("rudd-2022").unwrap();
    let report = compare(&erickson, &rudd, &Via::Concern, CompareOptions::new()).unwrap();
    let (a, b) = (
        concern_ranking("erickson-2019"),
        concern_ranking("rudd-2022"),
    );
    assert_eq!(
        (report.a.as_str(), report.b.as_str()),
        ("erickson-2019", "rudd-2022")
    );
    // Every projected item is shared or listed as one-sided, once.
    assert_eq!(report.shared.len() + report.only_a.len(), a.len());
    assert_eq!(report.shared.len() + report.only_b.len(), b.len());
    assert!(report.shared.iter().all(|c| a.contains(c) && b.contains(c)));
    assert!(report.only_a.iter().all(|c| !b.contains(c)));
    assert!(report.only_b.iter().all(|c| !a.contains(c)));
    // The measures are those of the projected rankings.
    assert_eq!(report.counts, compare::kendall(&a, &b));
    assert_eq!(report.tau_b, compare::kendall(&a, &b).tau_b());
    assert_eq!(
        report.rbo,
        Some(compare::rbo(&a, &b, 0.9, TieTreatment::W).unwrap())
    );
    assert_eq!(report.discordant.len() as u64, report.counts.discordant());
    let text = report.to_string();
    assert!(
        text.starts_with("erickson-2019 against rudd-2022\n"),
        "{text}"
    );
}

#[test]
fn every_ranked_builtin_agrees_with_itself_on_the_tiers() {
    for entry in corpus::catalogue() {
        let doc = entry.hierarchy();
        if doc.ranking().is_none() {
            continue;
        }
        let report = compare(&doc, &doc, &Via::Tier, CompareOptions::new()).unwrap();
        assert!(report.discordant.is_empty(), "{}", doc.id());
        assert!(report.only_a.is_empty() && report.only_b.is_empty());
        let rbo = report.rbo.expect("non-empty");
        assert!((rbo.ext - 1.0).abs() < 1e-12, "{}: {rbo:?}", doc.id());
        assert!(report.shared.iter().all(|t| t.parse::<Tier>().is_ok()));
    }
}

#[test]
fn comparison_serializes_every_measure() {
    let a = Ranking::strict(["x", "y", "z"]).unwrap();
    let b = Ranking::new(vec![vec!["z"], vec!["x", "y"]]).unwrap();
    let report = Comparison::new(&a, &b, CompareOptions::new().ties(TieTreatment::B)).unwrap();
    let json = serde_json::to_value(&report).unwrap();
    for key in [
        "shared",
        "only_a",
        "only_b",
        "counts",
        "tau_a",
        "tau_b",
        "distance",
        "spearman",
        "footrule",
        "weighted_tau",
        "rbo",
        "discordant",
        "movers",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["ties"], "b");
    assert_eq!(json["counts"]["discordant"], 2);
    assert_eq!(json["counts"]["tied_b"], 1);
    assert_eq!(json["discordant"][0]["first"], "x");
    assert_eq!(json["discordant"][0]["second"], "z");
    assert_eq!(json["discordant"][0]["in_a"], serde_json::json!([1, 3]));
    assert_eq!(json["discordant"][0]["in_b"], serde_json::json!([2, 1]));
    // tau-a: (0 - 2) / 3.
    assert_eq!(json["tau_a"], -2.0 / 3.0);
}

#[test]
fn undefined_measures_serialize_as_null() {
    let a = Ranking::strict(["x"]).unwrap();
    let report = Comparison::new(&a, &a, CompareOptions::new()).unwrap();
    let json = serde_json::to_value(&report).unwrap();
    assert!(json["tau_b"].is_null() && json["spearman"].is_null());
    assert!(json["weighted_tau"].is_null());
}
