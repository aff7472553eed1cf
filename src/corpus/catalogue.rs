//! The list of built-in hierarchies, by stable id.

use serde::Serialize;

use super::{
    BuiltinHierarchy, DaiCoreInterest, EricksonInterest, HolisticSecurity, NathanScobellRing,
    Rudd2018Circle, RuddCircle, WhitePaperInterest, XiRequirement,
};
use crate::error::{Error, Result};
use crate::hierarchy::{Hierarchy, OrderKind};
use crate::vocabulary::Tier;

/// One line of the catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogueEntry {
    /// The stable id, such as `rudd-2022`.
    pub id: &'static str,
    /// A short title.
    pub title: &'static str,
    /// The author or authors.
    pub author: String,
    /// The year of publication.
    pub year: u16,
    /// The kind of order.
    pub order: OrderKind,
    /// How many items it has.
    pub items: usize,
    /// How many of them are verified.
    pub verified: usize,
    #[serde(skip)]
    build: fn() -> Hierarchy,
}

impl CatalogueEntry {
    /// The full document.
    pub fn hierarchy(&self) -> Hierarchy {
        (self.build)()
    }
}

fn entry<H: BuiltinHierarchy>() -> CatalogueEntry {
    let source = H::source();
    CatalogueEntry {
        id: H::ID,
        title: H::TITLE,
        author: source.author,
        year: source.year,
        order: H::order().kind(),
        items: H::ITEMS.len(),
        verified: H::ITEMS
            .iter()
            .filter(|x| x.verification().is_verified())
            .count(),
        build: H::hierarchy,
    }
}

/// Every built-in hierarchy: the chapter's tiers (`pu-2022`) first, then the
/// others by year, ties broken by id.
///
/// ```
/// use security_hierarchy::corpus;
/// use security_hierarchy::hierarchy::OrderKind;
/// let all = corpus::catalogue();
/// assert_eq!(all[0].id, "pu-2022");
/// assert!(all.iter().any(|e| e.id == "xi-2014" && e.order == OrderKind::Ranked));
/// ```
pub fn catalogue() -> Vec<CatalogueEntry> {
    vec![
        entry::<Tier>(),
        entry::<DaiCoreInterest>(),
        entry::<WhitePaperInterest>(),
        entry::<NathanScobellRing>(),
        entry::<HolisticSecurity>(),
        entry::<Rudd2018Circle>(),
        entry::<EricksonInterest>(),
        entry::<XiRequirement>(),
        entry::<RuddCircle>(),
    ]
}

/// The ids of every built-in hierarchy, in catalogue order.
pub fn ids() -> Vec<&'static str> {
    catalogue().into_iter().map(|e| e.id).collect()
}

/// The built-in hierarchy with this id, as a document.
///
/// # Errors
/// [`Error::UnknownHierarchy`] listing the known ids.
pub fn hierarchy(id: &str) -> Result<Hierarchy> {
    let all = catalogue();
    match all.iter().find(|e| e.id == id) {
        Some(e) => Ok(e.hierarchy()),
        None => Err(Error::UnknownHierarchy {
            id: id.to_string(),
            expected: ids().join(", "),
        }),
    }
}
