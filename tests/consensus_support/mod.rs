//! Reproducible random profiles, shared by the consensus tests and benches.

use security_hierarchy::Ranking;

/// xorshift64* (Vigna 2016): small and reproducible.
pub struct XorShift(pub u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A uniformly random strict ranking of 0..n (Fisher–Yates).
    pub fn ranking(&mut self, n: u32) -> Ranking<u32> {
        let mut items: Vec<u32> = (0..n).collect();
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
        Ranking::strict(items).expect("distinct items")
    }

    /// `inputs` uniformly random strict rankings of 0..n.
    pub fn profile(&mut self, inputs: usize, n: u32) -> Vec<Ranking<u32>> {
        (0..inputs).map(|_| self.ranking(n)).collect()
    }
}
