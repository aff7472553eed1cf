//! Common ground for hierarchies written in different vocabularies.
//!
//! Two hierarchies can only be compared on items they share. [`Via`] says
//! how to get there: take the items as they are, map each through its
//! [`Concern`] or [`Tier`] crosswalk, or through a map of your own loaded
//! from a file. Every analysis of hierarchies (comparison, discordances,
//! tier inversions, majority cycles, scenario analysis, consensus, pictures)
//! takes one `&Via`, so the choice is made once and spelled once.
//!
//! ```
//! use security_hierarchy::{Via, corpus};
//! let rudd = corpus::hierarchy("rudd-2022")?;
//! let tiers = Via::Tier.ranking(&rudd)?;
//! assert_eq!(tiers.level_count(), 3);
//! assert_eq!("none".parse::<Via>()?, Via::Items);
//! # Ok::<(), security_hierarchy::Error>(())
//! ```

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use indexmap::IndexMap;

use crate::error::{Error, Result};
use crate::format;
use crate::vocabulary::{Concern, Tier};

/// How items are put on common ground before an analysis. A hierarchy's
/// ranking on that ground is [`Via::ranking`] (defined with
/// [`Hierarchy`](crate::Hierarchy), which sits above this module).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Via {
    /// The items themselves: the hierarchies must use the same item ids.
    /// Named `none` (no crosswalk) on the command line and in reports.
    Items,
    /// Each item's [`Concern`] crosswalk.
    Concern,
    /// Each item's [`Tier`] crosswalk.
    Tier,
    /// A user's own map from item ids to targets.
    Map(Crosswalk),
}

/// A user's own crosswalk: item id → target, with a name for reports.
///
/// The file is a TOML or JSON table of strings, one entry per item:
///
/// ```toml
/// party-leadership = "regime"
/// taiwan = "regional"
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crosswalk {
    name: String,
    targets: IndexMap<String, String>,
}

impl Crosswalk {
    /// A crosswalk from `(item, target)` pairs; a repeated item keeps its
    /// last target. O(n).
    ///
    /// ```
    /// use security_hierarchy::{Crosswalk, Via, corpus};
    /// let map = Crosswalk::new("mine", [("party-rule", "core"), ("economy", "core")]);
    /// assert_eq!(map.target("economy"), Some("core"));
    /// assert_eq!(Via::Map(map).name(), "mine");
    /// ```
    pub fn new<I, K, V>(name: impl Into<String>, targets: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Self {
            name: name.into(),
            targets: targets
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// The name used in reports.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The target of an item, if the map has one. O(1).
    #[must_use]
    pub fn target(&self, item: &str) -> Option<&str> {
        self.targets.get(item).map(String::as_str)
    }
}

impl Via {
    /// A user's crosswalk loaded from a `.toml` or `.json` file (a table of
    /// item id → target), named after the file's stem.
    ///
    /// # Errors
    /// [`Error::UnknownFileType`], [`Error::Io`], and [`Error::Parse`]
    /// naming the file when it is not a table of strings.
    pub fn load(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let targets: IndexMap<String, String> = format::read(path)?;
        let name = path.file_stem().map_or_else(
            || path.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        Ok(Via::Map(Crosswalk { name, targets }))
    }

    /// The name used in reports and on the command line: `none`, `concern`,
    /// `tier`, or the crosswalk's name.
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Via::Items => "none",
            Via::Concern => "concern",
            Via::Tier => "tier",
            Via::Map(m) => &m.name,
        }
    }

    /// Where an item with these crosswalks lands, or `None` when it has no
    /// mapping this way. Used for hierarchy items and scenario interests alike.
    pub(crate) fn target(
        &self,
        id: &str,
        tier: Option<Tier>,
        concern: Option<Concern>,
    ) -> Option<String> {
        match self {
            Via::Items => Some(id.to_string()),
            Via::Concern => concern.map(|c| c.slug().to_string()),
            Via::Tier => tier.map(|t| t.slug().to_string()),
            Via::Map(m) => m.target(id).map(str::to_string),
        }
    }
}

impl fmt::Display for Via {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Via {
    type Err = Error;

    /// `none` (or `items`), `concern` or `tier`; a user's map comes from
    /// [`Via::load`].
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "none" | "items" => Ok(Via::Items),
            "concern" => Ok(Via::Concern),
            "tier" => Ok(Via::Tier),
            _ => Err(Error::UnknownSlug {
                text: s.to_string(),
                vocabulary: "via",
                expected: "none, items, concern, tier".to_string(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;
    use crate::hierarchy::Hierarchy;

    #[test]
    fn unmapped_items_are_named() {
        let doc = Hierarchy::from_toml_str(
            r#"
            id = "t"
            title = "T"
            levels = [["a"], ["b"]]
            [source]
            author = "A"
            year = 2020
            title = "T"
            venue = "V"
            [[items]]
            id = "a"
            label = "A"
            tier = { target = "regime" }
            [[items]]
            id = "b"
            label = "B"
            "#,
        )
        .unwrap();
        let err = Via::Tier.ranking(&doc).unwrap_err();
        assert_eq!(
            err.to_string(),
            "item `b` has no mapping onto tier in hierarchy `t`"
        );
        assert_eq!(Via::Items.ranking(&doc).unwrap().len(), 2);
    }

    #[test]
    fn a_users_map_merges_items_at_their_highest_level() {
        let doc = corpus::hierarchy("erickson-2019").unwrap();
        let ids: Vec<String> = doc.items().map(|e| e.id.clone()).collect();
        let map = Crosswalk::new(
            "halves",
            ids.iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), if i < 3 { "top" } else { "bottom" })),
        );
        let r = Via::Map(map).ranking(&doc).unwrap();
        assert_eq!(
            r.levels().collect::<Vec<_>>(),
            [["top".to_string()], ["bottom".to_string()]]
        );
    }

    #[test]
    fn unknown_names_are_refused() {
        let err = "tiers".parse::<Via>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "`tiers` is not a via slug; expected one of: none, items, concern, tier"
        );
    }
}
