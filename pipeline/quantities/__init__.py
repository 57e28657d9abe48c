"""The quantities stage: every number of a document, normalised, with its role.

``find_quantities(text, *, sentences=(), directives=(), doc_date=None)`` yields one frozen
:class:`~pipeline.records.Quantity` per number, left to right, with offsets into ``text``:

* measured quantities (role ``target`` when the document sets them for the future,
  ``fact`` otherwise) with value, upper, unit, kind, comparator, period, deadline, scope,
  base and indicator;
* numbers that are not quantities, with one of the roles ``date``, ``period``,
  ``ordinal``, ``name``, ``docnum``, ``slogan``.

:func:`find_targets` gives only the targets (the same records), faster: it skips review
sentences that cannot hold one and builds no record for the other numbers.

Modules: :mod:`.lexicon` (the data files in ``models/``), :mod:`.scan` (the walk over the
text), :mod:`.measure` (sign, unit, comparator, range), :mod:`.forms` (dates, plan periods,
ordinals, names, document numbers, slogans), :mod:`.roles` (target or fact), :mod:`.context`
(period, deadline, scope, base, indicator), :mod:`.base` (what they share).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import lt
from typing import Iterator, Optional, Sequence

from ..records import Directive, Quantity, Sentence
from ..resources import char_class, read_tsv
from .context import base_of, deadline_of, indicator_of, period_of, scope_of, to_dates
from ..script import as_written, fold
from .lexicon import lexicon, pairs_of, words_of
from .roles import CueCache, clause_span, decide, doc_context, form_flags, line_start, region_tense, sentence_span
from .scan import Cand, TextIndex, scan
from .tables import find_cells

def _locator(spans: Sequence, innermost: bool):
    """pos -> id of the (innermost) span that holds pos, or None."""
    starts = [x.start for x in spans]
    if all(map(lt, starts, starts[1:])):  # in order already (sentences, directives): no sort key to build
        items = list(spans)
    else:
        items = sorted(spans, key=lambda x: (x.start, -x.end))
        starts = [x.start for x in items]

    def find(pos: int) -> Optional[int]:
        i = bisect_right(starts, pos) - 1
        while i >= 0:
            x = items[i]
            if x.start <= pos < x.end:
                return x.id
            if not innermost:
                return None
            i -= 1
        return None

    return find


def _date_words(role: str) -> tuple[str, ...]:
    return tuple(r["word"] for r in read_tsv("date_context.tsv") if r["role"] == role)


_BASE_BEFORE, _TO_MARK, _TO_LEAD = _date_words("base_before"), _date_words("to_mark"), _date_words("to_lead")
_START_BEFORE, _START_AFTER = _date_words("start_before"), _date_words("start_after")
_STATUS_BEFORE = _date_words("status_before")


def _is_base_date(text: str, d: Cand) -> bool:
    return text[max(0, d.start - 2):d.start].endswith(_BASE_BEFORE)



def _is_to_date(text: str, d: Cand) -> bool:
    """到2025年 / 至2020年 opening a phrase (a deadline), not 减到2019年 (a change reported)."""
    if text[max(0, d.start - 1):d.start] not in _TO_MARK:
        return False
    k = d.start - 1
    if k and text[k - 1] == _YEAR_CHAR:
        return False  # 1958年至1960年: the end of a span of years, not a deadline set
    if k == 0 or text[k - 1] in "，。；：！？,;:\n（(“ —" or text[d.end:d.end + 1] in "，,":
        return True  # 到2025年底，… opens a clause: a deadline, whatever the subject before it
    return text.endswith(_TO_LEAD, 0, k)


def _is_start_date(text: str, d: Cand) -> bool:
    return text[max(0, d.start - 1):d.start] in _START_BEFORE or text[d.unit_end:d.end].endswith(_START_AFTER)


_YEAR_CHAR = char_class("date_frame")[0]  # 年
_TO_DATE = re.compile(rf"[{''.join(_TO_MARK)}]\s*[0-9{char_class('year_first')}]")


def _target_sentences(text: str, ctx, cues: CueCache):
    """keep(pos) for :func:`scan` when only targets are wanted: a sentence of a review
    section (past region) can hold a target only with a modal or normative cue or a
    到/至 date (the same conditions :func:`~.roles.decide` asks there)."""
    def keep(pos: int):
        sent = sentence_span(ctx, text, pos)
        if region_tense(ctx, pos) != "past":
            return True, sent[1]
        ok = any(kind in ("modal", "normative") for _, _, kind in cues.cues(*sent)) \
            or _TO_DATE.search(text, sent[0], sent[1]) is not None
        return ok, sent[1]
    return keep


def _marker_spans(text: str, directives: Sequence[Directive]) -> list[tuple[int, int]]:
    """The spans of the numbering markers of ``directives`` (4.2.1, a table's row number 12,
    3., 二、 run into a line without breaks), in order: their numbers are ordinals whatever
    follows them (the normaliser may have dropped the space in 4　应急响应)."""
    out = []
    for d in directives:
        m = d.marker
        if m and text.startswith(m, d.start):
            out.append((d.start, d.start + len(m)))
    out.sort()
    return out


def find_quantities(text: str, *, sentences: Sequence[Sentence] = (), directives: Sequence[Directive] = (),
                    doc_date: Optional[str] = None) -> Iterator[Quantity]:
    """Every number of ``text`` as a :class:`Quantity` (see the module doc)."""
    return _quantities(text, sentences, directives, doc_date, targets_only=False)


def find_targets(text: str, *, sentences: Sequence[Sentence] = (), directives: Sequence[Directive] = (),
                 doc_date: Optional[str] = None) -> Iterator[Quantity]:
    """Only the targets of ``text``: the same records :func:`find_quantities` gives role
    ``target``, without building the others."""
    return _quantities(text, sentences, directives, doc_date, targets_only=True)


def _quantities(text: str, sentences: Sequence[Sentence], directives: Sequence[Directive],
                doc_date: Optional[str], targets_only: bool) -> Iterator[Quantity]:
    lex = lexicon()
    orig, text = text, fold(text)  # a Traditional text is read in Simplified, offsets unchanged
    index = TextIndex(text)
    ctx = doc_context(text, doc_date, lex, [(d.start, d.title) for d in directives if d.parent is None])
    cues = CueCache(text, lex)
    keep = _target_sentences(text, ctx, cues) if targets_only else None
    cands = scan(text, lex, index, keep, _marker_spans(text, directives))
    if not cands:
        return
    sent_of = _locator(sentences, innermost=False) if sentences else (lambda pos: None)
    dir_of = _locator(directives, innermost=True) if directives else (lambda pos: None)
    status = {c.start for c in cands if c.role == "date" and c.year and text.endswith(_STATUS_BEFORE, 0, c.start)
              and (ctx.year is None or c.year < ctx.year)}  # 截至2024年底: where things stood, no deadline
    dated = [c for c in cands if (c.role in ("date", "period") or "relative" in c.flags)
             and not _is_base_date(text, c) and not _is_start_date(text, c) and c.start not in status]
    # (position, year, "to" for 到2025年 / "base" for 比2020年 / "status" for 截至2024年底 / "") of every year date
    date_years = [(c.start, c.year, "status" if c.start in status else "base" if _is_base_date(text, c)
                   else "to" if _is_to_date(text, c) else "") for c in cands if c.role == "date" and c.year]
    date_starts = [p for p, _, _ in date_years]
    leads = to_dates(text, dated)
    find = text.find
    prev_ind = None
    prev_period = None  # (sentence, period) of a target whose clause opens with its frequency
    last_fact = -1  # the clause start of the last quantity read as a fact
    trad = orig is not text

    def unit_of(c: Cand) -> str:
        """The unit as the text writes it (個, not 个) where it is the canonical unit."""
        if trad and c.unit:
            i = find(c.unit, c.num_end, max(c.unit_end, c.end))
            if i >= 0:
                return orig[i:i + len(c.unit)]
        return c.unit

    cells = find_cells(text, lex, ctx.year)  # tables of indicators: a cell's column says what it is
    cell_end = -1
    for c in cands:
        if cells and (c.start in cells or c.start < cell_end):
            cell = cells.get(c.start)
            if cell is not None:
                cell_end = cell.end
                if not targets_only or cell.role == "target":
                    yield _cell_quantity(orig, c, cell, sent_of, dir_of)
            continue
        if c.role is not None:
            if not targets_only:
                yield Quantity(text=orig[c.start:c.end], start=c.start, end=c.end, value=c.value, unit=unit_of(c),
                               kind="number", comparator="=", upper=c.upper, role=c.role,
                               sentence=sent_of(c.start), directive=dir_of(c.start))
            continue
        sent = sentence_span(ctx, text, c.start)
        cl = clause_span(index, c.start, c.end, sent)
        flags = form_flags(text, c, lex, cl[0])
        has_every = find("每", cl[0], c.start) >= 0
        scope = scope_of(text, c, cl[0]) if has_every else None
        period = period_of(text, c, cl[0], lex) if has_every or find("均", cl[0], c.start) >= 0 \
            or find("率", cl[0], c.start) >= 0 else None
        if period is None and c.flags and c.kind != "number":
            period = next((f[4:] for f in c.flags if f.startswith("per:")), None)  # 150吨/日
        near = date_years[bisect_right(date_starts, sent[0] - 1):bisect_right(date_starts, sent[1])]
        role = decide(text, c, flags, ctx, lex, cues, sent, cl, scope is not None, period is not None, near)
        if role == "target" and period and (period, text[c.start:c.end]) in _WHOLE_PERIODS:
            role = "fact"  # 每天24小时提供服务: the whole of each day, round the clock; no amount is set
        if role == "target" and last_fact == cl[0] and _in_aside(text, c):
            role = "fact"  # 1396个县无确诊病例（占46%）: the aside restates the figure reported before it
        if role == "fact":
            last_fact = cl[0]
        if role != "target":
            if not targets_only:
                yield Quantity(text=orig[c.start:c.end], start=c.start, end=c.end, value=_round(c.value),
                               unit=unit_of(c), kind=c.kind, comparator=c.comparator, upper=_round(c.upper),
                               period=period, scope=as_written(orig, text, scope, c.start),
                               base=as_written(orig, text, base_of(text, c, cl[0]), c.start), role=role,
                               sentence=sent_of(c.start), directive=dir_of(c.start))
            continue
        if period is None and prev_period is not None and prev_period[0] == sent and not has_every:
            period = prev_period[1]  # 每年推广…3个以上，创建…1条: the frame opening the sentence holds on
        prev_period = (sent, period) if period is not None and _frames_clause(text, cl[0], lex) else \
            (prev_period if prev_period is not None and prev_period[0] == sent else None)
        para_start = line_start(ctx, c.start)
        indicator = indicator_of(text, c, cl[0], scope, lex)
        if (indicator is None or indicator in lex.cues.get("indicator_tail", ())) and prev_ind and prev_ind[0] == sent:
            indicator = prev_ind[1]  # 财政支出超过23万亿元，增长6.5%: the growth is of the same thing
        prev_ind = (sent, indicator)
        yield Quantity(text=orig[c.start:c.end], start=c.start, end=c.end, value=_round(c.value), unit=unit_of(c),
                       kind=c.kind, comparator=c.comparator, upper=_round(c.upper), period=period,
                       deadline=deadline_of(text, c, sent, para_start, ctx.year, dated, lex, leads),
                       scope=as_written(orig, text, scope, c.start),
                       base=as_written(orig, text, base_of(text, c, cl[0]), c.start),
                       indicator=as_written(orig, text, indicator, c.start),
                       role=role, sentence=sent_of(c.start), directive=dir_of(c.start))


def _cell_quantity(orig: str, c: Cand, cell, sent_of, dir_of) -> Quantity:
    """The quantity of a cell of a table of indicators (:mod:`.tables`)."""
    if cell.role == "ordinal":
        return Quantity(text=orig[c.start:cell.end], start=c.start, end=cell.end, value=cell.value, role="ordinal",
                        sentence=sent_of(c.start), directive=dir_of(c.start))
    return Quantity(text=orig[c.start:cell.end], start=c.start, end=cell.end, value=_round(cell.value),
                    unit=cell.unit, kind=cell.kind, comparator=cell.comparator, deadline=cell.deadline,
                    indicator=cell.indicator, role=cell.role, sentence=sent_of(c.start), directive=dir_of(c.start))


_ASIDE_LEADS = words_of("aside_lead")
_WHOLE_PERIODS = frozenset(pairs_of("whole_period"))


def _in_aside(text: str, c: Cand) -> bool:
    """The quantity opens a bracketed aside: （占46%）, （约3万人）."""
    lead = c.cmp_start if c.cmp_start >= 0 else c.start
    k = text.rfind("（", max(0, lead - 3), lead)
    return k >= 0 and (k == lead - 1 or text[k + 1:lead] in _ASIDE_LEADS)


def _frames_clause(text: str, start: int, lex) -> bool:
    """The clause at ``start`` opens with a frequency (每年…, 年均…): a frame for the clauses
    after it in the sentence, not a word inside one noun phrase."""
    m = lex.period_re.match(text, start)
    return m is not None and not (m.lastgroup or "").startswith("rate")


def _round(v: Optional[float]) -> Optional[float]:
    if v is None:
        return None
    r = float(f"{v:.12g}")  # 2.76万亿 is 2760000000000, not 2759999999999.9995
    return float(int(r)) if abs(r) < 1e15 and r == int(r) else r


__all__ = ["find_quantities", "find_targets"]
