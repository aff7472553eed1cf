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


def svgs_in(html):
    """Every inline SVG of an HTML page."""
    out, at = [], 0
    while (start := html.find("<svg", at)) != -1:
        end = html.index("</svg>", start) + len("</svg>")
        out.append(html[start:end])
        at = end
    return out


DOCS = ["rudd-2018", "erickson-2019", "rudd-2022"]


@pytest.mark.parametrize("measure", ["tau-a", "tau-b", "spearman", "weighted-tau", "rbo"])
def test_heatmap_is_svg(measure):
    docs = [corpus.hierarchy(i) for i in DOCS]
    svg = sh.heatmap(docs, via="concern", measure=measure)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    for id in DOCS:
        assert id in svg
    titled = sh.heatmap(docs, via="concern", measure=measure, title="Agreement & more")
    ET.fromstring(titled)
    assert "Agreement &amp; more" in titled


def test_heatmap_errors():
    docs = [corpus.hierarchy(i) for i in DOCS]
    with pytest.raises(sh.InvalidValueError) as e:
        sh.heatmap(docs, via="concern", measure="footrule")
    assert str(e.value) == (
        'unknown heatmap measure "footrule"; expected one of "tau-a", "tau-b", '
        '"spearman", "weighted-tau", "rbo"'
    )
    with pytest.raises(sh.NotRankedError):
        sh.heatmap(docs + [corpus.hierarchy("xi-2020")], via="concern")


def test_bump_and_majority_graph_are_svg():
    docs = [corpus.hierarchy(i) for i in DOCS]
    bump = sh.bump(docs, via="concern", title="Concerns")
    ET.fromstring(bump)
    assert "Concerns" in bump and all(id in bump for id in DOCS)
    graph = sh.majority_graph(docs, via="concern")
    ET.fromstring(graph)
    assert "Majority graph" in graph
    assert "Mine" in sh.majority_graph(docs, via="concern", title="Mine")
    with pytest.raises(TypeError):
        sh.bump(["rudd-2018"])


def test_scenario_diagram_is_svg():
    from security_hierarchy import scenarios

    for id in scenarios.ids():
        svg = sh.scenario_diagram(scenarios.scenario(id))
        root = ET.fromstring(svg)
        assert root.tag.endswith("svg")


def test_report_is_html_with_parseable_pictures():
    from security_hierarchy import scenarios

    docs = [corpus.hierarchy(i) for i in DOCS]
    paradox = scenarios.scenario("securitisation-paradox")
    html = sh.report("Priorities", docs, via="concern", scenarios=[paradox])
    assert html.startswith("<!DOCTYPE html>")
    assert "<h1>Priorities" in html and "<h2>Scenarios" in html
    pictures = svgs_in(html)
    assert sh.scenario_diagram(paradox).rstrip("\n") in pictures
    assert len(pictures) >= 3
    assert len(svgs_in(sh.report("Priorities", docs, via="concern"))) == len(pictures) - 1
    for svg in pictures:
        ET.fromstring(svg)
    with pytest.raises(sh.InvalidValueError) as e:
        sh.report("Empty", [], via="concern")
    assert str(e.value) == "a consensus needs at least one input ranking; none were given"
    with pytest.raises(TypeError) as e:
        sh.report("Bad", docs, scenarios=["x"])
    assert str(e.value) == "expected Scenario objects, not str"
