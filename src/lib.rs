#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod compare;
pub mod conflict;
pub mod consensus;
pub mod corpus;
mod error;
pub mod hierarchy;
pub mod inference;
pub mod majority;
mod partial_order;
pub mod plot;
mod ranking;
mod rng;
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
