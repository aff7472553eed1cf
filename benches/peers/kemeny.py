"""Exact Kemeny-Young side by side: pref_voting's kemeny_young against this
crate's `consensus::Kemeny`, on the same profile of 5 strict rankings of
9 candidates (a fixed seed). Run through kemeny.sh; not part of CI.

Usage: python kemeny.py PATH_TO_kemeny_timing_BINARY
"""

import json
import random
import subprocess
import sys
import tempfile
import time

from pref_voting.other_methods import kemeny_young, kemeny_young_rankings
from pref_voting.profiles import Profile

CANDIDATES = 9
VOTERS = 5
SEED = 2026


def random_lists(seed):
    rng = random.Random(seed)
    lists = []
    for _ in range(VOTERS):
        order = list(range(CANDIDATES))
        rng.shuffle(order)
        lists.append(order)
    return lists


def one_component(lists):
    """Whether the majority graph is strongly connected (nothing splits, the
    hardest case for a solver that splits by components)."""
    n = CANDIDATES
    pos = [{c: i for i, c in enumerate(order)} for order in lists]
    beats = [[sum(p[a] < p[b] for p in pos) * 2 > len(pos) for b in range(n)]
             for a in range(n)]
    reach = [[a == b or beats[a][b] for b in range(n)] for a in range(n)]
    for k in range(n):
        for a in range(n):
            for b in range(n):
                reach[a][b] = reach[a][b] or (reach[a][k] and reach[k][b])
    return all(all(row) for row in reach)


def profile_lists():
    """The first profile from seed SEED on whose majority graph is one
    strongly connected component."""
    seed = SEED
    while not one_component(random_lists(seed)):
        seed += 1
    return seed, random_lists(seed)


def best_of(repeats, fn):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    times.sort()
    return result, times[len(times) // 2]


def main():
    binary = sys.argv[1]
    seed, lists = profile_lists()
    prof = Profile(lists)

    winners, peer_seconds = best_of(3, lambda: kemeny_young(prof))
    rankings, dist = kemeny_young_rankings(prof)

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(lists, f)
        path = f.name
    ours = json.loads(subprocess.run([binary, path, "2000"], check=True,
                                     capture_output=True, text=True).stdout)

    optimal = [list(r) for r in rankings]
    ours_top = ours["ranking"][0]
    print(f"profile: {VOTERS} strict rankings of {CANDIDATES} candidates, seed {seed}, "
          "one majority component")
    print(f"pref_voting kemeny_young winners: {sorted(winners)}; "
          f"{len(optimal)} optimal ranking(s) at distance {dist}")
    print(f"security-hierarchy Kemeny: {ours['ranking']} cost {ours['cost']} "
          f"unique {ours['unique']}")
    agree = (ours["ranking"] in optimal and ours_top in winners
             and ours["cost"] == dist and ours["unique"] == (len(optimal) == 1))
    print(f"agree: {agree}")
    print(f"pref_voting kemeny_young: {peer_seconds * 1e3:.1f} ms (median of 3)")
    print(f"security-hierarchy:       {ours['seconds'] * 1e6:.1f} us (median of 2000)")
    print(f"ratio: {peer_seconds / ours['seconds']:.0f}x")
    if not agree:
        sys.exit("the two implementations disagree")


if __name__ == "__main__":
    main()
