import json

import pytest

import security_hierarchy as sh
from security_hierarchy import Ranking, Scenario, corpus, scenarios

CONTROL = """
id = "s"
title = "Control versus growth"
interests = [{ id = "rule" }, { id = "growth" }, { id = "openness" }]
dependencies = [
    { foundation = "openness", underpins = "growth", basis = { kind = "reading", rationale = "test" } },
    { foundation = "growth", underpins = "rule", basis = { kind = "reading", rationale = "test" } },
]
[[actions]]
id = "control"
effects = [
    { interest = "rule", direction = "advances", strength = "strong", basis = { kind = "reading", rationale = "test" } },
    { interest = "openness", direction = "harms", strength = "moderate", basis = { kind = "reading", rationale = "test" } },
]
"""


def test_scenario_document():
    s = Scenario.from_str(CONTROL)
    assert (s.id, s.title, s.summary, s.citation) == ("s", "Control versus growth", "", "")
    assert [i["id"] for i in s.interests] == ["rule", "growth", "openness"]
    assert s.dependencies[0]["foundation"] == "openness" and s.dependencies[1]["underpins"] == "rule"
    assert [e["interest"] for e in s.actions[0]["effects"]] == ["rule", "openness"]
    assert s.dependency_cycles() == []
    assert repr(s) == "<Scenario 's': 'Control versus growth', 3 interests, 1 actions>"
    d = s.to_dict()
    assert d == json.loads(s.to_str("json"))
    assert Scenario.from_str(json.dumps(d), "json") == s


@pytest.mark.parametrize("suffix", ["toml", "json"])
def test_round_trip_of_every_built_in(tmp_path, suffix):
    for id in scenarios.ids():
        s = scenarios.scenario(id)
        path = tmp_path / f"{id}.{suffix}"
        s.save(path)
        assert Scenario.load(path) == s
        assert Scenario.from_str(s.to_str(suffix), suffix) == s
        assert Scenario.from_str(scenarios.source_text(id)) == s


def test_catalogue():
    catalogue = scenarios.catalogue()
    assert [e["id"] for e in catalogue] == scenarios.ids()
    for entry in catalogue:
        s = scenarios.scenario(entry["id"])
        assert (s.title, len(s.actions), len(s.dependencies)) == (entry["title"], entry["actions"], entry["dependencies"])
    with pytest.raises(sh.UnknownNameError) as e:
        scenarios.scenario("nope")
    assert str(e.value) == "`nope` is not a built-in scenario; expected one of: " + ", ".join(scenarios.ids())


def test_invalid_scenario_message():
    bad = CONTROL.replace('{ interest = "openness", direction = "harms"', '{ interest = "rule", direction = "harms"')
    with pytest.raises(sh.InvalidDocumentError) as e:
        Scenario.from_str(bad)
    assert str(e.value) == "scenario `s`: action `control` both advances and harms `rule`"
    unsourced = CONTROL.replace(', basis = { kind = "reading", rationale = "test" }', "", 1)
    with pytest.raises(sh.InvalidDocumentError) as e:
        Scenario.from_str(unsourced)
    assert str(e.value) == (
        "scenario `s`: the dependency `openness` underpins `growth` has no basis; give "
        '`basis = { kind = "words", quote = "...", place = "..." }` for the source\'s words or '
        '`basis = { kind = "reading", rationale = "..." }` for a reading'
    )
    with pytest.raises(sh.ParseError) as e:
        Scenario.from_str('id = "s"\ntitle = ')
    assert e.value.filename is None and "line 2" in str(e.value)


def test_analyse_against_a_ranking():
    s = Scenario.from_str(CONTROL)
    a = s.analyse(Ranking.strict(["rule", "growth", "openness"]), name="mine")
    assert (a.scenario, a.ranking_name, a.vocabulary) == ("s", "mine", "item")
    assert a.ranking == Ranking.strict(["rule", "growth", "openness"])
    [act] = a.actions
    assert (act.action, act.outcome) == ("control", "favourable")
    [trade] = act.trade_offs
    assert {k: trade[k] for k in ("advanced", "advanced_level", "harmed", "harmed_level", "priority")} == {
        "advanced": "rule", "advanced_level": 1, "harmed": "openness", "harmed_level": 3, "priority": "advanced-higher"
    }
    assert trade["rests_on"] == {"readings": [
        {"claim": "`control` advances `rule`", "rationale": "test"},
        {"claim": "`control` harms `openness`", "rationale": "test"},
    ]}
    assert act.priority_inversions == []
    assert [c["chain"] for c in act.self_undermining] == [["openness", "growth", "rule"]]
    assert len(act.self_undermining[0]["rests_on"]["readings"]) == 4  # two effects, two links
    assert act.verdict["outcome"] == "favourable" and act.verdict["level"] == 1
    assert [e["level"] for e in act.effects] == [1, 3]
    assert a.findings == []
    assert a.to_dict()["actions"][0] == act.to_dict()
    assert "control" in str(a) and repr(act).startswith("<ActionAnalysis 'control': favourable")
    # Reversed priorities: the harmed interest now ranks higher.
    rev = s.analyse(Ranking.strict(["openness", "growth", "rule"])).actions[0]
    assert rev.outcome == "unfavourable" and rev.priority_inversions[0]["priority"] == "harmed-higher"


def test_interest_outside_the_ranking_is_a_finding_not_dropped():
    s = Scenario.from_str(CONTROL)
    a = s.analyse(Ranking.strict(["rule", "growth"]))
    assert [e["interest"] for e in a.actions[0].effects] == ["rule", "openness"]
    assert a.actions[0].effects[1]["level"] is None
    [f] = a.findings
    assert f.kind == "outside-ranking" and not f.is_invalid and "openness" in f.message


def test_the_chapters_paradox_against_pu_on_tiers():
    paradox = scenarios.scenario("securitisation-paradox")
    pu = corpus.hierarchy("pu-2022")
    a = paradox.analyse(pu, via="tier")
    assert (a.ranking_name, a.vocabulary) == ("pu-2022", "tier")
    assert any(len(c["chain"]) >= 2 for c in a.actions[0].self_undermining)
    assert a == paradox.analyse(sh.Via("tier").ranking(pu), via="tier", name="pu-2022")
    with pytest.raises(TypeError) as e:
        paradox.analyse("pu-2022")
    assert str(e.value) == "a scenario is analysed against a Ranking or a Hierarchy, not str"
