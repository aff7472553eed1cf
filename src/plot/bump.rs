//! Bump charts: k rankings side by side, each item's line running from
//! column to column (the slopegraph generalised to k columns).

use std::collections::HashMap;

use super::svg::{Label, MUTED, SERIES, Svg, Swatch, escape, text_width};
use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::via::Via;

const ROW: f64 = 26.0;
const LABEL_WIDTH: f64 = 200.0;
const GAP: f64 = 70.0;
const DOT: f64 = 4.5;

/// The data of a bump chart: a title and named columns, each a ranking
/// with its items as text.
///
/// ```
/// use security_hierarchy::plot::{Bump, bump};
/// use security_hierarchy::Ranking;
/// let chart = Bump::new("Over time")
///     .column("2018", &Ranking::strict(["party", "unity", "economy"])?)
///     .column("2022", &Ranking::strict(["party", "economy", "unity"])?);
/// let svg = bump(&chart);
/// assert_eq!(svg.matches("class=\"mark").count(), 6); // one mark per item per column
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bump {
    title: String,
    columns: Vec<(String, Ranking<String>)>,
}

impl Bump {
    /// A chart with a title and no columns yet.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            columns: Vec::new(),
        }
    }

    /// Adds a column on the right: its heading and its ranking. O(n).
    pub fn column<T: Item>(mut self, name: impl Into<String>, ranking: &Ranking<T>) -> Self {
        let text = Ranking::new(ranking.levels().map(|l| l.iter().map(ToString::to_string)))
            .expect("distinct items keep distinct text");
        self.columns.push((name.into(), text));
        self
    }

    /// One column per hierarchy, in the order given, each put on common
    /// ground through `via` and headed with its id. O(total items).
    ///
    /// ```
    /// use security_hierarchy::plot::{Bump, bump};
    /// use security_hierarchy::{Via, corpus};
    /// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("rudd-2022")?];
    /// let svg = bump(&Bump::of_hierarchies("Rudd", &docs, &Via::Concern)?);
    /// assert!(svg.contains("rudd-2018"));
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// The errors of [`Via::ranking`] for a hierarchy.
    pub fn of_hierarchies(
        title: impl Into<String>,
        hierarchies: &[Hierarchy],
        via: &Via,
    ) -> Result<Self> {
        let mut chart = Self::new(title);
        for h in hierarchies {
            chart = chart.column(h.id(), &via.ranking(h)?);
        }
        Ok(chart)
    }
}

/// Draws a bump chart. Each column lists its ranking top to bottom as
/// `level. item` beside a dot (one `class="mark"` per item per column; tied
/// items share a level number). A line joins an item's places in
/// neighbouring columns, one colour per item (the colours repeat after
/// seven); items absent from both neighbours are greyed and in italics.
/// O(k·n) for k columns of n items.
#[allow(
    clippy::too_many_lines,
    reason = "one picture drawn top to bottom: its layout reads in one place"
)]
pub fn bump(chart: &Bump) -> String {
    let k = chart.columns.len();
    let rows = chart
        .columns
        .iter()
        .map(|(_, r)| r.len())
        .max()
        .unwrap_or(0);
    let label_width = chart
        .columns
        .iter()
        .flat_map(|(name, r)| {
            r.items()
                .map(move |x| text_width(&label(r, x), 13.0))
                .chain(std::iter::once(text_width(name, 14.0)))
        })
        .fold(60.0, f64::max)
        .min(LABEL_WIDTH);
    let column_width = DOT * 2.0 + 6.0 + label_width;
    let x_of = |c: usize| 20.0 + c as f64 * (column_width + GAP);
    let top = 82.0;
    let y_of = |i: usize| top + i as f64 * ROW;
    let legend_rows = 3;
    let legend_top = y_of(rows.max(1)) + 20.0;
    let width = (x_of(k.max(1)) - GAP + 20.0).max(460.0);
    let height = legend_top + f64::from(legend_rows) * 18.0 + 10.0;

    // One colour per item, in order of first appearance.
    let mut colours: HashMap<&str, &str> = HashMap::new();
    for (_, r) in &chart.columns {
        for x in r.items() {
            let next = SERIES[colours.len() % SERIES.len()];
            colours.entry(x.as_str()).or_insert(next);
        }
    }

    let mut svg = Svg::new(width, height, &chart.title, "bump");
    for (c, (name, _)) in chart.columns.iter().enumerate() {
        svg.label(
            &Label::new(x_of(c), top - 30.0, name)
                .size(14.0)
                .bold()
                .class("column-title")
                .fit(column_width, 1),
        );
    }
    // Lines first, so marks and labels sit on top.
    for c in 1..k {
        let (prev, next) = (&chart.columns[c - 1].1, &chart.columns[c].1);
        for (j, item) in next.items().enumerate() {
            if let Some(i) = prev.position_of(item) {
                svg.put(format_args!(
                    r#"<line class="link" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="2"><title>{}</title></line>"#,
                    x_of(c - 1) + column_width + 4.0,
                    y_of(i) - 4.0,
                    x_of(c) - DOT - 2.0,
                    y_of(j) - 4.0,
                    colours[item.as_str()],
                    escape(item)
                ));
                // A lead from the dot through the label's row keeps the line
                // attached to its item.
                svg.put(format_args!(
                    r#"<line class="lead" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="1" stroke-dasharray="1 3"/>"#,
                    x_of(c - 1) + DOT + 8.0 + text_width(&label(prev, item), 13.0).min(label_width),
                    y_of(i) - 4.0,
                    x_of(c - 1) + column_width + 4.0,
                    y_of(i) - 4.0,
                    colours[item.as_str()]
                ));
            }
        }
    }
    for (c, (_, r)) in chart.columns.iter().enumerate() {
        let neighbours: Vec<&Ranking<String>> = [c.checked_sub(1), Some(c + 1)]
            .into_iter()
            .flatten()
            .filter_map(|d| chart.columns.get(d).map(|(_, r)| r))
            .collect();
        for (i, item) in r.items().enumerate() {
            let alone = !neighbours.is_empty() && neighbours.iter().all(|n| !n.contains(item));
            let (fill, class) = if alone {
                ("#9a9a9a", "mark alone")
            } else {
                (colours[item.as_str()], "mark")
            };
            svg.put(format_args!(
                r#"<circle class="{class}" cx="{:.1}" cy="{:.1}" r="{DOT}" fill="{fill}"><title>{}</title></circle>"#,
                x_of(c),
                y_of(i) - 4.0,
                escape(item)
            ));
            svg.label(
                &Label::new(x_of(c) + DOT + 6.0, y_of(i), &label(r, item))
                    .italic(alone)
                    .fill(if alone { MUTED } else { super::svg::INK })
                    .class("item")
                    .fit(label_width, 1),
            );
        }
    }
    svg.legend(
        20.0,
        legend_top,
        width - 40.0,
        &[
            (
                Swatch::Line(SERIES[0], None, 2.0),
                "one line per item between neighbouring columns",
            ),
            (Swatch::Text("2."), "the item's level; tied items share one"),
            (
                Swatch::Box("#9a9a9a", MUTED, 0.5),
                "grey italics: in neither neighbouring column",
            ),
        ],
    );
    svg.finish()
}

fn label(r: &Ranking<String>, x: &String) -> String {
    format!("{}. {x}", r.level_of(x).map_or(0, |l| l + 1))
}
