//! Slopegraphs: two rankings side by side, one line per shared item.

use std::collections::HashSet;

use super::svg::{Anchor, INK, Label, MUTED, Svg, Swatch, colour, escape, text_width};
use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::via::Via;

const ROW: f64 = 26.0;
const TOP: f64 = 88.0;
const GAP: f64 = 220.0;
const LABEL_WIDTH: f64 = 220.0;
const ONLY: &str = " (only here)";

/// A slopegraph's column titles; [`Slopegraph::draw`] renders two rankings.
///
/// ```
/// use security_hierarchy::{plot::Slopegraph, Ranking};
/// let a = Ranking::strict(["party", "unity", "economy"])?;
/// let b = Ranking::strict(["party", "economy", "unity", "climate"])?;
/// let svg = Slopegraph::new("A", "B").draw(&a, &b);
/// assert!(svg.starts_with("<svg"));
/// assert_eq!(svg.matches("class=\"item").count(), 3); // one line per shared item
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slopegraph {
    left: String,
    right: String,
}

impl Slopegraph {
    /// Titles for the left and right columns.
    #[must_use]
    pub fn new(left: impl Into<String>, right: impl Into<String>) -> Self {
        Self {
            left: left.into(),
            right: right.into(),
        }
    }

    /// Renders two rankings as an SVG slopegraph; see [`slopegraph`].
    #[must_use]
    pub fn draw<T: Item>(&self, a: &Ranking<T>, b: &Ranking<T>) -> String {
        render(a, b, self)
    }
}

/// Two hierarchies on common ground (see [`Via`]) as an SVG slopegraph,
/// titled with their ids.
///
/// ```
/// use security_hierarchy::{Via, corpus, plot};
/// let (e, r) = (corpus::hierarchy("erickson-2019")?, corpus::hierarchy("rudd-2022")?);
/// let svg = plot::slopegraph(&e, &r, &Via::Concern)?;
/// assert!(svg.contains("erickson-2019"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// The errors of [`Via::ranking`] for either hierarchy.
pub fn slopegraph(a: &Hierarchy, b: &Hierarchy, via: &Via) -> Result<String> {
    let (ra, rb) = (via.ranking(a)?, via.ranking(b)?);
    Ok(Slopegraph::new(a.id(), b.id()).draw(&ra, &rb))
}

/// Renders two rankings as an SVG slopegraph.
///
/// Each column lists its ranking top to bottom, labelled `level. item`
/// (tied items share a level number). Every item in both rankings gets one
/// `<line class="item">`; the lines of items caught in a discordant pair
/// (ordered one way on the left and the other way on the right) are drawn
/// in red with class `item discordant`. Items in only one ranking are
/// greyed, in italics, and marked "only here". O(n log n) for n shared
/// items. Empty rankings give an SVG with titles only.
fn render<T: Item>(a: &Ranking<T>, b: &Ranking<T>, options: &Slopegraph) -> String {
    let label = |r: &Ranking<T>, other: &Ranking<T>, x: &T| {
        let only = if other.contains(x) { "" } else { ONLY };
        format!("{}. {x}{only}", r.level_of(x).map_or(0, |l| l + 1))
    };
    let text_width_max = a
        .items()
        .map(|x| text_width(&label(a, b, x), 13.0))
        .chain(b.items().map(|x| text_width(&label(b, a, x), 13.0)))
        .chain([
            text_width(&options.left, 15.0),
            text_width(&options.right, 15.0),
        ])
        .fold(40.0, f64::max)
        .min(LABEL_WIDTH);
    let (x_left, x_right) = (text_width_max + 30.0, text_width_max + 30.0 + GAP);
    let width = x_right + text_width_max + 30.0;
    let rows = a.len().max(b.len()).max(1);
    let legend_top = TOP + rows as f64 * ROW + 10.0;
    let height = legend_top + 2.0 * 18.0 + 10.0;
    let y = |i: usize| TOP + i as f64 * ROW;

    let shared: Vec<&T> = a.items().filter(|x| b.contains(x)).collect();
    let discordant = discordant_items(a, b, &shared);

    let title = format!("{} and {}", options.left, options.right);
    let mut svg = Svg::new(width, height, &title, "slopegraph");
    for (x, anchor, heading) in [
        (x_left - 10.0, Anchor::End, &options.left),
        (x_right + 10.0, Anchor::Start, &options.right),
    ] {
        svg.label(
            &Label::new(x, TOP - 30.0, heading)
                .anchor(anchor)
                .bold()
                .size(15.0)
                .class("column-title")
                .fit(text_width_max, 1),
        );
    }
    for (r, other, x, anchor) in [
        (a, b, x_left - 10.0, Anchor::End),
        (b, a, x_right + 10.0, Anchor::Start),
    ] {
        for (i, item) in r.items().enumerate() {
            let shared = other.contains(item);
            svg.label(
                &Label::new(x, y(i), &label(r, other, item))
                    .anchor(anchor)
                    .italic(!shared)
                    .fill(if shared { INK } else { MUTED })
                    .class(if shared { "label" } else { "only" })
                    .fit(text_width_max, 1),
            );
        }
    }
    for (k, item) in shared.iter().enumerate() {
        let (i, j) = (
            a.position_of(item).expect("shared"),
            b.position_of(item).expect("shared"),
        );
        let (class, stroke, width) = if discordant[k] {
            ("item discordant", colour::VERMILLION, 2.5)
        } else {
            ("item", MUTED, 1.5)
        };
        svg.put(format_args!(
            r#"<line class="{class}" x1="{x_left:.1}" y1="{:.1}" x2="{x_right:.1}" y2="{:.1}" stroke="{stroke}" stroke-width="{width}"><title>{}</title></line>"#,
            y(i) - 4.0,
            y(j) - 4.0,
            escape(&item.to_string())
        ));
    }
    svg.legend(
        16.0,
        legend_top,
        width - 32.0,
        &[
            (
                Swatch::Line(colour::VERMILLION, None, 2.5),
                "item in a discordant pair (ordered one way left, the other right)",
            ),
            (Swatch::Text("abc"), "grey italics: only in one ranking"),
        ],
    );
    svg.finish()
}

/// For each shared item, whether it is in at least one discordant pair.
fn discordant_items<T: Item>(a: &Ranking<T>, b: &Ranking<T>, shared: &[&T]) -> Vec<bool> {
    let caught: HashSet<&T> = crate::compare::discordant_items(a, b).into_iter().collect();
    shared.iter().map(|x| caught.contains(x)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discordant_lines_are_marked_and_singletons_noted() {
        let a = Ranking::strict(["x", "y", "z"]).unwrap();
        let b = Ranking::strict(["y", "x", "z", "w"]).unwrap();
        let svg = Slopegraph::new("left", "right").draw(&a, &b);
        assert_eq!(svg.matches("class=\"item discordant\"").count(), 2);
        assert_eq!(svg.matches("class=\"item\"").count(), 1);
        assert_eq!(svg.matches("class=\"only\"").count(), 1);
    }

    #[test]
    fn labels_are_escaped() {
        let a = Ranking::strict(["<a & b>"]).unwrap();
        let svg = Slopegraph::new("\"l\"", "r").draw(&a, &a);
        assert!(svg.contains("1. &lt;a &amp; b&gt;"), "{svg}");
        assert!(svg.contains("&quot;l&quot;"), "{svg}");
    }
}
