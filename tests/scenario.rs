//! Scenario analysis: exact results on small hand-made scenarios, bad
//! input, the built-in chapter cases, and properties of chains and cycles.

use proptest::prelude::*;
use security_hierarchy::conflict::{Outcome, Priority};
use security_hierarchy::hierarchy::Basis;
use security_hierarchy::scenario::{Scenario, builtin};
use security_hierarchy::{Concern, Format, Ranking, Tier, Via, corpus};
use security_hierarchy::{Finding, check, check_scenario_text, check_text};

fn ranking(levels: &[&[&str]]) -> Ranking<String> {
    Ranking::new(
        levels
            .iter()
            .map(|l| l.iter().map(std::string::ToString::to_string)),
    )
    .unwrap()
}

const SMALL: &str = r#"
id = "small"
title = "Small"
interests = [{ id = "rule" }, { id = "growth" }, { id = "openness" }, { id = "seas" }, { id = "image" }]
dependencies = [
    { foundation = "openness", underpins = "growth", basis = { kind = "reading", rationale = "test" } },
    { foundation = "growth", underpins = "rule", basis = { kind = "reading", rationale = "test" } },
]

[[actions]]
id = "control"
label = "Tighten control"
effects = [
    { interest = "rule", direction = "advances", strength = "strong", basis = { kind = "reading", rationale = "test" } },
    { interest = "openness", direction = "harms", strength = "moderate", basis = { kind = "reading", rationale = "test" } },
    { interest = "image", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } },
]

[[actions]]
id = "assert"
effects = [
    { interest = "seas", direction = "advances", strength = "weak", basis = { kind = "reading", rationale = "test" } },
    { interest = "growth", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } },
]
"#;

#[test]
fn small_scenario_exact_report() {
    let s = Scenario::from_toml_str(SMALL).unwrap();
    let r = ranking(&[&["rule"], &["growth", "seas"], &["openness"]]);
    let a = s.analyse("mine", &r, &Via::Items);
    assert_eq!(
        a.to_string(),
        "scenario `small` against `mine` (by item): rule > growth = seas > openness\n\
         action `control`: Tighten control\n  \
         advances `rule` (strong) -> rule, level 1\n  \
         harms `openness` (moderate) -> openness, level 3\n  \
         harms `image` (weak) -> image, unranked\n  \
         trade-off: advances `rule` (level 1) at the cost of `openness` (level 3): the advanced interest ranks higher; rests on readings [1], [2]\n  \
         trade-off: advances `rule` (level 1) at the cost of `image` (unranked): not comparable: outside the ranking; rests on readings [1], [3]\n  \
         self-undermining: harms `openness`, which underpins `growth`, which underpins `rule`, which it advances; rests on readings [2], [4], [5], [1]\n  \
         verdict: favourable, decided at level 1 by `rule` (net +3); not weighed: `image`; rests on reading [1]\n  \
         [1] reading: `control` advances `rule`: test\n  \
         [2] reading: `control` harms `openness`: test\n  \
         [3] reading: `control` harms `image`: test\n  \
         [4] reading: `openness` underpins `growth`: test\n  \
         [5] reading: `growth` underpins `rule`: test\n\
         action `assert`\n  \
         advances `seas` (weak) -> seas, level 2\n  \
         harms `growth` (weak) -> growth, level 2\n  \
         trade-off: advances `seas` (level 2) at the cost of `growth` (level 2): tied; rests on readings [1], [2]\n  \
         verdict: neutral, no ranked level has a non-zero net effect; rests on readings [1], [2]\n  \
         [1] reading: `assert` advances `seas`: test\n  \
         [2] reading: `assert` harms `growth`: test\n\
         finding: action `control`: interest `image` maps onto `image`, which `mine` does not rank; left out of the verdict\n"
    );
    let control = &a.actions[0];
    assert_eq!(control.self_undermining[0].links(), 2);
    assert!(control.priority_inversions.is_empty());
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["actions"][0]["verdict"]["outcome"], "favourable");
    assert_eq!(json["actions"][0]["trade_offs"][1]["priority"], "unranked");
    assert_eq!(json["findings"][0]["kind"], "outside-ranking");
}

#[test]
fn priority_inversion_and_lower_level_decides() {
    let s = Scenario::from_toml_str(SMALL).unwrap();
    // growth now outranks seas: the `assert` action harms a higher interest.
    let r = ranking(&[&["image"], &["growth"], &["seas"], &["rule", "openness"]]);
    let a = s.analyse("other", &r, &Via::Items);
    let assert = &a.actions[1];
    assert_eq!(assert.priority_inversions.len(), 1);
    assert_eq!(
        assert.priority_inversions[0].priority,
        Priority::HarmedHigher
    );
    assert_eq!(
        assert.priority_inversions[0].to_string(),
        "advances `seas` (level 3) at the cost of `growth` (level 2): PRIORITY INVERSION: the harmed interest ranks higher"
    );
    assert_eq!(assert.verdict.outcome, Outcome::Unfavourable);
    assert_eq!(assert.verdict.level, Some(2));
    // `control`: image (level 1) is harmed weakly: unfavourable at level 1,
    // although the strong gain to rule at level 4 outweighs it in sum.
    let control = &a.actions[0];
    assert_eq!(
        control.verdict.to_string(),
        "unfavourable, decided at level 1 by `image` (net -1)"
    );
    assert_eq!(control.priority_inversions.len(), 1);
}

#[test]
fn level_that_cancels_passes_the_decision_down() {
    let text = r#"
        id = "c"
        title = "C"
        interests = [{ id = "x" }, { id = "y" }, { id = "z" }]
        [[actions]]
        id = "act"
        effects = [
            { interest = "x", direction = "advances", strength = "moderate", basis = { kind = "reading", rationale = "test" } },
            { interest = "y", direction = "harms", strength = "moderate", basis = { kind = "reading", rationale = "test" } },
            { interest = "z", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } },
        ]
    "#;
    let s = Scenario::from_toml_str(text).unwrap();
    let a = s.analyse("r", &ranking(&[&["x", "y"], &["z"]]), &Via::Items);
    assert_eq!(
        a.actions[0].verdict.to_string(),
        "unfavourable, decided at level 2 by `z` (net -1)"
    );
}

#[test]
fn crosswalks_place_interests_and_report_missing_mappings() {
    let text = r#"
        id = "w"
        title = "W"
        [[interests]]
        id = "rule"
        concern = { target = "party-rule" }
        tier = { target = "regime" }
        [[interests]]
        id = "trade"
        concern = { target = "economy" }
        [[actions]]
        id = "act"
        effects = [
            { interest = "rule", direction = "advances", strength = "weak", basis = { kind = "reading", rationale = "test" } },
            { interest = "trade", direction = "harms", strength = "strong", basis = { kind = "reading", rationale = "test" } },
        ]
    "#;
    let s = Scenario::from_toml_str(text).unwrap();
    let by_tier = s.analyse("pu-2022", &tier_ranking(), &Via::Tier);
    assert_eq!(
        by_tier
            .findings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["action `act`: interest `trade` has no tier mapping; left out of the verdict"]
    );
    assert_eq!(by_tier.actions[0].verdict.outcome, Outcome::Favourable);
    let concerns =
        Ranking::strict([Concern::Economy, Concern::PartyRule].map(|c| c.to_string())).unwrap();
    let by_concern = s.analyse("growth-first", &concerns, &Via::Concern);
    assert!(by_concern.findings.is_empty());
    assert_eq!(by_concern.actions[0].priority_inversions.len(), 1);
    assert_eq!(
        by_concern.actions[0].verdict.to_string(),
        "unfavourable, decided at level 1 by `trade` (net -3)"
    );
}

// ---- bad input ----------------------------------------------------------

fn one_action(effects: &str) -> String {
    format!(
        "id = \"b\"\ntitle = \"B\"\ninterests = [{{ id = \"x\" }}, {{ id = \"y\" }}]\n[[actions]]\nid = \"act\"\neffects = [{effects}]\n"
    )
}

fn load_error(text: &str) -> String {
    Scenario::from_toml_str(text).unwrap_err().to_string()
}

#[test]
fn unknown_interest_is_named() {
    let text = one_action(
        r#"{ interest = "ghost", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } }"#,
    );
    assert_eq!(
        load_error(&text),
        "scenario `b`: action `act` names interest `ghost`, which the scenario does not declare"
    );
    let dep = one_action(r#"{ interest = "x", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } }"#).replacen(
        "[[actions]]",
        "dependencies = [{ foundation = \"x\", underpins = \"nowhere\" }]\n[[actions]]",
        1,
    );
    assert_eq!(
        load_error(&dep),
        "scenario `b`: dependency `x` underpins `nowhere` names interest `nowhere`, which the scenario does not declare"
    );
}

#[test]
fn advancing_and_harming_one_interest_is_an_error() {
    let text = one_action(
        r#"{ interest = "x", direction = "advances", strength = "weak", basis = { kind = "reading", rationale = "test" } }, { interest = "x", direction = "harms", strength = "strong", basis = { kind = "reading", rationale = "test" } }"#,
    );
    assert_eq!(
        load_error(&text),
        "scenario `b`: action `act` both advances and harms `x`"
    );
    let twice = one_action(
        r#"{ interest = "y", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } }, { interest = "y", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } }"#,
    );
    assert_eq!(
        load_error(&twice),
        "scenario `b`: action `act` states its effect on `y` twice"
    );
}

#[test]
fn strength_outside_the_scale_is_a_parse_error_naming_it() {
    let text = one_action(
        r#"{ interest = "x", direction = "harms", strength = "huge", basis = { kind = "reading", rationale = "test" } }"#,
    );
    assert_eq!(
        load_error(&text),
        "malformed TOML at line 6, column 62: `huge` is not a strength slug; expected one of: weak, moderate, strong"
    );
    let json = r#"{"id": "b", "title": "B", "interests": [{"id": "x"}],
        "actions": [{"id": "a", "effects": [{"interest": "x", "direction": "helps", "strength": "weak"}]}]}"#;
    assert_eq!(
        Scenario::from_json_str(json).unwrap_err().to_string(),
        "malformed JSON at line 2, column 82: `helps` is not a direction slug; expected one of: advances, harms"
    );
}

#[test]
fn check_lists_every_scenario_problem() {
    let text = r#"
        id = "m"
        title = "M"
        interests = [{ id = "x" }, { id = "x" }, { id = "y" }]
        dependencies = [{ foundation = "x", underpins = "z", basis = { kind = "reading", rationale = "test" } }]
        [[actions]]
        id = "a"
        effects = [
            { interest = "x", direction = "advances", strength = "weak", basis = { kind = "reading", rationale = "test" } },
            { interest = "x", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } },
            { interest = "q", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } },
        ]
        [[actions]]
        id = "a"
    "#;
    let found: Vec<String> = check_text(text, Format::Toml)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "scenario `m` declares interest `x` twice",
            "scenario `m`: dependency `x` underpins `z` names interest `z`, which the scenario does not declare",
            "scenario `m`: action `a` both advances and harms `x`",
            "scenario `m`: action `a` names interest `q`, which the scenario does not declare",
            "scenario `m` declares action `a` twice",
            "scenario `m`: action `a` has no effects",
        ]
    );
    let no_actions = "id = \"e\"\ntitle = \"E\"\nactions = []\n";
    assert_eq!(
        check_scenario_text(no_actions, Format::Toml)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["scenario `e` has no actions"]
    );
}

#[test]
fn dependency_cycles_are_reported_and_analysis_terminates() {
    let text = r#"
        id = "loop"
        title = "Loop"
        interests = [{ id = "a" }, { id = "b" }, { id = "c" }, { id = "d" }]
        dependencies = [
            { foundation = "a", underpins = "b", basis = { kind = "reading", rationale = "test" } },
            { foundation = "b", underpins = "c", basis = { kind = "reading", rationale = "test" } },
            { foundation = "c", underpins = "a", basis = { kind = "reading", rationale = "test" } },
            { foundation = "d", underpins = "d", basis = { kind = "reading", rationale = "test" } },
        ]
        [[actions]]
        id = "act"
        effects = [
            { interest = "c", direction = "advances", strength = "weak", basis = { kind = "reading", rationale = "test" } },
            { interest = "a", direction = "harms", strength = "weak", basis = { kind = "reading", rationale = "test" } },
        ]
    "#;
    let s = Scenario::from_toml_str(text).unwrap();
    let findings: Vec<String> = check(&s).iter().map(ToString::to_string).collect();
    assert_eq!(
        findings,
        [
            "dependency cycle: a underpins b underpins c underpins a",
            "dependency cycle: d underpins d"
        ]
    );
    let a = s.analyse(
        "r",
        &ranking(&[&["a"], &["b"], &["c"], &["d"]]),
        &Via::Items,
    );
    assert_eq!(a.actions[0].self_undermining[0].chain(), ["a", "b", "c"]);
    assert_eq!(a.findings.len(), 2);
    assert!(
        matches!(&a.findings[0], Finding::DependencyCycle { cycle } if cycle == &["a", "b", "c"])
    );
}

#[test]
fn scenarios_round_trip_through_toml_and_json() {
    for s in builtin::catalogue()
        .iter()
        .map(builtin::ScenarioEntry::scenario)
    {
        assert_eq!(
            Scenario::from_toml_str(&s.to_toml_string().unwrap()).unwrap(),
            s
        );
        assert_eq!(
            Scenario::from_json_str(&s.to_json_string().unwrap()).unwrap(),
            s
        );
        let via_serde: Scenario =
            serde_json::from_value(serde_json::to_value(&s).unwrap()).unwrap();
        assert_eq!(via_serde, s);
    }
}

// ---- built-in chapter cases ---------------------------------------------

#[test]
fn builtin_cases_are_cited_and_clean() {
    assert_eq!(builtin::catalogue().len(), 7);
    for s in builtin::catalogue()
        .iter()
        .map(builtin::ScenarioEntry::scenario)
    {
        assert!(check(&s).is_empty(), "{}", s.id());
        assert!(s.citation().contains("Pu 2022"), "{}", s.id());
        for interest in s.interests() {
            assert!(
                interest.tier.is_some() && interest.concern.is_some(),
                "{}: {}",
                s.id(),
                interest.id
            );
            assert!(!interest.label.is_empty());
        }
        let bases = s.dependencies().iter().map(|d| &d.basis).chain(
            s.actions()
                .iter()
                .flat_map(|a| a.effects.iter().map(|e| &e.basis)),
        );
        for basis in bases {
            match basis.as_ref().expect("a valid scenario has every basis") {
                Basis::Words { quote, place } => {
                    assert!(place.starts_with("Pu 2022"), "{}: {place}", s.id());
                    assert!(!quote.is_empty() && !quote.contains('"'), "{quote}");
                }
                Basis::Reading { rationale, .. } => assert!(!rationale.is_empty()),
            }
        }
    }
    let err = builtin::scenario("brexit").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("`brexit` is not a built-in scenario; expected one of: ukraine-stance, ")
    );
}

#[test]
fn the_paradox_is_self_undermining_under_every_hierarchy() {
    let s = builtin::scenario("securitisation-paradox").unwrap();
    let by_tier = s.analyse("pu-2022", &tier_ranking(), &Via::Tier);
    let chains: Vec<String> = by_tier.actions[0]
        .self_undermining
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        chains,
        [
            "harms `openness`, which underpins `growth`, which underpins `national-security`, which it advances",
            "harms `growth`, which underpins `national-security`, which it advances",
            "harms `innovation`, which underpins `national-security`, which it advances",
        ]
    );
    // The chain through openness is the chapter's own words end to end; the
    // other two need the reading that the policies do weaken growth and
    // innovation, which the chapter states only as a condition.
    let rests: Vec<usize> = by_tier.actions[0]
        .self_undermining
        .iter()
        .map(|c| c.rests_on().readings.len())
        .collect();
    assert_eq!(rests, [0, 1, 1]);
    assert_eq!(
        by_tier.actions[0].self_undermining[1].rests_on().readings[0].claim,
        "`securitise-policy` harms `growth`"
    );
    // Regime level: national security +3, party rule +3, growth -2, innovation -2.
    assert_eq!(
        by_tier.actions[0].verdict.to_string(),
        "favourable, decided at level 1 by `national-security`, `party-rule`, `growth`, `innovation` (net +2)"
    );
    // On the source's words alone the paradox still stands.
    let words = s
        .without_readings()
        .analyse("pu-2022", &tier_ranking(), &Via::Tier);
    assert_eq!(words.actions[0].self_undermining.len(), 1);
    assert!(words.actions[0].self_undermining[0].rests_on().words_only());
    for id in ["rudd-2022", "erickson-2019"] {
        let doc = corpus::hierarchy(id).unwrap();
        let concerns = Via::Concern.ranking(&doc).unwrap();
        let a = s.analyse(id, &concerns, &Via::Concern);
        assert_eq!(a.actions[0].self_undermining.len(), 3, "{id}");
        assert_eq!(a.actions[0].verdict.outcome, Outcome::Favourable, "{id}");
        assert_eq!(a.actions[0].verdict.level, Some(1), "{id}");
    }
}

#[test]
fn every_finding_says_what_it_rests_on() {
    let s = Scenario::from_toml_str(&SMALL.replace(
        r#"{ interest = "rule", direction = "advances", strength = "strong", basis = { kind = "reading", rationale = "test" } }"#,
        r#"{ interest = "rule", direction = "advances", strength = "strong", basis = { kind = "words", quote = "control serves rule", place = "Notes, p. 1" } }"#,
    ))
    .unwrap();
    let r = ranking(&[&["rule"], &["growth", "seas"], &["openness"]]);
    let a = s.analyse("mine", &r, &Via::Items);
    let control = &a.actions[0];
    assert!(control.verdict.rests_on.words_only());
    assert_eq!(
        control.trade_offs[0].rests_on.readings[0].claim,
        "`control` harms `openness`"
    );
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(
        json["actions"][0]["self_undermining"][0]["rests_on"]["readings"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
    assert_eq!(json["actions"][0]["effects"][0]["basis"]["kind"], "words");
    // Without its readings, only the stated effect is left.
    let words = s.without_readings();
    assert_eq!(words.actions()[0].effects.len(), 1);
    assert!(words.dependencies().is_empty());
}

#[test]
fn a_missing_basis_is_named() {
    let text = SMALL.replacen(
        r#"{ foundation = "growth", underpins = "rule", basis = { kind = "reading", rationale = "test" } }"#,
        r#"{ foundation = "growth", underpins = "rule" }"#,
        1,
    );
    let err = Scenario::from_toml_str(&text).unwrap_err();
    assert_eq!(
        err.to_string(),
        "scenario `small`: the dependency `growth` underpins `rule` has no basis; give `basis = { kind = \"words\", quote = \"...\", place = \"...\" }` for the source's words or `basis = { kind = \"reading\", rationale = \"...\" }` for a reading"
    );
}

/// The chapter's tiers as slugs, highest first.
fn tier_ranking() -> Ranking<String> {
    Ranking::strict(Tier::ALL.iter().map(ToString::to_string)).unwrap()
}

// ---- properties ---------------------------------------------------------

/// A scenario over interests i0..i(n-1) with the given dependencies (as
/// index pairs); its one action harms `harmed` and advances `advanced`.
fn graph_scenario(n: usize, edges: &[(usize, usize)], harmed: usize, advanced: usize) -> Scenario {
    let interests: Vec<String> = (0..n).map(|i| format!("{{ id = \"i{i}\" }}")).collect();
    let deps: Vec<String> = edges
        .iter()
        .map(|(a, b)| format!("{{ foundation = \"i{a}\", underpins = \"i{b}\", basis = {{ kind = \"reading\", rationale = \"test\" }} }}"))
        .collect();
    let text = format!(
        "id = \"g\"\ntitle = \"G\"\ninterests = [{}]\ndependencies = [{}]\n[[actions]]\nid = \"act\"\n\
         effects = [{{ interest = \"i{harmed}\", direction = \"harms\", strength = \"weak\", basis = {{ kind = \"reading\", rationale = \"test\" }} }}, \
         {{ interest = \"i{advanced}\", direction = \"advances\", strength = \"weak\", basis = {{ kind = \"reading\", rationale = \"test\" }} }}]\n",
        interests.join(", "),
        deps.join(", ")
    );
    Scenario::from_toml_str(&text).unwrap()
}

fn strict_ids(n: usize) -> Ranking<String> {
    Ranking::strict((0..n).map(|i| format!("i{i}"))).unwrap()
}

/// Shortest distance by Floyd–Warshall: the brute-force reference.
fn distance(n: usize, edges: &[(usize, usize)], from: usize, to: usize) -> Option<usize> {
    let mut d = vec![vec![usize::MAX; n]; n];
    for &(a, b) in edges {
        d[a][b] = 1;
    }
    for m in 0..n {
        for i in 0..n {
            for j in 0..n {
                if d[i][m] != usize::MAX && d[m][j] != usize::MAX {
                    d[i][j] = d[i][j].min(d[i][m] + d[m][j]);
                }
            }
        }
    }
    (d[from][to] != usize::MAX).then_some(d[from][to])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Self-undermining is found through chains of length 2 and more, and
    /// each chain reported is a real chain of dependencies of shortest length,
    /// whatever cycles the extra dependencies add.
    #[test]
    fn chains_of_any_length_are_found(
        k in 1usize..7,
        extra in prop::collection::vec((0usize..9, 0usize..9), 0..8),
    ) {
        let n = 9;
        let mut edges: Vec<(usize, usize)> = (0..k).map(|i| (i, i + 1)).collect();
        edges.extend(extra.iter().copied());
        let s = graph_scenario(n, &edges, 0, k);
        let a = s.analyse("r", &strict_ids(n), &Via::Items);
        let chains = &a.actions[0].self_undermining;
        prop_assert_eq!(chains.len(), 1);
        let chain = &chains[0];
        prop_assert_eq!(Some(chain.links()), distance(n, &edges, 0, k));
        prop_assert!(chain.links() <= k);
        for pair in chain.chain().windows(2) {
            prop_assert!(
                s.dependencies().iter().any(|d| d.foundation == pair[0] && d.underpins == pair[1]),
                "{} does not underpin {}", pair[0], pair[1]
            );
        }
    }

    /// Random dependency graphs with cycles: the analysis terminates, every
    /// reported cycle is a real cycle, and a chain is reported exactly when
    /// the harmed interest reaches the advanced one.
    #[test]
    fn analysis_terminates_on_cyclic_dependencies(
        edges in prop::collection::vec((0usize..6, 0usize..6), 0..14),
        harmed in 0usize..6,
        advanced in 0usize..6,
    ) {
        prop_assume!(harmed != advanced);
        let n = 6;
        let s = graph_scenario(n, &edges, harmed, advanced);
        let a = s.analyse("r", &strict_ids(n), &Via::Items);
        let underpins = |x: &str, y: &str| s.dependencies().iter().any(|d| d.foundation == x && d.underpins == y);
        for finding in &a.findings {
            if let Finding::DependencyCycle { cycle } = finding {
                for (i, x) in cycle.iter().enumerate() {
                    prop_assert!(underpins(x, &cycle[(i + 1) % cycle.len()]));
                }
            }
        }
        let has_cycle = (0..n).any(|i| distance(n, &edges, i, i).is_some());
        prop_assert_eq!(has_cycle, a.findings.iter().any(|f| matches!(f, Finding::DependencyCycle { .. })));
        let reach = distance(n, &edges, harmed, advanced);
        prop_assert_eq!(reach, a.actions[0].self_undermining.first().map(security_hierarchy::conflict::Chain::links));
    }
}

#[test]
fn data_files_check_clean_from_disk() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/scenarios");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        assert!(
            security_hierarchy::check_file(&path).is_empty(),
            "{}",
            path.display()
        );
        let loaded = Scenario::load(&path).unwrap();
        assert_eq!(
            builtin::source_text(loaded.id()).unwrap(),
            std::fs::read_to_string(&path).unwrap()
        );
        seen += 1;
    }
    assert_eq!(seen, builtin::ids().len());
}
