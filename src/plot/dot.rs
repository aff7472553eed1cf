//! Graphviz DOT: a hierarchy's order, or the majority graph of several.

use std::fmt::Write;

use crate::error::Result;
use crate::hierarchy::Hierarchy;
use crate::hierarchy::Order;
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
    if let [only] = hierarchies {
        return Ok(dot_hierarchy(only));
    }
    let rankings = via.rankings(hierarchies)?;
    Ok(dot_majority(&MajorityGraph::new(&rankings)))
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
    let mut out = String::new();
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
                for a in upper {
                    for b in lower {
                        let _ = writeln!(out, "  {} -> {};", quote(a), quote(b));
                    }
                }
            }
        }
        Order::Partial(p) => {
            for (a, b) in p.precedences() {
                let _ = writeln!(out, "  {} -> {};", quote(a), quote(b));
            }
        }
        Order::Unordered(_) => {}
    }
    out.push_str("}\n");
    out
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
    out.push_str("}\n");
    out
}

/// A DOT double-quoted string.
fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
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
