//! Dai Bingguo 2009: China's three core interests, numbered in the original.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// The three core interests Dai Bingguo named, in order
    /// ("first", "second", "third"), at the close of the first U.S.–China
    /// Strategic and Economic Dialogue in July 2009.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, DaiCoreInterest};
    /// let r = DaiCoreInterest::ranking().expect("a strict ranking");
    /// assert_eq!(r.items().last(), Some(&DaiCoreInterest::StableDevelopment));
    /// ```
    pub enum DaiCoreInterest: "Dai 2009 core interest" {
        /// First: maintaining the basic system and national security.
        BasicSystem = "basic-system",
        /// Second: state sovereignty and territorial integrity.
        SovereigntyAndTerritory = "sovereignty-and-territory",
        /// Third: the continued stable development of the economy and society.
        StableDevelopment = "stable-development",
    }
}

const CHECKED: &str = "Dai Bingguo's closing remarks, first U.S.–China Strategic and Economic \
                       Dialogue, July 2009 (the three interests are numbered there)";

impl BuiltinHierarchy for DaiCoreInterest {
    const ID: &'static str = "dai-2009";
    const TITLE: &'static str = "Three core interests";
    const ITEMS: &'static [Self] = DaiCoreInterest::ALL;

    fn source() -> Source {
        Source {
            author: "Dai Bingguo".into(),
            year: 2009,
            title: "Closing press conference".into(),
            venue: "first U.S.–China Strategic and Economic Dialogue, July 2009".into(),
            note: None,
        }
    }

    fn order() -> Order<Self> {
        Order::strict(Self::ITEMS)
    }

    fn info(self) -> ItemInfo {
        use DaiCoreInterest::*;
        let (label, description, tier, concern) = match self {
            BasicSystem => (
                "maintaining the basic system and national security",
                "Preserving China's political system, under Party rule, and the security of the state.",
                (
                    Tier::Regime,
                    "the basic system is the Party-led political order",
                ),
                (Concern::PartyRule, "the basic system is the Party's rule"),
            ),
            SovereigntyAndTerritory => (
                "state sovereignty and territorial integrity",
                "Defending China's sovereignty and every territory it holds or claims.",
                (
                    Tier::Regional,
                    "the territorial disputes are with states in Asia",
                ),
                (Concern::TerritorialIntegrity, "direct match"),
            ),
            StableDevelopment => (
                "continued stable development of the economy and society",
                "Keeping economic and social development steady and uninterrupted.",
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
