//! The K^(p) distance straight from its definition, the reference the
//! consensus tests check every method's reported costs against.

use security_hierarchy::{Item, Ranking};

/// K^(p) distance from `consensus` to `input`, pair by pair over the pairs
/// the input contains: 1 for opposite orders, p for a tie on one side only.
/// O(n²) for an input of n items.
pub fn distance<T: Item>(input: &Ranking<T>, consensus: &Ranking<T>, p: f64) -> f64 {
    let items: Vec<&T> = input.items().collect();
    let mut d = 0.0;
    for (k, a) in items.iter().enumerate() {
        for b in &items[k + 1..] {
            let x = input.compare(a, b).unwrap();
            let y = consensus.compare(a, b).unwrap();
            if x.is_eq() != y.is_eq() {
                d += p;
            } else if x != y {
                d += 1.0;
            }
        }
    }
    d
}

/// The sum of [`distance`] over `inputs`.
pub fn cost<T: Item>(inputs: &[Ranking<T>], consensus: &Ranking<T>, p: f64) -> f64 {
    inputs.iter().map(|r| distance(r, consensus, p)).sum()
}
