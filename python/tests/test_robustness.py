import pytest

import security_hierarchy as sh
from security_hierarchy import corpus, scenarios


def test_dai_tier_inversion_rests_on_one_contested_mapping():
    report = sh.robustness(corpus.hierarchy("dai-2009"), "tier_inversions")
    assert report.via == "tier"
    inversion = report.conclusions[0]
    assert inversion.kind == "tier-inversion"
    assert inversion.by_default and not inversion.robust
    assert inversion.holds_in < inversion.examined == report.examined
    assert [str(c) for c in inversion.depends_on] == ["dai-2009/sovereignty-and-territory onto tier"]
    contested = inversion.depends_on[0]
    assert (contested.document, contested.item, contested.vocabulary) == (
        "dai-2009",
        "sovereignty-and-territory",
        "tier",
    )
    assert len(contested.options) > 1
    assert contested in report.contested
    assert inversion in report.fragile
    assert report.exhaustive and report.examined == report.combinations


def test_robustness_record_to_dict_and_text():
    report = sh.robustness(corpus.hierarchy("dai-2009"), "tier_inversions")
    d = report.to_dict()
    assert set(d) == {"via", "contested", "combinations", "examined", "exhaustive", "conclusions"}
    first = d["conclusions"][0]
    for key in ["statement", "kind", "by_default", "holds_in", "examined", "depends_on", "unverified"]:
        assert key in first
    assert first["statement"] == report.conclusions[0].statement
    assert first["depends_on"][0]["item"] == "sovereignty-and-territory"
    text = str(report)
    assert text.startswith("robustness on tier: ")
    assert "contested: dai-2009/sovereignty-and-territory onto tier" in text
    assert report.conclusions[0].to_dict()["kind"] == "tier-inversion"


def test_robustness_of_conflicts_majority_discordances_and_consensus():
    docs = [corpus.hierarchy(i) for i in ["rudd-2018", "erickson-2019", "dai-2009"]]
    conflicts = sh.robustness(docs, "conflicts", via="concern")
    assert conflicts.conclusions
    kinds = {c.kind for c in conflicts.conclusions}
    assert "tier-inversion" in kinds
    for c in conflicts.conclusions:
        assert 0 <= c.holds_in <= c.examined == conflicts.examined
        assert c.robust == (c.holds_in == c.examined)
    majority = sh.robustness(docs[:2], "majority", via="concern")
    assert all(c.kind in {"majority-cycle", "condorcet-winner", "condorcet-loser"} for c in majority.conclusions)
    pair = sh.robustness(docs[:2], "discordances", via="concern")
    assert all(c.kind == "discordant-pair" for c in pair.conclusions)
    assert len([c for c in pair.conclusions if c.by_default]) == len(
        sh.discordances(docs[0], docs[1], via="concern").discordant
    )
    agreed = sh.robustness(docs[:2], "consensus", via="concern", method="borda")
    assert {c.kind for c in agreed.conclusions} <= {"consensus", "consensus-top"}
    assert any(c.by_default for c in agreed.conclusions)
    # Kemeny is the default method; Borda's order can differ from it.
    kemeny = sh.robustness(docs[:2], "consensus", via="concern")
    assert kemeny == sh.robustness(docs[:2], "consensus", via="concern", method="kemeny")
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness(docs[:2], "consensus", via="concern", method="borda", allow_ties=True)
    assert str(e.value) == "`allow_ties` applies to the kemeny and heuristic methods only, not `borda`"
    with pytest.raises(sh.NotRankedError):
        sh.robustness([docs[0], corpus.hierarchy("xi-2020")], "majority", via="concern")


def test_robustness_of_scenario():
    paradox = scenarios.scenario("securitisation-paradox")
    pu = corpus.hierarchy("pu-2022")
    report = sh.robustness([paradox, pu], "scenario", via="tier")
    assert report.via == "tier"
    kinds = {c.kind for c in report.conclusions}
    assert "verdict" in kinds
    default = [c for c in report.conclusions if c.by_default]
    assert len(default) >= len(paradox.analyse(pu, via="tier").actions)
    assert sh.robustness([pu, paradox], "scenario", via="tier") == report


def test_robustness_refuses_what_the_analysis_does_not_read():
    dai, rudd = corpus.hierarchy("dai-2009"), corpus.hierarchy("rudd-2018")
    paradox = scenarios.scenario("securitisation-paradox")
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness([dai], "inversions")  # type: ignore[arg-type]
    assert str(e.value) == (
        'unknown analysis "inversions"; expected one of "tier_inversions", "discordances", '
        '"majority", "conflicts", "consensus", "scenario"'
    )
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness([dai, rudd], "tier_inversions")
    assert str(e.value) == 'analysis "tier_inversions" reads 1 hierarchy; got 2 hierarchies and 0 scenarios'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness(dai, "discordances")
    assert str(e.value) == 'analysis "discordances" reads 2 hierarchies; got 1 hierarchy and 0 scenarios'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness([dai, paradox], "conflicts")
    assert str(e.value) == 'analysis "conflicts" reads at least 1 hierarchy; got 1 hierarchy and 1 scenario'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness([], "majority")
    assert str(e.value) == 'analysis "majority" reads at least 1 hierarchy; got 0 hierarchies and 0 scenarios'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness([dai], "scenario")
    assert str(e.value) == 'analysis "scenario" reads 1 hierarchy and 1 scenario; got 1 hierarchy and 0 scenarios'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness([dai, rudd], "conflicts", method="borda")
    assert str(e.value) == '`method` applies to analysis "consensus" only, not "conflicts"'
    with pytest.raises(sh.InvalidValueError) as e:
        sh.robustness(dai, "tier_inversions", seed=3)
    assert str(e.value) == '`seed` applies to analysis "consensus" only, not "tier_inversions"'
    with pytest.raises(TypeError) as t:
        sh.robustness(["rudd-2018"], "conflicts")  # type: ignore[list-item]
    assert str(t.value) == "documents[0] is a str; expected a Hierarchy or a Scenario"
    with pytest.raises(TypeError) as t:
        sh.robustness(3, "conflicts")  # type: ignore[arg-type]
    assert str(t.value) == (
        "documents must be a Hierarchy or an iterable of Hierarchy and Scenario objects, not int"
    )


def test_scenario_basis_and_without_readings():
    paradox = scenarios.scenario("securitisation-paradox")
    d = paradox.to_dict()
    effects = [e for a in d["actions"] for e in a["effects"]]
    links = d["dependencies"]
    for claim in effects + links:
        assert claim["basis"]["kind"] in {"words", "reading"}
    words = paradox.without_readings()
    w = words.to_dict()
    kept = [e for a in w["actions"] for e in a["effects"]] + w["dependencies"]
    assert all(c["basis"]["kind"] == "words" for c in kept)
    assert len(kept) == len([c for c in effects + links if c["basis"]["kind"] == "words"])
    assert len(kept) < len(effects) + len(links)
    assert words.id == paradox.id


def test_contested_repr():
    report = sh.robustness(corpus.hierarchy("dai-2009"), "tier_inversions")
    text = repr(report.conclusions[0].depends_on[0])
    assert text.startswith("Contested(document='dai-2009', item='sovereignty-and-territory', vocabulary='tier', options=['")
