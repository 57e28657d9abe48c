"""Text that reads like a requirement but is none: reviews, sayings, table cells, list intros,
reported speech.

The words are data (``models/non_requirements.tsv``, whose header documents each kind); this
module holds the mechanisms, each a test on one unit (a sentence cut at 。！？；), its clauses
or one clause group, so that the requirement stage stays linear:

* :class:`ReviewRun` — a sentence that opens with a past frame (过去一年, 近年来) or reports an
  achievement (取得…成效) starts a run of sentences that review, in speeches without
  paragraph breaks as in paragraphs; :func:`series_reviews` — an enumeration introduced by a
  sentence that reports the past reviews too;
* :func:`skip_unit` — sayings and quotations, maxims, indicator-table cells and headers, the
  lines of a transcript's chair and members inside a speech (主席：…);
* :func:`drop_intro` — the intro of a list glued to its first item (…包括但不限于：（1）…);
* :func:`skip_group` — reported speech of a past statement (我多次讲，要…; 党中央明确提出要…)
  and, inside a review, cues that do not open their clause.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from ..records import Directive
from ..regexes import first_chars, guarded
from ..resources import read_tsv
from .actors import find_subject, skip_prefix
from .clauses import Clause, Tree, Unit, looks_retrospective, retrospective_end
from .lexicon import openers, trie_pattern
from .modality import CueHit, cues
from .predicates import opening
from .scan import Scan

FILE = "non_requirements.tsv"
KINDS = ("review_open", "review_mark", "review_end", "review_cue", "saying_intro", "saying_word", "field", "header",
         "list_intro", "report_verb", "report_past", "provision", "condition_list", "interjection", "definition",
         "formula", "courtesy", "exclamation", "speaker", "assessment", "refer_back", "review_forward",
         "list_ahead", "draft", "question", "crux")
_SENTENCE_END = "。！？!?\n"
_SPACE = " \t\u3000\r\n"
_COLONS = "：:"
_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
_MAXIM_CLAUSE = 8  # a clause of a maxim is short
_EXCLAIM = "！!"
_QUESTION = "？?"
_OPENING_VERB = ("verb", "cue")
_FRAMES = ("frame", "deadline", "condition", "")  # clause openings that set a scene (or nothing: 当前，)
_FOLLOW_GAP = 2  # words (也, 都, 坚决) that may stand between a subject and its cue
_LIST_AHEAD = 20  # characters at a unit's end that may announce a list (…抓好以下几个方面的工作)
_LOOK_BACK = 400  # how far back the sentence introducing an enumeration is looked for
_NUMBER_CELL = re.compile(r"[\d.．,，%％\s\-—~～/]+")  # a table cell holding only a number
_CELL = 8  # characters of a short cell of a flattened table standing as a line (需动迁, 新建)
_CELL_REPEATS = 3  # lines of the same short text that make it a column's value, not a task


@dataclass(frozen=True)
class Lexicon:
    words: Mapping[str, frozenset[str]]  # kind -> its literal words
    regex: Mapping[str, re.Pattern]  # kind -> its words and patterns, longest literal first


@cache
def lexicon(name: str = FILE) -> Lexicon:
    words: dict[str, set[str]] = {k: set() for k in KINDS}
    patterns: dict[str, list[str]] = {k: [] for k in KINDS}
    for row in read_tsv(name):
        w, kind = row["word"], row["kind"]
        if w.startswith("re:"):
            patterns.setdefault(kind, []).append(w[3:])
        else:
            words.setdefault(kind, set()).add(w)
    # no "|(?!)" for a kind without words, and a guard where re has no scan of its own (guarded): the
    # same matches, found three to four times as fast (provision, formula, assessment: searched in every unit)
    regex = {k: re.compile(guarded("|".join(patterns.get(k, []) + ([trie_pattern(words[k])] if words[k] else []))
                                   or r"(?!)")) for k in words}
    return Lexicon(MappingProxyType({k: frozenset(v) for k, v in words.items()}), MappingProxyType(regex))


@cache
def _report_tail() -> re.Pattern:
    """The end of a clause that reports a statement: (past adverbs) report verb (过)."""
    rx = lexicon().regex
    # behind a guard of the words' first characters (re has no scan of its own for it): 3x as fast
    past, verb = first_chars(rx["report_past"].pattern), first_chars(rx["report_verb"].pattern)
    guard = f"(?=[{''.join(re.escape(c) for c in sorted(past | verb))}])" if past and verb else ""
    return re.compile(f"{guard}((?:{rx['report_past'].pattern})*)(?:{rx['report_verb'].pattern})(过?)[，,]?$")


@cache
def _report_past() -> re.Pattern:
    return re.compile(lexicon().regex["report_past"].pattern)


@cache
def _header_line() -> re.Pattern:
    words = lexicon().regex["header"].pattern
    return re.compile(f"(?:{words})(?:[ \t\u3000]+(?:{words}))*")


def _strong(hits: Sequence[CueHit]) -> bool:
    return any(h.entry.asks and not h.entry.weak for h in hits)


def _past(hits: Sequence[CueHit]) -> bool:
    return any(h.modality == "past" for h in hits)


# --------------------------------------------------------------------------- reviews

def _turns(sc: Scan, cl: Sequence[Clause], hits: Sequence[CueHit]) -> bool:
    """A strong cue other than a ``review_cue`` opens a clause, after its subject if any
    (…，要坚持…; 各地要…): the text turns to what is asked.  A cue inside a clause (做到…决不
    放过) or 确保 (…，确保取得的成果…) still describes what was done."""
    keep = lexicon().words["review_cue"]
    k = 0
    for h in hits:
        if not h.entry.asks or h.entry.weak or h.text in keep:
            continue
        while k < len(cl) and cl[k].end <= h.start:
            k += 1
        if k == len(cl):
            break
        c = cl[k]
        p = skip_prefix(sc, c.start, c.end)
        if h.start <= p:
            return True
        a = find_subject(sc, c.start, c.end, pos=p)
        if a is not None and 0 <= h.start - a.end <= _FOLLOW_GAP:
            return True
    return False


def _opens_review(sc: Scan, cl: Sequence[Clause], hits: Sequence[CueHit]) -> bool:
    """The unit opens a review: its first clause is a past frame (五年来，; 过去一年是…) — the
    frame fills the clause or the clause reports or describes — or it reports an achievement
    (取得了…成效) without a strong cue."""
    masked, c = sc.text, cl[0]
    rx = lexicon().regex
    m = rx["review_open"].match(masked, c.start, c.end)
    if m is not None and (m.end() == c.end or any(
            h.modality in ("past", "state") and h.start < c.end for h in hits)):
        return True
    return not _strong(hits) and rx["review_mark"].search(masked, c.start, cl[-1].end) is not None


class ReviewRun:
    """Which units review the past, read in order (one per document).

    A run starts at a unit whose first clause opens with a ``review_open`` frame, or that holds
    a ``review_mark`` and no strong cue, and on entering an item of an enumeration whose
    introducing sentence reviews (:func:`series_reviews`); it ends at a new paragraph or
    numbered item, a unit opening with a ``review_end`` word, or a unit where a strong cue opens
    a clause and no past marker stands."""

    __slots__ = ("item", "on", "paragraph")

    def __init__(self) -> None:
        self.on, self.paragraph, self.item = False, -1, None

    def inside(self, sc: Scan, u: Unit, cl: Sequence[Clause], hits: Sequence[CueHit], item: int | None,
               is_title: bool, series: bool) -> bool:
        """Whether the unit ``u`` (its clauses ``cl``, its cue ``hits``; innermost item id
        ``item``; ``series``: that item is one of a reviewing enumeration) reviews."""
        if u.paragraph != self.paragraph or item != self.item:
            self.on = series
        self.paragraph, self.item = u.paragraph, item
        if is_title:
            return False
        if _opens_review(sc, cl, hits):
            self.on = True
        elif self.on and (lexicon().regex["review_end"].match(sc.text, cl[0].start, cl[0].end)
                          or (not _past(hits) and _turns(sc, cl, hits))):
            self.on = False
        return self.on


def forward_heading(heading: str) -> bool:
    """After the words of the past, the heading turns to what is to be done (…发展成就和“十五五”时期主要
    目标任务): its items that ask are tasks, not a review."""
    end = retrospective_end(heading)
    return end >= 0 and lexicon().regex["review_forward"].search(heading, end) is not None


def _intro_sentence(masked: str, start: int) -> tuple[int, int]:
    """The sentence just before ``start`` (where an enumeration begins)."""
    j = start
    while j > 0 and masked[j - 1] in _SPACE:
        j -= 1
    lo = max(0, j - _LOOK_BACK)
    k = max(lo - 1, max(masked.rfind(c, lo, max(j - 1, lo)) for c in _SENTENCE_END)) + 1
    return k, j


@cache
def enum_styles() -> frozenset[str]:
    return frozenset(r["style"] for r in read_tsv("markers.tsv") if r.get("kind") == "enum")


def series_reviews(masked: str, tr: Tree, x: Directive | None, memo: dict) -> bool:
    """The item ``x`` is one of an enumeration (一是…二是…) introduced by a sentence that
    reviews: a past marker and words of a review, no strong cue (…进行了新探索、积累了新经验。
    一是…): its items say what was done.  So does one introduced by hopes (我提几点希望。一是…):
    like a review's, its sentences ask only where a strong cue opens them.  ``memo``: per document, by item."""
    if x is None or x.style not in enum_styles():
        return False
    got = memo.get(x.id)
    if got is None:
        first = x
        k = bisect_right(tr.starts, x.start) - 1
        while k >= 0:  # back to the first item of the series (number 1)
            y = tr.by_start[k]
            if y.parent == x.parent and y.style == x.style:
                first = y
                if y.number <= 1:
                    break
            k -= 1
        a, b = _intro_sentence(masked, first.start)
        hits = cues(masked, a, b)
        rx = lexicon().regex
        got = memo[x.id] = any(h.modality == "description" for h in hits) or (
            b > a and not _strong(hits) and _past(hits) and (
                looks_retrospective(masked[a:b]) or rx["review_mark"].search(masked, a, b) is not None
                or rx["review_open"].match(masked, a, b) is not None))
    return got


# --------------------------------------------------------------------------- units

def _quotation_piece(text: str, start: int, end: int) -> bool:
    """The unit is a quotation standing as a sentence (“…。”) or a piece of one that spans
    sentences (its first ” comes before any “, or its “ is never closed)."""
    s = text[start:end].rstrip("。！？!?；;")
    close, open_ = s.find(_QUOTE_CLOSE), s.find(_QUOTE_OPEN)
    if s.endswith(_QUOTE_CLOSE):  # 更也，人皆仰之。” or “…。” as a whole
        return open_ < 0 or close < open_ or (open_ == 0 and close == len(s) - 1)
    # “君子之过也，…人皆见之； or …强调：“一定要…； (a quotation that goes on)
    return open_ >= 0 and close < 0 and (open_ == 0 or s[open_ - 1] in _COLONS)


def _reported_quotation(masked: str, text: str, start: int, end: int, hits: Sequence[CueHit]) -> bool:
    """The unit, without a cue that asks, is only a report and a whole quotation (还说过：“…。”): someone's
    words cited, no one asked; a quotation that asks (强调：“要…”) stays a requirement."""
    s = text[start:end].rstrip("。！？!?；;")
    open_ = s.find(_QUOTE_OPEN)
    if open_ < 1 or s[open_ - 1] not in _COLONS or not s.endswith(_QUOTE_CLOSE) or any(h.entry.asks for h in hits):
        return False
    return _report_tail().search(masked, start, start + open_ - 1) is not None


def _maxim(sc: Scan, cl: Sequence[Clause], hits: Sequence[CueHit]) -> bool:
    """Two to four short clauses without a cue, the first not an imperative, with a word of
    sayings or of one length (初心易得，始终难守)."""
    if not 2 <= len(cl) <= 4 or any(h.entry.asks for h in hits):
        return False
    lengths = [c.end - c.start for c in cl]
    if max(lengths) > _MAXIM_CLAUSE:
        return False
    c = cl[0]
    if opening(sc, skip_prefix(sc, c.start, c.end), c.end) in _OPENING_VERB:
        return False
    if len(set(lengths)) == 1 and lengths[0] >= 4:
        return True
    return lexicon().regex["saying_word"].search(sc.text, cl[0].start, cl[-1].end) is not None


def skip_unit(text: str, sc: Scan, cl: Sequence[Clause], hits: Sequence[CueHit]) -> bool:
    """The unit (its clauses ``cl`` in the masked text of ``sc``, its cue ``hits``) is no requirement: a
    saying or quotation, a maxim, an exclamation, a question (为什么…呢？), what matters most stated
    (最根本的是…), an indicator-table cell or header line, a provision of a legal text that asks no one (its
    purpose and enactment, scope, entry into force), a definition whose later clauses ask nothing, the formula
    handing a report to an assembly (请予审议), thanks and respects offered (向…表示衷心的感谢), an
    assessment that a cue only introduces (必须清醒看到，…), what the text before said, referred back to
    (其中包括…, 这种制度，…)."""
    masked = sc.text
    start, end = cl[0].start, cl[-1].end
    rx = lexicon().regex
    line = sc.line_start(start)
    if rx["interjection"].match(masked, line, end) is not None:
        return True  # 主席：请议员保持肃静。财政司司长，请继续发言。
    if rx["formula"].search(masked, start, end) is not None:
        return True  # …向大会报告政府工作，请予审议: a courtesy to the assembly, not a task
    if rx["courtesy"].search(masked, start, end) is not None and not any(h.entry.asks and not h.entry.weak
                                                                          for h in hits):
        return True  # 向…表示衷心的感谢！: thanks offered, no one asked (a weak cue 支持 may name the thanked)
    if (m := rx["assessment"].search(masked, start, end)) is not None \
            and not any(h.entry.asks and h.start >= m.end() for h in hits):
        return True  # 必须清醒看到，…还存在不足: an assessment of the situation, no task after it
    if (m := rx["crux"].search(masked, start, end)) is not None \
            and not any(h.entry.asks and not h.entry.weak and h.start >= m.end() for h in hits):
        return True  # 坚持党的领导，最根本的是坚持…: what matters most, stated
    if rx["provision"].search(masked, start, end) is not None and not any(h.entry.asks for h in hits):
        return True
    if rx["refer_back"].match(masked, start, end) is not None and not any(h.entry.asks for h in hits):
        return True  # 其中包括…, 这种制度，…: what was just said, described
    if rx["definition"].search(masked, start, end) is not None \
            and rx["definition"].match(masked, skip_prefix(sc, start, end), end) is not None \
            and not any(h.entry.asks and h.start >= cl[0].end for h in hits):
        return True  # 主要指…需支付的其他费用: a definition, whatever cue its first clause holds (searched first:
        # no match in the unit, none after its prefix, and skip_prefix is dear)
    m = rx["field"].match(masked, start, end)
    if m is not None and (m.end() == end or masked[m.end()] in _COLONS):
        return True
    if _header_line().fullmatch(masked, start, end) or _NUMBER_CELL.fullmatch(masked, start, end):
        return True  # a table's header line, or a cell that is only a number (4.42, 12.00)
    if end - start <= _CELL and _repeated_cell(sc, start, end):
        return True  # 需动迁 on its own line, again and again: a column of a flattened table
    if rx["saying_intro"].match(masked, start, cl[0].end):
        return True
    if not any(h.entry.asks for h in hits):
        if masked[end:end + 1] in _EXCLAIM and rx["exclamation"].search(masked, cl[-1].start, end) is not None:
            return True  # …，我们何其有幸！: an exclamation, no task
    if masked[end:end + 1] in _QUESTION and rx["question"].search(masked, start, end + 1) is not None:
        return True  # 为什么…，…就不能够做到呢？: a question, no task
    if (text.find(_QUOTE_OPEN, start, end) >= 0 or text.find(_QUOTE_CLOSE, start, end) >= 0) \
            and (_quotation_piece(text, start, end) or _reported_quotation(masked, text, start, end, hits)):
        return True
    return _maxim(sc, cl, hits)


@lru_cache(maxsize=2)
def _short_lines(masked: str) -> Counter:
    """How often each short line stands in the document (once per document: the text's hash is kept)."""
    return Counter(t for t in (ln.strip(_SPACE) for ln in masked.split("\n")) if 0 < len(t) <= _CELL)


def _repeated_cell(sc: Scan, start: int, end: int) -> bool:
    """The unit fills its line, a short one that stands as a line again and again in the document, next to a
    number cell (需动迁 after each row's area): the value of a column of a flattened table, not a task."""
    masked = sc.text
    line = sc.line_start(start)
    if masked[line:start].strip(_SPACE):
        return False
    stop = masked.find("\n", end)
    stop = len(masked) if stop < 0 else stop
    cell = masked[line:stop].strip(_SPACE)
    if len(cell) > _CELL or _short_lines(masked)[cell] < _CELL_REPEATS:
        return False
    prev = masked[masked.rfind("\n", 0, max(line - 1, 0)) + 1:max(line - 1, 0)].strip(_SPACE)
    after = masked.find("\n", stop + 1)
    nxt = masked[stop + 1:len(masked) if after < 0 else after].strip(_SPACE)
    return any(x and _NUMBER_CELL.fullmatch(x) for x in (prev, nxt))  # among the cells of a row (3.75, 2)


def announces_list(sc: Scan, cl: Sequence[Clause]) -> bool:
    """The unit only announces the list after it (今年要着重抓好以下工作。, 按照这个要求，重点做好八个方面工作): no
    row, though the party it names leads the items (我们要着力抓好以下几个方面：).  A unit whose earlier clauses
    ask by themselves (要认真贯彻…，坚持…，注重以下几点) stays one."""
    end = cl[-1].end
    if lexicon().regex["list_ahead"].search(sc.text, max(cl[-1].start, end - _LIST_AHEAD), end) is None \
            or _speaker_provision(sc.text, cl[0]):
        return False  # (我建议推出以下措施：: the speaker's measure, a row of a budget speech)
    return not any(opening(sc, skip_prefix(sc, c.start, c.end), c.end) in _OPENING_VERB for c in cl[:-1])


def report_intro(masked: str, start: int, end: int) -> bool:
    """``masked[start:end]``, a part without a cue, is only a speaker and a report verb (我经常讲，党员要…):
    the intro of what it reports, which is a part of its own, not a requirement."""
    m = _report_tail().search(masked, start, end)
    return m is not None and lexicon().regex["speaker"].fullmatch(masked, start, m.start()) is not None


def condition_list(masked: str, start: int, end: int) -> bool:
    """``masked[start:end]`` introduces a list of cases, not of measures (有下列行为之一的：,
    应当具备下列条件：): an item of that list is part of its intro's sentence, no requirement
    by itself."""
    return lexicon().regex["condition_list"].search(masked, start, end) is not None


def drop_intro(masked: str, cl: list[Clause]) -> list[Clause]:
    """``cl`` without the clause that introduces a list (…要注意两点：一是…; 评价内容包括但不限于：
    （1）…): the clause before the first colon, when it ends with a ``list_intro`` word, and the
    clauses before it unless they ask.  An intro that asks (…应当具备下列条件：) stays unless
    the items after it ask by themselves; so does the intro of a list of expected targets, the
    first part of that list."""
    rx = lexicon().regex["list_intro"]
    for k, c in enumerate(cl):
        if c.end < len(masked) and masked[c.end] in _COLONS:
            if not any(m.end() == c.end for m in rx.finditer(masked, c.start, c.end)) \
                    or openers().regex["targets"].search(masked, c.start, c.end):
                return cl  # a list of expected targets keeps its intro (主要预期目标安排如下：…)
            rest = cl[k + 1:]
            if not rest and _speaker_provision(masked, c):
                return cl  # 我建议推出以下措施：(items on their own lines): the speaker's measure
            if any(h.entry.asks for h in cues(masked, c.start, c.end)) and not (
                    rest and any(h.entry.asks for h in cues(masked, rest[0].start, rest[-1].end))):
                return cl
            if k and any(h.entry.asks for h in cues(masked, cl[0].start, cl[k - 1].end)):
                return cl[:k] + rest  # 各地要结合实际，重点做好以下工作：…
            return rest  # with the scene before it (当前，…要注意两点：)
    return cl


def _speaker_provision(masked: str, c: Clause) -> bool:
    """The clause opens with the first-person speaker's provision (我建议推出…) and goes on
    after it (``models/announcements.tsv``)."""
    from .modality import announcements

    ann = announcements()
    for name in ann.first:
        if masked.startswith(name, c.start):
            m = ann.provision.match(masked, c.start + len(name))
            if m is not None and m.end() < c.end:
                return True
    return False


# --------------------------------------------------------------------------- clause groups

def _reports(masked: str, c: Clause, end: int, group_past: bool, lo: int = -1) -> bool:
    """``masked[c.start:end]`` ends with a past report (我多次讲, 党中央明确提出, 我…讲过), or a report verb
    opening the clause goes on with a past report of the unit's earlier clauses, from ``lo`` (我…明确提出一系列
    要求，强调要…)."""
    m = _report_tail().search(masked, c.start, end)
    if m is None:
        return False
    return bool(m.group(1) or m.group(2) or group_past
                or _report_past().search(masked, c.start, m.start()) is not None
                or (0 <= lo < m.start() == c.start and _past_report().search(masked, lo, c.start) is not None))


@cache
def _past_report() -> re.Pattern:
    """A past adverb right before a report verb (明确提出, 多次强调)."""
    rx = lexicon().regex
    return re.compile(f"(?:{rx['report_past'].pattern})(?:{rx['report_verb'].pattern})")


def skip_group(masked: str, items: Sequence, modal: CueHit, past: bool, review: bool) -> bool:
    """A clause group whose cue is ``modal`` asks only in reported speech of a past statement,
    or, inside a review, through a cue that does not open its clause.  ``items``: the stage's
    clause infos of the whole unit (``clause``, ``opens``, ``open_modal``), since the report
    (我经常讲，) may stand in the group before; ``past``: the group holds a past marker."""
    k = next(i for i, ci in enumerate(items) if ci.clause.start <= modal.start < ci.clause.end)
    ci = items[k]
    if review and (ci.open_modal is not modal or any(c.opens not in _FRAMES for c in items[:k])):
        return True  # in a review, only a sentence that opens with its cue asks
    if _reports(masked, ci.clause, modal.start, past, items[0].clause.start):
        return True  # 党中央明确提出要…; 我…明确提出一系列要求，强调要…
    if (k and _self_quote(masked, items, k, past)) or _draft_report(masked, items, k, modal):
        return True  # 我多次讲，…，决不能松劲; 建议稿提出，…要…
    if ci.open_modal is not modal:  # the cue after the clause's own subject (我多次讲，研究方向的选择要…)
        return k > 0 and _reports(masked, items[k - 1].clause, items[k - 1].clause.end, past)
    j = k - 1
    while j >= 0 and items[j].opens in ("frame", "deadline"):
        j -= 1  # 我讲过，面向未来，我们要…
    return j >= 0 and _reports(masked, items[j].clause, items[j].clause.end, past)


def _self_quote(masked: str, items: Sequence, k: int, past: bool) -> bool:
    """The unit opens (after its frames) with a clause that is only the speaker and a past report (我多次讲，;
    今年以来，我讲过，): the whole sentence repeats what was said, a self-quotation, not a new task."""
    j = 0
    while j < k and items[j].opens in ("frame", "deadline"):
        j += 1
    c = items[j].clause
    return j < k and report_intro(masked, c.start, c.end) and _reports(masked, c, c.end, past)


def _draft_report(masked: str, items: Sequence, k: int, modal: CueHit) -> bool:
    """A draft is the subject of the unit and a report verb stands before the cue (建议稿提出，…要…; 建议稿设置
    专章…，强调要…), or the cue is the draft's own verb (建议稿坚持…): the speech explains what the draft says,
    whatever its tense."""
    rx = lexicon().regex["draft"]
    if rx.search(masked, items[0].clause.start, items[k].clause.end) is None:
        return False  # one scan of the group's span, not a match per clause
    for j in range(k + 1):
        c = items[j].clause
        m = rx.match(masked, c.start, c.end)
        if m is not None:
            if j == k and 0 <= modal.start - m.end() <= _FOLLOW_GAP:
                return True  # 建议稿坚持…: the draft's own content described (not 建议稿起草组要…)
            tail = _report_tail()
            return any(tail.search(masked, items[i].clause.start, modal.start if i == k else items[i].clause.end)
                       for i in range(j, k + 1))
    return False
