"""Results → pandas DataFrames with fixed, documented columns (one dtype each).

``COLUMNS[kind]`` lists ``(name, dtype, description)``, read from ``models/columns.tsv``; the
README's column tables are generated from it (``python -m pipeline columns``).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .records import deadline_of
from .resources import read_tsv

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # imported where a DataFrame is made: a batch worker needs none

    from .pipeline import Result

def _columns() -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in read_tsv("columns.tsv"):
        out.setdefault(r["table"], []).append((r["name"], r["dtype"], r["description"]))
    return out


# table -> [(name, dtype, description)], from models/columns.tsv
COLUMNS: dict[str, list[tuple[str, str, str]]] = _columns()


def empty_table(kind: str = "requirements") -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype, _ in COLUMNS[kind]})


def _typed(rows: list[dict], kind: str) -> pd.DataFrame:
    if not rows:
        return empty_table(kind)
    import pandas as pd

    df = pd.DataFrame(rows, columns=[c for c, _, _ in COLUMNS[kind]])
    return df.astype({name: dtype for name, dtype, _ in COLUMNS[kind]})


def target_summary(q) -> dict:
    """The short form of a target kept in the ``targets`` JSON column."""
    return {k: getattr(q, k) for k in ("text", "value", "upper", "unit", "comparator", "period", "deadline",
                                       "indicator")}


def requirement_columns(result: "Result") -> dict[str, list]:
    """The requirement table of ``result`` column by column (``COLUMNS["requirements"]`` order):
    what the batch store takes, without a dict per row."""
    reqs = result.requirements
    placed: dict = {}  # directive id -> (path, its title, its section's title): many rows share one
    for id_ in {r.directive for r in reqs}:
        d = result.directive(id_)
        top = result.directive(_top_id(result, id_))
        placed[id_] = ("/".join(result.directive_path(id_)), d.title if d else "", top.title if top else "")
    where = [placed[r.directive] for r in reqs]
    firsts = [r.targets[0] if r.targets else None for r in reqs]

    def first(attr: str) -> list:
        return [getattr(q, attr) if q is not None else None for q in firsts]

    return {
        "doc_id": [result.doc_id] * len(reqs),
        "req_id": [r.req_id for r in reqs],
        "directive_path": [w[0] for w in where],
        "directive_title": [w[1] for w in where],
        "section_title": [w[2] for w in where],
        "text": [r.text for r in reqs],
        "start": [r.start for r in reqs],
        "end": [r.end for r in reqs],
        "modality": [r.modality for r in reqs],
        "strength": [r.strength for r in reqs],
        "cue": [r.cue for r in reqs],
        "actor": [r.actor for r in reqs],
        "action": [r.action for r in reqs],
        "object": [r.object for r in reqs],
        "lead": [r.lead for r in reqs],
        "partners": ["、".join(r.partners) for r in reqs],
        "supervisor": [r.supervisor for r in reqs],
        "value": first("value"),
        "upper": first("upper"),
        "unit": first("unit"),
        "comparator": first("comparator"),
        "period": first("period"),
        "deadline": [deadline_of(r) for r in reqs],
        "targets": [json.dumps([target_summary(q) for q in r.targets], ensure_ascii=False) if r.targets else "[]"
                    for r in reqs],
        "category": [getattr(r, "category", "") or "" for r in reqs],
    }


def requirement_rows(result: "Result") -> list[dict]:
    cols = requirement_columns(result)
    names = list(cols)
    return [dict(zip(names, values)) for values in zip(*cols.values())]


def _top_id(result: "Result", id_):
    d = result.directive(id_)
    seen = set()
    while d is not None and d.parent is not None and d.id not in seen:
        seen.add(d.id)
        d = result.directive(d.parent)
    return d.id if d else None


def rows(result: "Result", kind: str = "requirements") -> list[dict]:
    """The rows of one table as plain dicts (what :func:`table` types; batch stores them
    without going through pandas)."""
    if kind == "requirements":
        return requirement_rows(result)
    if kind == "directives":
        return [{"doc_id": result.doc_id, "id": d.id, "parent": d.parent, "level": d.level, "marker": d.marker,
                 "number": d.number, "path": "/".join(result.directive_path(d.id)), "title": d.title,
                 "start": d.start, "end": d.end} for d in result.directives]
    if kind == "targets":
        return [{"doc_id": result.doc_id, **{k: getattr(q, k) for k in ("text", "start", "end", "indicator", "value",
                 "upper", "unit", "kind", "comparator", "period", "deadline", "scope", "base", "role", "sentence")},
                 "directive_path": "/".join(result.directive_path(q.directive))} for q in result.targets]
    if kind == "documents":
        doc = result.document
        return [{"doc_id": doc.doc_id, "source": doc.source, "encoding": doc.encoding, "chars": doc.chars,
                 "title": doc.title, "date": doc.date, "pipeline_version": result.pipeline_version}]
    raise ValueError(f"unknown table {kind!r}; choose from {sorted(COLUMNS)}")


def table(result: "Result", kind: str = "requirements") -> pd.DataFrame:
    """One table of ``result`` as a DataFrame with the columns and dtypes of ``COLUMNS[kind]``."""
    return _typed(rows(result, kind), kind)
