"""``.md``: the requirement table as a GitHub-flavoured Markdown table (no extra dependency)."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

_CELL_SPECIAL = re.compile(r"[\\|]")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def cell(value) -> str:
    """One table cell: missing values empty, ``|`` and ``\\`` escaped, line breaks as ``<br>``."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        text = f"{value:.15g}"  # 2e12 → 2000000000000, 1/3 → 0.333333333333333
    else:
        text = str(value)
    return _NEWLINE.sub("<br>", _CELL_SPECIAL.sub(lambda m: "\\" + m.group(), text))


def to_markdown(df: pd.DataFrame) -> str:
    """``df`` as a Markdown table; numeric columns right-aligned."""
    numeric = [pd.api.types.is_numeric_dtype(df[c]) for c in df.columns]
    lines = ["| " + " | ".join(cell(c) for c in df.columns) + " |",
             "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
    for row in df.itertuples(index=False, name=None):
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    return "\n".join(lines) + "\n"


def dumps(results, kind: str = "requirements") -> str:
    from ..pipeline import tables

    return to_markdown(tables(results, kind))


def write(results, path: Path, kind: str = "requirements") -> None:
    Path(path).write_text(dumps(results, kind), encoding="utf-8")
