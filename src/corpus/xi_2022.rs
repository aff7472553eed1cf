//! Xi 2022: national security in the report to the 20th Party Congress, a
//! weak order of five levels.

use super::define::builtin;

const CHECKED: &str = "report to the 20th Party Congress, 16 October 2022 (Xinhua English text)";

builtin! {
    /// National security as Xi Jinping's report to the 20th National
    /// Congress of the Communist Party of China (16 October 2022) sets it
    /// out: a later version of the holistic view of 2014
    /// ([`HolisticSecurity`](super::HolisticSecurity)).
    ///
    /// The report gives each level a functional role: people's security is
    /// the "ultimate goal", political security the "fundamental task",
    /// economic security the "foundation", military, technological, cultural
    /// and social security the "important pillars" (tied on one level), and
    /// promoting international security the "support". The library reads
    /// these roles as a priority order, as it does for 2014; the report does
    /// not call them a ranking. The shape is that of 2014 with technological
    /// security added at the fourth level.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, Xi2022Security};
    /// use std::cmp::Ordering;
    /// let r = Xi2022Security::ranking().expect("a weak order");
    /// assert_eq!(r.level_count(), 5);
    /// let (m, t) = (Xi2022Security::MilitarySecurity, Xi2022Security::TechnologicalSecurity);
    /// assert_eq!(r.compare(&m, &t), Some(Ordering::Equal));
    /// ```
    pub enum Xi2022Security: "Xi 2022 security" {
        id: "xi-2022",
        title: "National security in the report to the 20th Party Congress",
        source: {
            author: "Xi Jinping",
            year: 2022,
            title: "Report to the 20th National Congress of the Communist Party of China",
            venue: "Beijing, 16 October 2022; English text by Xinhua News Agency",
            note: "the five levels are functional roles (ultimate goal, fundamental task, \
                   foundation, important pillars, support) read here as a priority order",
        },
        order: levels [
            [PeoplesSecurity],
            [PoliticalSecurity],
            [EconomicSecurity],
            [MilitarySecurity, TechnologicalSecurity, CulturalSecurity, SocialSecurity],
            [InternationalSecurity],
        ],
        items: {
            /// People's security: the ultimate goal.
            PeoplesSecurity = "peoples-security" {
                label: "people's security",
                description: "The safety and well-being of the people, called the ultimate goal.",
                verification: verified(CHECKED),
                tier: (Regime, "the people's safety at home is a domestic matter (a judgement)"),
                concern: (PeoplesSecurity, "direct match"),
            },
            /// Political security: the fundamental task.
            PoliticalSecurity = "political-security" {
                label: "political security",
                description: "The security of the state's political power and system, called the fundamental task.",
                verification: verified(CHECKED),
                tier: (Regime, "political security is the security of Party rule"),
                concern: (PartyRule, "state power and the political system are the Party's rule"),
            },
            /// Economic security: the foundation.
            EconomicSecurity = "economic-security" {
                label: "economic security",
                description: "A sound and resilient economy, called the foundation.",
                verification: verified(CHECKED),
                tier: (Regime, "the economy underpins the Party's domestic legitimacy (a judgement)"),
                concern: (Economy, "direct match"),
            },
            /// Military security: one of the important pillars.
            MilitarySecurity = "military-security" {
                label: "military security",
                description: "Armed strength and defence, one of the important pillars.",
                verification: verified(CHECKED),
                tier: (Regional, "the forces are built above all for contingencies in Asia"),
                concern: (Military, "direct match"),
            },
            /// Science and technology security: one of the important pillars,
            /// new at this level since 2014.
            TechnologicalSecurity = "technological-security" {
                label: "science and technology security",
                description: "Secure command of science and technology, one of the important pillars; new at this level since 2014.",
                verification: verified(CHECKED),
                tier: (Regime, "a domestic capability (a judgement)"),
                concern: (Technology, "direct match"),
            },
            /// Cultural security: one of the important pillars.
            CulturalSecurity = "cultural-security" {
                label: "cultural security",
                description: "Protection of culture and ideology, one of the important pillars.",
                verification: verified(CHECKED),
                tier: (Regime, "ideological control is a domestic defence of the regime"),
                concern: (Culture, "direct match"),
            },
            /// Social security: one of the important pillars.
            SocialSecurity = "social-security" {
                label: "social security",
                description: "Public order and social stability, one of the important pillars.",
                verification: verified(CHECKED),
                tier: (Regime, "social order is domestic stability"),
                concern: (SocialStability, "here social security means public order, not welfare"),
            },
            /// Promoting international security: the support.
            InternationalSecurity = "international-security" {
                label: "promoting international security",
                description: "A secure international environment, called the support of national security.",
                verification: verified(CHECKED),
                tier: (Global, "international security reaches beyond the region"),
                concern: (GlobalOrder, "direct match"),
            },
        }
    }
}
