"""Regenerates the fixed test vectors in this folder.

    python3 tests/data/compare/generate.py /path/to/sigir2024-rbo/rbo/Python

The argument is the folder holding Corsi & Urbano's reference `rbo.py`
(github.com/julian-urbano/sigir2024-rbo). See README.md for the versions used.
"""
import json
import random
import sys

import numpy as np
import scipy
from scipy import stats

sys.path.insert(0, sys.argv[1])
import rbo as reference  # noqa: E402

rng = random.Random(20240714)


def weak_order(items):
    """Random levels over the given items, highest first."""
    items = list(items)
    rng.shuffle(items)
    levels, level = [], []
    for item in items:
        if level and rng.random() < 0.45:
            levels.append(level)
            level = []
        level.append(item)
    if level:
        levels.append(level)
    return levels


def strict(items):
    items = list(items)
    rng.shuffle(items)
    return [[x] for x in items]


def pick(universe, k):
    return rng.sample(universe, k)


def as_reference(levels):
    return [lv[0] if len(lv) == 1 else set(lv) for lv in levels]


def level_map(levels):
    return {x: i for i, lv in enumerate(levels) for x in lv}


def number(x):
    x = float(x)
    return None if np.isnan(x) else x


universe = [f"i{k}" for k in range(16)]
cases = []
for case in range(160):
    make = strict if case % 5 == 0 else weak_order
    if case % 7 == 0:
        items = pick(universe, rng.randint(1, 12))
        a, b = make(items), make(items)
    else:
        items_a = pick(universe, rng.randint(2, 12))
        rest = [x for x in universe if x not in items_a]
        items_b = pick(items_a, rng.randint((len(items_a) + 1) // 2, len(items_a)))
        items_b += pick(rest, rng.randint(0, 4))
        a, b = make(items_a), make(items_b)
    cases.append((a, b))
# Edge cases: identical, reversed, disjoint, singletons, one level.
cases += [
    ([["a"], ["b"], ["c"]], [["a"], ["b"], ["c"]]),
    ([["a"], ["b"], ["c"]], [["c"], ["b"], ["a"]]),
    ([["a", "b"], ["c"]], [["d"], ["e", "f"]]),
    ([["a"]], [["a"]]),
    ([["a", "b", "c"]], [["c"], ["a"], ["b"], ["d"]]),
    ([["a"], ["b", "c", "d", "e"]], [["e", "d"], ["c"], ["b", "a"]]),
]

rbo_cases = []
pair_cases = []
for a, b in cases:
    for p in (0.5, 0.9, 0.98):
        for ties in "wab":
            r = reference.rbo(as_reference(a), as_reference(b), p, ties)
            rbo_cases.append({"a": a, "b": b, "p": p, "ties": ties,
                              **{k: float(v) for k, v in r.items()}})
    la, lb = level_map(a), level_map(b)
    shared = [x for lv in a for x in lv if x in lb]
    x = np.array([-la[i] for i in shared], dtype=float)
    y = np.array([-lb[i] for i in shared], dtype=float)
    if len(shared) >= 2:
        tau_b = number(stats.kendalltau(x, y, variant="b").statistic)
        rho = number(stats.spearmanr(x, y).statistic)
        wtau = number(stats.weightedtau(x, y).statistic)
    else:
        tau_b = rho = wtau = None
    pair_cases.append({"a": a, "b": b, "tau_b": tau_b, "spearman": rho,
                       "weighted_tau": wtau})

meta = {"numpy": np.__version__, "scipy": scipy.__version__,
        "python": sys.version.split()[0], "seed": 20240714}


def write(path, cases):
    """One case per line, so that a diff shows which cases changed."""
    with open(path, "w") as f:
        f.write('{"generated_with": ' + json.dumps(meta) + ',\n"cases": [\n')
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}\n")


write("tests/data/compare/rbo_ties.json", rbo_cases)
write("tests/data/compare/scipy.json", pair_cases)
print(len(rbo_cases), "rbo cases;", len(pair_cases), "pair cases")
