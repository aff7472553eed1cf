//! Nathan and Scobell 2012: four rings of security, the innermost first.

use super::define::builtin;

const CHECKED: &str = "Nathan and Scobell, China's Search for Security, pp. 4–7";

builtin! {
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
        id: "nathan-scobell-2012",
        title: "Four rings of security",
        source: {
            author: "Andrew J. Nathan and Andrew Scobell",
            year: 2012,
            title: "China's Search for Security",
            venue: "Columbia University Press, New York, pp. 4–7",
        },
        order: strict,
        items: {
            /// Ring 1: all territory China administers or claims, and domestic stability.
            TerritoryAndStability = "territory-and-stability" {
                label: "all territory China administers or claims, and domestic stability",
                description: "Everything Beijing rules or lays claim to, together with order at home.",
                verification: verified(CHECKED),
                tier: (Regime, "the innermost ring is domestic: the state's own ground and internal order")
                    or (Regional, "the ring includes claimed territory, whose disputes the chapter places under regional security"),
                concern: (TerritorialIntegrity, "the ring is drawn around territory, held and claimed"),
            },
            /// Ring 2: the adjacent countries, on land and at sea.
            AdjacentCountries = "adjacent-countries" {
                label: "the adjacent countries",
                description: "The states that border China by land or face it across the sea.",
                verification: verified(CHECKED),
                tier: (Regional, "the neighbours are China's own region"),
                concern: (Neighbourhood, "direct match"),
            },
            /// Ring 3: the six regional systems around China.
            RegionalSystems = "regional-systems" {
                label: "six regional systems around China",
                description: "The wider groupings of Asian states that surround China.",
                verification: verified(CHECKED),
                tier: (Regional, "the six systems are subregions of Asia"),
                concern: (Neighbourhood, "the systems are China's wider neighbourhood"),
            },
            /// Ring 4: the rest of the world.
            RestOfWorld = "rest-of-world" {
                label: "the rest of the world",
                description: "Everything beyond Asia, where China's reach is newest and thinnest.",
                verification: verified(CHECKED),
                tier: (Global, "the outermost ring lies beyond the region"),
                concern: (GlobalOrder, "the ring is the world at large and its institutions"),
            },
        }
    }
}
