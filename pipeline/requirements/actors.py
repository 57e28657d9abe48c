"""Actors: who must act, as the clause names it.

An actor is the subject at the start of a clause — after discourse words (同时, 当前), a
reporting verb (指出), a pivot (要求) or an agent mark (由) — that ends in an actor head of
``models/actors.tsv`` (部门, 党委, 成员 …) or is an actor word by itself (我们), and is
followed by a predicate: a cue, an adverb or a verb (looked up in jieba's dictionary, no
segmentation).  ``各地区、各部门``, ``县级以上地方各级人民政府及国务院部门`` and
``各级党委（党组）`` come out whole.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ..resources import char_class, read_tsv
from .clauses import MASK
from .lexicon import ACTORS_FILE, actor_lexicon, cue_table
from .modality import announces
from .predicates import due_prefix_end
from .scan import (
    AGENT,
    FOLLOW,
    FRAME,
    HEAD,
    MODIFIER,
    PIVOT,
    QUANTIFIER,
    REPORT,
    SKIP,
    VERB,
    Scan,
)
from .tagging import dictionary, pos_at

_MAX_ACTOR = 26
_MAX_REMIT = 12  # characters from a government's name to the 的 of a unit named by its remit
_ROLE_GAP = 2  # characters between the opening verb and the head of a role (经营|管理|者)
_MAX_LIST = 100  # a list of names closed by 等 (各级机关、国有企事业单位、金融机构、…等), or of remits
# closed by 等 and a head (市场监管、发展改革、教育、…、统计等有关部门)
_FRAME_GAP = 4  # a preposition this close after a name opens a frame whose 的 is no relative clause
_METRIC_GAP = 4  # a measure this close after a name (城镇|调查失业率) makes the name part of it
_ZONE_NAME = 2  # the shortest zone name between 各 and its place head (各开发区)
_MAX_NOT_HEAD = 3  # the longest not_head word less its head (会议|室)
_MAX_BODY = 10  # a body's short name: 市住房城乡建设管理委
_MAX_BODY_WORD = 4  # the longest body word (管委会, 领导小组)
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff]+")
# remits listed before 等 and a head
_REMIT_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,10}、){2,}[\u4e00-\u9fff]{1,10}等")
_LIST_GLUE = char_class("actor_list_glue")  # joins names of a list: 劳工及福利局, 教育、卫生等部门
_NP_GLUE = char_class("actor_name_glue")  # after a head, the name goes on (地方各级人民政府)
_COORD = char_class("actor_coord")  # after a first name, a list follows
_KIND = char_class("actor_kind_suffix")  # 城市维护|类项目: a kind of thing, no party
_D10, _D100 = char_class("digits_1_10"), char_class("digits_1_100") + char_class("zeros")
_MARKER = re.compile(rf"(?:[{_D10}]+是|第[{_D10}]+[，,、]|第[{_D100}\d]+条\s*|[（(][{_D10}\d]+[）)]|"
                     rf"[{_D10}]+、|\d{{1,2}}[.．、](?!\d)|——|--)")  # markers passed over before a subject (-- is a
_MARKER_START = frozenset(_D10 + "第（(0123456789—-")  # scraped ——)
_PARTY_NAME_TAGS = ("ns", "nr", "nrt", "nz")  # a proper name after 鼓励/支持 and before its verb: a place encouraged
_PRED_TAGS = ("v", "d", "p", "c", "r", "t", "a", "i")  # i: an idiom as predicate (解放思想, 因地制宜)
_MODAL = ("obligation", "prohibition", "encouragement", "aim", "permission")


_ABBREVIATION_NOTE = re.compile(r"\s*[（(]\s*[“\"「『][^（()）]{1,20}[”\"」』]\s*[）)]\s*$")


def plain_name(name: str) -> str:
    """The actor's name without the note that defines its short form at its end (社會福利署(“社署”) → 社會福利署):
    the note names no other party, and a work ledger wants the name alone."""
    return _ABBREVIATION_NOTE.sub("", name) if name.endswith((")", "）")) else name


class ActorHit(NamedTuple):
    start: int
    end: int
    via: str  # subject, report, pivot, agent, ask (a pivot that tells its party to act: 请…, 要求…)
    follower: str = ""  # what comes after the name: "cue", "listed", "verb", "word" (see _follower)


def skip_prefix(sc: Scan, pos: int, end: int) -> int:
    """Past numbering markers, parenthetical notes and discourse words (同时, 当前, 特别是)
    at ``pos``; remembered per text (``Scan.skips``: four calls in ten ask a clause again)."""
    got = sc.skips.get((pos, end))
    if got is None:
        got = sc.skips[pos, end] = _skip_prefix(sc, pos, end)
    return got


def _skip_prefix(sc: Scan, pos: int, end: int) -> int:
    masked = sc.text
    while pos < end:
        n = sc.at(pos)[FOLLOW]  # 每年 before a deadline: 每年|3月底前|各省份…
        due = due_prefix_end(masked, pos + n, end)
        if due > pos + n:  # a deadline glued to the subject: 2019年6月底前|各省份要…
            pos = due
            continue
        if masked[pos] not in _MARKER_START and not sc.at(pos)[SKIP]:
            break
        if masked[pos] in "（(":  # a parenthetical note before the clause, or a stray bracket
            close = masked.find("）" if masked[pos] == "（" else ")", pos)
            pos = close + 1 if 0 < close < end and set(masked[pos + 1:close]) <= {MASK} else pos + 1
            continue
        m = _MARKER.match(masked, pos)
        if m:
            pos = m.end()
            continue
        n = sc.at(pos)[SKIP]
        if n and not sc.head_at(pos, n):
            pos += n
            continue
        break
    return pos


def _follower(sc: Scan, i: int, end: int) -> str:
    """What starts at ``i`` after a name: "cue", "listed" (a listed follower, frame or verb:
    每年, 按照, 负责), "verb" (a verb by the dictionary's tag, which may still be part of a
    longer name: 国务院|扶贫开发领导小组), "word" (another tag that opens a predicate), or ""
    when no predicate starts there."""
    if i >= end:
        return ""
    ch = sc.text[i]
    if ch in _NP_GLUE or ch == MASK:
        return ""
    c = sc.cue(i)
    if c and c[1].modality in _MODAL:
        return "cue"
    a = sc.at(i)
    n = max(a[FOLLOW], a[FRAME], a[VERB])
    w, tag = sc.word(i)
    if w in _projects() and (c := sc.cue(i + len(w))) is not None and c[1].asks:
        return ""  # 经济特区|建设|要…: the building of the zones is the topic, a measure
    if n and not sc.head_at(i, n) and (not (len(w) > n and (tag[:1] == "n" or n == 1 and tag[:1] == "l"))
                                        # not 县委|组织部, 幼儿园|覆盖率, 国务院|自由贸易…
                                        or _verb_word(sc, i + n, end)  # 负责|制定: not the noun 负责制
                                        or _crosses(sc, i + n, i + len(w))):  # 组织|学生: not the noun 组织学
        return "listed"
    if tag[:1] == "n" and len(w) > 2 and sc.text.startswith(actor_lexicon().glued_verbs, i):
        return "verb"  # 参加|国家: a verb that jieba glued to the next character (models/actors.tsv glued_verb)
    if tag and tag[0] in _PRED_TAGS and not sc.head_at(i, len(w)):
        if tag[0] == "v" and _duty_at(sc, i, end):
            return "listed"  # 各街道、镇作为…责任主体，负责…: a duty assignment
        return "verb" if tag[0] in ("v", "i") else "word"  # an idiom may still open a name: 国务院|扶贫开发领导小组
    if len(w) == 2 and tag in ("n", "vn") and not sc.head_at(i, 1) and not sc.head_at(i + 1, 1) \
            and not actor_lexicon().metric_regex.match(w) and w not in _projects() \
            and (c := sc.cue(i + 2)) is not None and c[1].asks:
        return "cue"  # 专利代理机构|收费应当…, 律师|执业不得…: the name's activity, then the cue (not 区|科委)
    return ""


def _listed_at(sc: Scan, i: int) -> bool:
    """A listed follower, frame or verb of two characters or more starts at ``i`` (根据, 按照, 负责)."""
    a = sc.at(i)
    return max(a[FOLLOW], a[FRAME], a[VERB]) > 1


def _crosses(sc: Scan, i: int, e: int) -> bool:
    """The dictionary word at ``i`` runs past ``e``: the word that ends at ``e`` is a mis-cut
    (组织学|生 read across 组织|学生)."""
    return i < e and i + len(sc.word(i)[0]) > e


def _verb_word(sc: Scan, i: int, end: int) -> bool:
    """A verb of two characters or more starts at ``i`` (listed, or so tagged by the
    dictionary): the word the dictionary joins across ``i`` (负责制, 会动) is a mis-cut."""
    if i >= end:
        return False
    a = sc.at(i)
    if max(a[FOLLOW], a[FRAME], a[VERB]) > 1:
        return True
    w, tag = sc.word(i)
    return len(w) > 1 and tag[:1] == "v"


def _duty_at(sc: Scan, i: int, end: int) -> bool:
    """A duty word at ``i`` (负责, 牵头), or 作为 whose clause (ending at ``end``) the next clause
    goes on with a duty word (X作为…的责任主体，负责…)."""
    lex = actor_lexicon()
    masked, duties = sc.text, lex.duties
    d = next((d for d in duties if masked.startswith(d, i)), None)
    if d is None:
        return False
    if d not in lex.duty_as:
        return True
    return masked[end:end + 1] in ("，", ",") and any(masked.startswith(x, end + 1) for x in duties - lex.duty_as)


def _ends_name(sc: Scan, i: int) -> bool:
    """A cue, a follower or a frame of two or more characters at ``i``: no name goes on
    past it (single-character prepositions also occur inside names)."""
    a = sc.at(i)
    if a[FOLLOW] or a[FRAME] > 1:
        return True
    c = sc.cue(i)
    return bool(c) and c[1].asks


def _speaker_will(masked: str, pos: int, hs: int, word: str) -> bool:
    """A word of its own (我, 我们) that opens the clause, glued by jieba to the auxiliary after it
    (我會親自督導…, a Hong Kong address: 我|会), unless a second auxiliary follows (我会将…: 我会 is
    then an association's name for itself)."""
    e = hs + len(word)
    return hs == pos and word in actor_lexicon().whole and announces(masked, word, e) == "will" \
        and not announces(masked, word, e + 1)


def _asks_at(sc: Scan, i: int) -> bool:
    """A cue that asks starts at ``i`` as a word of its own: not inside a head (负责人) nor the end
    of the word before it (相应, 供应)."""
    c = sc.cue(i)
    if c is None or not c[1].asks or sc.at(i)[HEAD]:
        return False
    return i == 0 or len(sc.word(i - 1)[0]) <= 1


def _copula_at(sc: Scan, i: int) -> bool:
    """A cue that states (是, 为) stands at ``i`` as a word of its own: no name holds it
    (《规划》是新区…的依据)."""
    c = sc.cue(i)
    return c is not None and c[1].modality == "state" and len(sc.word(i)[0]) == c[0] - i \
        and not any(j + len(w) >= i and (j + len(w) > i or t == "d")
                    for j in range(max(0, i - 3), i) for w, t in (sc.word(j),))  # not 特别|是, 或是


def _lone_follower(sc: Scan, a: int, i: int) -> bool:
    """A listed follower or frame of one character stands at ``i`` as a word of its own, inside a
    name that starts at ``a``: no name holds it (系统方案|经|专家评审后…: 经 opens the predicate)."""
    at = sc.at(i)
    if i <= a or max(at[FOLLOW], at[FRAME]) != 1 or len(sc.word(i)[0]) != 1 or sc.head_at(i, 1) or at[MODIFIER] \
            or sc.text[i] in _NP_GLUE or sc.text[i] in _LIST_GLUE:
        return False
    before = [(j, w, t) for j in range(max(a, i - 3), i) for w, t in (sc.word(j),)]
    if any(j + len(w) > i for j, w, _ in before):
        return False  # inside a longer word
    return any(j + len(w) == i and len(w) > 1 and t[:1] == "n" and not sc.head_at(j, len(w))
               for j, w, t in before)  # after a noun of its own (方案|经), not 国家级|经开区


def _blocks_extension(sc: Scan, a: int, b: int) -> bool:
    """Text between two heads that ends a name (see :func:`_ends_name`)."""
    return any(_ends_name(sc, i) for i in range(a, b))


@lru_cache(maxsize=None)
def _preposition_starts() -> frozenset[str]:
    """The first characters of the dictionary's words tagged "p" (the word ``pos_at`` finds
    at ``i`` starts with ``masked[i]``)."""
    return frozenset(w[0] for w, _ in dictionary().tagged("p") if w)


def _verb_inside(sc: Scan, a: int, i: int) -> bool:
    """A listed imperative verb or a preposition at ``i``, in a name that starts at ``a``: no
    name holds one (分行业建立年轻干部, 多在基层一线锻炼、艰苦地区) — unless the verb stands
    right before a head, inside the name or as a listed modifier (人力资源社会保障部门,
    市场监管部门)."""
    masked = sc.text
    if sc.at(i)[VERB] <= 1 and masked[i] not in _preposition_starts():
        return False  # no dictionary word tagged "p" starts here, and no listed verb: as below
    w, tag = sc.word(i)
    if tag == "p" and masked[i] not in _NP_GLUE and not sc.head_at(i, len(w)) and not sc.name_modifier(i) \
            and not _inside_word(sc, a, i):
        return True  # a preposition: 多在基层一线锻炼、艰苦地区…, 标准按照… (not a modifier: 重点用能|单位)
    n = sc.at(i)[VERB]
    lex = actor_lexicon()
    if n > 1 and _in_noun(sc, a, i, n):
        return False  # 市场|监管 inside the noun 市场监管 (市场监管领域有关部门)
    if _remit(sc, a, i):
        return False  # the remit of a body before 管理部门 …: 名镇保护|管理部门 (a cue must follow: _name_end)
    if i > a and n > 1 and masked.rfind("、", a, i) >= 0:
        w2, t2 = sc.word(i + n)
        if len(w2) > 1 and t2[:1] == "v" and sc.head_at(i + n + len(w2), 1):
            return False  # two verbs right before a head, in a later name of a list: …、京津冀协同|发展|领导小组
    if n > 1 and not sc.head_at(i, n) \
            and not (sc.head_at(i + n, 1) and (i > a or tag == "vn" or masked[i:i + n] in lex.modifiers)) \
            and not _modifier_run(sc, i) and not (i > a and _remit_body(sc, i + n)) \
            and not sc.name_modifier(i) > n:  # 重点|用能|单位; a longer modifier: 监督检查|人员
        return not any(h.start() < i < h.end() for h in lex.head_regex.finditer(masked, max(a, i - 4), i + n))
    return False


_REMIT_BREAK = "的，,、；;：:（("  # what no remit holds
_REMIT_GAP = 8  # characters of a remit's further verbs and nouns before its closer (…认定|管理|工作联席会议)


def _remit_body(sc: Scan, i: int) -> bool:
    """Within a name, the verbs at ``i`` run on to a closer of a body's remit and a head right after it
    (土地储备成本认定|管理工作|联席会议, 城市更新工作|领导小组): they name what the body works on."""
    masked = sc.text
    for w in _remit_ends():
        j = masked.find(w, i, i + _REMIT_GAP)
        if j >= 0 and sc.head_at(j + len(w), 2) and not any(c in _REMIT_BREAK for c in masked[i:j]):
            return True
    return False


@lru_cache(maxsize=None)
def _remit_ends() -> tuple[str, ...]:
    """Nouns that close a body's remit before its head (工作: ``remit_end`` rows of ``models/actors.tsv``)."""
    return tuple(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "remit_end")


def _modifier_run(sc: Scan, i: int) -> bool:
    """Two listed modifiers at ``i`` that a head follows (重点|用能|单位): a name, though the first
    one is a listed verb too (重点抓好…)."""
    n = sc.at(i)[MODIFIER]
    return n > 0 and sc.name_modifier(i + n) > 0


def _inside_word(sc: Scan, a: int, i: int) -> bool:
    """A fixed phrase of the dictionary (tag "l") that starts after ``a`` runs over ``i``: the
    character at ``i`` is part of it (自由|贸易 in 国务院自由贸易试验区…办公室), no preposition."""
    for j in range(max(a, i - 3), i):
        w, tag = sc.word(j)
        if j + len(w) > i and tag == "l":
            return True
    return False


def _in_noun(sc: Scan, a: int, i: int, n: int) -> bool:
    """The word ``masked[i:i + n]`` lies inside a noun of the dictionary that starts before it,
    within the name that starts at ``a`` (监管 in 市场监管)."""
    for j in range(max(a, i - 3), i):
        w, tag = sc.word(j)
        if j + len(w) >= i + n and tag[:1] == "n" and tag != "nr" and not sc.at(j)[VERB] \
                and pos_at(sc.text, j, i - j)[1] in ("n", "ns", "nt", "nz"):  # 市场|监管, not 教育|引导
            return True
    return False


def _remit(sc: Scan, a: int, i: int) -> bool:
    """A listed verb at ``i`` inside a name that starts at ``a``, right before a modifier that a
    head follows: the remit of a body (区文物保护|管理部门), not a verb phrase."""
    n = sc.at(i)[VERB]
    return n > 1 and i > a and sc.name_modifier(i + n) > 0


def subject(masked: str, start: int = 0, end: Optional[int] = None, *, topic_ok: bool = False) -> Optional[ActorHit]:
    """The actor named at the start of the clause ``masked[start:end]``, if any.

    ``topic_ok``: the clause is a bare topic (``没有疫情的地区，要…``) whose predicate opens
    the next clause."""
    return find_subject(Scan(masked), start, len(masked) if end is None else end, topic_ok=topic_ok)


def find_subject(sc: Scan, start: int, end: int, *, topic_ok: bool = False, party: bool = False,
                 pos: Optional[int] = None) -> Optional[ActorHit]:
    """:func:`subject` over a :class:`Scan`; ``pos``: ``skip_prefix(sc, start, end)`` when known;
    ``party``: the phrase after 鼓励/支持, whose name may be followed by any verb (after the
    verbs that may join the cue: 鼓励引导…, 鼓励、支持…), or be a noun phrase without a head
    (see :func:`_party_phrase`)."""
    if not party:
        return _singled_out(sc, _find_subject(sc, start, end, topic_ok, False, pos), end, topic_ok, False)
    p = _past_urges(sc, start, end)
    opener = next((len(o) for o in actor_lexicon().party_openers if sc.text.startswith(o, p)), 0)
    if opener and p + opener < end:  # 支持更多地区开展…: the party is read after the adverb, which stays in it
        got = find_subject(sc, p + opener, end, topic_ok=topic_ok, party=True)
        return ActorHit(p, got.end, got.via, got.follower) if got is not None and got.start == p + opener else None
    w, tag = sc.word(p)
    if tag in _PARTY_NAME_TAGS and not sc.head_at(p, 1) \
            and (e := _places_end(sc, p, end, _PARTY_NAME_TAGS)) < end and e > p and sc.word(e)[1][:1] in ("v", "d"):
        return ActorHit(p, e, "subject", "verb")  # 支持广州|实现…, 支持深圳、珠海|更好融入…: places encouraged to act
        # (支持宁德|打造…: jieba tags some place names as a person's or another proper name)
    got = _find_subject(sc, p, end, topic_ok, True, None)
    phrase = _party_phrase(sc, p, end)
    if got is None or phrase is not None and phrase.start == got.start < phrase.end < got.end \
            and sc.word(phrase.end)[1] == "v":
        got = phrase  # 支持外资|参与城市…, 鼓励执法人员|参加国家…: the party ends before its verb, not at a later head
    return _singled_out(sc, got, end, topic_ok, True) if got is not None else _party_list(sc, p, end)


@lru_cache(maxsize=None)
def _singling() -> tuple[str, ...]:
    """Words that single out a narrower party after a name (特别是, 尤其是: ``single_out`` rows)."""
    return tuple(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "single_out")


def _singled_out(sc: Scan, got: Optional[ActorHit], end: int, topic_ok: bool, party: bool) -> Optional[ActorHit]:
    """``got`` run on over the narrower party it singles out (国有企业|特别是中央企业|要…, 鼓励有关部队|特别是
    驻贫困地区部队|参与…): the text names both as one actor; ``got`` itself when no such party follows."""
    if got is None or not sc.text.startswith(_singling(), got.end):
        return got
    link = next(w for w in _singling() if sc.text.startswith(w, got.end))
    more = _find_subject(sc, got.end + len(link), end, topic_ok, party, None)
    if more is None or more.start != got.end + len(link):
        return got
    return ActorHit(got.start, more.end, got.via, more.follower)


def _role_name(sc: Scan, pos: int, end: int, n: int) -> Optional[ActorHit]:
    """A party of a regulation named by its role, which opens with a listed verb (保护|责任人应当…,
    经营|管理|者不得…): the verb, at most ``_ROLE_GAP`` more characters, a role word
    (``models/actors.tsv`` kind role), then at once a cue."""
    masked, roles = sc.text, actor_lexicon().roles
    if sc.head_at(pos, n):
        return None
    for hs in range(pos + n, min(end, pos + n + _ROLE_GAP + 1)):
        if masked[hs - 1] in "的、，" or not masked[hs - 1].isalpha():
            break
        for r in roles:
            e = hs + len(r)
            if masked.startswith(r, hs) and e < end and _follower(sc, e, end) == "cue":
                return ActorHit(pos, e, "subject", "cue")
    return None


def _places_end(sc: Scan, pos: int, end: int, tags: tuple[str, ...] = ("ns",)) -> int:
    """The end of a list of place names of the dictionary (深圳、珠海) that opens at ``pos``;
    ``tags``: the tags a name of the list may have."""
    e = pos
    while e < end:
        w, tag = sc.word(e)
        if tag not in tags or len(w) < 2 and tag != "ns" or sc.head_at(e, 1):
            break
        e += len(w)
        if e + 1 < end and sc.text[e] in _COORD and sc.word(e + 1)[1] in tags:
            e += 1
        else:
            break
    return e


def _party_list(sc: Scan, pos: int, end: int) -> Optional[ActorHit]:
    """The rest of the clause after 鼓励/支持 is a list of parties closed by 等, whose act opens the
    next clause (鼓励供销合作社、邮政和电商企业、批发市场等，整合…): the list, with a head in it."""
    masked = sc.text
    if end - pos < 4 or masked[end - 1] != "等" or "、" not in masked[pos:end] or end - pos > _MAX_LIST \
            or end >= len(masked) or masked[end] not in "，," or not sc.has_head(pos, end):
        return None
    return ActorHit(pos, end - 1, "subject", "listed")


@lru_cache(maxsize=None)
def _party_ends() -> tuple[str, ...]:
    """The words that may end a party encouraged: the heads and the party words."""
    lex = actor_lexicon()
    return tuple(sorted(lex.heads | lex.parties))


def _past_urges(sc: Scan, pos: int, end: int) -> int:
    """Past the verbs and glue that may stand between 鼓励/支持 and the party (引导, 和, 、)."""
    masked, urges = sc.text, actor_lexicon().urges
    moved = True
    while moved and pos < end:
        moved = False
        for w in urges:
            if masked.startswith(w, pos) and not sc.head_at(pos, len(w)):
                pos += len(w)
                moved = True
                break
    return pos


def _party_phrase(sc: Scan, pos: int, end: int) -> Optional[ActorHit]:
    """The party after 鼓励/支持 that no head ends: a run of dictionary nouns (公园, 社会资本,
    重点企业, 平潭口岸) that ends in a party word or a head and is followed by a predicate
    (a verb, an adverb, a preposition or an idiom) with more text after it.  A verb right
    after the cue (鼓励开展…) or a noun phrase that ends the clause (支持产品创新) gives none."""
    masked = sc.text
    if sc.at(pos)[VERB] >= len(sc.word(pos)[0]) > 0:
        return None  # 鼓励利用|文物建筑…, 支持和规范|社会力量…: a listed verb that jieba tags as a noun
    i, limit = pos, min(end, pos + _MAX_ACTOR)
    while i < limit:
        w, tag = sc.word(i)
        if masked[i] in _LIST_GLUE and w in ("", masked[i]) and masked[pos:i].endswith(_party_ends()):
            i += 1  # a list of parties: 社工、义工和志愿者
            continue
        if not w or not (tag[:1] == "n" and tag != "vn" or tag in ("b", "f", "s") or w in actor_lexicon().parties):
            break  # (a listed party word whatever jieba's tag: 雇主/v)
        i += len(w)
    if i == pos or i >= end or i >= limit or masked[i - 1] in _LIST_GLUE:
        return None
    name = masked[pos:i]
    if not name.endswith(_party_ends()) or any(sc.at(k)[HEAD] > i - k for k in range(max(pos, i - 4), i)):
        return None  # (社会|组织: the name would end inside a head)
    w, tag = sc.word(i)
    if not w or tag[:1] not in ("v", "d", "p", "i") or i + len(w) >= end:
        return None  # 公园|定期…, 平潭口岸|建设…: a verb (a verbal noun too) with its object after it
    return ActorHit(pos, i, "subject", "word")


def _find_subject(sc: Scan, start: int, end: int, topic_ok: bool, party: bool,
                  pos: Optional[int]) -> Optional[ActorHit]:
    """:func:`find_subject` for a name that ends in a head."""
    lex, masked = actor_lexicon(), sc.text
    if pos is None:
        pos = skip_prefix(sc, start, end)
    via = "subject"
    verb_head = False  # a dictionary verb (not a listed one) right before a head opens the clause: 快递|企业
    a = sc.at(pos)
    ask = _ask_at(masked, pos, lex.asks)
    if ask and not sc.head_at(pos, ask):
        via = "ask"  # 请各区…, 要求各地…: the party is told to act, an addressee
        pos += ask
        a = sc.at(pos)
    elif a[REPORT] or a[PIVOT] or a[AGENT]:
        for cls, name in ((REPORT, "report"), (PIVOT, "pivot"), (AGENT, "agent")):
            n = a[cls]
            if n and not sc.head_at(pos, n):
                via = name
                pos += n
                a = sc.at(pos)
                break
    if pos >= end:
        return None
    if a[QUANTIFIER]:
        return None
    if via == "subject" and (place := _place_subject(sc, pos, end)):
        return ActorHit(pos, place, via, "cue")
    if (m := _REMIT_LIST.match(masked, pos, end)) and (got := _name_end(sc, m.end(), end, topic_ok, party)) \
            and got[1] == "cue":
        return ActorHit(pos, got[0], via, got[1])  # 市场监管、发展改革、…、统计等有关部门要…
    if via == "subject" and (role := _role_noun(sc, pos, end)) is not None:
        return role  # 承租人应当…, 律师不得…
    if via == "subject" and masked.startswith(_passives(), pos) \
            and (passive := _passive_party(sc, pos, end, topic_ok)) is not None:
        return passive  # 被检查单位和个人应当…
    if not sc.has_head(pos, min(end, pos + _MAX_ACTOR)):
        # no actor head in reach: neither _name_end nor _relative (which look for heads in
        # masked[pos:min(end, pos + _MAX_ACTOR)] or a part of it) can find a name
        return None
    if via == "subject":
        w0, tag0 = sc.word(pos)
        for cls in (FRAME, VERB):
            n = a[cls]
            if n and not sc.head_at(pos, n) and sc.name_modifier(pos) < n and not _modifier_run(sc, pos) \
                    and not (n == 1 and len(w0) > 2 and tag0[:1] == "n") \
                    and not (n == 1 and tag0[:1] == "v" and cls == FRAME and len(w0) > 1
                             and (topic_ok or "的" in masked[pos:min(end, pos + _MAX_ACTOR)])):
                # 用人单位 is a name, 用…, 加强… are not; a topic may open with a verb that holds a frame's
                # character (从事海水养殖的养殖者，应当…);
                # nor is 自|贸试验区 (a noun of the dictionary opens the clause); after 鼓励/支持 a relative
                # clause may open with a listed verb (鼓励建设意愿强、基础条件好的园区…)
                if party or cls != VERB:
                    return _relative(sc, pos, end, True) if party and cls == VERB else None
                if (body := _bare_body_name(sc, pos, end)) is not None:
                    return body  # 规划资源部门负责…, 发展改革部门应当…: the listed verb is the body's remit
                role = _role_name(sc, pos, end, n)
                if role is None and "的" in masked[pos:min(end, pos + _MAX_ACTOR)] \
                        and (rel := _relative(sc, pos, end, False)) is not None and rel.follower == "cue":
                    return rel  # 落实属地管理的各区要…: a cue right after the name (组织…的部门|联合… is a verb phrase)
                return role
        c = sc.cue(pos)
        if c and c[1].modality != "none":
            return None
        w, tag = sc.word(pos)
        p = next((p for p in lex.persons if w.endswith(p) and len(w) > len(p)), None) if len(w) > 2 else None
        if p is not None:  # a dictionary word made of a verb and a person: 考察干部
            w, tag = pos_at(masked, pos, len(w) - len(p))
        d = _determiner_cut(w, tag)
        if d:  # the dictionary glued a determiner to the next character (各养|老服务机构): the name opens here
            w, tag = d, "r"
        mod = a[MODIFIER]
        if mod and not any(sc.head_at(pos + mod + k, 1) for k in range(3)):
            return None  # 帮扶就业困难人员 is a verb phrase; 帮扶干部, 驻村第一书记 are names
        if not mod and not sc.head_at(pos, len(w)):
            # a verb or preposition opens the clause (让…, 用…, 改进…, 宣传各地区…), unless the
            # clause is a topic with a relative clause (没有疫情的地区，要…) or a verbal noun
            # stands right before the head (管理部门)
            relative = topic_ok and "的" in masked[pos:end]
            nh = sc.at(pos + len(w))[HEAD]
            verb_head = tag.startswith("v") and tag != "vn" and nh > 0 \
                and masked[pos + len(w):pos + len(w) + nh] not in lex.persons  # 联系|群众: a verb and its object
            if tag in ("p", "d", "c", "ad") or (tag.startswith("v") and tag != "vn" and not relative and not verb_head):
                return _relative(sc, pos, end, party) if tag.startswith("v") else None
            nh = sc.at(pos + len(w))[HEAD]
            if tag == "vn" and not relative and masked[pos + len(w):pos + len(w) + 1] not in _LIST_GLUE and (
                    not nh or masked[pos + len(w):pos + len(w) + nh] in lex.persons):
                return _bare_body_name(sc, pos, end)  # 管理部门 and 教育、卫生等部门, not 考察干部; but a body
                # named by its remit before a cue or a duty word (发展改革部门应当…)
    if verb_head and (got := _name_end(sc, pos, end, topic_ok, party)) is not None \
            and got[1] not in (("cue", "listed") if party else ("cue",)) \
            and not (got[1] == "listed" and announces(masked, masked[pos:got[0]], got[0]) == "will"):
        return None  # a dictionary verb before a head names a party only before a cue (快递|企业要…), or after
        # 鼓励/支持 a listed follower (支持快递企业在…), or an announcing auxiliary (扶贫委员会|会借鉴…):
        # 帮助企业|解决困难, 带动企业在… are verb phrases
    if via in ("subject", "report") and masked[start:end].rstrip().endswith("的") and not topic_ok:
        return None  # a condition: 年轻干部配备未达比例要求的，… (but 纳税人接受…的，应当留存…: the party the
        # condition names is told what to do when a cue opens the next clause)
    got = _name_end(sc, pos, end, topic_ok, party)
    if got is None and via == "agent":  # 由省级人民政府|提出申请: after 由 the name's act may end the clause
        got = _name_end(sc, pos, end, topic_ok, True)
    if got is not None and _inside_phrase(sc, got, end, party):
        return None  # 城市|生活污水集中收集率…, 农村地区|接送学生的车辆要…: the name is part of the subject
    if got is None:
        got_rel = (_relative(sc, pos, end, party or via in ("pivot", "ask"), topic_ok, via == "agent")
                   if via in ("subject", "pivot", "ask", "agent") else None)  # (由原核准…的部门|责令…: a law's
        # body named by what it did)
        return ActorHit(got_rel.start, got_rel.end, via, got_rel.follower) if got_rel else None
    e = _remit_unit(sc, got[0], end) or got[0]
    return ActorHit(pos, _consult_cut(sc, pos, e) or e, via, got[1])


def _consult_cut(sc: Scan, pos: int, e: int) -> int:
    """Where a verb of consultation (``consult`` rows of ``models/actors.tsv``: 商), a word of its own,
    stands inside the name ``[pos, e)``: the party ends before it (由X商Y制定: X acts); else 0."""
    cons = _consults()
    if not cons or not any(c in sc.text[pos:e] for c in cons):
        return 0
    i = pos
    while i < e:  # along the dictionary's words (外商, 工商户 hold it inside a word)
        w = sc.word(i)[0]
        if not w:
            return 0
        if i > pos and w in cons:
            return i
        i += len(w)
    return 0


@lru_cache(maxsize=None)
def _passives() -> tuple[str, ...]:
    """Marks of the passive that open a law's party named by what is done to it (被: ``passive`` rows)."""
    return tuple(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "passive")


def _passive_party(sc: Scan, pos: int, end: int, topic_ok: bool) -> Optional[ActorHit]:
    """At a passive mark (被), a verb and a name ending in a head, then a cue or a listed follower: the party the
    verb is done to (被检查单位和个人应当…); None otherwise (被列为…的企业 is left to the other rules)."""
    i = pos + 1  # (a passive mark is one character: 被)
    h = next((i + len(w) for n in (3, 2, 1) if (wt := pos_at(sc.text, i, n))[1][:1] == "v"
              and sc.has_head(i + len(w := wt[0]), min(end, i + len(w) + 2))), -1)  # (not 检查单: 检查|单位)
    if h < 0:
        return None
    got = _name_end(sc, h, end, topic_ok)
    return ActorHit(pos, got[0], "subject", got[1]) if got is not None and got[1] in ("cue", "listed") else None


@lru_cache(maxsize=None)
def _consults() -> frozenset[str]:
    """Verbs of consultation that end a party's name (商: ``consult`` rows of ``models/actors.tsv``)."""
    return frozenset(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "consult")


def _remit_unit(sc: Scan, e: int, end: int) -> int:
    """The end of a unit a government names by its remit (…人民政府|管理专利工作的部门应当…): after a
    name ending in a ``remit_owner``, a verb, its object, 的 and a role word, then a cue or a listed
    follower; 0 when none."""
    masked, lex = sc.text, actor_lexicon()
    if not masked.endswith(lex.remit_owners, 0, e) or sc.word(e)[1][:1] != "v":
        return 0
    de = masked.find("的", e, min(end, e + _MAX_REMIT))
    if de < 0 or not masked[e:de].isalpha():
        return 0
    for r in lex.roles:
        if masked.startswith(r, de + 1) and _follower(sc, de + 1 + len(r), end) in ("cue", "listed"):
            return de + 1 + len(r)
    return 0


@lru_cache(maxsize=None)
def _projects() -> frozenset[str]:
    """Verbal nouns that, after a name, make the name their object, not their doer (经济特区|建设要…:
    the building of the zones, a measure; ``project`` rows of ``models/actors.tsv``)."""
    return frozenset(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "project")


@lru_cache(maxsize=None)
def _person_ends() -> tuple[str, ...]:
    """Last characters of a noun naming a person by role (承租|人, 驾驶|员: ``person_end`` rows of
    ``models/actors.tsv``)."""
    return tuple(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "person_end")


def _role_noun(sc: Scan, pos: int, end: int) -> Optional[ActorHit]:
    """A dictionary noun or fixed phrase naming a person by role (承租人, 律师, 从业人员) that opens the
    clause right before a cue: the party of a law told what to do (承租人应当按时支付租金), though no head
    ends it."""
    w, tag = sc.word(pos)
    if len(w) < 2 or not w.endswith(_person_ends()) or pos + len(w) >= end \
            or tag not in ("n", "l") and w not in actor_lexicon().parties:
        return None  # (a listed party word whatever jieba's tag: 雇主/v)
    c = sc.cue(pos + len(w))
    return ActorHit(pos, pos + len(w), "subject", "cue") if c is not None and c[1].modality in _MODAL else None


@lru_cache(maxsize=None)
def _distributives() -> tuple[str, ...]:
    """Determiners that make a whole place or zone name after them a party (各: 各自贸试验区,
    各经济开发区; ``distributive`` rows of ``models/actors.tsv``)."""
    return tuple(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "distributive")


@lru_cache(maxsize=None)
def _not_heads() -> tuple[str, ...]:
    """Words that end in an actor head but name no party (格局, 大局, 场所: ``not_head`` rows of
    ``models/actors.tsv``)."""
    return tuple(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "not_head")


@lru_cache(maxsize=None)
def unnamed_duties() -> frozenset[str]:
    """Objects of duties whose agent no text names (刑事责任: ``unnamed_duty`` rows of
    ``models/actors.tsv``): a clause without its own subject keeps no carried actor for them."""
    return frozenset(r["word"] for r in read_tsv(ACTORS_FILE) if r["kind"] == "unnamed_duty")


@lru_cache(maxsize=None)
def _agent_ends() -> frozenset[str]:
    """How a party's name after 由 may end besides an actor head (调入方, 承租人, 个人): the
    ``agent_end`` rows of ``models/responsibility.tsv``, which reads the same names for ``lead``."""
    return frozenset(r["word"] for r in read_tsv("responsibility.tsv") if r["kind"] == "agent_end")


def agent_party(sc: Scan, pos: int, end: int) -> Optional[ActorHit]:
    """After 由 inside a clause, past its topic (at ``pos``, past 由), a party that no head ends:
    dictionary words up to the first noun that ends in an agent ending (调入|方, 签订租赁住房合同的|承租人,
    其中|一方) right before
    a verb, an adverb or a preposition that more of the clause follows or that ends it
    (调运费用由调入方负担).  The law names its parties by their role or side; an agent mark says
    they act."""
    masked, ends = sc.text, _agent_ends()
    i, limit = pos, min(end, pos + _MAX_ACTOR)
    while i < limit:
        w, tag = sc.word(i)
        if not w or masked[i] in "，,；;：:" or masked[i] == MASK:
            return None
        e = i + len(w)
        if e >= end:
            return None
        if w[-1] in ends and tag[:1] in ("n", "r", "m") and tag != "vn":
            nw, ntag = sc.word(e)
            if nw and ntag[:1] in ("v", "p", "d") and ntag != "vn":
                return ActorHit(pos, e, "agent", "verb")
        i = e
    return None


def _place_subject(sc: Scan, pos: int, end: int) -> int:
    """The end of a place name of the dictionary (or a list of them: 广东、澜江) that a modal cue
    follows at once: the place addressed as a party, as speeches do (澜江要建设好…), else 0."""
    i = pos
    while i < end:
        w, tag = sc.word(i)
        if tag != "ns" or sc.head_at(i, 1):
            return 0
        i += len(w)
        if sc.text[i:i + 1] != "、":
            break
        i += 1
    c = sc.cue(i) if i < end else None
    return i if c and c[1].modality in _MODAL else 0


def _determiner_cut(w: str, tag: str) -> str:
    """The determiner (各, 本 …) that opens ``w`` when the dictionary took a determiner and the
    next character for a verb (各养 in 各养老服务机构), else ""."""
    if not tag.startswith("v"):
        return ""
    return next((d for d in actor_lexicon().determiners if w.startswith(d) and len(w) > len(d)), "")


def _ask_at(masked: str, pos: int, asks: frozenset[str]) -> int:
    """The length of a pivot at ``pos`` whose party is an addressee (请, 要求), else 0."""
    for w in asks:
        if masked.startswith(w, pos):
            return len(w)
    return 0


def _inside_phrase(sc: Scan, got: tuple[int, str], end: int, party: bool = False) -> bool:
    """The name that ends at ``got[0]`` is only part of the clause's subject: before the
    clause's first cue, a metric word follows it (城市生活污水集中收集率提高到…) or a 的 (农村地区
    接送学生的车辆要…) when the name is followed by a mere verb, or 的 and then a metric word
    whatever follows it (中小学每学期安排的安全教育课时不少于…)."""
    masked, (i, kind) = sc.text, got
    lex = actor_lexicon()
    if masked.startswith(tuple(lex.duties), i):
        return False  # 各街道作为…的责任主体，负责…: a duty assigned to the name
    nxt = i + len(sc.word(i)[0])
    if i < nxt < end and masked[nxt] in _KIND:
        return True  # 城市|维护类项目应…: the name and a verb name a kind of project, the subject
    de = masked.find("的", i, end)
    if de == end - 1 or any(sc.at(k)[FRAME] for k in range(i, min(de, i + _FRAME_GAP))):
        de = -1  # the 的 that closes a condition (纳税人接受…教育的，应当…) or lies in a frame's phrase
        # (X依职责在建设项目的设计方案…环节…), not a relative clause
    metric = lex.metric_regex.search(masked, i, end)
    if metric is None and lex.measures and masked.startswith(lex.measures, i):
        table = cue_table()  # a measure before a cue (…人均财政|补助标准要再提高…); without one the name may
        # still state its own act, and the statement would be lost with it
        return any(table.entry(m.group()).asks for m in table.regex.finditer(masked, i, end))
    if metric is None and (de < 0 or kind not in ("verb", "word")):
        return False  # the common case, decided without looking for the cue
    table = cue_table()
    stop = next((m.start() for m in table.regex.finditer(masked, i, end) if table.entry(m.group()).asks), end)
    if kind == "cue" and metric is not None and _weak_verb_of_measure(sc, i, de, metric.start(), end):
        return True  # “四化”等政府投资基金|支持…项目的资金占比不低于…: the weak cue is a verb inside a measure
    if de >= stop or party and stop == end and not sc.has_head(de + 1, min(end, de + 1 + _MAX_ACTOR)):
        de = -1  # after 鼓励/支持 with no cue after it, a 的 that no head follows lies in the object
        # (鼓励各方主体|参与…名镇的保护利用), not in a longer name (a statement's subject is left as it was:
        # 中央财政|大幅增加…的投入，地方财政也要… stays one requirement)
    if metric is not None and metric.start() >= stop:
        metric = None
    copula = (c := sc.cue(i)) is not None and c[1].modality == "state"  # 党员干部是…的…
    if kind in ("verb", "word") and (metric is not None or (de >= 0 and not copula)):
        return True
    if metric is not None and de < 0 and metric.start() - i <= _METRIC_GAP and "，" not in masked[i:metric.start()]:
        return True  # 城镇|调查失业率…: a listed verb, then at once a measure
    return de >= 0 and lex.metric_regex.search(masked, de, stop) is not None


def _weak_verb_of_measure(sc: Scan, i: int, de: int, metric: int, end: int) -> bool:
    """The weak cue at ``i`` (支持, 坚持: also plain verbs) opens a relative clause that a 的 at ``de`` closes
    before the metric word at ``metric``, with no comma and no other cue in between: the name before it is
    part of a measure's name (财政|支持科技的资金占比…), the statement's subject, no party."""
    c = sc.cue(i)
    if c is None or not c[1].weak or not 0 <= de < metric or "，" in sc.text[i:metric]:
        return False
    table = cue_table()
    return not any(table.entry(m.group()).asks for m in table.regex.finditer(sc.text, c[0], metric))


def _relative(sc: Scan, pos: int, end: int, party: bool, topic_ok: bool = False,
              agent: bool = False) -> Optional[ActorHit]:
    """A name after a relative clause that opens with a verb the lexicon does not list as an
    imperative: 没有登记的外来人员一律不得…, (鼓励)有条件的学校引入…  The name must be followed
    by a cue or a follower (一律, 每年; for a ``party`` after 鼓励/支持, by any predicate), or, with
    ``topic_ok``, end the clause whose cue opens the next (从事海水养殖的养殖者，应当…); the actor is
    the whole phrase.  ``agent``: after 由 the name's act follows (由原核准…的部门责令…)."""
    masked = sc.text
    limit = min(end, pos + _MAX_ACTOR)
    de = masked.find("的", pos, limit)
    if de < 0 or de + 1 >= end or not sc.has_head(de + 1, limit) \
            or any(_ends_name(sc, i) for i in range(pos, de)):
        return None
    got = _name_end(sc, de + 1, end, topic_ok, party or agent, loose=party)
    if got is None or not (party or agent or got[1] == "cue" or sc.at(got[0])[FOLLOW]):
        return None
    return ActorHit(pos, got[0], "subject", got[1])


def _governs(sc: Scan, pos: int, hs: int, e: int) -> bool:
    """The place head at ``hs`` (区, 市, 城市) names a government: it opens the name, follows a
    determiner (各区, 本市, 全县, 有关省), a relative clause (…的园区) or another name of a list
    (各街道、镇), or ends a place name of
    the dictionary (黄浦区, 浦东新区)."""
    masked = sc.text
    if hs == pos or masked[hs - 1] in "的、" or masked[pos - 1:pos] == "的" \
            or masked.endswith(tuple(actor_lexicon().determiners), pos, hs):
        return True  # 各区, 有关省（市）, 纳入名单的园区 (a relative clause picks out parties)
    member = max(pos, max(masked.rfind(g, pos, hs) for g in _LIST_GLUE) + 1)
    d = next((d for d in _distributives() if masked.startswith(d, member, hs)), "")
    if d and hs - member - len(d) >= _ZONE_NAME:
        return True  # 各有关地区、各自贸试验区: each of the zones, addressed (各园|区 is no zone name)
    for j in range(max(pos, hs - 4), hs):
        w, tag = sc.word(j)
        if j + len(w) == e and tag == "ns":
            return True
    return False


def _body_name(masked: str, pos: int, hs: int) -> bool:
    """``masked[pos:hs]`` opens the short name of a government body that a unit ending at
    ``hs`` closes: a place character and a few more, no punctuation (市住房城乡建设管理|委,
    区规划资源|局, 区发展改革|委) — a verb inside it (建设, 发展) is part of the name."""
    return 1 <= hs - pos <= _MAX_BODY and masked[pos] in _body_starts() \
        and _NAME_CHARS.fullmatch(masked, pos, hs) is not None


def _bare_body(sc: Scan, pos: int, hs: int, word: str, end: int) -> bool:
    """``masked[pos:hs]`` names a body's remit with no place before it (规划资源|部门, 发展改革|部门,
    住房城乡建设管理|部门), read as a name only where a cue or a duty word follows the unit
    (…部门负责…, …部门应当…; not 建立…部门牵头的制度): a verb opening it is part of the name, not an
    imperative.  A body word of one character (局, 委) never: …改革|局 may well be a verb's object."""
    if len(word) < 2 or not 2 <= hs - pos <= _MAX_BODY or _NAME_CHARS.fullmatch(sc.text, pos, hs) is None:
        return False
    e = hs + len(word)
    c = sc.cue(e)
    if c is not None:
        return c[1].modality in _MODAL
    d = next((d for d in actor_lexicon().duties if sc.text.startswith(d, e)), "")
    return bool(d) and sc.text[e + len(d):e + len(d) + 1] != "的" and _duty_at(sc, e, end)  # not …部门牵头的制度


def _bare_body_name(sc: Scan, pos: int, end: int) -> Optional[ActorHit]:
    """The name of a body with no place before it that opens with a listed verb, its remit
    (规划资源部门负责…): the first head in reach that is a body word and :func:`_bare_body`."""
    bodies = actor_lexicon().bodies
    for hs, word in sc.heads(pos + 2, min(end, pos + _MAX_BODY + _MAX_BODY_WORD)):
        if word in bodies and _bare_body(sc, pos, hs, word, end):
            e = hs + len(word)
            return ActorHit(pos, e, "subject", "cue" if sc.cue(e) is not None else "listed")
    return None


@lru_cache(maxsize=None)
def _body_starts() -> frozenset[str]:
    """The single-character place heads (区, 市, 县 …) that open a body's short name."""
    return frozenset(w for w in actor_lexicon().places if len(w) == 1)


def _name_end(sc: Scan, pos: int, end: int, topic_ok: bool, party: bool = False,
              loose: bool = False) -> Optional[tuple[int, str]]:
    """Where the name that starts at ``pos`` ends (after a head, before its predicate) and what
    follows it (see :func:`_follower`); None when no name ends there.  ``party``: the name
    after 鼓励/支持, which a word that ends the clause may follow (鼓励…青年|创业), or
    with ``loose`` (after a relative clause: 有条件的乡镇|先行试点) any word."""
    lex, masked = actor_lexicon(), sc.text
    limit = min(end, pos + _MAX_ACTOR)
    best: Optional[int] = None
    best_kind = ""
    extendable = True
    first_glued = False
    checked = pos  # positions before this hold no verb (see _verb_inside)
    remit = False  # a body's remit lies inside the name (see _remit)
    head_end = -1  # where the last head read ends
    for hs, word in sc.heads(pos, limit):  # every start, so 财政部|门 still finds 部门
        if best is not None and (not extendable or _blocks_extension(sc, best, hs)):
            break
        if word in lex.whole and hs != pos and not (hs == head_end and masked[hs] in lex.determiners):
            continue  # (各地区各部门|各方面: a whole word opened by 各 right after a head goes on with the list)
        if masked.endswith(_not_heads(), max(pos, hs - _MAX_NOT_HEAD), hs + len(word)):
            continue  # 生态网络格局, 公共场所: a word that only ends in a head
        body = word in lex.bodies and (_body_name(masked, pos, hs) or _bare_body(sc, pos, hs, word, end))
        if len(sc.word(hs)[0]) > len(word) and not (body and _follower(sc, hs + len(word), end)) \
                and not _listed_at(sc, hs + len(word)) \
                and not _speaker_will(masked, pos, hs, word):
            continue  # part of a longer word: 组织部|长, 政府|网, 县|级 (not 区发展改革委|会同, nor the
            # mis-cut 单位根|据 when a listed word of two characters starts after the head: 单位|根据)
        if not party and word in lex.places and not _governs(sc, pos, hs, hs + len(word)):
            extendable = best is None  # a place past a name ends it: X|接到国家…指挥部通知后 (the verb's object)
            continue  # a place or an area (零碳工业园区, 计划建成区), not its government
        verb = False
        for i in range(checked, hs):
            if masked[i].isdigit() or _asks_at(sc, i) or _copula_at(sc, i) or _lone_follower(sc, pos, i) \
                    or masked.startswith(lex.breakers, i) or (not body and _verb_inside(sc, pos, i)) \
                    or (i > pos and masked.startswith(lex.glued_verbs, i)):
                # no name holds a number or a cue (这个问题|必须|引起全党同志…), nor a verb that jieba glued
                # to the next character (…人员|参加国家…: the dictionary's 参加国 is a noun)
                verb = True
                break
            remit = remit or (not body and _remit(sc, pos, i))
        if verb:
            break
        checked = max(checked, hs)
        e = hs + len(word)
        head_end = e if word not in lex.whole else -1  # (我们|全党: a pronoun opens no list)
        if e < end and masked[e] in "（(":  # 各级党委（党组）
            close = masked.find("）" if masked[e] == "（" else ")", e)
            if 0 < close < end:
                e = close + 1
        if best is None and not first_glued and e < end and masked[e] in _COORD:
            first_glued = True
        kind = "cue" if (e >= end and topic_ok) else _follower(sc, e, end)
        if remit and kind != "cue":
            kind = ""  # a name with a body's remit inside is read only before a cue (…后报市住房城乡建设管理委备案)
        if not kind and party and e < end and (loose or len(sc.word(e)[0]) == end - e) \
                and masked[e] not in _NP_GLUE and masked[e] != MASK and not sc.head_at(e, 1):
            kind = "word"  # 鼓励…青年|创业: one word ends the clause; after a relative clause, any word
        if kind:
            best, best_kind = e, kind
            extendable = (kind == "verb" and not sc.at(e)[VERB] and not (party and sc.word(e)[1] == "v")
                          or word in lex.places and kind == "listed") \
                and not loose  # 区|建设管理委, 各区|建设管理部门: a body's remit after its place; after 鼓励/支持
            # a plain verb after the party is its act (支持退役军人|进入|职业院校…, 鼓励人员|参加|国家…考试)
        elif best is not None and masked[e:e + 1] not in _NP_GLUE and word not in lex.places:
            extendable = False  # past a verb, a name with no predicate is its object: X|接到|Y指挥部|通知后
    if best is None and first_glued:  # a list: 政务新媒体、政府网站、政务热线等应…
        for i in range(pos + 1, min(end, pos + _MAX_LIST)):
            if masked[i] in "，,":
                break
            kind = _follower(sc, i, end) if masked[i - 1] == "等" else ""
            if kind in ("cue", "listed", "word"):
                best, best_kind = i, kind
                break
            if masked[i - 1] == "等" and (after := _name_end(sc, i, end, topic_ok, party)) is not None \
                    and after[1] in ("cue", "listed"):
                best, best_kind = after  # the list closed by 等 and the heads that sum it up: …、财政部等部门要…
                break
            if _ends_name(sc, i):
                break
    if best is None:
        return None
    if masked[best - 1] == "等":
        best -= 1
    return best, best_kind


def addresses(sc: Scan, hit: Optional[ActorHit], end: int) -> bool:
    """The named party of a requirement without a cue is an addressee all the same: a pivot
    told it to act (请各区…), an agent mark names it (由X负责…), or a duty word assigns it a
    task (X负责…, X牵头…, X作为…责任主体，负责…) — ``end``: where the requirement ends."""
    if hit is None:
        return False
    if hit.via in ("ask", "agent"):
        return True
    if hit.via != "subject":
        return False
    masked, duties = sc.text, actor_lexicon().duties
    pos = hit.end
    while pos < end and (n := sc.at(pos)[FOLLOW]) and not any(masked.startswith(d, pos) for d in duties):
        pos += n  # 也, 都, 主要 …
    comma = min((k for k in (masked.find("，", pos, end), masked.find(",", pos, end)) if k >= 0), default=end)
    return _duty_at(sc, pos, comma)


