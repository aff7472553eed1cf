//! Printing results as text or as stable JSON.

use std::fmt::{self, Display};
use std::io::{self, Write};

use security_hierarchy::conflict::Robustness;
use serde::Serialize;

use crate::{Failure, OutputFormat};

/// Prints a value as pretty JSON on stdout.
pub(crate) fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
    sayln!("{text}");
    Ok(())
}

/// Prints a report in the chosen format: its `Display` form or its JSON.
pub(crate) fn emit<T: Serialize + Display>(format: OutputFormat, value: &T) -> Result<(), Failure> {
    match format {
        OutputFormat::Json => print_json(value),
        OutputFormat::Text => {
            sayln!("{value}");
            Ok(())
        }
    }
}

/// A report with the robustness of its conclusions beside it (JSON:
/// the report's fields plus `robustness`, `null` when no contested mapping
/// is involved).
#[derive(Serialize)]
struct Robust<'a, T> {
    #[serde(flatten)]
    report: &'a T,
    robustness: Option<&'a Robustness>,
}

/// Prints a report and, when contested mappings are involved, how its
/// conclusions fare under every admissible choice of them.
pub(crate) fn emit_robust<T: Serialize + Display>(
    format: OutputFormat,
    report: &T,
    robustness: &Robustness,
) -> Result<(), Failure> {
    let robustness = Some(robustness).filter(|r| !r.contested.is_empty());
    match format {
        OutputFormat::Json => print_json(&Robust { report, robustness }),
        OutputFormat::Text => {
            sayln!("{}", report.to_string().trim_end());
            if let Some(r) = robustness {
                sayln!("\n== robustness of these conclusions\n{r}");
            }
            Ok(())
        }
    }
}

/// Writes to stdout. A closed pipe (`security-hierarchy list | head`) ends
/// the program quietly with success, as a reader that stops early is no error.
pub(crate) fn write_out(args: fmt::Arguments<'_>) {
    let mut out = io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        if e.kind() == io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("security-hierarchy: error: cannot write output: {e}");
        std::process::exit(2);
    }
}

/// `print!` through [`write_out`].
macro_rules! say {
    ($($arg:tt)*) => { $crate::output::write_out(format_args!($($arg)*)) };
}

/// `println!` through [`write_out`].
macro_rules! sayln {
    () => { $crate::output::write_out(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::output::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use {say, sayln};
