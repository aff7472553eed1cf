//! Xi 2020: ten requirements for national security work, a partial order.

use super::define::builtin;

const CHECKED: &str = "Xinhua, 12 December 2020, and its quotation in Pu 2022";
const LISTED: &str = "Xinhua, 12 December 2020 (the item is on the list; its place in the list \
                      was not checked)";
const NOT_CHECKED: &str = "the full list's wording and order were not checked; this item is given \
                           from memory";

builtin! {
    /// The ten requirements for national security work that Xi Jinping set
    /// out at a Politburo study session on 11 December 2020, as reported by
    /// Xinhua News Agency on 12 December 2020: the source is that report,
    /// not a text of Xi's own.
    ///
    /// This is a list of requirements, not a ranking, so its order is an
    /// [`Order::Partial`](super::Order::Partial) with one stated precedence
    /// only. The source gives political security "top priority" (Xinhua 2020,
    /// quoted in Pu 2022); read as a claim about priorities among security
    /// fields, that puts [`PoliticalSecurityFirst`](Self::PoliticalSecurityFirst)
    /// above [`SecurityInAllFields`](Self::SecurityInAllFields), the
    /// requirement that covers the other fields. No other precedence is
    /// stated, so none is modelled: in particular, the Party's leadership
    /// coming first in the list is not read as a rank.
    ///
    /// Verified: there are ten requirements; the first is the Party's absolute
    /// leadership; political security comes first; the list includes the path
    /// with Chinese characteristics, modernizing the system and capacity, and
    /// building the cadre force. The other five items' wording, and the order
    /// of the whole list (kept in [`ALL`](Self::ALL)), were not checked. The
    /// precedence therefore rests on one unverified item.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, XiRequirement};
    /// use security_hierarchy::hierarchy::Order;
    /// use std::cmp::Ordering;
    /// let Order::Partial(po) = XiRequirement::order() else { panic!("xi-2020 is a partial order") };
    /// let (p, s) = (XiRequirement::PoliticalSecurityFirst, XiRequirement::SecurityInAllFields);
    /// assert_eq!(po.compare(&p, &s), Some(Ordering::Greater));
    /// assert_eq!(po.compare(&XiRequirement::PartyLeadership, &p), None);
    /// ```
    pub enum XiRequirement: "Xi 2020 requirement" {
        id: "xi-2020",
        title: "Ten requirements for national security work",
        source: {
            author: "Xinhua News Agency",
            year: 2020,
            title: "Xi Focus: Xi Stresses Building Holistic National Security Architecture",
            venue: "Xinhua News Agency, 12 December 2020, reporting Xi Jinping's remarks at a \
                    Politburo study session on 11 December 2020",
            note: "the order of the list is not verified and is not a ranking; only political \
                   security's \"top priority\" is stated",
        },
        order: precedences [(PoliticalSecurityFirst, SecurityInAllFields)],
        items: {
            /// Upholding the Party's absolute leadership over national security work.
            PartyLeadership = "party-leadership" {
                label: "the Party's absolute leadership over national security work",
                description: "Party command over every part of the security apparatus; first on the list.",
                verification: verified(
                    "Xinhua, 12 December 2020, and its quotation in Pu 2022 (first on the list)"
                ),
                tier: (Regime, "Party control of security work is regime security"),
                concern: (PartyRule, "direct match"),
            },
            /// Following the path of national security with Chinese characteristics.
            ChineseCharacteristicsPath = "chinese-characteristics-path" {
                label: "the path of national security with Chinese characteristics",
                description: "Following a doctrine of security of China's own, rather than a foreign model.",
                verification: verified(LISTED),
                tier: (Regime, "the path is set by Party doctrine at home"),
                concern: (PartyRule, "the path is defined by the Party's own doctrine"),
            },
            /// Taking people's security as the purpose.
            PeoplesSecurity = "peoples-security" {
                label: "people's security as the purpose",
                description: "Treating the people's safety and well-being as the aim of security work.",
                verification: unverified(NOT_CHECKED),
                tier: (Regime, "the people's own safety is a domestic matter (a judgement)"),
                concern: (PeoplesSecurity, "direct match"),
            },
            /// Coordinating development and security.
            DevelopmentAndSecurity = "development-and-security" {
                label: "coordinating development and security",
                description: "Weighing economic growth and security against each other as one task.",
                verification: unverified(NOT_CHECKED),
                tier: (Regime, "the balance is struck in domestic policy"),
                concern: (Economy, "development is the economic side of the balance"),
            },
            /// Giving top priority to political security.
            PoliticalSecurityFirst = "political-security-first" {
                label: "giving top priority to political security",
                description: "Ranking the protection of the regime and its institutions above the other fields.",
                verification: verified(CHECKED),
                tier: (Regime, "political security is the security of Party rule"),
                concern: (PartyRule, "state power and the political system are the Party's rule"),
            },
            /// Advancing security in all fields.
            SecurityInAllFields = "security-in-all-fields" {
                label: "advancing security in all fields",
                description: "Pursuing security across every policy domain at once.",
                verification: unverified(NOT_CHECKED),
                tier: (Regime, "most of the fields covered are domestic"),
                concern: (SocialStability, "no single concern fits; domestic order is the closest broad one"),
            },
            /// Preventing and defusing major risks.
            MajorRisks = "major-risks" {
                label: "preventing and defusing major risks",
                description: "Spotting and heading off serious threats before they escalate.",
                verification: unverified(NOT_CHECKED),
                tier: (Regime, "the risks stressed are chiefly threats to stability at home"),
                concern: (SocialStability, "risk prevention serves domestic stability"),
            },
            /// Promoting international common security.
            CommonSecurity = "common-security" {
                label: "promoting international common security",
                description: "Working with other states for security shared by all.",
                verification: unverified(NOT_CHECKED),
                tier: (Global, "common security is an international aim"),
                concern: (GlobalOrder, "direct match"),
            },
            /// Modernizing the national security system and capacity.
            SystemAndCapacity = "system-and-capacity" {
                label: "modernizing the national security system and capacity",
                description: "Upgrading the institutions and means of security work.",
                verification: verified(LISTED),
                tier: (Regime, "the security apparatus is an organ of the Party-state"),
                concern: (PartyRule, "the apparatus serves the Party's hold on power"),
            },
            /// Building the national security cadre force.
            CadreForce = "cadre-force" {
                label: "building the national security cadre force",
                description: "Training loyal, capable officials to staff security work.",
                verification: verified(LISTED),
                tier: (Regime, "the cadres serve the Party's security work at home"),
                concern: (PartyRule, "the cadre force is a Party instrument"),
            },
        }
    }
}
