"""Paragraphs (non-empty lines) and sentences.

A sentence ends at 。！？； (or their ASCII forms) or at an ellipsis ……, and keeps the
closing quotes and brackets that follow its final mark (``…所在。”``); a line without
final punctuation (a heading) is a sentence of its own.  Offsets are trimmed of white
space, so every sentence's ``text`` is ``text[start:end]`` and the sentences of a
paragraph cover it up to white space.

A sentence longer than :data:`MAX_SENTENCE` characters (OCR output or a pasted table
without end marks) is cut into pieces of at most that length (:func:`long_cuts`: at a space
or a comma near the limit where there is one) and a ``long_sentence`` flag says so: every
later stage then works on bounded pieces, in time linear in the text's length.

>>> [s.text for s in split_sentences("他说：“好。”我们走吧！\\n一、总体要求\\n")]
['他说：“好。”', '我们走吧！', '一、总体要求']
"""
from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence

from ..records import Flag, Paragraph, Sentence

# The longest sentence a stage works on, in characters.  The longest in the evaluation
# corpora is 501 (638 between 。！？ and line ends, as the quantities stage reads them): a
# real sentence is never cut.  Longer stretches are cut (and flagged) so that what a stage
# does per sentence or per clause stays bounded.
MAX_SENTENCE = 1000
# The longest clause (between ，；：。！？ and line ends) the quantities stage reads back over
# from a number: the longest in the corpora is 224 characters.
MAX_CLAUSE = 300
# Where a cut is preferred, last first: white space, then a comma or an enumeration comma,
# looked for in the last half of the window.
_SOFT_BREAKS = (" \t\u3000", "，,、：:")

_LINE = re.compile(r"[^\n]+")
_ENDS = "。！？；!?;…"
_CLOSE = "”’」』）)\\]】》"
_SENT = re.compile(rf"[^{_ENDS}]+(?:[{_ENDS}]+[{_CLOSE}]*)?|[{_ENDS}]+[{_CLOSE}]*")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def long_cuts(text: str, start: int, end: int, limit: int = MAX_SENTENCE) -> list[int]:
    """Where to cut ``text[start:end]`` so that no piece is longer than ``limit``: the starts
    of the pieces after the first (empty when it is short enough).  Each cut is after the
    last soft break in the second half of its window, else at the limit itself."""
    cuts: list[int] = []
    s = start
    while end - s > limit:
        lo, hi = s + limit // 2, s + limit
        cut = hi
        for chars in _SOFT_BREAKS:
            at = max(text.rfind(ch, lo, hi) for ch in chars)
            if at >= 0:
                cut = at + 1
                break
        cuts.append(cut)
        s = cut
    return cuts


def split_paragraphs(text: str) -> Iterator[Paragraph]:
    """Each non-empty line, trimmed of white space."""
    k = 0
    for m in _LINE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if s < e:
            yield Paragraph(k, s, e)
            k += 1


def split_sentences(text: str, paragraphs: Optional[Sequence[Paragraph]] = None,
                    flags: Optional[list[Flag]] = None) -> Iterator[Sentence]:
    """The sentences of ``text`` (of the given paragraphs, or of every line).  A sentence
    cut because it is too long is reported in ``flags``, when given (one flag per sentence)."""
    paras = paragraphs if paragraphs is not None else split_paragraphs(text)
    k = 0
    for p in paras:
        for m in _SENT.finditer(text, p.start, p.end):
            s, e = _trim(text, m.start(), m.end())
            if s >= e:
                continue
            if e - s <= MAX_SENTENCE:
                yield Sentence(k, s, e, text[s:e], p.id)
                k += 1
                continue
            if flags is not None:
                flags.append(Flag("long_sentence", f"{e - s} characters without an end mark: cut into pieces "
                                  f"of at most {MAX_SENTENCE}", s, e))
            cuts = long_cuts(text, s, e)
            for a, b in zip([s, *cuts], [*cuts, e]):
                a, b = _trim(text, a, b)
                if a < b:
                    yield Sentence(k, a, b, text[a:b], p.id)
                    k += 1


__all__ = ["MAX_CLAUSE", "MAX_SENTENCE", "long_cuts", "split_paragraphs", "split_sentences"]
