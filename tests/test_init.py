"""The package as installed (pipeline/__init__.py): every module runs from its .py file."""
from __future__ import annotations

import importlib.machinery
from pathlib import Path

import pipeline

PKG = Path(pipeline.__file__).resolve().parent


def test_no_extension_module_shadows_a_source_file():
    """Python imports ``x.cpython-….so`` before ``x.py`` in the same folder: an extension left by
    the Cython build this project used to make would run instead of the edited source
    (``make setup`` removes them)."""
    found = sorted(str(p.relative_to(PKG)) for s in importlib.machinery.EXTENSION_SUFFIXES for p in PKG.rglob(f"*{s}"))
    assert found == []
    assert not (PKG / "_compiled.json").exists()
