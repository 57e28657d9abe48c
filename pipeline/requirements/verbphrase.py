"""The action and object of a requirement, read from the syntax of its predicate clause.

jieba's part-of-speech tags (with our policy terms; :func:`tag_clause`) of only the clauses of
the predicate, one at a time, stopping at the first clause that has a governing verb: a
requirement costs a clause or two of tagging, never its sentence.

In a clause the reader passes over modal cues, adverbials, time words and the subject or
party, and over prepositional frames (从…中, 在…上, 对…, 通过…, 以…为…: ``models/predicate_words.tsv``);
the first verb after them is the action, with the verbs coordinated to it (巩固和完善) or
following it (组织开展).  The object is the noun phrase after the action up to the clause's end
or to a verb that starts a new predicate, without the trailing glue (的, 以及, 等) or
quantity.  Fixed frames change the roles: 把/将 X 纳入 Y (object X), 鼓励 X 做 Y (Y's verb),
坚持/确保 + noun phrase (the cue is the action), a statement of a target (指标增长8%: the
object is the indicator before the verb).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..resources import char_class, read_tsv
from ..script import as_written, t2s_same_length
from .lexicon import actor_lexicon, openers
from .tagging import dictionary, tag

WORDS_FILE = "predicate_words.tsv"
TAGS_FILE = "tag_overrides.tsv"  # word -> the tag it takes in a predicate (jieba's, corrected)
RECUTS_FILE = "recuts.tsv"  # jieba's words -> our cut, where jieba glues a frame to its neighbour
MAX_CLAUSES = 4  # clauses of a predicate tagged at most (frames before the verb, then the verb's)
MAX_CONDITIONS = 12  # clauses read at most when each so far is a condition ending in 的 (never tagged)
MAX_CLAUSE = 64  # characters of a clause tagged at most (a list of objects can run on and on)
CLAUSE_SLACK = 8  # characters past MAX_CLAUSE a clause may run and still be tagged whole (its head noun)
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[)）]$")
_CLAUSE_END = re.compile(r"[，；;：:。！？!?\n]|,(?!\d\d\d)")  # not the comma of 7,300
_QUOTES = "“”‘’\"'《》（）()「」"
_LABEL_ENDS = ("：", ":")  # a clause ending in a colon labels what follows
_OPEN_NOTE, _CLOSE_NOTE = ("（", "("), ("）", ")")  # round brackets: a note inside a clause
_NOUNISH = frozenset(("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "j", "l", "i", "b", "a", "an", "s", "r", "vn",
                      "eng", "m", "mq", "q", "f", "z", "k", "h"))
_ADVERB_TAGS = frozenset(("d", "ad", "vd", "dg", "a", "b", "l", "i"))  # adverbial when a verb follows
_SKIP_TAGS = frozenset(("t", "tg", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "y", "e", "o", "zg"))
_QUANTITY_TAGS = frozenset(("m", "mq", "q"))
# (not uv: 地 ends an object only as a noun, 承接地, never as the particle of an adverbial)
_TAIL_TAGS = frozenset(("uj", "ul", "uz", "ud", "ug", "c", "m", "mq", "q", "d", "ad", "y"))


@dataclass(frozen=True)
class Words:
    """The rows of ``models/predicate_words.tsv`` by kind, and the opener verbs of
    ``models/openers.tsv`` (the verbs that open an imperative)."""

    openers: frozenset
    adverb: frozenset
    attributive: frozenset
    auxiliary: frozenset
    bound: frozenset
    clause_cue: frozenset
    clause_frame: frozenset
    closed: frozenset
    complement: frozenset
    closer: frozenset
    cue: frozenset
    disposal: frozenset
    disposal_verb: frozenset
    duty: frozenset
    etc: frozenset
    frame: frozenset
    frame_head: frozenset
    frame_means: frozenset
    framing_verb: frozenset
    glue: frozenset
    head: frozenset
    join: frozenset
    level: frozenset
    light: frozenset
    manner: frozenset
    modal: frozenset
    modifier: frozenset
    negation: frozenset
    nonverb: frozenset
    object_frame: frozenset
    pivot: frozenset
    pivot_object: frozenset
    place: frozenset
    place_pronoun: frozenset
    serial: frozenset
    state: frozenset
    tail: frozenset
    time_end: frozenset
    topic_head: frozenset
    verb: frozenset
    verbal_object: frozenset
    stage: frozenset
    de_complement: frozenset
    destination: frozenset
    distributive: frozenset
    topic_frame: frozenset
    reciprocal: frozenset
    ad_verb: frozenset
    sanction: frozenset
    aim: frozenset
    share: frozenset
    share_infix: frozenset
    addressee: frozenset
    question: frozenset
    limit_end: frozenset
    copula: frozenset
    object_verb: frozenset
    link: frozenset
    causative: frozenset
    possession: frozenset
    degree: frozenset
    list_mark: frozenset


@cache
def words() -> Words:
    by: dict[str, set] = {}
    for row in read_tsv(WORDS_FILE):
        by.setdefault(row["kind"], set()).add(row["word"])
    unknown = set(by) - set(Words.__dataclass_fields__)
    if unknown:
        raise ValueError(f"{WORDS_FILE}: unknown kinds {sorted(unknown)}")
    return Words(openers().by_class["verb"], **{k: frozenset(by.get(k, ())) for k in Words.__dataclass_fields__
                                                 if k != "openers"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset:
    """The opener verbs and the listed verbs, as one set (asked for every word tagged)."""
    w = words()
    return w.openers | w.verb


@cache
def tag_overrides() -> dict[str, str]:
    """``models/tag_overrides.tsv``: the tag a word takes in a predicate clause where jieba's
    dictionary tags it against its use in policy text (深化/j → v, 养护/v → vn)."""
    return {row["word"]: row["tag"] for row in read_tsv(TAGS_FILE)}


@cache
def recuts() -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """``models/recuts.tsv``: jieba's words (one, or two in a row) -> our ``(word, tag)`` pairs,
    where jieba glues a frame's preposition or closer to its neighbour (自该, 工作日内)."""
    out = {}
    for row in read_tsv(RECUTS_FILE):
        ours = tuple(tuple(p.rsplit("/", 1)) for p in row["ours"].split())
        if "".join(w for w, _ in ours) != row["jieba"].replace("|", "") or any(len(p) != 2 for p in ours):
            raise ValueError(f"{RECUTS_FILE}: row {row['jieba']!r}: ours must spell the same text as word/tag")
        out[tuple(row["jieba"].split("|"))] = ours
    return out


@cache
def _recut_text() -> re.Pattern:
    """The texts of :func:`recuts`' rows: a clause holding none is left as jieba cut it."""
    return re.compile("|".join(sorted((re.escape("".join(k)) for k in recuts()), key=len, reverse=True)))


def _recut(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` with jieba's cuts of :func:`recuts` replaced by ours (a dict look-up a word)."""
    table = recuts()
    out: list[tuple[str, str]] = []
    for wd, f in pairs:
        if out and (got := table.get((out[-1][0], wd))) is not None:
            out[-1:] = got
        elif (got := table.get((wd,))) is not None:
            out.extend(got)
        else:
            out.append((wd, f))
    return out


def runs_over_verb(name: str) -> bool:
    """The party's name as the actor stage took it holds a verb right after a party's head noun
    and no 的 after that verb (各方主体|参与|历史文化名镇: the name ran on over the party's own
    verb, up to a head inside the object; not 农机|生产|企业), so the predicate starts with the party."""
    if len(name) < 4:
        return False
    toks = tag_clause(name)
    return any(f == "v" and _party_head(toks[k - 1][0]) and all(t != "的" for t, _ in toks[k + 1:])
               for k, (_, f) in enumerate(toks) if k > 0)


def ends_in_time(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, a clause, ends in a localiser of time (公民在行使…权利的时候; 全面建成小康社会后):
    it sets the time of the clause after it, not a statement of its own (not 落后, 今后: a word that
    only ends in one).  A cheap test on the last character first; jieba's cut of the tail only then."""
    if end - start < 2 or not text.endswith(_TIME_ENDS, start, end):
        return False
    return tag_clause(text[max(start, end - _TIME_TAIL):end])[-1][0] in words().time_end


def verb_cues() -> frozenset:
    """The modal cues that are verbs and the action of the noun phrase they govern (坚持, 确保)."""
    return words().cue


def object_frames() -> frozenset:
    """The frames whose phrase is the object of a verb with none after it (对, 对于), not an addressee (向)."""
    w = words()
    return w.object_frame - w.addressee


def duty_cues() -> frozenset:
    """The verb cues that name a duty (负有): opening a later clause, they are its predicate, no purpose."""
    return words().duty


ENGINES = ("route", "posseg")
ENGINE = "route"  # see tag_clause


@lru_cache(maxsize=1)
def _posseg():
    """jieba's POSTokenizer over our Tokenizer, one per process (:func:`pipeline.words.pos_tagger`)."""
    from ..words import pos_tagger

    return pos_tagger()


def _word_tag(word: str, engine: str) -> str:
    t = tag_overrides().get(word)
    if t is not None:
        return t
    if engine == "posseg":
        return _posseg().word_tag_tab.get(word, "")
    return dictionary().tag(word, "")


_OPEN = {"“": "”", "《": "》", "「": "」", "‘": "’", "『": "』", "\"": "\""}
MAX_QUOTE = 40  # characters of a quotation or a title kept as one word at most
MAX_TITLE = 90  # characters of a book title (《…》) kept as one word at most: titles of opinions run long


_GROUPED = re.compile(r"\d[,， ]\d{3}")  # a number written in groups of thousands: 7,300 or 7 000


def _grouped_numbers(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A number in groups of thousands (7,300萬元, 7 000個) as one numeral: jieba cuts it at
    the comma or space."""
    out: list[tuple[str, str]] = []
    for wd, f in pairs:
        if len(out) >= 2 and wd[:3].isdigit() and (len(wd) == 3 or not wd[3:4].isdigit()) \
                and out[-1][0] in (",", "，", " ") and out[-2][0][-1:].isdigit():
            sep = out.pop()[0]
            prev = out.pop()[0]
            out.append((prev + sep + wd, "m"))
            continue
        out.append((wd, f))
    return out


def _units(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A quotation or a book title (“科技创新板”, 《…办法》) as one word of the noun phrase
    (tag nz): the words inside never start or end an object or a predicate."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(pairs)
    while i < n:
        wd, f = pairs[i]
        close = _OPEN.get(wd)
        if close is not None:
            k, size = i + 1, 0
            most = MAX_TITLE if wd == "《" else MAX_QUOTE
            while k < n and pairs[k][0] != close and size <= most:
                size += len(pairs[k][0])
                k += 1
            if k < n and size <= most and k > i + 1:
                out.append(("".join([w for w, _ in pairs[i:k + 1]]), "nz"))
                i = k + 1
                continue
        out.append((wd, f))
        i += 1
    return out


@lru_cache(maxsize=8192)
def tag_clause(clause: str, engine: str = ENGINE) -> tuple[tuple[str, str], ...]:
    """``(word, tag)`` pairs of one clause (memoised: headings and set phrases recur); two
    words that make a listed verb jieba does not know (用|好, 抓|实) are one verb.

    ``engine``: "route" (default) reads jieba's part-of-speech dictionary path with
    :func:`.tagging.tag`, which gives what ``jieba.posseg`` gives without its HMM
    (tests/test_requirements_scan.py checks it) and guesses unknown runs from jieba's HMM
    tables, on the compiled trie: about as accurate on the gold as ``jieba.posseg`` with its
    HMM and several times faster; "posseg" runs ``jieba.posseg`` itself (HMM on)."""
    w = words()
    verbs = _verbs()
    if engine == "posseg":
        pairs = [(p.word, p.flag) for p in _posseg().lcut(clause, HMM=True)]
    elif engine == "route":
        pairs = tag(clause)
    else:
        raise ValueError(f"unknown engine {engine!r}; choose from {ENGINES}")
    over = tag_overrides()
    if _recut_text().search(clause):
        pairs = _recut(pairs)
    if _GROUPED.search(clause):
        pairs = _grouped_numbers(pairs)
    if "“" in clause or "《" in clause or "「" in clause or '"' in clause or "‘" in clause:
        pairs = _units(pairs)
    out: list[tuple[str, str]] = []
    verb_seen = framed = False
    done = 0
    for wd, f in pairs:
        for pw, pf in out[done:]:  # what the words before did: a verb or a noun seen, a frame opened
            verb_seen = verb_seen or pf[:1] in ("v", "n") and pw not in w.modal  # (and not closed by a verb; a
            # modal left before the verb is no verb: 要|总结经验)
            framed = (framed or pw in w.frame and pf == "p") and pf[:1] != "v"
        done = len(out)
        opening = not verb_seen or framed and out[-1][1][:1] == "n"  # before any verb or noun, or after a
        # frame's noun phrase (向…部门|提出申请)
        if out and out[-1][0] + wd in verbs:
            out[-1] = (out[-1][0] + wd, "v")
            continue
        f = over.get(wd, f)
        if len(wd) == 2 and framed and wd[0] in w.closer and wd[1] in w.frame and wd[1] in w.closed:
            out.append((wd[0], "f"))  # 在…中|以…形式: jieba reads 中以 as one word
            out.append((wd[1], "p"))
            continue
        if len(wd) == 2 and f in ("nr", "nrfg", "nrt") and wd[1] in w.closer and wd[1] in w.frame:
            out.append((wd[0], _word_tag(wd[0], engine) or "n"))  # 园区为|重点: jieba glues 为 into a name
            out.append((wd[1], "p"))
            continue
        if f[:1] != "v" and len(wd) > 2 and wd not in over and _adverb_verb(wd, engine):
            f = "v"  # 积极开展, 充分发挥: an adverb and a verb as one dictionary word
        elif f in ("n", "l") and len(wd) > 3 and opening and wd not in over and (rest := _verb_noun(wd, engine)):
            out.append((wd[:2], "v"))  # 符合国家, 采取有效, 加强指导: a verb and its object as one word (also as a
            wd, f = wd[2:], rest  # set phrase: 扩大|出口; only where the action is looked for: …提出|实施方案)
        elif len(wd) == 2 and wd[0] in w.frame and wd[0] not in w.bound and wd not in w.glue and (
                f in ("c", "d", "r", "u", "x", "y", "j") or f == "ns" and wd[1] in actor_lexicon().places):
            out.append((wd[0], "p"))  # 同所, 对此, 向区: jieba glues a preposition to the next character (not 以及)
            wd, f = wd[1], _word_tag(wd[1], engine) or "x"
        if wd == "的" and len(out) > 1 and out[-1][0] in w.de_complement and out[-2][1][:1] == "v":
            out[-2:] = [(out[-2][0] + out[-1][0], "v")]  # 分拣|出|的残渣: the verb and its result modify the noun
        if wd in w.destination and out and out[-1][1] == "vn":
            out[-1] = (out[-1][0], "v")  # 残渣运输|至…: a verbal noun before a destination is the verb
        if wd in _VERB_SUFFIX and out and len(out[-1][0]) > 1 and out[-1][1][:1] in ("n", "a", "b"):
            out[-1] = (out[-1][0] + wd, "b")  # 常态|化: one word (jieba tags 常规化 so)
            continue
        if f[:1] == "v" and out and wd in _head_tails() and _head_compound(out[-1][0], wd):
            out[-1] = (out[-1][0] + wd, "n")  # 社会|组织/v, 集体经济|组织/v: a party's name, no verb
            continue
        if wd in w.stage and out and out[-1][1][:1] == "v" and (len(out) == 1 or out[-2][1][:1] == "n"):
            out[-1] = (out[-1][0], "b")  # 住房保障|类项目, 运输|环节: the verb names a kind or a stage, no action
        out.append((wd, f))
    if len(out) > 1 and out[0][1] == "d" and out[0][0] in w.frame and out[1][1][:1] == "n":
        out[0] = (out[0][0], "p")  # 就|海绵城市…建设要求征询…: a frame jieba tags as an adverb, opening the clause
    if w.ad_verb and _ad_verb_text().search(clause):
        for i in range(len(out) - 1):
            if out[i][1] == "ad" and out[i][0] in w.ad_verb and out[i + 1][1][:1] == "n" and (
                    i == 0 or out[i - 1][1][:1] not in ("n", "v") or out[i - 1][0] in w.adverb):
                out[i] = (out[i][0], "v")  # 及时|主动|公开|办事指南: the verb of a noun, after adverbs or none
    if w.sanction and any(ch in clause for ch in w.sanction):
        out = _sanctions(out, w)
    for i in range(len(out) - 2):
        if out[i][0] in w.distributive and out[i + 1][1][:1] in ("n", "d") and out[i + 2][1] == "v":
            out[i:i + 2] = [(out[i][0], "d"), (out[i + 1][0], "d")]  # 分|领域|推进: by what, not a verb and its object
    return tuple(out)


def _sanctions(out: list[tuple[str, str]], w: Words) -> list[tuple[str, str]]:
    """A law's penalty verb (处, kind ``sanction``) before its amount is the verb: jieba tags it as a noun
    (处/n 1万元…) or glues it to the numeral or modal after it (处二/i, 处应/vn)."""
    res: list[tuple[str, str]] = []
    for i, (wd, f) in enumerate(out):
        nxt = out[i + 1][0][:1] if i + 1 < len(out) else ""
        if wd in w.sanction and f[:1] != "v" and (nxt.isdigit() or nxt in _NUMERALS):
            res.append((wd, "v"))  # 处|1万元以上…的罚款
        elif len(wd) == 2 and wd[0] in w.sanction and (wd[1] in _NUMERALS or wd[1] in w.modal) and (
                wd[1] in w.modal or f[:1] != "v"):
            res.extend(((wd[0], "v"), (wd[1], "m" if wd[1] in _NUMERALS else "d")))  # 处二|万元, 处应|缴纳
        else:
            res.append((wd, f))
    return res


@cache
def _head_tails() -> frozenset[str]:
    """Words that end a head of ``models/actors.tsv`` after another word (组织 of 社会组织): the cheap gate of
    :func:`_head_compound`."""
    return frozenset(h[k:] for h in actor_lexicon().heads for k in range(1, len(h) - 1))


def _head_compound(prev: str, wd: str) -> bool:
    """``prev`` and ``wd`` end a listed head (社会|组织, 集体经济|组织 → 经济组织): jieba cut the name and
    tagged its end a verb."""
    heads = actor_lexicon().heads
    return any(prev[k:] + wd in heads for k in range(max(0, len(prev) - 2), len(prev)))


@cache
def _ad_verb_text() -> re.Pattern:
    """The words of kind ``ad_verb``: a clause holding none needs no look at them."""
    return re.compile("|".join(map(re.escape, sorted(words().ad_verb, key=len, reverse=True))) or "(?!)")


@lru_cache(maxsize=8192)
def _verb_noun(wd: str, engine: str) -> str:
    """The tag of the rest of a dictionary word that glues a verb to its object (符合|国家,
    采取|有效, 加强|指导): a verb of two characters that opens an imperative and that jieba tags
    as a verb, then a word of the dictionary; "" when ``wd`` is no such word (建设工程: 建设 is
    tagged a verbal noun).  Only words jieba tags as nouns are looked at (建立健全 is no noun)."""
    head, rest = wd[:2], wd[2:]
    if head not in _verbs() and head not in words().attributive or _word_tag(head, engine) != "v" \
            or rest in words().head:  # 实施方案, 管理制度: a noun of kind head makes a compound noun
        return ""
    return _word_tag(rest, engine)


@lru_cache(maxsize=8192)
def _verb_pair(wd: str) -> bool:
    """Two verbs of two characters as one word (督促检查; not 积极主动, 毫不放松: an adverb first)."""
    return len(wd) == 4 and _word_tag(wd[:2], ENGINE) == "v" and _word_tag(wd[2:], ENGINE)[:1] == "v"


@lru_cache(maxsize=8192)
def _adverb_verb(wd: str, engine: str) -> bool:
    """An adverb and a verb as one dictionary word (积极开展; memoised: a function of the word)."""
    w = words()
    for k in (3, 2, 1):  # (进一步提高/i)
        head, rest = wd[:k], wd[k:]
        if (head in w.adverb or _word_tag(head, engine) in ("d", "ad")) and (
                _word_tag(rest, engine)[:1] == "v" or rest in w.openers):
            return True
    return False


@dataclass
class _Reading:
    action: str = ""
    obj: str = ""
    lead: str = ""  # the noun phrase before the verb (a subject, a party, an indicator)
    nominal: bool = False  # the verb found reads as a noun phrase's head (技术应用, 扶贫工作)
    partyless: bool = False  # after a pivot cue, no party before the verb and no object after it (鼓励|终身学习)
    amount: bool = False  # the object is only the number of a target (达到300公里: the indicator first)
    found: bool = False


class _Clause:
    """One clause's tokens and the tests on them."""

    def __init__(self, toks: Sequence[tuple[str, str]], w: Words, last: bool = True):
        self.toks, self.w, self.n, self.last = toks, w, len(toks), last

    def word(self, i: int) -> str:
        return self.toks[i][0] if 0 <= i < self.n else ""

    def flag(self, i: int) -> str:
        return self.toks[i][1] if 0 <= i < self.n else ""

    def is_verb(self, i: int, *, start: bool = False, fresh: bool = False) -> bool:
        """A verb here: tagged v (not a verbal noun) or listed as one; a listed opener verb
        that jieba tags as a verbal noun counts where an action may start (研究…, 建设…), and
        any verbal noun before a noun where no noun precedes it (``fresh``: 启动建设规划评估).
        Never right after 的 (违反规定的行为)."""
        if i >= self.n or (i > 0 and self.toks[i - 1][0] == "的"):
            return False
        wd, f = self.toks[i]
        w = self.w
        if wd in w.verb:
            return True
        if wd in w.tail or wd in w.glue or wd in w.closer or wd in w.nonverb:
            return False
        if fresh and f == "vn" and (self.flag(i + 1) in _NOUNISH or self.flag(i + 1)[:1] in ("n", "v", "p")):
            return True
        if f == "vn" and i == 1 and self.n == 2 and self.flag(0) in ("d", "ad"):
            return True  # 经常|检查，防止…: a clause of an adverb and a verbal noun is a predicate
        if f in ("v", "vi", "vg", "vd", "vf", "vx"):
            return True
        if wd in w.openers and f not in ("d", "ad", "c", "p", "t", "b", "a") and not (wd in w.adverb and f[:1] == "n"):
            return start or f != "vn"  # (an adverb jieba tags as a name is none: 多渠道/nr)
        return False

    def bracketed(self) -> frozenset:
        """The indices of the words inside round brackets (a note: 工程勘察除外)."""
        out, depth = set(), 0
        for k, (wd, _) in enumerate(self.toks):
            if wd in _CLOSE_NOTE:
                depth = max(depth - 1, 0)
            elif depth:
                out.add(k)
            if wd in _OPEN_NOTE:
                depth += 1
        return frozenset(out)

    def listed_noun(self, i: int) -> bool:
        """A verb and a noun between list marks (创新基地、实践|基地、实训基地): a compound
        noun of the list, not a new predicate; a listed opener verb always starts one."""
        w = self.w
        wd = self.toks[i][0]
        if wd in w.openers or wd in w.verb or wd in w.cue or self.flag(i + 1)[:1] != "n":
            return False  # (…道路、|坚持改革开放: a cue verb always starts a predicate)
        nxt = self.word(i + 2)
        return nxt == "" or nxt in ("、", "和", "及", "与", "等", "，")

    def noun_conjunct(self, k: int, e: int) -> bool:
        """The verb at ``e``, after a conjunction (和, 及) inside the object from ``k``, goes on with the object's noun
        phrase, not a new predicate: it pairs with a verb after a noun (生态系统保护和|修复重大工程, 责任追究和|处罚
        力度), or it and what follows, no opener verb first and no 的, end the clause in verbs or a verbal noun's head
        (党风廉政建设和|反腐败斗争, 科学内涵和|实践要求); not 党的领导和|执行党的政策, 加强…建设和|完善….  (reports5)"""
        w = self.w
        if self.flag(e - 1) != "c" or self.word(e - 1) not in w.tail or self.flag(e) != "v" or len(self.word(e)) < 2 \
                or any("的" in self.word(x) for x in range(e, self.n)):
            return False  # (not 并, which joins predicates: 农田划定并|实行…; nor 可 of 可持续)
        f2, f3 = self.flag(e - 2), self.flag(e - 3)
        if e - 2 > k and f2 == "v" and (f3 in _NOUNISH or f3[:1] == "n") and f3 not in _QUANTITY_TAGS:
            return True
        return self.word(e) not in w.openers and self.word(e) not in w.cue \
            and self.flag(self.n - 1) in ("v", "vn", "j") \
            and all(self.flag(x)[:1] in ("v", "n") or self.flag(x) == "j" for x in range(e + 1, self.n))

    def parallel(self, j: int, k: int, e: int) -> bool:
        """总结经验、挖掘|典型; 增强信心、迎难而上: after a verb (at ``j`` - 1) and a one-word noun, a
        verb tagged as one and its noun are a predicate of their own, not a compound noun of a
        list (创新基地、实践|基地 has a longer first item)."""
        return e == k + 2 and self.flag(j - 1) == "v" and self.flag(e) == "v" and self.flag(k)[:1] == "n" \
            and not self.toks[k][0].endswith(self.word(e + 1))  # (绿色建材、再生|建材: one head, a list)

    def list_item(self, e: int) -> bool:
        """The verb or idiom at ``e``, after a list mark (、, 和, 以及), is a word of a list of nouns, not
        a new predicate: the list goes on to 等 or 的 (X、废弃边角地等存量资源, 勇于探索、献身科学的
        事迹) or ends in a noun (社区居住、就业、休闲功能), and no opener verb starts a predicate
        before that (加强X、完善Y的…; 鼓励创新、宽容失败; 增强信心、迎难而上)."""
        w = self.w
        if self.parallel_item(e):
            return True
        if self.word(e - 1) not in w.list_mark:
            return False
        if self.word(e - 1) == "、" and self.etc_list(e):
            return True  # 解决…产生量大、利用不畅…等突出问题: even an opener verb is an item of the list
        if self.word(e - 1) == "、" and self.word(e) in w.head and self.word(e + 1) in ("、", "和", "及", "与", "等"):
            return True  # 制度、标准、|规范|和实施细则: a head noun between list marks (frames2)
        if self.flag(e) == "v" and self.word(e) in w.openers or self.word(e) in w.verb or self.word(e) in w.cue:
            return False
        if e + 2 == self.n and self.flag(e + 1)[:1] == "n" and self.word(e + 1) not in w.head:
            return False  # 总结经验、挖掘|典型: a verb and its noun end the clause, a predicate (not …、休闲功能)
        for k in range(e + 1, self.n):
            wd, f = self.toks[k]
            if wd in w.etc or wd == "的":
                return True
            if (f == "v" and wd in w.openers or wd in w.verb) and k < self.n - 1 or wd in ("，", ","):
                return False
        return self.flag(self.n - 1)[:1] == "n" or self.flag(self.n - 2)[:1] == "n"  # (…、环保技术|应用: a head)

    def parallel_item(self, e: int) -> bool:
        """The verb at ``e`` is in a short item after 、 that ends the clause or the list and mirrors the
        item before it: it ends in the same verbal noun (特色发展、融合发展、集聚|发展), or it is a noun and
        that verb after an item ending in a verbal noun (低碳消费、绿色|出行): nouns of a list, no predicate."""
        s = next((x for x in range(e - 1, max(e - 3, 0), -1) if self.word(x) == "、"), None)
        if s is None or s < 2 or any(self.flag(x) == "p" or self.word(x) in ("，", ",") for x in range(s, e)):
            return False
        end = next((x for x in range(e, min(e + 3, self.n)) if self.word(x) in ("、", "等")), self.n)
        if end != self.n and self.word(end) not in ("、", "等") or end > s + 4:
            return False
        last, before = self.word(end - 1), self.word(s - 1)
        if len(last) > 1 and last == before and self.flag(end - 1) in ("v", "vn") and self.flag(s - 2) != "v":
            return True  # (not 动员群众、组织|群众, 把握发展、衡量|发展: verbs and objects, predicates of their own)
        return e == end - 1 == s + 2 and self.flag(s + 1)[:1] == "n" and self.word(s + 1) not in self.w.adverb \
            and self.flag(s - 1) == "vn" and self.flag(e) == "v" and self.word(e) not in self.w.openers

    def etc_list(self, e: int) -> bool:
        """From ``e`` a list runs, with no comma or frame, to 等 and a head noun that ends the clause
        (…、利用不畅、处置设施选址难等突出问题, …、组织考核等工作): the clause ends in one noun phrase, its
        items are no predicates of their own; the head is at most two words after 等."""
        n = self.n
        if n - e < 3 or self.flag(n - 1)[:1] != "n" and self.word(n - 1) not in self.w.head:
            return False  # (cheap test first: the clause must end in a noun)
        etc = next((x for x in range(n - 2, max(e, n - 4), -1) if self.word(x) in self.w.etc), None)
        return etc is not None and not any(self.word(x) in ("，", ",", "；") or self.word(x) in self.w.frame
                                           and self.flag(x) == "p" for x in range(e, etc))

    def verb_later(self, i: int) -> bool:
        """A verb tagged as one (not a verbal noun) follows ``i`` in the clause as a predicate
        (各园区建设主体|负责…: the verbal noun before it is inside the subject)."""
        w = self.w
        for k in range(i + 1, self.n):
            wd = self.toks[k][0]
            if wd in w.frame or wd in w.glue or wd in ("，", ","):
                return False
            if self.toks[k][1] == "v" and self.is_verb(k) and not self.modifier(k):
                return True
        return False

    def relative_subject(self, i: int) -> int | None:
        """管理专利工作的部门|责令…, 拥有…信息的单位的负责人|承担…: the verb at ``i`` opens a phrase
        that runs, without a comma, through 的 to the name of a party (``models/actors.tsv``)
        right before a listed verb (``models/openers.tsv``, kinds verb, auxiliary, light) and its object:
        all of it is the subject, and that verb (its index) the predicate's."""
        if self.word(i) in self.w.pivot_object or self.word(i) in self.w.pivot:
            return None  # 委托具有…资质的单位|编制…: the party of a pivot verb, not a subject
        de = next((x for x in range(i + 1, self.n) if self.word(x) in ("的", "，", ",")), None)
        if de is None or self.word(de) != "的":
            return None
        for x in range(de + 1, self.n):
            wd, f = self.toks[x]
            if wd in ("，", ","):
                return None
            if f == "v" and self.is_verb(x):
                w = self.w
                ok = _party_head(self.word(x - 1)) and (wd in _verbs() or wd in w.auxiliary or wd in w.light) \
                    and x + 1 < self.n and self.word(x + 1) not in ("的", "、") and not self.head_modifier(x)
                return x if ok else None  # (a listed verb with its object: not 推动…的公园|打开…, …的财政|承担，)
        return None

    def topic_frame(self, i: int, lead: bool) -> int | None:
        """具体资金申请与拨付流程|按照…办理, …联席会议成员单位|根据…加强…, 实施…的项目…管理|参照…执行: the
        verb at ``i`` lies inside a topic or subject (a noun before it, or a 的 after it) that runs,
        without a comma or another frame, to a frame of basis or of the party (kind topic_frame)
        right after a noun; the frame's verb governs, and the index of that frame is returned."""
        w = self.w
        if self.word(i) in w.pivot or self.word(i) in w.pivot_object or self.word(i) in w.framing_verb \
                or self.word(i) in w.cue or self.word(i) in w.disposal:
            return None
        de = False
        for x in range(i + 1, self.n):
            wd = self.word(x)
            if wd in ("，", ",", "；") or wd in w.disposal:
                return None
            if wd in w.topic_frame and x > i + 1 and self.flag(x - 1) in _NOUNISH \
                    and self.flag(x - 1) not in ("m", "r"):
                return x if (lead or de and not _party_head(self.word(x - 1)) and wd not in w.object_frame) \
                    and self.frame_end(x) is not None else None  # (not 推动…的普通本科高校|向…转变, 推动…的民生
                # 事项|向…延伸: the verb's party or thing, that acts or moves)
            if wd in w.frame and wd not in w.join and self.flag(x) == "p":
                return None
            de = de or wd == "的"
        return None

    def indicator_frame(self, j: int, k: int) -> bool:
        """The frame at ``j``, right after a noun, opens a phrase that a 的 ends before the verb of level
        at ``k`` with only nouns after it (…草种|在新建、改建公园绿地的|应用比例|达到80%): part of the indicator."""
        if j == 0 or self.flag(j - 1) not in _NOUNISH:
            return False
        de = next((x for x in range(k - 1, j, -1) if self.word(x) == "的"), None)
        return de is not None and all(self.flag(x) in _NOUNISH or self.flag(x) in ("d", "ad") or self.is_adverbial(x)
                                      or self.flag(x) == "v" and self.flag(x + 1)[:1] == "n" for x in range(de + 1, k))

    def means_verb(self, i: int) -> int | None:
        """After a framing verb at ``i`` (采取, 采用), the verb that follows its noun phrase of manner
        (采取适当方式|给予…, 采用…等形式|开展…), without a comma: the action is that verb's (not after a
        measure: 采取有效措施|防止… is 采取)."""
        listed = False  # a list of means closed by 等 may hold verbs (采取自主研发、委托经营等方式|培育…)
        for m in range(i + 1, self.n - 2):
            if self.word(m) in ("，", ",") or self.flag(m)[:1] == "v" and m > i + 1 and not listed:
                if self.word(m) in ("，", ",") or not (listed := self._etc_manner(m)):
                    return None
            if self.word(m) in self.w.manner and self.is_verb(m + 1, start=True) and not self.modifier(m + 1):
                return m + 1
        return None

    def means_ends(self, i: int) -> bool:
        """The frame at ``i`` ends at a noun of means with a verb after it (通过现有渠道|统筹做好…): the
        clause holds its own predicate, it is no clause frame."""
        return any(self.word(k) in self.w.frame_means and self.flag(k + 1) == "v" and self.is_verb(k + 1)
                   and not self.modifier(k + 1) for k in range(i + 1, self.n - 1))

    def _etc_manner(self, m: int) -> bool:
        """From ``m`` the clause runs, without a comma, to 等 and a noun of manner (…、委托经营等方式)."""
        for x in range(m, self.n - 1):
            if self.word(x) in ("，", ","):
                return False
            if self.word(x) in self.w.etc and self.word(x + 1) in self.w.manner:
                return True
        return False

    def is_adverbial(self, i: int, fresh: bool = False, depth: int = 0) -> bool:
        """Modifies the verb (or the frame) right after it (全面推进, 扎实开展, 率先在…建设), or
        the adverbial after it (继续|广泛|联络, 继续|多管齐下|增加)."""
        wd, f = self.toks[i]
        if wd in self.w.adverb and self.flag(i + 1) in _QUANTITY_TAGS and self.is_verb(i + 2, start=True):
            return True  # 提前|三年|完成: an adverb, how long ahead, the verb
        if not (i + 1 < self.n and (self.is_verb(i + 1, start=True, fresh=fresh)
                                    or self.word(i + 1) in self.w.frame
                                    or depth < 1 and self.is_adverbial(i + 1, fresh, depth + 1))):
            return False
        level = self.w.level
        if f == "l" and wd not in self.w.adverb and (self.word(i + 1) in level
                                                     or self.word(i + 1) + self.word(i + 2) in level):
            return False  # 粮食产量|稳定在…: a set phrase before a verb of level is its indicator
        return wd in self.w.adverb or f in _ADVERB_TAGS

    def modifier(self, i: int) -> bool:
        """A verb inside a noun phrase: it modifies what follows with 的 (完成的项目, 有收益的项目)."""
        return self.word(i + 1) in ("的", "之") or (
            self.word(i + 2) in ("的", "之") and self.flag(i + 1) in _NOUNISH and self.word(i) in self.w.attributive)

    def head_modifier(self, i: int, final: bool = False) -> bool:
        """A verb right before a noun of ``head`` kind (精准对接|机制, 应用|场景, 维护管理|标准):
        inside an object it modifies that noun, it starts no new predicate.  ``final``: only a
        head that ends the phrase (建立健全|激励机制, not 共建|共享|工程创新基地)."""
        k = i + 1
        while k < self.n and self.flag(k)[:1] == "v" and k - i < 3 and self.word(k) not in self.w.head:
            k += 1  # 运行|维护|管理|标准 (not past a head tagged as a verbal noun: 对接|活动)
        return self.word(k) in self.w.head and (not final or self.word(k + 1) in ("", "、", "和", "等", "的")
                                                and self.word(i) not in self.w.verb
                                                and self.word(i)[-1:] not in self.w.complement)  # (承接|用好|政策)

    def clausal_object(self, k: int, e: int) -> bool:
        """The object from ``k`` opens with a frame (对…的监督) or its first item, before 、 or a
        glue word, holds a verb or an adjective of its own (管理要素明晰、手段先进…的体系,
        多主体供给、多渠道保障…的住房制度): what follows up to a 的 modifies one head noun."""
        if self.word(k) in self.w.object_frame and self.flag(k) == "p":
            return True
        for x in range(k + 1, e):
            if self.word(x) in self.w.glue:
                return False
            if self.flag(x) in ("v", "a") or self.word(x) in self.w.closed and self.flag(x) == "p":
                return True  # (…固体废物在产生、收集…等过程中的薄弱点: a frame open inside the object)
        return False

    def reaches_de(self, e: int) -> bool:
        """From ``e`` the clause runs, without a comma or a frame, to a 的 after which only a noun
        phrase follows: the verbs on the way modify that noun."""
        for x in range(e, self.n):
            wd = self.word(x)
            if wd == "的":
                return x + 1 < self.n and (not any(self.is_verb(y, start=True) for y in range(x + 1, self.n))
                                           or self._verbal_head(x + 1))
            if wd in ("，", ",") or wd in self.w.frame and self.flag(x) == "p" and x > e:
                return False
        return False

    def _verbal_head(self, x: int) -> bool:
        """From ``x`` to the clause's end, two or three words, a verb and verbal nouns or nouns, ending in a verbal
        noun or a noun, none of them a verb before a noun (…的|审批管理, not …的|完善机制): a compound head noun."""
        rest = range(x, self.n)
        return 2 <= len(rest) <= 3 and self.flag(self.n - 1) in ("vn", "n") and all(
            self.flag(y) in ("v", "vn") or self.flag(y)[:1] == "n" for y in rest) and not any(
            self.flag(y) == "v" and self.flag(y + 1)[:1] == "n" for y in rest)

    def noun_frame(self, i: int) -> bool:
        """The frame at ``i`` closes (在…境内, 在…中) and only nouns follow it to the clause's end, no verb nor
        mark: it sits inside the object's noun phrase (外国留学生|在我国境内|勤工助学管理制度)."""
        w = self.w
        if self.word(i) not in w.closed:
            return False
        close = next((x for x in range(i + 1, self.n) if x > i + 1 and self.word(x) in w.closer
                      or self.flag(x) == "s"), None)  # (在|境外|…: a word of place closes by itself)
        return close is not None and close + 1 < self.n and self.flag(self.n - 1)[:1] == "n" and all(
            self.flag(x)[:1] == "n" or self.flag(x) in ("l", "j", "b", "vn") or self.head_modifier(x)
            for x in range(close + 1, self.n))  # (…就业|管理办法: a verb before a head noun modifies it)

    def nominal_pair(self, e: int) -> bool:
        """From ``e`` the clause runs, through verbs and nouns only, to 与/和/及 and a second noun phrase that holds no
        verb and ends the clause in a noun or a verbal noun (公园业态|规范引导与全过程监管): the verbs at ``e`` are the
        head of the first of two coordinated noun phrases, no new predicate."""
        if self.word(e) in self.w.frame or self.flag(e)[:1] not in ("v", "n"):
            return False
        for x in range(e + 1, self.n - 1):
            wd, f = self.toks[x]
            if wd in ("与", "和", "及"):
                return x > e + 1 and self.flag(self.n - 1) in ("vn", "n") and all(
                    self.flag(y)[:1] == "n" or self.flag(y) in ("vn", "b") for y in range(x + 1, self.n))
            if f[:1] not in ("v", "n") or wd in self.w.glue or wd in self.w.frame:
                return False
        return False

    def act_list(self, k: int, n: int) -> bool:
        """The clause from ``k`` to ``n`` is a list of three acts or more, each one or two words ending in a
        verb (申报、遴选、监督指导和评价验收): after a pivot verb the acts it organises, no party's predicate."""
        items, size = 1, 0
        for x in range(k, n):
            wd, f = self.toks[x]
            if wd in ("、", "和", "及", "与", "或"):
                if size == 0:
                    return False
                items, size = items + 1, 0
                continue
            size += 1
            if size > 2 or f not in ("v", "vn", "nz") and not (
                    f == "n" and size == 1 and self.flag(x + 1) in ("v", "vn")):
                return False  # (评价|验收: jieba tags the first verb of two a noun)
        return items >= 3 and size > 0

    def reciprocal_end(self, k: int, n: int) -> bool:
        """The clause from ``k`` to ``n`` ends in a verb of two sides (相结合, 相衔接, 相|协调, 结合|起来 with
        a complement: kind ``reciprocal``) after a word that joins the sides (与, 和, 同): X与Y相结合 is one noun
        phrase, the object, whatever verbs its sides hold (摸着石头过河和加强顶层设计相结合)."""
        last = n - 1
        while last > k and (self.flag(last) in ("x", "y") or self.word(last) in self.w.tail):
            last -= 1
        wd = self.word(last)
        if wd in self.w.complement and last > k:
            last -= 1
            wd = "相" + self.word(last)
        elif self.word(last - 1) == "相":
            wd = "相" + wd
            last -= 1
        return wd in self.w.reciprocal and any(self.word(x) in self.w.join or self.word(x) in ("和", "及")
                                               for x in range(k + 1, last))

    def attribute_frame(self, i: int) -> bool:
        """The frame at ``i`` modifies a noun with 的 (发挥企业在技术创新中的主体作用): a 的
        follows before any verb but one right before it (由X组成的委员会, 对X就业的影响) or
        one that modifies a noun (关于科技创新的部署).  A frame that closes (在, 按照) modifies only
        once closed or through a verb (在…中的作用, 按照…规定的标准; not 按照本单位的职责)."""
        closed = self.word(i) in self.w.closed
        for k in range(i + 1, self.n):
            wd, f = self.toks[k]
            if wd == "的":
                return not closed or self.flag(k - 1)[:1] == "v" or self.word(k - 1) in self.w.closer
            if closed and wd in self.w.closer:
                closed = False
            if f == "v" and wd not in self.w.closer and wd not in self.w.modifier and self.word(k + 1) != "的":
                return False
        return False

    def ends_frame(self, k: int, start: bool = False) -> bool:
        """A verb at ``k`` that is a predicate, not a word inside the frame's noun phrase
        (通过土地托管等形式, 对排查出的问题)."""
        w = self.w
        nxt = self.word(k + 1)
        return self.is_verb(k, start=start) and not self.modifier(k) and nxt not in w.tail \
            and (nxt not in w.glue or k + 3 == self.n and self.flag(k + 2) == "v" and self.flag(k) == "v")
        # (以人民币|计价、结算: two verbs that end the clause are coordinated predicates)

    def _headed(self, i: int, last: int) -> bool:
        """The frame's phrase from ``i`` is a noun phrase whose head is at ``last``: no word tagged
        as a verb in it, or the verb right before the head modifies it (管控|平台, 建设|内容); no
        adverb before a verb nor a quantity after one (定期跟进…情况, 推出一批…措施 are predicates)."""
        w = self.w
        verbs = [k for k in range(i + 1, last) if self.flag(k) == "v" and self.word(k) not in w.nonverb]
        if any(self.flag(k) == "v" and (self.flag(k - 1) in ("d", "ad") or self.word(k - 1) in w.adverb
                                       or self.flag(k + 1) in ("m", "mq")
                                       or self.word(k) in _verbs() and self.flag(k - 1)[:1] == "n"
                                       and k + 2 < last and self.flag(k + 1)[:1] in ("n", "l", "a", "b", "m"))
               for k in verbs if k > i + 1):
            return False  # 定期跟进…情况, 推出一批…措施, 针对…对象|采取…分类监管措施: a predicate
        return not verbs or (self.flag(last - 1)[:1] == "v" and self.word(last - 1) not in w.nonverb)

    def _de_list(self, i: int, last: int) -> bool:
        """The frame's phrase from ``i`` ends in a list opened after a 的 and closed by 等 and adjectives
        or nouns up to ``last`` (…遇到的人手不足、场地紧张和经费短缺等突出问题)."""
        etc = next((k for k in range(last - 1, i + 1, -1) if self.word(k) in self.w.etc), None)
        if etc is None or not all(self.flag(k)[:1] in ("a", "b", "n") for k in range(etc + 1, last)):
            return False
        first = next((k for k in range(i + 1, etc) if self.word(k) == "、"), etc)
        return any(self.word(k) == "的" for k in range(i + 1, first))

    def _noun_after_de(self, i: int, last: int) -> bool:
        """The clause from ``i`` ends in a noun phrase after a 的 that follows every verb in it."""
        de = next((k for k in range(last - 1, i, -1) if self.word(k) == "的"), None)
        return de is not None and not any(self.is_verb(k, start=True) for k in range(de + 1, last + 1))

    def _predicate_in_first_item(self, i: int, tail: int) -> int | None:
        """面向…企业|推出…利息、…质押等…产品: a verb inside the first item of the list that ends at
        ``tail`` (after a noun, not ending the item) governs; the list is its object, not the frame's."""
        w = self.w
        item = next((k for k in range(i + 1, tail) if self.word(k) in ("、", "，") or self.word(k) in w.frame
                     or self.word(k) in w.closer), tail)
        return next((k for k in range(i + 2, item - 1) if self.flag(k) == "v"
                     and self.flag(k - 1)[:1] in ("n", "s", "f") and self.is_verb(k) and not self.modifier(k)), None)

    def frame_end(self, i: int) -> int | None:
        """Where the frame opened at ``i`` ends: after its closer (从…中, 以…为) or at the verb
        that governs after it; None when it runs to the clause's end.

        The noun phrase of a frame may hold verbs (对养护资金使用情况进行审计, 对问题整改实行…):
        the governing verb is the last one before the clause's predicates are joined (并, 、)
        that does not follow another verb (进行|审计: 进行)."""
        w = self.w
        if self.word(i) in w.closed:
            closers = w.closer
            k = next((k for k in range(i + 2, self.n) if self.word(k) in closers and self.word(k + 1) != "的"
                      and self.word(k + 1) not in w.glue  # (按照…规定|和…的实际情况)
                      and (self.word(k) != "为" or self.word(i) == "以")  # (在以…为核心的…领导下)
                      or (self.word(i) == "以" and self.word(k)[:1] == "为")), None)  # 以…为主线; not 按照|国家规定的…
            if k is not None:
                if self.word(k)[:1] == "为" and self.word(i) == "以":
                    return self.frame_end(k)  # 以…为重点, …: the phrase after 为 belongs to the frame
                return k + 1
        put = next((k for k in range(i + 2, self.n - 2) if self.word(k) in w.disposal
                    and (self.flag(k) == "p" or self.word(k) not in w.modal
                         or any(self.word(x) in w.destination for x in range(k + 3, self.n)))), None)
        if put is not None and any(self.word(x) in w.disposal_verb or self.is_verb(x) for x in range(put + 2, self.n)):
            return put  # 通过深化改革|把这种潜能有效释放出来: the frame ends where 把X… begins
        last = self.n - 1
        while last > i and self.toks[last][1] in ("x", "uj", "y"):
            last -= 1
        if self.word(last) in w.closer and self.word(last) not in ("为", "时"):
            return None  # 结合…建设要求, 按照…工作部署: the frame's phrase is the whole clause
        if not self.last and self.word(i) in w.object_frame and self.flag(last)[:1] == "n" \
                and (self.is_verb(i + 1, start=True) or self.word(i + 1) in w.frame) and self._noun_after_de(i, last):
            return None  # 对在…从事加工的企业，给予…: the verbs are inside the frame's noun phrase (which opens
            # with a verb or a frame: not 与…部门建立…的机制)
        if not self.last and self.word(last) in w.frame_head and (
                self._headed(i, last) or self.word(i) in w.closed and self._noun_after_de(i, last)):
            return None  # 依托…全流程管控平台，加强…; 按照实际需求，优化…: so is a phrase with that head
            # (按照…发展及监管领域的实际情况，: a closing frame's head after a 的 that follows every verb)
        if not self.last and self.word(last) in w.frame_head and self._de_list(i, last):
            return None  # 针对…面临的债务偿还、…和扩大融资等迫切问题，创新…: a list opened after 的 and closed
            # by 等 and the frame's head is one noun phrase, the frame's whole clause (its items' verbs govern
            # nothing; not 在…内及…干线合理布局…、…等配套设施: no 的, the verb before the list governs it)
        for k in range(i + 2, last):
            if self.word(k - 1) in w.frame_head and self.flag(k - 1)[:1] == "n" and self.is_verb(k, start=True) \
                    and not self.modifier(k) and self.flag(k + 1)[:1] in ("m", "n", "l") and self.word(i) in w.closed:
                return k  # 根据自身条件|建设一批…: the noun a frame refers to ends it before a verb and its object
        means = w.frame_means | w.manner  # (以…等模式|投资建设…)
        for k in (k for k in range(i + 2, last) if self.toks[k][0] in means):
            if (self.is_verb(k + 1, start=True, fresh=True) or self.is_adverbial(k + 1)) and not self.modifier(k + 1) \
                    and (k + 2 < self.n or self.flag(k + 1) == "v"):  # (…等场景推动…模式|建设: a noun's head)
                return k + 1  # 以…等多种形式|参与…, 以…等方式|多渠道投入, 以…等模式|投资/vn 建设…: the phrase
                # ends with its means (a verbal noun after it opens the predicate)
        tail = next((k for k in range(last, i + 1, -1) if self.word(k) in w.etc), None)
        if tail is not None and (governing := self._predicate_in_first_item(i, tail)) is not None:
            return governing
        if tail is not None and (
                not any(self.is_verb(k) for k in range(tail + 1, self.n))
                or all((self.flag(k)[:1] == "v" or self.word(k) in w.verb) and self.word(k) not in w.light
                       for k in range(tail + 1, last + 1))):
            # 围绕完善…、强化…等重点任务, 结合…等改造提升: a list of the frame's phrase, no predicate after it
            return None
        if w.question and (q := next((k for k in range(i + 2, last) if self.word(k + 1) in w.question
                                      and self.is_verb(k)), None)) is not None:
            return q  # 与业界|探讨|如何加快审批: a verb before a question governs it, the frame ends there
        noted = self.bracketed()
        for start in (False, True):  # verbs first, then the opener verbs tagged as verbal nouns (建设)
            best = first = None
            prev = False
            cands = []
            for k in range(i + 2, self.n):
                if k in noted:
                    continue  # 对于…工程设计（工程|勘察|除外）企业，: a note in brackets holds no predicate
                if start and self.toks[k][1] != "v" and (self.word(k + 1) in w.closer or not self.last and k + 1 == last
                                                         and self.flag(last)[:1] == "n"):
                    prev = False
                    continue  # 结合城市更新|建设|中, 结合…城市|建设|计划，: a verbal noun before a closer or the noun
                    # that ends a frame's clause is inside the phrase
                if self.word(k) in w.glue and best is not None and self.is_verb(k + 1) and not (
                        self.flag(k + 2)[:1] == "n" and (self.word(k + 3) in w.etc or self.word(k + 3) == "、")):
                    break  # (not 以保证金、承诺费、|咨询费等名义收取…: an item of a list)
                cand = self.ends_frame(k, start=start) and (start or self.flag(k)[:1] == "v" or self.word(k) in w.verb
                                                            or k == self.n - 1) \
                    and not (best is not None and self.flag(k)[:1] != "v" and self.head_modifier(k))
                # (认识…专项整治/n|工作的重要性: after a verb, a listed verb tagged as a noun before a head noun is its)
                if cand and (self.word(k) in w.light or (best is None and k > i + 1 and self.flag(k) == "v"
                                                         and self.word(k - 1) in w.adverb)):
                    return k  # 对…行业组织|进行监督, 会同…定期|跟进…: a light verb, a verb after an adverb
                if cand and not prev:
                    first = k if best is None and self.word(k) not in w.adverb else first  # (not …联合|实验室)
                    best = k
                    cands.append(k)
                    if self.flag(k)[:1] != "v" and self.flag(k + 1) == "v" and self.ends_frame(k + 1):
                        best = k + 1  # 按照…现行规范|复核: a listed verb tagged as a noun ends the phrase
                prev = cand
            pre = next((x for x in range(first - 1, i, -1) if self.word(x) == "的"), None) \
                if best is not None and first is not None and first < best and self.word(i) in w.closed else None
            if pre is not None and self.flag(first + 1)[:1] == "n" and self.flag(first - 1)[:1] == "n" \
                    and not any(self.flag(x) == "v" for x in range(pre + 1, first)):
                return first  # 按照各自的权限|核定…排放…: a closing frame's noun phrase ends with its 的-phrase
            de = next((x for x in range(best - 1, first, -1) if self.word(x) == "的"), None) \
                if best is not None and first is not None and first < best and self.flag(first + 1) in _NOUNISH \
                and self.word(first + 1) not in w.frame else None  # (not …程序|开展|面向…的…业务: its object)
            later = [x for x in cands if de is not None and x > de]
            after = next((x for x in later if x == later[-1] or not (
                self.flag(x - 1)[:1] == "n" and self.flag(x + 1)[:1] == "n")), None)  # (…的法制|审核|意见负责)
            if after is not None:
                return after  # 对所提交信息的真实性|负责, 对…方案的编制|加强…指导: verbs before a 的 modify its noun
            if best is not None and first is not None and first < best and (
                    self.word(i) in w.place and not (self.word(i) in w.object_frame and self.head_modifier(first)) or (
                    first + 1 < best and (self.flag(first + 1)[:1] == "n" or self.flag(first + 1) in _NOUNISH)
                    and best == self.n - 1 and (self.flag(best - 1)[:1] == "n" or self.word(best - 1) in w.etc))):
                return first  # 向…部门提出|书面|申请, 为…提供…、…等|指导: the verb at the end is the object of
                # the first one; 在源头推广…投放模式: a place's phrase holds no verb, the first one after it governs
            if best is not None:
                return best
        return None


_NUMERALS = char_class("vp_numerals")
_VERB_SUFFIX = char_class("vp_verb_suffix")
_NUMERAL = re.compile(f"[{_NUMERALS}]")
_NUMERALS_YI = char_class("vp_numerals_yi")


def _number(word: str) -> bool:
    return bool(word) and (word[0].isdigit() or word[0] in _NUMERALS)


def _vague(word: str) -> bool:
    """一定, 一批, 一流: a word opening with 一 and no other numeral is no number."""
    return word[:1] == "一" and word[1:2] not in ("", *_NUMERALS)


_ADVERBIAL_DE = frozenset(("d", "a", "ad", "c", "z", "i", "l"))  # tags of an adverbial before 地


def _strip_object(toks: Sequence[tuple[str, str]], w: Words) -> str:
    """The object's text without trailing glue, particles, adverbs and quantities, nor the
    quotation marks around all of it; a quantity alone stays (增拨1.6亿元: the sum)."""
    text = _stripped(toks, w)
    if not text and any(f in _QUANTITY_TAGS for _, f in toks):
        kept = list(toks)
        while kept and (kept[-1][0] in w.tail or kept[-1][1] in ("uj", "c", "d", "x", "y")):
            kept.pop()
        text = "".join([t for t, _ in kept]).strip()
        if not any(ch.isdigit() or ch in _NUMERALS_YI for ch in text):
            return ""
    return text


def _share(toks: Sequence[tuple[str, str]], w: Words) -> int:
    """How many words at the end of ``toks`` say a share of the noun before 的 (租金的三分之二, 费用的30%, 投资的一半:
    a fraction, a percentage or a word of kind ``share``): they end the object, they are no trailing quantity."""
    k = len(toks)
    if k and toks[-1][0] in ("%", "％") and k > 1 and toks[-2][1] == "m":
        k -= 1
    return len(toks) - k + 2 if k > 2 and toks[k - 2][0] == "的" and toks[k - 1][1] == "m" and (
        any(x in toks[k - 1][0] for x in w.share_infix) or k < len(toks) or toks[k - 1][0] in w.share) else 0


def _stripped(toks: Sequence[tuple[str, str]], w: Words) -> str:
    toks = list(toks)
    if len(toks) > 2 and toks[-1] == ("地", "uv") and toks[-2][1] in _ADVERBIAL_DE:
        toks.pop()  # 把X很好地|结合起来, 组织人民认真地|实施: the adverbial in 地 is the next verb's (not 承接/v|地)
        while len(toks) > 1 and toks[-1][1] in _ADVERBIAL_DE:
            toks.pop()
    if len(toks) > 1 and toks[0][0] in w.disposal:
        de = max((x for x, t in enumerate(toks) if t[0] == "的"), default=0)
        if not any(f[:1] == "v" or t in w.disposal_verb or t in w.destination for t, f in toks[de + 1:]):
            toks = toks[1:]  # 研究|把“…计划”，扩展至…: the clause ends before 把's verb; its X is what is governed
    tails = w.tail
    share = _share(toks, w)
    kept = toks[len(toks) - share:] if share else []
    if share:
        toks = toks[:len(toks) - share]
    while toks and (toks[-1][0] in tails or (toks[-1][1] in _TAIL_TAGS and (toks[-1][1] != "q" or len(toks) < 2
                                                                             or toks[-2][1] in ("m", "eng", "x")))
                    or toks[-1][0] in "、，,%％ "
                    or (toks[-1][1] == "x" and toks[-1][0] not in _QUOTES)
                    or toks[-1][1] == "eng" and toks[-1][0].isdigit()):
        toks.pop()
    while toks and (toks[0][0] in tails or toks[0][0] in "、，, ") \
            and not (toks[0][1] == "p" and any(t == "的" for t, _ in toks[2:])):  # 与其相互依存的…: a modifier's frame
        toks.pop(0)
    if kept and toks:
        toks += kept  # 两个月租金|的三分之二
    text = "".join([t for t, _ in toks]).strip()
    m = _TRAILING_NOTE.search(text)
    if m and m.start() > 0:
        text = text[:m.start()]  # …汇总表（见附件2）
    if len(text) > 2 and text[0] in "“‘《「" and text[-1] in "”’》」" and not any(c in text[1:-1] for c in "“”‘’《》"):
        text = text[1:-1] if text[0] != "《" else text
    return text


def _opens_with_verb(c: _Clause, w: Words, k: int) -> bool:
    """The clause opens with a verb and its noun object (拟安排专项债券4.4万亿元): no statement
    of a target, whatever verb of change follows at ``k``; unless a 的 before ``k`` makes the
    verb's phrase a modifier of the indicator (设置健身设施的公园占比|达到50%)."""
    i = 0
    while c.word(i) in w.modal:
        i += 1
    if c.word(i + 1) in w.glue and c.flag(i + 2) == "v":
        i += 2  # 生产和使用|厚度低于…的地膜: coordinated verbs and their object
    if c.word(i) in w.clause_cue and i + 1 < k:
        return True  # 确保|支小支农担保业务占比达到80%: the cue governs the statement
    return c.flag(i)[:1] == "v" and c.is_verb(i, start=True) and (
        c.flag(i + 1)[:1] == "n" or c.flag(i + 1) == "v" and c.word(i) in w.openers and c.flag(i + 2)[:1] == "n") \
        and not any(c.word(x) == "的" for x in range(i + 2, k))  # (落实|新建…建筑…比例不低于50%: 落实)


def _joined_lead(toks: Sequence[tuple[str, str]], lead: list[tuple[str, str]], w: Words) -> list[tuple[str, str]]:
    """The lead with the words between its nouns put back (工业|和|城镇污染, 在校学生|的|人数, 首发经济、|夜间|经济):
    a slice of the clause, never its nouns glued over a gap, unless a modal, a negation, a frame or a mark of a
    new clause was passed over (then the lead as read)."""
    if len(lead) < 2:
        return lead
    try:
        a = next(x for x, t in enumerate(toks) if t is lead[0])
        b = next(x for x in range(len(toks) - 1, a - 1, -1) if toks[x] is lead[-1])
    except StopIteration:
        return lead
    span = list(toks[a:b + 1])
    kept = {id(t) for t in lead}
    if len(span) == len(lead) or any(id(t) not in kept and (t[0] in w.modal or t[0] in w.negation or t[1] == "p"
                                                             or t[0] in "，,；;：:") for t in span):
        return lead
    return span


def _disposed(toks: Sequence[tuple[str, str]], w: Words) -> list[tuple[str, str]]:
    """X of 把/将 X V, without a frame after it (把X由A提高至B, 将X在…中公示) nor the adverbs of V
    (把这种潜能|有效|释放出来)."""
    seen = False
    out = list(toks)
    for k, (wd, f) in enumerate(toks):
        if seen and f == "p" and wd in w.frame and wd not in w.join:
            out = list(toks[:k])
            break
        seen = seen or f in _NOUNISH or f[:1] == "n"
    while len(out) > 1 and (out[-1][0] in w.adverb or out[-1][1] in ("d", "ad") or out[-1][1] == "a"
                            and out[-2][1] != "uj"):
        out.pop()
    return out


@lru_cache(maxsize=1024)
def _party_head(word: str) -> bool:
    """A noun that ends the name of a party (企业, 单位, 机构: ``models/actors.tsv``): a verb
    before it, after 鼓励/支持, names the party (用能单位, 制造企业), it is not the party's act."""
    lex = actor_lexicon()
    return word in lex.heads or word in lex.parties


def _compound_party(word: str) -> bool:
    """A word that ends in a party's head of two or three characters (龙头企业, 专业合作社) (frames2)."""
    heads = actor_lexicon().heads
    return len(word) > 2 and (word[-2:] in heads or len(word) > 3 and word[-3:] in heads)


def _names_party(c: _Clause, k: int) -> bool:
    """The word at ``k`` names a party (鼓励快递|企业); after a verbal noun (扶贫|龙头企业, 养殖|专业合作社), also a
    noun phrase of at most three nouns whose last word ends in a party's head: the word before ``k``, after
    鼓励/支持, is inside the party's name, not the party's act (not 支持|培育|龙头企业: a verb) (frames2)."""
    lex = actor_lexicon()
    if c.word(k) in lex.heads or c.word(k) in lex.parties:
        return True
    if c.flag(k - 1) != "vn":
        return False
    for x in range(k, min(k + 3, c.n)):
        if _compound_party(c.word(x)):
            return True
        if c.flag(x)[:1] != "n":
            return False
    return False


def _coordinated(c: _Clause, j: int, w: Words) -> bool:
    """The verb at ``j`` is coordinated with the verb right before it, without glue (归纳总结,
    优化完善, 建立完善): two verbs that each open an imperative (``models/openers.tsv`` or listed
    verbs), the second tagged as one and followed by its object, not by a verb."""
    verbs = _verbs()
    head, (wd, f) = c.word(j - 1), c.toks[j]
    if f in ("v", "vn") and c.flag(j - 1) in ("v", "vn") and not c.modifier(j) \
            and (c.flag(j + 1)[:1] in ("r", "m") or c.word(j + 1)[:1] in _OPEN) \
            and head in verbs and wd in verbs and head not in w.light and head not in w.pivot_object \
            and head not in w.auxiliary and wd not in w.modifier and not c.head_modifier(j, final=True):
        return True  # 统计|监测各地…, 选择|认定一批…: the second verb jieba tags as a noun, then a word that
        # opens a noun phrase and never makes a compound with it (a pronoun, a number, a quotation: not 宣传|力度)
    return f == "v" and head in verbs and wd in verbs and j + 1 < c.n and head not in w.light \
        and (head not in w.verbal_object or wd in w.verbal_object) and head not in w.pivot_object \
        and head not in w.auxiliary and wd not in w.light and wd not in w.modifier \
        and not c.modifier(j) and not c.head_modifier(j, final=True) and not c.is_verb(j + 1, start=True) \
        and c.word(j + 1) not in w.glue and not (wd in w.object_verb and c.flag(j + 1)[:1] == "v")
    # (建立健全|激励机制: a verb before a head noun modifies it; 建立|防止返贫…机制: 防止 opens the object)


def _verb_after_frames(c: _Clause, x: int, frames: frozenset) -> bool:
    """The frames opened at ``x`` (one or two in a row: 在…上|同各国) close before a verb of the clause that
    has a phrase of its own (not 从|严|治政), is no 把-verb (以X|作为Y) and no first of two predicates (…保护、…)."""
    for _ in range(2):
        at, x = x, c.frame_end(x)
        if x is None or x >= c.n - 1 or x < at + 3 and len(c.word(at + 1)) < 2 or x == at + 1:
            return False
        if c.word(x) not in frames:
            return c.is_verb(x, start=True) and c.word(x) not in c.w.disposal_verb and c.word(x + 1) != "、"
    return False


_TIME_ENDS = ("后", "时", "候", "间", "际")  # last characters of the words of kind time_end (a quick test)
_TIME_TAIL = 12  # characters of a clause's end cut by jieba to find its last word


def _has_number(clause: str) -> bool:
    """A digit or a numeral anywhere in ``clause`` (else no word of it starts a number: the
    target-statement test of :func:`_read_clause` need not look)."""
    return any(map(str.isdigit, clause)) or _NUMERAL.search(clause) is not None


def _idiom_predicate(toks: Sequence[tuple[str, str]], w: Words) -> str | None:
    """The idiom that is the predicate of a clause with no verb (一视同仁; 持之以恒|正风肃纪;
    居安思危、见微知著): the clause holds only idioms, adverbs, modals and list marks, and ends in
    an idiom; the first idiom that is not an adverbial one (久久为功) is the predicate.  Not with a
    noun before it (各类人才|潜心钻研、厚积薄发: the party's)."""
    if not toks or toks[-1][1] != "i":
        return None
    if any(f not in ("i", "d", "ad", "x") and wd not in w.adverb and wd not in w.modal for wd, f in toks):
        return None
    return next((wd for wd, f in toks if f == "i" and wd not in w.adverb), None)


def _read_clause(toks: Sequence[tuple[str, str]], last: bool, w: Words, numbers: bool = True,
                 pivot_cue: bool = False, de: bool = True, first: bool = False) -> _Reading:
    c = _Clause(toks, w, last)
    n = c.n
    out = _Reading()
    lead: list[tuple[str, str]] = []
    disposal: list[tuple[str, str]] | None = None
    frames, pivots, disp, cues = w.frame, w.pivot, w.disposal, w.cue
    i = 0
    start = None
    first_frame: int | None = None
    frame_np: list[tuple[str, str]] = []  # the noun phrase of an object frame (同X谈心, 对X进行)
    statement = False  # a statement of a target: an indicator, a verb of change or level and a number
    # a statement of a target: an indicator, then a verb of change or level and a number
    k = next((k for k in range(1, n - 1) if (ch := toks[k + 1][0][:1]) and (ch.isdigit() or ch in _NUMERALS)
              and not (ch == "一" and toks[k + 1][0][1:2] not in ("", *_NUMERALS))  # 认定一批…, 打造一流…
              and c.is_verb(k)), None) if numbers else None  # (_number inlined, and before the dearer test)
    if k is not None and k > 0 and toks[k][0] in _comparators() and c.is_verb(k - 1) and toks[k - 1][0] not in w.level:
        k = None  # 提供|超过500个宿位: a comparator after the verb opens its object, no statement of a level
    level_at = k  # a verb of change or level before a number, when no statement: it ends the object
    if k is not None and all((toks[j][0] not in frames or c.indicator_frame(j, k)) and toks[j][0] not in disp
                             for j in range(k)) \
            and not _opens_with_verb(c, w, k):  # not 安排专项债券…、比上年增加…
        level_at = None
        if toks[k][0] in ("到", "至") and k > 0 and c.is_verb(k - 1):
            k -= 1  # 提高到85%: the verb before 到 is the action's head
        start = k
        lead = [t for t in toks[:k] if t[0] not in w.modal and t[0] not in w.negation]
        i = n
        statement = any(f[:1] == "n" or f == "vn" for _, f in lead)  # an indicator (not 额外|拨款590万元)
    if n > 2 and toks[-1][0] in w.reciprocal and toks[0][0] not in _verbs() \
            and (jn := next((x for x in range(1, n - 1) if toks[x][0] in w.join and toks[x][1] == "p"), None)):
        out.action, out.obj, out.found = toks[-1][0], _strip_object(toks[:jn], w), True
        return out  # 系统开发运营|与数字化…发展|相结合: a reciprocal verb governs what is joined (not 推动X与Y相协调)
    if not last and n > 1 and (toks[0][0] in w.clause_frame and not c.means_ends(0) or (
            toks[0][0] == "为" and (c.is_verb(1) or c.flag(1) in ("d", "ad") or c.word(1) in w.adverb))):
        return out  # 为了…，/ 为遏制…，/ 至于…，: a purpose or a topic; the predicate follows
    while i < n:
        wd, f = toks[i]
        fresh = not lead
        if wd in disp and wd in w.modal and (c.flag(i + 1) in ("p", "t", "d", "ad") or c.word(i + 1) in w.adverb
                                             or c.is_verb(i + 1)) \
                and not any(toks[k][0] in w.disposal_verb for k in range(i + 2, n)) \
                and not (c.flag(i + 1) not in ("p", "t", "d", "ad") and c.word(i + 1) not in w.adverb
                         and any(toks[k][0] in w.destination for k in range(i + 2, n))):  # (将试点|扩大至…)
            i += 1  # 将于4月开始发放: 将 of the future, not of 将X纳入Y (将核准后的报告书报…)
            continue
        if wd in w.modal and wd not in disp and i + 2 < n and (fresh or not c.is_verb(i - 1)) \
                and c.is_adverbial(i + 1, fresh):
            i += 1  # (专责小组)会|仔细|研究, 会|积极|考虑: a cue-less commitment's modal before its adverbial
            continue
        if wd in disp and i + 1 < n:
            k = next((k for k in range(i + 2, n) if toks[k][0] in w.disposal_verb
                      or c.word(k + 1) in w.destination and c.is_verb(k, start=True)), None)  # (将X|扩大至…)
            if k is None and n - 2 > i + 1 and len(toks[n - 1][0]) == 2 and toks[n - 1][0] in w.complement:
                k = n - 2  # 把日常管理|严|起来, 把群众|发动|起来: the word before a complement ending the clause
            if k is None and not c.is_verb(i + 1):
                k = c.frame_end(i)
            if k is None and n - 1 > i + 1 and len(toks[n - 1][0]) > 2 and toks[n - 1][0][-1] in _VERB_SUFFIX:
                k = n - 1  # 把服务|常规化: a word that makes X so ends the clause, it is the verb
            if k is not None:  # 将X纳入Y: the verb after X, and X its object
                disposal = _disposed(toks[i + 1:k], w)
                start = k
                break
            i += 1
            continue
        if wd in frames and wd not in w.clause_frame and wd != "为" and c.is_verb(i + 1) \
                and c.word(i + 1) not in w.modal and (i + 2 == n or len(wd) > 2 and c.flag(i + 1) == "v"):
            i += 1  # 按照执行, 参照办理: a frame with no phrase, before the verb that ends the clause;
            continue  # 按规定|给予…: a frame that holds its noun (not 根据需要)
        if wd in frames and not (f == "v" and wd in w.place and c.word(i + 1) in w.place_pronoun
                                 and all(c.word(x) in w.tail or c.flag(x) == "x" for x in range(i + 2, n))):
            end = c.frame_end(i)  # (要到哪里去: a verb of motion to a pronoun, no frame before a verb of its own)
            if first_frame is None:
                first_frame = i
            if end is not None and not last and end == n - 1 and c.toks[end][1] != "v" \
                    and not (wd in w.addressee and c.toks[end][0] in _verbs()) or (  # (向X|报告/n，并…: the verb)
                    end is not None and not last and end == n - 1 and first_frame == 0 and wd in _verbs()):
                end = None  # 结合城市更新及旧区改造，开展…: a verb that ends a frame clause is a noun
            if end is None and wd in w.join and not last and n - 1 > i + 1 and c.flag(n - 1) in ("v", "vn") \
                    and c.word(n - 1) not in w.closer:
                frame_np = list(toks[i + 1:n - 1])  # 鼓励企业与销售商合作，…: the verb that ends the frame clause
                start = n - 1
                break
            if f == "v" and end is not None and end > i + 2 and toks[end - 1][0] == "、":
                start = i  # 着眼长远、|把握大势: a verb of a frame and its noun, then another predicate: coordinated
                break
            if end is None:
                break  # the frame runs to the clause's end
            if wd in w.object_frame and wd not in w.addressee:  # (向…部门|备案: to whom, not what)
                frame_np = list(toks[i + 1:end])
                while frame_np and (frame_np[-1][0] in w.adverb or frame_np[-1][0] in w.glue):
                    frame_np.pop()  # …问题线索一查到底、依法|处罚: the adverbs are the verb's
            i = end
            continue
        if de and (c.word(i + 1) == "地" and c.flag(i + 2)[:1] == "v"
                   or c.word(i + 2) == "地" and c.is_verb(i + 3, start=True)):
            i += 2 if c.word(i + 1) == "地" else 3  # 有针对性地|提出, 扎扎实实地|推进: an adverbial in 地
            continue
        if f == "i" and not lead and first_frame is None and c.word(i + 1) == "、" and wd not in w.adverb and (
                c.flag(i + 2) == "i" or c.word(i + 2) in w.adverb or c.is_verb(i + 2)):  # (not 后安、公婆泉: names)
            start = i  # 安不忘危、存不忘亡: idioms coordinated as predicates
            break
        if c.is_verb(i, start=True, fresh=fresh):
            if f != "v" and wd not in w.verb and (lead and c.flag(i + 1)[:1] == "n" and c.verb_later(i + 1)
                                                  or f == "vn" and c.flag(i + 1) == "v" and c.is_verb(i + 1)
                                                  and c.flag(i - 1) in ("b", "n") and wd not in w.openers):
                lead.append(toks[i])  # 各园区建设主体负责…, 后续工作|做…: a verbal noun inside the subject
                i += 1
                continue
            if lead and c.word(i - 1) == "、" and f == "v" and c.flag(i + 1)[:1] == "n" and c.list_item(i):
                lead.append(toks[i])  # 高校毕业生、脱贫|人口、农民工等…: a verb inside an item of the subject's list
                i += 1
                continue
            if lead and f == "v" and wd not in _verbs() and c.flag(i - 1)[:1] == "n" and (
                    (x := next((x for x in range(i + 1, n) if not c.is_adverbial(x)), n)) < n
                    and (c.word(x) in w.level or c.word(x) in w.state)):
                lead.append(toks[i])  # …重点群体就业|保持稳定, 居民收入|稳步增长: the indicator's head, before a
                i += 1  # verb of level or state
                continue
            if not lead and (subject_verb := c.relative_subject(i)) is not None:
                lead.extend(toks[i:subject_verb])  # 管理专利工作的部门|责令…: a subject with a verb of its own
                i = subject_verb
                continue
            if c.modifier(i) or pivot_cue and first_frame is None and _names_party(c, i + 1):
                lead.append(toks[i])  # 完成的项目; 支持重点用能|单位…, 鼓励快递|企业…: inside the party's name
                i += 1
                continue
            if (wd in cues or wd in w.serial and wd not in w.openers) and c.word(i + 1) in disp:
                i += 1  # 坚持|把自己的事情办好, 开始|把…常规化 (not 研究|把…): the verb of 把X…
                continue
            if c.is_adverbial(i, fresh) and (wd in w.adverb or wd in cues or wd not in w.openers):
                i += 1
                continue
            if wd in cues and c.word(i + 1) in frames and _verb_after_frames(c, i + 1, frames):
                i += 1  # 坚持|在…基础上同各国|发展…, 确保|在…前|完成: a cue before a frame and the verb after it
                continue
            if (wd in w.modal or (wd in pivots and (wd == "请" or (pivot_cue and not lead and first_frame is None)))) \
                    and (any(c.is_verb(k) for k in range(i + 1, n)) or wd in w.modal and (
                        c.word(i + 1) in frames or c.is_verb(i + 1, start=True)
                        or c.flag(i + 1) == "i")):  # 会|优化 (a verbal noun), 要|学有所成 (an idiom)
                i += 1  # 鼓励引导区属集团积极开展…, 请各区…报送: the party's verb
                continue  # (a pivot that is not the cue's own is the action: 要引导企业…, 市委金融办引导…)
            if first_frame is None and (x := c.topic_frame(i, any(t[0] not in _verbs() for t in lead))) is not None:
                lead.extend(toks[i:x])  # …资金申请与拨付流程|按照…办理: the verbs are inside the topic
                i = x
                continue
            start = i
            break
        if c.is_adverbial(i, fresh) and (f in _ADVERB_TAGS or wd in w.adverb):
            i += 1
            continue
        if f in _NOUNISH or f.startswith("n") or lead and lead[-1] == toks[i - 1] and (wd == "、" or wd in w.etc):
            lead.append(toks[i])  # (a list of nouns keeps its marks: 城镇职工、退休人员等群体)
        i += 1
    out.lead = _strip_object(_joined_lead(toks, lead, w), w)
    if start is None:
        framing = toks[first_frame][0] if first_frame is not None else ""
        adverbed = first_frame is not None and first_frame > 0 and toks[first_frame][1] == "v" \
            and (toks[first_frame - 1][1] in ("d", "ad") or toks[first_frame - 1][0] in w.adverb)
        # (稳步|利用外资规模，引导…: a framing verb after an adverb is the predicate of its clause, no frame)
        if (last or adverbed and framing in w.framing_verb) and (framing in _verbs() or framing in w.framing_verb) and (
                toks[first_frame][1] != "p" or first and not any(f[:1] == "v" for _, f in toks[first_frame + 1:])):
            start = first_frame  # a framing verb with no verb after its phrase is the action (as a preposition,
            # 为, only right after the cue and with no verb in it at all: 应当为合伙企业…, not …，为…作出贡献)
        elif first_frame is None and (idiom := _idiom_predicate(toks, w)) is not None:
            out.action, out.found, out.lead = idiom, True, ""  # 对…企业要|一视同仁, 持之以恒|正风肃纪
            return out
        else:
            return out
    if toks[start][0] in w.framing_verb and (means := c.means_verb(start)) is not None:
        start = means  # 采取适当方式|给予奖励: the verb after the means is the action
    # the action: the verb, the verbs right after it and those joined to it by glue
    j = start + 1
    if start > 0 and toks[start - 1][0] in w.serial and toks[start - 1][1][:1] == "v" \
            and toks[start][0] not in w.light \
            and not (start > 1 and (toks[start - 2][1] == "b" or toks[start - 2][0] == "的")):  # (总投资|执行: a noun)
        start -= 1  # 投资建设: the first verb of a serial pair went with the phrase before
        if lead and lead[-1] is toks[start] and not statement:  # (固定资产投资|增长4.5%: the indicator's head)
            lead.pop()  # 通盘|研究考虑: so it is no part of the lead
            out.lead = _strip_object(lead, w)
    if start > 0 and toks[start - 1][0] in w.negation:
        start -= 1  # 不小于, 不再执行
    if toks[start][0] in w.auxiliary and c.is_verb(j, start=True):
        j += 1  # 予以查处: the verb it supports is the action's own (予以恢复和整治)
    if toks[start][0] not in w.light and toks[start][1] != "i" \
            and not (disposal is not None and toks[start][0] in w.disposal_verb and c.flag(j)[:1] == "v"):
        # (居安思危、见微知著: each its own predicate; 把X作为|加快…的动力: the verb right after 作为 opens Y, it is no
        # second action; 纳入并统筹规划, 归集至 are one)
        while j < n:
            if toks[j][0] in w.complement and c.word(j + 1) != "的":
                j += 1  # 保护好, 补回来
                break
            head = toks[j - 1][0]
            if c.word(j + 1) in w.time_end and c.word(j + 2) == "的":
                break  # 实施|修改后的…法: a verb before a localiser of time and 的 modifies the noun after them
            if head not in w.verbal_object and toks[j][0] not in w.light and not c.modifier(j) \
                    and not (toks[j][0] in w.object_verb and c.flag(j + 1)[:1] == "v") and (
                    (head in w.serial and c.is_verb(j, start=True))
                    or (toks[j][1] == "v" and toks[j][0] in w.openers and j + 1 < n and toks[j][0] not in w.modifier
                        and not c.head_modifier(j, final=True) and not _verb_pair(head)
                        and not (j - start >= 2 and toks[j - 2][0] not in w.glue)  # (two verbs in a row already)
                        and "、" not in [t for t, _ in toks[start:j]])):  # (not 督促检查|推广…, 研究制定|扶持…,
                # 安排、审核|实施…: a pair of verbs already, the next opener starts their object)
                j += 1  # 组织开展, 研究制定, 投资建设; not 实行|抽查事项…, 做好|组织实施
            elif (j == start + 1 or j == start + 2 and toks[start][0] in w.auxiliary) and _coordinated(c, j, w):
                j += 1  # 归纳总结, 优化完善, 建立完善: two verbs of one object
            elif toks[j][0] in w.glue and toks[j][0] != "的" and (
                    c.is_verb(j + 1, start=True, fresh=j + 1 < n - 1 and toks[j][0] != "、")
                    or c.flag(j + 1) in ("i", "ad") and c.flag(j + 2)[:1] == "n"
                    or c.word(j + 1) in w.adverb and c.flag(j + 2) == "v" and toks[j][0] == "、"
                    and len(c.word(j + 2)) > 1 and len(toks[start][0]) > 1) \
                    and not c.modifier(j + 1) and (j + 2 >= n or toks[j + 2][0] not in ("的",)):  # 树立和贯彻落实
                j += 3 if c.word(j + 1) in w.adverb and c.flag(j + 2) == "v" and len(c.word(j + 2)) > 1 \
                    else 2  # (大力支持、大胆使用)
            elif toks[j][0] in ("到", "至", "在", "为", "于") and toks[j][1] in ("v", "p") and j == start + 1 and (
                    toks[j][0] != "在" or c.flag(j + 1) in _QUANTITY_TAGS or c.flag(j + 1) == "eng"
                    or _number(c.word(j + 1)) and not _vague(c.word(j + 1))):  # 控制在3%以内, but 储存|在…中,
                # 探索|在…上安装, 约定|在一定时期内
                j += 1  # 提高到, 控制在, 下放至
                break
            else:
                break
    if disposal is None and j + 1 < n and toks[j][0] in disp:
        k = next((k for k in range(j + 2, n) if toks[k][0] in w.disposal_verb), None)
        if k is not None:  # 探索将…纳入…: the verb after X, and X its object
            disposal, start, j = list(toks[j + 1:k]), k, k + 1
    out.action = "".join([t for t, _ in toks[start:j]])
    out.found = True
    out.nominal = j == start + 1 and (toks[start][1] == "vn" and start == 0 and toks[start][0] not in w.verb
                                      and not any(c.is_verb(x) for x in range(j, n))  # (运用…手段|提高…)
                                      or j == n and start > 0 and toks[start - 1][1][:1] == "n"
                                      and toks[start - 1][0] not in w.adverb)
    etc = next((x for x in range(n - 2, j - 1, -1) if toks[x][0] in w.etc), None)
    out.partyless = pivot_cue and j == start + 1 and first_frame is None \
        and not any(_party_head(wd) or _compound_party(wd) for wd, _ in lead) and (
            j == n or toks[j][0] in w.glue and toks[j][0] != "、" and not any(c.is_verb(x) for x in range(j + 1, n))
            or etc is not None and j < n and toks[j][0] == "、" and toks[n - 1][1][:1] == "v"
            and all(f[:1] == "n" for _, f in toks[etc + 1:n - 1]))  # (…综合供能、…等技术|应用: the verb is an item of a
    # list closed by 等 and a head, one noun phrase; not 开展|光伏、储能等技术应用)
    # (鼓励|终身学习, 支持|技术集成应用和项目建设: after a pivot cue, a verb with no party before it and no
    # object after it, or only a noun phrase joined to it, names what is encouraged)
    # the object: the noun phrase after the action, up to what starts a new predicate: a
    # frame (组织专家|对…开展), a verb joined by glue (…交易、|开展…) or a verb before a verb
    # (指导村民委员会|组织做好…)
    k = e = j
    if c.word(j) == "在" and c.flag(j) == "p" and c.word(n - 1) in w.closer:
        k = e = n  # 存放|在专用仓库中: a place, not the object
    seen_noun = False
    pivot_object = toks[j - 1][0] in w.pivot_object
    if e + 1 < n and toks[e][0] in ("、", "，") and (c.is_verb(e + 1) or c.flag(e + 1) == "i"
                                                    or c.word(e + 1) in w.adverb and c.is_verb(e + 2)
                                                    or e + 3 == n and c.flag(e + 1) in ("a", "ad", "vn", "d")
                                                    and c.flag(e + 2) == "v"):
        n = e  # 鼓励创新、宽容失败, 不得修改、违规变更: coordinated predicates, no object
    elif e < n and toks[e][0] in w.glue and toks[e][0] not in w.tail and toks[e][0] != "、":
        if c.flag(e + 1) in ("a", "ad", "v", "vn") and c.flag(e + 2)[:1] in ("n", "r", "m") and not c.modifier(e + 1):
            out.action += toks[e][0] + toks[e + 1][0]  # 编制并|公开|本机关的…: a second verb jieba tags as an
            k = e = e + 2  # adverb, with the object of both after it
        else:
            n = e  # 长期坚持|并不断丰富发展: a glue that joins only predicates (并) opens no object
    joined = c.reciprocal_end(k, n) or pivot_object and c.act_list(k, n)  # 推动X传承利用与城市更新相结合,
    # 组织申报、遴选和评价验收: the whole clause is the object
    while e < n:
        wd, f = toks[e]
        if not seen_noun and not joined and e > k + 1 and toks[e - 1][0] == "、" and c.flag(e + 1)[:1] == "n" \
                and c.is_verb(e) and not c.modifier(e) and not c.list_item(e):
            break  # 加强协调、|形成合力, 着眼长远、|把握大势: no noun yet, a verb and its noun start a predicate
        if seen_noun and not joined and toks[e - 1][0] == "、" and wd in w.verbal_object and f == "vn" \
                and wd in w.openers and c.flag(e + 1)[:1] in ("n", "v") \
                and not any(t == "的" or t in w.etc for t, _ in toks[e + 1:n]):
            break  # 拓展开放领域、|优化/vn开放布局: a second predicate, its verb tagged as a noun (not 监督、考核…办法)
        if seen_noun and wd in w.causative and f[:1] == "v" and e + 1 < n and toks[n - 1][0] not in w.degree:
            break  # 改造…企业|使它们成为…的企业: a second predicate, whatever 的 follows
        if seen_noun and not joined and not c.nominal_pair(e) and (
                (wd in frames and f == "p" and wd not in w.join and e + 1 < n and not c.attribute_frame(e)
                 and not c.noun_frame(e)
                 and not (wd == "为" and toks[k][0] == "以"))  # 坚持以人民为中心
                or (c.is_verb(e) and not c.modifier(e) and not c.head_modifier(e) and c.word(e + 1) not in w.copula
                    and ((toks[e - 1][0] in w.glue and e + 1 < n
                          and (not c.listed_noun(e) or c.parallel(j, k, e)) and not c.list_item(e)
                          and wd not in w.adverb and not c.noun_conjunct(k, e))
                         or (pivot_object and (f[:1] == "v" and f != "vn" or wd in w.verb
                                               or c.is_verb(e + 1, start=True))  # (委托具有…评价|资质的单位)
                             and not (e + 2 == n and c.flag(e + 1)[:1] == "v")
                             and not c.list_item(e))  # (运用…理念和节能|技术应用: an item of its list)
                         or (e + 2 < n and toks[e + 1][0] in w.openers and toks[e + 1][1] == "v"
                             and not c.head_modifier(e + 1))))
                or (toks[e - 1][0] in w.frame_means and c.is_verb(e) and not c.modifier(e) and e + 1 < n)  # 采取
                # 有效措施|防止…; not …服务方式创新 (a verb that ends the clause is the noun's)
                or (pivot_object and toks[e - 1][1][:1] == "n" and wd not in w.adverb
                    and (f == "d" and c.flag(e + 1) in ("a", "ad", "v", "i") or f == "i"))  # 让群众的获得感|更加充实,
                # 支持企业家|心无旁骛: the party's state, said by an adverb and an adjective or by an idiom
                or (pivot_object and f == "vn" and (c.is_verb(e, start=True) or wd in w.serial)
                    and c.is_verb(e + 1, start=True)
                    and not c.modifier(e + 1))  # 引导社会资本|投资建设…
                or (f == "i" and toks[e - 1][0] in w.glue and not c.list_item(e))
                or (wd in w.link and (c.flag(e - 1)[:1] in ("n", "r") or c.flag(e - 1) == "vn")
                    and c.flag(e + 1)[:1] == "v")  # 挪用资金|也不能…; 既坚持创新发展|又坚持…
                or (toks[e - 1][0] in ("、", "，") and wd in w.adverb and c.flag(e + 1)[:1] == "v"
                    and not c.modifier(e + 1)
                    and c.word(e + 2) not in ("、", "等", "和", "及"))):  # 安排计划、|优先运输
            if not ((c.clausal_object(k, e) or not pivot_object and toks[e - 1][0] not in w.glue) and c.reaches_de(e)):
                break  # 组织职工|开展…, 运用信息化手段|提高…, 增强信心、|迎难而上
        if (f in _NOUNISH or f.startswith("n")) and (f not in _QUANTITY_TAGS or pivot_object and c.is_verb(e + 1)):
            seen_noun = True  # a quantity is no head: 增拨900万元|经常开支; but a means: 动用80亿元|重建…
        e += 1
    while e < n and e - 1 > k and toks[e - 1][0] in w.adverb and c.is_verb(e, start=True):
        e -= 1  # 组织职工|广泛|参与…: the adverb is the party's verb's, not the object's
    if pivot_object and e == n - 1 and e - 1 > k and toks[e][1] == "v" and toks[e - 1][1] == "v":
        e -= 1  # 支持贫困劳动力|务工就业: two verbs end the clause, the party's act; the party alone is the object
    if level_at is not None and j < level_at < e and (toks[level_at][0] in _comparators() or toks[level_at][0]
                                                      in w.level) \
            and all(toks[x][0] != "的" for x in range(level_at, e)):  # (not 使用|厚度低于…的地膜: a modifier)
        e = level_at  # 落实|新建…比例|不低于50%: the indicator, not the comparator
        while e > j and (toks[e - 1][0] in w.negation or toks[e - 1][1] in ("d", "x")):
            e -= 1  # (…情况|（最迟|不超过4个小时）: the adverb and the bracket go with it)
    if toks[start][0] in w.clause_cue:
        # 确保粮食产量稳定: what is ensured is the subject of the clause it governs
        cut = next((x for x in range(k + 1, e) if toks[x][1][:1] in ("v", "a", "d") or toks[x][0] in "、，"), e)
        if cut >= e - 1:  # …稳定 (one word): the subject; 城市安全运行 (a longer predicate): the whole clause
            e = cut
    if disposal is None and toks[start][0] in w.addressee and e == c.n and e - k > 1 and toks[e - 1][1] == "v":
        return out  # 报|上级主管部门|备案: to whom it goes and what they do with it, no object
    if disposal is None and (framed := _framed_object(c, k, e, n, numbers, de) or e < n and c.word(k) in w.object_frame
                             and _framed_object(c, k, n, n, numbers, de, True)):
        out.obj = framed
        return out
    if disposal is not None:
        out.obj = _strip_object(disposal, w)
    else:
        seg = toks[k:e]
        out.obj = _stripped(seg, w) if _headed_object(seg) else _quantity(seg, w)
        if frame_np and (out.action in w.reciprocal or "相" + out.action in w.reciprocal
                         or start > 0 and toks[start - 1][0] == "相"):
            frame_np = []  # 与…规划|相协调: the other side of a verb of two sides is no object
        out.obj = out.obj or _strip_object(frame_np, w)
        if not out.obj:
            out.obj = _strip_object(seg, w)
            out.amount = bool(out.obj) and (statement or out.action in w.level or out.action in _comparators())
        elif _number(out.obj) and (out.action in w.level or out.action in _comparators()):
            out.amount = True  # 开放总数达到250处, (能耗)应不小于5万吨: the indicator, when there is one
    return out


def _framed_object(c: _Clause, k: int, e: int, n: int, numbers: bool, de: bool, de_only: bool = False) -> str:
    """探索|通过…与…开展互联互通: a frame opens the object from ``k`` to ``e`` (with no 的, running to the
    clause's end ``n`` or a mark), and a listed verb after its phrase governs the rest: the object is that
    verb's (the outer verb stays the action); "" otherwise.  One word of two characters after that verb
    is rather a compound with it (加大|对…打击力度: the frame's noun phrase stays the object)."""
    w, toks = c.w, c.toks
    if not (k + 2 < e and toks[k][0] in w.frame and c.flag(k) == "p" and toks[k][0] not in w.join
            and (e == n or c.flag(e) == "x")):
        return ""
    de_at = max((x for x in range(k, e) if toks[x][0] == "的"), default=None)
    if de_only and de_at is None or de_at is not None and toks[k][0] not in w.object_frame:
        return ""  # (read again to the clause's end only past a 的: 对X的Y|实行Z)
    inner = _read_clause(toks[k:e], True, w, numbers, False, de)
    if de_at is not None and not (inner.action in w.verbal_object and any(
            toks[x][0] == inner.action for x in range(de_at + 2, e - 1))):
        return ""  # 加大|对…的…力度: the frame's noun phrase is the object; not 对X的Y|实行Z
    place = toks[k][0] in w.place and toks[k][0] in w.closed  # (探索|在…上安装…: any verb after a place)
    if not (inner.found and inner.obj and (inner.action in w.light or (inner.action in _verbs() or place)
                                           and inner.obj not in w.frame_head and len(inner.obj) > 2)):
        return ""
    return inner.obj if "".join(t[0] for t in toks[k:e]).endswith(inner.action + inner.obj) else ""


def _quantity(toks: Sequence[tuple[str, str]], w: Words) -> str:
    """The object that is a sum with its modifiers (额外4,400万元), without trailing glue."""
    kept = list(toks)
    while kept and (kept[-1][0] in w.tail or kept[-1][1] in ("uj", "c", "d", "x", "y")):
        kept.pop()
    return "".join([t for t, _ in kept]).strip()


def _headed_object(toks: Sequence[tuple[str, str]]) -> bool:
    """The object has a head before its trailing quantity: a word that is not only a modifier
    (额外|4,400万元: the sum is the object, not 额外); a quantity alone is read as before (一次)."""
    last = len(toks)
    while last and toks[last - 1][1] in _QUANTITY_TAGS:
        last -= 1
    return last in (0, len(toks)) or any(f not in ("b", "a", "d", "ad", "x", "uj") for _, f in toks[:last])


@cache
def _durations() -> re.Pattern:
    """A number and a unit of time (``models/units.tsv``, kind duration): 五年, 24小时, 30个工作日; or a limit
    of time (kind limit_end of ``models/predicate_words.tsv``: 30日内)."""
    units = sorted((row["unit"] for row in read_tsv("units.tsv") if row["kind"] == "duration"), key=len, reverse=True)
    ends = sorted(words().limit_end, key=len, reverse=True)
    return re.compile(f"[\\d{_NUMERALS}]+(?:{'|'.join(map(re.escape, units))})(?:{'|'.join(map(re.escape, ends))})?")


def _duration(text: str) -> bool:
    return bool(text) and _durations().fullmatch(text) is not None


@cache
def _comparators() -> frozenset:
    """The comparator cues that stand before their number (不小于, 不超过, 控制在:
    ``models/comparators.tsv``): as the action, the indicator before them is the object."""
    return frozenset(row["cue"] for row in read_tsv("comparators.tsv") if row["position"] == "before")


def _simplified(text: str) -> str:
    """``text`` read in Simplified characters, position for position (the one fold of
    :mod:`pipeline.script`): our word lists and jieba's dictionary are Simplified.  A
    predicate is too short to tell its script by itself, and the conversion leaves Simplified
    text as it is, so every predicate goes through it (a microsecond or two)."""
    return text if text.isascii() else t2s_same_length(text)


def action_object(text: str, topic: str = "", cue: str = "", plain: bool = False) -> tuple[str, str]:
    """``(action, object)`` of the predicate ``text`` (its clauses, from after the modal cue).

    ``topic``: the noun phrase of the clause before the predicate (not an actor): the object
    of a verb that has none after it (指标…应不低于…; 负责人应由…担任).  ``cue``: the modal cue
    before the predicate; a verb among the cues (鼓励, 支持) is the action of a predicate that
    has no verb (鼓励绿色低碳示范工程).

    A text in Traditional characters is read through the fold to Simplified; the action and
    object are sliced from the text as written.  ``plain``: the document holds nothing the fold
    changes (:func:`pipeline.script.t2s_unchanged`, asked once per document), so no piece is folded."""
    if plain:
        return _action_object(text, topic, cue)
    folded = _simplified(text)
    if folded == text:
        return _action_object(text, topic, cue)
    action, obj = _action_object(folded, _simplified(topic), _simplified(cue))
    if obj and obj not in folded:
        obj = as_written(topic, _simplified(topic), obj, 0)
    return as_written(text, folded, action, 0), as_written(text, folded, obj, 0)


def disposal_free(part: str) -> bool:
    return "把" not in part and "将" not in part


def _inside_quote(text: str, start: int, at: int) -> bool:
    """``at`` lies inside a quotation opened since ``start`` and closed within :data:`MAX_QUOTE`
    characters of its opening."""
    o = text.rfind("“", start, at)
    if o < 0 or text.find("”", o, at) >= 0:
        return False
    c = text.find("”", at)
    return 0 <= c - o <= MAX_QUOTE


def _first_parts(text: str) -> list[str]:
    """The first :data:`MAX_CLAUSES` clauses of ``text`` that are not blank (what
    ``_CLAUSE_END.split`` gives, without splitting the rest of a long predicate), and more while the
    last one read ends in 的 (a condition; up to :data:`MAX_CONDITIONS`)."""
    out: list[str] = []
    pos = 0
    for m in _CLAUSE_END.finditer(text):
        if _inside_quote(text, pos, m.start()):
            continue  # 按照“产区保持…，销区保持…”的要求: a comma inside a short quotation
        part = text[pos:m.start()]
        pos = m.end()
        if part.strip():
            out.append(part)
            if len(out) >= MAX_CLAUSES and (len(out) == MAX_CONDITIONS or not part.rstrip().endswith("的")):
                return out  # (a legal condition of many clauses, each ending in 的, reads on to its predicate)
    part = text[pos:]
    if part.strip():
        out.append(part)
    return out


def _clause_head(part: str) -> str:
    """The first :data:`MAX_CLAUSE` characters of the clause ``part``, or up to the end of a book
    title (《…》) that this cut would split, when it closes within :data:`MAX_TITLE` characters of its
    opening (贯彻落实《…的实施意见》: the whole title is the object, never cut inside it)."""
    s = part.strip()
    if len(s) <= MAX_CLAUSE:
        return s
    limit, o = MAX_CLAUSE, s.find("《")
    while 0 <= o < limit and 0 < (c := s.find("》", o, o + MAX_TITLE + 2)):
        limit += c - o  # a whole title counts as one word (按照《…的通知》(…)及有关文件执行)
        o = s.find("《", c)
    if limit > MAX_CLAUSE:
        return s[:limit]
    o = s.rfind("《", 0, MAX_CLAUSE)
    if o < 0 or 0 <= s.find("》", o, MAX_CLAUSE):
        return s[:_item_end(s)]
    c = s.find("》", MAX_CLAUSE, o + MAX_TITLE + 2)
    return s[:c + 1] if c > 0 else s[:_item_end(s)]


def _item_end(s: str) -> int:
    """Where a clause longer than :data:`MAX_CLAUSE` is cut: before the last list mark 、 in its second half, so
    that a long list of objects ends on a whole item (…高新技术企业、|科技型…), never inside a word (科|技型); a clause
    that ends within :data:`CLAUSE_SLACK` characters more is kept whole (…等优质企业梯|度培育库: its head)."""
    if len(s) <= MAX_CLAUSE + CLAUSE_SLACK:
        return len(s)
    if s[MAX_CLAUSE:MAX_CLAUSE + 1] == "、":
        return MAX_CLAUSE
    at = s.rfind("、", MAX_CLAUSE // 2, MAX_CLAUSE)
    return at if at > 0 else MAX_CLAUSE


def _modal_start(part: str, modals: frozenset) -> bool:
    """The clause opens with a modal word (要, 应当, 必须): the predicate of a sentence whose
    first clauses are its purpose or topic (推动国内大循环，必须坚持…; 进行爆破作业，应当设置…)."""
    s = part.lstrip()
    k = next((k for k in (3, 2, 1) if len(s) > k and s[:k] in modals), 0)
    return bool(k) and s[:k] not in words().disposal and not dictionary().tag(s[:k + 1], "")  # (not 要求, 应用)


def _skipped(parts: list[str], cue: str, w: Words) -> int:
    """How many clauses open the predicate before the one that carries it: with no cue, those
    before a clause that opens with a modal; a condition that ends in 的 (…泄露…，涉及…的，依照…承担),
    every clause up to the last such one."""
    if cue:
        return 0
    k = next((k for k in range(1, len(parts)) if _modal_start(parts[k], w.modal)), 0)
    if k:
        return k
    k = next((k + 1 for k in range(len(parts) - 2, 0, -1) if parts[k].rstrip().endswith("的")), 0)
    if k and tag_clause(parts[0].strip()[:MAX_CLAUSE])[0][0] in _verbs():
        return 0  # 构建…机制，制定…，对…的，免征…: the first clause is an imperative, no condition
    return k or _topic_clauses(parts, w)


def _topic_clauses(parts: list[str], w: Words) -> int:
    """With no cue, the clauses up to the last one that ends in a noun of a sum and holds a 的
    (纳税人…接受…教育的支出，按照…扣除; …所需的经费，由…承担): the topic of the predicate after it,
    not the predicate (a string test: no tagging)."""
    k = next((k + 1 for k in range(len(parts) - 2, -1, -1)
              if "的" in parts[k] and parts[k].rstrip().endswith(tuple(w.topic_head))), 0)
    basis = tuple(w.topic_frame - w.object_frame)  # 按照, 参照, 根据…: the rule a topic follows
    if k or len(parts) < 2 or "的" not in parts[0] or not parts[1].lstrip().startswith(basis):
        return k
    first = tag_clause(_clause_head(parts[0]))[0]  # …处于学前教育阶段的子女，按本条规定执行: the topic, then the rule
    return 0 if first[0] in _verbs() or first[1][:1] in ("v", "p") or first[0] in w.frame else 1  # (not 关注…，按照…)


def _topic_object(topic: str, w: Words) -> str:
    """The topic as an object: without the adverbs that end it (…活动分别|由…审核, …垃圾原则上|由…清运);
    tagged only when it is used; "" when no noun is left (主要|由…组织实施)."""
    if not topic.strip():
        return ""
    toks = tag_clause(_clause_head(topic))
    if len(toks) > 1 and toks[0][1] == "p" and toks[0][0] in w.object_frame and toks[0][0] in w.topic_frame:
        toks = toks[1:]  # 对欺凌事件|要早发现: what is treated, without its preposition
    return _strip_object(toks, w) if any(f in _NOUNISH and f not in _ADVERB_TAGS or f[:1] == "n" or f == "l"
                                         for _, f in toks) else ""


def _bare_acts(toks: Sequence[tuple[str, str]], w: Words) -> bool:
    """Two or more bare acts joined by a conjunction (长期坚持和大胆探索): each a verb or idiom with at
    most one modifier before it, no party and no object, so after 鼓励/支持 the cue governs them all
    and no noun phrase is its object (speech gold: action 鼓励, object ''; not 坚持 / 大胆探索).  Acts
    joined by 、 are predicates of their own, the first is the action (鼓励|解放思想、大胆创新); not
    鼓励企业开展研发和试验: a party with an object."""
    if not any(wd in w.glue and wd != "、" for wd, _ in toks):
        return False
    items: list[list[tuple[str, str]]] = [[]]
    for wd, f in toks:
        if wd in w.glue:
            items.append([])
        else:
            items[-1].append((wd, f))
    return len(items) > 1 and all(
        0 < len(it) <= 2 and it[-1][1][:1] in ("v", "i", "l") and it[-1][1] != "vn"
        and not any(_party_head(wd) for wd, _ in it)
        and all(f[:1] in ("d", "a", "n") and f != "nr" or wd in w.adverb for wd, f in it[:-1]) for it in items)


_BARE_ACT_MODS = frozenset(("a", "ad", "d", "l"))  # 健康/a 快速/d 发展, 多样化/l 发展


def _bare_act(toks: Sequence[tuple[str, str]], w: Words) -> str:
    """A clause that is only an act: a verb or verbal noun with at most two modifiers before it and no
    noun (支持X|发展，…; 健康快速|发展): the act after an encouraged party, else ''."""
    if not 0 < len(toks) <= 3 or toks[-1][1] not in ("v", "vn") or toks[-1][0] in w.frame:
        return ""
    if not all(f in _BARE_ACT_MODS or wd in w.adverb for wd, f in toks[:-1]):
        return ""
    return toks[-1][0]


def _action_object(text: str, topic: str, cue: str) -> tuple[str, str]:
    w = words()
    parts = _first_parts(text)
    if len(parts) > 1 and text[text.find(parts[0]) + len(parts[0]):][:1] in _LABEL_ENDS \
            and tag_clause(_clause_head(parts[1]))[0][0] in _verbs():
        parts = parts[1:]  # 沿…产业创新带：推进…, 其他更新片区：结合…: a label before a colon and an imperative
        # (not …进行成本认定：1.…, whose colon opens a list)
    elif len(parts) > 1 and parts[0].rstrip().endswith(tuple(w.copula)) \
            and text[text.find(parts[0]) + len(parts[0]):][:1] in _LABEL_ENDS:
        parts = parts[1:]  # …主要预期目标是：地区生产总值增长…, 指导思想是：坚持…: what the copula's colon opens
    skip = _skipped(parts, cue, w)
    if skip:
        parts, topic = parts[skip:], ""
    first_lead, first_tags = "", ()
    for k, part in enumerate(parts):
        if k < len(parts) - 1 and (part.rstrip().endswith("的") or part.rstrip().endswith(_TIME_ENDS)
                                   and tag_clause(part.strip()[:MAX_CLAUSE])[-1][0] in w.time_end):
            continue  # …的，要依法责令; 经…审核后，办理…; 编制…规划时，: a condition or a time, the predicate follows
        clause = _clause_head(part)
        tags = tag_clause(clause)
        if k == 0 and cue in w.pivot_object and _bare_acts(tags, w):
            return cue, ""  # 鼓励|长期坚持和大胆探索: acts encouraged, no party's act and no noun phrase
        r = _read_clause(tags, k == len(parts) - 1, w, _has_number(clause), k == 0 and cue in w.pivot,
                         "地" in clause, k == 0)
        if k == 0 and not r.found and not cue and (act := _bare_act(tags, w)):
            return act, ""  # 支持X|健康发展，推动…: the encouraged party's act ends its clause (not the next clause's)
        if k == 0:
            first_lead, first_tags = r.lead, tags
            if r.found and (r.nominal or r.partyless and cue in w.pivot_object) and (
                    cue in w.pivot or cue in w.cue or cue in w.aim and r.nominal and r.lead
                    and r.action not in w.level and r.action not in w.state) and disposal_free(part):
                # (争取|X获批: the aim governs; not 力争|农民收入|增加, a target's change, nor 力争|营造…)
                return cue, _strip_object(tag_clause(clause), w)  # 鼓励车网互动技术应用
            if not r.found and r.lead and (cue in w.pivot or cue in w.cue) and len(parts) > 1 \
                    and not any(_party_head(wd) for wd, _ in tag_clause(clause)):
                return cue, _strip_object(tag_clause(clause), w)  # 提倡多元文化，让…: the cue governs a noun
                # phrase that names no party
                # (鼓励供销合作社、电商企业等，整合…: the party's verb follows)
        if r.found:
            party = k == 0 and cue in w.pivot  # 请有关方面研究吸收: the party acts, it is no object
            obj = (r.obj if not r.amount else "") or ("" if party else r.lead) \
                or (_topic_object(topic, w) if k == 0 else "") or r.obj
            if _duration(obj) and not r.amount:
                obj = ""  # 留存五年, 24小时值班: how long, not what
            if r.lead and r.action[-1:] in w.destination and not any(_party_head(wd) for wd, _ in tag_clause(r.lead)):
                obj = r.lead  # 分拣出的残渣|运输至…: what is moved, not where to
            if r.action in w.auxiliary and obj and k + 1 < len(parts) \
                    and (opener := tag_clause(_clause_head(obj))[0][0]) in w.frame and opener not in w.object_frame:
                nxt = _read_clause(tag_clause(_clause_head(parts[k + 1])), k + 2 == len(parts), w)
                if nxt.found and nxt.obj:  # 负责根据…的需要，|及时安排落实…的运输: what the support leads to
                    obj = nxt.obj
            return r.action, obj
    if cue in w.cue or cue in w.pivot:
        return cue, first_lead
    if cue in w.aim and parts:  # 争取|更好结果: no verb after the aim, the aim is the action; its object the clause
        return cue, _strip_object(tag_clause(_clause_head(parts[0])), w) or first_lead  # as written (not 结果)
    if cue and first_lead and (said := _modal_predicate(first_tags, w)) is not None:
        return said
    return "", first_lead


_PREDICATE_TAGS = frozenset(("l", "i", "a", "z", "vn", "an"))  # an idiom, a state or a verbal noun after a modal


def _modal_predicate(toks: Sequence[tuple[str, str]], w: Words) -> tuple[str, str] | None:
    """After a modal cue and no verb: the predicate jieba tags as an idiom, a state or a noun
    (要|一票否决, 要|配齐安保力量, 不能|走过场, 不能|急刹车, 决不能|松劲懈怠) is the action, the noun
    phrase after it the object; None when the clause opens otherwise (a frame, a party)."""
    i = 0
    while i < len(toks) - 1 and (toks[i][1] in ("d", "ad") or toks[i][0] in w.adverb
                                 or toks[i][1] == "m" and len(toks[i][0]) == 1):
        i += 1  # 多|设计…, 及时|…: an adverb before the predicate
    wd, f = toks[i] if toks else ("", "")
    if wd in w.possession and f[:1] == "v" and i + 1 < len(toks) and toks[i + 1][0] not in w.glue:
        return wd, _strip_object(toks[i + 1:], w)  # 应当|有|明显的执法标志: having is the predicate
    if not (f in _PREDICATE_TAGS or f[:1] == "n" and i == len(toks) - 1 and len(wd) > 1):
        return None
    j = i + 1
    while j < len(toks) and toks[j][1] in _PREDICATE_TAGS - {"vn"}:
        j += 1  # 松劲|懈怠: states in a row are one predicate
    rest = toks[j:] if j == len(toks) or toks[j][0] not in w.glue else ()  # 咬紧牙关、|攻坚克难: a second predicate
    return "".join(t for t, _ in toks[i:j]), _strip_object(rest, w)
