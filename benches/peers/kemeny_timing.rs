//! Times exact Kemeny on a profile read from a JSON file, for the
//! side-by-side comparison in `benches/peers/kemeny.sh`.
//!
//! ```text
//! cargo run --release --example kemeny_timing -- profile.json [repeats]
//! ```
//!
//! The file holds a list of strict rankings, each a list of integer
//! candidates, best first. Prints one JSON object: the consensus ranking,
//! its cost, whether it is the unique optimum, and the median seconds per
//! call over `repeats` calls (default 1 000).

use std::time::Instant;

use security_hierarchy::consensus::{Kemeny, Optimality};
use security_hierarchy::{Error, Ranking};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: kemeny_timing PROFILE.json [REPEATS]")?;
    let repeats: usize = args.next().map_or(Ok(1_000), |r| r.parse())?;
    let text = std::fs::read_to_string(&path)?;
    let lists: Vec<Vec<u32>> = serde_json::from_str(&text)?;
    let profile = lists
        .into_iter()
        .map(Ranking::strict)
        .collect::<Result<Vec<_>, Error>>()?;

    let solver = Kemeny::new();
    let result = solver.solve(&profile)?;
    let mut seconds: Vec<f64> = (0..repeats.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(solver.solve(std::hint::black_box(&profile)))
                .map(|_| start.elapsed().as_secs_f64())
        })
        .collect::<Result<_, Error>>()?;
    seconds.sort_by(f64::total_cmp);
    let ranking: Vec<u32> = result.ranking().items().copied().collect();
    println!(
        "{}",
        serde_json::json!({
            "ranking": ranking,
            "cost": result.cost(),
            "unique": result.optimality() == Optimality::Unique,
            "seconds": seconds[seconds.len() / 2],
        })
    );
    Ok(())
}
