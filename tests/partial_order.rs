//! Partial orders are checked without their transitive closure: validity,
//! cycles and tier inversions, on random small relations against answers
//! computed from a brute-force closure, and on a long chain.

use proptest::prelude::*;
use security_hierarchy::conflict::InversionReport;
use security_hierarchy::hierarchy::Order;
use security_hierarchy::limit::Limits;
use security_hierarchy::{Finding, Format, PartialOrder, Tier, check_text_within};

/// Whether each node reaches each other by one or more edges
/// (Floyd–Warshall on booleans).
fn brute_closure(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<bool>> {
    let mut reach = vec![vec![false; n]; n];
    for &(a, b) in edges {
        reach[a][b] = true;
    }
    for k in 0..n {
        let through = reach[k].clone();
        for row in &mut reach {
            if row[k] {
                for (cell, &r) in row.iter_mut().zip(&through) {
                    *cell |= r;
                }
            }
        }
    }
    reach
}

/// A JSON hierarchy over items `i0..i{n-1}` stating `edges`; item `k` has
/// tier `tiers[k]` (none for `None`).
fn document(n: usize, edges: &[(usize, usize)], tiers: &[Option<Tier>]) -> String {
    let items: Vec<serde_json::Value> = (0..n)
        .map(|k| {
            let mut item = serde_json::json!({"id": format!("i{k}"), "label": format!("item {k}")});
            if let Some(t) = tiers[k] {
                item["tier"] = serde_json::json!({"target": t.to_string()});
            }
            item
        })
        .collect();
    let precedences: Vec<[String; 2]> = edges
        .iter()
        .map(|&(a, b)| [format!("i{a}"), format!("i{b}")])
        .collect();
    serde_json::json!({
        "id": "p",
        "title": "P",
        "precedences": precedences,
        "source": {"author": "A", "year": 2024, "title": "T", "venue": "V"},
        "items": items,
    })
    .to_string()
}

fn relation() -> impl Strategy<Value = (usize, Vec<(usize, usize)>, Vec<Option<Tier>>)> {
    (1usize..24).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n), 0..(2 * n)).prop_map(|pairs| {
                pairs
                    .into_iter()
                    .filter(|(a, b)| a != b)
                    .collect::<Vec<_>>()
            }),
            prop::collection::vec(
                prop::option::weighted(0.8, prop::sample::select(Tier::ALL.to_vec())),
                n,
            ),
        )
    })
}

proptest! {
    #[test]
    fn linear_checks_agree_with_the_closure((n, edges, tiers) in relation(), listed in 0usize..6) {
        let reach = brute_closure(n, &edges);
        let cyclic = (0..n).any(|v| reach[v][v]);
        // Building refuses exactly the cyclic relations.
        let built = PartialOrder::new(0..n, edges.iter().copied());
        prop_assert_eq!(built.is_err(), cyclic);
        let findings = check_text_within(
            &document(n, &edges, &tiers),
            Format::Json,
            Limits::new().max_pairs(listed),
        );
        let cycles: Vec<Vec<String>> = findings
            .iter()
            .filter_map(|f| match f {
                Finding::Invalid(security_hierarchy::Error::PrecedenceCycle { cycle }) => Some(cycle.clone()),
                _ => None,
            })
            .collect();
        prop_assert_eq!(!cycles.is_empty(), cyclic);
        // Each cycle listed is one: its edges are stated; no item is in two.
        let mut seen = std::collections::HashSet::new();
        for cycle in &cycles {
            for (k, x) in cycle.iter().enumerate() {
                prop_assert!(seen.insert(x.clone()), "{} in two cycles", x);
                let next = &cycle[(k + 1) % cycle.len()];
                let index = |s: &str| s[1..].parse::<usize>().unwrap();
                prop_assert!(edges.contains(&(index(x), index(next))));
            }
        }
        // Every strongly connected group with a cycle has one listed.
        for v in (0..n).filter(|&v| reach[v][v]) {
            let group_listed = cycles.iter().flatten().any(|x| {
                let w: usize = x[1..].parse().unwrap();
                w == v || (reach[v][w] && reach[w][v])
            });
            prop_assert!(group_listed, "no cycle through the group of i{}", v);
        }
        if cyclic {
            return Ok(());
        }
        // Tier inversions: implied pairs between items with a tier, the
        // lower item's tier ranking higher; items without one pass them on.
        let level = |t: Tier| Tier::ALL.iter().position(|&x| x == t).unwrap();
        let expected: Vec<(usize, usize)> = (0..n)
            .flat_map(|h| (0..n).map(move |l| (h, l)))
            .filter(|&(h, l)| reach[h][l])
            .filter(|&(h, l)| matches!((tiers[h], tiers[l]), (Some(a), Some(b)) if level(b) < level(a)))
            .collect();
        let inversions: Vec<(String, String)> = findings
            .iter()
            .filter_map(|f| match f {
                Finding::TierInversion(i) => Some((i.higher.clone(), i.lower.clone())),
                _ => None,
            })
            .collect();
        let shown: Vec<(String, String)> = expected
            .iter()
            .take(listed)
            .map(|&(h, l)| (format!("i{h}"), format!("i{l}")))
            .collect();
        // With no tier at all there is nothing to check.
        if tiers.iter().any(Option::is_some) {
            prop_assert_eq!(&inversions, &shown);
            let unlisted = findings.iter().find_map(|f| match f {
                Finding::Unlisted { total, .. } => Some(*total),
                _ => None,
            });
            prop_assert_eq!(unlisted.unwrap_or(inversions.len() as u64), expected.len() as u64);
        }
        // The order's own answers agree with the closure.
        let po = built.unwrap();
        for (a, row) in reach.iter().enumerate() {
            for (b, &ab) in row.iter().enumerate() {
                let expected = match (a == b, ab, reach[b][a]) {
                    (true, _, _) => Some(std::cmp::Ordering::Equal),
                    (_, true, _) => Some(std::cmp::Ordering::Greater),
                    (_, _, true) => Some(std::cmp::Ordering::Less),
                    _ => None,
                };
                prop_assert_eq!(po.compare(&a, &b), expected);
            }
        }
        prop_assert_eq!(
            po.closure().count(),
            reach.iter().flatten().filter(|&&r| r).count()
        );
    }
}

#[test]
fn a_200_000_item_chain_is_checked_without_its_closure() {
    // Its closure would hold 2·10¹⁰ pairs (2.5 GB as bits); a limit of 64
    // items for counting by bits shows the chain is counted as one path.
    let n = 200_000;
    let tiers: Vec<Option<Tier>> = (0..n).map(|k| Some(Tier::ALL[k % 3])).collect();
    let edges: Vec<(usize, usize)> = (0..n - 1).map(|k| (k, k + 1)).collect();
    let limits = Limits::new().max_closure_items(64).max_pairs(2);
    let findings = check_text_within(&document(n, &edges, &tiers), Format::Json, limits);
    let messages: Vec<String> = findings.iter().map(ToString::to_string).collect();
    // Each item outranks every later one; count the later items whose tier
    // (k % 3, in the order regime, regional, global) ranks higher.
    let expected: u64 = {
        let mut earlier = [0u64; 3];
        let mut total = 0;
        for k in 0..n {
            let t = k % 3;
            total += earlier[t + 1..].iter().sum::<u64>();
            earlier[t] += 1;
        }
        total
    };
    assert_eq!(
        messages,
        [
            "tier inversion: `i1` (regional) is ranked above `i3` (regime)".to_string(),
            "tier inversion: `i1` (regional) is ranked above `i6` (regime)".to_string(),
            format!(
                "{} more tier inversions not listed (showing 2 of {})",
                group(expected - 2),
                group(expected)
            ),
        ]
    );
    // The order itself answers questions about the far ends by search.
    let po = PartialOrder::new(0..n, edges.iter().copied()).unwrap();
    assert_eq!(po.compare(&0, &(n - 1)), Some(std::cmp::Ordering::Greater));
    let ranking = security_hierarchy::Ranking::strict(0..n).unwrap();
    assert!(po.is_linear_extension(&ranking));
    let order = Order::Partial(po);
    let tier = |k: &usize| Some(Tier::ALL[k % 3]);
    let report =
        InversionReport::new_within("c", &order, "tier", tier, &Tier::ranking(), limits).unwrap();
    assert_eq!(report.total, expected);
}

/// `n` with thousands separated by commas.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
