"""What a clause opens with, and the action and object of a requirement.

``opening`` looks only at the lexicons and at jieba's dictionary tags (no segmentation);
``action_object`` cuts into words the first few characters of the predicate of a
requirement (:data:`WINDOW`) — the only place where the requirement stage segments text.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import Optional

from .lexicon import openers
from .scan import _NONE, CONDITION, FRAME, NONVERB, PIVOT, QUANTIFIER, REPORT, VERB, Scan
from .tagging import dictionary, pos_at, tag

_PREPS = ("同", "与", "和", "跟", "向", "对", "把", "将", "给", "为", "按", "在", "以", "从", "由")
_PREP_CHARS = frozenset(_PREPS)
_OBJECT_PREPS = ("同", "与", "和", "跟", "向", "对", "把", "将", "给")
_MULTI_PREPS = ("对于", "按照", "根据", "依托", "围绕", "通过", "依照", "依据", "结合", "针对", "关于")
_SKIP_TAGS = ("d", "ad", "r", "t", "m", "c", "u", "f", "q", "x")
_NOUNISH = ("n", "r", "j", "l", "i", "b", "s", "nz", "vn", "an")
_TRIM_OBJECT = "的了着地得，,。；;：:、 "
_QUANTITY_TAIL = re.compile(r"[一二三四五六七八九十两几\d]+[次遍个名人项回轮年月天周]$")
_MAX_OBJECT = 30
WINDOW = 12  # characters cut into words for the action (and a prepositional object)
_PP_VERB_TAGS = ("v", "vd", "vi", "vg")  # the verb after a prepositional object (not a verbal noun: 安全|教育)
_VERB_TAGS = ("v", "vd", "vi", "vg", "d")  # not vn (改革发展稳定任务), not ad (正确政治路线)

_DEADLINE = re.compile(
    r"(?:到|至|于|在|截至)?(?P<y1>20\d\d|19\d\d)\s*年?\s*(?:[－—–\-~～至到]\s*(?P<y2>20\d\d|19\d\d)\s*年)?"
    r"(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<mo>\d{1,2})月(?:底|末)?)?(?P<end>底|末|年底|年末)?(?:前|以前|之前)?")


_DATE_FRAME = re.compile(
    r"(?:到|至|截至|在)?\s*(?:20\d\d|19\d\d)\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|年底)?(?:前|以前|之前)?"
    r"|(?:到|至)(?:本世纪中叶|\S{0,4}末|今年底|年底)")


_DATE_START = frozenset("到至截在12")  # the characters _DATE_FRAME can start with (besides space)


def deadline_frame(masked: str, pos: int, end: int) -> bool:
    """The clause is only a deadline: 到2020年, 2019年6月底前 (a target statement follows)."""
    if pos >= len(masked) or not (masked[pos] in _DATE_START or masked[pos].isspace()):
        return False
    m = _DATE_FRAME.fullmatch(masked, pos, end)
    return bool(m) and (masked.startswith(("到", "至", "截至"), pos) or m.group().endswith(("前", "底", "末")))


_OPENING_CLASSES = ((NONVERB, ""), (CONDITION, "condition"), (FRAME, "frame"), (VERB, "verb"), (REPORT, "verb"),
                    (PIVOT, "verb"))  # earlier classes win ties


@lru_cache(maxsize=4096)
def _opening_kind(a: tuple[int, ...]) -> tuple[str, int]:
    """The opening class of the longest listed word in ``a`` (a ``Scan.at`` answer; there are
    few distinct ones) and its length: earlier classes win ties."""
    kind, n = "", 0
    for cls, name in _OPENING_CLASSES:
        if a[cls] > n:
            kind, n = name, a[cls]
    return kind, n


def opening(sc: Scan, pos: int, end: int) -> str:
    """What the text at ``pos`` opens with: "cue", "frame", "verb", "deadline", "condition"
    or ""."""
    if pos >= end:
        return ""
    masked = sc.text
    ch = masked[pos] if pos < len(masked) else ""
    if (ch in _DATE_START or ch.isspace()) and deadline_frame(masked, pos, end):  # its own first test, inlined
        return "deadline"
    c = sc.cue(pos)
    if c and c[1].asks:
        return "cue"
    a = sc.at(pos)
    if a is not _NONE:  # (no listed word here: nothing to weigh)
        if a[QUANTIFIER] and not sc.head_at(pos, a[QUANTIFIER]):
            return ""  # 不少干部…, 一些地方…: a description of some, not an imperative
        kind, n = _opening_kind(a)
        if n and not sc.head_at(pos, n) and sc.name_modifier(pos) < n:  # 用人单位, 管理部门 open a name
            return kind
    if c:  # a look-alike (必将, 了解), a permission or a description marker
        return ""
    w, tag = sc.word(pos)
    if w and not sc.head_at(pos, len(w)) and tag in _VERB_TAGS:
        return "verb"
    return ""


def deadline_in(text: str) -> Optional[str]:
    """A deadline the clause states: 到2025年 → "2025", 2022年底前 → "2022-12-31",
    2021—2025年 → "2021/2025", 2020年6月底前 → "2020-06-30"."""
    if "20" not in text and "19" not in text:
        return None  # no year
    for m in _DEADLINE.finditer(text):
        if not m.group("y1"):
            continue
        tail = text[m.end():m.end() + 2]
        if tail.startswith(("以来", "来", "起", "开始")):
            continue  # a time from which, not by which: 2016年6月起
        y1 = m.group("y1")
        if m.group("y2"):
            return f"{y1}/{m.group('y2')}"
        if m.group("m") and m.group("d"):
            return f"{y1}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
        if m.group("mo"):
            mo = int(m.group("mo"))
            if 1 <= mo <= 12:
                return f"{y1}-{mo:02d}-{calendar.monthrange(int(y1), mo)[1]:02d}"
        if m.group("end"):
            return f"{y1}-12-31"
        if m.group(0).startswith(("到", "至", "截至")) or re.match(r"\s*年?\s*(?:前|以前|之前)", text[m.end("y1"):m.end("y1") + 4]):
            return y1
    return None


def _tag(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w, t in tag(text):
        # jieba glues a preposition to the next character (同所, 对此): split it off
        if len(w) > 1 and w[0] in _PREP_CHARS and t not in ("v", "p", "n", "vn") and w not in _MULTI_PREPS:
            out.append((w[0], "p"))
            out.extend(_tag(w[1:]) if len(w) > 2 else [(w[1:], pos_at(w[1:], 0)[1] or "x")])
            continue
        out.append((w, t))
    return out


def action_object(text: str, window: int = WINDOW) -> tuple[str, str]:
    """``(action, object)`` of a predicate: the first verb (with the verbs right after it)
    and what it governs; a prepositional object (同所联系的年轻干部谈心谈话, 把…作为) stands
    in when the verb has none after it.

    Only the first ``window`` characters are cut into words (the object is the rest of the
    predicate after the action); the whole predicate only when the action is not settled
    inside the window (a long prepositional phrase, a word cut at its edge)."""
    while True:
        found = _read(text, _tag(text[:window]), cut=len(text) > window)
        if found is not None:
            return found
        window *= 2


@lru_cache(maxsize=None)
def _word_sets() -> tuple[frozenset, frozenset, frozenset]:
    by = openers().by_class
    return by["verb"], by["follow"], by["skip"]


def _goes_on(text: str, start: int, toks: list[tuple[str, str]], cut: int) -> bool:
    """A word of the dictionary that starts with one of ``toks`` (words from ``start`` on)
    may reach past the window's edge at ``cut``: those words are not settled."""
    has = dictionary().has
    for w, _ in toks:
        if has(text[start:cut + 1]):
            return True
        start += len(w)
    return False


def _read(text: str, toks: list[tuple[str, str]], *, cut: bool) -> Optional[tuple[str, str]]:
    """:func:`action_object` over the words ``toks`` of the start of ``text``; None when
    ``cut`` (the words end before the text) and the answer may lie past them."""
    i, n = 0, len(toks)
    pp_prep, pp_np = "", ""
    verbs, follow, skip = _word_sets()
    pos = 0  # where toks[i] starts in text
    while i < n:
        w, t = toks[i]
        if (t[:1] == "v" or (w in verbs and t not in ("d", "ad", "c"))) and w not in follow and w not in _MULTI_PREPS \
                and not (t == "p" and w in _OBJECT_PREPS):  # 把…纳入: the verb after the object
            break
        if t == "p" or w in _PREPS or w in _MULTI_PREPS:
            j = i + 1
            while j < n - 1 and not (toks[j][1].startswith(_NOUNISH) and toks[j + 1][1] in _PP_VERB_TAGS):
                j += 1
            if j >= n - 1:
                if cut:
                    return None
                break
            pp_prep, pp_np = w, "".join(x for x, _ in toks[i + 1:j + 1])
            pos += sum(len(x) for x, _ in toks[i:j + 1])
            i = j + 1
            continue
        if t.startswith(_SKIP_TAGS) or w in follow or w in skip:
            pos += len(w)
            i += 1
            continue
        break
    if cut and (i + 2 > n or _goes_on(text, pos, toks[i:i + 2], sum(len(w) for w, _ in toks))):
        return None  # the action, or the word after it, may be cut at the window's edge
    if i >= n:
        return "", pp_np if pp_prep in _OBJECT_PREPS else ""
    j = i + 1
    if j < n and toks[j][1] == "v" and toks[j][0] in verbs:
        j += 1  # two verbs as one action: 探索建立, 推广应用 (not 完善|举报受理机制)
    action = "".join(w for w, _ in toks[i:j])
    obj = text[pos + len(action):].strip(_TRIM_OBJECT)
    obj = _QUANTITY_TAIL.sub("", obj).strip(_TRIM_OBJECT)
    if pp_prep in ("把", "将") or (not obj and pp_prep in _OBJECT_PREPS):
        obj = pp_np
    return action, obj[:_MAX_OBJECT]
