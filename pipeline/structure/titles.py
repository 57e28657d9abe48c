"""The title of a numbered item: the rest of its heading line, or for a run-in item the
text up to the first 。；：.

When a text has lost its line breaks, a heading runs straight into its body
(``一、关于当前形势问题我们看到，…``).  :func:`split_run_on_heading`
then ends the title after the first heading noun (``工作``, ``问题`` …, from
``models/structure_phrases.tsv``) that is not followed by a connector (``…工作的领导``).

>>> item_title("一、总体要求\\n正文。", 2)
(2, 6)
>>> item_title("（一）指导思想。以…为指导。", 3)
(3, 7)
>>> t = "关于当前重点工作在充分肯定成绩的同时，我们必须看到"
>>> t[:split_run_on_heading(t)]
'关于当前重点工作'
"""
from __future__ import annotations

import re
from typing import Optional

from .markers import load_phrases

_TITLE_END = re.compile(r"[。；：！？;:!?\n]")
_SENTENCE = re.compile(r"[。；：！？;:!?]")
_NEXT_LINE_MAX = 40  # a heading line below a lone marker is not longer
_LEAD = " \t\u3000，,：:"
_TRAIL = " \t\u3000，,、"
_PUNCT = frozenset("，,。；：！？;:!?、）)》”’")

HEADING_ENDS: tuple[str, ...] = tuple(p for p, _ in load_phrases("heading_end"))
OPENERS: tuple[str, ...] = tuple(p for p, _ in load_phrases("opener"))
_OPENER = re.compile("|".join(map(re.escape, sorted(OPENERS, key=len, reverse=True))))
_OPENER_MIN = 4  # a heading is at least this long before an opener may end it
CONNECTORS = frozenset(p for p, _ in load_phrases("connector"))
_HEADING_END = re.compile("|".join(map(re.escape, sorted(HEADING_ENDS, key=len, reverse=True))))
_SPLIT_MIN_LEN = 20  # a shorter run-on title without a comma is taken as it stands
_SPLIT_MAX = 30  # a heading is not longer than this
_BODY_MIN = 8  # in a short run-on title, the body sentence after a heading noun is not shorter


def split_run_on_heading(title: str) -> int:
    """Where a heading that ran into its body ends: the length of the title part of
    ``title`` (``len(title)`` when no heading noun marks an end).

    The end is the last heading noun in the first clause (up to the first ，) that is
    not followed by a connector (…工作的领导, …目标之后) and leaves at most
    ``_SPLIT_MAX`` characters: headings are short, and the nouns that end them also
    stand inside them (关于下一步工作安排问题).  A title of at most ``_SPLIT_MIN_LEN``
    characters without a comma splits only at its first heading noun that leaves a whole
    sentence after it (大力弘扬科学家精神|科学成就离不开精神支撑).  Before that, a phrase that opens a body
    sentence (改革开放以来, 我在…) ends the heading where it stands."""
    m = _OPENER.search(title, _OPENER_MIN, _SPLIT_MAX + 1)
    if m is not None:
        return m.start()
    short = len(title) <= _SPLIT_MIN_LEN and "，" not in title
    comma = title.find("，")
    clause = title if comma < 0 else title[:comma]
    best = len(title)
    for m in _HEADING_END.finditer(clause, 0, _SPLIT_MAX + 2):
        if m.start() < 2 or m.end() > _SPLIT_MAX:
            continue
        nxt = clause[m.end():m.end() + 1]
        if not nxt or nxt in CONNECTORS or nxt in _PUNCT:
            continue
        if short and (len(clause) - m.end() < _BODY_MIN or best < len(title)):
            continue  # a short title splits only once, before a whole sentence (…科学家精神科学成就离不开精神支撑)
        best = m.end()
    return best


def item_title(text: str, pos: int, limit: Optional[int] = None, *, run_on: bool = False) -> tuple[int, int]:
    """The span of the title that starts after a marker ending at ``pos``.

    It ends at the first 。；：！？ or line break, or at ``limit`` (the next marker on the
    same line).  ``run_on`` asks for :func:`split_run_on_heading` (a heading whose line
    break was lost).  A marker alone on its line takes its title from the next line."""
    n = len(text) if limit is None else min(limit, len(text))
    s = pos
    while s < n and text[s] in _LEAD:
        s += 1
    if s < n and text[s] == "\n":  # "一、" alone on its line: the next line if it is a heading
        t = s + 1
        while t < n and text[t] in " \t\u3000\n":
            t += 1
        eol = text.find("\n", t, n)
        eol = n if eol < 0 else eol
        if _SENTENCE.search(text, t, eol) or eol - t > _NEXT_LINE_MAX:
            return pos, pos  # 第一条 alone on its line, its body below: no heading text
        s = t
    m = _TITLE_END.search(text, s, n)
    e = m.start() if m else n
    if run_on:
        e = s + split_run_on_heading(text[s:e])
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    return s, e


__all__ = ["item_title", "split_run_on_heading", "HEADING_ENDS", "CONNECTORS"]
