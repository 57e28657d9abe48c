"""``.parquet``: the requirement table with its column dtypes (pyarrow)."""
from __future__ import annotations

from pathlib import Path


def write(results, path: Path, kind: str = "requirements") -> None:
    from ..pipeline import tables

    tables(results, kind).to_parquet(path, engine="pyarrow", index=False)
