"""benchmarks/bench_ab.py refuses what it cannot measure with one line and the house's exit codes
(2: usage, a folder that is no checkout; 1: no documents), before it starts any worker."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def _bench_ab():
    return load_script("benchmarks/bench_ab.py")


# (base, folder with a .txt?) -> exit code and the word the one-line message names
@pytest.mark.parametrize("base, has_docs, code, says", [
    ("nowhere", True, 2, "no checkout"),
    ("root", False, 1, "no .txt files"),
], ids=["not-a-checkout", "no-documents"])
def test_bench_ab_refuses(base, has_docs, code, says, tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    if has_docs:
        (folder / "a.txt").write_text("要加强组织领导。", encoding="utf-8")
    checkout = ROOT if base == "root" else tmp_path / base
    assert _bench_ab().main([str(checkout), "--folder", str(folder)]) == code
    err = capsys.readouterr().err.strip()
    assert says in err and len(err.splitlines()) == 1
