//! Row sums over subsets in O(1), shared by the exact methods' dynamic
//! programs over subsets.

use std::ops::Add;

/// `sum(j, mask)` = Σ of `cost(j, b)` over the bits b of `mask` other than
/// j itself, read from two tables over the low and high halves of the bits.
/// For k items: O(k·2^(k/2)) time and values to build, O(1) to read.
pub(super) struct HalfTables<V> {
    low_bits: usize,
    low_len: usize,
    high_len: usize,
    low: Vec<V>,
    high: Vec<V>,
}

impl<V: Copy + Default + Add<Output = V>> HalfTables<V> {
    /// The tables of `cost` over k items (k < usize::BITS).
    pub(super) fn new(k: usize, cost: impl Fn(usize, usize) -> V) -> Self {
        let low_bits = k / 2;
        // table[j * 2^width + m]: the sum over the bits of m, each bit b
        // standing for item offset + b; built from m without its lowest bit.
        let table = |offset: usize, width: usize| {
            let len = 1usize << width;
            let mut t = vec![V::default(); k * len];
            for j in 0..k {
                let row = &mut t[j * len..(j + 1) * len];
                for m in 1..len {
                    let b = offset + m.trailing_zeros() as usize;
                    let c = if b == j { V::default() } else { cost(j, b) };
                    row[m] = row[m & (m - 1)] + c;
                }
            }
            t
        };
        Self {
            low_bits,
            low_len: 1 << low_bits,
            high_len: 1 << (k - low_bits),
            low: table(0, low_bits),
            high: table(low_bits, k - low_bits),
        }
    }

    /// Σ of `cost(j, b)` over the bits b of `mask` (b ≠ j). O(1).
    #[inline]
    pub(super) fn sum(&self, j: usize, mask: usize) -> V {
        self.low[j * self.low_len + (mask & (self.low_len - 1))]
            + self.high[j * self.high_len + (mask >> self.low_bits)]
    }
}

#[cfg(test)]
mod tests {
    use super::HalfTables;

    #[test]
    fn sums_match_a_direct_sum_over_every_subset() {
        for k in 1..=7usize {
            let cost = |j: usize, b: usize| (j * 10 + b + 1) as u64;
            let tables = HalfTables::new(k, cost);
            for j in 0..k {
                for mask in 0..(1usize << k) {
                    let direct: u64 = (0..k)
                        .filter(|&b| b != j && mask >> b & 1 == 1)
                        .map(|b| cost(j, b))
                        .sum();
                    assert_eq!(tables.sum(j, mask), direct, "k {k} j {j} mask {mask:b}");
                }
            }
        }
    }
}
