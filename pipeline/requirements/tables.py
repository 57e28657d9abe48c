"""Flattened tables of tasks: which column a cell is, so a row's units reach its requirements.

A notice or plan often carries a table (任务分解表, 重点任务清单, 改革举措表) whose columns say
who does what by when (序号 | 任务 | 主要内容 | 牵头单位 | 完成时限 …).  Scraped to text it
arrives one cell a line: the header cells (sometimes letter-spaced: 主 要 内 容), then row after
row — the row number alone on its line, then its cells in column order, a cell sometimes
hard-wrapped over several lines; the header may repeat, and lines such as 一、…方面 may head
parts of the table.

:func:`find_tables` reads such tables (pure: text in, :class:`Table` records out).  A table is
taken only where a run of at least three short lines are known header words
(``models/table_columns.tsv``, the labels of ``models/responsibility.tsv``, the header cells of
``models/non_requirements.tsv``), the first of them a number column, one a text column (task or
content) and one a column that assigns (lead, joint, partners, supervisor, deadline), and the
line after the header is row 1.  Rows are cut at their number lines; a row's lines are laid
out over its columns by the best monotone alignment of line kinds to column roles (a list of
units, a date, a document title, a sentence …).  A row whose lines fit no layout keeps no
cells; a table where most rows fit none is no table (a wrong table is worse than none).

The requirement stage then cuts the header and the non-text cells out of its units
(:func:`cut_spans`) and gives each requirement in a row's task or content cell the row's
lead, partners, supervisor and deadline through :class:`.responsibility.Responsibility`
(:func:`row_scopes`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..resources import read_tsv
from .responsibility import Note, cells_note, normalize_deadline, unit_names
from .responsibility import lexicon as responsibility_lexicon

FILE = "table_columns.tsv"
TEXT_ROLES = ("task", "content")
UNIT_ROLES = ("lead", "joint", "partners", "supervisor")
ASSIGNING = (*UNIT_ROLES, "deadline")
_NOTE_ROLE = {"lead": "lead", "joint": "joint", "partners": "partner", "supervisor": "supervisor",
              "deadline": "deadline"}
_LABEL_ROLE = {"lead": "lead", "joint": "joint", "partner": "partners", "supervisor": "supervisor",
               "deadline": "deadline", "other": "other"}
_MIN_COLUMNS = 3
_MAX_GAP = 10  # the most row numbers a table may skip between two rows (rows cut by the source)
_MAX_ROW_LINES = 40  # a row of more lines ends the table
_TASK_LEN = 30  # a task's name is short
_SHORT = 20  # a scope, a deadline
_NO = float("-inf")
_WRAP = -2
_SPACE = " \t\u3000\u00a0\r"
_SENTENCE = re.compile("[。；;！？!?]")
_NUMBER = re.compile(r"[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000.．、]*")
_OPENERS = "、，,（(《“"
_UNIT_OPENERS = ("各", "有关", "相关")  # 各街镇, 有关部门
_TITLE_MARKS = re.compile("[《》〔〕]")
_BRACKET = re.compile(r"[（(][^（()）]*[）)]$")


@dataclass(frozen=True, slots=True)
class Column:
    """A header cell: the word as written (spaces removed), its role, its span in the text."""

    word: str
    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell of a row: its column's role and its span (over its lines, wrapped or not)."""

    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Row:
    """A row: its number, its span (from the number line to its last line) and its cells, one
    per column after the number, in column order; empty where its lines fit no layout."""

    number: int
    start: int
    end: int
    cells: tuple[Cell, ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    """A flattened table: its columns, the spans of its header lines (the first and every
    repeat) and its rows."""

    start: int
    end: int
    columns: tuple[Column, ...]
    headers: tuple[tuple[int, int], ...]
    rows: tuple[Row, ...]

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(c.role for c in self.columns)


@dataclass(frozen=True)
class _Lexicon:
    roles: Mapping[str, str]  # header word (no spaces) -> role
    header: re.Pattern  # a line that is one header word (letter-spacing allowed)
    search: re.Pattern  # the same, from a line start
    section: re.Pattern | None
    end: re.Pattern | None


def _spaced(word: str) -> str:
    return "[ \t\u3000]*".join(re.escape(c) for c in word)


@cache
def lexicon() -> _Lexicon:
    roles: dict[str, str] = {}
    for r in read_tsv("non_requirements.tsv"):
        if r["kind"] == "header" and not r["word"].startswith("re:"):
            roles[r["word"]] = "other"
    for word, role in responsibility_lexicon().labels.items():
        roles[word] = _LABEL_ROLE.get(role, "other")
    patterns: dict[str, list[str]] = {"section": [], "end": []}
    for r in read_tsv(FILE):
        w, role = r["word"], r["role"]
        if w.startswith("re:"):
            patterns[role].append(w[3:])
        else:
            roles[w] = role
    words = sorted(roles, key=len, reverse=True)
    alternatives = "|".join(_spaced(w) for w in words)
    body = rf"[ \t\u3000]*(?:{alternatives})(?:[ \t\u3000]*[（(][^（()）\n]{{1,8}}[）)])?[ \t\u3000\r]*(?=\n|$)"
    return _Lexicon(roles, re.compile(body), re.compile("(?m)^" + body),
                    re.compile("|".join(patterns["section"])) if patterns["section"] else None,
                    re.compile("|".join(patterns["end"])) if patterns["end"] else None)


def column_role(cell: str) -> str | None:
    """The role of a header cell (spaces removed; a trailing bracket dropped if need be), or None."""
    roles = lexicon().roles
    w = "".join(cell.split())
    got = roles.get(w)
    if got is None and _BRACKET.search(w):
        got = roles.get(_BRACKET.sub("", w))
    return got


# --------------------------------------------------------------------------- lines

def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _header_run(text: str, pos: int) -> list[Column]:
    """The header cells on consecutive lines from the line start ``pos`` on."""
    lex = lexicon()
    out: list[Column] = []
    n = len(text)
    while pos < n:
        e = _line_end(text, pos)
        m = lex.header.match(text, pos, e)
        if m is None or m.end() != e:
            break
        cell = text[pos:e].strip(_SPACE)
        role = column_role(cell)
        if role is None:
            break
        s = pos + (len(text[pos:e]) - len(text[pos:e].lstrip(_SPACE)))
        out.append(Column("".join(cell.split()), role, s, s + len(cell)))
        pos = e + 1
    return out


def _row_number(line: str) -> int | None:
    m = _NUMBER.fullmatch(line)
    return int(m.group(1).translate(_FULLWIDTH)) if m else None


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _qualifies(roles: Sequence[str]) -> bool:
    return len(roles) >= _MIN_COLUMNS and roles[0] == "number" and roles.count("number") == 1 \
        and any(r in TEXT_ROLES for r in roles) and any(r in ASSIGNING for r in roles)


# --------------------------------------------------------------------------- alignment

def _affinity(line: str, role: str, year: int | None) -> float:
    """How well one line (spaces removed) fits a column's role: 2 typical, 1 or 0 possible,
    -inf impossible."""
    sentence = _SENTENCE.search(line) is not None
    if role in UNIT_ROLES:
        units = None if sentence else unit_names(line)
        if units is None:
            return _NO
        return 2 if any(u.endswith(_unit_ends()) or u.startswith(_UNIT_OPENERS) for u in units) else 1
    if role == "deadline":
        if len(line) <= _SHORT and normalize_deadline(line, year) is not None:
            return 2
        return 0 if len(line) <= _SHORT and not sentence else _NO
    if role == "reference":
        if _TITLE_MARKS.search(line):
            return 2
        return _NO if sentence else 0
    if role == "scope":
        if sentence:
            return _NO
        return 2 if len(line) <= _SHORT else 0
    if role == "task":
        if "。" in line:
            return 0
        return 2 if len(line) <= _TASK_LEN else 1
    if role == "content":
        if sentence or "，" in line or "," in line or len(line) > _TASK_LEN:
            return 2
        return 1 if len(line) > _SHORT else 0
    return 0 if sentence else 1  # other


@cache
def _unit_ends() -> tuple[str, ...]:
    return responsibility_lexicon().unit_ends


def _join(prev: str, nxt: str, role: str) -> float:
    """The cost of a cell going on from the line ``prev`` to the line ``nxt``: none after a
    mark that opens or lists (、，《) or inside an unclosed bracket, none between sentences of a
    content cell, none before a document's number or title in a reference cell (《…》⏎（…号）);
    else a wrap, which costs what a typical line brings (so a line goes on a cell only where
    nothing else fits it, or a mark says so)."""
    if prev.endswith(tuple(_OPENERS)) or prev.count("《") > prev.count("》") \
            or prev.count("（") > prev.count("）"):
        return 0
    if role == "content" and prev.endswith(("。", "；", ";", "：", ":")):
        return 0
    if role == "reference" and nxt.startswith(("《", "（", "(")):
        return 0
    return _WRAP


def align(lines: Sequence[str], roles: Sequence[str], year: int | None = None, *,
          prefix: bool = False) -> list[tuple[int, int]] | None:
    """The best layout of ``lines`` over columns of ``roles``: for each column the range
    ``(i, j)`` of lines it takes (each at least one, in order), or None when no layout fits.
    All lines are laid out; with ``prefix`` (a table's last row, which nothing after it closes)
    the best-scoring run of the first lines, the shorter on a tie: a line after the row (a
    signature, a date) is taken only where it clearly goes on a cell (after 、，《)."""
    n, k = len(lines), len(roles)
    if n < k or k == 0:
        return None
    aff = [[_affinity(ln, r, year) for r in roles] for ln in lines]
    joins = [[_join(ln, nxt, r) for r in roles] for ln, nxt in pairwise(lines)]
    # best[c][i]: the best score of columns 0..c-1 over lines 0..i-1
    best = [[_NO] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for c in range(k):
        for i in range(c, n - (k - c) + 1):  # the column starts at line i
            if best[c][i] == _NO:
                continue
            score = best[c][i]
            for j in range(i, n - (k - c - 1)):  # ... and ends with line j
                a = aff[j][c]
                if a == _NO:
                    break
                score += a + (joins[j - 1][c] if j > i else 0)
                if score > best[c + 1][j + 1]:
                    best[c + 1][j + 1] = score
                    back[c + 1][j + 1] = i
    j = n
    if prefix:
        j = max(range(k, n + 1), key=lambda m: (best[k][m], -m))
    if best[k][j] == _NO:
        return None
    out = []
    for c in range(k, 0, -1):
        i = back[c][j]
        out.append((i, j))
        j = i
    return out[::-1]


# --------------------------------------------------------------------------- tables

def _same_header(a: Sequence[Column], b: Sequence[Column]) -> bool:
    return [c.role for c in a] == [c.role for c in b]


def _read_rows(text: str, pos: int, columns: Sequence[Column], year: int | None) \
        -> tuple[list[Row], list[tuple[int, int]], int]:
    """The rows from the line start ``pos`` after the header: (rows, spans of repeated
    headers, end of the table)."""
    lex = lexicon()
    roles = [c.role for c in columns[1:]]
    rows: list[Row] = []
    repeats: list[tuple[int, int]] = []
    n = len(text)
    current: tuple[int, int] | None = None  # (number, start) of the row being read
    lines: list[tuple[int, int]] = []  # its lines (spans, stripped)
    prev = 0
    end = pos

    def close(closed: bool) -> None:
        nonlocal current, lines
        if current is None:
            return
        rows.append(_layout(text, current, lines, roles, year, closed))
        current, lines = None, []

    while pos < n:
        e = _line_end(text, pos)
        raw = text[pos:e]
        line = raw.strip(_SPACE)
        if not line:
            pos = e + 1
            continue
        s = pos + raw.index(line[0])
        num = _row_number(line)
        if num is not None and (prev < num <= prev + _MAX_GAP if rows or current else num == 1):
            close(True)
            current, prev = (num, s), num
            end = e
            pos = e + 1
            continue
        if lex.header.match(text, pos, e):
            again = _header_run(text, pos)
            if len(again) == len(columns) and _same_header(again, columns):
                close(True)
                repeats.append((again[0].start, again[-1].end))
                pos = again[-1].end
                pos = _line_end(text, pos) + 1
                continue
        if lex.end is not None and lex.end.match(line):
            break
        if lex.section is not None and lex.section.match(line):
            close(True)
            pos = e + 1
            continue
        if current is None and not rows:
            return [], [], end  # the header is not followed by row 1: no table
        if current is None or len(lines) >= _MAX_ROW_LINES:
            break  # text after a section line, or a row too long: the table ended
        lines.append((s, s + len(line)))
        end = e
        pos = e + 1
    close(False)  # the last row: nothing tells where it ends (a signature may follow)
    return rows, repeats, rows[-1].end if rows else end


def _layout(text: str, head: tuple[int, int], lines: list[tuple[int, int]], roles: Sequence[str],
            year: int | None, closed: bool) -> Row:
    """A row from its number and lines.  A row that nothing after it closes (the table's last,
    before ordinary text) takes the best run of its first lines (:func:`align`), provided its
    last column can tell a cell from a paragraph (not a text column)."""
    number, start = head
    words = ["".join(text[a:b].split()) for a, b in lines]
    last = not closed
    got = None if last and roles[-1] in TEXT_ROLES else align(words, roles, year, prefix=last)
    if got is None:
        return Row(number, start, lines[-1][1] if lines else start)
    cells = tuple(Cell(r, lines[i][0], lines[j - 1][1]) for r, (i, j) in zip(roles, got))
    return Row(number, start, cells[-1].end, cells)


def find_tables(text: str, year: int | None = None) -> list[Table]:
    """The flattened tables of tasks in ``text``, in order (see the module's doc).  ``year``:
    the document's, for deadlines written without one (the layout reads dates)."""
    lex = lexicon()
    out: list[Table] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = lex.search.search(text, pos)  # a line that is one header word
        if m is None:
            break
        columns = _header_run(text, m.start())
        after = _line_end(text, columns[-1].end if columns else m.end()) + 1
        first = next((k for k, c in enumerate(columns) if c.role == "number"), 0)
        columns = columns[first:]  # a title line above the header (重点任务 ⏎ 序号 ⏎ …)
        if not _qualifies([c.role for c in columns]):
            pos = after
            continue
        rows, repeats, end = _read_rows(text, after, columns, year)
        laid = [r for r in rows if r.cells]
        if not laid or 2 * len(laid) < len(rows):
            pos = after
            continue
        headers = ((columns[0].start, columns[-1].end), *repeats)
        out.append(Table(columns[0].start, max(end, headers[-1][1]), tuple(columns), headers, tuple(rows)))
        pos = _line_end(text, max(end, after)) + 1
    return out


# --------------------------------------------------------------------------- for the requirement stage

def cut_spans(tables: Sequence[Table]) -> list[tuple[int, int]]:
    """The stretches no requirement may hold: each header (and its repeats) and each cell that
    is not a text cell (units, dates, scopes, documents)."""
    out: list[tuple[int, int]] = []
    for t in tables:
        out.extend(t.headers)
        for r in t.rows:
            out.extend((c.start, c.end) for c in r.cells if c.role not in TEXT_ROLES)
    return sorted(out)


def row_note(text: str, row: Row, year: int | None) -> Note | None:
    """The row's lead, partners, supervisor and deadline as a note (kind "table"), or None."""
    cells = [(_NOTE_ROLE[c.role], "".join(text[c.start:c.end].split())) for c in row.cells if c.role in _NOTE_ROLE]
    return cells_note(cells, year, row.start, row.end) if cells else None


def row_scopes(text: str, tables: Sequence[Table], year: int | None) -> list[tuple[int, int, Note]]:
    """For :class:`.responsibility.Responsibility`: ``(start, end, note)`` for every task and
    content cell of a row that assigns something."""
    out: list[tuple[int, int, Note]] = []
    for t in tables:
        for r in t.rows:
            note = row_note(text, r, year)
            if note is not None:
                out.extend((c.start, c.end, note) for c in r.cells if c.role in TEXT_ROLES)
    return out


class CellIndex:
    """Which text cell holds a position: "heading" (a task cell beside a content column: the
    row's name, which asks only with a cue) or "body" (a content cell, or the task cell of a
    table without one: the body of the row's numbered item), else None."""

    __slots__ = ("_ends", "_kinds", "_starts")

    def __init__(self, tables: Sequence[Table]) -> None:
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


__all__ = ["Cell", "CellIndex", "Column", "Row", "Table", "align", "column_role", "cut_spans", "find_tables",
           "lexicon", "row_note", "row_scopes"]
