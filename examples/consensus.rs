//! The consensus of the built-in hierarchies, projected onto the shared
//! `Concern` vocabulary, by every method: where the methods agree, and which
//! majority preferences each one overrules.
//!
//! ```text
//! cargo run --example consensus
//! ```

use std::cmp::Ordering;

use security_hierarchy::consensus::{self, Consensus, Heuristic};
use security_hierarchy::{Concern, Error, Ranking, Via, corpus};

fn main() -> Result<(), Error> {
    let (ids, inputs) = inputs();
    println!("Inputs, on the Concern vocabulary:");
    for (id, ranking) in ids.iter().zip(&inputs) {
        println!("  {id:<20} {ranking}");
    }
    if inputs.is_empty() {
        println!("no built-in hierarchy is a weak order; nothing to combine");
        return Ok(());
    }

    let exact = match consensus::kemeny(&inputs) {
        Ok(c) => c,
        Err(e @ Error::TooLarge { .. }) => {
            println!("\nexact Kemeny declined ({e}); using the heuristic in its place");
            Heuristic::new().seed(1).solve(&inputs)?
        }
        Err(e) => return Err(e),
    };
    let results = [
        consensus::borda(&inputs)?,
        consensus::copeland(&inputs)?,
        exact,
        Heuristic::new().seed(7).solve(&inputs)?,
    ];
    for c in &results {
        println!("\n{c}");
        let shares: Vec<String> = ids
            .iter()
            .zip(c.distances())
            .map(|(id, d)| format!("{id} {d}"))
            .collect();
        println!("distance by source: {}", shares.join(", "));
    }

    println!();
    agreement(&results);
    coverage(&ids, &inputs);
    Ok(())
}

/// Names the items that few sources rank: an input says nothing about a
/// pair it does not contain, so such items are placed by those few alone.
fn coverage(ids: &[&str], inputs: &[Ranking<String>]) {
    println!("\nItems ranked by fewer than half of the sources (placed by those alone):");
    for concern in Concern::ALL {
        let by: Vec<&str> = ids
            .iter()
            .zip(inputs)
            .filter(|(_, r)| r.contains(&concern.slug().to_string()))
            .map(|(id, _)| *id)
            .collect();
        if !by.is_empty() && 2 * by.len() < inputs.len() {
            println!("  {:<22} {}", concern.to_string(), by.join(", "));
        }
    }
}

/// Every built-in hierarchy that is a weak order and maps onto `Concern`,
/// with its id. Others are named and skipped.
fn inputs() -> (Vec<&'static str>, Vec<Ranking<String>>) {
    let (mut ids, mut rankings) = (Vec::new(), Vec::new());
    for entry in corpus::catalogue() {
        let doc = entry.hierarchy();
        if doc.ranking().is_none() {
            println!("skipping {}: its order is {}", entry.id, entry.order);
            continue;
        }
        match Via::Concern.ranking(&doc) {
            Ok(ranking) => {
                ids.push(entry.id);
                rankings.push(ranking);
            }
            Err(e) => println!("skipping {}: {e}", entry.id),
        }
    }
    (ids, rankings)
}

/// Prints how many pairs every method orders the same way, and the pairs
/// where they differ.
fn agreement(results: &[Consensus<String>]) {
    let items: Vec<String> = results[0].ranking().items().cloned().collect();
    let (mut same, mut differ) = (0, Vec::new());
    for (k, a) in items.iter().enumerate() {
        for b in &items[k + 1..] {
            let views: Vec<Option<Ordering>> =
                results.iter().map(|c| c.ranking().compare(a, b)).collect();
            if views.windows(2).all(|w| w[0] == w[1]) {
                same += 1;
            } else {
                differ.push((a, b, views));
            }
        }
    }
    println!(
        "The methods order {same} of {} pairs the same way.",
        same + differ.len()
    );
    for (a, b, views) in differ {
        let each: Vec<String> = results
            .iter()
            .zip(views)
            .map(|(c, v)| {
                let sign = match v {
                    Some(Ordering::Greater) => ">",
                    Some(Ordering::Less) => "<",
                    _ => "=",
                };
                format!("{} {a} {sign} {b}", c.method())
            })
            .collect();
        println!("  differ on {a} vs {b}: {}", each.join("; "));
    }
    let tops: Vec<String> = results
        .iter()
        .map(|c| {
            let top: Vec<String> = c
                .ranking()
                .levels()
                .next()
                .unwrap_or_default()
                .iter()
                .map(ToString::to_string)
                .collect();
            format!("{}: {}", c.method(), top.join(" = "))
        })
        .collect();
    println!("Top of each: {}", tops.join("; "));
}
