//! One check for a whole document, hierarchy or scenario: every problem at once.

use std::path::Path;

use indexmap::IndexMap;

use crate::conflict::InversionReport;
use crate::conflict::partial_inversions_of;
use crate::limit::Limits;

use crate::error::Format;
use crate::finding::Finding;
use crate::format;
use crate::hierarchy::{Hierarchy, HierarchyFile, Order, OrderKind, validate};
use crate::partial_order::PartialOrder;
use crate::ranking::Ranking;
use crate::scenario::{Scenario, ScenarioFile};
use crate::vocabulary::Tier;

/// A document [`check`] can examine.
pub trait Check {
    /// Every problem of the document, at once.
    fn check(&self) -> Vec<Finding>;
}

/// Every problem of a document at once: for a [`Hierarchy`], its tier
/// inversions under its crosswalk (and items the crosswalk misses); for a
/// [`Scenario`], its dependency cycles. Valid values have no
/// [`Finding::Invalid`]; use [`check_text`] or [`check_file`] for files
/// that may be malformed.
///
/// ```
/// use security_hierarchy::check;
/// use security_hierarchy::corpus;
/// assert!(check(&corpus::hierarchy("erickson-2019")?).is_empty());
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
pub fn check<D: Check + ?Sized>(document: &D) -> Vec<Finding> {
    document.check()
}

impl Check for Hierarchy {
    /// Costs as [`check_text`] does for its document.
    fn check(&self) -> Vec<Finding> {
        check_hierarchy_file(&HierarchyFile::from(self), Limits::new())
    }
}

impl Check for Scenario {
    /// O(n + e) for n interests and e dependencies (one depth-first pass).
    fn check(&self) -> Vec<Finding> {
        self.dependency_cycles()
            .into_iter()
            .map(|cycle| Finding::DependencyCycle { cycle })
            .collect()
    }
}

/// Every problem of a hierarchy or scenario file's text at once. A text
/// with a top-level `actions` field is read as a scenario, any other as a
/// hierarchy.
///
/// Malformed text (bad syntax, a missing or unknown field, a value outside
/// its vocabulary or scale) is one [`Finding::Invalid`] holding an
/// [`Error::Parse`](crate::Error::Parse) with line and column. Otherwise every problem is listed:
/// for a hierarchy, items defined twice, ranked twice or never, ranked but
/// undefined, empty levels, self-precedences, precedence cycles (at least
/// one per strongly connected group), order fields missing or doubled, and
/// tier inversions under its crosswalk (computed on the items that can be
/// placed, even when the document is invalid); for a scenario, every
/// error [`Scenario::new`] can return, and dependency cycles.
///
/// Validity costs O(n + p) for n items and p precedences: undefined and
/// unranked items, and every cycle by one depth-first pass, without the
/// precedences' transitive closure. Tier inversions cost O((n + k) log n)
/// for a ranking with k listed (at most
/// [`DEFAULT_MAX_PAIRS`](crate::limit::DEFAULT_MAX_PAIRS), the total
/// counted), and for a partial order as
/// [`InversionReport::new_within`](crate::conflict::InversionReport::new_within):
/// O(n + p) when there are none, and never n² memory. Counting them past
/// [`DEFAULT_MAX_CLOSURE_ITEMS`](crate::limit::DEFAULT_MAX_CLOSURE_ITEMS)
/// is refused with a [`Finding::NotChecked`]; [`check_text_within`] sets
/// the limits. Empty text is a parse finding for the missing `id`.
///
/// ```
/// use security_hierarchy::check_text;
/// use security_hierarchy::Format;
/// let text = r#"
///     id = "bad"
///     title = "Three problems"
///     levels = [["seas"], ["party"], ["ghost"]]
///     [source]
///     author = "A"
///     year = 2024
///     title = "T"
///     venue = "V"
///     [[items]]
///     id = "seas"
///     label = "near seas"
///     tier = { target = "regional" }
///     [[items]]
///     id = "party"
///     label = "party"
///     tier = { target = "regime" }
///     [[items]]
///     id = "party"
///     label = "party again"
/// "#;
/// let messages: Vec<String> = check_text(text, Format::Toml).iter().map(|f| f.to_string()).collect();
/// assert_eq!(messages, [
///     "hierarchy `bad` defines item `party` twice",
///     "item `ghost` is ranked in hierarchy `bad` but not defined in its items",
///     "tier inversion: `seas` (regional) is ranked above `party` (regime)",
/// ]);
/// ```
pub fn check_text(text: &str, format: Format) -> Vec<Finding> {
    check_text_within(text, format, Limits::new())
}

/// [`check_text`] within `limits`: tier inversions list at most
/// [`Limits::pairs`] pairs (all are counted), and a partial order's are
/// counted over at most [`Limits::closure_items`] items unless its
/// precedences form few chains.
///
/// ```
/// use security_hierarchy::limit::Limits;
/// use security_hierarchy::{Finding, Format, check_text_within};
/// let text = r#"{"id": "p", "title": "P", "precedences": [["a", "c"], ["b", "c"]],
///   "source": {"author": "A", "year": 2024, "title": "T", "venue": "V"},
///   "items": [{"id": "a", "label": "a", "tier": {"target": "global"}},
///             {"id": "b", "label": "b", "tier": {"target": "global"}},
///             {"id": "c", "label": "c", "tier": {"target": "regime"}}]}"#;
/// let findings = check_text_within(text, Format::Json, Limits::new().max_pairs(1));
/// let messages: Vec<String> = findings.iter().map(|f| f.to_string()).collect();
/// assert_eq!(messages, [
///     "tier inversion: `a` (global) is ranked above `c` (regime)",
///     "1 more tier inversions not listed (showing 1 of 2)",
/// ]);
/// let refused = check_text_within(text, Format::Json, Limits::new().max_closure_items(2));
/// assert!(matches!(refused[..], [Finding::NotChecked { .. }]));
/// assert_eq!(
///     refused[0].to_string(),
///     "tier inversions not checked: the closure of the precedences would hold 3 items, more than the limit of 2",
/// );
/// ```
pub fn check_text_within(text: &str, format: Format, limits: Limits) -> Vec<Finding> {
    // Only the top-level keys decide the kind; their values are skipped.
    // Parsing TOML is most of the cost of a large file, so a TOML text in
    // which no line can start a scenario key is not parsed for its keys.
    let keys = if format == Format::Toml && !toml_may_hold_scenario_key(text) {
        Vec::new()
    } else {
        format::parse::<TopKeys>(text, format)
            .map(|k| k.0)
            .unwrap_or_default()
    };
    if keys.iter().any(|k| SCENARIO_KEYS.contains(&k.as_str())) {
        check_scenario_text(text, format)
    } else {
        check_hierarchy_text_within(text, format, limits)
    }
}

/// Whether a TOML text may have a top-level scenario key: some line
/// starts, after blanks, brackets and quotes, with one (TOML puts every
/// key and table header at the start of a line), or a key may be written
/// with an escape. A text for which this is false has none. O(length).
fn toml_may_hold_scenario_key(text: &str) -> bool {
    text.contains('\\')
        || text.lines().any(|line| {
            let rest =
                line.trim_start_matches(|c: char| c.is_whitespace() || "[\"'\u{feff}".contains(c));
            SCENARIO_KEYS.iter().any(|key| {
                rest.strip_prefix(key).is_some_and(|after| {
                    !after.starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-')
                })
            })
        })
}

/// The keys of a document's top-level table, read without building its
/// values.
struct TopKeys(Vec<String>);

impl<'de> serde::Deserialize<'de> for TopKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Keys;
        impl<'de> serde::de::Visitor<'de> for Keys {
            type Value = TopKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a table")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<TopKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(TopKeys(keys))
            }
        }
        d.deserialize_map(Keys)
    }
}

/// Top-level keys only a scenario has.
const SCENARIO_KEYS: [&str; 5] = [
    "actions",
    "interests",
    "dependencies",
    "summary",
    "citation",
];

/// [`check_text`] for a text that must be a hierarchy document.
pub fn check_hierarchy_text(text: &str, format: Format) -> Vec<Finding> {
    check_hierarchy_text_within(text, format, Limits::new())
}

/// [`check_hierarchy_text`] within `limits`; see [`check_text_within`].
fn check_hierarchy_text_within(text: &str, format: Format, limits: Limits) -> Vec<Finding> {
    match format::parse::<HierarchyFile>(text, format) {
        Ok(file) => check_hierarchy_file(&file, limits),
        Err(e) => vec![Finding::Invalid(e)],
    }
}

/// [`check_text`] for a text that must be a scenario.
pub fn check_scenario_text(text: &str, format: Format) -> Vec<Finding> {
    let file = match format::parse::<ScenarioFile>(text, format) {
        Ok(file) => file,
        Err(e) => return vec![Finding::Invalid(e)],
    };
    let problems = file.problems();
    if problems.is_empty() {
        let scenario = Scenario::try_from(file).expect("a file without problems is valid");
        return scenario.check();
    }
    problems.into_iter().map(Finding::Invalid).collect()
}

/// [`check_text`] on a `.toml` or `.json` file, by its extension. A file
/// that cannot be read, or has another extension, is one
/// [`Finding::Invalid`] naming the path.
pub fn check_file(path: impl AsRef<Path>) -> Vec<Finding> {
    check_file_within(path, Limits::new())
}

/// [`check_file`] within `limits`; see [`check_text_within`].
pub fn check_file_within(path: impl AsRef<Path>, limits: Limits) -> Vec<Finding> {
    let path = path.as_ref();
    match format::read_text(path) {
        // The findings are the file's, so they do not repeat its path.
        Ok((text, format)) => check_text_within(&text, format, limits),
        Err(e) => vec![Finding::Invalid(e)],
    }
}

/// Every problem of a parsed hierarchy file; see [`check_text`] for the
/// cost.
fn check_hierarchy_file(file: &HierarchyFile, limits: Limits) -> Vec<Finding> {
    let v = validate(file);
    let tiers = tier_findings(file, &v.defined, &v.levels, v.partial, limits);
    v.problems
        .into_iter()
        .map(Finding::Invalid)
        .chain(tiers)
        .collect()
}

/// Tier inversions on the items that have a tier mapping, and the items
/// that lack one when others have one.
fn tier_findings(
    file: &HierarchyFile,
    defined: &IndexMap<&str, &crate::hierarchy::Entry>,
    levels: &[Vec<String>],
    partial: Option<PartialOrder<String>>,
    limits: Limits,
) -> Vec<Finding> {
    let tier = |x: &String| {
        defined
            .get(x.as_str())
            .and_then(|e| e.tier.as_ref())
            .map(|m| m.target)
    };
    if !defined.values().any(|e| e.tier.is_some()) {
        return Vec::new();
    }
    let mut out: Vec<Finding> = defined
        .values()
        .filter(|e| e.tier.is_none())
        .map(|e| Finding::Uncrosswalked { item: e.id.clone() })
        .collect();
    let report = if file.levels.is_some() {
        let ranking = Ranking::new(levels.to_vec())
            .expect("levels were deduplicated and emptied levels dropped")
            .restrict(|x| tier(x).is_some());
        InversionReport::new_within(
            &file.id,
            &Order::Ranked(ranking),
            "tier",
            tier,
            &Tier::ranking(),
            limits,
        )
        .ok()
    } else if let Some(p) = partial {
        // Items without a tier are left out of the pairs, but precedences
        // implied through them still count; no closure is built.
        let targets: Vec<Option<Tier>> = p.items().map(tier).collect();
        match partial_inversions_of(&p, &targets, &Tier::ranking(), limits) {
            Ok((inversions, total)) => Some(InversionReport {
                hierarchy: file.id.clone(),
                vocabulary: "tier".to_string(),
                order: OrderKind::Partial,
                inversions,
                total,
            }),
            Err(e) => {
                out.push(Finding::NotChecked {
                    what: "tier inversions",
                    reason: e,
                });
                None
            }
        }
    } else {
        None
    };
    if let Some(report) = report {
        let (listed, total) = (report.inversions.len(), report.total);
        out.extend(report.inversions.into_iter().map(Finding::TierInversion));
        if (listed as u64) < total {
            out.push(Finding::Unlisted {
                what: "tier inversions",
                listed,
                total,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_scenario_keys_are_found_at_the_start_of_any_line() {
        for text in [
            "actions = []",
            "  [[actions]]\nid = \"a\"",
            "[ interests ]",
            "\"summary\" = \"s\"",
            "\u{feff}citation = \"c\"",
            "dependencies.x = 1",
            "label = \"a\\tb\"", // an escape anywhere: keys are read
        ] {
            assert!(toml_may_hold_scenario_key(text), "{text:?}");
        }
        for text in [
            "id = \"actions\"",
            "actionsx = 1",
            "[source]\ntitle = \"interests\"",
        ] {
            assert!(!toml_may_hold_scenario_key(text), "{text:?}");
        }
        // What the scan lets through is a hierarchy by its keys too.
        let keys = format::parse::<TopKeys>("id = \"actions\"\n[source]\nx = 1", Format::Toml);
        assert_eq!(
            keys.map(|k| k.0).ok(),
            Some(vec!["id".to_string(), "source".to_string()])
        );
    }
}
