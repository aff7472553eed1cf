//! Printing results as text or as stable JSON.

use std::fmt::{self, Display};
use std::io::{self, Write};

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
