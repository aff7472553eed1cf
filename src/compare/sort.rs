//! Sorting and inversion counting on small integer keys (levels).
//!
//! Levels are integers below the number of items, so ordering by them is a
//! counting sort, O(n + k); inversions are counted by merge sort, O(n log n)
//! (Knight 1966).

/// The permutation that sorts `0..keys.len()` by `keys`, stably. O(n + k),
/// k the largest key.
pub(super) fn counting_order(keys: &[u32], within: Option<&[u32]>) -> Vec<u32> {
    let max = keys.iter().copied().max().map_or(0, |m| m as usize + 1);
    let mut start = vec![0u32; max + 1];
    for &k in keys {
        start[k as usize + 1] += 1;
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut out = vec![0u32; keys.len()];
    let mut place = |i: u32| {
        let slot = &mut start[keys[i as usize] as usize];
        out[*slot as usize] = i;
        *slot += 1;
    };
    match within {
        Some(order) => order.iter().for_each(|&i| place(i)),
        None => (0..keys.len() as u32).for_each(place),
    }
    out
}

/// The order of `0..n` by `(primary, secondary)`, both ascending, stable.
pub(super) fn lexicographic_order(primary: &[u32], secondary: &[u32]) -> Vec<u32> {
    let by_secondary = counting_order(secondary, None);
    counting_order(primary, Some(&by_secondary))
}

/// The number of pairs `i < j` with `keys[i] > keys[j]` (strictly); sorts
/// `keys` as a side effect. Bottom-up merge sort, O(n log n).
pub(super) fn count_inversions(keys: &mut Vec<u32>) -> u64 {
    let n = keys.len();
    let mut buf = vec![0u32; n];
    let mut total = 0u64;
    let mut width = 1;
    // Short runs first: insertion sort on blocks of 16 counts their inversions.
    const BLOCK: usize = 16;
    for block in keys.chunks_mut(BLOCK) {
        for i in 1..block.len() {
            let x = block[i];
            let mut j = i;
            while j > 0 && block[j - 1] > x {
                block[j] = block[j - 1];
                j -= 1;
            }
            block[j] = x;
            total += (i - j) as u64;
        }
        width = BLOCK;
    }
    let (mut src, mut dst) = (keys, &mut buf);
    let mut swapped = false;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            total += merge(&src[lo..mid], &src[mid..hi], &mut dst[lo..hi]);
            lo = hi;
        }
        std::mem::swap(&mut src, &mut dst);
        swapped = !swapped;
        width *= 2;
    }
    if swapped {
        dst.copy_from_slice(src);
    }
    total
}

/// Merges two sorted runs, returning how many (left, right) pairs are
/// strictly inverted. Equal keys take the left first, so ties never count.
fn merge(left: &[u32], right: &[u32], out: &mut [u32]) -> u64 {
    let (mut i, mut j, mut k) = (0, 0, 0);
    let mut inversions = 0u64;
    while i < left.len() && j < right.len() {
        if right[j] < left[i] {
            out[k] = right[j];
            inversions += (left.len() - i) as u64;
            j += 1;
        } else {
            out[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    out[k..k + left.len() - i].copy_from_slice(&left[i..]);
    let k = k + left.len() - i;
    out[k..].copy_from_slice(&right[j..]);
    inversions
}

/// For each element, how many others it is strictly inverted with (an
/// earlier element with a larger key, or a later one with a smaller key).
/// `keys` are given in the sequence order. O(n log n).
pub(super) fn inversions_per_element(keys: &[u32]) -> Vec<u64> {
    let n = keys.len();
    let mut counts = vec![0u64; n];
    let mut idx: Vec<u32> = (0..n as u32).collect();
    let mut buf = vec![0u32; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if keys[idx[j] as usize] < keys[idx[i] as usize] {
                    // Every left element still waiting is above this one.
                    counts[idx[j] as usize] += (mid - i) as u64;
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    // The right elements already placed are all below it.
                    counts[idx[i] as usize] += (j - mid) as u64;
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                counts[idx[i] as usize] += (j - mid) as u64;
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            buf[k..hi].copy_from_slice(&idx[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    counts
}

/// Every strictly inverted pair `(i, j)`, `i < j` and `keys[i] > keys[j]`,
/// as indices into the sequence. O(n log n + pairs).
pub(super) fn inverted_pairs(keys: &[u32]) -> Vec<(u32, u32)> {
    let n = keys.len();
    let mut pairs = Vec::new();
    let mut idx: Vec<u32> = (0..n as u32).collect();
    let mut buf = vec![0u32; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if keys[idx[j] as usize] < keys[idx[i] as usize] {
                    pairs.extend(idx[i..mid].iter().map(|&l| (l, idx[j])));
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&idx[i..mid]);
            let k = k + mid - i;
            buf[k..hi].copy_from_slice(&idx[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute(keys: &[u32]) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                if keys[i] > keys[j] {
                    out.push((i as u32, j as u32));
                }
            }
        }
        out
    }

    #[test]
    fn inversions_agree_with_brute_force() {
        let mut state = 7u64;
        for n in [0usize, 1, 2, 3, 15, 16, 17, 40, 100] {
            let keys: Vec<u32> = (0..n)
                .map(|_| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                    (state >> 33) as u32 % 7
                })
                .collect();
            let expected = brute(&keys);
            let mut sorted = keys.clone();
            assert_eq!(
                count_inversions(&mut sorted),
                expected.len() as u64,
                "n={n}"
            );
            let mut want = keys.clone();
            want.sort();
            assert_eq!(sorted, want);
            let mut pairs = inverted_pairs(&keys);
            pairs.sort();
            assert_eq!(pairs, expected);
            let per = inversions_per_element(&keys);
            for (e, &c) in per.iter().enumerate() {
                let e = e as u32;
                let want = expected.iter().filter(|p| p.0 == e || p.1 == e).count();
                assert_eq!(c, want as u64);
            }
        }
    }

    #[test]
    fn lexicographic_order_is_stable() {
        let order = lexicographic_order(&[1, 0, 1, 0], &[0, 2, 0, 1]);
        assert_eq!(order, vec![3, 1, 0, 2]);
    }
}
