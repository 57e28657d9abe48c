"""What a clause opens with, its deadline, and the action and object of a requirement.

``opening`` looks only at the lexicons and at jieba's dictionary tags (no segmentation);
``action_object`` (:mod:`.verbphrase`) tags the clauses of a requirement's predicate — the
only place where the requirement stage segments text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..deadlines import written as deadline_in  # noqa: F401  (re-exported: the one home is ..deadlines)
from ..deadlines import horizon_end, lexicon as deadline_lexicon, words as deadline_words
from ..resources import char_class
from .lexicon import openers
from .quotes import MASK
from .scan import _NONE, CONDITION, FOLLOW, FRAME, HEAD, NONVERB, PIVOT, QUANTIFIER, REPORT, VERB, Scan
from .verbphrase import action_object

__all__ = ["action_object", "deadline_in", "deadline_frame", "opening"]

_VERB_TAGS = ("v", "vd", "vi", "vg")  # the verb after a prepositional object (not a verbal noun: 安全|教育)
_VERB_TAGS = ("v", "vd", "vi", "vg", "d")  # not vn (改革发展稳定任务), not ad (正确政治路线)

def _any(role: str) -> str:
    return "|".join(re.escape(w) for w in deadline_words(role))


_Y, _M, _D = char_class("date_frame")  # 年 月 日
_DATE_FRAME = re.compile(
    rf"(?:{_any('frame_pre')})?\s*(?:20\d\d|19\d\d)\s*{_Y}(?:\d{{1,2}}{_M}(?:\d{{1,2}}{_D})?)?"
    rf"(?:{_any('frame_end')})?(?:{_any('before')})?"
    rf"|(?:{_any('frame_to')})(?:{_any('frame_far')}|\S{{0,4}}末)"
    rf"|(?P<plan>{_any('plan_pre')})[“\"]{MASK}{{2,4}}[”\"](?:{_any('plan_word')})?(?:{_any('plan_tail')})")
# a year alone (2027年，制定…): a deadline only where a verb opens the next clause (_Group.imperative)
_YEAR_ONLY = re.compile(rf"(?:20|19)\d\d\s*{_Y}")


# the characters _DATE_FRAME can start with (besides space)
_DATE_START = frozenset({w[0] for w in deadline_words("frame_pre")} | {w[0] for w in deadline_words("plan_pre")}
                        | set("12"))

_DUE_PREFIX = re.compile(rf"(?:(?:20|19)\d\d\s*{_Y}\s*)?(?:\d{{1,2}}\s*{_M}(?:\d{{1,2}}{_D})?)?"
                         rf"(?:{_any('frame_end')})?(?:{_any('before')})")


@lru_cache(maxsize=1)
def _due_words() -> tuple[re.Pattern, frozenset[str]]:
    """The words of ``models/deadlines.tsv`` that set a limit inside the year without a number (年底前,
    年内, 上半年, 第一季度): those ending in a ``limit_end`` word, and the halves and quarters; and their
    first characters (a clause opening with none needs no match)."""
    ws = [w for w in deadline_lexicon().cues if w[0] != _M and (w.endswith(deadline_words("limit_end"))
                                                        or w[0] in char_class("deadline_part_lead"))]
    return re.compile("|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))), frozenset(w[0] for w in ws)


def due_prefix_end(masked: str, pos: int, end: int) -> int:
    """The end of a deadline that opens a clause and runs into its subject or verb (2019年6月底前各省份要…,
    3月底前国家卫生健康委完成…, 年底前完成…, 上半年完成…), else ``pos``."""
    if pos >= end:
        return pos
    if not masked[pos].isdigit():
        rx, first = _due_words()
        if masked[pos] not in first:
            return horizon_end(masked, pos, end)  # most clauses: one slice and a membership test there
        m = rx.match(masked, pos, end)
        return m.end() if m and m.end() < end else pos
    m = _DUE_PREFIX.match(masked, pos, end)
    return m.end() if m and m.end() < end else horizon_end(masked, pos, end)


def opens_with_deadline(masked: str, pos: int, end: int) -> bool:
    """The clause opens with a limit of time, alone or run into its predicate (到2025年，…;
    到2030年前基本建成…; 2026年底前完成…)."""
    if pos >= end or not (masked[pos] in _DATE_START or masked[pos].isspace()):
        return False
    m = _DATE_FRAME.match(masked, pos, end)
    return bool(m) and (masked.startswith(deadline_words("to_word"), pos) or m.group().endswith(("前", "底", "末"))
                        or m.group("plan") is not None)


def year_only(masked: str, pos: int, end: int) -> bool:
    """The clause is a year and nothing else (2027年): in a plan, the time of the task after it."""
    return _YEAR_ONLY.fullmatch(masked, pos, end) is not None


def deadline_frame(masked: str, pos: int, end: int) -> bool:
    """The clause is only a deadline: 到2020年, 2019年6月底前 (a target statement follows)."""
    if pos >= len(masked) or not (masked[pos] in _DATE_START or masked[pos].isspace()):
        return False
    m = _DATE_FRAME.fullmatch(masked, pos, end)
    return bool(m) and (masked.startswith(deadline_words("to_word"), pos) or m.group().endswith(("前", "底", "末"))
                        or m.group("plan") is not None)  # 在“十四五”时期: a plan's span


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


def _modifies(sc: Scan, pos: int) -> int:
    """``Scan.name_modifier``, unless the head after the modifier is only the start of a longer
    word of the dictionary (建设|社|区…: 社 inside 社区, a verb and its object, not 建设单位)."""
    n = sc.name_modifier(pos)
    if n:
        h = sc.at(pos + n)[HEAD]
        w = sc.word(pos + n)[0]
        if len(w) > h and not sc.head_at(pos + n, len(w)):
            return 0
    return n


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
        if n and not sc.head_at(pos, n) and _modifies(sc, pos) < n:  # 用人单位, 管理部门 open a name
            return kind
        f = a[FOLLOW]
        if f and not sc.head_at(pos, f) and (after := opening(sc, pos + f, end)) in ("verb", "cue") \
                and not (after == "cue" and (c2 := sc.cue(pos + f)) is not None
                         and masked[c2[0]:c2[0] + 1] in char_class("opening_copula")):
            return after  # an adverb of manner, then the verb: 因地制宜推广…, 每年开展…; 都要…, 也要…: a cue
            # after the words between a name and its cue (全体干部，都要…: the clause before names the party)
    w, tag = sc.word(pos)
    if c and not (c[1].modality == "none" and tag == "v" and len(w) == c[0] - pos):
        return ""  # a look-alike (必将, 了解), a permission or a description marker; a verb that only
        # hides a cue inside it (适应, 应对) opens an imperative as any verb does
    if w and not sc.head_at(pos, len(w)) and (tag in _VERB_TAGS or w in _lead_words()[0]
                                             and not masked.startswith(_lead_words()[1], pos + len(w))):
        return "verb"
    return ""


@lru_cache(maxsize=1)
def _lead_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """``models/openers.tsv`` class lead: words jieba does not tag as verbs that open an imperative
    at a clause's start only (发展数字经济); not in the scan's verb list, where they would cut names
    and predicates (国家发展的基础, 统筹发展和安全); and class lead_subject, the words after one
    that make it a subject (发展的不竭力量…, 改革将…)."""
    op = openers().by_class
    return op["lead"], tuple(sorted(op["lead_subject"]))
