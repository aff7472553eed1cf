//! Shared vocabularies that every hierarchy can be projected onto.
//!
//! [`Tier`] is the founding chapter's own three-tier hierarchy (Pu 2022):
//! regime security above regional security above global security. [`Concern`]
//! is a finer vocabulary of security concerns, so that hierarchies with
//! different items can be compared on common ground. Mapping an item onto
//! either is a scholarly judgement; see [`crate::corpus`] for the defaults and
//! their rationales.

use crate::ranking::Ranking;
use crate::slug::slug_enum;

slug_enum! {
    /// The chapter's three tiers of security, in priority order (Pu 2022):
    /// `Regime` outranks `Regional`, which outranks `Global`.
    ///
    /// The derived `Ord` follows declaration order, so `Regime < Regional`:
    /// smaller means *higher priority*. Use [`Tier::ranking`] for the
    /// priority order as a [`Ranking`].
    ///
    /// ```
    /// use security_hierarchy::Tier;
    /// let t: Tier = "regional".parse()?;
    /// assert_eq!(t, Tier::Regional);
    /// assert_eq!(t.to_string(), "regional");
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub enum Tier: "tier" {
        /// The survival and authority of the Party's rule at home.
        Regime = "regime",
        /// Security in China's own region, Asia.
        Regional = "regional",
        /// Security beyond the region: overseas interests and the world order.
        Global = "global",
    }
}

impl Tier {
    /// The tiers as a strict ranking, regime security first.
    pub fn ranking() -> Ranking<Tier> {
        Ranking::strict(Tier::ALL.iter().copied()).expect("tiers are distinct")
    }

    /// A short human-readable label.
    pub const fn label(self) -> &'static str {
        match self {
            Tier::Regime => "regime security",
            Tier::Regional => "regional security",
            Tier::Global => "global security",
        }
    }
}

slug_enum! {
    /// A finer shared vocabulary of security concerns.
    ///
    /// Unlike [`Tier`], concerns carry no order of their own: a hierarchy's
    /// projection onto them is what orders them. The declaration order only
    /// groups them loosely from domestic to global.
    ///
    /// ```
    /// use security_hierarchy::Concern;
    /// assert_eq!(Concern::MaritimeClaims.to_string(), "maritime-claims");
    /// assert_eq!("party-rule".parse::<Concern>()?, Concern::PartyRule);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub enum Concern: "concern" {
        /// The Party's hold on power and the political system.
        PartyRule = "party-rule",
        /// The security and well-being of the people.
        PeoplesSecurity = "peoples-security",
        /// Domestic order, social stability and control of the heartland.
        SocialStability = "social-stability",
        /// National unity: Xinjiang, Tibet, Hong Kong, Taiwan and the borderlands.
        NationalUnity = "national-unity",
        /// Sovereignty and territorial integrity, land borders and coasts.
        TerritorialIntegrity = "territorial-integrity",
        /// Contested sovereignty claims in the near seas.
        MaritimeClaims = "maritime-claims",
        /// Economic growth and development.
        Economy = "economy",
        /// Environmental sustainability and ecological security.
        Environment = "environment",
        /// Military strength and modernisation.
        Military = "military",
        /// Culture and ideology.
        Culture = "culture",
        /// Science, technology and information security.
        Technology = "technology",
        /// Relations with the neighbouring states, on land and at sea.
        Neighbourhood = "neighbourhood",
        /// Interests, citizens and investments abroad.
        OverseasInterests = "overseas-interests",
        /// The international order and international security.
        GlobalOrder = "global-order",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for c in Concern::ALL {
            assert_eq!(c.slug().parse::<Concern>().unwrap(), *c);
        }
        for t in Tier::ALL {
            assert_eq!(t.to_string().parse::<Tier>().unwrap(), *t);
        }
    }

    #[test]
    fn unknown_slug_lists_choices() {
        let err = "national".parse::<Tier>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "`national` is not a tier slug; expected one of: regime, regional, global"
        );
    }

    #[test]
    fn tier_ranking_puts_regime_first() {
        let r = Tier::ranking();
        assert_eq!(
            r.compare(&Tier::Regime, &Tier::Global),
            Some(std::cmp::Ordering::Greater)
        );
    }
}
