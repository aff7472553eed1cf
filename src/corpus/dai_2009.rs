//! Dai Bingguo 2009: China's three core interests, numbered in the original.

use super::define::builtin;

const CHECKED: &str = "Dai Bingguo's closing remarks, first U.S.–China Strategic and Economic \
                       Dialogue, 28 July 2009 (the three interests are numbered there)";

builtin! {
    /// The three core interests Dai Bingguo named, in order
    /// ("first", "second", "third"), at the close of the first U.S.–China
    /// Strategic and Economic Dialogue on 28 July 2009.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, DaiCoreInterest};
    /// let r = DaiCoreInterest::ranking().expect("a strict ranking");
    /// assert_eq!(r.items().last(), Some(&DaiCoreInterest::StableDevelopment));
    /// ```
    pub enum DaiCoreInterest: "Dai 2009 core interest" {
        id: "dai-2009",
        title: "Three core interests",
        source: {
            author: "Dai Bingguo",
            year: 2009,
            title: "Closing press conference",
            venue: "first U.S.–China Strategic and Economic Dialogue, 28 July 2009",
        },
        order: strict,
        items: {
            /// First: maintaining the basic system and national security.
            BasicSystem = "basic-system" {
                label: "maintaining the basic system and national security",
                description: "Preserving China's political system, under Party rule, and the security of the state.",
                verification: verified(CHECKED),
                tier: (Regime, "the basic system is the Party-led political order"),
                concern: (PartyRule, "the basic system is the Party's rule"),
            },
            /// Second: state sovereignty and territorial integrity.
            SovereigntyAndTerritory = "sovereignty-and-territory" {
                label: "state sovereignty and territorial integrity",
                description: "Defending China's sovereignty and every territory it holds or claims.",
                verification: verified(CHECKED),
                tier: (Regional, "the chapter places territorial and sovereignty disputes, especially Taiwan, under regional security")
                    or (Regime, "the chapter pairs national unity with regime security, and the interest covers Taiwan"),
                concern: (TerritorialIntegrity, "direct match"),
            },
            /// Third: the continued stable development of the economy and society.
            StableDevelopment = "stable-development" {
                label: "continued stable development of the economy and society",
                description: "Keeping economic and social development steady and uninterrupted.",
                verification: verified(CHECKED),
                tier: (Regime, "domestic development underpins the Party's legitimacy"),
                concern: (Economy, "economic development is the interest's main term"),
            },
        }
    }
}
