//! Local search over weak orders for a consensus that may tie items, in the
//! manner of BioConsert (Cohen-Boulakia, Denise & Hamel, "Using medians to
//! generate consensus rankings for biological data", SSDBM 2011).

use std::collections::HashMap;

use super::heuristic::order_by_components;
use super::prepare;
use super::report::{Consensus, Method, Optimality};
use super::scoring::{borda_scores, levels_by_score};
use super::tie_costs::{TieCosts, value};
use crate::error::Result;
use crate::majority::MajorityGraph;
use crate::ranking::{Item, Ranking};
use crate::rng::SplitMix64;

/// The most passes over all items one local search makes; each pass is
/// O(n²), and searches in practice settle within a few dozen.
pub(super) const MAX_PASSES: usize = 200;

/// The tie-aware heuristic (see [`super::Heuristic::allow_ties`]).
/// O(m·n² + starts·passes·n²).
pub(super) fn solve<T: Item>(
    inputs: &[Ranking<T>],
    p: f64,
    seed: u64,
    max_items: usize,
) -> Result<Consensus<T>> {
    let graph = prepare(inputs, p, max_items)?;
    let n = graph.len();
    let costs = Costs::new(&TieCosts::new(&graph), n, p);
    let mut best: Option<(f64, Vec<usize>)> = None;
    for start in starts(&graph, inputs, &costs, seed) {
        let mut level = start;
        let cost = costs.search(&mut level);
        if best.as_ref().is_none_or(|(b, _)| cost < *b) {
            best = Some((cost, level));
        }
    }
    let levels = match best {
        Some((_, level)) => to_levels(&level),
        None => Vec::new(),
    };
    Consensus::measure(
        Method::Heuristic,
        &graph,
        inputs,
        &levels,
        p,
        Optimality::NotProven,
    )
}

/// The starting points, each as every item's level: the input ranking
/// closest to all inputs (items it lacks tied below its last level), the
/// Borda ranking, the strict heuristic's ranking, and a seeded random
/// strict ranking.
fn starts<T: Item>(
    graph: &MajorityGraph<T>,
    inputs: &[Ranking<T>],
    costs: &Costs,
    seed: u64,
) -> Vec<Vec<usize>> {
    let n = graph.len();
    let index: HashMap<&T, usize> = graph.items().enumerate().map(|(i, x)| (x, i)).collect();
    let mut out = Vec::new();
    let best_input = inputs
        .iter()
        .map(|input| {
            let mut level = vec![input.levels().len(); n];
            for (l, xs) in input.levels().enumerate() {
                for x in xs {
                    level[index[x]] = l;
                }
            }
            normalise(&mut level);
            (costs.total(&level), level)
        })
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, level)) = best_input {
        out.push(level);
    }
    out.push(from_levels(
        n,
        &levels_by_score(&borda_scores(graph, inputs)),
    ));

    let mut rng = SplitMix64::new(seed);
    let order = order_by_components(graph, &mut rng);
    out.push(from_order(n, &order));

    let mut shuffled: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut shuffled);
    out.push(from_order(n, &shuffled));
    out
}

/// The cost of a good weak order of `part` (pairs inside it only): local
/// search from all items tied and from the order of `part`, the cheaper
/// result. An upper bound for the exact method to prune with. O(passes·k²).
pub(super) fn part_upper_bound(exact: &TieCosts, part: &[usize], p: f64) -> f64 {
    let k = part.len();
    let costs = Costs::of(exact, part, p);
    let mut tied = vec![0; k];
    let mut ordered: Vec<usize> = (0..k).collect();
    let a = costs.search(&mut tied);
    let b = costs.search(&mut ordered);
    a.min(b)
}

/// Pairwise costs as plain numbers, row-major, relative to every item
/// standing above every later one: `rise[x][y]` = above(y, x) − above(x, y),
/// what putting x below y rather than above it adds, and `join[x][y]` =
/// tie(x, y) − above(x, y). `base` = Σ over x < y of above(x, y). A search
/// reads rows only.
struct Costs {
    n: usize,
    base: f64,
    rise: Vec<f64>,
    join: Vec<f64>,
}

impl Costs {
    fn new(exact: &TieCosts, n: usize, p: f64) -> Self {
        Self::of(exact, &(0..n).collect::<Vec<_>>(), p)
    }

    /// The costs among `items` only, renumbered 0, 1, … in their order.
    fn of(exact: &TieCosts, items: &[usize], p: f64) -> Self {
        let n = items.len();
        let mut base = 0.0;
        let mut rise = vec![0.0; n * n];
        let mut join = vec![0.0; n * n];
        // Row by row (writes in order), one reading of the votes per entry.
        for (i, &x) in items.iter().enumerate() {
            for (j, &y) in items.iter().enumerate() {
                if i != j {
                    let (up, down, tie) = exact.all(x, y);
                    let up = value(up, p);
                    if i < j {
                        base += up;
                    }
                    rise[i * n + j] = value(down, p) - up;
                    join[i * n + j] = value(tie, p) - up;
                }
            }
        }
        Self {
            n,
            base,
            rise,
            join,
        }
    }

    /// The total cost of the weak order given by every item's level. O(n²).
    fn total(&self, level: &[usize]) -> f64 {
        let n = self.n;
        let mut sum = self.base;
        for x in 0..n {
            let row = x * n;
            for y in x + 1..n {
                sum += match level[x].cmp(&level[y]) {
                    std::cmp::Ordering::Less => 0.0,
                    std::cmp::Ordering::Greater => self.rise[row + y],
                    std::cmp::Ordering::Equal => self.join[row + y],
                };
            }
        }
        sum
    }

    /// Moves single items, each to the existing level or the new level
    /// (between two levels, or at either end) that lowers the cost most,
    /// until no move lowers it or [`MAX_PASSES`] passes are done. Returns the
    /// final cost. O(n²) per pass.
    fn search(&self, level: &mut [usize]) -> f64 {
        let n = self.n;
        let mut levels = level.iter().max().map_or(0, |&l| l + 1);
        let mut count = vec![0usize; levels];
        for &l in level.iter() {
            count[l] += 1;
        }
        // Relative to x above everything else: what the cost rises by for
        // each item of a level x goes below (`rise`) or joins (`join`).
        let (mut rise, mut join) = (Vec::new(), Vec::new());
        for _ in 0..MAX_PASSES {
            let mut moved = false;
            for x in 0..n {
                rise.clear();
                rise.resize(levels, 0.0);
                join.clear();
                join.resize(levels, 0.0);
                let row = x * n..(x + 1) * n;
                let rows = self.rise[row.clone()].iter().zip(&self.join[row]);
                // The diagonal entries are 0, so x itself adds nothing.
                for (&l, (&r, &j)) in level.iter().zip(rows) {
                    rise[l] += r;
                    join[l] += j;
                }
                let here = level[x];
                // Turn `rise` into prefix sums: rise[g] = cost of x below
                // levels 0..g; and `join[g]` into the cost of joining level g.
                let mut above = 0.0;
                for (r, j) in rise.iter_mut().zip(join.iter_mut()) {
                    let step = *r;
                    *r = above;
                    *j += above;
                    above += step;
                }
                rise.push(above);
                let current = join[here];
                // Most items stay put once the search settles: screen by the
                // least cost (independent accumulators, no index), and look
                // for where it is only when it beats staying.
                let least = least_of(&rise).min(least_of(&join));
                if least >= current - 1e-9 * (1.0 + current.abs()) {
                    continue;
                }
                // (cost, target level, whether the target is a new level)
                let mut best = (f64::INFINITY, 0usize, false);
                for g in 0..=levels {
                    if rise[g] < best.0 {
                        best = (rise[g], g, true);
                    }
                    if g < levels && join[g] < best.0 {
                        best = (join[g], g, false);
                    }
                }
                let (_, target, fresh) = best;
                moved = true;
                if fresh {
                    for l in level.iter_mut() {
                        if *l >= target {
                            *l += 1;
                        }
                    }
                    level[x] = target;
                    count.insert(target, 0);
                    levels += 1;
                } else {
                    level[x] = target;
                }
                let old = if fresh && here >= target {
                    here + 1
                } else {
                    here
                };
                count[old] -= 1;
                count[level[x]] += 1;
                if count[old] == 0 {
                    count.remove(old);
                    levels -= 1;
                    for l in level.iter_mut() {
                        if *l > old {
                            *l -= 1;
                        }
                    }
                }
            }
            if !moved {
                break;
            }
        }
        self.total(level)
    }
}

/// The least of `values` (+∞ for none), with four independent running
/// minima so that the comparisons do not wait on each other.
fn least_of(values: &[f64]) -> f64 {
    let mut m = [f64::INFINITY; 4];
    let mut chunks = values.chunks_exact(4);
    for c in &mut chunks {
        for k in 0..4 {
            m[k] = m[k].min(c[k]);
        }
    }
    for &v in chunks.remainder() {
        m[0] = m[0].min(v);
    }
    m[0].min(m[1]).min(m[2].min(m[3]))
}

/// Renumbers levels to 0, 1, … with no empty level, keeping their order.
fn normalise(level: &mut [usize]) {
    let mut used: Vec<usize> = level.to_vec();
    used.sort_unstable();
    used.dedup();
    for l in level.iter_mut() {
        *l = used.binary_search(l).expect("present");
    }
}

fn from_levels(n: usize, levels: &[Vec<usize>]) -> Vec<usize> {
    let mut level = vec![0; n];
    for (l, xs) in levels.iter().enumerate() {
        for &x in xs {
            level[x] = l;
        }
    }
    level
}

fn from_order(n: usize, order: &[usize]) -> Vec<usize> {
    let mut level = vec![0; n];
    for (l, &x) in order.iter().enumerate() {
        level[x] = l;
    }
    level
}

fn to_levels(level: &[usize]) -> Vec<Vec<usize>> {
    let count = level.iter().max().map_or(0, |&l| l + 1);
    let mut levels = vec![Vec::new(); count];
    for (x, &l) in level.iter().enumerate() {
        levels[l].push(x);
    }
    levels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_into_a_tie_and_out_of_it_keeps_levels_contiguous() {
        // Two inputs tie a and b below c; one puts b first.
        let inputs = [
            Ranking::new(vec![vec!["c"], vec!["a", "b"]]).unwrap(),
            Ranking::new(vec![vec!["c"], vec!["a", "b"]]).unwrap(),
            Ranking::strict(["b", "c", "a"]).unwrap(),
        ];
        let graph = MajorityGraph::new(&inputs);
        let costs = Costs::new(&TieCosts::new(&graph), 3, 0.5);
        // Start from a > b > c (indices: c = 0, a = 1, b = 2).
        let mut level = vec![2, 0, 1];
        let cost = costs.search(&mut level);
        assert_eq!(level, vec![0, 1, 1]);
        assert_eq!(cost, costs.total(&[0, 1, 1]));
        assert_eq!(cost, 1.5);
    }
}
