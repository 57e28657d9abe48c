"""Units and clauses: where requirements can start and end.

A *unit* is a sentence cut at 。！？； (a requirement never spans two); a *clause* is a piece
of a unit cut at ，：.  Quoted and bracketed text is masked first, so that neither a comma
nor a cue inside “…”, 《…》 or （…） counts.  Each unit also learns its place in the directive
tree: which numbered item holds it, and whether it is that item's heading (title).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from ..records import Directive, Sentence
from ..resources import read_lines

MASK = "〇"
_PAIRS = {"“": "”", "《": "》", "（": "）", "(": ")", "‘": "’", "「": "」", "『": "』", "〔": "〕", "【": "】"}
_OPEN = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_UNIT_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")
_CLAUSE_SEP = re.compile(r"[，,：:]")
_SPACE = " \t\u3000\r\n"
_TRAIL = "。！？!?；;，,：: \t\u3000\r\n"
_CN_NUM = "一二三四五六七八九十百零〇两"

# Numbering markers, used only when the caller passes no directive tree (see fallback_directives),
# outermost family first.
_MARKERS = (
    re.compile(rf"[{_CN_NUM}]+、"),
    re.compile(rf"[（(][{_CN_NUM}]+[）)]"),
    re.compile(rf"第[{_CN_NUM}]+[，,、]"),
    re.compile(r"\d{1,2}[.．、](?!\d)"),
    re.compile(r"[（(]\d{1,2}[）)]"),
    re.compile(rf"[{_CN_NUM}]+[是要](?=[^，,])"),
)


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    sentence: Optional[int]
    paragraph: int


@dataclass(frozen=True)
class Clause:
    start: int
    end: int


def mask(text: str) -> str:
    """``text`` with the inside of quotes and brackets replaced by MASK (same length).

    An opening mark without its closing mark in ``text`` is left alone."""
    out = list(text)
    i = 0
    while True:
        m = _OPEN.search(text, i)
        if not m:
            break
        close = text.find(_PAIRS[m.group()], m.end())
        if close < 0:
            i = m.end()
            continue
        out[m.end():close] = MASK * (close - m.end())
        i = close + 1
    return "".join(out)


def _trim(text: str, start: int, end: int, trail: str = _TRAIL) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in trail:
        end -= 1
    return start, end


def _own_sentences(text: str) -> list[Sentence]:
    out, pos, para = [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            for m in re.finditer(r"[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|$)", line):
                if m.group().strip():
                    out.append(Sentence(len(out), pos + m.start(), pos + m.end(), m.group(), para))
            para += 1
        pos += len(line) + 1
    return out


def units(text: str, sentences: Sequence[Sentence] = ()) -> Iterator[Unit]:
    """Sentences cut further at ；, with surrounding space and end marks trimmed off."""
    for s in (sentences or _own_sentences(text)):
        masked = mask(text[s.start:s.end])
        pos = 0
        for m in list(_UNIT_END.finditer(masked)) + [None]:
            cut = m.end() if m else len(masked)
            a, b = _trim(text, s.start + pos, s.start + cut)
            if b > a:
                yield Unit(a, b, s.id, s.paragraph)
            pos = cut
            if cut >= len(masked):
                break


def clauses(masked: str, start: int, end: int) -> list[Clause]:
    """The clauses of ``masked[start:end]`` (offsets into the whole text)."""
    out, pos = [], start
    for m in _CLAUSE_SEP.finditer(masked, start, end):
        a, b = _trim(masked, pos, m.start())
        if b > a:
            out.append(Clause(a, b))
        pos = m.end()
    a, b = _trim(masked, pos, end)
    if b > a:
        out.append(Clause(a, b))
    return out


# --------------------------------------------------------------------------- directive context

@lru_cache(maxsize=None)
def _retro_words() -> tuple[str, ...]:
    return read_lines("retrospective.txt")


def looks_retrospective(title: str) -> bool:
    """A heading that reports the past (工作回顾, 取得决定性成就)."""
    return any(w in title for w in _retro_words())


@dataclass(frozen=True)
class Tree:
    """The directive tree as the requirement stage needs it."""

    directives: tuple[Directive, ...]
    reported: bool  # False for a fallback tree: its ids are not the Result's, so none is reported

    def innermost(self, pos: int) -> Optional[Directive]:
        best = None
        for d in self.directives:
            if d.start <= pos < d.end and (best is None or d.level > best.level or
                                          (d.level == best.level and d.start > best.start)):
                best = d
        return best

    def chain(self, d: Optional[Directive]) -> list[Directive]:
        by_id = {x.id: x for x in self.directives}
        out, seen = [], set()
        while d is not None and d.id not in seen:
            seen.add(d.id)
            out.append(d)
            d = by_id.get(d.parent) if d.parent is not None else None
        return out

    def title_marker_end(self, u: Unit, text: str) -> Optional[int]:
        """Where the heading's own text starts when ``u`` is the heading of a numbered item
        (after the marker; at the cue when the marker holds one: 一要抓好… → 要抓好…), else None."""
        from .modality import cues

        for d in self.directives:
            if d.start <= u.start <= d.start + len(d.marker) + 1 and d.start < u.end:
                cue = next((h for h in cues(d.marker) if h.entry.asks), None)
                if cue is not None:
                    return d.start + cue.start
                end = d.start + len(d.marker)
                while end < u.end and text[end] in _SPACE:
                    end += 1
                return end
        return None


def fallback_directives(text: str, unit_list: Sequence[Unit]) -> list[Directive]:
    """A rough directive tree from numbering markers at the start of units.

    Used only when the caller passes no tree (a bare string, the spaCy component); the real
    tree comes from the structure stage.  Families nest in the usual order: 一、 > （一） >
    第一， > 1. > （1） > 一是."""
    found: list[tuple[int, int, str, int]] = []  # (start, rank, marker, unit end)
    for u in unit_list:
        for rank, rx in enumerate(_MARKERS):
            m = rx.match(text, u.start)
            if m:
                found.append((u.start, rank, m.group(), u.end))
                break
    out: list[Directive] = []
    stack: list[tuple[int, Directive]] = []
    for k, (start, rank, marker, uend) in enumerate(found):
        while stack and stack[-1][0] >= rank:
            stack.pop()
        parent = stack[-1][1].id if stack else None
        nxt = next((f[0] for f in found[k + 1:] if f[1] <= rank), len(text))
        d = Directive(k, parent, len(stack) + 1, marker, 0, text[start + len(marker):uend].strip(), start, nxt)
        out.append(d)
        stack.append((rank, d))
    return out


def tree(text: str, directives: Sequence[Directive], unit_list: Sequence[Unit]) -> Tree:
    if directives:
        return Tree(tuple(directives), True)
    return Tree(tuple(fallback_directives(text, unit_list)), False)
