//! One self-contained HTML page: sources, pictures, comparison tables,
//! conflicts, consensus and scenarios, with a table of contents.
//!
//! Each section is one function from the [`Context`] to an optional
//! [`Section`]; adding a section is adding one function to [`SECTIONS`].

use std::fmt::Write;

use super::svg::escape;
use super::{
    Agreement, Bump, Heatmap, MajorityDiagram, ScenarioDiagram, bump, heatmap, majority_graph,
    scenario_diagram,
};
use crate::compare::{CompareOptions, Comparison};
use crate::conflict::tier_inversions;
use crate::consensus::{self, Consensus};
use crate::error::{Error, Result};
use crate::hierarchy::Hierarchy;
use crate::majority::MajorityGraph;
use crate::ranking::Ranking;
use crate::scenario::Scenario;
use crate::via::Via;

/// Rows shown in a table that can grow quadratically; the true total is
/// always stated.
const MAX_ROWS: usize = 200;

/// What the report covers: a title, the hierarchies, the common ground they
/// are compared on (see [`Via`]) and the scenarios.
///
/// ```
/// use security_hierarchy::plot::{Report, report};
/// use security_hierarchy::{Via, corpus};
/// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("rudd-2022")?];
/// let html = report(&Report::new("Rudd over time", &docs, &Via::Concern))?;
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains(r#"<section id="agreement">"#));
/// assert!(!html.contains("<script"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Report<'a> {
    title: String,
    hierarchies: &'a [Hierarchy],
    via: &'a Via,
    scenarios: &'a [Scenario],
}

impl<'a> Report<'a> {
    /// A report on `hierarchies` compared through `via`, with no scenarios.
    pub fn new(title: impl Into<String>, hierarchies: &'a [Hierarchy], via: &'a Via) -> Self {
        Self {
            title: title.into(),
            hierarchies,
            via,
            scenarios: &[],
        }
    }

    /// Adds scenarios, each analysed against every comparable hierarchy.
    pub fn scenarios(mut self, scenarios: &'a [Scenario]) -> Self {
        self.scenarios = scenarios;
        self
    }
}

/// What the sections share: the report, the hierarchies on common ground
/// (those that have a ranking through the report's [`Via`]), with the
/// reasons the others were left out of the comparisons, and the words that
/// name the ground.
struct Context<'a> {
    report: &'a Report<'a>,
    compared: Vec<(&'a Hierarchy, Ranking<String>)>,
    left_out: Vec<(&'a Hierarchy, String)>,
    ground: Ground,
}

/// How the page names the common ground: what one compared thing is called
/// and how each item gets there.
struct Ground {
    /// One compared thing: "concern", "tier", "item" or "target".
    unit: &'static str,
    /// How items reach the ground, for the sources note.
    how: String,
}

impl Ground {
    fn of(via: &Via) -> Self {
        let (unit, how) = match via {
            Via::Items => ("item", "the items themselves, by id".to_string()),
            Via::Concern => ("concern", "each item's concern crosswalk".to_string()),
            Via::Tier => ("tier", "each item's tier crosswalk".to_string()),
            other => ("target", format!("the crosswalk `{}`", other.name())),
        };
        Self { unit, how }
    }

    /// "the shared concerns", "the shared tiers", …
    fn shared(&self) -> String {
        format!("the shared {}s", self.unit)
    }
}

/// One section of the page.
struct Section {
    id: &'static str,
    title: &'static str,
    body: String,
}

type SectionFn = fn(&Context<'_>) -> Result<Option<Section>>;

/// The sections, in order.
const SECTIONS: [SectionFn; 7] = [
    sources,
    agreement,
    side_by_side,
    comparisons,
    conflicts,
    consensus_section,
    scenarios,
];

/// Renders the report as one HTML page: inline CSS and SVG, no scripts, no
/// fonts or anything else fetched. Hierarchies without a ranking through
/// the report's [`Via`] (partial orders, unordered sets, items without a
/// mapping) are listed with the reason and left out of the comparisons.
/// Tier inversions are always checked through each item's tier crosswalk. Long tables stop at 200 rows with the total stated.
/// O(n²·m²) for n hierarchies of m items, plus the consensus (exact
/// Kemeny–Young, falling back to the heuristic past its component limit).
///
/// # Errors
/// [`Error::NoRankings`] when `hierarchies` is empty;
/// [`Error::InvalidPicture`] when more than
/// [`MAX_HEATMAP_NAMES`](super::MAX_HEATMAP_NAMES) of them can be compared,
/// as the agreement heatmaps would be too large.
pub fn report(r: &Report<'_>) -> Result<String> {
    if r.hierarchies.is_empty() {
        return Err(Error::NoRankings);
    }
    let mut compared = Vec::new();
    let mut left_out = Vec::new();
    for h in r.hierarchies {
        match r.via.ranking(h) {
            Ok(ranking) => compared.push((h, ranking)),
            Err(e) => left_out.push((h, e.to_string())),
        }
    }
    let context = Context {
        report: r,
        compared,
        left_out,
        ground: Ground::of(r.via),
    };
    let mut sections = Vec::new();
    for section in SECTIONS {
        sections.extend(section(&context)?);
    }
    let mut html = String::with_capacity(64 * 1024);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        escape(&r.title),
        escape(&r.title)
    );
    html.push_str("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    for s in &sections {
        let _ = writeln!(html, "<li><a href=\"#{}\">{}</a></li>", s.id, s.title);
    }
    html.push_str("</ol>\n</nav>\n");
    for s in &sections {
        let _ = write!(
            html,
            "<section id=\"{}\">\n<h2>{}</h2>\n{}</section>\n",
            s.id, s.title, s.body
        );
    }
    html.push_str(
        "<footer>Drawn by the security-hierarchy library. Colours: the Okabe–Ito palette.</footer>\n\
         </main>\n</body>\n</html>\n",
    );
    Ok(html)
}

const CSS: &str = r#"
:root { color: #1a1a1a; background: #ffffff; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; border-bottom: 2px solid #0072B2; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
p.note { color: #595959; font-size: 0.92rem; }
nav.toc { background: #f4f7fa; border: 1px solid #d0d7de; padding: 0.4rem 1.2rem; border-radius: 6px; }
nav.toc h2 { border: none; margin: 0.5rem 0 0; font-size: 1.05rem; }
nav.toc ol { margin: 0.3rem 0 0.6rem; }
a { color: #0b5394; }
/* Pictures keep their size on screen (wide ones scroll) and shrink to the page in print. */
figure { margin: 1rem 0; overflow-x: auto; break-inside: avoid; }
figure svg { display: block; }
figcaption { font-size: 0.9rem; color: #595959; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td.id { white-space: nowrap; }
th { background: #eef2f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.verified { color: #006b4f; font-weight: bold; }
.unverified { color: #a14500; font-weight: bold; }
ol.ranking li, ul.items li { margin: 0.1rem 0; }
footer { margin-top: 3rem; font-size: 0.85rem; color: #595959; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { break-after: page; }
  h2, h3 { break-after: avoid; }
  figure, table { break-inside: avoid; }
  .table-wrap, figure { overflow: visible; }
  figure svg { max-width: 100%; height: auto; }
  a { color: inherit; text-decoration: none; }
}
"#;

fn figure(svg: &str, caption: &str) -> String {
    format!(
        "<figure>\n{svg}<figcaption>{}</figcaption>\n</figure>\n",
        escape(caption)
    )
}

fn number(x: Option<f64>) -> String {
    x.map_or("n/a".to_string(), |v| format!("{v:.3}"))
}

/// The note stating how many rows of a table were shown.
fn capped(shown: usize, total: usize, what: &str) -> String {
    if shown < total {
        format!("<p class=\"note\">Showing the first {shown} of {total} {what}.</p>\n")
    } else {
        String::new()
    }
}

#[allow(
    clippy::unnecessary_wraps,
    reason = "every section has the signature of SectionFn"
)]
fn sources(c: &Context<'_>) -> Result<Option<Section>> {
    let mut body = String::from(
        "<div class=\"table-wrap\"><table>\n<tr><th>Id</th><th>Hierarchy</th><th>Source</th><th>Order</th><th>Items</th><th>Verified</th></tr>\n",
    );
    for h in c.report.hierarchies {
        let total = h.items().len();
        let verified = h.items().filter(|e| e.verification.is_verified()).count();
        let mark = if verified == total {
            format!("<span class=\"verified\">✓</span>&nbsp;{verified}/{total}")
        } else {
            format!("<span class=\"unverified\">⚠</span>&nbsp;{verified}/{total}")
        };
        let _ = writeln!(
            body,
            "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{total}</td><td class=\"num\">{mark}</td></tr>",
            escape(h.id()),
            escape(h.title()),
            escape(&h.source().to_string()),
            h.order().kind()
        );
    }
    body.push_str("</table></div>\n");
    let (shared, how) = (c.ground.shared(), &c.ground.how);
    if c.left_out.is_empty() {
        let _ = writeln!(
            body,
            "<p class=\"note\">Every hierarchy is compared on {shared}, through {}.</p>",
            escape(how)
        );
    } else {
        let _ = writeln!(
            body,
            "<p class=\"note\">Compared on {shared}, through {}. Left out of the comparisons:</p>\n<ul>",
            escape(how)
        );
        for (h, why) in &c.left_out {
            let _ = writeln!(body, "<li>{}: {}</li>", escape(h.id()), escape(why));
        }
        body.push_str("</ul>\n");
    }
    Ok(Some(Section {
        id: "sources",
        title: "Sources and verification",
        body,
    }))
}

/// Every comparison between the compared hierarchies, row by row.
fn matrix(c: &Context<'_>) -> Result<Vec<Vec<Comparison<String>>>> {
    let options = CompareOptions::new();
    let mut rows = Vec::with_capacity(c.compared.len());
    for (a, ra) in &c.compared {
        let mut row = Vec::with_capacity(c.compared.len());
        for (b, rb) in &c.compared {
            let o = options.clone().names(a.id(), b.id());
            row.push(Comparison::new(ra, rb, o)?);
        }
        rows.push(row);
    }
    Ok(rows)
}

fn names(c: &Context<'_>) -> Vec<String> {
    c.compared.iter().map(|(h, _)| h.id().to_string()).collect()
}

fn agreement(c: &Context<'_>) -> Result<Option<Section>> {
    if c.compared.len() < 2 {
        return Ok(None);
    }
    let rows = matrix(c)?;
    let (unit, shared) = (c.ground.unit, c.ground.shared());
    let mut body = String::new();
    for (measure, caption) in [
        (
            Agreement::TauB,
            format!(
                "Kendall's tau-b on the {unit}s both hierarchies rank: 1 is the same order, -1 the reverse; n is the number of shared {unit}s."
            ),
        ),
        (
            Agreement::Rbo,
            format!(
                "Rank-biased overlap (p = 0.9) over the full lists, weighting agreement at the top; n is the number of {unit}s in either list."
            ),
        ),
    ] {
        let map = Heatmap::from_comparisons(
            format!("Agreement on {shared}: {}", measure.name()),
            names(c),
            &rows,
            measure,
        )?;
        body.push_str(&figure(&heatmap(&map)?, &caption));
    }
    Ok(Some(Section {
        id: "agreement",
        title: "Agreement",
        body,
    }))
}

#[allow(
    clippy::unnecessary_wraps,
    reason = "every section has the signature of SectionFn"
)]
fn side_by_side(c: &Context<'_>) -> Result<Option<Section>> {
    if c.compared.is_empty() {
        return Ok(None);
    }
    let (unit, shared) = (c.ground.unit, c.ground.shared());
    let mut chart = Bump::new(format!("The hierarchies on {shared}, in the order given"));
    for (h, r) in &c.compared {
        chart = chart.column(h.id(), r);
    }
    Ok(Some(Section {
        id: "side-by-side",
        title: "Side by side",
        body: figure(
            &bump(&chart),
            &format!(
                "Each column is one hierarchy on {shared}; lines follow a {unit} from column to column."
            ),
        ),
    }))
}

fn comparisons(c: &Context<'_>) -> Result<Option<Section>> {
    if c.compared.len() < 2 {
        return Ok(None);
    }
    let rows = matrix(c)?;
    let total = c.compared.len() * (c.compared.len() - 1) / 2;
    let mut body = String::from(
        "<div class=\"table-wrap\"><table>\n<tr><th>A</th><th>B</th><th>Shared</th><th>tau-b</th><th>Spearman</th><th>RBO</th><th>Discordant pairs</th></tr>\n",
    );
    let mut shown = 0;
    'rows: for (i, row) in rows.iter().enumerate() {
        for cmp in &row[i + 1..] {
            if shown == MAX_ROWS {
                break 'rows;
            }
            shown += 1;
            let _ = writeln!(
                body,
                "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape(&cmp.a),
                escape(&cmp.b),
                cmp.shared.len(),
                number(cmp.tau_b),
                number(cmp.spearman),
                number(cmp.rbo.map(|r| r.ext)),
                cmp.discordant.len()
            );
        }
    }
    body.push_str("</table></div>\n");
    body.push_str(&capped(shown, total, "pairs"));
    Ok(Some(Section {
        id: "comparisons",
        title: "Comparisons",
        body,
    }))
}

#[allow(
    clippy::unnecessary_wraps,
    reason = "every section has the signature of SectionFn"
)]
fn conflicts(c: &Context<'_>) -> Result<Option<Section>> {
    let mut body = String::from("<h3>Tier inversions</h3>\n<ul class=\"items\">\n");
    for h in c.report.hierarchies {
        match tier_inversions(h, &Via::Tier) {
            Ok(r) => {
                let _ = writeln!(
                    body,
                    "<li>{}</li>",
                    escape(&r.to_string()).replace('\n', "<br>")
                );
            }
            Err(e) => {
                let _ = writeln!(
                    body,
                    "<li>{}: not checked: {}</li>",
                    escape(h.id()),
                    escape(&e.to_string())
                );
            }
        }
    }
    body.push_str("</ul>\n");
    let rankings: Vec<&Ranking<String>> = c.compared.iter().map(|(_, r)| r).collect();
    let graph = if rankings.len() < 2 {
        None
    } else {
        match MajorityGraph::within(rankings, crate::limit::DEFAULT_MAX_DRAWN_ITEMS) {
            Ok(graph) => Some(graph),
            Err(e) => {
                let _ = writeln!(
                    body,
                    "<h3>Majority graph</h3>\n<p>Not drawn: {}.</p>",
                    escape(&e.to_string())
                );
                None
            }
        }
    };
    if let Some(graph) = graph {
        let (unit, shared) = (c.ground.unit, c.ground.shared());
        let picture = MajorityDiagram::from_graph(format!("Majority graph on {shared}"), &graph);
        body.push_str("<h3>Majority graph</h3>\n");
        body.push_str(&figure(
            &majority_graph(&picture),
            &format!("An arrow from one {unit} to another: more hierarchies rank the first above the second."),
        ));
        let cycles = graph.cycles();
        if cycles.is_empty() {
            body.push_str(
                "<p>No majority cycle: the majority relation is a consistent order.</p>\n",
            );
        } else {
            body.push_str("<ul class=\"items\">\n");
            for cycle in &cycles {
                let steps: Vec<String> = cycle
                    .items
                    .iter()
                    .zip(&cycle.margins)
                    .map(|(x, m)| format!("{x} (+{m})"))
                    .collect();
                let _ = writeln!(
                    body,
                    "<li>cycle: {} → back to the first</li>",
                    escape(&steps.join(" → "))
                );
            }
            body.push_str("</ul>\n");
        }
    }
    Ok(Some(Section {
        id: "conflicts",
        title: "Conflicts",
        body,
    }))
}

/// The exact Kemeny consensus, or the heuristic when a majority component
/// is past the exact limit.
fn consensus_of(rankings: &[Ranking<String>]) -> Result<Consensus<String>> {
    match consensus::kemeny(rankings) {
        Err(Error::TooLarge { .. }) => consensus::heuristic(rankings),
        other => other,
    }
}

fn consensus_section(c: &Context<'_>) -> Result<Option<Section>> {
    if c.compared.is_empty() {
        return Ok(None);
    }
    let rankings: Vec<Ranking<String>> = c.compared.iter().map(|(_, r)| r.clone()).collect();
    let result = consensus_of(&rankings)?;
    let mut body = format!(
        "<p>Method: {}; total Kendall distance to the inputs (tie penalty {}): {:.2}.</p>\n<ol class=\"ranking\">\n",
        escape(&result.method().to_string()),
        result.tie_penalty(),
        result.cost()
    );
    for level in result.ranking().levels() {
        let items: Vec<String> = level.iter().map(|x| escape(&x.clone())).collect();
        let _ = writeln!(body, "<li>{}</li>", items.join(" = "));
    }
    body.push_str("</ol>\n");
    let overruled = result.overruled();
    if overruled.is_empty() {
        body.push_str("<p>It overrules no majority.</p>\n");
    } else {
        body.push_str("<h3>Majorities it overrules</h3>\n<ul class=\"items\">\n");
        for o in overruled.iter().take(MAX_ROWS) {
            let _ = writeln!(body, "<li>{}</li>", escape(&o.to_string()));
        }
        body.push_str("</ul>\n");
        body.push_str(&capped(
            overruled.len().min(MAX_ROWS),
            overruled.len(),
            "overruled majorities",
        ));
    }
    Ok(Some(Section {
        id: "consensus",
        title: "Consensus",
        body,
    }))
}

#[allow(
    clippy::unnecessary_wraps,
    reason = "every section has the signature of SectionFn"
)]
fn scenarios(c: &Context<'_>) -> Result<Option<Section>> {
    if c.report.scenarios.is_empty() {
        return Ok(None);
    }
    let mut body = String::new();
    for s in c.report.scenarios {
        let _ = writeln!(body, "<h3>{}</h3>", escape(s.title()));
        if !s.summary().is_empty() {
            let _ = writeln!(body, "<p>{}</p>", escape(s.summary()));
        }
        body.push_str(&figure(
            &scenario_diagram(&ScenarioDiagram::from_scenario(s)),
            "Actions on the left, the interests they advance or harm on the right.",
        ));
        if c.compared.is_empty() {
            continue;
        }
        body.push_str("<div class=\"table-wrap\"><table>\n<tr><th>Action</th>");
        for (h, _) in &c.compared {
            let _ = write!(body, "<th>{}</th>", escape(h.id()));
        }
        body.push_str("</tr>\n");
        let analyses: Vec<_> = c
            .compared
            .iter()
            .map(|(h, r)| s.analyse(h.id(), r, c.report.via))
            .collect();
        for (k, action) in s.actions().iter().enumerate() {
            let name = if action.label.is_empty() {
                &action.id
            } else {
                &action.label
            };
            let _ = write!(body, "<tr><td>{}</td>", escape(name));
            for a in &analyses {
                let v = &a.actions[k].verdict;
                let _ = write!(body, "<td>{}</td>", escape(&v.outcome.to_string()));
            }
            body.push_str("</tr>\n");
        }
        let _ = writeln!(
            body,
            "</table></div>\n<p class=\"note\">The verdict of each action weighed by each hierarchy's order of the {}s.</p>",
            c.ground.unit
        );
    }
    Ok(Some(Section {
        id: "scenarios",
        title: "Scenarios",
        body,
    }))
}
