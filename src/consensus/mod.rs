//! One ranking that best represents several: Borda, Copeland, exact
//! Kemeny–Young and a fast heuristic, each reporting what it overrules.
//!
//! # Inputs over different item sets
//!
//! The inputs are weak orders ([`Ranking`]s) that may rank different items.
//! The consensus ranks the union of their items. **An input says nothing
//! about a pair of items it does not contain**: it neither supports nor
//! opposes either order of that pair, and it adds nothing to that pair's
//! cost. An input that *ties* two items supports neither order either.
//!
//! # Cost: Kendall distance with tie penalty `p`
//!
//! Every method reports the total K^(p) distance (Fagin, Kumar, Mahdian,
//! Sivakumar & Vee, "Comparing partial rankings", 2006) from its consensus
//! to the inputs, and each input's share. For a pair `{a, b}` that an input
//! contains, the input's distance grows by
//!
//! | input          | consensus `a` above `b` | consensus ties `a`, `b` |
//! |----------------|-------------------------|-------------------------|
//! | `a` above `b`  | 0                       | p                       |
//! | `b` above `a`  | 1                       | p                       |
//! | ties `a`, `b`  | p                       | 0                       |
//!
//! So for a strict consensus, cost(`a` above `b`) = #inputs putting `b`
//! strictly above `a` + p·#inputs tying them. The tie term is the same for
//! both orders of a pair, so **the strict Kemeny optimum does not depend on
//! `p`**; only the reported costs do.
//!
//! # Ties in the consensus
//!
//! [`Kemeny::allow_ties`] and [`Heuristic::allow_ties`] search weak orders
//! instead: the consensus may tie `a` and `b`, which costs p for every input
//! that orders them. Taken pair by pair, with s(a, b) inputs putting `a`
//! above `b` and t tying them, the tie is cheaper than `a` above `b` when
//! p·(s(a, b) − t) < (1 − p)·s(b, a); at p = ½, when the majority's margin
//! on the pair is smaller than the number of inputs that tie it. The consensus must stay transitive, so
//! the optimum weighs all pairs at once, and unlike the strict optimum it
//! depends on p: at p = 0 tying is free, at p = 1 a tie costs as much as a
//! reversal. A tie in the consensus says that the inputs, taken together,
//! give no reason to put either item first; it never stands for missing
//! data (an input that lacks an item adds nothing to its pairs). `p` defaults to [`DEFAULT_TIE_PENALTY`] = ½
//! (Fagin et al.'s K^(1/2)); any value in [0, 1] may be set, anything else
//! (or NaN) is [`Error::InvalidPenalty`].
//!
//! # Methods
//!
//! | method | builder | result | cost |
//! |---|---|---|---|
//! | Borda | [`Borda`], [`borda`] | weak order | O(m·n + n log n) |
//! | Copeland | [`Copeland`], [`copeland`] | weak order | O(m·n²) |
//! | exact Kemeny–Young | [`Kemeny`], [`kemeny`] | strict, optimal | O(m·n² + Σ 2^k·k) |
//! | `KwikSort` + local search | [`Heuristic`], [`heuristic`] | strict | O(m·n² + passes·m·k²) |
//! | exact Kemeny over weak orders | [`Kemeny::allow_ties`] | weak order, optimal | O(m·n² + Σ 3^k) |
//! | BioConsert-style local search | [`Heuristic::allow_ties`] | weak order | O(m·n² + passes·n²), 16·n² bytes |
//!
//! for m inputs over n items, k the size of each majority component (for
//! weak orders: of each part of the proven split, see [`weak_kemeny`]).
//! Reporting the result (distances and overruled majorities) adds O(m·n²).
//! Memory is O(m·n) (the majority graph keeps each item's levels, not its
//! n² pair counts), except for the BioConsert search's cost tables.
//!
//! Every method fails with [`Error::NoRankings`] on an empty list of inputs.
//! Inputs that are all empty rankings give an empty consensus at cost 0.
//!
//! # Overruled majorities
//!
//! A pair where more inputs put `a` above `b` than `b` above `a` is a
//! *majority* for `a` over `b` (see [`MajorityGraph`]). A consensus that
//! puts `b` strictly above `a` *overrules* it; [`Consensus::overruled`] lists
//! every such pair with its margin. A weak-order consensus (Borda,
//! Copeland) that ties `a` and `b` does not reverse the majority and does not
//! list it.
//!
//! ```
//! use security_hierarchy::{consensus, Ranking};
//! let inputs = [
//!     Ranking::strict(["party", "taiwan", "economy"])?,
//!     Ranking::strict(["party", "economy", "taiwan"])?,
//!     Ranking::strict(["taiwan", "party", "economy"])?,
//! ];
//! let c = consensus::kemeny(&inputs)?;
//! assert_eq!(c.ranking(), &Ranking::strict(["party", "taiwan", "economy"])?);
//! assert_eq!(c.cost(), 2.0);
//! assert_eq!(c.distances(), &[0.0, 1.0, 1.0]);
//! assert!(c.overruled().is_empty());
//! assert_eq!(c.optimality(), consensus::Optimality::Unique);
//! # Ok::<(), security_hierarchy::Error>(())
//! ```
//!
//! [`MajorityGraph`]: crate::majority::MajorityGraph

mod bioconsert;
mod half_tables;
mod heuristic;
mod kemeny;
mod report;
mod scoring;
mod solver;
mod tie_costs;
pub mod weak_kemeny;

pub use heuristic::{Heuristic, heuristic};
pub use kemeny::{DEFAULT_MAX_COMPONENT, Kemeny, MAX_COMPONENT_CEILING, kemeny};
pub use report::{Consensus, Method, Optimality, Overruled};
pub use scoring::{Borda, Copeland, borda, copeland};
pub use solver::{Solver, consensus};
pub use weak_kemeny::{DEFAULT_MAX_TIED_COMPONENT, MAX_TIED_COMPONENT_CEILING};

use crate::compare::check_penalty;
use crate::error::{Error, Result};
use crate::majority::MajorityGraph;
use crate::ranking::{Item, Ranking};

/// The tie penalty `p` used unless a builder sets another: ½, as in
/// Fagin et al. 2006.
pub const DEFAULT_TIE_PENALTY: f64 = 0.5;

/// Checks the inputs and the tie penalty shared by every method, and builds
/// the majority graph (items indexed in first-seen order).
fn prepare<T: Item>(inputs: &[Ranking<T>], p: f64, max_items: usize) -> Result<MajorityGraph<T>> {
    check_penalty(p)?;
    if inputs.is_empty() {
        return Err(Error::NoRankings);
    }
    MajorityGraph::within(inputs, max_items)
}
