//! What stated precedences imply, found without their transitive closure:
//! searches from one item, and counts of implied pairs by class that take
//! memory in proportion to the items, not to their square.
//!
//! Graphs are successor lists over `0..n` with every node's place in one
//! topological order (`place[v] < place[w]` for every edge `v → w`).

use crate::error::{Error, Result};

use super::UNCLASSED;

/// How much memory a block of rows may take while counting: 64 MiB.
const BLOCK_BYTES: usize = 64 << 20;

/// Depth-first searches over one graph that reuse their scratch space, so
/// that each costs what it visits, not O(n) to set up.
#[derive(Debug)]
pub(super) struct Search {
    /// The search in which each node was last visited.
    seen: Vec<u32>,
    stamp: u32,
    stack: Vec<usize>,
}

impl Search {
    pub(super) fn new(n: usize) -> Self {
        Self {
            seen: vec![0; n],
            stamp: 0,
            stack: Vec::new(),
        }
    }

    /// Starts a new search: every node unvisited.
    fn start(&mut self) {
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.seen.fill(0);
            self.stamp = 1;
        }
        self.stack.clear();
    }

    /// Visits `v` unless visited in this search; whether it was new.
    fn visit(&mut self, v: usize) -> bool {
        let new = self.seen[v] != self.stamp;
        self.seen[v] = self.stamp;
        new
    }

    /// Pushes onto `out` every node reachable from `from` by one or more
    /// edges through nodes that `enter` accepts (a node it refuses is
    /// neither reported nor searched beyond). O(nodes and edges visited).
    pub(super) fn below(
        &mut self,
        succ: &[Vec<usize>],
        from: usize,
        enter: impl Fn(usize) -> bool,
        out: &mut Vec<usize>,
    ) {
        self.start();
        self.stack.push(from);
        while let Some(v) = self.stack.pop() {
            for &w in &succ[v] {
                if enter(w) && self.visit(w) {
                    out.push(w);
                    self.stack.push(w);
                }
            }
        }
    }

    /// Whether `to` is reachable from `from`; only nodes placed no later
    /// than `to` are searched. O(nodes and edges visited), at most O(n + e).
    pub(super) fn reaches(
        &mut self,
        succ: &[Vec<usize>],
        place: &[usize],
        from: usize,
        to: usize,
    ) -> bool {
        self.start();
        self.stack.push(from);
        while let Some(v) = self.stack.pop() {
            for &w in &succ[v] {
                if w == to {
                    return true;
                }
                if place[w] < place[to] && self.visit(w) {
                    self.stack.push(w);
                }
            }
        }
        false
    }
}

/// The nodes in topological order (the inverse of `place`). O(n).
fn in_order(place: &[usize]) -> Vec<usize> {
    let mut order = vec![0; place.len()];
    for (v, &p) in place.iter().enumerate() {
        order[p] = v;
    }
    order
}

/// For each node, the least class among the nodes it reaches by one or
/// more edges ([`UNCLASSED`] when it reaches none with a class). O(n + e).
fn least_below(succ: &[Vec<usize>], order: &[usize], class: &[u32]) -> Vec<u32> {
    let mut least = vec![UNCLASSED; succ.len()];
    for &v in order.iter().rev() {
        least[v] = succ[v]
            .iter()
            .map(|&w| class[w].min(least[w]))
            .min()
            .unwrap_or(UNCLASSED);
    }
    least
}

/// Whether `h` outranks some node of a lower class.
fn has_pairs_below(h: usize, class: &[u32], least: &[u32]) -> bool {
    class[h] != UNCLASSED && least[h] < class[h]
}

/// The first `max` implied pairs `(h, l)` with `class[l] < class[h]`, in
/// index order of `h`, then of `l`. Each `h` with such pairs costs one
/// search that enters only nodes leading to one: O(n + e) for the classes
/// below each node, plus O(n + e + m log m) for each of the at most `max`
/// items `h` whose pairs are listed (m of them at most `max`).
pub(super) fn first_below(
    succ: &[Vec<usize>],
    place: &[usize],
    class: &[u32],
    max: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if max == 0 {
        return out;
    }
    let least = least_below(succ, &in_order(place), class);
    let mut search = Search::new(succ.len());
    let mut row = Vec::new();
    for h in 0..succ.len() {
        if !has_pairs_below(h, class, &least) {
            continue;
        }
        let c = class[h];
        row.clear();
        search.below(succ, h, |w| class[w] < c || least[w] < c, &mut row);
        row.retain(|&l| class[l] < c);
        // Only the first few are listed: select them, then sort them.
        let room = max - out.len();
        if row.len() > room {
            row.select_nth_unstable(room);
            row.truncate(room);
        }
        row.sort_unstable();
        out.extend(row.iter().map(|&l| (h, l)));
        if out.len() == max {
            break;
        }
    }
    out
}

/// How many implied pairs `(h, l)` have `class[l] < class[h]`; nodes of
/// class [`UNCLASSED`] count on neither side but are searched through.
///
/// Exact counts of implied pairs are not known to be computable in linear
/// time in general, so two ways are used, whichever is cheaper. A greedy
/// cover of the nodes by k paths lets each node's reach be held as one
/// first position per path: O((n + e)·k) time. Otherwise each node's reach
/// is a row of bits: O((n + e)·n/64) time. Both work through blocks of rows
/// of at most 64 MiB, so memory is O(n·t) for t classes plus that block,
/// never n². Nodes that outrank no lower class are found in O(n + e) first,
/// and when there are none the count is 0 at that cost.
///
/// # Errors
/// [`Error::TooManyItems`] (the closure of the precedences) when the n
/// nodes exceed `max_items` and need more than `max_items`/64 paths
/// (rounded up), that is when the work would pass
/// O((n + e)·`max_items`/64).
pub(super) fn count_below(
    succ: &[Vec<usize>],
    place: &[usize],
    class: &[u32],
    max_items: usize,
) -> Result<u64> {
    let n = succ.len();
    let order = in_order(place);
    let least = least_below(succ, &order, class);
    if !(0..n).any(|h| has_pairs_below(h, class, &least)) {
        return Ok(0);
    }
    let dense = dense_classes(class);
    let paths = Paths::greedy(succ, &order);
    let counts = |h: usize| has_pairs_below(h, class, &least);
    let classes = dense
        .iter()
        .filter(|&&d| d != UNCLASSED)
        .max()
        .map_or(0, |&d| d as usize + 1);
    // The per-path suffix counts take (n + k)·t entries.
    let suffix_fits = (n + paths.count()).saturating_mul(classes) <= BLOCK_BYTES / 4;
    let by_paths = suffix_fits && paths.count() <= max_items.div_ceil(64);
    let by_bits = n <= max_items;
    if by_paths && (paths.count() <= n.div_ceil(64) || !by_bits) {
        Ok(count_by_paths(
            succ,
            &order,
            &dense,
            &paths,
            classes,
            counts,
            BLOCK_BYTES,
        ))
    } else if by_bits {
        Ok(count_by_bits(
            succ,
            &order,
            &dense,
            classes,
            counts,
            BLOCK_BYTES,
        ))
    } else {
        Err(Error::TooManyItems {
            what: "closure of the precedences",
            count: n,
            limit: max_items,
        })
    }
}

/// The classes renumbered `0..t` in the same order; [`UNCLASSED`] stays.
fn dense_classes(class: &[u32]) -> Vec<u32> {
    let mut used: Vec<u32> = class.iter().copied().filter(|&c| c != UNCLASSED).collect();
    used.sort_unstable();
    used.dedup();
    class
        .iter()
        .map(|&c| {
            if c == UNCLASSED {
                UNCLASSED
            } else {
                u32::try_from(used.binary_search(&c).expect("collected above"))
                    .expect("fewer classes than nodes")
            }
        })
        .collect()
}

/// A cover of a graph's nodes by disjoint paths, each node's successor on
/// its path being one of its successors in the graph: every node of a path
/// reaches every node after it.
struct Paths {
    /// The path of each node.
    path: Vec<usize>,
    /// Each node's position on its path.
    position: Vec<u32>,
    /// The nodes of every path, path after path, each in path order.
    nodes: Vec<usize>,
    /// Where each path starts in `nodes`, and one past the last.
    start: Vec<usize>,
}

impl Paths {
    /// Walks the nodes in topological order; each one that no path has
    /// reached starts a path, and each extends its path to its first
    /// successor not yet on one. O(n + e); a chain is one path.
    fn greedy(succ: &[Vec<usize>], order: &[usize]) -> Self {
        let n = succ.len();
        let mut path = vec![usize::MAX; n];
        let mut position = vec![0u32; n];
        let mut lengths = Vec::new();
        for &v in order {
            if path[v] == usize::MAX {
                path[v] = lengths.len();
                lengths.push(1);
            }
            // `v` is the last node of its path: nothing after it is placed yet.
            if let Some(&w) = succ[v].iter().find(|&&w| path[w] == usize::MAX) {
                path[w] = path[v];
                position[w] = position[v] + 1;
                lengths[path[v]] += 1;
            }
        }
        let mut start = Vec::with_capacity(lengths.len() + 1);
        start.push(0);
        for len in &lengths {
            start.push(start.last().expect("starts with 0") + len);
        }
        let mut nodes = vec![0; n];
        for v in 0..n {
            nodes[start[path[v]] + position[v] as usize] = v;
        }
        Self {
            path,
            position,
            nodes,
            start,
        }
    }

    fn count(&self) -> usize {
        self.start.len() - 1
    }
}

/// Row `v` to write and row `w` to read of rows `width` long (`v != w`).
fn two_rows<X>(rows: &mut [X], width: usize, v: usize, w: usize) -> (&mut [X], &[X]) {
    if v < w {
        let (lo, hi) = rows.split_at_mut(w * width);
        (&mut lo[v * width..(v + 1) * width], &hi[..width])
    } else {
        let (lo, hi) = rows.split_at_mut(v * width);
        (&mut hi[..width], &lo[w * width..(w + 1) * width])
    }
}

/// [`count_below`] through a path cover: for a block of paths (as many as
/// fit in `block_bytes` of rows), each node's
/// row holds the first position it reaches on each path (all later ones
/// follow), and suffix counts per path and class turn a position into the
/// number of nodes of lower class from there on. O((n + e)·k + (n + k)·t).
fn count_by_paths(
    succ: &[Vec<usize>],
    order: &[usize],
    dense: &[u32],
    paths: &Paths,
    classes: usize,
    counts: impl Fn(usize) -> bool,
    block_bytes: usize,
) -> u64 {
    const NONE: u32 = u32::MAX;
    let n = succ.len();
    let k = paths.count();
    // below[(start + p + path)·t + c]: nodes from position p on of class < c.
    let mut below = vec![0u32; (n + k) * classes];
    for q in 0..k {
        let (first, last) = (paths.start[q], paths.start[q + 1]);
        for i in (first..last).rev() {
            let row = (i + q) * classes;
            let class = dense[paths.nodes[i]];
            for c in 0..classes {
                let here = u32::from(class != UNCLASSED && (class as usize) < c);
                below[row + c] = below[row + classes + c] + here;
            }
        }
    }
    let width = (block_bytes / 4 / n.max(1)).clamp(1, k);
    let mut rows = vec![NONE; n * width];
    let mut total = 0u64;
    for block in (0..k).step_by(width) {
        let span = width.min(k - block);
        rows.fill(NONE);
        for &v in order.iter().rev() {
            for &w in &succ[v] {
                let (row_v, row_w) = two_rows(&mut rows, width, v, w);
                for (a, b) in row_v[..span].iter_mut().zip(&row_w[..span]) {
                    *a = (*a).min(*b);
                }
                if let Some(j) = paths.path[w].checked_sub(block).filter(|&j| j < span) {
                    row_v[j] = row_v[j].min(paths.position[w]);
                }
            }
            if counts(v) {
                let c = dense[v] as usize;
                let row = &rows[v * width..v * width + span];
                for (j, &p) in row.iter().enumerate().filter(|(_, p)| **p != NONE) {
                    let q = block + j;
                    let at = (paths.start[q] + q + p as usize) * classes + c;
                    total += u64::from(below[at]);
                }
            }
        }
    }
    total
}

/// [`count_below`] by rows of bits: for a block of 64·W nodes (W words
/// per row, as many as fit in `block_bytes` of rows), each node's
/// row marks the nodes of the block it reaches, and one mask per class
/// marks the block's nodes of lower class. O((n + e)·n/64 + n·t/64).
fn count_by_bits(
    succ: &[Vec<usize>],
    order: &[usize],
    dense: &[u32],
    classes: usize,
    counts: impl Fn(usize) -> bool,
    block_bytes: usize,
) -> u64 {
    let n = succ.len();
    let words = n.div_ceil(64);
    let width = (block_bytes / 8 / n.max(1)).clamp(1, words);
    let mut rows = vec![0u64; n * width];
    let mut masks = vec![0u64; (classes + 1) * width];
    let mut total = 0u64;
    for block in (0..words).step_by(width) {
        let span = width.min(words - block);
        let (first, last) = (block * 64, ((block + span) * 64).min(n));
        // masks[c]: the block's nodes of class below c.
        masks.fill(0);
        for (bit, &class) in dense[first..last].iter().enumerate() {
            if class != UNCLASSED {
                masks[(class as usize + 1) * width + bit / 64] |= 1 << (bit % 64);
            }
        }
        for c in 1..=classes {
            let (lo, hi) = masks.split_at_mut(c * width);
            for (a, b) in hi[..width].iter_mut().zip(&lo[(c - 1) * width..]) {
                *a |= b;
            }
        }
        rows.fill(0);
        for &v in order.iter().rev() {
            for &w in &succ[v] {
                let (row_v, row_w) = two_rows(&mut rows, width, v, w);
                for (a, b) in row_v[..span].iter_mut().zip(&row_w[..span]) {
                    *a |= b;
                }
                if (first..last).contains(&w) {
                    let bit = w - first;
                    row_v[bit / 64] |= 1 << (bit % 64);
                }
            }
            if counts(v) {
                let c = dense[v] as usize;
                let row = &rows[v * width..v * width + span];
                let mask = &masks[c * width..c * width + span];
                total += row
                    .iter()
                    .zip(mask)
                    .map(|(r, m)| u64::from((r & m).count_ones()))
                    .sum::<u64>();
            }
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every node reachable from each node by one or more edges, by a
    /// plain search per node.
    fn brute_reach(succ: &[Vec<usize>]) -> Vec<Vec<bool>> {
        let n = succ.len();
        (0..n)
            .map(|v| {
                let mut seen = vec![false; n];
                let mut stack = succ[v].clone();
                while let Some(w) = stack.pop() {
                    if !std::mem::replace(&mut seen[w], true) {
                        stack.extend(&succ[w]);
                    }
                }
                seen
            })
            .collect()
    }

    /// A random acyclic graph on `n` nodes: edges from a lower to a higher
    /// rank of a shuffled order, so that indices and order differ.
    fn dag() -> impl Strategy<Value = (Vec<Vec<usize>>, Vec<usize>)> {
        (1usize..60)
            .prop_flat_map(|n| {
                (
                    Just(n),
                    Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
                    prop::collection::vec((0..n, 0..n), 0..(3 * n)),
                )
            })
            .prop_map(|(n, rank, raw)| {
                let mut succ = vec![Vec::new(); n];
                for (a, b) in raw {
                    if rank[a] < rank[b] {
                        succ[a].push(b);
                    }
                }
                let mut place = vec![0; n];
                for (k, v) in crate::graph::topological_order(&succ)
                    .into_iter()
                    .enumerate()
                {
                    place[v] = k;
                }
                (succ, place)
            })
    }

    /// Classes `0..4` or unclassed, one per node.
    fn classes(n: usize, raw: &[u8]) -> Vec<u32> {
        (0..n)
            .map(|v| match raw[v % raw.len()] % 5 {
                4 => UNCLASSED,
                c => u32::from(c) * 7, // sparse values, renumbered inside
            })
            .collect()
    }

    proptest! {
        #[test]
        fn counts_and_lists_agree_with_brute_force(
            (succ, place) in dag(),
            raw in prop::collection::vec(any::<u8>(), 1..60),
            max in 0usize..30,
            block in 1usize..4,
        ) {
            let n = succ.len();
            let class = classes(n, &raw);
            let reach = brute_reach(&succ);
            let expected: Vec<(usize, usize)> = (0..n)
                .flat_map(|h| (0..n).map(move |l| (h, l)))
                .filter(|&(h, l)| reach[h][l] && class[h] != UNCLASSED && class[l] < class[h])
                .collect();
            let total = expected.len() as u64;
            prop_assert_eq!(count_below(&succ, &place, &class, usize::MAX).unwrap(), total);
            prop_assert_eq!(
                first_below(&succ, &place, &class, max),
                expected[..max.min(expected.len())].to_vec()
            );
            // Both ways of counting, in blocks of `block` rows or words.
            let order = in_order(&place);
            let least = least_below(&succ, &order, &class);
            let dense = dense_classes(&class);
            let t = dense.iter().filter(|&&d| d != UNCLASSED).max().map_or(0, |&d| d as usize + 1);
            let counts = |h: usize| has_pairs_below(h, &class, &least);
            let paths = Paths::greedy(&succ, &order);
            prop_assert_eq!(
                count_by_paths(&succ, &order, &dense, &paths, t, counts, block * 4 * n),
                total
            );
            prop_assert_eq!(count_by_bits(&succ, &order, &dense, t, counts, block * 8 * n), total);
            // The paths cover every node once, each along edges.
            prop_assert_eq!(paths.nodes.len(), n);
            for q in 0..paths.count() {
                let path = &paths.nodes[paths.start[q]..paths.start[q + 1]];
                for pair in path.windows(2) {
                    prop_assert!(succ[pair[0]].contains(&pair[1]));
                }
            }
            // Reachability by a pruned search.
            let mut search = Search::new(n);
            for a in 0..n {
                for b in 0..n {
                    let found = place[a] < place[b] && search.reaches(&succ, &place, a, b);
                    prop_assert_eq!(found, a != b && reach[a][b]);
                }
            }
        }
    }

    #[test]
    fn a_chain_is_one_path_and_is_counted_past_the_limit() {
        let n = 5_000;
        let succ: Vec<Vec<usize>> = (0..n)
            .map(|v| if v + 1 < n { vec![v + 1] } else { vec![] })
            .collect();
        let place: Vec<usize> = (0..n).collect();
        let class: Vec<u32> = (0..n).map(|v| (v % 3) as u32).collect();
        assert_eq!(Paths::greedy(&succ, &place).count(), 1);
        // Each node outranks every later one: count the later nodes of a
        // lower class, by arithmetic.
        let expected: u64 = (0..n)
            .map(|h| (h + 1..n).filter(|&l| l % 3 < h % 3).count() as u64)
            .sum();
        assert_eq!(count_below(&succ, &place, &class, 64).unwrap(), expected);
    }

    #[test]
    fn an_antichain_past_the_limit_is_refused_only_when_it_has_pairs() {
        // 200 nodes in two layers: each of the first 100 above all of the
        // last 100, which is 100 paths.
        let n = 200;
        let succ: Vec<Vec<usize>> = (0..n)
            .map(|v| if v < 100 { (100..n).collect() } else { vec![] })
            .collect();
        let place: Vec<usize> = (0..n).collect();
        let none_below = vec![0; n];
        assert_eq!(count_below(&succ, &place, &none_below, 64).unwrap(), 0);
        let mut class = vec![1; n];
        class[150] = 0;
        let err = count_below(&succ, &place, &class, 64).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the closure of the precedences would hold 200 items, more than the limit of 64"
        );
        assert_eq!(count_below(&succ, &place, &class, 200).unwrap(), 100);
    }
}
