"""Tables of indicators flattened one cell a line: a plan's 主要指标表.

A run of header lines (``models/indicator_tables.tsv``) holding a name, a unit and at least one
value column opens the table; below it every row gives its number (when there is a 序号 column),
its name and unit cells, and its value cells in the order of the value columns.  A value cell of a
target column (目标, a year or a plan still ahead) is a target with the row's unit, the column's
year or plan as deadline and the row's name as indicator; a cell of a base column (现状, a year
past) is a fact; the row numbers are ordinals.  Text alone cannot tell these apart: 35 under
“十五五”目标 and 90.87 under “十四五”现状 read the same.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ..deadlines import plan_form
from ..resources import read_tsv
from .lexicon import Lexicon
from .scan import scan

_SPACE = re.compile(r"[\s“”\"'‘’「」]")
_VALUE = re.compile(r"[≥≤><]?=?\s*[0-9０-９][0-9０-９.．,，]*\s*[%％]?\S{0,3}")
_DIGITS = re.compile(r"[0-9０-９][0-9０-９.．,，]*")
_MAX_CELL = 40  # a longer line is prose: the table has ended
_MAX_HEAD = 12  # a longer line is no header cell (表2 “十五五”…主要指标表 is the title)
_SENTENCE_END = "。；;：:"


class Cell(NamedTuple):
    """What a cell of a table of indicators says."""
    end: int
    role: str  # target, fact or ordinal
    value: Optional[float] = None
    unit: str = ""
    kind: str = "number"
    comparator: str = "="
    deadline: Optional[str] = None
    indicator: Optional[str] = None


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {r["word"]: r["role"] for r in read_tsv("indicator_tables.tsv")}


def _column(cell: str, year: Optional[int], lex: Lexicon) -> Optional[tuple[str, Optional[str], Optional[int]]]:
    """(role, deadline, bare year) of a header cell: number, name, unit, kind, or a value column (target,
    fact) named by a year (2030年), a plan (“十五五”目标) or a word of role base or target."""
    words = _words()
    key = _SPACE.sub("", cell)
    role = words.get(key)
    if role in ("number", "name", "unit", "kind"):
        return role, None, None
    base = any(w in key for w, r in words.items() if r == "base")
    goal = any(w in key for w, r in words.items() if r == "target")
    deadline = last = None
    for c in scan(key, lex):  # the scan's own reading of years and plan numbers (十五五 → 2026/2030)
        if c.role == "date" and c.year:
            deadline, last = str(c.year), c.year
        elif c.role == "period" and c.value is not None and plan_form(int(c.value)):
            deadline = plan_form(int(c.value))
            last = int(deadline[-4:])
        if deadline:
            break
    if not (deadline or base or goal):
        return None
    bare = last if deadline and deadline.isdigit() and not (base or goal) else None
    if base or (year is not None and last is not None and last < year):
        return "fact", None, bare  # “十四五”现状; “十四五”目标值 in a 2026 plan: what was reached
    return "target", deadline, bare


def _earliest_year_is_base(cols: list) -> None:
    """Of two or more columns named by a bare year (2025年|2030年), the earliest is the base the
    table starts from, whatever the document's year (a plan issued in 2025 lists 2025年 as it stands)."""
    bare = [(y, n) for n, (_, _, y) in enumerate(cols) if y is not None]
    if len(bare) >= 2:
        cols[min(bare)[1]] = ("fact", None, bare[0][0])


def _lines(text: str, pos: int):
    """(start, end, text) of each line from ``pos``, white space at its ends left out."""
    n = len(text)
    while pos < n:
        e = text.find("\n", pos)
        e = n if e < 0 else e
        line = text[pos:e]
        lead = len(line) - len(line.lstrip())
        yield pos + lead, pos + len(line.rstrip()), line.strip()
        pos = e + 1


def _unit(line: str, lex: Lexicon) -> Optional[str]:
    """The line as a unit cell (万平方米, %, 条（段）), or None."""
    head = line.split("（")[0].split("(")[0]
    if not head or len(head) > 6:
        return None
    probe = "1" + head
    cs = scan(probe, lex)
    return head if cs and cs[0].start == 0 and cs[0].end == len(probe) and cs[0].unit else None


def find_cells(text: str, lex: Lexicon, year: Optional[int]) -> dict[int, Cell]:
    """Cell start → :class:`Cell` for the value and number cells of every table of indicators."""
    words = _words()
    if _unit_header().search(text) is None:  # a line that is only 单位: the cheap gate
        return {}
    out: dict[int, Cell] = {}
    lines = list(_lines(text, 0))
    i = 0
    while i < len(lines):
        cols = []
        j = i
        while j < len(lines):
            head = lines[j][2]
            col = _column(head, year, lex) if 0 < len(head) <= _MAX_HEAD and words.get(head[:1]) != "stop" else None
            if col is None:
                break
            cols.append(col)
            j += 1
        roles = [r for r, _, _ in cols]
        if "name" in roles and "unit" in roles and ("target" in roles or "fact" in roles):
            _earliest_year_is_base(cols)
            i = _read_rows(lines, j, cols, lex, out, words)
        else:
            i = max(j, i + 1)
    return out


def _read_rows(lines: list, i: int, header: list, lex: Lexicon, out: dict, words: dict) -> int:
    """Read the rows under ``header`` from line ``i``; the index of the first line after the table."""
    values = [(r, d) for r, d, _ in header if r in ("target", "fact")]
    numbered = any(r == "number" for r, _, _ in header)
    expected, named, vi, unit, name = 1, True, 0, "", None
    while i < len(lines):
        s, e, line = lines[i]
        if not line:
            i += 1
            continue
        if len(line) > _MAX_CELL or line[-1] in _SENTENCE_END or words.get(line[:1]) == "stop":
            break
        if numbered and line == str(expected) and (expected == 1 or named and (
                vi == 0 or vi >= len(values) or _opens_row(lines, i + 1, words))):
            out[s] = Cell(e, "ordinal", float(expected))
            expected, named, vi = expected + 1, False, 0
        elif words.get(line) == "blank" or _VALUE.fullmatch(line):
            if vi < len(values) and words.get(line) != "blank":
                role, deadline = values[vi]
                k = _DIGITS.search(line).end()
                probe = line if "%" in line or "％" in line else line[:k] + unit + line[k:]
                cs = scan(probe, lex)
                if cs and cs[0].value is not None and cs[0].role is None:
                    c = cs[0]
                    out[s] = Cell(e, role, c.value, c.unit, c.kind, c.comparator,
                                  deadline if role == "target" else None, name)
            vi += 1
        elif vi == 0 and _unit(line, lex):
            unit = _unit(line, lex)
        else:  # a name, a group (绿化) or an attribute (约束性): a new (sub-)row's values follow
            if words.get(_SPACE.sub("", line)) is None:
                name = line
            named, vi = True, 0
        i += 1
    return i


def _opens_row(lines: list, i: int, words: dict) -> bool:
    """The line at ``i`` names a row (a name or a group, no number, no attribute): the number before it
    is the row's, even where a note cell (96.15%) left the row before with more cells than columns."""
    line = lines[i][2] if i < len(lines) else ""
    return bool(line) and not _VALUE.fullmatch(line) and _SPACE.sub("", line) not in words


@lru_cache(maxsize=1)
def _unit_header() -> re.Pattern:
    units = [w for w, r in _words().items() if r == "unit"]
    return re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, units)) + r")[ \t]*$", re.M)
