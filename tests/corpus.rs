//! The built-in corpus: data-file round trips, slugs, provenance counts.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::path::PathBuf;

use security_hierarchy::corpus::{
    self, BuiltinHierarchy, DaiCoreInterest, EricksonInterest, HolisticSecurity, NathanScobellRing,
    Rudd2018Circle, RuddCircle, WhitePaperInterest, XiRequirement,
};
use security_hierarchy::hierarchy::{Order, OrderKind, Verification};
use security_hierarchy::{Hierarchy, Ranking, Tier, Via};

/// Checks one typed built-in and returns its id.
fn check_typed<H: BuiltinHierarchy + std::fmt::Debug>() -> &'static str {
    for &item in H::ITEMS {
        let slug = item.to_string();
        assert_eq!(slug.parse::<H>().ok(), Some(item), "{slug} round-trips");
        assert!(is_kebab(&slug), "{slug} is kebab-case");
        let info = item.info();
        assert!(!info.label.trim().is_empty(), "{slug}: label");
        assert!(!info.description.trim().is_empty(), "{slug}: description");
        assert!(
            !info.tier.rationale.trim().is_empty(),
            "{slug}: tier rationale"
        );
        assert!(
            !info.concern.rationale.trim().is_empty(),
            "{slug}: concern rationale"
        );
        let note = match &info.verification {
            Verification::Verified { against } => against,
            Verification::Unverified { missing } => missing,
        };
        assert!(!note.trim().is_empty(), "{slug}: verification note");
    }
    let ordered: Vec<H> = match H::order() {
        Order::Ranked(r) => r.items().copied().collect(),
        Order::Partial(p) => p.items().copied().collect(),
        Order::Unordered(items) => items,
    };
    assert_eq!(
        ordered,
        H::ITEMS,
        "{}: ITEMS lists the order's items",
        H::ID
    );
    H::ID
}

fn typed_ids() -> Vec<&'static str> {
    vec![
        check_typed::<Tier>(),
        check_typed::<DaiCoreInterest>(),
        check_typed::<WhitePaperInterest>(),
        check_typed::<NathanScobellRing>(),
        check_typed::<HolisticSecurity>(),
        check_typed::<Rudd2018Circle>(),
        check_typed::<EricksonInterest>(),
        check_typed::<XiRequirement>(),
        check_typed::<RuddCircle>(),
    ]
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A fresh directory under the system temp dir, unique to this process and test.
fn temp_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("security-hierarchy-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    dir
}

#[test]
fn every_typed_builtin_is_consistent_and_catalogued() {
    let typed = typed_ids();
    assert_eq!(typed, corpus::ids());
}

#[test]
fn ids_are_unique_and_kebab_case() {
    let ids = corpus::ids();
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    for id in ids {
        assert!(is_kebab(id), "{id}");
    }
}

#[test]
fn catalogue_puts_the_chapter_first_then_sorts_by_year_and_id() {
    let all = corpus::catalogue();
    assert_eq!(all[0].id, "pu-2022");
    let rest: Vec<(u16, &str)> = all[1..].iter().map(|e| (e.year, e.id)).collect();
    let mut sorted = rest.clone();
    sorted.sort_unstable();
    assert_eq!(rest, sorted);
    assert_eq!(
        corpus::ids(),
        [
            "pu-2022",
            "dai-2009",
            "white-paper-2011",
            "nathan-scobell-2012",
            "xi-2014",
            "rudd-2018",
            "erickson-2019",
            "xi-2020",
            "rudd-2022",
        ]
    );
}

#[test]
fn every_builtin_round_trips_through_toml_and_json() {
    for entry in corpus::catalogue() {
        let h = entry.hierarchy();
        let toml = h.to_toml_string().expect("serializes to TOML");
        assert_eq!(
            Hierarchy::from_toml_str(&toml).expect("reloads"),
            h,
            "{}",
            entry.id
        );
        let json = h.to_json_string().expect("serializes to JSON");
        assert_eq!(
            Hierarchy::from_json_str(&json).expect("reloads"),
            h,
            "{}",
            entry.id
        );
        let via_serde: Hierarchy =
            serde_json::from_str(&serde_json::to_string(&h).expect("serde")).expect("serde");
        assert_eq!(via_serde, h, "{}", entry.id);
    }
}

#[test]
fn every_builtin_round_trips_through_files() {
    let dir = temp_dir("corpus-files");
    for entry in corpus::catalogue() {
        let h = entry.hierarchy();
        for ext in ["toml", "json"] {
            let path = dir.join(format!("{}.{ext}", entry.id));
            h.save(&path).expect("saves");
            assert_eq!(
                Hierarchy::load(&path).expect("loads"),
                h,
                "{}.{ext}",
                entry.id
            );
        }
    }
    std::fs::remove_dir_all(&dir).expect("temp dir is removable");
}

#[test]
fn catalogue_entries_agree_with_their_documents() {
    for entry in corpus::catalogue() {
        let h = entry.hierarchy();
        assert_eq!(h.id(), entry.id);
        assert_eq!(h.title(), entry.title);
        assert_eq!(h.source().author, entry.author);
        assert_eq!(h.source().year, entry.year);
        assert_eq!(h.order().kind(), entry.order);
        assert_eq!(h.items().len(), entry.items);
        let verified = h.items().filter(|e| e.verification.is_verified()).count();
        assert_eq!(verified, entry.verified, "{}", entry.id);
        for item in h.items() {
            assert!(item.tier.is_some() && item.concern.is_some(), "{}", item.id);
        }
    }
}

/// Item and verification counts, order kinds, as DOMAIN.md states them.
#[test]
fn verification_counts_match_the_domain_brief() {
    let expected = [
        ("pu-2022", "ranked", 3, 3),
        ("dai-2009", "ranked", 3, 3),
        ("white-paper-2011", "unordered", 5, 5),
        ("nathan-scobell-2012", "ranked", 4, 4),
        ("xi-2014", "ranked", 7, 7),
        ("rudd-2018", "ranked", 7, 7),
        ("erickson-2019", "ranked", 6, 6),
        ("xi-2020", "partial", 10, 5),
        ("rudd-2022", "ranked", 10, 7),
    ];
    let actual: Vec<_> = corpus::catalogue()
        .into_iter()
        .map(|e| (e.id, e.order.slug(), e.items, e.verified))
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn rudd_2022_leaves_the_outer_three_circles_unverified() {
    let unverified: Vec<_> = RuddCircle::ALL
        .iter()
        .filter(|c| !c.verification().is_verified())
        .copied()
        .collect();
    assert_eq!(
        unverified,
        [
            RuddCircle::WesternPeriphery,
            RuddCircle::DevelopingWorld,
            RuddCircle::GlobalOrder,
        ]
    );
    let r = RuddCircle::ranking().expect("ranked");
    assert!(r.is_strict());
    assert_eq!(r.position_of(&RuddCircle::WesternPeriphery), Some(7));
}

#[test]
fn xi_2020_verifies_five_requirements_and_states_one_precedence() {
    use XiRequirement::*;
    let verified: Vec<_> = XiRequirement::ALL
        .iter()
        .filter(|c| c.verification().is_verified())
        .copied()
        .collect();
    assert_eq!(
        verified,
        [
            PartyLeadership,
            ChineseCharacteristicsPath,
            PoliticalSecurityFirst,
            SystemAndCapacity,
            CadreForce,
        ]
    );
    let Order::Partial(po) = XiRequirement::order() else {
        panic!("xi-2020 is a partial order");
    };
    let stated: Vec<_> = po.precedences().map(|(a, b)| (*a, *b)).collect();
    assert_eq!(stated, [(PoliticalSecurityFirst, SecurityInAllFields)]);
    assert_eq!(po.closure().len(), 1);
    assert_eq!(po.compare(&PartyLeadership, &CadreForce), None);
    let source = XiRequirement::source();
    assert!(source.note.is_some_and(|n| n.contains("not a ranking")));
}

#[test]
fn xi_2014_has_five_levels_with_the_safeguard_tied() {
    use HolisticSecurity::*;
    let r = HolisticSecurity::ranking().expect("ranked");
    assert_eq!(
        r.levels(),
        [
            vec![PeoplesSecurity],
            vec![PoliticalSecurity],
            vec![EconomicSecurity],
            vec![MilitarySecurity, CulturalSecurity, SocialSecurity],
            vec![InternationalSecurity],
        ]
    );
    assert_eq!(
        r.compare(&PoliticalSecurity, &EconomicSecurity),
        Some(Ordering::Greater)
    );
    for (item, role) in [
        (PeoplesSecurity, "\"purpose\""),
        (PoliticalSecurity, "\"root\""),
        (EconomicSecurity, "\"foundation\""),
        (MilitarySecurity, "\"safeguard\""),
        (CulturalSecurity, "\"safeguard\""),
        (SocialSecurity, "\"safeguard\""),
        (InternationalSecurity, "\"support\""),
    ] {
        assert!(item.description().contains(role), "{item}: {role}");
    }
}

#[test]
fn white_paper_is_an_unordered_set() {
    assert_eq!(WhitePaperInterest::order().kind(), OrderKind::Unordered);
    let h = corpus::hierarchy("white-paper-2011").expect("built in");
    assert!(h.ranking().is_none());
    let err = h.project(&Via::Tier).unwrap_err();
    assert_eq!(
        err.to_string(),
        "hierarchy `white-paper-2011` is unordered, not a ranking; this analysis needs a weak order"
    );
}

#[test]
fn ranked_builtins_project_onto_tiers_and_concerns() {
    for entry in corpus::catalogue() {
        let h = entry.hierarchy();
        for via in [Via::Tier, Via::Concern] {
            match h.project(&via) {
                Ok(_) => assert_eq!(entry.order, OrderKind::Ranked, "{}", entry.id),
                // Every item has both crosswalks, so only the order can fail.
                Err(e) => assert_eq!(
                    e,
                    security_hierarchy::Error::NotRanked {
                        id: entry.id.to_string(),
                        kind: entry.order.describe(),
                    },
                    "{}",
                    entry.id
                ),
            }
        }
    }
}

#[test]
fn rudd_2022_tier_projection_has_no_inversions() {
    let h = corpus::hierarchy("rudd-2022").expect("built in");
    let p = h.project(&Via::Tier).expect("ranked and mapped");
    let tiers = Ranking::strict(Tier::ALL.iter().map(ToString::to_string)).unwrap();
    assert_eq!(p.ranking(), &tiers);
    assert!(p.inversions().is_empty());
}

#[test]
fn unknown_hierarchy_error_lists_every_id() {
    let err = corpus::hierarchy("nope").unwrap_err();
    assert_eq!(
        err.to_string(),
        "`nope` is not a built-in hierarchy; expected one of: pu-2022, dai-2009, \
         white-paper-2011, nathan-scobell-2012, xi-2014, rudd-2018, erickson-2019, xi-2020, \
         rudd-2022"
    );
}

#[test]
fn unknown_item_slug_is_named() {
    let err = "ninth-circle".parse::<RuddCircle>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "`ninth-circle` is not a Rudd 2022 circle slug; expected one of: staying-in-power, \
         national-unity, economic-prosperity, environmental-sustainability, \
         military-modernization, neighbouring-states, maritime-periphery, western-periphery, \
         developing-world, global-order"
    );
}
