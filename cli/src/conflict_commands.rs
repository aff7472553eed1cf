//! `check`, `conflicts` and `scenario`.

use std::path::Path;

use security_hierarchy::conflict::{self, Documents};
use security_hierarchy::scenario::{Scenario, builtin};
use security_hierarchy::{Error, Hierarchy};
use security_hierarchy::{Finding, Via, check_file};
use serde::Serialize;

use crate::input;
use crate::output::sayln;
use crate::output::{emit_robust, print_json};
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
        for finding in check_file(path) {
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

pub(crate) fn conflicts(
    args: &[String],
    via: &Via,
    format: OutputFormat,
) -> Result<Outcome, Failure> {
    let docs: Vec<Hierarchy> = args
        .iter()
        .map(|a| input::load(a))
        .collect::<Result<_, _>>()?;
    let report = conflict::conflicts(&docs, via);
    let robustness = conflict::robustness(&Documents::new(docs), via, |d| {
        Ok(conflict::conflicts(&d.hierarchies, via))
    })
    .map_err(|e| Failure::input(e.to_string()))?;
    emit_robust(format, &report, &robustness)?;
    Ok(Outcome::problems_if(report.found()))
}

pub(crate) fn scenario(
    arg: &str,
    against: &str,
    via: &Via,
    format: OutputFormat,
) -> Result<Outcome, Failure> {
    let s = load_scenario(arg)?;
    let h = input::load(against)?;
    let ranking = via.ranking(&h).map_err(input::via_failure)?;
    let analysis = s.analyse(h.id(), &ranking, via);
    let docs = Documents::new([h]).with_scenarios([s]);
    let robustness = conflict::robustness(&docs, via, |d| {
        let h = &d.hierarchies[0];
        Ok(d.scenarios[0].analyse(h.id(), &via.ranking(h)?, via))
    })
    .map_err(input::via_failure)?;
    emit_robust(format, &analysis, &robustness)?;
    Ok(Outcome::Clean)
}

/// A built-in scenario by id, or a scenario file by path.
pub(crate) fn load_scenario(arg: &str) -> Result<Scenario, Failure> {
    if input::is_file_argument(arg) {
        Scenario::load(arg).map_err(|e| input::file_failure(arg, &e))
    } else {
        builtin::scenario(arg).map_err(|e| Failure::input(e.to_string()))
    }
}
