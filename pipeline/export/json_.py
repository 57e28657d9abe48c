"""``.json``: one document object, or a list of them for several documents."""
from __future__ import annotations

import json
from pathlib import Path


def dumps(results, *, sentences: bool = True, indent: int | None = 2) -> str:
    docs = [r.to_dict(sentences=sentences) for r in results]
    return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=indent)


def write(results, path: Path) -> None:
    path.write_text(dumps(results) + "\n", encoding="utf-8")
