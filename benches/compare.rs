//! Criterion benches for the comparison measures at n = 10, 1 000 and
//! 1 000 000 (random weak orders, levels of 4 items on average, 90% of the
//! items shared; the `_scores` variants take the levels as paired score
//! lists), and for a full `Comparison` of two built-ins.
//!
//! ```text
//! cargo bench --bench compare
//! ```

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use security_hierarchy::Via;
use security_hierarchy::compare::{self, CompareOptions, Comparison, TieTreatment};
use security_hierarchy::corpus;

#[path = "common/data.rs"]
mod data;

const SIZES: [u32; 3] = [10, 1_000, 1_000_000];

fn measures(c: &mut Criterion) {
    for n in SIZES {
        let (a, b) = data::pair(n, 4, 42);
        let mut group = c.benchmark_group(format!("n={n}"));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(if n >= 1_000_000 { 3 } else { 1 }));
        group.bench_function(BenchmarkId::new("kendall", n), |bench| {
            bench.iter(|| compare::kendall(black_box(&a), black_box(&b)).tau_b());
        });
        group.bench_function(BenchmarkId::new("weighted_tau", n), |bench| {
            bench.iter(|| {
                compare::weighted_tau(
                    black_box(&a),
                    black_box(&b),
                    &compare::Weigher::hyperbolic(),
                )
                .unwrap()
            });
        });
        group.bench_function(BenchmarkId::new("spearman", n), |bench| {
            bench.iter(|| compare::spearman(black_box(&a), black_box(&b)));
        });
        // The same measures on paired score lists (no matching by hash).
        let x: Vec<f64> = (0..n)
            .map(|i| -(a.level_of(&i).unwrap_or(0) as f64))
            .collect();
        let y: Vec<f64> = (0..n)
            .map(|i| -(b.level_of(&i).unwrap_or(0) as f64))
            .collect();
        group.bench_function(BenchmarkId::new("kendall_scores", n), |bench| {
            bench.iter(|| compare::kendall_scores(black_box(&x), black_box(&y)).map(|c| c.tau_b()));
        });
        group.bench_function(BenchmarkId::new("weighted_tau_scores", n), |bench| {
            bench.iter(|| compare::weighted_tau_scores(black_box(&x), black_box(&y)));
        });
        group.bench_function(BenchmarkId::new("spearman_scores", n), |bench| {
            bench.iter(|| compare::spearman_scores(black_box(&x), black_box(&y)));
        });
        for ties in [TieTreatment::W, TieTreatment::A, TieTreatment::B] {
            group.bench_function(BenchmarkId::new(format!("rbo_{ties}"), n), |bench| {
                bench.iter(|| compare::rbo(black_box(&a), black_box(&b), 0.9, ties));
            });
        }
        group.finish();
    }
}

fn builtins(c: &mut Criterion) {
    let erickson = corpus::hierarchy("erickson-2019").expect("built-in");
    let rudd = corpus::hierarchy("rudd-2022").expect("built-in");
    let options = CompareOptions::new();
    let mut group = c.benchmark_group("builtins");
    group.sample_size(10);
    group.bench_function("compare via concern erickson-2019 rudd-2022", |bench| {
        bench.iter(|| {
            compare::compare(
                black_box(&erickson),
                black_box(&rudd),
                &Via::Concern,
                options.clone(),
            )
        });
    });
    let (a, b) = (
        erickson.ranking().expect("ranked"),
        rudd.ranking().expect("ranked"),
    );
    group.bench_function("compare erickson-2019 rudd-2022 items", |bench| {
        bench.iter(|| Comparison::new(black_box(a), black_box(b), options.clone()));
    });
    group.finish();
}

criterion_group!(benches, measures, builtins);
criterion_main!(benches);
