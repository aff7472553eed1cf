//! `plot` (SVG slopegraph) and `dot` (Graphviz).

use std::path::Path;

use security_hierarchy::{Hierarchy, Via, plot};

use crate::input;
use crate::output::say;
use crate::{Failure, Outcome};

pub(crate) fn plot(a: &str, b: &str, output: &Path, via: &Via) -> Result<Outcome, Failure> {
    let (ha, hb) = (input::load(a)?, input::load(b)?);
    let svg = plot::slopegraph(&ha, &hb, via).map_err(input::via_failure)?;
    std::fs::write(output, svg)
        .map_err(|e| Failure::input(format!("{}: {e}", output.display())))?;
    Ok(Outcome::Clean)
}

pub(crate) fn dot(args: &[String], via: &Via) -> Result<Outcome, Failure> {
    let docs: Vec<Hierarchy> = args
        .iter()
        .map(|a| input::load(a))
        .collect::<Result<_, _>>()?;
    say!("{}", plot::dot(&docs, via).map_err(input::via_failure)?);
    Ok(Outcome::Clean)
}
