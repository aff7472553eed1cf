//! `compare` and `consensus`.

use clap::{Args, ValueEnum};
use security_hierarchy::compare::{self, CompareOptions, TieTreatment};
use security_hierarchy::consensus::{self, Borda, Consensus, Copeland, Heuristic, Kemeny, Solver};
use security_hierarchy::{Error, Hierarchy, Via, limit};
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
    /// How many discordant pairs to list (all are counted).
    #[arg(long, default_value_t = limit::DEFAULT_MAX_PAIRS)]
    max_pairs: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
}

pub(crate) fn compare(args: &CompareArgs) -> Result<Outcome, Failure> {
    let (ha, hb) = (
        input::load_on(&args.a, &args.via)?,
        input::load_on(&args.b, &args.via)?,
    );
    let options = CompareOptions::new()
        .persistence(args.persistence)
        .ties(args.ties)
        .max_pairs(args.max_pairs);
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

impl Method {
    /// The method's name on the command line.
    fn name(self) -> String {
        self.to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    }
}

/// A consensus error, naming the options that get past a limit.
fn consensus_failure(e: Error) -> Failure {
    match e {
        Error::TooLarge {
            size,
            limit,
            ceiling,
        } => Failure::input(format!(
            "a majority cycle joins {size} items, more than exact Kemeny's limit of {limit}; \
             raise it with --max-component (up to {ceiling}) or use --method heuristic"
        )),
        other => input::via_failure(other),
    }
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
    /// Seed of the heuristic's random pivots (0 unless given; heuristic only).
    #[arg(long)]
    seed: Option<u64>,
    /// Largest majority component solved exactly by Kemeny (kemeny only).
    #[arg(long)]
    max_component: Option<usize>,
    /// Most items the majority graph may hold; its memory grows with the
    /// square of the items.
    #[arg(long, default_value_t = limit::DEFAULT_MAX_ITEMS)]
    max_items: usize,
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

pub(crate) fn consensus(args: &ConsensusArgs) -> Result<Outcome, Failure> {
    let docs: Vec<Hierarchy> = args
        .hierarchies
        .iter()
        .map(|a| input::load_on(a, &args.via))
        .collect::<Result<_, _>>()?;
    if args.seed.is_some() && args.method != Method::Heuristic {
        return Err(Failure::input(format!(
            "--seed applies only to --method heuristic, not {}",
            args.method.name()
        )));
    }
    if args.max_component.is_some() && args.method != Method::Kemeny {
        return Err(Failure::input(format!(
            "--max-component applies only to --method kemeny, not {}",
            args.method.name()
        )));
    }
    let (p, max_items) = (args.tie_penalty, args.max_items);
    let method: Solver = match args.method {
        Method::Borda => Borda::new().tie_penalty(p).max_items(max_items).into(),
        Method::Copeland => Copeland::new().tie_penalty(p).max_items(max_items).into(),
        Method::Heuristic => Heuristic::new()
            .tie_penalty(p)
            .max_items(max_items)
            .seed(args.seed.unwrap_or(0))
            .into(),
        Method::Kemeny => {
            let mut solver = Kemeny::new().tie_penalty(p).max_items(max_items);
            if let Some(k) = args.max_component {
                solver = solver.max_component(k);
            }
            solver.into()
        }
    };
    let result = consensus::consensus(&docs, &args.via, method).map_err(consensus_failure)?;
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
