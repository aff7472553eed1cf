//! Conflict detection: discordance listing, majority reports, document
//! checks and scenario analysis, grouped by input size.

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use security_hierarchy::check_text;
use security_hierarchy::conflict::{Discordances, majority};
use security_hierarchy::scenario::Scenario;
use security_hierarchy::{Format, Ranking, Via, corpus};

/// A scenario whose n interests form one chain i0 → ... → i(n-1), with a
/// back edge closing a cycle; the action harms i0 and advances the last.
fn chain_scenario(n: usize) -> Scenario {
    let interests: Vec<String> = (0..n).map(|i| format!("{{ id = \"i{i}\" }}")).collect();
    let mut deps: Vec<String> = (0..n - 1)
        .map(|i| format!("{{ foundation = \"i{i}\", underpins = \"i{}\", basis = {{ kind = \"reading\", rationale = \"test\" }} }}", i + 1))
        .collect();
    deps.push(format!(
        "{{ foundation = \"i{}\", underpins = \"i0\", basis = {{ kind = \"reading\", rationale = \"test\" }} }}",
        n - 1
    ));
    let text = format!(
        "id = \"b\"\ntitle = \"B\"\ninterests = [{}]\ndependencies = [{}]\n[[actions]]\nid = \"a\"\n\
         effects = [{{ interest = \"i0\", direction = \"harms\", strength = \"weak\", basis = {{ kind = \"reading\", rationale = \"test\" }} }}, \
         {{ interest = \"i{}\", direction = \"advances\", strength = \"weak\", basis = {{ kind = \"reading\", rationale = \"test\" }} }}]\n",
        interests.join(", "),
        deps.join(", "),
        n - 1
    );
    Scenario::from_toml_str(&text).expect("valid")
}

/// A hierarchy file of n items in one reversed-tier order, so every
/// cross-tier pair is an inversion.
fn hierarchy_text(n: usize) -> String {
    let tiers = ["global", "regional", "regime"];
    let levels: Vec<String> = (0..n).map(|i| format!("[\"x{i}\"]")).collect();
    let mut text = format!(
        "id = \"h\"\ntitle = \"H\"\nlevels = [{}]\n[source]\nauthor = \"A\"\nyear = 2024\ntitle = \"T\"\nvenue = \"V\"\n",
        levels.join(", ")
    );
    for i in 0..n {
        let tier = tiers[i * 3 / n];
        text.push_str(&format!(
            "[[items]]\nid = \"x{i}\"\nlabel = \"x\"\ntier = {{ target = \"{tier}\" }}\n"
        ));
    }
    text
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("discordances");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2));
    for n in [100u32, 400] {
        let a = Ranking::strict(0..n).expect("distinct");
        let b = a.reversed();
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |bench, _| {
            bench.iter(|| black_box(Discordances::between("a", &a, "b", &b).discordant.len()));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("majority_report_corpus_by_concern");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2));
    let docs: Vec<_> = corpus::catalogue()
        .into_iter()
        .map(|e| e.hierarchy())
        .filter(|h| h.ranking().is_some())
        .collect();
    group.bench_function("ranked built-ins", |bench| {
        bench.iter(|| black_box(majority(&docs, &Via::Concern).expect("ranked").cycles.len()));
    });
    group.finish();

    let mut group = c.benchmark_group("check_text");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2));
    for n in [30usize, 300] {
        let text = hierarchy_text(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |bench, _| {
            bench.iter(|| black_box(check_text(&text, Format::Toml).len()));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("scenario_chain_analysis");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(2));
    for n in [100usize, 1_000, 10_000] {
        let s = chain_scenario(n);
        let r = Ranking::strict((0..n).map(|i| format!("i{i}"))).expect("distinct");
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |bench, _| {
            bench.iter(|| {
                black_box(
                    s.analyse("r", &r, &Via::Items).actions[0]
                        .self_undermining
                        .len(),
                )
            });
        });
    }
    group.finish();
}

criterion_group!(conflict, benches);
criterion_main!(conflict);
