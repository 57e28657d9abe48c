"""Write results: the format comes from the output's extension.

* ``.csv``      the requirement table, UTF-8 with a BOM (Excel opens the Chinese correctly)
* ``.xlsx``     one sheet per table: requirements, directives, targets, documents
* ``.parquet``  the requirement table with its column dtypes
* ``.md``       the requirement table as a Markdown table
* ``.json``     one document object (a list of them for several documents)
* ``.jsonl``    one document object per line

One module per format; each exposes ``write(results, path)`` writing to ``path``
(a temporary file that :func:`atomic_path` renames on success).  The checklist
(``.md`` / ``.docx``) lives in :mod:`pipeline.export.checklist`, the work ledger
(工作台账, ``.xlsx`` / ``.docx``, ``extract --ledger``) in :mod:`pipeline.export.ledger`.
"""
from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import ZhpolicyError
from .atomic import atomic_path

FORMATS = {
    ".json": "json_",
    ".jsonl": "jsonl",
    ".csv": "csv_",
    ".xlsx": "xlsx",
    ".parquet": "parquet",
    ".md": "markdown",
}


def suffix_in(path: str | os.PathLike, allowed, what: str = "output") -> str:
    """The lower-case extension of ``path``, which must be one of ``allowed``."""
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        names = list(allowed)
        choices = f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0]
        raise ZhpolicyError(str(path), f"unknown {what} format {suffix or '(none)'}; use {choices}", stage="write")
    return suffix


def write_atomically(writer: Callable, results: Sequence, path: str | os.PathLike) -> Path:
    """Run ``writer(results, tmp)`` on a temporary file that replaces ``path`` on success."""
    with atomic_path(path) as tmp:
        writer(list(results), tmp)
    return Path(path)


def format_of(path: str | os.PathLike) -> str:
    return suffix_in(path, FORMATS)


def write(results: Sequence, path: str | os.PathLike) -> Path:
    """Write ``results`` to ``path`` atomically, in the format its extension names."""
    mod = importlib.import_module(f".{FORMATS[format_of(path)]}", __name__)
    return write_atomically(mod.write, results, path)
