//! Whether a conclusion survives the judgement calls it rests on.
//!
//! Crosswalks are judgements, and some are contested: the corpus records
//! admissible alternatives for them (a [`Mapping`]
//! with `alternatives`). [`robustness`] reruns any analysis under every
//! admissible combination of the contested mappings its inputs carry, and
//! reports, for each conclusion, whether it holds under all of them, and if
//! not, which contested mappings it depends on. It also flags conclusions
//! that involve an item whose wording is unverified.
//!
//! An analysis takes part by implementing [`Conclusions`]: the reports of
//! tier inversions, discordances, the majority graph, the combined conflict
//! report, consensus results and scenario analyses all do.
//!
//! ```
//! use security_hierarchy::conflict::{Documents, robustness, tier_inversions};
//! use security_hierarchy::{Via, corpus};
//! let docs = Documents::new([corpus::hierarchy("dai-2009")?]);
//! let report = robustness(&docs, &Via::Tier, |d| tier_inversions(&d.hierarchies[0], &Via::Tier))?;
//! // Dai's one tier inversion rests on mapping sovereignty onto the regional tier.
//! let inversion = &report.conclusions[0];
//! assert!(inversion.by_default && !inversion.robust());
//! assert_eq!(inversion.depends_on[0].to_string(), "dai-2009/sovereignty-and-territory onto tier");
//! # Ok::<(), security_hierarchy::Error>(())
//! ```

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use indexmap::IndexMap;
use serde::Serialize;

use super::{
    Analysis, Conflicts, Discordances, InversionReport, MajorityReport, Outcome, Priority,
};
use crate::consensus::Consensus;
use crate::error::Result;
use crate::hierarchy::{Hierarchy, Mapping};
use crate::scenario::Scenario;
use crate::via::Via;
use crate::vocabulary::Tier;

/// Every combination is examined up to this many; past it, each contested
/// mapping is varied on its own (the rest kept at their defaults).
pub const MAX_COMBINATIONS: u64 = 1 << 16;

/// The documents an analysis reads: hierarchies and scenarios, whose
/// contested mappings the robustness analysis varies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Documents {
    /// The hierarchies, in the order the analysis takes them.
    pub hierarchies: Vec<Hierarchy>,
    /// The scenarios, in order.
    pub scenarios: Vec<Scenario>,
}

impl Documents {
    /// Documents of hierarchies alone.
    pub fn new(hierarchies: impl IntoIterator<Item = Hierarchy>) -> Self {
        Self {
            hierarchies: hierarchies.into_iter().collect(),
            scenarios: Vec::new(),
        }
    }

    /// The same documents with scenarios added.
    #[must_use]
    pub fn with_scenarios(mut self, scenarios: impl IntoIterator<Item = Scenario>) -> Self {
        self.scenarios.extend(scenarios);
        self
    }

    /// Every contested mapping onto `vocabulary` (`tier` or `concern`), in
    /// document order.
    fn contested(&self, vocabulary: &'static str) -> Vec<Contested> {
        let mut out = Vec::new();
        let mut push = |document: &str,
                        item: &str,
                        tier: Option<&Mapping<Tier>>,
                        concern: Option<&Mapping<crate::Concern>>| {
            let options = match vocabulary {
                "tier" => tier.map(options_of),
                _ => concern.map(options_of),
            };
            if let Some(options) = options.filter(|o| o.len() > 1) {
                out.push(Contested {
                    document: document.to_string(),
                    item: item.to_string(),
                    vocabulary,
                    options,
                });
            }
        };
        for h in &self.hierarchies {
            for e in h.items() {
                push(h.id(), &e.id, e.tier.as_ref(), e.concern.as_ref());
            }
        }
        for s in &self.scenarios {
            for i in s.interests() {
                push(s.id(), &i.id, i.tier.as_ref(), i.concern.as_ref());
            }
        }
        out
    }

    /// The documents with each contested mapping set to its chosen option.
    fn choose(&self, contested: &[Contested], choice: &[usize]) -> Self {
        let mut out = self.clone();
        for (c, &option) in contested.iter().zip(choice) {
            if option == 0 {
                continue;
            }
            if let Some(h) = out.hierarchies.iter_mut().find(|h| h.id() == c.document) {
                if let Some(e) = h.entry_mut(&c.item) {
                    choose_in(&mut e.tier, &mut e.concern, c.vocabulary, option);
                }
            }
            if let Some(s) = out.scenarios.iter_mut().find(|s| s.id() == c.document) {
                if let Some(i) = s.interest_mut(&c.item) {
                    choose_in(&mut i.tier, &mut i.concern, c.vocabulary, option);
                }
            }
        }
        out
    }
}

fn options_of<V: fmt::Display>(m: &Mapping<V>) -> Vec<String> {
    m.admissible().map(ToString::to_string).collect()
}

fn choose_in(
    tier: &mut Option<Mapping<Tier>>,
    concern: &mut Option<Mapping<crate::Concern>>,
    vocabulary: &str,
    option: usize,
) {
    match vocabulary {
        "tier" => {
            if let Some(m) = tier {
                m.choose(option);
            }
        }
        _ => {
            if let Some(m) = concern {
                m.choose(option);
            }
        }
    }
}

/// A contested mapping: an item's crosswalk with admissible alternatives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contested {
    /// The hierarchy or scenario.
    pub document: String,
    /// The item or interest.
    pub item: String,
    /// `tier` or `concern`.
    pub vocabulary: &'static str,
    /// The admissible targets, the default first.
    pub options: Vec<String>,
}

/// `document/item onto vocabulary`.
impl fmt::Display for Contested {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{} onto {}",
            self.document, self.item, self.vocabulary
        )
    }
}

/// What a conclusion is about: an item of a document, or a target on the
/// common ground an analysis used.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Subject {
    /// An item of a hierarchy.
    Item {
        /// The hierarchy.
        document: String,
        /// The item.
        item: String,
    },
    /// A target on common ground: an item id, a concern or a tier.
    Target {
        /// The common ground's name (`none`, `concern`, `tier`, ...).
        via: String,
        /// The target.
        target: String,
    },
}

/// One conclusion of an analysis, stated so that the same conclusion under
/// another choice of mappings reads the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conclusion {
    /// What kind of conclusion: `tier-inversion`, `discordant-pair` (or,
    /// for a list cut at its limit, `tier-inversion-count` and
    /// `discordant-pair-count`), `majority-cycle`, `condorcet-winner`, `condorcet-loser`, `consensus`,
    /// `consensus-top`, `verdict`, `self-undermining` or
    /// `priority-inversion`.
    pub kind: &'static str,
    /// The conclusion in words.
    pub statement: String,
    /// What it is about, for the verification check.
    pub subjects: Vec<Subject>,
}

impl Conclusion {
    fn new(kind: &'static str, statement: String, subjects: Vec<Subject>) -> Self {
        Self {
            kind,
            statement,
            subjects,
        }
    }
}

/// An analysis result whose conclusions can be checked for robustness.
pub trait Conclusions {
    /// The conclusions, each stated independently of the mappings chosen.
    fn conclusions(&self) -> Vec<Conclusion>;

    /// Common ground the analysis used besides the one it was given (the
    /// conflict report always checks tier inversions through [`Via::Tier`]).
    fn crosswalks(&self) -> Vec<Via> {
        Vec::new()
    }
}

/// How one conclusion fares across the combinations examined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Judged {
    /// The conclusion.
    #[serde(flatten)]
    pub conclusion: Conclusion,
    /// Whether it holds under the default mappings.
    pub by_default: bool,
    /// In how many of the combinations examined it holds.
    pub holds_in: u64,
    /// How many combinations were examined.
    pub examined: u64,
    /// The contested mappings whose choice alone changes whether it holds.
    pub depends_on: Vec<Contested>,
    /// Items involved whose wording is unverified, as `document/item`.
    pub unverified: Vec<String>,
}

impl Judged {
    /// Whether it holds under every combination examined.
    #[must_use]
    pub fn robust(&self) -> bool {
        self.holds_in == self.examined
    }
}

/// The robustness of an analysis's conclusions; see the [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Robustness {
    /// The common ground the analysis was given.
    pub via: String,
    /// Every contested mapping varied.
    pub contested: Vec<Contested>,
    /// How many admissible combinations there are (saturating).
    pub combinations: u64,
    /// How many were examined: all of them up to [`MAX_COMBINATIONS`], else
    /// the defaults and each alternative of each mapping on its own.
    pub examined: u64,
    /// Whether every combination was examined.
    pub exhaustive: bool,
    /// Every conclusion reached under any combination examined: those of
    /// the defaults first, in the analysis's order.
    pub conclusions: Vec<Judged>,
}

impl Robustness {
    /// The conclusions that hold by default but not under every combination.
    pub fn fragile(&self) -> impl Iterator<Item = &Judged> + '_ {
        self.conclusions
            .iter()
            .filter(|j| j.by_default && !j.robust())
    }
}

/// Reruns `analyse` under every admissible combination of the contested
/// mappings in `documents` and judges each conclusion; see the
/// [module docs](self).
///
/// The mappings varied are those onto the vocabulary `via` names (`tier`
/// or `concern`) and onto those the result reports in
/// [`Conclusions::crosswalks`]; `none` and users' own maps have none. With
/// c combinations (at most [`MAX_COMBINATIONS`], else one per alternative),
/// the cost is c runs of `analyse` plus O(c·k·m/64) for k contested
/// mappings and m distinct conclusions.
///
/// # Errors
/// The first error of `analyse`, on the defaults or any combination.
pub fn robustness<R, F>(documents: &Documents, via: &Via, mut analyse: F) -> Result<Robustness>
where
    R: Conclusions,
    F: FnMut(&Documents) -> Result<R>,
{
    let first = analyse(documents)?;
    let mut vocabularies: Vec<&'static str> = Vec::new();
    for v in std::iter::once(via.clone()).chain(first.crosswalks()) {
        let name = match v {
            Via::Tier => "tier",
            Via::Concern => "concern",
            _ => continue,
        };
        if !vocabularies.contains(&name) {
            vocabularies.push(name);
        }
    }
    let contested: Vec<Contested> = vocabularies
        .iter()
        .flat_map(|v| documents.contested(v))
        .collect();
    let radices: Vec<usize> = contested.iter().map(|c| c.options.len()).collect();
    let combinations = radices
        .iter()
        .try_fold(1u64, |acc, &r| acc.checked_mul(r as u64))
        .unwrap_or(u64::MAX);
    let exhaustive = combinations <= MAX_COMBINATIONS;
    let choices: Vec<Vec<usize>> = if exhaustive {
        all_choices(&radices)
    } else {
        one_at_a_time(&radices)
    };

    // Each distinct conclusion gets an index; each combination a bit set.
    let mut index: IndexMap<(&'static str, String), Conclusion> = IndexMap::new();
    let mut sets: Vec<BTreeSet<usize>> = Vec::with_capacity(choices.len());
    let indices_of = |r: &R, index: &mut IndexMap<(&'static str, String), Conclusion>| {
        r.conclusions()
            .into_iter()
            .map(|c| {
                let key = (c.kind, c.statement.clone());
                let (i, _) = index.insert_full(key, c);
                i
            })
            .collect::<BTreeSet<usize>>()
    };
    for choice in &choices {
        let set = if choice.iter().all(|&o| o == 0) {
            indices_of(&first, &mut index)
        } else {
            let variant = documents.choose(&contested, choice);
            indices_of(&analyse(&variant)?, &mut index)
        };
        sets.push(set);
    }
    let default_at = choices
        .iter()
        .position(|c| c.iter().all(|&o| o == 0))
        .unwrap_or(0);
    let depends = dependences(&choices, &radices, &sets, index.len());
    let examined = choices.len() as u64;
    let mut flags = Unverified::new(documents);
    let conclusions = index
        .into_values()
        .enumerate()
        .map(|(i, conclusion)| {
            let holds_in = sets.iter().filter(|s| s.contains(&i)).count() as u64;
            let unverified = flags.among(documents, &conclusion.subjects);
            Judged {
                by_default: sets[default_at].contains(&i),
                holds_in,
                examined,
                depends_on: contested
                    .iter()
                    .zip(&depends[i])
                    .filter(|(_, d)| **d)
                    .map(|(c, _)| c.clone())
                    .collect(),
                unverified,
                conclusion,
            }
        })
        .collect();
    Ok(Robustness {
        via: via.name().to_string(),
        contested,
        combinations,
        examined,
        exhaustive,
        conclusions,
    })
}

/// For each conclusion and each contested mapping, whether changing that
/// mapping alone, from some examined combination to another, changes
/// whether the conclusion holds. O(c·k·m) for c combinations, k mappings
/// and m conclusions.
fn dependences(
    choices: &[Vec<usize>],
    radices: &[usize],
    sets: &[BTreeSet<usize>],
    conclusions: usize,
) -> Vec<Vec<bool>> {
    let position: IndexMap<&[usize], usize> = choices
        .iter()
        .enumerate()
        .map(|(i, c)| (c.as_slice(), i))
        .collect();
    let mut depends = vec![vec![false; radices.len()]; conclusions];
    for (at, choice) in choices.iter().enumerate() {
        for (k, &radix) in radices.iter().enumerate() {
            for option in (0..radix).filter(|&o| o != choice[k]) {
                let mut other = choice.clone();
                other[k] = option;
                if let Some(&j) = position.get(other.as_slice()) {
                    for c in sets[at].symmetric_difference(&sets[j]) {
                        depends[*c][k] = true;
                    }
                }
            }
        }
    }
    depends
}

/// Every assignment of options, the defaults first (mixed radix).
fn all_choices(radices: &[usize]) -> Vec<Vec<usize>> {
    let mut out = vec![vec![0; radices.len()]];
    loop {
        let mut next = out.last().expect("starts non-empty").clone();
        let mut k = 0;
        while k < radices.len() {
            next[k] += 1;
            if next[k] < radices[k] {
                break;
            }
            next[k] = 0;
            k += 1;
        }
        if k == radices.len() {
            return out;
        }
        out.push(next);
    }
}

/// The defaults, then each alternative of each mapping on its own.
fn one_at_a_time(radices: &[usize]) -> Vec<Vec<usize>> {
    let mut out = vec![vec![0; radices.len()]];
    for (k, &radix) in radices.iter().enumerate() {
        for option in 1..radix {
            let mut c = vec![0; radices.len()];
            c[k] = option;
            out.push(c);
        }
    }
    out
}

/// The unverified items of some documents, indexed so that each
/// conclusion's flags cost time in its own subjects, not in the documents'
/// size.
struct Unverified {
    /// `document/item` of every unverified item, in document order.
    names: Vec<String>,
    /// Position in `names` of each unverified item, by document and id.
    by_item: HashMap<(String, String), usize>,
    /// Per common ground (parsed once, on first use): target → positions.
    by_target: HashMap<String, HashMap<String, Vec<usize>>>,
}

impl Unverified {
    /// O(n) for n items.
    fn new(documents: &Documents) -> Self {
        let mut names = Vec::new();
        let mut by_item = HashMap::new();
        for h in &documents.hierarchies {
            for e in h.items().filter(|e| !e.verification.is_verified()) {
                by_item
                    .entry((h.id().to_string(), e.id.clone()))
                    .or_insert_with(|| {
                        names.push(format!("{}/{}", h.id(), e.id));
                        names.len() - 1
                    });
            }
        }
        Self {
            names,
            by_item,
            by_target: HashMap::new(),
        }
    }

    /// The unverified items among `subjects`: the item itself, or every
    /// item that lands on the target under the defaults; in document order,
    /// without repeats. O(s + k log k) for s subjects involving k items,
    /// plus O(n) once per common ground.
    fn among(&mut self, documents: &Documents, subjects: &[Subject]) -> Vec<String> {
        if self.names.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<usize> = Vec::new();
        for s in subjects {
            match s {
                Subject::Item { document, item } => {
                    found.extend(self.by_item.get(&(document.clone(), item.clone())));
                }
                Subject::Target { via, target } => {
                    let targets = self
                        .by_target
                        .entry(via.clone())
                        .or_insert_with(|| targets_of(documents, via, &self.by_item));
                    found.extend(targets.get(target).into_iter().flatten());
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| self.names[i].clone()).collect()
    }
}

/// Where each unverified item lands on common ground `via` (none if the
/// name does not parse): target → positions in [`Unverified::names`].
fn targets_of(
    documents: &Documents,
    via: &str,
    by_item: &HashMap<(String, String), usize>,
) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    let Ok(ground) = via.parse::<Via>() else {
        return out;
    };
    for h in &documents.hierarchies {
        for e in h.items().filter(|e| !e.verification.is_verified()) {
            if let (Some(t), Some(&i)) = (
                ground.target_in(h, &e.id),
                by_item.get(&(h.id().to_string(), e.id.clone())),
            ) {
                out.entry(t).or_default().push(i);
            }
        }
    }
    out
}

fn target(via: &str, t: &str) -> Subject {
    Subject::Target {
        via: via.to_string(),
        target: t.to_string(),
    }
}

impl<U: fmt::Display> Conclusions for InversionReport<String, U> {
    /// Each inversion; when the list was cut at a limit, which pairs it
    /// shows is no conclusion, so only the total is judged.
    fn conclusions(&self) -> Vec<Conclusion> {
        if let Some(total) = total_of_cut(self.inversions.len(), self.total, || {
            Conclusion::new(
                "tier-inversion-count",
                format!(
                    "{} onto {}: {} tier inversions",
                    self.hierarchy, self.vocabulary, self.total
                ),
                Vec::new(),
            )
        }) {
            return total;
        }
        self.inversions
            .iter()
            .map(|i| {
                let item = |x: &String| Subject::Item {
                    document: self.hierarchy.clone(),
                    item: x.clone(),
                };
                Conclusion::new(
                    "tier-inversion",
                    format!(
                        "{} onto {}: `{}` is ranked above `{}`, whose {} is higher",
                        self.hierarchy, self.vocabulary, i.higher, i.lower, self.vocabulary
                    ),
                    vec![item(&i.higher), item(&i.lower)],
                )
            })
            .collect()
    }
}

/// Discordances name their common ground only through the conflict report,
/// so on their own their subjects are item ids (`none`).
impl Conclusions for Discordances<String> {
    fn conclusions(&self) -> Vec<Conclusion> {
        discordance_conclusions(self, "none")
    }
}

/// For a list of which `listed` of `total` were kept, the conclusion about
/// its total alone when it was cut (which entries a cut list keeps says
/// nothing about the others), else `None`.
fn total_of_cut(
    listed: usize,
    total: u64,
    conclusion: impl FnOnce() -> Conclusion,
) -> Option<Vec<Conclusion>> {
    ((listed as u64) < total).then(|| vec![conclusion()])
}

/// Each discordant pair; when the list was cut at a limit, only the total.
fn discordance_conclusions(d: &Discordances<String>, via: &str) -> Vec<Conclusion> {
    if let Some(total) = total_of_cut(d.discordant.len(), d.discordant_total, || {
        Conclusion::new(
            "discordant-pair-count",
            format!(
                "{} and {} disagree on {} pairs",
                d.a, d.b, d.discordant_total
            ),
            Vec::new(),
        )
    }) {
        return total;
    }
    d.discordant
        .iter()
        .map(|p| {
            Conclusion::new(
                "discordant-pair",
                format!(
                    "{} and {} disagree on `{}` and `{}`",
                    d.a, d.b, p.first, p.second
                ),
                vec![target(via, &p.first), target(via, &p.second)],
            )
        })
        .collect()
}

impl Conclusions for MajorityReport<String> {
    fn conclusions(&self) -> Vec<Conclusion> {
        majority_conclusions(self, "none")
    }
}

fn majority_conclusions(m: &MajorityReport<String>, via: &str) -> Vec<Conclusion> {
    let mut out = Vec::new();
    let one = |kind, what: &str, x: &Option<String>| match x {
        Some(x) => Conclusion::new(kind, format!("{what}: `{x}`"), vec![target(via, x)]),
        None => Conclusion::new(kind, format!("{what}: none"), Vec::new()),
    };
    out.push(one(
        "condorcet-winner",
        "Condorcet winner",
        &m.condorcet_winner,
    ));
    out.push(one(
        "condorcet-loser",
        "Condorcet loser",
        &m.condorcet_loser,
    ));
    for c in &m.cycles {
        // Start each cycle at its smallest item, so that one cycle found
        // from another starting point reads the same.
        let start = c
            .items
            .iter()
            .enumerate()
            .min_by(|a, b| a.1.cmp(b.1))
            .map_or(0, |(i, _)| i);
        let mut items: Vec<&String> = c.items[start..].iter().chain(&c.items[..start]).collect();
        items.push(items[0]);
        let names: Vec<String> = items.iter().map(|x| format!("`{x}`")).collect();
        out.push(Conclusion::new(
            "majority-cycle",
            format!("majority cycle {}", names.join(" > ")),
            c.items.iter().map(|x| target(via, x)).collect(),
        ));
    }
    out
}

impl Conclusions for Conflicts {
    fn conclusions(&self) -> Vec<Conclusion> {
        let mut out: Vec<Conclusion> = self
            .tier_inversions
            .iter()
            .flat_map(Conclusions::conclusions)
            .collect();
        for d in &self.discordances {
            out.extend(discordance_conclusions(d, &self.via));
        }
        if let Some(m) = &self.majority {
            out.extend(majority_conclusions(m, &self.via));
        }
        out
    }

    fn crosswalks(&self) -> Vec<Via> {
        vec![Via::Tier]
    }
}

impl Conclusions for Consensus<String> {
    fn conclusions(&self) -> Vec<Conclusion> {
        let ranking = self.ranking();
        let mut out = vec![Conclusion::new(
            "consensus",
            format!("{} consensus: {ranking}", self.method()),
            Vec::new(),
        )];
        if let Some(top) = ranking.level(0) {
            let names: Vec<String> = top.iter().map(|x| format!("`{x}`")).collect();
            out.push(Conclusion::new(
                "consensus-top",
                format!(
                    "{} consensus puts first: {}",
                    self.method(),
                    names.join(", ")
                ),
                Vec::new(),
            ));
        }
        out
    }
}

impl Conclusions for Analysis<String> {
    fn conclusions(&self) -> Vec<Conclusion> {
        let mut out = Vec::new();
        for a in &self.actions {
            let outcome = match a.verdict.outcome {
                Outcome::Favourable => "favourable",
                Outcome::Unfavourable => "unfavourable",
                Outcome::Neutral => "neutral",
            };
            out.push(Conclusion::new(
                "verdict",
                format!("{}: `{}` is {outcome}", self.scenario, a.action),
                Vec::new(),
            ));
            for c in &a.self_undermining {
                out.push(Conclusion::new(
                    "self-undermining",
                    format!("{}: `{}` {c}", self.scenario, a.action),
                    Vec::new(),
                ));
            }
            for t in a
                .trade_offs
                .iter()
                .filter(|t| t.priority == Priority::HarmedHigher)
            {
                out.push(Conclusion::new(
                    "priority-inversion",
                    format!(
                        "{}: `{}` harms `{}` to advance lower-ranked `{}`",
                        self.scenario, a.action, t.harmed, t.advanced
                    ),
                    Vec::new(),
                ));
            }
        }
        out
    }
}

impl fmt::Display for Judged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (holds in {} of {}",
            self.conclusion.statement, self.holds_in, self.examined
        )?;
        if !self.depends_on.is_empty() {
            let names: Vec<String> = self.depends_on.iter().map(ToString::to_string).collect();
            write!(f, "; depends on {}", names.join(", "))?;
        }
        f.write_str(")")?;
        if !self.unverified.is_empty() {
            write!(f, "; involves unverified {}", self.unverified.join(", "))?;
        }
        Ok(())
    }
}

impl fmt::Display for Robustness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.contested.len();
        write!(
            f,
            "robustness on {}: {n} contested mapping{}, {} combination{}, ",
            self.via,
            if n == 1 { "" } else { "s" },
            self.combinations,
            if self.combinations == 1 { "" } else { "s" },
        )?;
        if self.exhaustive {
            f.write_str("all examined")?;
        } else {
            write!(
                f,
                "too many to enumerate (limit {MAX_COMBINATIONS}): {} examined, each mapping varied on its own",
                self.examined
            )?;
        }
        for c in &self.contested {
            write!(
                f,
                "\n  contested: {c}: {} (default), {}",
                c.options[0],
                c.options[1..].join(", ")
            )?;
        }
        let robust: Vec<&Judged> = self
            .conclusions
            .iter()
            .filter(|j| j.by_default && j.robust())
            .collect();
        let fragile: Vec<&Judged> = self.fragile().collect();
        let elsewhere: Vec<&Judged> = self.conclusions.iter().filter(|j| !j.by_default).collect();
        let shaky: Vec<&&Judged> = robust.iter().filter(|j| !j.unverified.is_empty()).collect();
        write!(
            f,
            "\n  holds under every combination: {} ({} involving unverified items)",
            robust.len(),
            shaky.len()
        )?;
        for j in shaky {
            write!(f, "\n    {j}")?;
        }
        write!(f, "\n  holds by default only: {}", fragile.len())?;
        for j in fragile {
            write!(f, "\n    {j}")?;
        }
        write!(
            f,
            "\n  holds only under other mappings: {}",
            elsewhere.len()
        )?;
        for j in elsewhere {
            write!(f, "\n    {j}")?;
        }
        Ok(())
    }
}
