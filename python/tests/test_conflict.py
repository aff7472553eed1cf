from itertools import combinations

import pytest

import security_hierarchy as sh
from documents import doc
from security_hierarchy import Ranking, corpus


def brute_force(a, b):
    """Discordant pairs and tie splits by looking at every pair."""
    shared = [x for x in a.items() if x in b]
    discordant, splits = set(), set()
    for x, y in combinations(shared, 2):
        ca, cb = a.compare(x, y), b.compare(x, y)
        if ca * cb == -1:
            discordant.add((x, y) if ca == 1 else (y, x))
        elif ca == 0 and cb != 0:
            splits.add(((x, y) if cb == 1 else (y, x), True))
        elif cb == 0 and ca != 0:
            splits.add(((x, y) if ca == 1 else (y, x), False))
    return discordant, splits


def test_discordances_of_rankings_match_brute_force():
    a = Ranking([["p"], ["u", "e"], ["w"], ["s"]])
    b = Ranking([["e"], ["p", "u"], ["s", "w"], ["c"]])
    d = sh.discordances(a, b)
    discordant, splits = brute_force(a, b)
    assert {(p.first, p.second) for p in d.discordant} == discordant
    assert {((t.higher, t.lower), t.tied_in_a) for t in d.tie_splits} == splits
    for p in d.discordant:
        assert p.in_a == (a.level_of(p.first) + 1, a.level_of(p.second) + 1)
        assert p.in_b == (b.level_of(p.first) + 1, b.level_of(p.second) + 1)
    assert (d.a, d.b, d.shared, d.only_a, d.only_b) == ("a", "b", 5, [], ["c"])
    assert d.discordant == sh.compare(a, b).discordant
    t = d.tie_splits[0]
    assert t.to_dict() == {
        "higher": t.higher, "lower": t.lower, "tied_in_a": t.tied_in_a,
        "tied_level": t.tied_level, "ordered_levels": list(t.ordered_levels),
    }
    assert repr(d) == f"<Discordances 'a' against 'b': 5 shared, {len(discordant)} discordant, {len(splits)} tie splits>"
    assert str(d) and d.to_dict()["discordant"] == [p.to_dict() for p in d.discordant]
    named = sh.discordances(a, b, names=("mine", "theirs"))
    assert (named.a, named.b) == ("mine", "theirs")
    assert "mine puts" in named.discordant[0].describe("mine", "theirs")
    with pytest.raises(AttributeError):
        d.a = "x"


def test_discordances_of_hierarchies_on_concerns():
    rudd, erickson = corpus.hierarchy("rudd-2018"), corpus.hierarchy("erickson-2019")
    d = sh.discordances(rudd, erickson, via="concern")
    concern = sh.Via("concern")
    want = sh.discordances(concern.ranking(rudd), concern.ranking(erickson), names=("rudd-2018", "erickson-2019"))
    assert d == want and (d.a, d.b) == ("rudd-2018", "erickson-2019")


def inverted():
    return doc("inv", [["seas"], ["party"], ["world"]], {"seas": "regional", "party": "regime", "world": "global"})


def test_tier_inversions():
    report = sh.tier_inversions(inverted())
    assert (report.hierarchy, report.vocabulary, report.order, report.is_empty) == ("inv", "tier", "ranked", False)
    [inv] = report.inversions
    assert (inv.higher, inv.lower, inv.higher_target, inv.lower_target) == ("seas", "party", "regional", "regime")
    assert str(inv) == "`seas` (regional) is ranked above `party` (regime)"
    assert repr(report) == "<InversionReport 'inv' via 'tier': 1 inversions>"
    assert report.to_dict()["inversions"] == [inv.to_dict()]
    assert sh.tier_inversions(corpus.hierarchy("pu-2022")).is_empty


def cyclic():
    orders = [["x", "y", "z"], ["y", "z", "x"], ["z", "x", "y"]]
    return [doc(f"h{i}", [[o] for o in order]) for i, order in enumerate(orders)]


def test_majority_cycle():
    docs = cyclic()
    m = sh.majority(docs)
    assert m.inputs == ["h0", "h1", "h2"] and sorted(m.items) == ["x", "y", "z"]
    assert not m.is_acyclic and m.condorcet_winner is None and m.condorcet_loser is None
    assert len(m.cycles) == 1 and sorted(m.cycles[0]["items"]) == ["x", "y", "z"]
    # Each beat, counted by brute force over the inputs.
    ranks = [sh.Via("none").ranking(h) for h in docs]
    for beat in m.beats:
        support = sum(r.compare(beat["winner"], beat["loser"]) == 1 for r in ranks)
        assert (beat["support"], beat["against"]) == (support, 3 - support) and support == 2
    assert len(m.beats) == 3 and m.standoffs == [] and [sorted(c) for c in m.components] == [["x", "y", "z"]]
    assert repr(m) == "<MajorityReport of 3 rankings over 3 items: 1 cycles>"
    assert m.to_dict()["beats"] == m.beats


def test_majority_of_the_corpus_on_concerns_is_acyclic():
    m = sh.majority([corpus.hierarchy("pu-2022"), corpus.hierarchy("erickson-2019")], via="concern")
    assert m.is_acyclic and m.cycles == []


def test_conflicts_reports_what_it_could_not_check():
    docs = [corpus.hierarchy("pu-2022"), corpus.hierarchy("erickson-2019"), corpus.hierarchy("xi-2020")]
    c = sh.conflicts(docs, via="tier")
    assert c.via == "tier"
    assert [d.a + "/" + d.b for d in c.discordances] == ["pu-2022/erickson-2019"]
    assert any(n["subject"] == "xi-2020" for n in c.not_checked)
    # The majority graph needs every input on common ground.
    assert c.majority is None
    assert {"analysis": "majority graph", "subject": "all",
            "reason": "not every hierarchy could be put on common ground"} in c.not_checked
    assert c.found == (any(not r.is_empty for r in c.tier_inversions) or any(d.discordant for d in c.discordances))
    both = sh.conflicts(docs[:2], via="tier")
    assert both.majority is not None and both.majority.inputs == ["pu-2022", "erickson-2019"]
    assert both.not_checked == []
    assert str(c) and c.to_dict()["via"] == "tier"
    with pytest.raises(TypeError) as e:
        sh.conflicts([Ranking.strict(["a"])])
    assert str(e.value) == "expected Hierarchy objects, not Ranking"
