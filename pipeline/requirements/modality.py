"""Modal cues: which words in a clause ask for action, and how strongly.

``cues(masked, start, end)`` scans with one compiled alternation of every entry of
``models/cues.tsv`` (longest first), so that look-alike words (重要, 只要, 不得要领, 应急)
swallow the cue inside them and are reported as ``none``.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..regexes import guarded
from .lexicon import CueEntry, cue_table
from .quotes import mask


class CueHit(NamedTuple):
    start: int
    end: int
    text: str
    entry: CueEntry
    modality: str  # the entry's


_tuple_new = tuple.__new__


def cues(masked: str, start: int = 0, end: int | None = None) -> list[CueHit]:
    """Every lexicon entry found in ``masked[start:end]``, left to right, longest first."""
    table = cue_table()
    literal = table.literal.get  # most matches are literal entries: one look-up
    out = []
    append = out.append
    for m in table.regex.finditer(masked, start, len(masked) if end is None else end):
        g = m.group()
        e = literal(g) or table.entry(g)
        s, t = m.span()
        append(_tuple_new(CueHit, (s, t, g, e, e.modality)))
    return out


_MODIFIED_HEAD = 10  # characters of the noun a modifier ending in 的 may close its clause with
_CLAUSE_MARKS = "，,；;：:"


def in_modifier(masked: str, h: CueHit, end: int) -> bool:
    """The cue ``h`` stands inside a modifier ending in 的 that a short noun closes the clause
    with (研究制定鼓励…参与乡村振兴的政策; 这是争取…好转的一项基本措施; 执行禁止…的规定): it names a
    kind of thing, it asks for nothing; the clause's verb before it does, if any."""
    j = masked.rfind("的", h.end, end)
    return j > h.end and 0 < end - j - 1 <= _MODIFIED_HEAD and not any(ch in _CLAUSE_MARKS
                                                                       for ch in masked[h.end:end])


def bare_entry() -> CueEntry:
    """Modality and strength of an imperative without a cue."""
    return cue_table().bare


def target_entry() -> CueEntry:
    """Modality and strength of a clause that asks only through its targets."""
    return cue_table().target


def classify(text: str) -> tuple[str, int, str]:
    """``(modality, strength, cue)`` of the first requirement cue in ``text``; ``("", 0, "")``
    when there is none (or a permission or description comes first)."""
    for hit in cues(mask(text)):
        if hit.entry.asks:
            return hit.modality, hit.entry.strength, hit.text
        if hit.modality in ("permission", "description"):
            break
    return "", 0, ""


class Announcements(NamedTuple):
    will: re.Pattern[str]  # [adverb] auxiliary, not a look-alike, at a position
    provision: re.Pattern[str]  # a first-person provision (已预留) at a position
    first: frozenset[str]


@cache
def announcements() -> Announcements:
    """``models/announcements.tsv`` compiled: what follows a named party that announces its act."""
    from ..resources import read_tsv
    from .lexicon import trie_pattern

    by: dict[str, set[str]] = {}
    for row in read_tsv("announcements.tsv"):
        by.setdefault(row["role"], set()).add(row["word"])
    adverb, will, nots = (trie_pattern(by.get(k, ())) for k in ("adverb", "will", "not"))
    # guarded: re has no scan of its own for a pattern opening with an optional word (may_announce
    # searches every unit: three times as fast, the same matches)
    return Announcements(re.compile(guarded(f"(?:{adverb})?(?!{nots})(?:{will})")),
                         re.compile(guarded(f"(?:{adverb})?(?:{trie_pattern(by.get('provision', ()))})")),
                         frozenset(by.get("first", ())))


def announces(masked: str, name: str, pos: int) -> str:
    """What the text at ``pos``, right after the party ``name``, announces: "will" (会…, 将…,
    正在…), "provision" (我已预留…: the first-person speaker's own provision) or ""."""
    a = announcements()
    if name in a.first and a.provision.match(masked, pos):
        return "provision"
    return "will" if a.will.match(masked, pos) else ""


def may_announce(masked: str, start: int, end: int) -> bool:
    """``masked[start:end]`` holds an auxiliary or a provision of :func:`announces` anywhere
    (a cheap test before the clauses are read)."""
    a = announcements()
    return a.will.search(masked, start, end) is not None or a.provision.search(masked, start, end) is not None
