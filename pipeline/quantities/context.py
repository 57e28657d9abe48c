"""The fields a quantity takes from the words around it: period (每年 → 年), deadline
(到2025年 → "2025", 年底前 → "YYYY-12-31", “十四五”期间 → "2021/2025", 三年内 →
"Y/Y+3"), scope (每个班), base (what a share is of) and indicator (what is measured)."""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from typing import Optional, Sequence

from .. import deadlines as D
from .. import numbers as N
from ..resources import char_class
from .lexicon import words_alternation as _alt  # a role's words as (?:a|b|…)
from .lexicon import Lexicon, pairs_of, words_of
from .base import Cand


_SHARE = _alt("share_noun")  # (?:比例|比重)
_EVERY = "(?:" + "|".join(words_of("every")) + ")"  # 每一, 每
_SCOPE_CLASSES = "|".join(words_of("scope_class"))
_SCOPE_RE = re.compile(rf"{_EVERY}(?P<cls>{_SCOPE_CLASSES})?(?![{char_class('scope_not_next')}])")
_NOT_SCOPE = words_of("not_scope")
_SCOPE_STOP = frozenset(char_class("scope_stop"))
_BASE_RE = re.compile(_alt("base_verb") + r"(?P<base>[^，。；：、！？\d%（）()]{2,16}?)(?:的)?" + _SHARE + "?$")
_SHARE_RE = re.compile(_alt("share_verb") + r"(?P<base>[^，。；：、！？\d%]{1,16}?)的?" + _SHARE)
_PROPORTION_AFTER = re.compile("的" + _SHARE + r"(?P<vp>[^，。；：！？\n]{1,16})")
_NOUN_STOP = re.compile(r"[，。；：！？、\n（(]|的(?!\S{0,1}$)|" + "|".join(words_of("noun_stop")))
_BASE_STRIP = char_class("base_strip")
_SHARE_ENDS = tuple("的" + w for w in words_of("share_noun")) + words_of("share_noun")  # 的比例 … 比重
_SCOPE_HEAD = (r"^.*?" + _EVERY + _alt("scope_head_class") + r"?[\u4e00-\u9fff]{0,2}?" + _alt("scope_head_period")
               + "?(?=" + "|".join(words_of("scope_head_next")) + ")")
_DEADLINE_HEAD = ("^" + _alt("deadline_head_before") + rf"?(?:\d{{4}}|[{char_class('year_digits_head')}]{{4}})年"
                  + _alt("year_end") + "?" + _alt("deadline_head_after") + "?")
_PERIOD_HEAD = _alt("period_head") + _alt("period_head_bound") + "?"
_D110, _MONTH = char_class("digits_1_10"), char_class("date_frame")[1]
_DATE_PARTS = re.compile(
    rf"(?P<m>[0-9]{{1,2}}|[{_D110}]{{1,3}}){_MONTH}(?:{_alt('month_suffix')})?"
    rf"(?:(?P<d>[0-9]{{1,2}}|[{_D110}]{{1,3}})[{char_class('day_mark')}])?")
_BEFORE = D.words("before")
_PERIOD_ALIAS = dict(pairs_of("period_alias"))  # 星期 → 周
_FREQ_UNITS = frozenset(("次", "遍", "回", "轮", "趟"))


def _int(s: Optional[str]) -> Optional[int]:
    if not s:
        return None
    p = N.parse_numeral(s)
    return int(p.value) if p is not None else None


def period_of(text: str, c: Cand, clause_start: int, lex: Lexicon) -> Optional[str]:
    """The frequency period from 每年/年均/每季度/每5年… in the clause before the number."""
    last = None
    for m in lex.period_re.finditer(text, clause_start, c.num_start):
        last = m
    if last is None:
        return None
    if last.group("word"):
        return lex.periods[last.group("word")]
    if last.lastgroup and last.lastgroup.startswith("rate"):
        return lex.periods[last.lastgroup]  # 年抽检率
    k = _int(last.group("n"))
    u = last.group("u")
    u = _PERIOD_ALIAS.get(u, u)
    return u if k in (None, 1) else f"{k}{u}"


def scope_of(text: str, c: Cand, clause_start: int) -> Optional[str]:
    """每个班, 每一个岗位, 每个省（自治区、直辖市）: a distributive scope before the number."""
    last = None
    for m in _SCOPE_RE.finditer(text, clause_start, c.start):
        last = m
    if last is None:
        return None
    j = last.end()
    if any(text.startswith(w, j) for w in _NOT_SCOPE) \
            or (j < len(text) and text[j] in N.NUMERAL_CHARS and not last.group("cls")):
        return None
    limit = 2 if last.group("cls") else 4
    k = j
    while k < c.start and k - j < limit and text[k] not in _SCOPE_STOP:
        k += 1
    if k == j:
        return None
    if k < len(text) and text[k] in "（(":
        close = text.find("）" if text[k] == "（" else ")", k, k + 16)
        if close > 0:
            k = close + 1
    return text[last.start():k]


def base_of(text: str, c: Cand, clause_start: int) -> Optional[str]:
    """What a share is of: 按新提拔干部总数1/3, 占总课时一半以上, 不高于承担风险责任的0.5%."""
    if c.kind not in ("percent", "fraction", "ratio"):
        return None
    if c.base:
        return c.base
    lead = c.cmp_start if c.cmp_start >= 0 else c.num_start
    m = _BASE_RE.search(text, clause_start, lead)
    if m:
        b = m.group("base").rstrip(_BASE_STRIP)
        for w in _SHARE_ENDS:
            if b.endswith(w):
                b = b[: -len(w)]
        return b or None
    m = _SHARE_RE.search(text, clause_start, lead)
    return m.group("base") if m else None


def _strip(seg: str, lex: Lexicon) -> str:
    prev = None
    while seg and seg != prev:
        prev = seg
        h = lex.indicator_head_re.match(seg)
        if h and h.end() < len(seg):
            seg = seg[h.end():]
        t = lex.indicator_tail_re.search(seg)
        if t and t.start() > 0:
            seg = seg[:t.start()]
    return seg


def indicator_of(text: str, c: Cand, clause_start: int, scope: Optional[str], lex: Lexicon) -> Optional[str]:
    """What is measured, as the text names it."""
    m = _PROPORTION_AFTER.match(text, c.unit_end)
    if m:  # 按不低于40%的比例选送年轻干部参训 → 选送年轻干部参训的比例
        return m.group("vp") + _SHARE_ENDS[0]
    lead = c.cmp_start if c.cmp_start >= 0 else c.num_start
    seg = text[clause_start:lead]
    # drop a scope, a period or a deadline at the head of the clause
    seg = re.sub(_SCOPE_HEAD, "", seg, count=1) \
        if scope or "每" in seg else seg
    seg = re.sub(_DEADLINE_HEAD, "", seg)
    seg = re.sub(_PERIOD_HEAD, "", seg)
    cues = lex.cues
    after_noun = ""
    if c.kind in ("count", "measure"):  # 建设50所学校, 开展1次评估: what is counted follows
        rest = text[c.unit_end:c.unit_end + 24]
        rest = rest.lstrip("的")
        stop = _NOUN_STOP.search(rest)
        after_noun = rest[: stop.start()] if stop else rest[:16]
        after_noun = after_noun[:16]
    if after_noun and len(after_noun) >= 2:
        return after_noun
    if c.unit in _FREQ_UNITS:
        if "的" in seg:
            seg = seg.rsplit("的", 1)[1]
        for h in cues.get("object_head", ()):
            i = seg.rfind(h)
            if 0 <= i and i + len(h) < len(seg):
                seg = seg[i + len(h):]
    seg = _strip(seg.strip(), lex)
    return seg or None


def _date_deadline(text: str, d: Cand) -> Optional[str]:
    """A dated number's normal form (:func:`..deadlines.normal_form`) from the parts its text
    holds after the year: a month and day, 底/末, 上半年/下半年, an upper year."""
    y = d.year
    if y is None:
        return None
    body = text[d.num_end:d.end]
    m = _DATE_PARTS.search(body)
    month = _int(m.group("m")) if m else None
    day = _int(m.group("d")) if m and m.group("d") else None
    half = next((h for w, h in pairs_of("half_year") if w in body), "")
    before = body.endswith(_BEFORE) or text.startswith(_BEFORE, d.end)  # 6月前: before June begins
    return D.normal_form(y, month, day, end_of=any(w in body for w in ("底", "末")), half=half,
                         upper=int(d.upper) if d.upper is not None else None, before=before)


def to_dates(text: str, dated: Sequence[Cand]) -> list[Cand]:
    """The dates of ``dated`` that open with 到/至 (到2022年): a paragraph's lead deadline."""
    return [d for d in dated if d.role == "date" and d.year and text[max(0, d.start - 1):d.start] in ("到", "至")]


_START = attrgetter("start")


def deadline_of(text: str, c: Cand, sent: tuple[int, int], para_start: int, year: Optional[int],
                dated: Sequence[Cand], lex: Lexicon, leads: Optional[Sequence[Cand]] = None) -> Optional[str]:
    """The deadline a target is set for, from the nearest time expression before it in its
    sentence (or, failing that, in its paragraph's lead: 到2022年，…).  ``dated`` is in text
    order; ``leads`` is :func:`to_dates` of it (made once per document by the caller): both
    are looked up by bisection, so that many dates and targets on one line stay linear."""
    i = bisect_left(dated, c.start, key=_START)  # dated[:i] stand before the number
    if i and dated[i - 1].start >= sent[0]:
        return _deadline_from(text, dated[i - 1], year, lex)
    m = None
    for m2 in lex.deadline_re.finditer(text, sent[0], c.start):
        m = m2
    if m is not None and year is not None:
        return D.word_form(m.group(), year)
    leads = to_dates(text, dated) if leads is None else leads
    j = bisect_left(leads, min(c.start, sent[0]), key=_START)  # the paragraph's lead: 到2022年，…
    if j and leads[j - 1].start >= para_start:
        return _deadline_from(text, leads[j - 1], year, lex)
    return None


_OF = D.words("plan_of")[0]  # 的
_QUALIFIER_MAX = 4  # characters between a plan and the 的 of the noun it qualifies: “十四五”批复的


def _plan_qualifies(text: str, d: Cand) -> bool:
    """A plan with no preposition before it nor a tail after it, followed by a short verb and 的, qualifies
    a noun (“十四五”批复的6个基地): it names the plan the thing comes from, not a time (but “十四五”规划的目标
    is the plan's own)."""
    after = text[d.end:d.end + _QUALIFIER_MAX]
    k = after.find(_OF)
    if k <= 0 or text[max(0, d.start - 1):d.start].endswith(D.words("plan_pre")):
        return False
    return not after.startswith(D.words("plan_tail") + D.words("plan_word")) \
        and not any(c in D._CLAUSE_START for c in after[:k])


def _deadline_from(text: str, d: Cand, year: Optional[int], lex: Lexicon) -> Optional[str]:
    if d.role == "period":  # “十四五”期间 / 末
        if d.year is None or d.value is None or _plan_qualifies(text, d):
            return None
        return D.plan_form(int(d.value), text.startswith("末", d.end))
    if "relative" in d.flags:  # 三年内, 今后五年
        if year is None or d.value is None:
            return None
        return D.within(year, int(d.value))
    if d.year is not None:
        return _date_deadline(text, d)
    return None


__all__ = ["period_of", "scope_of", "base_of", "indicator_of", "deadline_of", "to_dates"]
