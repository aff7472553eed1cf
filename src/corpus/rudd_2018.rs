//! Rudd 2018: seven circles of interest, the innermost first.

use super::define::builtin;

const CHECKED: &str = "Rudd, \"How Xi Jinping Views the World\", Foreign Affairs, 10 May 2018";

builtin! {
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
        id: "rudd-2018",
        title: "Seven circles of interest",
        source: {
            author: "Kevin Rudd",
            year: 2018,
            title: "How Xi Jinping Views the World",
            venue: "Foreign Affairs, 10 May 2018",
        },
        order: strict,
        items: {
            /// Circle 1: the Party.
            Party = "the-party" {
                label: "the Party",
                description: "The Communist Party's own survival and control: the innermost circle.",
                verification: verified(CHECKED),
                tier: (Regime, "the Party's survival is regime security itself"),
                concern: (PartyRule, "direct match"),
            },
            /// Circle 2: the unity of the country.
            NationalUnity = "national-unity" {
                label: "the unity of the country",
                description: "Keeping the country whole, restive regions and Taiwan included.",
                verification: verified(CHECKED),
                tier: (Regime, "Beijing treats unity as an internal matter tied to its legitimacy")
                    or (Regional, "Taiwan, part of this circle, is placed under regional security in the chapter"),
                concern: (NationalUnity, "direct match"),
            },
            /// Circle 3: sustainable growth balanced against environmental concerns.
            SustainableGrowth = "sustainable-growth" {
                label: "sustainable growth balanced against environmental concerns",
                description: "Continued economic growth, weighed against the damage it does to the environment.",
                verification: verified(CHECKED),
                tier: (Regime, "growth underpins the Party's domestic legitimacy"),
                concern: (Economy, "growth is the circle's main term; the environment is its constraint"),
            },
            /// Circle 4: the fourteen bordering states under benign control.
            BorderStates = "border-states" {
                label: "the 14 border states under benign control",
                description: "Keeping the fourteen countries on China's land borders friendly and manageable.",
                verification: verified(CHECKED),
                tier: (Regional, "the bordering states are China's own region"),
                concern: (Neighbourhood, "direct match"),
            },
            /// Circle 5: regional maritime power.
            MaritimePower = "maritime-power" {
                label: "regional maritime power",
                description: "Becoming the leading naval power in the seas off China's coast.",
                verification: verified(CHECKED),
                tier: (Regional, "the seas in question are Asia's"),
                concern: (MaritimeClaims, "maritime power in the near seas serves the disputed claims there"),
            },
            /// Circle 6: economic power across the continental periphery.
            ContinentalPeriphery = "continental-periphery" {
                label: "economic power across the continental periphery",
                description: "Economic weight across the Eurasian lands to China's west and south.",
                verification: verified(CHECKED),
                tier: (Regional, "the continental periphery lies in Asia")
                    or (Global, "the Belt and Road reaches beyond Asia to Europe and Africa"),
                concern: (OverseasInterests, "economic reach abroad is investment and trade beyond the borders")
                    or (Neighbourhood, "the continental periphery is China's western neighbourhood"),
            },
            /// Circle 7: reforming parts of the international rules-based order.
            InternationalOrder = "international-order" {
                label: "reforming parts of the international rules-based order",
                description: "Changing selected international rules and institutions, not the whole system.",
                verification: verified(CHECKED),
                tier: (Global, "the rules-based order is global"),
                concern: (GlobalOrder, "direct match"),
            },
        }
    }
}
