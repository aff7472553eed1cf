//! Criterion benches for the comparison measures at n = 10, 1 000 and
//! 1 000 000 (random weak orders, levels of 4 items on average, 90% of the
//! items shared; the `_scores` variants take the levels as paired score
//! lists), for `kendall_scores` on a million real-valued scores (the data of
//! `benches/peers/python_measures.py`), and for a full `Comparison` of two
//! built-ins.
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

/// A million standard normal scores `x` and `y = x + noise` rounded to two
/// decimals (about 1 500 distinct values, so y ties heavily), as the Python
/// peer script draws them; and the same without rounding.
fn normal_scores(c: &mut Criterion) {
    let n = 1_000_000;
    let mut rng = data::Rng::new(20_261_130);
    let mut uniform = move || (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
    // Box-Muller; 1 - u keeps the logarithm finite.
    let mut normal = move || {
        let (u, v) = (1.0 - uniform(), uniform());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    };
    let x: Vec<f64> = (0..n).map(|_| normal()).collect();
    let noisy: Vec<f64> = x.iter().map(|&v| v + normal()).collect();
    let rounded: Vec<f64> = noisy.iter().map(|&v| (v * 100.0).round() / 100.0).collect();
    let mut group = c.benchmark_group("normal scores");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(3));
    for (name, y) in [("y rounded", &rounded), ("y continuous", &noisy)] {
        group.bench_function(
            BenchmarkId::new(format!("kendall_scores {name}"), n),
            |bench| {
                bench.iter(|| {
                    compare::kendall_scores(black_box(&x), black_box(y)).map(|c| c.tau_b())
                });
            },
        );
    }
    group.finish();
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

criterion_group!(benches, measures, normal_scores, builtins);
criterion_main!(benches);
