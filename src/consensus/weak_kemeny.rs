//! Exact Kemeny–Young over weak orders: the consensus may tie items.
//!
//! # The decomposition
//!
//! Let `above(x, y)` be what putting x strictly above y costs against all
//! inputs, and `tie(x, y)` what tying them costs (see [`super::Kemeny`]'s
//! table of K^(p)). Call x *strictly preferred* to y when
//! `above(x, y) < tie(x, y)` and `above(x, y) < above(y, x)`. Draw an arc
//! y → x whenever x is **not** strictly preferred to y, and take the
//! strongly connected components of that graph in topological order
//! `C1, C2, …`; every item of an earlier component is strictly preferred to
//! every item of a later one.
//!
//! **Theorem.** Every optimal weak order puts each component strictly above
//! the next, so the optima are exactly the concatenations of an optimum of
//! each component (solved alone, over the pairs inside it).
//!
//! *Proof.* Take any weak order π and split the items at a cut `A = C1 ∪ … ∪
//! Ci`, `B` the rest. Let π' list π's levels restricted to A, then π's levels
//! restricted to B. Pairs inside A or inside B keep their relation; every
//! cross pair (a, b) now costs `above(a, b)`, strictly less than whatever
//! other relation π gave it. So π' costs less than π unless π already put A
//! strictly above B. Applying this at every cut shows that an optimum is a
//! concatenation, and its cost is the components' costs plus the fixed cost
//! of the cross pairs, minimised component by component. ∎
//!
//! The argument uses only that the cost is a sum over pairs, so it holds for
//! **every p in [0, 1]** (and for inputs that omit items). It is the
//! strict-inequality form of the partitioning result of Andrieu et al.
//! ("Efficient, robust and effective rank aggregation for massive biological
//! datasets", Future Generation Computer Systems 2021; and the unifying
//! model of Andrieu, Cohen-Boulakia, Couceiro, Denise & Pierrot, IJAR 2023,
//! Prop. 2 and Thm. 4), whose graph draws the arc when "y above x" is merely
//! not the cheapest relation (`≤` in place of `<`). With `≤` some optimum is
//! still a concatenation but not every one is; the strict form used here
//! loses a little splitting power on exact cost ties (notably at p = 0,
//! where tying is free and nothing splits) and in return decides uniqueness
//! exactly: the optimum is unique if and only if every component's is.
//!
//! # The dynamic program over ordered partitions
//!
//! For a component of k items and each subset Q of it, `best(Q)` is the least
//! cost of a weak order of Q (pairs inside Q): over every nonempty L ⊆ Q as
//! its top level,
//! `best(Q) = min_L best(Q \ L) + ties(L) + Σ_{x ∈ L, y ∈ Q \ L} above(x, y)`.
//! The cross sum is `Σ_{x ∈ L} row(x, Q) − inner(L)`, where `row(x, Q)` sums
//! `above(x, ·)` over Q (two half tables, as in the strict method) and
//! `inner(L)` sums both orders of every pair inside L; `ties(L) − inner(L)`
//! is one table over subsets, and `Σ_{x ∈ L} row(x, Q)` grows by one term per
//! subset as the subsets of Q are enumerated. Each (Q, L) pair therefore
//! costs O(1): O(3^k) time and about 55·2^k bytes (55 MiB at k = 20).
//!
//! **Pruning.** A local search first finds a good weak order of the part;
//! its cost U bounds the optimum. A set Q of bottom levels is skipped
//! whenever even the cheapest relation of every pair inside Q and inside the
//! rest, plus the fixed cost of putting the rest above Q, exceeds U: no
//! optimal order ends with Q. This never changes the optimum or the count of
//! optima (every optimal order's sets pass the test), only how many subsets
//! are visited; the worst case stays O(3^k). On the 15-item profile of
//! `benches/peers/ties.sh` it cut the time tenfold.
//!
//! Costs are kept exact as the two counts of `a + p·b`, compared with one
//! rounding (see `tie_costs`), so equal costs are recognised whatever p is.

use std::cmp::Ordering;

use super::bioconsert::part_upper_bound;
use super::half_tables::HalfTables;
use super::prepare;
use super::report::{Consensus, Method, Optimality};
use super::tie_costs::{Packed, TieCosts, compare, value};
use crate::error::{Error, Result};
use crate::graph;
use crate::ranking::{Item, Ranking};

/// The largest part solved exactly over weak orders unless
/// [`super::Kemeny::max_component`] sets another limit: 16 items (3^16 ≈ 43
/// million steps, about 0.2 s).
pub const DEFAULT_MAX_TIED_COMPONENT: usize = 16;

/// The highest limit accepted when the consensus may tie items: 20 items
/// (3^20 ≈ 3.5 billion steps before pruning; about 55 MiB of tables).
pub const MAX_TIED_COMPONENT_CEILING: usize = 20;

/// The exact consensus over weak orders (see [`super::Kemeny::allow_ties`]),
/// refusing a part larger than `limit`. O(m·n² + Σ 3^k).
pub(super) fn solve<T: Item>(
    inputs: &[Ranking<T>],
    p: f64,
    limit: usize,
    max_items: usize,
) -> Result<Consensus<T>> {
    if !(1..=MAX_TIED_COMPONENT_CEILING).contains(&limit) {
        return Err(Error::InvalidComponentLimit {
            limit,
            ceiling: MAX_TIED_COMPONENT_CEILING,
        });
    }
    let graph = prepare(inputs, p, max_items)?;
    let costs = TieCosts::new(&graph);
    let parts = parts(&costs, graph.len(), p);
    if let Some(big) = parts.iter().map(Vec::len).max() {
        if big > limit {
            return Err(Error::TooLargeForTies {
                size: big,
                limit,
                ceiling: MAX_TIED_COMPONENT_CEILING,
            });
        }
    }
    let mut levels = Vec::with_capacity(graph.len());
    let mut unique = true;
    for part in &parts {
        let (best, alone) = solve_part(&costs, part, p);
        unique &= alone;
        levels.extend(best);
    }
    let optimality = if unique {
        Optimality::Unique
    } else {
        Optimality::Multiple
    };
    Consensus::measure(Method::Kemeny, &graph, inputs, &levels, p, optimality)
}

/// The parts of the proven decomposition, best first (indices into the
/// costs' items, each part in increasing order). O(m·n²) time, O(n) memory.
pub(super) fn parts(costs: &TieCosts, n: usize, p: f64) -> Vec<Vec<usize>> {
    graph::components(&NotPreferred { costs, n, p })
}

/// Arc y → x when x is not strictly preferred to y. Items in different
/// parts are always joined one way, so the order of the parts is unique.
/// Arcs are computed when read, not stored.
struct NotPreferred<'c, 'g> {
    costs: &'c TieCosts<'g>,
    n: usize,
    p: f64,
}

impl graph::Successors for NotPreferred<'_, '_> {
    fn nodes(&self) -> usize {
        self.n
    }

    fn successor(&self, y: usize, at: usize, skip: &[bool]) -> Option<(usize, usize)> {
        (at..self.n)
            .find(|&x| !skip[x] && x != y && !self.costs.strictly_above(x, y, self.p))
            .map(|x| (x, x + 1))
    }
}

/// One optimal weak order of `part` (levels of item indices, best first)
/// and whether it is the only optimal one. O(3^k) time and about 55·2^k
/// bytes for k items; k ≤ 32.
pub(super) fn solve_part(costs: &TieCosts, part: &[usize], p: f64) -> (Vec<Vec<usize>>, bool) {
    let k = part.len();
    if k == 1 {
        return (vec![part.to_vec()], true);
    }
    let rows = HalfTables::new(k, |i, j| costs.above(part[i], part[j]));
    let (level, level_value) = level_costs(costs, part, p);
    let skipped = skipped_sets(costs, part, p);

    let full = (1usize << k) - 1;
    let mut best = vec![0 as Packed; full + 1];
    let mut best_value = vec![0f64; full + 1];
    let mut top = vec![0u32; full + 1];
    let mut several = vec![false; full + 1];
    // Scratch, indexed by the rank of a subset of Q among Q's subsets.
    let mut mask = vec![0usize; full + 1];
    let mut row_sum = vec![0f64; full + 1];
    let mut members = Vec::with_capacity(k);
    let mut row_of = vec![0 as Packed; k];
    let mut row_value = Vec::with_capacity(k);
    for q in 1..=full {
        if skipped[q] {
            best[q] = Packed::MAX / 4;
            best_value[q] = f64::INFINITY;
            continue;
        }
        members.clear();
        row_value.clear();
        for x in bits_of(q) {
            members.push(x);
            row_of[x] = rows.sum(x, q);
            row_value.push(value(row_of[x], p));
        }
        let (mut arg, mut cost, mut count) = (0usize, Packed::MAX, 0u32);
        // Each candidate's cost is kept exact (packed) and as a plain
        // number; the numbers screen out clearly worse candidates, and only
        // near-best ones are compared exactly. Finite, so that candidates
        // resting on a skipped set never pass.
        let mut cutoff = f64::MAX;
        for i in 1usize..(1 << members.len()) {
            let t = i.trailing_zeros() as usize;
            let prev = i & (i - 1);
            let l = mask[prev] | (1 << members[t]);
            mask[i] = l;
            row_sum[i] = row_sum[prev] + row_value[t];
            let v = best_value[q ^ l] + level_value[l] + row_sum[i];
            if v > cutoff {
                continue;
            }
            let rows_of_l: Packed = bits_of(l).map(|x| row_of[x]).sum();
            let candidate = best[q ^ l].wrapping_add(level[l]).wrapping_add(rows_of_l);
            match compare(candidate, cost, p) {
                Ordering::Less => {
                    (arg, cost, count) = (l, candidate, 1);
                    let exact = value(candidate, p);
                    cutoff = exact + 1e-9 * (1.0 + exact);
                }
                Ordering::Equal => count += 1,
                Ordering::Greater => {}
            }
        }
        best[q] = cost;
        best_value[q] = value(cost, p);
        top[q] = arg as u32;
        several[q] = count > 1 || several[q ^ arg];
    }
    let mut levels = Vec::new();
    let mut q = full;
    while q != 0 {
        let l = top[q] as usize;
        levels.push(bits_of(l).map(|x| part[x]).collect());
        q ^= l;
    }
    (levels, !several[full])
}

/// The indices of the set bits of `mask`, lowest first.
fn bits_of(mut mask: usize) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (mask != 0).then(|| {
            let x = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            x
        })
    })
}

/// For every subset L of `part` taken as one level: `ties(L) − inner(L)`,
/// exact (packed, wrapping: every sum it enters is a genuine cost, so the
/// packed counts come out right) and as a plain number. O(2^k) time and
/// 16·2^k bytes kept.
fn level_costs(costs: &TieCosts, part: &[usize], p: f64) -> (Vec<Packed>, Vec<f64>) {
    let k = part.len();
    let full = (1usize << k) - 1;
    let inner = HalfTables::new(k, |i, j| {
        costs.above(part[i], part[j]) + costs.above(part[j], part[i])
    });
    let ties = HalfTables::new(k, |i, j| costs.tie(part[i], part[j]));
    let mut level = vec![0 as Packed; full + 1];
    let (mut tie_sum, mut inner_sum) = (vec![0 as Packed; full + 1], vec![0 as Packed; full + 1]);
    for l in 1..=full {
        let b = l.trailing_zeros() as usize;
        let rest = l & (l - 1);
        tie_sum[l] = tie_sum[rest] + ties.sum(b, rest);
        inner_sum[l] = inner_sum[rest] + inner.sum(b, rest);
        level[l] = tie_sum[l].wrapping_sub(inner_sum[l]);
    }
    let level_value = (0..=full)
        .map(|l| value(tie_sum[l], p) - value(inner_sum[l], p))
        .collect();
    (level, level_value)
}

/// Bound pruning: `skipped[Q]` when the set Q of bottom levels lies on no
/// optimal path, because a lower bound on every weak order with bottom set
/// Q (the least relation of each pair inside Q and inside the rest, plus
/// the fixed cost of the rest above Q) exceeds the cost of a known weak
/// order. The sets of every optimal order pass the test, so the optimum and
/// the count of optima are unchanged. O(2^k) time and 17·2^k bytes at most,
/// 2^k kept.
fn skipped_sets(costs: &TieCosts, part: &[usize], p: f64) -> Vec<bool> {
    let k = part.len();
    let full = (1usize << k) - 1;
    let above = |i: usize, j: usize| value(costs.above(part[i], part[j]), p);
    let upper = part_upper_bound(costs, part, p);
    let cutoff = upper + 1e-9 * (1.0 + upper);
    let least_rows = HalfTables::new(k, |i, j| {
        above(i, j)
            .min(above(j, i))
            .min(value(costs.tie(part[i], part[j]), p))
    });
    let above_rows = HalfTables::new(k, above);
    let above_cols = HalfTables::new(k, |i, j| above(j, i));
    // least_in[Q]: Σ over pairs inside Q of the least relation; rest_above[Q]:
    // Σ over x outside Q and y in Q of above(x, y).
    let mut least_in = vec![0f64; full + 1];
    let mut rest_above = vec![0f64; full + 1];
    for q in 1..=full {
        let b = q.trailing_zeros() as usize;
        let rest = q & (q - 1);
        least_in[q] = least_in[rest] + least_rows.sum(b, rest);
        rest_above[q] = rest_above[rest] + above_cols.sum(b, full ^ q) - above_rows.sum(b, rest);
    }
    (0..=full)
        .map(|q| q != 0 && least_in[q] + rest_above[q] + least_in[full ^ q] > cutoff)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::majority::MajorityGraph;
    use crate::strategies;
    use proptest::prelude::*;

    /// The cost of `levels` from the table (pairs inside them only).
    fn cost_of(costs: &TieCosts, levels: &[Vec<usize>], p: f64) -> f64 {
        let mut sum = 0.0;
        for (i, upper) in levels.iter().enumerate() {
            for (k, &x) in upper.iter().enumerate() {
                for &y in &upper[k + 1..] {
                    sum += value(costs.tie(x, y), p);
                }
                for lower in &levels[i + 1..] {
                    for &y in lower {
                        sum += value(costs.above(x, y), p);
                    }
                }
            }
        }
        sum
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Solving part by part gives the same least cost, and the same
        /// verdict on uniqueness, as solving all items as one part.
        #[test]
        fn the_split_loses_nothing(
            inputs in (2..=8u32).prop_flat_map(|n| proptest::collection::vec(
                strategies::weak_ranking_of_subset((0..n).collect()), 1..=7)),
            p in prop_oneof![Just(0.0), Just(0.5), Just(1.0), 0.0..=1.0f64],
        ) {
            let graph = MajorityGraph::new(&inputs);
            let costs = TieCosts::new(&graph);
            let n = graph.len();
            let all: Vec<usize> = (0..n).collect();
            let (whole, whole_unique) = solve_part(&costs, &all, p);
            let (mut split, mut split_unique) = (Vec::new(), true);
            for part in parts(&costs, n, p) {
                let (levels, unique) = solve_part(&costs, &part, p);
                split.extend(levels);
                split_unique &= unique;
            }
            let (a, b) = (cost_of(&costs, &whole, p), cost_of(&costs, &split, p));
            prop_assert!((a - b).abs() < 1e-9, "whole {} split {}", a, b);
            prop_assert_eq!(whole_unique, split_unique);
        }
    }

    #[test]
    fn a_unanimous_order_splits_into_single_items_unless_ties_are_free() {
        let inputs = [
            Ranking::strict([0, 1, 2, 3]).unwrap(),
            Ranking::new(vec![vec![0], vec![1, 2], vec![3]]).unwrap(),
        ];
        let graph = MajorityGraph::new(&inputs);
        let costs = TieCosts::new(&graph);
        // 1 and 2: ordered once, tied once. Above costs p, tying costs p.
        assert_eq!(parts(&costs, 4, 0.5), vec![vec![0], vec![1, 2], vec![3]]);
        // At p = 0 tying is free, so nothing is strictly best.
        assert_eq!(parts(&costs, 4, 0.0), vec![vec![0, 1, 2, 3]]);
    }
}
