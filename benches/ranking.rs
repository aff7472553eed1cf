//! Criterion benches for building and querying a `Ranking<u32>` at n = 10,
//! 1 000 and 1 000 000 items: from scores (1 000 distinct), from levels,
//! and looking up in one ranking the level of every item of another (random
//! weak orders sharing 90% of their items, as the comparisons do).
//!
//! ```text
//! cargo bench --bench ranking -- --warm-up-time 1 --measurement-time 3
//! ```

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use security_hierarchy::Ranking;

#[path = "common/data.rs"]
mod data;

const SIZES: [u32; 3] = [10, 1_000, 1_000_000];

fn build_and_query(c: &mut Criterion) {
    for n in SIZES {
        let mut rng = data::Rng::new(7);
        let scores: Vec<f64> = (0..n).map(|_| rng.below(1_000) as f64).collect();
        let (a, b) = data::pair(n, 4, 42);
        let levels: Vec<Vec<u32>> = a.levels().map(<[u32]>::to_vec).collect();
        let mut group = c.benchmark_group(format!("n={n}"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(if n >= 1_000_000 { 3 } else { 1 }));
        group.bench_function(BenchmarkId::new("from_scores", n), |bench| {
            bench.iter(|| Ranking::from_scores((0..n).map(|i| (i, black_box(scores[i as usize])))));
        });
        group.bench_function(BenchmarkId::new("new", n), |bench| {
            bench.iter(|| Ranking::new(black_box(&levels).iter().map(|l| l.iter().copied())));
        });
        group.bench_function(BenchmarkId::new("level_of_shared_items", n), |bench| {
            bench.iter(|| {
                a.items()
                    .filter_map(|i| b.level_of(black_box(i)))
                    .sum::<usize>()
            });
        });
        group.finish();
    }
}

criterion_group!(benches, build_and_query);
criterion_main!(benches);
