"""Write results: the format comes from the output's extension.

* ``.csv``      the requirement table, UTF-8 with a BOM (Excel opens the Chinese correctly)
* ``.xlsx``     one sheet per table: requirements, directives, targets, documents
* ``.parquet``  the requirement table with its column dtypes
* ``.md``       the requirement table as a Markdown table
* ``.json``     one document object (a list of them for several documents)
* ``.jsonl``    one document object per line

One module per format; each exposes ``write(results, path)`` writing to ``path``
(a temporary file that :func:`atomic_path` renames on success).  The checklist
(``.md`` / ``.docx``) lives in :mod:`pipeline.export.checklist`.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Sequence

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


def format_of(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ZhpolicyError(str(path), f"unknown output format {suffix or '(none)'}; use one of {', '.join(FORMATS)}", stage="write")
    return suffix


def write(results: Sequence, path: str | os.PathLike) -> Path:
    """Write ``results`` to ``path`` atomically, in the format its extension names."""
    mod = importlib.import_module(f".{FORMATS[format_of(path)]}", __name__)
    with atomic_path(path) as tmp:
        mod.write(list(results), tmp)
    return Path(path)
