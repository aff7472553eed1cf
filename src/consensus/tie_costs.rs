//! What each relation of a pair costs when the consensus may tie items:
//! the table shared by the exact method over weak orders and its heuristic.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::majority::MajorityGraph;
use crate::ranking::{Item, Ranking};

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
pub(super) struct TieCosts {
    n: usize,
    above: Vec<Packed>,
    tie: Vec<Packed>,
}

impl TieCosts {
    /// O(m·n²) for m inputs over n items.
    pub(super) fn new<T: Item>(graph: &MajorityGraph<T>, inputs: &[Ranking<T>]) -> Self {
        let n = graph.len();
        let index: HashMap<&T, usize> = graph.items().enumerate().map(|(i, x)| (x, i)).collect();
        // both[i * n + j]: inputs containing both i and j.
        let mut both = vec![0u32; n * n];
        for input in inputs {
            let members: Vec<usize> = input.items().map(|x| index[x]).collect();
            for &i in &members {
                for &j in &members {
                    both[i * n + j] += 1;
                }
            }
        }
        let mut above = vec![0; n * n];
        let mut tie = vec![0; n * n];
        for i in 0..n {
            for j in 0..n {
                if i == j {
                    continue;
                }
                let (ij, ji) = (graph.support_at(i, j), graph.support_at(j, i));
                let tied = both[i * n + j] - ij - ji;
                above[i * n + j] = pack(ji, tied);
                tie[i * n + j] = pack(0, ij + ji);
            }
        }
        Self { n, above, tie }
    }

    /// The cost of putting `x` strictly above `y`.
    pub(super) fn above(&self, x: usize, y: usize) -> Packed {
        self.above[x * self.n + y]
    }

    /// The cost of tying `x` and `y`.
    pub(super) fn tie(&self, x: usize, y: usize) -> Packed {
        self.tie[x * self.n + y]
    }

    /// Whether putting `x` strictly above `y` costs strictly less than both
    /// tying them and putting `y` above `x`.
    pub(super) fn strictly_above(&self, x: usize, y: usize, p: f64) -> bool {
        let a = self.above(x, y);
        compare(a, self.tie(x, y), p).is_lt() && compare(a, self.above(y, x), p).is_lt()
    }
}
