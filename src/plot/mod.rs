//! Pictures: SVG slopegraphs of two rankings, and Graphviz DOT of a
//! hierarchy or of the majority graph of several.
//!
//! The output is text: write it to a file, or pipe DOT to `dot -Tsvg`.

mod dot;
mod slopegraph;

pub use dot::{dot, dot_hierarchy, dot_majority, dot_within};
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
            _ => out.push(printable(c)),
        }
    }
    out
}

/// `c`, or a visible stand-in for a character neither XML 1.0 nor DOT can
/// hold: control characters become their Control Pictures sign (U+0000 is
/// `␀`), and the non-characters U+FFFE and U+FFFF the replacement character.
pub(crate) fn printable(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => c,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).expect("a Control Pictures sign"),
        '\u{7f}' => '\u{2421}',
        '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
        _ => c,
    }
}
