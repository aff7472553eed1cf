//! Xi 2014: the holistic view of national security, a weak order of five levels.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::ranking::Ranking;
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// The holistic view of national security that Xi Jinping set out at the
    /// first meeting of the Central National Security Commission (15 April
    /// 2014), also written into Article 3 of the 2015 National Security Law.
    ///
    /// Each level has a role: people's security is the "purpose", political
    /// security the "root", economic security the "foundation", military,
    /// cultural and social security together the "safeguard" (tied on one
    /// level), and promoting international security the "support". English
    /// renderings of these role words differ between translations.
    ///
    /// Later versions (the 2021 resolution, the 2022 Party Congress report)
    /// add technological security to the safeguard level; this type keeps the
    /// 2014 wording.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, HolisticSecurity};
    /// use std::cmp::Ordering;
    /// let r = HolisticSecurity::ranking().expect("a weak order");
    /// assert_eq!(r.level_count(), 5);
    /// assert!(!r.is_strict());
    /// let (m, c) = (HolisticSecurity::MilitarySecurity, HolisticSecurity::CulturalSecurity);
    /// assert_eq!(r.compare(&m, &c), Some(Ordering::Equal));
    /// ```
    pub enum HolisticSecurity: "Xi 2014 security" {
        /// People's security: the purpose.
        PeoplesSecurity = "peoples-security",
        /// Political security: the root.
        PoliticalSecurity = "political-security",
        /// Economic security: the foundation.
        EconomicSecurity = "economic-security",
        /// Military security: part of the safeguard.
        MilitarySecurity = "military-security",
        /// Cultural security: part of the safeguard.
        CulturalSecurity = "cultural-security",
        /// Social security: part of the safeguard.
        SocialSecurity = "social-security",
        /// Promoting international security: the support.
        InternationalSecurity = "international-security",
    }
}

const CHECKED: &str = "Xi Jinping, first meeting of the Central National Security Commission, \
                       15 April 2014, and Article 3 of the 2015 National Security Law";

impl BuiltinHierarchy for HolisticSecurity {
    const ID: &'static str = "xi-2014";
    const TITLE: &'static str = "The holistic view of national security";
    const ITEMS: &'static [Self] = HolisticSecurity::ALL;

    fn source() -> Source {
        Source {
            author: "Xi Jinping".into(),
            year: 2014,
            title: "A Holistic View of National Security".into(),
            venue: "first meeting of the Central National Security Commission, 15 April 2014; \
                    in The Governance of China, vol. I, Foreign Languages Press"
                .into(),
            note: Some(
                "the same order is written into Article 3 of the 2015 National Security Law".into(),
            ),
        }
    }

    fn order() -> Order<Self> {
        use HolisticSecurity::*;
        let levels = vec![
            vec![PeoplesSecurity],
            vec![PoliticalSecurity],
            vec![EconomicSecurity],
            vec![MilitarySecurity, CulturalSecurity, SocialSecurity],
            vec![InternationalSecurity],
        ];
        Order::Ranked(Ranking::new(levels).expect("distinct items on non-empty levels"))
    }

    fn info(self) -> ItemInfo {
        use HolisticSecurity::*;
        let (label, description, tier, concern) = match self {
            PeoplesSecurity => (
                "people's security",
                "The safety and well-being of the people, named the \"purpose\" of national security.",
                (
                    Tier::Regime,
                    "a domestic aim, which the chapter counts within regime security",
                ),
                (Concern::PeoplesSecurity, "direct match"),
            ),
            PoliticalSecurity => (
                "political security",
                "The safety of the Party-led state and its political system, named the \"root\".",
                (
                    Tier::Regime,
                    "political security is the security of Party rule",
                ),
                (
                    Concern::PartyRule,
                    "state power and the political system are the Party's rule",
                ),
            ),
            EconomicSecurity => (
                "economic security",
                "A sound and resilient economy, named the \"foundation\".",
                (
                    Tier::Regime,
                    "the economy underpins the Party's domestic legitimacy",
                ),
                (Concern::Economy, "direct match"),
            ),
            MilitarySecurity => (
                "military security",
                "Armed strength and defence, one part of the \"safeguard\".",
                (
                    Tier::Regional,
                    "the forces are built above all for contingencies in Asia",
                ),
                (Concern::Military, "direct match"),
            ),
            CulturalSecurity => (
                "cultural security",
                "Protection of culture and ideology, one part of the \"safeguard\".",
                (
                    Tier::Regime,
                    "ideological control is a domestic defence of the regime",
                ),
                (Concern::Culture, "direct match"),
            ),
            SocialSecurity => (
                "social security",
                "Public order and social stability, one part of the \"safeguard\".",
                (Tier::Regime, "social order is domestic stability"),
                (
                    Concern::SocialStability,
                    "here social security means public order, not welfare",
                ),
            ),
            InternationalSecurity => (
                "promoting international security",
                "A secure international environment, named the \"support\" of national security.",
                (
                    Tier::Global,
                    "international security reaches beyond the region",
                ),
                (Concern::GlobalOrder, "direct match"),
            ),
        };
        ItemInfo::new(
            label,
            description,
            Verification::verified(CHECKED),
            tier,
            concern,
        )
    }
}
