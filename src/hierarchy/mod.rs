//! Sourced, documented hierarchies of named items, and their data files.
//!
//! A [`Hierarchy`] is what an analyst writes down: an id, a title, a
//! [`Source`], the items with labels, descriptions, verification status and
//! optional crosswalks, and the order the source gives them. It loads from and
//! saves to TOML and JSON; every built-in converts into one.
//!
//! # The data-file format
//!
//! ```toml
//! id = "analyst-2024"
//! title = "Three priorities"
//! # Exactly one of `levels` (a weak order, best first), `precedences`
//! # (pairs "a outranks b") or `unordered = true`.
//! levels = [["party-rule"], ["taiwan", "economy"]]
//!
//! [source]
//! author = "A. Analyst"
//! year = 2024
//! title = "Notes on priorities"
//! venue = "working paper"
//!
//! [[items]]
//! id = "party-rule"
//! label = "Party rule"
//! description = "Keeping the Party in power."
//! verification = { status = "verified", against = "the working paper, p. 2" }
//! tier = { target = "regime", rationale = "the regime itself" }
//! concern = { target = "party-rule", rationale = "direct match" }
//!
//! [[items]]
//! id = "taiwan"
//! label = "Taiwan"
//!
//! [[items]]
//! id = "economy"
//! label = "Growth"
//! ```
//!
//! `description`, `verification` (unverified by default), `tier` and
//! `concern` may be left out; unknown fields are errors.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

mod display;
mod file;
pub(crate) mod parts;

pub(crate) use file::{HierarchyFile, validate};
pub use parts::{Alternative, Basis, Mapping, Order, OrderKind, Source, Verification};

use crate::error::{Error, Result};
use crate::format;
use crate::ranking::{Projection, Ranking};
use crate::via::Via;
use crate::vocabulary::{Concern, Tier};

/// One item of a [`Hierarchy`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The item's id, used in the order.
    pub id: String,
    /// A short label.
    pub label: String,
    /// A one-line description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Whether the wording was checked; unverified when left out.
    #[serde(default)]
    pub verification: Verification,
    /// The crosswalk onto the chapter's tiers, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Mapping<Tier>>,
    /// The crosswalk onto the shared concerns, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concern: Option<Mapping<Concern>>,
}

/// A sourced, documented ordering of named items; see the [module docs](self)
/// for the file format.
///
/// ```
/// use security_hierarchy::Hierarchy;
/// let doc = Hierarchy::from_toml_str(r#"
///     id = "mine"
///     title = "Two items"
///     levels = [["a"], ["b"]]
///     [source]
///     author = "Me"
///     year = 2025
///     title = "Notes"
///     venue = "desk drawer"
///     [[items]]
///     id = "a"
///     label = "first"
///     [[items]]
///     id = "b"
///     label = "second"
/// "#)?;
/// assert_eq!(doc.ranking().map(|r| r.len()), Some(2));
/// let back = Hierarchy::from_json_str(&doc.to_json_string()?)?;
/// assert_eq!(back, doc);
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hierarchy {
    id: String,
    title: String,
    source: Source,
    entries: IndexMap<String, Entry>,
    order: Order<String>,
}

impl Hierarchy {
    /// Builds a document and checks it.
    ///
    /// # Errors
    /// [`Error::EmptyHierarchy`] with no entries; [`Error::DuplicateDefinition`]
    /// for an id defined twice; [`Error::UndefinedItem`] for an ordered item
    /// with no entry; [`Error::UnrankedItem`] for an entry the order leaves out.
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        source: Source,
        entries: impl IntoIterator<Item = Entry>,
        order: Order<String>,
    ) -> Result<Self> {
        let id = id.into();
        let entries: Vec<Entry> = entries.into_iter().collect();
        if let Some(problem) = file::parts_problem(&id, &entries, &order) {
            return Err(problem);
        }
        Ok(Self::from_valid(id, title.into(), source, entries, order))
    }

    /// A document whose parts were checked by [`file::validate`] or
    /// [`file::parts_problem`].
    fn from_valid(
        id: String,
        title: String,
        source: Source,
        entries: Vec<Entry>,
        order: Order<String>,
    ) -> Self {
        let entries = entries.into_iter().map(|e| (e.id.clone(), e)).collect();
        Self {
            id,
            title,
            source,
            entries,
            order,
        }
    }

    /// The entry with this id, to change a crosswalk in place (the order
    /// and ids, which validity rests on, stay as they are).
    pub(crate) fn entry_mut(&mut self, id: &str) -> Option<&mut Entry> {
        self.entries.get_mut(id)
    }

    /// The document's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The document's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Where the hierarchy was published.
    pub fn source(&self) -> &Source {
        &self.source
    }

    /// The entries, in the order defined.
    pub fn items(&self) -> impl ExactSizeIterator<Item = &Entry> + '_ {
        self.entries.values()
    }

    /// The entry with this id.
    pub fn item(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// The order the source gives.
    pub fn order(&self) -> &Order<String> {
        &self.order
    }

    /// The ranking, when the order is a weak order.
    pub fn ranking(&self) -> Option<&Ranking<String>> {
        self.order.ranking()
    }

    /// The ranking, for analyses that need a weak order.
    ///
    /// # Errors
    /// [`Error::NotRanked`] for a partial order or an unordered set.
    pub fn ranked(&self) -> Result<&Ranking<String>> {
        self.ranking().ok_or_else(|| Error::NotRanked {
            id: self.id.clone(),
            kind: self.order.kind().describe(),
        })
    }

    /// The ranking mapped onto common ground (see [`Via`]), keeping which
    /// item went where; items that share a target merge at the highest of
    /// their levels. O(n) for n items.
    ///
    /// ```
    /// use security_hierarchy::{Via, corpus};
    /// let dai = corpus::hierarchy("dai-2009")?;
    /// let p = dai.project(&Via::Tier)?;
    /// assert!(p.ranking().len() <= 3); // at most the three tiers
    /// assert_eq!(p.target_of(&"stable-development".to_string()).map(String::as_str), Some("regime"));
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::NotRanked`] for a partial order or an unordered set;
    /// [`Error::Unmapped`] for an item without a mapping this way.
    pub fn project(&self, via: &Via) -> Result<Projection<String, String>> {
        let vocabulary = format!("{} in hierarchy `{}`", via.name(), self.id);
        self.ranked()?
            .project(&vocabulary, |id| via.target_in(self, id))
    }
}

format::document_io!(Hierarchy, HierarchyFile, "hierarchy");

/// Putting a hierarchy on common ground; here rather than in `via`, so that
/// the crosswalk choice sits below the documents it applies to.
impl Via {
    /// Where a hierarchy's item lands; see [`Via::target`].
    pub(crate) fn target_in(&self, h: &Hierarchy, id: &str) -> Option<String> {
        let entry = h.item(id)?;
        let tier = entry.tier.as_ref().map(|m| m.target);
        let concern = entry.concern.as_ref().map(|m| m.target);
        self.target(id, tier, concern)
    }

    /// A hierarchy's ranking put on this common ground: its items, or their
    /// targets, where items that share a target merge at the highest of
    /// their levels. O(n) for n items.
    ///
    /// # Errors
    /// [`Error::NotRanked`] for a partial order or an unordered set;
    /// [`Error::Unmapped`] for an item without a mapping this way.
    pub fn ranking(&self, h: &Hierarchy) -> Result<Ranking<String>> {
        match self {
            Via::Items => h.ranked().cloned(),
            _ => h.project(self).map(Projection::into_ranking),
        }
    }

    /// The rankings of several hierarchies on this common ground, in their
    /// order; the first error stops it. O(total items).
    ///
    /// ```
    /// use security_hierarchy::{Via, corpus};
    /// let docs = [corpus::hierarchy("rudd-2018")?, corpus::hierarchy("pu-2022")?];
    /// let tiers = Via::Tier.rankings(&docs)?;
    /// assert_eq!(tiers.len(), 2);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Via::ranking`], for the first hierarchy that fails.
    pub fn rankings(&self, hierarchies: &[Hierarchy]) -> Result<Vec<Ranking<String>>> {
        hierarchies.iter().map(|h| self.ranking(h)).collect()
    }
}

impl Serialize for Hierarchy {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        HierarchyFile::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Hierarchy {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let file = HierarchyFile::deserialize(d)?;
        Hierarchy::try_from(file).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partial_order::PartialOrder;

    const HEAD: &str = "id = \"t\"\ntitle = \"T\"\n";
    const SOURCE: &str = "[source]\nauthor = \"A\"\nyear = 2020\ntitle = \"B\"\nvenue = \"C\"\n";

    fn doc(order: &str, items: &[&str]) -> String {
        let mut text = format!("{HEAD}{order}\n{SOURCE}");
        for id in items {
            text.push_str(&format!("[[items]]\nid = \"{id}\"\nlabel = \"{id}\"\n"));
        }
        text
    }

    fn err(text: &str) -> String {
        Hierarchy::from_toml_str(text).unwrap_err().to_string()
    }

    #[test]
    fn undefined_item_is_named() {
        assert_eq!(
            err(&doc("levels = [[\"a\"], [\"b\"]]", &["a"])),
            "item `b` is ranked in hierarchy `t` but not defined in its items"
        );
    }

    #[test]
    fn unranked_item_is_named() {
        assert_eq!(
            err(&doc("levels = [[\"a\"]]", &["a", "z"])),
            "item `z` is defined in hierarchy `t` but never ranked"
        );
    }

    #[test]
    fn empty_hierarchy_is_named() {
        assert_eq!(
            err(&doc("unordered = true", &[])),
            "hierarchy `t` has no items"
        );
    }

    #[test]
    fn empty_level_in_file_is_named() {
        assert_eq!(
            err(&doc("levels = [[\"a\"], []]", &["a"])),
            "level 2 is empty; every level needs at least one item"
        );
    }

    #[test]
    fn precedence_cycle_in_file_is_named() {
        assert_eq!(
            err(&doc(
                "precedences = [[\"a\", \"b\"], [\"b\", \"a\"]]",
                &["a", "b"]
            )),
            "precedence cycle: a > b > a"
        );
    }

    #[test]
    fn precedence_on_undefined_item_is_named() {
        assert_eq!(
            err(&doc("precedences = [[\"a\", \"q\"]]", &["a"])),
            "item `q` is ranked in hierarchy `t` but not defined in its items"
        );
    }

    #[test]
    fn duplicate_definition_is_named() {
        assert_eq!(
            err(&doc("levels = [[\"a\"]]", &["a", "a"])),
            "hierarchy `t` defines item `a` twice"
        );
    }

    #[test]
    fn missing_and_double_orders_are_named() {
        assert_eq!(
            err(&doc("", &["a"])),
            "hierarchy `t`: no order given; set `levels`, `precedences` or `unordered = true`"
        );
        assert_eq!(
            err(&doc("levels = [[\"a\"]]\nunordered = true", &["a"])),
            "hierarchy `t`: more than one order given; set only one of `levels`, `precedences` and `unordered = true`"
        );
    }

    #[test]
    fn malformed_toml_has_line_and_column() {
        assert_eq!(
            err("id = \"t\"\ntitle = = 3\n"),
            "malformed TOML at line 2, column 9: extra `=`, expected nothing"
        );
    }

    #[test]
    fn unknown_field_is_rejected_with_position() {
        let text = doc("levels = [[\"a\"]]", &["a"]).replace("label = \"a\"", "lable = \"a\"");
        assert_eq!(
            err(&text),
            "malformed TOML at line 11, column 1: unknown field `lable`, expected one of \
             `id`, `label`, `description`, `verification`, `tier`, `concern`"
        );
    }

    #[test]
    fn malformed_json_has_line_and_column() {
        let e = Hierarchy::from_json_str("{\n  \"id\": \"t\",\n  \"title\": }")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "malformed JSON at line 3, column 12: expected value");
    }

    #[test]
    fn display_lists_levels_marks_and_crosswalks() {
        let text = doc("levels = [[\"a\", \"b\"]]", &["a", "b"]).replace(
            "label = \"a\"\n",
            "label = \"a\"\ntier = { target = \"regime\" }\n",
        );
        let h = Hierarchy::from_toml_str(&text).unwrap();
        assert_eq!(
            h.to_string(),
            "t — T\nsource: A (2020), B, C\norder: ranked, 1 level\n 1. ? a: a  [tier: regime; concern: -]\n\
             \x20      not verified: no verification recorded\n  = ? b: b\n\
             \x20      not verified: no verification recorded\nverified: 0 of 2 items"
        );
    }

    #[test]
    fn parts_that_disagree_are_named() {
        let source = Source {
            author: "A".into(),
            year: 2020,
            title: "B".into(),
            venue: "C".into(),
            note: None,
        };
        let entry = |id: &str| Entry {
            id: id.into(),
            label: id.into(),
            description: String::new(),
            verification: Verification::default(),
            tier: None,
            concern: None,
        };
        let build = |entries: Vec<Entry>, order: Order<String>| {
            Hierarchy::new("p", "P", source.clone(), entries, order)
                .unwrap_err()
                .to_string()
        };
        let twice = Order::Unordered(vec!["a".into(), "a".into()]);
        assert_eq!(
            build(vec![entry("a")], twice),
            "hierarchy `p` defines item `a` twice"
        );
        let partial = Order::Partial(PartialOrder::new(["a".to_string()], []).unwrap());
        assert_eq!(
            build(vec![entry("a"), entry("b")], partial),
            "item `b` is defined in hierarchy `p` but never ranked"
        );
        let ranked = Order::Ranked(Ranking::strict(["a".to_string(), "z".to_string()]).unwrap());
        assert_eq!(
            build(vec![entry("a")], ranked),
            "item `z` is ranked in hierarchy `p` but not defined in its items"
        );
        assert_eq!(
            build(vec![], Order::Unordered(vec![])),
            "hierarchy `p` has no items"
        );
    }

    #[test]
    fn unknown_extension_is_named() {
        let e = Hierarchy::load("notes.yaml").unwrap_err().to_string();
        assert_eq!(
            e,
            "notes.yaml: unknown file type; use a .toml or .json extension"
        );
    }
}
