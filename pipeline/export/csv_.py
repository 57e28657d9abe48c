"""``.csv``: the requirement table, UTF-8 with a BOM so Excel opens the Chinese correctly.

Text cells that a spreadsheet would read as a formula (``=`` ``+`` ``-`` ``@``, a tab or
a carriage return first) get a leading ``'`` (CSV injection); numbers stay numbers.  The
web page's download writes through :func:`write_frame` too.
"""
from __future__ import annotations

from pathlib import Path

ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")  # what starts a formula in Excel / LibreOffice


def escape_cell(value):
    """``'`` before a text cell a spreadsheet would evaluate; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        return "'" + value
    return value


def write_frame(df, path: Path) -> Path:
    """``df`` as CSV with every text column escaped (the one CSV writer of the package)."""
    from pandas.api.types import is_numeric_dtype

    df = df.copy()
    for col in df.columns:
        if not is_numeric_dtype(df[col].dtype):
            df[col] = df[col].map(escape_cell, na_action="ignore")
    df.to_csv(path, index=False, encoding=ENCODING, lineterminator="\r\n")
    return Path(path)


def write(results, path: Path, kind: str = "requirements") -> None:
    from ..pipeline import tables

    write_frame(tables(results, kind), path)
