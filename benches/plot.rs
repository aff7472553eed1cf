//! Pictures and the report: every picture kind and the full report on the
//! built-in corpus, and the heatmap of 100 hierarchies of 100 items (with
//! and without computing the comparisons behind it).

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use security_hierarchy::compare::CompareOptions;
use security_hierarchy::majority::MajorityGraph;
use security_hierarchy::plot::{
    self, Agreement, Bump, HeatCell, Heatmap, MajorityDiagram, Report, ScenarioDiagram, Slopegraph,
};
use security_hierarchy::scenario::builtin;
use security_hierarchy::{Hierarchy, Ranking, Via, corpus};

#[path = "common/data.rs"]
#[allow(dead_code)]
mod data;

fn corpus_pictures(c: &mut Criterion) {
    let all: Vec<Hierarchy> = corpus::catalogue()
        .iter()
        .map(security_hierarchy::corpus::CatalogueEntry::hierarchy)
        .collect();
    let ranked: Vec<Hierarchy> = all
        .iter()
        .filter(|h| h.ranking().is_some())
        .cloned()
        .collect();
    let rankings: Vec<Ranking<_>> = ranked
        .iter()
        .map(|h| Via::Concern.ranking(h).unwrap())
        .collect();
    let scenarios: Vec<_> = builtin::catalogue()
        .iter()
        .map(security_hierarchy::scenario::builtin::ScenarioEntry::scenario)
        .collect();
    let mut group = c.benchmark_group("corpus");
    group.bench_function("heatmap (compare and draw)", |b| {
        b.iter(|| {
            let map = Heatmap::of_hierarchies(
                black_box(&ranked),
                &Via::Concern,
                Agreement::TauB,
                CompareOptions::new(),
            )
            .unwrap();
            plot::heatmap(&map).unwrap()
        });
    });
    group.bench_function("bump", |b| {
        b.iter(|| {
            let chart = Bump::of_hierarchies("v", black_box(&ranked[4..]), &Via::Concern).unwrap();
            plot::bump(&chart)
        });
    });
    group.bench_function("slopegraph", |b| {
        b.iter(|| Slopegraph::new("a", "b").draw(black_box(&rankings[5]), &rankings[6]));
    });
    group.bench_function("majority", |b| {
        b.iter(|| {
            let d = MajorityDiagram::from_graph("m", &MajorityGraph::new(black_box(&rankings)));
            plot::majority_graph(&d)
        });
    });
    group.bench_function("scenario (all built-ins)", |b| {
        b.iter(|| {
            scenarios
                .iter()
                .map(|s| {
                    plot::scenario_diagram(&ScenarioDiagram::from_scenario(black_box(s))).len()
                })
                .sum::<usize>()
        });
    });
    group.bench_function("report", |b| {
        b.iter(|| {
            plot::report(
                &Report::new("corpus", black_box(&all), &Via::Concern).scenarios(&scenarios),
            )
            .unwrap()
        });
    });
    group.finish();
}

fn large_heatmap(c: &mut Criterion) {
    let mut rng = data::Rng::new(13);
    let items: Vec<u32> = (0..100).collect();
    let rankings: Vec<Ranking<u32>> = (0..100)
        .map(|_| data::weak_order(&items, 3, &mut rng))
        .collect();
    let names: Vec<String> = (0..100).map(|i| format!("hierarchy-{i}")).collect();
    let mut group = c.benchmark_group("heatmap 100 × 100 items");
    group.sample_size(10);
    group.bench_function("compare and draw", |b| {
        b.iter(|| {
            let map = Heatmap::of_rankings(
                "h",
                names.clone(),
                black_box(&rankings),
                Agreement::TauB,
                CompareOptions::new(),
            )
            .unwrap();
            plot::heatmap(&map).unwrap()
        });
    });
    let cells: Vec<Vec<HeatCell>> = rankings
        .iter()
        .map(|a| {
            rankings
                .iter()
                .map(|b| {
                    let counts = security_hierarchy::compare::kendall(a, b);
                    HeatCell {
                        value: counts.tau_b(),
                        items: 100,
                        p_value: None,
                    }
                })
                .collect()
        })
        .collect();
    let map = Heatmap::new("h", "tau-b", names.clone(), cells).unwrap();
    group.bench_function("draw", |b| b.iter(|| plot::heatmap(black_box(&map))));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = corpus_pictures, large_heatmap
}
criterion_main!(benches);
