#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod check;
pub mod compare;
pub mod conflict;
pub mod consensus;
pub mod corpus;
mod error;
mod finding;
mod format;
mod graph;
pub mod hierarchy;
pub mod inference;
pub mod limit;
pub mod majority;
mod partial_order;
pub mod plot;
mod ranking;
mod rng;
pub mod scenario;
mod slug;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
mod via;
mod vocabulary;

pub use check::{
    Check, check, check_file, check_file_within, check_hierarchy_text, check_scenario_text,
    check_text, check_text_within,
};
pub use corpus::BuiltinHierarchy;
pub use error::{Error, Format, Result};
pub use finding::Finding;
pub use format::save_text;
pub use hierarchy::{Entry, Hierarchy};
pub use partial_order::{ImpliedPrecedences, PartialOrder, Violation};
pub use ranking::{Inversion, Item, Levels, MAX_RANKING_ITEMS, Projection, Ranking};
pub use via::{Crosswalk, Via};
pub use vocabulary::{Concern, Tier};
