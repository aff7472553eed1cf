//! Scenario diagrams: actions, the interests they advance and harm, the
//! "underpins" links between interests, and self-undermining chains.

use std::collections::BTreeSet;

use super::svg::{Anchor, Label, MUTED, Svg, Swatch, arrow_marker, colour, escape, text_width};
use crate::hierarchy::Basis;
use crate::ranking::Ranking;
use crate::scenario::{Direction, Scenario, Strength};
use crate::via::Via;

const ROW: f64 = 44.0;
const BOX_TEXT: f64 = 230.0;
const BOX_HEIGHT: f64 = 36.0;
const GAP: f64 = 230.0;
const READING: &str = "3 4";

/// One effect of an action on an interest, as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawnEffect {
    /// The action's index.
    pub action: usize,
    /// The interest's index.
    pub interest: usize,
    /// Advances or harms.
    pub direction: Direction,
    /// How strongly.
    pub strength: Strength,
    /// Whether the link is a reading rather than the source's own words.
    pub reading: bool,
}

/// One "underpins" link between interests, as drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawnLink {
    /// The foundation interest's index.
    pub foundation: usize,
    /// The index of the interest it underpins.
    pub underpins: usize,
    /// Whether the link is a reading rather than the source's own words.
    pub reading: bool,
}

/// The data of a scenario diagram: labelled actions and interests, the
/// effects and links between them, and each action's self-undermining
/// chains (interest indices from the harmed one to the advanced one).
///
/// ```
/// use security_hierarchy::scenario::builtin;
/// use security_hierarchy::plot::{ScenarioDiagram, scenario_diagram};
/// let s = builtin::scenario("securitisation-paradox")?;
/// let svg = scenario_diagram(&ScenarioDiagram::from_scenario(&s));
/// assert!(svg.contains("class=\"effect"));
/// assert!(svg.contains("class=\"undermining\""));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioDiagram {
    /// The picture's title.
    pub title: String,
    /// The actions' labels.
    pub actions: Vec<String>,
    /// The interests' labels.
    pub interests: Vec<String>,
    /// The effects.
    pub effects: Vec<DrawnEffect>,
    /// The "underpins" links.
    pub links: Vec<DrawnLink>,
    /// Per chain: the action's index and the interests from the harmed one
    /// to the advanced one.
    pub chains: Vec<(usize, Vec<usize>)>,
}

/// Whether an effect or dependency rests on a reading rather than the
/// source's words: the diagram's dashed lines follow from this alone.
fn is_reading(basis: Option<&Basis>) -> bool {
    basis.is_some_and(Basis::is_reading)
}

impl ScenarioDiagram {
    /// The diagram of a scenario: its actions and interests (by label, or
    /// id when unlabelled), effects and links (those whose basis is a
    /// reading drawn dashed), and the self-undermining chains its
    /// analysis finds. Cost as [`Scenario::analyse`].
    pub fn from_scenario(s: &Scenario) -> Self {
        let name = |id: &str, label: &str| {
            if label.is_empty() {
                id.to_string()
            } else {
                label.to_string()
            }
        };
        let interest_ids: Vec<&str> = s.interests().map(|i| i.id.as_str()).collect();
        let index = |id: &str| {
            interest_ids
                .iter()
                .position(|x| *x == id)
                .expect("a declared interest")
        };
        let effects = s
            .actions()
            .iter()
            .enumerate()
            .flat_map(|(a, action)| action.effects.iter().map(move |e| (a, e)))
            .map(|(a, e)| DrawnEffect {
                action: a,
                interest: index(&e.interest),
                direction: e.direction,
                strength: e.strength,
                reading: is_reading(e.basis.as_ref()),
            })
            .collect();
        let links = s
            .dependencies()
            .iter()
            .map(|d| DrawnLink {
                foundation: index(&d.foundation),
                underpins: index(&d.underpins),
                reading: is_reading(d.basis.as_ref()),
            })
            .collect();
        // Chains do not depend on the ranking: analyse against an empty one.
        let none: Ranking<String> = Ranking::new(Vec::<Vec<String>>::new()).expect("empty ranking");
        let analysis = s.analyse("", &none, &Via::Items);
        let chains = analysis
            .actions
            .iter()
            .enumerate()
            .flat_map(|(a, act)| {
                act.self_undermining
                    .iter()
                    .map(move |c| (a, c.chain().iter().map(|x| index(x)).collect()))
            })
            .collect();
        Self {
            title: format!("Scenario: {}", s.title()),
            actions: s.actions().iter().map(|a| name(&a.id, &a.label)).collect(),
            interests: s.interests().map(|i| name(&i.id, &i.label)).collect(),
            effects,
            links,
            chains,
        }
    }
}

fn stroke_width(s: Strength) -> f64 {
    match s {
        Strength::Weak => 1.2,
        Strength::Moderate => 2.2,
        Strength::Strong => 3.4,
    }
}

/// Draws a scenario: actions in boxes on the left, interests on the right;
/// a `class="effect advances"` line (blue, ending in an arrow) or
/// `class="effect harms"` line (vermillion, ending in a bar) per effect,
/// thicker for stronger effects and dashed when it is a reading rather
/// than the source's words; "underpins" links as grey arcs right of the
/// interests; every link of a self-undermining chain underlaid in
/// reddish purple (`class="undermining"`). O(e + d) for e effects and d
/// links, plus O(n) per chain.
#[allow(
    clippy::too_many_lines,
    reason = "one picture drawn top to bottom: its layout reads in one place"
)]
pub fn scenario_diagram(d: &ScenarioDiagram) -> String {
    let rows = d.actions.len().max(d.interests.len()).max(1);
    let top = 66.0;
    let y_action = |i: usize| top + i as f64 * ROW * rows as f64 / d.actions.len().max(1) as f64;
    let y_interest =
        |i: usize| top + i as f64 * ROW * rows as f64 / d.interests.len().max(1) as f64;
    let box_width = |labels: &[String]| {
        labels
            .iter()
            .map(|s| text_width(s, 13.0))
            .fold(60.0, f64::max)
            .min(BOX_TEXT)
            + 16.0
    };
    let (wa, wi) = (box_width(&d.actions), box_width(&d.interests));
    let xa = 20.0;
    let xi = xa + wa + GAP;
    let arc_room = 40.0 + 14.0 * d.links.len().min(12) as f64;
    let width = (xi + wi + arc_room).max(560.0);
    let legend_top = top + rows as f64 * ROW + 20.0;
    let height = legend_top + 5.0 * 18.0 + 10.0;
    let mut svg = Svg::new(width, height, &d.title, "scenario");
    svg.put(format_args!(
        "<defs>{}{}{}</defs>",
        arrow_marker("advances", colour::BLUE),
        arrow_marker("underpins", MUTED),
        r##"<marker id="harms" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="8" orient="auto"><rect x="7" y="0" width="3" height="10" fill="#D55E00"/></marker>"##
    ));
    let centre_a = |i: usize| y_action(i) + BOX_HEIGHT / 2.0;
    let centre_i = |i: usize| y_interest(i) + BOX_HEIGHT / 2.0;
    let effect_path = |a: usize, i: usize| {
        let (x1, y1, x2, y2) = (xa + wa, centre_a(a), xi - 2.0, centre_i(i));
        let mx = f64::midpoint(x1, x2);
        format!("M{x1:.1},{y1:.1} C{mx:.1},{y1:.1} {mx:.1},{y2:.1} {x2:.1},{y2:.1}")
    };
    let link_path = |f: usize, u: usize| {
        let (y1, y2) = (centre_i(f), centre_i(u));
        let x = xi + wi;
        let bulge = 26.0 + (y2 - y1).abs() * 0.12;
        format!(
            "M{x:.1},{y1:.1} C{:.1},{y1:.1} {:.1},{y2:.1} {:.1},{y2:.1}",
            x + bulge,
            x + bulge,
            x + 2.0
        )
    };
    // Chains first, underneath: the harm, each link along it, the advance.
    let mut chain_effects: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut chain_links: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (a, chain) in &d.chains {
        if let (Some(&first), Some(&last)) = (chain.first(), chain.last()) {
            chain_effects.insert((*a, first));
            chain_effects.insert((*a, last));
        }
        for w in chain.windows(2) {
            chain_links.insert((w[0], w[1]));
        }
    }
    for &(a, i) in &chain_effects {
        svg.put(format_args!(
            r#"<path class="undermining" d="{}" fill="none" stroke="{}" stroke-width="9" stroke-opacity="0.45"/>"#,
            effect_path(a, i),
            colour::PURPLE
        ));
    }
    for &(f, u) in &chain_links {
        svg.put(format_args!(
            r#"<path class="undermining" d="{}" fill="none" stroke="{}" stroke-width="9" stroke-opacity="0.45"/>"#,
            link_path(f, u),
            colour::PURPLE
        ));
    }
    for e in &d.effects {
        let (class, stroke, marker) = match e.direction {
            Direction::Advances => ("effect advances", colour::BLUE, "advances"),
            Direction::Harms => ("effect harms", colour::VERMILLION, "harms"),
        };
        let dash = if e.reading {
            format!(r#" stroke-dasharray="{READING}""#)
        } else {
            String::new()
        };
        let verb = match e.direction {
            Direction::Advances => "advances",
            Direction::Harms => "harms",
        };
        let reading = if e.reading { " (a reading)" } else { "" };
        svg.put(format_args!(
            r#"<path class="{class}" d="{}" fill="none" stroke="{stroke}" stroke-width="{}"{dash} marker-end="url(#{marker})"><title>{} {verb} {}{reading}</title></path>"#,
            effect_path(e.action, e.interest),
            stroke_width(e.strength),
            escape(&d.actions[e.action]),
            escape(&d.interests[e.interest]),
        ));
    }
    for l in &d.links {
        let dash = if l.reading {
            format!(r#" stroke-dasharray="{READING}""#)
        } else {
            String::new()
        };
        let reading = if l.reading { " (a reading)" } else { "" };
        svg.put(format_args!(
            r#"<path class="link" d="{}" fill="none" stroke="{MUTED}" stroke-width="1.5"{dash} marker-end="url(#underpins)"><title>{} underpins {}{reading}</title></path>"#,
            link_path(l.foundation, l.underpins),
            escape(&d.interests[l.foundation]),
            escape(&d.interests[l.underpins]),
        ));
    }
    for (k, (labels, x, w, y_of, class)) in [
        (
            &d.actions,
            xa,
            wa,
            &y_action as &dyn Fn(usize) -> f64,
            "action",
        ),
        (
            &d.interests,
            xi,
            wi,
            &y_interest as &dyn Fn(usize) -> f64,
            "interest",
        ),
    ]
    .into_iter()
    .enumerate()
    {
        svg.label(
            &Label::new(x, top - 14.0, if k == 0 { "Actions" } else { "Interests" })
                .bold()
                .fill(MUTED)
                .class("column-title"),
        );
        for (i, text) in labels.iter().enumerate() {
            let y = y_of(i);
            let fill = if k == 0 { "#eef4fa" } else { "#f7f7f7" };
            svg.put(format_args!(
                r#"<rect class="{class}" x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{BOX_HEIGHT}" rx="5" fill="{fill}" stroke="{MUTED}" stroke-width="1"/>"#
            ));
            let lines = super::svg::fit(text, BOX_TEXT, 13.0, 2).lines.len();
            let baseline = if lines == 1 {
                y + BOX_HEIGHT / 2.0 + 4.5
            } else {
                y + 15.0
            };
            svg.label(
                &Label::new(x + w / 2.0, baseline, text)
                    .anchor(Anchor::Middle)
                    .class("item")
                    .fit(BOX_TEXT, 2),
            );
        }
    }
    svg.legend(
        20.0,
        legend_top,
        width - 40.0,
        &[
            (
                Swatch::Line(colour::BLUE, None, 2.2),
                "advances (thicker: stronger)",
            ),
            (
                Swatch::Line(colour::VERMILLION, None, 2.2),
                "harms (thicker: stronger)",
            ),
            (
                Swatch::Line(MUTED, None, 1.5),
                "underpins: the interest at the arrow rests on the other",
            ),
            (
                Swatch::Line(MUTED, Some(READING), 1.5),
                "dashed: a reading of the source, not its words",
            ),
            (
                Swatch::Line(colour::PURPLE, None, 8.0),
                "self-undermining chain: harms what underpins what it advances",
            ),
        ],
    );
    svg.finish()
}
