"""``.jsonl``: one document object per line."""
from __future__ import annotations

import json
from pathlib import Path


def write(results, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
