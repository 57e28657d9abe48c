"""The notebooks in notebooks/ run top to bottom (headless, on the venv's own Python), so they never rot."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

from conftest import ROOT  # noqa: E402

from pipeline.research.fonts import fontconfig_cjk_files  # noqa: E402

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "zhpolicy-test"
CELL_TIMEOUT = 300


@pytest.fixture
def kernel(tmp_path, monkeypatch):
    """A kernelspec that starts this very interpreter (the venv's), found through JUPYTER_PATH."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "zhpolicy test", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("ZHPOLICY_NB_FAST", "1")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("ZHPOLICY_NB_OUT", str(out))
    return out


def _outputs_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            parts.append(o.get("text", "") if o.get("output_type") == "stream"
                         else json.dumps(o.get("data", {}), ensure_ascii=False))
    return "\n".join(parts)


def test_there_are_the_two_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01_single_speech.ipynb", "02_archive_over_years.ipynb"]


@pytest.mark.slow
@pytest.mark.parametrize("shared", ["with-shared", "without-shared"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path: Path, shared: str, kernel, tmp_path, monkeypatch):
    if shared == "without-shared":  # the notebooks fall back to corpora/samples/
        monkeypatch.setenv("ZHPOLICY_SHARED", str(tmp_path / "no-shared"))
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    text = _outputs_text(nb)
    if shared == "without-shared":
        assert "corpora/samples" in text
    pngs = sorted(p.name for p in kernel.glob("*.png"))
    assert pngs, "the notebook drew no plot"
    if fontconfig_cjk_files():  # with a CJK font installed, Chinese labels must render
        assert "missing from font" not in text, "Chinese glyphs fell back to boxes"
        assert "font: None" not in text
    if path.stem.startswith("01"):
        assert (kernel / "speech.xlsx").exists()
        assert "categories.png" in pngs
    else:
        assert {"formulas_by_year.png", "formulas_by_province.png", "targets_by_year.png"} <= set(pngs)
