"""Paragraphs (non-empty lines) and sentences.

A sentence ends at 。！？； (or their ASCII forms) or at an ellipsis ……, and keeps the
closing quotes and brackets that follow its final mark (``…所在。”``); a line without
final punctuation (a heading) is a sentence of its own.  Offsets are trimmed of white
space, so every sentence's ``text`` is ``text[start:end]`` and the sentences of a
paragraph cover it up to white space.

>>> [s.text for s in split_sentences("他说：“好。”我们走吧！\\n一、总体要求\\n")]
['他说：“好。”', '我们走吧！', '一、总体要求']
"""
from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence

from ..records import Paragraph, Sentence

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


def split_paragraphs(text: str) -> Iterator[Paragraph]:
    """Each non-empty line, trimmed of white space."""
    k = 0
    for m in _LINE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if s < e:
            yield Paragraph(k, s, e)
            k += 1


def split_sentences(text: str, paragraphs: Optional[Sequence[Paragraph]] = None) -> Iterator[Sentence]:
    """The sentences of ``text`` (of the given paragraphs, or of every line)."""
    paras = paragraphs if paragraphs is not None else split_paragraphs(text)
    k = 0
    for p in paras:
        for m in _SENT.finditer(text, p.start, p.end):
            s, e = _trim(text, m.start(), m.end())
            if s < e:
                yield Sentence(k, s, e, text[s:e], p.id)
                k += 1


__all__ = ["split_paragraphs", "split_sentences"]
