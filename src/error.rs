//! The crate's one error type.
//!
//! Every variant carries the offending item, value or position, so that a
//! message read on its own says what was wrong and where.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A specialised `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The data format a document was read from or written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// TOML.
    Toml,
    /// JSON.
    Json,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Toml => "TOML",
            Format::Json => "JSON",
        })
    }
}

/// Everything that can go wrong in this crate.
///
/// Levels in messages are counted from 1 (the highest-priority level is
/// level 1), as a reader of a hierarchy would count them.
///
/// Errors are `Clone`: an I/O error is kept behind an [`Arc`] and returned by
/// [`std::error::Error::source`]. Two errors are equal when they are the same
/// variant with the same message (I/O errors: the same path and kind).
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An item appears twice in a ranking.
    #[error("duplicate item `{item}` on levels {first} and {second}")]
    DuplicateItem {
        /// The repeated item.
        item: String,
        /// The first level it appears on (1-based).
        first: usize,
        /// The level it appears on again (1-based).
        second: usize,
    },
    /// A ranking has a level with no items.
    #[error("level {level} is empty; every level needs at least one item")]
    EmptyLevel {
        /// The empty level (1-based).
        level: usize,
    },
    /// A hierarchy document defines no items.
    #[error("hierarchy `{id}` has no items")]
    EmptyHierarchy {
        /// The document's id.
        id: String,
    },
    /// A document's items list defines the same id twice.
    #[error("hierarchy `{id}` defines item `{item}` twice")]
    DuplicateDefinition {
        /// The document's id.
        id: String,
        /// The item defined twice.
        item: String,
    },
    /// A ranking or precedence names an item that the document does not define.
    #[error("item `{item}` is ranked in hierarchy `{id}` but not defined in its items")]
    UndefinedItem {
        /// The document's id.
        id: String,
        /// The undefined item.
        item: String,
    },
    /// A document defines an item that its ranking never places.
    #[error("item `{item}` is defined in hierarchy `{id}` but never ranked")]
    UnrankedItem {
        /// The document's id.
        id: String,
        /// The item left out of the ranking.
        item: String,
    },
    /// A document states more than one order, or none while not declaring itself unordered.
    #[error("hierarchy `{id}`: {problem}")]
    InvalidOrder {
        /// The document's id.
        id: String,
        /// What is wrong with its order fields.
        problem: String,
    },
    /// Stated precedences form a cycle.
    #[error("precedence cycle: {}", display_cycle(.cycle))]
    PrecedenceCycle {
        /// The cycle's items in order; the last outranks the first.
        cycle: Vec<String>,
    },
    /// A precedence puts an item above itself.
    #[error("item `{item}` cannot outrank itself")]
    SelfPrecedence {
        /// The item.
        item: String,
    },
    /// A score is NaN or infinite.
    #[error("score of `{item}` is {score}; scores must be finite numbers")]
    NonFiniteScore {
        /// The item whose score is not finite.
        item: String,
        /// The score, as given.
        score: f64,
    },
    /// A document could not be parsed.
    #[error("{}malformed {format} at line {line}, column {column}: {message}", located(.path.as_deref()))]
    Parse {
        /// The file being read, when the text came from one.
        path: Option<PathBuf>,
        /// The format being read.
        format: Format,
        /// The line of the problem (1-based).
        line: usize,
        /// The column of the problem (1-based).
        column: usize,
        /// The parser's description of the problem.
        message: String,
    },
    /// A document could not be written.
    #[error("cannot write {format}: {message}")]
    Serialize {
        /// The format being written.
        format: Format,
        /// What went wrong.
        message: String,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file's path.
        path: PathBuf,
        /// The operating system's error.
        source: Arc<io::Error>,
    },
    /// An output file is also one of the inputs; writing it would destroy
    /// what was read.
    #[error("{}: this is also the input `{}`; refusing to overwrite an input", .path.display(), .input.display())]
    OverwritesInput {
        /// The output's path, as given.
        path: PathBuf,
        /// The input it is, as given.
        input: PathBuf,
    },
    /// A file's extension does not say whether it is TOML or JSON.
    #[error("{}: unknown file type; use a .toml or .json extension", .path.display())]
    UnknownFileType {
        /// The file's path.
        path: PathBuf,
    },
    /// An item has no mapping in a crosswalk.
    #[error("item `{item}` has no mapping onto {vocabulary}")]
    Unmapped {
        /// The item without a mapping.
        item: String,
        /// The vocabulary it was being mapped onto.
        vocabulary: String,
    },
    /// A crosswalk maps an item onto a target that the target order does not rank.
    #[error("item `{item}` maps onto `{target}`, which the target order does not rank")]
    UnknownTarget {
        /// The source item.
        item: String,
        /// The target it maps onto.
        target: String,
    },
    /// A text is not the slug of any item of a vocabulary.
    #[error("`{text}` is not a {vocabulary} slug; expected one of: {expected}")]
    UnknownSlug {
        /// The text that was parsed.
        text: String,
        /// The vocabulary.
        vocabulary: &'static str,
        /// The accepted slugs, comma-separated.
        expected: String,
    },
    /// An id is not the id of any built-in hierarchy.
    #[error("`{id}` is not a built-in hierarchy; expected one of: {expected}")]
    UnknownHierarchy {
        /// The id that was looked up.
        id: String,
        /// The built-in ids, comma-separated.
        expected: String,
    },
    /// A Kendall-distance tie penalty outside [0, 1] (or NaN).
    #[error("tie penalty p = {} is outside [0, 1]", short(*.tie_penalty))]
    InvalidPenalty {
        /// The penalty given.
        tie_penalty: f64,
    },
    /// An RBO persistence outside the open interval (0, 1) (or NaN).
    #[error("RBO persistence p = {} is outside (0, 1)", short(*.persistence))]
    InvalidPersistence {
        /// The persistence given.
        persistence: f64,
    },
    /// A measure that needs items got an empty ranking.
    #[error("ranking `{side}` is empty; RBO needs at least one item on each side")]
    EmptyRanking {
        /// Which argument was empty: `a` or `b`.
        side: &'static str,
    },
    /// A weigher gave a negative, infinite or NaN weight.
    #[error(
        "weigher `{weigher}` gives {weight} to rank {rank}; weights must be finite and non-negative"
    )]
    InvalidWeight {
        /// The weigher's name.
        weigher: String,
        /// The 0-based rank it was asked about.
        rank: usize,
        /// The weight it gave.
        weight: f64,
    },
    /// Two paired score lists differ in length.
    #[error("score lists differ in length: {a} and {b}")]
    LengthMismatch {
        /// The first list's length.
        a: usize,
        /// The second list's length.
        b: usize,
    },
    /// A consensus was asked of no input rankings.
    #[error("a consensus needs at least one input ranking; none were given")]
    NoRankings,
    /// An exact Kemeny–Young component limit outside the supported range.
    #[error("component limit {limit} is outside 1..={ceiling}")]
    InvalidComponentLimit {
        /// The limit given.
        limit: usize,
        /// The highest limit that can be set.
        ceiling: usize,
    },
    /// A majority component is too large for exact Kemeny–Young.
    #[error(
        "a majority cycle joins {size} items, more than the exact Kemeny limit of {limit}; \
         raise it with `Kemeny::max_component` (up to {ceiling}) or use `consensus::Heuristic`"
    )]
    TooLarge {
        /// The size of the strongly connected component.
        size: usize,
        /// The limit in force.
        limit: usize,
        /// The highest limit that can be set.
        ceiling: usize,
    },
    /// A structure would hold more items than its limit: a ranking more
    /// than its positions can index ([`crate::MAX_RANKING_ITEMS`]), or a
    /// structure whose size grows with the square of its items (a majority
    /// graph, a precedence closure) more than the limit in force.
    #[error("the {what} would hold {count} items, more than the limit of {limit}")]
    TooManyItems {
        /// The structure: `ranking`, `majority graph` or `closure of the
        /// precedences`.
        what: &'static str,
        /// The items it would hold (for a ranking, counted up to one past
        /// the limit).
        count: usize,
        /// The limit in force.
        limit: usize,
    },
    /// An analysis needs a weak order, but the hierarchy states another kind of order.
    #[error("hierarchy `{id}` is {kind}, not a ranking; this analysis needs a weak order")]
    NotRanked {
        /// The document's id.
        id: String,
        /// What it is instead: `a partial order` or `unordered`.
        kind: &'static str,
    },
    /// A scenario names an interest that it does not declare.
    #[error(
        "scenario `{scenario}`: {place} names interest `{interest}`, which the scenario does not declare"
    )]
    UnknownInterest {
        /// The scenario's id.
        scenario: String,
        /// Where the interest is named, such as "action `a`".
        place: String,
        /// The undeclared interest.
        interest: String,
    },
    /// A scenario declares an interest or an action twice.
    #[error("scenario `{scenario}` declares {what} `{id}` twice")]
    DuplicateDeclaration {
        /// The scenario's id.
        scenario: String,
        /// `interest` or `action`.
        what: &'static str,
        /// The repeated id.
        id: String,
    },
    /// An action both advances and harms one interest.
    #[error("scenario `{scenario}`: action `{action}` both advances and harms `{interest}`")]
    ContradictoryEffect {
        /// The scenario's id.
        scenario: String,
        /// The action.
        action: String,
        /// The interest it both advances and harms.
        interest: String,
    },
    /// An action states its effect on one interest twice.
    #[error("scenario `{scenario}`: action `{action}` states its effect on `{interest}` twice")]
    RepeatedEffect {
        /// The scenario's id.
        scenario: String,
        /// The action.
        action: String,
        /// The interest named twice.
        interest: String,
    },
    /// An action has no effects.
    #[error("scenario `{scenario}`: action `{action}` has no effects")]
    NoEffects {
        /// The scenario's id.
        scenario: String,
        /// The action.
        action: String,
    },
    /// An effect or an "underpins" link states no basis.
    #[error(
        "scenario `{scenario}`: {link} has no basis; give `basis = {{ kind = \"words\", quote = \"...\", place = \"...\" }}` for the source's words or `basis = {{ kind = \"reading\", rationale = \"...\" }}` for a reading"
    )]
    MissingBasis {
        /// The scenario's id.
        scenario: String,
        /// The link, e.g. ``the effect of action `a` on `x` ``.
        link: String,
    },
    /// A crosswalk lists one target twice (the default again among its
    /// alternatives, or an alternative twice).
    #[error("{owner}: the mapping of `{item}` onto {vocabulary} lists `{target}` twice")]
    RepeatedAlternative {
        /// The hierarchy or scenario, e.g. ``hierarchy `h` ``.
        owner: String,
        /// The item or interest.
        item: String,
        /// `tier` or `concern`.
        vocabulary: &'static str,
        /// The target listed twice.
        target: String,
    },
    /// A scenario has no actions.
    #[error("scenario `{scenario}` has no actions")]
    NoActions {
        /// The scenario's id.
        scenario: String,
    },
    /// An id is not the id of any built-in scenario.
    #[error("`{id}` is not a built-in scenario; expected one of: {expected}")]
    UnknownScenario {
        /// The id that was looked up.
        id: String,
        /// The built-in scenario ids, comma-separated.
        expected: String,
    },
    /// A test needs more shared items than the rankings have in common.
    #[error("{test} needs at least {needed} shared items; the rankings share {shared}")]
    TooFewShared {
        /// The test or statistic, such as "Kendall's tau-b test".
        test: &'static str,
        /// The fewest shared items it needs.
        needed: usize,
        /// The number of items the rankings share.
        shared: usize,
    },
    /// One ranking puts every shared item on one level, so the statistic is 0/0.
    #[error("{test} is undefined: ranking `{side}` puts all {items} shared items on one level")]
    AllTied {
        /// The test or statistic.
        test: &'static str,
        /// Which ranking: `a`, `b`, or a position such as `3` among several.
        side: String,
        /// The number of shared items.
        items: usize,
    },
    /// The exact Kendall test was asked of rankings with ties among the shared items.
    #[error(
        "the exact Kendall test needs rankings without ties, but ranking `{side}` has \
         {pairs} tied pair(s) of shared items; use the asymptotic method or a permutation test"
    )]
    ExactWithTies {
        /// The ranking with ties: `a` or `b`.
        side: &'static str,
        /// The number of tied pairs of shared items in it.
        pairs: u64,
    },
    /// The exact Kendall test was asked of more items than it computes.
    #[error(
        "the exact Kendall test is limited to {limit} shared items and the rankings share \
         {items}; use the asymptotic method"
    )]
    ExactTooLarge {
        /// The number of shared items.
        items: usize,
        /// The largest number the exact method takes.
        limit: usize,
    },
    /// A permutation test was asked for no resamples.
    #[error("a permutation test needs at least one resample; `resamples` is 0")]
    ZeroResamples,
    /// The concordance of several rankings was asked of fewer than two.
    #[error("the concordance of rankings needs at least two rankings; {got} given")]
    TooFewRankings {
        /// The number of rankings given.
        got: usize,
    },
    /// A part of the exact consensus with ties is too large to solve.
    #[error(
        "{size} items form one part that no proven split divides, more than the exact limit \
         of {limit} for a consensus with ties; raise it with `Kemeny::max_component` (up to \
         {ceiling}) or use `Heuristic::allow_ties`"
    )]
    TooLargeForTies {
        /// The size of the part.
        size: usize,
        /// The limit in force.
        limit: usize,
        /// The highest limit that can be set.
        ceiling: usize,
    },
    /// The data given for a picture do not fit together, such as a matrix
    /// whose size differs from its number of names.
    #[error("picture `{picture}`: {problem}")]
    InvalidPicture {
        /// The picture's title.
        picture: String,
        /// What does not fit, with the values found.
        problem: String,
    },
}

/// A number as a reader would write it: plain while that is short (0.9,
/// 12), in scientific notation otherwise (1e-300), never hundreds of digits.
pub(crate) fn short(x: f64) -> String {
    let plain = x.to_string();
    if plain.len() <= 12 {
        plain
    } else {
        format!("{x:e}")
    }
}

impl Error {
    /// An I/O error on `path`.
    pub(crate) fn io(path: &Path, source: io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source: Arc::new(source),
        }
    }

    /// The file this error is about, when it came from reading or writing one.
    ///
    /// ```
    /// use security_hierarchy::Hierarchy;
    /// let err = Hierarchy::load("no-such-file.toml").unwrap_err();
    /// assert_eq!(err.path(), Some(std::path::Path::new("no-such-file.toml")));
    /// ```
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        match self {
            Error::Io { path, .. }
            | Error::UnknownFileType { path }
            | Error::OverwritesInput { path, .. } => Some(path),
            Error::Parse { path, .. } => path.as_deref(),
            _ => None,
        }
    }

    /// This error with `path` as the file it was read from; only parse errors
    /// take a path this way, as every other variant either has one or is
    /// about the document's content.
    pub(crate) fn in_file(self, path: &Path) -> Self {
        match self {
            Error::Parse {
                path: None,
                format,
                line,
                column,
                message,
            } => Error::Parse {
                path: Some(path.to_path_buf()),
                format,
                line,
                column,
                message,
            },
            other => other,
        }
    }
}

impl PartialEq for Error {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Error::Io { path: a, source: x }, Error::Io { path: b, source: y }) => {
                a == b && x.kind() == y.kind()
            }
            _ => {
                std::mem::discriminant(self) == std::mem::discriminant(other)
                    && self.to_string() == other.to_string()
            }
        }
    }
}

/// `path: ` before a message, when there is a path.
fn located(path: Option<&Path>) -> String {
    path.map(|p| format!("{}: ", p.display()))
        .unwrap_or_default()
}

fn display_cycle(cycle: &[String]) -> String {
    let mut text = cycle.join(" > ");
    if let Some(first) = cycle.first() {
        text.push_str(" > ");
        text.push_str(first);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycle_message_closes_the_loop() {
        let e = Error::PrecedenceCycle {
            cycle: vec!["a".into(), "b".into(), "c".into()],
        };
        assert_eq!(e.to_string(), "precedence cycle: a > b > c > a");
    }

    #[test]
    fn scenario_messages_name_the_offender() {
        let s = || "s".to_string();
        let cases = [
            (
                Error::NotRanked {
                    id: "xi-2020".into(),
                    kind: "a partial order",
                },
                "hierarchy `xi-2020` is a partial order, not a ranking; this analysis needs a weak order",
            ),
            (
                Error::UnknownInterest {
                    scenario: s(),
                    place: "action `a`".into(),
                    interest: "x".into(),
                },
                "scenario `s`: action `a` names interest `x`, which the scenario does not declare",
            ),
            (
                Error::DuplicateDeclaration {
                    scenario: s(),
                    what: "action",
                    id: "a".into(),
                },
                "scenario `s` declares action `a` twice",
            ),
            (
                Error::ContradictoryEffect {
                    scenario: s(),
                    action: "a".into(),
                    interest: "x".into(),
                },
                "scenario `s`: action `a` both advances and harms `x`",
            ),
            (
                Error::RepeatedEffect {
                    scenario: s(),
                    action: "a".into(),
                    interest: "x".into(),
                },
                "scenario `s`: action `a` states its effect on `x` twice",
            ),
            (
                Error::NoEffects {
                    scenario: s(),
                    action: "a".into(),
                },
                "scenario `s`: action `a` has no effects",
            ),
            (
                Error::MissingBasis {
                    scenario: s(),
                    link: "the effect of action `a` on `x`".into(),
                },
                "scenario `s`: the effect of action `a` on `x` has no basis; give `basis = { kind = \"words\", quote = \"...\", place = \"...\" }` for the source's words or `basis = { kind = \"reading\", rationale = \"...\" }` for a reading",
            ),
            (
                Error::RepeatedAlternative {
                    owner: "hierarchy `h`".into(),
                    item: "a".into(),
                    vocabulary: "tier",
                    target: "regime".into(),
                },
                "hierarchy `h`: the mapping of `a` onto tier lists `regime` twice",
            ),
            (
                Error::NoActions { scenario: s() },
                "scenario `s` has no actions",
            ),
            (
                Error::UnknownScenario {
                    id: "q".into(),
                    expected: "a, b".into(),
                },
                "`q` is not a built-in scenario; expected one of: a, b",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
