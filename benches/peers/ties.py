"""Consensus with ties side by side: corankco's exact algorithm (an integer
program solved by CBC through PuLP) and BioConsert, against this crate's
`Kemeny::allow_ties` and `Heuristic::allow_ties`, on the same profiles in
one run. Run through ties.sh; not part of CI.

Usage: python ties.py PATH_TO_ties_timing_BINARY
"""

import json
import random
import subprocess
import sys
import tempfile
import time

import corankco as crc
import pulp
# corankco's ExactAlgorithm picks its CPLEX variant whenever that module
# imports, and then fails without CPLEX itself; ask for the CBC one.
from corankco.algorithms.exact.exactalgorithmpulp import ExactAlgorithmPulp

VOTERS = 7
P = 0.5
SEED = 2026


def random_profile(items, seed):
    """VOTERS weak orders of `items` items: a random order cut into levels,
    each gap a level boundary with probability 0.6."""
    rng = random.Random(seed)
    profile = []
    for _ in range(VOTERS):
        order = list(range(items))
        rng.shuffle(order)
        levels = [[order[0]]]
        for x in order[1:]:
            if rng.random() < 0.6:
                levels.append([x])
            else:
                levels[-1].append(x)
        profile.append(levels)
    return profile


def strongly_connected(n, arc):
    reach = [[a == b or arc(a, b) for b in range(n)] for a in range(n)]
    for k in range(n):
        for a in range(n):
            if reach[a][k]:
                for b in range(n):
                    reach[a][b] = reach[a][b] or reach[k][b]
    return all(all(row) for row in reach)


def one_component(profile, n):
    """Whether the majority graph is one strongly connected component, and
    so is the graph this crate splits by (x -> y unless x above y is
    strictly the cheapest relation): nothing splits for either side."""
    level = [{x: l for l, xs in enumerate(r) for x in xs} for r in profile]
    s = [[sum(lv[a] < lv[b] for lv in level) for b in range(n)] for a in range(n)]
    t = [[VOTERS - s[a][b] - s[b][a] for b in range(n)] for a in range(n)]

    def above(a, b):
        return s[b][a] + P * t[a][b]

    def tie(a, b):
        return P * (s[a][b] + s[b][a])

    majority = strongly_connected(n, lambda a, b: s[a][b] >= s[b][a])
    parts = strongly_connected(
        n, lambda a, b: not (above(b, a) < tie(a, b) and above(b, a) < above(a, b)))
    return majority and parts


def profile_of(items):
    seed = SEED
    while not one_component(random_profile(items, seed), items):
        seed += 1
    return seed, random_profile(items, seed)


def corankco_run(profile, algorithm, repeats):
    dataset = crc.Dataset.from_raw_list([[set(level) for level in r] for r in profile])
    scheme = crc.ScoringScheme([[0., 1., P, 0., 0., 0.], [P, P, 0., 0., 0., 0.]])
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = algorithm.compute_consensus_rankings(
            dataset=dataset, scoring_scheme=scheme, return_at_most_one_ranking=True)
        times.append(time.perf_counter() - start)
    times.sort()
    # Score the returned ranking afresh: BioConsert's own kemeny_score can
    # disagree with its ranking's cost.
    cost = crc.KemenyComputingFactory(scheme).get_kemeny_score(
        ranking=result.consensus_rankings[0], dataset=dataset)
    return cost, result.kemeny_score, times[len(times) // 2]


def ours(binary, profile, repeats):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(profile, f)
        path = f.name
    out = subprocess.run([binary, path, str(repeats), str(P)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    binary = sys.argv[1]
    print(f"corankco 7.2.0 (pulp {pulp.__version__}, CBC), {VOTERS} voters with ties, p = {P}")
    for items, repeats in ((15, 5), (30, 3)):
        seed, profile = profile_of(items)
        print(f"\n{items} items (seed {seed}, one majority component, one part)")
        exact, _, exact_s = corankco_run(profile, ExactAlgorithmPulp(), repeats)
        bio, bio_said, bio_s = corankco_run(profile, crc.BioConsert(), repeats)
        mine = ours(binary, profile, 20)
        print(f"  corankco ExactAlgorithm (PuLP/CBC): cost {exact:g}, "
              f"{exact_s:.4f} s (median of {repeats})")
        print(f"  corankco BioConsert:                cost {bio:g} (it reports {bio_said:g}), "
              f"{bio_s:.4f} s (median of {repeats})")
        e = mine["exact"]
        if "refused" in e:
            print(f"  Kemeny::allow_ties: refused: {e['refused']}")
        else:
            print(f"  Kemeny::allow_ties:                 cost {e['cost']:g} "
                  f"({e['optimality']}), {e['seconds']:.6f} s (median of 20), "
                  f"{exact_s / e['seconds']:.0f}x corankco's exact")
            assert e["cost"] <= exact + 1e-9, "exact cost above corankco's"
        h = mine["heuristic"]
        print(f"  Heuristic::allow_ties:              cost {h['cost']:g}, "
              f"{h['seconds']:.6f} s (median of 20)")


if __name__ == "__main__":
    main()
