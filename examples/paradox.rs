//! The chapter's cases of conflicting interests, run against the chapter's
//! tiers (pu-2022), Rudd 2022 and Erickson 2019: every trade-off, priority
//! inversion, self-undermining chain and lexicographic verdict.
//!
//! ```text
//! cargo run --example paradox
//! ```
//!
//! The chapter's tiers are analysed through each interest's tier crosswalk;
//! the other hierarchies through their concern projections, so that a
//! scenario written in its own interests meets each hierarchy on common ground.
//! Every finding says which readings it rests on; the summary gives each
//! verdict twice: with every claim, and with the source's own words alone.

use std::error::Error;

use security_hierarchy::conflict::{ActionAnalysis, Analysis};
use security_hierarchy::scenario::builtin;
use security_hierarchy::{Item, Tier, Via, corpus};

/// The hierarchies to run against, by catalogue id.
const AGAINST: [&str; 3] = ["pu-2022", "rudd-2022", "erickson-2019"];

/// One line per action: its verdict with every claim and with the source's
/// words alone, and how many inversions and self-undermining chains it has.
fn summarise<U: Item>(analysis: &Analysis<U>, words: &Analysis<U>, lines: &mut Vec<String>) {
    for (
        ActionAnalysis {
            action,
            verdict,
            self_undermining,
            priority_inversions,
            ..
        },
        stated,
    ) in analysis.actions.iter().zip(&words.actions)
    {
        lines.push(format!(
            "{:<24} {:<16} {:<14} {:<14} {:>2} inversion(s) {:>2} self-undermining chain(s), {} on words alone",
            action,
            analysis.ranking_name,
            verdict.outcome.to_string(),
            stated.verdict.outcome.to_string(),
            priority_inversions.len(),
            self_undermining.len(),
            self_undermining
                .iter()
                .filter(|c| c.rests_on().words_only())
                .count()
        ));
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut summary = Vec::new();
    for scenario in builtin::catalogue()
        .iter()
        .map(builtin::ScenarioEntry::scenario)
    {
        println!("=== {} — {}", scenario.id(), scenario.title());
        println!("{}", scenario.summary());
        println!("(source: {})", scenario.citation());
        for dependency in scenario.dependencies() {
            if let Some(basis) = &dependency.basis {
                println!(
                    "  `{}` underpins `{}` — {basis}",
                    dependency.foundation, dependency.underpins
                );
            }
        }
        println!();
        for id in AGAINST {
            let doc = match corpus::hierarchy(id) {
                Ok(doc) => doc,
                Err(e) => {
                    println!("skipped: {e}\n");
                    continue;
                }
            };
            // The chapter's own tiers are a ranking of tiers: meet them by tier.
            let via = if id == <Tier as corpus::BuiltinHierarchy>::ID {
                Via::Tier
            } else {
                Via::Concern
            };
            let ranking = via.ranking(&doc)?;
            let analysis = scenario.analyse(id, &ranking, &via);
            let words = scenario.without_readings().analyse(id, &ranking, &via);
            println!("{analysis}");
            summarise(&analysis, &words, &mut summary);
        }
    }
    println!("=== summary: verdict under lexicographic priority, per action and hierarchy,");
    println!("    with every claim, then with the source's own words alone");
    for line in summary {
        println!("{line}");
    }
    Ok(())
}
