import errno
import json
import pickle

import pytest

import security_hierarchy as sh
from security_hierarchy import Scenario, corpus

BAD = """
id = "bad"
title = "Three problems"
levels = [["seas"], ["party"], ["ghost"]]
[source]
author = "A"
year = 2024
title = "T"
venue = "V"
[[items]]
id = "seas"
label = "near seas"
tier = { target = "regional" }
[[items]]
id = "party"
label = "party"
tier = { target = "regime" }
[[items]]
id = "party"
label = "party again"
"""


def test_check_text_lists_every_problem():
    findings = sh.check_text(BAD)
    assert [f.message for f in findings] == [
        "hierarchy `bad` defines item `party` twice",
        "item `ghost` is ranked in hierarchy `bad` but not defined in its items",
        "tier inversion: `seas` (regional) is ranked above `party` (regime)",
    ]
    assert [f.kind for f in findings] == ["invalid", "invalid", "tier-inversion"]
    assert [f.is_invalid for f in findings] == [True, True, False]
    assert findings[2].to_dict() == {
        "kind": "tier-inversion", "message": findings[2].message,
        "higher": "seas", "lower": "party", "higher_target": "regional", "lower_target": "regime",
    }
    assert repr(findings[0]) == "Finding(kind='invalid', message='hierarchy `bad` defines item `party` twice')"
    with pytest.raises(sh.InvalidValueError) as e:
        sh.check_text(BAD, "yaml")
    assert str(e.value) == "unknown format `yaml`; expected `toml` or `json`"


def test_check_documents():
    assert sh.check(corpus.hierarchy("erickson-2019")) == []
    circle = Scenario.from_str("""
id = "c"
title = "Circle"
interests = [{ id = "a" }, { id = "b" }]
dependencies = [{ foundation = "a", underpins = "b", basis = { kind = "reading", rationale = "test" } }, { foundation = "b", underpins = "a", basis = { kind = "reading", rationale = "test" } }]
[[actions]]
id = "act"
effects = [{ interest = "a", direction = "advances", strength = "weak", basis = { kind = "reading", rationale = "test" } }]
""")
    [f] = sh.check(circle)
    assert f.kind == "dependency-cycle" and f.message.startswith("dependency cycle: ")
    assert f.to_dict()["cycle"] in (["a", "b"], ["b", "a"])
    with pytest.raises(TypeError) as e:
        sh.check("text")
    assert str(e.value) == "check takes a Hierarchy or a Scenario, not str"


def test_check_file(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(BAD)
    assert [f.message for f in sh.check_file(path)] == [f.message for f in sh.check_text(BAD)]
    [missing] = sh.check_file(tmp_path / "missing.toml")
    assert missing.is_invalid and missing.message.startswith(str(tmp_path / "missing.toml"))


def test_file_errors_carry_filename_and_errno(tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(sh.FileError) as e:
        sh.Hierarchy.load(missing)
    assert (e.value.filename, e.value.errno) == (str(missing), errno.ENOENT)
    again = pickle.loads(pickle.dumps(e.value))
    assert type(again) is sh.FileError and str(again) == str(e.value)
    assert (again.filename, again.errno, again.strerror) == (e.value.filename, e.value.errno, e.value.strerror)
    assert str(e.value) == f"{missing}: No such file or directory (os error 2)"
    with pytest.raises(sh.FileError) as e:
        sh.Hierarchy.load(tmp_path / "doc.yaml")
    assert e.value.filename == str(tmp_path / "doc.yaml") and e.value.errno is None
    assert str(e.value) == f"{tmp_path / 'doc.yaml'}: unknown file type; use a .toml or .json extension"
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "x"\ntitle = ')
    with pytest.raises(sh.ParseError) as e:
        sh.Hierarchy.load(broken)
    assert e.value.filename == str(broken) and str(broken) in str(e.value)


def test_a_count_refused_at_its_limit_is_a_not_checked_finding():
    # 70,000 two-item chains, each a global item above a regime one: more
    # items than the closure limit (131,072) in more chains than it counts
    # by paths, so the tier inversions are not counted, and say why.
    n = 70_000
    items = []
    for k in range(n):
        items.append({"id": f"g{k}", "label": f"g{k}", "tier": {"target": "global"}})
        items.append({"id": f"r{k}", "label": f"r{k}", "tier": {"target": "regime"}})
    doc = {
        "id": "wide",
        "title": "Many short chains",
        "precedences": [[f"g{k}", f"r{k}"] for k in range(n)],
        "source": {"author": "A", "year": 2024, "title": "T", "venue": "V"},
        "items": items,
    }
    findings = sh.check_text(json.dumps(doc), "json")
    assert [f.kind for f in findings] == ["not-checked"]
    assert not findings[0].is_invalid
    assert findings[0].message == (
        "tier inversions not checked: the closure of the precedences would hold 140000 items, "
        "more than the limit of 131072"
    )
