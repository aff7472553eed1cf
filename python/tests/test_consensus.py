from itertools import permutations

import pytest

import security_hierarchy as sh
from security_hierarchy import Ranking, corpus


def cost(candidate, inputs, p=0.5):
    return sum(sh.kendall(candidate, r).distance(p) for r in inputs)


INPUTS = [
    Ranking.strict(["party", "taiwan", "economy", "seas", "world"]),
    Ranking.strict(["party", "economy", "taiwan", "world", "seas"]),
    Ranking([["economy"], ["party", "taiwan"], ["seas"], ["world"]]),
    Ranking.strict(["taiwan", "party", "seas", "economy"]),
]


def test_kemeny_is_optimal_by_brute_force():
    c = sh.consensus(INPUTS)
    assert c.method == "kemeny" and c.optimality in ("unique", "multiple")
    items = c.ranking.items()
    best = min(cost(Ranking.strict(list(p)), INPUTS) for p in permutations(items))
    assert c.cost == pytest.approx(best)
    assert c.distances == pytest.approx([sh.kendall(c.ranking, r).distance(0.5) for r in INPUTS])
    assert sum(c.distances) == pytest.approx(c.cost) and c.tie_penalty == 0.5
    assert c.to_dict()["distances"] == c.distances
    assert str(c).startswith("Kemeny consensus of 4 rankings")


def test_every_method_and_its_options():
    for method in ("borda", "copeland", "kemeny", "heuristic"):
        c = sh.consensus(INPUTS, method=method, tie_penalty=1.0)
        assert c.method == method and c.tie_penalty == 1.0
        assert c.cost == pytest.approx(cost(c.ranking, INPUTS, 1.0))
    assert sh.consensus(INPUTS, method="heuristic", seed=7) == sh.consensus(INPUTS, method="heuristic", seed=7)
    assert sh.consensus(INPUTS, method="heuristic").optimality == "not-proven"
    assert sh.consensus(INPUTS, max_component=5).ranking == sh.consensus(INPUTS).ranking


def test_borda_ties_and_overruled():
    c = sh.consensus([Ranking.strict(["a", "b"]), Ranking.strict(["b", "a"])], method="borda")
    assert c.ranking == Ranking([["a", "b"]]) and c.distances == [0.5, 0.5] and c.overruled == []
    three = [Ranking.strict(["x", "y"])] * 2 + [Ranking.strict(["y", "x"])]
    assert sh.consensus(three).overruled == []
    assert repr(c) == "<Consensus by Borda of 2 rankings over 2 items: cost=1, not-proven>"


def test_kemeny_with_ties_is_optimal_over_weak_orders_by_brute_force():
    inputs = [Ranking.strict(["a", "b", "c"]), Ranking.strict(["b", "a", "c"]), Ranking([["a", "b"], ["c"]])]
    c = sh.consensus(inputs, allow_ties=True)
    assert c.ranking == Ranking([["a", "b"], ["c"]]) and c.cost == 1.0 and c.optimality == "unique"
    assert sh.consensus(inputs).cost == 1.5  # a strict consensus must break the tie

    def weak_orders(items):
        if not items:
            yield []
            return
        first, rest = items[0], items[1:]
        for order in weak_orders(rest):
            for i in range(len(order)):
                yield order[:i] + [order[i] + [first]] + order[i + 1:]
            for i in range(len(order) + 1):
                yield order[:i] + [[first]] + order[i:]

    for p in (0.0, 0.5, 1.0):
        got = sh.consensus(INPUTS, allow_ties=True, tie_penalty=p)
        best = min(cost(Ranking(w), INPUTS, p) for w in weak_orders(got.ranking.items()))
        assert got.cost == pytest.approx(best)
    assert sh.consensus(INPUTS, method="heuristic", allow_ties=True).method == "heuristic"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.consensus(INPUTS, method="borda", allow_ties=True)
    assert str(e.value) == "`allow_ties` applies to the kemeny and heuristic methods only, not `borda`"


def test_hierarchies_on_common_ground():
    docs = [corpus.hierarchy("rudd-2018"), corpus.hierarchy("erickson-2019")]
    c = sh.consensus(docs, via="concern")
    assert c.ranking.levels[0] == ["party-rule"]
    concern = sh.Via("concern")
    assert c == sh.consensus([concern.ranking(h) for h in docs])


def test_errors():
    with pytest.raises(sh.InvalidValueError) as e:
        sh.consensus([])
    assert str(e.value) == "a consensus needs at least one input ranking; none were given"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.consensus(INPUTS, method="borda", max_component=3)
    assert str(e.value) == "`max_component` applies to the kemeny method only, not `borda`"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.consensus(INPUTS, seed=1)
    assert str(e.value) == "`seed` applies to the heuristic method only, not `kemeny`"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.consensus(INPUTS, method="mean")
    assert str(e.value) == "unknown consensus method `mean`; expected borda, copeland, kemeny or heuristic"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.consensus(INPUTS, max_component=0)
    assert str(e.value) == "component limit 0 is outside 1..=27"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.consensus(INPUTS, tie_penalty=2.0)
    assert str(e.value) == "tie penalty p = 2 is outside [0, 1]"
    with pytest.raises(TypeError) as e:
        sh.consensus([INPUTS[0], corpus.hierarchy("pu-2022")])
    assert str(e.value) == "consensus inputs must be all Rankings or all Hierarchies, not a mix"
    with pytest.raises(TypeError) as e:
        sh.consensus(INPUTS, via="tier")
    assert str(e.value) == "via applies to hierarchies; rankings are combined item by item"


def test_too_large_names_the_option():
    # A majority cycle over 4 items, solved exactly only with a limit of 4 or more.
    items = ["a", "b", "c", "d"]
    inputs = [Ranking.strict(items[i:] + items[:i]) for i in range(4)]
    with pytest.raises(sh.TooLargeError) as e:
        sh.consensus(inputs, max_component=2)
    assert "max_component" in str(e.value) or "max-component" in str(e.value)
    assert sh.consensus(inputs, max_component=4).optimality in ("unique", "multiple")
