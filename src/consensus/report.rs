//! The result every consensus method returns, and how it is measured.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;

use serde::Serialize;

use crate::compare::kendall;
use crate::error::Result;
use crate::majority::MajorityGraph;
use crate::ranking::{Item, Ranking};

/// Which method produced a consensus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Borda count, ties averaged ([`super::Borda`]).
    Borda,
    /// Copeland's method, majority ties counting half ([`super::Copeland`]).
    Copeland,
    /// Exact Kemeny–Young ([`super::Kemeny`]).
    Kemeny,
    /// `KwikSort` followed by insertion local search ([`super::Heuristic`]).
    Heuristic,
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Method::Borda => "Borda",
            Method::Copeland => "Copeland",
            Method::Kemeny => "Kemeny",
            Method::Heuristic => "heuristic",
        })
    }
}

/// What is known about a consensus's cost compared with every other strict
/// ranking of the same items (every other weak order when ties are allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Optimality {
    /// Proven optimal, and no other strict ranking has the same cost.
    Unique,
    /// Proven optimal, and at least one other strict ranking has the same cost.
    Multiple,
    /// Not proven optimal: Borda, Copeland and the heuristic do not minimise
    /// the cost exactly.
    NotProven,
}

/// A majority preference that a consensus reverses: more inputs put
/// `winner` above `loser` than the other way round, yet the consensus puts
/// `loser` strictly above `winner`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overruled<T> {
    /// The item the majority prefers.
    pub winner: T,
    /// The item the consensus puts above it.
    pub loser: T,
    /// How many inputs put `winner` strictly above `loser`.
    pub support: u32,
    /// How many inputs put `loser` strictly above `winner`.
    pub opposition: u32,
}

impl<T> Overruled<T> {
    /// `support - opposition`: at least 1 in every result (0 if the fields
    /// were set by hand with `opposition >= support`).
    pub fn margin(&self) -> u32 {
        self.support.saturating_sub(self.opposition)
    }
}

impl<T: fmt::Display> fmt::Display for Overruled<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} above {} (majority {} to {}, margin {})",
            self.loser,
            self.winner,
            self.support,
            self.opposition,
            self.margin()
        )
    }
}

/// A consensus ranking with its cost and the majorities it overrules.
///
/// `Display` prints a readable report; `Serialize` writes every field.
///
/// ```
/// use security_hierarchy::{consensus, Ranking};
/// let inputs = [Ranking::strict(["a", "b"])?, Ranking::strict(["b", "a"])?];
/// let c = consensus::borda(&inputs)?;
/// assert_eq!(c.ranking(), &Ranking::new(vec![vec!["a", "b"]])?);
/// // The tie costs p = 0.5 against each input.
/// assert_eq!(c.distances(), &[0.5, 0.5]);
/// assert!(c.to_string().starts_with("Borda consensus of 2 rankings"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(bound(serialize = "T: Item + Serialize"))]
pub struct Consensus<T: Item> {
    method: Method,
    ranking: Ranking<T>,
    tie_penalty: f64,
    cost: f64,
    distances: Vec<f64>,
    optimality: Optimality,
    overruled: Vec<Overruled<T>>,
    overruled_total: u64,
}

impl<T: Item> Consensus<T> {
    /// The method that produced it.
    pub fn method(&self) -> Method {
        self.method
    }

    /// The consensus ranking over the union of the inputs' items. Strict for
    /// Kemeny and the heuristic unless ties are allowed; Borda and Copeland
    /// may tie items.
    pub fn ranking(&self) -> &Ranking<T> {
        &self.ranking
    }

    /// Consumes the result, keeping the ranking.
    pub fn into_ranking(self) -> Ranking<T> {
        self.ranking
    }

    /// The tie penalty `p` the costs were measured with.
    pub fn tie_penalty(&self) -> f64 {
        self.tie_penalty
    }

    /// The total K^(p) distance to the inputs: the sum of [`Self::distances`].
    pub fn cost(&self) -> f64 {
        self.cost
    }

    /// Each input's K^(p) distance to the consensus, in input order, over the
    /// pairs that input contains.
    pub fn distances(&self) -> &[f64] {
        &self.distances
    }

    /// Whether the ranking is proven optimal, and whether uniquely.
    pub fn optimality(&self) -> Optimality {
        self.optimality
    }

    /// The majority preferences the consensus reverses, largest margin first
    /// (then by the winner's place in the consensus, then the loser's): the
    /// first [`crate::limit::DEFAULT_MAX_PAIRS`] of them.
    pub fn overruled(&self) -> &[Overruled<T>] {
        &self.overruled
    }

    /// How many majority preferences the consensus reverses in all.
    pub fn overruled_total(&self) -> u64 {
        self.overruled_total
    }

    /// Builds the result for `levels` (indices into `graph`'s items, best
    /// level first), measuring it against `inputs`. O(m·n²).
    pub(super) fn measure(
        method: Method,
        graph: &MajorityGraph<T>,
        inputs: &[Ranking<T>],
        levels: &[Vec<usize>],
        tie_penalty: f64,
        optimality: Optimality,
    ) -> Result<Self> {
        let items: Vec<&T> = graph.items().collect();
        let ranking = Ranking::new(
            levels
                .iter()
                .map(|level| level.iter().map(|&i| items[i].clone())),
        )?;
        // K^(p) over the pairs each input contains (the consensus ranks them
        // all); O(r log r) per input of r items.
        let distances: Vec<f64> = inputs
            .iter()
            .map(|input| kendall(input, &ranking).distance(tie_penalty))
            .collect::<Result<_>>()?;
        let cost = distances.iter().sum();
        let (overruled, overruled_total) =
            overruled(graph, levels, crate::limit::DEFAULT_MAX_PAIRS);
        Ok(Self {
            method,
            ranking,
            tie_penalty,
            cost,
            distances,
            optimality,
            overruled,
            overruled_total,
        })
    }
}

/// The first `limit` majority pairs that `levels` reverses (in the order of
/// [`Consensus::overruled`]), and how many there are. O(m·n² + k log limit)
/// for k reversed pairs; O(limit) memory beyond the item positions.
fn overruled<T: Item>(
    graph: &MajorityGraph<T>,
    levels: &[Vec<usize>],
    limit: usize,
) -> (Vec<Overruled<T>>, u64) {
    let n = graph.len();
    let mut level = vec![0usize; n];
    let mut place = vec![0u32; n];
    let mut next = 0u32;
    for (l, xs) in levels.iter().enumerate() {
        for &x in xs {
            level[x] = l;
            place[x] = next;
            next += 1;
        }
    }
    let votes = graph.votes();
    // The listed pairs so far as a max-heap on the listing order, so the
    // last of them is the one a better pair displaces:
    // (margin reversed, winner's place, loser's place, winner, loser).
    let mut kept: BinaryHeap<(Reverse<u32>, u32, u32, usize, usize)> = BinaryHeap::new();
    let mut total = 0u64;
    for w in 0..n {
        for l in (0..n).filter(|&l| level[l] < level[w]) {
            let margin = votes.margin_at(w, l);
            if margin <= 0 {
                continue;
            }
            total += 1;
            let margin = u32::try_from(margin).expect("a margin counts inputs");
            let key = (Reverse(margin), place[w], place[l], w, l);
            if kept.len() < limit {
                kept.push(key);
            } else if kept.peek().is_some_and(|worst| key < *worst) {
                kept.pop();
                kept.push(key);
            }
        }
    }
    let items: Vec<&T> = graph.items().collect();
    let listed = kept
        .into_sorted_vec()
        .into_iter()
        .map(|(_, _, _, w, l)| {
            let v = votes.at(w, l);
            Overruled {
                winner: items[w].clone(),
                loser: items[l].clone(),
                support: v.above,
                opposition: v.below,
            }
        })
        .collect();
    (listed, total)
}

impl<T: Item> fmt::Display for Consensus<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inputs = self.distances.len();
        write!(
            f,
            "{} consensus of {} ranking{} (tie penalty p = {})",
            self.method,
            inputs,
            if inputs == 1 { "" } else { "s" },
            crate::error::short(self.tie_penalty)
        )?;
        match self.optimality {
            Optimality::Unique => writeln!(f, ": optimal, unique")?,
            Optimality::Multiple => writeln!(f, ": optimal, not unique")?,
            Optimality::NotProven => writeln!(f)?,
        }
        for (l, level) in self.ranking.levels().enumerate() {
            let names: Vec<String> = level.iter().map(ToString::to_string).collect();
            writeln!(f, "  {:>2}. {}", l + 1, names.join(" = "))?;
        }
        let shares: Vec<String> = self
            .distances
            .iter()
            .map(std::string::ToString::to_string)
            .collect();
        writeln!(
            f,
            "total distance {} (per input: {})",
            self.cost,
            shares.join(", ")
        )?;
        match self.overruled_total {
            0 => write!(f, "overrules no majority"),
            k => {
                write!(
                    f,
                    "overrules {} majorit{}:",
                    crate::limit::shown_of(self.overruled.len(), k),
                    if k == 1 { "y" } else { "ies" }
                )?;
                for o in &self.overruled {
                    write!(f, "\n  {o}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `consensus`'s levels as indices into `g`'s items.
    fn levels_of(
        g: &MajorityGraph<&'static str>,
        consensus: &Ranking<&'static str>,
    ) -> Vec<Vec<usize>> {
        let items: Vec<&&str> = g.items().collect();
        consensus
            .levels()
            .map(|level| {
                level
                    .iter()
                    .map(|x| items.iter().position(|y| *y == x).unwrap())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn distance_counts_reversals_and_one_sided_ties() {
        let input = Ranking::new(vec![vec!["a"], vec!["b", "c"], vec!["d"]]).unwrap();
        let consensus =
            Ranking::new(vec![vec!["d"], vec!["a", "b"], vec!["c"], vec!["e"]]).unwrap();
        // Pairs: ab tie-in-consensus (p), ac concordant, ad reversed (1),
        // bc tie-in-input (p), bd reversed (1), cd reversed (1).
        // The graph supplies the item indices, e (absent from the input) included.
        let g = MajorityGraph::new([&input, &consensus]);
        for (p, expected) in [(0.5, 4.0), (0.0, 3.0), (1.0, 5.0)] {
            let c = Consensus::measure(
                Method::Borda,
                &g,
                std::slice::from_ref(&input),
                &levels_of(&g, &consensus),
                p,
                Optimality::NotProven,
            )
            .unwrap();
            assert_eq!(c.distances(), &[expected]);
        }
    }

    #[test]
    fn overruled_majorities_are_listed_by_margin() {
        let inputs = [
            Ranking::strict(["a", "b", "c"]).unwrap(),
            Ranking::strict(["a", "b", "c"]).unwrap(),
            Ranking::strict(["b", "c", "a"]).unwrap(),
        ];
        let g = MajorityGraph::new(&inputs);
        // Consensus c > b > a reverses b>c (margin 3), a>c (1), a>b (1).
        let levels = vec![vec![2], vec![1], vec![0]];
        let c = Consensus::measure(
            Method::Kemeny,
            &g,
            &inputs,
            &levels,
            0.5,
            Optimality::NotProven,
        )
        .unwrap();
        let pairs: Vec<(&str, &str, u32)> = c
            .overruled()
            .iter()
            .map(|o| (o.winner, o.loser, o.margin()))
            .collect();
        assert_eq!(pairs, vec![("b", "c", 3), ("a", "c", 1), ("a", "b", 1)]);
        assert_eq!(
            c.overruled()[0].to_string(),
            "c above b (majority 3 to 0, margin 3)"
        );
        assert_eq!(c.distances(), &[3.0, 3.0, 1.0]);
        assert_eq!(c.cost(), 7.0);
    }

    #[test]
    fn a_cut_list_keeps_the_first_pairs_of_the_full_order() {
        let mut rng = crate::rng::SplitMix64::new(7);
        for round in 0..40 {
            let n = 4 + round % 9;
            let inputs: Vec<Ranking<usize>> = (0..=(round % 4))
                .map(|_| {
                    let mut items: Vec<usize> = (0..n).collect();
                    rng.shuffle(&mut items);
                    // Cut in random places into levels, so inputs tie items.
                    let mut levels: Vec<Vec<usize>> = vec![Vec::new()];
                    for x in items {
                        if rng.below(3) == 0 {
                            levels.push(Vec::new());
                        }
                        levels.last_mut().unwrap().push(x);
                    }
                    Ranking::new(levels.into_iter().filter(|l| !l.is_empty())).unwrap()
                })
                .collect();
            let g = MajorityGraph::new(&inputs);
            let mut order: Vec<usize> = (0..g.len()).collect();
            rng.shuffle(&mut order);
            let levels: Vec<Vec<usize>> = order.chunks(2).map(<[usize]>::to_vec).collect();
            let (level, place) = {
                let (mut level, mut place) = (vec![0; n], vec![0; n]);
                for (l, xs) in levels.iter().enumerate() {
                    for &x in xs {
                        level[x] = l;
                    }
                }
                for (k, &x) in levels.iter().flatten().enumerate() {
                    place[x] = k;
                }
                (level, place)
            };
            // Every reversed majority, sorted by margin, then places.
            let mut all: Vec<(i64, usize, usize, usize, usize)> = Vec::new();
            for w in 0..n {
                for l in 0..n {
                    let m = g.margin_at(w, l);
                    if m > 0 && level[l] < level[w] {
                        all.push((-m, place[w], place[l], w, l));
                    }
                }
            }
            all.sort_unstable();
            for limit in [0, 1, 3, 100] {
                let (listed, total) = overruled(&g, &levels, limit);
                assert_eq!(total, all.len() as u64);
                let got: Vec<(usize, usize)> = listed.iter().map(|o| (o.winner, o.loser)).collect();
                let items: Vec<usize> = g.items().copied().collect();
                let want: Vec<(usize, usize)> = all
                    .iter()
                    .take(limit)
                    .map(|&(_, _, _, w, l)| (items[w], items[l]))
                    .collect();
                assert_eq!(got, want, "round {round}, limit {limit}");
                for o in &listed {
                    assert_eq!(Some(o.support), g.support(&o.winner, &o.loser));
                    assert_eq!(Some(o.opposition), g.support(&o.loser, &o.winner));
                }
            }
        }
    }
}
