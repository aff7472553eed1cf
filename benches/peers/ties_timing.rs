//! Times the consensus with ties on a profile read from a JSON file, for
//! the side-by-side comparison with corankco in `benches/peers/ties.sh`.
//!
//! ```text
//! cargo run --release --example ties_timing -- profile.json [repeats] [p]
//! ```
//!
//! The file holds a list of weak orders, each a list of levels (lists of
//! integer items), best level first. Prints one JSON object: for the exact
//! method (or the error that refused it) and for the heuristic, the
//! consensus levels, cost, optimality and median seconds per call over
//! `repeats` calls (default 20).

use std::time::Instant;

use security_hierarchy::consensus::{Consensus, Heuristic, Kemeny};
use security_hierarchy::{Error, Ranking};

/// Median seconds per call of `solve` over `repeats` calls, and one result.
fn time<F>(repeats: usize, solve: F) -> Result<(Consensus<u32>, f64), Error>
where
    F: Fn() -> Result<Consensus<u32>, Error>,
{
    let result = solve()?;
    let mut seconds: Vec<f64> = (0..repeats.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(solve()).map(|_| start.elapsed().as_secs_f64())
        })
        .collect::<Result<_, Error>>()?;
    seconds.sort_by(f64::total_cmp);
    Ok((result, seconds[seconds.len() / 2]))
}

fn report(outcome: Result<(Consensus<u32>, f64), Error>) -> serde_json::Value {
    match outcome {
        Ok((c, seconds)) => serde_json::json!({
            "levels": c.ranking(),
            "cost": c.cost(),
            "optimality": c.optimality(),
            "seconds": seconds,
        }),
        Err(e) => serde_json::json!({ "refused": e.to_string() }),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: ties_timing PROFILE.json [REPEATS] [P]")?;
    let repeats: usize = args.next().map_or(Ok(20), |r| r.parse())?;
    let p: f64 = args.next().map_or(Ok(0.5), |r| r.parse())?;
    let text = std::fs::read_to_string(&path)?;
    let lists: Vec<Vec<Vec<u32>>> = serde_json::from_str(&text)?;
    let profile = lists
        .into_iter()
        .map(Ranking::new)
        .collect::<Result<Vec<_>, Error>>()?;

    let exact = Kemeny::new().tie_penalty(p).allow_ties(true);
    let fast = Heuristic::new().tie_penalty(p).allow_ties(true);
    println!(
        "{}",
        serde_json::json!({
            "exact": report(time(repeats, || exact.solve(&profile))),
            "heuristic": report(time(repeats, || fast.solve(&profile))),
        })
    );
    Ok(())
}
