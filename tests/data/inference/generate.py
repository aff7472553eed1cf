"""Regenerates the scipy reference vectors of the inference tests.

    python3 -m venv target/venv
    target/venv/bin/pip install scipy==1.17.1 numpy==2.4.6
    target/venv/bin/python tests/data/inference/generate.py

Writes kendall.json, spearman.json, permutation.json and concordance.json
beside this script. Scores: a higher score is a higher priority, equal
scores tie, as `Ranking::from_scores` reads them. See README.md.
"""
import json
import os
import random
import sys

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261130
rng = random.Random(SEED)
ALTERNATIVES = ["two-sided", "less", "greater"]


def scores(n, levels=None):
    """n scores; with `levels`, drawn from that many values (ties likely)."""
    if levels is None:
        values = list(range(n))
        rng.shuffle(values)
        return [float(v) for v in values]
    return [float(rng.randrange(levels)) for _ in range(n)]


def correlated(x, swaps):
    """x with `swaps` random transpositions: agreement above chance."""
    y = list(x)
    for _ in range(swaps):
        i, j = rng.randrange(len(y)), rng.randrange(len(y))
        y[i], y[j] = y[j], y[i]
    return y


def save(name, doc):
    doc["generator"] = "tests/data/inference/generate.py"
    doc["scipy"] = scipy.__version__
    doc["numpy"] = np.__version__
    doc["python"] = sys.version.split()[0]
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


def kendall_cases():
    """One case per pair of score lists, with every method and alternative."""
    rng.seed(f"{SEED}-kendall")
    cases = []
    pairs = []
    # Strict orders of every size to 40 (exact where auto says so), some
    # near-identical, some reversed, some random; then larger asymptotic ones.
    for n in list(range(2, 41)) + [45, 60, 100, 250]:
        x = scores(n)
        pairs.append((x, correlated(x, rng.randrange(0, 3))))
        pairs.append((x, list(reversed(correlated(x, 1)))))
        pairs.append((x, scores(n)))
    # Ties on one or both sides.
    for n in [3, 4, 5, 8, 12, 20, 33, 40, 80, 200]:
        for levels in [2, 3, 5]:
            x = scores(n, levels)
            if len(set(x)) < 2:
                continue
            y = correlated(x, 2) if rng.random() < 0.5 else scores(n, levels + 1)
            if len(set(y)) < 2:
                continue
            pairs.append((x, y))
            pairs.append((scores(n), y))
    for x, y in pairs:
        tied = len(set(x)) < len(x) or len(set(y)) < len(y)
        methods = ["auto", "asymptotic"] + ([] if tied else ["exact"])
        results = []
        for method in methods:
            for alternative in ALTERNATIVES:
                if method == "asymptotic" and len(x) == 2:
                    continue  # scipy divides 0 by 0 there
                r = stats.kendalltau(x, y, method=method, alternative=alternative)
                results.append({
                    "method": method, "alternative": alternative,
                    "statistic": float(r.statistic), "pvalue": float(r.pvalue),
                })
        cases.append({"x": x, "y": y, "results": results})
    return cases


def spearman_cases():
    """One case per pair of score lists, with every alternative."""
    rng.seed(f"{SEED}-spearman")
    cases = []
    for n in list(range(3, 31)) + [40, 75, 150, 400]:
        for levels in [None, 3, max(2, n // 2)]:
            x = scores(n, levels)
            y = correlated(x, rng.randrange(0, n)) if rng.random() < 0.6 else scores(n, levels)
            if len(set(x)) < 2 or len(set(y)) < 2:
                continue
            results = []
            for alternative in ALTERNATIVES:
                r = stats.spearmanr(x, y, alternative=alternative)
                results.append({
                    "alternative": alternative,
                    "statistic": float(r.statistic), "pvalue": float(r.pvalue),
                })
            cases.append({"x": x, "y": y, "results": results})
    return cases


def footrule(x, y):
    # Average ranks; ascending or descending gives the same distance.
    return float(np.abs(stats.rankdata(x) - stats.rankdata(y)).sum())


STATISTICS = {
    "tau-b": lambda x, y: stats.kendalltau(x, y).statistic,
    "spearman": lambda x, y: stats.spearmanr(x, y).statistic,
    "footrule": footrule,
    "weighted-tau": lambda x, y: stats.weightedtau(x, y).statistic,
}


def permutation_cases():
    """Pairings tests small enough that scipy enumerates every pairing."""
    rng.seed(f"{SEED}-permutation")
    cases = []
    for n in [3, 4, 5]:
        for trial in range(3):
            tied = trial == 2
            x = scores(n, 3) if tied else scores(n)
            y = correlated(x, trial) if not tied else scores(n, 3)
            if len(set(x)) < 2 or len(set(y)) < 2:
                continue
            for name, statistic in STATISTICS.items():
                if name == "weighted-tau" and tied:
                    continue  # scipy breaks double ties by index
                for alternative in ALTERNATIVES:
                    r = stats.permutation_test(
                        (x, y), statistic, permutation_type="pairings",
                        vectorized=False, n_resamples=np.inf,
                        alternative=alternative,
                    )
                    cases.append({
                        "x": x, "y": y, "measure": name, "alternative": alternative,
                        "statistic": float(r.statistic), "pvalue": float(r.pvalue),
                        "null_size": int(len(r.null_distribution)),
                    })
    return cases


def concordance_cases():
    """Friedman's chi-square over m rankings (blocks) of n items."""
    rng.seed(f"{SEED}-concordance")
    cases = []
    for n, m in [(3, 2), (3, 5), (4, 3), (5, 4), (6, 10), (8, 3), (10, 6), (20, 15), (50, 40)]:
        for levels in [None, 3]:
            base = scores(n)
            rankings = []
            for _ in range(m):
                r = correlated(base, rng.randrange(0, n)) if levels is None else scores(n, levels)
                rankings.append(r)
            columns = np.array(rankings).T  # one argument per item
            r = stats.friedmanchisquare(*columns)
            if not np.isfinite(r.statistic):
                continue
            cases.append({
                "rankings": rankings,
                "chi_square": float(r.statistic),
                "pvalue": float(r.pvalue),
                "w": float(r.statistic) / (m * (n - 1)),
            })
    return cases


FILES = {
    "kendall": kendall_cases,
    "spearman": spearman_cases,
    "permutation": permutation_cases,
    "concordance": concordance_cases,
}

if __name__ == "__main__":
    # Each file has its own seed, so any of them can be made alone:
    # generate.py [kendall] [spearman] [permutation] [concordance]
    for name in sys.argv[1:] or FILES:
        save(f"{name}.json", {"cases": FILES[name]()})
