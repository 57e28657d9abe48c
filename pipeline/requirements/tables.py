"""Flattened tables of tasks, for the requirement stage: a row's units reach its requirements.

A notice or plan often carries a table (任务分解表, 重点任务清单, 改革举措表) whose columns say
who does what by when (序号 | 任务 | 主要内容 | 牵头单位 | 完成时限 …).  The one reader of such
tables, :mod:`pipeline.structure.flat_tables`, finds them and lays each row's lines out over
the columns; what a list of units and a date look like it takes from here (:func:`cues`: the
rules of :mod:`.responsibility`).  This module keeps only the glue: the header and the non-text
cells are cut out of the units (:func:`cut_spans`), and each requirement in a row's task or
content cell gets the row's lead, partners, supervisor and deadline through
:class:`.responsibility.Responsibility` (:func:`row_scopes`).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache, partial

from ..structure.flat_tables import TEXT_ROLES, Grid, LineCues, Row, is_blank, read_grids
from ..structure.markers import marker_end
from .responsibility import Note, cells_note, normalize_deadline, unit_names
from .responsibility import lexicon as responsibility_lexicon

_NOTE_ROLE = {"lead": "lead", "joint": "joint", "partners": "partner", "supervisor": "supervisor",
              "deadline": "deadline"}


def _dated(year: int | None, line: str) -> bool:
    return normalize_deadline(line, year) is not None


@lru_cache(maxsize=8)
def cues(year: int | None) -> LineCues:
    """Units and dates as a note reads them (``year``: the document's, for dates without one)."""
    lex = responsibility_lexicon()
    return LineCues(unit_names, lex.unit_ends, partial(_dated, year), _role_marked)


def _role_marked(line: str) -> bool:
    """A unit's name with its role in brackets (县住建局（牵头）)."""
    m = responsibility_lexicon().role_mark.fullmatch(line)
    return m is not None and m.group("unit").endswith(responsibility_lexicon().unit_ends)


def find_grids(text: str, year: int | None = None) -> list[Grid]:
    """The flattened tables of tasks in ``text`` read into rows and cells, in order."""
    return read_grids(text, cues(year))


def cut_spans(tables: Sequence[Grid]) -> list[tuple[int, int]]:
    """The stretches no requirement may hold: each header (and its repeats) and each cell that
    is not a text cell (units, dates, scopes, documents)."""
    out: list[tuple[int, int]] = []
    for t in tables:
        out.extend(t.headers)
        for r in t.rows:
            out.extend((c.start, c.end) for c in r.cells if c.role not in TEXT_ROLES)
    return sorted(out)


def _cell_text(cell: str, role: str) -> str:
    """A cell's text without its breaks; the lines of a unit cell that each end as a body's name does
    (县司法局⏎县政务服务中心: cells a row pasted with spaces kept apart) are joined by 、, a name
    wrapped mid-word (县发展改革⏎局) is joined as written."""
    lines = cell.split("\n")
    if len(lines) > 1 and role != "deadline":
        lex = responsibility_lexicon()
        parts = ["".join(ln.split()) for ln in lines]
        if all(lex.role_mark.sub(r"\g<unit>", p).endswith(lex.unit_ends) and len(p) > 2 for p in parts):
            return "、".join(parts)  # (县住建局（牵头）⏎县自然资源局: the role mark is no part of the name)
    return "".join(cell.split())


def row_note(text: str, row: Row, year: int | None) -> Note | None:
    """The row's lead, partners, supervisor and deadline as a note (kind "table"), or None."""
    cells = [(_NOTE_ROLE[c.role], _cell_text(text[c.start:c.end], c.role)) for c in row.cells
             if c.role in _NOTE_ROLE and not is_blank(text[c.start:c.end])]
    return cells_note(cells, year, row.start, row.end) if cells else None


def row_scopes(text: str, tables: Sequence[Grid], year: int | None) -> list[tuple[int, int, Note]]:
    """For :class:`.responsibility.Responsibility`: ``(start, end, note)`` for every task and
    content cell of a row that assigns something."""
    out: list[tuple[int, int, Note]] = []
    for t in tables:
        for r in t.rows:
            note = row_note(text, r, year)
            if note is not None:
                out.extend((c.start, c.end, note) for c in r.cells if c.role in TEXT_ROLES)
    return out


_TITLE_MARKS = str.maketrans("", "", "“”\"'‘’《》 \t\u3000。；;，,")


def _title_key(title: str) -> str:
    """A task's title as a key: no spaces, quotes or final marks, no item marker before it (（一）优化… = 优化…;
    the one list of markers: ``structure.markers``)."""
    key = "".join(title.split())
    return key[marker_end(key):].translate(_TITLE_MARKS)


def titled_scopes(text: str, tables: Sequence[Grid], items: Sequence, year: int | None) -> list[tuple[int, int, Note]]:
    """``(start, end, note)`` for every item of the body whose title is the task of a table's row (an annexed
    重点任务分工表 that names the body's tasks: 优化政务服务 | 县政务服务中心 | …): the row's units and time limit
    reach the requirements under that item.  ``items``: the document's items (with ``title``, ``start``,
    ``end``); items inside a table are the table's own rows."""
    by_title: dict[str, Note] = {}
    for t in tables:
        for r in t.rows:
            task = next((c for c in r.cells if c.role == "task"), None)
            note = row_note(text, r, year) if task is not None else None
            if note is not None:
                by_title.setdefault(_title_key(text[task.start:task.end]), note)
    if not by_title:
        return []
    spans = [(t.start, t.end) for t in tables]
    out = []
    for d in items:
        note = by_title.get(_title_key(d.title)) if d.title else None
        if note is not None and not any(a <= d.start < b for a, b in spans):
            out.append((d.start, d.end, note))
    return out


class CellIndex:
    """Which text cell holds a position: "heading" (a task cell beside a content column: the
    row's name, which asks only with a cue) or "body" (a content cell, or the task cell of a
    table without one: the body of the row's numbered item), else None."""

    __slots__ = ("_ends", "_kinds", "_starts")

    def __init__(self, tables: Sequence[Grid]) -> None:
        spans = []
        for t in tables:
            has_content = "content" in t.roles
            for r in t.rows:
                for c in r.cells:
                    if c.role in TEXT_ROLES:
                        spans.append((c.start, c.end, "heading" if c.role == "task" and has_content else "body"))
        spans.sort()
        self._starts = [a for a, _, _ in spans]
        self._ends = [b for _, b, _ in spans]
        self._kinds = [k for _, _, k in spans]

    def kind(self, pos: int) -> str | None:
        k = bisect_right(self._starts, pos) - 1
        return self._kinds[k] if k >= 0 and pos < self._ends[k] else None


__all__ = ["CellIndex", "cues", "cut_spans", "find_grids", "row_note", "row_scopes", "titled_scopes"]
