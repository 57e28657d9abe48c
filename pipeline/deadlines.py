"""The one deadline normaliser: every stage that reads a "by when" calls this module, so one
text gives one normal form wherever it stands (a requirement's sentence, a responsibility
note, a table's 完成时限 cell, a target's time frame).

Normal forms (``corpora/README.md``): ``2025`` (到2025年), ``2025-12-31`` (2025年底前),
``2025-03-31`` (3月底前: a month ends on its last day), ``2021/2025`` (a range or a plan
period), ``open`` (长期坚持, 持续推进).  :func:`normalize` reads a text; :func:`normal_form`,
:func:`plan_form` and :func:`within` build the form from parts a scanner has already read (the
quantity stage's dated numbers), so the forms are written in one place only.

The words are data: ``models/deadlines.tsv`` (words and their templates), ``models/plan_periods.tsv``
(five-year plans) and the ``open`` / ``open_lead`` rows of ``models/responsibility.tsv``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Optional

from . import numbers as N
from .resources import char_class, read_tsv

__all__ = ["UNKNOWN_YEAR", "fiscal_modifier", "fiscal_year", "list_year", "month_span", "name_year", "normalize",
           "section_plan",
           "written", "normal_form", "plan_form", "within", "word_form", "mentions_plan", "lexicon"]

DEADLINES_FILE = "deadlines.tsv"
PLANS_FILE = "plan_periods.tsv"
WORDS_FILE = "deadline_words.tsv"  # the words of the readers below, by role
OPEN_FILE = "responsibility.tsv"  # rows of kind open (长期坚持) and open_lead (持续, 长期)
OPEN = "open"


@dataclass(frozen=True)
class Lexicon:
    cues: Mapping[str, str]  # word -> template ({Y}, {Y+1}, {M}, {D}), models/deadlines.tsv
    fiscal: Mapping[str, str]  # word -> template in a document that counts fiscal years (来年 → {Y}/{Y+1})
    cue_re: re.Pattern  # a word, after an optional month (group "mo"; group "cue")
    cue_any: re.Pattern  # the words alone: a text none of them occurs in needs no scan by cue_re (fast to search)
    plans: Mapping[int, tuple[int, int]]  # five-year plan number -> (first, last year)
    open_words: tuple[str, ...]  # a task without an end (长期坚持)
    open_lead: tuple[str, ...]  # adverbs of no end that make the predicate they open "open" (持续)


@lru_cache(maxsize=None)
def words(role: str) -> tuple[str, ...]:
    """The words of one role of ``models/deadline_words.tsv``, in the file's order."""
    return tuple(r["word"] for r in read_tsv(WORDS_FILE) if r["role"] == role)


def _any(role: str) -> str:
    """The words of ``role`` as a regex alternation, tried in the file's order."""
    return "|".join(re.escape(w) for w in words(role))


def _cls(name: str) -> str:
    """The characters of a class of char_classes.tsv, escaped for a regex's [...]."""
    return re.escape(char_class(name))


_Y, _M, _D = char_class("date_frame")  # 年 月 日
_CN_MONTH = rf"十[{_cls('deadline_month_teens')}]?|[{_cls('digits_1_9')}]"  # 一 … 十二 before 月
# a month before a deadline word (3月底前, 十二月底前; group "mo"), in the cue regexes of lexicon() and _in_year_re
_MONTH_BEFORE_CUE = rf"(?:(?P<mo>\d{{1,2}}|{_CN_MONTH})(?={_M}))?"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    cues = {r["cue"]: r["deadline"] for r in read_tsv(DEADLINES_FILE)}
    opens: dict[str, list[str]] = {}
    for r in read_tsv(OPEN_FILE):
        if r["kind"] in ("open", "open_lead"):
            opens.setdefault(r["kind"], []).append(r["word"])
    fiscal = {r["cue"]: r["fiscal"] for r in read_tsv(DEADLINES_FILE) if r.get("fiscal")}
    return Lexicon(cues=cues, fiscal=fiscal, cue_re=re.compile(f"{_MONTH_BEFORE_CUE}(?P<cue>{_alt(cues)})"),
                   cue_any=re.compile(_alt(cues)),
                   plans={int(r["number"]): (int(r["start"]), int(r["end"])) for r in read_tsv(PLANS_FILE)},
                   open_words=tuple(opens.get("open", ())), open_lead=tuple(opens.get("open_lead", ())))


# --------------------------------------------------------------------------- forms

def normal_form(year: int, month: Optional[int] = None, day: Optional[int] = None, *, end_of: bool = False,
                half: str = "", upper: Optional[int] = None, before: bool = False) -> str:
    """The normal form of a date read into parts: a range of years (``upper``, no month) is
    "Y/U"; a day "Y-MM-DD"; a month ends on its last day, or (``before`` without ``end_of``:
    6月前, before June begins) the month before does; ``half`` "上" ends in June, "下" or
    ``end_of`` (年底) in December; else the year alone."""
    if upper is not None and not month:
        return f"{year}/{upper}"
    if month and 1 <= month <= 12:
        if day:
            return f"{year:04d}-{month:02d}-{day:02d}"
        if before and not end_of:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if half == "上":
        return f"{year:04d}-06-30"
    if end_of or half == "下":
        return f"{year:04d}-12-31"
    return f"{year:04d}"


def plan_form(number: int, end: bool = False) -> Optional[str]:
    """A five-year plan by its number: "first/last" (“十四五”期间), or its last year (``end``: …末)."""
    span = lexicon().plans.get(number)
    if span is None:
        return None
    return str(span[1]) if end else f"{span[0]}/{span[1]}"


def within(year: int, years: int) -> str:
    """A horizon counted from the document's year (三年内, 今后五年): "Y/Y+n"."""
    return f"{year}/{year + years}"


def word_form(cue: str, year: int, month: Optional[int] = None, fiscal: bool = False) -> Optional[str]:
    """A word of ``models/deadlines.tsv`` (年底前, 3月底前) in the document's ``year``; None for a
    word that needs a month (月底前) when none is written, and for a month the word does not take.
    ``fiscal``: the document counts fiscal years (本年度 → "2012/2013" in 2013)."""
    lex = lexicon()
    t = (lex.fiscal.get(cue) if fiscal else None) or lex.cues.get(cue)
    if t is None:
        return None
    if "{M-}" in t:  # 12月前: before the month begins
        return normal_form(year, month, before=True) if month and 1 <= month <= 12 else None
    if "{M}" in t:
        if not month or not 1 <= month <= 12:
            return None
        t = t.replace("{M}", f"{month:02d}").replace("{D}", f"{calendar.monthrange(year, month)[1]:02d}")
    elif month:
        return None  # 6月年底 is no date
    century = (year - 1) // 100 * 100  # 本世纪 of 1982 runs 1901-2000, of 2022 2001-2100
    t = t.replace("{C+50}", str(century + 50)).replace("{C+100}", str(century + 100))
    return t.replace("{Y+1}", str(year + 1)).replace("{Y-1}", str(year - 1)).replace("{Y}", str(year))


# --------------------------------------------------------------------------- reading a text

# the end of a range of months after the first month (2027年4月—9月, 4—9月, 4月至2028年3月; groups y3, mo2):
# a phase of work, done by the end of its last month
_MONTH_TO = (rf"(?:\s*[{_cls('deadline_range_dash')}]\s*(?:(?P<y3>20\d\d|19\d\d)\s*{_Y})?(?P<mo2>\d{{1,2}})(?={_M}))?"
             rf"(?(mo2){_M}|{_M})")
_DEADLINE = re.compile(
    rf"(?P<pre>{_any('to_pre')})?(?P<y1>20\d\d|19\d\d)\s*{_Y}?\s*"
    rf"(?:[{_cls('deadline_range_dash')}]\s*(?P<y2>20\d\d|19\d\d|\d\d(?=\s*{_Y}))\s*{_Y})?"
    rf"(?:(?P<m>\d{{1,2}}){_M}(?P<d>\d{{1,2}}){_D}|(?P<mo>\d{{1,2}}){_M}?{_MONTH_TO}(?P<moend>{_any('end_mark')})?)?"
    rf"(?P<end>{_any('end_word')})?(?P<before>{_any('before')})?")
_BEFORE = re.compile(rf"\s*{_Y}?\s*(?:{_any('before')})")
_TITLE = re.compile(r"《[^《》\n]{1,80}》")
_CLAUSE_START = frozenset("，,。；;：:\n")  # a range of years at a clause start sets the time of the clause
_LIST_MARK = "、"  # between the items of a list of nouns
_RANGE_PRE = words("range_pre")


def _full_year(y1: int, y2: Optional[str]) -> Optional[int]:
    """The second year of a range, written in full or by its last two digits (2013至14年度)."""
    if not y2:
        return None
    return int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)


def _clause_start(text: str, i: int) -> bool:
    head = text[:i].rstrip(" \u3000")
    return not head or head[-1] in _CLAUSE_START


_YEAR_DIGITS = char_class("year_digits")  # 〇○零一二三四五六七八九: a year written digit by digit (二〇二六年)
_CN_YEAR = re.compile(f"[{_YEAR_DIGITS}]{{4}}(?={_Y})")
_TO_ARABIC = str.maketrans({c: str(i) for i, c in enumerate(_YEAR_DIGITS[2:])} | {_YEAR_DIGITS[0]: "0",
                                                                                  _YEAR_DIGITS[1]: "0"})


def arabic_years(text: str) -> str:
    """``text`` with each year written digit by digit in Chinese (二〇二六年) in Arabic figures, the
    same length, so that offsets hold."""
    if _Y not in text:
        return text
    return _CN_YEAR.sub(lambda m: m.group().translate(_TO_ARABIC), text)


def _ten_days(text: str, i: int, year: int, month: int) -> Optional[str]:
    """A ten-day period of ``month`` right after its 月 (at ``i``, past 月): 中旬 → the 20th, 中旬前 → the
    10th (``models/deadlines.tsv``, the 月…旬 rows); None where none follows."""
    for cue in _TEN_DAY_CUES():
        if text.startswith(cue[1:], i):
            return word_form(cue, year, month)
    return None


@lru_cache(maxsize=1)
def _TEN_DAY_CUES() -> tuple[str, ...]:
    """The words of the deadline lexicon that follow a month's 月 (中旬前, 中旬, 底前), longest first."""
    return tuple(sorted((c for c in lexicon().cues if c.startswith(_M)), key=len, reverse=True))


def written(text: str, strict: bool = False, year: Optional[int] = None) -> Optional[str]:
    """A date written with its year that sets a limit: 到2025年 → "2025", 2022年底前 →
    "2022-12-31", 2021—2025年 → "2021/2025", 2020年6月底前 → "2020-06-30", 2024年6月前 →
    "2024-05-31" (before June begins); not a time from which (2016年6月起), a bare year
    (2015年, a time when) or a date inside a title (《…规划（2025-2035年）》).  ``strict`` (a
    requirement's own sentence): a range of years only after a preposition or at a clause
    start, not as a modifier (减免2013-2014年度差饷: the year a charge is of), and (with the
    document's ``year``) no date of a year before it: a past event (2020年6月23日拍摄, 到2019年底已有…)."""
    text = arabic_years(text)
    if "20" not in text and "19" not in text:
        return None  # no year
    titles = [m.span() for m in _TITLE.finditer(text)] if "《" in text else []
    for m in _DEADLINE.finditer(text):
        if not m.group("y1") or any(a < m.start("y1") < b for a, b in titles):
            continue
        tail = text[m.end():m.end() + 2]
        if tail.startswith(words("since_tail")):
            continue
        y1 = int(m.group("y1"))
        y2 = _full_year(y1, m.group("y2"))
        if y2 is not None and y2 <= y1:
            continue  # 2013-12年: no range
        if strict and year is not None and (y2 or y1) < year:
            continue
        if strict and m.start() and text[m.start() - 1] in _LIST_MARK and m.group("pre") in words("to_word"):
            continue  # 阐述…成就、到2035年基本实现…远景目标、…: an item of a list of contents names a goal
        if m.group("y2"):
            if strict and not m.group("pre") and not text.startswith(_RANGE_PRE, m.start() - 1) \
                    and not _clause_start(text, m.start()):
                continue
            return normal_form(y1, upper=y2)
        if m.group("m") and m.group("d"):
            if strict and year is not None and y1 <= year and not m.group("pre") and not m.group("before"):
                continue  # 2020年1月23日，…: a day of the document's year with no 前 or 到 is an event's, no limit
            return normal_form(y1, int(m.group("m")), int(m.group("d")))
        if m.group("mo2") and 1 <= int(m.group("mo")) <= 12 and 1 <= int(m.group("mo2")) <= 12:
            y3 = int(m.group("y3") or y1)
            if (y3, int(m.group("mo2"))) > (y1, int(m.group("mo"))):
                return normal_form(y3, int(m.group("mo2")))  # 2027年4月—9月: by the end of September
        if m.group("mo") and 1 <= int(m.group("mo")) <= 12:
            if not (m.group("moend") or m.group("end") or m.group("before")) \
                    and (ten := _ten_days(text, m.end(), y1, int(m.group("mo")))):
                return ten  # 2026年9月中旬前
            return normal_form(y1, int(m.group("mo")), end_of=bool(m.group("moend") or m.group("end")),
                               before=bool(m.group("before")))
        if m.group("end"):
            return normal_form(y1, end_of=True)
        if m.group(0).startswith(words("to_word")) or _BEFORE.match(text, m.end("y1"), m.end("y1") + 4):
            return normal_form(y1)
        if strict and year is not None and y1 >= year and m.group("pre") in words("span_at") \
                and text[m.end("y1"):m.end()].strip() and not text.startswith(words("fiscal_word"), m.end() - 1) \
                and not lexicon().cue_re.match(text, m.end()) \
                and (_clause_start(text, m.start())
                     or text[max(0, m.start() - 2):m.start()].endswith(words("horizon_after"))):
            return normal_form(y1)  # 于2026年完成, 要在2027年完成: the task's year (not 所有在2026年完成…的)
    return None


# “十四五”期间 / 时期 / 末: a five-year plan by its number; a preposition before it (在, 到) sets a limit
_D19 = _cls("digits_1_9")
_PLAN = re.compile(rf"(?P<pre>{_any('plan_pre')})?[“\"]?(?P<n>[{_D19}]?十[{_D19}]?)五[”\"]?"
                   rf"(?:{_any('plan_word')})?(?P<tail>{_any('plan_tail')})?")
# 于今年9月 / 於明年第一季: a month or a quarter of this or next year after 于 (by then)
# 于10月 (no year): a month of the document's year
_REL, _QUARTER = _any("rel_year"), _cls("deadline_quarter")
_REL_MONTH = re.compile(rf"(?:[{_cls('deadline_at')}]\s*(?:(?P<rel>{_REL})\s*)?|(?P<rel2>{_any('next_year')})\s*)"
                        rf"(?:(?P<mo>\d{{1,2}}|{_CN_MONTH})\s*{_M}(?:\s*(?P<day>\d{{1,2}})\s*{_D})?"
                        rf"(?P<before>{_any('before')})?|(?<={_REL})\s*第?(?P<q>[{_QUARTER}])季"
                        rf"|(?<={_REL})第?(?P<q2>[{_QUARTER}])季)")
_QUARTER_MARK = "季"  # the quarter's mark in _REL_MONTH: a match holds it or _M
# a horizon counted from the document's year at a clause start: 力争三到五年时间内 → Y+3/Y+5, 三年内 → Y/Y+3
_COUNT = rf"[\d{_cls('digits_1_10_liang')}]{{1,3}}"  # 三, 10: a count of years
_HORIZON = re.compile(rf"(?P<lead>{_any('horizon_lead')})?(?P<a>{_COUNT})"
                      rf"(?:[{_cls('deadline_horizon_dash')}](?P<b>{_COUNT}))?"
                      rf"{_Y}(?:{_any('horizon_span')})?(?:{_any('horizon_within')})")
# 用3年时间: a horizon without 内 after its lead word of use (searched only where the word stands)
_HORIZON_USE = re.compile(rf"(?P<lead>{_any('horizon_use')})(?P<a>{_COUNT})"
                          rf"(?:[{_cls('deadline_horizon_dash')}](?P<b>{_COUNT}))?{_Y}(?:{_any('horizon_span')})")
# 在未来五年: a horizon without 内 after its lead word of time (Hong Kong's addresses; searched only where one stands)
_HORIZON_BARE = re.compile(rf"(?P<lead>{_any('horizon_bare')})(?P<a>{_COUNT})"
                           rf"(?:[{_cls('deadline_horizon_dash')}](?P<b>{_COUNT}))?{_Y}(?!{_any('horizon_within')})")
_COUNT_BEFORE = re.compile(rf"{_COUNT}\s*$")
_RECURRING = re.compile(rf"每(?:{_any('recurring_unit')})?\s*$")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)\s*年?\s*$")  # 2026年上半年, 2026年内: the word's year is written
# a date written with dots or slashes, the whole value of a note's or a table's time cell: 2026.12, 2026/6/30
_DOTTED = re.compile(r"\s*(?P<y>(?:19|20)\d\d)\s*[.．/]\s*(?P<m>\d{1,2})(?:\s*[.．/]\s*(?P<d>\d{1,2}))?\s*"
                     rf"(?P<tail>{_M}?(?:{_any('end_mark')})?(?:{_any('before')})?)\s*")
_OPEN_VALUE = 6  # characters of a value that is only an adverb of no end and its verb (持续开展)
# a span from a year on: 从2021年起用5年时间 → 2021/2026, 2013-2014年度起5年間 → 2013/2018
# (从明年下半年开始，用三年时间 → the year after the document's + 3: a year counted from the document's)
_FROM_YEAR = re.compile(rf"(?:(?P<y>(?:19|20)\d\d)\s*(?:[－—–\-~～]\s*(?:19|20)?\d\d)?\s*{_Y}度?"
                        rf"|(?P<rel>{_any('rel_year')})(?:{_any('from_part')})?)\s*"
                        rf"(?:{_any('start_word')})[，,]?\s*(?:{_any('horizon_after')})?(?:{_any('from_use')})?"
                        rf"(?P<n>{_COUNT})\s*{_Y}(?:{_any('from_span')})")
# a future year that opens a clause (…，2028年逐步扩大至全市): the time of the clause
_BARE_YEAR = re.compile(rf"(?P<y>20\d\d)\s*{_Y}(?![{_cls('deadline_year_not_after')}])")


def _number(s: Optional[str]) -> Optional[int]:
    """An Arabic or Chinese numeral (9, 十一) as an int, or None."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    p = N.parse_numeral(s)
    return int(p.value) if p is not None else None


def _plan(text: str, strict: bool) -> Optional[str]:
    """A five-year plan named as the time of a task: 在“十四五”期间 → "2021/2025", 到“十五五”末 →
    "2030" (``strict``: only after 在/到/至/于, or with 末/期间/时期/内)."""
    if "五" not in text:
        return None
    for m in _PLAN.finditer(text):
        n = _number(m.group("n"))
        whole = not strict and m.group() == text.strip()  # a note's value that is only the plan (“十五五”)
        if n is None or n not in lexicon().plans:
            continue
        if strict and not m.group("pre"):
            if _plan_opens_task(text, m.start(), m.end(), m.group("tail")):
                return plan_form(n, (m.group("tail") or "").startswith("末"))
            if _clause_has(text, m.end(), words("plan_close")):
                return plan_form(n, True)  # “十四五”规划圆满收官: the plan's last year
            if _clause_start(text, m.start()) and _clause_has(text, m.end(), words("plan_goal")):
                return plan_form(n)  # “十五五”发展的主要目标是：…: the plan's span is the time of its goals
            continue
        if not (m.group("pre") or m.group("tail") or whole):
            continue
        if strict and text.startswith(_OF, m.end()) and m.group("pre") not in words("to_word"):
            continue  # 在“十五五”时期的战略任务方面: the plan's span qualifies a noun, no time set
        return plan_form(n, (m.group("tail") or "").startswith("末"))
    return None


def _plan_opens_task(text: str, i: int, j: int, tail: Optional[str]) -> bool:
    """A plan with its tail (“十五五”内, 时期) opening a clause sets the time of the task when a modal
    follows in that clause (“十五五”内争取…) or the clause is only the plan (“十五五”时期，要…)."""
    if not tail or not _clause_start(text, i):
        return False
    return j >= len(text) or text[j] in _CLAUSE_START or _modal_in_clause(text, j)


def _clause_has(text: str, j: int, found: tuple[str, ...]) -> bool:
    """One of the words ``found`` stands in the clause that goes on at ``j``."""
    end = j
    while end < len(text) and text[end] not in _CLAUSE_START:
        end += 1
    return any(w in text[j:end] for w in found)


_PART_LEAD = char_class("deadline_part_lead")


_SECTION_MAX = 40  # characters of a section heading (a longer title is a sentence run into its item)


def section_plan(title: str) -> Optional[str]:
    """The span of the five-year plan whose period and goals a section heading names (二、“十五五”时期主要目标任务 →
    "2026/2030"): the time of the section's tasks that state none; not a review (“十三五”时期发展成就和…: the goal
    word must follow the plan it belongs to, before another plan) nor a plan's making (“十一五”规划《纲要》的编制)."""
    if "五" not in title or len(title) > _SECTION_MAX:
        return None
    found = [m for m in _PLAN.finditer(title) if m.group("tail") in words("plan_period")]
    for k, m in enumerate(found):
        stop = found[k + 1].start() if k + 1 < len(found) else len(title)
        n = _number(m.group("n"))
        if n in lexicon().plans and any(w in title[m.end():stop] for w in words("plan_goal")):
            return plan_form(n)
    return None


def mentions_plan(text: str) -> bool:
    """A five-year plan is named in ``text`` (十四五, “十五五”时期)."""
    return "五" in text and _PLAN.search(text) is not None


def _after_yu(text: str, i: int) -> bool:
    """于/於/在 stands right before ``i``, or before 今年/明年 or a written year there."""
    head = _YEAR_BEFORE.sub("", text[max(0, i - 10):i]).rstrip()  # 于2025年上半年
    for rel in words("rel_year"):
        if head.endswith(rel):
            head = head[: -len(rel)].rstrip()
    return head.endswith(("于", "於", "在"))


def _sets_limit(text: str, i: int, j: int, cue: str, later: bool, verb: Optional[int] = None) -> bool:
    """In a requirement's own sentence, the word ``cue`` at ``text[i:j]`` sets a limit, not a time
    when (今年以来, 上半年，全市…增长): it ends in 前 or 内 (年底前, 今年内), or 前 follows it after an
    end (一季度末前); a quarter or half (上半年, 第一季度) or next year (明年) opens a clause
    or (``later``) is of a later year or after 于/於; a word with a fiscal form is after
    在/于/从 or before 开始."""
    if cue in lexicon().fiscal and _spans(text, i, j):
        return True  # 从下一个年度开始: the fiscal year from which a measure runs
    if text.startswith(words("since_tail"), j):
        return False  # 上半年以来, 明年起: a time from which
    if text[max(0, i - 2):i].endswith(words("to_word")):
        return True  # 到本世纪中叶, 到年底: a limit
    k = j + 1 if text.startswith(words("end_mark"), j) else j
    if cue.endswith(words("limit_end")) or text.startswith(words("limit_end"), k):
        return True
    if cue[:1] in _PART_LEAD or cue in words("next_year"):
        if later or _clause_start(text, i) or _spans(text, i, j) or _modal_in_clause(text, j):
            return True  # …任务上半年都要完成: a modal after the word in its clause
    if later and _after_yu(text, i):
        return True  # 在2014年年中完成, 于年中推出: the time set for the task
    if (cue in words("rel_year") or cue[:1] in _PART_LEAD) and _before_verb(text, i, j, verb):
        return True  # 今年再办好…, 各区上半年完成…: the word qualifies the requirement's own verb
    if cue not in words("rel_year") or not _near_clause_start(text, i):
        return False
    if j < len(text) and text[j] in "，,":  # 今年，要…: the year is a clause of its own, the task the next
        return _modal_in_clause(text, j + 1)
    return _modal_in_clause(text, j)


_ADVERB_MAX = 4  # between a word of the year and the verb it qualifies: adverbs only (今年再|办好, 今年全面|完成)


def _before_verb(text: str, i: int, j: int, verb: Optional[int]) -> bool:
    """The word at ``text[i:j]`` opens its clause (after a short subject) and the requirement's verb at
    ``verb`` follows it after a few adverbs at most: the time of the task (今年再办好…), not of a statement
    (今年是…, whose 是 is no verb of a requirement) nor a time when inside a longer clause."""
    if verb is None or not j <= verb <= j + _ADVERB_MAX or text.startswith(words("year_statement"), j):
        return False
    return not any(c in _CLAUSE_START for c in text[j:verb]) and _near_clause_start(text, i)


_SUBJECT_MAX = 8  # 今年 after at most a subject (各区今年要…, 政府今年会…) opens the task's clause


def _near_clause_start(text: str, i: int) -> bool:
    """``text[i]`` opens a clause or follows its subject of a few characters (各区今年要…)."""
    k = i
    while k > 0 and text[k - 1] not in _CLAUSE_START and i - k <= _SUBJECT_MAX:
        k -= 1
    return k == 0 or text[k - 1] in _CLAUSE_START


def _modal_in_clause(text: str, j: int) -> bool:
    """A modal verb (``year_modal``: 要, 务必, 拟) follows in the clause that 今年/明年 opens at ``j``: the
    year is when the task falls (今年要基本实现…, 今年城镇新增就业要…), not the subject of a statement
    (今年是…之年)."""
    end = j
    while end < len(text) and text[end] not in _CLAUSE_START:
        end += 1
    clause = text[j:end]  # (the clause's end as in _clause_has)
    for w in words("year_modal_not"):  # 主要, 重要: words that hold a modal's character
        clause = clause.replace(w, "")
    return any(w in clause for w in words("year_modal"))


def _spans(text: str, i: int, j: int) -> bool:
    """The word at ``text[i:j]`` follows 在/于/从 (``span_at``) or comes before 开始/起: a time set."""
    return text[max(0, i - 3):i].rstrip().endswith(words("span_at")) or text.startswith(words("start_word"), j)


_FISCAL = re.compile(rf"((?:19|20)\d\d)\s*[{_cls('deadline_range_dash')}]\s*(?:19|20)?\d\d\s*(?:{_any('fiscal_word')})")
_FISCAL_MIN = 1  # mentions of its most-named fiscal year that make a document count fiscal years


def fiscal_year(text: str) -> Optional[int]:
    """The first year of the fiscal year (2013-2014年度) ``text`` names most (on a tie the earliest:
    later ones are horizons): a budget or policy address counts its years so, and this is its year
    where no date says (its 今年9月 is 2013-09-30, its 来年 "2013/2014"); None for other documents."""
    if "度" not in text:
        return None
    counts: dict[int, int] = {}
    for m in _FISCAL.finditer(text):
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    best = max(counts.items(), key=lambda kv: (kv[1], -kv[0]), default=None)  # a tie: the earliest
    return best[0] if best and best[1] >= _FISCAL_MIN else None


def fiscal_modifier(text: str, i: int) -> Optional[str]:
    """The fiscal year written at ``text[i]``, right after a verb (寬免|2013-2014年度差餉): it names the year of
    the thing the verb acts on (a tax, a rate), not when the task is done; its normal form ("2013/2014") or None."""
    m = _FISCAL.match(text, i) if 0 <= i < len(text) and text[i].isdigit() else None
    return normal_form(int(m.group(1)), upper=int(m.group(1)) + 1) if m else None


_NAME_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def name_year(name: Optional[str]) -> Optional[int]:
    """The first year in a file's name (gov_work_report_2025.txt, 2026年工作要点.docx): the weakest
    sign of a document's year, read only where neither its text nor a date line gives one."""
    if not name or name.startswith("<"):
        return None  # <stdin>, <text>
    stem = re.split(r"[/\\!]", name)[-1]
    m = _NAME_YEAR.search(stem)
    return int(m.group(1)) if m else None


_OF = "的"


def _relative_month(text: str, year: int) -> Optional[str]:
    """A month (and day) or quarter of this or next year after 于 (于今年9月, 於明年第一季), or of
    next year without it (明年3月把服务常规化)."""
    if _M not in text and _QUARTER_MARK not in text:
        return None  # every match holds 月 or 季: most requirements hold neither (the pattern has no first characters
        # that re could scan for, and is tried at every position)
    rm = next((m for m in _REL_MONTH.finditer(text) if not text.startswith(_OF, m.end())), None)
    if rm is None:
        return None  # 在2月12日的会议上: a date that names an event, not a time set
    q = rm.group("q") or rm.group("q2")
    month = 3 * (_number(q) or 0) if rm.group("mo") is None else (_number(rm.group("mo")) or 0)
    if not 1 <= month <= 12:
        return None
    y = year + ((rm.group("rel") or rm.group("rel2")) in words("next_year"))
    if rm.group("mo") is not None and not rm.group("day") and not rm.group("before") \
            and (ten := _ten_days(text, rm.end(), y, month)):
        return ten  # 于9月中旬前
    day = int(rm.group("day")) if rm.group("day") else None
    if day is not None and not 1 <= day <= calendar.monthrange(y, month)[1]:
        day = None
    return normal_form(y, month, day, before=bool(rm.group("before")))


def _from_year(text: str, year: Optional[int] = None) -> Optional[str]:
    """A span counted from a written year (自2026年起3年内 → "2026/2029"), or from 今年/明年 with the
    document's ``year`` (从明年开始，用三年时间 in 1982 → "1983/1986")."""
    if not any(w in text for w in words("start_word")):
        return None
    m = next((m for m in _FROM_YEAR.finditer(text) if m.group("y") or year is not None), None)
    n = _number(m.group("n")) if m else None
    if not (m and n and n <= 30):
        return None
    start = int(m.group("y")) if m.group("y") else year + (m.group("rel") in words("next_year"))
    return within(start, n)


def _dotted(text: str) -> Optional[str]:
    """A value that is only a date written with dots (2026.12 → "2026-12-31", 2026.6.30)."""
    m = _DOTTED.fullmatch(text)
    if m is None or not 1 <= int(m.group("m")) <= 12:
        return None
    d = int(m.group("d")) if m.group("d") else None
    if d is not None and not 1 <= d <= calendar.monthrange(int(m.group("y")), int(m.group("m")))[1]:
        return None
    return normal_form(int(m.group("y")), int(m.group("m")), d)


def horizon_end(text: str, pos: int, end: int) -> int:
    """The end of a horizon counted in years that opens a clause at ``pos`` and runs into its verb (三年内实现…,
    五年内建成…; detect7), else ``pos``: a cheap year-word test first, then :data:`_HORIZON`."""
    if _Y not in text[pos + 1:pos + 5]:
        return pos
    m = _HORIZON.match(text, pos, end)
    if m is None or m.group("lead") or m.end() >= end or text.startswith(words("within_not"), m.end() - 1):
        return pos
    return m.end()


def _horizon(text: str, year: int) -> Optional[str]:
    """A horizon that opens a clause or follows 在/于 (or a modal verb, with its lead word: 要用三年时间),
    counted from the document's year (力争三到五年时间内, 用3年时间, 在两年内)."""
    if _Y not in text:
        return None  # the horizon's year word: most clauses have none (no scan for the optional lead)
    found = list(_HORIZON.finditer(text))
    if any(w in text for w in words("horizon_use")):
        found += _HORIZON_USE.finditer(text)
    if any(w in text for w in words("horizon_bare")):
        found += (m for m in _HORIZON_BARE.finditer(text) if _spans(text, m.start(), m.start())
                  or _bare_horizon_clause(text, m.start(), m.end()))
    for m in found:
        if not (_clause_start(text, m.start()) or _spans(text, m.start(), m.start())
                or m.group("lead") and text[max(0, m.start() - 2):m.start()].endswith(words("horizon_after"))):
            continue  # 在两年内推出, 要用三年时间 too
        if text.startswith(words("within_not"), m.end() - 1):
            continue  # 十年内乱: 内 opens a word, no horizon
        a, b = _number(m.group("a")), _number(m.group("b"))
        if not a or a > 30 or (m.group("b") and (not b or b <= a or b > 30)):
            continue
        return f"{year + a}/{year + b}" if b else within(year, a)
    return None


def _bare_horizon_clause(text: str, i: int, j: int) -> bool:
    """今后五年，要…: a horizon that is a clause of its own, the task the next one with a modal verb (not
    今后五年是…, a statement)."""
    return _clause_start(text, i) and j < len(text) and text[j] in "，," and _modal_in_clause(text, j + 1)


_PUNCT = r"，,。；;：:！!？?\n"
_CLAUSE_END = re.compile(f"[{_PUNCT}]")


def _first_clause(text: str) -> str:
    """``text`` up to its first clause break (长期积累的…风险隐患必须…: a modifier, its 的 in the clause)."""
    m = _CLAUSE_END.search(text)
    return text[:m.start()] if m else text


_OPEN_IDIOM = 4  # a four-character word of no end (长期坚持, 持之以恒) is a clause of its own before 、 too


@lru_cache(maxsize=1)
def _open_clause_re() -> re.Pattern:
    lex = lexicon()
    idioms = [w for w in lex.open_words + lex.open_lead if len(w) >= _OPEN_IDIOM]  # 长期坚持、常抓不懈: one of a pair
    return re.compile(rf"(?:^|[{_PUNCT}])\s*(?:{_alt(lex.open_words + lex.open_lead)})\s*(?=[{_PUNCT}]|$)"
                      rf"|(?:^|[{_PUNCT}])\s*(?:{_alt(idioms)})\s*{_LIST_MARK}")



def _open_clause(text: str) -> bool:
    """A clause of ``text`` is only a word of no end (…，久久为功，…; 长期坚持, 持之以恒).  Every match
    holds one of the words, so a text without any is not searched (most requirements: a substring
    test per word, where the pattern is tried at every position)."""
    lex = lexicon()
    if not any(w in text for w in lex.open_words) and not any(w in text for w in lex.open_lead):
        return False
    return _open_clause_re().search(text) is not None


@lru_cache(maxsize=1)
def _in_year_re() -> re.Pattern:
    """The cue regex of :func:`lexicon` with only the words of a date inside the year (年底前, 上半年)."""
    lex = lexicon()
    return re.compile(f"{_MONTH_BEFORE_CUE}(?P<cue>{_alt(c for c, t in lex.cues.items() if t.startswith('{Y}-'))})")


UNKNOWN_YEAR = "XXXX"  # ISO 8601-2 (EDTF) unspecified digits: 年底前 where no year of the document is known


def _yearless(text: str, strict: bool) -> Optional[str]:
    """A word of a date inside the document's year (年底前, 6月底前, 上半年) where that year is not
    known: "XXXX-12-31", the unknown year said in the value, not guessed."""
    lex = lexicon()
    for m in _in_year_re().finditer(text):
        cue, t = m.group("cue"), lex.cues[m.group("cue")]
        head = text[max(0, m.start() - 8):m.start()]
        if not t.startswith("{Y}-") or _RECURRING.search(head) or _YEAR_BEFORE.search(head):
            continue  # 年内, 明年: no date to say; 每年年底前; 2026年底前 is read by written()
        if strict and not _sets_limit(text, m.start(), m.end(), cue, _after_yu(text, m.start())):
            continue
        mo = _number(m.group("mo")) if m.group("mo") else None
        got = word_form(cue, 2001, mo)  # a year of 365 days stands in for the unknown one
        if got:
            return UNKNOWN_YEAR + got[4:]
    return None


def _bare_year(text: str, year: int) -> Optional[str]:
    """A year of the document or later that opens a clause: the time by which the clause is done."""
    for m in _BARE_YEAR.finditer(text):
        if int(m.group("y")) >= year and _clause_start(text, m.start()):
            return m.group("y")
    return None


def normalize(text: str, year: Optional[int] = None, *, strict: bool = False,
              predicate: int | None = None, verb: int | None = None, fiscal: bool = False) -> Optional[str]:
    """The deadline ``text`` states: a written date (:func:`written`), a five-year plan
    (在“十四五”期间), else a month of this or next year after 于 (于今年9月), else a word of
    ``models/deadlines.tsv`` with the document's ``year`` (年底前 → "{year}-12-31", 3月底前 →
    "{year}-03-31"), else "open" for a task without an end (长期坚持, 持续推进), else None.

    ``strict`` (for a requirement's own sentence, where 今年, 年末 or 持续推进 describe more
    often than they set a limit): only a word that sets a limit (…前) counts, and "open" only
    where a word of no end (``open_lead``: 持续, 长期, 持之以恒) governs the requirement's
    predicate, which starts at offset ``predicate`` (请各区持续推进…, 要持之以恒…), or stands right
    before its verb at offset ``verb`` (…应结合…，持续推进…), not in a secondary clause
    (…，持续提升…).  ``fiscal``: the document counts fiscal years (:func:`fiscal_year`): 本年度,
    来年 and 下个财政年度 are fiscal years ("2013/2014"); after 在/于/从 or before 开始 they set the
    time of a requirement's sentence (在来年增加…)."""
    text = arabic_years(text)
    if strict and any(w in text for w in words("done_pre")):
        text = _without_done(text)
    got = _normalize(text, year, strict, predicate, verb, fiscal)  # 二〇二六年底前
    if strict and got and ends_before(got, year):
        return None  # 1952年至1954年3年中…: a time past is no limit of a task the document sets
    if strict and got and got != OPEN and any(w in text for w in words("stage_start")):
        return _staged(text, got, year, fiscal)
    return got


@lru_cache(maxsize=1)
def _done_re() -> re.Pattern:
    return re.compile(_alt(words("done_pre")))


_BLANK = "_"  # stands for a character of a clause not read, keeping every offset


def _without_done(text: str) -> str:
    """``text`` blanked from each ``done_pre`` word to its clause's end: the date there is when a work was
    done or was once to end (一期已于今年3月完成，要抓紧…; 原定于3月完结), a fact, not the task's limit; the
    clause's words before it are kept (力争在两年内完成原定三年的任务)."""
    for m in _done_re().finditer(text):
        a = m.start()
        e = _CLAUSE_END.search(text, m.end())
        b = e.start() if e else len(text)
        text = text[:a] + _BLANK * (b - a) + text[b:]
    return text


def _staged(text: str, got: str, year: Optional[int], fiscal: bool) -> str:
    """A staged limit (2026年启动试点，2027年全面完成; 上半年启动，年底前完成): where the date read first is in a clause
    that starts the work (``stage_start``), a later date of the sentence whose clauses say it is done
    (``stage_end``: 完成, 建成) is its completion, the deadline."""
    for m in re.finditer(_any("stage_start"), text):
        stop = next((k for k in range(m.end(), len(text)) if text[k] in _STAGE_BREAK), -1)
        if stop < 0:
            return got
        if _normalize(text[:stop], year, True, None, None, fiscal) != got:
            continue  # the date read first is not the start's
        rest = text[stop + 1:]
        if not any(w in rest for w in words("stage_end")):
            return got  # 5月底前启动评估，9月底前开展修编: a next step, not the completion
        later = _normalize(rest, year, True, None, None, fiscal)
        return later if later and later != OPEN and later[:4] >= got[:4] else got
    return got


_STAGE_BREAK = "，,；;"  # ends the clause of a stage's start


_LIST_YEAR = re.compile(rf"((?:19|20)\d\d)\s*{_Y}")


def list_year(text: str, year: Optional[int]) -> Optional[str]:
    """The year of a list of the year's tasks that ``text`` (a heading, or the sentences before the
    list's first item) names with a ``year_list`` word (2026年省十件民生实事, 今年再办好15件民生实事):
    a written year of the document's or later, else 今年/明年; None without such a word, or for a
    past year (2025年10件民生实事全部完成: a review)."""
    if not any(w in text for w in words("year_list")):
        return None  # most headings and intros (one substring test per word)
    text = arabic_years(text)
    for m in _LIST_YEAR.finditer(text):
        if not text.startswith(words("since_tail"), m.end()) and (year is None or int(m.group(1)) >= year):
            return m.group(1)
    if year is None:
        return None
    rel = next((w for w in words("rel_year") if w in text), None)
    return word_form(rel, year) if rel else None


_MONTH_SPAN = re.compile(rf"(?:19|20)\d\d\s*{_Y}\s*\d{{1,2}}{_M}?\s*[{_cls('deadline_range_dash')}]\s*"
                         rf"(?:(?:19|20)\d\d\s*{_Y})?\d{{1,2}}{_M}")


def month_span(text: str) -> bool:
    """``text`` names a range of months (集中整治阶段（2027年4月—9月）): a phase of work, whose end is its
    deadline (an item heading that names one sets a limit for the item's rows, as one with …前 does)."""
    return _M in text and _MONTH_SPAN.search(arabic_years(text)) is not None


_FIELD_YEAR = re.compile(rf"\s*((?:19|20)\d\d){_Y}?\s*")


def field_value(value: str, year: Optional[int] = None) -> Optional[str]:
    """The deadline a note's or a table cell's time-limit field gives (完成时限：…): what
    :func:`normalize` reads in it, else a value of only a year (完成时限：2026年), by that year."""
    got = normalize(value, year)
    if got:
        return got
    m = _FIELD_YEAR.fullmatch(value.rstrip("。；;"))
    return m.group(1) if m else None


_FORM_YEAR = re.compile(r"(?:19|20)\d\d")


def ends_before(form: str, year: Optional[int]) -> bool:
    """The last year of the normal form ``form`` is before the document's ``year`` (None: unknown, no)."""
    if year is None:
        return False
    years = _FORM_YEAR.findall(form)
    return bool(years) and int(years[-1]) < year


def _normalize(text: str, year: Optional[int], strict: bool, predicate: int | None, verb: int | None,
               fiscal: bool) -> Optional[str]:
    """:func:`normalize` on a text whose years are in Arabic digits."""
    got = _from_year(text, year) or written(text, strict, year) or _plan(text, strict) \
        or (None if strict else _dotted(text))
    if got:
        return got
    lex = lexicon()
    if year is not None:
        got = _relative_month(text, year) or (_horizon(text, year) if strict else None)
        if got:
            return got
        relative, rel_start, rel_end = None, -1, -1  # the year of 今年/明年 right before another word (明年上半年)
        for m in lex.cue_re.finditer(text) if lex.cue_any.search(text) else ():  # no word: no scan
            cue = m.group("cue")
            head = text[max(0, m.start() - 8):m.start()]
            if _RECURRING.search(head):
                continue  # 每年年底前, 每年6月底前: a frequency, not a deadline
            if lex.cues[cue] in ("{Y}", "{Y+1}") and not m.group("mo") and lex.cue_re.match(text, m.end()):
                relative, rel_start, rel_end = int(word_form(cue, year) or year), m.start(), m.end()
                continue
            yb = _YEAR_BEFORE.search(head)
            if cue.startswith(_Y) and yb is None and _COUNT_BEFORE.search(head):
                continue  # 离校2年内, 三年内: a count of years (a horizon), not this year's 年内
            rel = relative is not None and m.start() == rel_end
            y = int(yb.group(1)) if yb else relative if rel else year
            opens = m.start() - len(head) + yb.start() if yb else rel_start if rel else -1
            run_in = opens >= 0 and _clause_start(text, opens) and text[m.end():m.end() + 1] not in "，,"
            if strict and not _sets_limit(text, m.start(), m.end(), cue,
                                          y > year or run_in or _after_yu(text, m.start()), verb):
                continue  # (run_in: 2027年上半年完成…, 今年上半年完成…: the year and the word open the clause)
            mo = m.group("mo")
            if "{M}" in lex.cues[cue] and not mo:
                continue
            got = word_form(cue, y, _number(mo) if mo else None, fiscal)
            if got and not (strict and ends_before(got, year)):
                return got  # (a past year's word, 去年底前已完成…, is no limit: a later word may be)

    elif not fiscal:
        got = _yearless(text, strict)
        if got:
            return got

    if strict and year is not None:
        got = _bare_year(text, year)
        if got:
            return got
    if not strict and (any(w in text for w in lex.open_words)
                       or len(text.strip()) <= _OPEN_VALUE and text.strip().startswith(lex.open_lead)):
        return OPEN  # a note's or cell's value 持续开展, 长期: an adverb of no end is the whole value
    if strict and predicate is not None and text[predicate:predicate + 6].lstrip().startswith(lex.open_lead):
        return OPEN
    if strict and predicate is not None and text.lstrip().startswith(lex.open_lead) \
            and not text.lstrip().startswith(words("open_not")) and _OF not in _first_clause(text):
        return OPEN  # 持续开展…，…，让企业安心…: the word opens the entry, whatever verb its last clause holds
    if strict and _open_clause(text):
        return OPEN  # …，久久为功，…: a clause of its own that says the task has no end
    if strict and verb is not None and verb >= 0 and (text[max(0, verb - 5):verb].endswith(lex.open_lead)
                                                      or text.startswith(lex.open_lead, verb)):
        return OPEN
    return None
