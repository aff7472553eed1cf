"""Side-by-side timing of this crate against scipy and Corsi & Urbano's
reference RBO code. Driven by benches/peers/run.sh:

    peers.py make DIR   writes the data set (deterministic seed) to DIR
    peers.py run DIR    times the peers on it, reads DIR/rust.json written by
                        `cargo bench --bench peer_timing`, checks that the
                        values agree and prints the ratio table
"""
import json
import os
import sys
import time

import numpy as np
import scipy
from scipy import stats

N = int(os.environ.get("PEER_N", 1_000_000))
# Distinct scores in x (so levels of the ranking built from it).
LEVELS = int(os.environ.get("PEER_LEVELS", 1_000))
RBO_N = int(os.environ.get("PEER_RBO_N", 1_000_000))
# The reference code builds dense item x depth matrices (memory quadratic in
# n), so it runs on a smaller pair of rankings.
RBO_REF_N = int(os.environ.get("PEER_RBO_REF_N", 10_000))
SEED = 20241129


def weak_order(rng, items, scores=None, mean_tie=4):
    """Levels of `items` by decreasing score (random when not given), cut
    at random so that levels hold `mean_tie` items on average."""
    if scores is None:
        items = rng.permutation(items)
    else:
        items = np.asarray(items)[np.argsort(-scores, kind="stable")]
    cuts = np.flatnonzero(rng.integers(0, mean_tie, len(items)) == 0)
    cuts = cuts[cuts > 0]
    return [list(map(int, level)) for level in np.split(items, cuts)]


def write_levels(path, levels):
    with open(path, "w") as f:
        for level in levels:
            f.write(" ".join(map(str, level)) + "\n")


def read_levels(path):
    with open(path) as f:
        return [line.split() for line in f if line.strip()]


def make(out):
    rng = np.random.default_rng(SEED)
    # Scores with many ties: LEVELS distinct values in x; y is x plus noise
    # of up to an eighth of that range.
    x = rng.integers(0, LEVELS, N).astype("<i4")
    y = (x + rng.integers(-(LEVELS // 8), LEVELS // 8 + 1, N)).astype("<i4")
    x.tofile(os.path.join(out, "x.i32"))
    y.tofile(os.path.join(out, "y.i32"))
    for prefix, n in (("rbo", RBO_N), ("rbo_ref", RBO_REF_N)):
        # b shares 90% of a's items and orders them like a, with noise.
        a_items = np.arange(n)
        a_score = rng.permutation(n).astype(float)
        a = weak_order(rng, a_items, a_score)
        b_items = np.arange(n // 10, n + n // 10)
        b_score = np.where(b_items < n, a_score[np.minimum(b_items, n - 1)], rng.uniform(0, n, len(b_items)))
        b_score = b_score + rng.normal(0, n / 20, len(b_items))
        b = weak_order(rng, b_items, b_score)
        write_levels(os.path.join(out, f"{prefix}_a.txt"), a)
        write_levels(os.path.join(out, f"{prefix}_b.txt"), b)


def best(runs, f):
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = f()
        times.append(time.perf_counter() - start)
    return value, min(times)


def run(out):
    rust = json.load(open(os.path.join(out, "rust.json")))
    x = np.fromfile(os.path.join(out, "x.i32"), dtype="<i4")
    y = np.fromfile(os.path.join(out, "y.i32"), dtype="<i4")
    rows = []

    def row(name, n, peer, peer_value, peer_s, ours_key):
        ours = rust[ours_key]
        ours_value = ours.get("value", ours.get("ext"))
        agree = abs(ours_value - peer_value) <= 1e-9 * max(1.0, abs(peer_value))
        rows.append((name, n, peer, peer_s, ours["seconds"], agree, peer_value, ours_value))

    sp = f"scipy {scipy.__version__}"
    v, t = best(3, lambda: stats.kendalltau(x, y, variant="b").statistic)
    row("tau-b (scores)", len(x), f"{sp} kendalltau", float(v), t, "tau_b")
    row("tau-b (rankings)", len(x), f"{sp} kendalltau", float(v), t, "tau_b_rankings")
    v, t = best(3, lambda: stats.weightedtau(x, y).statistic)
    row("weighted tau (scores)", len(x), f"{sp} weightedtau", float(v), t, "weighted_tau")
    row("weighted tau (rankings)", len(x), f"{sp} weightedtau", float(v), t,
        "weighted_tau_rankings")
    v, t = best(3, lambda: stats.spearmanr(x, y).statistic)
    row("spearman (scores)", len(x), f"{sp} spearmanr", float(v), t, "spearman")
    row("spearman (rankings)", len(x), f"{sp} spearmanr", float(v), t, "spearman_rankings")

    ref_dir = os.environ.get("CU_RBO_DIR")
    if ref_dir:
        sys.path.insert(0, ref_dir)
        import rbo as reference

        def as_reference(levels):
            return [lv[0] if len(lv) == 1 else set(lv) for lv in levels]

        a = as_reference(read_levels(os.path.join(out, "rbo_ref_a.txt")))
        b = as_reference(read_levels(os.path.join(out, "rbo_ref_b.txt")))
        for ties in "wab":
            v, t = best(1, lambda: reference.rbo(a, b, 0.9, ties))
            for score in ("ext", "min", "max"):
                ours = rust[f"rbo_ref_{ties}"][score]
                if abs(ours - float(v[score])) > 1e-9:
                    print(f"RBO {ties} {score} differs: ours {ours}, reference {v[score]}")
            row(f"RBO^{ties} (ext)", rust[f"rbo_ref_{ties}"]["n"], "Corsi & Urbano rbo.py",
                float(v["ext"]), t, f"rbo_ref_{ties}")
    else:
        print("CU_RBO_DIR not set: skipping the Corsi & Urbano reference code "
              "(see benches/peers/README.md)\n")

    print(f"numpy {np.__version__}, scipy {scipy.__version__}, seed {SEED}, "
          f"{len(np.unique(x)):,} distinct scores in x\n")
    print("| measure | n | peer | peer s | ours s | ratio | values agree |")
    print("|---|---|---|---|---|---|---|")
    for name, n, peer, ps, os_, agree, pv, ov in rows:
        ratio = ps / os_
        ratio = f"{ratio:,.1f}" if ratio < 10 else f"{ratio:,.0f}"
        print(f"| {name} | {n:,} | {peer} | {ps:.4f} | {os_:.6f} | {ratio}x | "
              f"{'yes' if agree else f'NO ({pv} vs {ov})'} |")
    print()
    print("Ours alone, at the sizes the reference code cannot reach:")
    for ties in "wab":
        r = rust[f"rbo_{ties}"]
        print(f"  RBO^{ties} n = {r['n']:,}: {r['seconds']:.6f} s (ext {r['ext']:.6f})")
    b = rust["build_ranking"]
    print(f"  building one Ranking from {b['n']:,} scores: {b['seconds']:.3f} s "
          f"(best of {b['runs']}; not counted above)")
    if not all(r[5] for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    {"make": make, "run": run}[sys.argv[1]](sys.argv[2])
