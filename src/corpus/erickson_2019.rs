//! Erickson 2019: six interests in descending order, as quoted in Pu 2022.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// Andrew Erickson's hierarchy of China's security interests (2019), in
    /// descending order of importance, as quoted in Pu 2022.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, EricksonInterest};
    /// let r = EricksonInterest::ranking().expect("a strict ranking");
    /// assert_eq!(r.items().next(), Some(&EricksonInterest::PartyLeadership));
    /// ```
    pub enum EricksonInterest: "Erickson 2019 interest" {
        /// Party leadership.
        PartyLeadership = "party-leadership",
        /// Centralised administration of the core Han heartland.
        HanHeartland = "han-heartland",
        /// Stability of the ethno-religious borderlands.
        Borderlands = "borderlands",
        /// Integrity of land borders and security of coastlines.
        BordersAndCoasts = "borders-and-coasts",
        /// Resolution of near-seas sovereignty claims.
        NearSeas = "near-seas",
        /// Safeguarding of overseas interests.
        OverseasInterests = "overseas-interests",
    }
}

const CHECKED: &str = "the quotation in Pu 2022; the original article's wording was not checked";

impl BuiltinHierarchy for EricksonInterest {
    const ID: &'static str = "erickson-2019";
    const TITLE: &'static str = "Six security interests in descending order";
    const ITEMS: &'static [Self] = EricksonInterest::ALL;

    fn source() -> Source {
        Source {
            author: "Andrew Erickson".into(),
            year: 2019,
            title: "Make China Great Again: Xi's Truly Grand Strategy".into(),
            venue: "War on the Rocks, 30 October 2019".into(),
            note: Some("as quoted in Pu 2022".into()),
        }
    }

    fn order() -> Order<Self> {
        Order::strict(Self::ITEMS)
    }

    fn info(self) -> ItemInfo {
        use EricksonInterest::*;
        let (label, description, tier, concern) = match self {
            PartyLeadership => (
                "party leadership",
                "The Party's continued rule over the state.",
                (Tier::Regime, "the Party's rule is the regime itself"),
                (Concern::PartyRule, "direct match"),
            ),
            HanHeartland => (
                "centralised administration of the core Han heartland",
                "Firm central control over the populous Han-majority core provinces.",
                (
                    Tier::Regime,
                    "control of the core is domestic order that sustains the regime",
                ),
                (
                    Concern::SocialStability,
                    "administrative control of the core is domestic order",
                ),
            ),
            Borderlands => (
                "stability of ethno-religious borderlands",
                "Order in the frontier regions with large minority populations.",
                (
                    Tier::Regime,
                    "unrest in the borderlands is treated as a domestic threat",
                ),
                (
                    Concern::NationalUnity,
                    "Xinjiang and Tibet are matters of national unity",
                ),
            ),
            BordersAndCoasts => (
                "integrity of land borders and security of coastlines",
                "Holding the land frontiers and defending the coast.",
                (
                    Tier::Regional,
                    "borders and coasts face the neighbouring states",
                ),
                (Concern::TerritorialIntegrity, "direct match"),
            ),
            NearSeas => (
                "resolution of near-seas sovereignty claims",
                "Settling contested claims in the Yellow, East and South China Seas.",
                (Tier::Regional, "the near seas are disputes within Asia"),
                (Concern::MaritimeClaims, "direct match"),
            ),
            OverseasInterests => (
                "safeguarding of overseas interests",
                "Protecting citizens, investments and trade routes abroad.",
                (Tier::Global, "overseas interests lie beyond the region"),
                (Concern::OverseasInterests, "direct match"),
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
