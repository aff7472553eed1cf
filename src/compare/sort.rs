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
pub(crate) fn lexicographic_order(primary: &[u32], secondary: &[u32]) -> Vec<u32> {
    let by_secondary = counting_order(secondary, None);
    counting_order(primary, Some(&by_secondary))
}

/// The number of pairs `i < j` with `keys[i] > keys[j]` (strictly); sorts
/// `keys` as a side effect. Bottom-up merge sort, O(n log n), first within
/// cache-sized chunks, then across them.
pub(crate) fn count_inversions<K: Copy + Ord + Default>(keys: &mut [K]) -> u64 {
    // 32 768 keys of 8 bytes and their buffer stay within a typical L2 cache.
    const CHUNK: usize = 1 << 15;
    let mut buf = vec![K::default(); keys.len().min(CHUNK)];
    let mut total = 0;
    for chunk in keys.chunks_mut(CHUNK) {
        total += sort_small_runs(chunk);
        let len = chunk.len();
        total += merge_passes(chunk, &mut buf[..len], 16);
    }
    if keys.len() > CHUNK {
        let mut buf = vec![K::default(); keys.len()];
        total += merge_passes(keys, &mut buf, CHUNK);
    }
    total
}

/// Insertion sort on blocks of 16, counting the inversions within blocks.
fn sort_small_runs<K: Copy + Ord>(keys: &mut [K]) -> u64 {
    keys.chunks_mut(16).map(insertion_sort).sum()
}

/// Sorts a short slice in place; returns its strict inversions (the moves).
pub(super) fn insertion_sort<K: Copy + Ord>(keys: &mut [K]) -> u64 {
    let mut moves = 0;
    for i in 1..keys.len() {
        let x = keys[i];
        let mut j = i;
        while j > 0 && keys[j - 1] > x {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = x;
        moves += (i - j) as u64;
    }
    moves
}

/// Bottom-up merges of the sorted runs of length `width` in `keys`, until
/// all of it is sorted (left in `keys`); returns the inversions between runs.
fn merge_passes<K: Copy + Ord>(keys: &mut [K], buf: &mut [K], mut width: usize) -> u64 {
    let n = keys.len();
    let mut total = 0;
    let (mut src, mut dst) = (keys, buf);
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
///
/// Bidirectional: one chain takes the smallest keys from the fronts while
/// another takes the largest from the backs, each filling half the output,
/// so the two dependency chains overlap; each chain is branch-free. A right
/// key r counts the left keys above it: from the front those not yet taken
/// (all of them exceed r), from the back those already taken (likewise).
fn merge<K: Copy + Ord>(left: &[K], right: &[K], out: &mut [K]) -> u64 {
    let (nl, nr) = (left.len(), right.len());
    if nl == 0 || nr == 0 || left[nl - 1] <= right[0] {
        out[..nl].copy_from_slice(left);
        out[nl..].copy_from_slice(right);
        return 0;
    }
    let half = usize::midpoint(nl, nr);
    // Front: next left i, next right j, next output k. Back: left[..il] and
    // right[..jr] remain; the next output is out[kb - 1].
    let (mut i, mut j, mut k) = (0, 0, 0);
    let (mut il, mut jr, mut kb) = (nl, nr, nl + nr);
    let mut inversions = 0u64;
    while k < half && i < nl && j < nr && il > 0 && jr > 0 {
        let (l, r) = (left[i], right[j]);
        let front_right = r < l;
        out[k] = if front_right { r } else { l };
        inversions += (nl - i) as u64 * u64::from(front_right);
        j += usize::from(front_right);
        i += usize::from(!front_right);
        k += 1;

        let (l, r) = (left[il - 1], right[jr - 1]);
        let back_left = l > r;
        out[kb - 1] = if back_left { l } else { r };
        inversions += (nl - il) as u64 * u64::from(!back_left);
        il -= usize::from(back_left);
        jr -= usize::from(!back_left);
        kb -= 1;
    }
    while k < half {
        if j < nr && (i == nl || right[j] < left[i]) {
            out[k] = right[j];
            inversions += (nl - i) as u64;
            j += 1;
        } else {
            out[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while kb > half {
        if il > 0 && (jr == 0 || left[il - 1] > right[jr - 1]) {
            out[kb - 1] = left[il - 1];
            il -= 1;
        } else {
            out[kb - 1] = right[jr - 1];
            inversions += (nl - il) as u64;
            jr -= 1;
        }
        kb -= 1;
    }
    inversions
}

/// For each element, how many others it is strictly inverted with (an
/// earlier element with a larger key, or a later one with a smaller key).
/// `keys` are given in the sequence order. O(n log n).
pub(super) fn inversions_per_element(keys: &[u32]) -> Vec<u64> {
    let mut counts = vec![0u64; keys.len()];
    let mut right_first = vec![0u64; keys.len()];
    merge_sort_indices(
        keys,
        |r, waiting| right_first[r as usize] += waiting.len() as u64,
        |l, placed| counts[l as usize] += placed as u64,
    );
    for (c, r) in counts.iter_mut().zip(right_first) {
        *c += r;
    }
    counts
}

/// Stable bottom-up merge sort of the indices `0..n` by `keys`, reporting
/// every inversion once: `right_first(r, waiting)` when a right element r is
/// placed before the left elements `waiting` (each strictly greater), and
/// `left_placed(l, count)` when a left element l is placed after `count`
/// right elements of its merge (each strictly smaller).
fn merge_sort_indices(
    keys: &[u32],
    mut right_first: impl FnMut(u32, &[u32]),
    mut left_placed: impl FnMut(u32, usize),
) {
    let n = keys.len();
    let mut idx: Vec<u32> = (0..n as u32).collect();
    let mut buf = vec![0u32; n];
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid || j < hi {
                if j < hi && (i == mid || keys[idx[j] as usize] < keys[idx[i] as usize]) {
                    right_first(idx[j], &idx[i..mid]);
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    left_placed(idx[i], j - mid);
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
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
        for n in [0usize, 1, 2, 3, 15, 16, 17, 33, 40, 100, 600] {
            let keys: Vec<u32> = (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1);
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
            want.sort_unstable();
            assert_eq!(sorted, want);
            let mut want = vec![0u64; n];
            for &(i, j) in &expected {
                want[i as usize] += 1;
                want[j as usize] += 1;
            }
            assert_eq!(inversions_per_element(&keys), want);
        }
    }

    #[test]
    fn lexicographic_order_is_stable() {
        let order = lexicographic_order(&[1, 0, 1, 0], &[0, 2, 0, 1]);
        assert_eq!(order, vec![3, 1, 0, 2]);
    }
}
