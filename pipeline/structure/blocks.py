"""Regions of a document: title, docnum, salutation, preamble, body, issuer, closing.

Lines are classified one by one (cheap regexes and the phrase lists of
``models/structure_phrases.tsv``):

* ``title``: the short unpunctuated lines above a document number (国发〔2019〕4号),
  or the first such line after a signature (the title of an attached plan); an
  attachment line (附件1) and the title under it;
* ``docnum``: the document number line;
* ``salutation``: 同志们：, 各位代表！, or the addressee line of an official document
  (各省、自治区、直辖市人民政府…：); also at the head of a line that lost its breaks;
* ``issuer``: the signing organ and the date under an official document;
* ``closing``: 散会, 谢谢大家 at the end of a speech; notes like （此件公开发布）;
* ``notes``: footnotes under the text (① 某某：《某书》，第12页。);
* the rest is ``preamble`` before the first heading, ``body`` after it.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Iterator, Mapping, Optional, Sequence

from ..records import Block, Directive
from ..resources import char_class
from .markers import STYLE_BY_NAME, load_phrases

_N10 = f"0-9０-９{char_class('digits_1_10')}"  # a small number, Arabic or Chinese

_DOCNUM = re.compile(r"^\S{1,20}[〔\[［【(（][0-9０-９]{4}[〕\]］】)）]\s*[0-9０-９]{1,4}\s*号$")
_DATE = re.compile(rf"^(?:[0-9０-９]{{4}}|[{char_class('year_digits')}]{{4}})\s*年\s*[{_N10}]{{1,3}}\s*月"
                   rf"\s*[{_N10}]{{1,3}}\s*日$")
_PUNCT = re.compile(r"[。，；：！？,;:!?]")
_LINE = re.compile(r"[^\n]+")

SALUTATIONS: tuple[str, ...] = tuple(p for p, _ in load_phrases("salutation"))
CLOSINGS: tuple[str, ...] = tuple(p for p, _ in load_phrases("closing"))
NOTES: tuple[str, ...] = tuple(p for p, _ in load_phrases("note"))
_SALUTATION = re.compile("(?:" + "|".join(map(re.escape, sorted(SALUTATIONS, key=len, reverse=True)))
                         + r")\s*[：:！!，,]")
_ADDRESSEE = re.compile(r"^各[^。！？\n]{2,80}[：:]$")
_CLOSING = re.compile("|".join(map(re.escape, sorted(CLOSINGS, key=len, reverse=True))))
PARTS: Mapping[str, str] = MappingProxyType({p: v for p, v in load_phrases("part")})  # 附件 → title, 注 → notes
_PART = re.compile(r"^(?P<word>" + "|".join(map(re.escape, PARTS)) + rf")\s*[{_N10}]{{0,3}}\s*[：:]?$")
# An attachment line that names its attachment (附件：某某任务分解表) with the attachment
# itself below it: it starts the attachment as 附件 alone on its line does.  Not a list of
# attachments (附件：1.某某表), which :func:`attachment_lists` reads.
_TITLE_PARTS = tuple(p for p, v in PARTS.items() if v == "title")
_PART_NAMED = re.compile(r"^(?:" + "|".join(map(re.escape, _TITLE_PARTS)) + rf")[ \t\u3000]*[{_N10}]{{0,3}}"
                         rf"[ \t\u3000]*[：:][ \t\u3000]*(?![0-9０-９]{{1,2}}[.．、]|[（(][{_N10}])"
                         r"[^。；！？，,;!?\s][^。；！？\n]{1,40}$")
_NOTE = re.compile(r"^[（(](?:" + "|".join(map(re.escape, NOTES)) + r")[）)]$")
# A footnote under the text: ① 某某：《某书》，某出版社，第12页。
_FN = {value: re.escape(phrase) for phrase, value in load_phrases("footnote")}  # 注, 第 页, 年版
_FOOTNOTE = re.compile(rf"^(?:[\u2460-\u2473]|{_FN['mark']}[0-9０-９]*[：:]|\[[0-9]{{1,2}}\]).{{0,200}}"
                       rf"(?:{_FN['page_open']}\s*[0-9０-９]+(?:[—-][0-9０-９]+)?\s*{_FN['page_close']}"
                       rf"|[0-9]{{4}}{_FN['edition']})[。.]?$")
_CLOSING_MAX = 30  # a closing line is short
_TITLE_MAX = 40
_HEAD_LINES = 6  # a document number stands within the first lines


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_title_line(line: str) -> bool:
    return len(line) <= _TITLE_MAX and not _PUNCT.search(line)


def _classify(text: str, lines: list[tuple[int, int]]) -> list[Optional[str]]:
    kinds: list[Optional[str]] = [None] * len(lines)
    texts = [text[s:e] for s, e in lines]
    for k, t in enumerate(texts[:_HEAD_LINES]):
        if _DOCNUM.match(t):
            kinds[k] = "docnum"
            for j in range(k):
                if _is_title_line(texts[j]):
                    kinds[j] = "title"
            break
        if _SALUTATION.fullmatch(t):  # a speech or report: the short lines above are its title
            for j in range(k):
                if _is_title_line(texts[j]) or texts[j].startswith("——"):
                    kinds[j] = "title"
            break
    expect_title = False  # after a signature or an attachment line, a title may follow
    for k, t in enumerate(texts):
        if kinds[k] is not None:
            continue
        was_expecting, expect_title = expect_title, False
        if _DATE.match(t) and k > 0 and _is_title_line(texts[k - 1]) and len(texts[k - 1]) <= 25:
            kinds[k - 1] = kinds[k] = "issuer"
            expect_title = True
        elif _PART.match(t):
            kinds[k] = PARTS[_PART.match(t).group("word")]
            expect_title = kinds[k] == "title"
        elif _PART_NAMED.match(t):
            kinds[k] = "title"  # 附件：某某表, the attachment's title on the same line
        elif _FOOTNOTE.match(t):
            kinds[k] = "notes"
        elif _NOTE.match(t):
            kinds[k] = "closing"
            expect_title = True
        elif was_expecting and k + 1 < len(texts) and _is_title_line(t):
            kinds[k] = "title"
        elif _SALUTATION.fullmatch(t) or (_ADDRESSEE.match(t) and k > 0 and kinds[k - 1] == "docnum"):
            kinds[k] = "salutation"
        elif k >= max(1, len(texts) - 2) and len(t) <= _CLOSING_MAX and _CLOSING.search(t):
            kinds[k] = "closing"
    return kinds


def stops(text: str) -> tuple[list[int], int]:
    """Where the numbered tree stops: the starts of the signatures and attachment lines
    inside the text (numbering starts afresh after them), and where the closing lines
    at the end begin (``len(text)`` when there are none)."""
    lines = _lines(text)
    if not lines:
        return [], len(text)
    kinds = _classify(text, lines)
    k = len(lines)
    while k > 0 and kinds[k - 1] in ("closing", "issuer", "notes"):
        k -= 1
    if k < len(lines):
        tail = lines[k][0]
    else:
        s, e = lines[-1]
        last = _last_sentence(text, s, e)
        tail = last if last is not None else len(text)
    resets = []
    for j in range(k):
        kind = kinds[j]
        line = text[lines[j][0]:lines[j][1]]
        if kind == "issuer" or (kind in ("title", "notes") and (_PART.match(line) or _PART_NAMED.match(line))):
            if j == 0 or kinds[j - 1] != kind:
                resets.append(lines[j][0])
    return resets, tail


CONTENTS: tuple[str, ...] = tuple(p for p, _ in load_phrases("contents"))
_CONTENTS = re.compile(r"^[ \t\u3000]*(?:" + "|".join("[ \t\u3000]*".join(map(re.escape, p)) for p in CONTENTS)
                       + r")[ \t\u3000]*[：:]?[ \t\u3000]*$", re.MULTILINE)
_CONTENTS_MAX_LINES = 200
_SQUASH = re.compile(r"[\s\u3000\u00a0]+")


def contents_span(text: str) -> tuple[int, int] | None:
    """The table of contents (目录 and the entry lines under it) at the head of a
    document, or None.  It ends where its first entry comes again (the body begins; page
    numbers and leader dots of the entries are left out of the comparison); without such
    a repeat, at the first line that holds a sentence mark, or at the end of the text."""
    m = _CONTENTS.search(text)
    if m is None:
        return None
    entries: list[str] = []
    for k, lm in enumerate(_LINE.finditer(text, m.end())):
        line = _PAGE.sub("", _SQUASH.sub("", lm.group()))
        if not line:
            continue
        if entries and line == entries[0]:
            return m.start(), lm.start()
        if _PUNCT.search(line) or len(line) > _TITLE_MAX or k > _CONTENTS_MAX_LINES:
            return (m.start(), lm.start()) if entries else None
        entries.append(line)
    return (m.start(), len(text)) if entries else None


_PAGE = re.compile(r"[.．…·]*[0-9０-９]*$")


_ANNEX = re.compile(r"^[ \t\u3000]*(?:" + "|".join(map(re.escape, (p for p, v in PARTS.items() if v == "title")))
                    + rf")[ \t\u3000]*[{_N10}]{{0,3}}[ \t\u3000]*[：:]?[ \t\u3000]*$", re.MULTILINE)


_ANNEX_NAMED = re.compile(r"^[ \t\u3000]*(?=" + _PART_NAMED.pattern[1:-1] + r"[ \t\u3000]*$)", re.MULTILINE)


def annex_starts(text: str) -> list[int]:
    """Starts of the attachment lines (附件, 附件2, 附表1, or 附件：某某表 naming the one
    attachment below it): an annex begins."""
    starts = {m.start() for m in _ANNEX.finditer(text)}
    if "：" in text or ":" in text:
        starts.update(m.start() for m in _ANNEX_NAMED.finditer(text))
    return sorted(starts)


_LIST_HEAD = re.compile(r"^[ \t\u3000]*(?P<word>" + "|".join(map(re.escape, PARTS)) + r")[ \t\u3000]*[：:]",
                        re.MULTILINE)
_LIST_ITEM = re.compile(rf"[ \t\u3000]*(?:[0-9０-９]{{1,2}}[.．、]?|[（(][{_N10}]{{1,3}}[）)])"
                        r"[^。；！？\n]{1,60}\n?")


def attachment_lists(text: str) -> list[tuple[int, int]]:
    """Spans of the numbered lists of attachments after ``附件：`` (1.某某汇总表 2.…): they
    name other documents and are not numbered items of this one."""
    out = []
    for m in _LIST_HEAD.finditer(text):
        if PARTS.get(m.group("word")) != "title":
            continue
        pos = m.end()
        nl = text.find("\n", pos)
        if nl >= 0 and not text[pos:nl].strip(" \t\u3000"):
            pos = nl + 1
        end = pos
        while True:
            item = _LIST_ITEM.match(text, end)
            if item is None or item.end() == end:
                break
            end = item.end()
        if end > pos:
            out.append((m.start(), end))
    return out


_PLAIN_CHARS = r"[^\s。，；：！？、,;:!?0-9０-９()（）【】\[\]〔〕—…·]{2,20}"
_PLAIN = re.compile(_PLAIN_CHARS)
_PLAIN_LINE = re.compile(r"^[ \t\u3000]*(" + _PLAIN_CHARS + r")[ \t\u3000]*$", re.MULTILINE)


def _neighbour(text: str, s: int, e: int, step: int) -> tuple[int, int] | None:
    """The non-empty line above (step -1) or below (step 1) the line [s, e), trimmed."""
    while True:
        if step < 0:
            if s == 0:
                return None
            e = s - 1
            s = text.rfind("\n", 0, e) + 1
        else:
            if e >= len(text):
                return None
            s = e + 1
            e = text.find("\n", s)
            e = len(text) if e < 0 else e
        a, b = s, e
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            return a, b


def plain_heading_lines(text: str, numbered: Sequence[int]) -> list[int]:
    """Starts of unnumbered heading lines (总体要求, 工作要求): a short line without any
    mark, between a line above and a body line below that are not such lines (which
    leaves out tables flattened to one cell a line and title blocks), and not the
    heading text of a marker that stands alone on the line above.  ``numbered``: the
    starts of the numbering markers."""
    marks = set(numbered)
    out = []
    for m in _PLAIN_LINE.finditer(text):
        s, e = m.span(1)
        above, below = _neighbour(text, s, e, -1), _neighbour(text, s, e, 1)
        if above is None or below is None or s in marks:
            continue
        if _PLAIN.fullmatch(text, *above) or _PLAIN.fullmatch(text, *below):
            continue
        if above[0] in marks and not _PUNCT.search(text, *above):
            continue  # the heading text of 一、 alone on the line above
        out.append(s)
    return out


def trailer_start(text: str) -> int:
    """Where the closing lines (散会, the signature, notes) at the end of ``text`` begin."""
    return stops(text)[1]


_SENT_END = re.compile(r"[。！？!?]")


def _last_sentence(text: str, s: int, e: int) -> Optional[int]:
    """The start of a short closing sentence at the end of a long line (散会！ 谢谢大家！)."""
    inner = [m.end() for m in _SENT_END.finditer(text, s, max(s, e - 1))]
    start = inner[-1] if inner else s
    if start > s and e - start <= _CLOSING_MAX and _CLOSING.search(text, start, e):
        return start
    return None


def find_blocks(text: str, directives: Sequence[Directive] = ()) -> Iterator[Block]:
    """The regions of ``text``, in order; preamble and body split at the first heading."""
    lines = _lines(text)
    if not lines:
        return
    kinds = _classify(text, lines)
    tops = [d for d in directives if d.parent is None]
    headings = [d.start for d in tops if STYLE_BY_NAME.get(d.style) is None or STYLE_BY_NAME[d.style].kind == "heading"]
    first = min(headings) if headings else min((d.start for d in tops), default=None)
    pieces: list[tuple[str, int, int]] = []
    for k, ((s, e), kind) in enumerate(zip(lines, kinds)):
        if kind is not None:
            pieces.append((kind, s, e))
            continue
        if all(p[0] in ("title", "docnum") for p in pieces):
            # 同志们： at the head of the line, or after a title on a line that lost its breaks
            m = _SALUTATION.search(text, s, min(e, s + _TITLE_MAX + 20))
            if m and m.start() > s and _PUNCT.search(text, s, m.start()):
                m = None
            if m:
                if m.start() > s:
                    pieces.append(("title", s, m.start()))
                pieces.append(("salutation", m.start(), m.end()))
                s = m.end()
                while s < e and text[s].isspace():
                    s += 1
        tail = _last_sentence(text, s, e) if k == len(lines) - 1 else None
        pieces.extend(_split_at(text, first, s, e if tail is None else tail))
        if tail is not None:
            pieces.append(("closing", tail, e))
    merged: list[list] = []
    for kind, s, e in pieces:
        if s >= e:
            continue
        if merged and merged[-1][0] == kind and kind != "salutation":
            merged[-1][2] = e
        else:
            merged.append([kind, s, e])
    for kind, s, e in merged:
        yield Block(kind, s, e)


def _split_at(text: str, first: Optional[int], s: int, e: int) -> list[tuple[str, int, int]]:
    """[s, e) as preamble before ``first`` (the first heading) and body from it."""
    if first is None or first <= s:
        return [("body", s, e)]
    if first >= e:
        return [("preamble", s, e)]
    cut = first
    while cut > s and text[cut - 1].isspace():
        cut -= 1
    return [("preamble", s, cut), ("body", first, e)]


__all__ = ["find_blocks", "stops", "trailer_start", "contents_span", "plain_heading_lines", "attachment_lists",
           "annex_starts", "SALUTATIONS", "CLOSINGS"]
