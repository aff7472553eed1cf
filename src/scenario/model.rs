//! The scenario data model and its file format.

use std::collections::HashMap;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::{Direction, Strength};
use crate::error::{Error, Result};
use crate::format;
use crate::hierarchy::parts::repeated_alternatives;
use crate::hierarchy::{Basis, Mapping};
use crate::vocabulary::{Concern, Tier};

/// An interest that actions advance or harm, with optional crosswalks so
/// that a scenario can be analysed against rankings of [`Tier`] or [`Concern`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interest {
    /// The interest's id, used by effects and dependencies.
    pub id: String,
    /// A short label.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The crosswalk onto the chapter's tiers, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Mapping<Tier>>,
    /// The crosswalk onto the shared concerns, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concern: Option<Mapping<Concern>>,
}

/// One effect of an action: it advances or harms an interest, with a strength.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// The interest affected.
    pub interest: String,
    /// Whether the action advances or harms it.
    pub direction: Direction,
    /// How strongly, on the ordinal scale weak < moderate < strong.
    pub strength: Strength,
    /// What the claim rests on: the source's words or a reading. Required:
    /// a scenario whose effect has none is refused with
    /// [`Error::MissingBasis`] naming the effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

/// "`foundation` underpins `underpins`": harming the foundation undermines
/// the interest that rests on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dependency {
    /// The interest that supports the other.
    pub foundation: String,
    /// The interest that rests on the foundation.
    pub underpins: String,
    /// What the claim rests on: the source's words or a reading. Required,
    /// as for [`Effect::basis`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

/// An action and its effects on interests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// The action's id.
    pub id: String,
    /// A short label.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// What it advances and what it harms.
    #[serde(default)]
    pub effects: Vec<Effect>,
}

impl Action {
    /// The effects in one direction, in the order given.
    pub fn effects_that(&self, direction: Direction) -> impl Iterator<Item = &Effect> + '_ {
        self.effects
            .iter()
            .filter(move |e| e.direction == direction)
    }
}

/// A case of conflicting interests: actions with effects, and the
/// dependencies between the interests; see the [module docs](super) for the
/// file format.
///
/// Every value is valid: each effect and dependency names a declared
/// interest, ids are unique, every action has at least one effect, and no
/// action both advances and harms one interest. Dependency cycles are
/// allowed (and reported by the analysis and by [`crate::check`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    id: String,
    title: String,
    summary: String,
    citation: String,
    interests: IndexMap<String, Interest>,
    dependencies: Vec<Dependency>,
    actions: Vec<Action>,
}

/// The on-disk shape; validated into a [`Scenario`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScenarioFile {
    pub(crate) id: String,
    pub(crate) title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) summary: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) citation: String,
    #[serde(default)]
    pub(crate) interests: Vec<Interest>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) dependencies: Vec<Dependency>,
    #[serde(default)]
    pub(crate) actions: Vec<Action>,
}

impl ScenarioFile {
    /// The declared interest ids, with a problem for each repeated id and
    /// each crosswalk that lists a target twice.
    fn declared_interests(&self, out: &mut Vec<Error>) -> std::collections::HashSet<&str> {
        let mut declared = std::collections::HashSet::new();
        for interest in &self.interests {
            if !declared.insert(interest.id.as_str()) {
                out.push(Error::DuplicateDeclaration {
                    scenario: self.id.clone(),
                    what: "interest",
                    id: interest.id.clone(),
                });
            }
            out.extend(repeated_alternatives(
                &format!("scenario `{}`", self.id),
                &interest.id,
                interest.tier.as_ref(),
                interest.concern.as_ref(),
            ));
        }
        declared
    }

    /// Every reason this file is not a valid scenario, in file order.
    pub(crate) fn problems(&self) -> Vec<Error> {
        let scenario = || self.id.clone();
        let mut out = Vec::new();
        let declared = self.declared_interests(&mut out);
        let no_basis = |link: String, basis: &Option<Basis>, out: &mut Vec<Error>| {
            if basis.is_none() {
                out.push(Error::MissingBasis {
                    scenario: scenario(),
                    link,
                });
            }
        };
        let unknown = |place: String, interest: &str, out: &mut Vec<Error>| {
            if !declared.contains(interest) {
                out.push(Error::UnknownInterest {
                    scenario: scenario(),
                    place,
                    interest: interest.to_string(),
                });
            }
        };
        for d in &self.dependencies {
            let place = format!("dependency `{}` underpins `{}`", d.foundation, d.underpins);
            unknown(place.clone(), &d.foundation, &mut out);
            unknown(place.clone(), &d.underpins, &mut out);
            no_basis(format!("the {place}"), &d.basis, &mut out);
        }
        if self.actions.is_empty() {
            out.push(Error::NoActions {
                scenario: scenario(),
            });
        }
        let mut actions = std::collections::HashSet::new();
        for action in &self.actions {
            if !actions.insert(action.id.as_str()) {
                out.push(Error::DuplicateDeclaration {
                    scenario: scenario(),
                    what: "action",
                    id: action.id.clone(),
                });
            }
            if action.effects.is_empty() {
                out.push(Error::NoEffects {
                    scenario: scenario(),
                    action: action.id.clone(),
                });
            }
            let mut seen: IndexMap<&str, (Direction, bool)> = IndexMap::new();
            for effect in &action.effects {
                unknown(
                    format!("action `{}`", action.id),
                    &effect.interest,
                    &mut out,
                );
                no_basis(
                    format!(
                        "the effect of action `{}` on `{}`",
                        action.id, effect.interest
                    ),
                    &effect.basis,
                    &mut out,
                );
                match seen.get_mut(effect.interest.as_str()) {
                    None => {
                        seen.insert(&effect.interest, (effect.direction, false));
                    }
                    // Report each interest once per action.
                    Some((_, true)) => {}
                    Some((first, reported)) => {
                        *reported = true;
                        let (scenario, action, interest) =
                            (scenario(), action.id.clone(), effect.interest.clone());
                        out.push(if *first == effect.direction {
                            Error::RepeatedEffect {
                                scenario,
                                action,
                                interest,
                            }
                        } else {
                            Error::ContradictoryEffect {
                                scenario,
                                action,
                                interest,
                            }
                        });
                    }
                }
            }
        }
        out
    }
}

impl TryFrom<ScenarioFile> for Scenario {
    type Error = Error;

    fn try_from(file: ScenarioFile) -> Result<Self> {
        if let Some(first) = file.problems().into_iter().next() {
            return Err(first);
        }
        Ok(Scenario {
            id: file.id,
            title: file.title,
            summary: file.summary,
            citation: file.citation,
            interests: file
                .interests
                .into_iter()
                .map(|i| (i.id.clone(), i))
                .collect(),
            dependencies: file.dependencies,
            actions: file.actions,
        })
    }
}

impl From<&Scenario> for ScenarioFile {
    fn from(s: &Scenario) -> Self {
        ScenarioFile {
            id: s.id.clone(),
            title: s.title.clone(),
            summary: s.summary.clone(),
            citation: s.citation.clone(),
            interests: s.interests.values().cloned().collect(),
            dependencies: s.dependencies.clone(),
            actions: s.actions.clone(),
        }
    }
}

impl Scenario {
    /// Builds a scenario and checks it.
    ///
    /// # Errors
    /// The first of: [`Error::DuplicateDeclaration`] for an interest or
    /// action id declared twice; [`Error::RepeatedAlternative`] for a
    /// crosswalk that lists a target twice; [`Error::MissingBasis`] for an
    /// effect or dependency without a basis; [`Error::UnknownInterest`] for an effect or
    /// dependency naming an undeclared interest; [`Error::NoActions`];
    /// [`Error::NoEffects`]; [`Error::ContradictoryEffect`] for an action that
    /// both advances and harms one interest; [`Error::RepeatedEffect`] for
    /// one stated twice. [`crate::check`] lists all of them at once.
    ///
    /// ```
    /// use security_hierarchy::hierarchy::Basis;
    /// use security_hierarchy::scenario::{Action, Direction, Effect, Interest, Scenario, Strength};
    /// let interest = |id: &str| Interest { id: id.into(), label: String::new(), tier: None, concern: None };
    /// let basis = Some(Basis::reading("an illustration"));
    /// let effect = |id: &str, direction| Effect { interest: id.into(), direction, strength: Strength::Weak, basis: basis.clone() };
    /// let act = Action {
    ///     id: "act".into(),
    ///     label: String::new(),
    ///     effects: vec![effect("x", Direction::Advances), effect("x", Direction::Harms)],
    /// };
    /// let err = Scenario::new("s", "S", [interest("x")], [], [act]).unwrap_err();
    /// assert_eq!(err.to_string(), "scenario `s`: action `act` both advances and harms `x`");
    /// ```
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        interests: impl IntoIterator<Item = Interest>,
        dependencies: impl IntoIterator<Item = Dependency>,
        actions: impl IntoIterator<Item = Action>,
    ) -> Result<Self> {
        Self::try_from(ScenarioFile {
            id: id.into(),
            title: title.into(),
            summary: String::new(),
            citation: String::new(),
            interests: interests.into_iter().collect(),
            dependencies: dependencies.into_iter().collect(),
            actions: actions.into_iter().collect(),
        })
    }

    /// The same scenario with a one-paragraph summary and a citation for the case.
    pub fn with_summary(mut self, summary: impl Into<String>, citation: impl Into<String>) -> Self {
        self.summary = summary.into();
        self.citation = citation.into();
        self
    }

    /// The scenario's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The scenario's title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// A one-paragraph summary (may be empty).
    pub fn summary(&self) -> &str {
        &self.summary
    }

    /// Where the case comes from (may be empty).
    pub fn citation(&self) -> &str {
        &self.citation
    }

    /// The declared interests, in the order declared.
    pub fn interests(&self) -> impl ExactSizeIterator<Item = &Interest> + '_ {
        self.interests.values()
    }

    /// The interest with this id.
    pub fn interest(&self, id: &str) -> Option<&Interest> {
        self.interests.get(id)
    }

    /// The same scenario with every claim that rests on a reading removed:
    /// effects and "underpins" links whose [`Basis`] is a reading. What is
    /// left is what the source says in its own words; an action may be left
    /// with no effects (its verdict is then neutral). Comparing an analysis
    /// of this scenario with one of the whole shows which conclusions need
    /// the readings. O(a·f + e).
    ///
    /// ```
    /// use security_hierarchy::scenario::builtin;
    /// let s = builtin::scenario("zero-covid")?;
    /// let words = s.without_readings();
    /// assert!(words.dependencies().is_empty());
    /// assert_eq!(words.actions()[0].effects.len(), 2);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    #[must_use]
    pub fn without_readings(&self) -> Self {
        let stated = |b: &Option<Basis>| b.as_ref().is_some_and(|b| !b.is_reading());
        let mut out = self.clone();
        out.dependencies.retain(|d| stated(&d.basis));
        for action in &mut out.actions {
            action.effects.retain(|e| stated(&e.basis));
        }
        out
    }

    /// The interest with this id, to change a crosswalk in place.
    pub(crate) fn interest_mut(&mut self, id: &str) -> Option<&mut Interest> {
        self.interests.get_mut(id)
    }

    /// The "underpins" dependencies, in the order given.
    pub fn dependencies(&self) -> &[Dependency] {
        &self.dependencies
    }

    /// The actions, in the order given.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    /// Successor lists of the "underpins" graph over interest indices
    /// (declaration order), without repeated edges.
    pub(crate) fn underpins_graph(&self) -> Vec<Vec<usize>> {
        self.underpins_graph_of(|_| true)
    }

    /// [`Scenario::underpins_graph`] over the dependencies `keep` accepts.
    pub(crate) fn underpins_graph_of(&self, keep: impl Fn(&Dependency) -> bool) -> Vec<Vec<usize>> {
        let mut succ = vec![Vec::new(); self.interests.len()];
        for d in self.dependencies.iter().filter(|d| keep(d)) {
            succ[self.index_of(&d.foundation)].push(self.index_of(&d.underpins));
        }
        // Stated order, repeats dropped: O(e log e) rather than a scan per link.
        for out in &mut succ {
            let mut seen = std::collections::HashSet::with_capacity(out.len());
            out.retain(|w| seen.insert(*w));
        }
        succ
    }

    /// The basis of every link "`foundation` underpins `underpins`", by
    /// interest indices: the source's words when any dependency stating
    /// the link has them, else the first basis given. O(e).
    pub(crate) fn link_bases(&self) -> HashMap<(usize, usize), &Basis> {
        let mut out: HashMap<(usize, usize), &Basis> = HashMap::new();
        for d in &self.dependencies {
            let Some(basis) = &d.basis else { continue };
            let key = (self.index_of(&d.foundation), self.index_of(&d.underpins));
            out.entry(key)
                .and_modify(|b| {
                    if b.is_reading() && !basis.is_reading() {
                        *b = basis;
                    }
                })
                .or_insert(basis);
        }
        out
    }

    pub(crate) fn index_of(&self, interest: &str) -> usize {
        self.interests
            .get_index_of(interest)
            .expect("a valid scenario names only declared interests")
    }

    pub(crate) fn interest_at(&self, index: usize) -> &str {
        &self.interests[index].id
    }

    /// Every dependency cycle, as interest ids in order (each underpins the
    /// next; the last underpins the first). Node-disjoint: at least one per
    /// group of mutually dependent interests. O(n + e) for n interests and e dependencies.
    pub fn dependency_cycles(&self) -> Vec<Vec<String>> {
        crate::graph::disjoint_cycles(&self.underpins_graph())
            .into_iter()
            .map(|c| {
                c.into_iter()
                    .map(|i| self.interest_at(i).to_string())
                    .collect()
            })
            .collect()
    }
}

format::document_io!(Scenario, ScenarioFile, "scenario");

impl Serialize for Scenario {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        ScenarioFile::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Scenario {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Scenario::try_from(ScenarioFile::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}
