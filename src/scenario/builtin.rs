//! The founding chapter's cases of conflicting interests, as built-in scenarios.
//!
//! Each is a data file under `data/scenarios/`, embedded in the library.
//! Every effect and dependency carries a [`Basis`](crate::hierarchy::Basis):
//! the chapter's words (a short quotation, checked word for word, and its
//! section of Pu 2022) or this library's reading (a one-line rationale).
//! Strengths are judgements on the ordinal scale.
//!
//! ```
//! use security_hierarchy::scenario::builtin;
//! let ids: Vec<&str> = builtin::catalogue().iter().map(|e| e.id).collect();
//! assert_eq!(ids, builtin::ids());
//! let paradox = builtin::scenario("securitisation-paradox")?;
//! assert!(paradox.dependencies().iter().all(|d| d.basis.is_some()));
//! # Ok::<(), security_hierarchy::Error>(())
//! ```

use serde::Serialize;

use super::Scenario;
use crate::error::{Error, Result};

/// The ids of the built-in scenarios, in the chapter's order.
const IDS: [&str; 7] = [
    "ukraine-stance",
    "wolf-warrior-diplomacy",
    "reassurance-or-coercion",
    "information-control",
    "civil-military-fusion",
    "zero-covid",
    "securitisation-paradox",
];

const FILES: [&str; 7] = [
    include_str!("../../data/scenarios/ukraine-stance.toml"),
    include_str!("../../data/scenarios/wolf-warrior-diplomacy.toml"),
    include_str!("../../data/scenarios/reassurance-or-coercion.toml"),
    include_str!("../../data/scenarios/information-control.toml"),
    include_str!("../../data/scenarios/civil-military-fusion.toml"),
    include_str!("../../data/scenarios/zero-covid.toml"),
    include_str!("../../data/scenarios/securitisation-paradox.toml"),
];

/// One line of the scenario catalogue, shaped as the hierarchies'
/// [`CatalogueEntry`](crate::corpus::CatalogueEntry): its id and summary
/// counts, and the full document from [`ScenarioEntry::scenario`].
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioEntry {
    /// The stable id.
    pub id: &'static str,
    /// The title.
    pub title: String,
    /// The number of actions.
    pub actions: usize,
    /// The number of "underpins" dependencies.
    pub dependencies: usize,
    #[serde(skip)]
    text: &'static str,
}

impl ScenarioEntry {
    /// The full document.
    #[must_use]
    pub fn scenario(&self) -> Scenario {
        parse(self.text)
    }
}

fn parse(text: &str) -> Scenario {
    Scenario::from_toml_str(text).expect("built-in scenarios are valid (tested)")
}

/// Every built-in scenario, in the chapter's order.
pub fn catalogue() -> Vec<ScenarioEntry> {
    IDS.iter()
        .zip(FILES)
        .map(|(&id, text)| {
            let s = parse(text);
            ScenarioEntry {
                id,
                title: s.title().to_string(),
                actions: s.actions().len(),
                dependencies: s.dependencies().len(),
                text,
            }
        })
        .collect()
}

/// The ids of every built-in scenario, in catalogue order.
pub fn ids() -> Vec<&'static str> {
    IDS.to_vec()
}

/// The built-in scenario with this id.
///
/// # Errors
/// [`Error::UnknownScenario`] listing the known ids.
pub fn scenario(id: &str) -> Result<Scenario> {
    Ok(parse(source_text(id)?))
}
/// The text of the built-in scenario's data file (TOML), to copy and edit.
///
/// # Errors
/// [`Error::UnknownScenario`] listing the known ids.
pub fn source_text(id: &str) -> Result<&'static str> {
    match IDS.iter().position(|&known| known == id) {
        Some(i) => Ok(FILES[i]),
        None => Err(Error::UnknownScenario {
            id: id.to_string(),
            expected: IDS.join(", "),
        }),
    }
}
