//! Reading hierarchy arguments: built-in ids or data files.

use std::path::Path;

use clap::ValueEnum;
use security_hierarchy::{Hierarchy, Ranking, corpus};

use crate::Failure;

/// The vocabulary two or more hierarchies are put on before comparing.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Via {
    /// The shared concerns, through each item's concern crosswalk.
    Concern,
    /// The chapter's three tiers, through each item's tier crosswalk.
    Tier,
    /// The items themselves (the hierarchies must use the same item ids).
    None,
}

/// Loads a built-in by id, or a file by path. An argument that names an
/// existing file, or ends in `.toml` or `.json`, is a path.
pub(crate) fn load(arg: &str) -> Result<Hierarchy, Failure> {
    let path = Path::new(arg);
    let looks_like_file = path.exists()
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json"));
    if looks_like_file {
        Hierarchy::load(path).map_err(|e| match e {
            // Io and file-type errors already start with the path.
            security_hierarchy::Error::Io { .. }
            | security_hierarchy::Error::UnknownFileType { .. } => Failure::input(e.to_string()),
            other => Failure::input(format!("{arg}: {other}")),
        })
    } else {
        corpus::hierarchy(arg).map_err(|e| Failure::input(e.to_string()))
    }
}

/// The hierarchy's ranking on the chosen vocabulary, with items as text.
pub(crate) fn ranking_via(h: &Hierarchy, via: Via) -> Result<Ranking<String>, Failure> {
    let needs_ranking = || {
        Failure::input(format!(
            "hierarchy `{}` is {}, not a ranking; only ranked hierarchies can be compared",
            h.id(),
            match h.order().kind() {
                "partial" => "a partial order",
                _ => "an unordered set",
            }
        ))
    };
    let with_context = |e: security_hierarchy::Error| {
        Failure::input(format!(
            "{e} (use --via none to compare the items themselves)"
        ))
    };
    match via {
        Via::None => h.ranking().cloned().ok_or_else(needs_ranking),
        Via::Concern => h
            .concern_projection()
            .map_err(with_context)?
            .map(|p| text(p.into_ranking()))
            .ok_or_else(needs_ranking),
        Via::Tier => h
            .tier_projection()
            .map_err(with_context)?
            .map(|p| text(p.into_ranking()))
            .ok_or_else(needs_ranking),
    }
}

/// A ranking with its items replaced by their text.
fn text<T: security_hierarchy::Item>(r: Ranking<T>) -> Ranking<String> {
    Ranking::new(r.levels().iter().map(|l| l.iter().map(ToString::to_string)))
        .expect("distinct slugs stay distinct")
}
