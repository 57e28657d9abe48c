"""Clean text for the later stages, with an exact map back to the original.

What is normalised (each rule looks only at the characters right beside it, so a
span of the clean text maps back to a span of the original whose own
normalisation is that span's text):

* stray white space next to a CJK character or CJK punctuation is removed
  (``完整 、真实``, ``百 年``, ideographic indentation); other runs of spaces fold to one;
* full-width digits, Latin letters and ``％ ． ／ － ～ ＋ ＜ ＝ ＞`` become ASCII;
  CJK punctuation (``，。：；（）``) stays as it is;
* corner quotes ``「」『』`` become ``“”‘’``; ``\\r\\n`` and ``\\r`` become ``\\n``;
* redaction marks (``**``, ``***``, ``××``, ``□``) become ``某``;
* optional: Traditional → Simplified (OpenCC ``t2s``), character for character;
* optional: hard line breaks inside paragraphs are joined (``join_lines``):
  ``"auto"`` joins only in documents that look hard-wrapped (most lines of one
  width, ending without punctuation).  This rule looks at whole lines.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal, Sequence

from .regexes import guarded
from .resources import char_class
from .script import t2s_converter, t2s_same_length
from .structure.flat_tables import ASSIGNING, TEXT_ROLES, column_role, lexicon as table_lexicon

_FULLWIDTH_KEEP = set("，。：；（）！？、【】《》“”‘’")
_FULLWIDTH_MAP = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # digits
_FULLWIDTH_MAP.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # A-Z
_FULLWIDTH_MAP.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # a-z
_FULLWIDTH_MAP.update({"％": "%", "．": ".", "／": "/", "－": "-", "～": "~", "＋": "+",
                       "＜": "<", "＝": "=", "＞": ">", "「": "“", "」": "”", "『": "‘",
                       "』": "’", "\u00a0": " "})
_REDACTION = re.compile(r"[*＊]{2,}|×{2,}|□+")
_TERMINAL = set("。！？；：…”’）)》!?;:")


def is_cjk(ch: str) -> bool:
    """A CJK ideograph or CJK/full-width punctuation (the characters stray spaces stick to)."""
    if not ch:
        return False
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3000 <= o <= 0x303F  # CJK punctuation, 〇
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x2010 <= o <= 0x206F  # general punctuation: “”‘’—…
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FA1F
    )


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise map from clean offsets to original offsets.

    Piece ``k`` covers clean ``[c0[k], c0[k] + clen[k])`` and original
    ``[r0[k], r0[k] + rlen[k])``.  When ``clen == rlen`` the piece maps character for
    character; otherwise (``***`` → ``某``, a folded run of spaces) every clean
    character of the piece maps to the whole original interval.  Deleted characters
    (stray spaces, joined line breaks) belong to no piece.
    """

    c0: tuple[int, ...]
    r0: tuple[int, ...]
    clen: tuple[int, ...]
    rlen: tuple[int, ...]
    raw_len: int

    def __len__(self) -> int:
        return self.size

    @cached_property
    def size(self) -> int:
        """The length of the clean text."""
        return self.c0[-1] + self.clen[-1] if self.c0 else 0

    @property
    def identity(self) -> bool:
        """Every clean offset is the original offset (nothing was changed or removed)."""
        return self.raw_len == 0 if not self.c0 else (
            len(self.c0) == 1 and self.c0[0] == self.r0[0] == 0 and self.clen[0] == self.rlen[0] == self.raw_len)

    def interval(self, i: int) -> tuple[int, int]:
        """The original interval clean character ``i`` came from."""
        k = bisect_right(self.c0, i) - 1
        if k < 0 or i >= self.c0[k] + self.clen[k]:
            raise IndexError(i)
        if self.clen[k] == self.rlen[k]:
            a = self.r0[k] + i - self.c0[k]
            return a, a + 1
        return self.r0[k], self.r0[k] + self.rlen[k]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the original span it came from."""
        n = self.size
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) outside the clean text of {n} characters")
        if start == end:
            pos = self.interval(start)[0] if start < n else self.raw_len
            return pos, pos
        return self.interval(start)[0], self.interval(end - 1)[1]

    def to_raw_many(self, starts: Sequence[int], ends: Sequence[int]) -> tuple[list[int], list[int]]:
        """:meth:`to_raw` of many spans at once (vectorised: the pipeline maps every record)."""
        import numpy as np

        if not len(starts):
            return [], []
        if not self.c0:  # an empty text: only empty spans, mapped one by one
            pairs = [self.to_raw(a, b) for a, b in zip(starts, ends)]
            return [a for a, _ in pairs], [b for _, b in pairs]
        s = np.asarray(starts, dtype=np.int64)
        e = np.asarray(ends, dtype=np.int64)
        n = self.size
        if (s < 0).any() or (e > n).any() or (s > e).any():
            bad = next(k for k in range(len(s)) if not 0 <= s[k] <= e[k] <= n)
            raise ValueError(f"span ({starts[bad]}, {ends[bad]}) outside the clean text of {n} characters")
        c0, r0 = np.asarray(self.c0, dtype=np.int64), np.asarray(self.r0, dtype=np.int64)
        clen, rlen = np.asarray(self.clen, dtype=np.int64), np.asarray(self.rlen, dtype=np.int64)
        empty = s == e
        last = np.where(empty, s, e - 1)
        first_k = np.searchsorted(c0, s, side="right") - 1
        last_k = np.searchsorted(c0, last, side="right") - 1
        inside = ((first_k >= 0) & (s < c0[first_k] + clen[first_k]) &
                  (last_k >= 0) & (last < c0[last_k] + clen[last_k]))
        a = np.where(clen[first_k] == rlen[first_k], r0[first_k] + s - c0[first_k], r0[first_k])
        b = np.where(clen[last_k] == rlen[last_k], r0[last_k] + last - c0[last_k] + 1, r0[last_k] + rlen[last_k])
        a_out, b_out = a.tolist(), b.tolist()
        for k in np.flatnonzero(empty | ~inside).tolist():  # empty spans and gaps: the scalar rules
            a_out[k], b_out[k] = self.to_raw(int(s[k]), int(e[k]))
        return a_out, b_out

    def to_clean(self, raw_pos: int) -> int:
        """The clean index of the first clean character whose origin ends after ``raw_pos``."""
        k = bisect_right(self.r0, raw_pos) - 1
        if k < 0:
            return 0
        if raw_pos >= self.r0[k] + self.rlen[k]:
            return self.c0[k] + self.clen[k]
        if self.clen[k] == self.rlen[k]:
            return self.c0[k] + raw_pos - self.r0[k]
        return self.c0[k]

    @property
    def src_start(self) -> list[int]:
        return [self.interval(i)[0] for i in range(len(self))]

    @property
    def src_end(self) -> list[int]:
        return [self.interval(i)[1] for i in range(len(self))]


@dataclass(frozen=True)
class Text:
    """The normalised text and its map to the original."""

    clean: str
    offsets: OffsetMap

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_raw(start, end)


class _Builder:
    def __init__(self, raw_len: int):
        self.out: list[str] = []
        self.c0: list[int] = []
        self.r0: list[int] = []
        self.clen: list[int] = []
        self.rlen: list[int] = []
        self.n = 0
        self.raw_len = raw_len

    def emit(self, text: str, a: int, b: int) -> None:
        """Clean ``text`` came from original ``[a, b)``."""
        if not text:
            return
        m = len(text)
        one_to_one = m == b - a
        if one_to_one and self.c0 and self.clen[-1] == self.rlen[-1] and self.r0[-1] + self.rlen[-1] == a:
            self.clen[-1] += m  # extend the previous character-for-character piece
            self.rlen[-1] += m
        else:
            self.c0.append(self.n)
            self.r0.append(a)
            self.clen.append(m)
            self.rlen.append(b - a)
        self.out.append(text)
        self.n += m

    def build(self) -> Text:
        return Text("".join(self.out), OffsetMap(tuple(self.c0), tuple(self.r0), tuple(self.clen), tuple(self.rlen),
                                                 self.raw_len))


_SPACE_CHARS = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_SPECIAL_TEXT = r"\r\n?|[" + _SPACE_CHARS + r"]+|[*＊]{2,}|×{2,}|□+|[" + re.escape("".join(_FULLWIDTH_MAP)) + "]"
_SPECIAL = re.compile(guarded(_SPECIAL_TEXT))  # guarded: re has no scan of its own for these alternatives
_SPECIAL_NL = re.compile(guarded(_SPECIAL_TEXT + r"|\n"))


def _convert(chunk: str, conv) -> str:
    return chunk if conv is None else t2s_same_length(chunk)


_TAB_CELL = re.compile(r"[ \u3000]*\t[ \t\u3000]*")
_TAB_CELLS_MIN = 3  # a line of at least this many tab-separated cells is a table's row


def _tab_cells(raw: str) -> frozenset[int]:
    """Offsets of the white-space runs that separate the cells of a table pasted as tab-separated lines
    (序号\t重点任务\t牵头单位…): each becomes a line break, so the table reads as one flattened one cell a
    line (:mod:`pipeline.structure.flat_tables`) instead of its cells running together."""
    if "\t" not in raw:
        return frozenset()
    out: list[int] = []
    pos = 0
    for line in raw.split("\n"):
        if line.count("\t") >= _TAB_CELLS_MIN - 1:
            body = line.strip(_SPACE_CHARS + "\r")
            lead = pos + line.index(body[:1]) if body else pos
            inner = [lead + m.start() for m in _TAB_CELL.finditer(body)]
            if len(inner) >= _TAB_CELLS_MIN - 1:
                out.extend(inner)
        pos += len(line) + 1
    return frozenset(out)


# a markdown table's row (| 序号 | 重点任务 | 责任单位 |) and its rule line (|---|:-:|)
_PIPE_ROW = re.compile(r"(?m)^[ \u3000]*\|(?:[^|\n]*\|){3,}[ \u3000\r]*$")
_PIPE_RULE = re.compile(r"[ \u3000]*\|(?:[ \u3000]*:?-+:?[ \u3000]*\|)+[ \u3000\r]*\n?")
_PIPE_SEP = re.compile(r"[ \u3000]*\|[ \u3000]*")


def _pipe_edits(raw: str) -> list[tuple[int, int, str]]:
    """Spans to replace in the rows of a table pasted as markdown (| 1 | 推进… | 县住建局 |): the pipes between
    cells become line breaks and the outer ones nothing, so the table reads one cell a line like a tab-separated
    one (:mod:`pipeline.structure.flat_tables`); a rule line (|---|---|) goes whole."""
    out: list[tuple[int, int, str]] = []
    for m in _PIPE_ROW.finditer(raw):
        rule = _PIPE_RULE.fullmatch(raw, m.start(), min(len(raw), m.end() + 1))
        if rule or _PIPE_RULE.fullmatch(raw, m.start(), m.end()):
            out.append((m.start(), min(len(raw), m.end() + 1), ""))
            continue
        seps = list(_PIPE_SEP.finditer(raw, m.start(), m.end()))
        for k, s in enumerate(seps):
            out.append((s.start(), s.end(), "" if k in (0, len(seps) - 1) else "\n"))
    return out


_SPACE_RUN = re.compile(r"[ \u3000\u00a0]+")
# a line of 3 to 16 short cells separated by spaces: perhaps the header of a table pasted with spaces
_SPACED_LINE = re.compile(r"(?m)^[ \u3000]*[^\s]{1,12}(?:[ \u3000]+[^\s]{1,12}){2,15}[ \u3000\r]*$")


@cache
def _spaced_gate() -> re.Pattern:
    """A column word that assigns (责任单位, 完成时限) before a space: a text without one has no table
    pasted with spaces (one literal scan, before the dearer line pattern)."""
    words = sorted((w for w, r in table_lexicon().roles.items() if r in ASSIGNING), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")[ \u3000]") if words else re.compile("(?!)")


def _space_cells(raw: str) -> list[int]:
    """Offsets of the space runs between the cells of a task table pasted as space-separated lines: a
    header line whose every cell is a column word (序号 重点任务 责任部门 时间节点, see
    :mod:`pipeline.structure.flat_tables`) with a text and an assigning column, and the lines right after
    it of 2 to as many cells (a row whose first cell is a number where the header's is 序号)."""
    out: list[int] = []
    for m in _SPACED_LINE.finditer(raw):
        if out and m.start() < out[-1]:
            continue
        cells = m.group().split()
        roles = [column_role(c) for c in cells]
        if None in roles or not any(r in TEXT_ROLES for r in roles) or not any(r in ASSIGNING for r in roles):
            continue
        numbered = roles[0] == "number"
        pos, runs = m.start(), []
        while True:
            e = raw.find("\n", pos)
            line = raw[pos:len(raw) if e < 0 else e].rstrip("\r")
            body = line.strip(" \u3000")
            gaps = [pos + len(line) - len(line.lstrip(" \u3000")) + g.start() for g in _SPACE_RUN.finditer(body)]
            if runs and (not 1 <= len(gaps) <= len(cells) or numbered and not body.split()[0].isdigit()):
                break
            runs.extend(gaps)
            pos += len(line) + 1
            if pos >= len(raw):
                break
        out.extend(runs)
    return out


def _build(raw: str, t2s: bool, join_at: frozenset[int], cells: frozenset[int] = frozenset(),
           edits: Sequence[tuple[int, int, str]] = ()) -> Text:
    b = _Builder(len(raw))
    conv = t2s_converter() if t2s else None
    pos = 0
    for i, j, rep in edits:  # spans replaced whole (the pipes of a markdown table's row)
        _emit_range(b, raw, pos, i, conv, join_at, cells)
        if rep:
            b.emit(rep, i, j)
        pos = j
    _emit_range(b, raw, pos, len(raw), conv, join_at, cells)
    return b.build()


def _emit_range(b: _Builder, raw: str, pos: int, n: int, conv, join_at: frozenset[int], cells: frozenset[int]) -> None:
    """Emit ``raw[pos:n]`` normalised (see the module doc)."""
    for m in (_SPECIAL_NL if join_at else _SPECIAL).finditer(raw, pos, n):
        i, j = m.span()
        if pos < i:
            b.emit(_convert(raw[pos:i], conv), pos, i)
        pos = j
        tok = m.group()
        c = tok[0]
        if c == "\n":
            if i not in join_at:
                b.emit("\n", i, j)
        elif c == "\r":
            if (i + len(tok) - 1) not in join_at:
                b.emit("\n", i, j)
        elif i in cells:
            b.emit("\n", i, j)  # between the cells of a tab-separated table's row
        elif c in _SPACE_CHARS:
            left = raw[i - 1] if i > 0 else ""
            right = raw[j] if j < n else ""
            if not (is_cjk(left) or is_cjk(right) or _REDACTION.match(raw, j)):
                b.emit(" ", i, j)  # fold to one space between non-CJK neighbours
        elif len(tok) > 1 or c in "□":
            b.emit("某", i, j)
        else:
            b.emit(_convert(_FULLWIDTH_MAP[c], conv), i, j)
    if pos < n:
        b.emit(_convert(raw[pos:n], conv), pos, n)


def _looks_hard_wrapped(lines: Sequence[str]) -> int:
    """The wrap width if most long lines share one width and end mid-sentence, else 0."""
    long = [ln for ln in lines if len(ln) >= 15]
    if len(long) < 8:
        return 0
    width, count = Counter(len(ln) for ln in long).most_common(1)[0]
    near = [ln for ln in long if abs(len(ln) - width) <= 2]
    open_end = [ln for ln in near if ln[-1] not in _TERMINAL]
    if len(near) >= 0.5 * len(long) and len(open_end) >= 0.5 * len(near):
        return width
    return 0


def _join_positions(raw: str, mode) -> frozenset[int]:
    """Original offsets of the line breaks that fall inside paragraphs."""
    if not mode or "\n" not in raw:
        return frozenset()
    lines = [ln.rstrip("\r " + "\u3000") for ln in raw.split("\n")]
    width = _looks_hard_wrapped(lines) if mode == "auto" else 1
    if not width:
        return frozenset()
    out, pos = [], 0
    for k, ln in enumerate(raw.split("\n")[:-1]):
        pos += len(ln)
        cur, nxt = lines[k], lines[k + 1]
        if cur and nxt.strip() and cur[-1] not in _TERMINAL and len(cur) >= width - 2 and not _MARKER_START.match(nxt):
            out.append(pos)
        pos += 1
    return frozenset(out)


_D10, _D100 = char_class("digits_1_10"), char_class("digits_1_100")
_MARKER_START = re.compile(rf"[\s\u3000]*(?:[{_D10}]+[{char_class('enum_after')}]|（[{_D10}\d]+）|\(\d+\)|\d+[.、．]"
                           rf"|第[{_D100}]+[{char_class('heading_unit_chars')}])")


def normalize(raw: str, *, t2s: bool = False, join_lines: Literal["auto", True, False] | bool = "auto",
              tab_tables: bool = True) -> Text:
    """Normalise ``raw`` (see the module doc) and return the clean text with its offset map.
    ``join_lines`` and ``tab_tables`` (a row of tab-separated cells reads one cell a line) read the
    layout, so they depend on a line's context; the other rules do not."""
    mode = "auto" if join_lines == "auto" else bool(join_lines)
    cells = _tab_cells(raw) if tab_tables else frozenset()
    if tab_tables and _spaced_gate().search(raw):
        cells = cells | frozenset(_space_cells(raw))
    edits = _pipe_edits(raw) if tab_tables and "|" in raw else ()
    return _build(raw, t2s, _join_positions(raw, mode), cells, edits)


__all__ = ["normalize", "Text", "OffsetMap", "is_cjk"]
