//! The heap a ranking of n `u32` items holds, counted by dhat's allocator:
//! the live bytes after building it less those before, per item. The
//! bound is 24 bytes per item; the items alone take 4.
//!
//! ```text
//! cargo test --test ranking_memory -- --nocapture
//! ```

use security_hierarchy::Ranking;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// Live heap bytes held by what `build` returns, per item.
fn bytes_per_item(n: usize, build: impl FnOnce() -> Ranking<u32>) -> f64 {
    let before = dhat::HeapStats::get().curr_bytes;
    let r = build();
    let held = dhat::HeapStats::get().curr_bytes - before;
    assert_eq!(r.len(), n);
    held as f64 / n as f64
}

// One test: dhat allows one profiler per process.
#[test]
fn rankings_hold_under_24_bytes_per_u32_item() {
    let _profiler = dhat::Profiler::builder().testing().build();
    // 917,504 = 7/8 of 2^20 fills the hash index to its load limit; one
    // more item doubles it, the worst case.
    for n in [1_000, 917_504, 917_505] {
        let strict = bytes_per_item(n, || Ranking::strict(0..n as u32).unwrap());
        let weak = bytes_per_item(n, || {
            Ranking::new(
                (0..n as u32)
                    .collect::<Vec<_>>()
                    .chunks(1000)
                    .map(<[u32]>::to_vec),
            )
            .unwrap()
        });
        let scored = bytes_per_item(n, || {
            Ranking::from_scores((0..n as u32).map(|i| (i, f64::from(i % 997)))).unwrap()
        });
        println!(
            "n = {n}: strict {strict:.2}, 1000 per level {weak:.2}, from scores {scored:.2} bytes per item"
        );
        for (how, bytes) in [("strict", strict), ("weak", weak), ("from scores", scored)] {
            assert!(bytes < 24.0, "{how}, n = {n}: {bytes:.2} bytes per item");
            assert!(
                bytes >= 4.0,
                "{how}, n = {n}: {bytes:.2} bytes per item is below the items' own size"
            );
        }
    }
}
