//! Graphviz DOT: a hierarchy's order, or the majority graph of several.

use std::fmt::Write;

use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::hierarchy::Order;
use crate::limit::Limits;
use crate::majority::MajorityGraph;
use crate::ranking::Item;
use crate::via::Via;

/// DOT for hierarchies: one hierarchy's own order ([`dot_hierarchy`]), or
/// the majority graph of several on common ground ([`dot_majority`] of
/// their rankings through `via`). Cost as those functions, plus
/// [`Via::ranking`] per input.
///
/// ```
/// use security_hierarchy::{Via, corpus, plot};
/// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("erickson-2019")?];
/// assert!(plot::dot(&docs, &Via::Concern)?.starts_with("digraph"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// The errors of [`Via::ranking`], for two or more hierarchies.
pub fn dot(hierarchies: &[Hierarchy], via: &Via) -> Result<String> {
    dot_within(hierarchies, via, Limits::new())
}

/// [`dot`] within `limits`: at most [`Limits::pairs`] edges are drawn (a
/// closing comment counts them all), and a majority graph over more than
/// [`Limits::items`] items is refused. O(n + e) for one hierarchy of n
/// items and e drawn edges; O(m·n²) for the majority graph of m.
///
/// ```
/// use security_hierarchy::limit::Limits;
/// use security_hierarchy::plot::dot_within;
/// use security_hierarchy::{Via, corpus};
/// let dot = dot_within(&[corpus::hierarchy("dai-2009")?], &Via::Tier, Limits::new().max_pairs(1))?;
/// assert!(dot.contains("// showing 1 of 2 edges"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
///
/// # Errors
/// As [`dot`], and [`crate::Error::TooManyItems`] past the item limit.
pub fn dot_within(hierarchies: &[Hierarchy], via: &Via, limits: Limits) -> Result<String> {
    if let [only] = hierarchies {
        return Ok(hierarchy_edges(only, limits.pairs()));
    }
    let rankings = via.rankings(hierarchies)?;
    let graph = MajorityGraph::within(&rankings, limits.items())?;
    Ok(majority_edges(&graph, limits.pairs()))
}

/// A hierarchy as a DOT digraph, top priority at the top.
///
/// A weak order puts each level on one rank (`rank=same`) with an edge from
/// every item to every item of the next level; a partial order draws its
/// stated precedences; an unordered set draws its items without edges.
/// Nodes are labelled with the item labels. O(n + e).
///
/// ```
/// use security_hierarchy::{corpus, plot};
/// let dot = plot::dot_hierarchy(&corpus::hierarchy("pu-2022")?);
/// assert!(dot.contains("\"regime\" -> \"regional\""));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn dot_hierarchy(h: &Hierarchy) -> String {
    hierarchy_edges(h, usize::MAX)
}

/// [`dot_hierarchy`] drawing at most `max_edges` edges.
fn hierarchy_edges(h: &Hierarchy, max_edges: usize) -> String {
    let mut out = String::new();
    let mut edges = Edges::new(max_edges);
    let _ = writeln!(out, "digraph {} {{", quote(h.id()));
    let _ = writeln!(out, "  label={};", quote(h.title()));
    out.push_str("  labelloc=t;\n  rankdir=TB;\n  node [shape=box, style=rounded];\n");
    for e in h.items() {
        let _ = writeln!(out, "  {} [label={}];", quote(&e.id), quote(&e.label));
    }
    match h.order() {
        Order::Ranked(r) => {
            for level in r.levels() {
                let names: Vec<String> = level.iter().map(|x| quote(x)).collect();
                let _ = writeln!(out, "  {{ rank=same; {}; }}", names.join("; "));
            }
            for (upper, lower) in r.levels().zip(r.levels().skip(1)) {
                edges.total += (upper.len() * lower.len()) as u64;
                'level: for a in upper {
                    for b in lower {
                        if !edges.room() {
                            break 'level;
                        }
                        let _ = writeln!(out, "  {} -> {};", quote(a), quote(b));
                        edges.drawn += 1;
                    }
                }
            }
        }
        Order::Partial(p) => {
            for (a, b) in p.precedences() {
                edges.total += 1;
                if edges.room() {
                    let _ = writeln!(out, "  {} -> {};", quote(a), quote(b));
                    edges.drawn += 1;
                }
            }
        }
        Order::Unordered(_) => {}
    }
    edges.close(&mut out);
    out
}

/// Edges drawn against a limit, and the total.
struct Edges {
    limit: usize,
    drawn: usize,
    total: u64,
}

impl Edges {
    fn new(limit: usize) -> Self {
        Self {
            limit,
            drawn: 0,
            total: 0,
        }
    }

    fn room(&self) -> bool {
        self.drawn < self.limit
    }

    /// Ends the graph, with a comment when some edges were left out.
    fn close(&self, out: &mut String) {
        if (self.drawn as u64) < self.total {
            let _ = writeln!(
                out,
                "  // {} edges",
                crate::limit::shown_of(self.drawn, self.total)
            );
        }
        out.push_str("}\n");
    }
}

/// The majority graph as a DOT digraph: an edge `a -> b` labelled with the
/// margin wherever `a` beats `b`. Edges inside a majority cycle (a strongly
/// connected component of two or more items) are red and bold, with class
/// `cycle`. O(n²).
///
/// ```
/// use security_hierarchy::{majority::MajorityGraph, plot, Ranking};
/// let profile = [Ranking::strict(["a", "b"])?, Ranking::strict(["a", "b"])?];
/// let dot = plot::dot_majority(&MajorityGraph::new(&profile));
/// assert!(dot.contains("\"a\" -> \"b\" [label=\"2\"]"));
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn dot_majority<T: Item>(g: &MajorityGraph<T>) -> String {
    majority_edges(g, usize::MAX)
}

/// [`dot_majority`] drawing at most `max_edges` edges.
fn majority_edges<T: Item>(g: &MajorityGraph<T>, max_edges: usize) -> String {
    let mut edges = Edges::new(max_edges);
    let mut out = String::from(
        "digraph majority {\n  label=\"majority graph (edge: row beats column, by margin)\";\n  labelloc=t;\n  node [shape=box, style=rounded];\n",
    );
    let comps = g.component_indices();
    let mut component = vec![0; g.len()];
    for (c, members) in comps.iter().enumerate() {
        for &i in members {
            component[i] = c;
        }
    }
    let names: Vec<String> = g.items().map(|x| quote(&x.to_string())).collect();
    for name in &names {
        let _ = writeln!(out, "  {name};");
    }
    for i in 0..g.len() {
        for j in 0..g.len() {
            let margin = g.margin_at(i, j);
            if i == j || margin <= 0 {
                continue;
            }
            edges.total += 1;
            if !edges.room() {
                continue;
            }
            edges.drawn += 1;
            let in_cycle = component[i] == component[j] && comps[component[i]].len() > 1;
            let style = if in_cycle {
                ", color=red, penwidth=2, class=\"cycle\""
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {} -> {} [label=\"{margin}\"{style}];",
                names[i], names[j]
            );
        }
    }
    edges.close(&mut out);
    out
}

/// A DOT double-quoted string.
/// A DOT quoted string: backslashes and quotes escaped, line breaks as
/// `\n`, other control characters shown as visible signs.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            _ => out.push(super::svg::printable(c)),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ranking::Ranking;

    #[test]
    fn cycle_edges_are_highlighted() {
        let profile = [
            Ranking::strict(["a", "b", "c"]).unwrap(),
            Ranking::strict(["b", "c", "a"]).unwrap(),
            Ranking::strict(["c", "a", "b"]).unwrap(),
        ];
        let dot = dot_majority(&MajorityGraph::new(&profile));
        assert_eq!(dot.matches("class=\"cycle\"").count(), 3);
    }

    #[test]
    fn quotes_are_escaped() {
        assert_eq!(quote("a\"b\\"), "\"a\\\"b\\\\\"");
    }
}
