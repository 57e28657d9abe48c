"""A measured quantity around a number: its sign, unit (and compound unit), the comparator
written before or after it (不低于, 以上, 左右, 比…大), a range (X－Y, X至Y, X和Y之间),
and two one-sided bounds joined into one (不低于20%且不高于30%, 50人以上，200人以下)."""
from __future__ import annotations

import re
from typing import Optional

from .. import numbers as N
from .base import Cand, TextIndex, ASCII_DIGITS, NO_FLAGS, is_cjk_letter, match_number, skip_spaces, unit_at, year_like
from ..resources import char_class
from .lexicon import Lexicon, pairs_of, words_of

def _alt(role: str) -> str:
    return "(?:" + "|".join(map(re.escape, words_of(role))) + ")"


_GAP_PAIR = re.compile(rf"[，,、\s]*{_alt('bound_joiner')}?[，,、\s]*")
_APPROX_TAIL = char_class("approx_tail")
_AFTER_APPROX = frozenset(char_class("approx_tail_next"))  # 三年多来, 十个多月 (not 5条多式联运)
_SIGN_AFTER = frozenset(char_class("sign_after"))
_MINUS_CN = char_class("negative").replace("-", "")  # 负3.9%
_RELATIVE_TIME = re.compile(_alt("relative_time"))
_RANGE_WITHIN = re.compile(rf"(?:的)?{_alt('within_noun')}?{_alt('within')}")
_RELATIVE_BEFORE, _RELATIVE_NEAR = words_of("relative_before"), words_of("relative_near")
_RELATIVE_NOT = words_of("relative_not")
_NOT_APPROX = words_of("not_approx")
_POINTS = words_of("points")[0]  # 个百分点
_GOAL_NAME = words_of("goal_name")
_PROGRAMME_BEFORE = words_of("programme_before")  # 新一轮: a numbered programme's name follows
_PROGRAMME_SPAN = 10  # characters between the number and the programme word (千亿斤|粮食产能提升|行动)


def _programme_after(text: str, pos: int, lex: Lexicon) -> bool:
    """A programme word (行动, 计划…) closes the noun phrase after ``pos`` within a few letters."""
    k = pos
    while k < len(text) and k - pos <= _PROGRAMME_SPAN and is_cjk_letter(text[k]):
        if text.startswith(lex.plan_name, k):
            return True
        k += 1
    return False
_EPITHET_BEFORE = words_of("epithet_before")  # 关键, 的: 关键五年 names a period, it measures nothing
_CLAUSE_END = char_class("clause_end")
_CMP_AFTER_NOT = pairs_of("cmp_after_not")  # (上下, 游): 上下游 is no comparator
_CLOCK_UNIT = words_of("clock_unit")[0]


def _after_cmp(text: str, pos: int, lex: Lexicon) -> tuple[Optional[str], int]:
    """A comparator written after a number (以上, 左右): (cue, end) or (None, pos)."""
    p = skip_spaces(text, pos)
    w = lex.cmp_after_table.at(text, p)
    return (w, p + len(w)) if w else (None, pos)


def range_conn(text: str, pos: int, lex: Lexicon) -> Optional[tuple[str, int]]:
    """A range connector (－ — ~ 至 到, one or two of them, spaces allowed): (connector, end)."""
    p = skip_spaces(text, pos)
    q = p
    while q < len(text) and q - p < 2 and text[q] in lex.range_chars:
        q += 1
    if q == p:
        return None
    return text[p:q], skip_spaces(text, q)


def _between_close(text: str, pos: int, lex: Lexicon) -> Optional[int]:
    p = skip_spaces(text, pos)
    w = lex.between_close_table.at(text, p)
    return p + len(w) if w else None


def _before_cmp(text: str, start: int, lex: Lexicon, share: bool = False) -> tuple[Optional[str], int, Optional[str]]:
    """A comparator written before the number at ``start``: (cue, cue start, base).  For a
    share (``share``), the base may stand between cue and number without 的 (不低于省级补助资金20%)."""
    p = start
    while p > 0 and text[p - 1] == " ":
        p -= 1
    ends = [p]
    if p and text[p - 1] in lex.filler_last:
        for f in lex.fillers:
            if text.endswith(f, 0, p):
                ends.append(p - len(f))
    table = lex.cmp_before_table
    for q in ends:
        k = q
        while k > 0 and text[k - 1] == " ":
            k -= 1
        w = table.ending_at(text, k)
        if w:
            return w, k - len(w), None
    if p and text[p - 1] == "的":
        m = lex.cmp_base_re.search(text, max(0, p - 22), p)
        if m:
            return m.group("cue"), m.start("cue"), m.group("base")
    elif share and p:
        m = lex.cmp_share_re.search(text, max(0, p - 20), p)
        if m:
            return m.group("cue"), m.start("cue"), m.group("base")
    return None, -1, None


def measure(text: str, n: N.Number, prev: list, lex: Lexicon, index: TextIndex) -> tuple[Optional[Cand], int]:
    s, e = n.start, n.end
    n_text = len(text)
    value = n.value
    kind = n.kind
    unit = n.unit
    flags = set()
    if n.approx:
        flags.add("approx")
    # sign
    start = s
    if s and text[s - 1] in _MINUS_CN and (s < 2 or not is_cjk_letter(text[s - 2]) or text[s - 2] in _SIGN_AFTER):
        value, start = -value, s - 1  # 负3.9%, 为负2 (not 减负2500亿元, 担负)
    elif s and text[s - 1] == "-" and (s < 2 or not (text[s - 2] in ASCII_DIGITS or text[s - 2] in "%")) \
            and not (prev and prev[-1].end == s - 1):
        value, start = -value, s - 1
    # unit and the comparator after it (一以上个: comparator before the unit)
    pos = e
    cmp_after = None
    if kind == "number":
        u = unit_at(text, pos, lex)
        if u is None:
            aw, aend = _after_cmp(text, pos, lex)
            if aw is not None:
                u2 = unit_at(text, aend, lex)
                if u2 is not None:
                    cmp_after, pos, u = aw, aend, u2
        if u is not None:
            unit, kind = u.canonical, u.kind
            value *= u.factor
            pos += len(u.text)
            if text[pos:pos + 1] in ("/", "／", "每") and kind in ("measure", "money", "count"):
                u2 = unit_at(text, pos + 1, lex)  # 微克/立方米, 元/吨, 元每人
                if u2 is not None and u2.kind == "duration" and u2.canonical in lex.periods.values() \
                        and text[pos] in "/／":
                    flags.add("per:" + u2.canonical)  # 150吨/日: 150 吨 a day (a frequency's period)
                    pos += 1 + len(u2.text)
                elif u2 is not None:
                    unit, kind = f"{unit}/{u2.canonical}", "measure" if kind == "measure" else kind
                    pos += 1 + len(u2.text)
            if pos < n_text and text[pos] in _APPROX_TAIL and not text.startswith(_NOT_APPROX, pos) \
                    and (pos + 1 >= n_text or not is_cjk_letter(text[pos + 1]) or text[pos + 1] in _AFTER_APPROX):
                flags.add("approx")
                pos += 1
    elif kind == "percent" and not unit:
        unit = "%"
    if kind == "percent" and text.startswith(_POINTS, pos):
        pos += len(_POINTS)
    if cmp_after is None:
        aw, aend = _after_cmp(text, pos, lex)
        if aw is not None and not any(aw == w and text.startswith(nxt, aend) for w, nxt in _CMP_AFTER_NOT):
            cmp_after = aw
            pos = aend
            if kind == "number" and unit == "":
                u = unit_at(text, pos, lex)  # 一以上个
                if u is not None:
                    unit, kind = u.canonical, u.kind
                    value *= u.factor
                    pos += len(u.text)
    unit_end = pos
    # a range: X－Y, X至Y, X到Y; X和Y之间
    upper = None
    rng = _range_after(text, n, value, unit, kind, pos, lex)
    if rng is not None:
        upper, unit, kind, unit_end, rng_flags = rng
        flags |= rng_flags
        pos = unit_end
    # the comparator before the number
    cmp_ = "="
    cue = ""
    cmp_start = -1
    base = None
    c_w, cs, c_base = _before_cmp(text, start, lex, kind in ("percent", "fraction", "percentage_points"))
    if c_w is not None:
        na = lex.cmp_not_after.get(c_w, "")
        if not (na and cs and text[cs - 1] in na):
            cmp_, cue, cmp_start = lex.cmp_before[c_w], c_w, cs
            base = c_base
    if c_w is None and start and text[start - 1] not in "，。；：、\n":
        m = lex.cmp_scope_re.search(text, max(0, start - 24), start)
        if m:  # 不得低于乡道每年每公里5000元: the bound stands before the distributive scope
            cmp_, cue, cmp_start = lex.cmp_before[m.group("cue")], m.group("cue"), -1
    # an adverb at a distance: 每年至少同所联系的年轻干部谈心谈话一次
    if cmp_start < 0:
        cl = index.clause_start(start)
        seg = text[cl:start]
        if not lex.far_first.isdisjoint(seg):
            best = -1
            for adv in lex.far_adverbs:
                i = text.rfind(adv, cl, start)
                if i > best:
                    best, far = i, adv
            if best >= 0 and not (prev and prev[-1].end > best):
                cmp_, cue, cmp_start = lex.cmp_before[far], far, -1
    # 比五十高 / 比 2.5 低
    if cmp_start < 0 and not cue:
        k = start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] == "比":
            j = pos
            while j < n_text and text[j] == " ":
                j += 1
            if j < n_text and text[j] in lex.bi_after:
                cmp_, cue, cmp_start = lex.bi_after[text[j]], "比" + text[j], k
                pos = unit_end = j + 1
    if upper is not None:
        cmp_ = "between"
    elif cmp_after is not None:
        ca = lex.cmp_after[cmp_after]
        if ca != cmp_:
            cue = cmp_after  # the one written on the number wins (高于…以上, 控制在…左右)
        cmp_ = ca
        cue = cue or cmp_after
    elif "approx" in flags and cmp_ == "=":
        cmp_ = ">"
    if kind == "number" and unit == "" and n.kind == "number" and cmp_ == "=" and text.startswith("倍", pos):
        unit, kind = "倍", "ratio"
    span_start = cmp_start if cmp_start >= 0 else start
    c = Cand(span_start, max(unit_end, pos), value, unit, kind, cmp_, upper, None, num_start=start, num_end=e,
             unit_end=unit_end, cmp_cue=cue, cmp_start=cmp_start, base=base,
             flags=frozenset(flags) if flags else NO_FLAGS)
    if cmp_ == "=" and text.endswith(_PROGRAMME_BEFORE, 0, span_start) and _programme_after(text, c.unit_end, lex):
        return c._replace(role="name"), max(c.end, pos)  # 新一轮千万吨粮食增产计划: a programme's name
    # relative times are deadlines, not quantities: 三年内, 近三年, 五年来, 今后五年
    if kind == "duration" and unit in ("年",) and upper is None:
        if cmp_ == "=" and (text.startswith(lex.plan_name, unit_end) or (
                is_cjk_letter(text[unit_end:unit_end + 1]) and is_cjk_letter(text[unit_end + 1:unit_end + 2])
                and not _RELATIVE_TIME.match(text, unit_end) and text.startswith(lex.plan_name, unit_end + 2))):
            return c._replace(role="name"), max(c.end, pos)  # 三年行动方案, 三年倍增行动: a programme's name
        if text.endswith(lex.founding, 0, start):
            return c._replace(role="ordinal"), max(c.end, pos)  # 建军一百年: an anniversary
        if _RELATIVE_TIME.match(text, unit_end) or text[max(0, start - 2):start] in _RELATIVE_BEFORE \
                or (text[start - 1:start] in _RELATIVE_NEAR and text[max(0, start - 2):start] not in _RELATIVE_NOT):
            end = _RELATIVE_TIME.match(text, unit_end)
            end = end.end() if end else unit_end
            return c._replace(role="date", comparator="=", start=start, end=end, flags=c.flags | {"relative"}), end
    if kind == "duration" and unit == "年" and upper is not None and _RANGE_WITHIN.match(text, unit_end):
        end = _RANGE_WITHIN.match(text, unit_end).end()  # 力争三到五年时间内: a horizon, a deadline
        return c._replace(role="date", comparator="=", end=end, flags=c.flags | {"relative"}), end
    if kind == "duration" and cmp_ == "=" and lex.zone_name_re is not None and lex.zone_name_re.match(text, unit_end):
        return c._replace(role="name"), max(c.end, pos)  # 15分钟社区生活圈: the name of a kind of area
    if kind == "duration" and unit == _CLOCK_UNIT and upper is None and cmp_ == "=" \
            and lex.round_clock.at(text, unit_end):
        return c._replace(role="name"), max(c.end, pos)  # 24小时开放公园: round the clock, an attribute
    if kind == "duration" and cmp_ == "=" and upper is None and text[unit_end:unit_end + 1] in _CLAUSE_END \
            and text.endswith(_EPITHET_BEFORE, 0, start):
        return c._replace(role="name"), max(c.end, pos)  # 是…的关键五年。, 极不平凡的五年: an epithet of a period
    if kind == "duration" and text.startswith(_GOAL_NAME, unit_end):
        return c._replace(role="name"), max(c.end, pos)  # 二十年的奋斗目标: the goal's name
    if kind == "duration" and text[unit_end:unit_end + 1] == "内" and cmp_ == "=":
        c = c._replace(comparator="<=", cmp_cue="内", end=unit_end + 1, unit_end=unit_end + 1)
    return c, max(c.end, pos)


def _range_after(text, n, value, unit, kind, pos, lex):
    """(upper, unit, kind, end, flags) when a second number makes ``n`` a range."""
    rm = range_conn(text, pos, lex)
    close = False
    if rm is None:
        k = pos
        if k < len(text) and text[k] in lex.between_open:
            rm_end = k + 1
            close = True
        else:
            return None
    else:
        conn, rm_end = rm
        if conn in ("到", "至") and unit == "" and kind == "number" and n.text.isdigit() and len(n.text) == 4:
            return None
    m2, n2 = match_number(text, rm_end)
    if n2 is None or n2.start != rm_end:
        return None
    v2 = n2.value
    kind2, unit2 = n2.kind, n2.unit
    end = n2.end
    flags = set()
    if n2.approx:
        flags.add("approx")
    if kind2 == "number" and not (close and _between_close(text, end, lex)):
        u = unit_at(text, end, lex)
        if u is not None:
            kind2, unit2 = u.kind, u.canonical
            v2 *= u.factor
            end += len(u.text)
    if kind2 == "percent" and text.startswith(_POINTS, end):
        end += len(_POINTS)
        kind2, unit2 = "percentage_points", _POINTS
    # units must agree; a bare first number takes the second's unit (5-20%, 20~100个)
    if kind == "number" and unit == "":
        if kind2 != "number" or unit2:
            u = lex.units.get(unit2)
            value = value * (u.factor if u else 1)
        kind, unit = kind2, unit2
    elif (kind2, unit2) != (kind, unit) and not (kind2 == "number" and not unit2):
        return None
    if not value < v2:
        return None
    if kind == "duration" and unit == "年" and year_like(n2) is not None:
        return None
    cm = _between_close(text, end, lex)
    if close and cm is None:
        return None
    if cm is not None:
        end = cm
    aw, aend = _after_cmp(text, end, lex)
    if aw is not None and lex.cmp_after[aw] == "~":  # 左右, 上下 (comparators.tsv)
        end = aend
    return v2, unit, kind, end, frozenset(flags)
_LOWER = (">", ">=")
_UPPER = ("<", "<=")


def pair_bounds(text: str, cands: list[Cand]) -> list[Cand]:
    """不低于20%且不高于30%, 50人以上，200人以下, 最多8人最少3人: two one-sided bounds → a range."""
    out: list[Cand] = []
    i = 0
    n = len(cands)
    while i < n:
        a = cands[i]
        if i + 1 < n and a.role is None and cands[i + 1].role is None and a.upper is None \
                and cands[i + 1].upper is None:
            b = cands[i + 1]
            pair = (a.comparator in _LOWER and b.comparator in _UPPER) \
                or (a.comparator in _UPPER and b.comparator in _LOWER)
            if pair and (a.unit == b.unit or not a.unit or not b.unit) \
                    and (a.kind == b.kind or "number" in (a.kind, b.kind)):
                g = _GAP_PAIR.match(text, a.end)
                b_lead = b.cmp_start if b.cmp_start >= 0 else b.start
                if g.end() == b_lead or (g.end() == b.start and b.cmp_start < 0):
                    lo_c, hi_c = (a, b) if a.comparator in _LOWER else (b, a)
                    if lo_c.value is not None and hi_c.value is not None and lo_c.value < hi_c.value:
                        unit = a.unit or b.unit
                        kind = a.kind if a.kind != "number" else b.kind
                        out.append(a._replace(end=b.end, value=lo_c.value, upper=hi_c.value, comparator="between",
                                           unit=unit, kind=kind, unit_end=b.unit_end,
                                           cmp_cue=a.cmp_cue + "…" + b.cmp_cue))
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


# between two numbers of one bound: a comma and a noun (…5000元，村道每年每公里3000元), or the
# first number's noun and a conjunction (不少于40块户外广告和500块户外招牌)
_PARALLEL_GAP = re.compile(r"[，,、；;][\u4e00-\u9fff]{1,4}?(?:每[\u4e00-\u9fff]{1,3}?){0,3}"
                           r"|[\u4e00-\u9fff]{1,6}?" + _alt("parallel_conj"))
_BOUNDS = frozenset((">=", "<=", ">", "<"))
_LIST_GAP = re.compile(_alt("parallel_conj"))  # 80%、50%以上: nothing but a joiner between the two
_RESPECTIVELY = words_of("respectively")[0]  # 分别: the values that follow are each of one item
_RESPECTIVELY_SPAN = 8


def carry_bounds(text: str, cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """不得低于县道每公里8000元，街巷每公里2000元: a clause of only a noun (and scopes)
    and a number of the same unit goes on under the bound set just before it; so does the
    second of two numbers joined by 和 (不少于40块户外广告和500块户外招牌)."""
    for i in range(1, len(cands)):
        c, p = cands[i], cands[i - 1]
        if c.role is None and p.role is None and c.comparator == "=" and not c.cmp_cue and c.upper is None \
                and p.comparator in _BOUNDS and p.cmp_cue in lex.cmp_before and p.unit == c.unit and p.kind == c.kind \
                and c.unit and _PARALLEL_GAP.fullmatch(text, p.end, c.start):
            cands[i] = c._replace(comparator=p.comparator, cmp_cue=p.cmp_cue)
    for i in range(len(cands) - 1, 0, -1):  # 分别达1.28万亿、8200亿元: the unit written last holds for each
        c, p = cands[i], cands[i - 1]
        if c.role is None and p.role is None and p.kind == "number" and not p.unit and c.unit and c.upper is None \
                and p.upper is None and _LIST_GAP.fullmatch(text, p.end, c.start):
            cands[i - 1] = p._replace(unit=c.unit, kind=c.kind)
    for i in range(len(cands) - 1, 0, -1):  # 分别达到80%、50%以上: the bound written last holds for each
        c, p = cands[i], cands[i - 1]
        if c.role is None and p.role is None and p.comparator == "=" and not p.cmp_cue and p.upper is None \
                and c.comparator in _BOUNDS and c.cmp_cue in lex.cmp_after and p.unit == c.unit and p.kind == c.kind \
                and p.unit and _LIST_GAP.fullmatch(text, p.end, c.start) \
                and text.rfind(_RESPECTIVELY, max(0, p.start - _RESPECTIVELY_SPAN), p.start) >= 0:
            cands[i - 1] = p._replace(comparator=c.comparator, cmp_cue=c.cmp_cue)
    return cands


__all__ = ["carry_bounds", "measure", "pair_bounds", "range_conn"]
