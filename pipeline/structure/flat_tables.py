"""Tables flattened one cell a line (an annexed table as text taken from a PDF or a Word
file): where they stand, their header cells and column roles, their rows and cells.  The one
reader of such tables: the structure stage asks it which rows are numbered items, the
requirement stage which cells hold a row's units and deadline (:mod:`pipeline.requirements.tables`).

A table is known by its header: a line that holds only the heading of the row-number column
(序号, 编号, 序, letter-spaced or not: role ``number`` in ``models/table_columns.tsv``), then
the other header cells on short lines, down to the first row's number 1 alone on its line.
Each header cell has a role by its whole word (white space removed, a trailing bracket
dropped): the words of ``models/table_columns.tsv``, the labels of
``models/responsibility.tsv`` and the header cells of ``models/non_requirements.tsv``.

:func:`find_tables` tells the kind of every table (:attr:`Table.items`):

* a **task table** (任务分解表, a table of measures) has a header cell holding a word of a
  task or content column (任务类型, 改革举措, 重点内容) and none holding a word of a record
  column (名称, 位置, 面积): each row is one of the document's tasks, so its row number is a
  numbered item, wherever the table stands, and so are the enumerations inside its cells;
* an **inventory** (项目名称 | 位置 | 面积 …, an indicator table) numbers records — projects,
  places, figures: nothing inside it is a numbered item (row numbers, decimals, year
  cells).  It ends at the next table, part or signature, at a heading line, or at a
  paragraph of running text.

The header decides, not where the table stands: the same 序号 column numbers tasks in one
annex and parks in another.

:func:`read_grids` reads the rows of the tables whose header is a run of at least three
column words that the layout knows (no record column), the first the number column, one a
text column (task or content) and one a column that assigns (lead, joint, partners,
supervisor, deadline).  Rows are cut at their number lines (the header may repeat, lines such
as 一、…方面 may head parts of the table); a row's lines are laid out over its columns by the
best monotone alignment of line kinds to column roles (a list of units, a date, a document
title, a sentence …; what units and dates look like, the caller says: :class:`LineCues`).  A
row whose lines fit no layout keeps no cells; a table where most rows fit none is no table
(a wrong table is worse than none).

A task table printed without a row-number column (重点任务 | 责任单位 | 完成时间: the header's first cell a
task or content word) is read too: with no numbers to cut its rows, a line that only a text column fits
(not a list of bodies, not a date) opens a row once the row before has a cell that assigns; the table
ends at a heading, an end line or a row no layout reads.  Its rows are no numbered items.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..resources import char_class, read_tsv

FILE = "table_columns.tsv"
TEXT_ROLES = ("task", "content")
UNIT_ROLES = ("lead", "joint", "partners", "supervisor")
ASSIGNING = (*UNIT_ROLES, "deadline")
RECORD = "record"  # a column of an inventory: no layout reads it
# the labels of models/responsibility.tsv as column roles
_LABEL_ROLE = {"lead": "lead", "joint": "joint", "partner": "partners", "supervisor": "supervisor",
               "deadline": "deadline", "other": "other"}

_SP = "[ \t\u3000]*"
_SPACE = " \t\u3000\u00a0\r"
_LINE = re.compile(r"[^\n]*")
_SQUASH = re.compile(r"[\s\u3000\u00a0]+")
_NUMBER = re.compile(r"[ \t\u3000]*([0-9０-９]{1,3})[ \t\u3000.．、]*")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_BRACKET = re.compile(r"[（(][^（()）]*[）)]$")

# the header, for the kind of a table
_HEADER_CELLS_MAX = 16  # a header row has at most this many cells
_CELL_MAX = 24  # a header cell is short
# where an inventory has ended: a heading line of the text, or a paragraph of running text
_HEADING_UNITS = "|".join(r["phrase"] for r in read_tsv("structure_phrases.tsv") if r["kind"] == "heading_unit")
_D10 = char_class("digits_1_10")
_HEADING_LINE = re.compile(_SP + rf"(?:[{_D10}]+、|[（(][{_D10}]+[）)]"
                           rf"|第[{char_class('digits_1_100')}]+(?:{_HEADING_UNITS}))")
_PARAGRAPH_MIN = 40
_SENTENCE_END = "。！？"
# a task cell wrapped over short lines (海绵城市 | 建设管理): each piece is short and unmarked
_WRAP_MAX = 8
_WRAP_LINES = 3
_MARKS = re.compile(r"[，。；：、！？,;:!?]")
_BARE_NUMBER = re.compile(_SP + r"[0-9０-９]{1,3}" + _SP)

# the rows, for their cells
_MIN_COLUMNS = 3
_MAX_GAP = 10  # the most row numbers a table may skip between two rows (rows cut by the source)
_MAX_ROW_LINES = 40  # a row of more lines ends the table
_TASK_LEN = 30  # a task's name is short
_SHORT = 20  # a scope, a deadline
_NO = float("-inf")
_WRAP = -2
_EMPTY = -3  # a cell the source left out: dearer than a wrap, so a full layout wins where one fits
_EMPTY_LEAD = -4  # a lead's cell is the one a task table seldom leaves out (配合单位 often)
_SENTENCE = re.compile("[。；;！？!?]")
_OPENERS = "、，,（(《“"
_CLOSERS = "）)"  # (the cheap test before a role mark's pattern)
_UNIT_OPENERS = tuple(r["phrase"] for r in read_tsv("structure_phrases.tsv") if r["kind"] == "unit_opener")  # 各街镇
_TITLE_MARKS = re.compile("[《》〔〕]")


# --------------------------------------------------------------------------- records

@dataclass(frozen=True, slots=True)
class Column:
    """A header cell: the word as written (spaces removed), its role (None: a word no column
    list holds), its span in the text."""

    word: str
    role: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Table:
    """A flattened table found by its serial header: its header cells (from the serial header
    down to row 1), the line of row 1, where its stretch ends, and its kind."""

    start: int  # the line of the serial header
    first_row: int  # the line of row 1
    end: int
    header: tuple[Column, ...]
    items: bool  # a task table: its row numbers are numbered items


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
class Grid:
    """A table read into rows: its columns, the spans of its header lines (the first and every
    repeat) and its rows."""

    start: int
    end: int
    columns: tuple[Column, ...]
    headers: tuple[tuple[int, int], ...]
    rows: tuple[Row, ...]

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(c.role for c in self.columns)


@dataclass(frozen=True, slots=True)
class LineCues:
    """What a row's line says that the reader cannot tell by itself, from the caller's rules
    (the requirement stage's: a note's units, the deadline normaliser)."""

    units: Callable[[str], Sequence[str] | None]  # the units a line lists, or None
    unit_ends: tuple[str, ...]  # how a unit's name ends (局, 委员会)
    deadline: Callable[[str], bool]  # the line reads as a date or time limit
    role_marked: Callable[[str], bool] = lambda line: False  # a unit with its role in brackets (A（牵头）)


# --------------------------------------------------------------------------- vocabulary

@dataclass(frozen=True)
class _Lexicon:
    roles: Mapping[str, str]  # header word (no spaces) -> role
    serial: re.Pattern  # a line that is one number-column word (letter-spacing allowed)
    header: re.Pattern  # a line that is one header word
    tasks: re.Pattern | None  # a word of a task or content column, inside a cell
    records: re.Pattern | None  # a word of a record column, inside a cell
    section: re.Pattern | None
    end: re.Pattern | None
    blanks: frozenset[str] = frozenset()  # a cell's whole text that leaves it empty (—, /, 无)
    textual: re.Pattern | None = None  # \n and a line that is one task or content column word (a header without 序号)


def _spaced(word: str) -> str:
    return "[ \t\u3000]*".join(re.escape(c) for c in word)


def _line_of(words: Sequence[str]) -> str:
    alternatives = "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))
    return rf"[ \t\u3000]*(?:{alternatives})(?:[ \t\u3000]*[（(][^（()）\n]{{1,8}}[）)])?[ \t\u3000\r]*(?=\n|$)"


def _inside(words: Sequence[str]) -> re.Pattern | None:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None


@cache
def lexicon() -> _Lexicon:
    roles: dict[str, str] = {}
    for r in read_tsv("non_requirements.tsv"):
        if r["kind"] == "header" and not r["word"].startswith("re:"):
            roles[r["word"]] = "other"
    for r in read_tsv("responsibility.tsv"):
        if r["kind"].startswith("label_"):
            roles[r["word"]] = _LABEL_ROLE.get(r["kind"][len("label_"):], "other")
    patterns: dict[str, list[str]] = {"section": [], "end": []}
    blanks: set[str] = set()
    for r in read_tsv(FILE):
        w, role = r["word"], r["role"]
        if role == "blank":
            blanks.add(w)
        elif w.startswith("re:"):
            patterns[role].append(w[3:])
        else:
            roles[w] = role
    numbers = [w for w, r in roles.items() if r == "number"]
    return _Lexicon(roles, re.compile("(?m)^" + _line_of(numbers)), re.compile(_line_of(list(roles))),
                    _inside([w for w, r in roles.items() if r in TEXT_ROLES]),
                    _inside([w for w, r in roles.items() if r == RECORD]),
                    re.compile("|".join(patterns["section"])) if patterns["section"] else None,
                    re.compile("|".join(patterns["end"])) if patterns["end"] else None, frozenset(blanks),
                    re.compile("\n" + _line_of([w for w, r in roles.items() if r in TEXT_ROLES])))


def is_blank(cell: str) -> bool:
    """A cell that says it is empty (—, /, 无): it assigns nothing."""
    return "".join(cell.split()) in lexicon().blanks


def column_role(cell: str) -> str | None:
    """The role of a header cell (spaces removed; a trailing bracket dropped if need be), or None."""
    roles = lexicon().roles
    w = "".join(cell.split())
    got = roles.get(w)
    if got is None and _BRACKET.search(w):
        got = roles.get(_BRACKET.sub("", w))
    return got


# --------------------------------------------------------------------------- tables and their kind

def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _text_line(text: str, pos: int, n: int) -> tuple[int, int, str, str]:
    """The first line at or after ``pos`` that holds text: its start, end, raw text and stripped text
    (blank lines skipped; stripped text "" and ``pos`` past them when none is left before ``n``)."""
    while pos < n:
        e = _line_end(text, pos)
        raw = text[pos:e]
        line = raw.strip(_SPACE)
        if line:
            return pos, e, raw, line
        pos = e + 1
    return pos, pos, "", ""


def _row_number(line: str) -> int | None:
    m = _NUMBER.fullmatch(line)
    return int(m.group(1).translate(_FULLWIDTH)) if m else None


def _header_cells(text: str, pos: int) -> tuple[list[Column], int] | None:
    """The header cells below a serial header ending at ``pos`` and the start of the line of
    row 1, or None when no row 1 follows a short header."""
    cells: list[Column] = []
    i = pos + 1
    n = len(text)
    while i < n and len(cells) <= _HEADER_CELLS_MAX:
        m = _LINE.match(text, i)
        line = m.group()
        if _row_number(line.strip(_SPACE)) == 1:
            return cells, i
        cell = _SQUASH.sub("", line)
        if len(cell) > _CELL_MAX:
            return None
        if cell:
            s = i + len(line) - len(line.lstrip(_SPACE))
            cells.append(Column(cell, column_role(cell), s, s + len(line.strip(_SPACE))))
        i = m.end() + 1
    return None


def _is_task_header(cells: Sequence[Column]) -> bool:
    """A header cell holds a word of a task or content column, and none a word of a record
    column (项目名称 holds 名称: a list of projects, whatever else it has)."""
    lex = lexicon()
    return lex.tasks is not None and any(lex.tasks.search(c.word) for c in cells) and \
        not (lex.records is not None and any(lex.records.search(c.word) for c in cells))


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


def find_tables(text: str, stops: Sequence[int] = ()) -> list[Table]:
    """The flattened tables of ``text`` with a serial header, in order.  ``stops``: where a
    part or a signature starts (a table does not run past one)."""
    lex = lexicon()
    found = []
    for m in lex.serial.finditer(text):
        got = _header_cells(text, m.end())
        if got is None:
            continue
        cells, rows = got
        s = m.start() + len(m.group()) - len(m.group().lstrip(_SPACE))
        serial = Column("".join(m.group().split()), "number", s, s + len(m.group().strip(_SPACE)))
        found.append((m.start(), rows, (serial, *cells), _is_task_header(cells)))
    out = []
    marks = sorted(stops)
    for k, (start, rows, header, tasks) in enumerate(found):
        limit = found[k + 1][0] if k + 1 < len(found) else len(text)
        j = bisect_right(marks, rows)
        if j < len(marks):
            limit = min(limit, marks[j])
        end = limit if tasks else _inventory_end(text, rows, limit)
        out.append(Table(start, rows, end, header, tasks))
    return out


def row_title(text: str, pos: int) -> str | None:
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


# --------------------------------------------------------------------------- alignment of a row's lines

def _affinity(line: str, role: str, cues: LineCues) -> float:
    """How well one line (spaces removed) fits a column's role: 2 typical, 1 or 0 possible,
    -inf impossible."""
    sentence = _SENTENCE.search(line) is not None
    if line in lexicon().blanks:
        return _NO if role in TEXT_ROLES else 1
    if role in UNIT_ROLES:
        units = None if sentence else cues.units(line)
        if units is None:
            return _NO
        return 2 if any(u.endswith(cues.unit_ends) or u.startswith(_UNIT_OPENERS) for u in units) else 1
    if role == "deadline":
        if len(line) <= _SHORT and cues.deadline(line):
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


def align(lines: Sequence[str], roles: Sequence[str], cues: LineCues, *,
          prefix: bool = False) -> list[tuple[int, int]] | None:
    """The best layout of ``lines`` over columns of ``roles``: for each column the range
    ``(i, j)`` of lines it takes (in order), or None when no layout fits.  A text column takes
    at least one line; any other may take none (``i == j``: an empty cell the source dropped,
    at a cost, so only where the lines fit no full layout; a layout with no cell beside its text
    cells is none).  All lines are laid out; with
    ``prefix`` (a table's last row, which nothing after it closes) the best-scoring run of the
    first lines, the shorter on a tie: a line after the row (a signature, a date) is taken only
    where it clearly goes on a cell (after 、，《)."""
    n, k = len(lines), len(roles)
    need = [0] * (k + 1)  # need[c]: the fewest lines columns c..k-1 take
    for c in range(k - 1, -1, -1):
        need[c] = need[c + 1] + (roles[c] in TEXT_ROLES)
    if n < need[0] or k == 0:
        return None
    aff = [[_affinity(ln, r, cues) for r in roles] for ln in lines]
    joins = [[_join(ln, nxt, r) for r in roles] for ln, nxt in pairwise(lines)]
    for j, ln in enumerate(lines):  # A（牵头）⏎B: a unit that marks its role is a unit cell's, and the units under it
        if ln[-1:] in _CLOSERS and cues.role_marked(ln):  # go on with that cell (tables2 left them to the task)
            aff[j] = [a if r in UNIT_ROLES else _NO for a, r in zip(aff[j], roles)]
            if j + 1 < n:
                joins[j] = [0 if r in UNIT_ROLES else c for c, r in zip(joins[j], roles)]
    # best[c][i]: the best score of columns 0..c-1 over lines 0..i-1
    best = [[_NO] * (n + 1) for _ in range(k + 1)]
    back = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for c in range(k):
        for i in range(n - need[c] + 1):  # the column starts at line i
            if best[c][i] == _NO:
                continue
            score = best[c][i]
            empty = _EMPTY_LEAD if roles[c] in ("lead", "joint") else _EMPTY
            if roles[c] not in TEXT_ROLES and score + empty > best[c + 1][i]:
                best[c + 1][i] = score + empty
                back[c + 1][i] = i
            for j in range(i, n - need[c + 1]):  # ... and ends with line j
                a = aff[j][c]
                if a == _NO:
                    break
                score += a + (joins[j - 1][c] if j > i else 0)
                if score > best[c + 1][j + 1]:
                    best[c + 1][j + 1] = score
                    back[c + 1][j + 1] = i
    j = n
    if prefix:
        j = max(range(max(need[0], 1), n + 1), key=lambda m: (best[k][m], -m))
    if best[k][j] == _NO:
        return None
    out = []
    for c in range(k, 0, -1):
        i = back[c][j]
        out.append((i, j))
        j = i
    if not any(b > a for (a, b), r in zip(out, roles[::-1]) if r not in TEXT_ROLES) and need[0] < k:
        return None  # only text and empty cells: no row of this table
    return out[::-1]


# --------------------------------------------------------------------------- rows and cells

def _header_run(text: str, pos: int) -> list[Column]:
    """The header cells on consecutive lines from the line start ``pos`` on that a layout
    reads (a record column or a word of no list ends the run)."""
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
        if role is None or role == RECORD:
            break
        s = pos + (len(text[pos:e]) - len(text[pos:e].lstrip(_SPACE)))
        out.append(Column("".join(cell.split()), role, s, s + len(cell)))
        pos = e + 1
    return out


def _qualifies(roles: Sequence[str]) -> bool:
    return len(roles) >= _MIN_COLUMNS and roles[0] == "number" and roles.count("number") == 1 \
        and any(r in TEXT_ROLES for r in roles) and any(r in ASSIGNING for r in roles)


def _same_header(a: Sequence[Column], b: Sequence[Column]) -> bool:
    return [c.role for c in a] == [c.role for c in b]


def _read_rows(text: str, pos: int, columns: Sequence[Column], cues: LineCues) \
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
        rows.append(_layout(text, current, lines, roles, cues, closed))
        current, lines = None, []

    while pos < n:
        pos, e, raw, line = _text_line(text, pos, n)
        if not line:
            break
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
            cues: LineCues, closed: bool) -> Row:
    """A row from its number and lines.  A row that nothing after it closes (the table's last,
    before ordinary text) takes the best run of its first lines (:func:`align`), provided its
    last column can tell a cell from a paragraph (not a text column)."""
    number, start = head
    words = ["".join(text[a:b].split()) for a, b in lines]
    last = not closed
    got = None if last and roles[-1] in TEXT_ROLES else align(words, roles, cues, prefix=last)
    if got is None:
        return Row(number, start, lines[-1][1] if lines else start)
    cells = tuple(Cell(r, lines[i][0], lines[j - 1][1]) for r, (i, j) in zip(roles, got) if j > i)
    return Row(number, start, cells[-1].end, cells)


def _unnumbered_qualifies(roles: Sequence[str]) -> bool:
    return len(roles) >= _MIN_COLUMNS and roles[0] in TEXT_ROLES and "number" not in roles \
        and sum(r in TEXT_ROLES for r in roles) <= 2 and any(r in ASSIGNING for r in roles) and RECORD not in roles


def _textlike(line: str, roles: Sequence[str], cues: LineCues) -> bool:
    """A line that opens a row of a table without row numbers: it fits its first (text) column and is
    not typical of a column that assigns (a list of bodies, a date)."""
    return _affinity(line, roles[0], cues) >= 1 and \
        all(_affinity(line, r, cues) < 2 for r in roles if r in ASSIGNING)


def _unnumbered_rows(text: str, pos: int, columns: Sequence[Column], cues: LineCues) -> tuple[list[Row], int]:
    """The rows after the header of a table without a row-number column (重点任务 | 责任单位 | 完成时间, one
    cell a line): a line that only a text column fits opens a row once the row before has a cell that
    assigns; the table ends at a heading, an end line, or a row that no layout reads (the text after it)."""
    lex = lexicon()
    roles = [c.role for c in columns]
    rows: list[Row] = []
    lines: list[tuple[int, int]] = []
    assigned = False
    n = len(text)

    def close() -> bool:
        if not lines:
            return True
        row = _layout(text, (len(rows) + 1, lines[0][0]), lines, roles, cues, True)
        if not row.cells:
            return False
        rows.append(row)
        return True

    while pos < n:
        pos, e, raw, line = _text_line(text, pos, n)
        if not line:
            break
        if (lex.end is not None and lex.end.match(line)) or _HEADING_LINE.match(raw) or len(lines) > 2 * len(roles):
            break
        word = "".join(line.split())
        textlike = _textlike(word, roles, cues)
        if not lines and not textlike:
            break  # a row opens with its task
        if textlike:
            if assigned:
                if not close():
                    lines = []
                    break
                lines, assigned = [], False
        else:
            assigned = True
        s = pos + raw.index(line[0])
        lines.append((s, s + len(line)))
        pos = e + 1
    if lines and assigned:
        close()
    return rows, rows[-1].end if rows else pos


def _unnumbered_grids(text: str, cues: LineCues, taken: Sequence[Grid]) -> list[Grid]:
    """The tables of tasks whose header has no row-number column (see :func:`_unnumbered_rows`)."""
    lex = lexicon()
    out: list[Grid] = []
    pos = 0
    for m in lex.textual.finditer("\n" + text):  # (a literal \n first: a fast scan; m.start() is the line's start)
        s = m.start()
        if s < pos or any(g.start <= s < g.end for g in taken):
            continue
        p = text.rfind("\n", 0, max(s - 1, 0)) + 1
        if s > 0 and lex.header.match(text, p, s - 1):
            continue  # a cell of a header that starts above (序号 | 重点任务 …): not this reader's
        columns = _header_run(text, s)
        if not columns or not _unnumbered_qualifies([c.role for c in columns]):
            continue
        after = _line_end(text, columns[-1].end) + 1
        rows, end = _unnumbered_rows(text, after, columns, cues)
        if not rows:
            continue
        out.append(Grid(columns[0].start, end, tuple(columns), ((columns[0].start, columns[-1].end),), tuple(rows)))
        pos = end
    return out


def read_grids(text: str, cues: LineCues) -> list[Grid]:
    """The tables of ``text`` whose rows a layout reads, read into rows and cells (see the
    module's doc), in order."""
    out = _numbered_grids(text, cues)
    if lexicon().textual is not None:
        extra = _unnumbered_grids(text, cues, out)
        if extra:
            out = sorted([*out, *extra], key=lambda g: g.start)
    return out


def _numbered_grids(text: str, cues: LineCues) -> list[Grid]:
    out: list[Grid] = []
    pos = 0
    for t in find_tables(text):
        if t.start < pos:
            continue  # a header inside the last table or header read (a repeat)
        columns = _header_run(text, t.start)  # never empty: it starts with the serial header
        after = _line_end(text, columns[-1].end) + 1
        pos = after
        if not _qualifies([c.role for c in columns]):
            continue
        rows, repeats, end = _read_rows(text, after, columns, cues)
        laid = [r for r in rows if r.cells]
        if not laid or 2 * len(laid) < len(rows):
            continue
        headers = ((columns[0].start, columns[-1].end), *repeats)
        out.append(Grid(columns[0].start, max(end, headers[-1][1]), tuple(columns), headers, tuple(rows)))
        pos = _line_end(text, max(end, after)) + 1
    return out


__all__ = ["ASSIGNING", "TEXT_ROLES", "UNIT_ROLES", "Cell", "Column", "Grid", "LineCues", "Row", "Table", "align",
           "column_role", "find_tables", "is_blank", "lexicon", "read_grids", "row_title"]
