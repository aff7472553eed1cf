//! Every error the `compare` module returns, with its exact message.

use security_hierarchy::compare::{
    self, CompareOptions, Comparison, TieTreatment, Weigher, compare,
};
use security_hierarchy::{Hierarchy, Ranking, Via, corpus};

fn doc(order: &str) -> Hierarchy {
    Hierarchy::from_toml_str(&format!(
        r#"
        id = "notes"
        title = "Two items"
        {order}
        [source]
        author = "Me"
        year = 2025
        title = "Notes"
        venue = "desk drawer"
        [[items]]
        id = "a"
        label = "first"
        tier = {{ target = "regime" }}
        [[items]]
        id = "b"
        label = "second"
        "#
    ))
    .expect("a valid document")
}

#[test]
fn penalty_outside_unit_interval() {
    let r = Ranking::strict(["x", "y"]).unwrap();
    let err = compare::kendall(&r, &r).distance(-0.5).unwrap_err();
    assert_eq!(err.to_string(), "tie penalty p = -0.5 is outside [0, 1]");
    let err = compare::kendall(&r, &r).distance(f64::NAN).unwrap_err();
    assert_eq!(err.to_string(), "tie penalty p = NaN is outside [0, 1]");
}

#[test]
fn persistence_outside_open_unit_interval() {
    let r = Ranking::strict(["x", "y"]).unwrap();
    for (p, text) in [(0.0, "0"), (1.0, "1"), (f64::NAN, "NaN"), (-2.5, "-2.5")] {
        let err = compare::rbo(&r, &r, p, TieTreatment::W).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("RBO persistence p = {text} is outside (0, 1)")
        );
    }
}

#[test]
fn rbo_of_an_empty_ranking() {
    let r = Ranking::strict(["x"]).unwrap();
    let empty = Ranking::<&str>::new(Vec::<Vec<&str>>::new()).unwrap();
    let err = compare::rbo(&r, &empty, 0.9, TieTreatment::A).unwrap_err();
    assert_eq!(
        err.to_string(),
        "ranking `b` is empty; RBO needs at least one item on each side"
    );
}

#[test]
fn bad_weight_names_weigher_and_rank() {
    let r = Ranking::strict([1, 2, 3]).unwrap();
    let nan = Weigher::new("nan-at-two", |r| if r == 2 { f64::NAN } else { 1.0 });
    let err = compare::weighted_tau(&r, &r, &nan).unwrap_err();
    assert_eq!(
        err.to_string(),
        "weigher `nan-at-two` gives NaN to rank 2; weights must be finite and non-negative"
    );
    let err = Comparison::new(&r, &r, CompareOptions::new().weigher(nan)).unwrap_err();
    assert!(err.to_string().starts_with("weigher `nan-at-two`"));
}

#[test]
fn unknown_tie_treatment() {
    let err = "c".parse::<TieTreatment>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "`c` is not a tie treatment slug; expected one of: w, a, b"
    );
}

#[test]
fn partial_hierarchy_is_not_ranked() {
    let partial = doc(r#"precedences = [["a", "b"]]"#);
    let ranked = corpus::hierarchy("pu-2022").unwrap();
    let err = compare(&partial, &ranked, &Via::Tier, CompareOptions::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "hierarchy `notes` is a partial order, not a ranking; this analysis needs a weak order"
    );
}

#[test]
fn unmapped_item_is_named() {
    let ranked = doc(r#"levels = [["a"], ["b"]]"#);
    let pu = corpus::hierarchy("pu-2022").unwrap();
    let err = compare(&ranked, &pu, &Via::Tier, CompareOptions::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "item `b` has no mapping onto tier in hierarchy `notes`"
    );
    let err = compare(&ranked, &pu, &Via::Concern, CompareOptions::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "item `a` has no mapping onto concern in hierarchy `notes`"
    );
}
