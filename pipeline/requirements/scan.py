"""Look-ups at positions of one masked text, each made at most once.

The requirement stage asks the same questions about the same few positions of a clause
many times (which lexicon words start here, which cue, which dictionary word).  A
:class:`Scan` belongs to one call of ``find_requirements`` and remembers the answers; the
lexicons behind it are the immutable, cached tables of :mod:`.lexicon` and
:mod:`.tagging`.

``Scan.at(pos)`` reads every word list at once: one index maps each listed word and each
prefix of one to the lists it belongs to, so a forward walk over a few characters finds
the longest word of every list.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, partial
from types import MappingProxyType
from typing import Mapping, Optional

from .lexicon import CueEntry, actor_lexicon, cue_table, first_chars, openers, trie_pattern
from .tagging import pos_at

# the word lists of Scan.at, by index
OPENER_CLASSES = ("skip", "frame", "verb", "report", "pivot", "agent", "follow", "nonverb", "condition")
SKIP, FRAME, VERB, REPORT, PIVOT, AGENT, FOLLOW, NONVERB, CONDITION = range(len(OPENER_CLASSES))
HEAD, MODIFIER, QUANTIFIER, CUE = range(len(OPENER_CLASSES), len(OPENER_CLASSES) + 4)
N_LISTS = len(OPENER_CLASSES) + 4
_NONE = (0,) * N_LISTS
_BREAK = re.compile(r"\n")


@dataclass(frozen=True)
class WordIndex:
    lists: Mapping[str, tuple[int, ...]]  # word or prefix of one -> the lists holding the word (() for a prefix)
    longest: int
    heads: re.Pattern  # at each position, the longest actor head there (zero width: every start is found)
    patterns: re.Pattern  # the cue lexicon's regular expressions, in its order
    pattern_starts: Optional[frozenset[str]]  # characters they can start with (None: any)
    _lists: dict = field(repr=False, compare=False, default_factory=dict)  # ``lists`` unwrapped, read only


@lru_cache(maxsize=None)
def word_index() -> WordIndex:
    op, lex = openers(), actor_lexicon()
    members: dict[str, set[int]] = {}
    table = cue_table()
    groups = [op.by_class.get(c, frozenset()) for c in OPENER_CLASSES] + [lex.heads | lex.whole, lex.modifiers,
                                                                          lex.quantifiers, frozenset(table.literal)]
    for k, words in enumerate(groups):
        for w in words:
            members.setdefault(w, set()).add(k)
    lists: dict[str, tuple[int, ...]] = {}
    for w in members:
        for i in range(1, len(w)):
            lists.setdefault(w[:i], ())
    for w, ks in members.items():
        lists[w] = tuple(sorted(ks))
    starts: Optional[set[str]] = set()
    for rx, _ in table.patterns:
        f = first_chars(rx.pattern)
        starts = None if (f is None or starts is None) else starts | f
    return WordIndex(MappingProxyType(lists), max(map(len, members), default=1),
                     re.compile(f"(?=[{''.join(re.escape(c) for c in sorted({w[0] for w in lex.heads | lex.whole}))}])"
                                f"(?=({trie_pattern(lex.heads | lex.whole)}))"),
                     re.compile("|".join(rx.pattern for rx, _ in table.patterns) or r"(?!)"),
                     None if starts is None else frozenset(starts), lists)


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


class _AtMemo(dict):
    """``Scan.at``: position -> for each word list (SKIP … CUE), the length of its longest
    word there (0 when none); computed on the first look-up of a position."""

    __slots__ = ("text", "lists", "longest")

    def __init__(self, text: str, index: WordIndex):
        super().__init__()
        self.text, self.lists, self.longest = text, index._lists, index.longest

    def __missing__(self, pos: int) -> tuple[int, ...]:
        # for each word list, the length of its longest word at text[pos:] (a look-up per clause start and more)
        text, lists = self.text, self.lists
        if text[pos:pos + 1] not in lists:  # no listed word starts with this character
            self[pos] = _NONE
            return _NONE
        got = [0] * N_LISTS
        stop = min(len(text), pos + self.longest)
        j = pos + 1
        while j <= stop:
            ks = lists.get(text[pos:j])
            if ks is None:
                break
            for k in ks:
                got[k] = j - pos
            j += 1
        out = self[pos] = tuple(got)  # ints only: the collector stops tracking it
        return out


class Scan:
    """Answers about positions of ``text`` (a masked text), remembered.

    ``at``, ``word`` and ``cue`` are the ``__getitem__`` of memo dicts (a call is a C-level
    dict look-up once the position is known); see :class:`_AtMemo`, :func:`.tagging.pos_at`
    (``word``) and :func:`_cue_at` (``cue``) for what they answer."""

    __slots__ = ("text", "index", "at", "word", "cue", "_breaks")

    def __init__(self, text: str):
        self.text = text
        self._breaks: Optional[list[int]] = None
        self.index = index = word_index()
        at = self.at = _AtMemo(text, index).__getitem__
        # the memos hold functions of the text, not bound methods of this Scan: no reference
        # cycle, so a Scan and its memos are freed as soon as the stage is done with them
        self.word = _Memo(partial(pos_at, text)).__getitem__
        self.cue = _Memo(partial(_cue_at, text, index, at)).__getitem__

    def line_start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1`` by bisection: a look-up per unit stays cheap on a
        text that is one long line."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _BREAK.finditer(self.text)]
        i = bisect_right(self._breaks, pos - 1)
        return self._breaks[i - 1] + 1 if i else 0

    def head_at(self, pos: int, n: int) -> bool:
        """An actor word at least ``n`` long starts at ``pos`` (组织部门 is not the verb 组织)."""
        h = self.at(pos)[HEAD]
        return h > 0 and h >= n

    def name_modifier(self, pos: int) -> int:
        """The length of a modifier at ``pos`` that a head follows at once (派驻|单位, 管理|部门):
        it opens a name, not a verb phrase; else 0."""
        n = self.at(pos)[MODIFIER]
        return n if n and self.head_at(pos + n, 1) else 0


def _cue_at(text: str, index: WordIndex, at, pos: int) -> Optional[tuple[int, CueEntry]]:
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
