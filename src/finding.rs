//! One problem of a document or of an analysis, with what it rests on.

use std::fmt;

use serde::Serialize;

use crate::error::Error;
use crate::ranking::Inversion;
use crate::vocabulary::Tier;

/// One problem found by [`check`](crate::check()) or by a scenario [`Analysis`](crate::conflict::Analysis).
///
/// [`Finding::Invalid`] findings are what strict loading rejects: a document
/// with none of them loads, and one with any does not. The other kinds are
/// analytic findings about a valid document.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Finding {
    /// A problem that makes the document invalid; the message names it.
    Invalid(Error),
    /// A lower-tier item ranked above a higher-tier one under the document's crosswalk.
    TierInversion(Inversion<String, Tier>),
    /// Some items have a tier mapping and this one has none, so tier
    /// inversions involving it cannot be checked.
    Uncrosswalked {
        /// The item without a mapping.
        item: String,
    },
    /// Interests that underpin each other in a circle (each underpins the
    /// next; the last underpins the first).
    DependencyCycle {
        /// The interests in order.
        cycle: Vec<String>,
    },
    /// More findings of one kind than are listed: the first `listed` are
    /// reported, `total` exist.
    Unlisted {
        /// What was cut short, such as `tier inversions`.
        what: &'static str,
        /// How many are listed.
        listed: usize,
        /// How many there are in all.
        total: u64,
    },
    /// An analysis of a valid document that was not made because it would
    /// pass a limit; the error names the limit.
    NotChecked {
        /// The analysis, such as `tier inversions`.
        what: &'static str,
        /// Why not, such as [`Error::TooManyItems`].
        reason: Error,
    },
    /// An effect on an interest the ranking analysed against does not
    /// contain: kept in the effects and trade-offs, left out of the verdict.
    OutsideRanking {
        /// The action.
        action: String,
        /// The interest.
        interest: String,
        /// The vocabulary the interest was mapped onto.
        vocabulary: String,
        /// Its target in that vocabulary, or `None` when it has no mapping.
        target: Option<String>,
        /// The ranking's name.
        ranking: String,
    },
}

impl Finding {
    /// Whether the finding makes the document invalid.
    pub fn is_invalid(&self) -> bool {
        matches!(self, Finding::Invalid(_))
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::Invalid(e) => write!(f, "{e}"),
            Finding::TierInversion(inv) => write!(f, "tier inversion: {inv}"),
            Finding::Uncrosswalked { item } => write!(
                f,
                "item `{item}` has no tier mapping while other items have one; its tier inversions are not checked"
            ),
            Finding::DependencyCycle { cycle } => {
                write!(f, "dependency cycle: {}", cycle.join(" underpins "))?;
                match cycle.first() {
                    Some(first) => write!(f, " underpins {first}"),
                    None => Ok(()),
                }
            }
            Finding::Unlisted {
                what,
                listed,
                total,
            } => write!(
                f,
                "{} more {what} not listed ({})",
                crate::limit::grouped(total - *listed as u64),
                crate::limit::shown_of(*listed, *total)
            ),
            Finding::NotChecked { what, reason } => write!(f, "{what} not checked: {reason}"),
            Finding::OutsideRanking {
                action,
                interest,
                vocabulary,
                target,
                ranking,
            } => {
                write!(f, "action `{action}`: interest `{interest}` ")?;
                match target {
                    Some(t) => write!(f, "maps onto `{t}`, which `{ranking}` does not rank")?,
                    None => write!(f, "has no {vocabulary} mapping")?,
                }
                f.write_str("; left out of the verdict")
            }
        }
    }
}

/// Serialized as `{"kind": ..., "message": ...}` plus the variant's fields.
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(tag = "kind", rename_all = "kebab-case")]
        enum Data<'a> {
            Invalid {
                message: String,
            },
            TierInversion {
                message: String,
                #[serde(flatten)]
                inversion: &'a Inversion<String, Tier>,
            },
            Uncrosswalked {
                message: String,
                item: &'a str,
            },
            DependencyCycle {
                message: String,
                cycle: &'a [String],
            },
            Unlisted {
                message: String,
                what: &'a str,
                listed: usize,
                total: u64,
            },
            NotChecked {
                message: String,
                what: &'a str,
            },
            OutsideRanking {
                message: String,
                action: &'a str,
                interest: &'a str,
                vocabulary: &'a str,
                target: Option<&'a str>,
                ranking: &'a str,
            },
        }
        let message = self.to_string();
        match self {
            Finding::Invalid(_) => Data::Invalid { message },
            Finding::TierInversion(inversion) => Data::TierInversion { message, inversion },
            Finding::Uncrosswalked { item } => Data::Uncrosswalked { message, item },
            Finding::DependencyCycle { cycle } => Data::DependencyCycle { message, cycle },
            Finding::Unlisted {
                what,
                listed,
                total,
            } => Data::Unlisted {
                message,
                what,
                listed: *listed,
                total: *total,
            },
            Finding::NotChecked { what, .. } => Data::NotChecked { message, what },
            Finding::OutsideRanking {
                action,
                interest,
                vocabulary,
                target,
                ranking,
            } => Data::OutsideRanking {
                message,
                action,
                interest,
                vocabulary,
                target: target.as_deref(),
                ranking,
            },
        }
        .serialize(s)
    }
}
