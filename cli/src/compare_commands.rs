//! `compare`, `consensus` and `concordance`.

use clap::{Args, ValueEnum};
use security_hierarchy::compare::{self, CompareOptions, TieTreatment};
use security_hierarchy::conflict::{Documents, Robustness, robustness};
use security_hierarchy::consensus::{self, Borda, Consensus, Copeland, Heuristic, Kemeny, Solver};
use security_hierarchy::inference::{
    self, Alternative, Concordance, Measure, Permutations, Test, TestOptions,
};
use security_hierarchy::{Error, Hierarchy, Via, limit};
use serde::Serialize;

use crate::input;
use crate::output::{emit, emit_robust};
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
    /// Add a significance test: kendall (tau-b, exact or asymptotic),
    /// spearman (t distribution) or permutation (of --measure).
    #[arg(long, value_enum)]
    test: Option<TestKind>,
    /// The alternative of --test: two-sided (default), less or greater.
    #[arg(long)]
    alternative: Option<Alternative>,
    /// The method of --test kendall: auto (default), exact or asymptotic.
    #[arg(long)]
    method: Option<inference::Method>,
    /// The measure of --test permutation (default tau-b); rbo uses --persistence and --ties.
    #[arg(long, value_enum)]
    measure: Option<MeasureKind>,
    /// Random permutations drawn by --test permutation past 8 shared items (default 9999).
    #[arg(long)]
    resamples: Option<u64>,
    /// Seed of those permutations (default 2024).
    #[arg(long)]
    seed: Option<u64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
}

/// A significance test for `compare --test`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TestKind {
    /// Kendall's tau-b test, as scipy's kendalltau.
    Kendall,
    /// Spearman's rho test, as scipy's spearmanr.
    Spearman,
    /// A permutation test of --measure.
    Permutation,
}

/// A measure for `compare --test permutation`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum MeasureKind {
    /// Kendall's tau-b.
    TauB,
    /// Spearman's rho.
    Spearman,
    /// Spearman's footrule (a distance).
    Footrule,
    /// Vigna's weighted tau.
    WeightedTau,
    /// The Kendall distance with tie penalty 1/2 (a distance).
    KendallDistance,
    /// Rank-biased overlap (ext), with --persistence and --ties.
    Rbo,
}

impl CompareArgs {
    /// The test asked for; an option that only another test uses is an error.
    fn test(&self) -> Result<Option<Test>, Failure> {
        let kind = self.test;
        let here = kind.and_then(|k| k.to_possible_value()).map_or_else(
            || "a comparison without --test".to_string(),
            |v| format!("--test {}", v.get_name()),
        );
        let permutation = kind != Some(TestKind::Permutation);
        crate::refuse_unused(
            [
                (
                    kind.is_none() && self.alternative.is_some(),
                    "--alternative",
                    "--test",
                ),
                (
                    kind != Some(TestKind::Kendall) && self.method.is_some(),
                    "--method",
                    "--test kendall",
                ),
                (
                    permutation && self.measure.is_some(),
                    "--measure",
                    "--test permutation",
                ),
                (
                    permutation && self.resamples.is_some(),
                    "--resamples",
                    "--test permutation",
                ),
                (
                    permutation && self.seed.is_some(),
                    "--seed",
                    "--test permutation",
                ),
            ],
            &here,
        )?;
        let alternative = self.alternative.unwrap_or_default();
        Ok(kind.map(|kind| match kind {
            TestKind::Kendall => Test::Kendall(
                TestOptions::new()
                    .alternative(alternative)
                    .method(self.method.unwrap_or_default()),
            ),
            TestKind::Spearman => Test::Spearman(alternative),
            TestKind::Permutation => {
                let measure = match self.measure.unwrap_or(MeasureKind::TauB) {
                    MeasureKind::TauB => Measure::TauB,
                    MeasureKind::Spearman => Measure::Spearman,
                    MeasureKind::Footrule => Measure::Footrule,
                    MeasureKind::WeightedTau => Measure::WeightedTau,
                    MeasureKind::KendallDistance => Measure::KendallDistance { tie_penalty: 0.5 },
                    MeasureKind::Rbo => Measure::Rbo {
                        persistence: self.persistence,
                        ties: self.ties,
                    },
                };
                let mut options = Permutations::from(alternative);
                if let Some(r) = self.resamples {
                    options = options.resamples(r);
                }
                if let Some(seed) = self.seed {
                    options = options.seed(seed);
                }
                Test::Permutation(measure, options)
            }
        }))
    }
}

pub(crate) fn compare(args: &CompareArgs) -> Result<Outcome, Failure> {
    let (ha, hb) = (
        input::load_on(&args.a, &args.via)?,
        input::load_on(&args.b, &args.via)?,
    );
    let mut options = CompareOptions::new()
        .persistence(args.persistence)
        .ties(args.ties)
        .max_pairs(args.max_pairs);
    if let Some(test) = args.test()? {
        options = options.test(test);
    }
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
        Error::TooLargeForTies {
            size,
            limit,
            ceiling,
        } => Failure::input(format!(
            "{size} items form one part that no proven split divides, more than the exact \
             limit of {limit} for a consensus with ties; raise it with --max-component (up to \
             {ceiling}) or use --method heuristic"
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
    /// Seed of the heuristic's random pivots [default: 0] (heuristic only).
    #[arg(long)]
    seed: Option<u64>,
    /// Largest majority component solved exactly (kemeny only; with
    /// --allow-ties: the largest part, default 16, at most 20).
    #[arg(long)]
    max_component: Option<usize>,
    /// Let the consensus tie items (kemeny and heuristic): the best weak
    /// order rather than the best strict ranking.
    #[arg(long)]
    allow_ties: bool,
    /// Most items a consensus is computed over (10,000 unless given; 5,000
    /// for --method heuristic --allow-ties); its time grows with the square
    /// of the items.
    #[arg(long)]
    max_items: Option<usize>,
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
    /// How the consensus fares under every admissible choice of the
    /// contested crosswalks; `null` when none is involved.
    robustness: Option<&'a Robustness>,
}

/// Refuses an option the chosen method would not use.
fn check_options(args: &ConsensusArgs) -> Result<(), Failure> {
    let method = args.method;
    crate::refuse_unused(
        [
            (
                args.allow_ties && matches!(method, Method::Borda | Method::Copeland),
                "--allow-ties",
                "--method kemeny and --method heuristic (Borda and Copeland already tie \
                 items with equal scores)",
            ),
            (
                args.max_component.is_some() && method != Method::Kemeny,
                "--max-component",
                "--method kemeny",
            ),
            (
                args.seed.is_some() && method != Method::Heuristic,
                "--seed",
                "--method heuristic",
            ),
        ],
        &format!("--method {}", method.name()),
    )
}

pub(crate) fn consensus(args: &ConsensusArgs) -> Result<Outcome, Failure> {
    check_options(args)?;
    let docs: Vec<Hierarchy> = args
        .hierarchies
        .iter()
        .map(|a| input::load_on(a, &args.via))
        .collect::<Result<_, _>>()?;
    let p = args.tie_penalty;
    let max_items = args.max_items.unwrap_or(limit::DEFAULT_MAX_ITEMS);
    let method: Solver = match args.method {
        Method::Borda => Borda::new().tie_penalty(p).max_items(max_items).into(),
        Method::Copeland => Copeland::new().tie_penalty(p).max_items(max_items).into(),
        Method::Heuristic => {
            let mut solver = Heuristic::new()
                .tie_penalty(p)
                .seed(args.seed.unwrap_or(0))
                .allow_ties(args.allow_ties);
            if let Some(n) = args.max_items {
                solver = solver.max_items(n);
            }
            solver.into()
        }
        Method::Kemeny => {
            let mut solver = Kemeny::new()
                .tie_penalty(p)
                .max_items(max_items)
                .allow_ties(args.allow_ties);
            if let Some(k) = args.max_component {
                solver = solver.max_component(k);
            }
            solver.into()
        }
    };
    let result =
        consensus::consensus(&docs, &args.via, method.clone()).map_err(consensus_failure)?;
    let inputs: Vec<&str> = docs.iter().map(Hierarchy::id).collect();
    let robustness = robustness(&Documents::new(docs.clone()), &args.via, |d| {
        consensus::consensus(&d.hierarchies, &args.via, method.clone())
    })
    .map_err(consensus_failure)?;
    match args.format {
        OutputFormat::Json => crate::output::print_json(&ConsensusReport {
            via: args.via.name(),
            inputs,
            consensus: &result,
            robustness: Some(&robustness).filter(|r| !r.contested.is_empty()),
        })?,
        OutputFormat::Text => {
            crate::output::sayln!("inputs ({}): {}", args.via.name(), inputs.join(", "));
            emit_robust(args.format, &result, &robustness)?;
        }
    }
    Ok(Outcome::Clean)
}

/// The arguments of `concordance`.
#[derive(Args)]
pub(crate) struct ConcordanceArgs {
    /// Two or more hierarchies.
    #[arg(required = true)]
    hierarchies: Vec<String>,
    /// The common ground: concern, tier, none (the items themselves), or a
    /// crosswalk file (.toml or .json, item id = target).
    #[arg(long, default_value = "concern", value_parser = input::via)]
    via: Via,
    /// Random permutations for the permutation p-value when there are too
    /// many combinations to enumerate (more than 40320).
    #[arg(long, default_value_t = 9999)]
    resamples: u64,
    /// Seed of those permutations.
    #[arg(long, default_value_t = 2024)]
    seed: u64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
}

/// The `concordance --format json` document.
#[derive(Serialize)]
struct ConcordanceReport<'a> {
    via: &'a str,
    inputs: Vec<&'a str>,
    concordance: &'a Concordance<String>,
}

pub(crate) fn concordance(args: &ConcordanceArgs) -> Result<Outcome, Failure> {
    let docs: Vec<Hierarchy> = args
        .hierarchies
        .iter()
        .map(|a| input::load(a))
        .collect::<Result<_, _>>()?;
    let permutations = Permutations::from(Alternative::Greater)
        .resamples(args.resamples)
        .seed(args.seed);
    let w = inference::concordance(&docs, &args.via, permutations).map_err(input::via_failure)?;
    let inputs: Vec<&str> = docs.iter().map(Hierarchy::id).collect();
    match args.format {
        OutputFormat::Json => crate::output::print_json(&ConcordanceReport {
            via: args.via.name(),
            inputs,
            concordance: &w,
        })?,
        OutputFormat::Text => {
            crate::output::sayln!("inputs ({}): {}", args.via.name(), inputs.join(", "));
            emit(args.format, &w)?;
        }
    }
    Ok(Outcome::Clean)
}
