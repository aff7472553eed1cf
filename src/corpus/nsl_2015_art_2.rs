//! The National Security Law of 2015, Article 2: what national security
//! protects, unordered.

use super::define::builtin;

const CHECKED: &str = "National Security Law of the People's Republic of China (2015), Article 2";

builtin! {
    /// The interests whose relative freedom from threat Article 2 of the
    /// 2015 National Security Law defines as national security.
    ///
    /// The article is a definition, not a ranking, so the built-in order is
    /// [`Order::Unordered`](super::Order::Unordered). Its sequence (the
    /// regime, then sovereignty and territory, then development) mirrors
    /// Dai Bingguo's three core interests of 2009
    /// ([`DaiCoreInterest`](super::DaiCoreInterest)); the declaration order
    /// ([`ALL`](Self::ALL)) follows the article.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, SecurityLawInterest};
    /// assert!(SecurityLawInterest::ranking().is_none());
    /// assert_eq!(SecurityLawInterest::ALL[0], SecurityLawInterest::StatePower);
    /// ```
    pub enum SecurityLawInterest: "National Security Law Article 2 interest" {
        id: "nsl-2015-art-2",
        title: "What national security protects: Article 2 of the National Security Law, unordered",
        source: {
            author: "Standing Committee of the National People's Congress",
            year: 2015,
            title: "National Security Law of the People's Republic of China, Article 2",
            venue: "adopted 1 July 2015",
            note: "a definition, not a ranking; its sequence mirrors Dai 2009's three core interests",
        },
        order: unordered,
        items: {
            /// The state's political power (国家政权): the regime.
            StatePower = "state-power" {
                label: "state power",
                description: "The regime: the state's hold on political power (国家政权 in the Chinese text).",
                verification: verified(CHECKED),
                tier: (Regime, "state power is the regime itself"),
                concern: (PartyRule, "the state's political power is held by the Party"),
            },
            /// Sovereignty.
            Sovereignty = "sovereignty" {
                label: "sovereignty",
                description: "The state's supreme authority at home and its independence abroad.",
                verification: verified(CHECKED),
                tier: (Regional, "sovereignty is asserted against other states, most of them neighbours")
                    or (Regime, "sovereignty over Taiwan bears on national unity, which the chapter pairs with regime security"),
                concern: (TerritorialIntegrity, "the concern covers sovereignty as well as territory"),
            },
            /// Unity.
            Unity = "unity" {
                label: "unity",
                description: "Keeping the country one, Taiwan and the restive regions included.",
                verification: verified(CHECKED),
                tier: (Regime, "Beijing treats unity as an internal matter tied to its legitimacy")
                    or (Regional, "Taiwan, part of national unity, is placed under regional security in the chapter"),
                concern: (NationalUnity, "direct match"),
            },
            /// Territorial integrity.
            TerritorialIntegrity = "territorial-integrity" {
                label: "territorial integrity",
                description: "Keeping every territory the state holds or claims whole.",
                verification: verified(CHECKED),
                tier: (Regional, "the chapter places territorial and sovereignty disputes, especially Taiwan, under regional security")
                    or (Regime, "territorial claims bear on national unity, which the chapter pairs with regime security"),
                concern: (TerritorialIntegrity, "direct match"),
            },
            /// The welfare of the people.
            PeoplesWelfare = "peoples-welfare" {
                label: "the welfare of the people",
                description: "The people's well-being and livelihood.",
                verification: verified(CHECKED),
                tier: (Regime, "the people's well-being is a domestic matter (a judgement)"),
                concern: (PeoplesSecurity, "the people's welfare is the closest concern to their security"),
            },
            /// Sustainable economic and social development.
            SustainableDevelopment = "sustainable-development" {
                label: "sustainable economic and social development",
                description: "Economic and social development that can be kept up over time.",
                verification: verified(CHECKED),
                tier: (Regime, "domestic development underpins the Party's legitimacy"),
                concern: (Economy, "economic development is the interest's main term"),
            },
            /// Other major interests of the state.
            OtherMajorInterests = "other-major-interests" {
                label: "other major interests of the state",
                description: "An open catch-all for the state's further vital interests, left unnamed.",
                verification: verified(CHECKED),
                tier: (Regime, "the article defines the security of the state itself; reading the catch-all as domestic is a judgement")
                    or (Regional, "unnamed interests may lie in China's region")
                    or (Global, "unnamed interests may lie beyond the region"),
                concern: (PartyRule, "no concern fits an open catch-all; the interests are the Party-state's own (a judgement)"),
            },
        }
    }
}
