//! `check`, `conflicts` and `scenario`.

use std::path::Path;

use security_hierarchy::conflict::{self, Documents};
use security_hierarchy::limit::Limits;
use security_hierarchy::scenario::{Scenario, builtin};
use security_hierarchy::{Error, Hierarchy};
use security_hierarchy::{Finding, Via, check_file_within};
use serde::Serialize;

use crate::input;
use crate::output::sayln;
use crate::output::{emit_robust, print_json};
use crate::{CLOSURE_HINT, Failure, Outcome, OutputFormat};

/// One problem found in one file (the `check --format json` element).
#[derive(Serialize)]
struct Problem {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    kind: &'static str,
    message: String,
}

pub(crate) fn check(
    files: &[String],
    format: OutputFormat,
    limits: Limits,
) -> Result<Outcome, Failure> {
    let mut problems = Vec::new();
    // Files that could not be checked at all, each reported on its own line.
    let mut unreadable = Vec::new();
    // Checks of readable files refused at a limit, each on its own line.
    let mut refused = Vec::new();
    for file in files {
        if let Some(why) = unreadable_reason(Path::new(file)) {
            unreadable.push(format!("{file}: {why}"));
            continue;
        }
        for finding in check_file_within(file, limits) {
            if let Finding::Invalid(e @ (Error::Io { .. } | Error::UnknownFileType { .. })) =
                &finding
            {
                unreadable.push(e.to_string());
                continue;
            }
            // A check refused at a limit is an input error, not a problem found.
            if let Finding::NotChecked { .. } = &finding {
                refused.push(format!("{file}: {finding}{CLOSURE_HINT}"));
                continue;
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
                files.len() - unreadable.len(),
                problems.len()
            );
        }
    }
    unreadable.extend(refused);
    if let Some((last, others)) = unreadable.split_last() {
        for message in others {
            eprintln!("security-hierarchy: error: {message}");
        }
        return Err(Failure::input(last.clone()));
    }
    Ok(Outcome::problems_if(!problems.is_empty()))
}

/// Why a path cannot be checked as a document, if it cannot: missing, a
/// directory, not a regular file, or empty.
fn unreadable_reason(path: &Path) -> Option<&'static str> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some("no such file"),
        Ok(m) if m.is_dir() => Some("is a directory, not a file"),
        Ok(m) if !m.is_file() => Some("is not a regular file"),
        Ok(m) if m.len() == 0 => Some("is empty; expected a hierarchy or scenario document"),
        // Other errors: reading the file names the operating system's error.
        _ => None,
    }
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
        Finding::Unlisted { .. } => "unlisted",
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
    limits: Limits,
) -> Result<Outcome, Failure> {
    let docs: Vec<Hierarchy> = args
        .iter()
        .map(|a| input::load(a))
        .collect::<Result<_, _>>()?;
    let mut report = conflict::conflicts_within(&docs, via, limits);
    for skipped in &mut report.not_checked {
        if skipped.reason.starts_with("the majority graph would hold") {
            skipped.reason.push_str("; raise it with --max-items");
        } else if skipped
            .reason
            .starts_with("the closure of the precedences would hold")
        {
            skipped.reason.push_str(CLOSURE_HINT);
        }
    }
    let robustness = conflict::robustness(&Documents::new(docs), via, |d| {
        Ok(conflict::conflicts_within(&d.hierarchies, via, limits))
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
    let h = input::load_on(against, via)?;
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
