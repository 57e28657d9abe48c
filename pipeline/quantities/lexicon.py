"""The quantities stage's lexicons (``models/*.tsv``), read once and compiled into
immutable lookup tables and regexes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, NamedTuple, Optional

from .. import deadlines as D
from ..regexes import trie_pattern
from ..resources import char_class, model_path, read_lines, read_tsv


@dataclass(frozen=True)
class Unit:
    text: str
    canonical: str
    kind: str
    factor: float


@dataclass(frozen=True)
class WordTable:
    """A set of words looked up by position: the longest word starting (or ending) there.
    Dictionary lookups of a few slices: far cheaper than a regex alternation per position."""

    words: frozenset
    lengths: tuple  # distinct word lengths, longest first
    firsts: frozenset  # first characters of the words
    lasts: frozenset  # last characters

    @classmethod
    def of(cls, words) -> "WordTable":
        ws = frozenset(w for w in words if w)
        return cls(ws, tuple(sorted({len(w) for w in ws}, reverse=True)),
                   frozenset(w[0] for w in ws), frozenset(w[-1] for w in ws))

    def at(self, text: str, pos: int) -> Optional[str]:
        if text[pos:pos + 1] not in self.firsts:
            return None
        for k in self.lengths:
            w = text[pos:pos + k]
            if w in self.words:
                return w
        return None

    def ending_at(self, text: str, pos: int) -> Optional[str]:
        if not pos or text[pos - 1] not in self.lasts:
            return None
        for k in self.lengths:
            if k <= pos:
                w = text[pos - k:pos]
                if w in self.words:
                    return w
        return None


@dataclass(frozen=True)
class Lexicon:
    units: Mapping[str, Unit]
    unit_table: WordTable  # the longest unit at a position
    unit_blockers: frozenset
    max_blocker: int
    blocker_heads: frozenset  # first two characters of the blockers
    cmp_before_table: WordTable  # cues that stand right before a number
    cmp_base_re: re.Pattern  # cue + base phrase + 的, at the end of a short window (不高于承担风险责任的0.5%)
    cmp_share_re: re.Pattern  # cue + base phrase right before a share (不低于省级补助资金20%)
    cmp_scope_re: re.Pattern  # cue + a short noun + distributive scopes right before a number (不得低于乡道每年每公里)
    round_clock: WordTable  # after N小时: round the clock, an attribute (24小时开放)
    name_before: WordTable  # words that make the number after them a name or code (拨打110)
    captions: WordTable  # 表, 图: at a line's head before a number, a caption (表2 某某计划表)
    founding: tuple  # 建军 (一百年): an anniversary
    plan_name: tuple  # (三年)行动方案: a programme's name
    zone_name_re: Optional[re.Pattern]  # (15分钟)社区生活圈: a kind of area named by a duration
    meeting: tuple  # (四次)会议: a numbered session
    clock_before: tuple  # 晚上 (8点): a clock time
    fillers: tuple  # 超过了80: words between a comparator and its number
    filler_last: frozenset
    far_adverbs: tuple  # 至少 … 一次: comparators that may stand apart
    far_first: frozenset  # their first characters: a clause without one holds none of them
    cmp_before: Mapping[str, str]
    cmp_not_after: Mapping[str, str]
    cmp_after_table: WordTable  # cues after a number or unit
    cmp_after: Mapping[str, str]
    bi_after: Mapping[str, str]
    range_chars: frozenset  # connectors of a range (X－Y, X至Y)
    between_open: frozenset
    between_close_table: WordTable
    period_re: re.Pattern  # searched in the clause before a number
    periods: Mapping[str, str]
    deadlines: Mapping[str, str]
    deadline_re: re.Pattern
    plan_periods: Mapping[int, tuple]
    cue_re: re.Pattern  # one alternation of plain words (fast to scan); see cue_kind / cue_guards
    cue_kind: Mapping[str, str]  # sentence cue -> its kind
    cue_guards: Mapping[str, tuple]  # sentence cue -> (before, after) contexts where it does not count
    cues: Mapping[str, frozenset]  # kind -> cue words
    indicator_head_re: re.Pattern  # words trimmed off the head of an indicator
    indicator_tail_re: re.Pattern  # … and off its tail
    zero_re: re.Pattern  # zero goals in words (零发生, 动态清零): value 0
    zero_cmp: Mapping[str, str]
    words: Mapping[str, str]  # numeral words -> role
    word_index: Mapping[str, tuple]  # bigram holding a numeral -> ((word, offset of the bigram), ...)


@lru_cache(maxsize=None)
def words_of(role: str) -> tuple[str, ...]:
    """The words of one role of ``models/quantity_words.tsv``, in the file's order."""
    return tuple(r["word"] for r in read_tsv("quantity_words.tsv") if r["role"] == role)


def words_alternation(role: str) -> str:
    """The words of one role as a regex group ``(?:a|b|…)``, in the file's order (earlier rows win)."""
    return "(?:" + "|".join(map(re.escape, words_of(role))) + ")"


@lru_cache(maxsize=None)
def pairs_of(role: str) -> tuple[tuple[str, str], ...]:
    """(word, next) rows of one role of ``models/quantity_words.tsv``."""
    return tuple((r["word"], r.get("next") or "") for r in read_tsv("quantity_words.tsv") if r["role"] == role)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class Guards(NamedTuple):
    """The contexts of a cue that do not count, with the characters next to the cue that
    any of them needs (a frequent cue such as 了 is mostly checked by two set look-ups)."""

    pairs: tuple  # (before, after)
    lasts: frozenset  # last characters of the befores
    firsts: frozenset  # first characters of the afters


def _guards(cue: str, not_in: str) -> Guards:
    """(before, after) context pairs around ``cue`` under which it does not count: 重|要|,
    |要|素 (from the words of ``not_in`` that hold the cue)."""
    out = []
    for w in not_in.split():
        i = w.find(cue)
        while i >= 0:
            out.append((w[:i], w[i + len(cue):]))
            i = w.find(cue, i + 1)
    return Guards(tuple(out), frozenset(a[-1] for a, _ in out if a), frozenset(b[0] for _, b in out if b))


def cue_counts(text: str, start: int, end: int, guards: Guards) -> bool:
    """Whether a cue found at ``text[start:end]`` stands outside every word of its guards."""
    if not guards.pairs or (text[start - 1:start] not in guards.lasts and text[end:end + 1] not in guards.firsts):
        return True
    for pre, post in guards.pairs:
        if (not pre or text.startswith(pre, start - len(pre))) and (not post or text.startswith(post, end)):
            if start - len(pre) >= 0:
                return False
    return True


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    units = {r["unit"]: Unit(r["unit"], r["canonical"], r["kind"], float(r["factor"])) for r in read_tsv("units.tsv")}
    blockers = frozenset(read_lines("unit_blockers.txt"))

    before, not_after, after, bi, rng, b_open, b_close = {}, {}, {}, {}, [], set(), []
    for r in read_tsv("comparators.tsv"):
        cue, cmp_, pos = r["cue"], r["comparator"], r["position"]
        if pos == "before":
            before[cue] = cmp_
            if r.get("not_after"):
                not_after[cue] = r["not_after"]
        elif pos == "after":
            after[cue] = cmp_
        elif pos == "bi_after":
            bi[cue] = cmp_
        elif pos == "range":
            rng.append(cue)
        elif pos == "between_open":
            b_open.add(cue)
        elif pos == "between_close":
            b_close.append(cue)
    # cue + base phrase ending in 的, right before the number: 不高于承担风险责任的0.5%
    cmp_base_re = re.compile(rf"(?P<cue>{_alternation(before)})(?P<base>[^，。；：、！？\s\d（）()]{{1,14}}?)的$")
    multi = [c for c in before if len(c) > 1 and not c.startswith(("<", ">", "≤", "≥"))]
    stop = char_class("share_base_stop")
    cmp_share_re = re.compile(rf"(?P<cue>{_alternation(multi)})(?P<base>[^，。；：、！？\s\d（）(){stop}]{{2,12}}?)$")

    cmp_scope_re = re.compile(rf"(?P<cue>{_alternation(multi)})[\u4e00-\u9fff]{{0,4}}?"
                              rf"(?:每[\u4e00-\u9fff]{{1,3}}?){{1,3}}$")
    periods = {r["cue"]: r["period"] for r in read_tsv("periods.tsv")}
    # a rate of a period (年抽检率): "年*率" = 年, one to four characters, 率; not a year's rate
    # (2025年达标率, 今年…率: a date, not a frequency)
    rates = {k: v for k, v in periods.items() if "*" in k}
    periods = {k: v for k, v in periods.items() if "*" not in k}
    rate_not_after = char_class("rate_not_after")
    rate_alt = "|".join(rf"(?P<rate{i}>(?<![0-9{rate_not_after}]){re.escape(a)}"
                        rf"[\u4e00-\u9fff]{{1,4}}?{re.escape(b)})"
                        for i, (a, _, b) in enumerate(k.partition("*") for k in rates))
    period_units = "|".join(r["word"] for r in read_tsv("date_context.tsv") if r["role"] == "period_unit")
    period_re = re.compile(
        rf"(?:(?P<word>{_alternation(periods)})|(?:{_alternation(words_of('every_other'))}|每)"
        rf"(?P<n>[0-9{char_class('digits_1_10_liang')}]+)"
        rf"(?:个)?(?P<u>{period_units})"
        + (f"|{rate_alt}" if rate_alt else "") + ")")
    periods.update({f"rate{i}": v for i, v in enumerate(rates.values())})
    deadlines = dict(D.lexicon().cues)  # the words are read where they are normalised (..deadlines)
    deadline_re = re.compile(_alternation(deadlines))
    plans = dict(D.lexicon().plans)

    by_kind: dict[str, list[str]] = {}
    cue_kind: dict[str, str] = {}
    cue_guards: dict[str, tuple] = {}
    sentence_kinds = ("modal", "normative", "frame", "past", "present", "past_frame", "past_mark", "allot")
    for r in read_tsv("quantity_cues.tsv"):
        k, cue = r["kind"], r["cue"]
        by_kind.setdefault(k, []).append(cue)
        if k in sentence_kinds and cue not in cue_kind:
            cue_kind[cue] = k
            cue_guards[cue] = _guards(cue, r.get("not_in") or "")
    cue_re = re.compile(trie_pattern(cue_kind))

    words: dict[str, str] = {}
    for r in read_tsv("numeral_words.tsv"):
        words[r["word"]] = r["role"]
    if model_path("formulas.tsv").exists():  # the research lexicon of numbered formulas
        for r in read_tsv("formulas.tsv"):
            f = (r.get("formula") or "").strip()
            if f and any(ch in _NUMERAL_CHARS for ch in f):
                words.setdefault(f, "slogan")
    zero = {r["word"]: r.get("comparator") or "=" for r in read_tsv("zero_words.tsv")} \
        if model_path("zero_words.tsv").exists() else {}
    index: dict[str, list] = {}
    for w in words:
        for i in range(len(w) - 1):
            if w[i] in _NUMERAL_CHARS or w[i + 1] in _NUMERAL_CHARS:
                index.setdefault(w[i:i + 2], []).append((w, i))
    return Lexicon(
        units=units, unit_table=WordTable.of(units), unit_blockers=blockers,
        max_blocker=max((len(b) for b in blockers), default=0),
        blocker_heads=frozenset(b[:2] for b in blockers),
        cmp_before_table=WordTable.of(before), cmp_base_re=cmp_base_re, cmp_share_re=cmp_share_re,
        cmp_scope_re=cmp_scope_re, round_clock=WordTable.of(by_kind.get("round_clock", ())),
        name_before=WordTable.of(by_kind.get("name_before", ())), cmp_before=before,
        captions=WordTable.of(by_kind.get("caption", ())),
        founding=tuple(by_kind.get("founding", ())), plan_name=tuple(by_kind.get("plan_name", ())),
        zone_name_re=re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_alternation(by_kind['zone_name'])})")
        if by_kind.get("zone_name") else None,
        meeting=tuple(by_kind.get("meeting", ())), clock_before=tuple(by_kind.get("clock_before", ())),
        fillers=tuple(sorted(by_kind.get("filler", ()), key=len, reverse=True)),
        filler_last=frozenset(w[-1] for w in by_kind.get("filler", ())),
        far_adverbs=tuple(by_kind.get("far_adverb", ())),
        far_first=frozenset(w[0] for w in by_kind.get("far_adverb", ())),
        cmp_not_after=not_after, cmp_after_table=WordTable.of(after), cmp_after=after, bi_after=bi,
        range_chars=frozenset(rng), between_open=frozenset(b_open), between_close_table=WordTable.of(b_close),
        period_re=period_re, periods=periods, deadlines=deadlines, deadline_re=deadline_re,
        plan_periods=plans, cue_re=cue_re, cue_kind=cue_kind, cue_guards=cue_guards,
        cues={k: frozenset(v) for k, v in by_kind.items()},
        indicator_head_re=re.compile(f"(?:{_alternation(by_kind.get('indicator_head', ()))})+"),
        indicator_tail_re=re.compile(f"(?:{_alternation(by_kind.get('indicator_tail', ()))})+$"),
        zero_re=re.compile(_alternation(zero) if zero else r"(?!)"), zero_cmp=zero,
        words=words, word_index={k: tuple(v) for k, v in index.items()},
    )


_NUMERAL_CHARS = frozenset(char_class("numeral_word_chars") + "0123456789")


def word_at(text: str, start: int, end: int, lex: Optional[Lexicon] = None) -> Optional[tuple[str, int, int]]:
    """The longest lexicon word (with its span) that covers ``text[start:end]``, if any."""
    lex = lex or lexicon()
    index = lex.word_index
    best = None
    for pos in (start - 1, start):
        if pos < 0:
            continue
        for w, off in index.get(text[pos:pos + 2], ()):
            a = pos - off
            b = a + len(w)
            if a <= start and b >= end and a >= 0 and text.startswith(w, a) \
                    and (best is None or b - a > best[2] - best[1]):
                best = (w, a, b)
    return best


__all__ = ["Guards", "Lexicon", "Unit", "WordTable", "cue_counts", "lexicon", "word_at"]
