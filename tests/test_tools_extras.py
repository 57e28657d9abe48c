"""tools/extras.py: the requirements of extras, so that make installs the package only once."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("extras", ROOT / "tools" / "extras.py")
extras = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(extras)

PROJECT = {
    "name": "Demo-Pkg",
    "optional-dependencies": {
        "a": ["alpha>=1", "beta[x]>=2"],
        "b": ["gamma", "demo-pkg[a]"],
        "c": ["DEMO-PKG[a, b]", "alpha>=1", "delta; python_version >= '3.11'"],
        "loop": ["demo-pkg[loop]", "omega"],
        "other": ["otherpkg[a]"],
    },
}


@pytest.mark.parametrize("wanted, expected", [
    (["a"], ["alpha>=1", "beta[x]>=2"]),
    (["b"], ["gamma", "alpha>=1", "beta[x]>=2"]),  # the project's own extra, expanded
    (["c"], ["alpha>=1", "beta[x]>=2", "gamma", "delta; python_version >= '3.11'"]),  # each once
    (["a", "b"], ["alpha>=1", "beta[x]>=2", "gamma"]),
    (["loop"], ["omega"]),  # an extra naming itself ends
    (["other"], ["otherpkg[a]"]),  # another package's extra stays a requirement
    ([], []),
])
def test_requirements_of_extras(wanted, expected):
    assert extras.requirements(wanted, PROJECT) == expected


def test_an_unknown_extra_is_an_error():
    with pytest.raises(SystemExit, match="no extra 'z'"):
        extras.requirements(["z"], PROJECT)


def test_the_test_extra_of_this_project_needs_no_reinstall_of_it():
    """What make installs for the tests names no requirement on zhpolicy itself."""
    got = extras.requirements(["test"], extras.tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"])
    assert "pytest>=8" in got and not any(r.lower().startswith("zhpolicy") for r in got)
