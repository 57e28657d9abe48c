"""Numbers that are not quantities, known by their form: quotations (“十四五”, “两个维护”),
document numbers (国发〔2019〕4号), numbering and ranks (第三, 一是, （二）, 十九届, 三级), dates
and clock times (2025年3月, 1至11月, 20点)."""
from __future__ import annotations

import re
from typing import Optional

from .. import numbers as N
from .base import Cand, is_cjk_letter, match_number, small_int, year_like
from ..resources import char_class
from .lexicon import words_alternation as _alt  # a role's words as (?:a|b|…)
from .lexicon import Lexicon, words_of
from .measure import range_conn

_LIST_BEFORE = frozenset("\n。；：:;　 ")
_DOCNUM_TAIL = re.compile(r"\s*[〕\]］】)）]\s*第?\s*(\d+)\s*号")


_D9, _D10, _D10L = (f"[{char_class(c)}]" for c in ("digits_1_9", "digits_1_10", "digits_1_10_liang"))
_TEN = char_class("units_lower")[0]
_PLAN = rf"(?:{_TEN}{_D9}|{_D9})五"  # 十四五, 五五: a five-year plan's number
PLAN_RE = re.compile(rf"{_PLAN}(?=" + "|".join(words_of("plan_after")) + r"|”|\"|’|$)"
                     rf"|{_TEN}{_D9}五(?![{char_class('numeral_cont')}])")
_PLAN_RE = re.compile(_PLAN)
_CLOCK_TAIL = re.compile(rf"[{char_class('clock_mark')}](?:[{char_class('clock_tail')}]|[0-9]{{1,2}}分|{_D10}+分)?")
_Y, _M = char_class("date_frame")[:2]  # 年 月
_MONTH_SUFFIX = _alt("month_suffix")  # 6月份
_DAY = rf"(?:(?P<d>[0-9]{{1,2}}|{_D10}{{1,3}})[{char_class('day_mark')}])?"
_YEAR_TAIL = re.compile(rf"{_Y}(?:(?P<m>[0-9]{{1,2}}|{_D10}{{1,3}}){_M}{_MONTH_SUFFIX}?{_DAY})?")
_MONTH_TAIL = re.compile(rf"{_M}{_MONTH_SUFFIX}?{_DAY}")
_DATE_AFTER = re.compile(_alt("date_after") + "?")
ORDINAL_UNIT = re.compile(_alt("ordinal_unit") + "?")
FIVE_YEARS = re.compile(rf"{_D10}+年{_alt('plan_word')}?")
_SLOGAN_RE = re.compile(rf"{_D10L}+[{char_class('slogan_after')}][\u4e00-\u9fff]{{1,4}}$")
_CN_NUMERAL_RE = re.compile(  # 一二两 … 十百千万
    rf"[{char_class('digits_1_10_liang')}{char_class('units_lower')[1:]}{char_class('big_lower')[0]}]+")
_ORDINAL_AFTER, _ORDINAL_NOT_BEFORE = char_class("ordinal_after"), char_class("ordinal_not_before")
_LIANG, _CLASS_AFTER, _MONTH_NOT_AFTER = char_class("liang"), char_class("class_after"), char_class("month_not_after")
_PLENARY, _ANNIVERSARY = words_of("plenary")[0], words_of("anniversary")[0]
_DECADE, _CENTURY = words_of("decade")[0], words_of("century")[0]


def quote_at(text: str, pos: int, singles: bool) -> Optional[tuple[int, int]]:
    """The short quotation (“…”, at most 14 characters inside) that holds ``pos``, if any.
    ``singles``: the text has ‘…’ quotes too."""
    lo = max(0, pos - 14)
    q = text.rfind("“", lo, pos)
    if singles:
        q = max(q, text.rfind("‘", lo, pos))
    if q < 0 or text.rfind("”", q, pos) >= 0 or text.rfind("’", q, pos) >= 0:
        return None
    close_ch = "”" if text[q] == "“" else "’"
    c = text.find(close_ch, pos, q + 16)
    if c < 0 or "\n" in text[q:c] or "“" in text[q + 1:c]:
        return None
    return q, c + 1


def docnum_at(text: str, n: N.Number) -> Optional[Cand]:
    """国发〔2019〕4号: a document number around the year ``n``."""
    s = n.start
    if not s or text[s - 1] not in "〔[［【(（" or not (n.text.isdigit() and len(n.text) == 4):
        return None
    m = _DOCNUM_TAIL.match(text, n.end)
    if m is None:
        return None
    a = s - 1
    while a > 0 and s - 1 - a < 8 and is_cjk_letter(text[a - 1]):
        a -= 1
    return Cand(a, m.end(), float(m.group(1)), "号", "number", role="docnum", num_start=s, num_end=m.end(),
                unit_end=m.end(), year=int(n.value))


def quoted(text: str, s: int, e: int, lex: Lexicon) -> Optional[Cand]:
    inner = text[s + 1:e - 1]
    role = "name"
    if PLAN_RE.fullmatch(inner) or _PLAN_RE.fullmatch(inner):
        k = N.parse_numeral(inner[:-1])
        nv = int(k.value) if k else None
        dl = lex.plan_periods.get(nv) if nv else None
        return Cand(s, e, float(nv) if nv else None, "", "number", role="period", num_start=s, num_end=e,
                    unit_end=e, year=dl[0] if dl else None)
    words = lex.words
    if words.get(inner) in ("slogan", "name", "ordinal"):
        role = words[inner]
    elif _SLOGAN_RE.match(inner) or len(_CN_NUMERAL_RE.findall(inner)) >= 2:
        role = "slogan"  # “四个意识”, “两学一做”, “一窗受理、一次办好”
    return Cand(s, e, None, "", "number", role=role, num_start=s + 1, num_end=e - 1, unit_end=e)


def ordinal_form(text: str, n: N.Number, before: str, after: str, single: bool, lex: Lexicon) -> Optional[Cand]:
    s, e = n.start, n.end
    v = n.value
    # list markers: （三） (3) 一、 1. 一是 二要
    if before in "（(" and after in "）)":
        return Cand(s - 1, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    at_line = s == 0 or before in _LIST_BEFORE
    if after in "、．" and at_line and v == int(v) and v < 100:
        return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if after == "." and at_line and n.text.isdigit() and not text[e + 1:e + 2].isdigit():
        return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if n.chinese and after in _ORDINAL_AFTER and v <= 20 and v == int(v) \
            and not text.startswith(words_of("ordinal_not_next"), e) \
            and (before not in _ORDINAL_NOT_BEFORE or text[e + 1:e + 2] in ("是", "")):
        if after == "是" or before in _LIST_BEFORE or before in "，,；":
            return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    # 十九届, 六中全会, 二中、三中全会, 十八大, 70周年, 三级医院, 一类, 一等奖
    if text.startswith("届", e) or text.startswith(_PLENARY, e) or (text.startswith("中、", e) and n.chinese):
        end = e + (1 if text.startswith("届", e) else len(_PLENARY) if text.startswith(_PLENARY, e) else 1)
        return Cand(s, end, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=end)
    if after == "大" and n.chinese and 8 <= v <= 40 and before != "比":
        return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if after == "大" and n.chinese and v <= 10 and text[e + 1:e + 2] and is_cjk_letter(text[e + 1]):
        return Cand(s, e + 1, v, "", "number", role="slogan", num_start=s, num_end=e, unit_end=e + 1)
    # 五届人大四次会议
    if text.startswith("次", e) and text.startswith(lex.meeting, e + 1) and "届" in text[max(0, s - 8):s]:
        return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if text.startswith(_ANNIVERSARY, e):
        end = e + len(_ANNIVERSARY)
        return Cand(s, end, v, _ANNIVERSARY, "number", role="ordinal", num_start=s, num_end=e, unit_end=end)
    # 三级医院, 千亿级产业集群
    if after == "级" and n.text not in _LIANG and not text.startswith(words_of("grade_not"), e):
        return Cand(s, e + 1, v, "级", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if after in _CLASS_AFTER and n.chinese and single and n.text not in _LIANG:
        return Cand(s, e + 1, v, after, "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if after == "强" and not text.startswith(words_of("strong_not"), e):  # 世界500强
        return Cand(s, e + 1, v, "", "number", role="name", num_start=s, num_end=e, unit_end=e + 1)
    if after == "版" and not text.startswith(words_of("version_not"), e):  # 3.0版: a version, a name
        return Cand(s, e + 1, v, "", "number", role="name", num_start=s, num_end=e, unit_end=e + 1)
    if after == "号" and not text.startswith(words_of("name_no_not"), e):
        return Cand(s, e + 1, v, "号", "number", role="name", num_start=s, num_end=e, unit_end=e + 1)
    return None


_SHORT_SPAN = re.compile(r"((?:19|20)\d\d)/(\d\d)")  # 2018/19 (the 年度 after it is checked apart)


def _short_upper(year: int, yy: str) -> int:
    """The full year of a span's short end: 2013-14 → 2014, 1999/00 → 2000."""
    upper = year // 100 * 100 + int(yy)
    return upper if upper > year else upper + 100


def date_form(text: str, n: N.Number, lex: Lexicon) -> Optional[Cand]:
    s, e = n.start, n.end
    v = n.value
    year = year_like(n)
    if year is not None and text.startswith("年", e):
        m = _YEAR_TAIL.match(text, e)
        end = m.end()
        month = small_int(m.group("m")) if m.group("m") else None
        if month is not None and not 1 <= month <= 12:
            end = e + 1
        tail = _DATE_AFTER.match(text, end)
        return Cand(s, tail.end(), float(year), "", "number", role="date", num_start=s, num_end=e,
                    unit_end=end, year=year)
    # 2019—2022年 / 2021-2025年: a range of years; 2013-14年度, 2018/19年度: a fiscal year written short
    short = _SHORT_SPAN.fullmatch(n.text)
    if short is not None and text.startswith("年", e):
        year, upper = int(short.group(1)), _short_upper(int(short.group(1)), short.group(2))
        tail = _YEAR_TAIL.match(text, e)
        return Cand(s, tail.end(), float(year), "", "number", upper=float(upper), role="date", num_start=s,
                    num_end=e, unit_end=tail.end(), year=year)
    if year is not None:
        rm = range_conn(text, e, lex)
        if rm is not None:
            m2, n2 = match_number(text, rm[1])
            if n2 is not None and text.startswith("年", n2.end) and (
                    year_like(n2) or (n2.text.isdigit() and len(n2.text) == 2)):
                tail = _YEAR_TAIL.match(text, n2.end)
                upper = n2.value if year_like(n2) else _short_upper(year, n2.text)
                return Cand(s, tail.end(), float(year), "", "number", upper=float(upper), role="date", num_start=s,
                            num_end=n2.end, unit_end=tail.end(), year=year)
    if v == int(v) and text.startswith(_DECADE, e) and (n.text.isdigit() or (v % 10 == 0 and 20 <= v <= 90)):
        # 90年代, 五十年代: a decade
        end = e + len(_DECADE)
        return Cand(s, end, v, "", "number", role="date", num_start=s, num_end=e, unit_end=end)
    if v == int(v) and text.startswith(_CENTURY, e):
        end = e + len(_CENTURY)
        return Cand(s, end, v, "", "number", role="date", num_start=s, num_end=e, unit_end=end)
    before = text[s - 1] if s else "\n"
    # 1-2月, 1至11月: a range of months
    if v == int(v) and 1 <= v <= 12 and before not in _MONTH_NOT_AFTER:
        rm = range_conn(text, e, lex)
        if rm is not None:
            m2, n2 = match_number(text, rm[1])
            if n2 is not None and n2.kind == "number" and 1 <= n2.value <= 12 and text.startswith("月", n2.end):
                mt = _MONTH_TAIL.match(text, n2.end)
                tail = _DATE_AFTER.match(text, mt.end())
                return Cand(s, tail.end(), v, "", "number", upper=n2.value, role="date", num_start=s,
                            num_end=n2.end, unit_end=mt.end())
    # months: 3月, 12月31日 (个月 is a duration)
    if text.startswith("月", e) and v == int(v) and 1 <= v <= 12 and before not in _MONTH_NOT_AFTER \
            and not text.startswith(words_of("month_not"), e):
        m = _MONTH_TAIL.match(text, e)
        tail = _DATE_AFTER.match(text, m.end())
        return Cand(s, tail.end(), v, "", "number", role="date", num_start=s, num_end=e, unit_end=m.end())
    if text[e:e + 1] in ("日", "号") and v == int(v) and 1 <= v <= 31 \
            and before in ("月", "至", "到", "—", "-", "、", "和"):
        return Cand(s, e + 1, v, "", "number", role="date", num_start=s, num_end=e, unit_end=e + 1)
    if text[e:e + 1] in ("点", "时", "點") and v == int(v) and 0 <= v <= 24 \
            and not text.startswith(words_of("clock_not"), e):
        prev2 = text[max(0, s - 2):s]
        cm = _CLOCK_TAIL.match(text, e)
        if prev2.endswith(lex.clock_before) or cm.end() - e > 1:
            return Cand(s, cm.end(), v, "", "number", role="date", num_start=s, num_end=e, unit_end=cm.end())
    return None


__all__ = ["quote_at", "quoted", "docnum_at", "ordinal_form", "date_form", "PLAN_RE", "ORDINAL_UNIT", "FIVE_YEARS"]
