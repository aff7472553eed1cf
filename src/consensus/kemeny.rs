//! Exact Kemeny–Young by dynamic programming over subsets, one majority
//! component at a time.

use super::half_tables::HalfTables;
use super::report::{Consensus, Method, Optimality};
use super::weak_kemeny::{self, DEFAULT_MAX_TIED_COMPONENT};
use super::{DEFAULT_TIE_PENALTY, prepare};
use crate::error::{Error, Result};
use crate::majority::MajorityGraph;
use crate::ranking::{Item, Ranking};

/// The largest majority component solved exactly unless
/// [`Kemeny::max_component`] raises it: 20 items (about 9 MiB of tables).
pub const DEFAULT_MAX_COMPONENT: usize = 20;

/// The highest limit [`Kemeny::max_component`] accepts: 27 items, the
/// largest single majority cycle measured to finish within a minute and
/// 2 GiB (release build, 3 rotated strict rankings forming one cycle: 15 s
/// and 1.2 GB peak at k = 27; 34 s and 2.4 GB at k = 28). The tables take
/// 9·2^k bytes; a larger request is an error.
pub const MAX_COMPONENT_CEILING: usize = 27;

/// Exact Kemeny–Young: the strict ranking that minimises the total K^(p)
/// distance to the inputs.
///
/// # Method
///
/// The items are first split into the strongly connected components of the
/// majority graph ([`MajorityGraph::components`]), dominant first. Every item
/// of an earlier component beats or ties every item of a later one, so
/// moving a component's items ahead of a later component's never raises the
/// cost (the extended Condorcet criterion, Truchon 1998): some optimal
/// ranking orders the components so, and the optimum is the concatenation of
/// each component's optimum. A component of k items is solved by dynamic
/// programming over its subsets: the best order of a subset S puts last the
/// item j minimising `best(S \ {j}) + Σ_{i ∈ S\{j}} #inputs putting j above i`.
/// The sums come from two tables over the low and high halves of the item
/// bits, so the whole is O(2^k·k) time and 9·2^k bytes. Costs are exact
/// integers (the tie term p·#ties of a pair is the same for both of its
/// orders, so `p` never changes the optimum, only the reported cost).
///
/// Building the majority graph is O(m·n²) for m inputs over n items; the
/// components take O(n²).
///
/// Measured on a 2-core machine (`cargo bench --bench consensus`), for 5
/// random strict inputs whose majority graph is one component of n items:
/// n = 8: 9 µs, 12: 65 µs, 16: 1.3 ms, 20: 33 ms. On one such profile of
/// 9 items it took 10.5 µs against 3.6–5.7 s for `pref_voting`'s
/// `kemeny_young`, 340 000 to 540 000 times faster over three runs
/// (`bash benches/peers/kemeny.sh`).
///
/// # Uniqueness
///
/// [`Consensus::optimality`] is [`Optimality::Unique`] when no other strict
/// ranking has the same cost: each component's optimum is unique (no subset
/// on its path has two best last items) and every two items adjacent across
/// a component boundary are separated by a majority (margin > 0), not tied.
/// Otherwise it is [`Optimality::Multiple`].
///
/// # Ties between optimal rankings
///
/// Among several optimal rankings the one returned is deterministic: within
/// a component, whenever several items are equally good to place lowest,
/// the dynamic program places the latest-seen one (first-seen order across
/// the inputs) lowest; components that tie keep the majority graph's
/// component order ([`MajorityGraph::components`]).
///
/// # Empty input
///
/// No inputs is [`Error::NoRankings`]; inputs that are all empty give an
/// empty consensus at cost 0.
///
/// # Errors
/// [`Error::NoRankings`]; [`Error::InvalidPenalty`] for `p` outside
/// [0, 1]; [`Error::InvalidComponentLimit`] for a limit outside 1 to
/// [`MAX_COMPONENT_CEILING`]; [`Error::TooLarge`] naming the size of a component larger than
/// the limit ([`DEFAULT_MAX_COMPONENT`] unless raised). For such inputs use
/// [`super::Heuristic`]. With [`Kemeny::allow_ties`]: the limit must lie in
/// 1 to [`super::MAX_TIED_COMPONENT_CEILING`], and a larger part is
/// [`Error::TooLargeForTies`].
///
/// ```
/// use security_hierarchy::{consensus::{Kemeny, Optimality}, Ranking};
/// // The Condorcet paradox: three rotations, each optimal.
/// let inputs = [
///     Ranking::strict(["a", "b", "c"])?,
///     Ranking::strict(["b", "c", "a"])?,
///     Ranking::strict(["c", "a", "b"])?,
/// ];
/// let c = Kemeny::new().tie_penalty(0.5).max_component(24).solve(&inputs)?;
/// assert_eq!(c.cost(), 4.0);
/// assert_eq!(c.optimality(), Optimality::Multiple);
/// assert_eq!(c.overruled().len(), 1);
///
/// let err = Kemeny::new().max_component(2).solve(&inputs).unwrap_err();
/// assert!(err.to_string().starts_with("a majority cycle joins 3 items"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// [`MajorityGraph::components`]: crate::majority::MajorityGraph::components
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kemeny {
    p: f64,
    max_items: usize,
    max_component: Option<usize>,
    allow_ties: bool,
}

impl Default for Kemeny {
    fn default() -> Self {
        Self::new()
    }
}

impl Kemeny {
    /// Exact Kemeny with the default tie penalty and component limit.
    pub fn new() -> Self {
        Self {
            p: DEFAULT_TIE_PENALTY,
            max_items: crate::limit::DEFAULT_MAX_ITEMS,
            max_component: None,
            allow_ties: false,
        }
    }

    /// Sets the Kendall-distance tie penalty (checked by [`Self::solve`]). It
    /// measures the result; with [`Self::allow_ties`] it also decides the
    /// optimum, since a tie then costs what the penalty says.
    #[must_use]
    pub fn tie_penalty(mut self, tie_penalty: f64) -> Self {
        self.p = tie_penalty;
        self
    }

    /// Sets the most items the majority graph may hold
    /// ([`crate::limit::DEFAULT_MAX_ITEMS`] unless set); solving fails with
    /// [`Error::TooManyItems`](crate::Error::TooManyItems) past it.
    #[must_use]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.max_items = max_items;
        self
    }

    /// Sets the largest component size solved exactly, from 1 to
    /// [`MAX_COMPONENT_CEILING`] (checked by [`Self::solve`]). Time and
    /// memory double with each item. With [`Self::allow_ties`] the limit
    /// applies to the parts of that method, defaults to
    /// [`DEFAULT_MAX_TIED_COMPONENT`] and may be at most
    /// [`super::MAX_TIED_COMPONENT_CEILING`]; time triples with each item.
    pub fn max_component(mut self, k: usize) -> Self {
        self.max_component = Some(k);
        self
    }

    /// Lets the consensus tie items: the optimum is then taken over every
    /// weak order, not only strict rankings, under K^(p), and does depend on
    /// `p`. Off by default. Setting it is O(1); the cost of the search is
    /// below.
    ///
    /// # Method
    ///
    /// The items are split by a proven decomposition (stated and proved in
    /// the [module notes](super::weak_kemeny)): x is *strictly preferred* to y
    /// when putting x above y costs strictly less than both tying them and
    /// the reverse order; the strongly connected components of "not strictly
    /// preferred" are solved one by one, best first. It holds for every p in
    /// [0, 1]. Each part of k items is solved by dynamic programming over
    /// ordered partitions (each level a nonempty subset of the items not yet
    /// placed) in O(3^k) time and about 55·2^k bytes; a part larger than the
    /// limit is refused with [`Error::TooLargeForTies`], which names the limit
    /// and [`super::Heuristic::allow_ties`].
    ///
    /// [`Consensus::optimality`] is [`Optimality::Unique`] exactly when no
    /// other weak order has the same cost, [`Optimality::Multiple`] otherwise.
    /// Among several optima the one returned is deterministic.
    ///
    /// Building the cost table is O(m·n²) for m inputs over n items; the
    /// split O(n²). On 7 weak orders of 15 items forming one part, it took
    /// 7.3–11 ms against 1.1–1.7 s for corankco's integer program with CBC
    /// (`bash benches/peers/ties.sh`, two runs on a shared 2-core machine),
    /// with the same optimal cost. For 7 random weak orders whose majority
    /// graph is one component (`cargo bench --bench consensus -- ties`):
    /// n = 10: 0.15 ms, 12: 0.47 ms, 15: 22 ms.
    ///
    /// ```
    /// use security_hierarchy::{consensus::{Kemeny, Optimality}, Ranking};
    /// // Two inputs disagree about a and b; a third ties them.
    /// let inputs = [
    ///     Ranking::strict(["a", "b", "c"])?,
    ///     Ranking::strict(["b", "a", "c"])?,
    ///     Ranking::new(vec![vec!["a", "b"], vec!["c"]])?,
    /// ];
    /// let c = Kemeny::new().allow_ties(true).solve(&inputs)?;
    /// assert_eq!(c.ranking(), &Ranking::new(vec![vec!["a", "b"], vec!["c"]])?);
    /// assert_eq!(c.cost(), 1.0); // p = ½ against each strict input
    /// assert_eq!(c.optimality(), Optimality::Unique);
    /// // A strict consensus must break the tie and pays 1.5.
    /// assert_eq!(Kemeny::new().solve(&inputs)?.cost(), 1.5);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    pub fn allow_ties(mut self, allow: bool) -> Self {
        self.allow_ties = allow;
        self
    }

    /// The optimal consensus of `inputs`. See [`Kemeny`] for the method and
    /// cost, and [`Self::allow_ties`] for those of the consensus with ties.
    ///
    /// # Errors
    /// [`Error::NoRankings`] for no inputs; [`Error::InvalidPenalty`] for a
    /// tie penalty outside [0, 1]; [`Error::InvalidComponentLimit`] for a
    /// component limit outside 1 to [`MAX_COMPONENT_CEILING`] (with ties: 1
    /// to [`super::MAX_TIED_COMPONENT_CEILING`]); [`Error::TooLarge`] for a
    /// majority component above the limit (with ties:
    /// [`Error::TooLargeForTies`] for a part above it); [`Error::TooManyItems`]
    /// past the item limit ([`Self::max_items`]).
    pub fn solve<T: Item>(&self, inputs: &[Ranking<T>]) -> Result<Consensus<T>> {
        if self.allow_ties {
            let limit = self.max_component.unwrap_or(DEFAULT_MAX_TIED_COMPONENT);
            return weak_kemeny::solve(inputs, self.p, limit, self.max_items);
        }
        let max_component = self.max_component.unwrap_or(DEFAULT_MAX_COMPONENT);
        if !(1..=MAX_COMPONENT_CEILING).contains(&max_component) {
            return Err(Error::InvalidComponentLimit {
                limit: max_component,
                ceiling: MAX_COMPONENT_CEILING,
            });
        }
        let graph = prepare(inputs, self.p, self.max_items)?;
        let components = graph.component_indices();
        if let Some(big) = components.iter().map(Vec::len).max() {
            if big > max_component {
                return Err(Error::TooLarge {
                    size: big,
                    limit: max_component,
                    ceiling: MAX_COMPONENT_CEILING,
                });
            }
        }
        let mut order: Vec<usize> = Vec::with_capacity(graph.len());
        let mut unique = true;
        for component in &components {
            let (best, alone) = solve_component(&graph, component);
            if let (Some(&above), Some(&below)) = (order.last(), best.first()) {
                unique &= graph.margin_at(above, below) > 0;
            }
            unique &= alone;
            order.extend(best);
        }
        let levels: Vec<Vec<usize>> = order.into_iter().map(|i| vec![i]).collect();
        let optimality = if unique {
            Optimality::Unique
        } else {
            Optimality::Multiple
        };
        Consensus::measure(Method::Kemeny, &graph, inputs, &levels, self.p, optimality)
    }
}

/// The exact Kemeny consensus with the default options:
/// `Kemeny::new().solve(inputs)`.
///
/// # Errors
/// As [`Kemeny::solve`].
pub fn kemeny<T: Item>(inputs: &[Ranking<T>]) -> Result<Consensus<T>> {
    Kemeny::new().solve(inputs)
}

/// Marks a subset whose best order is not unique, in the `last` table.
const SEVERAL: u8 = 0x80;

/// The optimal order of one component (graph indices, best first) and
/// whether it is the only optimal one.
fn solve_component<T: Item>(graph: &MajorityGraph<T>, component: &[usize]) -> (Vec<usize>, bool) {
    let k = component.len();
    if k == 1 {
        return (component.to_vec(), true);
    }
    // against.sum(j, S): what putting S above j costs (inputs with j above
    // each item of S).
    let against = HalfTables::new(k, |j, i| {
        u64::from(graph.support_at(component[j], component[i]))
    });

    let full = (1usize << k) - 1;
    let mut best = vec![0u64; full + 1];
    let mut last = vec![0u8; full + 1];
    for s in 1..=full {
        let (mut top, mut arg, mut ties) = (u64::MAX, 0usize, 0u32);
        let mut bits = s;
        while bits != 0 {
            let j = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let rest = s ^ (1 << j);
            let cost = best[rest] + against.sum(j, rest);
            // Bits ascend, so among equals the latest-seen item goes last.
            if cost < top {
                (top, arg, ties) = (cost, j, 1);
            } else if cost == top {
                (arg, ties) = (j, ties + 1);
            }
        }
        best[s] = top;
        let several = ties > 1 || last[s ^ (1 << arg)] & SEVERAL != 0;
        last[s] = arg as u8 | if several { SEVERAL } else { 0 };
    }
    let unique = last[full] & SEVERAL == 0;
    let mut order = Vec::with_capacity(k);
    let mut s = full;
    while s != 0 {
        let j = (last[s] & !SEVERAL) as usize;
        order.push(component[j]);
        s ^= 1 << j;
    }
    order.reverse();
    (order, unique)
}
