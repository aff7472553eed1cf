//! `list`, `show`, `export` and `check`.

use security_hierarchy::corpus;

use crate::output::print_json;
use crate::output::{say, sayln};
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
            sayln!(
                "{:<id$}  {:<author$}  {:>4}  {:<9}  {:>5}  {:>8}",
                "id",
                "author",
                "year",
                "order",
                "items",
                "verified"
            );
            for e in &entries {
                sayln!(
                    "{:<id$}  {:<author$}  {:>4}  {:<9}  {:>5}  {:>8}",
                    e.id,
                    e.author,
                    e.year,
                    e.order.slug(),
                    e.items,
                    e.verified
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
        OutputFormat::Text => sayln!("{h}"),
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
    say!("{text}");
    if !text.ends_with('\n') {
        sayln!();
    }
    Ok(Outcome::Clean)
}
