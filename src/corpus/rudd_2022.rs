//! Rudd 2022: ten concentric circles of interest, the innermost first.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// Kevin Rudd's ten concentric circles of interest in Xi Jinping's
    /// worldview (*The Avoidable War*, 2022), from the innermost (most
    /// important) outward. Rudd likens the scheme to Maslow's hierarchy of
    /// needs.
    ///
    /// Circles 1–7 were checked against secondary texts on the book (for
    /// circles 1, 2, 3 and 5 the chapter title, for 4, 6 and 7 only the
    /// content); circles 8–10 were not checked and are marked unverified.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, RuddCircle};
    /// let r = RuddCircle::ranking().expect("a strict ranking");
    /// assert_eq!(r.items().next(), Some(&RuddCircle::StayingInPower));
    /// assert!(!RuddCircle::GlobalOrder.verification().is_verified());
    /// ```
    pub enum RuddCircle: "Rudd 2022 circle" {
        /// Circle 1: the politics of staying in power.
        StayingInPower = "staying-in-power",
        /// Circle 2: securing national unity (Xinjiang, Tibet, Hong Kong, Taiwan).
        NationalUnity = "national-unity",
        /// Circle 3: ensuring economic prosperity.
        EconomicProsperity = "economic-prosperity",
        /// Circle 4: making growth environmentally sustainable.
        EnvironmentalSustainability = "environmental-sustainability",
        /// Circle 5: modernizing the military.
        MilitaryModernization = "military-modernization",
        /// Circle 6: relations with China's neighbouring states.
        NeighbouringStates = "neighbouring-states",
        /// Circle 7: the eastern maritime periphery.
        MaritimePeriphery = "maritime-periphery",
        /// Circle 8: the western continental periphery and the Belt and Road.
        WesternPeriphery = "western-periphery",
        /// Circle 9: influence across the developing world.
        DevelopingWorld = "developing-world",
        /// Circle 10: changing the global rules-based order.
        GlobalOrder = "global-order",
    }
}

const TITLE_CHECKED: &str = "the chapter title, as given in secondary texts on the book; \
                             the book itself was not checked";
const CONTENT_CHECKED: &str = "the circle's content, as described in secondary texts on the \
                               book; its chapter title and the book itself were not checked";
const NOT_CHECKED: &str = "the circle's content and wording were not checked against the book \
                           or any secondary text";

impl BuiltinHierarchy for RuddCircle {
    const ID: &'static str = "rudd-2022";
    const TITLE: &'static str = "Ten concentric circles of interest";
    const ITEMS: &'static [Self] = RuddCircle::ALL;

    fn source() -> Source {
        Source {
            author: "Kevin Rudd".into(),
            year: 2022,
            title: "The Avoidable War: The Dangers of a Catastrophic Conflict between the U.S. \
                    and Xi Jinping's China"
                .into(),
            venue: "PublicAffairs, New York, ch. 3 and chs. 4–13".into(),
            note: Some(
                "circles 1–7 checked against secondary texts on the book; 8–10 not checked".into(),
            ),
        }
    }

    fn order() -> Order<Self> {
        Order::strict(Self::ITEMS)
    }

    // One match arm per item: the corpus's data, kept in one place.
    #[allow(clippy::too_many_lines)]
    fn info(self) -> ItemInfo {
        use RuddCircle::*;
        let (label, description, verification, tier, concern) = match self {
            StayingInPower => (
                "the politics of staying in power",
                "Keeping the Party and its leadership in power: the innermost circle.",
                Verification::verified(
                    "the chapter title, as given in secondary texts on the book and in Pu 2022; \
                     the book itself was not checked",
                ),
                (Tier::Regime, "staying in power is regime security itself"),
                (Concern::PartyRule, "direct match"),
            ),
            NationalUnity => (
                "securing national unity",
                "Holding Xinjiang, Tibet and Hong Kong and bringing Taiwan under Beijing's rule.",
                Verification::verified(TITLE_CHECKED),
                (
                    Tier::Regime,
                    "Beijing treats these regions as internal matters tied to its legitimacy",
                ),
                (Concern::NationalUnity, "direct match"),
            ),
            EconomicProsperity => (
                "ensuring economic prosperity",
                "Sustaining the growth on which living standards and the Party's standing rest.",
                Verification::verified(TITLE_CHECKED),
                (
                    Tier::Regime,
                    "growth underpins the Party's domestic legitimacy",
                ),
                (Concern::Economy, "direct match"),
            ),
            EnvironmentalSustainability => (
                "environmental sustainability of growth",
                "Keeping growth from wrecking the air, water and land it depends on.",
                Verification::verified(CONTENT_CHECKED),
                (
                    Tier::Regime,
                    "pollution is a domestic grievance that bears on regime stability",
                ),
                (Concern::Environment, "direct match"),
            ),
            MilitaryModernization => (
                "modernizing the military",
                "Turning the armed forces into a modern fighting force.",
                Verification::verified(TITLE_CHECKED),
                (
                    Tier::Regional,
                    "the forces are built above all for contingencies in Asia, Taiwan first",
                ),
                (Concern::Military, "direct match"),
            ),
            NeighbouringStates => (
                "China's neighbouring states",
                "Keeping the bordering countries friendly, and where possible deferential.",
                Verification::verified(CONTENT_CHECKED),
                (Tier::Regional, "the neighbours are China's own region"),
                (Concern::Neighbourhood, "direct match"),
            ),
            MaritimePeriphery => (
                "the eastern maritime periphery",
                "Pushing U.S. power back from the western Pacific and loosening its alliances.",
                Verification::verified(CONTENT_CHECKED),
                (
                    Tier::Regional,
                    "the eastern seas and U.S. allies there lie within Asia",
                ),
                (
                    Concern::MaritimeClaims,
                    "the eastern seas hold the disputed claims that U.S. power and alliances bear on",
                ),
            ),
            WesternPeriphery => (
                "the western continental periphery and the Belt and Road",
                "Extending influence westward across Eurasia through the Belt and Road.",
                Verification::unverified(NOT_CHECKED),
                (
                    Tier::Regional,
                    "the continental periphery lies in Asia, though the Belt and Road reaches further",
                ),
                (
                    Concern::OverseasInterests,
                    "the Belt and Road is investment and trade routes abroad",
                ),
            ),
            DevelopingWorld => (
                "influence across the developing world",
                "Building influence and support among developing countries.",
                Verification::unverified(NOT_CHECKED),
                (Tier::Global, "the developing world lies mostly beyond Asia"),
                (
                    Concern::OverseasInterests,
                    "the concern covers influence in the developing world",
                ),
            ),
            GlobalOrder => (
                "changing the global rules-based order",
                "Reshaping international institutions and norms toward China's preferences.",
                Verification::unverified(NOT_CHECKED),
                (Tier::Global, "the rules-based order is global"),
                (Concern::GlobalOrder, "direct match"),
            ),
        };
        ItemInfo::new(label, description, verification, tier, concern)
    }
}
