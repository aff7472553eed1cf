//! `check`, `conflicts` and `scenario`.

use std::path::Path;

use security_hierarchy::conflict::scenario::{Scenario, builtin};
use security_hierarchy::conflict::{self, Discordances, Finding, InversionReport, MajorityReport};
use security_hierarchy::{Error, Hierarchy};
use serde::Serialize;

use crate::input::{self, Via};
use crate::output::sayln;
use crate::output::{emit, print_json};
use crate::{Failure, Outcome, OutputFormat};

/// One problem found in one file (the `check --format json` element).
#[derive(Serialize)]
struct Problem {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    kind: &'static str,
    message: String,
}

pub(crate) fn check(files: &[String], format: OutputFormat) -> Result<Outcome, Failure> {
    let mut problems = Vec::new();
    for file in files {
        let path = Path::new(file);
        if !path.is_file() {
            return Err(Failure::input(format!("{file}: no such file")));
        }
        for finding in conflict::check_file(path) {
            if let Finding::Invalid(e @ (Error::Io { .. } | Error::UnknownFileType { .. })) =
                &finding
            {
                return Err(Failure::input(e.to_string()));
            }
            problems.push(problem(file, &finding));
        }
    }
    match format {
        OutputFormat::Json => print_json(&problems)?,
        OutputFormat::Text => {
            for p in &problems {
                match p.line {
                    Some(line) => sayln!("{}:{line}: {}", p.file, p.message),
                    None => sayln!("{}: {}", p.file, p.message),
                }
            }
            sayln!(
                "{} file(s) checked, {} problem(s)",
                files.len(),
                problems.len()
            );
        }
    }
    Ok(Outcome::problems_if(!problems.is_empty()))
}

fn problem(file: &str, finding: &Finding) -> Problem {
    let (line, column) = match finding {
        Finding::Invalid(Error::Parse { line, column, .. }) => (Some(*line), Some(*column)),
        _ => (None, None),
    };
    let kind = match finding {
        Finding::Invalid(Error::Parse { .. }) => "malformed",
        Finding::Invalid(_) => "invalid",
        Finding::TierInversion(_) => "tier-inversion",
        Finding::Uncrosswalked { .. } => "uncrosswalked",
        Finding::DependencyCycle { .. } => "dependency-cycle",
        Finding::OutsideRanking { .. } => "outside-ranking",
        _ => "other",
    };
    Problem {
        file: file.to_string(),
        line,
        column,
        kind,
        message: finding.to_string(),
    }
}

/// The `conflicts --format json` document.
#[derive(Serialize)]
struct ConflictsReport {
    via: &'static str,
    tier_inversions: Vec<InversionReport<String, security_hierarchy::Tier>>,
    discordances: Vec<Discordances<String>>,
    majority: Option<MajorityReport<String>>,
}

pub(crate) fn conflicts(
    args: &[String],
    via: Via,
    format: OutputFormat,
) -> Result<Outcome, Failure> {
    let docs: Vec<Hierarchy> = args
        .iter()
        .map(|a| input::load(a))
        .collect::<Result<_, _>>()?;
    let tier_inversions = docs
        .iter()
        .map(InversionReport::of_hierarchy)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Failure::input(e.to_string()))?;
    let mut discordances = Vec::new();
    let mut majority = None;
    if docs.len() >= 2 {
        let rankings = docs
            .iter()
            .map(|h| input::ranking_via(h, via))
            .collect::<Result<Vec<_>, _>>()?;
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                discordances.push(Discordances::between(
                    docs[i].id(),
                    &rankings[i],
                    docs[j].id(),
                    &rankings[j],
                ));
            }
        }
        majority = Some(MajorityReport::new(
            docs.iter().map(Hierarchy::id).zip(&rankings),
        ));
    }
    let found = tier_inversions.iter().any(|r| !r.is_empty())
        || discordances.iter().any(|d| !d.discordant.is_empty())
        || majority.as_ref().is_some_and(|m| !m.is_acyclic());
    let report = ConflictsReport {
        via: via.name(),
        tier_inversions,
        discordances,
        majority,
    };
    match format {
        OutputFormat::Json => print_json(&report)?,
        OutputFormat::Text => {
            sayln!("== tier inversions");
            for r in &report.tier_inversions {
                sayln!("{r}");
            }
            for d in &report.discordances {
                sayln!("\n== discordances on {}\n{d}", report.via);
            }
            if let Some(m) = &report.majority {
                sayln!("\n== majority graph on {}\n{m}", report.via);
            }
        }
    }
    Ok(Outcome::problems_if(found))
}

pub(crate) fn scenario(
    arg: &str,
    against: &str,
    via: Via,
    format: OutputFormat,
) -> Result<Outcome, Failure> {
    let s = load_scenario(arg)?;
    let h = input::load(against)?;
    match via {
        Via::None => emit(format, &s.analyse(h.id(), &input::ranking_via(&h, via)?))?,
        Via::Tier => emit(format, &s.by_tier(h.id(), &input::tier_ranking(&h)?))?,
        Via::Concern => emit(format, &s.by_concern(h.id(), &input::concern_ranking(&h)?))?,
    }
    Ok(Outcome::Clean)
}

/// A built-in scenario by id, or a scenario file by path.
pub(crate) fn load_scenario(arg: &str) -> Result<Scenario, Failure> {
    if input::is_file_argument(arg) {
        Scenario::load(arg).map_err(|e| input::file_failure(arg, e))
    } else {
        builtin::scenario(arg).map_err(|e| Failure::input(e.to_string()))
    }
}
