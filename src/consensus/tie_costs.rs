//! What each relation of a pair costs when the consensus may tie items:
//! the table shared by the exact method over weak orders and its heuristic.

use std::cmp::Ordering;

use crate::majority::{MajorityGraph, Votes};
use crate::ranking::Item;

/// A cost `a + p·b` kept exact as the two counts packed in one word,
/// `a << 32 | b`: sums of packed costs add both counts at once. Each count
/// is at most m·k²/4 for m inputs and a part of k items, far below 2^32 for
/// any profile whose support counts fit the majority graph's `u32`s and a
/// part of at most 32 items.
pub(super) type Packed = u64;

/// `a + p·b` as two exact counts.
pub(super) fn pack(ones: u32, penalties: u32) -> Packed {
    (u64::from(ones) << 32) | u64::from(penalties)
}

/// The real value `a + p·b` (rounded once per operation).
pub(super) fn value(cost: Packed, p: f64) -> f64 {
    (cost >> 32) as f64 + p * (cost & 0xFFFF_FFFF) as f64
}

/// Compares two packed costs exactly: the sign of `Δa + p·Δb` computed with
/// one rounding (a fused multiply-add), which never turns a nonzero value
/// into zero or flips its sign.
pub(super) fn compare(x: Packed, y: Packed, p: f64) -> Ordering {
    if x == y {
        return Ordering::Equal;
    }
    let da = (x >> 32) as f64 - (y >> 32) as f64;
    let db = (x & 0xFFFF_FFFF) as f64 - (y & 0xFFFF_FFFF) as f64;
    p.mul_add(db, da).total_cmp(&0.0)
}

/// For every ordered pair of items (the graph's indices), what the
/// consensus pays against all inputs for each relation of the pair, under
/// K^(p). An input that lacks either item adds nothing.
///
/// * `above(x, y)`: x strictly above y costs 1 per input putting y above x,
///   and p per input tying them;
/// * `tie(x, y)`: tying them costs p per input that orders them.
///
/// Read from the majority graph's pair counts when asked: O(m) per query,
/// no table.
#[derive(Clone, Copy)]
pub(super) struct TieCosts<'g> {
    votes: Votes<'g>,
}

impl<'g> TieCosts<'g> {
    pub(super) fn new<T: Item>(graph: &'g MajorityGraph<T>) -> Self {
        Self {
            votes: graph.votes(),
        }
    }

    /// The cost of putting `x` strictly above `y` (0 when x = y).
    pub(super) fn above(&self, x: usize, y: usize) -> Packed {
        self.all(x, y).0
    }

    /// The cost of tying `x` and `y` (0 when x = y).
    pub(super) fn tie(&self, x: usize, y: usize) -> Packed {
        self.all(x, y).2
    }

    /// The costs of `x` above `y`, `y` above `x`, and a tie, from one
    /// reading of the votes.
    pub(super) fn all(&self, x: usize, y: usize) -> (Packed, Packed, Packed) {
        let v = self.votes.at(x, y);
        (
            pack(v.below, v.tied),
            pack(v.above, v.tied),
            pack(0, v.above + v.below),
        )
    }

    /// Whether putting `x` strictly above `y` costs strictly less than both
    /// tying them and putting `y` above `x`.
    pub(super) fn strictly_above(&self, x: usize, y: usize, p: f64) -> bool {
        let a = self.above(x, y);
        compare(a, self.tie(x, y), p).is_lt() && compare(a, self.above(y, x), p).is_lt()
    }
}
