//! Erickson 2019: six interests in descending order, as quoted in Pu 2022.

use super::define::builtin;

const CHECKED: &str = "the quotation in Pu 2022; the original article's wording was not checked";

builtin! {
    /// Andrew Erickson's hierarchy of China's security interests (2019), in
    /// descending order of importance, as quoted in Pu 2022.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, EricksonInterest};
    /// let r = EricksonInterest::ranking().expect("a strict ranking");
    /// assert_eq!(r.items().next(), Some(&EricksonInterest::PartyLeadership));
    /// ```
    pub enum EricksonInterest: "Erickson 2019 interest" {
        id: "erickson-2019",
        title: "Six security interests in descending order",
        source: {
            author: "Andrew Erickson",
            year: 2019,
            title: "Make China Great Again: Xi's Truly Grand Strategy",
            venue: "War on the Rocks, 30 October 2019",
            note: "as quoted in Pu 2022",
        },
        order: strict,
        items: {
            /// Party leadership.
            PartyLeadership = "party-leadership" {
                label: "party leadership",
                description: "The Party's continued rule over the state.",
                verification: verified(CHECKED),
                tier: (Regime, "the Party's rule is the regime itself"),
                concern: (PartyRule, "direct match"),
            },
            /// Centralised administration of the core Han heartland.
            HanHeartland = "han-heartland" {
                label: "centralised administration of the core Han heartland",
                description: "Firm central control over the populous Han-majority core provinces.",
                verification: verified(CHECKED),
                tier: (Regime, "control of the core is domestic order that sustains the regime"),
                concern: (SocialStability, "administrative control of the core is domestic order"),
            },
            /// Stability of the ethno-religious borderlands.
            Borderlands = "borderlands" {
                label: "stability of ethno-religious borderlands",
                description: "Order in the frontier regions with large minority populations.",
                verification: verified(CHECKED),
                tier: (Regime, "unrest in the borderlands is treated as a domestic threat"),
                concern: (NationalUnity, "Xinjiang and Tibet are matters of national unity"),
            },
            /// Integrity of land borders and security of coastlines.
            BordersAndCoasts = "borders-and-coasts" {
                label: "integrity of land borders and security of coastlines",
                description: "Holding the land frontiers and defending the coast.",
                verification: verified(CHECKED),
                tier: (Regional, "borders and coasts face the neighbouring states")
                    or (Regime, "territorial claims bear on national unity, which the chapter pairs with regime security"),
                concern: (TerritorialIntegrity, "direct match"),
            },
            /// Resolution of near-seas sovereignty claims.
            NearSeas = "near-seas" {
                label: "resolution of near-seas sovereignty claims",
                description: "Settling contested claims in the Yellow, East and South China Seas.",
                verification: verified(CHECKED),
                tier: (Regional, "the near seas are disputes within Asia")
                    or (Regime, "territorial claims bear on national unity, which the chapter pairs with regime security"),
                concern: (MaritimeClaims, "direct match"),
            },
            /// Safeguarding of overseas interests.
            OverseasInterests = "overseas-interests" {
                label: "safeguarding of overseas interests",
                description: "Protecting citizens, investments and trade routes abroad.",
                verification: verified(CHECKED),
                tier: (Global, "overseas interests lie beyond the region"),
                concern: (OverseasInterests, "direct match"),
            },
        }
    }
}
