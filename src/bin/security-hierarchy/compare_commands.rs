//! `compare` and `consensus`.

use security_hierarchy::compare::{self, CompareOptions, TieTreatment};
use security_hierarchy::consensus::{
    Borda, Consensus, Copeland, Heuristic, Kemeny, MAX_COMPONENT_CEILING,
};
use security_hierarchy::{Hierarchy, Ranking};
use serde::Serialize;

use crate::input::{self, Via};
use crate::output::emit;
use crate::{Failure, Method, Outcome, OutputFormat};

/// Options of `compare` as given on the command line.
pub(crate) struct CompareArgs<'a> {
    pub(crate) a: &'a str,
    pub(crate) b: &'a str,
    pub(crate) via: Via,
    pub(crate) p: f64,
    pub(crate) ties: TieTreatment,
    pub(crate) format: OutputFormat,
}

pub(crate) fn compare(args: &CompareArgs<'_>) -> Result<Outcome, Failure> {
    let (ha, hb) = (input::load(args.a)?, input::load(args.b)?);
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

/// Options of `consensus` as given on the command line.
pub(crate) struct ConsensusArgs<'a> {
    pub(crate) hierarchies: &'a [String],
    pub(crate) method: Method,
    pub(crate) via: Via,
    pub(crate) penalty: f64,
    pub(crate) seed: u64,
    pub(crate) max_component: Option<usize>,
    pub(crate) format: OutputFormat,
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

pub(crate) fn consensus(args: &ConsensusArgs<'_>) -> Result<Outcome, Failure> {
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
    let result = match args.method {
        Method::Borda => Borda::new().p(args.penalty).solve(&rankings),
        Method::Copeland => Copeland::new().p(args.penalty).solve(&rankings),
        Method::Heuristic => Heuristic::new()
            .p(args.penalty)
            .seed(args.seed)
            .solve(&rankings),
        Method::Kemeny => {
            if items.len() > SLOW_KEMENY {
                eprintln!(
                    "security-hierarchy: solving exact Kemeny–Young over {} items, one majority component at a time",
                    items.len()
                );
            }
            let mut solver = Kemeny::new().p(args.penalty);
            if let Some(k) = args.max_component {
                if !(1..=MAX_COMPONENT_CEILING).contains(&k) {
                    return Err(Failure::input(format!(
                        "--max-component {k} is outside 1..={MAX_COMPONENT_CEILING}"
                    )));
                }
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
