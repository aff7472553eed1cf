//! The readable listing of a hierarchy document.

use std::fmt;

use super::Hierarchy;
use crate::hierarchy::{Order, Verification};

/// A readable listing: title, source, order, and each item with its label,
/// verification mark (`✓` verified, `?` not) and crosswalks.
impl fmt::Display for Hierarchy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} — {}", self.id, self.title)?;
        writeln!(f, "source: {}", self.source)?;
        match &self.order {
            Order::Ranked(r) => {
                let n = r.level_count();
                let s = if n == 1 { "" } else { "s" };
                writeln!(f, "order: ranked, {n} level{s}")?;
                for (i, level) in r.levels().enumerate() {
                    for (j, id) in level.iter().enumerate() {
                        let number = if j == 0 {
                            format!("{:>2}.", i + 1)
                        } else {
                            "  =".into()
                        };
                        self.write_entry(f, &number, id)?;
                    }
                }
            }
            Order::Partial(p) => {
                writeln!(
                    f,
                    "order: partial, {} stated precedences",
                    p.precedences().count()
                )?;
                for id in p.items() {
                    self.write_entry(f, "  -", id)?;
                }
                for (a, b) in p.precedences() {
                    writeln!(f, "  {a} outranks {b}")?;
                }
            }
            Order::Unordered(items) => {
                writeln!(f, "order: unordered (no priority stated)")?;
                for id in items {
                    self.write_entry(f, "  -", id)?;
                }
            }
        }
        let verified = self
            .items()
            .filter(|e| e.verification.is_verified())
            .count();
        write!(f, "verified: {verified} of {} items", self.entries.len())
    }
}

impl Hierarchy {
    fn write_entry(&self, f: &mut fmt::Formatter<'_>, number: &str, id: &str) -> fmt::Result {
        let e = &self.entries[id];
        let mark = if e.verification.is_verified() {
            "✓"
        } else {
            "?"
        };
        write!(f, "{number} {mark} {id}: {}", e.label)?;
        let tier = e.tier.as_ref().map(|m| m.target.to_string());
        let concern = e.concern.as_ref().map(|m| m.target.to_string());
        match (tier, concern) {
            (None, None) => writeln!(f)?,
            (tier, concern) => writeln!(
                f,
                "  [tier: {}; concern: {}]",
                tier.as_deref().unwrap_or("-"),
                concern.as_deref().unwrap_or("-")
            )?,
        }
        if !e.description.is_empty() {
            writeln!(f, "       {}", e.description)?;
        }
        if let Verification::Unverified { missing } = &e.verification {
            writeln!(f, "       not verified: {missing}")?;
        }
        Ok(())
    }
}
