"""Clean text for the later stages, with an exact map back to the original.

What is normalised (each rule looks only at the characters right beside it, so a
span of the clean text maps back to a span of the original whose own
normalisation is that span's text):

* stray white space next to a CJK character or CJK punctuation is removed
  (``完整 、真实``, ``百 年``, ideographic indentation); other runs of spaces fold to one;
* full-width digits, Latin letters and ``％ ． ／ － ～ ＋ ＜ ＝ ＞`` become ASCII;
  CJK punctuation (``，。：；（）``) stays as it is;
* corner quotes ``「」『』`` become ``“”‘’``; ``\\r\\n`` and ``\\r`` become ``\\n``;
* redaction marks (``**``, ``***``, ``××``, ``□``) become ``某``;
* optional: Traditional → Simplified (OpenCC ``t2s``), character for character;
* optional: hard line breaks inside paragraphs are joined (``join_lines``):
  ``"auto"`` joins only in documents that look hard-wrapped (most lines of one
  width, ending without punctuation).  This rule looks at whole lines.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Sequence

_FULLWIDTH_KEEP = set("，。：；（）！？、【】《》“”‘’")
_FULLWIDTH_MAP = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # digits
_FULLWIDTH_MAP.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # A-Z
_FULLWIDTH_MAP.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # a-z
_FULLWIDTH_MAP.update({"％": "%", "．": ".", "／": "/", "－": "-", "～": "~", "＋": "+",
                       "＜": "<", "＝": "=", "＞": ">", "「": "“", "」": "”", "『": "‘",
                       "』": "’", "\u00a0": " "})
_REDACTION = re.compile(r"[*＊]{2,}|×{2,}|□+")
_HSPACE = re.compile(r"[ \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
_TERMINAL = set("。！？；：…”’）)》!?;:")


def is_cjk(ch: str) -> bool:
    """A CJK ideograph or CJK/full-width punctuation (the characters stray spaces stick to)."""
    if not ch:
        return False
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3000 <= o <= 0x303F  # CJK punctuation, 〇
        or 0xFF00 <= o <= 0xFFEF  # full-width forms
        or 0x2010 <= o <= 0x206F  # general punctuation: “”‘’—…
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FA1F
    )


@dataclass(frozen=True)
class OffsetMap:
    """For each clean character ``i``: the original interval ``[src_start[i], src_end[i])``
    it came from.  Intervals are non-decreasing and do not overlap."""

    src_start: tuple[int, ...]
    src_end: tuple[int, ...]
    raw_len: int

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the original span it came from."""
        n = len(self.src_start)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) outside the clean text of {n} characters")
        if start == end:
            pos = self.src_start[start] if start < n else self.raw_len
            return pos, pos
        return self.src_start[start], self.src_end[end - 1]

    def to_clean(self, raw_pos: int) -> int:
        """The clean index of the first clean character at or after original offset ``raw_pos``."""
        return bisect_right(self.src_end, raw_pos)

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """``self`` maps text B → A, ``inner`` maps C → B; return C → A."""
        starts = tuple(self.src_start[s] if s < len(self.src_start) else self.raw_len for s in inner.src_start)
        ends = tuple(self.src_end[e - 1] if e > 0 else 0 for e in inner.src_end)
        return OffsetMap(starts, ends, self.raw_len)

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls(tuple(range(n)), tuple(range(1, n + 1)), n)


@dataclass(frozen=True)
class Text:
    """The normalised text and its map to the original."""

    clean: str
    offsets: OffsetMap

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_raw(start, end)


class _Builder:
    def __init__(self, raw_len: int):
        self.out: list[str] = []
        self.s: list[int] = []
        self.e: list[int] = []
        self.raw_len = raw_len

    def emit(self, text: str, a: int, b: int) -> None:
        """Clean ``text`` came from original ``[a, b)``: spread it character by character
        when the lengths agree, else every character gets the whole interval."""
        if len(text) == b - a:
            for k, ch in enumerate(text):
                self.out.append(ch)
                self.s.append(a + k)
                self.e.append(a + k + 1)
        else:
            for ch in text:
                self.out.append(ch)
                self.s.append(a)
                self.e.append(b)

    def build(self) -> Text:
        return Text("".join(self.out), OffsetMap(tuple(self.s), tuple(self.e), self.raw_len))


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # optional at run time; declared as a dependency

    return opencc.OpenCC("t2s")


def _local_pass(raw: str, t2s: bool) -> Text:
    b = _Builder(len(raw))
    conv = _t2s() if t2s else None
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            j = i + 2 if raw.startswith("\r\n", i) else i + 1
            b.emit("\n", i, j)
            i = j
            continue
        m = _HSPACE.match(raw, i)
        if m:
            j = m.end()
            left = raw[i - 1] if i > 0 else ""
            right = raw[j] if j < n else ""
            if not (is_cjk(left) or is_cjk(right) or _REDACTION.match(raw, j)):
                b.emit(" ", i, j)  # fold to one space between non-CJK neighbours
            i = j
            continue
        m = _REDACTION.match(raw, i)
        if m:
            b.emit("某", i, m.end())
            i = m.end()
            continue
        out = _FULLWIDTH_MAP.get(ch, ch)
        if conv is not None and 0x3400 <= ord(out) <= 0x9FFF:
            conv_ch = conv.convert(out)
            out = conv_ch if len(conv_ch) == 1 else out
        b.emit(out, i, i + 1)
        i += 1
    return b.build()


def _looks_hard_wrapped(lines: Sequence[str]) -> int:
    """The wrap width if most long lines share one width and end mid-sentence, else 0."""
    long = [ln for ln in lines if len(ln) >= 15]
    if len(long) < 8:
        return 0
    width, count = Counter(len(ln) for ln in long).most_common(1)[0]
    near = [ln for ln in long if abs(len(ln) - width) <= 2]
    open_end = [ln for ln in near if ln[-1] not in _TERMINAL]
    if len(near) >= 0.5 * len(long) and len(open_end) >= 0.5 * len(near):
        return width
    return 0


def _join_pass(text: Text, mode: str) -> Text:
    clean = text.clean
    lines = clean.split("\n")
    width = _looks_hard_wrapped(lines) if mode == "auto" else (1 if mode is True else 0)
    if not width:
        return text
    b = _Builder(len(clean))
    pos = 0
    for k, ln in enumerate(lines):
        b.emit(ln, pos, pos + len(ln))
        pos += len(ln)
        if k == len(lines) - 1:
            break
        nxt = lines[k + 1]
        join = (
            ln
            and nxt
            and ln[-1] not in _TERMINAL
            and len(ln) >= width - 2
            and not _MARKER_START.match(nxt)
        )
        if not join:
            b.emit("\n", pos, pos + 1)
        pos += 1
    inner = b.build()
    return Text(inner.clean, text.offsets.compose(inner.offsets))


_MARKER_START = re.compile(r"\s*(?:[一二三四五六七八九十]+[、是要]|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|第[一二三四五六七八九十百]+[章节条部分])")


def normalize(raw: str, *, t2s: bool = False, join_lines: Literal["auto", True, False] | bool = "auto") -> Text:
    """Normalise ``raw`` (see the module doc) and return the clean text with its offset map."""
    text = _local_pass(raw, t2s)
    if join_lines:
        text = _join_pass(text, "auto" if join_lines == "auto" else True)
    return text


__all__ = ["normalize", "Text", "OffsetMap", "is_cjk"]
