//! Analysing a scenario against a ranking.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::finding::Finding;
use crate::graph::PathFinder;
use crate::hierarchy::Basis;
use crate::ranking::{Item, Ranking};
use crate::scenario::{Direction, Effect, Interest, Scenario, Strength};
use crate::via::Via;

/// A scenario analysed against one ranking: per action, its trade-offs,
/// priority inversions, self-undermining chains and lexicographic verdict.
///
/// Built by [`Scenario::analyse`]. `Display` gives a
/// readable report; serde gives the same content as data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis<U: Item> {
    /// The scenario's id.
    pub scenario: String,
    /// The name of the ranking analysed against.
    pub ranking_name: String,
    /// The vocabulary interests were mapped onto (`item` when used as they are).
    pub vocabulary: String,
    /// The ranking analysed against.
    pub ranking: Ranking<U>,
    /// One entry per action, in scenario order.
    pub actions: Vec<ActionAnalysis<U>>,
    /// Dependency cycles and effects left out because the ranking lacks them.
    pub findings: Vec<Finding>,
}

/// The analysis of one action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionAnalysis<U> {
    /// The action's id.
    pub action: String,
    /// The action's label.
    pub label: String,
    /// Every effect, placed in the ranking.
    pub effects: Vec<PlacedEffect<U>>,
    /// Every advanced interest against every harmed one, advanced interests
    /// in effect order, then harmed ones in effect order.
    pub trade_offs: Vec<TradeOff>,
    /// The trade-offs in which the harmed interest ranks strictly higher.
    pub priority_inversions: Vec<TradeOff>,
    /// For every harmed interest that underpins an advanced one, directly or
    /// through a chain, a shortest chain.
    pub self_undermining: Vec<Chain>,
    /// The verdict under lexicographic priority.
    pub verdict: Verdict,
}

/// An effect with its place in the ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlacedEffect<U> {
    /// The interest affected.
    pub interest: String,
    /// Advances or harms.
    pub direction: Direction,
    /// How strongly.
    pub strength: Strength,
    /// The interest's target in the ranking's vocabulary; `None` when the
    /// interest has no mapping onto it.
    pub target: Option<U>,
    /// The target's level in the ranking (1-based); `None` when unmapped or
    /// when the ranking does not contain the target.
    pub level: Option<usize>,
    /// What the effect rests on.
    pub basis: Basis,
}

/// The readings a finding rests on; empty when it rests on the source's
/// words alone. A finding that needs no reading stands on what the source
/// says; one that needs readings stands only as far as they do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RestsOn {
    /// Each reading the finding needs, in the order met.
    pub readings: Vec<Reading>,
}

/// One reading a finding needs: the claim and why it is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// The claim, e.g. `` `growth` underpins `party-rule` ``.
    pub claim: String,
    /// The reading's rationale.
    pub rationale: String,
}

impl RestsOn {
    /// Whether the finding rests on the source's words alone.
    #[must_use]
    pub fn words_only(&self) -> bool {
        self.readings.is_empty()
    }

    fn add(&mut self, claim: impl FnOnce() -> String, basis: &Basis) {
        if let Basis::Reading { rationale, .. } = basis {
            let claim = claim();
            if !self.readings.iter().any(|r| r.claim == claim) {
                self.readings.push(Reading {
                    claim,
                    rationale: rationale.clone(),
                });
            }
        }
    }

    fn effect<U>(&mut self, action: &str, e: &PlacedEffect<U>) {
        self.add(
            || format!("`{action}` {} `{}`", e.direction, e.interest),
            &e.basis,
        );
    }
}

/// How the two sides of a trade-off compare in the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    /// The advanced interest ranks strictly higher than the harmed one.
    AdvancedHigher,
    /// Both sit on one level (or map onto one target).
    Tied,
    /// The harmed interest ranks strictly higher: a priority inversion.
    HarmedHigher,
    /// At least one side is outside the ranking.
    Unranked,
}

/// One advanced interest set against one harmed interest of the same action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TradeOff {
    /// The interest the action advances.
    pub advanced: String,
    /// Its level (1-based), if ranked.
    pub advanced_level: Option<usize>,
    /// The interest the action harms.
    pub harmed: String,
    /// Its level (1-based), if ranked.
    pub harmed_level: Option<usize>,
    /// How they compare.
    pub priority: Priority,
    /// The readings the two effects rest on.
    pub rests_on: RestsOn,
}

/// A self-undermining chain: the action harms the first interest, which
/// underpins the second, ..., which underpins the last, which the action
/// advances. Only the analysis builds chains, so each has two or more interests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chain {
    /// The interests from the harmed one to the advanced one (two or more).
    chain: Vec<String>,
    /// The readings the chain rests on: its two effects and its links.
    rests_on: RestsOn,
}

impl Chain {
    /// The interests from the harmed one to the advanced one: always two or more.
    pub fn chain(&self) -> &[String] {
        &self.chain
    }

    /// The harmed interest at the start of the chain.
    pub fn harmed(&self) -> &str {
        &self.chain[0]
    }

    /// The advanced interest at the end of the chain.
    pub fn advanced(&self) -> &str {
        &self.chain[self.chain.len() - 1]
    }

    /// The number of "underpins" links (one for a direct dependency).
    pub fn links(&self) -> usize {
        self.chain.len() - 1
    }

    /// The readings the chain rests on.
    pub fn rests_on(&self) -> &RestsOn {
        &self.rests_on
    }
}

/// Whether an action is net favourable under lexicographic priority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The deciding level's net effect is positive.
    Favourable,
    /// The deciding level's net effect is negative.
    Unfavourable,
    /// Every level's net effect is zero, or no effect is ranked.
    Neutral,
}

/// The lexicographic verdict on one action.
///
/// Levels are walked from the top; a level's net effect is the sum of its
/// effects' signed weights (weak 1, moderate 2, strong 3; advancing counts
/// plus, harming minus). The first level with a non-zero net decides. Using
/// the ordinal scale as weights within one level is a simplification: it
/// lets a strong harm outweigh a weak gain on the same level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// Favourable, unfavourable or neutral.
    pub outcome: Outcome,
    /// The deciding level (1-based); `None` when neutral.
    pub level: Option<usize>,
    /// The interests affected on the deciding level, in effect order.
    pub deciding: Vec<String>,
    /// The deciding level's net effect (0 when neutral).
    pub net: i64,
    /// Interests the verdict could not weigh because the ranking lacks them.
    pub unweighed: Vec<String>,
    /// The readings among the effects the verdict weighed: those on the
    /// deciding level and above (every ranked effect when neutral).
    pub rests_on: RestsOn,
}

impl Scenario {
    /// Analyses the scenario against a ranking on the common ground `via`
    /// names: of the interests' own ids ([`Via::Items`]), or of the targets of
    /// their concern or tier crosswalks or of a user's map (interests that
    /// land on one target tie). O(a·(f² + f·(n + e))) for a actions of at
    /// most f effects over n interests with e dependencies.
    ///
    /// An interest the ranking does not contain is reported as a
    /// [`Finding::OutsideRanking`] and left out of the verdict, never dropped
    /// from the effects or trade-offs.
    ///
    /// ```
    /// use security_hierarchy::conflict::{Outcome, Priority};
    /// use security_hierarchy::scenario::Scenario;
    /// use security_hierarchy::{Ranking, Via};
    /// let s = Scenario::from_toml_str(r#"
    ///     id = "s"
    ///     title = "Control versus growth"
    ///     interests = [{ id = "rule" }, { id = "growth" }, { id = "openness" }]
    ///     dependencies = [
    ///         { foundation = "openness", underpins = "growth", basis = { kind = "reading", rationale = "test" } },
    ///         { foundation = "growth", underpins = "rule", basis = { kind = "reading", rationale = "test" } },
    ///     ]
    ///     [[actions]]
    ///     id = "control"
    ///     effects = [
    ///         { interest = "rule", direction = "advances", strength = "strong", basis = { kind = "reading", rationale = "test" } },
    ///         { interest = "openness", direction = "harms", strength = "moderate", basis = { kind = "reading", rationale = "test" } },
    ///     ]
    /// "#)?;
    /// let ranking = Ranking::strict(["rule", "growth", "openness"].map(String::from))?;
    /// let a = s.analyse("mine", &ranking, &Via::Items);
    /// let act = &a.actions[0];
    /// assert_eq!(act.trade_offs[0].priority, Priority::AdvancedHigher);
    /// assert_eq!(act.self_undermining[0].chain(), ["openness", "growth", "rule"]);
    /// assert_eq!(act.verdict.outcome, Outcome::Favourable);
    /// # Ok::<(), security_hierarchy::Error>(())
    /// ```
    #[must_use]
    pub fn analyse(
        &self,
        ranking_name: &str,
        ranking: &Ranking<String>,
        via: &Via,
    ) -> Analysis<String> {
        let vocabulary = match via {
            Via::Items => "item",
            other => other.name(),
        };
        self.analyse_by(ranking_name, ranking, vocabulary, |i| {
            let tier = i.tier.as_ref().map(|m| m.target);
            let concern = i.concern.as_ref().map(|m| m.target);
            via.target(&i.id, tier, concern)
        })
    }

    /// The analysis with each interest mapped by `map` (`None`: no mapping).
    fn analyse_by<U: Item>(
        &self,
        ranking_name: &str,
        ranking: &Ranking<U>,
        vocabulary: &str,
        mut map: impl FnMut(&Interest) -> Option<U>,
    ) -> Analysis<U> {
        let targets: Vec<Option<U>> = self.interests().map(&mut map).collect();
        let succ = self.underpins_graph();
        // Chains through stated links are preferred, so that a chain rests
        // on a reading only when no chain of the source's words exists.
        let stated = self.underpins_graph_of(|d| d.basis.as_ref().is_some_and(|b| !b.is_reading()));
        let (mut via_stated, mut via_any) = (PathFinder::new(&stated), PathFinder::new(&succ));
        let bases = self.link_bases();
        let mut findings: Vec<Finding> = self
            .dependency_cycles()
            .into_iter()
            .map(|cycle| Finding::DependencyCycle { cycle })
            .collect();
        let mut actions = Vec::new();
        for action in self.actions() {
            let effects: Vec<PlacedEffect<U>> = action
                .effects
                .iter()
                .map(|e| {
                    let target = targets[self.index_of(&e.interest)].clone();
                    let level = target
                        .as_ref()
                        .and_then(|t| ranking.level_of(t))
                        .map(|l| l + 1);
                    PlacedEffect {
                        interest: e.interest.clone(),
                        direction: e.direction,
                        strength: e.strength,
                        target,
                        level,
                        basis: basis_of(e),
                    }
                })
                .collect();
            for e in effects.iter().filter(|e| e.level.is_none()) {
                findings.push(Finding::OutsideRanking {
                    action: action.id.clone(),
                    interest: e.interest.clone(),
                    vocabulary: vocabulary.to_string(),
                    target: e.target.as_ref().map(ToString::to_string),
                    ranking: ranking_name.to_string(),
                });
            }
            let side = |d: Direction| effects.iter().filter(move |e| e.direction == d);
            let mut trade_offs = Vec::new();
            let mut self_undermining = Vec::new();
            for a in side(Direction::Advances) {
                for h in side(Direction::Harms) {
                    trade_offs.push(trade_off(&action.id, a, h));
                }
            }
            for h in side(Direction::Harms) {
                for a in side(Direction::Advances) {
                    let (from, to) = (self.index_of(&h.interest), self.index_of(&a.interest));
                    let path = via_stated
                        .shortest(from, to)
                        .or_else(|| via_any.shortest(from, to));
                    if let Some(path) = path {
                        let mut rests_on = RestsOn::default();
                        rests_on.effect(&action.id, h);
                        for link in path.windows(2) {
                            if let Some(basis) = bases.get(&(link[0], link[1])) {
                                let (f, u) = (self.interest_at(link[0]), self.interest_at(link[1]));
                                rests_on.add(|| format!("`{f}` underpins `{u}`"), basis);
                            }
                        }
                        let chain: Vec<String> = path
                            .into_iter()
                            .map(|i| self.interest_at(i).to_string())
                            .collect();
                        rests_on.effect(&action.id, a);
                        self_undermining.push(Chain { chain, rests_on });
                    }
                }
            }
            actions.push(ActionAnalysis {
                action: action.id.clone(),
                label: action.label.clone(),
                priority_inversions: trade_offs
                    .iter()
                    .filter(|t| t.priority == Priority::HarmedHigher)
                    .cloned()
                    .collect(),
                trade_offs,
                self_undermining,
                verdict: verdict(&action.id, &effects),
                effects,
            });
        }
        Analysis {
            scenario: self.id().to_string(),
            ranking_name: ranking_name.to_string(),
            vocabulary: vocabulary.to_string(),
            ranking: ranking.clone(),
            actions,
            findings,
        }
    }
}

/// A validated scenario's effect always has a basis.
fn basis_of(e: &Effect) -> Basis {
    e.basis
        .clone()
        .expect("a valid scenario gives every effect a basis")
}

fn trade_off<U>(action: &str, a: &PlacedEffect<U>, h: &PlacedEffect<U>) -> TradeOff {
    let mut rests_on = RestsOn::default();
    rests_on.effect(action, a);
    rests_on.effect(action, h);
    let priority = match (a.level, h.level) {
        (Some(la), Some(lh)) if la < lh => Priority::AdvancedHigher,
        (Some(la), Some(lh)) if la == lh => Priority::Tied,
        (Some(_), Some(_)) => Priority::HarmedHigher,
        _ => Priority::Unranked,
    };
    TradeOff {
        advanced: a.interest.clone(),
        advanced_level: a.level,
        harmed: h.interest.clone(),
        harmed_level: h.level,
        priority,
        rests_on,
    }
}

fn verdict<U>(action: &str, effects: &[PlacedEffect<U>]) -> Verdict {
    let mut by_level: BTreeMap<usize, (i64, Vec<String>)> = BTreeMap::new();
    for e in effects {
        if let Some(level) = e.level {
            let slot = by_level.entry(level).or_default();
            slot.0 += e.direction.sign() * e.strength.weight();
            slot.1.push(e.interest.clone());
        }
    }
    let unweighed = effects
        .iter()
        .filter(|e| e.level.is_none())
        .map(|e| e.interest.clone())
        .collect();
    let decided = by_level
        .iter()
        .find(|(_, (net, _))| *net != 0)
        .map(|(l, _)| *l);
    let mut rests_on = RestsOn::default();
    for e in effects {
        if e.level.is_some_and(|l| decided.is_none_or(|d| l <= d)) {
            rests_on.effect(action, e);
        }
    }
    match by_level.into_iter().find(|(_, (net, _))| *net != 0) {
        Some((level, (net, deciding))) => Verdict {
            outcome: if net > 0 {
                Outcome::Favourable
            } else {
                Outcome::Unfavourable
            },
            level: Some(level),
            deciding,
            net,
            unweighed,
            rests_on,
        },
        None => Verdict {
            outcome: Outcome::Neutral,
            level: None,
            deciding: Vec::new(),
            net: 0,
            unweighed,
            rests_on,
        },
    }
}

fn level(level: Option<usize>) -> String {
    level.map_or_else(|| "unranked".to_string(), |l| format!("level {l}"))
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Priority::AdvancedHigher => "the advanced interest ranks higher",
            Priority::Tied => "tied",
            Priority::HarmedHigher => "PRIORITY INVERSION: the harmed interest ranks higher",
            Priority::Unranked => "not comparable: outside the ranking",
        })
    }
}

impl fmt::Display for TradeOff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "advances `{}` ({}) at the cost of `{}` ({}): {}",
            self.advanced,
            level(self.advanced_level),
            self.harmed,
            level(self.harmed_level),
            self.priority
        )
    }
}

impl fmt::Display for Chain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "harms `{}`", self.harmed())?;
        for item in &self.chain[1..] {
            write!(f, ", which underpins `{item}`")?;
        }
        f.write_str(", which it advances")
    }
}

/// `the source's words`, or the readings needed, one per line.
impl fmt::Display for RestsOn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.readings.as_slice() {
            [] => f.write_str("the source's words"),
            readings => {
                let n = readings.len();
                write!(f, "{n} reading{}:", if n == 1 { "" } else { "s" })?;
                for r in readings {
                    write!(f, "\n      {} ({})", r.claim, r.rationale)?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::Favourable => "favourable",
            Outcome::Unfavourable => "unfavourable",
            Outcome::Neutral => "neutral",
        })
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.outcome)?;
        match self.level {
            Some(level) => {
                let deciding: Vec<String> =
                    self.deciding.iter().map(|d| format!("`{d}`")).collect();
                write!(
                    f,
                    ", decided at level {level} by {} (net {:+})",
                    deciding.join(", "),
                    self.net
                )?;
            }
            None => f.write_str(", no ranked level has a non-zero net effect")?,
        }
        if !self.unweighed.is_empty() {
            let names: Vec<String> = self.unweighed.iter().map(|d| format!("`{d}`")).collect();
            write!(f, "; not weighed: {}", names.join(", "))?;
        }
        Ok(())
    }
}

impl<U: Item> fmt::Display for PlacedEffect<U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} `{}` ({})",
            self.direction, self.interest, self.strength
        )?;
        match &self.target {
            Some(t) => write!(f, " -> {t}, {}", level(self.level)),
            None => f.write_str(" -> no mapping"),
        }
    }
}

impl<U: Item> fmt::Display for ActionAnalysis<U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f)
    }
}

impl<U: Item> ActionAnalysis<U> {
    fn write<'a>(&'a self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "action `{}`", self.action)?;
        if !self.label.is_empty() {
            write!(f, ": {}", self.label)?;
        }
        writeln!(f)?;
        for e in &self.effects {
            writeln!(f, "  {e}")?;
        }
        // Each reading is spelled out once, after the findings, and the
        // findings refer to it by number.
        let mut readings: Vec<&Reading> = Vec::new();
        let mut cite = |rests_on: &'a RestsOn| -> String {
            if rests_on.words_only() {
                return "the source's words".to_string();
            }
            let numbers: Vec<String> = rests_on
                .readings
                .iter()
                .map(|r| {
                    let at = readings.iter().position(|known| known.claim == r.claim);
                    let n = at.unwrap_or_else(|| {
                        readings.push(r);
                        readings.len() - 1
                    });
                    format!("[{}]", n + 1)
                })
                .collect();
            let s = if numbers.len() == 1 { "" } else { "s" };
            format!("reading{s} {}", numbers.join(", "))
        };
        let mut lines = Vec::new();
        for t in &self.trade_offs {
            lines.push(format!("  trade-off: {t}; rests on {}", cite(&t.rests_on)));
        }
        for c in &self.self_undermining {
            lines.push(format!(
                "  self-undermining: {c}; rests on {}",
                cite(&c.rests_on)
            ));
        }
        lines.push(format!(
            "  verdict: {}; rests on {}",
            self.verdict,
            cite(&self.verdict.rests_on)
        ));
        for (i, r) in readings.iter().enumerate() {
            lines.push(format!(
                "  [{}] reading: {}: {}",
                i + 1,
                r.claim,
                r.rationale
            ));
        }
        f.write_str(&lines.join("\n"))
    }
}

impl<U: Item> fmt::Display for Analysis<U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "scenario `{}` against `{}` (by {}): {}",
            self.scenario, self.ranking_name, self.vocabulary, self.ranking
        )?;
        for a in &self.actions {
            writeln!(f, "{a}")?;
        }
        for finding in &self.findings {
            writeln!(f, "finding: {finding}")?;
        }
        Ok(())
    }
}
