"""Numbering markers: numeral values, marker styles, and the candidates found in a text.

A *candidate* is a token that looks like a numbering marker (``一、``, ``（三）``, ``二是``,
``第一``, ``1.``) standing where a marker may stand: at a line start or after the
punctuation its style allows (see ``models/markers.tsv``).  Whether it really numbers an
item is decided later, in :mod:`.directives`, from the series it belongs to.

>>> cn_value("二十一"), cn_value("十"), cn_value("一百零五")
(21, 10, 105)
>>> [(c.marker, c.number, c.style, c.at)
...  for c in find_candidates("一、总则\\n（一）要求。一是甲；二是乙。")]  # doctest: +NORMALIZE_WHITESPACE
[('一、', 1, 'cn_dun', 'line'), ('（一）', 1, 'cn_paren', 'line'),
 ('一是', 1, 'cn_shi', 'sentence'), ('二是', 2, 'cn_shi', 'clause')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from types import MappingProxyType
from typing import Optional, Sequence

from ..numbers import parse_numeral
from ..regexes import first_chars
from ..resources import char_class, read_tsv

_D9, _TEN, _HUNDRED = f"[{char_class('digits_1_9')}]", char_class("units_lower")[0], char_class("units_lower")[1]
_CN = (rf"(?:{_D9}?{_TEN}{_D9}?|{_D9}{_HUNDRED}(?:[{char_class('zeros')}]{_D9}|{_D9}?{_TEN}{_D9}?)?"
       rf"|{_D9})")  # 一 … 九百九十九
_AR = r"(?<![0-9０-９.．])[0-9０-９]{1,2}"
_ARX = r"[0-9０-９]{1,2}"
_CIRC = r"[\u2460-\u2473]"

# Where a marker may stand.  Closing quotes/brackets after a sentence end, white space
# and indentation are skipped when looking back.
_SENTENCE_END = frozenset("。！？!?")
_CLAUSE_END = frozenset("；：;:")
_COMMA = frozenset("，,")
_CLOSERS = frozenset("”’」』》）)】")
_SPACE = frozenset(" \t\u3000\u00a0")
# A photo credit ("新华社记者 某某/摄") of a web page stands where a line break was lost.
_CAPTION_END = "/摄"

# Quotations and titles of other documents: numbering inside them is not the document's.
_QUOTE_PAIRS = MappingProxyType({"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’"})
_QUOTE_MAX = 600  # an opening quote left unclosed this long is a stray one
# Quotation marks that do not nest in themselves (a quotation inside “…” takes ‘…’): a second
# opening mark soon after the first closes it (the closing mark typed wrong, “四化“要求); a
# later one means the first was never closed.
_MISTYPED_CLOSE = frozenset("“‘「『")
_MISTYPED_MAX = 16


@dataclass(frozen=True)
class Style:
    name: str
    kind: str  # "heading" or "enum"
    mid: str  # "line", "sentence" or "clause": where, besides a line start, the marker may stand
    pattern: str
    glue: str = "-"  # "parent", "child", "both" or "-": see models/markers.tsv
    nest: int = 0  # an enumeration's rank: it never nests inside one of a higher number


@dataclass(frozen=True)
class Candidate:
    """A token that may be a numbering marker."""

    start: int
    end: int
    marker: str  # exactly as in the text
    number: int  # 0 for "最后" (the last of a series; its place comes from the series)
    style: str
    kind: str  # "heading" or "enum"
    at: str  # what precedes it: "line", "sentence", "clause", "comma", "caption"


def cn_value(s: str) -> Optional[int]:
    """The integer value of a marker's Chinese numeral (一 … 九百九十九), else None: the one
    numeral parser, :func:`pipeline.numbers.parse_numeral`, read for whole exact values."""
    if not s or s.isascii():
        return None
    p = parse_numeral(s)
    return int(p.value) if p is not None and not p.approx and p.value.is_integer() else None


def _ascii_digits(s: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in s)


def load_styles() -> tuple[Style, ...]:
    return tuple(Style(r["style"], r["kind"], r["mid"], r["pattern"], r.get("glue") or "-",
                       int(r["nest"]) if (r.get("nest") or "-").isdigit() else 0)
                 for r in read_tsv("markers.tsv"))


def load_phrases(kind: str) -> tuple[tuple[str, str], ...]:
    """(phrase, value) rows of ``models/structure_phrases.tsv`` of one kind."""
    return tuple((r["phrase"], r.get("value") or "") for r in read_tsv("structure_phrases.tsv") if r["kind"] == kind)


STYLES: tuple[Style, ...] = load_styles()
STYLE_BY_NAME = MappingProxyType({s.name: s for s in STYLES})
ORDER_WORDS = MappingProxyType({p: int(v) for p, v in load_phrases("order")})
_LIST_CONJ = tuple(sorted((p for p, _ in load_phrases("list_line_conj")), key=len, reverse=True))  # ；及 / ；或者


def _compile(styles: tuple[Style, ...], lead: bool = True) -> re.Pattern:
    order = "|".join(map(re.escape, sorted(ORDER_WORDS, key=len, reverse=True)))
    parts = []
    for s in styles:
        body = s.pattern.replace("{cn}", f"(?P<n_{s.name}>{_CN})").replace("{ar}", f"(?P<n_{s.name}>{_AR})")
        body = body.replace("{arx}", f"(?P<n_{s.name}>{_ARX})")
        body = body.replace("{circ}", f"(?P<n_{s.name}>{_CIRC})").replace("{order}", f"(?P<n_{s.name}>{order})")
        parts.append(f"(?P<{s.name}>{body})")
    body = "(?:" + "|".join(parts) + ")"
    if not lead:
        return re.compile(body)
    # Only where a marker may stand (see position_kind): the engine skips every other place at
    # once; and after that place only at a character a marker can start with (no alternative
    # of the body is tried at the start of every sentence and clause).
    lead = "(?:^|(?<=[" + re.escape("".join(sorted(_SENTENCE_END | _CLAUSE_END | _COMMA | _CLOSERS
                                                   | {"\n", _CAPTION_END[-1]}
                                                   | {w[-1] for w in _LIST_CONJ}))) + "]))"
    starts = first_chars(body)
    guard = f"(?=[{''.join(re.escape(c) for c in sorted(starts))}])" if starts else ""
    return re.compile(lead + "[ \t\u3000\u00a0]*" + guard + body, re.M)


_MARKER = _compile(STYLES)
_MARKER_HERE = _compile(STYLES, lead=False)  # at a place known to start a clause
_GLUE_PARENT = _compile(tuple(s for s in STYLES if s.glue in ("parent", "both")), lead=False)
_GLUE_PARENT = re.compile("(?=[" + re.escape("".join(sorted(first_chars(_GLUE_PARENT.pattern) or ""))) + "])"
                          + _GLUE_PARENT.pattern) if first_chars(_GLUE_PARENT.pattern) else _GLUE_PARENT
_GLUE_CHILD = _compile(tuple(s for s in STYLES if s.glue in ("child", "both")), lead=False)
_GLUE_CHILD = re.compile("(?=[" + re.escape("".join(sorted(first_chars(_GLUE_CHILD.pattern) or ""))) + "])"
                         + _GLUE_CHILD.pattern) if first_chars(_GLUE_CHILD.pattern) else _GLUE_CHILD
# A heading title glued to what follows: no mark, at most two lines (a hard-wrapped heading).
_GLUE_TITLE = re.compile(r"[^\s。，；：！？、,;:!?（）()《》“”]{2,30}(?:\n[^\s。，；：！？、,;:!?（）()《》“”]{1,30})?")
_QUOTE = re.compile("[" + "".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values()) + "\n]")
# 一、二线城市, 三、四月份, 一是一、二是二: a numeral right after the marker makes it a list of numbers.
_NUMERAL_AFTER = re.compile(rf"[{char_class('digits_1_10')}](?:[{char_class('list_after')}])")


def marker_end(text: str, pos: int = 0) -> int:
    """Where a numbering marker of any style (一、 （一） 1. 第一条 ① 一是) standing at ``pos`` ends, else ``pos``:
    for callers that compare titles with and without their markers."""
    m = _MARKER_HERE.match(text, pos)
    return m.end() if m else pos


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans inside quotation marks and 《》 titles (innermost pairs are not needed: a
    marker anywhere inside the outer pair is excluded).  An opening mark that is not
    closed on its line within ``_QUOTE_MAX`` characters is ignored."""
    spans: list[tuple[int, int]] = []
    open_ch, open_at = None, -1
    for m in _QUOTE.finditer(text):
        ch, i = m.group(), m.start()
        if open_ch is not None and i - open_at > _QUOTE_MAX:
            open_ch = None
        if ch == "\n":
            open_ch = None
        elif open_ch is None:
            if ch in _QUOTE_PAIRS:
                open_ch, open_at = ch, i
        elif ch == _QUOTE_PAIRS[open_ch]:
            spans.append((open_at, i + 1))
            open_ch = None
        elif ch == open_ch and open_ch in _MISTYPED_CLOSE:
            if i - open_at <= _MISTYPED_MAX:  # “四化“要求: a closing mark typed as an opening one
                spans.append((open_at, i + 1))
                open_ch = None
            else:
                open_at = i  # the first mark was never closed: the quotation opens here
    return tuple(spans)


def _inside(spans: tuple[tuple[int, int], ...], starts: list[int], i: int) -> bool:
    k = bisect_right(starts, i) - 1
    return k >= 0 and spans[k][0] < i < spans[k][1]


def position_kind(text: str, i: int) -> Optional[str]:
    """What precedes offset ``i``: "line" (start of a line), "sentence" (after 。！？),
    "clause" (after ；：), "comma", "caption" (after a photo credit), or None (inside a clause)."""
    j = i - 1
    while j >= 0 and text[j] in _SPACE:
        j -= 1
    if j < 0 or text[j] == "\n":
        return "line"
    ch = text[j]
    if ch in _SENTENCE_END:
        return "sentence"
    if ch in _CLAUSE_END:
        return "clause"
    if ch in _COMMA:
        return "comma"
    if ch in _CLOSERS:
        k = j
        while k >= 0 and text[k] in _CLOSERS:
            k -= 1
        if k >= 0 and text[k] in _SENTENCE_END:
            return "sentence"
        if k >= 0 and text[k] in _CLAUSE_END:
            return "clause"
        return None
    if text.endswith(_CAPTION_END, 0, j + 1):
        return "caption"
    for w in _LIST_CONJ:  # …；及(三)…: the last item of a list after its conjunction
        if text.endswith(w, 0, j + 1):
            k = j - len(w)
            while k >= 0 and text[k] in _SPACE:
                k -= 1
            if k >= 0 and text[k] in _CLAUSE_END:
                return "clause"
    return None


_ALLOWED = MappingProxyType({
    "line": frozenset({"line"}),
    "sentence": frozenset({"line", "sentence", "caption"}),
    "clause": frozenset({"line", "sentence", "caption", "clause", "comma"}),
})


def glued_children(text: str) -> dict[int, int]:
    """Headings whose title runs straight into a marker of a lower style, as in scraped
    statutes (``第二章环境影响评价第八条…``, a chapter heading wrapped over two lines and
    glued to its first article): {heading start: start of the glued marker}.

    Both places then start a clause (:func:`find_candidates` takes ``clause_starts``).  A
    heading that stands where no heading may stand counts only as number 1 (the first
    chapter glued to the document title); later ones follow a full stop or a line break."""
    out: dict[int, int] = {}
    if _GLUE_CHILD.search(text) is None:
        return out
    for m in _GLUE_PARENT.finditer(text):
        t = _GLUE_TITLE.match(text, m.end())
        if t is None:
            continue
        child = _GLUE_CHILD.search(text, m.end() + 2, t.end())
        if child is None:
            continue
        if position_kind(text, m.start()) is None:
            name = m.lastgroup
            if cn_value(m.group(f"n_{name}")) != 1:
                continue
        out[m.start()] = child.start()
    return out


def find_candidates(text: str, clause_starts: Sequence[int] = ()) -> list[Candidate]:
    """Every marker-like token at a place its style allows, outside quotations, in text
    order.  ``clause_starts`` are further places that start a clause although no mark
    says so (the end of a heading that ran into its body: …问题第一，…)."""
    spans = quoted_spans(text)
    starts = [s for s, _ in spans]
    out = []
    matches = [(m, None) for m in _MARKER.finditer(text)]
    matches += [(m, "sentence") for m in (_MARKER_HERE.match(text, i) for i in clause_starts) if m]
    for m, at in matches:
        name = m.lastgroup
        style = STYLE_BY_NAME[name]
        start = m.start(name)
        at = at or position_kind(text, start)
        if at is None or at not in _ALLOWED[style.mid]:
            continue
        if spans and _inside(spans, starts, start):
            continue
        num_text = m.group(f"n_{name}")
        if style.kind == "enum" or name == "cn_dun":
            if _NUMERAL_AFTER.match(text, m.end()):
                continue
        if name == "cn_order":
            number = ORDER_WORDS[num_text]
        elif name == "circled":
            number = ord(num_text) - 0x2460 + 1
        elif num_text[0].isdigit():
            number = int(_ascii_digits(num_text))
        else:
            number = cn_value(num_text) or 0
        if number == 0 and name != "cn_order":
            continue
        out.append(Candidate(start, m.end(), m.group(name), number, name, style.kind, at))
    if clause_starts:
        out = sorted({c.start: c for c in reversed(out)}.values(), key=lambda c: c.start)  # found in place first
    return out


__all__ = ["Candidate", "Style", "STYLES", "STYLE_BY_NAME", "ORDER_WORDS", "cn_value", "find_candidates",
           "glued_children",
           "load_phrases", "position_kind", "quoted_spans"]
