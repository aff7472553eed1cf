import pathlib
import re
import xml.etree.ElementTree as ET

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


def test_readme_session_runs(capsys, tmp_path, monkeypatch):
    text = README.read_text()
    section = text.split("## From Python\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "the README's From Python section has no python session"
    assert "pip install ./python" in section
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(blocks[0], str(README), "exec"), namespace)
    out = capsys.readouterr().out
    assert "erickson-2019 against rudd-2022" in out
    assert namespace["report"].a == "erickson-2019"
    svg = (tmp_path / "erickson-vs-rudd.svg").read_text()
    assert ET.fromstring(svg).tag.endswith("svg") and "rudd-2022" in svg
