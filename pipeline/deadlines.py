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
from .resources import read_tsv

__all__ = ["normalize", "written", "normal_form", "plan_form", "within", "word_form", "mentions_plan", "lexicon"]

DEADLINES_FILE = "deadlines.tsv"
PLANS_FILE = "plan_periods.tsv"
OPEN_FILE = "responsibility.tsv"  # rows of kind open (长期坚持) and open_lead (持续, 长期)
OPEN = "open"


@dataclass(frozen=True)
class Lexicon:
    cues: Mapping[str, str]  # word -> template ({Y}, {Y+1}, {M}, {D}), models/deadlines.tsv
    cue_re: re.Pattern  # a word, after an optional month (group "mo"; group "cue")
    plans: Mapping[int, tuple[int, int]]  # five-year plan number -> (first, last year)
    open_words: tuple[str, ...]  # a task without an end (长期坚持)
    open_lead: tuple[str, ...]  # adverbs of no end that make the predicate they open "open" (持续)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    cues = {r["cue"]: r["deadline"] for r in read_tsv(DEADLINES_FILE)}
    opens: dict[str, list[str]] = {}
    for r in read_tsv(OPEN_FILE):
        if r["kind"] in ("open", "open_lead"):
            opens.setdefault(r["kind"], []).append(r["word"])
    month = r"(?:(?P<mo>\d{1,2}|十[一二]?|[一二三四五六七八九])(?=月))?"
    return Lexicon(cues=cues, cue_re=re.compile(f"{month}(?P<cue>{_alt(cues)})"),
                   plans={int(r["number"]): (int(r["start"]), int(r["end"])) for r in read_tsv(PLANS_FILE)},
                   open_words=tuple(opens.get("open", ())), open_lead=tuple(opens.get("open_lead", ())))


# --------------------------------------------------------------------------- forms

def normal_form(year: int, month: Optional[int] = None, day: Optional[int] = None, *, end_of: bool = False,
                half: str = "", upper: Optional[int] = None) -> str:
    """The normal form of a date read into parts: a range of years (``upper``, no month) is
    "Y/U"; a day "Y-MM-DD"; a month ends on its last day; ``half`` "上" ends in June, "下" or
    ``end_of`` (年底) in December; else the year alone."""
    if upper is not None and not month:
        return f"{year}/{upper}"
    if month and 1 <= month <= 12:
        if day:
            return f"{year:04d}-{month:02d}-{day:02d}"
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


def word_form(cue: str, year: int, month: Optional[int] = None) -> Optional[str]:
    """A word of ``models/deadlines.tsv`` (年底前, 3月底前) in the document's ``year``; None for a
    word that needs a month (月底前) when none is written, and for a month the word does not take."""
    t = lexicon().cues.get(cue)
    if t is None:
        return None
    if "{M}" in t:
        if not month or not 1 <= month <= 12:
            return None
        t = t.replace("{M}", f"{month:02d}").replace("{D}", f"{calendar.monthrange(year, month)[1]:02d}")
    elif month:
        return None  # 6月年底 is no date
    return t.replace("{Y+1}", str(year + 1)).replace("{Y}", str(year))


# --------------------------------------------------------------------------- reading a text

_DEADLINE = re.compile(
    r"(?:到|至|于|在|截至)?(?P<y1>20\d\d|19\d\d)\s*年?\s*(?:[－—–\-~～至到]\s*(?P<y2>20\d\d|19\d\d)\s*年)?"
    r"(?:(?P<m>\d{1,2})月(?P<d>\d{1,2})日|(?P<mo>\d{1,2})月(?:底|末)?)?(?P<end>底|末|年底|年末)?(?:前|以前|之前)?")
_BEFORE = re.compile(r"\s*年?\s*(?:前|以前|之前)")


def written(text: str) -> Optional[str]:
    """A date written with its year that sets a limit: 到2025年 → "2025", 2022年底前 →
    "2022-12-31", 2021—2025年 → "2021/2025", 2020年6月底前 → "2020-06-30"; not a time from
    which (2016年6月起) nor a bare year (2015年, a time when)."""
    if "20" not in text and "19" not in text:
        return None  # no year
    for m in _DEADLINE.finditer(text):
        if not m.group("y1"):
            continue
        tail = text[m.end():m.end() + 2]
        if tail.startswith(("以来", "来", "起", "开始")):
            continue
        y1 = int(m.group("y1"))
        if m.group("y2"):
            return normal_form(y1, upper=int(m.group("y2")))
        if m.group("m") and m.group("d"):
            return normal_form(y1, int(m.group("m")), int(m.group("d")))
        if m.group("mo") and 1 <= int(m.group("mo")) <= 12:
            return normal_form(y1, int(m.group("mo")))
        if m.group("end"):
            return normal_form(y1, end_of=True)
        if m.group(0).startswith(("到", "至", "截至")) or _BEFORE.match(text, m.end("y1"), m.end("y1") + 4):
            return normal_form(y1)
    return None


# “十四五”期间 / 时期 / 末: a five-year plan by its number; a preposition before it (在, 到) sets a limit
_PLAN = re.compile(r"(?P<pre>在|到|至|于|於)?[“\"]?(?P<n>[一二三四五六七八九]?十[一二三四五六七八九]?)五[”\"]?"
                   r"(?:规划)?(?P<tail>末期|末|期间|时期|内)?")
# 于今年9月 / 於明年第一季: a month or a quarter of this or next year after 于 (by then)
_REL_MONTH = re.compile(r"[于於在]\s*(?P<rel>今年|明年|本年)\s*(?:(?P<mo>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月"
                        r"|第?(?P<q>[一二三四])季)")


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
        if n is None or n not in lexicon().plans or (strict and not m.group("pre")) \
                or not (m.group("pre") or m.group("tail")):
            continue
        return plan_form(n, (m.group("tail") or "").startswith("末"))
    return None


def mentions_plan(text: str) -> bool:
    """A five-year plan is named in ``text`` (十四五, “十五五”时期)."""
    return "五" in text and _PLAN.search(text) is not None


def _after_yu(text: str, i: int) -> bool:
    """于/於/在 stands right before ``i``, or before 今年/明年 there."""
    head = text[max(0, i - 4):i].rstrip()
    for rel in ("今年", "明年", "本年"):
        if head.endswith(rel):
            head = head[: -len(rel)].rstrip()
    return head.endswith(("于", "於", "在"))


def _relative_month(text: str, year: int) -> Optional[str]:
    rm = _REL_MONTH.search(text)
    if rm is None:
        return None
    month = 3 * (_number(rm.group("q")) or 0) if rm.group("mo") is None else (_number(rm.group("mo")) or 0)
    if not 1 <= month <= 12:
        return None
    return normal_form(year + (rm.group("rel") == "明年"), month)


def normalize(text: str, year: Optional[int] = None, *, strict: bool = False,
              predicate: int | None = None, verb: int | None = None) -> Optional[str]:
    """The deadline ``text`` states: a written date (:func:`written`), a five-year plan
    (在“十四五”期间), else a month of this or next year after 于 (于今年9月), else a word of
    ``models/deadlines.tsv`` with the document's ``year`` (年底前 → "{year}-12-31", 3月底前 →
    "{year}-03-31"), else "open" for a task without an end (长期坚持, 持续推进), else None.

    ``strict`` (for a requirement's own sentence, where 今年, 年末 or 持续推进 describe more
    often than they set a limit): only a word that sets a limit (…前) counts, and "open" only
    where a word of no end (``open_lead``: 持续, 长期, 持之以恒) governs the requirement's
    predicate, which starts at offset ``predicate`` (请各区持续推进…, 要持之以恒…), or stands right
    before its verb at offset ``verb`` (…应结合…，持续推进…), not in a secondary clause
    (…，持续提升…)."""
    got = written(text) or _plan(text, strict)
    if got:
        return got
    lex = lexicon()
    if year is not None:
        got = _relative_month(text, year)
        if got:
            return got
        for m in lex.cue_re.finditer(text):
            cue = m.group("cue")
            if strict and not (cue.endswith("前") or text.startswith("前", m.end())
                               or (cue[:1] in "第一二三四上下" and _after_yu(text, m.start()))):
                continue  # a quarter or half after 于/於 (将于今年第一季…) sets a limit too
            mo = m.group("mo")
            if "{M}" in lex.cues[cue] and not mo:
                continue
            got = word_form(cue, year, _number(mo) if mo else None)
            if got:
                return got
    if not strict and any(w in text for w in lex.open_words):
        return OPEN
    if strict and predicate is not None and text[predicate:predicate + 6].lstrip().startswith(lex.open_lead):
        return OPEN
    if strict and verb is not None and verb >= 0 and (text[max(0, verb - 5):verb].endswith(lex.open_lead)
                                                      or text.startswith(lex.open_lead, verb)):
        return OPEN
    return None
