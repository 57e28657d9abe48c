"""Look-ups at positions of one masked text: the lexicon's hits, found in one pass, and
answers computed at most once.

The requirement stage asks the same questions about the same few positions of a clause
many times (which lexicon words start here, which cue, which dictionary word).  A
:class:`Scan` belongs to one call of ``find_requirements``: it finds every entry of every
word list of ``models/`` (openers, actors, cue literals) in the whole text at once, with one
Aho-Corasick automaton built once per process (:func:`lex_index`, ``pyahocorasick``), and
remembers the other answers; the lexicons behind it are the immutable, cached tables of
:mod:`.lexicon` and :mod:`.tagging`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Iterator, Optional

import ahocorasick

from .lexicon import CueEntry, actor_lexicon, cue_table, first_chars, openers
from .tagging import pos_at

# the word lists of Scan.at, by index
OPENER_CLASSES = ("skip", "frame", "verb", "report", "pivot", "agent", "follow", "nonverb", "condition")
SKIP, FRAME, VERB, REPORT, PIVOT, AGENT, FOLLOW, NONVERB, CONDITION = range(len(OPENER_CLASSES))
HEAD, MODIFIER, QUANTIFIER, CUE = range(len(OPENER_CLASSES), len(OPENER_CLASSES) + 4)
N_LISTS = len(OPENER_CLASSES) + 4
_NONE = (0,) * N_LISTS


@dataclass(frozen=True)
class LexIndex:
    """Every entry of the word lists (SKIP … CUE) in one automaton: its value is the entry's
    length, its row of :meth:`Scan.at` alone (the length at each list holding it, else 0) and
    whether it is an actor head."""
    automaton: ahocorasick.Automaton
    patterns: re.Pattern  # the cue lexicon's regular expressions, in its order
    pattern_starts: Optional[frozenset[str]]  # characters they can start with (None: any)


def list_words() -> tuple[frozenset[str], ...]:
    """The word lists of :meth:`Scan.at`, in the order of SKIP … CUE."""
    op, lex = openers(), actor_lexicon()
    return tuple([op.by_class.get(c, frozenset()) for c in OPENER_CLASSES]
                 + [lex.heads | lex.whole, lex.modifiers, lex.quantifiers, frozenset(cue_table().literal)])


@lru_cache(maxsize=None)
def lex_index() -> LexIndex:
    """The index of the word lists, built once per process (a few milliseconds)."""
    members: dict[str, set[int]] = {}
    for k, words in enumerate(list_words()):
        for w in words:
            if w:
                members.setdefault(w, set()).add(k)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for w, ks in members.items():
        automaton.add_word(w, (len(w), tuple(len(w) if k in ks else 0 for k in range(N_LISTS)), HEAD in ks))
    automaton.make_automaton()  # (no word: an automaton that finds nothing)
    table = cue_table()
    starts: Optional[set[str]] = set()
    for rx, _ in table.patterns:
        f = first_chars(rx.pattern)
        starts = None if (f is None or starts is None) else starts | f
    return LexIndex(automaton, re.compile("|".join(rx.pattern for rx, _ in table.patterns) or r"(?!)"),
                    None if starts is None else frozenset(starts))


def lexicon_hits(text: str, index: LexIndex) -> tuple[dict[int, tuple[int, ...]], dict[int, list[int]]]:
    """For each position of ``text`` where a listed word starts, the length of the longest word
    of each list there (0: none); and for each position where an actor head starts, the
    lengths of every head there, shortest first.  One pass of the automaton: it reports the
    words by their ends, so at one start a longer word comes after a shorter one."""
    at: dict[int, tuple[int, ...]] = {}
    heads: dict[int, list[int]] = {}
    get = at.get
    for end, (n, row, head) in index.automaton.iter(text):
        s = end + 1 - n
        old = get(s)
        at[s] = row if old is None else tuple([b or a for a, b in zip(old, row)])
        if head:
            heads.setdefault(s, []).append(n)
    return at, heads


class _Memo(dict):
    """A dict that computes a missing key with ``fn`` and keeps it: ``memo[pos]`` is a plain
    dict look-up once a position has been asked about."""

    __slots__ = ("fn",)

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, key):
        got = self[key] = self.fn(key)
        return got


class _Hits(dict):
    """``Scan.at``: position -> the row of :func:`lexicon_hits` there; ``_NONE`` elsewhere
    (kept once asked, so that the next look-up is a plain dict look-up)."""

    __slots__ = ()

    def __missing__(self, pos: int) -> tuple[int, ...]:
        self[pos] = _NONE
        return _NONE


class Scan:
    """Answers about positions of ``text`` (a masked text), remembered.

    ``at``, ``word`` and ``cue`` are the ``__getitem__`` of dicts (a call is a C-level dict
    look-up once the position is known); see :func:`lexicon_hits` (``at``),
    :func:`.tagging.pos_at` (``word``) and :func:`_cue_at` (``cue``) for what they answer."""

    __slots__ = ("text", "index", "at", "word", "cue", "_heads", "_head_starts")

    def __init__(self, text: str):
        self.text = text
        self.index = index = lex_index()
        rows, self._heads = lexicon_hits(text, index)
        at = self.at = _Hits(rows).__getitem__
        self._head_starts = sorted(self._heads)
        # the memos hold functions of the text, not bound methods of this Scan: no reference
        # cycle, so a Scan and its memos are freed as soon as the stage is done with them
        self.word = _Memo(partial(pos_at, text)).__getitem__
        self.cue = _Memo(partial(_cue_at, text, index, at)).__getitem__

    def head_at(self, pos: int, n: int) -> bool:
        """An actor word at least ``n`` long starts at ``pos`` (组织部门 is not the verb 组织)."""
        h = self.at(pos)[HEAD]
        return h > 0 and h >= n

    def heads(self, pos: int, limit: int) -> Iterator[tuple[int, str]]:
        """``(start, word)`` of the longest actor head (or whole-word actor) at each position of
        ``text[pos:limit]`` where one starts and ends by ``limit``, left to right (every start,
        so 财政部|门 still finds 部门)."""
        starts, heads, text = self._head_starts, self._heads, self.text
        for k in range(bisect_left(starts, pos), len(starts)):
            s = starts[k]
            if s >= limit:
                break
            n = next((n for n in reversed(heads[s]) if s + n <= limit), 0)
            if n:
                yield s, text[s:s + n]

    def has_head(self, pos: int, limit: int) -> bool:
        """An actor head starts and ends within ``text[pos:limit]``."""
        return next(self.heads(pos, limit), None) is not None

    def name_modifier(self, pos: int) -> int:
        """The length of a modifier at ``pos`` that a head follows at once (派驻|单位, 管理|部门):
        it opens a name, not a verb phrase; else 0."""
        n = self.at(pos)[MODIFIER]
        return n if n and self.head_at(pos + n, 1) else 0


def _cue_at(text: str, index: LexIndex, at, pos: int) -> Optional[tuple[int, CueEntry]]:
    """The cue-lexicon entry matching at ``pos`` (its end and entry), or None: as
    ``cue_table().regex.match`` — a regular expression of the lexicon first, else the
    longest literal entry.  ``at``: the ``Scan.at`` of ``text``."""
    got = None
    if index.pattern_starts is None or text[pos:pos + 1] in index.pattern_starts:
        m = index.patterns.match(text, pos)
        if m:
            got = (m.end(), cue_table().entry(m.group()))
    if got is None:
        n = at(pos)[CUE]
        if n:
            got = (pos + n, cue_table().literal[text[pos:pos + n]])
    return got
