//! The parts a hierarchy document is made of: where it was published, how
//! each item was verified, the crosswalk entries and the order of its items.

use serde::{Deserialize, Serialize};

use crate::partial_order::PartialOrder;
use crate::ranking::{Item, Ranking};
use crate::slug::slug_enum;

slug_enum! {
    /// The kind of order a hierarchy states; its slug is used in the
    /// catalogue and the command line's output.
    ///
    /// ```
    /// use security_hierarchy::hierarchy::OrderKind;
    /// assert_eq!(OrderKind::Partial.to_string(), "partial");
    /// assert_eq!(OrderKind::Partial.describe(), "a partial order");
    /// ```
    pub enum OrderKind: "order kind" {
        /// A weak order: levels, highest priority first.
        Ranked = "ranked",
        /// Only some precedences are stated.
        Partial = "partial",
        /// Items listed without any priority.
        Unordered = "unordered",
    }
}

impl OrderKind {
    /// The kind in a sentence: `a ranking`, `a partial order` or `unordered`.
    #[must_use]
    pub const fn describe(self) -> &'static str {
        match self {
            OrderKind::Ranked => "a ranking",
            OrderKind::Partial => "a partial order",
            OrderKind::Unordered => "unordered",
        }
    }
}

/// The canonical order a source gives its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Order<T: Item> {
    /// A weak order: levels, highest priority first.
    Ranked(Ranking<T>),
    /// Only some precedences are stated.
    Partial(PartialOrder<T>),
    /// The source lists the items without any priority.
    Unordered(Vec<T>),
}

impl<T: Item> Order<T> {
    /// The ranking, when the order is a weak order.
    pub fn ranking(&self) -> Option<&Ranking<T>> {
        match self {
            Order::Ranked(r) => Some(r),
            _ => None,
        }
    }

    /// The strict ranking of a built-in's items, in the order given.
    pub(crate) fn strict(items: &[T]) -> Self {
        Order::Ranked(Ranking::strict(items.iter().cloned()).expect("built-in items are distinct"))
    }

    /// The kind of order.
    pub fn kind(&self) -> OrderKind {
        match self {
            Order::Ranked(_) => OrderKind::Ranked,
            Order::Partial(_) => OrderKind::Partial,
            Order::Unordered(_) => OrderKind::Unordered,
        }
    }
}

/// Where a hierarchy was published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Author or authors, as cited.
    pub author: String,
    /// Year of publication.
    pub year: u16,
    /// Title of the work.
    pub title: String,
    /// Where it appeared: journal, publisher, venue, with date or pages.
    pub venue: String,
    /// How the hierarchy is cited here, when not from the work itself
    /// (for example "as quoted in Pu 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({}), {}, {}",
            self.author, self.year, self.title, self.venue
        )?;
        if let Some(note) = &self.note {
            write!(f, "; {note}")?;
        }
        Ok(())
    }
}

/// Whether an item's wording was checked against a primary or secondary text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Verification {
    /// Checked.
    Verified {
        /// The text it was checked against.
        against: String,
    },
    /// Not checked.
    Unverified {
        /// What is missing before it could count as verified.
        missing: String,
    },
}

impl Verification {
    /// Whether the item is verified.
    pub fn is_verified(&self) -> bool {
        matches!(self, Verification::Verified { .. })
    }

    pub(crate) fn verified(against: &str) -> Self {
        Verification::Verified {
            against: against.to_string(),
        }
    }

    pub(crate) fn unverified(missing: &str) -> Self {
        Verification::Unverified {
            missing: missing.to_string(),
        }
    }
}

impl Default for Verification {
    /// Items that record no verification are unverified.
    fn default() -> Self {
        Verification::unverified("no verification recorded")
    }
}

/// One crosswalk entry: the target an item maps onto, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping<V> {
    /// The target in the other vocabulary.
    pub target: V,
    /// A one-line rationale for the judgement.
    #[serde(default)]
    pub rationale: String,
}

impl<V> Mapping<V> {
    pub(crate) fn new(target: V, rationale: &str) -> Self {
        Self {
            target,
            rationale: rationale.to_string(),
        }
    }
}
