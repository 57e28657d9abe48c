"""The scanner: every number of a text, left to right, as a candidate — a measured quantity
(:mod:`.measure`) or a number that is not one (:mod:`.forms`: dates, plan periods, ordinals,
names, document numbers, slogans).

A cheap regex finds runs of numeral characters; a lone numeral character is looked at
through its neighbours before anything is parsed (most are words: 统一, 一些, 进一步), so
the cost stays with the real numbers.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional, Sequence

from .. import numbers as N
from .base import (Cand, TextIndex, ASCII_DIGITS, ASCII_LETTERS, MAX_NUMBER_CHARS, is_cjk_letter, match_number, unit_at,
                   year_like)
from .forms import FIVE_YEARS, ORDINAL_UNIT, PLAN_RE, date_form, docnum_at, ordinal_form, quote_at, quoted
from .lexicon import Lexicon, pairs_of, word_at, words_of
from ..resources import char_class
from .measure import carry_bounds, measure, pair_bounds


_CAPITALS = frozenset(char_class("scan_capitals"))
_BIG_ONLY = frozenset(char_class("scan_big_only"))
# after a lone numeral: characters that may continue a quantity (units are checked apart)
_CONTINUE = frozenset(char_class("scan_continue"))
_COMPLEMENTS = frozenset(char_class("scan_complements"))
_ISOLATE_AFTER = frozenset(char_class("scan_isolate_after") + " \n\t")
_ISOLATE_BEFORE = frozenset(char_class("scan_isolate_before") + " \n")
_ARABIC_GOES_ON = frozenset(char_class("scan_arabic_goes_on"))
_URL_RE = re.compile(r"(?:https?://|www\.)[A-Za-z0-9:/?#\[\]@!$&'()*+,;=%._~-]+")
_SIMPLE_ARABIC = re.compile(r"([0-9]+(?:\.[0-9]+)?)(%?)")
_UNIT_LEADS = frozenset(char_class("scan_unit_leads"))
_ITEM_BEFORE_YEAR = re.compile(r"([0-9]{1,2})[.．](?=(?:19|20)[0-9]{2}年)")
# A section number at the head of its line (4.2　国家级…, 5.1.2 省级…; the normaliser may have
# dropped the space): a dotted number of two to four levels that no digit, dot or % goes on
# from.  Not a decimal with its unit (2.5 万元, 1.5倍): the caller checks that.
_SECTION_NO = re.compile(r"[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3}(?![0-9.．%％])")
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")  # the title of another document: its numbers are its name
_MAGNITUDES = frozenset(char_class("scan_magnitudes"))
_OWN_NUMBER = re.compile(r"[0-9０-９]+(?=[^0-9０-９]*$)")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ORD_BEFORE = frozenset("（(\n。；：:;　 ，,")
_ORD_AFTER = frozenset(char_class("scan_ord_after"))
_DATE_AFTER_CHARS = frozenset(char_class("scan_date_after"))
_POINT = char_class("point")
_HUNDREDS, _THOUSANDS = char_class("scan_hundreds"), char_class("scan_thousands")
_HALF_NEXT, _FRACTION_ON = char_class("scan_half_next"), char_class("scan_fraction_goes_on")
_MARKER_AFTER, _COPULA_BEFORE = char_class("scan_marker_after"), char_class("scan_copula_before")
_TIME_BEFORE, _RANK_AFTER = char_class("scan_time_before"), char_class("scan_rank_after")
_DIGITS_1_10 = char_class("digits_1_10")
_FRACTION_OF, _FRACTION_OF_10K = words_of("fraction_of")[0], words_of("fraction_of_10k")[0]
_PLENARY_AFTER = words_of("plenary_after")
_NOTE_OPEN, _NOTE_CLOSE = char_class("note_open"), char_class("note_close")  # ［ ］: a note's number
_HEADING_LINE = re.compile(rf"[　 ]?[\u4e00-\u9fff][^\n{char_class('heading_stop')}]{{1,18}}(?=\n|$)")  # a short title
_NUMBER_AFTER = dict(pairs_of("number_after"))  # 一番 → 翻: 翻一番 doubles, 一番努力 is a word
_EVERY_OTHER, _MONTH_UNIT = words_of("every_other")[0], words_of("month_unit")[0]


# four numeral characters as two doubled pairs (AABB): no well-formed number reads so, an idiom does
_PAIRED_RUN = re.compile(rf"([{char_class('numeral_word_chars')}])\1(?!\1)([{char_class('numeral_word_chars')}])\2")
_NUMERAL_WORD = frozenset(char_class("numeral_word_chars"))


def _all_numerals(word: str) -> bool:
    """A lexicon word made only of numeral characters that no number reads so (千千万万, 一五一十):
    an idiom, whatever follows it (but 千万 before 吨 is ten million)."""
    if not all(ch in _NUMERAL_WORD for ch in word):
        return False
    p = N.parse_numeral(word)
    return p is None or p.sequence


def _single_ok(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a lone Chinese numeral character at ``pos`` can start a number at all."""
    ch = text[pos]
    nxt = text[pos + 1] if pos + 1 < len(text) else "\n"
    if ch in _BIG_ONLY:
        return text.startswith(_FRACTION_OF, pos + 1) \
            or (ch in _HUNDREDS and text.startswith(_FRACTION_OF_10K, pos + 1)) \
            or (ch in _THOUSANDS and text.startswith(_FRACTION_OF_10K, pos + 1))
    if ch == "半":
        return nxt in _HALF_NEXT
    if ch in "零○":
        return nxt in _POINT and pos + 2 < len(text) and text[pos + 2] in N.CN_DIGIT
    if ch in _CAPITALS:  # 拾级, 入伍, 登陆: a lone capital needs a unit that is not also a verb complement
        if nxt in _COMPLEMENTS:
            return False
        return unit_at(text, pos + 1, lex) is not None or nxt in _CONTINUE or nxt == "又" \
            or text.startswith(_FRACTION_OF, pos + 1)
    if nxt in _CONTINUE or nxt in _FRACTION_ON:
        return True
    if unit_at(text, pos + 1, lex) is not None:
        return True
    prev = text[pos - 1] if pos else "\n"
    if prev == "第" or nxt in _MARKER_AFTER or text.startswith(_PLENARY_AFTER, pos + 1):
        return True
    if nxt in _ISOLATE_AFTER and (prev in _ISOLATE_BEFORE or prev in _ISOLATE_AFTER or not is_cjk_letter(prev)):
        return True
    if prev in _COPULA_BEFORE and nxt in _ISOLATE_AFTER:
        return True
    if prev in _TIME_BEFORE and nxt in _RANK_AFTER:
        return True
    return False


@lru_cache(maxsize=4)
def _measure_runs(units_firsts: frozenset) -> re.Pattern:
    """Runs of numeral characters that can start a measured quantity: a lone character only
    where the next one could continue a number (a unit, 以上, %, punctuation …; the same
    neighbours :func:`_single_ok` accepts).  Lone characters inside words (统一, 一些) and
    the names and slogans they start (三农) are not visited at all."""
    plenary = "".join(w[0] for w in _PLENARY_AFTER)  # 中 of 中全会
    nexts = set(units_firsts) | _CONTINUE | _ISOLATE_AFTER \
        | set(_FRACTION_ON + _MARKER_AFTER + plenary + _POINT + _RANK_AFTER)
    cls = re.escape("".join(sorted(nexts)))
    run = N.RUN_RE.pattern[:-1]  # the character class, without its +
    # one character class first, so the regex engine skips fast to the candidates
    return re.compile(rf"{run}(?:{run}+|(?<=[0-9０-９])|(?=[{cls}]|$))")


def scan(text: str, lex: Lexicon, index: Optional[TextIndex] = None, keep=None,
         markers: Sequence[tuple[int, int]] = ()) -> list[Cand]:
    """Every number of ``text`` as a :class:`Cand`, left to right, not overlapping.
    ``keep(pos) -> (bool, until)``, when given, says whether the stretch from ``pos`` to
    ``until`` can hold what the caller wants (a sentence that cannot hold a target is
    skipped whole); then only what can be a measured quantity is looked at.
    ``markers``: the spans of the numbering markers the structure stage found, in order
    (1　总则, 4.2.1, a table's row number): numbers there are ordinals."""
    marker_starts = [a for a, _ in markers]
    titles = [(m.start(), m.end()) for m in _BOOK_TITLE.finditer(text)] if "《" in text else []
    title_starts = [a for a, _ in titles]
    out: list[Cand] = []
    keep_to = skip_to = -1
    index = index or TextIndex(text)
    urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)] if ("://" in text or "www." in text) else []
    last = 0
    singles = "‘" in text
    rfind = text.rfind
    widx = lex.word_index
    run_finditer = N.RUN_RE.finditer if keep is None else _measure_runs(lex.unit_table.firsts).finditer
    for r in run_finditer(text):
        pos, rend = r.span()
        if N.overlong(text, pos, rend) or rend - pos > MAX_NUMBER_CHARS:
            continue  # 一一一…, a 2,000-digit string, 十十十…: no quantity
        if _PAIRED_RUN.fullmatch(text, pos, rend):
            continue  # 三三两两, 万万千千, 七七八八: an idiom of doubled numerals, no number
        if pos < last:
            pos = last
        if keep is not None and pos >= keep_to:
            if pos < skip_to:
                continue
            ok, until = keep(pos)
            if not ok:
                skip_to = until
                continue
            keep_to = until
        while pos < rend:
            ch = text[pos]
            if urls and any(a <= pos < b for a, b in urls):
                pos = last = next(b for a, b in urls if a <= pos < b)
                break
            near_quote = rfind("“", pos - 14 if pos > 14 else 0, pos) >= 0
            qs = quote_at(text, pos, singles) if (near_quote or singles) else None
            if qs is not None:
                s, e = qs
                c = quoted(text, s, e, lex)
                if c is not None:
                    out.append(c)
                pos = last = max(e, pos + 1)
                continue
            if title_starts:
                k = bisect_right(title_starts, pos) - 1
                if k >= 0 and pos < titles[k][1]:  # 《某某规划（2018-2035）》: part of a title
                    a, b = titles[k]
                    out.append(Cand(a, b, None, "", "number", role="name", num_start=a + 1, num_end=b - 1, unit_end=b))
                    pos = last = b
                    continue
            if marker_starts:
                k = bisect_right(marker_starts, pos) - 1
                if k >= 0 and pos < markers[k][1]:
                    a, b = markers[k]
                    own = _OWN_NUMBER.search(text, a, b)  # the item's own number: 1 of 4.2.1
                    v = float(own.group().translate(_FULL_DIGITS)) if own else _numeral_in(text, a, b)
                    out.append(Cand(a, b, v, "", "number", role="ordinal", num_start=pos, num_end=b, unit_end=b))
                    pos = last = b
                    continue
            if ch in ASCII_DIGITS and _line_head(text, pos):
                sec = _section_number(text, pos, lex)
                if sec is not None:
                    out.append(sec)
                    pos = last = sec.end
                    continue
            if ch in ASCII_DIGITS and (not pos or text[pos - 1] == "\n") and _ITEM_BEFORE_YEAR.match(text, pos):
                im = _ITEM_BEFORE_YEAR.match(text, pos)  # 1.2025年海绵城市…汇总表: an item, then a year
                out.append(Cand(pos, im.end(), float(im.group(1)), "", "number", role="ordinal", num_start=pos,
                                num_end=im.end(1), unit_end=im.end()))
                pos = last = im.end()
                continue
            if ch in ASCII_DIGITS:
                # fast path: a run of plain digits that nothing continues (2019年, 300个)
                sm = _SIMPLE_ARABIC.match(text, pos) if (not pos or text[pos - 1] not in "/:：.-") else None
                if sm is not None and text[sm.end():sm.end() + 1] not in _ARABIC_GOES_ON and \
                        not (text[sm.end():sm.end() + 1] == " " and sm.end() - pos <= 3) and \
                        (sm.end() - pos < 4 or text[sm.end():sm.end() + 1] not in "，,"):
                    v = float(sm.group(1))
                    if sm.group(2):  # 6.5% (the commonest form: no need for the full grammar)
                        n = N.Number(sm.group(), pos, sm.end(), v, "percent", "%")
                    else:
                        n = N.Number(sm.group(), pos, sm.end(), v)
                else:
                    m, n = match_number(text, pos)
            else:
                pm = PLAN_RE.match(text, pos) if ("五" in text[pos + 1:pos + 3] and ch in _DIGITS_1_10) else None
                if pm is not None:
                    num = pm.group()
                    k = N.parse_numeral(num[:-1]) if len(num) > 1 else None
                    nv = int(k.value) if k else None
                    dl = lex.plan_periods.get(nv) if nv else None
                    out.append(Cand(pm.start(), pm.end(), float(nv) if nv else None, "", "number", role="period",
                                    num_start=pm.start(), num_end=pm.end(), unit_end=pm.end(),
                                    year=dl[0] if dl else None))
                    pos = last = pm.end()
                    continue
                w = word_at(text, pos, pos + 1, lex) if (text[pos - 1:pos + 1] in widx or text[pos:pos + 2] in widx) \
                    else None
                if w is not None:
                    wm = N.NUMBER_RE.match(text, pos)
                    if wm is not None:
                        u = lex.unit_table.at(text, wm.end()) if not _all_numerals(w[0]) else None
                        if wm.end() > w[2] or (u is not None and wm.end() + len(u) > w[2]):  # 千千万万个: an idiom
                            w = None  # 十分之一, 三公里: a number, though 十分 and 三公 are words
                if w is not None and ws_before(text, w, _NUMBER_AFTER):
                    w = None  # 翻一番: a number after its verb, though 一番 alone is a word
                if w is not None:
                    word, ws, we = w
                    role = lex.words[word]
                    if role != "word":
                        out.append(Cand(ws, we, None, "", "number", role=role, num_start=ws, num_end=we, unit_end=we))
                    pos = last = max(we, pos + 1)
                    continue
                if rend - pos == 1:
                    if not _single_ok(text, pos, lex):
                        pos += 1
                        continue
                    nxt = text[pos + 1:pos + 2]
                    if (ch in N.CN_DIGIT or ch == "十") and nxt not in _CONTINUE and nxt not in _FRACTION_ON + _POINT:
                        n = N.Number(ch, pos, pos + 1, float(N.CN_DIGIT.get(ch, 10)), chinese=True)
                    else:
                        m, n = match_number(text, pos)
                else:
                    m, n = match_number(text, pos)
            if n is not None and n.kind == "number" and n.end - n.start > 1 and n.text[-1] in _UNIT_LEADS:
                u = lex.unit_table.at(text, n.end - 1)
                if u is not None and len(u) > 1:  # 10亿千瓦: 千 starts the unit, not the numeral
                    m2 = N.NUMBER_RE.match(text, pos, n.end - 1)
                    n2 = N.number_from_match(m2) if m2 is not None else None
                    if n2 is not None:
                        n = n2
            if n is None:
                pos += 1
                continue
            c = docnum_at(text, n) if (n.start and text[n.start - 1] in "〔[［【(（") else None
            if c is not None:
                out.append(c)
                pos = last = c.end
                continue
            c, end = _classify(text, n, out, lex, index)
            if c is not None:
                out.append(c)
            pos = last = max(end, pos + 1)
    if "零" in text:
        out = _with_zeros(text, out, lex)
    return carry_bounds(text, pair_bounds(text, out), lex)


def _numeral_in(text: str, a: int, b: int) -> Optional[float]:
    """The number a marker written in words holds: 3 of （三）, 二是, 第十二条."""
    r = N.RUN_RE.search(text, a, b)
    p = N.parse_numeral(r.group()) if r is not None else None
    return p.value if p is not None else None


def _line_head(text: str, pos: int) -> bool:
    """Whether only white space stands between the line start and ``pos``."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\u3000":
        k -= 1
    return k < 0 or text[k] == "\n"


def _section_number(text: str, pos: int, lex: Lexicon) -> Optional[Cand]:
    """A section number at the head of a line (4.2.1　出现…), as an ordinal; or None."""
    m = _SECTION_NO.match(text, pos)
    if m is None:
        return None
    k = m.end()
    while k < len(text) and text[k] in " \t\u3000":
        k += 1
    levels = m.group().count(".") + m.group().count("．")
    if levels == 1 and not (k < len(text) and "\u4e00" <= text[k] <= "\u9fff"):
        return None  # 3.75 alone on its line: a table's figure
    if text[k:k + 1] in _MAGNITUDES or text[k:k + 1] in _ARABIC_GOES_ON or unit_at(text, k, lex) is not None:
        return None  # 2.5万元, 1.5 倍, 9.5成: a number and its unit
    head = m.group().replace("．", ".").split(".")
    return Cand(pos, m.end(), float(head[-1]), "", "number", role="ordinal", num_start=pos, num_end=m.end(),
                unit_end=m.end())


def ws_before(text: str, w: tuple, after: dict) -> bool:
    """The numeral word ``w`` (word, start, end) stands right after the character that makes it a number."""
    ch = after.get(w[0])
    return ch is not None and w[1] > 0 and text[w[1] - 1] == ch


_NEAR_ZERO = words_of("near_zero")
_ZERO_NAMED = words_of("zero_named")


def _with_zeros(text: str, out: list[Cand], lex: Lexicon) -> list[Cand]:
    """Zero goals written in words (重大事故零发生, 实现人员“零伤亡”, 动态清零) as quantities
    of value 0, in place of a quotation that holds only the word."""
    zeros = []
    for m in lex.zero_re.finditer(text):
        s, e = m.span()
        if text.startswith(_ZERO_NAMED, e):
            continue  # 化肥农药零增长行动: the name of a programme
        cmp_ = "~" if text.endswith(_NEAR_ZERO, 0, s) else lex.zero_cmp[m.group()]
        zeros.append(Cand(s, e, 0.0, "", "number", cmp_, num_start=s, num_end=s + 1, unit_end=e,
                          cmp_cue="趋" if cmp_ == "~" else ""))
    if not zeros:
        return out
    merged, i = [], 0
    for c in out:
        while i < len(zeros) and zeros[i].end <= c.start:
            merged.append(zeros[i])
            i += 1
        if i < len(zeros) and zeros[i].start < c.end:
            z = zeros[i]
            i += 1
            if c.role in ("name", "slogan") and c.start <= z.start and z.end <= c.end \
                    and c.end - c.start <= z.end - z.start + 2:
                merged.append(z)  # “零伤亡”: the quotation is the zero goal
                continue
            # otherwise a number already read there wins
        merged.append(c)
    merged.extend(zeros[i:])
    return merged


def _classify(text: str, n: N.Number, prev: list, lex: Lexicon, index: TextIndex) -> tuple[Optional[Cand], int]:
    """The candidate for number ``n`` and the position to go on from."""
    s, e = n.start, n.end
    n_text = len(text)
    before = text[s - 1] if s else "\n"
    after = text[e] if e < n_text else "\n"
    # ---- forms decided by the neighbourhood
    if n.kind == "number" and n.sequence and (len(n.text) == 2 or year_like(n) is None):
        # 一一, 三三: not a number; a long digit string without 年 neither
        if not text.startswith("年", e):
            return None, e
    if before == "每" and n.text in ("一", "壹"):
        return None, e  # 每一个岗位: a scope, not a count
    if before == "每" or text[max(0, s - 2):s] == _EVERY_OTHER:
        u = unit_at(text, e + (1 if text.startswith("个", e) and not text.startswith(_MONTH_UNIT, e) else 0), lex)
        if u is not None and u.kind == "duration":  # 每5年, 每两个月: a period, not a quantity
            end = e + len(u.text) + (1 if text.startswith("个", e) and not text.startswith(_MONTH_UNIT, e) else 0)
            return Cand(s - 1, end, n.value, u.canonical, "number", role="period", num_start=s, num_end=e,
                        unit_end=end), end
    if before == "第":
        um = ORDINAL_UNIT.match(text, e)
        if um.group() == "个":
            fy = FIVE_YEARS.match(text, um.end())  # 第一个五年, 第十四个五年规划
            if fy:
                um = fy
        return Cand(s - 1, um.end(), n.value, "", "number", role="ordinal", num_start=s, num_end=e,
                    unit_end=um.end()), um.end()
    if (s == 0 or text[s - 1] == "\n") and n.kind == "number" and len(n.text) <= 2 and n.text.isdigit() \
            and _HEADING_LINE.match(text, e) and unit_at(text, e, lex) is None and not lex.cmp_after_table.at(text, e):
        # 5　应急保障 (the normaliser drops the space): a heading's or a table of contents' number
        return Cand(s, e, n.value, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e), e
    if before in _NOTE_OPEN and after in _NOTE_CLOSE and n.kind == "number":
        # a note's mark: “两新”［15］政策, and the note itself at a line's head: ［15］两新：…
        return Cand(s - 1, e + 1, n.value, "", "number", role="ordinal", num_start=s, num_end=e, unit_end=e + 1), e + 1
    if lex.name_before.ending_at(text, s):  # 拨打110, 热线12345: a code, not a quantity
        return Cand(s, e, n.value, "", "number", role="name", num_start=s, num_end=e, unit_end=e), e
    cap = lex.captions.ending_at(text, s) if n.text.isdigit() else None
    if cap and _line_head(text, s - len(cap)):  # 表2 某某计划表: a caption's number
        return Cand(s, e, n.value, "", "number", role="name", num_start=s, num_end=e, unit_end=e), e
    if n.kind == "number" and n.text.isdigit() and len(n.text) <= 2 and is_cjk_letter(before) \
            and (after in "\n（(" or e == n_text) and unit_at(text, e, lex) is None:
        # 嘉定工业区1（14平方公里）, a table cell 某某片区2: a number closing a name
        return Cand(s, e, n.value, "", "number", role="name", num_start=s, num_end=e, unit_end=e), e
    if n.kind == "number" and n.text.isdigit() and year_like(n) is not None and is_cjk_letter(after) \
            and after != "的" and unit_at(text, e, lex) is None and not lex.cmp_after_table.at(text, e) \
            and not lex.cmp_before_table.ending_at(text, s):
        # 2035总规, 2049愿景: a year that names a plan, with no unit after it
        return Cand(s, e, n.value, "", "number", role="name", num_start=s, num_end=e, unit_end=e), e
    if before in ASCII_LETTERS or after in ASCII_LETTERS or after == "+" or before == "+":
        # 5G, G20, PM2.5, 1+X, “8+4”
        j = e
        while j < n_text and (text[j] in ASCII_LETTERS or text[j] in ASCII_DIGITS or text[j] in "+.-"):
            j += 1
        return Cand(s, j, n.value, "", "number", role="name", num_start=s, num_end=e, unit_end=j), j
    single = len(n.text) == 1 and n.kind == "number"
    if n.kind == "number" and not n.approx:
        if before in _ORD_BEFORE or after in _ORD_AFTER:
            c = ordinal_form(text, n, before, after, single, lex)
            if c is not None:
                return c, c.end
        if after in _DATE_AFTER_CHARS:
            c = date_form(text, n, lex)
            if c is not None:
                return c, c.end
    if n.kind == "fraction" and after == "年":  # 2018/19年度: a fiscal year written short
        c = date_form(text, n, lex)
        if c is not None:
            return c, c.end
    if n.kind == "ratio" and n.text[:1].isdigit() and ":" in n.text:
        a, _, b = n.text.partition(":")
        if len(b) == 2 and int(a) <= 24 and int(b) < 60:  # 8:30 is a clock time
            return Cand(s, e, n.value, "", "number", role="date", num_start=s, num_end=e, unit_end=e), e
    return measure(text, n, prev, lex, index)


__all__ = ["Cand", "TextIndex", "scan"]
