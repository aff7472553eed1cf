//! The chapter's own three tiers (Pu 2022), as a built-in hierarchy.

use super::{BuiltinHierarchy, ItemInfo, Mapping, Order, Source, Verification};
use crate::vocabulary::{Concern, Tier};

const CHECKED: &str = "Pu 2022, section \"National Security with CPC Characteristics\"";

impl BuiltinHierarchy for Tier {
    const ID: &'static str = "pu-2022";
    const TITLE: &'static str = "Three tiers of national security";
    const ITEMS: &'static [Self] = Tier::ALL;

    fn source() -> Source {
        Source {
            author: "Xiaoyu Pu".into(),
            year: 2022,
            title: "National Security and Chinese Foreign Policy".into(),
            venue: "ch. 22 of CPC Futures: The New Era of Socialism with Chinese Characteristics, \
                    F. N. Pieke and B. Hofman (eds.)"
                .into(),
            note: None,
        }
    }

    fn order() -> Order<Self> {
        Order::Ranked(Tier::ranking())
    }

    fn info(self) -> ItemInfo {
        let (description, concern, why) = match self {
            Tier::Regime => (
                "Keeping the Communist Party in power: the top concern.",
                Concern::PartyRule,
                "regime security is the security of Party rule",
            ),
            Tier::Regional => (
                "Security in Asia, where the U.S. military presence is seen as a threat.",
                Concern::Neighbourhood,
                "the regional tier is about China's own neighbourhood",
            ),
            Tier::Global => (
                "Security beyond Asia: overseas interests and duties as a major power.",
                Concern::GlobalOrder,
                "the global tier covers the world beyond the region",
            ),
        };
        ItemInfo {
            label: self.label(),
            description,
            verification: Verification::verified(CHECKED),
            tier: Mapping::new(self, "a tier maps onto itself"),
            concern: Mapping::new(concern, why),
        }
    }
}
