"""Numbers that are not quantities, known by their form: quotations (“十四五”, “两个维护”),
document numbers (国发〔2019〕4号), numbering and ranks (第三, 一是, （二）, 十九届, 三级), dates
and clock times (2025年3月, 1至11月, 20点)."""
from __future__ import annotations

import re
from typing import Optional

from .. import numbers as N
from .base import Cand, is_cjk_letter, match_number, small_int, year_like
from .lexicon import Lexicon
from .measure import range_conn

_LIST_BEFORE = frozenset("\n。；：:;　 ")
_DOCNUM_TAIL = re.compile(r"\s*[〕\]］】)）]\s*第?\s*(\d+)\s*号")
PLAN_RE = re.compile(r"(?:十[一二三四五六七八九]|[一二三四五六七八九])五(?=规划|计划|时期|期间|末|”|\"|’|$)|十[一二三四五六七八九]五(?![一二三四五六七八九十百千万亿])")
_CLOCK_TAIL = re.compile(r"(?:点|时|點)(?:钟|整|半|[0-9]{1,2}分|[一二三四五六七八九十]+分)?")
_YEAR_TAIL = re.compile(r"年(?:(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号])?)?")
_MONTH_TAIL = re.compile(r"月(?:份)?(?:(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号])?")
_DATE_AFTER = re.compile(r"(?:底|末|初|中旬|上旬|下旬|以前|之前|前|以来|起|开始|至今)?")
ORDINAL_UNIT = re.compile(r"(?:个|次|批|届|名|位|条|章|项|轮|期|季度|年度|部分|阶段|类|级|节|款|点|天|步|代|种|号|页|回|组|卷|编|篇)?")
FIVE_YEARS = re.compile(r"[一二三四五六七八九十]+年(?:规划|计划)?")
_SLOGAN_RE = re.compile(r"[一二两三四五六七八九十]+(?:个|大|项|为|是|要|不|保)[\u4e00-\u9fff]{1,4}$")
_CN_NUMERAL_RE = re.compile(r"[一二两三四五六七八九十百千万]+")


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
    if PLAN_RE.fullmatch(inner) or re.fullmatch(r"(?:十[一二三四五六七八九]|[一二三四五六七八九])五", inner):
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
    if n.chinese and after in "是要" and v <= 20 and v == int(v) and not text.startswith("要素", e) \
            and (before not in "是为" or text[e + 1:e + 2] in ("是", "")):
        if after == "是" or before in _LIST_BEFORE or before in "，,；":
            return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    # 十九届, 六中全会, 二中、三中全会, 十八大, 70周年, 三级医院, 一类, 一等奖
    if text.startswith("届", e) or text.startswith("中全会", e) or (text.startswith("中、", e) and n.chinese):
        end = e + (1 if text.startswith("届", e) else 3 if text.startswith("中全会", e) else 1)
        return Cand(s, end, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=end)
    if after == "大" and n.chinese and 8 <= v <= 40 and before != "比":
        return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if after == "大" and n.chinese and v <= 10 and text[e + 1:e + 2] and is_cjk_letter(text[e + 1]):
        return Cand(s, e + 1, v, "", "number", role="slogan", num_start=s, num_end=e, unit_end=e + 1)
    if text.startswith("次", e) and text.startswith(lex.meeting, e + 1) and "届" in text[max(0, s - 8):s]:  # 五届人大四次会议
        return Cand(s, e + 1, v, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if text.startswith("周年", e):
        return Cand(s, e + 2, v, "周年", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 2)
    if after == "级" and n.text not in "两兩" and not text.startswith("级以", e):  # 三级医院, 千亿级产业集群
        return Cand(s, e + 1, v, "级", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if after in "类等" and n.chinese and single and n.text not in "两兩":
        return Cand(s, e + 1, v, after, "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1)
    if after == "强" and not text.startswith(("强化", "强调", "强国", "强度"), e):  # 世界500强
        return Cand(s, e + 1, v, "", "number", role="name", num_start=s, num_end=e, unit_end=e + 1)
    if after == "版" and not text.startswith("版权", e):  # 3.0版: a version, a name
        return Cand(s, e + 1, v, "", "number", role="name", num_start=s, num_end=e, unit_end=e + 1)
    if after == "号" and not text.startswith("号召", e):
        return Cand(s, e + 1, v, "号", "number", role="name", num_start=s, num_end=e, unit_end=e + 1)
    return None


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
    # 2019—2022年 / 2021-2025年: a range of years
    if year is not None:
        rm = range_conn(text, e, lex)
        if rm is not None:
            m2, n2 = match_number(text, rm[1])
            if n2 is not None and year_like(n2) and text.startswith("年", n2.end):
                tail = _YEAR_TAIL.match(text, n2.end)
                return Cand(s, tail.end(), float(year), "", "number", upper=n2.value, role="date", num_start=s,
                            num_end=n2.end, unit_end=tail.end(), year=year)
    if v == int(v) and text.startswith("年代", e) and n.text.isdigit():
        return Cand(s, e + 2, v, "", "number", role="date", num_start=s, num_end=e, unit_end=e + 2)
    if v == int(v) and text.startswith("世纪", e):
        return Cand(s, e + 2, v, "", "number", role="date", num_start=s, num_end=e, unit_end=e + 2)
    before = text[s - 1] if s else "\n"
    # 1-2月, 1至11月: a range of months
    if v == int(v) and 1 <= v <= 12 and before not in "个每近数几多":
        rm = range_conn(text, e, lex)
        if rm is not None:
            m2, n2 = match_number(text, rm[1])
            if n2 is not None and n2.kind == "number" and 1 <= n2.value <= 12 and text.startswith("月", n2.end):
                mt = _MONTH_TAIL.match(text, n2.end)
                tail = _DATE_AFTER.match(text, mt.end())
                return Cand(s, tail.end(), v, "", "number", upper=n2.value, role="date", num_start=s,
                            num_end=n2.end, unit_end=mt.end())
    # months: 3月, 12月31日 (个月 is a duration)
    if text.startswith("月", e) and v == int(v) and 1 <= v <= 12 and before not in "个每近数几多" \
            and not text.startswith("月内", e) and not text.startswith("月以", e):
        m = _MONTH_TAIL.match(text, e)
        tail = _DATE_AFTER.match(text, m.end())
        return Cand(s, tail.end(), v, "", "number", role="date", num_start=s, num_end=e, unit_end=m.end())
    if text[e:e + 1] in ("日", "号") and v == int(v) and 1 <= v <= 31 and before in ("月", "至", "到", "—", "-", "、", "和"):
        return Cand(s, e + 1, v, "", "number", role="date", num_start=s, num_end=e, unit_end=e + 1)
    if text[e:e + 1] in ("点", "时", "點") and v == int(v) and 0 <= v <= 24 and not text.startswith("时间", e) \
            and not text.startswith("时期", e) and not text.startswith("时代", e):
        prev2 = text[max(0, s - 2):s]
        cm = _CLOCK_TAIL.match(text, e)
        if prev2.endswith(lex.clock_before) or cm.end() - e > 1:
            return Cand(s, cm.end(), v, "", "number", role="date", num_start=s, num_end=e, unit_end=cm.end())
    return None


__all__ = ["quote_at", "quoted", "docnum_at", "ordinal_form", "date_form", "PLAN_RE", "ORDINAL_UNIT", "FIVE_YEARS"]
