//! `security-hierarchy`: the library's capabilities from the command line.
//!
//! Every argument that names a hierarchy takes a built-in id (see `list`)
//! or a path to a `.toml` or `.json` file. Exit status: 0 on success, 1 when
//! `check` or `conflicts` finds problems, 2 for usage or input errors.

mod compare_commands;
mod conflict_commands;
mod corpus_commands;
mod input;
mod output;
mod pictures;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use security_hierarchy::{Via, limit};

/// Typed, sourced rankings of security priorities: compare them, find where
/// they conflict, build a consensus.
#[derive(Parser)]
#[command(name = "security-hierarchy", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// How results are printed.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// Readable text.
    Text,
    /// Stable JSON (documented in the README).
    Json,
}

/// The format of an exported data file.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FileFormat {
    /// TOML.
    Toml,
    /// JSON.
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// List the built-in hierarchies.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Show a hierarchy: levels, labels, descriptions, source, verification, crosswalks.
    Show {
        /// A built-in id or a path to a TOML or JSON file.
        hierarchy: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Print a built-in hierarchy as an editable data file.
    Export {
        /// A built-in id.
        id: String,
        /// File format.
        #[arg(long, value_enum, default_value_t = FileFormat::Toml)]
        format: FileFormat,
    },
    /// Check hierarchy and scenario files and report every problem in each.
    Check {
        /// Files to check (hierarchies or scenarios, TOML or JSON).
        #[arg(required = true)]
        files: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        #[command(flatten)]
        closure: ClosureArgs,
    },
    /// Compare two hierarchies: every rank measure, the discordant pairs, the
    /// largest movers.
    Compare(compare_commands::CompareArgs),
    /// Kendall's W: how far several hierarchies agree, with chi-square and
    /// permutation p-values; items not in every hierarchy are left out and listed.
    Concordance(compare_commands::ConcordanceArgs),
    /// Build one consensus ranking from several hierarchies and report what it overrules.
    Consensus(compare_commands::ConsensusArgs),
    /// Find conflicts: tier inversions in each hierarchy, and with two or more,
    /// discordant pairs and majority cycles.
    Conflicts {
        /// One or more hierarchies.
        #[arg(required = true)]
        hierarchies: Vec<String>,
        /// The common ground of two or more: concern (the default), tier,
        /// none (the items themselves), or a crosswalk file (.toml or .json,
        /// item id = target).
        #[arg(long, value_parser = input::via)]
        via: Option<Via>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        #[command(flatten)]
        limits: LimitArgs,
        #[command(flatten)]
        closure: ClosureArgs,
    },
    /// Analyse a scenario against a hierarchy: trade-offs, priority
    /// inversions, self-undermining chains and a verdict per action.
    Scenario {
        /// A built-in scenario id or a path to a scenario file.
        scenario: String,
        /// The hierarchy to weigh the actions by.
        #[arg(long, required = true)]
        against: String,
        /// How interests meet the hierarchy: through their concern or tier
        /// mapping, directly by item id (none), or a crosswalk file.
        #[arg(long, default_value = "concern", value_parser = input::via)]
        via: Via,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Draw a picture as SVG: `plot KIND INPUT... -o FILE.svg` with KIND one of
    /// slopegraph, heatmap, bump, majority, scenario; `plot A B -o FILE.svg`
    /// draws a slopegraph.
    Plot(pictures::PlotArgs),
    /// Write one self-contained HTML report: sources, pictures, comparisons,
    /// conflicts, consensus and scenarios.
    Report(pictures::ReportArgs),
    /// Print Graphviz DOT: one hierarchy's levels, or the majority graph of several.
    Dot {
        /// One or more hierarchies.
        #[arg(required = true)]
        hierarchies: Vec<String>,
        /// The common vocabulary for the majority graph of several
        /// hierarchies (concern unless given).
        #[arg(long, value_parser = input::via)]
        via: Option<Via>,
        #[command(flatten)]
        limits: LimitArgs,
    },
}

/// Limits on output and work.
#[derive(clap::Args)]
pub(crate) struct LimitArgs {
    /// How many pairs (or edges) each list shows; all are counted.
    #[arg(long, default_value_t = limit::DEFAULT_MAX_PAIRS)]
    max_pairs: usize,
    /// Most items the majority graph of several hierarchies may hold
    /// (10,000 unless given); its analysis takes time growing with the
    /// square of the items.
    #[arg(long)]
    max_items: Option<usize>,
}

/// The limit on counting a partial order's implied precedences.
#[derive(clap::Args)]
pub(crate) struct ClosureArgs {
    /// Most items a partial order's implied precedences are counted over
    /// for its tier inversions, unless they form at most this / 64 chains;
    /// the time grows with the items times the edges.
    #[arg(long, default_value_t = limit::DEFAULT_MAX_CLOSURE_ITEMS)]
    max_closure_items: usize,
}

/// What to add to a message about the closure limit.
pub(crate) const CLOSURE_HINT: &str = "; raise it with --max-closure-items";

impl LimitArgs {
    /// The library's limits.
    pub(crate) fn limits(&self) -> limit::Limits {
        limit::Limits::new()
            .max_pairs(self.max_pairs)
            .max_items(self.max_items.unwrap_or(limit::DEFAULT_MAX_ITEMS))
    }
}

/// The common ground of an analysis of `hierarchies`: refuses `--via` and
/// `--max-items` for a single hierarchy, which has no majority graph or
/// discordances for them to shape.
fn common_ground(
    command: &str,
    hierarchies: &[String],
    via: Option<Via>,
    limits: &LimitArgs,
) -> Result<Via, Failure> {
    let one = hierarchies.len() == 1;
    let several = format!("`{command}` of two or more hierarchies");
    refuse_unused(
        [
            (one && via.is_some(), "--via", several.as_str()),
            (one && limits.max_items.is_some(), "--max-items", &several),
        ],
        "one",
    )?;
    Ok(via.unwrap_or(Via::Concern))
}

/// Refuses the first option given where it has no effect, so that nothing a
/// user gives is silently dropped. Each check is (given where unused, the
/// option, what it applies to); `here` names what was asked for instead.
pub(crate) fn refuse_unused<'a>(
    checks: impl IntoIterator<Item = (bool, &'a str, &'a str)>,
    here: &str,
) -> Result<(), Failure> {
    match checks.into_iter().find(|(unused, _, _)| *unused) {
        Some((_, option, applies_to)) => Err(Failure::input(format!(
            "{option} applies only to {applies_to}, not {here}"
        ))),
        None => Ok(()),
    }
}

/// A failure that ends the command: its message and exit status.
pub(crate) struct Failure {
    pub(crate) message: String,
    pub(crate) status: u8,
}

impl Failure {
    /// A usage or input error (exit status 2).
    pub(crate) fn input(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            status: 2,
        }
    }
}

/// What a command ended with: success, or problems found (exit status 1).
pub(crate) enum Outcome {
    Clean,
    Problems,
}

impl Outcome {
    /// `Problems` when `found`, otherwise `Clean`.
    pub(crate) fn problems_if(found: bool) -> Self {
        if found {
            Outcome::Problems
        } else {
            Outcome::Clean
        }
    }
}

/// Prints help and version as clap does; any other parse error as one line
/// on stderr with the program's prefix, exit status 2.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    // Help for a bare command; a line for `--` or other arguments alone.
    let bare = std::env::args_os().len() == 1;
    let help_instead = e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand && bare;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) || help_instead {
        let _ = e.print();
        return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        eprintln!("security-hierarchy: error: a command is required (see --help)");
        return ExitCode::from(2);
    }
    let text = e.render().to_string();
    // clap's first line is "error: <what>"; the rest is usage and tips.
    let first = text.lines().next().unwrap_or_default();
    let what = first.strip_prefix("error: ").unwrap_or(first);
    eprintln!("security-hierarchy: error: {what} (see --help)");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    // A bug must still end in one line on stderr, never a backtrace.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("security-hierarchy: internal error: {info}");
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let result = match cli.command {
        Command::List { format } => corpus_commands::list(format),
        Command::Show { hierarchy, format } => corpus_commands::show(&hierarchy, format),
        Command::Export { id, format } => corpus_commands::export(&id, format),
        Command::Check {
            files,
            format,
            closure,
        } => conflict_commands::check(
            &files,
            format,
            limit::Limits::new().max_closure_items(closure.max_closure_items),
        ),
        Command::Compare(args) => compare_commands::compare(&args),
        Command::Consensus(args) => compare_commands::consensus(&args),
        Command::Concordance(args) => compare_commands::concordance(&args),
        Command::Conflicts {
            hierarchies,
            via,
            format,
            limits,
            closure,
        } => common_ground("conflicts", &hierarchies, via, &limits).and_then(|via| {
            let limits = limits.limits().max_closure_items(closure.max_closure_items);
            conflict_commands::conflicts(&hierarchies, &via, format, limits)
        }),
        Command::Scenario {
            scenario,
            against,
            via,
            format,
        } => conflict_commands::scenario(&scenario, &against, &via, format),
        Command::Plot(args) => pictures::plot(&args),
        Command::Report(args) => pictures::report(&args),
        Command::Dot {
            hierarchies,
            via,
            limits,
        } => common_ground("dot", &hierarchies, via, &limits)
            .and_then(|via| pictures::dot(&hierarchies, &via, limits.limits())),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(failure) => {
            eprintln!("security-hierarchy: error: {}", failure.message);
            ExitCode::from(failure.status)
        }
    }
}
