"""Modal cues: which words in a clause ask for action, and how strongly.

``cues(masked, start, end)`` scans with one compiled alternation of every entry of
``models/cues.tsv`` (longest first), so that look-alike words (重要, 只要, 不得要领, 应急)
swallow the cue inside them and are reported as ``none``.
"""
from __future__ import annotations

from typing import NamedTuple

from .lexicon import CueEntry, cue_table


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


def bare_entry() -> CueEntry:
    """Modality and strength of an imperative without a cue."""
    return cue_table().bare


def target_entry() -> CueEntry:
    """Modality and strength of a clause that asks only through its targets."""
    return cue_table().target


def classify(text: str) -> tuple[str, int, str]:
    """``(modality, strength, cue)`` of the first requirement cue in ``text``; ``("", 0, "")``
    when there is none (or a permission or description comes first)."""
    from .clauses import mask

    for hit in cues(mask(text)):
        if hit.entry.asks:
            return hit.modality, hit.entry.strength, hit.text
        if hit.modality in ("permission", "description"):
            break
    return "", 0, ""
