//! `compare` and `consensus`.

use clap::{Args, ValueEnum};
use security_hierarchy::compare::{self, CompareOptions, TieTreatment};
use security_hierarchy::consensus::{Borda, Consensus, Copeland, Heuristic, Kemeny};
use security_hierarchy::{Hierarchy, Ranking};
use serde::Serialize;

use crate::input::{self, Via};
use crate::output::emit;
use crate::{Failure, Outcome, OutputFormat};

/// The arguments of `compare`.
#[derive(Args)]
pub(crate) struct CompareArgs {
    /// The first hierarchy.
    a: String,
    /// The second hierarchy.
    b: String,
    /// The common vocabulary to compare on.
    #[arg(long, value_enum, default_value_t = Via::Concern)]
    via: Via,
    /// RBO persistence, in (0, 1).
    #[arg(long, default_value_t = 0.9)]
    p: f64,
    /// RBO tie treatment: w (ties are equality), a (averaged), b (tau-b-like).
    #[arg(long, default_value = "w")]
    ties: TieTreatment,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
}

pub(crate) fn compare(args: &CompareArgs) -> Result<Outcome, Failure> {
    let (ha, hb) = (input::load(&args.a)?, input::load(&args.b)?);
    let (ra, rb) = (
        input::ranking_via(&ha, args.via)?,
        input::ranking_via(&hb, args.via)?,
    );
    let options = CompareOptions::new()
        .p(args.p)
        .ties(args.ties)
        .names(ha.id(), hb.id());
    let comparison =
        compare::compare_with(&ra, &rb, &options).map_err(|e| Failure::input(e.to_string()))?;
    emit(args.format, &comparison)?;
    Ok(Outcome::Clean)
}

/// A consensus method.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Method {
    /// Exact Kemeny–Young (minimum total Kendall distance).
    Kemeny,
    /// Borda count, ties averaged.
    Borda,
    /// Copeland's method, majority ties counting half.
    Copeland,
    /// KwikSort with insertion local search, for large inputs.
    Heuristic,
}

/// The arguments of `consensus`.
#[derive(Args)]
pub(crate) struct ConsensusArgs {
    /// Two or more hierarchies.
    #[arg(required = true)]
    hierarchies: Vec<String>,
    /// The method.
    #[arg(long, value_enum, default_value_t = Method::Kemeny)]
    method: Method,
    /// The common vocabulary.
    #[arg(long, value_enum, default_value_t = Via::Concern)]
    via: Via,
    /// Kendall tie penalty for the reported costs, in [0, 1].
    #[arg(long, default_value_t = 0.5)]
    penalty: f64,
    /// Seed of the heuristic's random pivots.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Largest majority component solved exactly by Kemeny (with
    /// --allow-ties: the largest part, default 16, at most 20).
    #[arg(long)]
    max_component: Option<usize>,
    /// Let the consensus tie items (kemeny and heuristic): the best weak
    /// order rather than the best strict ranking.
    #[arg(long)]
    allow_ties: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
}

/// The `consensus --format json` document: the inputs by name, and the result.
#[derive(Serialize)]
struct ConsensusReport<'a> {
    via: &'static str,
    inputs: Vec<&'a str>,
    consensus: &'a Consensus<String>,
}

/// Exact Kemeny beyond this many items may take a noticeable time.
const SLOW_KEMENY: usize = 16;

pub(crate) fn consensus(args: &ConsensusArgs) -> Result<Outcome, Failure> {
    let docs: Vec<Hierarchy> = args
        .hierarchies
        .iter()
        .map(|a| input::load(a))
        .collect::<Result<_, _>>()?;
    let rankings: Vec<Ranking<String>> = docs
        .iter()
        .map(|h| input::ranking_via(h, args.via))
        .collect::<Result<_, _>>()?;
    let items: std::collections::HashSet<&String> =
        rankings.iter().flat_map(|r| r.items()).collect();
    if args.allow_ties && matches!(args.method, Method::Borda | Method::Copeland) {
        return Err(Failure::input(
            "--allow-ties applies to --method kemeny and --method heuristic only; \
             Borda and Copeland already tie items with equal scores"
                .to_string(),
        ));
    }
    let result = match args.method {
        Method::Borda => Borda::new().p(args.penalty).solve(&rankings),
        Method::Copeland => Copeland::new().p(args.penalty).solve(&rankings),
        Method::Heuristic => Heuristic::new()
            .p(args.penalty)
            .seed(args.seed)
            .allow_ties(args.allow_ties)
            .solve(&rankings),
        Method::Kemeny => {
            if items.len() > SLOW_KEMENY {
                eprintln!(
                    "security-hierarchy: solving exact Kemeny–Young over {} items, one majority component at a time",
                    items.len()
                );
            }
            let mut solver = Kemeny::new().p(args.penalty).allow_ties(args.allow_ties);
            if let Some(k) = args.max_component {
                solver = solver.max_component(k);
            }
            solver.solve(&rankings)
        }
    }
    .map_err(|e| Failure::input(e.to_string()))?;
    let inputs: Vec<&str> = docs.iter().map(Hierarchy::id).collect();
    match args.format {
        OutputFormat::Json => crate::output::print_json(&ConsensusReport {
            via: args.via.name(),
            inputs,
            consensus: &result,
        })?,
        OutputFormat::Text => {
            crate::output::sayln!("inputs ({}): {}", args.via.name(), inputs.join(", "));
            emit(args.format, &result)?;
        }
    }
    Ok(Outcome::Clean)
}
