//! Small directed-graph searches shared by the checks and the scenario analysis.

use std::collections::VecDeque;

pub(crate) use crate::partial_order::disjoint_cycles;

/// A shortest path from `from` to `to` (both included), breadth first with a
/// visited set, so cycles cannot make it loop. `None` when `to` is
/// unreachable or `from == to`. O(n + e).
pub(crate) fn shortest_path(succ: &[Vec<usize>], from: usize, to: usize) -> Option<Vec<usize>> {
    if from == to {
        return None;
    }
    let mut parent = vec![usize::MAX; succ.len()];
    parent[from] = from;
    let mut queue = VecDeque::from([from]);
    while let Some(v) = queue.pop_front() {
        for &w in &succ[v] {
            if parent[w] != usize::MAX {
                continue;
            }
            parent[w] = v;
            if w == to {
                let mut path = vec![to];
                let mut cur = to;
                while cur != from {
                    cur = parent[cur];
                    path.push(cur);
                }
                path.reverse();
                return Some(path);
            }
            queue.push_back(w);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_cycle_per_component_at_least() {
        // 0→1→0, 2→3→4→2, 5 alone, 4→5.
        let succ = vec![vec![1], vec![0], vec![3], vec![4], vec![2, 5], vec![]];
        let cycles = disjoint_cycles(&succ);
        assert_eq!(cycles, vec![vec![0, 1], vec![2, 3, 4]]);
    }

    #[test]
    fn self_loop_is_a_cycle() {
        assert_eq!(disjoint_cycles(&[vec![0]]), vec![vec![0]]);
    }

    #[test]
    fn shortest_path_survives_cycles() {
        // 0→1→2→0 and 1→3; 4 unreachable.
        let succ = vec![vec![1], vec![2, 3], vec![0], vec![], vec![0]];
        assert_eq!(shortest_path(&succ, 0, 3), Some(vec![0, 1, 3]));
        assert_eq!(shortest_path(&succ, 0, 4), None);
        assert_eq!(shortest_path(&succ, 2, 2), None);
    }
}
