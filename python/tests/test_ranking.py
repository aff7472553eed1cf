import pickle

import pytest

import security_hierarchy as sh
from security_hierarchy import InvalidRankingError, InvalidValueError, Ranking


def test_levels_and_lookups():
    r = Ranking([["regime"], ["economy", "unity"], ["global"]])
    assert r.levels == [["regime"], ["economy", "unity"], ["global"]]
    assert r.level_of("unity") == 1
    assert r.level_of("absent") is None
    assert r.level_of(3) is None
    assert r.position_of("global") == 3
    assert r.compare("regime", "global") == 1
    assert r.compare("global", "regime") == -1
    assert r.compare("economy", "unity") == 0
    assert r.compare("regime", "absent") is None
    assert len(r) == 4
    assert r.level_count == 3
    assert not r.is_strict
    assert list(r) == ["regime", "economy", "unity", "global"]
    assert r.items() == list(r)
    assert "unity" in r and "absent" not in r and 1 not in r


def test_strict_and_reversed():
    r = Ranking.strict(["party", "unity", "economy"])
    assert r.is_strict
    assert r.levels == [["party"], ["unity"], ["economy"]]
    assert r.reversed().levels == [["economy"], ["unity"], ["party"]]
    assert Ranking.strict(iter(["a", "b"])) == Ranking([["a"], ["b"]])


def test_from_scores_mapping_and_pairs():
    by_dict = Ranking.from_scores({"a": 0.5, "b": 2.0, "c": 0.5})
    assert by_dict.levels == [["b"], ["a", "c"]]
    by_pairs = Ranking.from_scores([("a", 0.5), ("b", 2), ("c", 0.5)])
    assert by_pairs == by_dict
    assert Ranking.from_scores({"x": 0.0, "y": -0.0}).levels == [["x", "y"]]


def test_equality_repr_and_str():
    r = Ranking([["a"], ["b", "c"]])
    assert r == Ranking([["a"], ["b", "c"]])
    assert r != Ranking([["a"], ["c", "b"]])
    assert r != Ranking.strict(["a", "b", "c"])
    assert repr(r) == "Ranking([['a'], ['b', 'c']])"
    assert eval(repr(r), {"Ranking": Ranking}) == r
    assert str(r) == "a > b = c"
    quoted = Ranking.strict(["it's"])
    assert eval(repr(quoted), {"Ranking": Ranking}) == quoted


def test_empty_ranking():
    r = Ranking([])
    assert len(r) == 0 and r.levels == [] and list(r) == []


def test_pickle_round_trip():
    r = Ranking([["a"], ["b", "c"]])
    assert pickle.loads(pickle.dumps(r)) == r


def test_frozen():
    r = Ranking.strict(["a"])
    with pytest.raises(AttributeError):
        r.levels = [["b"]]


def test_errors_carry_the_library_message():
    with pytest.raises(InvalidRankingError) as e:
        Ranking([["a"], ["b", "a"]])
    assert str(e.value) == "duplicate item `a` on levels 1 and 2"
    with pytest.raises(InvalidRankingError) as e:
        Ranking([["a"], []])
    assert str(e.value) == "level 2 is empty; every level needs at least one item"
    with pytest.raises(InvalidRankingError) as e:
        Ranking.strict(["a", "a"])
    assert str(e.value) == "duplicate item `a` on levels 1 and 2"
    with pytest.raises(InvalidValueError) as e:
        Ranking.from_scores({"a": float("nan")})
    assert str(e.value) == "score of `a` is NaN; scores must be finite numbers"
    with pytest.raises(InvalidValueError) as e:
        Ranking.from_scores([("a", 1.0), ("b", float("-inf"))])
    assert str(e.value) == "score of `b` is -inf; scores must be finite numbers"
    with pytest.raises(InvalidRankingError) as e:
        Ranking.from_scores([("a", 1.0), ("a", 2.0)])
    assert str(e.value) == "duplicate item `a` on levels 1 and 2"


def test_items_must_be_strings():
    with pytest.raises(TypeError) as e:
        Ranking([["a"], [1]])
    assert str(e.value) == "ranking items must be str, not int: 1"
    with pytest.raises(TypeError) as e:
        Ranking.strict(["a", None])
    assert str(e.value) == "ranking items must be str, not NoneType: None"
    with pytest.raises(TypeError) as e:
        Ranking("ab")
    assert "not a str" in str(e.value)
    with pytest.raises(TypeError) as e:
        Ranking(["ab", "c"])
    assert str(e.value) == "each level must be an iterable of str, not the str 'ab'"


def test_str_enum_members_are_items():
    r = sh.Tier.ranking()
    assert r.levels == [["regime"], ["regional"], ["global"]]
    assert r.level_of(sh.Tier.GLOBAL) == 2
    assert Ranking.strict([sh.Tier.REGIME, sh.Tier.GLOBAL]).levels == [["regime"], ["global"]]
