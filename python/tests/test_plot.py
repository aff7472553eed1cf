import xml.etree.ElementTree as ET

import pytest

import security_hierarchy as sh
from security_hierarchy import Ranking, corpus


def test_slopegraph_of_rankings_is_svg_with_one_line_per_shared_item():
    a = Ranking.strict(["party", "unity", "economy"])
    b = Ranking.strict(["party", "economy", "unity", "climate"])
    svg = sh.slopegraph(a, b, names=("A", "B"))
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert svg.count('class="item') == 3
    assert ">A<" in svg and ">B<" in svg


def test_slopegraph_of_hierarchies(tmp_path):
    e, r = corpus.hierarchy("erickson-2019"), corpus.hierarchy("rudd-2022")
    svg = sh.slopegraph(e, r, via="concern")
    ET.fromstring(svg)
    assert "erickson-2019" in svg and "rudd-2022" in svg
    concern = sh.Via("concern")
    assert svg == sh.slopegraph(concern.ranking(e), concern.ranking(r), names=("erickson-2019", "rudd-2022"))
    with pytest.raises(sh.NotRankedError):
        sh.slopegraph(e, corpus.hierarchy("xi-2020"), via="concern")


def test_dot():
    pu = corpus.hierarchy("pu-2022")
    assert sh.dot([pu]) == sh.dot_hierarchy(pu)
    assert '"regime" -> "regional"' in sh.dot_hierarchy(pu)
    both = sh.dot([corpus.hierarchy("rudd-2018"), corpus.hierarchy("erickson-2019")], via="concern")
    assert both.startswith("digraph") and "party-rule" in both
