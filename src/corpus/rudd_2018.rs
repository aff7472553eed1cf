//! Rudd 2018: seven circles of interest, the innermost first.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// Kevin Rudd's seven circles of interest in Xi Jinping's worldview
    /// ("How Xi Jinping Views the World", *Foreign Affairs*, 2018), from the
    /// innermost (most important) outward.
    ///
    /// An earlier scheme by the same author than [`RuddCircle`](super::RuddCircle)
    /// (2022): comparing the two shows how one scholar's view changed.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, Rudd2018Circle};
    /// let r = Rudd2018Circle::ranking().expect("a strict ranking");
    /// assert_eq!(r.len(), 7);
    /// assert_eq!(r.items().next(), Some(&Rudd2018Circle::Party));
    /// ```
    pub enum Rudd2018Circle: "Rudd 2018 circle" {
        /// Circle 1: the Party.
        Party = "the-party",
        /// Circle 2: the unity of the country.
        NationalUnity = "national-unity",
        /// Circle 3: sustainable growth balanced against environmental concerns.
        SustainableGrowth = "sustainable-growth",
        /// Circle 4: the fourteen bordering states under benign control.
        BorderStates = "border-states",
        /// Circle 5: regional maritime power.
        MaritimePower = "maritime-power",
        /// Circle 6: economic power across the continental periphery.
        ContinentalPeriphery = "continental-periphery",
        /// Circle 7: reforming parts of the international rules-based order.
        InternationalOrder = "international-order",
    }
}

const CHECKED: &str = "Rudd, \"How Xi Jinping Views the World\", Foreign Affairs, 10 May 2018";

impl BuiltinHierarchy for Rudd2018Circle {
    const ID: &'static str = "rudd-2018";
    const TITLE: &'static str = "Seven circles of interest";
    const ITEMS: &'static [Self] = Rudd2018Circle::ALL;

    fn source() -> Source {
        Source {
            author: "Kevin Rudd".into(),
            year: 2018,
            title: "How Xi Jinping Views the World".into(),
            venue: "Foreign Affairs, 10 May 2018".into(),
            note: None,
        }
    }

    fn order() -> Order<Self> {
        Order::strict(Self::ITEMS)
    }

    fn info(self) -> ItemInfo {
        use Rudd2018Circle::*;
        let (label, description, tier, concern) = match self {
            Party => (
                "the Party",
                "The Communist Party's own survival and control: the innermost circle.",
                (
                    Tier::Regime,
                    "the Party's survival is regime security itself",
                ),
                (Concern::PartyRule, "direct match"),
            ),
            NationalUnity => (
                "the unity of the country",
                "Keeping the country whole, restive regions and Taiwan included.",
                (
                    Tier::Regime,
                    "Beijing treats unity as an internal matter tied to its legitimacy",
                ),
                (Concern::NationalUnity, "direct match"),
            ),
            SustainableGrowth => (
                "sustainable growth balanced against environmental concerns",
                "Continued economic growth, weighed against the damage it does to the environment.",
                (
                    Tier::Regime,
                    "growth underpins the Party's domestic legitimacy",
                ),
                (
                    Concern::Economy,
                    "growth is the circle's main term; the environment is its constraint",
                ),
            ),
            BorderStates => (
                "the 14 border states under benign control",
                "Keeping the fourteen countries on China's land borders friendly and manageable.",
                (
                    Tier::Regional,
                    "the bordering states are China's own region",
                ),
                (Concern::Neighbourhood, "direct match"),
            ),
            MaritimePower => (
                "regional maritime power",
                "Becoming the leading naval power in the seas off China's coast.",
                (Tier::Regional, "the seas in question are Asia's"),
                (
                    Concern::MaritimeClaims,
                    "maritime power in the near seas serves the disputed claims there",
                ),
            ),
            ContinentalPeriphery => (
                "economic power across the continental periphery",
                "Economic weight across the Eurasian lands to China's west and south.",
                (Tier::Regional, "the continental periphery lies in Asia"),
                (
                    Concern::OverseasInterests,
                    "economic reach abroad is investment and trade beyond the borders",
                ),
            ),
            InternationalOrder => (
                "reforming parts of the international rules-based order",
                "Changing selected international rules and institutions, not the whole system.",
                (Tier::Global, "the rules-based order is global"),
                (Concern::GlobalOrder, "direct match"),
            ),
        };
        ItemInfo::new(
            label,
            description,
            Verification::verified(CHECKED),
            tier,
            concern,
        )
    }
}
