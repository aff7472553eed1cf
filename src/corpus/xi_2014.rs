//! Xi 2014: the holistic view of national security, a weak order of five levels.

use super::define::builtin;

const CHECKED: &str = "Xi Jinping, first meeting of the Central National Security Commission, \
                       15 April 2014, and Article 3 of the 2015 National Security Law";

builtin! {
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
        id: "xi-2014",
        title: "The holistic view of national security",
        source: {
            author: "Xi Jinping",
            year: 2014,
            title: "A Holistic View of National Security",
            venue: "first meeting of the Central National Security Commission, 15 April 2014; \
                    in The Governance of China, vol. I, Foreign Languages Press",
            note: "the same order is written into Article 3 of the 2015 National Security Law",
        },
        order: levels [
            [PeoplesSecurity],
            [PoliticalSecurity],
            [EconomicSecurity],
            [MilitarySecurity, CulturalSecurity, SocialSecurity],
            [InternationalSecurity],
        ],
        items: {
            /// People's security: the purpose.
            PeoplesSecurity = "peoples-security" {
                label: "people's security",
                description: "The safety and well-being of the people, named the \"purpose\" of national security.",
                verification: verified(CHECKED),
                tier: (Regime, "the people's own safety is a domestic matter (a judgement)"),
                concern: (PeoplesSecurity, "direct match"),
            },
            /// Political security: the root.
            PoliticalSecurity = "political-security" {
                label: "political security",
                description: "The safety of the Party-led state and its political system, named the \"root\".",
                verification: verified(CHECKED),
                tier: (Regime, "political security is the security of Party rule"),
                concern: (PartyRule, "state power and the political system are the Party's rule"),
            },
            /// Economic security: the foundation.
            EconomicSecurity = "economic-security" {
                label: "economic security",
                description: "A sound and resilient economy, named the \"foundation\".",
                verification: verified(CHECKED),
                tier: (Regime, "the economy underpins the Party's domestic legitimacy"),
                concern: (Economy, "direct match"),
            },
            /// Military security: part of the safeguard.
            MilitarySecurity = "military-security" {
                label: "military security",
                description: "Armed strength and defence, one part of the \"safeguard\".",
                verification: verified(CHECKED),
                tier: (Regional, "the forces are built above all for contingencies in Asia"),
                concern: (Military, "direct match"),
            },
            /// Cultural security: part of the safeguard.
            CulturalSecurity = "cultural-security" {
                label: "cultural security",
                description: "Protection of culture and ideology, one part of the \"safeguard\".",
                verification: verified(CHECKED),
                tier: (Regime, "ideological control is a domestic defence of the regime"),
                concern: (Culture, "direct match"),
            },
            /// Social security: part of the safeguard.
            SocialSecurity = "social-security" {
                label: "social security",
                description: "Public order and social stability, one part of the \"safeguard\".",
                verification: verified(CHECKED),
                tier: (Regime, "social order is domestic stability"),
                concern: (SocialStability, "here social security means public order, not welfare"),
            },
            /// Promoting international security: the support.
            InternationalSecurity = "international-security" {
                label: "promoting international security",
                description: "A secure international environment, named the \"support\" of national security.",
                verification: verified(CHECKED),
                tier: (Global, "international security reaches beyond the region"),
                concern: (GlobalOrder, "direct match"),
            },
        }
    }
}
