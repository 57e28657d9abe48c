"""Look-ups at positions of one masked text, each made at most once, in one lexicon index.

The requirement stage asks the same questions about the same few positions of a clause
many times (which lexicon words start here, which cue, which dictionary word).  A
:class:`Scan` belongs to one call of ``find_requirements`` and remembers the answers; the
lexicons behind it are the immutable, cached tables of :mod:`.lexicon` and :mod:`.tagging`.

``Scan.at(pos)`` reads every word list of ``models/`` at once (openers, actors, cue
literals): :func:`lex_index` holds all their entries in one ``marisa_trie.Trie``, built once
per process, and one prefix search at a position gives every entry of every list that
starts there (a pass of an Aho-Corasick automaton over the whole text was measured too: it
finds entries at about twice as many positions as the stage asks about, and cost twice as
much; see docs/architecture.md).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Iterable, Iterator, Optional, Sequence

import marisa_trie

from .lexicon import CueEntry, actor_lexicon, cue_table, first_chars, openers, trie_pattern
from .tagging import WordsAt

# the word lists of Scan.at, by index
OPENER_CLASSES = ("skip", "frame", "verb", "report", "pivot", "agent", "follow", "nonverb", "condition")
SKIP, FRAME, VERB, REPORT, PIVOT, AGENT, FOLLOW, NONVERB, CONDITION = range(len(OPENER_CLASSES))
HEAD, MODIFIER, QUANTIFIER, CUE = range(len(OPENER_CLASSES), len(OPENER_CLASSES) + 4)
N_LISTS = len(OPENER_CLASSES) + 4
_NONE = (0,) * N_LISTS
_BREAK = re.compile(r"\n")


@dataclass(frozen=True)
class LexIndex:
    """Every entry of the word lists (SKIP … CUE) in one trie, and per key id the row of
    :meth:`Scan.at` where the entry is the longest one starting: for each list, the length of
    the longest of the entry and its prefixes that the list holds, else 0 (so a prefix search
    needs only its last, longest hit)."""
    words: marisa_trie.Trie
    rows: tuple[tuple[int, ...], ...]  # by key id: the row of the entry and every shorter entry it starts with
    longest: int  # characters of the longest entry
    first: frozenset[str]  # the entries of one character, and the first two characters of the longer ones:
    # a position whose character and pair are neither is let go without a search (a third of those asked about)
    heads: re.Pattern  # at each position, the longest actor head there (zero width: every start is found)
    patterns: re.Pattern  # the cue lexicon's regular expressions, in its order
    pattern_starts: Optional[frozenset[str]]  # characters they can start with (None: any)


def list_words() -> tuple[frozenset[str], ...]:
    """The word lists of :meth:`Scan.at`, in the order of SKIP … CUE."""
    op, lex = openers(), actor_lexicon()
    return tuple([op.by_class.get(c, frozenset()) for c in OPENER_CLASSES]
                 + [lex.heads | lex.whole, lex.modifiers, lex.quantifiers, frozenset(cue_table().literal)])


def build_index(lists: Sequence[Iterable[str]], patterns: Sequence[re.Pattern] = ()) -> LexIndex:
    """The index of ``lists`` (SKIP … CUE, :data:`N_LISTS` of them) and the cue lexicon's
    regular expressions ``patterns``."""
    members: dict[str, set[int]] = {}
    for k, words in enumerate(lists):
        for w in words:
            if w:
                members.setdefault(w, set()).add(k)
    trie = marisa_trie.Trie(members)
    rows = [_NONE] * len(trie)
    for w, key in trie.iteritems():
        row = _NONE
        for p, _ in trie.iter_prefixes_with_ids(w):  # shortest first: a longer entry's length wins
            row = tuple(len(p) if k in members[p] else n for k, n in enumerate(row))
        rows[key] = row
    heads = [w for w in lists[HEAD] if w]
    starts: Optional[set[str]] = set()
    for rx in patterns:
        f = first_chars(rx.pattern)
        starts = None if (f is None or starts is None) else starts | f
    return LexIndex(trie, tuple(rows), max(map(len, members), default=1), frozenset(w[:2] for w in members),
                    re.compile(f"(?=[{''.join(re.escape(c) for c in sorted({w[0] for w in heads}))}])"
                               f"(?=({trie_pattern(heads)}))" if heads else r"(?!)"),
                    re.compile("|".join(rx.pattern for rx in patterns) or r"(?!)"),
                    None if starts is None else frozenset(starts))


@lru_cache(maxsize=None)
def lex_index() -> LexIndex:
    """The index of the word lists of ``models/``, built once per process (a few milliseconds)."""
    return build_index(list_words(), [rx for rx, _ in cue_table().patterns])


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
    word there (0 when none); computed on the first look-up of a position, by one prefix
    search of :func:`lex_index`'s trie (it gives the entries shortest first: the last one's
    row is the answer), unless no entry can start there."""

    __slots__ = ("text", "index")

    def __init__(self, text: str, index: LexIndex):
        super().__init__()
        self.text, self.index = text, index

    def __missing__(self, pos: int) -> tuple[int, ...]:
        text, index = self.text, self.index
        row = _NONE
        if pos >= 0 and (text[pos:pos + 2] in index.first or text[pos:pos + 1] in index.first):
            key = -1
            for _, key in index.words.iter_prefixes_with_ids(text[pos:pos + index.longest]):
                pass
            if key >= 0:
                row = index.rows[key]
        self[pos] = row
        return row


class Scan:
    """Answers about positions of ``text`` (a masked text), remembered.

    ``at``, ``word`` and ``cue`` are the ``__getitem__`` of memo dicts (a call is a C-level
    dict look-up once the position is known); see :class:`_AtMemo` (``at``),
    :class:`.tagging.WordsAt` (``word``: :func:`.tagging.pos_at`) and :func:`_cue_at` (``cue``) for
    what they answer."""

    __slots__ = ("text", "index", "at", "word", "cue", "_breaks", "skips")

    def __init__(self, text: str):
        self.text = text
        self._breaks: Optional[list[int]] = None
        self.skips: dict[tuple[int, int], int] = {}  # actors.skip_prefix's memo: (start, end) -> position
        self.index = index = lex_index()
        at = self.at = _AtMemo(text, index).__getitem__
        # the memos hold functions of the text, not bound methods of this Scan: no reference
        # cycle, so a Scan and its memos are freed as soon as the stage is done with them
        self.word = WordsAt(text).__getitem__
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

    def heads(self, pos: int, limit: int) -> Iterator[tuple[int, str]]:
        """``(start, word)`` of the longest actor head (or whole-word actor) at each position of
        ``text[pos:limit]`` where one starts and ends by ``limit``, left to right (every start,
        so 财政部|门 still finds 部门)."""
        for m in self.index.heads.finditer(self.text, pos, limit):
            yield m.start(), m.group(1)

    def has_head(self, pos: int, limit: int) -> bool:
        """An actor head starts and ends within ``text[pos:limit]``."""
        return self.index.heads.search(self.text, pos, limit) is not None

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
