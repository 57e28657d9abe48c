"""Dictionary look-ups and a small tagger for the few characters that need words.

The requirement stage never segments a whole sentence.  ``pos_at`` reads the longest word
of jieba's dictionary at one position; ``tag`` cuts a short window (the characters after
a cue or an actor, where the action and its object stand) with jieba's own dictionary
route — the same maximum-probability path as ``jieba.posseg`` with ``HMM=False`` — and
tags each word from the dictionary.  Both read jieba's dictionary with our policy terms,
from the tables of :mod:`.jieba_tables` (no Tokenizer is loaded).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Optional

_HAN = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&._]+)")  # jieba's blocks
_ALNUM1 = re.compile(r"[a-zA-Z0-9]")
_NUM = re.compile(r"[.0-9]")
_NUMBER = re.compile(r"[.0-9]+%?")
_LATIN = re.compile(r"[a-zA-Z0-9]+")
MAX_WORD = 6  # longest dictionary word pos_at looks for


@dataclass(frozen=True)
class Dictionary:
    chars: Mapping[str, tuple]  # jieba's words and their prefixes by first character:
    #   character -> (its log-frequency, None for a mere prefix; the characters that may follow
    #   it in a word, a string; its tag or ""; {rest of a word: log-frequency or None};
    #   {rest of a word: tag}) — see jieba_tables.chars_table
    logtotal: float
    char_states: Mapping[str, tuple]  # jieba.posseg's HMM: character -> the (state, tag) pairs it may take
    emit: Mapping[tuple[str, str], Mapping[str, float]]  # (state, tag) -> character -> log emission probability

    def has(self, w: str) -> bool:
        """``w`` is a word of the dictionary or a prefix of one."""
        info = self.chars.get(w[:1])
        return info is not None and (len(w) == 1 or w[1:] in info[3])

    def logf(self, w: str) -> Optional[float]:
        """The log-frequency of the word ``w``; None for a mere prefix or no word at all."""
        info = self.chars.get(w[:1])
        if info is None:
            return None
        return info[0] if len(w) == 1 else info[3].get(w[1:])

    def tag(self, w: str, default: str = "x") -> str:
        """The tag of the word ``w``; ``default`` when it has none."""
        info = self.chars.get(w[:1])
        if info is None:
            return default
        t = info[2] if len(w) == 1 else info[4].get(w[1:])
        return t or default

    def tagged(self):
        """Every ``(word, tag)`` of the dictionary."""
        for c, info in self.chars.items():
            if info[2]:
                yield c, info[2]
            for rest, t in info[4].items():
                yield c + rest, t


_MISSING = -1.0  # rest.get(w, _MISSING) for a string that is no word nor prefix (log(freq) >= 0)


@lru_cache(maxsize=None)
def dictionary() -> Dictionary:
    """jieba's dictionary with our policy terms, and its tags (see :mod:`.jieba_tables`)."""
    from .jieba_tables import load

    t = load()
    return Dictionary(t["chars"], t["logtotal"], t["char_states"], t["emit"])


def pos_at(text: str, i: int, longest: int = MAX_WORD) -> tuple[str, str]:
    """The longest word of the dictionary (up to ``longest`` characters) at ``text[i:]`` and
    its tag; ``("", "")`` when none is there."""
    stop = min(len(text), i + longest)
    if i + 1 > stop:
        return "", ""
    info = dictionary().chars.get(text[i])
    if info is None:  # no word starts here
        return "", ""
    best = (text[i], info[2]) if info[2] else ("", "")
    if i + 2 > stop or text[i + 1] not in info[1]:
        return best
    rest, tags = info[3], info[4]
    j = i + 2
    while j <= stop:
        w = text[i + 1:j]
        if w not in rest:
            break
        t = tags.get(w)
        if t:
            best = (text[i:j], t)
        j += 1
    return best


def _route(block: str, d: Dictionary) -> list[tuple[str, str]]:
    """The words of a block of Han characters and letters on jieba's best dictionary path,
    each with its tag ("" for none).

    Each position asks the table of its character (``d.chars``): its own log-frequency,
    whether any longer word starts there, and the rest of those words."""
    logtotal, missing, chars = d.logtotal, _MISSING, d.chars
    n = len(block)
    score = [0.0] * (n + 1)
    nxt = list(range(1, n + 2))  # a character the dictionary does not know is a word by itself
    infos: list = [None] * n
    for k in range(n - 1, -1, -1):
        info = chars.get(block[k])
        if info is None:  # no word starts here (the log-frequency of an unknown character is log 1)
            score[k] = (0.0 + score[k + 1]) - logtotal
            continue
        infos[k] = info
        lf = info[0]  # None: a mere prefix
        known = lf is not None
        best = (lf if known else 0.0) + score[k + 1]
        if k + 1 < n and block[k + 1] in info[1]:
            get = info[3].get
            j = k + 2
            while j <= n:
                v = get(block[k + 1:j], missing)
                if v is missing:
                    break
                if v is not None:
                    s = v + score[j]
                    if s >= best or not known:  # ties go to the longer word, as in jieba
                        best, nxt[k], known = s, j, True
                j += 1
        score[k] = best - logtotal
    out, k = [], 0
    while k < n:
        e = nxt[k]
        info = infos[k]
        if info is None:
            out.append((block[k], ""))
        elif e == k + 1:
            out.append((block[k], info[2]))
        else:
            out.append((block[k:e], info[4].get(block[k + 1:e], "")))
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
                    out.append(("".join(c for c, _ in buf), "eng"))
                elif len(buf) == 1:
                    out.append((buf[0][0], buf[0][1] or "x"))
                else:
                    run = "".join(c for c, _ in buf)
                    if d.logf(run) is None:  # no word of the dictionary
                        out.extend(_unknown(run))
                    else:
                        out.extend((c, ct or "x") for c, ct in buf)
                buf = []
            if w:
                out.append((w, t or "x"))
    return out
