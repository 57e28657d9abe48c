"""Blocks, paragraphs, sentences and the numbered directive tree.

PLACEHOLDER: the structure issue (#4) replaces these with the real stage.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from ..records import Block, Directive, Flag, Paragraph, Sentence

_SENT_END = re.compile(r"[^。！？；\n]*(?:[。！？；]+[”’」』）)]*|\n|$)")


def split_paragraphs(text: str) -> Iterator[Paragraph]:
    pos = 0
    k = 0
    for line in text.split("\n"):
        if line.strip():
            yield Paragraph(k, pos, pos + len(line))
            k += 1
        pos += len(line) + 1


def split_sentences(text: str, paragraphs: Sequence[Paragraph] | None = None) -> Iterator[Sentence]:
    paragraphs = list(paragraphs) if paragraphs is not None else list(split_paragraphs(text))
    k = 0
    for p in paragraphs:
        for m in _SENT_END.finditer(text, p.start, p.end):
            s, e = m.start(), m.end()
            if text[s:e].strip():
                yield Sentence(k, s, e, text[s:e], p.id)
                k += 1


def find_directives(text: str) -> tuple[list[Directive], list[Flag]]:
    return [], []


def find_blocks(text: str, directives: Sequence[Directive] = ()) -> Iterator[Block]:
    yield Block("body", 0, len(text))
