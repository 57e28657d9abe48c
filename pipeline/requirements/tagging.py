"""Dictionary look-ups and a small tagger for the few characters that need words.

The requirement stage never segments a whole sentence.  ``pos_at`` reads the longest word
of jieba's dictionary at one position; ``tag`` cuts a short window (the characters after
a cue or an actor, where the action and its object stand) with jieba's own dictionary
route — the same maximum-probability path as ``jieba.posseg`` with ``HMM=False`` — and
tags each word from the dictionary.  Both read jieba's dictionary with our policy terms as
a marisa trie with arrays by its key ids (:class:`Dictionary`), from the tables of
:mod:`.jieba_tables` (no Tokenizer is loaded).
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping, Optional, Sequence

import marisa_trie

from .jieba_tables import load

_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&._]+)")  # jieba's blocks
_ALNUM1 = re.compile(r"[a-zA-Z0-9]")
_NUM = re.compile(r"[.0-9]")
_NUMBER = re.compile(r"[.0-9]+%?")
_LATIN = re.compile(r"[a-zA-Z0-9]+")
MAX_WORD = 6  # longest dictionary word pos_at looks for


@dataclass(frozen=True)
class Dictionary:
    """jieba's words (our policy terms added) in a ``marisa_trie.Trie``, and per key id of the
    trie the word's log-frequency and tag (see :func:`.jieba_tables.word_table`).

    The trie's prefix search (``iter_prefixes_with_ids``) gives every word that starts at a
    position in one C call: jieba's DAG there."""
    words: marisa_trie.Trie
    logf_of: Sequence[float]  # array("d"), per key id: the word's log-frequency; NaN for none
    tag_of: Sequence[int]  # array("B"), per key id: its tag's number in ``tag_names`` (0: none)
    tag_names: tuple[str, ...]  # tag_names[0] == ""
    longest: int  # characters of the longest word
    logtotal: float
    char_states: Mapping[str, tuple]  # jieba.posseg's HMM: character -> the (state, tag) pairs it may take
    emit: Mapping[tuple[str, str], Mapping[str, float]]  # (state, tag) -> character -> log emission probability

    @classmethod
    def from_table(cls, table: Mapping[str, Any], logtotal: float, char_states: Mapping, emit: Mapping) -> "Dictionary":
        """The dictionary of :func:`.jieba_tables.word_table`'s ``table`` (bytes)."""
        def arr(code: str, data: bytes) -> array:
            a = array(code)
            a.frombytes(data)
            return a

        return cls(marisa_trie.Trie().frombytes(table["trie"]), arr("d", table["logf"]), arr("B", table["tag"]),
                   tuple(table["tag_names"]), table["longest"], logtotal, char_states, emit)

    def has(self, w: str) -> bool:
        """``w`` is a word of the dictionary or a prefix of one."""
        return bool(w) and next(self.words.iterkeys(w), None) is not None

    def logf(self, w: str) -> Optional[float]:
        """The log-frequency of the word ``w``; None for a mere prefix or no word at all."""
        k = self.words.get(w, -1) if w else -1
        v = self.logf_of[k] if k >= 0 else None
        return v if v == v else None

    def tag(self, w: str, default: str = "x") -> str:
        """The tag of the word ``w``; ``default`` when it has none."""
        k = self.words.get(w, -1) if w else -1
        return (self.tag_names[self.tag_of[k]] or default) if k >= 0 else default

    def tagged(self, only: Optional[str] = None):
        """Every ``(word, tag)`` of the dictionary (with ``only``, those tagged ``only``, in the
        order of their key ids: found by ``bytes.find`` in the tag array, in C, instead of a
        walk over the whole trie in Python, which took 0.15 s of every process's start)."""
        names, tag_of = self.tag_names, self.tag_of
        if only is not None:
            if only not in names[1:]:
                return
            n, tags, key = names.index(only), tag_of.tobytes(), self.words.restore_key
            k = tags.find(n)
            while k >= 0:
                yield key(k), only
                k = tags.find(n, k + 1)
            return
        for w, k in self.words.iteritems():
            t = tag_of[k]
            if t and (only is None or names[t] == only):
                yield w, names[t]


@lru_cache(maxsize=None)
def dictionary() -> Dictionary:
    """jieba's dictionary with our policy terms, and its tags (see :mod:`.jieba_tables`)."""
    t = load()
    return Dictionary.from_table(t["words"], t["logtotal"], t["char_states"], t["emit"])


def pos_at(text: str, i: int, longest: int = MAX_WORD) -> tuple[str, str]:
    """The longest word of the dictionary (up to ``longest`` characters) at ``text[i:]`` and
    its tag; ``("", "")`` when none is there."""
    d = dictionary()
    tag_of, best = d.tag_of, ("", "")
    for w, k in d.words.iter_prefixes_with_ids(text[i:i + longest] if i >= 0 else ""):
        t = tag_of[k]
        if t:
            best = (w, d.tag_names[t])
    return best


class WordsAt(dict):
    """``pos_at(text, i)`` for the positions ``i`` of one text, each computed on its first
    look-up (``Scan.word`` is this dict's ``__getitem__``: a C-level look-up afterwards); the
    search is :func:`pos_at`'s, with the dictionary's parts bound once per text."""

    __slots__ = ("text", "search", "tag_of", "names")

    def __init__(self, text: str):
        super().__init__()
        d = dictionary()
        self.text, self.search, self.tag_of, self.names = text, d.words.iter_prefixes_with_ids, d.tag_of, d.tag_names

    def __missing__(self, i: int) -> tuple[str, str]:
        tag_of, best, t_best = self.tag_of, "", 0
        if i >= 0:
            for w, k in self.search(self.text[i:i + MAX_WORD]):
                t = tag_of[k]
                if t:
                    best, t_best = w, t
        got = self[i] = (best, self.names[t_best]) if t_best else ("", "")
        return got


def _route(block: str, d: Dictionary) -> list[tuple[str, str]]:
    """The words of a block of Han characters and letters on jieba's best dictionary path,
    each with its tag ("" for none).

    At each position, from the last on, each word starting there (the trie's prefix search)
    is weighed with the best path after it, as jieba's ``calc`` does; a position where no
    word starts is a word of one character (of log-frequency log 1)."""
    prefixes, logf_of, logtotal, longest = d.words.iter_prefixes_with_ids, d.logf_of, d.logtotal, d.longest
    n = len(block)
    score = [0.0] * (n + 1)
    nxt = list(range(1, n + 2))  # a character the dictionary does not know is a word by itself
    ends = [-1] * n  # the key id of the word chosen at each position (-1: an unknown character)
    for k in range(n - 1, -1, -1):
        best = None
        for w, key in prefixes(block[k:k + longest]):  # shortest first: ties go to the longer word, as in jieba
            v = logf_of[key]
            if v == v:  # NaN: a word without a frequency, no word for the route
                s = v + score[k + len(w)]
                if best is None or s >= best:
                    best, nxt[k], ends[k] = s, k + len(w), key
        score[k] = (score[k + 1] if best is None else best) - logtotal
    names, tag_of = d.tag_names, d.tag_of
    out, k = [], 0
    while k < n:
        e, key = nxt[k], ends[k]
        out.append((block[k:e], names[tag_of[key]] if key >= 0 else ""))
        k = e
    return out


@lru_cache(maxsize=8192)
def _guess(word: str) -> str:
    """The tag of a word jieba's dictionary does not hold, from the emission table of
    jieba's part-of-speech HMM alone (no transitions): the tag whose B…M…E (or S) states
    best emit the word's characters (配强 → v, 每 in 每5年 → r)."""
    d = dictionary()
    states = ("S",) if len(word) == 1 else ("B",) + ("M",) * (len(word) - 2) + ("E",)
    best, best_tag = None, "x"
    for state, t in d.char_states.get(word[0], ()):
        if state != states[0]:
            continue
        score = 0.0
        for ch, st in zip(word, states):
            p = d.emit.get((st, t), {}).get(ch)
            if p is None:
                break
            score += p
        else:
            if best is None or score > best:
                best, best_tag = score, t
    return best_tag


@lru_cache(maxsize=8192)
def _unknown(run: str) -> tuple[tuple[str, str], ...]:
    """A run of single characters that is no word, as jieba reads it with its HMM: the
    four-state model (``finalseg``) joins unknown words (配强, 守牢), and each piece is
    tagged by :func:`_guess`."""
    from jieba import finalseg

    out = []
    for w in finalseg.cut(run):
        if _NUMBER.fullmatch(w):
            t = "m"
        elif _LATIN.fullmatch(w):
            t = "eng"
        else:
            t = _guess(w)
        out.append((w, t))
    return tuple(out)


def tag(text: str, *, hmm: bool = True) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs of ``text``: words on jieba's dictionary path tagged from the
    dictionary; with ``hmm``, runs of single characters that are no word go through
    :func:`_unknown` (as jieba does), else runs of single letters or digits are one "eng"
    word.  Characters outside jieba's blocks are "x" (digits "m")."""
    d = dictionary()
    out: list[tuple[str, str]] = []
    m = _HAN.fullmatch(text)
    for k, part in enumerate((None, text) if m else _HAN.split(text)):  # most windows are one block
        if not part:
            continue
        if k % 2 == 0:  # outside a block: punctuation, space, marks
            out.extend((ch, "m" if _NUM.match(ch) else "x") for ch in part)
            continue
        buf: list[tuple[str, str]] = []  # a run of single characters
        for w, t in _route(part, d) + [("", "")]:
            if w and len(w) == 1 and (hmm or _ALNUM1.match(w)):
                buf.append((w, t))
                continue
            if buf:
                if not hmm:
                    out.append(("".join([c for c, _ in buf]), "eng"))
                elif len(buf) == 1:
                    out.append((buf[0][0], buf[0][1] or "x"))
                else:
                    run = "".join([c for c, _ in buf])
                    if d.logf(run) is None:  # no word of the dictionary
                        out.extend(_unknown(run))
                    else:
                        out.extend((c, ct or "x") for c, ct in buf)
                buf = []
            if w:
                out.append((w, t or "x"))
    return out
