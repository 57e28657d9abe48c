"""Traditional characters read as Simplified, position for position: the one fold every stage uses.

The lexicons in ``models/`` are written in Simplified characters.  A text in Traditional
characters (Hong Kong and Taiwan documents, read without ``--t2s``) is folded to Simplified
for *analysis* only — one character for one, through OpenCC's ``t2s`` table, so that every
offset stays valid — and the records keep the text as written: a stage slices its output
strings from the original text, or finds a folded string's original spelling with
:func:`as_written`.  A text that does not look Traditional is returned as it is (the same
object), so the fold costs a Simplified text one small regex scan of its head.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache

from .resources import char_class

# characters that occur only in Traditional writing and are frequent in any running text
_TRAD_ONLY = re.compile(f"[{char_class('trad_only')}]")
_SAMPLE = 4000
_MIN_HITS = 8
_SHORT, _SHORT_HITS, _SHORT_SHARE = 400, 2, 10  # a short text: 2 characters the fold changes, one in 10 at least
_NEAR = 200  # how far from the expected place as_written looks first


@lru_cache(maxsize=1)
def t2s_converter():
    """OpenCC's ``t2s`` converter (loaded on first use), or None where OpenCC is missing."""
    try:
        import opencc  # a declared dependency; only loaded for Traditional texts
    except ImportError:  # pragma: no cover - opencc is installed with zhpolicy
        return None
    return opencc.OpenCC("t2s")


_OCD2_HEADER = b"OPENCC_MARISA_0.2.5"  # OpenCC's dictionary file: this header, then a marisa trie of its keys


@lru_cache(maxsize=1)
def t2s_triggers() -> tuple[frozenset[str], re.Pattern[str]] | None:
    """What OpenCC's ``t2s`` can change: the characters it converts alone, and a pattern of the
    phrases it converts though none of their characters changes alone (回覆, 瞭解到).  A text with
    neither is its own conversion, and so is every piece of it.

    Derived from OpenCC's own files (the dictionaries ``t2s.json`` names, their keys read with
    marisa-trie): every key OpenCC converts to something else holds such a character or is such a
    phrase, and a key matched in a text converts there as it converts alone, so the test is exact.
    None where the files cannot be read."""
    conv = t2s_converter()
    if conv is None:
        return None
    import marisa_trie
    import opencc

    share = os.path.join(os.path.dirname(opencc.__file__), "clib", "share", "opencc")
    try:
        with open(os.path.join(share, "t2s.json"), encoding="utf-8") as fh:
            files = _dict_files(json.load(fh))
        keys: set[str] = set()
        for name in files:
            with open(os.path.join(share, name), "rb") as fh:
                data = fh.read()
            if not data.startswith(_OCD2_HEADER):
                return None
            trie = marisa_trie.Trie()
            trie.frombytes(data[len(_OCD2_HEADER):])
            keys.update(trie.keys())
    except (OSError, ValueError, RuntimeError):
        return None
    if not files:
        return None
    changing = [k for k in keys if conv.convert(k) != k]
    chars = frozenset(k for k in changing if len(k) == 1)
    phrases = sorted((k for k in changing if chars.isdisjoint(k)), key=lambda k: (-len(k), k))
    return chars, re.compile("|".join(map(re.escape, phrases)) or "(?!)")


def t2s_unchanged(text: str) -> bool:
    """Whether OpenCC's ``t2s`` surely leaves ``text`` and every piece of it as they are (asked
    once of a document, so that its phrases skip the converter); False when unsure."""
    triggers = t2s_triggers()
    return triggers is not None and triggers[0].isdisjoint(text) and triggers[1].search(text) is None


def _dict_files(config: object) -> list[str]:
    """The dictionary files an OpenCC configuration names (``"file"`` of every ``dict``, nested groups too);
    ValueError for a dictionary of another type, whose keys this module cannot read."""
    if isinstance(config, list):
        return [f for x in config for f in _dict_files(x)]
    if not isinstance(config, dict):
        return []
    if config.get("type") not in (None, "ocd2", "group"):
        raise ValueError(config.get("type"))
    own = [config["file"]] if "file" in config else []
    return own + [f for v in config.values() for f in _dict_files(v)]


def t2s_same_length(text: str) -> str:
    """``text`` in Simplified characters, one character for one: a phrase that OpenCC would
    convert to another length is converted character by character instead."""
    conv = t2s_converter()
    if conv is None:
        return text
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c2 if len(c2 := conv.convert(ch)) == 1 else ch for ch in text)


def looks_traditional(text: str) -> bool:
    """Whether ``text`` is written in Traditional characters (a few common ones in its head).

    A short text (a sentence or two, a pasted paragraph) cannot hold 8 of them: with one, the
    share of characters the fold changes decides instead (else 政府會繼續… was read unfolded and
    no cue was found in it)."""
    hits = len(_TRAD_ONLY.findall(text, 0, _SAMPLE))
    if hits >= _MIN_HITS or not hits or len(text) > _SHORT:
        return hits >= _MIN_HITS
    changed = sum(a != b for a, b in zip(text, t2s_same_length(text)))  # (only a short text with a hit)
    return changed >= _SHORT_HITS and changed * _SHORT_SHARE >= len(text)


@lru_cache(maxsize=4)
def _fold(text: str) -> str:
    return t2s_same_length(text)


def fold(text: str) -> str:
    """``text`` in Simplified characters, of the same length; ``text`` itself when it does
    not look Traditional (or OpenCC is missing).  The last few folds are remembered, so that
    the stages of one document fold it once."""
    if not looks_traditional(text):
        return text
    return _fold(text)


def as_written(orig: str, folded: str, s: str | None, near: int = 0) -> str | None:
    """The original spelling of ``s``, a substring of ``folded`` (the fold of ``orig``)
    expected near ``near``: the occurrence closest before it, else after it, else anywhere;
    ``s`` itself when it is not found or nothing was folded."""
    if not s or orig is folded:
        return s
    i = folded.rfind(s, max(0, near - _NEAR), near + len(s))
    if i < 0:
        i = folded.find(s, near, near + _NEAR)
    if i < 0:
        i = folded.find(s)
    return orig[i:i + len(s)] if i >= 0 else s


__all__ = ["as_written", "fold", "looks_traditional", "t2s_converter", "t2s_same_length"]
