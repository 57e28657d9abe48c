"""Results → pandas DataFrames with fixed, documented columns (one dtype each).

``COLUMNS[kind]`` lists ``(name, dtype, description)``; the README's column
tables are generated from it (``python -m pipeline columns``).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .records import deadline_of

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # imported where a DataFrame is made: a batch worker needs none

    from .pipeline import Result

S, I, F, O = "string", "Int64", "Float64", "object"

COLUMNS: dict[str, list[tuple[str, str, str]]] = {
    "requirements": [
        ("doc_id", S, "content hash of the document"),
        ("req_id", I, "requirement number within the document, from 1"),
        ("directive_path", S, "numbering markers of the innermost numbered item, joined by '/': 四、/一是"),
        ("directive_title", S, "title of that numbered item"),
        ("section_title", S, "title of the outermost numbered item holding it"),
        ("text", S, "the requirement as it reads"),
        ("start", I, "code-point offset into the original text"),
        ("end", I, "code-point offset (exclusive)"),
        ("modality", S, "obligation / prohibition / encouragement / aim"),
        ("strength", I, "graded cue: 5 必须·严禁 … 4 要·确保 … 3 原则上·应 … 2 力争·争取 … 1 鼓励·支持"),
        ("cue", S, "the cue word as in the text; empty for a bare imperative"),
        ("actor", S, "who must act, where the text says it (carried down from the enclosing sentence or heading)"),
        ("action", S, "the governing verb phrase"),
        ("object", S, "what the action is done to"),
        ("lead", S, "the unit leading the task: 牵头单位, 由X负责, or the first unit of a responsibility note"),
        ("partners", S, "the other responsible or co-operating units of that note, joined by '、'"),
        ("supervisor", S, "a unit named as guiding the task (X指导)"),
        ("value", F, "first target's value (percent in %, money in 元, fractions as decimals)"),
        ("upper", F, "first target's upper bound, for ranges"),
        ("unit", S, "first target's unit: %, 个百分点, 元, 名, 次, 年, …"),
        ("comparator", S, "first target's comparator: >=, <=, >, <, ~, between, ="),
        ("period", S, "first target's period for a frequency: 年, 季度, 月, 周, 天"),
        ("deadline", S, "by when: 2025, 2025-12-31, a year range 2021/2025, or open (长期坚持, 持续推进)"),
        ("targets", S, "all targets of the requirement, as a JSON list"),
        ("category", S, "policy area from the category model (empty when not run)"),
    ],
    "directives": [
        ("doc_id", S, "content hash of the document"),
        ("id", I, "directive id within the document"),
        ("parent", I, "parent directive id (empty at the top)"),
        ("level", I, "depth in the tree, 1 = outermost"),
        ("marker", S, "numbering token as in the text: 一、 （三） 二是"),
        ("number", I, "the marker's integer"),
        ("path", S, "markers along the parent chain, joined by '/'"),
        ("title", S, "the item's heading"),
        ("start", I, "code-point offset of the item's extent"),
        ("end", I, "end of the item's extent (exclusive)"),
    ],
    "targets": [
        ("doc_id", S, "content hash of the document"),
        ("text", S, "the quantity as it reads"),
        ("start", I, "code-point offset"),
        ("end", I, "code-point offset (exclusive)"),
        ("indicator", S, "what is measured, as the text names it"),
        ("value", F, "normalised value"),
        ("upper", F, "upper bound for ranges"),
        ("unit", S, "unit"),
        ("kind", S, "percent, percentage_points, fraction, ratio, count, money, duration, number"),
        ("comparator", S, ">=, <=, >, <, ~, between, ="),
        ("period", S, "frequency period"),
        ("deadline", S, "normalised deadline"),
        ("scope", S, "what each unit of the target is (每个班)"),
        ("base", S, "what a share is of"),
        ("role", S, "target, or for other quantities fact / date / period / ordinal / name / docnum / slogan"),
        ("sentence", I, "sentence id"),
        ("directive_path", S, "markers of the innermost numbered item holding it"),
    ],
    "documents": [
        ("doc_id", S, "content hash of the document"),
        ("source", S, "path, <stdin>, <text> or archive.zip!member"),
        ("encoding", S, "how the input was decoded: utf-8, gb18030, utf-16, docx, pdf, …"),
        ("chars", I, "length of the decoded text in code points"),
        ("title", S, "title as the text states it"),
        ("date", S, "ISO date the text states (YYYY-MM-DD, YYYY-MM)"),
        ("pipeline_version", S, "zhpolicy version that produced the row"),
    ],
}


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
    return {k: getattr(q, k) for k in ("text", "value", "upper", "unit", "comparator", "period", "deadline", "indicator")}


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
