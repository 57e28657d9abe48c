"""Tables flattened one cell a line (an annexed table as text taken from a PDF or a Word
file): where they stand, and whether their rows are numbered items of the document.

A table is known by its header row: a line that holds only the heading of the row-number
column (序号, 编号: ``serial_header`` in ``models/structure_phrases.tsv``), then the other
header cells on short lines, down to the first row's number 1 alone on its line.

* A **task table** (任务分解表, a table of measures) has a header cell that names a task or
  its content (任务类型, 改革举措, 重点内容: ``task_column``) and none that names a record
  (``record_column``): each row is one of the document's tasks, so its row number is a
  numbered item, wherever the table stands, and so are the enumerations inside its cells.
* An **inventory** (项目名称 | 位置 | 面积 …, an indicator table) numbers records — projects,
  places, figures: nothing inside it is a numbered item (row numbers, decimals, year
  cells).  It ends at the next table, part or signature, at a heading line, or at a
  paragraph of running text.

The header decides, not where the table stands: the same 序号 column numbers tasks in one
annex and parks in another.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional, Sequence

from .markers import load_phrases

SERIAL_HEADERS: tuple[str, ...] = tuple(p for p, _ in load_phrases("serial_header"))
TASK_COLUMNS: tuple[str, ...] = tuple(p for p, _ in load_phrases("task_column"))
RECORD_COLUMNS: tuple[str, ...] = tuple(p for p, _ in load_phrases("record_column"))

_SP = "[ \t\u3000]*"
_HEADER = re.compile("^" + _SP + "(?:" + "|".join(map(re.escape, sorted(SERIAL_HEADERS, key=len, reverse=True)))
                     + ")" + _SP + "$", re.MULTILINE)
_ROW_ONE = re.compile(_SP + "[1１]" + _SP)
_LINE = re.compile(r"[^\n]*")
_SQUASH = re.compile(r"[\s\u3000\u00a0]+")
_HEADER_CELLS_MAX = 16  # a header row has at most this many cells
_CELL_MAX = 24  # a header cell is short
# where an inventory has ended: a heading line of the text, or a paragraph of running text
_HEADING_LINE = re.compile(_SP + r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+(?:章|节|条|部分|编))")
_PARAGRAPH_MIN = 40
_SENTENCE_END = "。！？"
# a task cell wrapped over short lines (海绵城市 | 建设管理): each piece is short and unmarked
_WRAP_MAX = 8
_WRAP_LINES = 3
_MARKS = re.compile(r"[，。；：、！？,;:!?]")
_BARE_NUMBER = re.compile(_SP + r"[0-9０-９]{1,3}" + _SP)


@dataclass(frozen=True)
class FlatTable:
    start: int  # the serial header line
    rows: int  # the line of row 1
    end: int
    tasks: bool  # a task table: its rows are items


def _header_cells(text: str, pos: int) -> Optional[tuple[list[str], int]]:
    """The header cells below a serial header ending at ``pos`` and the start of the line of
    row 1, or None when no row 1 follows a short header."""
    cells: list[str] = []
    i = pos + 1
    n = len(text)
    while i < n and len(cells) <= _HEADER_CELLS_MAX:
        m = _LINE.match(text, i)
        line = m.group()
        if _ROW_ONE.fullmatch(line):
            return cells, i
        cell = _SQUASH.sub("", line)
        if len(cell) > _CELL_MAX:
            return None
        if cell:
            cells.append(cell)
        i = m.end() + 1
    return None


def _inventory_end(text: str, pos: int, limit: int) -> int:
    """Where an inventory whose rows start at ``pos`` has ended (at most ``limit``)."""
    i = pos
    while i < limit:
        m = _LINE.match(text, i)
        line = m.group()
        stripped = line.strip(" \t\u3000")
        if _HEADING_LINE.match(line) or (len(stripped) >= _PARAGRAPH_MIN and stripped[-1:] in _SENTENCE_END):
            return i
        i = m.end() + 1
    return limit


def find_tables(text: str, stops: Sequence[int] = ()) -> list[FlatTable]:
    """The flattened tables of ``text`` with a serial header, in order.  ``stops``: where a
    part or a signature starts (a table does not run past one)."""
    if not SERIAL_HEADERS:
        return []
    found = []
    for m in _HEADER.finditer(text):
        got = _header_cells(text, m.end())
        if got is None:
            continue
        cells, rows = got
        tasks = any(w in c for c in cells for w in TASK_COLUMNS) and \
            not any(w in c for c in cells for w in RECORD_COLUMNS)
        found.append((m.start(), rows, tasks))
    out = []
    marks = sorted(stops)
    for k, (start, rows, tasks) in enumerate(found):
        limit = found[k + 1][0] if k + 1 < len(found) else len(text)
        j = bisect_right(marks, rows)
        if j < len(marks):
            limit = min(limit, marks[j])
        end = limit if tasks else _inventory_end(text, rows, limit)
        out.append(FlatTable(start, rows, end, tasks))
    return out


def row_title(text: str, pos: int) -> Optional[str]:
    """The title of a task table's row whose number ends at ``pos``: its first cell, joined
    where the cell was wrapped over short lines (海绵城市 | 建设管理 → 海绵城市建设管理);
    None when the first cell is not short and unmarked (the caller reads it as usual)."""
    pieces: list[str] = []
    i = text.find("\n", pos)
    n = len(text)
    while 0 <= i < n and len(pieces) < _WRAP_LINES:
        m = _LINE.match(text, i + 1)
        line = m.group()
        cell = _SQUASH.sub("", line)
        if not cell:
            i = m.end()
            continue
        if len(cell) > _WRAP_MAX or _MARKS.search(cell) or _BARE_NUMBER.fullmatch(line):
            break
        pieces.append(cell)
        i = m.end()
    if not pieces:
        return None
    return "".join(pieces)


__all__ = ["FlatTable", "find_tables", "row_title", "SERIAL_HEADERS", "TASK_COLUMNS", "RECORD_COLUMNS"]
