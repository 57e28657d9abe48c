"""Helpers for the regular expressions built from our lexicons."""
from __future__ import annotations

import re
from typing import Iterable, Optional

_MAX_RANGE = 512  # a character range wider than this is no use as a guard
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def first_chars(pattern: str) -> Optional[set[str]]:
    """The characters a match of ``pattern`` can start with, when the pattern opens with
    literals, a class of literals and short ranges, a group of alternatives that do, or such
    an item repeated (an optional one adds what may follow it) — zero-width assertions
    before it (``^``, look-arounds) are stepped over; else None.  A guard ``(?=[…])`` of
    these characters in front of the pattern changes none of its matches and lets the
    engine reject most positions at once."""
    try:
        from re import _parser as sre  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse as sre  # type: ignore

    def first(items) -> Optional[set[str]]:
        if not items:
            return None
        op, av = items[0]
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero width: the next item consumes the first character
            return first(items[1:])
        if name == "LITERAL":
            return {chr(av)}
        if name == "IN":
            out: set[str] = set()
            for o, v in av:
                if str(o) == "LITERAL":
                    out.add(chr(v))
                elif str(o) == "RANGE" and v[1] - v[0] < _MAX_RANGE:
                    out.update(chr(c) for c in range(v[0], v[1] + 1))
                else:  # a negated class, a category (\d, \w …), a wide range
                    return None
            return out
        if name == "BRANCH":
            out = set()
            for alt in av[1]:
                f = first(list(alt))
                if f is None:
                    return None
                out |= f
            return out
        if name == "SUBPATTERN":
            return first(list(av[-1]))
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            f = first(list(av[2]))
            if av[0] >= 1 or f is None:
                return f
            rest = first(items[1:])  # the item may match nothing: what follows it may come first
            return None if rest is None else f | rest
        return None

    try:
        return first(list(sre.parse(pattern)))
    except Exception:  # an unusual pattern: no guard
        return None


def _engine_scans(pattern: str) -> bool:
    """Whether ``re`` finds by itself the characters a match of ``pattern`` starts with, and
    skips other positions in C: the pattern opens (inside its groups) with a literal, a class,
    or alternatives that each open with a literal (what ``re._compiler`` looks for)."""
    try:
        from re import _parser as sre  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse as sre  # type: ignore
    try:
        items = list(sre.parse(pattern))
    except Exception:  # an unusual pattern: leave it as it is
        return True
    while items and str(items[0][0]) == "SUBPATTERN":
        items = list(items[0][1][-1])
    if not items:
        return False
    op, av = items[0]
    if str(op) in ("LITERAL", "IN"):
        return True
    return str(op) == "BRANCH" and all(alt and str(list(alt)[0][0]) == "LITERAL" for alt in av[1])


def guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead for the characters its matches start with
    (:func:`first_chars`), where ``re`` has no scan of its own for them (an optional first
    item, an alternative opening with a class or ``(?!)``): the engine then rejects most
    positions at once — a search over the archive's units three to four times as fast.  A
    pattern that ``re`` scans by itself, or whose first characters are not known, is
    returned as it is (a guard in front of such a scan only slows it down)."""
    if _engine_scans(pattern) or _GLOBAL_FLAGS.match(pattern):  # (global flags must stay first)
        return pattern
    starts = first_chars(pattern)
    if not starts:
        return pattern
    return f"(?=[{''.join(re.escape(c) for c in sorted(starts))}])(?:{pattern})"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex that matches the longest of ``words`` at a position, written as a trie
    (加(?:强|快)…) so that the engine branches on each character instead of trying every
    word in turn.  Matches nothing when ``words`` is empty."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root) or r"(?!)"
