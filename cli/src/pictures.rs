//! `plot` (SVG slopegraph) and `dot` (Graphviz).

use std::path::Path;

use security_hierarchy::majority::MajorityGraph;
use security_hierarchy::plot::{self, Slopegraph};

use crate::input::{self, Via};
use crate::output::say;
use crate::{Failure, Outcome};

pub(crate) fn plot(a: &str, b: &str, output: &Path, via: Via) -> Result<Outcome, Failure> {
    let (ha, hb) = (input::load(a)?, input::load(b)?);
    let (ra, rb) = (input::ranking_via(&ha, via)?, input::ranking_via(&hb, via)?);
    let svg = plot::slopegraph(&ra, &rb, &Slopegraph::new(ha.id(), hb.id()));
    std::fs::write(output, svg)
        .map_err(|e| Failure::input(format!("{}: {e}", output.display())))?;
    Ok(Outcome::Clean)
}

pub(crate) fn dot(args: &[String], via: Via) -> Result<Outcome, Failure> {
    if let [only] = args {
        say!("{}", plot::dot_hierarchy(&input::load(only)?));
        return Ok(Outcome::Clean);
    }
    let mut rankings = Vec::with_capacity(args.len());
    for arg in args {
        rankings.push(input::ranking_via(&input::load(arg)?, via)?);
    }
    say!("{}", plot::dot_majority(&MajorityGraph::new(&rankings)));
    Ok(Outcome::Clean)
}
