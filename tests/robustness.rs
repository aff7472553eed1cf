//! The robustness of conclusions to contested crosswalks, checked against
//! a brute force that rebuilds every variant document by hand.

use security_hierarchy::conflict::{
    Documents, Robustness, conflicts, conflicts_within, majority, robustness, tier_inversions,
};
use security_hierarchy::consensus::{Borda, consensus};
use security_hierarchy::limit::Limits;
use security_hierarchy::scenario::builtin;
use security_hierarchy::{Hierarchy, Ranking, Tier, Via};

/// A hierarchy `h` of items `x0 > x1 > ...`; item `xi` maps onto `tiers[i]`,
/// with the alternatives `alts[i]` (may be empty), and is unverified when
/// `unverified[i]`.
fn doc(id: &str, tiers: &[&str], alts: &[&[&str]], unverified: &[bool]) -> Hierarchy {
    let mut text = format!(
        "id = \"{id}\"\ntitle = \"t\"\nlevels = [{}]\n[source]\nauthor = \"a\"\nyear = 2024\ntitle = \"t\"\nvenue = \"v\"\n",
        (0..tiers.len())
            .map(|i| format!("[\"x{i}\"]"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    for (i, tier) in tiers.iter().enumerate() {
        let alternatives: Vec<String> = alts[i]
            .iter()
            .map(|t| format!("{{ target = \"{t}\", rationale = \"or so\" }}"))
            .collect();
        let verification = if unverified[i] {
            "{ status = \"unverified\", missing = \"not checked\" }"
        } else {
            "{ status = \"verified\", against = \"the text\" }"
        };
        text.push_str(&format!(
            "[[items]]\nid = \"x{i}\"\nlabel = \"x\"\nverification = {verification}\n\
             tier = {{ target = \"{tier}\", rationale = \"so\", alternatives = [{}] }}\n",
            alternatives.join(", ")
        ));
    }
    Hierarchy::from_toml_str(&text).unwrap()
}

fn judged<'a>(r: &'a Robustness, statement: &str) -> &'a security_hierarchy::conflict::Judged {
    r.conclusions
        .iter()
        .find(|j| j.conclusion.statement == statement)
        .unwrap_or_else(|| panic!("no conclusion {statement:?} in {r}"))
}

#[test]
fn an_inversion_that_rests_on_one_contested_mapping_is_fragile() {
    // Like Dai 2009: the middle item is regional by default, regime if read
    // as national unity; by default it sits above a regime item.
    let h = doc(
        "d",
        &["regime", "regional", "regime"],
        &[&[], &["regime"], &[]],
        &[false, false, false],
    );
    let docs = Documents::new([h]);
    let r = robustness(&docs, &Via::Tier, |d| {
        tier_inversions(&d.hierarchies[0], &Via::Tier)
    })
    .unwrap();
    assert_eq!((r.combinations, r.examined, r.exhaustive), (2, 2, true));
    let j = judged(
        &r,
        "d onto tier: `x1` is ranked above `x2`, whose tier is higher",
    );
    assert!(j.by_default && !j.robust());
    assert_eq!(j.holds_in, 1);
    assert_eq!(j.depends_on.len(), 1);
    assert_eq!(j.depends_on[0].to_string(), "d/x1 onto tier");
    assert_eq!(j.depends_on[0].options, ["regional", "regime"]);
    assert_eq!(r.fragile().count(), 1);
    assert!(r.to_string().contains("holds by default only: 1"));
}

#[test]
fn counts_agree_with_a_brute_force_over_every_combination() {
    // Three contested items with 2, 3 and 2 options: 12 combinations.
    let tiers = ["global", "regional", "regime", "regime"];
    let alts: [&[&str]; 4] = [&["regime"], &["regime", "global"], &[], &["global"]];
    let h = doc("b", &tiers, &alts, &[false, true, false, false]);
    let docs = Documents::new([h]);
    let r = robustness(&docs, &Via::Tier, |d| {
        tier_inversions(&d.hierarchies[0], &Via::Tier)
    })
    .unwrap();
    assert_eq!((r.combinations, r.examined), (12, 12));
    // Brute force: rebuild the document for every choice and count each
    // inversion's occurrences.
    let options: Vec<Vec<&str>> = tiers
        .iter()
        .zip(alts)
        .map(|(t, a)| std::iter::once(*t).chain(a.iter().copied()).collect())
        .collect();
    let mut counts = std::collections::BTreeMap::<String, u64>::new();
    for a in 0..2 {
        for b in 0..3 {
            for c in 0..2 {
                let chosen = [options[0][a], options[1][b], options[2][0], options[3][c]];
                let plain = doc("b", &chosen, &[&[], &[], &[], &[]], &[false; 4]);
                for c in tier_inversions(&plain, &Via::Tier).unwrap().inversions {
                    let s = format!(
                        "b onto tier: `{}` is ranked above `{}`, whose tier is higher",
                        c.higher, c.lower
                    );
                    *counts.entry(s).or_default() += 1;
                }
            }
        }
    }
    assert_eq!(r.conclusions.len(), counts.len());
    for j in &r.conclusions {
        assert_eq!(
            Some(&j.holds_in),
            counts.get(&j.conclusion.statement),
            "{j}"
        );
    }
    // x1 is unverified: every conclusion naming it says so.
    for j in &r.conclusions {
        let names_x1 = j.conclusion.statement.contains("`x1`");
        assert_eq!(names_x1, j.unverified == ["b/x1"], "{j}");
    }
}

#[test]
fn past_the_limit_each_mapping_is_varied_on_its_own() {
    let n = 17;
    let tiers = vec!["regional"; n];
    let alts = vec![&["regime"][..]; n];
    let h = doc("big", &tiers, &alts, &vec![false; n]);
    let docs = Documents::new([h]);
    let r = robustness(&docs, &Via::Tier, |d| {
        tier_inversions(&d.hierarchies[0], &Via::Tier)
    })
    .unwrap();
    assert!(!r.exhaustive);
    assert_eq!(r.combinations, 1 << 17);
    assert_eq!(r.examined, 18);
    assert!(
        r.to_string()
            .contains("too many to enumerate (limit 65536): 18 examined")
    );
    // Moving any one item up to regime inverts it with every later item.
    let j = judged(
        &r,
        "big onto tier: `x0` is ranked above `x1`, whose tier is higher",
    );
    assert!(!j.by_default);
    assert_eq!(j.holds_in, 1);
}

#[test]
fn majority_and_consensus_conclusions_are_judged_on_common_ground() {
    let a = doc(
        "a",
        &["regime", "regional", "global"],
        &[&[], &["global"], &[]],
        &[false; 3],
    );
    let b = doc(
        "b",
        &["regime", "global", "regional"],
        &[&[], &[], &[]],
        &[false; 3],
    );
    let docs = Documents::new([a, b]);
    let r = robustness(&docs, &Via::Tier, |d| majority(&d.hierarchies, &Via::Tier)).unwrap();
    let winner = judged(&r, "Condorcet winner: `regime`");
    assert!(winner.robust());
    let c = robustness(&docs, &Via::Tier, |d| {
        consensus(&d.hierarchies, &Via::Tier, Borda::new())
    })
    .unwrap();
    assert!(judged(&c, "Borda consensus puts first: `regime`").robust());
    // The whole conflict report also varies the tier mappings of its
    // inversions when compared on another ground.
    let all = robustness(&docs, &Via::Items, |d| {
        Ok(conflicts(&d.hierarchies, &Via::Items))
    })
    .unwrap();
    assert_eq!(all.contested.len(), 1);
}

#[test]
fn scenario_verdicts_are_judged_against_contested_interest_mappings() {
    let s = builtin::scenario("securitisation-paradox").unwrap();
    let tiers = Ranking::strict(Tier::ALL.iter().map(ToString::to_string)).unwrap();
    let h = security_hierarchy::corpus::hierarchy("pu-2022").unwrap();
    let docs = Documents::new([h]).with_scenarios([s]);
    let r = robustness(&docs, &Via::Tier, |d| {
        Ok(d.scenarios[0].analyse("pu-2022", &tiers, &Via::Tier))
    })
    .unwrap();
    // Openness: global by default, or regime (what growth rested on).
    assert!(
        r.contested
            .iter()
            .any(|c| c.to_string() == "securitisation-paradox/openness onto tier")
    );
    // With openness on the regime tier the regime level nets zero (+3 +3
    // -2 -2 -2), and the global tier's harm to China's image decides: the
    // verdict turns on that one judgement.
    let favourable = judged(
        &r,
        "securitisation-paradox: `securitise-policy` is favourable",
    );
    assert!(favourable.by_default && !favourable.robust());
    assert_eq!(favourable.depends_on[0].item, "openness");
    let unfavourable = judged(
        &r,
        "securitisation-paradox: `securitise-policy` is unfavourable",
    );
    assert!(!unfavourable.by_default && unfavourable.holds_in == 1);
    // The self-undermining chains do not depend on any tier.
    for j in r
        .conclusions
        .iter()
        .filter(|j| j.conclusion.kind == "self-undermining")
    {
        assert!(j.robust(), "{j}");
    }
}

#[test]
fn a_list_cut_at_its_limit_is_judged_by_its_total() {
    // By default x1 and x2 (regional) both sit above x3 (regime): two
    // inversions, of which one is listed. Read x1 as regime and only the
    // second remains, listed in full.
    let h = doc(
        "d",
        &["regime", "regional", "regional", "regime"],
        &[&[], &["regime"], &[], &[]],
        &[false, false, false, false],
    );
    let limits = Limits::new().max_pairs(1);
    let r = robustness(&Documents::new([h]), &Via::Tier, |d| {
        Ok(conflicts_within(&d.hierarchies, &Via::Tier, limits))
    })
    .unwrap();
    assert_eq!(r.examined, 2);
    let total = judged(&r, "d onto tier: 2 tier inversions");
    assert_eq!(total.conclusion.kind, "tier-inversion-count");
    assert!(total.by_default && !total.robust());
    let listed = judged(
        &r,
        "d onto tier: `x2` is ranked above `x3`, whose tier is higher",
    );
    assert_eq!((listed.by_default, listed.holds_in), (false, 1));
    assert!(
        r.conclusions
            .iter()
            .filter(|j| j.conclusion.kind == "tier-inversion")
            .all(|j| !j.by_default),
        "no pair of a cut list is judged on its own: {r}"
    );
}
