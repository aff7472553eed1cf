//! Deterministic random weak orders shared by the benches.

use security_hierarchy::Ranking;

/// A small, fast, deterministic generator (`SplitMix64`).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A random weak order of `items`: a random permutation cut into levels,
/// a new level starting before each item with probability 1/`mean_tie`
/// (so levels hold `mean_tie` items on average).
pub fn weak_order(items: &[u32], mean_tie: u64, rng: &mut Rng) -> Ranking<u32> {
    let mut items = items.to_vec();
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let mut levels: Vec<Vec<u32>> = Vec::new();
    for item in items {
        match levels.last_mut() {
            Some(level) if rng.below(mean_tie) != 0 => level.push(item),
            _ => levels.push(vec![item]),
        }
    }
    Ranking::new(levels).expect("distinct items")
}

/// Two weak orders over `n` items each, sharing 90% of them.
pub fn pair(n: u32, mean_tie: u64, seed: u64) -> (Ranking<u32>, Ranking<u32>) {
    let mut rng = Rng::new(seed);
    let a_items: Vec<u32> = (0..n).collect();
    let b_items: Vec<u32> = (n / 10..n + n / 10).collect();
    (
        weak_order(&a_items, mean_tie, &mut rng),
        weak_order(&b_items, mean_tie, &mut rng),
    )
}
