"""Where the data files (lexicons, dictionaries, fitted models) live.

A source checkout reads the top-level ``models/``; an installed wheel carries the
same files as ``pipeline/_models``; ``ZHPOLICY_MODELS`` overrides both.
"""
from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path


def models_dir() -> Path:
    env = os.environ.get("ZHPOLICY_MODELS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here / "_models", here.parent / "models"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("cannot find the models/ folder; set ZHPOLICY_MODELS")


def model_path(name: str) -> Path:
    return models_dir() / name


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV lexicon in ``models/`` (header row; ``#`` lines are comments)."""
    with open(model_path(name), encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return tuple(dict(r) for r in csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a word list in ``models/``."""
    with open(model_path(name), encoding="utf-8") as fh:
        return tuple(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))


def cache_dir() -> Path:
    """A writable folder of ours for caches (jieba's dictionary cache)."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zhpolicy"
    d = Path(os.environ.get("ZHPOLICY_CACHE") or default)
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError:
        import tempfile

        d = Path(tempfile.gettempdir()) / "zhpolicy-cache"
        d.mkdir(parents=True, exist_ok=True)
    return d


@lru_cache(maxsize=None)
def char_class(name: str) -> str:
    """The characters of one class of ``models/char_classes.tsv`` (in its order), so that a
    regular expression in code names its class instead of spelling the characters."""
    for row in read_tsv("char_classes.tsv"):
        if row["name"] == name:
            return row["chars"]
    raise KeyError(f"char_classes.tsv: no class {name!r}")


@lru_cache(maxsize=None)
def _ui_texts() -> dict[str, str]:
    return {row["key"]: row["text"] for row in read_tsv("ui_zh.tsv")}


def ui(key: str) -> str:
    """A label or message shown to people, from ``models/ui_zh.tsv`` (one file for all of them,
    so that wording is edited in one place and never mixed with the rules)."""
    try:
        return _ui_texts()[key]
    except KeyError:
        raise KeyError(f"ui_zh.tsv: no text {key!r}") from None


@lru_cache(maxsize=None)
def sample_text(key: str) -> str:
    """A text of ours from ``models/sample_texts.tsv`` (warm-up and test texts; ``\\n`` is a line break)."""
    for row in read_tsv("sample_texts.tsv"):
        if row["key"] == key:
            return row["text"].replace("\\n", "\n")
    raise KeyError(f"sample_texts.tsv: no text {key!r}")
