import json

import pytest

import security_hierarchy as sh
from security_hierarchy import Hierarchy, corpus

DOC = """
id = "analyst-2024"
title = "Three priorities"
levels = [["party-rule"], ["taiwan", "economy"]]

[source]
author = "A. Analyst"
year = 2024
title = "Notes on priorities"
venue = "working paper"

[[items]]
id = "party-rule"
label = "Party rule"
verification = { status = "verified", against = "the working paper, p. 2" }
tier = { target = "regime", rationale = "the regime itself" }

[[items]]
id = "taiwan"
label = "Taiwan"
tier = { target = "regional", rationale = "unification" }

[[items]]
id = "economy"
label = "Growth"
"""


def test_from_str_and_accessors():
    h = Hierarchy.from_str(DOC)
    assert h.id == "analyst-2024"
    assert h.title == "Three priorities"
    assert h.source == {
        "author": "A. Analyst",
        "year": 2024,
        "title": "Notes on priorities",
        "venue": "working paper",
    }
    assert h.citation == "A. Analyst (2024), Notes on priorities, working paper"
    assert h.order == "ranked"
    assert h.ranking == sh.Ranking([["party-rule"], ["taiwan", "economy"]])
    assert h.ranked() == h.ranking
    assert len(h) == 3
    assert [item["id"] for item in h.items] == ["party-rule", "taiwan", "economy"]
    assert h.item("party-rule")["verification"] == {
        "status": "verified",
        "against": "the working paper, p. 2",
    }
    assert h.item("economy")["verification"]["status"] == "unverified"
    assert h.item("absent") is None
    assert h.is_verified("party-rule") is True
    assert h.is_verified("taiwan") is False
    assert h.is_verified("absent") is None
    assert repr(h) == "<Hierarchy 'analyst-2024': 'Three priorities', 3 items>"
    assert str(h).startswith("analyst-2024 — Three priorities\n")


def test_crosswalk_error_names_the_item():
    h = Hierarchy.from_str(DOC)
    with pytest.raises(sh.CrosswalkError) as e:
        sh.Via("tier").ranking(h)
    assert str(e.value) == "item `economy` has no mapping onto tier in hierarchy `analyst-2024`"


@pytest.mark.parametrize("suffix", ["toml", "json"])
def test_file_round_trip(tmp_path, suffix):
    for id in corpus.ids():
        h = corpus.hierarchy(id)
        path = tmp_path / f"{id}.{suffix}"
        h.save(path)
        assert Hierarchy.load(path) == h
        assert Hierarchy.load(str(path)) == h
        assert Hierarchy.from_str(path.read_text(), format=suffix) == h
        assert Hierarchy.from_str(h.to_str(suffix), suffix) == h


def test_to_dict_is_the_json_document():
    for id in corpus.ids():
        h = corpus.hierarchy(id)
        d = h.to_dict()
        assert d == json.loads(h.to_str("json"))
        assert Hierarchy.from_str(json.dumps(d), "json") == h


def test_corpus():
    ids = corpus.ids()
    assert ids[0] == "pu-2022" and "rudd-2022" in ids
    catalogue = corpus.catalogue()
    assert [entry["id"] for entry in catalogue] == ids
    for entry in catalogue:
        h = corpus.hierarchy(entry["id"])
        assert h.id == entry["id"] and h.title == entry["title"]
        assert len(h) == entry["items"]
        assert sum(h.is_verified(item["id"]) for item in h.items) == entry["verified"]
        assert h.order == entry["order"]
    assert sh.Via("tier").ranking(corpus.hierarchy("pu-2022")) == sh.Tier.ranking()


def test_not_ranked():
    xi = corpus.hierarchy("xi-2020")
    assert xi.order == "partial" and xi.ranking is None
    with pytest.raises(sh.NotRankedError) as e:
        xi.ranked()
    assert str(e.value) == (
        "hierarchy `xi-2020` is a partial order, not a ranking; this analysis needs a weak order"
    )
    with pytest.raises(sh.NotRankedError) as e:
        sh.Via("tier").ranking(corpus.hierarchy("white-paper-2011"))
    assert str(e.value) == (
        "hierarchy `white-paper-2011` is unordered, not a ranking; this analysis needs a weak order"
    )


def test_unknown_hierarchy():
    with pytest.raises(sh.UnknownNameError) as e:
        corpus.hierarchy("nope")
    assert str(e.value) == "`nope` is not a built-in hierarchy; expected one of: " + ", ".join(corpus.ids())


def test_parse_errors_give_line_and_column():
    with pytest.raises(sh.ParseError) as e:
        Hierarchy.from_str("id = 3")
    assert str(e.value) == "malformed TOML at line 1, column 6: invalid type: integer `3`, expected a string"
    with pytest.raises(sh.ParseError) as e:
        Hierarchy.from_str('{"id": }', "json")
    assert str(e.value).startswith("malformed JSON at line 1, column 8: ")


def test_invalid_document():
    text = DOC.replace('[["party-rule"], ["taiwan", "economy"]]', '[["party-rule"], ["taiwan", "ghost"]]')
    with pytest.raises(sh.InvalidDocumentError) as e:
        Hierarchy.from_str(text)
    assert str(e.value) == "item `ghost` is ranked in hierarchy `analyst-2024` but not defined in its items"
    text = DOC.replace('["taiwan", "economy"]', '["taiwan", "party-rule"]')
    with pytest.raises(sh.InvalidRankingError) as e:
        Hierarchy.from_str(text)
    assert "duplicate item `party-rule` on levels 1 and 2" in str(e.value)


def test_file_errors(tmp_path):
    h = corpus.hierarchy("pu-2022")
    with pytest.raises(sh.FileError) as e:
        h.save(tmp_path / "doc.yaml")
    assert str(e.value) == f"{tmp_path / 'doc.yaml'}: unknown file type; use a .toml or .json extension"
    with pytest.raises(sh.FileError) as e:
        h.save(tmp_path / "no-such-dir" / "doc.toml")
    assert str(e.value) == f"{tmp_path / 'no-such-dir' / 'doc.toml'}: No such file or directory (os error 2)"


def test_unknown_format():
    with pytest.raises(sh.InvalidValueError) as e:
        Hierarchy.from_str(DOC, "yaml")
    assert str(e.value) == "unknown format `yaml`; expected `toml` or `json`"
    with pytest.raises(sh.InvalidValueError):
        corpus.hierarchy("pu-2022").to_str("xml")
