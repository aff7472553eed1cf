//! Slopegraphs: two rankings side by side, one line per shared item.

use std::collections::HashSet;
use std::fmt::Write;

use super::escape;
use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::via::Via;

const ROW: usize = 26;
const TOP: usize = 64;
const CHAR: usize = 7;
const GAP: usize = 220;
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
    let label = |r: &Ranking<T>, x: &T| format!("{}. {x}", r.level_of(x).map_or(0, |l| l + 1));
    let shown = |r: &Ranking<T>, other: &Ranking<T>, x: &T| {
        let suffix = if other.contains(x) { 0 } else { ONLY.len() };
        label(r, x).chars().count() + suffix
    };
    let widest = a
        .items()
        .map(|x| shown(a, b, x))
        .chain(b.items().map(|x| shown(b, a, x)))
        .max()
        .unwrap_or(0)
        .max(options.left.chars().count())
        .max(options.right.chars().count());
    let text_width = widest * CHAR + 60;
    let (x_left, x_right) = (text_width, text_width + GAP);
    let width = x_right + text_width;
    let rows = a.len().max(b.len()).max(1);
    let height = TOP + rows * ROW + 40;
    let y = |i: usize| TOP + i * ROW;

    let shared: Vec<&T> = a.items().filter(|x| b.contains(x)).collect();
    let discordant = discordant_items(a, b, &shared);

    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="13">"#
    );
    let _ = writeln!(
        svg,
        r#"<rect width="{width}" height="{height}" fill="white"/>"#
    );
    for (x, anchor, title) in [
        (x_left - 10, "end", &options.left),
        (x_right + 10, "start", &options.right),
    ] {
        let _ = writeln!(
            svg,
            r#"<text x="{x}" y="{}" text-anchor="{anchor}" font-weight="bold" font-size="15">{}</text>"#,
            TOP - 30,
            escape(title)
        );
    }
    for (i, item) in a.items().enumerate() {
        let _ = writeln!(
            svg,
            "{}",
            column_text(x_left - 10, y(i), "end", &label(a, item), b.contains(item))
        );
    }
    for (i, item) in b.items().enumerate() {
        let _ = writeln!(
            svg,
            "{}",
            column_text(
                x_right + 10,
                y(i),
                "start",
                &label(b, item),
                a.contains(item)
            )
        );
    }
    for (k, item) in shared.iter().enumerate() {
        let (i, j) = (
            a.position_of(item).expect("shared"),
            b.position_of(item).expect("shared"),
        );
        let (class, colour, stroke) = if discordant[k] {
            ("item discordant", "#c0392b", 2.5)
        } else {
            ("item", "#7f8c8d", 1.5)
        };
        let _ = writeln!(
            svg,
            r#"<line class="{class}" x1="{x_left}" y1="{}" x2="{x_right}" y2="{}" stroke="{colour}" stroke-width="{stroke}"><title>{}</title></line>"#,
            y(i) - 4,
            y(j) - 4,
            escape(&item.to_string())
        );
    }
    let legend_y = height - 14;
    let _ = writeln!(
        svg,
        r##"<text x="10" y="{legend_y}" font-size="11" fill="#555">red: item in a discordant pair · grey italics: only in one ranking</text>"##
    );
    svg.push_str("</svg>\n");
    svg
}

fn column_text(x: usize, y: usize, anchor: &str, text: &str, shared: bool) -> String {
    if shared {
        format!(
            r#"<text x="{x}" y="{y}" text-anchor="{anchor}">{}</text>"#,
            escape(text)
        )
    } else {
        format!(
            r##"<text class="only" x="{x}" y="{y}" text-anchor="{anchor}" fill="#999" font-style="italic">{}{ONLY}</text>"##,
            escape(text)
        )
    }
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
        assert_eq!(svg.matches("(only here)").count(), 1);
    }

    #[test]
    fn labels_are_escaped() {
        let a = Ranking::strict(["<a & b>"]).unwrap();
        let svg = Slopegraph::new("\"l\"", "r").draw(&a, &a);
        assert!(svg.contains("1. &lt;a &amp; b&gt;"), "{svg}");
        assert!(svg.contains("&quot;l&quot;"), "{svg}");
    }
}
