import itertools
import math

import numpy as np
import pytest
from scipy import stats

import security_hierarchy as sh
from security_hierarchy import Ranking, corpus

ITEMS = [f"i{k}" for k in range(40)]


def random_weak_order(rng, items, levels):
    assignment = rng.integers(0, levels, size=len(items))
    used = sorted(set(assignment.tolist()))
    return Ranking([[items[i] for i in range(len(items)) if assignment[i] == lv] for lv in used])


def paired_scores(a, b):
    """Scores of the items both share, higher for a higher priority."""
    shared = [x for x in a if x in b]
    x = [-a.level_of(i) for i in shared]
    y = [-b.level_of(i) for i in shared]
    return x, y


def approx(want):
    return pytest.approx(want, rel=1e-9, abs=1e-12)


# ------------------------------------------------------------ Kendall's test


@pytest.mark.parametrize("alternative", ["two-sided", "less", "greater"])
def test_kendall_test_of_tied_rankings_matches_scipy(rng, alternative):
    for _ in range(40):
        n = int(rng.integers(3, 40))
        a = random_weak_order(rng, ITEMS[:n], int(rng.integers(2, 8)))
        b = random_weak_order(rng, ITEMS[:n], int(rng.integers(2, 8)))
        x, y = paired_scores(a, b)
        if len(set(x)) < 2 or len(set(y)) < 2:
            continue
        want = stats.kendalltau(x, y, alternative=alternative)
        got = sh.kendall_test(a, b, alternative=alternative)
        assert got.tau_b == approx(want.statistic)
        assert got.p_value == approx(want.pvalue)
        assert got.alternative == alternative
        if len(set(x)) < len(x) or len(set(y)) < len(y):
            assert got.method == "asymptotic"


@pytest.mark.parametrize("alternative", ["two-sided", "less", "greater"])
def test_kendall_test_of_strict_rankings_is_exact_as_scipy(rng, alternative):
    # From 3 items: with 2, scipy's asymptotic variance divides by zero.
    for n in [3, 5, 8, 13, 21, 33, 34, 40]:
        a = Ranking.strict(ITEMS[:n])
        b = Ranking.strict([ITEMS[i] for i in rng.permutation(n)])
        x, y = paired_scores(a, b)
        for method in ["auto", "exact", "asymptotic"]:
            want = stats.kendalltau(x, y, method=method, alternative=alternative)
            got = sh.kendall_test(a, b, alternative=alternative, method=method)
            assert got.p_value == approx(want.pvalue), (n, method)
            assert got.method == ("exact" if method == "exact" or (method == "auto" and n <= 33) else "asymptotic")
            assert (got.z is None) == (got.method == "exact")
        assert got.counts == sh.kendall(a, b)


def test_kendall_test_scores_takes_numpy_arrays_as_scipy(rng):
    for dtype in [np.int8, np.int64, np.float32, np.float64]:
        x = rng.integers(0, 6, size=25).astype(dtype)
        y = rng.integers(0, 6, size=25).astype(dtype)
        want = stats.kendalltau(x, y)
        got = sh.kendall_test_scores(x, y)
        assert got.tau_b == approx(want.statistic)
        assert got.p_value == approx(want.pvalue)
    x, y = rng.permutation(12), rng.permutation(12)
    exact = sh.kendall_test_scores(x, y, alternative="greater")
    assert exact.method == "exact"
    assert exact.p_value == approx(stats.kendalltau(x, y, alternative="greater").pvalue)


def test_kendall_test_result_record():
    a = Ranking.strict(["party", "unity", "economy", "world", "climate"])
    b = Ranking.strict(["unity", "party", "economy", "world", "climate"])
    t = sh.kendall_test(a, b, alternative="greater")
    assert (t.tau_b, t.method) == (0.8, "exact")
    assert t.p_value == approx(5 / 120)
    d = t.to_dict()
    assert d["method"] == "exact" and d["alternative"] == "greater" and d["z"] is None
    assert d["counts"]["discordant"] == 1
    assert str(t) == "Kendall's tau-b test (exact, greater): tau-b 0.800, p = 0.0417 on 5 shared items"
    assert t == sh.kendall_test(a, b, alternative="greater")
    with pytest.raises(AttributeError):
        t.p_value = 0.5  # type: ignore[misc]


def test_kendall_test_errors():
    a = Ranking.strict(["party", "unity", "economy"])
    tied = Ranking([["party", "unity"], ["economy"]])
    with pytest.raises(sh.InvalidValueError) as e:
        sh.kendall_test(a, tied, method="exact")
    assert str(e.value) == (
        "the exact Kendall test needs rankings without ties, but ranking `b` has 1 tied pair(s) "
        "of shared items; use the asymptotic method or a permutation test"
    )
    with pytest.raises(sh.InvalidValueError) as e:
        sh.kendall_test(a, Ranking.strict(["party", "x"]))
    assert str(e.value) == "Kendall's tau-b test needs at least 2 shared items; the rankings share 1"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.kendall_test(a, Ranking([["party", "unity", "economy"]]))
    assert str(e.value) == "Kendall's tau-b test is undefined: ranking `b` puts all 3 shared items on one level"
    with pytest.raises(sh.UnknownNameError) as e:
        sh.kendall_test(a, a, alternative="bigger")
    assert str(e.value) == "`bigger` is not a alternative slug; expected one of: two-sided, less, greater"
    with pytest.raises(sh.UnknownNameError) as e:
        sh.kendall_test(a, a, method="fast")
    assert str(e.value) == "`fast` is not a method slug; expected one of: auto, exact, asymptotic"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.kendall_test_scores([1.0, 2.0], [1.0, 2.0, 3.0])
    assert str(e.value) == "score lists differ in length: 2 and 3"
    with pytest.raises(TypeError):
        sh.kendall_test(a, corpus.hierarchy("pu-2022"))


def test_kendall_test_of_hierarchies_goes_through_via():
    e, r = corpus.hierarchy("erickson-2019"), corpus.hierarchy("rudd-2022")
    concern = sh.Via("concern")
    assert sh.kendall_test(e, r, via="concern") == sh.kendall_test(concern.ranking(e), concern.ranking(r))
    with pytest.raises(sh.NotRankedError):
        sh.kendall_test(e, corpus.hierarchy("xi-2020"), via="concern")


# ----------------------------------------------------------- Spearman's test


@pytest.mark.parametrize("alternative", ["two-sided", "less", "greater"])
def test_spearman_test_matches_scipy(rng, alternative):
    for _ in range(40):
        n = int(rng.integers(3, 40))
        a = random_weak_order(rng, ITEMS[:n], int(rng.integers(2, 10)))
        b = random_weak_order(rng, ITEMS[:n], int(rng.integers(2, 10)))
        x, y = paired_scores(a, b)
        if len(set(x)) < 2 or len(set(y)) < 2:
            continue
        want = stats.spearmanr(x, y, alternative=alternative)
        got = sh.spearman_test(a, b, alternative=alternative)
        assert got.rho == approx(want.statistic)
        assert got.p_value == approx(want.pvalue)
        assert got.items == n and got.alternative == alternative
        s = sh.spearman_test_scores(np.array(x, dtype=np.int16), np.array(y), alternative=alternative)
        assert s.p_value == approx(want.pvalue)


def test_spearman_test_record_and_errors():
    t = sh.spearman_test_scores([1.0, 2.0, 3.0], [3.0, 2.0, 1.0], alternative="less")
    assert (t.rho, t.p_value, t.t) == (-1.0, 0.0, -math.inf)
    assert t.to_dict()["alternative"] == "less"
    assert str(t).startswith("Spearman's rho test (t-distribution, less): rho -1.000")
    with pytest.raises(sh.InvalidValueError) as e:
        sh.spearman_test(Ranking.strict(["a", "b"]), Ranking.strict(["b", "a"]))
    assert str(e.value) == "Spearman's rho test needs at least 3 shared items; the rankings share 2"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.spearman_test_scores([1.0, float("nan"), 2.0], [1.0, 2.0, 3.0])
    assert str(e.value) == "score of `x[1]` is NaN; scores must be finite numbers"


# --------------------------------------------------------- permutation tests


def brute_greater(a, b, statistic):
    """The exact one-sided p-value over every order of b's shared items."""
    shared = [x for x in a if x in b]
    observed = statistic(a, b)
    hits = total = 0
    for order in itertools.permutations(shared):
        total += 1
        if statistic(a, Ranking.strict(order)) >= observed - 1e-12:
            hits += 1
    return observed, hits / total


@pytest.mark.parametrize("measure", ["tau-b", "spearman", "weighted-tau", "rbo"])
def test_exact_permutation_test_against_brute_force(rng, measure):
    read = {
        "tau-b": lambda a, b: sh.kendall(a, b).tau_b,
        "spearman": sh.spearman,
        "weighted-tau": sh.weighted_tau,
        "rbo": lambda a, b: sh.rbo(a, b).ext,
    }[measure]
    for n in [3, 5, 6]:
        a = Ranking.strict(ITEMS[:n])
        b = Ranking.strict([ITEMS[i] for i in rng.permutation(n)])
        observed, p = brute_greater(a, b, read)
        got = sh.permutation_test(a, b, measure, alternative="greater")
        assert got.exact and got.permutations == math.factorial(n)
        assert got.statistic == approx(observed)
        assert got.p_value == approx(p)
        assert got.items == n


def test_sampled_permutation_test_is_seeded(rng):
    a = Ranking.strict(ITEMS[:12])
    b = Ranking.strict([ITEMS[i] for i in rng.permutation(12)])
    one = sh.permutation_test(a, b, "footrule", alternative="less", resamples=500, seed=7)
    assert not one.exact and one.permutations == 500
    assert one == sh.permutation_test(a, b, "footrule", alternative="less", resamples=500, seed=7)
    assert one.p_value >= 1 / 501
    d = one.to_dict()
    assert d["measure"] == {"measure": "footrule"} and d["exact"] is False
    distance = sh.permutation_test(a, b, "kendall-distance", tie_penalty=1.0, exact_limit=10, resamples=50)
    assert distance.measure == "kendall-distance (tie penalty 1)"
    assert distance.statistic == sh.kendall(a, b).distance(1.0)


def test_permutation_test_errors():
    a = Ranking.strict(["a", "b", "c"])
    with pytest.raises(sh.InvalidValueError) as e:
        sh.permutation_test(a, a, "tau-c")
    assert str(e.value) == (
        'unknown measure "tau-c"; expected one of "tau-b", "spearman", '
        '"footrule", "weighted-tau", "kendall-distance", "rbo"'
    )
    with pytest.raises(sh.InvalidValueError) as e:
        sh.permutation_test(a, a, resamples=0)
    assert str(e.value) == "a permutation test needs at least one resample; `resamples` is 0"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.permutation_test(a, a, "rbo", persistence=1.5)
    assert str(e.value) == "RBO persistence p = 1.5 is outside (0, 1)"
    with pytest.raises(sh.UnknownNameError) as e:
        sh.permutation_test(a, a, "rbo", ties="z")
    assert str(e.value) == "`z` is not a tie treatment slug; expected one of: w, a, b"


# ---------------------------------------------------------------- Kendall's W


def brute_w(rankings):
    shared = [x for x in rankings[0] if all(x in r for r in rankings)]
    m, n = len(rankings), len(shared)
    sums = {x: 0.0 for x in shared}
    ties = 0.0
    for r in rankings:
        levels = [[x for x in level if x in shared] for level in r.levels]
        start = 0
        for level in levels:
            for x in level:
                sums[x] += start + (len(level) + 1) / 2
            start += len(level)
            ties += len(level) ** 3 - len(level)
    s = sum((v - m * (n + 1) / 2) ** 2 for v in sums.values())
    return 12 * s / (m * m * (n**3 - n) - m * ties), shared


def test_concordance_matches_brute_force_and_friedman(rng):
    for _ in range(30):
        m, n = int(rng.integers(2, 6)), int(rng.integers(3, 15))
        rankings = [random_weak_order(rng, ITEMS[:n], int(rng.integers(2, 6))) for _ in range(m)]
        try:
            want, shared = brute_w(rankings)
        except ZeroDivisionError:
            continue
        got = sh.concordance(rankings)
        assert got.w == approx(want)
        assert got.items == shared and got.rankings == m and got.df == n - 1
        groups = [[-r.level_of(x) for r in rankings] for x in shared]
        friedman = stats.friedmanchisquare(*groups)
        assert got.chi_square == approx(friedman.statistic)
        assert got.p_value == approx(friedman.pvalue)
        assert got.permutation is None


def test_concordance_permutations_and_left_out():
    rankings = [
        Ranking.strict(["party", "unity", "economy", "world"]),
        Ranking.strict(["party", "economy", "unity", "world"]),
        Ranking.strict(["unity", "party", "economy", "climate"]),
    ]
    w = sh.concordance(rankings, permutations=True, alternative="greater")
    assert w.left_out == ["world", "climate"]
    assert w.w == approx(4 / 9)
    assert w.permutation is not None
    assert w.permutation["exact"] is True and w.permutation["permutations"] == 36
    assert w.to_dict()["permutation"] == w.permutation
    assert str(w).startswith("Kendall's W 0.444 over 3 shared items and 3 rankings")
    docs = [corpus.hierarchy("rudd-2018"), corpus.hierarchy("erickson-2019")]
    on_concerns = sh.concordance(docs, via="concern")
    concern = sh.Via("concern")
    assert on_concerns == sh.concordance([concern.ranking(d) for d in docs])


def test_concordance_errors():
    a = Ranking.strict(["a", "b", "c"])
    with pytest.raises(sh.InvalidValueError) as e:
        sh.concordance([a])
    assert str(e.value) == "the concordance of rankings needs at least two rankings; 1 given"
    with pytest.raises(TypeError) as e:
        sh.concordance([a, corpus.hierarchy("pu-2022")])
    assert str(e.value) == "expected a sequence of all Rankings or all Hierarchies"
    with pytest.raises(TypeError) as e:
        sh.concordance([a, a], via="concern")
    assert str(e.value) == "via applies to hierarchies; rankings are compared item by item"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.concordance([a, a], permutations=True, resamples=0)
    assert str(e.value) == "a permutation test needs at least one resample; `resamples` is 0"


# ------------------------------------------------------ compare(..., test=)


def test_compare_fills_significance(rng):
    a = Ranking.strict(ITEMS[:10])
    b = Ranking.strict([ITEMS[i] for i in rng.permutation(10)])
    assert sh.compare(a, b).significance is None
    k = sh.compare(a, b, test="kendall", alternative="greater").significance
    assert k is not None
    assert k["p_value"] == sh.kendall_test(a, b, alternative="greater").p_value
    assert k["method"] == "exact" and k["alternative"] == "greater" and k["items"] == 10
    s = sh.compare(a, b, test="spearman").significance
    assert s is not None and s["p_value"] == sh.spearman_test(a, b).p_value
    p = sh.compare(a, b, test="permutation:rbo", persistence=0.8).significance
    assert p is not None
    assert p["p_value"] == sh.permutation_test(a, b, "rbo", persistence=0.8).p_value
    report = sh.compare(a, b, test="kendall")
    assert report.to_dict()["significance"] == report.significance
    assert "Kendall's tau-b test" in str(report)
    with pytest.raises(sh.InvalidValueError) as e:
        sh.compare(a, b, test="wilcoxon")  # type: ignore[call-overload]
    assert str(e.value) == (
        'unknown test "wilcoxon"; expected one of "kendall", "spearman", "permutation:tau-b", '
        '"permutation:spearman", "permutation:footrule", "permutation:weighted-tau", '
        '"permutation:kendall-distance", "permutation:rbo"'
    )


def test_compare_passes_the_tests_options(rng):
    a = Ranking.strict(ITEMS[:12])
    b = Ranking.strict([ITEMS[i] for i in rng.permutation(12)])
    # 12! permutations exceed the default exact limit: sampled, with the seed given.
    p = sh.compare(a, b, test="permutation:footrule", resamples=499, seed=7, alternative="less").significance
    assert p is not None
    direct = sh.permutation_test(a, b, "footrule", resamples=499, seed=7, alternative="less")
    assert not direct.exact and direct.permutations == 499
    assert (p["p_value"], p["method"], p["permutations"]) == (direct.p_value, "monte-carlo", 499)
    other_seed = sh.compare(a, b, test="permutation:footrule", resamples=499, seed=8).significance
    assert other_seed is not None
    assert other_seed["p_value"] == sh.permutation_test(a, b, "footrule", resamples=499, seed=8).p_value
    small = Ranking.strict(ITEMS[:6])
    shuffled = Ranking.strict([ITEMS[i] for i in [2, 0, 1, 5, 3, 4]])
    # 6! = 720 permutations: enumerated under the default limit, sampled under a lower one.
    assert sh.compare(small, shuffled, test="permutation:tau-b").significance["method"] == "exact"  # type: ignore[index]
    limited = sh.compare(small, shuffled, test="permutation:tau-b", exact_limit=100, resamples=50).significance
    assert limited is not None and (limited["method"], limited["permutations"]) == ("monte-carlo", 50)
    k = sh.compare(small, shuffled, test="kendall", method="asymptotic").significance
    assert k is not None
    assert k["method"] == "asymptotic"
    assert k["p_value"] == sh.kendall_test(small, shuffled, method="asymptotic").p_value
    with pytest.raises(sh.InvalidValueError) as e:
        sh.compare(a, b, test="kendall", seed=3)
    assert str(e.value) == '`seed` does not apply to test "kendall"'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.compare(a, b, test="permutation:rbo", method="exact")
    assert str(e.value) == '`method` does not apply to test "permutation:rbo"'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.compare(a, b, resamples=10)
    assert str(e.value) == "`resamples` is an option of the significance test; it needs `test`"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.compare(a, b, test="permutation:tau-b", resamples=0)
    assert str(e.value) == "a permutation test needs at least one resample; `resamples` is 0"


def test_reprs_read_as_python():
    a = Ranking.strict(["a", "b", "c", "d"])
    assert repr(sh.kendall_test(a, a)).startswith("KendallTest(tau_b=1.0, p_value=")
    assert repr(sh.kendall_test(a, a)).endswith("method='exact', alternative='two-sided')")
    assert "alternative='less'" in repr(sh.spearman_test(a, a, alternative="less"))
    assert repr(sh.permutation_test(a, a)).startswith("PermutationTest(measure='tau-b', statistic=1.0")
