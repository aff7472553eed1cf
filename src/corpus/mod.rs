//! The built-in corpus: published hierarchies of Chinese security priorities.
//!
//! Each hierarchy is a typed enum (one variant per item) implementing
//! [`BuiltinHierarchy`], which gives its canonical [`Order`], its [`Source`],
//! and for every item a label, a one-line description, a [`Verification`]
//! status, and default crosswalks onto [`Tier`] and [`Concern`], each with a
//! one-line rationale. Crosswalks are scholarly judgements: replace them by
//! projecting with your own map (see [`crate::Ranking::project`]). Where a
//! reader could defend another target, the crosswalk lists it as an
//! admissible alternative with its own rationale (a *contested* [`Mapping`]),
//! and near-identical items in different hierarchies admit the same targets.
//!
//! Each source module is data only: one declaration gives the item enum, the
//! source, the order and every item's record.
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
mod define;

/// The one table of built-ins: each source module with the type it
/// implements [`BuiltinHierarchy`] for, in catalogue order (the chapter's
/// tiers first, then by year, ties broken by id). It declares the modules
/// and builds [`catalogue`].
macro_rules! builtins {
    ($($module:ident => $ty:ty),+ $(,)?) => {
        $(mod $module;)+

        /// Every built-in hierarchy: the chapter's tiers (`pu-2022`) first,
        /// then the others by year, ties broken by id.
        ///
        /// ```
        /// use security_hierarchy::corpus;
        /// use security_hierarchy::hierarchy::OrderKind;
        /// let all = corpus::catalogue();
        /// assert_eq!(all[0].id, "pu-2022");
        /// assert!(all.iter().any(|e| e.id == "xi-2014" && e.order == OrderKind::Ranked));
        /// ```
        pub fn catalogue() -> Vec<CatalogueEntry> {
            vec![$(catalogue::entry::<$ty>()),+]
        }
    };
}

builtins! {
    // The chapter's tiers are the shared `Tier` vocabulary itself.
    pu_2022 => Tier,
    dai_2009 => DaiCoreInterest,
    white_paper_2011 => WhitePaperInterest,
    nathan_scobell_2012 => NathanScobellRing,
    xi_2014 => HolisticSecurity,
    nsl_2015_art_2 => SecurityLawInterest,
    rudd_2018 => Rudd2018Circle,
    defence_white_paper_2019 => DefenceAim,
    erickson_2019 => EricksonInterest,
    xi_2020 => XiRequirement,
    rudd_2022 => RuddCircle,
    xi_2022 => Xi2022Security,
}

pub use catalogue::{CatalogueEntry, hierarchy, ids};
pub use dai_2009::DaiCoreInterest;
pub use defence_white_paper_2019::DefenceAim;
pub use erickson_2019::EricksonInterest;
pub use nathan_scobell_2012::NathanScobellRing;
pub use nsl_2015_art_2::SecurityLawInterest;
pub use rudd_2018::Rudd2018Circle;
pub use rudd_2022::RuddCircle;
pub use white_paper_2011::WhitePaperInterest;
pub use xi_2014::HolisticSecurity;
pub use xi_2020::XiRequirement;
pub use xi_2022::Xi2022Security;

use std::str::FromStr;

use serde::Serialize;

use crate::hierarchy::{Entry, Hierarchy, Mapping, Order, Source, Verification};
use crate::partial_order::PartialOrder;
use crate::ranking::{Item, Ranking};
use crate::vocabulary::{Concern, Tier};

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
