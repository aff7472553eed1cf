//! `plot` (SVG slopegraph) and `dot` (Graphviz).

use std::path::Path;

use security_hierarchy::limit::Limits;
use security_hierarchy::{Hierarchy, Via, plot};

use crate::input;
use crate::output::say;
use crate::{Failure, Outcome};

pub(crate) fn plot(a: &str, b: &str, output: &Path, via: &Via) -> Result<Outcome, Failure> {
    let (ha, hb) = (input::load_on(a, via)?, input::load_on(b, via)?);
    let svg = plot::slopegraph(&ha, &hb, via).map_err(input::via_failure)?;
    std::fs::write(output, svg)
        .map_err(|e| Failure::input(format!("{}: {e}", output.display())))?;
    Ok(Outcome::Clean)
}

pub(crate) fn dot(args: &[String], via: &Via, limits: Limits) -> Result<Outcome, Failure> {
    // One hierarchy is drawn as it is; several on common ground.
    let docs: Vec<Hierarchy> = args
        .iter()
        .map(|a| {
            if args.len() == 1 {
                input::load(a)
            } else {
                input::load_on(a, via)
            }
        })
        .collect::<Result<_, _>>()?;
    say!(
        "{}",
        plot::dot_within(&docs, via, limits).map_err(input::via_failure)?
    );
    Ok(Outcome::Clean)
}
