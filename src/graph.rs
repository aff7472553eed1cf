//! Directed-graph searches, each written once: a topological order, a cycle,
//! node-disjoint cycles, strongly connected components, shortest paths and
//! shortest cycles. Graphs are successor lists over node indices `0..n`, or
//! (for components and shortest cycles) any [`Successors`], so that a dense
//! graph such as the majority graph can be searched without listing its
//! edges; every search is iterative, so deep graphs cannot overflow the
//! stack.

use std::collections::VecDeque;

/// A directed graph over nodes `0..nodes()` whose successors are read one at
/// a time through a cursor, so that they need not be stored.
pub(crate) trait Successors {
    /// The number of nodes.
    fn nodes(&self) -> usize;
    /// The first successor `w` of `v` at cursor `at` or later with
    /// `skip[w]` false, with the cursor just past it; `None` when there are
    /// no more. Cursor 0 starts. Searches pass the nodes they are done
    /// with as `skip`, so that a graph that computes its successors need
    /// not compute arcs to them.
    fn successor(&self, v: usize, at: usize, skip: &[bool]) -> Option<(usize, usize)>;
}

impl Successors for [Vec<usize>] {
    fn nodes(&self) -> usize {
        self.len()
    }
    fn successor(&self, v: usize, at: usize, skip: &[bool]) -> Option<(usize, usize)> {
        let list = self[v].get(at..)?;
        list.iter()
            .position(|&w| !skip[w])
            .map(|d| (list[d], at + d + 1))
    }
}

impl Successors for Vec<Vec<usize>> {
    fn nodes(&self) -> usize {
        self.len()
    }
    fn successor(&self, v: usize, at: usize, skip: &[bool]) -> Option<(usize, usize)> {
        self.as_slice().successor(v, at, skip)
    }
}

/// The nodes of an acyclic graph with every edge pointing forward (Kahn's
/// algorithm); nodes on a cycle are left out. O(n + e).
pub(crate) fn topological_order(succ: &[Vec<usize>]) -> Vec<usize> {
    let mut indegree = vec![0usize; succ.len()];
    for targets in succ {
        for &w in targets {
            indegree[w] += 1;
        }
    }
    let mut order: Vec<usize> = (0..succ.len()).filter(|&v| indegree[v] == 0).collect();
    let mut next = 0;
    while let Some(&v) = order.get(next) {
        next += 1;
        for &w in &succ[v] {
            indegree[w] -= 1;
            if indegree[w] == 0 {
                order.push(w);
            }
        }
    }
    order
}

/// A cycle, as node indices in edge order, if the graph has one. O(n + e).
pub(crate) fn find_cycle(succ: &[Vec<usize>]) -> Option<Vec<usize>> {
    cycles(succ, true).into_iter().next()
}

/// Node-disjoint cycles: every strongly connected component that holds a
/// cycle yields at least one. One depth-first pass: when a back edge closes
/// a cycle, its nodes are reported and dropped from the search, which goes
/// on from the node below them. O(n + e).
pub(crate) fn disjoint_cycles(succ: &[Vec<usize>]) -> Vec<Vec<usize>> {
    cycles(succ, false)
}

/// The depth-first search behind [`find_cycle`] and [`disjoint_cycles`].
fn cycles(succ: &[Vec<usize>], first_only: bool) -> Vec<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        /// On the current path, at this depth.
        Open(usize),
        /// Finished, or dropped as part of a reported cycle.
        Done,
    }
    let mut mark = vec![Mark::New; succ.len()];
    let mut out = Vec::new();
    for root in 0..succ.len() {
        if mark[root] != Mark::New {
            continue;
        }
        // (node, index of the next successor to visit)
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        mark[root] = Mark::Open(0);
        while let Some(&mut (v, ref mut next)) = path.last_mut() {
            let Some(&w) = succ[v].get(*next) else {
                mark[v] = Mark::Done;
                path.pop();
                continue;
            };
            *next += 1;
            match mark[w] {
                Mark::Open(depth) => {
                    let cycle: Vec<usize> = path.drain(depth..).map(|(u, _)| u).collect();
                    for &u in &cycle {
                        mark[u] = Mark::Done;
                    }
                    out.push(cycle);
                    if first_only {
                        return out;
                    }
                }
                Mark::New => {
                    mark[w] = Mark::Open(path.len());
                    path.push((w, 0));
                }
                Mark::Done => {}
            }
        }
    }
    out
}

/// The strongly connected components, in topological order of the
/// condensation (a component comes before every component it reaches);
/// each component's nodes in increasing order. Tarjan's algorithm: O(n + e)
/// successor reads (for a graph that computes its successors, at most n
/// candidates per node, fewer as nodes are placed in components, since arcs
/// to them are skipped).
pub(crate) fn components<G: Successors + ?Sized>(succ: &G) -> Vec<Vec<usize>> {
    let n = succ.nodes();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    // In an emitted component: an arc to it changes nothing.
    let mut placed = vec![false; n];
    let mut stack = Vec::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut counter = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut frames: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut next)) = frames.last_mut() {
            if let Some((w, after)) = succ.successor(v, *next, &placed) {
                *next = after;
                if index[w] == usize::MAX {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    frames.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    placed[w] = true;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                comp.sort_unstable();
                out.push(comp);
            }
        }
    }
    // Tarjan emits components in reverse topological order.
    out.reverse();
    out
}

/// Breadth-first searches over one graph that reuse their scratch space, so
/// that many short searches cost what they visit, not O(n) each.
pub(crate) struct PathFinder<'g> {
    succ: &'g [Vec<usize>],
    parent: Vec<usize>,
    touched: Vec<usize>,
    queue: VecDeque<usize>,
}

impl<'g> PathFinder<'g> {
    pub(crate) fn new(succ: &'g [Vec<usize>]) -> Self {
        Self {
            succ,
            parent: vec![usize::MAX; succ.len()],
            touched: Vec::new(),
            queue: VecDeque::new(),
        }
    }

    /// A shortest path from `from` to `to` (both included). `None` when
    /// `to` is unreachable or `from == to`. O(nodes and edges visited),
    /// at most O(n + e).
    pub(crate) fn shortest(&mut self, from: usize, to: usize) -> Option<Vec<usize>> {
        if from == to {
            return None;
        }
        for &v in &self.touched {
            self.parent[v] = usize::MAX;
        }
        self.touched.clear();
        self.queue.clear();
        self.parent[from] = from;
        self.touched.push(from);
        self.queue.push_back(from);
        while let Some(v) = self.queue.pop_front() {
            for &w in &self.succ[v] {
                if self.parent[w] != usize::MAX {
                    continue;
                }
                self.parent[w] = v;
                self.touched.push(w);
                if w == to {
                    return Some(walk_back(&self.parent, from, to));
                }
                self.queue.push_back(w);
            }
        }
        None
    }
}

/// A shortest path from `from` to `to` (both included), breadth first.
/// `None` when `to` is unreachable or `from == to`. O(n + e).
#[cfg(test)]
fn shortest_path(succ: &[Vec<usize>], from: usize, to: usize) -> Option<Vec<usize>> {
    PathFinder::new(succ).shortest(from, to)
}

/// A shortest cycle through any of `starts`, as the path from the start to
/// the last node before returning; ties go to the earliest start. The search
/// stops at the first cycle of `shortest_possible` nodes, since none is
/// shorter. `None` when no start is on a cycle. O(s·(n + e)) for s starts.
pub(crate) fn shortest_cycle<G: Successors + ?Sized>(
    succ: &G,
    starts: impl IntoIterator<Item = usize>,
    shortest_possible: usize,
) -> Option<Vec<usize>> {
    let mut best: Option<Vec<usize>> = None;
    let mut parent = vec![usize::MAX; succ.nodes()];
    let mut reached = vec![false; succ.nodes()];
    let mut touched = Vec::new();
    for start in starts {
        for &v in &touched {
            parent[v] = usize::MAX;
            reached[v] = false;
        }
        touched.clear();
        if let Some(path) = shortest_return(succ, start, &mut parent, &mut reached, &mut touched) {
            if best.as_ref().is_none_or(|b| path.len() < b.len()) {
                best = Some(path);
            }
        }
        if best.as_ref().is_some_and(|b| b.len() <= shortest_possible) {
            break;
        }
    }
    best
}

/// A shortest cycle from `start` back to itself (breadth first), as the
/// path from `start` to the last node before returning. `parent` and
/// `reached` must be all unset; the nodes they set are pushed on `touched`.
/// O(n + e).
fn shortest_return<G: Successors + ?Sized>(
    succ: &G,
    start: usize,
    parent: &mut [usize],
    reached: &mut [bool],
    touched: &mut Vec<usize>,
) -> Option<Vec<usize>> {
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        let mut at = 0;
        while let Some((w, after)) = succ.successor(v, at, reached) {
            at = after;
            if w == start {
                return Some(walk_back(parent, start, v));
            }
            parent[w] = v;
            reached[w] = true;
            touched.push(w);
            queue.push_back(w);
        }
    }
    None
}

/// The path from `from` to `to` recorded in a breadth-first search's
/// `parent` links (`to` must have been reached). O(path length).
fn walk_back(parent: &[usize], from: usize, to: usize) -> Vec<usize> {
    let mut path = vec![to];
    let mut cur = to;
    while cur != from {
        cur = parent[cur];
        path.push(cur);
    }
    path.reverse();
    path
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
    fn the_search_goes_on_below_a_reported_cycle() {
        // 0→1→2→1 and 0→3→0: the cycle 1,2 is dropped, then 0,3 is found.
        let succ = vec![vec![1, 3], vec![2], vec![1], vec![0]];
        assert_eq!(disjoint_cycles(&succ), vec![vec![1, 2], vec![0, 3]]);
        assert_eq!(find_cycle(&succ), Some(vec![1, 2]));
    }

    #[test]
    fn self_loop_is_a_cycle() {
        assert_eq!(disjoint_cycles(&[vec![0]]), vec![vec![0]]);
    }

    #[test]
    fn acyclic_graphs_have_no_cycle() {
        let succ = vec![vec![1, 2], vec![2], vec![]];
        assert_eq!(find_cycle(&succ), None);
        assert!(disjoint_cycles(&succ).is_empty());
        assert_eq!(topological_order(&succ), vec![0, 1, 2]);
    }

    #[test]
    fn components_come_in_topological_order() {
        // {0,1} → {2} → {3,4}
        let succ = vec![vec![1], vec![0, 2], vec![3], vec![4], vec![3]];
        assert_eq!(components(&succ), vec![vec![0, 1], vec![2], vec![3, 4]]);
    }

    #[test]
    fn shortest_path_survives_cycles() {
        // 0→1→2→0 and 1→3; 4 unreachable.
        let succ = vec![vec![1], vec![2, 3], vec![0], vec![], vec![0]];
        assert_eq!(shortest_path(&succ, 0, 3), Some(vec![0, 1, 3]));
        assert_eq!(shortest_path(&succ, 0, 4), None);
        assert_eq!(shortest_path(&succ, 2, 2), None);
    }

    #[test]
    fn path_finder_forgets_earlier_searches() {
        let succ = vec![vec![1], vec![2, 3], vec![0], vec![], vec![0]];
        let mut finder = PathFinder::new(&succ);
        assert_eq!(finder.shortest(0, 3), Some(vec![0, 1, 3]));
        assert_eq!(finder.shortest(4, 3), Some(vec![4, 0, 1, 3]));
        assert_eq!(finder.shortest(3, 0), None);
        assert_eq!(finder.shortest(2, 1), Some(vec![2, 0, 1]));
    }

    #[test]
    fn shortest_cycle_prefers_the_shortest_and_the_earliest_start() {
        // 0→1→2→3→0 with the chord 2→0 (a 3-cycle), and 4→5→4.
        let succ = vec![vec![1], vec![2], vec![3, 0], vec![0], vec![5], vec![4]];
        assert_eq!(shortest_cycle(&succ, 0..4, 2), Some(vec![0, 1, 2]));
        assert_eq!(shortest_cycle(&succ, [3, 0], 2), Some(vec![0, 1, 2]));
        assert_eq!(shortest_cycle(&succ, 0..6, 2), Some(vec![4, 5]));
        assert_eq!(shortest_cycle(&succ, [3], 2), Some(vec![3, 0, 1, 2]));
        assert_eq!(shortest_cycle(&vec![vec![1], vec![]], 0..2, 2), None);
    }
}
