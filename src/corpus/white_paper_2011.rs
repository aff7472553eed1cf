//! The 2011 white paper *China's Peaceful Development*: five core interests, unordered.

use super::define::builtin;

const CHECKED: &str = "State Council Information Office, China's Peaceful Development (2011)";

builtin! {
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
        id: "white-paper-2011",
        title: "Five core interests, unordered",
        source: {
            author: "State Council Information Office",
            year: 2011,
            title: "China's Peaceful Development",
            venue: "white paper, State Council Information Office, Beijing, 6 September 2011",
        },
        order: unordered,
        items: {
            /// State sovereignty.
            StateSovereignty = "state-sovereignty" {
                label: "state sovereignty",
                description: "The state's exclusive authority over its own affairs, free of outside interference.",
                verification: verified(CHECKED),
                tier: (Regional, "sovereignty is asserted against other states, most of them neighbours")
                    or (Regime, "sovereignty over Taiwan bears on national unity, which the chapter pairs with regime security"),
                concern: (TerritorialIntegrity, "the concern covers sovereignty as well as territory"),
            },
            /// National security.
            NationalSecurity = "national-security" {
                label: "national security",
                description: "The state's safety from external threat, in the narrower traditional sense.",
                verification: verified(CHECKED),
                tier: (Regional, "the external military threats China plans for are in Asia"),
                concern: (Military, "listed apart from the political system and territory, it reads as defence"),
            },
            /// Territorial integrity and national reunification.
            TerritorialIntegrity = "territorial-integrity" {
                label: "territorial integrity and national reunification",
                description: "Keeping the territory whole and bringing Taiwan under Beijing's rule.",
                verification: verified(CHECKED),
                tier: (Regional, "the chapter places territorial and sovereignty disputes, especially Taiwan, under regional security")
                    or (Regime, "Beijing treats unification as an internal matter tied to its legitimacy"),
                concern: (TerritorialIntegrity, "territorial integrity comes first in the interest's name")
                    or (NationalUnity, "reunification is the distinctive term; sovereignty covers territory"),
            },
            /// The political system established by the Constitution and overall social stability.
            PoliticalSystem = "political-system" {
                label: "the political system established by the Constitution and overall social stability",
                description: "The constitutional order under Party leadership, and order in society.",
                verification: verified(CHECKED),
                tier: (Regime, "the political system is the Party-led regime"),
                concern: (PartyRule, "the constitutional system enshrines the Party's rule"),
            },
            /// The basic safeguards for sustainable economic and social development.
            SustainableDevelopment = "sustainable-development" {
                label: "the basic safeguards for sustainable economic and social development",
                description: "The conditions that let the economy and society keep developing.",
                verification: verified(CHECKED),
                tier: (Regime, "domestic development underpins the Party's legitimacy"),
                concern: (Economy, "economic development is the interest's main term"),
            },
        }
    }
}
