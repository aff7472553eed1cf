import pytest

import security_hierarchy as sh
from documents import doc
from security_hierarchy import Crosswalk, Ranking, Via, corpus


def test_named_grounds():
    assert [Via(name).name for name in ("none", "items", "concern", "tier")] == ["none", "none", "concern", "tier"]
    assert Via("items") == Via("none") and Via("tier") != Via("concern")
    assert repr(Via("tier")) == "Via('tier')" and str(Via("concern")) == "concern"
    assert Via(Via("tier")) == Via("tier")
    with pytest.raises(sh.UnknownNameError) as e:
        Via("tiers")
    assert str(e.value) == "`tiers` is not a via slug; expected one of: none, items, concern, tier"
    with pytest.raises(TypeError) as e:
        Via(3)
    assert str(e.value) == 'via must be "none", "concern", "tier", a Crosswalk, a dict or a Via, not int'


def test_ranking_through_a_crosswalk_merges_at_the_highest_level():
    pu = corpus.hierarchy("pu-2022")
    items = Via("none").ranking(pu)
    assert items == pu.ranked()
    tiers = Via("tier").ranking(pu)
    # Each tier sits at the highest level any of its items holds.
    for tier in tiers.items():
        members = [i["id"] for i in pu.items if i.get("tier", {}).get("target") == tier]
        assert members
        best = min(items.level_of(m) for m in members)
        above = {t for t in tiers.items() if tiers.compare(t, tier) == 1}
        for other in above:
            others = [i["id"] for i in pu.items if i.get("tier", {}).get("target") == other]
            assert min(items.level_of(m) for m in others) < best


def test_crosswalk_object_and_dict():
    walk = Crosswalk("mine", {"a": "core", "b": "core", "c": "edge"})
    assert (walk.name, walk.target("a"), walk.target("c"), walk.target("zz")) == ("mine", "core", "edge", None)
    assert repr(walk) == "<Crosswalk 'mine'>"
    assert Via(walk).name == "mine" and Via({"a": "x"}).name == "dict"
    with pytest.raises(TypeError) as e:
        Crosswalk("bad", {"a": 1})
    assert str(e.value) == "crosswalk targets must be str, not int: 1"


def test_compare_through_a_users_crosswalk_equals_comparing_the_mapped_rankings():
    a = doc("a", [["x1"], ["y1", "x2"], ["z1"]])
    b = doc("b", [["y2"], ["z2"], ["x3"]])
    targets = {"x1": "x", "x2": "x", "x3": "x", "y1": "y", "y2": "y", "z1": "z", "z2": "z"}
    via = Crosswalk("letters", targets)
    report = sh.compare(a, b, via=via)
    assert (report.a, report.b) == ("a", "b")
    ra = Ranking([["x"], ["y"], ["z"]])  # x1 and x2 merge at x1's level
    rb = Ranking([["y"], ["z"], ["x"]])
    assert Via(via).ranking(a) == ra and Via(via).ranking(b) == rb
    assert report == sh.compare(ra, rb, names=("a", "b"))
    assert sh.compare(a, b, via=targets).to_dict() == report.to_dict()


def test_crosswalk_files(tmp_path):
    toml = tmp_path / "walk.toml"
    toml.write_text('party = "regime"\ntaiwan = "regional"\n')
    walk = Crosswalk.load(toml)
    assert (walk.name, walk.target("taiwan")) == ("walk", "regional")
    assert Via.load(toml) == Via(walk)
    bad = tmp_path / "bad.json"
    bad.write_text('{"party": 3}')
    with pytest.raises(sh.ParseError) as e:
        Crosswalk.load(bad)
    assert str(bad) in str(e.value) and e.value.filename == str(bad)


def test_sides_must_match_and_via_needs_hierarchies():
    r = Ranking.strict(["a", "b"])
    with pytest.raises(TypeError) as e:
        sh.compare(r, r, via="tier")
    assert str(e.value) == "via applies to hierarchies; rankings are compared item by item"
    assert sh.compare(r, r, via="none").tau_b == 1.0
    with pytest.raises(TypeError) as e:
        sh.compare(r, corpus.hierarchy("pu-2022"))
    assert str(e.value) == "expected two Rankings or two Hierarchies, not Ranking and Hierarchy"


def test_hierarchy_errors_through_via():
    with pytest.raises(sh.NotRankedError) as e:
        sh.compare(corpus.hierarchy("xi-2020"), corpus.hierarchy("pu-2022"), via="tier")
    assert str(e.value).startswith("hierarchy `xi-2020` is a partial order, not a ranking")
    with pytest.raises(sh.CrosswalkError) as e:
        sh.compare(doc("a", [["x"]]), doc("b", [["x"]]), via="tier")
    assert str(e.value) == "item `x` has no mapping onto tier in hierarchy `a`"
