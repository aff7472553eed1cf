//! What several test files share: the ranked built-ins, the report's
//! sections, and the corpus report as committed under `docs/`.

use security_hierarchy::plot::{Report, report};
use security_hierarchy::scenario::builtin;
use security_hierarchy::{Hierarchy, Via, corpus};

/// The report on every built-in hierarchy and scenario.
pub fn corpus_report() -> String {
    let hierarchies: Vec<_> = corpus::catalogue()
        .iter()
        .map(security_hierarchy::corpus::CatalogueEntry::hierarchy)
        .collect();
    let scenarios: Vec<_> = builtin::catalogue()
        .iter()
        .map(security_hierarchy::scenario::builtin::ScenarioEntry::scenario)
        .collect();
    report(
        &Report::new(
            "Security priorities: the built-in corpus",
            &hierarchies,
            &Via::Concern,
        )
        .scenarios(&scenarios),
    )
    .expect("the corpus report")
}

/// The report's section ids, in order.
pub const SECTIONS: [&str; 7] = [
    "sources",
    "agreement",
    "side-by-side",
    "comparisons",
    "conflicts",
    "consensus",
    "scenarios",
];

/// The built-in hierarchies that are rankings, in catalogue order.
pub fn ranked_corpus() -> Vec<Hierarchy> {
    corpus::catalogue()
        .iter()
        .map(security_hierarchy::corpus::CatalogueEntry::hierarchy)
        .filter(|h| h.ranking().is_some())
        .collect()
}
