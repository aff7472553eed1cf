//! The 2011 white paper *China's Peaceful Development*: five core interests, unordered.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// The core interests listed in the State Council Information Office's
    /// 2011 white paper *China's Peaceful Development*.
    ///
    /// The paper states no priority among them, so the built-in order is
    /// [`Order::Unordered`](super::Order::Unordered): a set, not a ranking.
    /// The declaration order ([`ALL`](Self::ALL)) follows the paper's list.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, WhitePaperInterest};
    /// assert!(WhitePaperInterest::ranking().is_none());
    /// assert_eq!(WhitePaperInterest::ALL.len(), 5);
    /// ```
    pub enum WhitePaperInterest: "2011 white paper core interest" {
        /// State sovereignty.
        StateSovereignty = "state-sovereignty",
        /// National security.
        NationalSecurity = "national-security",
        /// Territorial integrity and national reunification.
        TerritorialIntegrity = "territorial-integrity",
        /// The political system established by the Constitution and overall social stability.
        PoliticalSystem = "political-system",
        /// The basic safeguards for sustainable economic and social development.
        SustainableDevelopment = "sustainable-development",
    }
}

const CHECKED: &str = "State Council Information Office, China's Peaceful Development (2011)";

impl BuiltinHierarchy for WhitePaperInterest {
    const ID: &'static str = "white-paper-2011";
    const TITLE: &'static str = "Five core interests, unordered";
    const ITEMS: &'static [Self] = WhitePaperInterest::ALL;

    fn source() -> Source {
        Source {
            author: "State Council Information Office".into(),
            year: 2011,
            title: "China's Peaceful Development".into(),
            venue: "white paper, Beijing".into(),
            note: None,
        }
    }

    fn order() -> Order<Self> {
        Order::Unordered(Self::ITEMS.to_vec())
    }

    fn info(self) -> ItemInfo {
        use WhitePaperInterest::*;
        let (label, description, tier, concern) = match self {
            StateSovereignty => (
                "state sovereignty",
                "The state's exclusive authority over its own affairs, free of outside interference.",
                (
                    Tier::Regional,
                    "sovereignty is asserted against other states, most of them neighbours",
                ),
                (
                    Concern::TerritorialIntegrity,
                    "the concern covers sovereignty as well as territory",
                ),
            ),
            NationalSecurity => (
                "national security",
                "The state's safety from external threat, in the narrower traditional sense.",
                (
                    Tier::Regional,
                    "the external military threats China plans for are in Asia",
                ),
                (
                    Concern::Military,
                    "listed apart from the political system and territory, it reads as defence",
                ),
            ),
            TerritorialIntegrity => (
                "territorial integrity and national reunification",
                "Keeping the territory whole and bringing Taiwan under Beijing's rule.",
                (
                    Tier::Regime,
                    "Beijing treats unification as an internal matter tied to its legitimacy",
                ),
                (
                    Concern::NationalUnity,
                    "reunification is the distinctive term; sovereignty covers territory",
                ),
            ),
            PoliticalSystem => (
                "the political system established by the Constitution and overall social stability",
                "The constitutional order under Party leadership, and order in society.",
                (Tier::Regime, "the political system is the Party-led regime"),
                (
                    Concern::PartyRule,
                    "the constitutional system enshrines the Party's rule",
                ),
            ),
            SustainableDevelopment => (
                "the basic safeguards for sustainable economic and social development",
                "The conditions that let the economy and society keep developing.",
                (
                    Tier::Regime,
                    "domestic development underpins the Party's legitimacy",
                ),
                (
                    Concern::Economy,
                    "economic development is the interest's main term",
                ),
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
