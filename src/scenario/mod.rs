//! Scenarios: actions that advance some interests and harm others, and the
//! "underpins" dependencies between the interests.
//!
//! A [`Scenario`] is analysed against a ranking with [`Scenario::analyse`],
//! directly or through a crosswalk named by a [`Via`](crate::Via). The [`Analysis`](crate::conflict::Analysis) reports, per action:
//!
//! - the **trade-offs**: each advanced interest against each harmed one,
//!   with how the ranking orders them;
//! - the **priority inversions**: a higher-ranked interest harmed to advance
//!   a lower-ranked one;
//! - the **self-undermining chains**: the action harms `X` while advancing
//!   `Y`, and `X` underpins `Y` directly or through a chain of dependencies
//!   (the chapter's paradox). Each chain found is a shortest one (breadth
//!   first with a visited set, so dependency cycles cannot make it loop);
//! - a **verdict** under lexicographic priority (see [`Verdict`](crate::conflict::Verdict)).
//!
//! Every effect and every "underpins" link carries a [`Basis`](crate::hierarchy::Basis):
//! the source's own words (a short quotation and where it stands) or a
//! reading (a one-line rationale). Every finding says which readings it
//! rests on, and [`Scenario::without_readings`] keeps only what the source
//! says, so the two analyses show which conclusions need a reading.
//!
//! Interests the ranking does not contain stay in the effects and
//! trade-offs and are reported as findings; dependency cycles are reported
//! too. [`builtin`] ships the chapter's cases.
//!
//! # The data-file format
//!
//! ```toml
//! id = "control-versus-growth"
//! title = "Tightening control at the cost of growth"
//! summary = "An illustrative case."          # optional
//! citation = "Pu 2022, Conclusion"            # optional
//!
//! # Every interest that effects and dependencies name must be declared.
//! # `tier` and `concern` crosswalks are optional, as in hierarchy files, and
//! # may list contested `alternatives`.
//! [[interests]]
//! id = "party-rule"
//! label = "the Party's hold on power"
//! concern = { target = "party-rule", rationale = "direct match" }
//! tier = { target = "regime", rationale = "regime security itself" }
//!
//! [[interests]]
//! id = "growth"
//! label = "economic growth"
//! concern = { target = "economy", rationale = "direct match" }
//!
//! # "growth underpins party-rule"
//! [[dependencies]]
//! foundation = "growth"
//! underpins = "party-rule"
//! basis = { kind = "reading", rationale = "growth sustains the Party's standing" }
//!
//! [[actions]]
//! id = "tighten-control"
//! label = "Tighten political control"
//! effects = [
//!     { interest = "party-rule", direction = "advances", strength = "strong", basis = { kind = "reading", rationale = "tighter control serves the Party" } },
//!     { interest = "growth", direction = "harms", strength = "moderate", basis = { kind = "words", quote = "weaken China's economic growth", place = "Pu 2022, Conclusion" } },
//! ]
//! ```
//!
//! `direction` is `advances` or `harms`; `strength` is `weak`, `moderate`
//! or `strong`. Every effect and dependency needs a `basis`: `kind =
//! "words"` with `quote` and `place`, or `kind = "reading"` with
//! `rationale` (and optionally `place`). Unknown fields and values outside
//! these scales are parse errors that name the value; a missing basis is an
//! error naming the effect or link.
//!
//! ```
//! use security_hierarchy::scenario::Scenario;
//! let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/scenarios/zero-covid.toml"))?;
//! let s = Scenario::from_toml_str(&text)?;
//! assert_eq!(s.id(), "zero-covid");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod builtin;
mod model;

pub(crate) use model::ScenarioFile;
pub use model::{Action, Dependency, Effect, Interest, Scenario};

use crate::slug::slug_enum;

slug_enum! {
    /// How strongly an action affects an interest: an ordinal scale,
    /// `Weak < Moderate < Strong` (declaration order).
    ///
    /// ```
    /// use security_hierarchy::scenario::Strength;
    /// assert!(Strength::Weak < Strength::Strong);
    /// let err = "huge".parse::<Strength>().unwrap_err();
    /// assert_eq!(err.to_string(), "`huge` is not a strength slug; expected one of: weak, moderate, strong");
    /// ```
    pub enum Strength: "strength" {
        /// A weak effect.
        Weak = "weak",
        /// A moderate effect.
        Moderate = "moderate",
        /// A strong effect.
        Strong = "strong",
    }
}

impl Strength {
    /// The weight used to sum effects within one level: 1, 2 or 3.
    pub const fn weight(self) -> i64 {
        match self {
            Strength::Weak => 1,
            Strength::Moderate => 2,
            Strength::Strong => 3,
        }
    }
}

slug_enum! {
    /// Whether an action advances or harms an interest.
    pub enum Direction: "direction" {
        /// The action serves the interest.
        Advances = "advances",
        /// The action damages the interest.
        Harms = "harms",
    }
}

impl Direction {
    /// `+1` for advancing, `-1` for harming.
    pub const fn sign(self) -> i64 {
        match self {
            Direction::Advances => 1,
            Direction::Harms => -1,
        }
    }
}
