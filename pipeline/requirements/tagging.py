"""Dictionary look-ups and a small tagger for the few characters that need words.

The requirement stage never segments a whole sentence.  ``pos_at`` reads the longest word
of jieba's dictionary at one position; ``tag`` cuts a short window (the characters after
a cue or an actor, where the action and its object stand) with jieba's own dictionary
route — the same maximum-probability path as ``jieba.posseg`` with ``HMM=False`` — and
tags each word from the dictionary.  Both read jieba's dictionary with our policy terms as
a trie in flat arrays (:class:`Dictionary`), from the tables of :mod:`.jieba_tables` (no
Tokenizer is loaded).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping, Optional, Sequence

from .jieba_tables import load, trie_arrays

_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&._]+)")  # jieba's blocks
_ALNUM1 = re.compile(r"[a-zA-Z0-9]")
_NUM = re.compile(r"[.0-9]")
_NUMBER = re.compile(r"[.0-9]+%?")
_LATIN = re.compile(r"[a-zA-Z0-9]+")
MAX_WORD = 6  # longest dictionary word pos_at looks for


@dataclass(frozen=True)
class Dictionary:
    """jieba's words and every prefix of one, as a trie (see :func:`.jieba_tables.trie_table`):
    node 0 is the empty string, and each other node a word or a prefix, numbered so that a
    prefix comes before the words it starts.

    ``children`` maps ``p << 21 | c`` to the child of node ``p`` by the code point ``c``: one
    dict look-up per character, a single C call for the interpreter (a hash table of our own
    probed in Python, or a trie library called per position, reads slower: see
    docs/architecture.md)."""
    children: Mapping[int, int]  # parent << 21 | code point -> child
    logf_of: Sequence[float]  # array("d"), per node: the word's log-frequency; NaN for a mere prefix (or none)
    tag_of: Sequence[int]  # array("B"), per node: its tag's number in ``tag_names`` (0: none)
    tag_names: tuple[str, ...]  # tag_names[0] == ""
    parent_of: Sequence[int]  # array("i"), per node: the node one character shorter (for ``tagged``)
    last_of: Sequence[int]  # array("i"), per node: the code point of its last character
    logtotal: float
    char_states: Mapping[str, tuple]  # jieba.posseg's HMM: character -> the (state, tag) pairs it may take
    emit: Mapping[tuple[str, str], Mapping[str, float]]  # (state, tag) -> character -> log emission probability

    @classmethod
    def from_table(cls, table: Mapping[str, Any], logtotal: float, char_states: Mapping, emit: Mapping) -> "Dictionary":
        """The dictionary of :func:`.jieba_tables.trie_table`'s ``table``."""
        return cls(**trie_arrays(table), logtotal=logtotal, char_states=char_states, emit=emit)

    def node(self, w: str) -> int:
        """The node of ``w`` (a word or a prefix of one); -1 when ``w`` is neither (or empty)."""
        if not w:
            return -1
        get, node = self.children.get, 0
        for ch in w:
            node = get((node << 21) | ord(ch), -1)
            if node < 0:
                break
        return node

    def has(self, w: str) -> bool:
        """``w`` is a word of the dictionary or a prefix of one."""
        return self.node(w) > 0

    def logf(self, w: str) -> Optional[float]:
        """The log-frequency of the word ``w``; None for a mere prefix or no word at all."""
        n = self.node(w)
        if n < 0:
            return None
        v = self.logf_of[n]
        return v if v == v else None

    def tag(self, w: str, default: str = "x") -> str:
        """The tag of the word ``w``; ``default`` when it has none."""
        n = self.node(w)
        return (self.tag_names[self.tag_of[n]] or default) if n > 0 else default

    def word(self, node: int) -> str:
        """The string of ``node``."""
        parent, last, out = self.parent_of, self.last_of, []
        while node > 0:
            out.append(chr(last[node]))
            node = parent[node]
        return "".join(reversed(out))

    def tagged(self, only: Optional[str] = None):
        """Every ``(word, tag)`` of the dictionary (with ``only``, those tagged ``only``)."""
        names = self.tag_names
        want = None if only is None else names.index(only) if only in names else -1
        for n, t in enumerate(self.tag_of):
            if t and (want is None or t == want):
                yield self.word(n), names[t]


@lru_cache(maxsize=None)
def dictionary() -> Dictionary:
    """jieba's dictionary with our policy terms, and its tags (see :mod:`.jieba_tables`)."""
    t = load()
    return Dictionary.from_table(t["trie"], t["logtotal"], t["char_states"], t["emit"])


def pos_at(text: str, i: int, longest: int = MAX_WORD) -> tuple[str, str]:
    """The longest word of the dictionary (up to ``longest`` characters) at ``text[i:]`` and
    its tag; ``("", "")`` when none is there."""
    stop = min(len(text), i + longest)
    if i + 1 > stop:
        return "", ""
    d = dictionary()
    get, tag_of = d.children.get, d.tag_of
    node = get(ord(text[i]), -1)
    if node < 0:  # no word starts here
        return "", ""
    t = tag_of[node]
    best = (text[i], d.tag_names[t]) if t else ("", "")
    j = i + 1
    while j < stop:
        node = get((node << 21) | ord(text[j]), -1)
        if node < 0:
            break
        j += 1
        t = tag_of[node]
        if t:
            best = (text[i:j], d.tag_names[t])
    return best


def _route(block: str, d: Dictionary) -> list[tuple[str, str]]:
    """The words of a block of Han characters and letters on jieba's best dictionary path,
    each with its tag ("" for none).

    Each position walks the trie from its character on: each word found there (a node with
    a log-frequency) is weighed with the best path after it, as jieba's ``calc`` does."""
    get, logf_of, logtotal = d.children.get, d.logf_of, d.logtotal
    n = len(block)
    cps = [ord(ch) for ch in block]
    score = [0.0] * (n + 1)
    nxt = list(range(1, n + 2))  # a character the dictionary does not know is a word by itself
    ends = [-1] * n  # the node of the word chosen at each position (-1: an unknown character)
    for k in range(n - 1, -1, -1):
        node = get(cps[k], -1)
        if node < 0:  # no word starts here (the log-frequency of an unknown character is log 1)
            score[k] = (0.0 + score[k + 1]) - logtotal
            continue
        ends[k] = node
        lf = logf_of[node]
        known = lf == lf  # NaN: a mere prefix
        best = (lf if known else 0.0) + score[k + 1]
        j = k + 1
        while j < n:
            node = get((node << 21) | cps[j], -1)
            if node < 0:
                break
            j += 1
            v = logf_of[node]
            if v == v:
                s = v + score[j]
                if s >= best or not known:  # ties go to the longer word, as in jieba
                    best, known = s, True
                    nxt[k], ends[k] = j, node
        score[k] = best - logtotal
    names, tag_of = d.tag_names, d.tag_of
    out, k = [], 0
    while k < n:
        e, node = nxt[k], ends[k]
        out.append((block[k:e], names[tag_of[node]] if node >= 0 else ""))
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
