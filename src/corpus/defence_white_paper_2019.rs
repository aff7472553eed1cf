//! The 2019 defence white paper *China's National Defense in the New Era*:
//! nine aims of national defence, unordered.

use super::define::builtin;

const CHECKED: &str = "State Council Information Office, China's National Defense in the New \
                       Era, 24 July 2019";

builtin! {
    /// The aims of China's national defence listed in the State Council
    /// Information Office's 2019 white paper *China's National Defense in
    /// the New Era*.
    ///
    /// The paper states no priority among them, so the built-in order is
    /// [`Order::Unordered`](super::Order::Unordered): a set, not a ranking.
    /// The declaration order ([`ALL`](Self::ALL)) follows the paper's list.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, DefenceAim};
    /// assert!(DefenceAim::ranking().is_none());
    /// assert_eq!(DefenceAim::ALL.len(), 9);
    /// ```
    pub enum DefenceAim: "2019 defence white paper aim" {
        id: "defence-white-paper-2019",
        title: "Nine aims of national defence, unordered",
        source: {
            author: "State Council Information Office",
            year: 2019,
            title: "China's National Defense in the New Era",
            venue: "white paper, Beijing, 24 July 2019",
            note: "the paper lists nine aims of national defence without a stated priority",
        },
        order: unordered,
        items: {
            /// Deterring and resisting aggression.
            DeterAggression = "deter-aggression" {
                label: "deterring and resisting aggression",
                description: "Discouraging an attack on China, and defeating one if it comes.",
                verification: verified(CHECKED),
                tier: (Regional, "the contingencies the forces prepare for lie chiefly in Asia"),
                concern: (Military, "deterrence and defence are the armed forces' own task"),
            },
            /// Safeguarding political security, the people's security and social stability.
            PoliticalSecurityAndStability = "political-security-and-stability" {
                label: "safeguarding national political security, the people's security and social stability",
                description: "Protecting the political order, the safety of the people and order in society.",
                verification: verified(CHECKED),
                tier: (Regime, "political security and social stability are domestic security of the regime"),
                concern: (PartyRule, "political security, named first in the aim, is the security of Party rule"),
            },
            /// Opposing and containing "Taiwan independence".
            OpposeTaiwanIndependence = "oppose-taiwan-independence" {
                label: "opposing and containing \"Taiwan independence\"",
                description: "Preventing Taiwan from formally separating from China.",
                verification: verified(CHECKED),
                tier: (Regional, "the chapter places territorial and sovereignty disputes, especially Taiwan, under regional security")
                    or (Regime, "the chapter pairs national unity with regime security, and Taiwan is a matter of unity"),
                concern: (NationalUnity, "Beijing treats Taiwan as a matter of national unity"),
            },
            /// Cracking down on the other separatist movements ("Tibet
            /// independence", "East Turkistan").
            OpposeSeparatism = "oppose-separatism" {
                label: "cracking down on separatist movements such as \"Tibet independence\" and \"East Turkistan\"",
                description: "Suppressing the movements that seek to split Tibet or Xinjiang from China.",
                verification: verified(CHECKED),
                tier: (Regime, "unrest in Tibet and Xinjiang is treated as a domestic threat"),
                concern: (NationalUnity, "Tibet and Xinjiang are matters of national unity"),
            },
            /// Safeguarding national sovereignty, unity, territorial integrity and security.
            SovereigntyAndTerritory = "sovereignty-and-territory" {
                label: "safeguarding national sovereignty, unity, territorial integrity and security",
                description: "Defending the state's sovereignty and unity, and keeping its territory whole and secure.",
                verification: verified(CHECKED),
                tier: (Regional, "the chapter places territorial and sovereignty disputes, especially Taiwan, under regional security")
                    or (Regime, "the chapter pairs national unity with regime security, and the aim names unity"),
                concern: (TerritorialIntegrity, "the concern covers sovereignty as well as territory")
                    or (NationalUnity, "the aim names unity beside sovereignty and territory"),
            },
            /// Safeguarding maritime rights and interests.
            MaritimeRights = "maritime-rights" {
                label: "safeguarding maritime rights and interests",
                description: "Upholding China's claims and interests at sea.",
                verification: verified(CHECKED),
                tier: (Regional, "the maritime disputes are in the seas off China's coast, within Asia")
                    or (Regime, "territorial claims bear on national unity, which the chapter pairs with regime security"),
                concern: (MaritimeClaims, "direct match"),
            },
            /// Safeguarding security interests in outer space, electromagnetic space and cyberspace.
            SpaceAndCyber = "space-and-cyber" {
                label: "safeguarding security interests in outer space, electromagnetic space and cyberspace",
                description: "Protecting China's assets and access in orbit, across the radio spectrum and on networks.",
                verification: verified(CHECKED),
                tier: (Global, "space and cyberspace are not bounded by the region"),
                concern: (Technology, "space, the spectrum and networks are technological domains"),
            },
            /// Safeguarding overseas interests.
            OverseasInterests = "overseas-interests" {
                label: "safeguarding overseas interests",
                description: "Protecting Chinese citizens, assets and investments abroad.",
                verification: verified(CHECKED),
                tier: (Global, "overseas interests lie beyond the region"),
                concern: (OverseasInterests, "direct match"),
            },
            /// Supporting the country's sustainable development.
            SustainableDevelopment = "sustainable-development" {
                label: "supporting the country's sustainable development",
                description: "Lending the means of defence to the country's long-run economic and social development.",
                verification: verified(CHECKED),
                tier: (Regime, "domestic development underpins the Party's legitimacy"),
                concern: (Economy, "development is chiefly economic"),
            },
        }
    }
}
