//! The SVG writer every picture shares: the canvas with its title and white
//! background, escaped text fitted to a width (wrapped, then truncated with
//! the full text in a `<title>`), legends, and the colour-blind-safe palette.

use std::fmt::Write;

/// The font stack: system fonts only, nothing fetched.
pub(crate) const FONT: &str = "Helvetica, Arial, sans-serif";
/// Body text: near-black on white, so pictures print.
pub(crate) const INK: &str = "#1a1a1a";
/// Secondary text and neutral lines.
pub(crate) const MUTED: &str = "#595959";

/// The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008),
/// distinguishable under the common colour-vision deficiencies.
pub(crate) mod colour {
    /// Blue.
    pub(crate) const BLUE: &str = "#0072B2";
    /// Vermillion.
    pub(crate) const VERMILLION: &str = "#D55E00";
    /// Bluish green.
    pub(crate) const GREEN: &str = "#009E73";
    /// Orange.
    pub(crate) const ORANGE: &str = "#E69F00";
    /// Reddish purple.
    pub(crate) const PURPLE: &str = "#CC79A7";
    /// Sky blue.
    pub(crate) const SKY: &str = "#56B4E9";
    /// Black.
    pub(crate) const BLACK: &str = "#000000";
}

/// Line colours for items, in the order they are handed out. Yellow is left
/// out: a thin yellow line on white does not show.
pub(crate) const SERIES: [&str; 7] = [
    colour::BLUE,
    colour::VERMILLION,
    colour::GREEN,
    colour::ORANGE,
    colour::PURPLE,
    colour::SKY,
    colour::BLACK,
];

/// Escapes text for XML content and attribute values. Tab, newline and
/// carriage return become a space (SVG text is one line). Other C0 control
/// characters cannot appear in XML 1.0 at all, not even as character
/// references, so they become their visible Control Pictures sign (U+0001
/// is `␁`, see [`printable`]); C1 controls and the non-characters U+FFFE and
/// U+FFFF, which XML excludes or discourages, become U+FFFD. O(n).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            _ => out.push(printable(c)),
        }
    }
    out
}

/// `c`, or a visible stand-in for a character neither XML 1.0 nor DOT can
/// hold: C0 control characters other than tab, newline and carriage return
/// become their Control Pictures sign (U+0000 is `␀`, U+007F is `␡`); C1
/// controls and the non-characters U+FFFE and U+FFFF the replacement
/// character U+FFFD.
pub(crate) fn printable(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => c,
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}' | '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
        _ => c,
    }
}

/// A generous estimate of the width of `text` at font size `size`, in
/// pixels: 0.62 em per narrow character (wider than Helvetica's average, so
/// estimates err on the long side), 1 em per wide (East Asian) character.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.62 })
        .sum::<f64>()
        * size
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// Text fitted to a width: its lines, and whether anything was cut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fitted {
    pub(crate) lines: Vec<String>,
    pub(crate) cut: bool,
}

/// Splits `text` into at most `max_lines` lines no wider than `width` at
/// `size`, breaking at spaces (or anywhere in a word longer than a line);
/// what does not fit is cut and the last line ends with an ellipsis.
/// O(length of text).
pub(crate) fn fit(text: &str, width: f64, size: f64, max_lines: usize) -> Fitted {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let fits = |s: &str| text_width(s, size) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut cut = false;
    'words: for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            if lines.len() == max_lines {
                cut = true;
                break 'words;
            }
        }
        // Break a word longer than a line.
        for c in word.chars() {
            current.push(c);
            if !fits(&current) {
                current.pop();
                lines.push(std::mem::take(&mut current));
                if lines.len() == max_lines {
                    cut = true;
                    break 'words;
                }
                current.push(c);
            }
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if cut {
        let last = lines.last_mut().expect("a cut leaves at least one line");
        while !last.is_empty() && !fits(&format!("{last}…")) {
            last.pop();
        }
        last.push('…');
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    Fitted { lines, cut }
}

/// Horizontal anchor of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// One text to draw: position, style and the width it must fit.
#[derive(Debug, Clone)]
pub(crate) struct Label<'a> {
    x: f64,
    y: f64,
    text: &'a str,
    anchor: Anchor,
    size: f64,
    bold: bool,
    italic: bool,
    fill: &'a str,
    class: &'a str,
    width: f64,
    lines: usize,
    rotate: Option<f64>,
}

impl<'a> Label<'a> {
    /// Plain 13 px ink text, anchored at its start, one line, as wide as it is.
    pub(crate) fn new(x: f64, y: f64, text: &'a str) -> Self {
        Self {
            x,
            y,
            text,
            anchor: Anchor::Start,
            size: 13.0,
            bold: false,
            italic: false,
            fill: INK,
            class: "",
            width: f64::INFINITY,
            lines: 1,
            rotate: None,
        }
    }
    pub(crate) fn anchor(mut self, anchor: Anchor) -> Self {
        self.anchor = anchor;
        self
    }
    pub(crate) fn size(mut self, size: f64) -> Self {
        self.size = size;
        self
    }
    pub(crate) fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    pub(crate) fn italic(mut self, italic: bool) -> Self {
        self.italic = italic;
        self
    }
    pub(crate) fn fill(mut self, fill: &'a str) -> Self {
        self.fill = fill;
        self
    }
    pub(crate) fn class(mut self, class: &'a str) -> Self {
        self.class = class;
        self
    }
    /// The width to fit, and how many lines it may wrap onto.
    pub(crate) fn fit(mut self, width: f64, lines: usize) -> Self {
        self.width = width;
        self.lines = lines.max(1);
        self
    }
    /// Rotates the text about its anchor point, in degrees.
    pub(crate) fn rotate(mut self, degrees: f64) -> Self {
        self.rotate = Some(degrees);
        self
    }
}

/// One legend row: a swatch and its explanation.
#[derive(Debug, Clone)]
pub(crate) enum Swatch<'a> {
    /// A line in a colour, dashed when the pattern is set, of a width.
    Line(&'a str, Option<&'a str>, f64),
    /// A filled box with an outline colour and width.
    Box(&'a str, &'a str, f64),
    /// A short text (such as `n=7`) in place of a shape.
    Text(&'a str),
}

/// Line height of wrapped text, in em.
pub(crate) const LEADING: f64 = 1.2;
/// Width of a legend's swatch column, text included.
const SWATCH: f64 = 44.0;
/// Height of one legend row.
pub(crate) const LEGEND_ROW: f64 = 18.0;

/// An SVG document under construction.
pub(crate) struct Svg {
    out: String,
}

impl Svg {
    /// Opens a `width` × `height` canvas of class `class` with an
    /// accessible `<title>`, a white background and the visible title at
    /// the top left (fitted to the canvas).
    pub(crate) fn new(width: f64, height: f64, title: &str, class: &str) -> Self {
        let (width, height) = (width.ceil(), height.ceil());
        let mut out = String::with_capacity(4096);
        let _ = writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="{class}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="13" fill="{INK}" role="img">"#,
        );
        let _ = writeln!(out, "<title>{}</title>", escape(title));
        let _ = writeln!(
            out,
            r#"<rect width="{width}" height="{height}" fill="white"/>"#
        );
        let mut svg = Self { out };
        svg.label(
            &Label::new(12.0, 24.0, title)
                .size(16.0)
                .bold()
                .class("title")
                .fit(width - 24.0, 1),
        );
        svg
    }

    /// Appends raw markup; the caller escapes any text in it.
    pub(crate) fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
        self.out.push('\n');
    }

    /// Appends formatted raw markup; the caller escapes any text in it.
    pub(crate) fn put(&mut self, args: std::fmt::Arguments<'_>) {
        let _ = self.out.write_fmt(args);
        self.out.push('\n');
    }

    /// Draws a label, fitted to its width; when cut, the full text is its
    /// `<title>`. Returns the number of lines drawn.
    pub(crate) fn label(&mut self, l: &Label<'_>) -> usize {
        let fitted = if l.width.is_finite() {
            fit(l.text, l.width, l.size, l.lines)
        } else {
            Fitted {
                lines: vec![l.text.replace(|c: char| c.is_control(), " ")],
                cut: false,
            }
        };
        let o = &mut self.out;
        let _ = write!(
            o,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="{}""#,
            l.x,
            l.y,
            l.anchor.name()
        );
        if !l.class.is_empty() {
            let _ = write!(o, r#" class="{}""#, l.class);
        }
        if l.size != 13.0 {
            let _ = write!(o, r#" font-size="{}""#, l.size);
        }
        if l.bold {
            o.push_str(r#" font-weight="bold""#);
        }
        if l.italic {
            o.push_str(r#" font-style="italic""#);
        }
        if l.fill != INK {
            let _ = write!(o, r#" fill="{}""#, l.fill);
        }
        if let Some(r) = l.rotate {
            let _ = write!(o, r#" transform="rotate({r} {:.1} {:.1})""#, l.x, l.y);
        }
        o.push('>');
        if fitted.cut {
            let _ = write!(o, "<title>{}</title>", escape(l.text));
        }
        if let [only] = fitted.lines.as_slice() {
            o.push_str(&escape(only));
        } else {
            for (i, line) in fitted.lines.iter().enumerate() {
                let dy = if i == 0 { 0.0 } else { LEADING };
                let _ = write!(
                    o,
                    r#"<tspan x="{:.1}" dy="{dy}em">{}</tspan>"#,
                    l.x,
                    escape(line)
                );
            }
        }
        o.push_str("</text>\n");
        fitted.lines.len()
    }

    /// Draws a legend with its rows from (`x`, `y`) downwards, each text
    /// fitted to `width`, and returns the height used.
    pub(crate) fn legend(
        &mut self,
        x: f64,
        y: f64,
        width: f64,
        rows: &[(Swatch<'_>, &str)],
    ) -> f64 {
        self.raw(r#"<g class="legend">"#);
        for (k, (swatch, text)) in rows.iter().enumerate() {
            let cy = y + k as f64 * LEGEND_ROW;
            match swatch {
                Swatch::Line(stroke, dash, w) => {
                    let dash = dash.map_or(String::new(), |d| format!(r#" stroke-dasharray="{d}""#));
                    self.put(format_args!(
                        r#"<line x1="{x}" y1="{:.1}" x2="{}" y2="{:.1}" stroke="{stroke}" stroke-width="{w}"{dash}/>"#,
                        cy - 4.0,
                        x + 24.0,
                        cy - 4.0
                    ));
                }
                Swatch::Box(fill, stroke, w) => self.put(format_args!(
                    r#"<rect x="{x}" y="{:.1}" width="24" height="12" fill="{fill}" stroke="{stroke}" stroke-width="{w}"/>"#,
                    cy - 10.0
                )),
                Swatch::Text(t) => {
                    self.label(&Label::new(x, cy, t).size(11.0).fit(SWATCH - 4.0, 1));
                }
            }
            self.label(
                &Label::new(x + SWATCH, cy, text)
                    .size(11.0)
                    .fill(MUTED)
                    .fit(width - SWATCH, 1),
            );
        }
        self.raw("</g>");
        rows.len() as f64 * LEGEND_ROW
    }

    /// Closes the document.
    pub(crate) fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

/// The hatch pattern for undefined cells and similar "no value" areas;
/// reference it as `url(#{id})`.
pub(crate) fn hatch_pattern(id: &str) -> String {
    format!(
        r##"<defs><pattern id="{id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" stroke-width="1.5"/></pattern></defs>"##
    )
}

/// An arrowhead marker in `stroke`, named `id`.
pub(crate) fn arrow_marker(id: &str, stroke: &str) -> String {
    format!(
        r#"<marker id="{id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{stroke}"/></marker>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_handles_markup_and_control_characters() {
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(
            escape("x\u{1}y\u{7f}z\nw\u{0}"),
            "x\u{2401}y\u{2421}z w\u{2400}"
        );
        assert_eq!(escape("c1\u{85}"), "c1\u{FFFD}");
        assert_eq!(escape("\u{FFFE}\u{FFFF}"), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn fit_wraps_at_spaces_then_truncates() {
        let f = fit("one two three four", text_width("one two", 10.0), 10.0, 2);
        assert_eq!(f.lines, ["one two", "three…"]);
        assert!(f.cut);
        let whole = fit("short", 100.0, 10.0, 1);
        assert_eq!((whole.lines, whole.cut), (vec!["short".to_string()], false));
    }

    #[test]
    fn fit_breaks_long_words_and_never_exceeds_the_width() {
        let w = text_width("abcd", 10.0);
        let f = fit("abcdefghij", w, 10.0, 3);
        assert_eq!(f.lines, ["abcd", "efgh", "ij"]);
        assert!(!f.cut);
        let g = fit("abcdefghijklmnop", w, 10.0, 2);
        assert!(g.cut);
        assert!(g.lines.iter().all(|l| text_width(l, 10.0) <= w), "{g:?}");
    }
}
