//! What several test files share: the corpus report, as committed under `docs/`.

use security_hierarchy::conflict::scenario::builtin;
use security_hierarchy::corpus;
use security_hierarchy::plot::{Report, report};

/// The report on every built-in hierarchy and scenario.
pub fn corpus_report() -> String {
    let hierarchies: Vec<_> = corpus::catalogue().iter().map(|e| e.hierarchy()).collect();
    let scenarios = builtin::all();
    report(
        &Report::new("Security priorities: the built-in corpus", &hierarchies)
            .scenarios(&scenarios),
    )
    .expect("the corpus report")
}
