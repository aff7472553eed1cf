//! Criterion benches for the inference module, at the sizes its targets
//! name: the exact tau-b p-value at n = 33; the asymptotic test at
//! n = 1 000 000 beside the pair count it rests on; an exact permutation test
//! of RBO on 8 shared items (40 320 permutations); 10 000 Monte Carlo
//! permutations of tau-b on 1 000 items; Kendall's W of 100 rankings of
//! 1 000 items.
//!
//! ```text
//! cargo bench --bench inference -- --warm-up-time 1 --measurement-time 3
//! ```

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use security_hierarchy::Ranking;
use security_hierarchy::compare::{self, TieTreatment};
use security_hierarchy::inference::{
    self, Alternative, ConcordanceOptions, Measure, Method, Permutations,
};

#[path = "common/data.rs"]
mod data;

/// A strict order of 0..n.
fn strict(n: u32, seed: u64) -> Ranking<u32> {
    let items: Vec<u32> = (0..n).collect();
    // One item per level: mean tie 1 never extends a level.
    data::weak_order(&items, 1, &mut data::Rng::new(seed))
}

fn kendall(c: &mut Criterion) {
    let mut group = c.benchmark_group("kendall_test");
    group.sample_size(20);
    let (a, b) = (strict(33, 1), strict(33, 2));
    group.bench_function("exact n=33", |bench| {
        bench.iter(|| inference::kendall_test(black_box(&a), black_box(&b), Method::Exact));
    });
    // Concordant and discordant counts near half: the longest recurrence.
    let x: Vec<f64> = (0..33).map(f64::from).collect();
    group.bench_function("exact n=33 scores", |bench| {
        bench.iter(|| inference::kendall_test_scores(black_box(&x), black_box(&x), Method::Exact));
    });
    let (a, b) = data::pair(1_000_000, 4, 42);
    group.sample_size(10);
    group.bench_function("pair count n=1000000", |bench| {
        bench.iter(|| compare::kendall(black_box(&a), black_box(&b)).tau_b());
    });
    group.bench_function("asymptotic n=1000000", |bench| {
        bench.iter(|| inference::kendall_test(black_box(&a), black_box(&b), Method::Asymptotic));
    });
    let n = 1_000_000;
    let x: Vec<f64> = (0..n)
        .map(|i| -(a.level_of(&i).unwrap_or(0) as f64))
        .collect();
    let y: Vec<f64> = (0..n)
        .map(|i| -(b.level_of(&i).unwrap_or(0) as f64))
        .collect();
    group.bench_function("pair count n=1000000 scores", |bench| {
        bench.iter(|| compare::kendall_scores(black_box(&x), black_box(&y)).map(|c| c.tau_b()));
    });
    group.bench_function("asymptotic n=1000000 scores", |bench| {
        bench.iter(|| {
            inference::kendall_test_scores(black_box(&x), black_box(&y), Method::Asymptotic)
        });
    });
    group.finish();
}

fn permutations(c: &mut Criterion) {
    let mut group = c.benchmark_group("permutation_test");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    // 8 shared items among 10 on each side, with ties.
    let a = Ranking::new(vec![
        vec![0, 1],
        vec![2],
        vec![3],
        vec![4, 5],
        vec![6],
        vec![7],
        vec![8],
        vec![9],
    ])
    .unwrap();
    let b = Ranking::new(vec![
        vec![2],
        vec![10],
        vec![0, 3],
        vec![1],
        vec![5],
        vec![4, 7, 11],
        vec![6],
    ])
    .unwrap();
    let rbo = Measure::Rbo {
        persistence: 0.9,
        ties: TieTreatment::W,
    };
    group.bench_function("exact rbo 8 shared with ties", |bench| {
        bench.iter(|| {
            inference::permutation_test(black_box(&a), black_box(&b), rbo, Alternative::Greater)
        });
    });
    // Strict on both sides: all 40 320 orders are distinct rankings.
    let a = Ranking::strict([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).unwrap();
    let b = Ranking::strict([2, 10, 0, 3, 1, 5, 4, 7, 11, 6]).unwrap();
    group.bench_function("exact rbo 8 shared strict", |bench| {
        bench.iter(|| {
            inference::permutation_test(black_box(&a), black_box(&b), rbo, Alternative::Greater)
        });
    });
    let (a, b) = (strict(1000, 3), strict(1000, 4));
    let options = Permutations::from(Alternative::Greater)
        .resamples(10_000)
        .seed(5);
    group.bench_function("monte carlo tau-b 1000 items 10000 permutations", |bench| {
        bench.iter(|| {
            inference::permutation_test(black_box(&a), black_box(&b), Measure::TauB, options)
        });
    });
    group.finish();
}

fn concordance(c: &mut Criterion) {
    let mut group = c.benchmark_group("concordance");
    group.sample_size(20);
    let items: Vec<u32> = (0..1000).collect();
    let mut rng = data::Rng::new(9);
    let rankings: Vec<Ranking<u32>> = (0..100)
        .map(|_| data::weak_order(&items, 4, &mut rng))
        .collect();
    group.bench_function("kendall w 100 rankings of 1000 items", |bench| {
        bench.iter(|| inference::Concordance::new(black_box(&rankings), ConcordanceOptions::new()));
    });
    group.finish();
}

criterion_group!(benches, kendall, permutations, concordance);
criterion_main!(benches);
