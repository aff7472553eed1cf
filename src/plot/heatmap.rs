//! Agreement heatmaps: one cell per pair of hierarchies, coloured by a
//! measure, with the number of items the value rests on.

use super::svg::{Anchor, Label, MUTED, Svg, Swatch, colour, hatch_pattern, text_width};
use crate::compare::{CompareOptions, Comparison, kendall, spearman};
use crate::error::{Error, Result};
use crate::hierarchy::Hierarchy;
use crate::ranking::{Item, Ranking};
use crate::via::Via;

const CELL: f64 = 58.0;
const NAME_WIDTH: f64 = 190.0;
const LEGEND_WIDTH: f64 = 420.0;

/// The agreement measure a [`Heatmap`] shows, read from a [`Comparison`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// Kendall's tau-a, in [-1, 1].
    TauA,
    /// Kendall's tau-b, in [-1, 1].
    TauB,
    /// Spearman's rho, in [-1, 1].
    Spearman,
    /// Weighted tau, in [-1, 1].
    WeightedTau,
    /// Rank-biased overlap (extrapolated), in [0, 1].
    Rbo,
}

impl Agreement {
    /// The measure's name as shown in titles and legends.
    pub fn name(self) -> &'static str {
        match self {
            Agreement::TauA => "Kendall tau-a",
            Agreement::TauB => "Kendall tau-b",
            Agreement::Spearman => "Spearman rho",
            Agreement::WeightedTau => "weighted tau",
            Agreement::Rbo => "RBO (extrapolated)",
        }
    }

    /// The range of the measure: [-1, 1], or [0, 1] for RBO.
    pub fn range(self) -> (f64, f64) {
        match self {
            Agreement::Rbo => (0.0, 1.0),
            _ => (-1.0, 1.0),
        }
    }

    /// The measure's value in a comparison, `None` where undefined.
    pub fn of<T>(self, c: &Comparison<T>) -> Option<f64> {
        match self {
            Agreement::TauA => c.tau_a,
            Agreement::TauB => c.tau_b,
            Agreement::Spearman => c.spearman,
            Agreement::WeightedTau => c.weighted_tau,
            Agreement::Rbo => c.rbo.map(|r| r.ext),
        }
    }

    /// The number of items the value rests on: the shared items for the
    /// pairwise measures, the union of both lists for RBO.
    pub fn items<T>(self, c: &Comparison<T>) -> usize {
        match self {
            Agreement::Rbo => c.shared.len() + c.only_a.len() + c.only_b.len(),
            _ => c.shared.len(),
        }
    }
}

/// One heatmap cell: the value (`None`: undefined), the number of items it
/// rests on, and, when known, the p-value of the value against chance.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct HeatCell {
    /// The measure, `None` where undefined.
    pub value: Option<f64>,
    /// How many items the value rests on.
    pub items: usize,
    /// The p-value against chance, when one was computed.
    pub p_value: Option<f64>,
}

/// The data of an agreement heatmap: names, a square matrix of cells, the
/// measure's name and range, and the level at which a p-value counts as
/// beyond chance.
///
/// ```
/// use security_hierarchy::plot::{Agreement, Heatmap, heatmap};
/// use security_hierarchy::{Via, corpus};
/// use security_hierarchy::compare::CompareOptions;
///
/// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("rudd-2022")?];
/// let map = Heatmap::of_hierarchies(&docs, &Via::Concern, Agreement::TauB, CompareOptions::new())?;
/// let svg = heatmap(&map)?;
/// assert_eq!(svg.matches("class=\"cell").count(), 4);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Heatmap {
    title: String,
    measure: String,
    names: Vec<String>,
    cells: Vec<Vec<HeatCell>>,
    range: (f64, f64),
    alpha: f64,
    limit: usize,
}

/// The most names [`heatmap`] draws unless [`Heatmap::limit`] raises it:
/// the picture holds one cell per pair, so its size grows with the square.
pub const MAX_HEATMAP_NAMES: usize = 300;

impl Heatmap {
    /// A heatmap of `cells[i][j]` for the pair (`names[i]`, `names[j]`),
    /// on the range [-1, 1], with p-values (if any) judged at 0.05.
    ///
    /// # Errors
    /// [`Error::InvalidPicture`] when `cells` is not a square matrix with
    /// one row and one column per name, or a value is not finite.
    pub fn new(
        title: impl Into<String>,
        measure: impl Into<String>,
        names: Vec<String>,
        cells: Vec<Vec<HeatCell>>,
    ) -> Result<Self> {
        let title = title.into();
        let invalid = |problem: String| Error::InvalidPicture {
            picture: title.clone(),
            problem,
        };
        if cells.len() != names.len() {
            return Err(invalid(format!(
                "{} names but {} rows of cells",
                names.len(),
                cells.len()
            )));
        }
        for (i, row) in cells.iter().enumerate() {
            if row.len() != names.len() {
                return Err(invalid(format!(
                    "row {} (`{}`) has {} cells, expected {}",
                    i + 1,
                    names[i],
                    row.len(),
                    names.len()
                )));
            }
            for (j, cell) in row.iter().enumerate() {
                let bad = cell.value.is_some_and(|v| !v.is_finite())
                    || cell.p_value.is_some_and(|p| !(0.0..=1.0).contains(&p));
                if bad {
                    return Err(invalid(format!(
                        "cell ({}, {}) holds value {:?} and p-value {:?}; values must be finite and p-values in [0, 1]",
                        names[i], names[j], cell.value, cell.p_value
                    )));
                }
            }
        }
        Ok(Self {
            title,
            measure: measure.into(),
            names,
            cells,
            range: (-1.0, 1.0),
            alpha: 0.05,
            limit: MAX_HEATMAP_NAMES,
        })
    }

    /// Replaces the title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Sets the range the colour scale spans (values outside it are drawn
    /// at its ends).
    pub fn range(mut self, low: f64, high: f64) -> Self {
        if low < high {
            self.range = (low, high);
        }
        self
    }

    /// Sets the most names [`heatmap`] will draw (default
    /// [`MAX_HEATMAP_NAMES`]).
    pub fn limit(mut self, names: usize) -> Self {
        self.limit = names;
        self
    }

    /// Sets the level at or below which a p-value marks a cell as beyond chance.
    pub fn alpha(mut self, alpha: f64) -> Self {
        self.alpha = alpha;
        self
    }

    /// The heatmap of a matrix of comparisons (`comparisons[i][j]` compares
    /// `names[i]` with `names[j]`), showing `measure`. O(n²).
    ///
    /// # Errors
    /// As [`Heatmap::new`].
    pub fn from_comparisons<T>(
        title: impl Into<String>,
        names: Vec<String>,
        comparisons: &[Vec<Comparison<T>>],
        measure: Agreement,
    ) -> Result<Self> {
        let cells = comparisons
            .iter()
            .map(|row| {
                row.iter()
                    .map(|c| HeatCell {
                        value: measure.of(c),
                        items: measure.items(c),
                        p_value: None,
                    })
                    .collect()
            })
            .collect();
        let (low, high) = measure.range();
        Ok(Self::new(title, measure.name(), names, cells)?.range(low, high))
    }

    /// Compares every pair of `rankings` (named by `names`) on `measure`
    /// alone: O(n² · m log m) for n rankings of m items with the Kendall
    /// measures and Spearman (computed once per unordered pair, as they are
    /// symmetric), and n² times the cost of [`Comparison::new`] for RBO and
    /// weighted tau, which go through it to honour `options`.
    ///
    /// # Errors
    /// As [`Heatmap::new`], and the errors of [`Comparison::new`] for
    /// invalid `options`.
    pub fn of_rankings<T: Item>(
        title: impl Into<String>,
        names: Vec<String>,
        rankings: &[Ranking<T>],
        measure: Agreement,
        options: impl Into<CompareOptions>,
    ) -> Result<Self> {
        let options = options.into();
        let n = rankings.len();
        let mut cells = vec![vec![HeatCell::default(); n]; n];
        for (i, a) in rankings.iter().enumerate() {
            for (j, b) in rankings.iter().enumerate() {
                cells[i][j] = match measure {
                    Agreement::TauA | Agreement::TauB | Agreement::Spearman if j < i => cells[j][i],
                    Agreement::TauA | Agreement::TauB => {
                        let counts = kendall(a, b);
                        HeatCell {
                            value: if measure == Agreement::TauA {
                                counts.tau_a()
                            } else {
                                counts.tau_b()
                            },
                            items: counts.items() as usize,
                            p_value: None,
                        }
                    }
                    Agreement::Spearman => HeatCell {
                        value: spearman(a, b),
                        items: a.items().filter(|x| b.contains(x)).count(),
                        p_value: None,
                    },
                    Agreement::Rbo | Agreement::WeightedTau => {
                        let c = Comparison::new(a, b, options.clone())?;
                        HeatCell {
                            value: measure.of(&c),
                            items: measure.items(&c),
                            p_value: None,
                        }
                    }
                };
            }
        }
        let (low, high) = measure.range();
        Ok(Self::new(title, measure.name(), names, cells)?.range(low, high))
    }

    /// Puts every hierarchy on common ground through `via` and draws
    /// `measure` between every pair, titled after the measure. Cost as [`Heatmap::of_rankings`], plus [`Via::ranking`] per
    /// hierarchy.
    ///
    /// # Errors
    /// The errors of [`Via::ranking`] for a hierarchy, and as
    /// [`Heatmap::of_rankings`].
    pub fn of_hierarchies(
        hierarchies: &[Hierarchy],
        via: &Via,
        measure: Agreement,
        options: impl Into<CompareOptions>,
    ) -> Result<Self> {
        let rankings = via.rankings(hierarchies)?;
        let names = hierarchies.iter().map(|h| h.id().to_string()).collect();
        let title = format!("Agreement between hierarchies: {}", measure.name());
        Self::of_rankings(title, names, &rankings, measure, options)
    }

    /// Whether a cell's p-value puts it beyond chance at the set level.
    fn beyond_chance(&self, cell: &HeatCell) -> bool {
        cell.p_value.is_some_and(|p| p <= self.alpha)
    }
}

/// The fill of a value: white at the middle of the range, blue towards its
/// top, vermillion towards its bottom, never darker than 70 % of the hue so
/// that dark text stays legible.
fn fill(value: f64, (low, high): (f64, f64)) -> String {
    let mid = f64::midpoint(low, high);
    let t = ((value - mid) / ((high - low) / 2.0)).clamp(-1.0, 1.0);
    let hue = if t >= 0.0 {
        colour::BLUE
    } else {
        colour::VERMILLION
    };
    let strength = t.abs() * 0.7;
    #[allow(
        clippy::cast_sign_loss,
        reason = "a blend of two channels in 0..=255 stays in 0..=255"
    )]
    let channel = |k: usize| {
        let c = f64::from(u8::from_str_radix(&hue[1 + 2 * k..3 + 2 * k], 16).unwrap_or(0));
        (255.0 + (c - 255.0) * strength).round() as u8
    };
    format!("#{:02x}{:02x}{:02x}", channel(0), channel(1), channel(2))
}

/// Draws a heatmap: names down the left and (slanted) along the top, each
/// cell with its value to two decimals and `n=` its item count; undefined
/// cells hatched and marked `n/a`; cells beyond chance outlined in black
/// with a star. Title and legend (colour scale, marks) included. O(n²) for
/// n names, about 330 bytes per cell.
///
/// # Errors
/// [`Error::InvalidPicture`] when there are more names than the heatmap's
/// limit ([`MAX_HEATMAP_NAMES`] unless raised with [`Heatmap::limit`]).
#[allow(
    clippy::too_many_lines,
    reason = "one picture drawn top to bottom: its layout reads in one place"
)]
pub fn heatmap(h: &Heatmap) -> Result<String> {
    let n = h.names.len();
    if n > h.limit {
        return Err(Error::InvalidPicture {
            picture: h.title.clone(),
            problem: format!(
                "{n} names exceed the limit of {} (the picture has one cell per pair); raise it with `Heatmap::limit`",
                h.limit
            ),
        });
    }
    let size = 13.0;
    let name_width = h
        .names
        .iter()
        .map(|s| text_width(s, size))
        .fold(40.0, f64::max)
        .min(NAME_WIDTH);
    let left = 16.0 + name_width + 10.0;
    let top = 48.0 + name_width * 0.71 + 16.0;
    let grid = n as f64 * CELL;
    let any_p = h.cells.iter().flatten().any(|c| c.p_value.is_some());
    let legend_rows = if any_p { 5 } else { 4 };
    let legend_top = top + grid + 34.0;
    let width = (left + grid + 20.0 + name_width * 0.71).max(LEGEND_WIDTH + 24.0);
    let height = legend_top + f64::from(legend_rows) * 18.0 + 12.0;
    let mut svg = Svg::new(width, height, &h.title, "heatmap");
    svg.raw(&hatch_pattern("undefined"));
    for (i, name) in h.names.iter().enumerate() {
        let y = top + i as f64 * CELL + CELL / 2.0 + 4.5;
        svg.label(
            &Label::new(left - 10.0, y, name)
                .anchor(Anchor::End)
                .class("row-name")
                .fit(name_width, 1),
        );
        let x = left + i as f64 * CELL + CELL / 2.0;
        svg.label(
            &Label::new(x, top - 8.0, name)
                .class("column-name")
                .fit(name_width, 1)
                .rotate(-45.0),
        );
    }
    for (i, row) in h.cells.iter().enumerate() {
        for (j, cell) in row.iter().enumerate() {
            let (x, y) = (left + j as f64 * CELL, top + i as f64 * CELL);
            let beyond = h.beyond_chance(cell);
            let (class, fill_colour) = match cell.value {
                Some(v) => ("cell", fill(v, h.range)),
                None => ("cell undefined", "url(#undefined)".to_string()),
            };
            let class = if beyond {
                format!("{class} beyond-chance")
            } else {
                class.to_string()
            };
            let (stroke, stroke_width) = if beyond {
                ("#000000", 2.5)
            } else {
                ("#ffffff", 1.0)
            };
            let value = cell.value.map_or("n/a".to_string(), |v| format!("{v:.2}"));
            let p = cell
                .p_value
                .map_or(String::new(), |p| format!(", p = {p:.3}"));
            svg.put(format_args!(
                r#"<g class="{class}"><title>{} vs {}: {} = {value} on {} items{p}</title><rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" fill="{fill_colour}" stroke="{stroke}" stroke-width="{stroke_width}"/>"#,
                super::svg::escape(&h.names[i]),
                super::svg::escape(&h.names[j]),
                super::svg::escape(&h.measure),
                cell.items
            ));
            let star = if beyond { "★" } else { "" };
            svg.label(
                &Label::new(
                    x + CELL / 2.0,
                    y + CELL / 2.0 - 1.0,
                    &format!("{value}{star}"),
                )
                .anchor(Anchor::Middle)
                .bold()
                .class("value")
                .fit(CELL - 4.0, 1),
            );
            svg.label(
                &Label::new(
                    x + CELL / 2.0,
                    y + CELL / 2.0 + 15.0,
                    &format!("n={}", cell.items),
                )
                .anchor(Anchor::Middle)
                .size(10.0)
                .class("items")
                .fit(CELL - 4.0, 1),
            );
            svg.raw("</g>");
        }
    }
    let (low, high) = h.range;
    let mid = f64::midpoint(low, high);
    let high_text = format!("{}: blue towards {high} (agreement)", h.measure);
    let low_text = format!("vermillion towards {low} (disagreement); white at {mid}");
    let (fill_low, fill_high) = (fill(low, h.range), fill(high, h.range));
    let mut rows = vec![
        (Swatch::Box(&fill_high, MUTED, 0.5), high_text.as_str()),
        (Swatch::Box(&fill_low, MUTED, 0.5), low_text.as_str()),
        (
            Swatch::Box("url(#undefined)", MUTED, 0.5),
            "n/a: undefined (too few shared items, or one side ties them all)",
        ),
        (
            Swatch::Text("n=7"),
            "the number of items the value rests on",
        ),
    ];
    let chance = format!("★ black outline: beyond chance, p ≤ {}", h.alpha);
    if any_p {
        rows.push((Swatch::Box("#ffffff", "#000000", 2.5), chance.as_str()));
    }
    svg.legend(16.0, legend_top, width - 32.0, &rows);
    Ok(svg.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_is_white_at_the_middle_and_stays_light() {
        assert_eq!(fill(0.0, (-1.0, 1.0)), "#ffffff");
        assert_eq!(fill(0.5, (0.0, 1.0)), "#ffffff");
        assert_ne!(fill(1.0, (-1.0, 1.0)), fill(-1.0, (-1.0, 1.0)));
        assert_eq!(fill(5.0, (-1.0, 1.0)), fill(1.0, (-1.0, 1.0)));
    }

    #[test]
    fn shape_errors_name_the_row() {
        let cell = HeatCell::default();
        let e = Heatmap::new(
            "t",
            "m",
            vec!["a".into(), "b".into()],
            vec![vec![cell; 2], vec![cell]],
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "picture `t`: row 2 (`b`) has 1 cells, expected 2"
        );
        let nan = HeatCell {
            value: Some(f64::NAN),
            ..cell
        };
        let e = Heatmap::new("t", "m", vec!["a".into()], vec![vec![nan]]).unwrap_err();
        assert!(e.to_string().contains("cell (a, a)"), "{e}");
    }
}
