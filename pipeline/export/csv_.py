"""``.csv``: the requirement table, UTF-8 with a BOM so Excel opens the Chinese correctly."""
from __future__ import annotations

from pathlib import Path

ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8


def write(results, path: Path, kind: str = "requirements") -> None:
    from ..pipeline import tables

    tables(results, kind).to_csv(path, index=False, encoding=ENCODING, lineterminator="\r\n")
