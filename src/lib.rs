//! Typed, sourced rankings of security priorities: compare them, find where
//! they conflict, and build a consensus.
//!
//! Analysts of Chinese foreign and security policy argue about what Beijing
//! ranks above what. This crate encodes the published hierarchies (the
//! founding chapter's three tiers, Erickson's six interests, Rudd's
//! concentric circles, Xi's holistic view, ...) as typed rankings that carry
//! their sources, and lets analysts add their own as TOML or JSON files.
//!
//! # Quick start
//!
//! ```
//! use security_hierarchy::corpus::{BuiltinHierarchy, EricksonInterest};
//! use security_hierarchy::{Ranking, Tier};
//!
//! // A weak order: levels, highest priority first.
//! let mine = Ranking::new(vec![vec!["party"], vec!["taiwan", "growth"], vec!["world"]])?;
//! assert!(!mine.is_strict());
//!
//! // A built-in hierarchy, projected onto the chapter's three tiers.
//! let erickson = EricksonInterest::ranking().expect("Erickson 2019 is ranked");
//! let tiers = erickson.project("tier", |x| Some(x.tier().target))?;
//! assert_eq!(tiers.ranking(), &Tier::ranking());
//! assert!(tiers.inversions_against(&Tier::ranking())?.is_empty());
//! # Ok::<(), security_hierarchy::Error>(())
//! ```
//!
//! # Scope
//!
//! - [`Ranking`] (weak orders) and [`PartialOrder`] (stated precedences);
//! - the vocabularies [`Tier`] and [`Concern`], and the built-in
//!   [`corpus`] with sources, verification marks and crosswalks;
//! - [`Hierarchy`] documents, loaded from and saved to TOML and JSON;
//! - the [`majority`] graph of several rankings, with its Condorcet cycles;
//! - [`consensus`] rankings (Borda, Copeland, exact Kemeny–Young, a fast
//!   heuristic) with the majorities they overrule;
//! - with the `proptest` feature, the `strategies` module for
//!   generating rankings in your own property tests.
//!
//! Item text is a kebab-case slug everywhere (`Display`, `FromStr`, serde).
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod consensus;
pub mod corpus;
mod error;
pub mod hierarchy;
pub mod majority;
mod partial_order;
mod ranking;
mod slug;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
mod vocabulary;

pub use corpus::BuiltinHierarchy;
pub use error::{Error, Format, Result};
pub use hierarchy::{Entry, Hierarchy};
pub use partial_order::{PartialOrder, Violation};
pub use ranking::{Inversion, Item, Projection, Ranking};
pub use vocabulary::{Concern, Tier};
