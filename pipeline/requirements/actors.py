"""Actors: who must act, as the clause names it.

An actor is the subject at the start of a clause — after discourse words (同时, 当前), a
reporting verb (指出), a pivot (要求) or an agent mark (由) — that ends in an actor head of
``models/actors.tsv`` (部门, 党委, 成员 …) or is an actor word by itself (我们), and is
followed by a predicate: a cue, an adverb or a verb (looked up in jieba's dictionary, no
segmentation).  ``各地区、各部门``, ``县级以上地方各级人民政府及国务院部门`` and
``各级党委（党组）`` come out whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .lexicon import actor_lexicon, cue_table, openers
from .clauses import MASK

_MAX_ACTOR = 26
_NP_GLUE = "的、和与及或之各"  # after a head, the name goes on (地方各级人民政府)
_MARKER = re.compile(r"(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[）)]|"
                     r"[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)|——)")
_PRED_TAGS = ("v", "d", "p", "c", "r", "t", "a")
_MODAL = ("obligation", "prohibition", "encouragement", "aim", "permission")


@dataclass(frozen=True)
class ActorHit:
    start: int
    end: int
    via: str  # subject, report, pivot, agent
    follower: str = ""  # what comes after the name: "cue", "listed", "verb", "word" (see _follower)


@lru_cache(maxsize=None)
def _tags() -> dict:
    from ..words import pos_tagger

    return pos_tagger().word_tag_tab


def pos_at(text: str, i: int, longest: int = 6) -> tuple[str, str]:
    """The longest word of jieba's dictionary at ``text[i:]`` and its tag (``("", "")`` if none)."""
    tags = _tags()
    for n in range(min(longest, len(text) - i), 0, -1):
        w = text[i:i + n]
        t = tags.get(w)
        if t:
            return w, t
    return "", ""


def skip_prefix(masked: str, pos: int, end: int) -> int:
    """Past numbering markers, parenthetical notes and discourse words (同时, 当前, 特别是)
    at ``pos``."""
    op = openers()
    while pos < end:
        if masked[pos] in "（(":  # a parenthetical note before the clause, or a stray bracket
            close = masked.find("）" if masked[pos] == "（" else ")", pos)
            pos = close + 1 if 0 < close < end and set(masked[pos + 1:close]) <= {MASK} else pos + 1
            continue
        m = _MARKER.match(masked, pos)
        if m:
            pos = m.end()
            continue
        n = op.starts("skip", masked, pos)
        if n and not _head_at(masked, pos, n):
            pos += n
            continue
        break
    return pos


def _head_at(masked: str, pos: int, n: int) -> bool:
    """An actor word at least ``n`` long starts at ``pos`` (组织部门 is not the verb 组织)."""
    m = actor_lexicon().head_regex.match(masked, pos)
    return bool(m) and m.end() - pos >= n


def _follower(masked: str, i: int, end: int) -> str:
    """What starts at ``i`` after a name: "cue", "listed" (a listed follower, frame or verb:
    每年, 按照, 负责), "verb" (a verb by the dictionary's tag, which may still be part of a
    longer name: 国务院|扶贫开发领导小组), "word" (another tag that opens a predicate), or ""
    when no predicate starts there."""
    if i >= end:
        return ""
    ch = masked[i]
    if ch in _NP_GLUE or ch == MASK:
        return ""
    m = cue_table().regex.match(masked, i)
    if m and cue_table().entry(m.group()).modality in _MODAL:
        return "cue"
    op = openers()
    if op.starts("follow", masked, i) or op.starts("frame", masked, i) or op.starts("verb", masked, i):
        return "listed"
    w, tag = pos_at(masked, i)
    if tag and tag[0] in _PRED_TAGS and not _head_at(masked, i, len(w)):
        return "verb" if tag[0] == "v" else "word"
    return ""


def _blocks_extension(masked: str, a: int, b: int) -> bool:
    """Text between two heads that ends a name: a cue, a follower or a frame of two or more
    characters (single-character prepositions also occur inside names)."""
    op = openers()
    for i in range(a, b):
        if op.starts("follow", masked, i) or op.starts("frame", masked, i) > 1:
            return True
        m = cue_table().regex.match(masked, i)
        if m and cue_table().entry(m.group()).asks:
            return True
    return False


def _has_verb(masked: str, a: int, b: int) -> bool:
    """A listed imperative verb or a preposition inside ``masked[a:b]``: no name holds one
    (分行业建立年轻干部, 多在基层一线锻炼、艰苦地区) — unless the verb stands right before
    a head (市场监管部门, 应急管理部门)."""
    op = openers()
    for i in range(a, b):
        w, tag = pos_at(masked, i)
        if tag == "p" and masked[i] not in _NP_GLUE and not _head_at(masked, i, len(w)):
            return True  # a preposition: 多在基层一线锻炼、艰苦地区…, 标准按照…
        n = op.starts("verb", masked, i)
        if n > 1 and not _head_at(masked, i, n) and not (_head_at(masked, i + n, 1) and (pos_at(masked, i)[1] == "vn" or masked[i:i + n] in actor_lexicon().modifiers)) \
                and not any(
                h.start() < i < h.end() for h in actor_lexicon().head_regex.finditer(masked, max(a, i - 4), i + n)):
            return True
    return False


def subject(masked: str, start: int, end: int, *, topic_ok: bool = False) -> Optional[ActorHit]:
    """The actor named at the start of the clause ``masked[start:end]``, if any.

    ``topic_ok``: the clause is a bare topic (``没有疫情的地区，要…``) whose predicate opens
    the next clause."""
    lex, op = actor_lexicon(), openers()
    pos = skip_prefix(masked, start, end)
    via = "subject"
    for cls in ("report", "pivot", "agent"):
        n = op.starts(cls, masked, pos)
        if n and not _head_at(masked, pos, n):
            via = cls
            pos += n
            break
    if pos >= end:
        return None
    if any(masked.startswith(q, pos) for q in lex.quantifiers):
        return None
    if via == "subject":
        for cls in ("frame", "verb"):
            n = op.starts(cls, masked, pos)
            if n and not _head_at(masked, pos, n):
                return None
        cm = cue_table().regex.match(masked, pos)
        if cm and cue_table().entry(cm.group()).modality != "none":
            return None
        w, tag = pos_at(masked, pos)
        mod = next((x for x in lex.modifiers if masked.startswith(x, pos)), None)
        if mod is not None and not any(_head_at(masked, pos + len(mod) + k, 1) for k in range(3)):
            return None  # 帮扶就业困难人员 is a verb phrase; 帮扶干部, 驻村第一书记 are names
        if mod is None and not _head_at(masked, pos, len(w)):
            # a verb or preposition opens the clause (让…, 用…, 改进…, 宣传各地区…), unless the
            # clause is a topic with a relative clause (没有疫情的地区，要…) or a verbal noun
            # stands right before the head (管理部门)
            relative = topic_ok and "的" in masked[pos:end]
            if tag in ("p", "d", "c") or (tag.startswith("v") and tag != "vn" and not relative):
                return None
            nxt = lex.head_regex.match(masked, pos + len(w))
            if tag == "vn" and not relative and masked[pos + len(w):pos + len(w) + 1] != "、" and (
                    not nxt or nxt.group() in lex.persons):  # 管理部门 and 教育、卫生等部门, not 考察干部
                return None
    if via in ("subject", "report") and masked[start:end].rstrip().endswith("的"):
        return None  # a condition: 年轻干部配备未达比例要求的，…
    limit = min(end, pos + _MAX_ACTOR)
    best: Optional[int] = None
    best_kind = ""
    extendable = True
    first_glued = False
    heads = (lex.head_regex.match(masked, i, limit) for i in range(pos, limit))
    for m in (h for h in heads if h):  # every start, so 财政部|门 still finds 部门
        if best is not None and (not extendable or _blocks_extension(masked, best, m.start())):
            break
        word = m.group()
        if word in lex.whole and m.start() != pos:
            continue
        if len(pos_at(masked, m.start())[0]) > len(word):
            continue  # part of a longer word: 组织部|长, 政府|网, 县|级
        if _has_verb(masked, pos, m.start()):
            break
        e = m.end()
        if e < end and masked[e] in "（(":  # 各级党委（党组）
            close = masked.find("）" if masked[e] == "（" else ")", e)
            if 0 < close < end:
                e = close + 1
        if best is None and not first_glued and e < end and masked[e] in "、和与及或":
            first_glued = True
        kind = "cue" if (e >= end and topic_ok) else _follower(masked, e, end)
        if kind:
            best, best_kind = e, kind
            extendable = kind == "verb" and not openers().starts("verb", masked, e)
    if best is None and first_glued:  # a list: 政务新媒体、政府网站、政务热线等应…
        for i in range(pos, limit):
            if masked[i] in "，,":
                break
            kind = _follower(masked, i, end) if masked[i - 1] == "等" else ""
            if kind in ("cue", "listed", "word"):
                best, best_kind = i, kind
                break
            if _blocks_extension(masked, i, i + 1):
                break
    if best is None:
        return None
    if masked[best - 1] == "等":
        best -= 1
    return ActorHit(pos, best, via, best_kind)
