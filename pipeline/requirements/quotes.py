"""Quotations and bracketed asides masked out, so that a cue inside them does not count.

Below :mod:`.clauses` and :mod:`.modality`, which both mask (neither imports the other for it)."""
from __future__ import annotations

import re

MASK = "〇"
_PAIRS = {"“": "”", "《": "》", "（": "）", "(": ")", "‘": "’", "「": "」", "『": "』", "〔": "〕", "【": "】"}
_OPEN = re.compile("[" + re.escape("".join(_PAIRS)) + "]")


def mask(text: str) -> str:
    """``text`` with the inside of quotes and brackets replaced by MASK (same length).

    An opening mark without its closing mark in ``text`` is left alone."""
    if not _OPEN.search(text):
        return text
    out = list(text)
    i = 0
    while True:
        m = _OPEN.search(text, i)
        if not m:
            break
        close = text.find(_PAIRS[m.group()], m.end())
        if close < 0:
            i = m.end()
            continue
        out[m.end():close] = MASK * (close - m.end())
        i = close + 1
    return "".join(out)
