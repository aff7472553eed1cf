//! The majority graph against a brute force over the input rankings: pair
//! support and margins, Condorcet winner and loser, components in order, and
//! a shortest cycle per component.

use std::collections::VecDeque;

use proptest::prelude::*;
use security_hierarchy::Ranking;
use security_hierarchy::majority::MajorityGraph;
use security_hierarchy::strategies::weak_ranking_of_subset;

/// Each input's level of `x`, where it has one.
fn support(profile: &[Ranking<u32>], a: u32, b: u32) -> u32 {
    profile
        .iter()
        .filter(|r| matches!((r.level_of(&a), r.level_of(&b)), (Some(x), Some(y)) if x < y))
        .count() as u32
}

fn margin(profile: &[Ranking<u32>], a: u32, b: u32) -> i64 {
    i64::from(support(profile, a, b)) - i64::from(support(profile, b, a))
}

/// Items in first-seen order.
fn items(profile: &[Ranking<u32>]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for r in profile {
        for &x in r.items() {
            if !out.contains(&x) {
                out.push(x);
            }
        }
    }
    out
}

/// `reach[i][j]`: a path of one or more majorities leads from i to j.
fn reach(profile: &[Ranking<u32>], items: &[u32]) -> Vec<Vec<bool>> {
    let n = items.len();
    let mut reach: Vec<Vec<bool>> = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| margin(profile, items[i], items[j]) > 0)
                .collect()
        })
        .collect();
    for k in 0..n {
        for i in 0..n {
            for j in 0..n {
                reach[i][j] |= reach[i][k] && reach[k][j];
            }
        }
    }
    reach
}

/// The length of a shortest majority cycle among `members`, by breadth-first
/// search from each.
fn shortest_cycle_length(profile: &[Ranking<u32>], members: &[u32]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for &start in members {
        let mut dist = vec![usize::MAX; members.len()];
        let mut queue = VecDeque::from([(start, 0usize)]);
        while let Some((v, d)) = queue.pop_front() {
            for (k, &w) in members.iter().enumerate() {
                if margin(profile, v, w) <= 0 {
                    continue;
                }
                if w == start {
                    best = Some(best.map_or(d + 1, |b| b.min(d + 1)));
                } else if dist[k] == usize::MAX {
                    dist[k] = d + 1;
                    queue.push_back((w, d + 1));
                }
            }
        }
    }
    best
}

fn profiles() -> impl Strategy<Value = Vec<Ranking<u32>>> {
    prop::collection::vec(weak_ranking_of_subset((0..9).collect()), 1..6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn support_and_margins_count_the_inputs(profile in profiles()) {
        let g = MajorityGraph::new(&profile);
        let all = items(&profile);
        prop_assert_eq!(g.items().copied().collect::<Vec<_>>(), all.clone());
        for &a in &all {
            for &b in &all {
                prop_assert_eq!(g.support(&a, &b), Some(support(&profile, a, b)));
                prop_assert_eq!(g.margin(&a, &b), Some(margin(&profile, a, b)));
            }
        }
        prop_assert_eq!(g.support(&0, &99), None);
    }

    #[test]
    fn condorcet_winner_and_loser_match_their_definitions(profile in profiles()) {
        let g = MajorityGraph::new(&profile);
        let all = items(&profile);
        let winner = all.iter().find(|&&a| all.iter().all(|&b| a == b || margin(&profile, a, b) > 0));
        let loser = all.iter().find(|&&a| all.iter().all(|&b| a == b || margin(&profile, a, b) < 0));
        prop_assert_eq!(g.condorcet_winner(), winner);
        prop_assert_eq!(g.condorcet_loser(), loser);
    }

    #[test]
    fn components_are_the_mutually_reachable_sets_in_dominance_order(profile in profiles()) {
        let g = MajorityGraph::new(&profile);
        let all = items(&profile);
        let reach = reach(&profile, &all);
        let index = |x: u32| all.iter().position(|&y| y == x).unwrap();
        let components: Vec<Vec<u32>> = g
            .components()
            .into_iter()
            .map(|c| c.into_iter().copied().collect())
            .collect();
        prop_assert_eq!(components.iter().map(Vec::len).sum::<usize>(), all.len());
        for (c, members) in components.iter().enumerate() {
            // First-seen order within a component.
            prop_assert!(members.windows(2).all(|w| index(w[0]) < index(w[1])));
            for &a in members {
                for &b in members {
                    prop_assert!(a == b || (reach[index(a)][index(b)] && reach[index(b)][index(a)]));
                }
            }
            for later in &components[c + 1..] {
                for &a in members {
                    for &b in later {
                        prop_assert!(!(reach[index(a)][index(b)] && reach[index(b)][index(a)]));
                        prop_assert!(margin(&profile, b, a) <= 0, "{b} beats earlier {a}");
                    }
                }
            }
        }
        prop_assert_eq!(g.is_acyclic(), components.iter().all(|c| c.len() == 1));
    }

    #[test]
    fn each_cyclic_component_gets_a_shortest_cycle(profile in profiles()) {
        let g = MajorityGraph::new(&profile);
        let all = items(&profile);
        let index = |x: u32| all.iter().position(|&y| y == x).unwrap();
        let cyclic: Vec<Vec<u32>> = g
            .components()
            .into_iter()
            .filter(|c| c.len() > 1)
            .map(|c| c.into_iter().copied().collect())
            .collect();
        let cycles = g.cycles();
        prop_assert_eq!(cycles.len(), cyclic.len());
        for (cycle, members) in cycles.iter().zip(&cyclic) {
            let k = cycle.items.len();
            prop_assert!(cycle.items.iter().all(|x| members.contains(x)));
            prop_assert_eq!(Some(k), shortest_cycle_length(&profile, members));
            prop_assert!(cycle.items.iter().all(|&x| index(cycle.items[0]) <= index(x)));
            for s in 0..k {
                let step = margin(&profile, cycle.items[s], cycle.items[(s + 1) % k]);
                prop_assert!(step > 0);
                prop_assert_eq!(cycle.margins[s], step);
            }
        }
    }
}

#[test]
fn a_large_cycle_is_found_through_the_first_item() {
    // Three inputs rotating 0..600 by thirds: one component of 600 items,
    // past the size searched from every item.
    let n = 600u32;
    let rotated = |k: u32| Ranking::strict((0..n).map(|i| (i + k * n / 3) % n)).unwrap();
    let profile = [rotated(0), rotated(1), rotated(2)];
    let g = MajorityGraph::new(&profile);
    assert!(n as usize > security_hierarchy::majority::SHORTEST_CYCLE_ITEMS);
    let components = g.components();
    assert_eq!(components.len(), 1);
    let cycles = g.cycles();
    assert_eq!(cycles.len(), 1);
    let cycle = &cycles[0].items;
    assert_eq!(cycle[0], 0);
    assert_eq!(cycle.len(), 3, "{cycle:?}");
    for s in 0..cycle.len() {
        assert!(margin(&profile, cycle[s], cycle[(s + 1) % cycle.len()]) > 0);
    }
}
