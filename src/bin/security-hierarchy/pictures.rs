//! `plot` (SVG pictures), `report` (one HTML page) and `dot` (Graphviz).

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use security_hierarchy::compare::CompareOptions;
use security_hierarchy::conflict::scenario::Scenario;
use security_hierarchy::majority::MajorityGraph;
use security_hierarchy::plot::{
    self, Agreement, Bump, Heatmap, MajorityDiagram, Report, ScenarioDiagram, Slopegraph,
};
use security_hierarchy::{Hierarchy, Ranking};

use crate::conflict_commands::load_scenario;
use crate::input::{self, Via};
use crate::output::say;
use crate::{Failure, Outcome};

/// The kinds of picture `plot` draws.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Kind {
    /// Two hierarchies side by side, discordant pairs in vermillion.
    Slopegraph,
    /// Agreement between every pair of two or more hierarchies.
    Heatmap,
    /// One or more hierarchies side by side, each item's line across them.
    Bump,
    /// The majority graph of two or more hierarchies, by layer, cycles marked.
    Majority,
    /// One scenario: actions, effects, dependencies, self-undermining chains.
    Scenario,
}

/// The measure a heatmap shows.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Measure {
    /// Kendall's tau-b.
    TauB,
    /// Kendall's tau-a.
    TauA,
    /// Spearman's rho.
    Spearman,
    /// Weighted tau.
    WeightedTau,
    /// Rank-biased overlap (extrapolated).
    Rbo,
}

impl Measure {
    fn agreement(self) -> Agreement {
        match self {
            Measure::TauB => Agreement::TauB,
            Measure::TauA => Agreement::TauA,
            Measure::Spearman => Agreement::Spearman,
            Measure::WeightedTau => Agreement::WeightedTau,
            Measure::Rbo => Agreement::Rbo,
        }
    }
}

/// `plot [KIND] INPUT... -o FILE.svg`.
#[derive(Args)]
pub(crate) struct PlotArgs {
    /// The kind of picture (slopegraph, heatmap, bump, majority, scenario)
    /// followed by its inputs: hierarchies (built-in ids or files), or one
    /// scenario for `scenario`. Two hierarchies alone draw a slopegraph.
    #[arg(required = true, value_name = "KIND|INPUT")]
    args: Vec<String>,
    /// Where to write the SVG (never one of the inputs).
    #[arg(short, long)]
    output: PathBuf,
    /// The common vocabulary to compare on.
    #[arg(long, value_enum, default_value_t = Via::Concern)]
    via: Via,
    /// The measure a heatmap shows.
    #[arg(long, value_enum, default_value_t = Measure::TauB)]
    measure: Measure,
    /// The picture's title, in place of the kind's default.
    #[arg(long)]
    title: Option<String>,
}

/// `report H... [--scenario S ...] -o FILE.html`.
#[derive(Args)]
pub(crate) struct ReportArgs {
    /// The hierarchies: built-in ids or files.
    #[arg(required = true)]
    hierarchies: Vec<String>,
    /// A scenario to draw and weigh by every hierarchy (built-in id or file); repeatable.
    #[arg(long)]
    scenario: Vec<String>,
    /// Where to write the HTML (never one of the inputs).
    #[arg(short, long)]
    output: PathBuf,
    /// The page's title.
    #[arg(long, default_value = "Security priorities compared")]
    title: String,
}

pub(crate) fn plot(args: &PlotArgs) -> Result<Outcome, Failure> {
    let (kind, inputs) = match args.args.split_first() {
        Some((first, rest)) => match Kind::from_str(first, false) {
            Ok(kind) => (kind, rest),
            Err(_) if args.args.len() == 2 => (Kind::Slopegraph, args.args.as_slice()),
            Err(_) => {
                return Err(Failure::input(format!(
                    "`{first}` is not a kind of picture; expected one of: slopegraph, heatmap, bump, majority, scenario (or two hierarchies for a slopegraph)"
                )));
            }
        },
        None => unreachable!("clap requires at least one argument"),
    };
    let svg = match kind {
        Kind::Scenario => {
            let [one] = inputs else {
                return Err(arity("scenario", "exactly one scenario", inputs.len()));
            };
            let s: Scenario = load_scenario(one)?;
            let mut d = ScenarioDiagram::from_scenario(&s);
            if let Some(t) = &args.title {
                d.title.clone_from(t);
            }
            plot::scenario_diagram(&d)
        }
        _ => {
            let docs = inputs
                .iter()
                .map(|a| input::load(a))
                .collect::<Result<Vec<Hierarchy>, _>>()?;
            let rankings = docs
                .iter()
                .map(|h| input::ranking_via(h, args.via))
                .collect::<Result<Vec<Ranking<String>>, _>>()?;
            draw(kind, args, &docs, &rankings)?
        }
    };
    save(&args.output, &svg, inputs)?;
    Ok(Outcome::Clean)
}

/// Draws a picture of hierarchies, already put on the chosen vocabulary.
fn draw(
    kind: Kind,
    args: &PlotArgs,
    docs: &[Hierarchy],
    rankings: &[Ranking<String>],
) -> Result<String, Failure> {
    let ids: Vec<String> = docs.iter().map(|h| h.id().to_string()).collect();
    let title = |default: String| args.title.clone().unwrap_or(default);
    let vocabulary = args.via.name();
    Ok(match kind {
        Kind::Slopegraph => {
            let [a, b] = rankings else {
                return Err(arity(
                    "slopegraph",
                    "exactly two hierarchies",
                    rankings.len(),
                ));
            };
            plot::slopegraph(a, b, &Slopegraph::new(&ids[0], &ids[1]))
        }
        Kind::Heatmap => {
            if rankings.len() < 2 {
                return Err(arity("heatmap", "two or more hierarchies", rankings.len()));
            }
            let measure = args.measure.agreement();
            let default = format!(
                "Agreement on the {vocabulary} vocabulary: {}",
                measure.name()
            );
            let map = Heatmap::of_rankings(
                title(default),
                ids,
                rankings,
                measure,
                &CompareOptions::new(),
            )
            .map_err(|e| Failure::input(e.to_string()))?;
            plot::heatmap(&map).map_err(|e| Failure::input(e.to_string()))?
        }
        Kind::Bump => {
            let mut chart = Bump::new(title(format!(
                "Side by side on the {vocabulary} vocabulary"
            )));
            for (id, r) in ids.iter().zip(rankings) {
                chart = chart.column(id, r);
            }
            plot::bump(&chart)
        }
        Kind::Majority => {
            if rankings.len() < 2 {
                return Err(arity("majority", "two or more hierarchies", rankings.len()));
            }
            let graph = MajorityGraph::new(rankings);
            let default = format!("Majority graph on the {vocabulary} vocabulary");
            plot::majority_graph(&MajorityDiagram::from_graph(title(default), &graph))
        }
        Kind::Scenario => unreachable!("scenarios are drawn by `plot`"),
    })
}

fn arity(kind: &str, needs: &str, got: usize) -> Failure {
    Failure::input(format!("plot {kind} needs {needs}; got {got}"))
}

pub(crate) fn report(args: &ReportArgs) -> Result<Outcome, Failure> {
    let docs = args
        .hierarchies
        .iter()
        .map(|a| input::load(a))
        .collect::<Result<Vec<Hierarchy>, _>>()?;
    let scenarios = args
        .scenario
        .iter()
        .map(|a| load_scenario(a))
        .collect::<Result<Vec<Scenario>, _>>()?;
    let html = plot::report(&Report::new(&args.title, &docs).scenarios(&scenarios))
        .map_err(|e| Failure::input(e.to_string()))?;
    let inputs: Vec<String> = args
        .hierarchies
        .iter()
        .chain(&args.scenario)
        .cloned()
        .collect();
    save(&args.output, &html, &inputs)?;
    Ok(Outcome::Clean)
}

/// Writes `text` to `output` atomically: to a temporary file in the same
/// directory, then renamed over `output`, so a reader never sees half a
/// file. Refuses an `output` that is one of the input files.
pub(crate) fn save(output: &Path, text: &str, inputs: &[String]) -> Result<(), Failure> {
    let shown = output.display();
    let Some(name) = output.file_name() else {
        return Err(Failure::input(format!("{shown}: not a file name")));
    };
    if let Some(target) = resolved(output) {
        for arg in inputs.iter().filter(|a| input::is_file_argument(a)) {
            if std::fs::canonicalize(arg).is_ok_and(|p| p == target) {
                return Err(Failure::input(format!(
                    "{shown}: this is also the input `{arg}`; refusing to overwrite an input"
                )));
            }
        }
    }
    let dir = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let fail = |e: std::io::Error| Failure::input(format!("{shown}: {e}"));
    std::fs::write(&temp, text).map_err(fail)?;
    std::fs::rename(&temp, output).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        fail(e)
    })
}

/// The absolute path `output` names, following links, when its directory exists.
fn resolved(output: &Path) -> Option<PathBuf> {
    if let Ok(p) = std::fs::canonicalize(output) {
        return Some(p);
    }
    let dir = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(output.file_name()?))
}

pub(crate) fn dot(args: &[String], via: Via) -> Result<Outcome, Failure> {
    if let [only] = args {
        say!("{}", plot::dot_hierarchy(&input::load(only)?));
        return Ok(Outcome::Clean);
    }
    let mut rankings = Vec::with_capacity(args.len());
    for arg in args {
        rankings.push(input::ranking_via(&input::load(arg)?, via)?);
    }
    say!("{}", plot::dot_majority(&MajorityGraph::new(&rankings)));
    Ok(Outcome::Clean)
}
