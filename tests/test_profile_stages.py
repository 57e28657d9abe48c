"""benchmarks/profile_stages.py: rows per function that add up, and one-line refusals (exit 1)."""
from __future__ import annotations

import json

import pytest
from conftest import load_script

def _tool():
    return load_script("benchmarks/profile_stages.py")


def test_profile_rows_name_the_stages(tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        text = f"一、加强组织领导\n各街道要在年底前完成第{i + 1}批改造。\n"
        (folder / f"d{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "rows.json"
    assert _tool().main([str(folder), "--every", "1", "--top", "5", "--json", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("3 documents") and len(lines) == 6
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert any(k.endswith(":find_requirements") for k in rows)  # the requirement stage was profiled
    assert all(calls >= 1 and cum >= own >= 0 for calls, own, cum in rows.values())


@pytest.mark.parametrize("make, says", [
    (lambda d: d / "missing", "no such file or folder"),
    (lambda d: d, "no .txt files"),
], ids=["missing", "empty"])
def test_profile_stages_refuses(make, says, tmp_path, capsys):
    assert _tool().main([str(make(tmp_path))]) == 1
    err = capsys.readouterr().err.strip()
    assert says in err and len(err.splitlines()) == 1
