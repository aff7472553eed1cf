//! The majority graph drawn by layer: items that beat others at the top,
//! majority cycles on one layer in vermillion, margins on the edges.

use super::svg::{INK, Label, MUTED, Svg, Swatch, arrow_marker, colour, escape, text_width};
use crate::error::{Error, Result};
use crate::hierarchy::Hierarchy;
use crate::majority::MajorityGraph;
use crate::ranking::Item;
use crate::via::Via;

const NODE_HEIGHT: f64 = 26.0;
const NODE_TEXT: f64 = 180.0;
const LAYER_GAP: f64 = 74.0;
const NODE_GAP: f64 = 26.0;

/// The data of a majority-graph picture: items, the margin of every
/// ordered pair, and the strongly connected components in order (each
/// earlier component beats or ties every later one).
///
/// ```
/// use security_hierarchy::majority::MajorityGraph;
/// use security_hierarchy::plot::{MajorityDiagram, majority_graph};
/// use security_hierarchy::Ranking;
/// let inputs = [
///     Ranking::strict(["a", "b", "c"])?,
///     Ranking::strict(["b", "c", "a"])?,
///     Ranking::strict(["c", "a", "b"])?,
/// ];
/// let picture = MajorityDiagram::from_graph("Three voters", &MajorityGraph::new(&inputs));
/// let svg = majority_graph(&picture);
/// assert_eq!(svg.matches("class=\"edge cycle\"").count(), 3);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MajorityDiagram {
    title: String,
    inputs: usize,
    items: Vec<String>,
    margins: Vec<Vec<i64>>,
    components: Vec<Vec<usize>>,
}

impl MajorityDiagram {
    /// The picture's data from a majority graph. O(n²).
    pub fn from_graph<T: Item>(title: impl Into<String>, g: &MajorityGraph<T>) -> Self {
        let items: Vec<&T> = g.items().collect();
        let margins = (0..items.len())
            .map(|i| (0..items.len()).map(|j| g.margin_at(i, j)).collect())
            .collect();
        let components = g.component_indices();
        Self {
            title: title.into(),
            inputs: g.inputs(),
            items: items.iter().map(std::string::ToString::to_string).collect(),
            margins,
            components,
        }
    }

    /// The majority graph of hierarchies put on common ground through
    /// `via`, titled after the ground. O(k·n²) for k hierarchies of n items
    /// (building the graph), plus [`Via::ranking`] per hierarchy.
    ///
    /// ```
    /// use security_hierarchy::plot::{MajorityDiagram, majority_graph};
    /// use security_hierarchy::{Via, corpus};
    /// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("xi-2014")?];
    /// let svg = majority_graph(&MajorityDiagram::of_hierarchies(&docs, &Via::Concern)?);
    /// assert!(svg.contains("Majority graph"));
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// The errors of [`Via::ranking`] for a hierarchy;
    /// [`Error::TooManyItems`] past [`crate::limit::DEFAULT_MAX_DRAWN_ITEMS`] items.
    pub fn of_hierarchies(hierarchies: &[Hierarchy], via: &Via) -> Result<Self> {
        Self::of_hierarchies_within(hierarchies, via, crate::limit::DEFAULT_MAX_DRAWN_ITEMS)
    }

    /// [`Self::of_hierarchies`] refusing a majority graph of more than
    /// `max_items` items, whose n² margins would not fit a picture.
    ///
    /// ```
    /// use security_hierarchy::plot::MajorityDiagram;
    /// use security_hierarchy::{Via, corpus};
    /// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("xi-2014")?];
    /// let err = MajorityDiagram::of_hierarchies_within(&docs, &Via::Concern, 2).unwrap_err();
    /// assert!(err.to_string().ends_with("more than the limit of 2"));
    /// assert!(MajorityDiagram::of_hierarchies_within(&docs, &Via::Concern, 100).is_ok());
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Self::of_hierarchies`], with the limit `max_items`.
    pub fn of_hierarchies_within(
        hierarchies: &[Hierarchy],
        via: &Via,
        max_items: usize,
    ) -> Result<Self> {
        let rankings = via.rankings(hierarchies)?;
        let title = format!("Majority graph via {}", via.name());
        let graph = MajorityGraph::within(&rankings, max_items)?;
        Ok(Self::from_graph(title, &graph))
    }

    /// Replaces the title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// The picture's data from plain values: `margins[i][j]` is how many more
    /// inputs put item i above item j than the reverse; `components` lists
    /// every item index once, in layers from the top (items of one component
    /// are drawn side by side). O(n²) to check.
    ///
    /// # Errors
    /// [`Error::InvalidPicture`] when `margins` is not n × n and
    /// antisymmetric, or `components` does not list every index once.
    pub fn new(
        title: impl Into<String>,
        inputs: usize,
        items: Vec<String>,
        margins: Vec<Vec<i64>>,
        components: Vec<Vec<usize>>,
    ) -> Result<Self> {
        let title = title.into();
        let n = items.len();
        let invalid = |problem: String| Error::InvalidPicture {
            picture: title.clone(),
            problem,
        };
        if margins.len() != n || margins.iter().any(|r| r.len() != n) {
            return Err(invalid(format!(
                "margins must be {n} × {n}, one row and column per item"
            )));
        }
        for i in 0..n {
            for j in 0..n {
                if margins[i][j] != -margins[j][i] {
                    return Err(invalid(format!(
                        "margin of `{}` over `{}` is {} but the reverse is {}; margins must be antisymmetric",
                        items[i], items[j], margins[i][j], margins[j][i]
                    )));
                }
            }
        }
        let mut seen = vec![false; n];
        for &i in components.iter().flatten() {
            if i >= n || std::mem::replace(&mut seen[i], true) {
                return Err(invalid(format!(
                    "component index {i} is out of range or repeated"
                )));
            }
        }
        if let Some(missing) = seen.iter().position(|s| !s) {
            return Err(invalid(format!(
                "item `{}` is in no component",
                items[missing]
            )));
        }
        Ok(Self {
            title,
            inputs,
            items,
            margins,
            components,
        })
    }
}

/// Draws the majority graph: one box per item, laid out by layer (a
/// component's layer is one below the deepest component that beats it);
/// one `<path class="edge">` per majority, from winner to loser, labelled
/// with its margin; edges inside a majority cycle have class `edge cycle`
/// and are drawn in vermillion. Ties and pairs no input compares have no
/// edge. O(n²) for n items.
#[allow(
    clippy::too_many_lines,
    reason = "one picture drawn top to bottom: its layout reads in one place"
)]
pub fn majority_graph(d: &MajorityDiagram) -> String {
    let n = d.items.len();
    let mut component_of = vec![0; n];
    for (c, members) in d.components.iter().enumerate() {
        for &i in members {
            component_of[i] = c;
        }
    }
    // Longest-path layering over the components, which come in an order
    // where every majority points from an earlier to a later one.
    let mut layer_of_component = vec![0usize; d.components.len()];
    for c in 0..d.components.len() {
        for &j in &d.components[c] {
            for (i, &ci) in component_of.iter().enumerate() {
                if ci < c && d.margins[i][j] > 0 {
                    layer_of_component[c] = layer_of_component[c].max(layer_of_component[ci] + 1);
                }
            }
        }
    }
    let layers = layer_of_component.iter().max().map_or(0, |m| m + 1);
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for (c, members) in d.components.iter().enumerate() {
        rows[layer_of_component[c]].extend(members);
    }
    let node_width: Vec<f64> = d
        .items
        .iter()
        .map(|s| text_width(s, 13.0).min(NODE_TEXT) + 16.0)
        .collect();
    let row_width = |r: &Vec<usize>| {
        r.iter().map(|&i| node_width[i]).sum::<f64>() + NODE_GAP * r.len().saturating_sub(1) as f64
    };
    let widest = rows.iter().map(row_width).fold(0.0, f64::max);
    let width = (widest + 80.0).max(640.0);
    let top = 70.0;
    let mut centre = vec![(0.0, 0.0); n];
    for (l, r) in rows.iter().enumerate() {
        let mut x = (width - row_width(r)) / 2.0;
        for &i in r {
            centre[i] = (
                x + node_width[i] / 2.0,
                top + l as f64 * (NODE_HEIGHT + LAYER_GAP),
            );
            x += node_width[i] + NODE_GAP;
        }
    }
    let legend_top = top + layers.max(1) as f64 * (NODE_HEIGHT + LAYER_GAP) + 4.0;
    let height = legend_top + 4.0 * 18.0 + 10.0;
    let title = format!("{} ({} inputs)", d.title, d.inputs);
    let mut svg = Svg::new(width, height, &title, "majority");
    svg.put(format_args!(
        "<defs>{}{}</defs>",
        arrow_marker("beats", MUTED),
        arrow_marker("beats-cycle", colour::VERMILLION)
    ));
    let cyclic = |i: usize| d.components[component_of[i]].len() > 1;
    let implied = implied_edges(&d.margins, &component_of);
    let total = d.margins.iter().flatten().filter(|&&m| m > 0).count();
    let drawn = total - implied.iter().flatten().filter(|&&x| x).count();
    for i in 0..n {
        for j in 0..n {
            let margin = d.margins[i][j];
            if margin <= 0 || implied[i][j] {
                continue;
            }
            let in_cycle = component_of[i] == component_of[j] && cyclic(i);
            let ((x1, y1), (x2, y2)) = (centre[i], centre[j]);
            let path = if (y1 - y2).abs() < 1.0 {
                // Same layer: an arc above, higher for farther apart boxes.
                let lift = 22.0 + (x2 - x1).abs() * 0.15;
                let (ya, mx) = (y1 - NODE_HEIGHT / 2.0, f64::midpoint(x1, x2));
                format!(
                    "M{x1:.1},{ya:.1} Q{mx:.1},{:.1} {x2:.1},{ya:.1}",
                    ya - 2.0 * lift
                )
            } else {
                let (ya, yb) = (y1 + NODE_HEIGHT / 2.0, y2 - NODE_HEIGHT / 2.0);
                let my = f64::midpoint(ya, yb);
                format!("M{x1:.1},{ya:.1} C{x1:.1},{my:.1} {x2:.1},{my:.1} {x2:.1},{yb:.1}")
            };
            let skips = !in_cycle && (y2 - y1) > NODE_HEIGHT + LAYER_GAP + 1.0;
            let (class, stroke, marker, opacity) = if in_cycle {
                ("edge cycle", colour::VERMILLION, "beats-cycle", 1.0)
            } else if skips {
                ("edge", MUTED, "beats", 0.35)
            } else {
                ("edge", MUTED, "beats", 1.0)
            };
            svg.put(format_args!(
                r#"<path class="{class}" d="{path}" fill="none" stroke="{stroke}" stroke-width="{}" stroke-opacity="{opacity}" marker-end="url(#{marker})"><title>{} beats {} by {margin}</title></path>"#,
                if in_cycle { 2.2 } else { 1.3 },
                escape(&d.items[i]),
                escape(&d.items[j])
            ));
            // The margin sits near the loser's end, where edges spread out.
            let (lx, ly) = if (y1 - y2).abs() < 1.0 {
                (
                    f64::midpoint(x1, x2),
                    y1 - NODE_HEIGHT / 2.0 - 22.0 - (x2 - x1).abs() * 0.15 + 4.0,
                )
            } else {
                (x1 + (x2 - x1) * 0.75, y1 + (y2 - y1) * 0.75 - 2.0)
            };
            svg.put(format_args!(
                r#"<text class="margin" x="{lx:.1}" y="{ly:.1}" text-anchor="middle" font-size="10" fill="{}" stroke="white" stroke-width="3" paint-order="stroke">+{margin}</text>"#,
                if in_cycle { colour::VERMILLION } else { INK },
            ));
        }
    }
    for i in 0..n {
        let (cx, cy) = centre[i];
        let stroke = if cyclic(i) { colour::VERMILLION } else { MUTED };
        svg.put(format_args!(
            r##"<rect class="node" x="{:.1}" y="{:.1}" width="{:.1}" height="{NODE_HEIGHT}" rx="5" fill="#f7f7f7" stroke="{stroke}" stroke-width="1.5"/>"##,
            cx - node_width[i] / 2.0,
            cy - NODE_HEIGHT / 2.0,
            node_width[i]
        ));
        svg.label(
            &Label::new(cx, cy + 4.5, &d.items[i])
                .anchor(super::svg::Anchor::Middle)
                .class("item")
                .fit(NODE_TEXT, 1),
        );
    }
    let drawn_text = format!("{drawn}/{total}");
    let implied_text = "majorities drawn; the rest follow from a chain of drawn arrows".to_string();
    svg.legend(
        20.0,
        legend_top,
        width - 40.0,
        &[
            (
                Swatch::Line(MUTED, None, 1.3),
                "arrow from winner to loser; +k: k more inputs put the winner above",
            ),
            (
                Swatch::Line(colour::VERMILLION, None, 2.2),
                "majority cycle (no item of it beats all the others)",
            ),
            (
                Swatch::Text("row"),
                "layers from the top: each below every layer with an item that beats it",
            ),
            (Swatch::Text(&drawn_text), &implied_text),
        ],
    );
    svg.finish()
}

/// The majorities between different components that a chain of two or
/// more other majorities already implies, which the picture leaves out.
/// Majorities inside a cycle are always drawn. O(n³) for n items.
fn implied_edges(margins: &[Vec<i64>], component_of: &[usize]) -> Vec<Vec<bool>> {
    let n = margins.len();
    // reach[i][j]: a path of one or more majorities leads from i to j.
    let mut reach: Vec<Vec<bool>> = margins
        .iter()
        .map(|r| r.iter().map(|&m| m > 0).collect())
        .collect();
    for k in 0..n {
        let through = reach[k].clone();
        for row in &mut reach {
            if row[k] {
                for (r, &t) in row.iter_mut().zip(&through) {
                    *r |= t;
                }
            }
        }
    }
    let mut implied = vec![vec![false; n]; n];
    for i in 0..n {
        for j in 0..n {
            if margins[i][j] > 0 && component_of[i] != component_of[j] {
                implied[i][j] = (0..n).any(|b| {
                    b != i
                        && b != j
                        && margins[i][b] > 0
                        && reach[b][j]
                        && component_of[b] != component_of[i]
                });
            }
        }
    }
    implied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_implies_the_long_edge_but_not_the_other_way() {
        // a > b > c: a > c is implied by a > b > c.
        let m = vec![vec![0, 1, 1], vec![-1, 0, 1], vec![-1, -1, 0]];
        let implied = implied_edges(&m, &[0, 1, 2]);
        assert!(implied[0][2]);
        assert!(!implied[0][1] && !implied[1][2]);
    }
}
