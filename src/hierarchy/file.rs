//! The on-disk shape of a hierarchy document, and its checks.

use indexmap::{IndexMap, IndexSet};
use serde::{Deserialize, Serialize};

use super::parts::repeated_alternatives;
use super::{Entry, Hierarchy};
use super::{Order, Source};
use crate::error::{Error, Result};
use crate::graph::disjoint_cycles;
use crate::partial_order::PartialOrder;
use crate::ranking::Ranking;

/// The on-disk shape; validated into a [`Hierarchy`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HierarchyFile {
    pub(crate) id: String,
    pub(crate) title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) levels: Option<Vec<Vec<String>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "precedence_pairs"
    )]
    pub(crate) precedences: Option<Vec<(String, String)>>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(crate) unordered: bool,
    pub(crate) source: Source,
    #[serde(default)]
    pub(crate) items: Vec<Entry>,
}

/// Precedences as `[higher, lower]` pairs; any other length is refused with
/// the precedence's position and what it holds.
fn precedence_pairs<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<Vec<(String, String)>>, D::Error> {
    let lists: Vec<Vec<String>> = Vec::deserialize(deserializer)?;
    lists
        .into_iter()
        .enumerate()
        .map(|(i, list)| match <[String; 2]>::try_from(list) {
            Ok([higher, lower]) => Ok((higher, lower)),
            Err(list) => Err(serde::de::Error::custom(format!(
                "precedence {} has {} items ({}); each is a pair [higher, lower]",
                i + 1,
                list.len(),
                list.iter()
                    .map(|x| format!("`{x}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        })
        .collect::<std::result::Result<_, _>>()
        .map(Some)
}

// serde's `skip_serializing_if` passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(b: &bool) -> bool {
    !*b
}

impl TryFrom<HierarchyFile> for Hierarchy {
    type Error = Error;

    /// Checks the file with [`validate`] and fails with its first problem.
    fn try_from(file: HierarchyFile) -> Result<Self> {
        let Validation {
            problems,
            levels,
            partial,
            ..
        } = validate(&file);
        if let Some(first) = problems.into_iter().next() {
            return Err(first);
        }
        let order = if file.levels.is_some() {
            Order::Ranked(Ranking::new(levels).expect("validated levels"))
        } else if let Some(partial) = partial {
            Order::Partial(partial)
        } else {
            Order::Unordered(file.items.iter().map(|e| e.id.clone()).collect())
        };
        Ok(Hierarchy::from_valid(
            file.id,
            file.title,
            file.source,
            file.items,
            order,
        ))
    }
}

impl From<&Hierarchy> for HierarchyFile {
    fn from(h: &Hierarchy) -> Self {
        let (levels, precedences, unordered) = match &h.order {
            Order::Ranked(r) => (
                Some(r.levels().map(<[String]>::to_vec).collect()),
                None,
                false,
            ),
            Order::Partial(p) => (
                None,
                Some(
                    p.precedences()
                        .map(|(a, b)| (a.clone(), b.clone()))
                        .collect(),
                ),
                false,
            ),
            Order::Unordered(_) => (None, None, true),
        };
        HierarchyFile {
            id: h.id.clone(),
            title: h.title.clone(),
            levels,
            precedences,
            unordered,
            source: h.source.clone(),
            items: h.entries.values().cloned().collect(),
        }
    }
}

/// Every problem of a hierarchy file, with what could be read of its order
/// despite them.
pub(crate) struct Validation<'a> {
    /// Every problem, in document order: definitions, the order fields,
    /// levels, precedences, then coverage.
    pub(crate) problems: Vec<Error>,
    /// The entries by id; the first entry of a repeated id counts.
    pub(crate) defined: IndexMap<&'a str, &'a Entry>,
    /// The levels without repeated items or emptied levels.
    pub(crate) levels: Vec<Vec<String>>,
    /// The partial order, when precedences are given and acyclic.
    pub(crate) partial: Option<PartialOrder<String>>,
}

/// Checks a hierarchy file and collects every problem, not only the first;
/// loading ([`Hierarchy::try_from`]) fails with the first, and
/// [`crate::check`] reports them all. O(n + p) for n items and
/// p precedences: cycles by one depth-first pass, and no transitive
/// closure.
pub(crate) fn validate(file: &HierarchyFile) -> Validation<'_> {
    let (defined, mut problems) = defined_entries(&file.id, &file.items);
    let given = usize::from(file.levels.is_some())
        + usize::from(file.precedences.is_some())
        + usize::from(file.unordered);
    let problem = match given {
        0 => Some(NO_ORDER),
        1 => None,
        _ => Some(MANY_ORDERS),
    };
    if let Some(problem) = problem {
        problems.push(Error::InvalidOrder {
            id: file.id.clone(),
            problem: problem.to_string(),
        });
    }
    // Every item the order names, first mention first.
    let mut ordered: IndexSet<&str> = IndexSet::new();
    let mut levels: Vec<Vec<String>> = Vec::new();
    if let Some(given) = &file.levels {
        let mut level_of: IndexMap<&str, usize> = IndexMap::new();
        for (index, level) in given.iter().enumerate() {
            if level.is_empty() {
                problems.push(Error::EmptyLevel { level: index + 1 });
            }
            let mut kept = Vec::new();
            for item in level {
                if let Some(&first) = level_of.get(item.as_str()) {
                    problems.push(Error::DuplicateItem {
                        item: item.clone(),
                        first: first + 1,
                        second: index + 1,
                    });
                } else {
                    level_of.insert(item, index);
                    kept.push(item.clone());
                }
            }
            if !kept.is_empty() {
                levels.push(kept);
            }
        }
        ordered.extend(level_of.keys());
    }
    let mut partial = None;
    if let Some(precedences) = &file.precedences {
        let mut nodes: IndexSet<&str> = defined.keys().copied().collect();
        let mut edges = Vec::new();
        for (a, b) in precedences {
            if a == b {
                problems.push(Error::SelfPrecedence { item: a.clone() });
                continue;
            }
            let (i, _) = nodes.insert_full(a);
            let (j, _) = nodes.insert_full(b);
            edges.push((i, j));
            ordered.insert(a);
            ordered.insert(b);
        }
        let mut succ = vec![Vec::new(); nodes.len()];
        for &(i, j) in &edges {
            succ[i].push(j);
        }
        let cycles = disjoint_cycles(&succ);
        for cycle in &cycles {
            problems.push(Error::PrecedenceCycle {
                cycle: cycle.iter().map(|&i| nodes[i].to_string()).collect(),
            });
        }
        if cycles.is_empty() {
            let items = nodes.iter().map(std::string::ToString::to_string);
            let pairs = edges
                .iter()
                .map(|&(i, j)| (nodes[i].to_string(), nodes[j].to_string()));
            partial = PartialOrder::new(items, pairs).ok();
        }
    }
    // Precedences need not name every entry; levels must.
    let every_entry = file.levels.is_some();
    problems.extend(coverage_problems(&file.id, &defined, &ordered, every_entry));
    Validation {
        problems,
        defined,
        levels,
        partial,
    }
}

/// The entries by id (first of a repeated id), with a problem for each id
/// defined twice and for a document with no entries.
fn defined_entries<'a>(
    id: &str,
    entries: &'a [Entry],
) -> (IndexMap<&'a str, &'a Entry>, Vec<Error>) {
    let mut defined: IndexMap<&str, &Entry> = IndexMap::new();
    let mut repeated: IndexSet<&str> = IndexSet::new();
    for entry in entries {
        if defined.contains_key(entry.id.as_str()) {
            repeated.insert(&entry.id);
        } else {
            defined.insert(&entry.id, entry);
        }
    }
    let mut problems: Vec<Error> = repeated
        .into_iter()
        .map(|item| Error::DuplicateDefinition {
            id: id.to_string(),
            item: item.to_string(),
        })
        .collect();
    if entries.is_empty() {
        problems.push(Error::EmptyHierarchy { id: id.to_string() });
    }
    for entry in entries {
        problems.extend(repeated_alternatives(
            &format!("hierarchy `{id}`"),
            &entry.id,
            entry.tier.as_ref(),
            entry.concern.as_ref(),
        ));
    }
    (defined, problems)
}

/// Ordered items with no entry, and (when `every_entry` must be ordered)
/// entries the order leaves out.
fn coverage_problems(
    id: &str,
    defined: &IndexMap<&str, &Entry>,
    ordered: &IndexSet<&str>,
    every_entry: bool,
) -> Vec<Error> {
    let undefined = ordered
        .iter()
        .filter(|x| !defined.contains_key(*x))
        .map(|item| Error::UndefinedItem {
            id: id.to_string(),
            item: item.to_string(),
        });
    let unranked = defined
        .keys()
        .filter(|x| every_entry && !ordered.contains(*x))
        .map(|item| Error::UnrankedItem {
            id: id.to_string(),
            item: item.to_string(),
        });
    undefined.chain(unranked).collect()
}

/// The first problem of a document built from parts: its entries, and an
/// order that is valid in itself but may not match them.
pub(crate) fn parts_problem(id: &str, entries: &[Entry], order: &Order<String>) -> Option<Error> {
    let (defined, problems) = defined_entries(id, entries);
    let items: Vec<&String> = match order {
        Order::Ranked(r) => r.items().collect(),
        Order::Partial(p) => p.items().collect(),
        Order::Unordered(items) => items.iter().collect(),
    };
    let mut ordered: IndexSet<&str> = IndexSet::new();
    for item in items {
        if !ordered.insert(item) {
            // Only an unordered list can repeat an item.
            return Some(Error::DuplicateDefinition {
                id: id.to_string(),
                item: item.clone(),
            });
        }
    }
    // A partial order may leave an item incomparable, but must still list it.
    problems
        .into_iter()
        .chain(coverage_problems(id, &defined, &ordered, true))
        .next()
}

/// The problem of a document that states no order.
const NO_ORDER: &str = "no order given; set `levels`, `precedences` or `unordered = true`";
/// The problem of a document that states more than one order.
const MANY_ORDERS: &str =
    "more than one order given; set only one of `levels`, `precedences` and `unordered = true`";
