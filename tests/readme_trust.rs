//! The README's corpus table and its "How far to trust a result" tables are
//! generated here and must match the README: the corpus with its sources
//! and verification counts, the robustness of the corpus's conflicts under
//! every admissible tier crosswalk, and each built-in scenario's verdicts
//! with and without the readings they rest on. `UPDATE_README=1` rewrites
//! the README's blocks.

use std::fmt::Write as _;

use security_hierarchy::compare::{self, CompareOptions};
use security_hierarchy::conflict::{Documents, conflicts, robustness};
use security_hierarchy::scenario::builtin;
use security_hierarchy::{Hierarchy, Ranking, Tier, Via, corpus};

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");

/// The ranked built-ins: the inputs the majority graph can take.
fn ranked() -> Vec<Hierarchy> {
    corpus::ids()
        .into_iter()
        .map(|id| corpus::hierarchy(id).unwrap())
        .filter(|h| h.ranking().is_some())
        .collect()
}

fn robustness_block() -> String {
    let docs = Documents::new(ranked());
    let r = robustness(&docs, &Via::Tier, |d| {
        Ok(conflicts(&d.hierarchies, &Via::Tier))
    })
    .unwrap();
    format!("```text\n{r}\n```\n")
}

/// The corpus table: every built-in with its source, order and marks.
fn corpus_block() -> String {
    let mut out = String::from(
        "| id | author | year | title | where | order | items | verified | note |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    for entry in corpus::catalogue() {
        let h = entry.hierarchy();
        let source = h.source();
        let order = match h.ranking() {
            Some(r) if r.is_strict() => "ranked (strict)".to_string(),
            Some(r) => format!("ranked (weak, {} levels)", r.level_count()),
            None => entry.order.to_string(),
        };
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {order} | {} | {} | {} |",
            entry.id,
            source.author,
            source.year,
            source.title,
            source.venue,
            entry.items,
            entry.verified,
            source.note.as_deref().unwrap_or("")
        )
        .unwrap();
    }
    out
}

/// One author's view over time: Xi 2014 against Xi 2022 on their own
/// items, Rudd 2018 against Rudd 2022 on the shared concerns.
fn versions_block() -> String {
    let pair = |a: &str, b: &str, via: &Via| {
        let (a, b) = (corpus::hierarchy(a).unwrap(), corpus::hierarchy(b).unwrap());
        compare::compare(&a, &b, via, CompareOptions::new())
            .unwrap()
            .to_string()
    };
    format!(
        "```text\n{}\n\n{}\n```\n",
        pair("xi-2014", "xi-2022", &Via::Items).trim_end(),
        pair("rudd-2018", "rudd-2022", &Via::Concern).trim_end()
    )
}

fn dai_block() -> String {
    let dai = corpus::hierarchy("dai-2009").unwrap();
    let docs = Documents::new([dai]);
    let r = robustness(&docs, &Via::Tier, |d| {
        Ok(conflicts(&d.hierarchies, &Via::Tier))
    })
    .unwrap();
    let report = conflicts(&docs.hierarchies, &Via::Tier);
    format!("```text\n{report}\n\n== robustness of these conclusions\n{r}\n```\n")
}

fn verdict_block() -> String {
    let tiers = Ranking::strict(Tier::ALL.iter().map(ToString::to_string)).unwrap();
    let mut out = String::from(
        "| scenario | action | verdict, every claim | verdict, the chapter's words alone | self-undermining chains (on words alone) |\n|---|---|---|---|---|\n",
    );
    for s in builtin::catalogue()
        .iter()
        .map(builtin::ScenarioEntry::scenario)
    {
        let all = s.analyse("pu-2022", &tiers, &Via::Tier);
        let words = s.without_readings().analyse("pu-2022", &tiers, &Via::Tier);
        for (a, w) in all.actions.iter().zip(&words.actions) {
            let stated = a
                .self_undermining
                .iter()
                .filter(|c| c.rests_on().words_only())
                .count();
            let changed = if a.verdict.outcome == w.verdict.outcome {
                ""
            } else {
                " **(changes)**"
            };
            writeln!(
                out,
                "| `{}` | `{}` | {} | {}{changed} | {} ({stated}) |",
                s.id(),
                a.action,
                a.verdict.outcome,
                w.verdict.outcome,
                a.self_undermining.len()
            )
            .unwrap();
        }
    }
    out
}

/// The text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`.
fn block<'a>(readme: &'a str, name: &str) -> (usize, usize, &'a str) {
    let begin = format!("<!-- {name}:begin -->\n");
    let end = format!("<!-- {name}:end -->");
    let start = readme
        .find(&begin)
        .unwrap_or_else(|| panic!("README has no {begin}"))
        + begin.len();
    let stop = readme[start..]
        .find(&end)
        .unwrap_or_else(|| panic!("README has no {end}"))
        + start;
    (start, stop, &readme[start..stop])
}

#[test]
fn readme_trust_tables_are_current() {
    let mut readme = std::fs::read_to_string(README).unwrap();
    let mut stale = Vec::new();
    for (name, fresh) in [
        ("corpus", corpus_block()),
        ("versions", versions_block()),
        ("dai", dai_block()),
        ("robustness", robustness_block()),
        ("verdicts", verdict_block()),
    ] {
        let (start, stop, current) = block(&readme, name);
        if current != fresh {
            stale.push(name);
            readme.replace_range(start..stop, &fresh);
        }
    }
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(README, &readme).unwrap();
        return;
    }
    assert!(
        stale.is_empty(),
        "README blocks {stale:?} are stale: rerun with UPDATE_README=1"
    );
}
