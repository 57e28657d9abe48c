"""Shared fixtures.  Tests that read ../shared (the evaluation documents) skip when it is absent."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ZHPOLICY_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "corpora" / "samples"
GOLD = ROOT / "tests" / "gold"

os.environ.setdefault("ZHPOLICY_CACHE", str(ROOT / ".cache" / "zhpolicy"))
os.environ.setdefault("MPLBACKEND", "Agg")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the calling test when it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared not available ({p})")
    return p


def load_script(relative: str) -> ModuleType:
    """A script of the project that is no package module (``benchmarks/bench_ab.py``,
    ``tools/extras.py``), loaded from its file for its tests."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def shared():
    return shared_path()


@pytest.fixture(scope="session")
def seed_speech() -> Path:
    return shared_path("corpora", "seed", "cadre_training_speech.txt")
