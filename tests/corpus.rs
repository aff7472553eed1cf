//! The built-in corpus: data-file round trips, slugs, provenance counts.

use std::cmp::Ordering;
use std::collections::HashSet;
use std::path::PathBuf;

use security_hierarchy::corpus::{
    self, BuiltinHierarchy, DaiCoreInterest, DefenceAim, EricksonInterest, HolisticSecurity,
    NathanScobellRing, Rudd2018Circle, RuddCircle, SecurityLawInterest, WhitePaperInterest,
    Xi2022Security, XiRequirement,
};
use security_hierarchy::hierarchy::{Mapping, Order, OrderKind, Verification};
use security_hierarchy::{Concern, Hierarchy, Ranking, Tier, Via};

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
        check_typed::<SecurityLawInterest>(),
        check_typed::<Rudd2018Circle>(),
        check_typed::<DefenceAim>(),
        check_typed::<EricksonInterest>(),
        check_typed::<XiRequirement>(),
        check_typed::<RuddCircle>(),
        check_typed::<Xi2022Security>(),
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
            "nsl-2015-art-2",
            "rudd-2018",
            "defence-white-paper-2019",
            "erickson-2019",
            "xi-2020",
            "rudd-2022",
            "xi-2022",
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
        ("nsl-2015-art-2", "unordered", 7, 7),
        ("rudd-2018", "ranked", 7, 7),
        ("defence-white-paper-2019", "unordered", 9, 9),
        ("erickson-2019", "ranked", 6, 6),
        ("xi-2020", "partial", 10, 5),
        ("rudd-2022", "ranked", 10, 9),
        ("xi-2022", "ranked", 8, 8),
    ];
    let actual: Vec<_> = corpus::catalogue()
        .into_iter()
        .map(|e| (e.id, e.order.slug(), e.items, e.verified))
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn rudd_2022_leaves_only_the_tenth_circle_unverified() {
    let unverified: Vec<_> = RuddCircle::ALL
        .iter()
        .filter(|c| !c.verification().is_verified())
        .copied()
        .collect();
    assert_eq!(unverified, [RuddCircle::GlobalOrder]);
    let r = RuddCircle::ranking().expect("ranked");
    assert!(r.is_strict());
    assert_eq!(r.position_of(&RuddCircle::WesternPeriphery), Some(7));
    assert_eq!(r.position_of(&RuddCircle::LeverageAbroad), Some(8));
    let note = RuddCircle::source()
        .note
        .expect("rudd-2022 has a source note");
    assert!(note.contains("a reading"), "{note}");
}

/// Circles 4 and 6–9 carry their chapter titles from the library catalogue,
/// and say so; 6 and 7 also rest on secondary texts for their content.
#[test]
fn rudd_2022_labels_follow_the_catalogued_chapter_titles() {
    use RuddCircle::*;
    for (circle, title, content) in [
        (
            EnvironmentalSustainability,
            "making economic development environmentally sustainable",
            false,
        ),
        (NeighbouringStates, "managing China's neighborhood", true),
        (
            MaritimePeriphery,
            "securing China's maritime periphery—the Western Pacific, the Indo-Pacific, and the Quad",
            true,
        ),
        (
            WesternPeriphery,
            "going west—the Belt and Road Initiative",
            false,
        ),
        (
            LeverageAbroad,
            "increasing Chinese leverage across Europe, Africa, and Latin America and gaining an \
             Arctic foothold",
            false,
        ),
    ] {
        assert_eq!(circle.label(), title);
        let Verification::Verified { against } = circle.verification() else {
            panic!("{circle}: verified");
        };
        assert!(against.contains("library catalogue"), "{circle}: {against}");
        assert_eq!(
            against.contains("secondary texts"),
            content,
            "{circle}: {against}"
        );
    }
    assert_eq!(LeverageAbroad.tier().target, Tier::Global);
    assert_eq!(
        LeverageAbroad.concern().admissible().collect::<Vec<_>>(),
        [&Concern::OverseasInterests, &Concern::GlobalOrder]
    );
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
    assert_eq!(po.closure().count(), 1);
    assert_eq!(po.compare(&PartyLeadership, &CadreForce), None);
    let source = XiRequirement::source();
    assert!(source.note.is_some_and(|n| n.contains("not a ranking")));
}

#[test]
fn xi_2014_has_five_levels_with_the_safeguard_tied() {
    use HolisticSecurity::*;
    let r = HolisticSecurity::ranking().expect("ranked");
    assert_eq!(
        r.levels().map(<[_]>::to_vec).collect::<Vec<_>>(),
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
         white-paper-2011, nathan-scobell-2012, xi-2014, nsl-2015-art-2, rudd-2018, \
         defence-white-paper-2019, erickson-2019, xi-2020, rudd-2022, xi-2022"
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
         leverage-abroad, global-order"
    );
}

/// Near-identical items across the corpus, with the tier targets (and, where
/// the group shares one, the concern targets) every member admits.
struct Group {
    name: &'static str,
    tiers: &'static [Tier],
    concerns: Option<&'static [Concern]>,
    members: &'static [(&'static str, &'static str)],
}

const GROUPS: &[Group] = &[
    Group {
        name: "sovereignty and territory",
        tiers: &[Tier::Regime, Tier::Regional],
        concerns: None,
        members: &[
            ("dai-2009", "sovereignty-and-territory"),
            ("white-paper-2011", "state-sovereignty"),
            ("white-paper-2011", "territorial-integrity"),
            ("nathan-scobell-2012", "territory-and-stability"),
            ("nsl-2015-art-2", "sovereignty"),
            ("nsl-2015-art-2", "territorial-integrity"),
            ("defence-white-paper-2019", "sovereignty-and-territory"),
            ("defence-white-paper-2019", "maritime-rights"),
            ("erickson-2019", "borders-and-coasts"),
            ("erickson-2019", "near-seas"),
        ],
    },
    Group {
        name: "national unity, Taiwan included",
        tiers: &[Tier::Regime, Tier::Regional],
        concerns: Some(&[Concern::NationalUnity]),
        members: &[
            ("nsl-2015-art-2", "unity"),
            ("rudd-2018", "national-unity"),
            ("defence-white-paper-2019", "oppose-taiwan-independence"),
            ("rudd-2022", "national-unity"),
        ],
    },
    Group {
        name: "continental periphery and the Belt and Road",
        tiers: &[Tier::Regional, Tier::Global],
        concerns: Some(&[Concern::Neighbourhood, Concern::OverseasInterests]),
        members: &[
            ("rudd-2018", "continental-periphery"),
            ("rudd-2022", "western-periphery"),
        ],
    },
    Group {
        name: "separatism in the borderlands, Taiwan apart",
        tiers: &[Tier::Regime],
        concerns: Some(&[Concern::NationalUnity]),
        members: &[
            ("defence-white-paper-2019", "oppose-separatism"),
            ("erickson-2019", "borderlands"),
        ],
    },
    Group {
        name: "the regime and its political system",
        tiers: &[Tier::Regime],
        concerns: Some(&[Concern::PartyRule]),
        members: &[
            ("dai-2009", "basic-system"),
            ("white-paper-2011", "political-system"),
            ("xi-2014", "political-security"),
            ("nsl-2015-art-2", "state-power"),
            ("rudd-2018", "the-party"),
            ("erickson-2019", "party-leadership"),
            ("xi-2020", "political-security-first"),
            ("rudd-2022", "staying-in-power"),
            ("xi-2022", "political-security"),
        ],
    },
    Group {
        name: "economic and social development",
        tiers: &[Tier::Regime],
        concerns: Some(&[Concern::Economy]),
        members: &[
            ("dai-2009", "stable-development"),
            ("white-paper-2011", "sustainable-development"),
            ("xi-2014", "economic-security"),
            ("nsl-2015-art-2", "sustainable-development"),
            ("rudd-2018", "sustainable-growth"),
            ("defence-white-paper-2019", "sustainable-development"),
            ("rudd-2022", "economic-prosperity"),
            ("xi-2022", "economic-security"),
        ],
    },
    Group {
        name: "the people's security and welfare",
        tiers: &[Tier::Regime],
        concerns: Some(&[Concern::PeoplesSecurity]),
        members: &[
            ("xi-2014", "peoples-security"),
            ("nsl-2015-art-2", "peoples-welfare"),
            ("xi-2020", "peoples-security"),
            ("xi-2022", "peoples-security"),
        ],
    },
    Group {
        name: "military strength and defence",
        tiers: &[Tier::Regional],
        concerns: Some(&[Concern::Military]),
        members: &[
            ("xi-2014", "military-security"),
            ("defence-white-paper-2019", "deter-aggression"),
            ("rudd-2022", "military-modernization"),
            ("xi-2022", "military-security"),
        ],
    },
    Group {
        name: "overseas interests",
        tiers: &[Tier::Global],
        concerns: Some(&[Concern::OverseasInterests]),
        members: &[
            ("defence-white-paper-2019", "overseas-interests"),
            ("erickson-2019", "overseas-interests"),
        ],
    },
    Group {
        name: "the law's open catch-all",
        tiers: &[Tier::Regime, Tier::Regional, Tier::Global],
        concerns: None,
        members: &[("nsl-2015-art-2", "other-major-interests")],
    },
];

/// The admissible targets of a mapping, as a sorted list.
fn admissible<V: Ord + Copy>(mapping: &Mapping<V>) -> Vec<V> {
    let mut all: Vec<V> = mapping.admissible().copied().collect();
    all.sort_unstable();
    all
}

/// The tier and concern crosswalks of one built-in item.
fn crosswalks(id: &str, slug: &str) -> (Mapping<Tier>, Mapping<Concern>) {
    let h = corpus::hierarchy(id).expect("a built-in id");
    let entry = h
        .items()
        .find(|e| e.id == slug)
        .unwrap_or_else(|| panic!("{id} has no item `{slug}`"));
    let tier = entry
        .tier
        .clone()
        .expect("built-ins map every item onto tiers");
    let concern = entry
        .concern
        .clone()
        .expect("built-ins map every item onto concerns");
    (tier, concern)
}

#[test]
fn near_identical_items_admit_the_same_tiers() {
    for group in GROUPS {
        let mut tiers = group.tiers.to_vec();
        tiers.sort_unstable();
        for &(id, slug) in group.members {
            let (tier, concern) = crosswalks(id, slug);
            assert_eq!(
                admissible(&tier),
                tiers,
                "{}: {id} `{slug}` onto tier",
                group.name
            );
            if let Some(expected) = group.concerns {
                let mut concerns = expected.to_vec();
                concerns.sort_unstable();
                assert_eq!(
                    admissible(&concern),
                    concerns,
                    "{}: {id} `{slug}` onto concern",
                    group.name
                );
            }
        }
    }
}

/// A contested tier mapping outside every group would escape the rule above.
#[test]
fn every_contested_tier_mapping_belongs_to_a_group() {
    let grouped: HashSet<(&str, &str)> = GROUPS
        .iter()
        .flat_map(|g| g.members.iter().copied())
        .collect();
    let mut contested = 0;
    for entry in corpus::catalogue() {
        for item in entry.hierarchy().items() {
            let tier = item.tier.as_ref().expect("mapped");
            let targets = admissible(tier);
            let distinct: HashSet<_> = targets.iter().collect();
            assert_eq!(distinct.len(), targets.len(), "{} `{}`", entry.id, item.id);
            if tier.is_contested() {
                contested += 1;
                assert!(
                    grouped.contains(&(entry.id, item.id.as_str())),
                    "{} `{}` is contested but in no group",
                    entry.id,
                    item.id
                );
            }
        }
    }
    assert_eq!(contested, 17);
}

/// The same slug in the two versions of the holistic view maps the same way.
#[test]
fn xi_2014_and_xi_2022_map_shared_items_alike() {
    let shared: Vec<_> = HolisticSecurity::ALL
        .iter()
        .map(|item| item.slug())
        .collect();
    assert_eq!(shared.len(), 7);
    for slug in shared {
        let old = slug.parse::<HolisticSecurity>().expect("2014 slug");
        let new = slug
            .parse::<Xi2022Security>()
            .expect("every 2014 slug is in 2022");
        assert_eq!(admissible(&old.tier()), admissible(&new.tier()), "{slug}");
        assert_eq!(old.concern().target, new.concern().target, "{slug}");
        assert_eq!(old.label(), new.label(), "{slug}");
    }
}

#[test]
fn the_three_additions_load_and_check_clean() {
    for (id, kind, items) in [
        ("xi-2022", OrderKind::Ranked, 8),
        ("defence-white-paper-2019", OrderKind::Unordered, 9),
        ("nsl-2015-art-2", OrderKind::Unordered, 7),
    ] {
        let h = corpus::hierarchy(id).expect("built in");
        assert_eq!(h.order().kind(), kind, "{id}");
        assert_eq!(h.items().len(), items, "{id}");
        assert!(
            h.items().all(|e| e.verification.is_verified()),
            "{id}: every item verified"
        );
        assert_eq!(security_hierarchy::check(&h), [], "{id}");
    }
    let note = SecurityLawInterest::source().note.expect("a note");
    assert!(
        note.contains("not a ranking") && note.contains("Dai 2009"),
        "{note}"
    );
    assert!(DefenceAim::ranking().is_none());
}

#[test]
fn xi_2022_adds_technology_to_the_pillars() {
    use Xi2022Security::*;
    let r = Xi2022Security::ranking().expect("ranked");
    assert_eq!(
        r.levels().map(<[_]>::to_vec).collect::<Vec<_>>(),
        [
            vec![PeoplesSecurity],
            vec![PoliticalSecurity],
            vec![EconomicSecurity],
            vec![
                MilitarySecurity,
                TechnologicalSecurity,
                CulturalSecurity,
                SocialSecurity
            ],
            vec![InternationalSecurity],
        ]
    );
    for (item, role) in [
        (PeoplesSecurity, "ultimate goal"),
        (PoliticalSecurity, "fundamental task"),
        (EconomicSecurity, "foundation"),
        (MilitarySecurity, "important pillars"),
        (TechnologicalSecurity, "important pillars"),
        (CulturalSecurity, "important pillars"),
        (SocialSecurity, "important pillars"),
        (InternationalSecurity, "support"),
    ] {
        assert!(item.description().contains(role), "{item}: {role}");
    }
    let note = Xi2022Security::source().note.expect("a note");
    assert!(note.contains("read here as a priority order"), "{note}");
}

/// Phrases that credit a source with what it does not say.
const FORBIDDEN: [&str; 2] = ["chapter counts", "developing world"];

#[test]
fn no_shipped_corpus_text_uses_a_forbidden_phrase() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/corpus");
    let mut files = 0;
    for file in std::fs::read_dir(dir).expect("src/corpus is readable") {
        let path = file.expect("a directory entry").path();
        let text = std::fs::read_to_string(&path).expect("a readable source file");
        files += 1;
        for phrase in FORBIDDEN {
            assert!(
                !text.to_lowercase().contains(phrase),
                "{} contains \"{phrase}\"",
                path.display()
            );
        }
    }
    assert!(files >= 12, "read {files} files");
    for entry in corpus::catalogue() {
        let text = entry.hierarchy().to_toml_string().expect("serializes");
        for phrase in FORBIDDEN {
            assert!(
                !text.to_lowercase().contains(phrase),
                "{}: \"{phrase}\"",
                entry.id
            );
        }
    }
}

#[test]
fn corrected_sources_name_their_publisher_and_date() {
    let xi = XiRequirement::source();
    assert_eq!(xi.author, "Xinhua News Agency");
    assert!(xi.venue.starts_with("Xinhua News Agency, 12 December 2020"));
    assert!(
        WhitePaperInterest::source()
            .venue
            .ends_with("6 September 2011")
    );
    assert!(DaiCoreInterest::source().venue.ends_with("28 July 2009"));
    for item in [
        HolisticSecurity::PeoplesSecurity.tier(),
        XiRequirement::PeoplesSecurity.tier(),
    ] {
        assert_eq!(
            item.rationale,
            "the people's own safety is a domestic matter (a judgement)"
        );
    }
}
