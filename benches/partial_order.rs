//! Partial orders without their transitive closure: building one, and
//! counting its tier inversions (implied precedences between tiers), on a
//! chain (one path: linear) and on a random sparse order (rows of bits),
//! grouped by size.

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use security_hierarchy::conflict::InversionReport;
use security_hierarchy::hierarchy::Order;
use security_hierarchy::limit::Limits;
use security_hierarchy::{PartialOrder, Tier};

/// Builds a relation of n items.
type Relation = fn(usize) -> Vec<(usize, usize)>;

/// A chain 0 > 1 > ... > n-1.
fn chain(n: usize) -> Vec<(usize, usize)> {
    (0..n - 1).map(|k| (k, k + 1)).collect()
}

/// About 2n precedences from a lower to a higher index, drawn by a fixed
/// linear congruential sequence: many short paths, no long chain.
fn sparse(n: usize) -> Vec<(usize, usize)> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(state >> 33).expect("31 bits")
    };
    (0..2 * n)
        .filter_map(|_| {
            let (a, b) = (next() % n, next() % n);
            (a < b).then_some((a, b))
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let tier = |k: &usize| Some(Tier::ALL[k % 3]);
    let mut group = c.benchmark_group("partial_order_build_chain");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2));
    for n in [10_000, 100_000, 1_000_000] {
        let edges = chain(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |bench, &n| {
            bench.iter(|| PartialOrder::new(0..n, edges.iter().copied()).expect("acyclic"));
        });
    }
    group.finish();

    let shapes: [(&str, Relation, [usize; 3], u64); 2] = [
        (
            "tier_inversions_chain",
            chain,
            [10_000, 100_000, 1_000_000],
            2,
        ),
        (
            "tier_inversions_sparse",
            sparse,
            [1_000, 10_000, 100_000],
            3,
        ),
    ];
    for (name, relation, sizes, seconds) in shapes {
        let mut group = c.benchmark_group(name);
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(seconds));
        for n in sizes {
            let order = Order::Partial(PartialOrder::new(0..n, relation(n)).expect("acyclic"));
            group.bench_with_input(BenchmarkId::from_parameter(n), &n, |bench, _| {
                bench.iter(|| {
                    InversionReport::new_within(
                        "o",
                        black_box(&order),
                        "tier",
                        tier,
                        &Tier::ranking(),
                        Limits::new(),
                    )
                    .expect("within the limits")
                });
            });
        }
        group.finish();
    }
}

criterion_group!(partial_order, benches);
criterion_main!(partial_order);
