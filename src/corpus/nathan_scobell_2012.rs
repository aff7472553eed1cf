//! Nathan and Scobell 2012: four rings of security, the innermost first.

use super::{BuiltinHierarchy, ItemInfo, Order, Source, Verification};
use crate::slug::slug_enum;
use crate::vocabulary::{Concern, Tier};

slug_enum! {
    /// The four rings of security threats that Andrew J. Nathan and Andrew
    /// Scobell describe in *China's Search for Security* (2012), pp. 4–7, from
    /// the innermost ring outward.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, NathanScobellRing};
    /// let r = NathanScobellRing::ranking().expect("a strict ranking");
    /// assert_eq!(r.items().last(), Some(&NathanScobellRing::RestOfWorld));
    /// ```
    pub enum NathanScobellRing: "Nathan and Scobell 2012 ring" {
        /// Ring 1: all territory China administers or claims, and domestic stability.
        TerritoryAndStability = "territory-and-stability",
        /// Ring 2: the adjacent countries, on land and at sea.
        AdjacentCountries = "adjacent-countries",
        /// Ring 3: the six regional systems around China.
        RegionalSystems = "regional-systems",
        /// Ring 4: the rest of the world.
        RestOfWorld = "rest-of-world",
    }
}

const CHECKED: &str = "Nathan and Scobell, China's Search for Security, pp. 4–7";

impl BuiltinHierarchy for NathanScobellRing {
    const ID: &'static str = "nathan-scobell-2012";
    const TITLE: &'static str = "Four rings of security";
    const ITEMS: &'static [Self] = NathanScobellRing::ALL;

    fn source() -> Source {
        Source {
            author: "Andrew J. Nathan and Andrew Scobell".into(),
            year: 2012,
            title: "China's Search for Security".into(),
            venue: "Columbia University Press, New York, pp. 4–7".into(),
            note: None,
        }
    }

    fn order() -> Order<Self> {
        Order::strict(Self::ITEMS)
    }

    fn info(self) -> ItemInfo {
        use NathanScobellRing::*;
        let (label, description, tier, concern) = match self {
            TerritoryAndStability => (
                "all territory China administers or claims, and domestic stability",
                "Everything Beijing rules or lays claim to, together with order at home.",
                (
                    Tier::Regime,
                    "the innermost ring is domestic: the state's own ground and internal order",
                ),
                (
                    Concern::TerritorialIntegrity,
                    "the ring is drawn around territory, held and claimed",
                ),
            ),
            AdjacentCountries => (
                "the adjacent countries",
                "The states that border China by land or face it across the sea.",
                (Tier::Regional, "the neighbours are China's own region"),
                (Concern::Neighbourhood, "direct match"),
            ),
            RegionalSystems => (
                "six regional systems around China",
                "The wider groupings of Asian states that surround China.",
                (Tier::Regional, "the six systems are subregions of Asia"),
                (
                    Concern::Neighbourhood,
                    "the systems are China's wider neighbourhood",
                ),
            ),
            RestOfWorld => (
                "the rest of the world",
                "Everything beyond Asia, where China's reach is newest and thinnest.",
                (Tier::Global, "the outermost ring lies beyond the region"),
                (
                    Concern::GlobalOrder,
                    "the ring is the world at large and its institutions",
                ),
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
