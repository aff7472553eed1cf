//! Shows every built-in hierarchy projected onto the chapter's three tiers,
//! with every tier inversion that projection exposes.
//!
//! ```text
//! cargo run --example compare
//! ```

use std::error::Error;

use security_hierarchy::{Tier, corpus};

fn main() -> Result<(), Box<dyn Error>> {
    for entry in corpus::catalogue() {
        let doc = entry.hierarchy();
        println!(
            "{} ({} {}): {}",
            doc.id(),
            entry.author,
            entry.year,
            doc.title()
        );
        match doc.tier_projection()? {
            None => println!("  {} order: no ranking to project", entry.order),
            Some(projection) => {
                println!("  on the tiers: {}", projection.ranking());
                for inv in projection.inversions_against(&Tier::ranking())? {
                    println!(
                        "  tier inversion: `{}` ({}) above `{}` ({})",
                        inv.higher, inv.higher_target, inv.lower, inv.lower_target
                    );
                }
            }
        }
    }
    Ok(())
}
