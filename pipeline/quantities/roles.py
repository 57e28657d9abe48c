"""Target or fact: whether a measured quantity is one the document sets for the future.

The decision reads, from near to far: the quantity's own form (一项任务 is an article,
三个方面 enumerates, ×100% is a formula, 500万元及以下的企业 narrows), its clause (过去,
已, 比上年, 还有 report; 不低于, 至少 set), the sentence before it (要, 确保, 力争, 预期目标
是), the paragraph's time frame (今年…), the section (a heading with 回顾 or a past year
opens a review, one with 今年 / the document's year / 重点工作 a plan), and the kind of
document (notices, opinions and plans set things by default; speeches and reports only
where a cue says so).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional, Sequence

from .. import numbers as N
from ..resources import char_class, read_tsv
from .lexicon import words_alternation as _alt  # a role's words as (?:a|b|…)
from .lexicon import Lexicon, cue_counts, words_of
from .base import Cand, TextIndex, is_cjk_letter, with_cuts


_D9, _D10 = f"[{char_class('digits_1_9')}]", char_class("digits_1_10")
_ANNEX = words_of("annex")[0]  # 附件
_SECTION_UNITS = char_class("section_unit_chars")
_HEADING_RE = re.compile(rf"(?m)^[ \t　]*(?:[{_D10}]+、|第[{_D10}]+[{_SECTION_UNITS}])[^\n。]{{0,80}}")
_GLOSSARY_WORDS = words_of("glossary_title")
_GLOSSARY_RE = re.compile(r"(?m)^[ \t　]*[^\n。，：:]{0,16}" + _alt("glossary_title") + r"[ \t　]*$")
_ANNEX_RE = re.compile(rf"(?m)^[ \t　]*{_ANNEX}[0-9{_D10}]*(?:[：:][^\n]{{0,40}})?$")
_SHORT_LINE_RE = re.compile(r"(?m)^[ \t　]*[^\n。！？；：:，,]{2,24}$")
_SENT_END_RE = re.compile(r"[。！？!?\n]")
_YEAR_IN_RE = re.compile(r"((?:19|20)\d{2})年")
# a review heading: 2024年工作回顾, also with words between (2025年和“十四五”时期工作回顾), none of them a clause
_REVIEW_YEAR_RE = re.compile(r"((?:19|20)\d{2})年[^\n。，；：]{0,16}?" + _alt("review_after"))
_TITLE_YEAR_RE = re.compile(r"((?:19|20)\d{2})年[^\n]{0,20}" + _alt("report_prefix") + "?" + _alt("report_word"))
# a plan of one year named in a title line (某市2025年城市更新实施方案, 2026年工作要点); not a limit (2030年前…方案),
# a range's end ((2025—2027年)) or a year after 到
_PLAN_TITLE_YEAR_RE = re.compile(rf"(?<![\d{re.escape(''.join(words_of('plan_year_not_before')))}—\-－~～])"
                                 rf"((?:19|20)\d{{2}}){char_class('date_frame')[0]}" + _alt("plan_year_suffix") + "?"
                                 + "(?!" + _alt("plan_year_not") + ")" + r"[^\n。]{0,30}?" + _alt("plan_title_word"))
_PLAN_TITLE_LINES = 6  # the title lines of a plan or its notice: the first few short lines
_DOCNUM_YEAR_RE = re.compile(r"[〔\[［【]\s*((?:19|20)\d{2})\s*[〕\]］】]\s*\d+\s*号")
_Y, _M, _D = char_class("date_frame")  # 年 月 日
_FULL_DATE_RE = re.compile(rf"((?:19|20)\d{{2}}){_Y}\d{{1,2}}{_M}\d{{1,2}}{_D}")
_FUTURE_GOAL_RE = re.compile("|".join(map(re.escape, words_of("future_goal"))))
_GOAL_YEAR, _FUTURE_FRAME = words_of("goal_year"), words_of("future_frame")


_SENTENCE_ENDS = "。！？"


def _future_triggers(text: str) -> list[int]:
    """The starts of the lines where 今年 or 明年 comes before a goal phrase
    (:data:`_FUTURE_GOAL_RE`: 主要预期目标…), found from the rare goal phrases instead of
    trying every line.  The plan opens at the sentence that says 今年, not at its line's start:
    in a speech without paragraph breaks the review before it stays a review."""
    out: list[int] = []
    rfind = text.rfind
    for m in _FUTURE_GOAL_RE.finditer(text):
        j = m.start()
        line = rfind("\n", 0, j) + 1
        if out and out[-1] == line:
            continue
        years = [k for k in (rfind(w, line, j) for w in _GOAL_YEAR) if k >= 0]
        if not years:
            continue
        k = max(years)  # the plan opens with the sentence that says 今年 (the nearest before the goal)
        line = max(line, max(rfind(ch, line, k) for ch in _SENTENCE_ENDS) + 1)
        if not out or out[-1] != line:
            out.append(line)
    return out
_BOOK_TITLE_RE = re.compile(r"《[^》]*》")
_DOCNUM_HEAD_RE = re.compile(r"[〔\[［【]\s*(?:19|20)\d{2}\s*[〕\]］】]\s*\d+\s*号")
_DIRECTIVE_TITLE_RE = re.compile(_alt("directive_title"))
_NARRATIVE_TITLE_RE = re.compile(_alt("narrative_title"))
_ARTICLE_RE = re.compile(rf"(?m)(?:^|(?<=。))[ \t　]*第[{char_class('article_digits')}]+条"
                         rf"(?![{char_class('article_not_next')}])")
_PLAN_IN_RE = re.compile(rf"“?({char_class('units_lower')[0]}{_D9})五”?")
# …(of a noun of up to three characters, with an aside: 15个县（市）扩大到57个) 提高到
_BASELINE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:[（(][^）)，。]{1,6}[）)])?" + _alt("baseline_verb")
                             + f"[{char_class('baseline_to')}]")
_BASELINE_FROM = char_class("baseline_from")
_BASELINE_NOW = words_of("baseline_now")
_BASELINE_BEFORE = re.compile(rf"[{_BASELINE_FROM}][^，。；：]{{0,14}}$")
_LIST_SPLIT_RE = re.compile(f"[{char_class('list_split')}]")
_ITEM_END_RE = re.compile(r"[、，。；”！？\n]")
_STATIVE_BEFORE = frozenset(char_class("stative_before"))
# after a bound written after its number (1000亩以上): a noun and a count of it, in one clause
_QUALIFIED_COUNT = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?[0-9０-９{char_class('digits_1_10_liang')}]+(?:\.[0-9]+)?"
                              rf"[{char_class('count_classifier')}]")
_CLAUSE_OPEN = frozenset("，,；;：:。\n")
_ANNOUNCE_RE = re.compile(r"[\u4e00-\u9fff]{0,4}[：:]")
_ONE_OF_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?" + "|".join(words_of("one_of")))
_ENUM_UNITS = frozenset(("级", "类", "层", "种", "届", "方"))
_NOMINAL_CLS_NEXT = re.compile(r"[\u4e00-\u9fff]")
_LIST_ITEM_RE = re.compile(rf"[ \t　]*(?:——|—|-|•|·|[（(]?[{_D10}\d]+[）)、.．]|[{_D10}]是)")
_PARA_PAST_RE = re.compile(rf"[^，。]{{0,12}}(?<![{char_class('past_not_after')}])" + _alt("para_past"))
_SALUTATIONS = tuple(r["phrase"] for r in read_tsv("structure_phrases.tsv") if r["kind"] == "salutation")


@dataclass(frozen=True)
class DocContext:
    """What the role decision needs to know about the whole document."""

    mode: str  # "directive" (notices, opinions, plans) or "narrative" (speeches, reports)
    year: Optional[int]
    region_starts: tuple
    region_tense: tuple  # "past", "future" or "" for each region
    bounds: tuple  # positions of sentence-ending characters
    breaks: tuple = ()  # positions of the line breaks: a line's start by bisection, not by rfind (one-line texts)


def doc_year(text: str, doc_date: Optional[str]) -> Optional[int]:
    """The document's year: from its date, else from ``2018年工作回顾`` (+1) or a title line
    ``2019年…政府工作报告``."""
    if doc_date:
        try:
            return int(str(doc_date)[:4])
        except ValueError:
            pass
    m = _TITLE_YEAR_RE.search(text[:300])
    if m:
        return int(m.group(1))
    m = _plan_title_year(text)
    if m:
        return m
    m = _REVIEW_YEAR_RE.search(text)
    if m:
        return int(m.group(1)) + 1
    m = _DOCNUM_YEAR_RE.search(text[:400])  # 国发〔2019〕4号
    if m:
        return int(m.group(1))
    dates = _FULL_DATE_RE.findall(text[-300:])  # the date under the signature
    if dates:
        return int(dates[-1])
    return None


def _plan_title_year(text: str) -> Optional[int]:
    """The year of a one-year plan its title line names (某市2025年…实施方案): the year its 6月底前 falls in."""
    for line in text[:400].split("\n")[:_PLAN_TITLE_LINES]:
        if len(line) <= _TITLE_MAX and "。" not in line:
            m = _PLAN_TITLE_YEAR_RE.search(line)
            if m:
                return int(m.group(1))
    return None


_TITLE_MAX = 80  # a title line: 上海市某区人民政府办公室关于转发区某局制订的《…实施方案》的通知 runs past 60


def doc_mode(text: str) -> str:
    """"directive" for notices, opinions, plans (a document number in the head, or a title
    line naming such a document) and regulations (three or more articles 第N条);
    "narrative" for speeches and reports."""
    head = text[:400]
    if any(w in head[:60] for w in _SALUTATIONS):
        return "narrative"
    if _DOCNUM_HEAD_RE.search(head):
        return "directive"
    arts = _ARTICLE_RE.finditer(text)
    if next(arts, None) and next(arts, None) and next(arts, None):
        return "directive"  # a regulation in articles (第一条…) sets what it states
    title = "".join(ln for ln in head.split("\n")[:4] if len(ln) <= _TITLE_MAX and "。" not in ln)
    title = _BOOK_TITLE_RE.sub("", title)  # a document cited in 《》 is not this one
    if _NARRATIVE_TITLE_RE.search(title):
        return "narrative"  # 在…规划编制工作座谈会上的讲话: a speech, whatever it is about
    return "directive" if _DIRECTIVE_TITLE_RE.search(title) else "narrative"


def _heading_tense(h: str, year: Optional[int], lex: Lexicon) -> str:
    cues = lex.cues
    if any(c in h for c in cues.get("heading_past", ())):
        return "mixed" if _plan_ahead(h, year, lex) else "past"
    years = [int(y) for y in _YEAR_IN_RE.findall(h)]
    for m in _PLAN_IN_RE.finditer(h):
        n = int(N.parse_numeral(m.group(1)).value)  # 十四 → 14
        if n in lex.plan_periods:
            years.append(lex.plan_periods[n][0])
    if year is not None and years:
        if max(years) < year:
            return "past"
        if max(years) >= year:
            return "future"
    if any(c in h for c in cues.get("heading_future", ())) or any(w in h for w in _FUTURE_FRAME):
        return "future"
    return ""


def _plan_ahead(h: str, year: Optional[int], lex: Lexicon) -> bool:
    """A plan period named in ``h`` starts in the document's year or later (“十五五” in 2026)."""
    if year is None:
        return False
    for m in _PLAN_IN_RE.finditer(h):
        period = lex.plan_periods.get(int(N.parse_numeral(m.group(1)).value))
        if period and period[0] >= year:
            return True
    return False


def _plan_part(text: str, start: int, end: int, year: Optional[int], lex: Lexicon) -> int:
    """In a section headed by a review and a plan (“十四五”…发展成就和“十五五”…主要目标任务): the
    start of the first paragraph whose first sentence names the plan ahead, where the review ends; -1 if none."""
    pos = text.find("\n", start, end)
    while 0 <= pos < end:
        line = pos + 1
        stop = min(x for x in (text.find("。", line, end), text.find("\n", line, end), end) if x >= 0)
        if _plan_ahead(text[line:stop], year, lex):
            return line
        pos = text.find("\n", line, end)
    return -1


def _says_time(line: str, lex: Lexicon) -> bool:
    """A short line that names a review or a plan (not a date line such as （2025年3月18日）)."""
    cues = lex.cues
    return any(c in line for c in cues.get("heading_past", ())) \
        or any(c in line for c in cues.get("heading_future", ())) \
        or any(w in line for w in _FUTURE_FRAME)


_TABLE_TITLE_RE = re.compile("|".join(map(re.escape, words_of("table_title"))))


def _issued_annex(line: str) -> bool:
    """附件：上海市…工作方案: the annex is the plan the notice issues (what follows is its
    body, which sets targets), not a table or an indicator list."""
    title = line.partition("：")[2] or line.partition(":")[2]
    return bool(title) and _DIRECTIVE_TITLE_RE.search(title) is not None and _TABLE_TITLE_RE.search(title) is None


def _annex_tense(text: str, end: int, year: Optional[int], lex: Lexicon) -> str:
    """附件1 with its title on the next line: a list of the year's plans (2026年省十件民生实事) sets, as the
    report's plan does ("future"); a table, a list or a glossary describes ("annex")."""
    stop = text.find("\n", end + 1, end + 1 + _TITLE_MAX)
    title = text[end + 1:stop] if stop > 0 else ""
    if title and "。" not in title and _TABLE_TITLE_RE.search(title) is None \
            and _YEAR_IN_RE.search(title) and _heading_tense(title, year, lex) == "future":
        return "future"
    return "annex"


def _run_in_sections(text: str, sections: Sequence[tuple[int, str]], year: Optional[int], lex: Lexicon) -> list:
    """(position, tense) of the outermost numbered items that do not start a line (a speech
    without paragraph breaks: 第一个问题：关于过去五年的工作): a title that says its time opens a
    review or a plan, and the next such item ends it; items that say nothing leave the rest as is."""
    out: list[tuple[int, str]] = []
    said = False
    for pos, title in sections:
        if pos == 0 or text[pos - 1] == "\n":
            continue  # a heading line: _HEADING_RE reads it
        tense = _heading_tense(title, year, lex)
        if tense or said:
            out.append((pos, tense))
        said = bool(tense)
    return out


def doc_context(text: str, doc_date: Optional[str], lex: Lexicon,
                sections: Sequence[tuple[int, str]] = ()) -> DocContext:
    """``sections``: (start, title) of the document's outermost numbered items, in order."""
    year = doc_year(text, doc_date)
    marks = [(m.start(), _heading_tense(m.group(), year, lex)) for m in _HEADING_RE.finditer(text)]
    marks += _run_in_sections(text, sections, year, lex)
    # short unnumbered heading lines that say their time (“十四五”时期工作回顾, 2026年工作安排)
    numbered = {p for p, _ in marks}
    for m in _SHORT_LINE_RE.finditer(text):
        if m.start() not in numbered and _says_time(m.group(), lex):
            tense = _heading_tense(m.group(), year, lex)
            if tense:
                marks.append((m.start(), tense))
    # a paragraph of this year's expected targets opens the plan part of a report
    marks += [(p, "future*") for p in _future_triggers(text)]
    # an annex (附件: tables, indicator lists, notes) describes; it sets only where a cue says so
    if _ANNEX in text:
        marks += [(m.start(), _annex_tense(text, m.end(), year, lex)) for m in _ANNEX_RE.finditer(text)
                  if not _issued_annex(m.group())]
    if any(w in text for w in _GLOSSARY_WORDS):  # a glossary (名词解释) explains terms; it sets nothing new
        marks += [(m.start(), "annex") for m in _GLOSSARY_RE.finditer(text)]
    marks.sort()
    for i, (pos, tense) in enumerate(list(marks)):
        if tense == "mixed":  # the review first, then the plan from the paragraph that names it
            marks[i] = (pos, "past")
            plan = _plan_part(text, pos, marks[i + 1][0] if i + 1 < len(marks) else len(text), year, lex)
            if plan > 0:
                marks.append((plan, "future"))
    marks.sort()
    starts, tenses = [0], [""]
    for pos, tense in marks:
        if tense == "future*":
            starts.append(pos)
            tenses.append("future")
            continue
        if tense == "" and tenses[-1] in ("future", "annex"):
            tense = tenses[-1]  # a heading that says nothing of time goes on with the plan (or annex)
        starts.append(pos)
        tenses.append(tense)
    bounds = tuple(with_cuts(text, [m.start() for m in _SENT_END_RE.finditer(text)]))
    breaks = tuple([m.start() for m in _LINE_BREAK_RE.finditer(text)])
    return DocContext(doc_mode(text), year, tuple(starts), tuple(tenses), bounds, breaks)


_LINE_BREAK_RE = re.compile(r"\n")


def line_start(ctx: DocContext, pos: int) -> int:
    """``text.rfind("\\n", 0, pos) + 1`` in logarithmic time."""
    i = bisect_right(ctx.breaks, pos - 1)
    return ctx.breaks[i - 1] + 1 if i else 0


def sentence_span(ctx: DocContext, text: str, pos: int) -> tuple[int, int]:
    i = bisect_right(ctx.bounds, pos - 1)  # first boundary at or after pos
    end = ctx.bounds[i] + 1 if i < len(ctx.bounds) else len(text)
    start = ctx.bounds[i - 1] + 1 if i > 0 else 0
    return start, end


def region_tense(ctx: DocContext, pos: int) -> str:
    return ctx.region_tense[bisect_right(ctx.region_starts, pos) - 1]


class CueCache:
    """Cue positions per sentence, computed on first use (one regex pass per sentence)."""

    def __init__(self, text: str, lex: Lexicon):
        self.text = text
        self.lex = lex
        self.cache: dict = {}

    def cues(self, start: int, end: int) -> list:
        key = (start, end)
        got = self.cache.get(key)
        if got is None:
            lex, text = self.lex, self.text
            got = [(m.start(), m.end(), lex.cue_kind[m.group()]) for m in lex.cue_re.finditer(text, start, end)
                   if cue_counts(text, m.start(), m.end(), lex.cue_guards[m.group()])]
            self.cache[key] = got
        return got


def clause_span(index: TextIndex, pos: int, end_pos: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause (between ，；： and sentence ends) around ``[pos, end_pos)``."""
    return max(index.clause_start(pos), sent[0]), min(max(index.clause_end(end_pos), end_pos), sent[1])


def _starts_with_any(text: str, pos: int, words: frozenset, longest: int) -> bool:
    return any(text[pos:pos + k] in words for k in range(1, longest + 1))


def form_flags(text: str, c: Cand, lex: Lexicon, clause_start: int = 0) -> frozenset:
    """What the quantity's own form says: article, abstract, qualifier, formula, stative."""
    flags = set(c.flags)
    after = c.unit_end
    cues = lex.cues
    num_text = text[c.num_start:c.num_end]
    if c.kind in ("count", "ratio", "duration") and c.value == 1 and num_text in ("一", "壹") and c.comparator == "=":
        verbal = c.unit in cues.get("verbal_classifier", ())
        prev = text[c.num_start - 1:c.num_start]
        if not verbal or (_NOMINAL_CLS_NEXT.match(text, after) and prev in _STATIVE_BEFORE):
            flags.add("article")  # 一项任务, 是一次大考, 新的一年 (but 谈话一次, 开展一次排查 count)
        elif (c.num_start <= clause_start or prev in _CLAUSE_OPEN) and _NOMINAL_CLS_NEXT.match(text, after):
            flags.add("article")  # …价格，一次动用…数量在…以下的: "at one time", before its verb, counts nothing
    if c.unit in _RANK_UNITS and c.comparator == "=" and c.num_end - c.num_start == 1 \
            and text[c.num_start] in _ORDINAL_NUMERALS:
        flags.add("ordinal")  # 二轮延包, 二期工程: a count says 两轮, 两期; 二 alone ranks
    lead0 = c.cmp_start if c.cmp_start >= 0 else c.num_start
    if lead0 and text[lead0 - 1] == "了" and text[max(0, lead0 - 2):lead0] not in words_of("le_not"):
        flags.add("done")  # 组织了两轮暗访: an action reported as done
    if c.kind == "count" and c.comparator == "=" and (text[c.num_start - 1:c.num_start] in ("这", "那")
                                                      or text.endswith(words_of("anaphor"), 0, c.num_start)):
        flags.add("abstract")  # 这四件大事, 上述三项: points back to things named before
    if c.comparator == "=" and c.value is not None and 2 <= c.value <= 12 and c.num_start \
            and is_cjk_letter(text[c.num_start - 1]):
        seg = text[clause_start:c.num_start]
        items = _LIST_SPLIT_RE.split(seg) if ("、" in seg or "和" in seg or "及" in seg or "与" in seg) else (seg,)
        if len(items) == c.value and all(0 < len(x) <= 8 for x in items):
            flags.add("abstract")  # 东北、西北、西南、东南四个片区; 入口和出口两个关口: counts the items named
    if c.comparator == "=" and (c.kind == "count" or not c.unit) and (
            _ANNOUNCE_RE.match(text, c.unit_end) or text.endswith(words_of("enum_before"), 0, c.num_start)):
        flags.add("abstract")  # 要注意两点：, 知识产权保护方面5项：, （共23项）: counts what is listed
    if c.comparator == "=" and c.kind == "count" and c.cmp_start < 0 and text.endswith(_WHOLE_BEFORE, 0, c.num_start) \
            and text.startswith(_WHOLE_NOUNS, c.unit_end):
        flags.add("abstract")  # 覆盖全市16个区: the size of the whole place, not a goal
    if c.comparator == "=" and c.kind == "count" and c.unit_end > c.num_end and _counts_nothing(text, c):
        flags.add("abstract")  # 一次又一次, 一件件实事, 两件大事，一是…: a figure of speech or an announcement
    if c.kind == "count" and c.num_start and text[c.num_start - 1] in "”’" and c.comparator == "=" \
            and ("、" in text[max(0, text.rfind("“", 0, c.num_start)):c.num_start]
                 or "”“" in text[max(0, c.num_start - 24):c.num_start]):  # a list quoted, or several quotes
        flags.add("abstract")  # “巩固、增强、提升、畅通”八个字: counts the items just quoted
    if c.num_end - c.num_start == 1 and c.kind == "count" and c.comparator == "=":
        item = _ITEM_END_RE.search(text, c.num_start, c.num_start + 6)
        if item and item.start() - c.num_start <= 4 and text[c.num_start - 1:c.num_start] in ("、", "“"):
            flags.add("abstract")  # 数据同源、一次认证、一网通办; 网上办、一次办: a list of short formulas
    if _BASELINE_AFTER.match(text, after) and (_BASELINE_BEFORE.search(text, max(0, c.num_start - 16), c.num_start)
                                               or text.endswith(_BASELINE_NOW, 0, c.num_start)):
        flags.add("baseline")  # 报销比例由50%提高到60%, 将现行16%的税率降至13%: 50%, 16% are where it starts
    if c.comparator == "=" and c.value is not None and c.value <= 20:
        if c.unit in _ENUM_UNITS:
            flags.add("abstract")
        elif (c.kind == "count" or (c.kind == "number" and not c.unit)) \
                and c.unit not in cues.get("verbal_classifier", ()) \
                and _starts_with_any(text, after, cues.get("abstract_noun", frozenset()), 4) \
                and not _modifies_noun(text, after):
            flags.add("abstract")  # 三个方面, 两个关口, 5方面 (not 20个重点区域: a count of areas)
        elif c.kind == "count" and _ONE_OF_RE.match(text, after):
            flags.add("abstract")  # 3根支柱之一: one of them, not a count set
    if c.kind == "number" and not c.unit and len(num_text) >= _CODE_DIGITS and num_text.isascii() \
            and num_text.isdigit() and c.end < len(text) and is_cjk_letter(text[c.end]):
        flags.add("code")  # 12355青少年服务台: a service number before its name, no quantity
    if c.kind == "count" and c.comparator == "=" and _LISTED_RE.match(text, c.unit_end):
        flags.add("abstract")  # 设置了29项主要指标, 8个约束性指标: how many the plan lists, of any size
    if c.comparator in (">=", "<=") and c.cmp_start < 0 and _QUALIFIED_COUNT.match(text, c.end):
        flags.add("qualifier")  # 建成1000亩以上开放休闲林地5个: the bound names a class, the count is set
    if c.kind in ("money", "percent", "duration", "measure", "percentage_points") and text.startswith("的", after) \
            and c.comparator in (">=", "<=", ">", "<"):
        if not _starts_with_any(text, after + 1, cues.get("standard_noun", frozenset()), 4):
            flags.add("qualifier")  # 500万元及以下的小微企业, 厚度低于0.01毫米的地膜
    if c.unit in _AGE_UNITS and c.end < len(text) and is_cjk_letter(text[c.end]) \
            and not text.startswith(_AGE_NOT_NEXT, c.end):
        flags.add("qualifier")  # 60岁以上老年人, 500千伏输变电工程: an age or a rating names who or what
    if c.unit and text.startswith(_GRADE_AFTER, c.end):
        flags.add("qualifier")  # 30万吨级航道, 千万千瓦级基地: a grade names a class of thing, it sets nothing
    if c.num_start and text[c.num_start - 1] == _EVERY_CHAR and c.kind != "duration":
        flags.add("qualifier")  # 每50公斤提高5到7元, 每25—30公里配备…: the base a rate is set on, not the rate
    lead = c.cmp_start if c.cmp_start >= 0 else c.num_start
    before = text[max(0, lead - 6):lead]
    if any(f in before for f in cues.get("formula", ())) or text.startswith(("×", "/", "÷"), after) \
            or (lead and text[lead - 1] in "/×÷*="):
        flags.add("formula")
    if c.cmp_start < 0 and lead and text[lead - 1] in char_class("stative_lead") \
            and not text[max(0, lead - 3):lead].endswith(words_of("goal_is")):
        if c.comparator == "=":
            flags.add("stative")  # 是两种不同类型, 有两个基本情况
    if c.cmp_start < 0 and text.endswith(_MAGNITUDE, 0, lead):
        flags.add("stative")  # 今年高校毕业生将高达765万人: a figure foreseen, not set
    if c.comparator == "=" and c.kind == "count" and c.value and 2 <= c.value <= _MAX_LISTED \
            and text.endswith(_LIST_CLOSE, 0, c.num_start) \
            and sum(text.count(m, clause_start, c.num_start) for m in _LIST_MARKS) + 1 == c.value:
        flags.add("abstract")  # 发展甲、乙、丙、丁等4个产业: the count restates the list
    return frozenset(flags)


_MAGNITUDE, _LIST_CLOSE, _LIST_MARKS = words_of("magnitude"), words_of("list_close"), words_of("list_mark")
_MAX_LISTED = 12  # a longer list is not counted item by item


_EVERY_CHAR = words_of("every")[-1]  # 每
_AGE_UNITS = frozenset(words_of("age_unit") + words_of("class_unit"))
_NOUN_MODIFIERS, _MODIFIER_NOT_NEXT = words_of("noun_modifier"), words_of("modifier_not_next")


def _modifies_noun(text: str, pos: int) -> bool:
    """At ``pos`` an abstract word that here only qualifies the noun after it (20个重点区域, 12个重点产业)."""
    for w in _NOUN_MODIFIERS:
        if text.startswith(w, pos):
            k = pos + len(w)
            return k < len(text) and is_cjk_letter(text[k]) and not text.startswith(_MODIFIER_NOT_NEXT, k)
    return False


_LISTED_RE = re.compile(r"[^\s，。；、：,;:]{0,3}?" + _alt("listed_noun"))
_ORDINAL_NUMERALS, _RANK_UNITS = frozenset(words_of("ordinal_numeral")), frozenset(words_of("rank_unit"))
_AGE_NOT_NEXT, _GRADE_AFTER = words_of("age_not_next"), words_of("grade_after")
_REPEAT_JOINERS, _AGAIN_BEFORE = words_of("repeat_joiner"), words_of("again_before")
_WHOLE_BEFORE, _WHOLE_NOUNS = words_of("whole_before"), words_of("whole_noun")
_ENUM_NEXT_RE = re.compile(r"[^，。；：！？\n]{0,12}[，：:]" + _alt("enum_next"))


def _counts_nothing(text: str, c: Cand) -> bool:
    """A count said as a figure of speech (一次又一次, 一批接一批; 一件件 with its classifier
    doubled) or one that announces the items named right after it (两件大事，一是…，二是…)."""
    own = text[c.num_start:c.unit_end]
    for j in _REPEAT_JOINERS:
        if text.startswith(j + own, c.unit_end) or text.endswith(own + j, 0, c.num_start):
            return True
    if c.value == 1 and c.unit_end < len(text) and text[c.unit_end] == text[c.unit_end - 1]:
        return True  # 一件件, 一个个
    if c.value == 1 and text.endswith(_AGAIN_BEFORE, 0, c.num_start):
        return True  # 再一次, 又一次: once again
    return c.value is not None and c.value <= 10 and _ENUM_NEXT_RE.match(text, c.unit_end) is not None


_ITEM_IN_LINE_RE = re.compile(rf"(?:^|[。；;])[ \t　]*[（(][{_D10}\d]+[）)]")


def _is_item(line: str) -> bool:
    """A list item's line; in a PDF's text a footnote may stand before its marker (注1…。(二)…)."""
    return _LIST_ITEM_RE.match(line) is not None or _ITEM_IN_LINE_RE.search(line) is not None


def _list_intro_cue(text: str, pos: int, ctx: DocContext, cues: CueCache) -> bool:
    """Whether the quantity's line is an item of a list whose intro line (ending with ：) sets
    targets."""
    start = line_start(ctx, pos)
    i = bisect_right(ctx.breaks, pos - 1)  # the first break at or after pos ends the line
    if not _is_item(text[start:ctx.breaks[i] if i < len(ctx.breaks) else len(text)]):
        return False
    k = start - 1
    for _ in range(30):
        if k <= 0:
            return False
        prev_start = line_start(ctx, k)
        line = text[prev_start:k]
        if line.rstrip().endswith(("：", ":")):
            return any(kind in ("modal", "normative") for _, _, kind in cues.cues(prev_start, k))
        if not _is_item(line):
            return False
        k = prev_start - 1
    return False


def decide(text: str, c: Cand, flags: frozenset, ctx: DocContext, lex: Lexicon, cues: CueCache,
           sent: tuple[int, int], cl: tuple[int, int], scope: bool, period: bool, dates: list) -> str:
    """"target" or "fact" for a measured quantity in sentence ``sent`` and clause ``cl``."""
    if flags & _FACT_FORMS and not ((scope or period) and flags & _FACT_FORMS == {"article"}):
        return "fact"  # 一项任务 is an article, but 每个省培育一家 is a quota
    found = cues.cues(*sent)
    modal_before = modal_clause = modal_only_clause = frame_before = False
    last_frame, last_pos = "", -1  # the latest time frame before the number in its sentence
    last_past = -1
    any_past = False  # a past sign anywhere in the sentence
    compared = False  # the clause compares with last year (比上年…)
    allot = None  # (in the clause, before the number) of an allotting verb
    held = False  # a present cue of possession in the clause, a goal only after a date ahead (到2025年)
    own_past = sets = frame_any = False  # the sentence's own time frame: a past sign before the number; any setting cue
    first_past = first_set = c.start  # where the sentence's first past sign / setting cue before the number stands
    for a, b, kind in found:
        in_clause = cl[0] <= a < cl[1]
        if kind == "past_mark":
            own_past = own_past or a < c.start
            any_past = True
            continue
        if kind == "allot":
            allot = allot or (in_clause, a < c.start)
            continue
        if kind in ("past", "present", "past_frame"):
            if a and text[a - 1] in _BASELINE_FROM:
                continue  # 由现时6万元提高至8万元: the cue dates the baseline, not the number set
            if kind == "present" and any(k2 == "modal" and a - 1 <= b2 <= a for _, b2, k2 in found):
                continue  # 要拥有, 将达到: what is to be, not what is
            if a and text[a - 1] == "比" and kind != "present":
                compared = compared or in_clause  # 比上年增加3000亿元: decided below, with the cues after it
                continue
            if kind == "present" and text[a:b] in _PRESENT_GOAL:
                held = held or (in_clause and a < c.start)  # 到2025年，每千人口拥有执业医师3.2人: decided below
                continue
            if kind == "past" and ctx.mode == "directive" and text[a:b] in _COMPARE_WORDS:
                compared = compared or in_clause  # a plan's 同比增长10%: decided below, as 比上年… is
                continue
            if in_clause and not (c.start <= a < c.end and kind == "present"):
                return "fact"  # the clause reports what was or is
            if a < cl[0] and _in_base_frame(text, a, cl[0]):
                continue  # 在已建成绿道1200公里的基础上，累计建成1500公里: the past is the baseline's alone
            any_past = any_past or kind != "present"
            if a < c.start:
                own_past = True
                if kind != "present":
                    first_past = min(first_past, a)
                if kind == "past":
                    last_past = a
            if kind == "past_frame" and last_pos < a < c.start:
                last_frame, last_pos = kind, a
        elif kind == "frame":
            sets = frame_any = True
            first_set = min(first_set, a)
            frame_before = frame_before or a < c.start
            if last_pos < a < c.start:
                last_frame, last_pos = kind, a
        else:  # modal, normative
            if kind == "normative" and a >= c.end:
                continue  # …2个月左右的时间将…控制在个位数以内: the bound after it is another figure's
            sets = True
            first_set = min(first_set, a)
            modal_clause = modal_clause or in_clause
            modal_only_clause = modal_only_clause or (in_clause and kind == "modal")
            modal_before = modal_before or (kind == "modal" and a < c.start)
    if allot and not own_past and not _reports_after(found, c.end):  # 增拨900万元经常开支: a budget's measure
        sets = True
        modal_clause = modal_clause or allot[0]
        modal_before = modal_before or allot[1]
    future_date = False
    for pos, yr, how in dates:
        if ctx.year is not None and cl[0] <= pos < cl[1] and yr < ctx.year and not how:
            return "fact"  # a past year in the clause
        if how == "status" and sent[0] <= pos < c.start and not sets:
            return "fact"  # 截至2024年底，全区累计建成…: where things stood (a year past, or the document's unknown)
        if sent[0] <= pos < c.start and how == "to" and (ctx.year is None or yr >= ctx.year) and last_past < pos:
            future_date = True  # 到2025年 (not 到2019年底，我国已有…: a count reached)
        if ctx.year is not None and sent[0] <= pos < c.start and not how and last_pos < pos:
            last_frame, last_pos = ("past_frame" if yr < ctx.year else "frame"), pos  # 2024年全省…，…
        if ctx.year is not None and sent[0] <= pos < c.start and yr < ctx.year and how != "base":
            first_past = min(first_past, pos)
    if held and not (future_date or sets):
        return "fact"  # 全市拥有医生8000名, 共计120个: the clause reports what is
    tense = region_tense(ctx, c.start)
    if compared and not (sets or allot or future_date or tense == "future"):
        return "fact"  # 比上年增长6.9%: a change reported; with 今年…拟安排, 到2027年… it is the change planned
    para_start = line_start(ctx, c.start)
    normative = c.cmp_cue in lex.cues.get("normative", ()) or c.cmp_cue in words_of("normative_within")
    if ctx.mode == "narrative" and not (frame_any or future_date or modal_clause or normative or tense == "future"):
        if first_past < first_set or (first_set < c.start and _reported(text, ctx, cues, sent, first_set)):
            return "fact"  # 1956年，党中央提出要…，发展党员17500多名: a speech's history; the cue after it is reported
    if tense != "past" and _PARA_PAST_RE.match(text, para_start):
        # a paragraph that opens with 去年…: its sentences report, unless one says what will be done
        if not own_past and (modal_before or (modal_only_clause and normative)):
            return "target"
        tense = "past"
    if tense == "past":
        return "target" if future_date or (modal_only_clause and normative) else "fact"
    if not own_past and sum(1 for pos, yr, how in dates if sent[0] <= pos < c.start and not how) >= 2:
        own_past = True  # 从1980年的…增至2019年的…，年均增长…: a change between two years, reported
    if own_past and not (sets or future_date or normative):
        return "fact"  # 我国已进入…，人均…达到1万美元; 从…增至…，年均增长20.7%: the sentence reports
    quota = text.rfind("按", cl[0], c.num_start) >= 0 and text.startswith(words_of("share_word"), c.unit_end)
    if normative or modal_before or modal_clause or future_date or scope or period or quota:
        return "target"  # quota: 按在校生总数5%的比例配备
    if last_frame == "past_frame":
        return "fact"  # 特别是去年汛期，我市两所学校…
    if tense == "future" and ctx.mode == "narrative" and not frame_any and sent[0] > para_start \
            and _looks_back(text, ctx, cues, para_start, sent[0]):
        return "fact"  # 三、2011年的工作 … 过去一年，我们…取得了成绩。国内生产总值增长10.3%: a look back in the plan
    if (ctx.mode == "directive" and tense != "annex") or tense == "future" or frame_before \
            or (frame_any and not own_past):  # …扩展至另外3个地区，并于未来两年…
        return "target"
    # a time frame set earlier in the paragraph (今年… / 回顾过去一年…) carries to later sentences
    if sent[0] > para_start:
        for a, b, kind in reversed(cues.cues(_carry_start(ctx, para_start, sent[0]), sent[0])):
            if kind == "frame":
                return "target"
            if kind in ("past_frame", "past_mark"):
                return "fact"
    if (para_start >= sent[0] or _ITEM_IN_LINE_RE.match(text, sent[0] - 1 if sent[0] else 0)
            or _LIST_ITEM_RE.match(text, sent[0])) and _list_intro_cue(text, c.start, ctx, cues):
        # the item's first sentence is what the intro sets; the sentences after it explain
        return "target"
    return "fact"


def _in_base_frame(text: str, pos: int, limit: int) -> bool:
    """The clause holding ``pos`` (ending before ``limit``) is a baseline frame: 在…的基础上，"""
    e = text.find("，", pos, limit)
    return e >= 0 and text.endswith(_BASE_FRAME_END, 0, e)


_BASE_FRAME_END = words_of("base_frame_end")


def _reports_after(found: list, end: int) -> bool:
    """A past sign after the number that governs no allotting verb of its own: 透过注资50亿元…，基金已推出了…
    reports what the money did (but …建议预留100亿元…，我已预留资源… still allots)."""
    allots = {a for a, _, kind in found if kind == "allot"}
    return any(kind == "past" and a >= end and b not in allots for a, b, kind in found)


_PAST_OPEN, _REPORT_WORDS = words_of("past_open"), words_of("report_verb")
_PRESENT_GOAL, _COMPARE_WORDS = frozenset(words_of("present_goal")), frozenset(words_of("compare_word"))


def _reported(text: str, ctx: DocContext, cues: CueCache, sent: tuple[int, int], first_set: int) -> bool:
    """The sentence's first setting cue (at ``first_set``) tells what was demanded then: an
    event opens the sentence before it (疫情发生后，省委要求…), or a report word says it
    (省委明确要求…, 党中央决定…，确保…) in a paragraph whose latest time sign looks back."""
    if any(text.find(w, sent[0], first_set) >= 0 for w in _PAST_OPEN):
        return True
    if not (text.startswith(_REPORT_WORDS, first_set)
            or any(text.find(w, sent[0], first_set) >= 0 for w in _REPORT_WORDS)):
        return False  # 省委明确要求…, 党中央果断决定…，确保…: the demand is told, not made
    para_start = line_start(ctx, sent[0])
    for _, _, kind in reversed(cues.cues(_carry_start(ctx, para_start, sent[0]), sent[0])):
        if kind == "frame":
            return False
        if kind in ("past", "past_frame", "past_mark"):
            return True
    return False


def _looks_back(text: str, ctx: DocContext, cues: CueCache, para_start: int, sent_start: int) -> bool:
    """The latest time frame said earlier in the paragraph (or, on one long line, in the few
    sentences before) looks back (过去一年, 去年; not 比去年, a comparison), with no future frame after it."""
    for a, _, kind in reversed(cues.cues(_carry_start(ctx, para_start, sent_start), sent_start)):
        if kind == "frame":
            return False
        if kind == "past_frame" and not text.endswith(_BASE_BEFORE, 0, a):
            return True
    return False


_BASE_BEFORE = tuple(r["word"] for r in read_tsv("date_context.tsv") if r["role"] == "base_before")  # 比, 较
_LONG_PARAGRAPH = 600  # characters before the sentence: a text without paragraph breaks
_CARRY_SENTENCES = 3


def _carry_start(ctx: DocContext, para_start: int, sent_start: int) -> int:
    """Where a time frame carried to the sentence at ``sent_start`` may stand: its
    paragraph, but in a text without paragraph breaks (a speech on one line) only the few
    sentences before it, so that a 今后 said pages earlier does not turn a later review
    into plans."""
    if sent_start - para_start <= _LONG_PARAGRAPH:
        return para_start
    i = bisect_right(ctx.bounds, sent_start - 1) - 1 - _CARRY_SENTENCES
    return max(para_start, ctx.bounds[i] + 1 if i >= 0 else 0)


_FACT_FORMS = frozenset(("article", "abstract", "qualifier", "formula", "stative", "baseline", "done", "ordinal",
                         "code"))
_CODE_DIGITS = 5  # a bare figure of five digits or more right before a name: a code (a four-digit one may be a year)


__all__ = ["DocContext", "doc_context", "doc_year", "doc_mode", "decide", "form_flags", "sentence_span",
           "clause_span", "line_start", "region_tense", "CueCache"]
