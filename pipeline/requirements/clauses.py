"""Units and clauses: where requirements can start and end.

A *unit* is a sentence cut at 。！？； (a requirement never spans two); a *clause* is a piece
of a unit cut at ，：.  Quoted and bracketed text is masked first, so that neither a comma
nor a cue inside “…”, 《…》 or （…） counts.  Each unit also learns its place in the directive
tree: which numbered item holds it, and whether it is that item's heading (title).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Iterator, Mapping, NamedTuple, Optional, Sequence

from ..records import Directive, Sentence
from ..resources import read_lines
from ..structure.markers import STYLES, find_candidates, load_phrases
from .modality import cues
from .quotes import MASK, mask  # noqa: F401  (re-exported: actors and the package read them here)

_UNIT_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")
_CLAUSE_SEP = re.compile(r"[，,：:]")
_SPACE = " \t\u3000\r\n"
_TRAIL = "。！？!?；;，,：: \t\u3000\r\n"
# A marker style's rank in a fallback tree: its row in models/markers.tsv (headings first).
STYLE_RANK = MappingProxyType({s.name: k for k, s in enumerate(STYLES)})


class Unit(NamedTuple):
    start: int
    end: int
    sentence: Optional[int]
    paragraph: int


class Clause(NamedTuple):
    start: int
    end: int


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
    for u, _, _ in _units_and_masks(text, sentences):
        yield u


def _units_and_masks(text: str, sentences: Sequence[Sentence]) -> Iterator[tuple[Unit, str, int]]:
    """:func:`units`, each with its sentence's mask (:func:`mask` of the sentence) and the
    sentence's start."""
    new = tuple.__new__
    for s in (sentences or _own_sentences(text)):
        s0 = s.start
        masked = mask(text[s0:s.end])
        n = len(masked)
        pos = 0
        for m in _UNIT_END.finditer(masked):
            cut = m.end()
            a, b = _trim(text, s0 + pos, s0 + cut)
            if b > a:
                yield new(Unit, (a, b, s.id, s.paragraph)), masked, s0
            pos = cut
            if cut >= n:
                break
        else:  # the rest after the last end mark
            a, b = _trim(text, s0 + pos, s0 + n)
            if b > a:
                yield new(Unit, (a, b, s.id, s.paragraph)), masked, s0


def masked_units(text: str, sentences: Sequence[Sentence] = ()) -> tuple[list[Unit], str]:
    """:func:`units`, and ``text`` with each unit masked as :func:`mask` masks it alone
    (quotes and brackets never span units) — in one pass, a unit's mask being its part of
    its sentence's mask.  The two agree: a unit ends only where the sentence's mask left an
    end mark, so no masked stretch of the sentence crosses a unit's edge."""
    out: list[Unit] = []
    parts, pos = [], 0
    for u, sentence_mask, s0 in _units_and_masks(text, sentences):
        out.append(u)
        if u.start < pos:
            continue
        parts.append(text[pos:u.start])
        parts.append(sentence_mask[u.start - s0:u.end - s0])
        pos = u.end
    parts.append(text[pos:])
    return out, "".join(parts)


def clauses(masked: str, start: int, end: int) -> list[Clause]:
    """The clauses of ``masked[start:end]`` (offsets into the whole text)."""
    out, pos = [], start
    new = tuple.__new__
    for m in _CLAUSE_SEP.finditer(masked, start, end):
        a, b = _trim(masked, pos, m.start())
        if b > a:
            out.append(new(Clause, (a, b)))
        pos = m.end()
    a, b = _trim(masked, pos, end)
    if b > a:
        out.append(new(Clause, (a, b)))
    return out


# --------------------------------------------------------------------------- directive context

@lru_cache(maxsize=None)
def _retro_words() -> tuple[str, ...]:
    return read_lines("retrospective.txt")


def looks_retrospective(title: str) -> bool:
    """A heading that reports the past (工作回顾, 取得决定性成就)."""
    return any(w in title for w in _retro_words())


def retrospective_end(title: str) -> int:
    """Where the last word of the past in a heading ends (…发展成就|和…目标任务); -1 without one."""
    return max((i + len(w) for w in _retro_words() if (i := title.rfind(w)) >= 0), default=-1)


@dataclass(frozen=True)
class Tree:
    """The directive tree as the requirement stage needs it, indexed once per document."""

    directives: tuple[Directive, ...]
    reported: bool  # False for a fallback tree: its ids are not the Result's, so none is reported
    by_id: Mapping[int, Directive] = field(default_factory=dict)
    by_start: tuple[Directive, ...] = ()  # sorted by start
    starts: tuple[int, ...] = ()  # their starts, for bisect
    max_marker: int = 0
    cuts: tuple[int, ...] = ()  # where the innermost item may change
    inner: tuple[Optional[Directive], ...] = ()  # the innermost item from each cut on
    chains: Mapping[int, tuple[Directive, ...]] = field(default_factory=dict)  # item id -> chain (see ``chain``)
    list_items: frozenset[int] = frozenset()  # ids of the items of semicolon lists (see ``close_lists``)

    @classmethod
    def build(cls, directives: Sequence[Directive], reported: bool, list_items: frozenset[int] = frozenset()) -> "Tree":
        ds = tuple(directives)
        by_start = tuple(sorted(ds, key=lambda d: (d.start, d.level)))
        cuts = sorted({d.start for d in ds} | {d.end for d in ds})
        inner: list[Optional[Directive]] = []
        active: list[Directive] = []
        k = 0
        for p in cuts:  # one sweep: the items holding p are few (the depth of the tree)
            while k < len(by_start) and by_start[k].start <= p:
                active.append(by_start[k])
                k += 1
            active = [d for d in active if p < d.end]
            inner.append(max(active, key=lambda d: (d.level, d.start), default=None))
        by_id = {d.id: d for d in ds}
        tr = cls(ds, reported, MappingProxyType(by_id), by_start,
                 tuple(d.start for d in by_start), max((len(d.marker) for d in ds), default=0),
                 tuple(cuts), tuple(inner))
        return cls(*[getattr(tr, f) for f in ("directives", "reported", "by_id", "by_start", "starts", "max_marker",
                                              "cuts", "inner")],
                   MappingProxyType({d.id: tuple(tr._walk(d)) for d in ds}), list_items)

    def innermost(self, pos: int) -> Optional[Directive]:
        """The deepest item holding ``pos`` (of equal depth, the one starting last)."""
        k = bisect_right(self.cuts, pos) - 1
        return self.inner[k] if k >= 0 else None

    def chain(self, d: Optional[Directive]) -> tuple[Directive, ...]:
        """``d`` and the items holding it, innermost first."""
        if d is None:
            return ()
        got = self.chains.get(d.id)
        return got if got is not None else tuple(self._walk(d))

    def _walk(self, d: Optional[Directive]) -> list[Directive]:
        out, seen = [], set()
        while d is not None and d.id not in seen:
            seen.add(d.id)
            out.append(d)
            d = self.by_id.get(d.parent) if d.parent is not None else None
        return out

    def title_marker_end(self, u: Unit, text: str) -> Optional[int]:
        """Where the heading's own text starts when ``u`` is the heading of a numbered item
        (after the marker; at the cue when the marker holds one: 一要抓好… → 要抓好…), else None."""
        lo = bisect_left(self.starts, u.start - self.max_marker - 1)
        for d in self.by_start[lo:bisect_right(self.starts, u.start)]:
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
    tree comes from the structure stage.  The markers are the structure stage's own
    (``models/markers.tsv``); styles nest in that file's order: 一、 > （一） > 1. > （1） > 第一， > 一是."""
    found: list[tuple[int, int, str, int]] = []  # (start, rank, marker, unit end)
    at_start = {c.start: c for c in find_candidates(text)}
    for u in unit_list:
        c = at_start.get(u.start)
        if c is not None:
            found.append((u.start, STYLE_RANK[c.style], c.marker, u.end))
    out: list[Directive] = []
    stack: list[tuple[int, Directive]] = []
    ends = _next_at_or_above(found, len(text))
    for k, (start, rank, marker, uend) in enumerate(found):
        while stack and stack[-1][0] >= rank:
            stack.pop()
        parent = stack[-1][1].id if stack else None
        nxt = ends[k]
        d = Directive(k, parent, len(stack) + 1, marker, 0, text[start + len(marker):uend].strip(), start, nxt)
        out.append(d)
        stack.append((rank, d))
    return out


def _next_at_or_above(found: Sequence[tuple[int, int, str, int]], default: int) -> list[int]:
    """For each marker, the start of the next one of the same or an outer family (rank at most
    its own), else ``default``: one pass from the right with a stack, not a scan per marker."""
    out = [default] * len(found)
    stack: list[int] = []  # indices whose rank rises from bottom to top
    for k in range(len(found) - 1, -1, -1):
        while stack and found[stack[-1]][1] > found[k][1]:
            stack.pop()
        if stack:
            out[k] = found[stack[-1]][0]
        stack.append(k)
    return out


_LIST_CONJ = "|".join(re.escape(w) for w, _ in load_phrases("list_line_conj"))  # …；及 / 和 / 或者
_LIST_LINE_END = re.compile(rf"[；;]\s*(?:{_LIST_CONJ})?\s*$")
_BREAK = re.compile(r"\n")


class _Lines:
    """Line ends by bisection, and where each line's closing ``；`` (``；及``) stands, searched
    once per line: many items on one long line stay linear (a search per item from the
    item to its line's end is quadratic there)."""

    def __init__(self, text: str):
        self.text = text
        self.breaks = [m.start() for m in _BREAK.finditer(text)]
        self.tails: dict[int, int] = {}  # line end -> start of the list's semicolon, or -1

    def end(self, pos: int) -> int:
        i = bisect_left(self.breaks, pos)
        return self.breaks[i] if i < len(self.breaks) else len(self.text)

    def ends_list(self, pos: int) -> bool:
        """``_LIST_LINE_END.search(text, pos, line end)`` finds a match (at most one place
        on a line can: the semicolon after which only a connective and space follow)."""
        i = bisect_left(self.breaks, pos)
        end = self.breaks[i] if i < len(self.breaks) else len(self.text)
        tail = self.tails.get(end)
        if tail is None:
            m = _LIST_LINE_END.search(self.text, self.breaks[i - 1] + 1 if i else 0, end)
            tail = self.tails[end] = m.start() if m else -1
        return tail >= pos


def close_lists(text: str, directives: Sequence[Directive]) -> tuple[list[Directive], frozenset[int]]:
    """The items of a semicolon list end with their line.  An item without sub-items whose
    line ends with ``；`` (``；及``), or whose previous sibling's line does, is one line of a
    list (（一）…；（二）…；及（三）…。): what follows the list's last line (an unnumbered
    heading, a new paragraph of the speech, a footnote) belongs to the item around the list,
    or to none, not to its last item.  Also the ids of these items: a list whose items end with
    semicolons lists measures, not headings, so their run-in titles are their bodies."""
    parents = {d.parent for d in directives if d.parent is not None}
    prev: dict[int | None, Directive] = {}  # parent id -> the latest item under it
    out, ids = [], set()
    lines = _Lines(text)
    for d in sorted(directives, key=lambda x: x.start):
        before = prev.get(d.parent)
        prev[d.parent] = d
        if d.id in parents:
            out.append(d)
            continue
        end = lines.end(d.start)
        semicolon = lines.ends_list(d.start)
        after_semicolon = before is not None and before.style == d.style and lines.ends_list(before.start)
        if semicolon or after_semicolon:
            ids.add(d.id)
            if end < d.end:
                d = replace(d, end=end)
        out.append(d)
    return out, frozenset(ids)


def tree(text: str, directives: Sequence[Directive], unit_list: Sequence[Unit]) -> Tree:
    reported = bool(directives)
    ds, list_items = close_lists(text, directives if reported else fallback_directives(text, unit_list))
    return Tree.build(ds, reported, list_items)
