//! Pictures, drawn by the library as SVG with no external program:
//!
//! - [`heatmap`]: agreement between every pair of several hierarchies;
//! - [`bump`]: k rankings side by side, such as one author's versions over
//!   time, and [`slopegraph`], its two-column form with discordant pairs
//!   marked;
//! - [`majority_graph`]: the majority graph by layer, cycles in vermillion;
//! - [`scenario_diagram`]: a scenario's actions, effects and dependencies;
//! - [`report`]: one self-contained HTML page with the pictures and tables.
//!
//! Every picture has a title and a legend, uses the Okabe–Ito palette
//! (distinguishable with the common colour-vision deficiencies), draws dark
//! text on white, and fits its labels to the canvas (wrapping or truncating
//! them, with the full text in a `<title>`). Each takes plain data (such as
//! [`Heatmap`]) with constructors from the library's results.
//!
//! Graphviz DOT ([`dot_hierarchy`], [`dot_majority`]) remains for users who
//! lay graphs out with Graphviz.

mod bump;
mod dot;
mod heatmap;
mod majority_graph;
mod report;
mod scenario_diagram;
mod slopegraph;
mod svg;

pub use bump::{Bump, bump};
pub use dot::{dot, dot_hierarchy, dot_majority, dot_within};
pub use heatmap::{Agreement, HeatCell, Heatmap, MAX_HEATMAP_NAMES, heatmap};
pub use majority_graph::{MajorityDiagram, majority_graph};
pub use report::{Report, report};
pub use scenario_diagram::{DrawnEffect, DrawnLink, ScenarioDiagram, scenario_diagram};
pub use slopegraph::{Slopegraph, slopegraph};
