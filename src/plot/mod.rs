//! Pictures: SVG slopegraphs of two rankings, and Graphviz DOT of a
//! hierarchy or of the majority graph of several.
//!
//! The output is text: write it to a file, or pipe DOT to `dot -Tsvg`.

mod dot;
mod slopegraph;

pub use dot::{dot, dot_hierarchy, dot_majority};
pub use slopegraph::{Slopegraph, slopegraph};

/// Escapes text for XML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}
