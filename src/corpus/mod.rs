//! The built-in corpus: published hierarchies of Chinese security priorities.
//!
//! Each hierarchy is a typed enum (one variant per item) implementing
//! [`BuiltinHierarchy`], which gives its canonical [`Order`], its [`Source`],
//! and for every item a label, a one-line description, a [`Verification`]
//! status, and default crosswalks onto [`Tier`] and [`Concern`], each with a
//! one-line rationale. Crosswalks are scholarly judgements: replace them by
//! projecting with your own map (see [`crate::Ranking::project`]).
//!
//! Every built-in converts into a [`Hierarchy`] document, so the corpus can be
//! exported, edited and loaded back. [`catalogue`] lists them by stable id.
//!
//! ```
//! use security_hierarchy::corpus::{self, BuiltinHierarchy, EricksonInterest};
//!
//! let top = EricksonInterest::PartyLeadership;
//! assert_eq!(top.label(), "party leadership");
//! assert!(top.verification().is_verified());
//! let all = corpus::catalogue();
//! assert!(all.iter().any(|entry| entry.id == "rudd-2022"));
//! let doc = corpus::hierarchy("erickson-2019")?;
//! assert_eq!(doc.items().len(), 6);
//! # Ok::<(), security_hierarchy::Error>(())
//! ```

mod catalogue;
mod dai_2009;
mod erickson_2019;
mod nathan_scobell_2012;
mod pu_2022;
mod rudd_2018;
mod rudd_2022;
mod white_paper_2011;
mod xi_2014;
mod xi_2020;

pub use catalogue::{CatalogueEntry, catalogue, hierarchy, ids};
pub use dai_2009::DaiCoreInterest;
pub use erickson_2019::EricksonInterest;
pub use nathan_scobell_2012::NathanScobellRing;
pub use rudd_2018::Rudd2018Circle;
pub use rudd_2022::RuddCircle;
pub use white_paper_2011::WhitePaperInterest;
pub use xi_2014::HolisticSecurity;
pub use xi_2020::XiRequirement;

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::hierarchy::{Entry, Hierarchy};
use crate::partial_order::PartialOrder;
use crate::ranking::{Item, Ranking};
use crate::vocabulary::{Concern, Tier};

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

    /// A short name of the kind of order: `ranked`, `partial` or `unordered`.
    pub fn kind(&self) -> &'static str {
        match self {
            Order::Ranked(_) => "ranked",
            Order::Partial(_) => "partial",
            Order::Unordered(_) => "unordered",
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

/// Everything the corpus records about one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemInfo {
    /// A short label in the source's wording (or close to it).
    pub label: &'static str,
    /// A one-line description in this library's own words.
    pub description: &'static str,
    /// Whether the wording was checked, and against what.
    pub verification: Verification,
    /// The default crosswalk onto the chapter's tiers.
    pub tier: Mapping<Tier>,
    /// The default crosswalk onto the shared concerns.
    pub concern: Mapping<Concern>,
}

impl ItemInfo {
    /// A built-in item's record; each crosswalk is a `(target, rationale)` pair.
    pub(crate) fn new(
        label: &'static str,
        description: &'static str,
        verification: Verification,
        tier: (Tier, &str),
        concern: (Concern, &str),
    ) -> Self {
        Self {
            label,
            description,
            verification,
            tier: Mapping::new(tier.0, tier.1),
            concern: Mapping::new(concern.0, concern.1),
        }
    }
}

/// A built-in hierarchy: a typed vocabulary with its source and canonical order.
///
/// Implemented by one enum per published hierarchy; the variants are its
/// items, and their slugs are their text and serde form.
pub trait BuiltinHierarchy: Item + Copy + Ord + FromStr + Serialize + 'static {
    /// The stable id in the catalogue, such as `erickson-2019`.
    const ID: &'static str;
    /// A short title.
    const TITLE: &'static str;
    /// Every item, in the source's order.
    const ITEMS: &'static [Self];

    /// The publication this hierarchy comes from.
    fn source() -> Source;

    /// The order the source gives the items.
    fn order() -> Order<Self>;

    /// What the corpus records about this item.
    fn info(self) -> ItemInfo;

    /// The item's kebab-case slug (its `Display` form).
    fn slug(self) -> String {
        self.to_string()
    }

    /// A short label in the source's wording.
    fn label(self) -> &'static str {
        self.info().label
    }

    /// A one-line description.
    fn description(self) -> &'static str {
        self.info().description
    }

    /// Whether the item's wording was checked.
    fn verification(self) -> Verification {
        self.info().verification
    }

    /// The default crosswalk onto [`Tier`].
    fn tier(self) -> Mapping<Tier> {
        self.info().tier
    }

    /// The default crosswalk onto [`Concern`].
    fn concern(self) -> Mapping<Concern> {
        self.info().concern
    }

    /// The canonical ranking, or `None` for partial orders and unordered sets.
    fn ranking() -> Option<Ranking<Self>> {
        match Self::order() {
            Order::Ranked(r) => Some(r),
            _ => None,
        }
    }

    /// The hierarchy as an editable, serializable document.
    fn hierarchy() -> Hierarchy {
        let entries = Self::ITEMS.iter().map(|&item| {
            let info = item.info();
            Entry {
                id: item.slug(),
                label: info.label.to_string(),
                description: info.description.to_string(),
                verification: info.verification,
                tier: Some(info.tier),
                concern: Some(info.concern),
            }
        });
        let order = match Self::order() {
            Order::Ranked(r) => Order::Ranked(
                Ranking::new(r.levels().map(|l| l.iter().map(|x| x.slug())))
                    .expect("a valid ranking stays valid under an injective rename"),
            ),
            Order::Partial(p) => Order::Partial(
                PartialOrder::new(
                    p.items().map(|x| x.slug()),
                    p.precedences().map(|(a, b)| (a.slug(), b.slug())),
                )
                .expect("a valid partial order stays valid under an injective rename"),
            ),
            Order::Unordered(items) => Order::Unordered(items.iter().map(|x| x.slug()).collect()),
        };
        Hierarchy::new(Self::ID, Self::TITLE, Self::source(), entries, order)
            .expect("built-in hierarchies are valid documents")
    }
}
