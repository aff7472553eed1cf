//! Times this crate on the data set written by `benches/peers/run.sh`, for
//! the side-by-side comparison with scipy and the RBO reference code.
//!
//! ```text
//! PEER_DATA=target/peers-data cargo bench --bench peer_timing
//! ```
//!
//! Without `PEER_DATA` it prints how to run it and exits, so that a plain
//! `cargo bench` stays quick. Prints one JSON object: per measure, the value
//! and the best wall-clock time of several runs in seconds.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use security_hierarchy::Ranking;
use security_hierarchy::compare::{self, TieTreatment};

/// Builds of each ranking from scores, of which the fastest is reported.
const BUILDS: usize = 3;

fn main() {
    let Some(dir) = std::env::var_os("PEER_DATA") else {
        eprintln!("peer_timing: set PEER_DATA to a folder made by benches/peers/run.sh");
        return;
    };
    let dir = Path::new(&dir);
    let x = read_scores(&dir.join("x.i32"));
    let y = read_scores(&dir.join("y.i32"));
    // Building a ranking from scores: the best of several builds of each.
    let (a, build_a) = best(BUILDS, || scores(&x));
    let (b, build_b) = best(BUILDS, || scores(&y));
    let build = build_a.max(build_b);

    let mut out = Vec::new();
    out.push(format!(
        r#""build_ranking": {{"n": {}, "runs": {BUILDS}, "seconds": {build}}}"#,
        x.len()
    ));
    // On the score lists, as scipy takes them.
    let (xf, yf): (Vec<f64>, Vec<f64>) = (
        x.iter().map(|&v| f64::from(v)).collect(),
        y.iter().map(|&v| f64::from(v)).collect(),
    );
    let (v, t) = best(5, || {
        compare::kendall_scores(&xf, &yf).expect("valid").tau_b()
    });
    out.push(entry("tau_b", v, t));
    let (v, t) = best(5, || compare::weighted_tau_scores(&xf, &yf).expect("valid"));
    out.push(entry("weighted_tau", v, t));
    let (v, t) = best(5, || compare::spearman_scores(&xf, &yf).expect("valid"));
    out.push(entry("spearman", v, t));
    // On rankings: the same measures, matching items by hashing first.
    let (v, t) = best(5, || compare::kendall(&a, &b).tau_b());
    out.push(entry("tau_b_rankings", v, t));
    let (v, t) = best(5, || {
        compare::weighted_tau(&a, &b, &compare::Weigher::hyperbolic()).unwrap()
    });
    out.push(entry("weighted_tau_rankings", v, t));
    let (v, t) = best(5, || compare::spearman(&a, &b));
    out.push(entry("spearman_rankings", v, t));
    for (name, prefix) in [("rbo", "rbo"), ("rbo_ref", "rbo_ref")] {
        let ra = read_levels(&dir.join(format!("{prefix}_a.txt")));
        let rb = read_levels(&dir.join(format!("{prefix}_b.txt")));
        for ties in [TieTreatment::W, TieTreatment::A, TieTreatment::B] {
            let (v, t) = best(5, || {
                compare::rbo(&ra, &rb, 0.9, ties)
                    .map(|r| [r.min, r.max, r.ext])
                    .expect("valid input")
            });
            out.push(format!(
                r#""{name}_{ties}": {{"n": {}, "min": {}, "max": {}, "ext": {}, "seconds": {t}}}"#,
                ra.len(),
                v[0],
                v[1],
                v[2]
            ));
        }
    }
    println!("{{{}}}", out.join(", "));
}

fn entry(name: &str, value: Option<f64>, seconds: f64) -> String {
    let value = value.map_or("null".to_string(), |v| v.to_string());
    format!(r#""{name}": {{"value": {value}, "seconds": {seconds}}}"#)
}

fn best<R>(runs: usize, mut f: impl FnMut() -> R) -> (R, f64) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let r = black_box(f());
        best = best.min(start.elapsed().as_secs_f64());
        last = Some(r);
    }
    (last.expect("at least one run"), best)
}

fn read_scores(path: &Path) -> Vec<i32> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    bytes
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Items 0..n scored by `s` (higher = more important, equal scores tie).
fn scores(s: &[i32]) -> Ranking<u32> {
    Ranking::from_scores((0..s.len() as u32).map(|i| (i, f64::from(s[i as usize]))))
        .expect("finite scores")
}

/// One level per line, items as integers separated by spaces.
fn read_levels(path: &Path) -> Ranking<u32> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let levels = text.lines().map(|line| {
        line.split_whitespace()
            .map(|x| x.parse::<u32>().expect("integer items"))
            .collect::<Vec<_>>()
    });
    Ranking::new(levels).expect("a valid ranking")
}
