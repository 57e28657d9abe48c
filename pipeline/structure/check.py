"""Checks that a directive tree is well formed (used by the tests, handy in notebooks).

>>> from pipeline.structure import find_directives
>>> text = "一、甲\\n（一）乙。\\n（二）丙。\\n二、丁"
>>> ds, flags = find_directives(text)
>>> tree_problems(ds, flags, len(text))
[]
"""
from __future__ import annotations

from typing import Sequence

from ..records import Directive, Flag


def tree_problems(directives: Sequence[Directive], flags: Sequence[Flag], text_len: int) -> list[str]:
    """Every way ``directives`` fail to be a well-formed tree over a text of ``text_len``
    characters: ids in order, parents that exist and come earlier, levels one below the
    parent, spans inside the text and inside their parent, sibling spans in order and
    apart, and numbers that go 1, 2, 3 under each parent (or continue the style's
    numbering from the previous section, or start afresh after a ``new_part`` flag)
    unless a flag marks the item."""
    out: list[str] = []
    by_id = {d.id: d for d in directives}
    flagged = {f.start for f in flags}
    parts = sorted(f.start for f in flags if f.code == "new_part" and f.start is not None)
    last_of_style: dict[str, int] = {}
    last_child: dict[tuple, Directive] = {}
    prev: Directive | None = None
    for k, d in enumerate(directives):
        where = f"#{d.id} {d.marker}"
        if d.id != k:
            out.append(f"{where}: id {d.id} at position {k}")
        if not (0 <= d.start < d.end <= text_len):
            out.append(f"{where}: span ({d.start}, {d.end}) outside the text of {text_len}")
        if prev is not None and d.start < prev.start:
            out.append(f"{where}: starts before the item before it")
        if d.parent is None:
            if d.level != 1:
                out.append(f"{where}: level {d.level} without a parent")
        else:
            p = by_id.get(d.parent)
            if p is None or d.parent >= d.id:
                out.append(f"{where}: parent {d.parent} missing or not earlier")
            else:
                if d.level != p.level + 1:
                    out.append(f"{where}: level {d.level} under a level-{p.level} parent")
                if not (p.start <= d.start and d.end <= p.end):
                    out.append(f"{where}: span ({d.start}, {d.end}) outside its parent ({p.start}, {p.end})")
        sib = last_child.get((d.parent, d.style))
        any_sib = last_child.get((d.parent, None))
        if any_sib is not None and any_sib.end > d.start:
            out.append(f"{where}: overlaps its elder sibling {any_sib.marker}")
        if sib is not None and any(sib.start <= p < d.start for p in parts):
            sib = None  # an attachment starts a new tree (as the tree builder reads it: a reset before d)
        expected = {sib.number + 1} if sib is not None else {1, last_of_style.get(d.style, 0) + 1}
        if d.number not in expected and d.start not in flagged:
            out.append(f"{where}: number {d.number}, expected {sorted(expected)}, and no flag")
        last_child[(d.parent, d.style)] = d
        last_child[(d.parent, None)] = d
        last_of_style[d.style] = d.number
        prev = d
    return out


__all__ = ["tree_problems"]
