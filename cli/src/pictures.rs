//! `plot` (SVG pictures), `report` (one HTML page) and `dot` (Graphviz).

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use security_hierarchy::compare::CompareOptions;
use security_hierarchy::limit::{self, Limits};
use security_hierarchy::plot::{
    self, Agreement, Bump, Heatmap, MajorityDiagram, Report, ScenarioDiagram,
};
use security_hierarchy::scenario::Scenario;
use security_hierarchy::{Hierarchy, Via};

use crate::conflict_commands::load_scenario;
use crate::input;
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

impl From<Measure> for Agreement {
    fn from(m: Measure) -> Self {
        match m {
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
    /// The common ground for pictures of hierarchies: concern (the
    /// default), tier, none (the items themselves), or a crosswalk file
    /// (.toml or .json, item id = target). Not for `scenario`.
    #[arg(long, value_parser = input::via)]
    via: Option<Via>,
    /// The measure a heatmap shows (default tau-b). Only for `heatmap`.
    #[arg(long, value_enum)]
    measure: Option<Measure>,
    /// The picture's title, in place of the kind's default. Not for
    /// `slopegraph`, whose columns carry the titles.
    #[arg(long)]
    title: Option<String>,
    /// Most items the majority picture draws (1,000 unless given; its
    /// layout takes time growing with the cube of the items). Only for
    /// `majority`.
    #[arg(long)]
    max_items: Option<usize>,
}

/// `report H... [--scenario S ...] [--via V] -o FILE.html`.
#[derive(Args)]
pub(crate) struct ReportArgs {
    /// The hierarchies: built-in ids or files.
    #[arg(required = true)]
    hierarchies: Vec<String>,
    /// A scenario to draw and weigh by every hierarchy (built-in id or file); repeatable.
    #[arg(long)]
    scenario: Vec<String>,
    /// The common ground the hierarchies are compared on: concern, tier,
    /// none (the items themselves), or a crosswalk file (.toml or .json,
    /// item id = target).
    #[arg(long, default_value = "concern", value_parser = input::via)]
    via: Via,
    /// Where to write the HTML (never one of the inputs).
    #[arg(short, long)]
    output: PathBuf,
    /// The page's title.
    #[arg(long, default_value = "Security priorities compared")]
    title: String,
}

pub(crate) fn plot(args: &PlotArgs) -> Result<Outcome, Failure> {
    let (kind, inputs) = kind_and_inputs(&args.args)?;
    refuse_options(kind, args)?;
    check_arity(kind, inputs.len())?;
    let svg = if kind == Kind::Scenario {
        let s: Scenario = load_scenario(&inputs[0])?;
        let mut d = ScenarioDiagram::from_scenario(&s);
        if let Some(t) = &args.title {
            d.title.clone_from(t);
        }
        plot::scenario_diagram(&d)
    } else {
        let via = args.via.clone().unwrap_or(Via::Concern);
        let docs = inputs
            .iter()
            .map(|a| input::load_on(a, &via))
            .collect::<Result<Vec<Hierarchy>, _>>()?;
        draw(kind, args, &docs).map_err(input::via_failure)?
    };
    save(&args.output, &svg, inputs)
}

/// The kind named first, or a slopegraph when two hierarchies are given
/// alone; and the inputs that follow.
fn kind_and_inputs(args: &[String]) -> Result<(Kind, &[String]), Failure> {
    let Some((first, rest)) = args.split_first() else {
        unreachable!("clap requires at least one argument")
    };
    match Kind::from_str(first, false) {
        Ok(kind) => Ok((kind, rest)),
        Err(_) if args.len() == 2 => Ok((Kind::Slopegraph, args)),
        Err(_) => Err(Failure::input(format!(
            "`{first}` is not a kind of picture; expected one of: slopegraph, heatmap, bump, majority, scenario (or two hierarchies for a slopegraph)"
        ))),
    }
}

/// An option given to a kind it does not apply to is an error, not ignored.
fn refuse_options(kind: Kind, args: &PlotArgs) -> Result<(), Failure> {
    let name = kind
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string());
    crate::refuse_unused(
        [
            (
                args.via.is_some() && kind == Kind::Scenario,
                "--via",
                "plot of hierarchies",
            ),
            (
                args.measure.is_some() && kind != Kind::Heatmap,
                "--measure",
                "plot heatmap",
            ),
            (
                args.max_items.is_some() && kind != Kind::Majority,
                "--max-items",
                "plot majority",
            ),
            (
                args.title.is_some() && kind == Kind::Slopegraph,
                "--title",
                "plot heatmap, bump, majority and scenario",
            ),
        ],
        &format!("plot {name}"),
    )
}

/// How many hierarchies each kind takes: exactly two for a slopegraph, two
/// or more for a heatmap or majority graph, one or more for a bump chart.
fn check_arity(kind: Kind, got: usize) -> Result<(), Failure> {
    let (name, needs, fits) = match kind {
        Kind::Slopegraph => ("slopegraph", "exactly two hierarchies", got == 2),
        Kind::Heatmap => ("heatmap", "two or more hierarchies", got >= 2),
        Kind::Majority => ("majority", "two or more hierarchies", got >= 2),
        Kind::Bump => ("bump", "one or more hierarchies", got >= 1),
        Kind::Scenario => ("scenario", "exactly one scenario", got == 1),
    };
    if fits {
        Ok(())
    } else {
        Err(arity(name, needs, got))
    }
}

/// Draws a picture of hierarchies on the chosen common ground.
fn draw(kind: Kind, args: &PlotArgs, docs: &[Hierarchy]) -> security_hierarchy::Result<String> {
    let via = args.via.clone().unwrap_or(Via::Concern);
    Ok(match kind {
        Kind::Slopegraph => plot::slopegraph(&docs[0], &docs[1], &via)?,
        Kind::Heatmap => {
            let measure = args.measure.unwrap_or(Measure::TauB).into();
            let mut map = Heatmap::of_hierarchies(docs, &via, measure, CompareOptions::new())?;
            if let Some(t) = &args.title {
                map = map.title(t);
            }
            plot::heatmap(&map)?
        }
        Kind::Bump => {
            let title = args
                .title
                .clone()
                .unwrap_or_else(|| format!("Side by side via {}", via.name()));
            plot::bump(&Bump::of_hierarchies(title, docs, &via)?)
        }
        Kind::Majority => {
            let max_items = args.max_items.unwrap_or(limit::DEFAULT_MAX_DRAWN_ITEMS);
            let mut d = MajorityDiagram::of_hierarchies_within(docs, &via, max_items)?;
            if let Some(t) = &args.title {
                d = d.title(t);
            }
            plot::majority_graph(&d)
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
        .map(|a| input::load_on(a, &args.via))
        .collect::<Result<Vec<Hierarchy>, _>>()?;
    let scenarios = args
        .scenario
        .iter()
        .map(|a| load_scenario(a))
        .collect::<Result<Vec<Scenario>, _>>()?;
    let report = Report::new(&args.title, &docs, &args.via).scenarios(&scenarios);
    let html = plot::report(&report).map_err(input::via_failure)?;
    let inputs: Vec<&String> = args.hierarchies.iter().chain(&args.scenario).collect();
    save(&args.output, &html, inputs)
}

/// Writes the picture or page atomically, never over one of the inputs.
fn save<I, P>(output: &std::path::Path, text: &str, inputs: I) -> Result<Outcome, Failure>
where
    I: IntoIterator<Item = P>,
    P: AsRef<std::path::Path>,
{
    security_hierarchy::save_text(text, output, inputs)
        .map_err(|e| Failure::input(e.to_string()))?;
    Ok(Outcome::Clean)
}

pub(crate) fn dot(args: &[String], via: &Via, limits: Limits) -> Result<Outcome, Failure> {
    // One hierarchy is drawn as it is; several on common ground.
    let docs: Vec<Hierarchy> = args
        .iter()
        .map(|a| {
            if args.len() == 1 {
                input::load(a)
            } else {
                input::load_on(a, via)
            }
        })
        .collect::<Result<_, _>>()?;
    say!(
        "{}",
        plot::dot_within(&docs, via, limits).map_err(input::via_failure)?
    );
    Ok(Outcome::Clean)
}
