"""Chinese and Arabic numerals → values.

Pure functions over ``str``; nothing here knows about units, comparators or roles
(that is :mod:`pipeline.quantities`).  What is read:

* Arabic numbers, full-width or not, with thousands separators (``1,100`` ``4，565``)
  and decimals;
* Chinese numerals of every form: ``〇 ○ 零``, ``两 兩 倆``, ``十 百 千 万 亿 兆`` and the
  capital forms ``壹贰叁肆伍陆柒捌玖拾佰仟``; mixed forms (``1100万``, ``2.5万亿``,
  ``3万5千``), spoken abbreviations (``一万二`` = 12000, ``两百四`` = 240),
  decimals with ``点`` (``六点五``), digit strings (``二〇二五``) and the approximate
  markers ``几 多 余`` (``二十多万``, ``两万多亿``);
* fractions (``三分之一``, ``1/3``, ``三又二分之一``, ``一半``), percents (``6.5%``,
  ``百分之六点五``, ``千分之三``, ``七成``, ``三成半``) and ratios (``三比一``, ``3:1``).

:func:`find_numbers` yields one frozen :class:`Number` per numeric expression with
``start``/``end`` offsets into the given string.  It does not decide whether a
numeral is a quantity (``一些``, ``统一``, ``第三`` are numerals too): that is the
quantities stage's business.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from .resources import char_class, read_tsv

# ---------------------------------------------------------------- character tables

CN_DIGIT = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "倆": 2, "俩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
ZEROS = frozenset("零〇○")
APPROX_INNER = frozenset(char_class("approx_inner"))  # a digit left open: 二十几万, 三百零几
APPROX_AFTER = frozenset(char_class("approx_after"))  # 五百多, 二百三十余万, 三十万多亿
POINT = frozenset(char_class("point"))
NEGATIVE = frozenset(char_class("negative"))
_FORMS = read_tsv("numeral_forms.tsv")

DIGIT_CHARS = "".join(CN_DIGIT)
SMALL_CHARS = "".join(CN_SMALL)
BIG_CHARS = "".join(CN_BIG)
NUMERAL_CHARS = frozenset(DIGIT_CHARS + SMALL_CHARS + BIG_CHARS + "0123456789０１２３４５６７８９")

# A numeral written with more digits than this is no quantity (a run of 一 in a table of
# marks, a pasted hash or serial number): parsing it gives None, never inf.  16 is what a
# float holds exactly and far above any figure of a policy text (百万亿 has 15 digits).
MAX_DIGITS = 16

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％／－～：，", "0123456789.%/-~:,")

# ---------------------------------------------------------------- patterns

_D = "0-9０-９"
# Arabic: thousands groups only where every group has three digits
# or by spaces, as in Hong Kong texts (2 300個, 119 000名; a thin or no-break space too)
ARABIC = (rf"(?:[{_D}]{{1,3}}(?:[,，][{_D}]{{3}})+(?![{_D}])"
          rf"|[{_D}]{{1,3}}(?:[ \u00a0\u2009\u202f][{_D}]{{3}})+(?![{_D}.．])"
          rf"|[{_D}]+)(?:[.．][{_D}]+)?")
_CN_START = DIGIT_CHARS + SMALL_CHARS
_CN_ANY = DIGIT_CHARS + SMALL_CHARS + BIG_CHARS + char_class("approx_inner")
_AFTER, _POINT = char_class("approx_after"), char_class("point")
# a numeral: starts with a digit or 十/百/千; 多/余 only inside before 万/亿 (三十万多亿)
NUMERAL = (
    rf"(?:{ARABIC}|[{_CN_START}])"
    rf"(?:{ARABIC}|[{_CN_ANY}]|[{_AFTER}](?=[{BIG_CHARS}]))*"
    rf"(?:[{_POINT}][{DIGIT_CHARS}]+[{BIG_CHARS}]*)?"
)
_OF = next(r["form"] for r in _FORMS if r["kind"] == "fraction_of")  # 三分之一
_PCT_SCALE = {r["form"]: float(r["value"]) for r in _FORMS if r["kind"] == "percent_of"}  # 百分之 → 1.0
_PCT_PREFIX = "(?:" + "|".join(re.escape(k + _OF) for k in _PCT_SCALE) + ")"
# 一半, 半成, 半百: (value, kind)
_TENTH, _HALF_CH = "成", "半"  # 七成 = 70 %, 三成半 = 35 %
_HALF = {r["form"]: (float(r["value"]), r["reads"]) for r in _FORMS if r["kind"] == "half"}

_NUM = rf"(?>{NUMERAL})"  # atomic: a numeral is never given back to try a shorter one
NUMBER_PATTERN = (
    # 一半, 半成, 半百
    "(?P<half>" + "|".join(map(re.escape, _HALF)) + ")"
    # 百分之六点五, 千分之三
    rf"|(?P<pct_pre>{_PCT_PREFIX})(?P<pct_num>{_NUM})"
    # 3/4, -3/2 (not a date like 2019/1/3)
    rf"|(?<![{_D}/])(?P<slash_num>[{_D}]+(?:\.[{_D}]+)?)[/／](?P<slash_den>[{_D}]+(?:\.[{_D}]+)?)(?![{_D}]|[/／][{_D}])"
    # 3:1
    rf"|(?P<ratio_a>[{_D}]+(?:\.[{_D}]+)?)[:：](?P<ratio_b>[{_D}]+(?:\.[{_D}]+)?)(?![{_D}]|[:：][{_D}])"
    # a numeral, then: 分之 (三分之一, 三又二分之一), 比 (三比一), or an approximate tail and
    # percent / 成 / ‰ (五百多, 6.5%, 七成六)
    rf"|(?:(?P<frac_whole>{_NUM})又)?(?P<lead>{_NUM})"
    rf"(?:{_OF}(?P<frac_num>{_NUM})|比(?P<cratio_b>{_NUM})"
    rf"|(?P<approx>[{_AFTER}{char_class('approx_inner')}](?![{_CN_ANY}]))?"
    rf"(?:(?P<pct>[%％])|(?P<permille>‰)|(?P<cheng>{_TENTH})"
    rf"(?P<cheng_tail>{_HALF_CH}|[{DIGIT_CHARS}](?![{_CN_ANY}{_TENTH}]))?)?)"
)
NUMBER_RE = re.compile(NUMBER_PATTERN)
_DIGIT_RE = re.compile(f"[0-9{DIGIT_CHARS}{''.join(ZEROS)}]")
NUMERAL_RE = re.compile(NUMERAL)
_ARABIC_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?")


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class Number:
    """One numeric expression: ``value`` normalised (percent in percent, fractions as decimals)."""

    text: str
    start: int
    end: int
    value: float
    kind: str = "number"  # number, percent, fraction, ratio
    unit: str = ""  # "%" for percents
    approx: bool = False  # 多/余/几: the value is a floor, not exact
    sequence: bool = False  # a bare digit string (二〇二五, 九九): a year or a name, rarely a count
    chinese: bool = False  # written with Chinese numerals (at least in part)


# ---------------------------------------------------------------- parsing


@dataclass(frozen=True)
class Parsed:
    value: float
    approx: bool = False
    sequence: bool = False


def _tokens(s: str) -> Optional[list[tuple[str, float]]]:
    """(kind, value) tokens: d = digit (Chinese or Arabic), z = zero, s = small unit,
    b = big unit, x = 几 (an open digit), a = Arabic multi-digit number."""
    out: list[tuple[str, float]] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if "0" <= ch <= "9":
            m = _ARABIC_TOKEN.match(s, i)
            tok = m.group()
            out.append(("a", float(tok)))
            i = m.end()
            continue
        if ch in ZEROS:
            out.append(("z", 0))
        elif ch in CN_DIGIT:
            out.append(("d", CN_DIGIT[ch]))
        elif ch in CN_SMALL:
            out.append(("s", CN_SMALL[ch]))
        elif ch in CN_BIG:
            out.append(("b", CN_BIG[ch]))
        elif ch in APPROX_INNER:
            out.append(("x", 0))
        elif ch in APPROX_AFTER:
            out.append(("m", 0))
        else:
            return None
        i += 1
    return out


def _clean(s: str) -> str:
    s = s.translate(_FULLWIDTH).replace(",", "").replace("，", "").replace(" ", "")
    return s.replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "") if not s.isascii() else s


@lru_cache(maxsize=4096)
def parse_numeral(s: str) -> Optional[Parsed]:
    """Value of a numeral (no sign, no percent): ``"1100万"`` → 11000000.0,
    ``"六点五"`` → 6.5, ``"三十几万"`` → 300000.0 (approx), ``"二〇二五"`` → 2025.0 (sequence).
    ``None`` when ``s`` is not a well-formed numeral (``"万"``, ``"十四五"``)."""
    s = _clean(s)
    if not s or _too_long(s):
        return None
    frac = ""
    for p in POINT:
        if p in s:
            s, _, frac = s.partition(p)
            break
    trailing_big = 1
    if frac:
        # 六点五亿: the decimal digits, then big units that scale the whole
        k = len(frac)
        while k and frac[k - 1] in CN_BIG:
            k -= 1
        for ch in frac[k:]:
            trailing_big *= CN_BIG[ch]
        digits = frac[:k]
        if not digits or any(ch not in CN_DIGIT for ch in digits):
            return None
        frac = "".join(str(CN_DIGIT[ch]) for ch in digits)
    toks = _tokens(s)
    if not toks:
        return None
    approx = any(k in "xm" for k, _ in toks)
    toks = [t for t in toks if t[0] != "m"]
    if toks and toks[0][0] == "x":
        return None  # 几十, 几百: no value
    kinds = "".join(k for k, _ in toks)
    # a digit string: 二〇二五, 一九九一 (two or more single digits, no units)
    if len(toks) >= 2 and set(kinds) <= {"d", "z"}:
        val = float("".join(str(int(v)) for _, v in toks))
        if frac:
            val = float(f"{int(val)}.{frac}")
        return Parsed(val * trailing_big, approx, True)
    stack: list[tuple[float, float]] = []  # (value, the big unit it was multiplied by)
    section = 0.0
    num: Optional[float] = None
    num_kind = ""
    last_unit = 0.0
    zero_since_unit = False
    prev = ""
    for kind, v in toks:
        if kind in "da":
            if num is not None:
                return None  # two numbers in a row: 十四五, 5 5
            num, num_kind = v, kind
        elif kind == "x":
            if num is not None:
                return None
            num, num_kind = 0.0, "x"
        elif kind == "z":
            if num is not None:
                return None  # 五零: not a numeral here
            zero_since_unit = True
        elif kind == "s":
            if num is None:
                if prev in ("s",):
                    return None  # 百千
                num = 1.0
            if num_kind == "x":
                num = 0.0
            section += num * v
            num, num_kind = None, ""
            last_unit, zero_since_unit = v, False
        else:  # big unit
            x = section + (num or 0.0)
            section, num, num_kind = 0.0, None, ""
            # groups of this unit or a smaller one belong under it: 三十万亿, 四万万, 一万零一万
            while stack and stack[-1][1] <= v:
                x += stack.pop()[0]
            if x == 0:
                return None  # 万, 万万 alone
            stack.append((x * v, v))
            last_unit, zero_since_unit = v, False
        prev = kind
    if num is not None and num_kind == "d" and prev == "d" and last_unit >= 100 and not zero_since_unit \
            and len(toks) >= 2 and toks[-2][0] in "sb":
        num = num * last_unit / 10  # 一万二, 两百四, 三千五
    total = sum(g for g, _ in stack) + section + (num or 0.0)
    if not math.isfinite(total):
        return None  # 万万万…: units alone can overflow a float
    if frac:
        total = float(f"{int(total)}.{frac}") if total == int(total) else total + float("0." + frac)
    total *= trailing_big
    return Parsed(total, approx, False) if math.isfinite(total) else None


def _too_long(s: str) -> bool:
    """More than :data:`MAX_DIGITS` digits written: not a quantity (and no float either)."""
    return len(s) > MAX_DIGITS and len(_DIGIT_RE.findall(s)) > MAX_DIGITS


def parse_number(s: str) -> Optional[float]:
    """The value of one numeric expression: a numeral, a signed numeral, a percent
    (in percent), a fraction or a ratio.  ``None`` when ``s`` is not one."""
    s = s.strip()
    if not s:
        return None
    m = NUMBER_RE.fullmatch(s)
    sign = 1.0
    if m is None and s[0] in NEGATIVE:
        m = NUMBER_RE.fullmatch(s[1:].lstrip())
        sign = -1.0
    if m is None:
        return None
    n = number_from_match(m)
    return None if n is None else sign * n.value


def number_from_match(m: re.Match) -> Optional[Number]:
    """The :class:`Number` for a match of :data:`NUMBER_RE`, or ``None`` when the numeral
    does not parse."""
    text, start, end = m.group(), m.start(), m.end()
    chinese = not text.isascii()
    lead = m.group("lead")
    if lead is not None:
        fnum = m.group("frac_num")
        if fnum is not None:
            den, num_p = parse_numeral(lead), parse_numeral(fnum)
            if den is None or num_p is None or den.value == 0:
                return None
            whole = 0.0
            if m.group("frac_whole"):
                w = parse_numeral(m.group("frac_whole"))
                if w is None:
                    return None
                whole = w.value
            return Number(text, start, end, whole + num_p.value / den.value, "fraction", "", False, False, chinese)
        if m.group("frac_whole") is not None:
            return None  # 三又 without 分之
        cb = m.group("cratio_b")
        if cb is not None:
            pa, pb = parse_numeral(lead), parse_numeral(cb)
            if pa is None or pb is None or pb.value == 0:
                return None
            return Number(text, start, end, pa.value / pb.value, "ratio", "", False, False, chinese)
        p = parse_numeral(lead)
        if p is None:
            return None
        val = p.value
        approx = p.approx or m.group("approx") is not None
        if m.group("pct"):
            return Number(text, start, end, val, "percent", "%", approx, False, chinese)
        if m.group("cheng"):
            tail = m.group("cheng_tail")
            if val > 10:
                return None
            pct = val * 10 + (5 if tail == "半" else CN_DIGIT[tail] if tail else 0)
            return Number(text, start, end, pct, "percent", "%", approx, False, chinese)
        if m.group("permille"):
            return Number(text, start, end, val / 10, "percent", "%", approx, False, chinese)
        return Number(text, start, end, val, "number", "", approx, p.sequence, chinese)
    pre = m.group("pct_pre")
    if pre is not None:
        p = parse_numeral(m.group("pct_num"))
        if p is None:
            return None
        return Number(text, start, end, p.value * _PCT_SCALE[pre[:-len(_OF)]], "percent", "%", p.approx, False, True)
    sn = m.group("slash_num")
    if sn is not None:
        if _too_long(_clean(sn)) or _too_long(_clean(m.group("slash_den"))):
            return None
        den = float(_clean(m.group("slash_den")))
        if den == 0:
            return None
        return Number(text, start, end, float(_clean(sn)) / den, "fraction", "", False, False, False)
    a = m.group("ratio_a")
    if a is not None:
        pa, pb = parse_numeral(a), parse_numeral(m.group("ratio_b"))
        if pa is None or pb is None or pb.value == 0:
            return None
        return Number(text, start, end, pa.value / pb.value, "ratio", "", False, False, chinese)
    h = m.group("half")
    if h in _HALF:
        value, kind = _HALF[h]
        return Number(text, start, end, value, kind, "%" if kind == "percent" else "", False, False, True)
    return None


# runs of characters a number can start with: the cheap prefilter before NUMBER_RE
RUN_RE = re.compile(rf"[{_D}{DIGIT_CHARS}{SMALL_CHARS}{BIG_CHARS}半]+")


def overlong(text: str, start: int, end: int) -> bool:
    """A run ``text[start:end]`` with more than :data:`MAX_DIGITS` digits: no quantity in it,
    so scanners skip it whole (trying each shorter end of it would be cubic)."""
    return end - start > MAX_DIGITS and len(_DIGIT_RE.findall(text, start, end)) > MAX_DIGITS


def iter_matches(text: str) -> Iterator[re.Match]:
    """Matches of :data:`NUMBER_RE`, left to right and not overlapping, found by first
    finding runs of numeral characters (much faster than scanning with NUMBER_RE)."""
    last = 0
    match = NUMBER_RE.match
    for r in RUN_RE.finditer(text):
        pos, end = r.start(), r.end()
        if overlong(text, pos, end):
            continue
        if pos < last:
            pos = last
        while pos < end:
            m = match(text, pos)
            if m is None:
                pos += 1
                continue
            yield m
            pos = last = m.end()


def find_numbers(text: str) -> Iterator[Number]:
    """Every numeric expression of ``text``, left to right (signs are not included)."""
    for m in iter_matches(text):
        n = number_from_match(m)
        if n is not None:
            yield n


# ---------------------------------------------------------------- writing numerals

_LOWER = char_class("digits_lower")
_UPPER = char_class("digits_upper")
_UNITS_LOWER, _UNITS_UPPER = char_class("units_lower"), char_class("units_upper")
_WAN, _YI = char_class("big_lower")
# a leading 2 of a 百/千/万/亿 group, written 两 with ``liang``
_LIANG = re.compile(rf"(?:(?<=^)|(?<=[{_WAN}{_YI}{_LOWER[0]}])){_LOWER[2]}(?=[{_UNITS_LOWER[1:]}{_WAN}{_YI}])")


def _four(n: int, digits: str, units: str) -> str:
    """0 < n < 10000 → its Chinese numeral with inner zeros (1005 → 一千零五)."""
    out, zero = [], False
    for k, u in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = n // k % 10
        if d:
            if zero:
                out.append(digits[0])
                zero = False
            out.append(digits[d] + u)
        elif out:
            zero = True
    return "".join(out)


def to_chinese(n: int, *, capital: bool = False, liang: bool = False) -> str:
    """An integer as a Chinese numeral: 10 → 十, 1005 → 一千零五, 10012 → 一万零一十二,
    110000000 → 一亿一千万.  ``capital`` writes 壹贰叁; ``liang`` writes 两 for a leading 2
    of 百/千/万/亿 groups."""
    if n < 0:
        return "负" + to_chinese(-n, capital=capital, liang=liang)
    digits = _UPPER if capital else _LOWER
    units = _UNITS_UPPER if capital else _UNITS_LOWER
    if n == 0:
        return digits[0]
    groups = []
    k = 0
    while n:
        groups.append((n % 10000, k))
        n //= 10000
        k += 1
    big = ["", _WAN, _YI, _WAN + _YI]
    out = []
    need_zero = False
    for g, k in reversed(groups):
        if g == 0:
            need_zero = bool(out)
            continue
        part = _four(g, digits, units)
        if out and (need_zero or g < 1000):
            part = digits[0] + part
        if k >= len(big):
            raise ValueError("number too large")
        out.append(part + big[k])
        need_zero = False
    s = "".join(out)
    if not capital and s.startswith(_LOWER[1] + _UNITS_LOWER[0]):
        s = s[1:]  # 一十二 → 十二 (but 一百一十 keeps its inner 一十)
    if liang and not capital:
        s = _LIANG.sub("两", s)
    return s


__all__ = [
    "Number", "Parsed", "NUMBER_RE", "NUMERAL_RE", "NUMERAL", "ARABIC", "NUMERAL_CHARS",
    "CN_DIGIT", "CN_SMALL", "CN_BIG", "parse_numeral", "parse_number", "number_from_match",
    "find_numbers", "iter_matches", "RUN_RE", "to_chinese",
]
