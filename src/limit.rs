//! Limits on work and output: lists that can grow quadratically are cut to
//! a set length (the total is still counted and shown), and structures that
//! grow quadratically are refused past a set size.

/// How many pairs a report lists by default (discordant pairs, tie splits,
/// tier inversions, majority beats and standoffs, drawn edges); the total is
/// always counted.
pub const DEFAULT_MAX_PAIRS: usize = 100;

/// The default largest number of items a majority graph is built over. The
/// graph itself takes 4·m·n bytes for m inputs, but every analysis of it
/// (components, cycles, consensus, overruled majorities) visits all n²
/// pairs, at O(m) each. Measured on two 10,000-item rankings (release
/// build, `benches/big/measure.sh`): every consensus method, `conflicts`
/// and `dot` finish in under 3 s and 100 MB.
pub const DEFAULT_MAX_ITEMS: usize = 10_000;

/// The default largest number of items the consensus heuristic with ties
/// ([`crate::consensus::Heuristic::allow_ties`]) works on: its local
/// search keeps two n² tables of costs (16·n² bytes, 400 MB at 5,000
/// items) and passes over them repeatedly (measured: under 3 s at 5,000
/// items, 11 s at 10,000).
pub const DEFAULT_MAX_TIED_ITEMS: usize = 5_000;

/// The default largest number of items a majority-graph picture draws: its
/// layout finds the edges a chain of others implies, O(n³), and a picture
/// of more boxes than this cannot be read anyway.
pub const DEFAULT_MAX_DRAWN_ITEMS: usize = 1_000;

/// The default largest number of items whose implied precedences (a
/// partial order's transitive closure) are counted by rows of bits, as
/// tier inversions are: O((n + e)·n/64) time for n items and e stated
/// precedences, in blocks of at most 64 MiB. A partial order that a greedy
/// cover splits into at most this number / 64 paths of stated precedences
/// (2,048 here; a chain is one) is counted at any size, in O((n + e)·paths).
/// Checking a partial order (items, cycles, coverage) needs no closure and
/// has no such limit.
pub const DEFAULT_MAX_CLOSURE_ITEMS: usize = 131_072;

/// The limits of a conflict analysis or a drawing: how many pairs each list
/// shows, how many items a majority graph may hold, and how many items a
/// partial order's implied precedences are counted over.
///
/// ```
/// use security_hierarchy::limit::Limits;
/// let limits = Limits::new().max_pairs(10).max_items(500).max_closure_items(1_000);
/// assert_eq!((limits.pairs(), limits.items(), limits.closure_items()), (10, 500, 1_000));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pairs: usize,
    items: usize,
    closure_items: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            pairs: DEFAULT_MAX_PAIRS,
            items: DEFAULT_MAX_ITEMS,
            closure_items: DEFAULT_MAX_CLOSURE_ITEMS,
        }
    }
}

impl Limits {
    /// [`DEFAULT_MAX_PAIRS`], [`DEFAULT_MAX_ITEMS`] and
    /// [`DEFAULT_MAX_CLOSURE_ITEMS`].
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets how many items a partial order's implied precedences may be
    /// counted over (see [`DEFAULT_MAX_CLOSURE_ITEMS`]).
    pub fn max_closure_items(mut self, max_closure_items: usize) -> Self {
        self.closure_items = max_closure_items;
        self
    }

    /// How many items a partial order's implied precedences may be counted
    /// over.
    pub fn closure_items(&self) -> usize {
        self.closure_items
    }

    /// Sets how many pairs each list shows.
    pub fn max_pairs(mut self, max_pairs: usize) -> Self {
        self.pairs = max_pairs;
        self
    }

    /// Sets how many items a majority graph may hold.
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.items = max_items;
        self
    }

    /// How many pairs each list shows.
    pub fn pairs(&self) -> usize {
        self.pairs
    }

    /// How many items a majority graph may hold.
    pub fn items(&self) -> usize {
        self.items
    }
}

/// [`crate::Error::TooManyItems`] when `items` exceeds `limit`.
pub(crate) fn check_items(items: usize, limit: usize, what: &'static str) -> crate::Result<()> {
    if items > limit {
        Err(crate::Error::TooManyItems {
            what,
            count: items,
            limit,
        })
    } else {
        Ok(())
    }
}

/// "`total`" when every one is shown, else "showing `shown` of `total`",
/// with thousands separated by commas.
pub(crate) fn shown_of(shown: usize, total: u64) -> String {
    if shown as u64 >= total {
        grouped(total)
    } else {
        format!("showing {} of {}", grouped(shown as u64), grouped(total))
    }
}

/// `n` with its thousands separated by commas: 4,999,950,000.
pub(crate) fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(4_999_950_000), "4,999,950,000");
        assert_eq!(shown_of(3, 3), "3");
        assert_eq!(shown_of(100, 4_999_950_000), "showing 100 of 4,999,950,000");
    }
}
