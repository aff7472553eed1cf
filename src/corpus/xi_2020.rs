//! Xi 2020: ten requirements for national security work, a partial order.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::partial_order::PartialOrder;
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// The ten requirements for national security work that Xi Jinping set
    /// out at a Politburo study session on 11 December 2020 (reported by
    /// Xinhua on 12 December 2020).
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
        /// Upholding the Party's absolute leadership over national security work.
        PartyLeadership = "party-leadership",
        /// Following the path of national security with Chinese characteristics.
        ChineseCharacteristicsPath = "chinese-characteristics-path",
        /// Taking people's security as the purpose.
        PeoplesSecurity = "peoples-security",
        /// Coordinating development and security.
        DevelopmentAndSecurity = "development-and-security",
        /// Giving top priority to political security.
        PoliticalSecurityFirst = "political-security-first",
        /// Advancing security in all fields.
        SecurityInAllFields = "security-in-all-fields",
        /// Preventing and defusing major risks.
        MajorRisks = "major-risks",
        /// Promoting international common security.
        CommonSecurity = "common-security",
        /// Modernizing the national security system and capacity.
        SystemAndCapacity = "system-and-capacity",
        /// Building the national security cadre force.
        CadreForce = "cadre-force",
    }
}

const CHECKED: &str = "Xinhua, 12 December 2020, and its quotation in Pu 2022";
const LISTED: &str = "Xinhua, 12 December 2020 (the item is on the list; its place in the list \
                      was not checked)";
const NOT_CHECKED: &str = "the full list's wording and order were not checked; this item is given \
                           from memory";

impl BuiltinHierarchy for XiRequirement {
    const ID: &'static str = "xi-2020";
    const TITLE: &'static str = "Ten requirements for national security work";
    const ITEMS: &'static [Self] = XiRequirement::ALL;

    fn source() -> Source {
        Source {
            author: "Xi Jinping".into(),
            year: 2020,
            title: "Xi Focus: Xi Stresses Building Holistic National Security Architecture".into(),
            venue: "remarks at a Politburo study session, 11 December 2020, as reported by Xinhua News Agency, 12 December 2020"
                .into(),
            note: Some(
                "the order of the list is not verified and is not a ranking; only political \
                 security's \"top priority\" is stated"
                    .into(),
            ),
        }
    }

    fn order() -> Order<Self> {
        use XiRequirement::*;
        let stated = [(PoliticalSecurityFirst, SecurityInAllFields)];
        Order::Partial(
            PartialOrder::new(Self::ITEMS.iter().copied(), stated).expect("one acyclic precedence"),
        )
    }

    // One match arm per item: the corpus's data, kept in one place.
    #[allow(clippy::too_many_lines)]
    fn info(self) -> ItemInfo {
        use XiRequirement::*;
        let (label, description, verification, tier, concern) = match self {
            PartyLeadership => (
                "the Party's absolute leadership over national security work",
                "Party command over every part of the security apparatus; first on the list.",
                Verification::verified(
                    "Xinhua, 12 December 2020, and its quotation in Pu 2022 (first on the list)",
                ),
                (
                    Tier::Regime,
                    "Party control of security work is regime security",
                ),
                (Concern::PartyRule, "direct match"),
            ),
            ChineseCharacteristicsPath => (
                "the path of national security with Chinese characteristics",
                "Following a doctrine of security of China's own, rather than a foreign model.",
                Verification::verified(LISTED),
                (Tier::Regime, "the path is set by Party doctrine at home"),
                (
                    Concern::PartyRule,
                    "the path is defined by the Party's own doctrine",
                ),
            ),
            PeoplesSecurity => (
                "people's security as the purpose",
                "Treating the people's safety and well-being as the aim of security work.",
                Verification::unverified(NOT_CHECKED),
                (
                    Tier::Regime,
                    "a domestic aim, which the chapter counts within regime security",
                ),
                (Concern::PeoplesSecurity, "direct match"),
            ),
            DevelopmentAndSecurity => (
                "coordinating development and security",
                "Weighing economic growth and security against each other as one task.",
                Verification::unverified(NOT_CHECKED),
                (Tier::Regime, "the balance is struck in domestic policy"),
                (
                    Concern::Economy,
                    "development is the economic side of the balance",
                ),
            ),
            PoliticalSecurityFirst => (
                "giving top priority to political security",
                "Ranking the protection of the regime and its institutions above the other fields.",
                Verification::verified(CHECKED),
                (
                    Tier::Regime,
                    "political security is the security of Party rule",
                ),
                (
                    Concern::PartyRule,
                    "state power and the political system are the Party's rule",
                ),
            ),
            SecurityInAllFields => (
                "advancing security in all fields",
                "Pursuing security across every policy domain at once.",
                Verification::unverified(NOT_CHECKED),
                (Tier::Regime, "most of the fields covered are domestic"),
                (
                    Concern::SocialStability,
                    "no single concern fits; domestic order is the closest broad one",
                ),
            ),
            MajorRisks => (
                "preventing and defusing major risks",
                "Spotting and heading off serious threats before they escalate.",
                Verification::unverified(NOT_CHECKED),
                (
                    Tier::Regime,
                    "the risks stressed are chiefly threats to stability at home",
                ),
                (
                    Concern::SocialStability,
                    "risk prevention serves domestic stability",
                ),
            ),
            CommonSecurity => (
                "promoting international common security",
                "Working with other states for security shared by all.",
                Verification::unverified(NOT_CHECKED),
                (Tier::Global, "common security is an international aim"),
                (Concern::GlobalOrder, "direct match"),
            ),
            SystemAndCapacity => (
                "modernizing the national security system and capacity",
                "Upgrading the institutions and means of security work.",
                Verification::verified(LISTED),
                (
                    Tier::Regime,
                    "the security apparatus is an organ of the Party-state",
                ),
                (
                    Concern::PartyRule,
                    "the apparatus serves the Party's hold on power",
                ),
            ),
            CadreForce => (
                "building the national security cadre force",
                "Training loyal, capable officials to staff security work.",
                Verification::verified(LISTED),
                (
                    Tier::Regime,
                    "the cadres serve the Party's security work at home",
                ),
                (Concern::PartyRule, "the cadre force is a Party instrument"),
            ),
        };
        ItemInfo::new(label, description, verification, tier, concern)
    }
}
