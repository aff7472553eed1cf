//! Discordances, tier inversions, majority cycles and document checks on
//! small hand-made inputs with exact expected output, and their properties.

use std::cmp::Ordering;

use proptest::prelude::*;
use security_hierarchy::conflict::{
    Discordances, InversionReport, MajorityReport, discordances, majority, tier_inversions,
};
use security_hierarchy::hierarchy::Order;
use security_hierarchy::strategies::{weak_ranking, weak_ranking_of_size};
use security_hierarchy::{Check, Finding, check, check_file, check_hierarchy_text, check_text};
use security_hierarchy::{Error, Format, Hierarchy, Ranking, Tier, Via, corpus};

fn strict(items: &[&'static str]) -> Ranking<&'static str> {
    Ranking::strict(items.iter().copied()).unwrap()
}

fn messages(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(ToString::to_string).collect()
}

// ---- discordances -------------------------------------------------------

#[test]
fn discordances_name_each_pair_with_levels() {
    let a = Ranking::new(vec![
        vec!["party"],
        vec!["seas", "borders"],
        vec!["overseas"],
    ])
    .unwrap();
    let b = Ranking::new(vec![
        vec!["party"],
        vec!["overseas"],
        vec!["seas"],
        vec!["borders", "growth"],
    ])
    .unwrap();
    let d = Discordances::between("a", &a, "b", &b);
    assert_eq!(d.shared, 4);
    assert_eq!(d.only_b, ["growth"]);
    assert!(d.only_a.is_empty());
    assert_eq!(
        d.to_string(),
        "a vs b: 4 shared items, 2 discordant pairs, 1 tie splits\n  \
         discordant: a puts `seas` (level 2) above `overseas` (level 3); b puts `overseas` (level 2) above `seas` (level 3)\n  \
         discordant: a puts `borders` (level 2) above `overseas` (level 3); b puts `overseas` (level 2) above `borders` (level 4)\n  \
         tie split: a ties `seas` and `borders` (level 2); b puts `seas` (level 3) above `borders` (level 4)\n  \
         only in b: `growth`"
    );
}

#[test]
fn discordances_of_disjoint_or_empty_rankings_are_empty() {
    let d = Discordances::between("a", &strict(&["x"]), "b", &strict(&["y"]));
    assert_eq!((d.shared, d.discordant.len()), (0, 0));
    assert_eq!(
        d.to_string(),
        "a vs b: 0 shared items, 0 discordant pairs, 0 tie splits\n  only in a: `x`\n  only in b: `y`"
    );
    let empty = Ranking::<&str>::new(Vec::<Vec<&str>>::new()).unwrap();
    assert!(
        Discordances::between("a", &empty, "b", &empty)
            .discordant
            .is_empty()
    );
}

#[test]
fn discordances_through_a_crosswalk_and_errors() {
    let xi2014 = corpus::hierarchy("xi-2014").unwrap();
    let rudd = corpus::hierarchy("rudd-2022").unwrap();
    let d = discordances(&xi2014, &rudd, &Via::Concern).unwrap();
    // Every listed pair really is ordered oppositely by the two projections.
    let (a, b) = (
        Via::Concern.ranking(&xi2014).unwrap(),
        Via::Concern.ranking(&rudd).unwrap(),
    );
    for pair in &d.discordant {
        assert_eq!(
            a.compare(&pair.first, &pair.second),
            Some(Ordering::Greater)
        );
        assert_eq!(b.compare(&pair.first, &pair.second), Some(Ordering::Less));
    }
    let xi2020 = corpus::hierarchy("xi-2020").unwrap();
    let err = discordances(&xi2020, &rudd, &Via::Items).unwrap_err();
    assert_eq!(
        err.to_string(),
        "hierarchy `xi-2020` is a partial order, not a ranking; this analysis needs a weak order"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The listed discordant pairs are exactly the brute-force ones.
    #[test]
    fn discordances_match_brute_force(a in weak_ranking_of_size(0..=7), b in weak_ranking_of_size(0..=7)) {
        let d = Discordances::between("a", &a, "b", &b);
        let mut expected = Vec::new();
        for x in a.items() {
            for y in a.items() {
                if a.compare(x, y) == Some(Ordering::Greater) && b.compare(x, y) == Some(Ordering::Less) {
                    expected.push((*x, *y));
                }
            }
        }
        let mut got: Vec<(u32, u32)> = d.discordant.iter().map(|p| (p.first, p.second)).collect();
        got.sort_unstable();
        expected.sort_unstable();
        prop_assert_eq!(got, expected);
        prop_assert_eq!(d.shared + d.only_a.len(), a.len());
        prop_assert_eq!(d.shared + d.only_b.len(), b.len());
    }

    /// Both lists, in order, equal a quadratic walk over the shared items
    /// in `a`'s order.
    #[test]
    fn pairs_and_tie_splits_match_a_quadratic_walk(
        a in weak_ranking_of_size(0..12),
        b in weak_ranking_of_size(0..12),
    ) {
        let d = Discordances::between("a", &a, "b", &b);
        let shared: Vec<u32> = a.items().copied().filter(|x| b.contains(x)).collect();
        let level = |r: &Ranking<u32>, x: u32| r.level_of(&x).unwrap() + 1;
        let (mut discordant, mut splits) = (Vec::new(), Vec::new());
        for (i, &x) in shared.iter().enumerate() {
            for &y in &shared[i + 1..] {
                let (ca, cb) = (a.compare(&x, &y), b.compare(&x, &y));
                match (ca, cb) {
                    (Some(Ordering::Equal), Some(Ordering::Equal)) => {}
                    (Some(Ordering::Equal), Some(o)) | (Some(o), Some(Ordering::Equal)) => {
                        let tied_in_a = ca == Some(Ordering::Equal);
                        let (hi, lo) = if o == Ordering::Greater { (x, y) } else { (y, x) };
                        let (tying, ordering) = if tied_in_a { (&a, &b) } else { (&b, &a) };
                        splits.push((hi, lo, tied_in_a, level(tying, hi), [level(ordering, hi), level(ordering, lo)]));
                    }
                    (p, q) if p != q => {
                        let (hi, lo) = if p == Some(Ordering::Greater) { (x, y) } else { (y, x) };
                        discordant.push((hi, lo, [level(&a, hi), level(&a, lo)], [level(&b, hi), level(&b, lo)]));
                    }
                    _ => {}
                }
            }
        }
        let got: Vec<_> = d.discordant.iter().map(|p| (p.first, p.second, p.in_a, p.in_b)).collect();
        prop_assert_eq!(got, discordant);
        let got: Vec<_> = d
            .tie_splits
            .iter()
            .map(|t| (t.higher, t.lower, t.tied_in_a, t.tied_level, t.ordered_levels))
            .collect();
        prop_assert_eq!(got, splits);
    }
}

// ---- tier inversions ----------------------------------------------------

#[test]
fn tier_inversions_are_listed_in_rank_order() {
    let r = Ranking::new(vec![vec!["world"], vec!["seas", "party"], vec!["unity"]]).unwrap();
    let tier = |x: &&str| {
        Some(match *x {
            "world" => Tier::Global,
            "seas" => Tier::Regional,
            _ => Tier::Regime,
        })
    };
    let report =
        InversionReport::new("mine", &Order::Ranked(r), "tier", tier, &Tier::ranking()).unwrap();
    assert_eq!(
        report.to_string(),
        "mine onto tier: 4 inversions\n  \
         `world` (global) is ranked above `seas` (regional)\n  \
         `world` (global) is ranked above `party` (regime)\n  \
         `world` (global) is ranked above `unity` (regime)\n  \
         `seas` (regional) is ranked above `unity` (regime)"
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["inversions"][3]["higher"], "seas");
    assert_eq!(json["inversions"][3]["lower_target"], "regime");
}

#[test]
fn tier_inversions_against_any_ordered_vocabulary() {
    let order = Ranking::strict(["high", "low"]).unwrap();
    let r = strict(&["b", "a"]);
    let report = InversionReport::new(
        "r",
        &Order::Ranked(r.clone()),
        "grade",
        |x| Some(if *x == "a" { "high" } else { "low" }),
        &order,
    )
    .unwrap();
    assert_eq!(
        report.to_string(),
        "r onto grade: 1 inversion\n  `b` (low) is ranked above `a` (high)"
    );
    let err = InversionReport::new(
        "r",
        &Order::Ranked(r),
        "tier",
        |x: &&str| (*x == "a").then_some(Tier::Regime),
        &Tier::ranking(),
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "item `b` has no mapping onto tier");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// No tier inversion exactly when the projection is monotone: every item
    /// ranked above another maps onto a tier at least as high.
    #[test]
    fn no_inversion_iff_projection_is_monotone(
        r in weak_ranking((0u32..8).collect()),
        tiers in proptest::collection::vec(0usize..3, 8),
    ) {
        let tier = |x: &u32| Some(Tier::ALL[tiers[*x as usize]]);
        let report = InversionReport::new("r", &Order::Ranked(r.clone()), "tier", tier, &Tier::ranking()).unwrap();
        let order = Tier::ranking();
        let monotone = r.items().all(|x| r.items().all(|y| {
            r.compare(x, y) != Some(Ordering::Greater)
                || order.compare(&tier(x).unwrap(), &tier(y).unwrap()) != Some(Ordering::Less)
        }));
        prop_assert_eq!(report.is_empty(), monotone);
    }
}

// ---- majority cycles ----------------------------------------------------

#[test]
fn condorcet_profile_has_exactly_one_three_cycle() {
    let (x, y, z) = (
        strict(&["a", "b", "c"]),
        strict(&["b", "c", "a"]),
        strict(&["c", "a", "b"]),
    );
    let report = MajorityReport::new([("x", &x), ("y", &y), ("z", &z)]);
    assert_eq!(report.cycles.len(), 1);
    assert_eq!(report.cycles[0].items, ["a", "b", "c"]);
    assert_eq!(report.cycles[0].margins, [1, 1, 1]);
    assert_eq!(
        report.to_string(),
        "majority graph of 3 rankings (x, y, z) over 3 items\n  \
         Condorcet winner: none\n  \
         Condorcet loser: none\n  \
         components, dominant first: {a, b, c}\n  \
         cycle: a > b > c > a (margins 1, 1, 1)\n  \
         `a` beats `b` 2 to 1\n  \
         `b` beats `c` 2 to 1\n  \
         `c` beats `a` 2 to 1"
    );
}

#[test]
fn ties_and_missing_items_are_standoffs() {
    let x = Ranking::new(vec![vec!["a", "b"], vec!["c"]]).unwrap();
    let y = strict(&["b", "a"]);
    let z = strict(&["a", "b", "d"]);
    let report = MajorityReport::new([("x", &x), ("y", &y), ("z", &z)]);
    assert_eq!(
        report.to_string(),
        "majority graph of 3 rankings (x, y, z) over 4 items\n  \
         Condorcet winner: none\n  \
         Condorcet loser: none\n  \
         components, dominant first: {b} > {a} > {d} > {c}\n  \
         `a` beats `c` 1 to 0\n  \
         `a` beats `d` 1 to 0\n  \
         `b` beats `c` 1 to 0\n  \
         `b` beats `d` 1 to 0\n  \
         `a` and `b`: tied 1 to 1\n  \
         `c` and `d`: no input orders them"
    );
    assert!(report.is_acyclic());
    let empty = MajorityReport::<&str>::new([]);
    assert_eq!(
        empty.to_string(),
        "majority graph of 0 rankings () over 0 items\n  Condorcet winner: none\n  Condorcet loser: none\n  components, dominant first: "
    );
}

#[test]
fn corpus_majority_by_concern_has_a_cycle_and_errors_on_partial_orders() {
    let ids = [
        "pu-2022",
        "dai-2009",
        "nathan-scobell-2012",
        "xi-2014",
        "rudd-2018",
        "erickson-2019",
        "rudd-2022",
    ];
    let docs: Vec<Hierarchy> = ids
        .iter()
        .map(|id| corpus::hierarchy(id).unwrap())
        .collect();
    let report = majority(&docs, &Via::Concern).unwrap();
    assert_eq!(report.inputs, ids);
    for cycle in &report.cycles {
        assert!(cycle.margins.iter().all(|&m| m > 0));
    }
    let tiers = majority(&docs, &Via::Tier).unwrap();
    assert_eq!(tiers.condorcet_winner, Some(Tier::Regime.to_string()));
    assert_eq!(tiers.condorcet_loser, Some(Tier::Global.to_string()));
    let err = majority(
        &[corpus::hierarchy("white-paper-2011").unwrap()],
        &Via::Concern,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "hierarchy `white-paper-2011` is unordered, not a ranking; this analysis needs a weak order"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Identical rankings never make a majority cycle: every component is a single item.
    #[test]
    fn identical_rankings_have_no_cycle(r in weak_ranking_of_size(0..=8), copies in 1usize..5) {
        let names: Vec<String> = (0..copies).map(|i| format!("r{i}")).collect();
        let report = MajorityReport::new(names.iter().map(|n| (n.as_str(), &r)));
        prop_assert!(report.is_acyclic());
        prop_assert_eq!(report.components.len(), r.len());
    }
}

// ---- check --------------------------------------------------------------

const SOURCE: &str = "[source]\nauthor = \"A\"\nyear = 2024\ntitle = \"T\"\nvenue = \"V\"\n";

#[test]
fn check_reports_every_problem_at_once() {
    let text = format!(
        "id = \"bad\"\ntitle = \"T\"\nlevels = [[\"seas\", \"seas\"], [], [\"party\"], [\"ghost\"]]\n{SOURCE}\
         [[items]]\nid = \"seas\"\nlabel = \"s\"\ntier = {{ target = \"regional\" }}\n\
         [[items]]\nid = \"party\"\nlabel = \"p\"\ntier = {{ target = \"regime\" }}\n\
         [[items]]\nid = \"party\"\nlabel = \"p2\"\n\
         [[items]]\nid = \"idle\"\nlabel = \"i\"\n"
    );
    assert_eq!(
        messages(&check_text(&text, Format::Toml)),
        [
            "hierarchy `bad` defines item `party` twice",
            "duplicate item `seas` on levels 1 and 1",
            "level 2 is empty; every level needs at least one item",
            "item `ghost` is ranked in hierarchy `bad` but not defined in its items",
            "item `idle` is defined in hierarchy `bad` but never ranked",
            "item `idle` has no tier mapping while other items have one; its tier inversions are not checked",
            "tier inversion: `seas` (regional) is ranked above `party` (regime)",
        ]
    );
}

#[test]
fn check_reports_precedence_problems_and_order_fields() {
    let items = ["a", "b", "c", "d"]
        .map(|i| format!("[[items]]\nid = \"{i}\"\nlabel = \"{i}\"\n"))
        .concat();
    let text = format!(
        "id = \"p\"\ntitle = \"T\"\nunordered = true\nprecedences = [[\"a\", \"a\"], [\"a\", \"b\"], [\"b\", \"a\"], [\"c\", \"d\"], [\"d\", \"c\"], [\"d\", \"e\"]]\n{SOURCE}{items}"
    );
    assert_eq!(
        messages(&check_hierarchy_text(&text, Format::Toml)),
        [
            "hierarchy `p`: more than one order given; set only one of `levels`, `precedences` and `unordered = true`",
            "item `a` cannot outrank itself",
            "precedence cycle: a > b > a",
            "precedence cycle: c > d > c",
            "item `e` is ranked in hierarchy `p` but not defined in its items",
        ]
    );
}

#[test]
fn check_of_partial_order_finds_implied_inversions() {
    let text = format!(
        "id = \"p\"\ntitle = \"T\"\nprecedences = [[\"w\", \"s\"], [\"s\", \"r\"]]\n{SOURCE}\
         [[items]]\nid = \"w\"\nlabel = \"w\"\ntier = {{ target = \"global\" }}\n\
         [[items]]\nid = \"s\"\nlabel = \"s\"\ntier = {{ target = \"regional\" }}\n\
         [[items]]\nid = \"r\"\nlabel = \"r\"\ntier = {{ target = \"regime\" }}\n"
    );
    let doc = Hierarchy::from_toml_str(&text).unwrap();
    assert_eq!(
        messages(&check(&doc)),
        [
            "tier inversion: `w` (global) is ranked above `s` (regional)",
            "tier inversion: `w` (global) is ranked above `r` (regime)",
            "tier inversion: `s` (regional) is ranked above `r` (regime)",
        ]
    );
    assert_eq!(doc.check(), check_text(&text, Format::Toml));
    let json = serde_json::to_value(check(&doc)).unwrap();
    assert_eq!(json[0]["kind"], "tier-inversion");
    assert_eq!(json[0]["higher"], "w");
}

#[test]
fn malformed_text_is_one_finding_with_position() {
    assert_eq!(
        messages(&check_text("id = \"t\"\ntitle = = 3\n", Format::Toml)),
        ["malformed TOML at line 2, column 9: extra `=`, expected nothing"]
    );
    assert_eq!(
        messages(&check_text("{\"id\": \"t\",\n \"title\": }", Format::Json)),
        ["malformed JSON at line 2, column 11: expected value"]
    );
    let findings = check_file("notes.yaml");
    assert_eq!(
        messages(&findings),
        ["notes.yaml: unknown file type; use a .toml or .json extension"]
    );
    assert!(findings[0].is_invalid());
    assert_eq!(
        serde_json::to_value(&findings).unwrap()[0]["kind"],
        "invalid"
    );
}

#[test]
fn every_builtin_checks_clean_except_documented_inversions() {
    for entry in corpus::catalogue() {
        let doc = entry.hierarchy();
        let findings = check(&doc);
        assert!(
            findings
                .iter()
                .all(|f| matches!(f, Finding::TierInversion(_))),
            "{}: {findings:?}",
            entry.id
        );
        let expected = tier_inversions(&doc, &Via::Tier).unwrap().inversions.len();
        assert_eq!(findings.len(), expected, "{}", entry.id);
        let text = doc.to_json_string().unwrap();
        assert_eq!(check_text(&text, Format::Json), findings);
    }
}

/// A small hierarchy file with random problems: ids from a tiny alphabet so
/// that duplicates, undefined and unranked items all happen.
fn messy_file() -> impl Strategy<Value = String> {
    let id = prop::sample::select(vec!["a", "b", "c", "d"]);
    let tier = prop::option::of(prop::sample::select(vec!["regime", "regional", "global"]));
    let items = prop::collection::vec((id.clone(), tier), 0..5);
    let levels = prop::collection::vec(prop::collection::vec(id.clone(), 0..3), 0..4);
    let precedences = prop::collection::vec((id.clone(), id), 0..4);
    (items, levels, precedences, 0u8..4).prop_map(|(items, levels, precedences, order)| {
        let mut text = String::from("id = \"m\"\ntitle = \"M\"\n");
        let quote = |v: &[&str]| {
            v.iter()
                .map(|x| format!("\"{x}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if order & 1 == 1 {
            let levels: Vec<String> = levels.iter().map(|l| format!("[{}]", quote(l))).collect();
            text.push_str(&format!("levels = [{}]\n", levels.join(", ")));
        }
        if order & 2 == 2 {
            let pairs: Vec<String> = precedences
                .iter()
                .map(|(a, b)| format!("[\"{a}\", \"{b}\"]"))
                .collect();
            text.push_str(&format!("precedences = [{}]\n", pairs.join(", ")));
        }
        text.push_str(SOURCE);
        for (id, tier) in items {
            text.push_str(&format!("[[items]]\nid = \"{id}\"\nlabel = \"{id}\"\n"));
            if let Some(t) = tier {
                text.push_str(&format!("tier = {{ target = \"{t}\" }}\n"));
            }
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// `check` finds an invalidating problem exactly when strict loading
    /// fails, and the error strict loading returns is among its findings.
    #[test]
    fn check_agrees_with_strict_loading(text in messy_file()) {
        let findings = check_text(&text, Format::Toml);
        match Hierarchy::from_toml_str(&text) {
            Ok(doc) => {
                prop_assert!(findings.iter().all(|f| !f.is_invalid()), "{:?}", findings);
                prop_assert_eq!(check(&doc), findings);
            }
            Err(e) => {
                let e: Error = e;
                prop_assert!(findings.contains(&Finding::Invalid(e.clone())), "{} not in {:?}", e, findings);
            }
        }
    }
}
