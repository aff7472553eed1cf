//! Reading hierarchy arguments (built-in ids or data files) and putting
//! hierarchies on a common vocabulary.

use std::path::Path;

use clap::ValueEnum;
use security_hierarchy::{Concern, Error, Hierarchy, Item, Ranking, Tier, corpus};

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

impl Via {
    /// The name used on the command line and in JSON output.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Via::Concern => "concern",
            Via::Tier => "tier",
            Via::None => "none",
        }
    }
}

/// Loads a built-in by id, or a file by path.
pub(crate) fn load(arg: &str) -> Result<Hierarchy, Failure> {
    if is_file_argument(arg) {
        Hierarchy::load(arg).map_err(|e| file_failure(arg, e))
    } else {
        corpus::hierarchy(arg).map_err(|e| Failure::input(e.to_string()))
    }
}

/// Whether an argument names a file rather than a built-in: it exists, or
/// it ends in `.toml` or `.json`.
pub(crate) fn is_file_argument(arg: &str) -> bool {
    let path = Path::new(arg);
    path.exists()
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json"))
}

/// A load error as a one-line failure that names the file once.
pub(crate) fn file_failure(arg: &str, e: Error) -> Failure {
    match e {
        // These messages already start with the path.
        Error::Io { .. } | Error::UnknownFileType { .. } => Failure::input(e.to_string()),
        other => Failure::input(format!("{arg}: {other}")),
    }
}

/// The hierarchy projected onto the chapter's tiers.
pub(crate) fn tier_ranking(h: &Hierarchy) -> Result<Ranking<Tier>, Failure> {
    h.tier_ranking().map_err(projection_failure)
}

/// The hierarchy projected onto the shared concerns.
pub(crate) fn concern_ranking(h: &Hierarchy) -> Result<Ranking<Concern>, Failure> {
    h.concern_ranking().map_err(projection_failure)
}

/// An unmapped item gets a hint at the alternative; other errors stand as they are.
fn projection_failure(e: Error) -> Failure {
    match e {
        Error::Unmapped { .. } => Failure::input(format!(
            "{e} (use --via none to compare the items themselves)"
        )),
        other => Failure::input(other.to_string()),
    }
}

/// The hierarchy's ranking on the chosen vocabulary, with items as text.
pub(crate) fn ranking_via(h: &Hierarchy, via: Via) -> Result<Ranking<String>, Failure> {
    match via {
        Via::None => h
            .ranked()
            .cloned()
            .map_err(|e| Failure::input(e.to_string())),
        Via::Concern => concern_ranking(h).map(|r| text(&r)),
        Via::Tier => tier_ranking(h).map(|r| text(&r)),
    }
}

/// A ranking with its items replaced by their text.
fn text<T: Item>(r: &Ranking<T>) -> Ranking<String> {
    Ranking::new(r.levels().map(|l| l.iter().map(ToString::to_string)))
        .expect("distinct slugs stay distinct")
}
