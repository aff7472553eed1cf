//! Where security priorities conflict, and why.
//!
//! The founding chapter (Pu 2022) argues that Beijing's security priorities
//! conflict, and that pursuing the top one absolutely can undermine its own
//! foundation. This module finds those conflicts and explains each one:
//!
//! - [`Discordances`]: the pairs two hierarchies order in opposite
//!   directions, each named with where each side ranks it, directly or
//!   through a crosswalk onto [`Concern`] or [`Tier`];
//! - [`InversionReport`]: tier inversions, where a lower-tier item is ranked
//!   above a higher-tier one under a crosswalk onto an ordered vocabulary
//!   (see the table below);
//! - [`MajorityReport`]: cycles across several hierarchies (Condorcet
//!   cycles) in their majority graph, with margins, winner and loser;
//! - [`Analysis`]: a [`Scenario`](crate::scenario::Scenario) (actions with
//!   effects on interests and "underpins" dependencies) analysed for
//!   trade-offs, priority inversions, self-undermining chains and a
//!   lexicographic verdict; the chapter's cases are built in
//!   ([`scenario::builtin`](crate::scenario::builtin)).
//!
//! Checking a document for problems is [`check`](crate::check()), below
//! both documents and analyses.
//!
//! ```
//! use security_hierarchy::conflict::majority;
//! use security_hierarchy::scenario::builtin;
//! use security_hierarchy::{Via, corpus};
//!
//! // The chapter's paradox: securitisation harms what regime security rests on.
//! let paradox = builtin::scenario("securitisation-paradox")?;
//! let tiers = Via::Tier.ranking(&corpus::hierarchy("pu-2022")?)?;
//! let analysis = paradox.analyse("pu-2022", &tiers, &Via::Tier);
//! assert!(analysis.actions[0].self_undermining.iter().any(|c| c.links() >= 2));
//!
//! // Several hierarchies on the common ground of concerns.
//! let docs = [corpus::hierarchy("pu-2022")?, corpus::hierarchy("erickson-2019")?];
//! let report = majority(&docs, &Via::Concern)?;
//! assert!(report.is_acyclic());
//! # Ok::<(), security_hierarchy::Error>(())
//! ```
//!
//! # Tier inversions in the built-in corpus
//!
//! Each built-in hierarchy under its own default tier crosswalk (generated
//! from a run of [`tier_inversions`] with [`Via::Tier`](crate::Via::Tier); a test keeps this table
//! in step with the corpus):
//!
#![doc = include_str!("tier_inversions.md")]
//!
//! # Majority cycles in the built-in corpus
//!
//! Generated from a run of [`majority`] with [`Via::Concern`](crate::Via::Concern) and kept in step
//! by a test:
//!
#![doc = include_str!("corpus_majority.md")]

mod cycles;
mod discordance;
mod inversion;
mod report;
pub mod robustness;
mod scenario;

pub use cycles::{Beat, MajorityReport, Standoff, majority};
pub use discordance::{Discordances, TieSplit, discordances};
pub(crate) use inversion::partial_inversions_of;
pub use inversion::{InversionReport, tier_inversions};
pub use report::{Conflicts, NotChecked, conflicts, conflicts_within};
pub use robustness::{
    Conclusion, Conclusions, Contested, Documents, Judged, Robustness, Subject, robustness,
};
pub use scenario::{
    ActionAnalysis, Analysis, Chain, Outcome, PlacedEffect, Priority, Reading, RestsOn, TradeOff,
    Verdict,
};

#[cfg(doc)]
use crate::vocabulary::{Concern, Tier};
