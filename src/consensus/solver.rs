//! One entry point for hierarchies: any method, on common ground.

use super::{Borda, Consensus, Copeland, Heuristic, Kemeny};
use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::via::Via;

/// A consensus method with its settings; any method's builder converts into
/// one, so [`consensus`] takes `Kemeny::new()`, `Borda::new()` and so on.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Solver {
    /// Borda count.
    Borda(Borda),
    /// Copeland's method.
    Copeland(Copeland),
    /// Exact Kemeny–Young.
    Kemeny(Kemeny),
    /// `KwikSort` with local search.
    Heuristic(Heuristic),
}

impl Solver {
    /// The consensus of `inputs` by this method; see each method for its cost.
    ///
    /// # Errors
    /// The errors of the method's `solve`.
    pub fn solve<T: Item>(&self, inputs: &[Ranking<T>]) -> Result<Consensus<T>> {
        match self {
            Solver::Borda(m) => m.solve(inputs),
            Solver::Copeland(m) => m.solve(inputs),
            Solver::Kemeny(m) => m.solve(inputs),
            Solver::Heuristic(m) => m.solve(inputs),
        }
    }
}

macro_rules! into_solver {
    ($($name:ident),+) => {$(
        impl From<$name> for Solver {
            fn from(method: $name) -> Self {
                Solver::$name(method)
            }
        }
    )+};
}

into_solver!(Borda, Copeland, Kemeny, Heuristic);

/// The consensus of ranked hierarchies on common ground (see [`Via`]), by
/// any method. The inputs keep the hierarchies' order. Cost: that of
/// [`Via::ranking`] per input, then the method's.
///
/// ```
/// use security_hierarchy::consensus::{Kemeny, consensus};
/// use security_hierarchy::{Via, corpus};
/// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("erickson-2019")?];
/// let c = consensus(&docs, &Via::Concern, Kemeny::new())?;
/// assert_eq!(c.ranking().level(0), Some(&["party-rule".to_string()][..]));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// The errors of [`Via::ranking`] for each input, then the method's.
pub fn consensus(
    hierarchies: &[Hierarchy],
    via: &Via,
    method: impl Into<Solver>,
) -> Result<Consensus<String>> {
    let rankings = via.rankings(hierarchies)?;
    method.into().solve(&rankings)
}
