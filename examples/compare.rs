//! Compares the built-in hierarchies.
//!
//! With no arguments: first two pictures, written as SVG under
//! `target/pictures/` (the agreement heatmap of the ranked built-ins on the
//! shared concerns, and the bump chart of one author's versions); then
//! every built-in projected onto the chapter's three tiers with the tier
//! inversions it exposes; matrices of Kendall's tau-b, of its one-sided
//! p-value (which agreements are beyond chance, and on how few items each
//! rests) and of rank-biased overlap between every pair of ranked built-ins
//! on the shared `Concern` vocabulary; then the full report for Erickson
//! 2019 against Rudd 2022. With two ids: that pair's report.
//!
//! ```text
//! cargo run --example compare
//! cargo run --example compare -- erickson-2019 rudd-2022
//! ```

use std::error::Error;
use std::path::Path;
use std::process::ExitCode;

use security_hierarchy::compare::{CompareOptions, compare};
use security_hierarchy::conflict::tier_inversions;
use security_hierarchy::inference::{Alternative, kendall_test};
use security_hierarchy::plot::{self, Agreement, Bump, Heatmap};
use security_hierarchy::{Hierarchy, Via, corpus};

/// One author's versions, oldest first, for the bump chart; add an id to
/// extend it.
const VERSIONS: [&str; 2] = ["rudd-2018", "rudd-2022"];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            pictures()?;
            tiers()?;
            matrix()?;
            report("erickson-2019", "rudd-2022")
        }
        [a, b] => report(a, b),
        _ => Err("usage: compare [ID ID]; ids as in `cargo run --example corpus`".into()),
    }
}

/// The heatmap of the ranked built-ins and the bump chart of [`VERSIONS`],
/// as SVG files under `target/pictures/`.
fn pictures() -> Result<(), Box<dyn Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pictures");
    std::fs::create_dir_all(&dir)?;
    let ranked: Vec<Hierarchy> = corpus::catalogue()
        .iter()
        .map(security_hierarchy::corpus::CatalogueEntry::hierarchy)
        .filter(|h| h.ranking().is_some())
        .collect();
    let map = Heatmap::of_hierarchies(
        &ranked,
        &Via::Concern,
        Agreement::TauB,
        CompareOptions::new(),
    )?;
    let heatmap = dir.join("corpus-heatmap.svg");
    std::fs::write(&heatmap, plot::heatmap(&map)?)?;
    let versions = VERSIONS
        .iter()
        .map(|id| corpus::hierarchy(id))
        .collect::<Result<Vec<_>, _>>()?;
    let title = format!("One author's versions: {}", VERSIONS.join(" → "));
    let chart = Bump::of_hierarchies(title, &versions, &Via::Concern)?;
    let bump = dir.join("versions-bump.svg");
    std::fs::write(&bump, plot::bump(&chart))?;
    println!("Pictures (open in a browser)\n");
    println!(
        "  agreement heatmap of the ranked built-ins: {}",
        heatmap.display()
    );
    println!(
        "  bump chart of {}: {}\n",
        VERSIONS.join(", "),
        bump.display()
    );
    Ok(())
}

/// Every built-in on the tiers, with its tier inversions.
fn tiers() -> Result<(), Box<dyn Error>> {
    println!("Built-in hierarchies on the chapter's tiers\n");
    for entry in corpus::catalogue() {
        let doc = entry.hierarchy();
        println!("{} ({} {})", doc.id(), entry.author, entry.year);
        if doc.ranking().is_none() {
            println!("  {} order: no ranking to project", entry.order);
            continue;
        }
        println!("  on the tiers: {}", Via::Tier.ranking(&doc)?);
        for inv in tier_inversions(&doc, &Via::Tier)?.inversions {
            println!(
                "  tier inversion: `{}` ({}) above `{}` ({})",
                inv.higher, inv.higher_target, inv.lower, inv.lower_target
            );
        }
    }
    println!();
    Ok(())
}

/// Tau-b and RBO between every pair of ranked built-ins, on the concerns.
fn matrix() -> Result<(), Box<dyn Error>> {
    let docs: Vec<Hierarchy> = corpus::catalogue()
        .iter()
        .map(security_hierarchy::corpus::CatalogueEntry::hierarchy)
        .filter(|h| h.ranking().is_some())
        .collect();
    let options = CompareOptions::new();
    let mut tau = Vec::new();
    let mut p_values = Vec::new();
    let mut rbo = Vec::new();
    let (mut beyond, mut pairs) = (0, 0);
    for (i, a) in docs.iter().enumerate() {
        let (mut tau_row, mut p_row, mut rbo_row) = (Vec::new(), Vec::new(), Vec::new());
        for (j, b) in docs.iter().enumerate() {
            let c = compare(a, b, &Via::Concern, options.clone())?;
            let t = c.tau_b.map_or("-".to_string(), |t| format!("{t:.2}"));
            tau_row.push(format!("{t} ({})", c.shared.len()));
            rbo_row.push(c.rbo.map_or("-".to_string(), |r| format!("{:.2}", r.ext)));
            // Agreement beyond chance: the one-sided test; a hierarchy
            // against itself is not a finding.
            let cell = if i == j {
                "·".to_string()
            } else {
                let (ra, rb) = (Via::Concern.ranking(a)?, Via::Concern.ranking(b)?);
                match kendall_test(&ra, &rb, Alternative::Greater) {
                    Ok(test) => {
                        pairs += usize::from(i < j);
                        let mark = if test.p_value < LEVEL { "*" } else { " " };
                        beyond += usize::from(i < j && test.p_value < LEVEL);
                        let p = if test.p_value < 0.001 {
                            "<.001".to_string()
                        } else {
                            format!("{:.3}", test.p_value)
                        };
                        format!("{p}{mark}({})", test.counts.items())
                    }
                    Err(_) => format!("- ({})", c.shared.len()),
                }
            };
            p_row.push(cell);
        }
        tau.push(tau_row);
        p_values.push(p_row);
        rbo.push(rbo_row);
    }
    let ids: Vec<&str> = docs.iter().map(Hierarchy::id).collect();
    println!("On the shared concerns (ranked built-ins; `-` where undefined)\n");
    print_matrix("Kendall tau-b (number of shared concerns)", &ids, &tau);
    print_matrix(
        "Kendall tau-b test, one-sided p-value (number of shared concerns)",
        &ids,
        &p_values,
    );
    println!(
        "* agreement beyond chance at the {LEVEL} level: {beyond} of the {pairs} pairs that can be \
         tested.\nEven a tau-b of 1.00 on n shared items has p = 1/n! at best: 1/2 for two, 1/6 \
         for three,\n1/24 for four; only five or more shared items can reach 0.01.\n"
    );
    print_matrix(
        "RBO ext (p = 0.9, ties as equality) over the full lists",
        &ids,
        &rbo,
    );
    Ok(())
}

/// The significance level of the p-value matrix.
const LEVEL: f64 = 0.05;

fn print_matrix(title: &str, ids: &[&str], cells: &[Vec<String>]) {
    let width = ids.iter().map(|id| id.len()).max().unwrap_or(0);
    let column = cells
        .iter()
        .flatten()
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0)
        .max(9);
    println!("{title}");
    print!("{:width$}", "");
    for k in 0..ids.len() {
        print!(" {:>column$}", format!("[{}]", k + 1));
    }
    println!();
    for (k, (id, row)) in ids.iter().zip(cells).enumerate() {
        print!("{id:width$}");
        for cell in row {
            print!(" {cell:>column$}");
        }
        println!("  [{}]", k + 1);
    }
    println!();
}

/// The full report for one pair, on the concerns and on the tiers.
fn report(a: &str, b: &str) -> Result<(), Box<dyn Error>> {
    let (a, b) = (corpus::hierarchy(a)?, corpus::hierarchy(b)?);
    let options = CompareOptions::new();
    println!("On the shared concerns\n");
    println!("{}", compare(&a, &b, &Via::Concern, options.clone())?);
    println!("On the chapter's tiers\n");
    println!("{}", compare(&a, &b, &Via::Tier, options)?);
    Ok(())
}
