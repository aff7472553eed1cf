//! `compare` and `consensus`.

use clap::{Args, ValueEnum};
use security_hierarchy::compare::{self, CompareOptions, TieTreatment};
use security_hierarchy::consensus::{self, Borda, Consensus, Copeland, Heuristic, Kemeny, Solver};
use security_hierarchy::{Hierarchy, Via};
use serde::Serialize;

use crate::input;
use crate::output::emit;
use crate::{Failure, Outcome, OutputFormat};

/// The arguments of `compare`.
#[derive(Args)]
pub(crate) struct CompareArgs {
    /// The first hierarchy.
    a: String,
    /// The second hierarchy.
    b: String,
    /// The common ground: concern, tier, none (the items themselves), or a
    /// crosswalk file (.toml or .json, item id = target).
    #[arg(long, default_value = "concern", value_parser = input::via)]
    via: Via,
    /// RBO persistence, in (0, 1).
    #[arg(long, default_value_t = 0.9, alias = "p")]
    persistence: f64,
    /// RBO tie treatment: w (ties are equality), a (averaged), b (tau-b-like).
    #[arg(long, default_value = "w")]
    ties: TieTreatment,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
}

pub(crate) fn compare(args: &CompareArgs) -> Result<Outcome, Failure> {
    let (ha, hb) = (input::load(&args.a)?, input::load(&args.b)?);
    let options = CompareOptions::new()
        .persistence(args.persistence)
        .ties(args.ties);
    let comparison = compare::compare(&ha, &hb, &args.via, options).map_err(input::via_failure)?;
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
    /// `KwikSort` with insertion local search, for large inputs.
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
    /// The common ground: concern, tier, none (the items themselves), or a
    /// crosswalk file (.toml or .json, item id = target).
    #[arg(long, default_value = "concern", value_parser = input::via)]
    via: Via,
    /// Kendall tie penalty for the reported costs, in [0, 1].
    #[arg(long, default_value_t = 0.5, alias = "penalty")]
    tie_penalty: f64,
    /// Seed of the heuristic's random pivots.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Largest majority component solved exactly by Kemeny.
    #[arg(long)]
    max_component: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
}

/// The `consensus --format json` document: the inputs by name, and the result.
#[derive(Serialize)]
struct ConsensusReport<'a> {
    via: &'a str,
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
    let method: Solver = match args.method {
        Method::Borda => Borda::new().tie_penalty(args.tie_penalty).into(),
        Method::Copeland => Copeland::new().tie_penalty(args.tie_penalty).into(),
        Method::Heuristic => Heuristic::new()
            .tie_penalty(args.tie_penalty)
            .seed(args.seed)
            .into(),
        Method::Kemeny => {
            let mut solver = Kemeny::new().tie_penalty(args.tie_penalty);
            if let Some(k) = args.max_component {
                solver = solver.max_component(k);
            }
            solver.into()
        }
    };
    if args.method == Method::Kemeny {
        // Count the items on common ground only to warn of a long run.
        let rankings: Vec<_> = docs
            .iter()
            .map(|h| args.via.ranking(h))
            .collect::<Result<_, _>>()
            .map_err(input::via_failure)?;
        let items: std::collections::HashSet<&String> = rankings
            .iter()
            .flat_map(security_hierarchy::Ranking::items)
            .collect();
        if items.len() > SLOW_KEMENY {
            eprintln!(
                "security-hierarchy: solving exact Kemeny–Young over {} items, one majority component at a time",
                items.len()
            );
        }
    }
    let result = consensus::consensus(&docs, &args.via, method).map_err(input::via_failure)?;
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
