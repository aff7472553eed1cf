//! Loads, validates and prints analysts' own hierarchy files.
//!
//! With no arguments it reads every `.toml` and `.json` file in
//! `examples/data/`; otherwise the files named on the command line.
//!
//! ```text
//! cargo run --example custom
//! cargo run --example custom -- my-view.toml
//! ```

use std::error::Error;
use std::path::PathBuf;

use security_hierarchy::conflict::tier_inversions;
use security_hierarchy::{Hierarchy, Via};

fn main() -> Result<(), Box<dyn Error>> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data");
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("toml" | "json")
            ) {
                paths.push(path);
            }
        }
        paths.sort();
    }
    let mut failed = 0;
    for path in &paths {
        println!("== {}", path.display());
        match Hierarchy::load(path) {
            Ok(doc) => print_document(&doc)?,
            Err(e) => {
                failed += 1;
                println!("error: {}: {e}", path.display());
            }
        }
        println!();
    }
    if failed > 0 {
        return Err(format!("{failed} of {} files failed to load", paths.len()).into());
    }
    Ok(())
}

fn print_document(doc: &Hierarchy) -> Result<(), Box<dyn Error>> {
    println!("{doc}");
    // Only weak orders have a tier projection; partial and unordered ones do not.
    if doc.ranking().is_some() {
        println!("on the chapter's tiers: {}", Via::Tier.ranking(doc)?);
        let inversions = tier_inversions(doc, &Via::Tier)?.inversions;
        if inversions.is_empty() {
            println!("no tier inversions");
        }
        for inv in inversions {
            println!(
                "tier inversion: `{}` ({}) is ranked above `{}` ({})",
                inv.higher, inv.higher_target, inv.lower, inv.lower_target
            );
        }
    }
    Ok(())
}
