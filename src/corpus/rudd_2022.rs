//! Rudd 2022: ten concentric circles of interest, the innermost first.

use super::define::builtin;

const TITLE_CHECKED: &str = "the chapter title, as given in secondary texts on the book; \
                             the book itself was not checked";
const TITLE_CATALOGUE: &str = "the chapter title, as listed in a public library catalogue's table \
                               of contents for the book; the book itself was not checked";
const TITLE_AND_CONTENT: &str = "the chapter title, as listed in a public library catalogue's \
                                 table of contents, and the circle's content, as described in \
                                 secondary texts on the book; the book itself was not checked";

builtin! {
    /// Kevin Rudd's ten concentric circles of interest in Xi Jinping's
    /// worldview (*The Avoidable War*, 2022), from the innermost (most
    /// important) outward. Rudd likens the scheme to Maslow's hierarchy of
    /// needs.
    ///
    /// Circles 1–9 were checked: the chapter titles of circles 1, 2, 3 and 5
    /// against secondary texts on the book, those of circles 4 and 6–9
    /// against a public library catalogue's table of contents, and the
    /// content of circles 6 and 7 against secondary texts. Circle 10 was not
    /// checked and is marked unverified.
    ///
    /// One reader describes the circles as presented in a rough order rather
    /// than as a strict ranking; the library models them as a strict ranking,
    /// and that is a reading.
    ///
    /// ```
    /// use security_hierarchy::corpus::{BuiltinHierarchy, RuddCircle};
    /// let r = RuddCircle::ranking().expect("a strict ranking");
    /// assert_eq!(r.items().next(), Some(&RuddCircle::StayingInPower));
    /// assert!(!RuddCircle::GlobalOrder.verification().is_verified());
    /// ```
    pub enum RuddCircle: "Rudd 2022 circle" {
        id: "rudd-2022",
        title: "Ten concentric circles of interest",
        source: {
            author: "Kevin Rudd",
            year: 2022,
            title: "The Avoidable War: The Dangers of a Catastrophic Conflict between the U.S. \
                    and Xi Jinping's China",
            venue: "PublicAffairs, New York, ch. 3 and chs. 4–13",
            note: "circles 1–9 checked against secondary texts and a library catalogue; 10 not \
                   checked; modelling the circles as a strict ranking is a reading (one reader \
                   calls the order rough)",
        },
        order: strict,
        items: {
            /// Circle 1: the politics of staying in power.
            StayingInPower = "staying-in-power" {
                label: "the politics of staying in power",
                description: "Keeping the Party and its leadership in power: the innermost circle.",
                verification: verified(
                    "the chapter title, as given in secondary texts on the book and in Pu 2022; \
                     the book itself was not checked"
                ),
                tier: (Regime, "staying in power is regime security itself"),
                concern: (PartyRule, "direct match"),
            },
            /// Circle 2: securing national unity (Xinjiang, Tibet, Hong Kong, Taiwan).
            NationalUnity = "national-unity" {
                label: "securing national unity",
                description: "Holding Xinjiang, Tibet and Hong Kong and bringing Taiwan under Beijing's rule.",
                verification: verified(TITLE_CHECKED),
                tier: (Regime, "Beijing treats these regions as internal matters tied to its legitimacy")
                    or (Regional, "Taiwan, part of this circle, is placed under regional security in the chapter"),
                concern: (NationalUnity, "direct match"),
            },
            /// Circle 3: ensuring economic prosperity.
            EconomicProsperity = "economic-prosperity" {
                label: "ensuring economic prosperity",
                description: "Sustaining the growth on which living standards and the Party's standing rest.",
                verification: verified(TITLE_CHECKED),
                tier: (Regime, "growth underpins the Party's domestic legitimacy"),
                concern: (Economy, "direct match"),
            },
            /// Circle 4: making growth environmentally sustainable.
            EnvironmentalSustainability = "environmental-sustainability" {
                label: "making economic development environmentally sustainable",
                description: "Keeping growth from wrecking the air, water and land it depends on.",
                verification: verified(TITLE_CATALOGUE),
                tier: (Regime, "pollution is a domestic grievance that bears on regime stability"),
                concern: (Environment, "direct match"),
            },
            /// Circle 5: modernizing the military.
            MilitaryModernization = "military-modernization" {
                label: "modernizing the military",
                description: "Turning the armed forces into a modern fighting force.",
                verification: verified(TITLE_CHECKED),
                tier: (Regional, "the forces are built above all for contingencies in Asia, Taiwan first"),
                concern: (Military, "direct match"),
            },
            /// Circle 6: relations with China's neighbouring states.
            NeighbouringStates = "neighbouring-states" {
                label: "managing China's neighborhood",
                description: "Keeping the bordering countries friendly, and where possible deferential.",
                verification: verified(TITLE_AND_CONTENT),
                tier: (Regional, "the neighbours are China's own region"),
                concern: (Neighbourhood, "direct match"),
            },
            /// Circle 7: the eastern maritime periphery.
            MaritimePeriphery = "maritime-periphery" {
                label: "securing China's maritime periphery—the Western Pacific, the Indo-Pacific, and the Quad",
                description: "Pushing U.S. power back from the western Pacific and loosening its alliances.",
                verification: verified(TITLE_AND_CONTENT),
                tier: (Regional, "the eastern seas and U.S. allies there lie within Asia"),
                concern: (MaritimeClaims, "the eastern seas hold the disputed claims that U.S. power and alliances bear on"),
            },
            /// Circle 8: the western continental periphery and the Belt and Road.
            WesternPeriphery = "western-periphery" {
                label: "going west—the Belt and Road Initiative",
                description: "Extending influence westward across Eurasia through the Belt and Road.",
                verification: verified(TITLE_CATALOGUE),
                tier: (Regional, "the continental periphery lies in Asia, though the Belt and Road reaches further")
                    or (Global, "the Belt and Road reaches beyond Asia to Europe and Africa"),
                concern: (OverseasInterests, "the Belt and Road is investment and trade routes abroad")
                    or (Neighbourhood, "the continental periphery is China's western neighbourhood"),
            },
            /// Circle 9: leverage across Europe, Africa and Latin America, and an Arctic foothold.
            LeverageAbroad = "leverage-abroad" {
                label: "increasing Chinese leverage across Europe, Africa, and Latin America and gaining an Arctic foothold",
                description: "Building China's leverage in Europe, Africa and Latin America, and a foothold in the Arctic.",
                verification: verified(TITLE_CATALOGUE),
                tier: (Global, "Europe, Africa, Latin America and the Arctic lie beyond Asia"),
                concern: (OverseasInterests, "leverage and footholds far from China's borders")
                    or (GlobalOrder, "leverage across several continents bears on the international order"),
            },
            /// Circle 10: changing the global rules-based order.
            GlobalOrder = "global-order" {
                label: "changing the global rules-based order",
                description: "Reshaping international institutions and norms toward China's preferences.",
                verification: unverified(
                    "one reader's review lists it as the tenth circle; the catalogue record is cut \
                     off before it, and the book itself was not checked"
                ),
                tier: (Global, "the rules-based order is global"),
                concern: (GlobalOrder, "direct match"),
            },
        }
    }
}
