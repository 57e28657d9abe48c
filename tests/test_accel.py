"""The compiled modules (hatch_build.py) and the finder that guards them (pipeline/_accel.py)."""
from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline import _accel

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "samples" / "county_cadre_speech.txt"
PKG = Path(pipeline.__file__).resolve().parent


def _extensions() -> list[Path]:
    return [p for s in importlib.machinery.EXTENSION_SUFFIXES for p in PKG.rglob(f"*{s}")]


def _run(code: str, **env: str) -> str:
    e = {k: v for k, v in os.environ.items() if k != "ZHPOLICY_PURE_PYTHON"}
    e.update(env)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=e, check=True,
                          cwd=ROOT).stdout


_SNIPPET = (
    "import json, pipeline, pipeline._accel as a\n"
    f"r = pipeline.extract({str(SAMPLE)!r})\n"
    "print(json.dumps({'compiled': a.compiled_modules(), 'result': r.to_dict()}, ensure_ascii=False, sort_keys=True))\n"
)


def test_pure_python_switch_gives_the_same_result():
    """ZHPOLICY_PURE_PYTHON=1 loads every module from its .py file; the output is identical."""
    pure = json.loads(_run(_SNIPPET, ZHPOLICY_PURE_PYTHON="1"))
    default = json.loads(_run(_SNIPPET))
    assert pure["compiled"] == []
    assert pure["result"] == default["result"]
    if _extensions() and (PKG / "_compiled.json").exists():
        assert "pipeline.requirements" in default["compiled"]  # the build compiled the hot modules


def test_a_changed_source_is_loaded_instead_of_its_stale_extension(tmp_path, monkeypatch):
    monkeypatch.delenv("ZHPOLICY_PURE_PYTHON", raising=False)  # the finder's own choice, not the switch
    exts = [p for p in _extensions() if p.name.startswith("records.")]
    if not exts:
        pytest.skip("no compiled modules in this install (pure Python build)")
    finder = _accel._SourceFirst({"pipeline.records": "0" * 64})  # a hash no source has
    spec = finder.find_spec("pipeline.records", [str(PKG)])
    assert spec.origin.endswith("records.py")
    assert finder.stale == {"pipeline.records"}
    manifest = json.loads((PKG / "_compiled.json").read_text(encoding="utf-8"))
    spec = _accel._SourceFirst(manifest).find_spec("pipeline.records", [str(PKG)])
    assert spec.origin == str(exts[0])


def test_modules_outside_the_manifest_load_from_source():
    finder = _accel._SourceFirst({})
    spec = finder.find_spec("pipeline.records", [str(PKG)])
    assert spec is not None and spec.origin.endswith("records.py")
    assert finder.find_spec("json", None) is None  # other packages are none of its business


def test_build_info_and_version_name_the_build():
    from click.testing import CliRunner

    from pipeline.cli import cli

    info = _accel.build_info()
    assert set(info) == {"compiled", "stale", "pure_python_wanted"}
    assert set(info["stale"]) <= set(info["compiled"])
    out = CliRunner().invoke(cli, ["--version"]).output
    assert out.startswith(f"zhpolicy {pipeline.__version__} (")
    assert ("pure Python" in out) == (not info["compiled"] or info["pure_python_wanted"])


def test_the_build_and_the_finder_hash_a_module_alike(tmp_path):
    """The manifest's hash covers the module and the ``.pxd`` of C types beside it: editing
    either makes the extension stale (the build and the finder must agree on the hash)."""
    pytest.importorskip("hatchling")  # a test extra; the build hook imports it
    sys.path.insert(0, str(ROOT))
    try:
        import hatch_build
    finally:
        sys.path.remove(str(ROOT))
    src = tmp_path / "m.py"
    src.write_text("x = 1\n", encoding="utf-8")
    alone = _accel.source_hash(src)
    assert alone == hatch_build.source_hash(src)
    (tmp_path / "m.pxd").write_text("cdef int y\n", encoding="utf-8")
    with_pxd = _accel.source_hash(src)
    assert with_pxd != alone and with_pxd == hatch_build.source_hash(src)
    assert not _accel._unchanged(src, alone)
