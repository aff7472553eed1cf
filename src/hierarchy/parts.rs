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

/// One crosswalk entry: the target an item maps onto, and why; and, when
/// the judgement is contested, the other targets a reader could defend.
///
/// A mapping with alternatives is *contested*: the robustness analysis
/// ([`robustness()`](crate::conflict::robustness())) reruns an analysis under every
/// admissible choice and reports which conclusions hold under all of them.
///
/// ```
/// use security_hierarchy::hierarchy::Mapping;
/// use security_hierarchy::Tier;
/// let m: Mapping<Tier> = toml::from_str(r#"
///     target = "regional"
///     rationale = "the chapter places sovereignty disputes under regional security"
///     alternatives = [{ target = "regime", rationale = "the chapter pairs national unity with regime security" }]
/// "#)?;
/// assert!(m.is_contested());
/// assert_eq!(m.admissible().collect::<Vec<_>>(), [&Tier::Regional, &Tier::Regime]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping<V> {
    /// The target in the other vocabulary: the library's default reading.
    pub target: V,
    /// A one-line rationale for the judgement.
    #[serde(default)]
    pub rationale: String,
    /// Other admissible targets, each with its rationale; empty when the
    /// mapping is not contested.
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative<V>>,
}

/// An admissible alternative to a contested [`Mapping`]'s default target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative<V> {
    /// The other target.
    pub target: V,
    /// Why a reader could choose it.
    pub rationale: String,
}

impl<V> Mapping<V> {
    /// An uncontested mapping.
    pub fn new(target: V, rationale: impl Into<String>) -> Self {
        Self {
            target,
            rationale: rationale.into(),
            alternatives: Vec::new(),
        }
    }

    /// The same mapping with one more admissible alternative.
    #[must_use]
    pub fn or(mut self, target: V, rationale: impl Into<String>) -> Self {
        self.alternatives.push(Alternative {
            target,
            rationale: rationale.into(),
        });
        self
    }

    /// Whether the mapping lists alternatives.
    pub fn is_contested(&self) -> bool {
        !self.alternatives.is_empty()
    }

    /// Every admissible target: the default first, then the alternatives.
    pub fn admissible(&self) -> impl Iterator<Item = &V> + '_ {
        std::iter::once(&self.target).chain(self.alternatives.iter().map(|a| &a.target))
    }
}

impl<V> Mapping<V> {
    /// Makes admissible target `option` the mapping's target (0 keeps the
    /// default; `i` takes alternative `i`), keeping the others as its
    /// alternatives. An option out of range changes nothing.
    pub(crate) fn choose(&mut self, option: usize) {
        if let Some(alt) = option
            .checked_sub(1)
            .and_then(|i| self.alternatives.get_mut(i))
        {
            std::mem::swap(&mut self.target, &mut alt.target);
            std::mem::swap(&mut self.rationale, &mut alt.rationale);
        }
    }
}

impl<V: PartialEq + std::fmt::Display> Mapping<V> {
    /// The first target listed twice (the default repeated as an
    /// alternative, or an alternative repeated), if any.
    pub(crate) fn repeated_target(&self) -> Option<&V> {
        let all: Vec<&V> = self.admissible().collect();
        all.iter()
            .enumerate()
            .find(|(i, t)| all[..*i].contains(t))
            .map(|(_, t)| *t)
    }
}

/// An error for each crosswalk of one item that lists a target twice.
pub(crate) fn repeated_alternatives(
    owner: &str,
    item: &str,
    tier: Option<&Mapping<crate::Tier>>,
    concern: Option<&Mapping<crate::Concern>>,
) -> Vec<crate::Error> {
    let tier = tier
        .and_then(Mapping::repeated_target)
        .map(ToString::to_string);
    let concern = concern
        .and_then(Mapping::repeated_target)
        .map(ToString::to_string);
    [("tier", tier), ("concern", concern)]
        .into_iter()
        .filter_map(|(vocabulary, target)| {
            Some(crate::Error::RepeatedAlternative {
                owner: owner.to_string(),
                item: item.to_string(),
                vocabulary,
                target: target?,
            })
        })
        .collect()
}

/// What a claim in a scenario rests on: the source's own words, or a
/// reading of it. Every effect and every "underpins" link carries one, and
/// every finding of the scenario analysis says which readings it needs.
///
/// In files: `basis = { kind = "words", quote = "…", place = "Pu 2022, Conclusion" }`
/// or `basis = { kind = "reading", rationale = "…", place = "…" }` (the
/// place of a reading is optional).
///
/// ```
/// use security_hierarchy::hierarchy::Basis;
/// let b = Basis::reading("the chapter does not link the two");
/// assert!(b.is_reading());
/// assert_eq!(b.to_string(), "reading: the chapter does not link the two");
/// let w = Basis::words("popular at home", "Pu 2022");
/// assert_eq!(w.to_string(), "\"popular at home\" (Pu 2022)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Basis {
    /// The source says it: a short quotation and where it stands.
    Words {
        /// The quotation, word for word.
        quote: String,
        /// Where in the source, e.g. `Pu 2022, Conclusion`.
        place: String,
    },
    /// A reading of the source: a judgement the source does not state.
    Reading {
        /// Why the reading is made, in one line.
        rationale: String,
        /// The passage it reads, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
    },
}

impl Basis {
    /// The source's words at a place.
    pub fn words(quote: impl Into<String>, place: impl Into<String>) -> Self {
        Basis::Words {
            quote: quote.into(),
            place: place.into(),
        }
    }

    /// A reading, with its rationale.
    pub fn reading(rationale: impl Into<String>) -> Self {
        Basis::Reading {
            rationale: rationale.into(),
            place: None,
        }
    }

    /// Whether this is a reading rather than the source's words.
    pub fn is_reading(&self) -> bool {
        matches!(self, Basis::Reading { .. })
    }
}

impl std::fmt::Display for Basis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Basis::Words { quote, place } => write!(f, "\"{quote}\" ({place})"),
            Basis::Reading { rationale, place } => {
                write!(f, "reading: {rationale}")?;
                match place {
                    Some(place) => write!(f, " ({place})"),
                    None => Ok(()),
                }
            }
        }
    }
}
