//! `list`, `show`, `export` and `check`.

use security_hierarchy::{Error, Hierarchy, corpus};
use serde::Serialize;

use crate::{Failure, FileFormat, Outcome, OutputFormat, input};

pub(crate) fn list(format: OutputFormat) -> Result<Outcome, Failure> {
    let entries = corpus::catalogue();
    match format {
        OutputFormat::Json => print_json(&entries)?,
        OutputFormat::Text => {
            let id = entries.iter().map(|e| e.id.len()).max().unwrap_or(0);
            let author = entries
                .iter()
                .map(|e| e.author.chars().count())
                .max()
                .unwrap_or(0);
            println!(
                "{:<id$}  {:<author$}  {:>4}  {:<9}  {:>5}  {:>8}",
                "id", "author", "year", "order", "items", "verified"
            );
            for e in &entries {
                println!(
                    "{:<id$}  {:<author$}  {:>4}  {:<9}  {:>5}  {:>8}",
                    e.id, e.author, e.year, e.order, e.items, e.verified
                );
            }
        }
    }
    Ok(Outcome::Clean)
}

pub(crate) fn show(arg: &str, format: OutputFormat) -> Result<Outcome, Failure> {
    let h = input::load(arg)?;
    match format {
        OutputFormat::Json => print_json(&h)?,
        OutputFormat::Text => println!("{h}"),
    }
    Ok(Outcome::Clean)
}

pub(crate) fn export(id: &str, format: FileFormat) -> Result<Outcome, Failure> {
    let h = corpus::hierarchy(id).map_err(|e| Failure::input(e.to_string()))?;
    let text = match format {
        FileFormat::Toml => h.to_toml_string(),
        FileFormat::Json => h.to_json_string(),
    }
    .map_err(|e| Failure::input(e.to_string()))?;
    print!("{text}");
    if !text.ends_with('\n') {
        println!();
    }
    Ok(Outcome::Clean)
}

/// One problem found in one file.
#[derive(Serialize)]
struct Problem {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

pub(crate) fn check(files: &[String], format: OutputFormat) -> Result<Outcome, Failure> {
    let mut problems = Vec::new();
    for file in files {
        match Hierarchy::load(file) {
            Ok(_) => {}
            Err(e @ (Error::Io { .. } | Error::UnknownFileType { .. })) => {
                return Err(Failure::input(e.to_string()));
            }
            Err(e) => problems.push(problem(file, &e)),
        }
    }
    match format {
        OutputFormat::Json => print_json(&problems)?,
        OutputFormat::Text => {
            for p in &problems {
                match p.line {
                    Some(line) => println!("{}:{line}: {}", p.file, p.message),
                    None => println!("{}: {}", p.file, p.message),
                }
            }
            println!(
                "{} file(s) checked, {} problem(s)",
                files.len(),
                problems.len()
            );
        }
    }
    Ok(if problems.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}

fn problem(file: &str, e: &Error) -> Problem {
    let (line, column) = match e {
        Error::Parse { line, column, .. } => (Some(*line), Some(*column)),
        _ => (None, None),
    };
    Problem {
        file: file.to_string(),
        line,
        column,
        message: e.to_string(),
    }
}

pub(crate) fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
    println!("{text}");
    Ok(())
}
