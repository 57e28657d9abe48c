"""What a clause opens with, and the action and object of a requirement.

``opening`` looks only at the lexicons and at jieba's dictionary tags (no segmentation);
``action_object`` tags the words of one clause of a requirement — the only place where
the requirement stage segments text.
"""
from __future__ import annotations

import calendar
import re
from typing import Optional

from .actors import _head_at, pos_at
from .lexicon import cue_table, openers

_PREPS = ("同", "与", "和", "跟", "向", "对", "把", "将", "给", "为", "按", "在", "以", "从", "由")
_OBJECT_PREPS = ("同", "与", "和", "跟", "向", "对", "把", "将", "给")
_MULTI_PREPS = ("对于", "按照", "根据", "依托", "围绕", "通过", "依照", "依据", "结合", "针对", "关于")
_SKIP_TAGS = ("d", "ad", "r", "t", "m", "c", "u", "f", "q", "x")
_NOUNISH = ("n", "r", "j", "l", "i", "b", "s", "nz", "vn", "an")
_TRIM_OBJECT = "的了着地得，,。；;：:、 "
_QUANTITY_TAIL = re.compile(r"[一二三四五六七八九十两几\d]+[次遍个名人项回轮年月天周]$")
_MAX_OBJECT = 30
_VERB_TAGS = ("v", "vd", "vi", "vg", "d")  # not vn (改革发展稳定任务), not ad (正确政治路线)

_DEADLINE = re.compile(
    r"(?:到|至|于|在|截至)?(?P<y1>20\d\d|19\d\d)\s*年?\s*(?:[－—–\-~～至到]\s*(?P<y2>20\d\d|19\d\d)\s*年)?"
    r"(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<mo>\d{1,2})月(?:底|末)?)?(?P<end>底|末|年底|年末)?(?:前|以前|之前)?")


def frame_verb(masked: str, pos: int) -> bool:
    """The frame at ``pos`` is also an imperative verb (立足…, 围绕…)."""
    op = openers()
    n = op.starts("frame", masked, pos)
    return bool(n) and op.has("verb", masked[pos:pos + n])


_DATE_FRAME = re.compile(
    r"(?:到|至|截至|在)?\s*(?:20\d\d|19\d\d)\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|年底)?(?:前|以前|之前)?"
    r"|(?:到|至)(?:本世纪中叶|\S{0,4}末|今年底|年底)")


def deadline_frame(masked: str, pos: int, end: int) -> bool:
    """The clause is only a deadline: 到2020年, 2019年6月底前 (a target statement follows)."""
    m = _DATE_FRAME.fullmatch(masked, pos, end)
    return bool(m) and (masked.startswith(("到", "至", "截至"), pos) or m.group().endswith(("前", "底", "末")))


def opening(masked: str, pos: int, end: int) -> str:
    """What the text at ``pos`` opens with: "cue", "frame", "verb", "deadline" or ""."""
    if pos >= end:
        return ""
    if deadline_frame(masked, pos, end):
        return "deadline"
    m = cue_table().regex.match(masked, pos)
    if m and cue_table().entry(m.group()).asks:
        return "cue"
    op = openers()
    cls, n = op.longest(masked, pos, ("nonverb", "condition", "frame", "verb", "report", "pivot"))
    if n and not _head_at(masked, pos, n):
        return {"nonverb": "", "frame": "frame", "condition": "condition"}.get(cls, "verb")
    if m:  # a look-alike (必将, 了解), a permission or a description marker
        return ""
    w, tag = pos_at(masked, pos)
    if w and not _head_at(masked, pos, len(w)) and tag in _VERB_TAGS:
        return "verb"
    return ""


def deadline_in(text: str) -> Optional[str]:
    """A deadline the clause states: 到2025年 → "2025", 2022年底前 → "2022-12-31",
    2021—2025年 → "2021/2025", 2020年6月底前 → "2020-06-30"."""
    for m in _DEADLINE.finditer(text):
        if not m.group("y1"):
            continue
        tail = text[m.end():m.end() + 2]
        if tail.startswith(("以来", "来")):
            continue
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
    from ..words import pos_tagger

    out: list[tuple[str, str]] = []
    for p in pos_tagger().lcut(text):
        w, t = p.word, p.flag
        # jieba glues a preposition to the next character (同所, 对此): split it off
        if len(w) > 1 and w[0] in _PREPS and t not in ("v", "p", "n", "vn") and w not in _MULTI_PREPS:
            out.append((w[0], "p"))
            out.extend(_tag(w[1:]) if len(w) > 2 else [(w[1:], pos_at(w[1:], 0)[1] or "x")])
            continue
        out.append((w, t))
    return out


def action_object(text: str) -> tuple[str, str]:
    """``(action, object)`` of a predicate: the first verb (with the verbs right after it)
    and what it governs; a prepositional object (同所联系的年轻干部谈心谈话, 把…作为) stands
    in when the verb has none after it."""
    toks = _tag(text)
    i, n = 0, len(toks)
    pp_prep, pp_np = "", ""
    op = openers()
    while i < n:
        w, t = toks[i]
        if (t.startswith("v") or (op.has("verb", w) and t not in ("d", "ad", "c"))) \
                and not op.has("follow", w) and w not in _MULTI_PREPS:
            break
        if t == "p" or w in _PREPS or w in _MULTI_PREPS:
            j = i + 1
            while j < n - 1 and not (toks[j][1].startswith(_NOUNISH) and toks[j + 1][1].startswith("v")):
                j += 1
            if j >= n - 1:
                break
            pp_prep, pp_np = w, "".join(x for x, _ in toks[i + 1:j + 1])
            i = j + 1
            continue
        if t.startswith(_SKIP_TAGS) or op.has("follow", w) or op.has("skip", w):
            i += 1
            continue
        break
    if i >= n:
        return "", pp_np if pp_prep in _OBJECT_PREPS else ""
    j = i + 1
    if j < n and toks[j][1] == "v" and op.has("verb", toks[j][0]):
        j += 1  # two verbs as one action: 探索建立, 推广应用 (not 完善|举报受理机制)
    action = "".join(w for w, _ in toks[i:j])
    obj = "".join(w for w, _ in toks[j:]).strip(_TRIM_OBJECT)
    obj = _QUANTITY_TAIL.sub("", obj).strip(_TRIM_OBJECT)
    if pp_prep in ("把", "将") or (not obj and pp_prep in _OBJECT_PREPS):
        obj = pp_np
    return action, obj[:_MAX_OBJECT]
