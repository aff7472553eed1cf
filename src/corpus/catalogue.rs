//! The list of built-in hierarchies, by stable id.

use serde::Serialize;

use super::{BuiltinHierarchy, catalogue};
use crate::error::{Error, Result};
use crate::hierarchy::{Hierarchy, OrderKind};

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

/// The catalogue line of a built-in.
pub(super) fn entry<H: BuiltinHierarchy>() -> CatalogueEntry {
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
