//! Every conflict analysis of several hierarchies at once.

use std::fmt;

use serde::Serialize;

use super::cycles::majority_limited;
use super::discordance::discordances_limited;
use super::inversion::tier_inversions_within;
use super::{Discordances, InversionReport, MajorityReport};
use crate::hierarchy::Hierarchy;
use crate::limit::Limits;
use crate::via::Via;
use crate::vocabulary::Tier;

/// An analysis that could not run on some input, and why: typically a
/// crosswalk the input lacks. The other analyses still run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotChecked {
    /// The analysis: `tier inversions`, `discordances` or `majority graph`.
    pub analysis: &'static str,
    /// The hierarchy or pair it was asked of.
    pub subject: String,
    /// Why it could not run.
    pub reason: String,
}

/// The conflicts of several hierarchies: each one's tier inversions under
/// its own tier crosswalk, and with two or more, the discordances of every
/// pair and the majority graph on the common ground `via` names. An
/// analysis an input cannot take part in is listed in
/// [`Conflicts::not_checked`] with the reason, never a failure of the whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflicts {
    /// The common ground of the discordances and the majority graph.
    pub via: String,
    /// The tier inversions of each hierarchy that could be checked.
    pub tier_inversions: Vec<InversionReport<String, Tier>>,
    /// The discordances of every pair that could be put on common ground.
    pub discordances: Vec<Discordances<String>>,
    /// The majority graph, for two or more hierarchies all on common ground.
    pub majority: Option<MajorityReport<String>>,
    /// What could not be checked, and why.
    pub not_checked: Vec<NotChecked>,
}

impl Conflicts {
    /// Whether any conflict was found: a tier inversion, a discordant pair
    /// or a majority cycle.
    #[must_use]
    pub fn found(&self) -> bool {
        self.tier_inversions.iter().any(|r| !r.is_empty())
            || self.discordances.iter().any(|d| d.discordant_total > 0)
            || self.majority.as_ref().is_some_and(|m| !m.is_acyclic())
    }
}

/// Runs every conflict analysis on `hierarchies`; see [`Conflicts`].
/// Within the default [`Limits`]; see [`conflicts_within`].
///
/// ```
/// use security_hierarchy::conflict::conflicts;
/// use security_hierarchy::{Via, corpus};
/// let docs = [corpus::hierarchy("dai-2009")?, corpus::hierarchy("xi-2020")?];
/// let report = conflicts(&docs, &Via::Concern);
/// assert_eq!(report.tier_inversions.len(), 2);
/// // xi-2020 is a partial order, so it has no ranking to compare.
/// assert_eq!(report.not_checked[0].reason, "hierarchy `xi-2020` is a partial order, not a ranking; this analysis needs a weak order");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[must_use]
pub fn conflicts(hierarchies: &[Hierarchy], via: &Via) -> Conflicts {
    conflicts_within(hierarchies, via, Limits::new())
}

/// [`conflicts`] within `limits`: each list shows at most
/// [`Limits::pairs`] pairs (all are counted), and a majority graph over
/// more than [`Limits::items`] items is not built (it is listed in
/// [`Conflicts::not_checked`]). O(k²·(n + p) log n) for k hierarchies of
/// at most n items and p = [`Limits::pairs`], plus the majority graph's
/// O(k·n²) within its limit.
///
/// ```
/// use security_hierarchy::conflict::conflicts_within;
/// use security_hierarchy::limit::Limits;
/// use security_hierarchy::{Via, corpus};
/// let docs = [corpus::hierarchy("dai-2009")?, corpus::hierarchy("pu-2022")?];
/// let report = conflicts_within(&docs, &Via::Concern, Limits::new().max_items(1));
/// assert_eq!(report.not_checked[0].reason, "the majority graph would hold 5 items, more than the limit of 1");
/// # Ok::<(), security_hierarchy::Error>(())
/// ```
#[must_use]
pub fn conflicts_within(hierarchies: &[Hierarchy], via: &Via, limits: Limits) -> Conflicts {
    let mut not_checked = Vec::new();
    let mut skip = |analysis, subject: String, e: crate::Error| {
        not_checked.push(NotChecked {
            analysis,
            subject,
            reason: e.to_string(),
        });
    };
    let mut inversions = Vec::new();
    for h in hierarchies {
        match tier_inversions_within(h, &Via::Tier, limits) {
            Ok(r) => inversions.push(r),
            Err(e) => skip("tier inversions", h.id().to_string(), e),
        }
    }
    let mut pairs = Vec::new();
    let mut majority_report = None;
    if hierarchies.len() >= 2 {
        // A hierarchy that cannot be put on common ground is reported once.
        let mut usable = Vec::new();
        for h in hierarchies {
            match via.ranking(h) {
                Ok(_) => usable.push(h),
                Err(e) => skip("discordances", h.id().to_string(), e),
            }
        }
        for (i, a) in usable.iter().enumerate() {
            for b in &usable[i + 1..] {
                match discordances_limited(a, b, via, limits.pairs()) {
                    Ok(d) => pairs.push(d),
                    Err(e) => skip("discordances", format!("{} vs {}", a.id(), b.id()), e),
                }
            }
        }
        if usable.len() == hierarchies.len() {
            match majority_limited(hierarchies, via, limits) {
                Ok(m) => majority_report = Some(m),
                Err(e) => skip("majority graph", "all".to_string(), e),
            }
        } else {
            not_checked.push(NotChecked {
                analysis: "majority graph",
                subject: "all".to_string(),
                reason: "not every hierarchy could be put on common ground".to_string(),
            });
        }
    }
    Conflicts {
        via: via.name().to_string(),
        tier_inversions: inversions,
        discordances: pairs,
        majority: majority_report,
        not_checked,
    }
}

impl fmt::Display for NotChecked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} of {} not checked: {}",
            self.analysis, self.subject, self.reason
        )
    }
}

/// The report as the command line prints it: tier inversions, then each
/// pair's discordances, then the majority graph, then what was not checked.
impl fmt::Display for Conflicts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("== tier inversions")?;
        for r in &self.tier_inversions {
            write!(f, "\n{r}")?;
        }
        for d in &self.discordances {
            write!(f, "\n\n== discordances on {}\n{d}", self.via)?;
        }
        if let Some(m) = &self.majority {
            write!(f, "\n\n== majority graph on {}\n{m}", self.via)?;
        }
        if !self.not_checked.is_empty() {
            f.write_str("\n\n== not checked")?;
            for n in &self.not_checked {
                write!(f, "\n{n}")?;
            }
        }
        Ok(())
    }
}
