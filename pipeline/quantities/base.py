"""What the scanner's parts share: the candidate record, the text index of clause ends,
and small readers (the unit at a position, a number at a position)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple, Optional

from .. import numbers as N
from ..structure.sentences import MAX_CLAUSE, MAX_SENTENCE, long_cuts
from .lexicon import Lexicon


ASCII_DIGITS = frozenset("0123456789")
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
CLAUSE_RE = re.compile(r"[，；：。！？,;:!?\n]")
NO_FLAGS: frozenset = frozenset()


class Cand(NamedTuple):
    """A number found in the text, before its role and context fields are decided
    (immutable; a NamedTuple because thousands are made per document)."""

    start: int
    end: int
    value: Optional[float]
    unit: str = ""
    kind: str = "number"
    comparator: str = "="
    upper: Optional[float] = None
    role: Optional[str] = None  # a NUMBER_ROLE decided by form; None = a measure (target or fact)
    num_start: int = 0  # the number itself (after the comparator, before the unit)
    num_end: int = 0
    unit_end: int = 0  # end of number + unit (+ after-comparator): where the text goes on
    cmp_cue: str = ""
    cmp_start: int = -1  # start of a before-comparator
    base: Optional[str] = None
    flags: frozenset = frozenset()  # article, abstract, qualifier, formula, stative, ordinal, code, approx, relative
    year: Optional[int] = None  # for dates


def unit_at(text: str, pos: int, lex: Lexicon):
    """The unit right at ``pos`` (longest), unless a blocker word starts there."""
    u = lex.unit_table.at(text, pos)
    if u is None:
        return None
    if lex.max_blocker > len(u) and text[pos:pos + 2] in lex.blocker_heads:
        for k in range(lex.max_blocker, len(u), -1):
            if text[pos:pos + k] in lex.unit_blockers:
                # a shorter unit inside a blocker: 一成员 is not 10%; 人民 is not 人
                return None
    return lex.units[u]


def skip_spaces(text: str, pos: int) -> int:
    if text[pos:pos + 1] != " ":
        return pos  # the common case: no space to skip
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def is_cjk_letter(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# The longest number read, in characters: a figure of MAX_DIGITS digits in words
# (九千九百九十九万…) is 31; the longest number in the corpora has 16.  A longer run of
# numeral characters (十十十…, 一千万亿一千万亿…) is read no further, so that trying its
# shorter ends costs a bounded time per position, not the run's length.
MAX_NUMBER_CHARS = 2 * N.MAX_DIGITS


def match_number(text: str, pos: int):
    """A match of NUMBER_RE at ``pos`` that parses, trying shorter ends when the longest
    does not (百分之九十百强: the numeral is 九十, not 九十百); at most MAX_NUMBER_CHARS long."""
    m = N.NUMBER_RE.match(text, pos, pos + MAX_NUMBER_CHARS)
    if m is None:
        return None, None
    n = N.number_from_match(m)
    end = m.end()
    while n is None and end > pos + 1:
        end -= 1
        m = N.NUMBER_RE.match(text, pos, end)
        if m is None:
            continue
        n = N.number_from_match(m)
        end = m.end()
    return m, n


def year_like(n: N.Number) -> Optional[int]:
    if n.kind != "number" or n.approx:
        return None
    v = n.value
    if v != int(v):
        return None
    if n.sequence and len(n.text) in (2, 4):
        return int(v) if len(n.text) == 4 else None
    if n.text.isdigit() and len(n.text) == 4 and 1000 <= v <= 2200:
        return int(v)
    return None


def small_int(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    p = N.parse_numeral(s)
    return int(p.value) if p is not None and p.value == int(p.value) else None


def with_cuts(text: str, ends: list[int], limit: int = MAX_SENTENCE) -> list[int]:
    """``ends`` (positions of characters that end a sentence or clause, in order) with a
    pseudo-end added wherever a stretch runs longer than ``limit`` without one (the
    character before each cut of :func:`~pipeline.structure.sentences.long_cuts`): what is
    read per sentence or clause stays bounded on text without punctuation."""
    starts = [0, *(e + 1 for e in ends)]
    stops = [*ends, len(text)]
    if all(b - a <= limit for a, b in zip(starts, stops)):
        return ends  # every real text: nothing to cut
    out: list[int] = []
    for a, b in zip(starts, stops):
        out.extend(c - 1 for c in long_cuts(text, a, b, limit))
        if b < len(text):
            out.append(b)
    return out


class TextIndex:
    """Clause boundaries of a text, found once (，；：。！？ and line ends; a clause runs at
    most MAX_CLAUSE characters: see :func:`with_cuts`)."""

    __slots__ = ("text", "clause")

    def __init__(self, text: str):
        self.text = text
        self.clause = with_cuts(text, [m.start() for m in CLAUSE_RE.finditer(text)], MAX_CLAUSE)

    def clause_start(self, pos: int) -> int:
        i = bisect_right(self.clause, pos - 1)
        return self.clause[i - 1] + 1 if i else 0

    def clause_end(self, pos: int) -> int:
        i = bisect_right(self.clause, pos - 1)
        return self.clause[i] if i < len(self.clause) else len(self.text)


__all__ = ["Cand", "TextIndex", "with_cuts",
           "ASCII_DIGITS", "ASCII_LETTERS", "CLAUSE_RE", "NO_FLAGS", "unit_at", "skip_spaces",
           "is_cjk_letter", "match_number", "MAX_NUMBER_CHARS", "year_like", "small_int"]
