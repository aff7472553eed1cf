//! Consensus benches: exact Kemeny on single majority components of
//! n = 8, 12, 16, 20 items (5 inputs), and the heuristic at n = 1 000;
//! with ties allowed, the exact method on one part of n = 10, 12, 15 items
//! and the heuristic at n = 1 000 (7 weak inputs, levels of 2 on average);
//! every method on two inputs of n = 2 000 and 10 000 items.
//!
//! `cargo bench --bench consensus`

// criterion_group! generates an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

// Only the weak-order generator is used here.
#[path = "../tests/consensus_support/mod.rs"]
mod consensus_support;
#[allow(dead_code)]
#[path = "common/data.rs"]
mod data;

use consensus_support::XorShift;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use security_hierarchy::Ranking;
use security_hierarchy::consensus::{Borda, Copeland, Heuristic, Kemeny, Solver};
use security_hierarchy::majority::MajorityGraph;

const INPUTS: usize = 5;

/// A profile of 5 uniformly random strict inputs over n items whose
/// majority graph is one strongly connected component (the hardest case:
/// nothing splits).
fn single_component(n: u32) -> Vec<Ranking<u32>> {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15 ^ u64::from(n));
    loop {
        let profile = rng.profile(INPUTS, n);
        if MajorityGraph::new(&profile).components().len() == 1 {
            return profile;
        }
    }
}

fn exact(c: &mut Criterion) {
    let mut group = c.benchmark_group("kemeny-exact");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for n in [8u32, 12, 16, 20] {
        let profile = single_component(n);
        if n == 20 {
            group.measurement_time(Duration::from_secs(4));
        }
        group.bench_with_input(BenchmarkId::from_parameter(n), &profile, |b, p| {
            b.iter(|| Kemeny::new().solve(black_box(p)).expect("within the limit"));
        });
    }
    group.finish();
}

fn heuristic(c: &mut Criterion) {
    let mut group = c.benchmark_group("kemeny-heuristic");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    let mut rng = XorShift(42);
    let profile = rng.profile(INPUTS, 1_000);
    group.bench_with_input(BenchmarkId::from_parameter(1_000), &profile, |b, p| {
        b.iter(|| {
            Heuristic::new()
                .seed(7)
                .solve(black_box(p))
                .expect("valid input")
        });
    });
    group.finish();
}

/// 7 random weak orders over n items (levels of 2 on average) whose
/// majority graph is one strongly connected component.
fn weak_single_component(n: u32) -> Vec<Ranking<u32>> {
    let mut rng = data::Rng::new(0x5EED ^ u64::from(n));
    let items: Vec<u32> = (0..n).collect();
    loop {
        let profile: Vec<Ranking<u32>> = (0..7)
            .map(|_| data::weak_order(&items, 2, &mut rng))
            .collect();
        if MajorityGraph::new(&profile).components().len() == 1 {
            return profile;
        }
    }
}

fn exact_with_ties(c: &mut Criterion) {
    let mut group = c.benchmark_group("kemeny-ties-exact");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    for n in [10u32, 12, 15] {
        let profile = weak_single_component(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &profile, |b, p| {
            b.iter(|| {
                Kemeny::new()
                    .allow_ties(true)
                    .solve(black_box(p))
                    .expect("within the limit")
            });
        });
    }
    group.finish();
}

fn heuristic_with_ties(c: &mut Criterion) {
    let mut group = c.benchmark_group("kemeny-ties-heuristic");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    let mut rng = data::Rng::new(42);
    let items: Vec<u32> = (0..1_000).collect();
    let profile: Vec<Ranking<u32>> = (0..7)
        .map(|_| data::weak_order(&items, 2, &mut rng))
        .collect();
    group.bench_with_input(BenchmarkId::from_parameter(1_000), &profile, |b, p| {
        b.iter(|| {
            Heuristic::new()
                .allow_ties(true)
                .seed(7)
                .solve(black_box(p))
                .expect("valid input")
        });
    });
    group.finish();
}

/// Two inputs at the default item limit and below it: a strict ranking and
/// the same items in √n shuffled tied levels (as `benches/big/generate.py`
/// writes them), the shape whose majority graph has n²/4 edges.
fn at_scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("consensus-at-scale");
    group.sample_size(10).warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for n in [2_000u32, 10_000] {
        let forward = Ranking::strict(0..n).expect("distinct");
        let shuffled: Vec<u32> = XorShift(11).ranking(n).items().copied().collect();
        let width = (n.isqrt() as usize).max(1);
        let tied = Ranking::new(shuffled.chunks(width).map(<[u32]>::to_vec)).expect("distinct");
        let profile = [forward, tied];
        let solvers: [(&str, Solver); 4] = [
            ("borda", Borda::new().into()),
            ("copeland", Copeland::new().into()),
            ("heuristic", Heuristic::new().into()),
            ("kemeny", Kemeny::new().into()),
        ];
        for (name, solver) in solvers {
            group.bench_with_input(BenchmarkId::new(name, n), &profile, |b, p| {
                b.iter(|| solver.solve(black_box(p)).expect("within the limits"));
            });
        }
        group.bench_with_input(BenchmarkId::new("components", n), &profile, |b, p| {
            b.iter(|| MajorityGraph::new(black_box(p)).components().len());
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    exact,
    heuristic,
    exact_with_ties,
    heuristic_with_ties,
    at_scale
);
criterion_main!(benches);
