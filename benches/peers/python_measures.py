"""Side-by-side timing of the Python package against scipy, from Python, on
the same data in one run; run by hand (not by CI):

    bash python/ci.sh                       # or any environment with the package
    target/py-venv/bin/python benches/peers/python_measures.py

Times include the crossing into Rust and the reading of the numpy arrays
(float64, contiguous: borrowed without a copy). Each figure is the best of
REPEATS runs of CPU time (every contender runs on one thread), which a
shared machine disturbs less than wall time. Checks that the values agree
before printing them.

- Kendall tau-b of two arrays of N scores: kendall_scores vs kendalltau.
- Weighted tau (hyperbolic weigher): weighted_tau_scores vs weightedtau.
- Per-call cost of a measure on two 10-item rankings (Ranking objects).
"""
import math
import os
import sys
import time
import timeit

import numpy as np
import scipy
from scipy import stats

import security_hierarchy as sh

N = int(os.environ.get("PEER_N", 1_000_000))
REPEATS = int(os.environ.get("PEER_REPEATS", 5))
CALLS = int(os.environ.get("PEER_CALLS", 200_000))
SEED = 20261130


def best(f, repeats=REPEATS):
    """The result of f() and the smallest CPU time of `repeats` calls."""
    times, value = [], None
    for _ in range(repeats):
        start = time.process_time()
        value = f()
        times.append(time.process_time() - start)
    return value, min(times)


def row(name, ours, theirs, target):
    ratio = theirs / ours
    verdict = "meets" if ratio >= target else "MISSES"
    print(f"{name:<34} {ours * 1e3:>10.1f} ms {theirs * 1e3:>10.1f} ms {ratio:>7.1f}x  ({verdict} >= {target}x)")


def main():
    rng = np.random.default_rng(SEED)
    x = rng.normal(size=N)
    # Correlated, with ties in y (rounded), as real scores often have.
    y = np.round(x + rng.normal(size=N), 2)
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, scipy {scipy.__version__}, N = {N:,}")
    print(f"{'measure':<34} {'ours':>13} {'scipy':>13} {'ratio':>8}")

    ours, t_ours = best(lambda: sh.kendall_scores(x, y).tau_b)
    theirs, t_theirs = best(lambda: stats.kendalltau(x, y).statistic)
    assert math.isclose(ours, theirs, rel_tol=1e-12), (ours, theirs)
    row("kendall tau-b", t_ours, t_theirs, 2)

    ours, t_ours = best(lambda: sh.weighted_tau_scores(x, y))
    theirs, t_theirs = best(lambda: stats.weightedtau(x, y).statistic, repeats=max(1, REPEATS // 2))
    assert math.isclose(ours, theirs, rel_tol=1e-9), (ours, theirs)
    row("weighted tau (hyperbolic)", t_ours, t_theirs, 10)

    items = [f"item-{i}" for i in range(10)]
    a = sh.Ranking.strict(items)
    b = sh.Ranking([list(level) for level in np.array_split(rng.permutation(items), 4)])
    print(f"\nper call on two 10-item rankings (best of 5 x {CALLS:,} calls; target < 5 us):")
    calls = {
        "kendall(a, b)": lambda: sh.kendall(a, b),
        "kendall(a, b).tau_b": lambda: sh.kendall(a, b).tau_b,
        "spearman(a, b)": lambda: sh.spearman(a, b),
        "footrule(a, b)": lambda: sh.footrule(a, b),
        "weighted_tau(a, b)": lambda: sh.weighted_tau(a, b),
        "rbo(a, b)": lambda: sh.rbo(a, b),
        "compare(a, b)": lambda: sh.compare(a, b),
    }
    for name, f in calls.items():
        timer = timeit.Timer(f, timer=time.process_time)
        per_call = min(timer.repeat(number=CALLS, repeat=5)) / CALLS
        verdict = "meets" if per_call < 5e-6 else "over"
        print(f"  {name:<24} {per_call * 1e6:>6.2f} us  ({verdict})")


if __name__ == "__main__":
    main()
