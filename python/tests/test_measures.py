import itertools
import math

import numpy as np
import pytest
from scipy import stats

import security_hierarchy as sh
from security_hierarchy import Ranking

# ---------------------------------------------------------------- helpers


def random_weak_order(rng, items, levels):
    """A random weak order of `items` in at most `levels` levels."""
    assignment = rng.integers(0, levels, size=len(items))
    used = sorted(set(assignment.tolist()))
    return Ranking([[items[i] for i in range(len(items)) if assignment[i] == lv] for lv in used])


def brute_counts(a, b):
    shared = [x for x in a if x in b]
    counts = dict(concordant=0, discordant=0, tied_a=0, tied_b=0, tied_both=0)
    for x, y in itertools.combinations(shared, 2):
        ca, cb = a.compare(x, y), b.compare(x, y)
        if ca == 0 and cb == 0:
            counts["tied_both"] += 1
        elif ca == 0:
            counts["tied_a"] += 1
        elif cb == 0:
            counts["tied_b"] += 1
        elif ca == cb:
            counts["concordant"] += 1
        else:
            counts["discordant"] += 1
    return shared, counts


def average_ranks(ranking, shared):
    """Average ranks (1 = top) of the shared items, restricted to them."""
    levels = [[x for x in level if x in shared] for level in ranking.levels]
    ranks, start = {}, 0
    for level in levels:
        for x in level:
            ranks[x] = start + (len(level) + 1) / 2
        start += len(level)
    return ranks


def assert_close(got, want):
    if want is None or math.isnan(want):
        assert got is None
    else:
        assert got == pytest.approx(want, rel=1e-12, abs=1e-12)


ITEMS = [f"i{k}" for k in range(12)]

# ---------------------------------------------------------------- rankings


@pytest.mark.parametrize("case", range(40))
def test_rank_measures_against_brute_force_and_scipy(rng, case):
    a = random_weak_order(rng, list(rng.permutation(ITEMS)[: rng.integers(0, 12)]), rng.integers(1, 6))
    b = random_weak_order(rng, list(rng.permutation(ITEMS)[: rng.integers(0, 12)]), rng.integers(1, 6))
    shared, want = brute_counts(a, b)
    c = sh.kendall(a, b)
    got = dict(
        concordant=c.concordant, discordant=c.discordant, tied_a=c.tied_a, tied_b=c.tied_b, tied_both=c.tied_both
    )
    assert got == want
    assert c.items == len(shared) and c.pairs == len(shared) * (len(shared) - 1) // 2
    for p in (0.0, 0.5, 1.0):
        assert c.distance(p) == want["discordant"] + p * (want["tied_a"] + want["tied_b"])
    assert c.distance() == c.distance(0.5)

    # scipy on scores: a higher score is a higher priority.
    x = [-a.level_of(s) for s in shared]
    y = [-b.level_of(s) for s in shared]
    if len(shared) >= 2:
        assert_close(c.tau_b, stats.kendalltau(x, y).statistic)
        assert_close(sh.spearman(a, b), stats.spearmanr(x, y).statistic)
        assert_close(sh.weighted_tau(a, b), stats.weightedtau(x, y).statistic)
        assert_close(c.tau_a, (want["concordant"] - want["discordant"]) / c.pairs)
    else:
        assert c.tau_a is None and c.tau_b is None
        assert sh.spearman(a, b) is None and sh.weighted_tau(a, b) is None

    ra, rb = average_ranks(a, shared), average_ranks(b, shared)
    f = sh.footrule(a, b)
    assert f.items == len(shared)
    assert f.distance == pytest.approx(sum(abs(ra[s] - rb[s]) for s in shared))
    if len(shared) >= 2:
        assert f.normalized == pytest.approx(f.distance / (len(shared) ** 2 // 2))
    else:
        assert f.normalized is None


def rbo_ext_strict(a, b, p):
    """Webber et al. (2010), eq. 32: RBO_ext of two strict lists of equal length k."""
    la, lb = list(a), list(b)
    k = len(la)
    overlap = [len(set(la[:d]) & set(lb[:d])) for d in range(1, k + 1)]
    return overlap[-1] / k * p**k + (1 - p) / p * sum(overlap[d - 1] / d * p**d for d in range(1, k + 1))


@pytest.mark.parametrize("p", [0.5, 0.9, 0.98])
def test_rbo_against_the_formula(rng, p):
    for _ in range(20):
        k = int(rng.integers(1, 15))
        a = Ranking.strict(list(rng.permutation(ITEMS + ["x", "y", "z"])[:k]))
        b = Ranking.strict(list(rng.permutation(ITEMS + ["x", "y", "z"])[:k]))
        r = sh.rbo(a, b, persistence=p)
        assert r.ext == pytest.approx(rbo_ext_strict(a, b, p), abs=1e-12)
        assert r.min <= r.ext <= r.max and r.res == pytest.approx(r.max - r.min)
        for ties in "wab":
            assert sh.rbo(a, b, persistence=p, ties=ties) == r


def test_rbo_ties_and_errors():
    a = Ranking.strict(["a", "b", "c", "d"])
    b = Ranking([["b", "a"], ["e"]])
    assert sh.rbo(a, a).ext == pytest.approx(1.0)
    w, avg = sh.rbo(a, b, ties="w"), sh.rbo(a, b, ties="a")
    assert w != avg
    assert w.to_dict() == {"min": w.min, "max": w.max, "res": w.res, "ext": w.ext}
    with pytest.raises(sh.InvalidValueError) as e:
        sh.rbo(a, b, persistence=1.0)
    assert str(e.value) == "RBO persistence p = 1 is outside (0, 1)"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.rbo(a, Ranking([]))
    assert str(e.value) == "ranking `b` is empty; RBO needs at least one item on each side"
    with pytest.raises(sh.UnknownNameError) as e:
        sh.rbo(a, b, ties="c")
    assert str(e.value) == "`c` is not a tie treatment slug; expected one of: w, a, b"
    with pytest.raises(TypeError):
        sh.rbo(a, b, 0.9)  # options are keyword-only


def test_distance_penalty_error():
    c = sh.kendall(Ranking.strict(["a"]), Ranking.strict(["a"]))
    with pytest.raises(sh.InvalidValueError) as e:
        c.distance(1.5)
    assert str(e.value) == "tie penalty p = 1.5 is outside [0, 1]"
    with pytest.raises(sh.InvalidValueError) as e:
        c.distance(tie_penalty=float("nan"))
    assert str(e.value) == "tie penalty p = NaN is outside [0, 1]"


# ---------------------------------------------------------------- the report


def test_compare_report():
    a = Ranking.strict(["party", "unity", "economy", "world"])
    b = Ranking.strict(["party", "economy", "unity", "climate"])
    r = sh.compare(a, b)
    assert (r.a, r.b) == ("a", "b")
    assert r.shared == ["party", "unity", "economy"]
    assert (r.only_a, r.only_b) == (["world"], ["climate"])
    assert r.counts == sh.kendall(a, b)
    assert r.tau_b == r.counts.tau_b and r.tau_a == r.counts.tau_a
    assert r.spearman == sh.spearman(a, b)
    assert r.footrule == sh.footrule(a, b)
    assert r.weighted_tau == sh.weighted_tau(a, b)
    assert r.rbo == sh.rbo(a, b)
    assert (r.persistence, r.ties, r.tie_penalty, r.weigher) == (0.9, "w", 0.5, "hyperbolic")
    assert r.distance == r.counts.distance(0.5)
    assert [(d.first, d.second, d.in_a, d.in_b) for d in r.discordant] == [("unity", "economy", (2, 3), (3, 2))]
    assert r.discordant == sh.discordant_pairs(a, b)
    assert [m.item for m in r.movers] == ["unity", "economy"]
    assert (r.movers[0].rank_a, r.movers[0].rank_b, r.movers[0].shift) == (2.0, 3.0, -1.0)
    line = "a puts `unity` (level 2) above `economy` (level 3); b puts `economy` (level 2) above `unity` (level 3)"
    assert r.discordant[0].describe() == line and f"  discordant pairs (1):\n    {line}\n" in str(r)
    assert repr(r) == "<Comparison 'a' against 'b': 3 shared, tau_b=0.333, rbo_ext=" + f"{r.rbo.ext:.3f}, 1 discordant>"
    with pytest.raises(AttributeError):
        r.tau_b = 1.0


def test_compare_options_and_to_dict():
    a = Ranking([["x"], ["y", "z"]])
    b = Ranking.strict(["z", "y", "x"])
    r = sh.compare(a, b, persistence=0.8, ties="b", tie_penalty=1.0, movers=1, names=("mine", "theirs"))
    assert (r.a, r.b, r.persistence, r.ties, r.tie_penalty) == ("mine", "theirs", 0.8, "b", 1.0)
    assert len(r.movers) == 1
    assert r.rbo == sh.rbo(a, b, persistence=0.8, ties="b")
    d = r.to_dict()
    assert list(d) == [
        "a", "b", "shared", "only_a", "only_b", "counts", "tau_a", "tau_b", "tie_penalty", "distance",
        "spearman", "footrule", "weigher", "weighted_tau", "persistence", "ties", "rbo", "discordant", "movers",
        "significance",
    ]
    assert d["significance"] is None and r.significance is None
    assert d["counts"] == r.counts.to_dict()
    assert d["counts"]["tau_b"] == r.tau_b
    assert d["footrule"] == r.footrule.to_dict()
    assert d["rbo"] == r.rbo.to_dict()
    assert d["discordant"] == [p.to_dict() for p in r.discordant]
    assert d["discordant"] == [
        {"first": "x", "second": "y", "in_a": [1, 2], "in_b": [3, 2]},
        {"first": "x", "second": "z", "in_a": [1, 2], "in_b": [3, 1]},
    ]
    assert d["movers"] == [
        {"item": m.item, "rank_a": m.rank_a, "rank_b": m.rank_b, "shift": m.shift} for m in r.movers
    ]


def test_compare_empty_and_errors():
    r = sh.compare(Ranking([]), Ranking([]))
    assert r.shared == [] and r.rbo is None and r.tau_a is None and r.spearman is None
    assert r.to_dict()["rbo"] is None
    a = Ranking.strict(["x", "y"])
    with pytest.raises(sh.InvalidValueError) as e:
        sh.compare(a, a, persistence=0.0)
    assert str(e.value) == "RBO persistence p = 0 is outside (0, 1)"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.compare(a, a, tie_penalty=-0.5)
    assert str(e.value) == "tie penalty p = -0.5 is outside [0, 1]"


def test_compare_two_built_ins_on_tiers():
    pu = sh.corpus.hierarchy("pu-2022")
    erickson = sh.corpus.hierarchy("erickson-2019")
    tiers = sh.Via("tier")
    r = sh.compare(tiers.ranking(pu), tiers.ranking(erickson), names=(pu.id, erickson.id))
    assert r.a == "pu-2022" and r.tau_b == 1.0
    assert sh.compare(pu, erickson, via="tier") == r


# ---------------------------------------------------------------- score arrays


@pytest.mark.parametrize("n", [2, 3, 10, 100, 2000])
def test_scores_against_scipy(rng, n):
    for ties in (False, True):
        if ties:
            x = rng.integers(0, max(2, n // 4), size=n).astype(np.float64)
            y = rng.integers(0, max(2, n // 4), size=n).astype(np.float64)
        else:
            x, y = rng.normal(size=n), rng.normal(size=n)
        c = sh.kendall_scores(x, y)
        assert_close(c.tau_b, stats.kendalltau(x, y).statistic)
        assert_close(sh.spearman_scores(x, y), stats.spearmanr(x, y).statistic)
        assert_close(sh.weighted_tau_scores(x, y), stats.weightedtau(x, y).statistic)


def test_scores_match_rankings(rng):
    x, y = rng.integers(0, 5, size=(2, 30)).astype(float)
    names = [f"s{i}" for i in range(30)]
    a = Ranking.from_scores(dict(zip(names, x)))
    b = Ranking.from_scores(dict(zip(names, y)))
    assert sh.kendall_scores(x, y) == sh.kendall(a, b)
    assert sh.spearman_scores(x, y) == pytest.approx(sh.spearman(a, b))


DTYPES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
          np.float16, np.float32, np.float64]


@pytest.mark.parametrize("dtype", DTYPES)
def test_every_real_dtype(rng, dtype):
    x = rng.integers(0, 100, size=200).astype(dtype)
    y = rng.integers(0, 100, size=200).astype(dtype)
    as_float = (x.astype(np.float64), y.astype(np.float64))
    want = sh.kendall_scores(*as_float)
    assert sh.kendall_scores(x, y) == want
    assert sh.spearman_scores(x, y) == sh.spearman_scores(*as_float)
    assert sh.weighted_tau_scores(x, y) == sh.weighted_tau_scores(*as_float)
    assert_close(want.tau_b, stats.kendalltau(x, y).statistic)


@pytest.mark.parametrize("dtype", [np.float64, np.int32, np.float32, np.uint64])
def test_non_contiguous_and_read_only_arrays(rng, dtype):
    base = rng.integers(-50, 50, size=(2, 400)).astype(dtype) if dtype != np.uint64 else rng.integers(
        0, 50, size=(2, 400)).astype(dtype)
    x, y = base[0, ::3], base[1, ::-3]
    assert not x.flags.c_contiguous and not y.flags.c_contiguous
    want = sh.kendall_scores(np.ascontiguousarray(x), np.ascontiguousarray(y))
    assert sh.kendall_scores(x, y) == want
    column = np.asfortranarray(base.T)[:, 0]  # a strided column view
    assert sh.kendall_scores(column, column).tau_b == 1.0
    frozen = np.array(base[0], dtype=np.float64)
    frozen.flags.writeable = False
    assert sh.kendall_scores(frozen, frozen).tau_b == 1.0
    assert np.array_equal(frozen, base[0].astype(np.float64))  # inputs untouched


def test_lists_and_tuples():
    x, y = [3, 2, 2, 1], (1.0, 2.0, 3.0, 3.0)
    c = sh.kendall_scores(x, y)
    assert (c.concordant, c.discordant, c.tied_a, c.tied_b) == (0, 4, 1, 1)
    assert c.tau_b == -0.8
    assert sh.spearman_scores([1, 2, 3], [10, 20, 30]) == 1.0
    assert sh.kendall_scores([], []).pairs == 0
    assert sh.spearman_scores([1.0], [1.0]) is None
    assert sh.weighted_tau_scores([1, 1, 1], [1, 2, 3]) is None


def test_score_errors():
    with pytest.raises(sh.InvalidValueError) as e:
        sh.kendall_scores([1.0], [1.0, 2.0])
    assert str(e.value) == "score lists differ in length: 1 and 2"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.spearman_scores(np.array([1.0, np.nan]), np.array([1.0, 2.0]))
    assert str(e.value) == "score of `x[1]` is NaN; scores must be finite numbers"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.weighted_tau_scores([1.0, 2.0], [0.0, float("inf")])
    assert str(e.value) == "score of `y[1]` is inf; scores must be finite numbers"
    big = np.array([0, 2**53 + 1], dtype=np.int64)
    with pytest.raises(sh.InvalidValueError) as e:
        sh.kendall_scores(big, big)
    assert str(e.value) == (
        "x[1] has magnitude 9007199254740993, beyond 2**53; 64-bit integer scores must be exact as floats"
    )
    exact = np.array([-(2**53), 2**53], dtype=np.int64)
    assert sh.kendall_scores(exact, exact).tau_b == 1.0
    with pytest.raises(TypeError) as e:
        sh.kendall_scores(np.zeros((2, 2)), np.zeros((2, 2)))
    assert str(e.value) == "x must be a 1-D array of real numbers; got a 2-D array of dtype float64"
    with pytest.raises(TypeError) as e:
        sh.kendall_scores(np.array([1.0, 2.0]), np.array([True, False]))
    assert str(e.value) == "y must be a 1-D array of real numbers; got a 1-D array of dtype bool"
    with pytest.raises(TypeError) as e:
        sh.kendall_scores(np.array([1 + 2j]), np.array([1.0]))
    assert str(e.value) == "x must be a 1-D array of real numbers; got a 1-D array of dtype complex128"
    with pytest.raises(TypeError) as e:
        sh.kendall_scores("12", [1, 2])
    assert str(e.value) == "x must be a sequence of numbers, not a str"
    with pytest.raises(TypeError):
        sh.kendall_scores(["a", "b"], [1, 2])


def test_large_arrays_match_scipy(rng):
    n = 200_000
    x = rng.normal(size=n)
    y = x + rng.normal(size=n)
    assert_close(sh.kendall_scores(x, y).tau_b, stats.kendalltau(x, y).statistic)
    assert sh.weighted_tau_scores(x, y) == pytest.approx(stats.weightedtau(x, y).statistic, rel=1e-9)
