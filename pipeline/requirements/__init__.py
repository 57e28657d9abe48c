"""The requirement stage: sentences and clauses that ask for action.

``find_requirements(text, sentences=…, directives=…, quantities=…)`` yields one
:class:`~pipeline.records.Requirement` per unit (a sentence cut at 。！？；) that asks for
action, or per clause group where a unit holds clauses with another actor or another kind
of cue.  Detection needs only the lexicons of ``models/`` (cues.tsv, actors.tsv,
openers.tsv) and jieba's dictionary: positions are looked up, never segmented
(:mod:`.scan`); only the predicate's first clauses are cut into tagged words, for
``action`` and ``object`` (:mod:`.verbphrase`).  Responsibility notes and clauses give
``lead``, ``partners``, ``supervisor`` and ``deadline`` (:mod:`.responsibility`, flattened
task tables through :mod:`.tables`); what only looks like a requirement is left out
(:mod:`.nonreq`).  The stage is linear in the text.

What counts:

* a clause group with a modal cue (要, 必须, 不得, 鼓励, 力争 …; ``models/cues.tsv``), unless
  the sentence only reports, hopes or describes (希望, 应看到, 目的就是) or a permission
  (可, 可以) comes first; a heading counts only with a cue;
* inside the body of a numbered item (not its heading), a group without a cue that is an
  imperative (拓宽视野，广开渠道，…) or that states what a named actor does or will do
  (领导班子成员每年至少…, 省政府将…) — provided nothing in it reports the past or
  describes a state (了, 已, 去年, 是, 存在 …), and the section does not review the past;
* a group holding a target of the quantities stage (role "target"), unless it reports the
  past: an obligation in the body of a numbered item, an aim outside items;
* a part of a list of expected targets (…主要预期目标是：…；…), an aim even without a number.

The actor is the one the group names (for 鼓励/支持 X…, X); else it is carried by the rule
of :mod:`.carry` (the sentence's preceding requirement, the paragraph's latest addressee in
the item, the lead of the item), the same rule as the annotation of ``corpora/README.md``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from operator import attrgetter
from typing import Callable, Iterator, Optional, Sequence

from ..deadlines import (OPEN, ends_before, fiscal_modifier, fiscal_year, list_year, month_span, name_year,
                         section_plan, words as deadline_words)
from ..records import Directive, Quantity, Requirement, Sentence, evolve
from ..resources import char_class, read_lines
from ..script import as_written, fold, t2s_unchanged
from ..structure.sentences import MAX_SENTENCE
from .actors import ActorHit, addresses, agent_party, find_subject, plain_name, skip_prefix, subject, unnamed_duties
from .carry import Carrier, announced_list
from .clauses import Clause, Tree, Unit, clauses, looks_retrospective, mask, masked_units, tree
from .lexicon import actor_lexicon, clause_words, openers, trie_pattern
from .modality import (CueHit, announcements, announces, may_announce, bare_entry, classify, cues, in_modifier,
                       target_entry)
from .nonreq import (ReviewRun, announces_list, condition_list, drop_intro, forward_heading, report_intro,
                     series_reviews, skip_group, skip_unit)
from .predicates import action_object, deadline_in, due_prefix_end, opening, opens_with_deadline, year_only
from .responsibility import (Item, Responsibility, clause_note, cut_spans, find_notes, mask_spans, normalize_deadline,
                             note_spans)
from .scan import AGENT, FOLLOW, FRAME, VERB, Scan
from .tables import CellIndex, cut_spans as table_spans, find_grids, row_scopes, titled_scopes
from .verbphrase import duty_cues, ends_in_time, object_frames, runs_over_verb, verb_cues

__all__ = ["find_requirements", "classify", "subject", "action_object", "deadline_in"]

_MODAL = ("obligation", "prohibition", "encouragement", "aim", "permission")
_NP_GLUE = tuple(char_class("clause_np_glue"))
_FRAMES = ("frame", "deadline", "condition", "topic")  # "topic": a condition ending in 的 (…的，由X责令…)
_IDIOM = 4  # a clause this short without a name, before an imperative, is a set phrase
_PREP_CHARS = tuple(char_class("clause_prep"))
_COPULA = char_class("clause_copula")  # 是 before a cue inside a modifier (这是争取…的措施)
_SENTENCE_ENDS = "。！？!?\n"
_HEADING_LINE = 20  # the longest line read as a heading without a number
_RUN_IN_TITLE = 8  # the longest unnumbered run-in title (维护国家安全。…)
_SLOGAN = 12  # the longest slogan heading the tasks after it (“+文旅”彰显城市魅力，…)
_FIELD_NAME = 4  # a line this short alone in its item names a field of a plan (组织保障, 实施步骤), not a task
_GLUED_HEADING = 4  # the longest heading read at a line's end after a sentence (…参与。安老⏎)
_COMMA = re.compile("[，,：:；;]")
_COLONS = ("：", ":")
_SPACES = re.compile(r"\s+")
_FROM_TO = re.compile(trie_pattern(clause_words("change")))  # 由X向Y, 由X转为Y: a change, not an agent
_TOPIC_ENDS = clause_words("topic_end")  # a clause ending so is a topic frame (长者的医疗服务方面，…)
_CLAUSE_PUNCT = "，,；;：:、 "  # what may close a clause's span before the next
_DE_HEAD = 5  # at most so many characters after a 的 to the clause's end: a verbal noun it modifies
_TOPIC = 12  # the longest noun clause read as the topic before a cue's clause (脱贫攻坚这场仗，必须打赢)
_LABEL = 10  # the longest name read as a label before a colon (某某片区：…) or a topic (城区方面，…)
_ANNOUNCER = 24  # the longest name before an announcing auxiliary (a sub-committee of 19: 扶貧委員會的…專責小組)
_PARTY = 10  # how far after 鼓励/支持 a party's head is looked for
_NAME_TAGS = ("ns", "nr", "nrt", "nt")  # proper names: a place, a person, a body — no thing
_THING = 24  # the longest subject naming a thing before its task (骨干河道、主干道路等两侧生态林带)
_CLOSER = 4  # the longest word that closes a frame's phrase (过程中, 基础上)
_OBJECT_FRAMES = clause_words("spanning_frame")  # their phrase may run over several clauses
_ABILITY = clause_words("ability_pivot")  # 让/使/以便 …可以: the party's ability, no permission
_PAIR_OPENERS = frozenset(clause_words("pair_opener"))  # 既要…更要…: the verb clause before is their topic
_THEN_OPENERS = frozenset(clause_words("then_opener"))  # X要Y，就要Z: the first 要 states Z's condition
_THEN_REACH = 2  # the clauses after a cue's own looked at for 就要 (X要Y，走向…，就要Z)
_THEN_FIRST = frozenset(w[:1] for w in _THEN_OPENERS)
_MODALITY = attrgetter("modality")


@dataclass(slots=True)
class _ClauseInfo:
    clause: Clause
    hits: list[CueHit]
    past: bool
    state: bool
    narrative: bool
    opens: str  # "cue", "frame", "deadline", "condition", "verb" or ""
    opens_with_verb_frame: bool  # a frame that is an imperative verb too (立足…)
    opens_described: bool  # the clause opens with a past or state word (是…, 已…)
    in_frame: bool  # the clause goes on with the phrase of an object frame (对那些…，…的干部，)
    verb_at: Optional[int]  # in a clause opening with an object frame: the listed verb after the object
    actor: Optional[ActorHit]
    modal: Optional[CueHit]  # first cue that asks or permits (weak cues only where they count)
    open_modal: Optional[CueHit]  # that cue when it opens the clause (after the actor)
    only_skipped: bool = False  # nothing but discourse words (当前，…)
    frame_verb: bool = False  # a scene frame whose clause goes on with its verb (按程序建立…, 向X发放…)
    label: bool = False  # a bare name before a colon or a topic ending in 方面 (某某片区：…, 城区方面，…)
    thing_verb: bool = False  # a thing named as subject, then its task (产业发展类项目融合…: _subject_verb)
    year: bool = False  # the clause is a year alone (2027年，制定…)
    tail_described: bool = False  # after an object frame's phrase, the predicate reports or describes (…的人都是…)


@dataclass(slots=True)
class _Group:
    items: list[_ClauseInfo] = field(default_factory=list)

    @property
    def modal(self) -> Optional[CueHit]:
        for c in self.items:
            if c.modal:
                return c.modal
        return None

    @property
    def actor(self) -> Optional[ActorHit]:
        """The first actor named; a pivot's party (要求X…, 让X…, 鼓励X…) only in the group's first
        clause after its frames or in the clause of its cue (…，让长期扎根基层的同志看到奔头
        states a purpose)."""
        items = self.items
        for c in items:  # the common case first: no actor named
            if c.actor is not None:
                break
        else:
            return None
        m = self.modal
        first = 0
        for k, c in enumerate(items):
            if c.opens not in _FRAMES and not c.in_frame:
                first = k
                break
        for k, c in enumerate(items):
            a = c.actor
            if a is not None and (a.via != "pivot" or k <= first or (m is not None and c.modal is m)):
                return a
        return None

    @property
    def imperative(self) -> bool:
        items = self.items
        k = 0
        while k + 1 < len(items) and (items[k].only_skipped or items[k].label):
            k += 1  # 同时，将服务扩展至…; 城区方面，…; 某某片区：推进…: past discourse words, a topic, a label
        first = items[k]
        if first.opens == "verb" or first.frame_verb:
            return True
        if first.opens == "" and first.actor is None and len(items) > k + 1 and items[k + 1].opens == "verb" \
                and first.clause.end - first.clause.start <= _IDIOM and not first.only_skipped:
            return True  # 多措并举，加强…; 因地制宜，推进…
        if first.opens == "deadline":  # 到2020年，基本建成…; 2019年6月底前，研究建立…
            return len(items) > k + 1
        if first.opens == "" and len(items) > k + 1 and items[k + 1].opens == "verb" \
                and first.year:
            return True  # 2027年，制定出台…: a year alone, then the task
        if first.opens not in ("frame", "topic"):
            return False
        after = next((c for c in items[k + 1:] if not c.in_frame and c.opens not in _FRAMES), None)
        if after is None:  # …的，比照本办法规定执行: a later frame that goes on with its verb
            later = any(c.frame_verb and not (c.past or c.state) for c in items[k + 1:])
            return first.opens_with_verb_frame or first.verb_at is not None or (later and not _permits(items))
        return first.opens_with_verb_frame or after.opens in ("verb", "cue")

    def states_actor(self) -> bool:
        """The group opens (after its frames) with a named actor: 领导班子成员每年至少…"""
        if self.items[0].opens == "condition":  # 只有严管没有厚爱，干部就会…: a description; but a case, then
            # the party that acts in it (如果…，由省级指挥部提请…): a provision
            return any(c.actor is not None and c.actor.via == "agent" for c in self.items[1:])
        rest = [c for c in self.items if c.opens not in _FRAMES and not c.in_frame]
        first = rest[0] if rest else None
        if first is not None and first.actor is None and first.opens == "" and first.modal is None:
            for c in rest[1:]:  # a topic (and scenes naming no one), then its agent: 具体办法，由市交通局另行制定;
                # 验收合格后，由X组织…; 后一阶段，项目移交后，由X报送…
                if c.actor is not None:
                    return c.actor.via == "agent"
                if c.opens != "" or c.modal is not None:
                    break
            return False
        if first is None or first.actor is None:
            return False
        # the name is followed by a listed word (每年, 负责, 按照, 将 …) or marked (由…, 明确…)
        if first.actor.via != "subject" or first.actor.follower in ("cue", "listed"):
            return True
        # …or its clause is the case of a later agent (纳税人取得经营所得，由纳税人…报送…)
        return any(c.actor is not None and c.actor.via == "agent" for c in rest[1:])

    def described(self) -> bool:
        """Something in the group reports the past or describes a state, so that without a
        cue it is no requirement: the actor's clause, the first clause after the frames, or
        the opening word of any clause."""
        if any(c.opens_described for c in self.items if c.opens != "topic"):
            return True
        for k, c in enumerate(self.items):
            if c.actor is not None:  # …; a later clause that reports what it did (…，为…提供了支撑)
                return c.past or c.state or any(x.past for x in self.items[k + 1:] if not x.in_frame)
        # an imperative: no clause outside an object frame (对…的问题) may describe, nor may the
        # predicate after the phrase of such a frame (凡是…的科学家|都是凭借…)
        return any((c.past or c.state) for c in self.items if not (c.in_frame or c.verb_at is not None
                                                                     or c.opens in ("frame", "topic"))) \
            or any(c.tail_described for c in self.items)

    @property
    def kind(self) -> Optional[str]:
        m = self.modal
        if m:
            return m.modality
        return "obligation" if self.imperative else None

    @property
    def complete(self) -> bool:
        """Whether a clause naming another actor starts a new group (else it joins this one:
        遵循干部成长规律，市县要…)."""
        return bool(self.modal or self.actor or self.items[0].opens == "verb")

    @property
    def past(self) -> bool:
        return any(c.past for c in self.items)

    @property
    def start(self) -> int:
        return self.items[0].clause.start

    @property
    def end(self) -> int:
        return self.items[-1].clause.end


def _analyse(sc: Scan, cl: list[Clause], unit_hits: Sequence[CueHit], *, weak_ok: bool) -> list[_ClauseInfo]:
    masked = sc.text
    at = sc.at
    out: list[_ClauseInfo] = []
    starts = [skip_prefix(sc, c.start, c.end) for c in cl]
    opens = [opening(sc, p, c.end) for p, c in zip(starts, cl)]
    all_hits: list[list[CueHit]] = [[] for _ in cl]
    voiding = []  # positions of markers that void a weak cue after them in the unit (not the weak 是)
    k = 0
    for h in unit_hits:  # both sorted: each hit to its clause
        while k < len(cl) and cl[k].end <= h.start:
            k += 1
        if k == len(cl):
            break
        if cl[k].start <= h.start and h.end <= cl[k].end:
            all_hits[k].append(h)
            if h.modality == "past" or (h.modality == "state" and not h.entry.weak):
                voiding.append(h.start)
    in_object_frame = False
    verbs = openers().by_class["verb"]
    frame_verbs = openers().by_class.get("frame_verb", frozenset())
    manners = openers().by_class.get("manner", frozenset())
    purposes = openers().by_class.get("purpose", frozenset())
    topics = _topics(masked, cl, all_hits)
    for k, c in enumerate(cl):
        hits = all_hits[k]
        p, opens_k = starts[k], opens[k]
        if topics[0] <= k < topics[1] and opens_k != "cue" and (opens_k != "verb" or masked[c.end - 1] == "的"):
            opens_k = "topic"  # an imperative before the condition stays one (放宽…，新设立…的，…)
        a = at(p)
        frame_len = a[FRAME]
        verb_at = None
        frame_verb = False
        object_frame = frame_len and masked[p:p + frame_len] in _OBJECT_FRAMES
        if object_frame and opens_k == "frame":
            # 对…的业务人员实行尽职免责: the verb after the object; what precedes it describes the object
            verb_at = _listed_verb(sc, p + frame_len, c.end)
            if verb_at is not None and masked[verb_at - 1] == "的" and verb_at + at(verb_at)[VERB] == c.end:
                verb_at = None  # 对特定领域的抽查: a verb between 的 and the clause's end is a noun, the phrase's head
        elif opens_k == "frame" and frame_len and masked[p:p + frame_len] in frame_verbs \
                and not frame_closers().search(masked, max(p, c.end - _CLOSER), c.end):
            # 按程序建立…制度, 向…的人士发放…, 按照…标准执行: the frame's phrase, then the clause's verb
            # the verb after the frame's object, which ends at its last 的 (向领取津贴的人士发放…)
            last_de = masked.rfind("的", p + frame_len, c.end)
            verb_at = next((i for i in range(max(p + frame_len + 1, last_de + 1), c.end - 1) if _verb_at(sc, i)), None)
            if verb_at is None and last_de >= 0 and not _verb_at(sc, p + frame_len):
                # 从…高度深刻认识…的重要性: a listed verb before the 的; not where a verb opens the frame's
                # phrase (在实行…控制的海域: a relative clause before its noun, the scene only)
                verb_at = next((i for i in range(p + frame_len + 1, last_de) if at(i)[VERB] > 1
                                and not sc.head_at(i, at(i)[VERB])), None)
            frame_verb = verb_at is not None
        if opens_k == "" and not frame_verb and c.end - p > 4 and "permission" not in map(_MODALITY, hits):
            frame_verb = _topic_frame_verb(sc, p, c.end, manners)  # 补偿标准按照…规定执行
        past = state = narrative = described = any_past = False
        for h in hits:
            hm = h.modality
            if hm == "past" or hm == "state":
                any_past = any_past or hm == "past"
                if verb_at is None or h.start >= verb_at:
                    if hm == "past":
                        past = True
                    else:
                        state = True
                if hm == "past" and h.entry.split:
                    narrative = True
                if h.start == p:
                    described = True
        continues = in_object_frame and opens_k not in ("verb", "cue")
        if opens_k == "frame" and object_frame:  # …, unless the clause closes it (对X来说，…)
            in_object_frame = not _closed_frame(sc, max(p, c.end - _CLOSER), c.end)
        elif opens_k in ("verb", "cue"):
            in_object_frame = False
        topic = k + 1 < len(cl) and opens[k + 1] == "cue" and (continues or not _treats(masked, cl[k + 1]))
        if topic and continues:  # in an object frame only a clause that is all a name is the party, the frame's
            # object the one treated (对X，各级党委和政府，要予以表彰): else the frame's object goes on, as a
            # relative clause does (对那些…，屡教不改的干部，要…)
            whole = None if "的" in masked[p:c.end] else find_subject(sc, c.start, c.end, topic_ok=True, pos=p)
            topic = whole is not None and whole.start == p and not masked[whole.end:c.end].strip()
        if opens_k == "topic":  # a condition names the party a cue then tells what to do (纳税人接受…的，应当…)
            told = k == topics[0] and topics[1] < len(cl) and opens[topics[1]] in ("cue", "frame") \
                and not _treats(masked, cl[topics[1]])  # 纳税人…的，按照…扣除: a frame, then the party's act
            actor = find_subject(sc, c.start, c.end, topic_ok=True, pos=p) if told else None
        else:
            actor = find_subject(sc, c.start, c.end, topic_ok=topic, pos=p)
            if topic and k and actor is not None and actor.start == p and not masked[actor.end:c.end].strip():
                actor = _list_before(sc, cl, starts, k, actor)  # 党中央、国务院，各级党委和政府，要…
        if actor is not None and k + 1 < len(cl) and masked[actor.end:c.end].strip("，,、 ") \
                and masked[starts[k + 1]] in _COPULA and not any(h.modality in _MODAL or h.modality == "state"
                                                                  for h in hits):
            actor = None  # X视察…重要讲话精神，是…的“纲”: the clause is the copula's subject, the name inside it
        if actor is not None and state and k + 1 < len(cl) and opens[k + 1] == "cue" and (
                _treats(masked, cl[k + 1]) or openers().regex["refer"].search(masked, cl[k + 1].start, cl[k + 1].end)):
            actor = None  # 都是…主体，要一视同仁; 是…力量，要重视对他们的保护: a copula's subject is the one treated
        if actor is None and opens_k != "topic":
            actor = _agent_inside(sc, p, c.end)  # 具体办法由国务院X部门制定
        elif actor is not None and actor.via == "subject" and sc.at(actor.end)[AGENT] \
                and (agent := _agent_inside(sc, actor.end - 1, c.end)) is not None \
                and masked.startswith(tuple(actor_lexicon().duties), agent.end):
            actor = agent  # 联席会议由提请单位负责召集: the body named first is the topic, the agent the party
        pos = actor.end if actor else p
        while True:  # past the words that may stand between a name and its cue (也, 都, 坚决)
            n = at(pos)[FOLLOW]
            if not n:
                break
            m = sc.cue(pos)
            if m and m[1].modality in _MODAL:
                break
            pos += n
        modal = None
        purpose_end = p + frame_len if opens_k == "frame" and masked[p:p + frame_len] in purposes else -1
        for h in hits:
            if h.modality not in _MODAL:
                continue
            if h.start >= purpose_end >= 0:
                break  # 为减轻…及鼓励进修，: a cue inside a purpose asks nothing
            if h.entry.asks and h.start > pos and in_modifier(masked, h, c.end) \
                    and (masked[h.start - 1] in _COPULA or opens_k == "verb" and _verbs_only(sc, pos, h.start)):
                continue  # 研究制定鼓励…的政策, 这是争取…的措施: the cue names a kind of thing (not 积极支持…的企业)
            if h.entry.weak and (not weak_ok or (voiding and voiding[0] < h.start)  # voiding is sorted
                                 or _nominal_use(sc, h, c.start)
                                 or (h.start != pos and opens_k != "" and h.start != verb_at)):
                # (在…谈判中支持X…: the verb after a frame's phrase is the clause's predicate)
                continue  # a weak cue counts as the predicate of its clause only
            modal = h
            break
        if modal is not None and modal.modality == "permission" and modal.start != pos and len(modal.text) == 1:
            modal = None  # 可 inside a clause (扩大可降解…) is no permission; 可以, 允许 are (抽查可以采取…)
        if modal is not None and modal.modality == "permission" and masked.startswith(_ABILITY, p, modal.start):
            modal = None  # …，让他们可以留在社区生活: what a party may then do, no permission of the entry
        if actor is not None and any_past:
            limit = modal.start if modal is not None else c.end
            if any(h.modality == "past" and h.start < limit for h in hits):
                actor = None  # named in a report of the past: 领导小组去年组织…，要…
        open_modal = modal if modal is not None and modal.start == pos else None
        framed = modal if modal is not None and opens_k == "frame" and modal.start == verb_at else None
        if (open_modal or framed) is not None and (open_modal or framed).modality == "encouragement":
            # who is encouraged acts: 鼓励有条件的学校…, 支持企业开拓…
            sub = find_subject(sc, (open_modal or framed).end, c.end, party=True)
            if sub is not None:
                actor = ActorHit(sub.start, sub.end, "pivot", sub.follower)
        if open_modal is None and modal is not None and opens_k == "":
            open_modal = modal  # the cue is the predicate of a subject: 主要政策措施不能急刹车
        frame_is_verb = bool(frame_len) and masked[p:p + frame_len] in verbs  # 立足…, 围绕…
        thing_verb = opens_k == "" and not frame_verb and actor is None and modal is None \
            and "permission" not in map(_MODALITY, hits) and _subject_verb(sc, p, c.end)
        frame_verb = frame_verb or thing_verb  # 产业发展类项目融合生态理念: a kind of project or place, then its task
        label = opens_k == "" and actor is None and not hits and c.end - p <= _LABEL and (
            masked[c.end:c.end + 1] in _COLONS or masked.endswith(_TOPIC_ENDS, p, c.end)) \
            and not masked.startswith(tuple(announcements().first), p)  # not 我建议推出以下措施：
        if opens_k == "" and masked[p] == "“" and k + 1 < len(cl) and opens[k + 1] in ("verb", "frame") \
                and not any(h.entry.asks for h in hits) and _slogan(sc, p, c.end):
            label, actor = True, None  # “+文旅”彰显城市魅力，挖掘…: a slogan that heads the tasks after it
        tail = object_frame and verb_at is not None and (past or state) and any(
            h.modality in ("past", "state") and h.start > masked.find("的", verb_at, c.end) >= 0 for h in hits)
        out.append(_ClauseInfo(c, hits, past, state, narrative, opens_k, frame_is_verb,
                               described, continues, verb_at, actor, modal, open_modal, p >= c.end, frame_verb,
                               label, thing_verb, opens_k == "" and masked[p:p + 1].isdigit()
                               and year_only(masked, p, c.end), bool(tail)))
    return out


def _list_before(sc: Scan, cl: Sequence[Clause], starts: Sequence[int], k: int, actor: ActorHit) -> ActorHit:
    """A topic's name that fills its clause goes back over the clauses before it that are names
    too: a list of parties broken by commas (党中央、国务院，各级党委和政府，要…) is one actor."""
    start = actor.start
    for j in range(k - 1, -1, -1):
        c = cl[j]
        if sc.text[c.end:c.end + 1] not in "，,":
            break
        got = find_subject(sc, c.start, c.end, topic_ok=True, pos=starts[j])
        if got is None or got.start != starts[j] or sc.text[got.end:c.end].strip():
            break
        start = got.start
    return actor if start == actor.start else ActorHit(start, actor.end, actor.via, actor.follower)


def _slogan(sc: Scan, p: int, end: int) -> bool:
    """The clause ``p:end`` is a quotation and the verb phrase it is the subject of (“+文旅”彰显城市魅力):
    a slogan, not a party's act."""
    q = sc.text.find("”", p + 1, end)
    return end - p <= _SLOGAN and q > p + 1 and opening(sc, q + 1, end) == "verb"  # not “一链一策”推动…产业发展


def _topics(masked: str, cl: Sequence[Clause], all_hits: Sequence[Sequence[CueHit]]) -> tuple[int, int]:
    """The clauses ``lo:hi`` that state a condition ending in 的 before its consequence
    (专利代理机构有下列行为之一的，由…责令…; 构成犯罪的，依法追究…): up to the last clause that ends
    in 的 without a cue or a copula, when a clause follows it, from the clause after the last
    one that asks (…，要严格审核，未经审核的，不得…).  What they describe is the case, not a state."""
    lo = hi = 0
    for k, c in enumerate(cl[:-1]):
        hits = all_hits[k]
        if masked[c.end - 1] == "的" and not any(h.entry.asks or h.text == "是" for h in hits):
            hi = k + 1
        elif any(h.entry.asks for h in hits):
            lo = k + 1
    return (lo, hi) if lo < hi else (0, 0)


def _agent_inside(sc: Scan, p: int, end: int) -> Optional[ActorHit]:
    """The actor after an agent mark (由, 分别由) inside the clause, after its topic:
    配套比例由区交通委另行明确, 具体办法由国务院X部门制定.  A 由 inside a word (自由, 理由,
    由于) is none."""
    masked = sc.text
    i = masked.find("由", p + 1, end)
    while i >= 0:
        w, _ = sc.word(i - 1)
        agent = sc.at(i)[AGENT]
        if len(w) < 2 and agent and len(sc.word(i)[0]) <= agent:
            if _FROM_TO.search(masked, i, end) is not None:
                return _agent_to_party(sc, i, end)
            got = find_subject(sc, i, end, pos=i)
            if got is None:
                return agent_party(sc, i + agent, end)  # 调运费用由调入方负担: a party by its role or side
            return got if got.via == "agent" else None
        i = masked.find("由", i + 1, end)
    return None


def _agent_to_party(sc: Scan, i: int, end: int) -> Optional[ActorHit]:
    """由X向Y with a named party on both sides (决算由项目实施单位向区联席会议报送): X acts towards
    Y, an agent; else 由X向Y is a change of state (由粗放型向集约型转变, 由区级向街镇下沉)."""
    got = find_subject(sc, i, end, pos=i)
    if got is None or got.via != "agent":
        return None
    m = _FROM_TO.match(sc.text, got.end)
    if m is None or sc.at(got.end)[FRAME] != m.end() - got.end:
        return None  # 向 as a preposition right after the name, not 到 or 转为
    to = find_subject(sc, m.end(), end)
    return got if to is not None and to.via == "subject" and to.start == m.end() else None


def _intro(masked: str, end: int) -> bool:
    """The requirement ending at ``end`` introduces a list on the lines after it (…应当履行下列保护责任：⏎):
    a colon that ends its line."""
    if masked[end:end + 1] not in _COLONS:
        return False
    nl = masked.find("\n", end)
    return masked[end + 1:nl if nl >= 0 else len(masked)].strip() == ""


def _treats(masked: str, c: Clause) -> bool:
    """The clause names what an authority does to someone (给予倾斜, 通报批评): a topic before
    it is the one treated, not the actor."""
    return openers().regex["treat"].search(masked, c.start, c.end) is not None


def _closed_frame(sc: Scan, a: int, end: int) -> bool:
    """A closer ends the clause at ``end`` (see :func:`frame_closers`) as a word of its own: not the last
    character of a dictionary word that starts before it (对那些…欺上瞒下，…的干部: 下 is the idiom's)."""
    m = frame_closers().search(sc.text, a, end)
    return m is not None and not any(j + len(sc.word(j)[0]) > m.start()
                                     for j in range(max(0, m.start() - 3), m.start()))


@cache
def frame_closers() -> re.Pattern:
    """The words that close a frame's phrase at the end of its clause (在…中, 在…方面, 按…要求):
    a clause so ending is only the frame (``models/openers.tsv``, class frame_end)."""
    return re.compile(f"(?:{trie_pattern(openers().by_class.get('frame_end', ()))})$")


def _announced(g: _Group, sc: Scan) -> ActorHit | None:
    """The party whose announcement of its own act the group is (``models/announcements.tsv``):
    醫管局會…, 積金局正…, 我們現正聯同…, 我已預留… — an obligation even outside a numbered
    item, unless the group reports the past or describes a state.  The name is the text from
    the first clause's start (after its frames and a topic ending in 方面) to the auxiliary; it
    ends in an actor's head or is the first-person speaker."""
    masked = sc.text
    c = next((ci for ci in g.items if ci.opens not in _FRAMES and not ci.in_frame and not ci.only_skipped
              and not ci.label and not frame_closers().search(masked, max(ci.clause.start, ci.clause.end - _CLOSER),
                                                               ci.clause.end)), None)  # 此外，; 中期而言，
    p = skip_prefix(sc, c.clause.start, c.clause.end) if c is not None and c.opens == "verb" else -1
    if c is not None and (c.opens == "" or p >= 0 and _body_after(sc, p + len(sc.word(p)[0]))) \
            and (c.actor is None or c.actor.via == "subject"):  # (a verb that names a body: 扶贫|委员会会…)
        p = skip_prefix(sc, c.clause.start, c.clause.end)
        names, lasts = _actor_names()
        first = announcements().first
        for i in range(p + 1, min(c.clause.end, p + _ANNOUNCER)):
            name = masked[p:i]
            quoted = masked[p] == "“" and masked[i - 1] == "”" and i - p > 2  # “關愛基金”準備推出…: a named fund
            if name not in first and not quoted and (
                    masked[i - 1] not in lasts  # no name ends here (a cheap test first)
                    or not any(masked[j:i] in names for j in range(max(p, i - 6), i))):
                continue
            if len(sc.word(i - 1)[0]) > 1 and not any(masked[j:i] in names for j in range(max(p, i - 6), i - 1)):
                continue  # the name would end inside a word (国际社|会), not a head of two or more (委员会|会会)
            if announces(masked, name, i) == "will" and not g.described():
                return ActorHit(p, i, "subject", "listed")
    for x in g.items:  # the speaker's provision may follow a report in its sentence (…建議預留…，我已預留…)
        got = _provision(sc, x)
        if got is not None:
            return ActorHit(got[0], got[1], "subject", "listed")
    return None


_BODY_GAP = 4  # characters between a name's opening verb and its head (安老|事務|委員會會…)


def _body_after(sc: Scan, q: int) -> bool:
    """An actor's head of two or more characters starts at ``q`` or a few letters later (扶貧|委員會, 安老|事務|
    委員會): the verb that opens the clause opens a body's name."""
    masked = sc.text
    return any(len(w) > 1 and (h == q or masked[q:h].isalpha()) for h, w in sc.heads(q, q + _BODY_GAP + 4)
               if h <= q + _BODY_GAP)


@cache
def _actor_names() -> tuple[frozenset[str], frozenset[str]]:
    """The actor heads and whole actor words, and the characters they end with."""
    lex = actor_lexicon()
    names = lex.heads | lex.whole
    return names, frozenset(w[-1] for w in names if w)


@cache
def _speakers() -> tuple[str, ...]:
    """The first-person speakers of ``models/announcements.tsv`` (我, 我们), longest first: sorted once,
    not at every clause :func:`_provision` reads."""
    return tuple(sorted(announcements().first, key=len, reverse=True))


def _provision(sc: Scan, x: _ClauseInfo) -> tuple[int, int] | None:
    """Where the first-person speaker's name stands when the clause opens with the speaker's
    own provision (我已预留…, 我建议推出…) and goes on after it (not 我建议：), else None."""
    masked = sc.text
    q = skip_prefix(sc, x.clause.start, x.clause.end)
    ann = announcements()
    for name in _speakers():
        if not masked.startswith(name, q):
            continue
        m = ann.provision.match(masked, q + len(name))
        if m is None or (m.end() >= x.clause.end and masked[x.clause.end:x.clause.end + 1] in ("", "：", ":")) \
                or any(h.modality == "past" and not m.start() <= h.start < m.end() for h in x.hits):
            return None
        return q, q + len(name)
    return None


def _nominal_use(sc: Scan, h: CueHit, clause_start: int) -> bool:
    """A weak cue used as a noun: after a preposition (对支持…发挥了作用) or before the glue
    of a noun phrase (资金支持和工作力量)."""
    masked = sc.text
    after = masked[h.end:h.end + 1]
    if after and after in _NP_GLUE:
        return not (h.start == clause_start and _verb_at(sc, h.end + 1))  # not 坚持和加强…: two verbs joined
    return any(sc.at(i)[FRAME] == h.start - i for i in range(max(clause_start, h.start - 2), h.start)) \
        or (h.start > clause_start and masked[h.start - 1] in _PREP_CHARS)


def _verbs_only(sc: Scan, p: int, end: int) -> bool:
    """``masked[p:end]`` is one or two dictionary verbs and nothing else (研究|制定, 落实): the
    verb whose object a cue right after it opens (研究制定|鼓励…的政策)."""
    for _ in range(2):
        w, tag = sc.word(p)
        if not w or tag[:1] != "v" or sc.head_at(p, len(w)):
            return False
        p += len(w)
        if p >= end:
            return p == end
    return False


def _verb_at(sc: Scan, i: int) -> bool:
    """A verb of two or more characters starts at ``i``: listed, or a dictionary word tagged
    as a verb; not the start of an actor's name."""
    n = sc.at(i)[VERB]
    if n > 1:
        return not sc.head_at(i, n)
    w, tag = sc.word(i)
    return len(w) >= 2 and tag == "v" and not sc.head_at(i, len(w))


def _closing_verb(sc: Scan, p: int, end: int) -> bool:
    """The clause ``p:end`` ends with a two-character verb (执行, 办理, 实施): listed, or a
    dictionary word tagged as a verb."""
    if end - 2 <= p:
        return False
    if sc.at(end - 2)[VERB] == 2:
        return True
    w, tag = sc.word(end - 2)
    return len(w) == 2 and tag in ("v", "vn") and not sc.head_at(end - 2, 2)


def _topic_frame_verb(sc: Scan, p: int, end: int, manners: frozenset) -> bool:
    """A topic, then a frame and the verb that ends the clause: 补偿标准按照市、区相关规定执行,
    具体流程按照财政部门相关要求办理 — a provision of how a thing is done, an imperative."""
    masked, at = sc.text, sc.at
    if not _closing_verb(sc, p, end):
        return False
    starts, longest = _starts_of("manner")
    for m in starts.finditer(masked, p + 1, min(len(masked), end - 2 + longest)):
        i = m.start()  # only where a manner word starts (no look-up at every position)
        if i >= end - 2:
            break
        f = at(i)[FRAME]
        if f and masked[i:i + f] in manners and not sc.head_at(i, f):
            return not frame_closers().search(masked, max(i, end - _CLOSER), end)
    return False


@cache
def _starts_of(cls: str, shortest: int = 1) -> tuple[re.Pattern, int]:
    """A zero-width pattern found where a word of the opener class ``cls`` of at least
    ``shortest`` characters starts, and the longest such word's length."""
    words = [w for w in openers().by_class.get(cls, ()) if len(w) >= shortest]
    # behind a guard of the words' first characters: re has no scan of its own for a look-ahead (3x as fast)
    guard = f"(?=[{''.join(re.escape(c) for c in sorted({w[0] for w in words}))}])" if words else ""
    return re.compile(f"{guard}(?=(?:{trie_pattern(words)}))"), max(map(len, words), default=1)


def _thing_task(g: _Group) -> bool:
    """The group asks only as a thing's task (:func:`_subject_verb`): its first clause names no
    party, opens with no verb and holds no cue."""
    first = g.items[0]
    return first.thing_verb


def _subject_verb(sc: Scan, p: int, end: int) -> bool:
    """The clause ``p:end`` is a thing named as subject — a noun first, no frame, no name — then a
    listed imperative verb with its object, no 的 and no number in the clause: 产业发展类项目融合
    生态海绵理念, 两侧生态林带加强林水复合, 高质量推进… — a plan's task for a kind of project or
    place, an imperative (what names no party asks as a bare imperative does)."""
    v = _listed_verb(sc, p + 2, min(end, p + _THING))
    w, tag = sc.word(p)
    if v is None or v + sc.at(v)[VERB] >= end - 1 or tag in _NAME_TAGS:
        return False  # (中国坚定维护…: a country, a person or a body speaks for itself)
    if not (tag.startswith("n") and tag != "vn" or tag == "f"
            or tag == "vn" and sc.word(p + len(w))[1] in ("n", "nz")):
        return False  # a noun, a part or stage (前端, 末端) or a verbal noun in a compound (运输|环节)
    masked = sc.text
    if "的" in masked[p:end] or _COMMA.search(masked, p, v) or sc.has_head(p, v + sc.at(v)[VERB]) \
            or any(ch.isdigit() for ch in masked[p:end]):
        return False  # …购买住房发生的首套住房贷款 is a noun phrase; 融合方面6项, a count
    return not any(sc.at(i)[FRAME] for i in range(p + 1, v))


def _listed_verb(sc: Scan, start: int, end: int) -> int | None:
    """The first position of ``start:end`` where a listed verb of two characters or more
    starts (``Scan.at(i)[VERB] > 1``), found by one search, not a look-up at every position."""
    rx, longest = _starts_of("verb", 2)
    m = rx.search(sc.text, start, min(len(sc.text), end - 1 + longest))
    return m.start() if m is not None and m.start() < end else None


def _party_after(sc: Scan, pos: int, end: int) -> bool:
    """After 鼓励/支持 at ``pos``, a party's name (an actor's head within reach), not a verb
    phrase: 支持重点用能单位根据…, not 支持开展…."""
    kind = opening(sc, pos, end)
    if kind in ("cue", "frame") or (kind == "verb" and sc.word(pos)[1].startswith("v")):
        return False  # (重点|用能单位: a listed opener that the dictionary reads as a noun)
    return sc.has_head(pos, min(end, pos + _PARTY))


def _groups(infos: list[_ClauseInfo], masked: str, sc: Scan | None = None) -> list[_Group]:
    groups: list[_Group] = []
    g = _Group()
    for c in infos:
        if g.items:
            a, ga = c.actor, g.actor
            new_actor = a is not None and a.via != "pivot" and (c.modal is not None or a.via != "subject"
                                                                 or a.follower == "listed") and (
                ga is None or masked[a.start:a.end] != masked[ga.start:ga.end])
            kind = g.kind
            if kind is None and ga is not None and ga.via != "pivot" and c.open_modal is not None \
                    and (not c.open_modal.entry.weak or (a is not None and a.via == "pivot")) and g.states_actor():
                kind = "obligation"  # a named party's own statement: 本市推动…，鼓励…; not 某局…，支持推广…
            new_modal = (c.open_modal is not None and c.open_modal.entry.split and kind is not None
                         and c.open_modal.modality != kind)
            narrative = c.narrative and not g.past
            om = c.open_modal
            new_party = om is not None and om.modality == "encouragement" and g.modal is not None and (
                (a is not None and a.via == "pivot"
                 and (ga is None or masked[a.start:a.end] != masked[ga.start:ga.end]))
                or (a is None and sc is not None and _party_after(sc, om.end, c.clause.end)))
            new_actor = new_actor or new_party  # 鼓励A…，支持B…: each party encouraged is an entry
            last = g.items[-1].clause
            if _frames_only(g, masked) or (g.modal is None and ends_in_time(masked, last.start, last.end)):
                pass  # a group of frames only joins the clause after it (对…的项目，X不得…; 结合…，鼓励…),
                # as does one ending in a clause of time (公民在行使…的时候，不得…)
            elif (new_actor and g.complete and not _ends_topic(g, masked)) \
                    or (new_modal and (g.complete or g.imperative)) or narrative \
                    or (sc is not None and g.complete and c.opens == ""
                        and _provision(sc, c) is not None):  # …，所以我傾向…
                groups.append(g)
                g = _Group()
        g.items.append(c)
    if g.items:
        groups.append(g)
    return groups


def _own_support(sc: Scan, a: Optional[ActorHit], m: CueHit) -> bool:
    """A named party that supports or encourages, right after its name (市科委支持推广…, 区财政局也
    鼓励…): it is told what to do, an obligation, not a party encouraged."""
    if a is None or a.via != "subject" or m.modality != "encouragement":
        return False
    return m.start == a.end or sc.at(a.end)[FOLLOW] == m.start - a.end


def _ends_topic(g: _Group, masked: str) -> bool:
    """The group so far ends in a clause that closes a condition with 的 (确需动用…的，由X提出…;
    下列工程的报告书，由X核准): the clause after it, naming its party, is its consequence."""
    c = g.items[-1].clause
    return masked[c.end - 1:c.end] == "的" or g.items[-1].opens == "topic"


def _permits(items: Sequence[_ClauseInfo]) -> bool:
    """A clause of ``items`` holds a permission (可, 可以): what it frames is allowed, not asked."""
    return any(h.modality == "permission" for c in items for h in c.hits)


def _goal(g: _Group, masked: str) -> bool:
    """A clause of the group, outside its frames, states a goal (体系逐步健全, 能力不断提高;
    ``models/cues.tsv``, modality goal) as its predicate, not as a modifier (不断提高的需求)."""
    return any(h.modality == "goal" and masked[h.end:h.end + 1] != "的"
               for c in g.items if c.opens not in _FRAMES and not c.in_frame for h in c.hits)


def _dated_goal(g: _Group, sc: Scan) -> bool:
    """The group opens with a limit of time and states a goal or a task after it (到2025年，…水平不断提高;
    到2030年前基本建成…): outside numbered items, where a plan's preamble sets its aims; not a
    report (了, 已) nor a description."""
    c = g.items[0].clause
    if g.past or g.described() or not opens_with_deadline(sc.text, c.start, c.end):
        return False
    return _goal(g, sc.text) or g.imperative or opening(sc, due_prefix_end(sc.text, c.start, c.end), c.end) == "verb"


def _frames_only(g: _Group, masked: str) -> bool:
    """Every clause of the group so far only sets the scene (a frame, a deadline, a condition,
    a topic, the phrase of an object frame): it has no predicate of its own.  An object frame
    whose verb stands in a modifier (对未通过验收的项目) is a frame; one whose verb ends its phrase
    (对违规企业依法处罚) is a predicate, and so is a frame that goes on with its verb."""
    for c in g.items:
        if c.in_frame:
            continue
        if c.opens not in _FRAMES or c.frame_verb or c.modal is not None:
            return False
        if c.verb_at is not None and masked.find("的", c.verb_at, c.clause.end) < 0:
            return False
    return True


def _title_ends(tr: Tree, text: str, unit_list: Sequence[Unit]) -> dict[int, int]:
    """For each unit that is the heading of a numbered item, by its start: where the
    heading's own text starts (see ``Tree.title_marker_end``)."""
    starts = [u.start for u in unit_list]
    out: dict[int, int] = {}
    for d in tr.by_start:
        for k in range(bisect_left(starts, d.start), bisect_right(starts, d.start + len(d.marker) + 1)):
            u = unit_list[k]
            if u.start not in out:
                end = tr.title_marker_end(u, text)
                if end is not None:
                    out[u.start] = end
    return out


@lru_cache(maxsize=None)
def _headless_styles() -> frozenset[str]:
    return frozenset(read_lines("headless_items.txt"))


def _headless_titles(tr: Tree, text: str, unit_list: Sequence[Unit],
                     title_ends: dict[int, int]) -> tuple[set[int], set[int]]:
    """The starts of the units that :func:`_title_ends` found to be headings but that are the
    body of their item (``models/headless_items.txt``): the first sentence of an article
    (第五条　…), a run-in title that ends at a semicolon, and a run-in title that is all its
    item holds (no later unit, no sub-item: an item of a list of measures, or an enumeration
    item 一是… that is one sentence); and, apart, those of the lines that are all their item holds without an end
    mark (:func:`_task_line`), the body only if they open with a verb."""
    if not title_ends:
        return set(), set()
    styles = _headless_styles()
    first_child: dict[int, int] = {}  # item id -> start of its first sub-item
    for d in tr.by_start:
        if d.parent is not None:
            first_child.setdefault(d.parent, d.start)
    cases: dict[int, bool] = {}  # item id -> its text before its first sub-item introduces a list of cases
    out: set[int] = set()
    lines: set[int] = set()
    for k, u in enumerate(unit_list):
        if u.start not in title_ends:
            continue
        d = tr.innermost(u.start)
        if d is None:
            continue
        if d.style in styles:  # 第五条　…
            out.add(u.start)
            continue
        parent = tr.by_id.get(d.parent) if d.parent is not None else None
        if parent is not None:
            got = cases.get(parent.id)
            if got is None:
                got = cases[parent.id] = condition_list(text, parent.start, first_child.get(parent.id, parent.end))
            if got:
                continue  # （一）接受有利益冲突的…委托；: a case of 有下列行为之一的
        if d.id in tr.list_items:  # （二）增撥…，增加…；: an item of a semicolon list of measures
            out.add(u.start)
            continue
        alone = d.id not in first_child and (k + 1 == len(unit_list) or unit_list[k + 1].start >= d.end)
        if alone and _run_in_title(text, u, d) or text.startswith(("；", ";"), u.end):
            out.add(u.start)
        elif alone and _task_line(text, u):
            lines.add(u.start)
    return out, lines


def _heading_line(text: str, u: Unit) -> bool:
    """The unit is a short line of its own without a comma or an end mark: a heading without a
    number (优化某某制度, 工作安排), which, like any heading, asks only with a cue."""
    if u.end - u.start > _HEADING_LINE or not (u.end == len(text) or text[u.end] == "\n") \
            or _COMMA.search(text, u.start, u.end) is not None:
        return False
    before = text[text.rfind("\n", 0, u.start) + 1:u.start]  # the line's text before the unit
    # at the line's start (after an indent), or, a word or two, run on after a sentence (…参与。安老⏎: a heading
    # that scraping glued to the paragraph before it)
    return not before.strip() or (u.end - u.start <= _GLUED_HEADING and before.rstrip()[-1] in _SENTENCE_ENDS)


def _run_in_heading(text: str, u: Unit) -> bool:
    """The unit opens its line, is a short phrase without a comma ending in 。, and the line goes on
    (not with a note: 加强立项管控。（责任单位：…）): an unnumbered run-in title (维护国家安全。各有关地区要…),
    which, like any heading, asks only with a cue."""
    return u.end - u.start <= _RUN_IN_TITLE and (u.start == 0 or text[u.start - 1] == "\n") \
        and text[u.end:u.end + 1] == "。" and text[u.end + 1:u.end + 2] not in ("", "\n", "（", "(", "【") \
        and _COMMA.search(text, u.start, u.end) is None


def _title_line(text: str, u: Unit, d: Directive | None) -> bool:
    """The unit is the line after a marker that stands alone on its line and is the item's
    title (a flattened table row: 序号 ⏎ 改革举措 ⏎ 主要内容…): the measure's name asks nothing."""
    if d is None or not d.title or u.start <= d.start or text[u.start - 1] != "\n":
        return False
    line = text.find("\n", d.start)
    return 0 <= line < u.start and not text[d.start + len(d.marker):line].strip() \
        and not text[line:u.start].strip() and _SPACES.sub("", text[u.start:u.end]) == _SPACES.sub("", d.title)


def _task_line(text: str, u: Unit) -> bool:
    """The unit is an item's whole text without an end mark (4. 完善…机制; 1.开展…活动——A牵头): in a task list
    a line that is all its item holds is the task itself, and asks as a bare imperative if it opens with a verb
    (a field name, 重点任务, does not)."""
    return text[u.end:u.end + 1] not in ("：", ":")


def _noted(text: str, note_starts: Sequence[int], u: Unit) -> bool:
    """A responsibility note follows the unit's paragraph, on its line or the next (推进…，提高…。⏎牵头单位：A):
    outside numbered items, a paragraph a note assigns is a task of the list, its bare imperatives ask."""
    k = bisect_left(note_starts, u.end)
    if k == len(note_starts):
        return False
    n = note_starts[k]
    le = text.find("\n", u.end)
    return le < 0 or n <= le or not text[le:n].strip()  # (no line break after it: the note is on its line)


def _run_in_title(text: str, u: Unit, d: Directive) -> bool:
    """The unit ends with a sentence mark: a run-in title, not a heading line of its own."""
    return u.end < min(len(text), d.end) and text[u.end] in "。！？!?；;"


@lru_cache(maxsize=None)
def _target_list_regex() -> re.Pattern:
    words = openers().regex["targets"].pattern
    # each part at most a sentence long (MAX_SENTENCE): on text without end marks an unbounded
    # run from every announcing word to the text's end would be quadratic
    upto = f"{{0,{MAX_SENTENCE}}}"
    return re.compile(f"(?:{words})[^{_SENTENCE_ENDS}：:]{upto}[：:]([^{_SENTENCE_ENDS}]{upto})")


def _target_lists(masked: str) -> list[tuple[int, int]]:
    """The lists of expected targets: from the colon after a word that announces targets
    (主要预期目标安排如下：…；…；…) to the end of its sentence (。！？ or the line's end)."""
    return [(m.start(1), m.end(1)) for m in _target_list_regex().finditer(masked)]


def _in_target_list(lists: Sequence[tuple[int, int]], starts: Sequence[int], u: Unit) -> bool:
    """The unit lies in (or opens) a list of expected targets (see :func:`_target_lists`)."""
    k = bisect_right(starts, u.end) - 1
    return k >= 0 and lists[k][1] >= u.start


def _within(quantities: Sequence[Quantity], starts: Sequence[int], start: int, end: int) -> tuple[Quantity, ...]:
    """The quantities (sorted by start, ``starts`` their starts) that lie inside ``start:end``."""
    out = []
    for k in range(bisect_left(starts, start), bisect_left(starts, end)):
        if quantities[k].end <= end:
            out.append(quantities[k])
    return tuple(out)


def _run_in(text: str, d: Directive) -> bool:
    """The item's marker stands inside a line (…。一是…), not at its start."""
    line_start = text.rfind("\n", 0, d.start) + 1
    return bool(text[line_start:d.start].strip())


def _item_paragraph(unit_starts: Sequence[int], unit_list: Sequence[Unit], x: Directive) -> Optional[int]:
    """The paragraph where the item ``x``'s marker stands (``unit_starts``: the units' starts)."""
    k = bisect_right(unit_starts, x.start) - 1
    return unit_list[k].paragraph if k >= 0 else None


def _run_in_memo(text: str, memo: dict, x: Directive) -> bool:
    """:func:`_run_in`, remembered in ``memo`` by the start of the item."""
    got = memo.get(x.start)
    if got is None:
        got = memo[x.start] = _run_in(text, x)
    return got


def _retrospective(tr: Tree, d: Optional[Directive], memo: Optional[dict] = None) -> bool:
    """The item, or one holding it, reviews the past: its heading says so (工作回顾, 取得…成就)
    or states a finished change (选人用人的风气更正了).  ``memo``: each heading's answer (the
    items of a section share their ancestors)."""
    memo = {} if memo is None else memo
    inner = None  # the item just inside ``x``
    for x in tr.chain(d):
        if x.id in tr.list_items:
            continue  # its run-in title is a sentence of its body (（六）我在去年…預留…。…會…)
        got = memo.get(x.title)
        if got is None:
            got = memo[x.title] = _reviews_past(x.title)
        if got:
            # …发展成就和…主要目标任务: its items that ask ((一)大力发展…) are the tasks
            return inner is None or not forward_heading(x.title) or not _asks(inner.title)
        inner = x
    return False


def _asks(heading: str) -> bool:
    """A heading that opens with a cue or a verb (（一）大力发展人工智能…)."""
    title = mask(heading)
    return opening(Scan(title), 0, len(title)) in ("cue", "verb")


def _reviews_past(heading: str) -> bool:
    """A heading that does not ask (no cue or verb first) and reports the past."""
    if _asks(heading):
        return False
    title = mask(heading)
    return looks_retrospective(heading) or any(h.modality == "past" for h in cues(title))


def _earlier_predicate(before: Sequence[_ClauseInfo], own: Optional[ActorHit], sc: Scan) -> int:
    """Where the predicate before a verb cue that opens a later clause starts (…采用…车辆，确保…;
    X负责…，具体落实…，确保…): after the group's own actor, else at the first clause that is
    not a deadline, a condition or only a frame; 0 when there is none (到2025年，确保…)."""
    if own is not None:
        return own.end
    c = next((x.clause for x in before if x.opens not in ("deadline", "condition", "frame")), None)
    return skip_prefix(sc, c.start, c.end) if c is not None else 0


def _agent_topic(sc: Scan, clause_start: int, a: Optional[ActorHit], cue_start: int = -1) -> tuple[int, int]:
    """The noun phrase that opens the clause before 由 and its agent (…的配套比例由区财政局另行明确,
    装修垃圾原则上由环卫企业负责清运): what the agent acts on, the object of a verb with none after it;
    (0, 0) for any other actor (or one whose clause opens with 由)."""
    if a is None or a.via != "agent" or a.start < 1 or sc.text[a.start - 1] != "由":
        return 0, 0
    s = skip_prefix(sc, clause_start, a.start)
    stop = a.start - 1 if cue_start < 0 or cue_start > a.start else cue_start
    return (s, stop) if s < stop else (0, 0)


def _frame_topic(sc: Scan, s: int, t: int) -> tuple[int, int]:
    """``sc.text[s:t]`` is the phrase of an object frame (对发现的问题, 对于…行为) before a cue: what the verb
    after the cue acts on when none follows it, without the frame word; else (0, 0)."""
    w, tag = sc.word(s)
    return (s + len(w), t) if tag == "p" and w in object_frames() and t - s > len(w) + 1 else (0, 0)


def _topic_clause(before: _ClauseInfo, ci: _ClauseInfo, sc: Scan) -> tuple[int, int]:
    """A clause that is only a noun phrase before a clause opening with 由 and its agent (下列工程的
    环境影响报告书，由国家海洋主管部门核准): the topic the agent acts on, the object of a verb with none
    after it; (0, 0) when the clause before is a condition (…的，, …后，), a frame, names a party or a cue, or
    ends in a verb."""
    a = ci.actor
    if a is None or a.via != "agent" or a.start < 1 or sc.text[a.start - 1] != "由" \
            or skip_prefix(sc, ci.clause.start, a.start) < a.start - 1:
        return 0, 0
    return _noun_clause(before, sc)


def _noun_clause(before: _ClauseInfo, sc: Scan) -> tuple[int, int]:
    """The span of a clause that is only a noun phrase (a topic: 这项工作，…; 脱贫攻坚这场仗，…), else (0, 0):
    not a condition, a frame, a label, a time, nor a clause naming a party or a cue or ending in a verb."""
    c = before.clause
    if before.opens or before.actor is not None or before.modal is not None or before.label or before.in_frame:
        return 0, 0
    s, t = skip_prefix(sc, c.start, c.end), c.end
    while t > s and sc.text[t - 1] in _CLAUSE_PUNCT:
        t -= 1
    if t - s < 2 or sc.text[t - 1] == "的" or ends_in_time(sc.text, s, t):
        return 0, 0
    last = next((tag for n in range(min(4, t - s), 0, -1) if len((wt := sc.word(t - n))[0]) == n
                 for tag in (wt[1],)), "")
    nominal = 0 <= sc.text.rfind("的", s, t) >= t - _DE_HEAD  # …事故的调查处理: a verb after 的 heads a noun phrase
    return (0, 0) if last in ("p", "f") or last in ("v", "vd") and not nominal else (s, t)  # …同步移交，由…


def _bare_topic(before: _ClauseInfo, sc: Scan) -> tuple[int, int]:
    """A short clause of nouns alone before a cue's clause (这项工作，各地要…; 脱贫攻坚这场仗，必须打赢): the topic
    the verb acts on when no object follows it; (0, 0) when any word of it is a verb or a preposition (除…外,
    …是…承诺, 大家…提出了…), or it is longer than a topic."""
    s, t = _noun_clause(before, sc)
    if not t or t - s > _TOPIC:
        return 0, 0
    i = s
    while i < t:
        w, tag = sc.word(i)
        if tag[:1] in ("v", "p") and tag != "vn" or tag in ("c", "d"):  # a verbal noun names a thing (工作)
            return 0, 0
        i += len(w) or 1
    return s, t


STRONG = 5  # the strength of 必须 (models/cues.tsv)


def _stronger_after(items: Sequence, m: CueHit) -> CueHit | None:
    """The cue of the same kind and stronger than ``m`` that opens a later clause of the group
    (要始终得到人民拥护，…，必须始终牢记初心和使命): the first clause then states what the stronger
    one is the condition of, the stronger cue's predicate is the task.  Only 要-strength before 必须-strength
    (not 原则上…，严禁…: two rules)."""
    return next((x.open_modal for x in items if x.open_modal is not None and x.open_modal.modality == m.modality
                 and x.open_modal.entry.strength > m.entry.strength == STRONG - 1), None)


def _then_after(items: Sequence, m: CueHit, text: str) -> CueHit | None:
    """The cue of ``m``'s kind right after a then-opener that opens one of the next clauses of the group (企业家要
    带领企业战胜困难，走向…，就要不断提升自己; 要想富，就要先修路): the clause of ``m`` states its condition; not
    past a clause that names a party or is a case of its own (…，…水平的，就应该…: a provision of that case)."""
    near = items[:_THEN_REACH]
    if not any(text[x.clause.start:x.clause.start + 1] in _THEN_FIRST for x in near):
        return None  # (the common case: a character look-up per clause)
    for x in near:
        h = next((h for h in x.hits if h.modality == m.modality), None)
        if h is not None and text[x.clause.start:h.start] in _THEN_OPENERS:
            return h
        if x.actor is not None or any(h.entry.asks for h in x.hits) \
                or text[x.clause.start:x.clause.end].rstrip(_CLAUSE_PUNCT).endswith("的"):
            return None
    return None


def _predicate_span(g: _Group, sc: Scan) -> tuple[int, int, tuple[int, int], str]:
    """Where the group's predicate starts and may run to (the group's end: a clause that is
    only a frame passes on to the next), the topic before it in its clause (a noun phrase
    that is not the actor: the object of a verb with none after it) and the cue before it
    (a cue that is a verb, 坚持/确保, starts the predicate itself)."""
    m = g.modal
    end = g.end
    none = (0, 0)
    if m is not None and m.modality != "permission":
        k = next(k for k, ci in enumerate(g.items) if ci.clause.start <= m.start < ci.clause.end)
        ci = g.items[k]
        first = next((x for x in g.items[:k] if x.opens == "verb" and x.actor is None), None)
        if first is not None and g.actor is None and sc.text[m.start - 1:m.start] not in _COPULA \
                and not (k == 1 and sc.text[ci.clause.start:m.start] in _PAIR_OPENERS):  # 搞好X，既要…: X the topic
            # 深化…，完善…，切实解决…: the first predicate; not …，关键是要改善…: what the copula names is the task
            s = skip_prefix(sc, first.clause.start, first.clause.end)
            return s, end, none, ""
        own = next((x.actor for x in g.items[:k] if x.actor is not None and x.actor.via != "pivot"), None)
        cue = sc.text[m.start:m.end]
        if cue in verb_cues() and cue not in duty_cues() and ci.open_modal is m \
                and (earlier := _earlier_predicate(g.items[:k], own, sc)):
            return earlier, end, none, ""  # 运输环节采用…车辆，确保…: 确保 states the purpose of the act before it
        if own is not None and m.modality == "encouragement":  # 市交通委加快布局…，支持园区…: its own predicate
            return own.end, end, none, ""
        if (then := _stronger_after(g.items[k + 1:], m) or _then_after(g.items[k + 1:], m, sc.text)) is not None:
            return then.end, end, none, sc.text[then.start:then.end]  # 要始终得到…，必须始终牢记…: a condition
        a = ci.actor
        if a is not None and a.via == "pivot" and a.start >= m.end:
            if runs_over_verb(sc.text[a.start:a.end]):  # 鼓励各方主体参与历史文化名镇|…: the name ran over the verb
                return a.start, end, none, sc.text[m.start:m.end]
            return a.end, end, none, ""  # 鼓励有条件的学校|引入…: the party's action
        s = skip_prefix(sc, ci.clause.start, ci.clause.end)
        topic = (s, m.start) if a is None and s < m.start else _agent_topic(sc, ci.clause.start, a, m.start)
        if not topic[1] and a is not None and a.end < m.start:
            topic = _frame_topic(sc, a.end, m.start)  # X对发现的问题应当及时处理: what an object frame names
        if not topic[1] and k and g.items[k - 1].opens == "frame" and (a.end if a is not None else s) >= m.start:
            topic = _frame_topic(sc, g.items[k - 1].clause.start, g.items[k - 1].clause.end)  # 对…问题，应当纠正
        if not topic[1] and k and (a.end if a is not None else s) >= m.start:
            topic = _bare_topic(g.items[k - 1], sc)  # 这项工作，各地要高度重视: what the verb with no object acts on
        return (m.start if cue in verb_cues() else m.end), end, topic, cue
    for k, ci in enumerate(g.items):
        if ci.actor is not None:
            topic = _agent_topic(sc, ci.clause.start, ci.actor)
            return ci.actor.end, end, topic if topic[1] or not k else _topic_clause(g.items[k - 1], ci, sc), ""
    # no cue, no actor: from the first clause that is not a deadline or a condition (a frame
    # clause before the verb is passed over by action_object: 在…，开展…)
    c = next((ci.clause for ci in g.items if ci.opens not in ("deadline", "condition") and not ci.label),
             g.items[0].clause)
    return skip_prefix(sc, c.start, c.end), end, none, ""


def _quiet(retro: bool, body: bool, in_item: bool, in_list: bool, is_title: bool, hits: Sequence[CueHit],
           masked: str, cl: Sequence[Clause], targets: Sequence[Quantity], target_starts: Sequence[int]) -> bool:
    """Nothing in the unit can ask: no cue, no body of an item, no target, no announcement.
    ``retro``: the unit reviews the past, which only makes this truer; ``body``: in the body
    of an item (or a table's body cell), reviews aside; ``in_item``: inside a numbered item."""
    if body and not retro or in_list:
        return False
    weak_ok = in_item and not retro
    return not any(h.entry.asks and (weak_ok or not h.entry.weak) for h in hits) \
        and (retro or not _within(targets, target_starts, cl[0].start, cl[-1].end)) \
        and (retro or is_title or not may_announce(masked, cl[0].start, cl[-1].end)) \
        and (retro or is_title or not opens_with_deadline(masked, cl[0].start, cl[0].end))  # 到2025年，…


def _unit_part(u: Unit, start: int, end: int) -> Unit:
    return u._replace(start=start, end=end)


def _deadline(own: Optional[str], note: Optional[str]) -> Optional[str]:
    """A date the requirement states wins over its note's (or its paragraph's frame's); a
    note's date wins over an "open" read from an adverb (持续推进… in an item whose note says
    完成时限：2026年底前)."""
    if own and (own != OPEN or not note):
        return own
    return note or own


_LEAD_IN = 300  # characters before a list's first item read for its lead-in
_LEAD_IN_SENTENCES = 2  # a heading line and an intro sentence (2026年省十件民生实事⏎坚持民生为大，办好…)
_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]+")


def _lead_in(text: str, tr: Tree, d: Directive, parent: Optional[Directive]) -> str:
    """The last sentences before the first item of the numbering run that ``d`` belongs to (its
    latest earlier sibling of the same marker numbered 1), inside its ``parent``: what introduces
    the list (今年再办好15件民生实事。一是…)."""
    first = d
    if d.number != 1:
        sib = [x for x in tr.directives if x.parent == d.parent and x.style == d.style and x.start <= d.start]
        first = next((x for x in reversed(sib) if x.number == 1), d)
    lo = max(first.start - _LEAD_IN, parent.start if parent is not None else 0)
    parts = [p for p in _SENTENCE_BREAK.split(text[lo:first.start]) if p.strip()]
    return "".join(parts[-_LEAD_IN_SENTENCES:])


def _item_deadline(own: Optional[str], item: Callable[[], Optional[str]]) -> Optional[str]:
    """The requirement's own or note's deadline, else its item's (a heading's limit, a list's year); a date of
    the item wins over an "open" read from an adverb, as a note's does (持续改善… as an item of this year's
    民生实事)."""
    if own is not None and own != OPEN:
        return own
    return item() or own


def _doc_year(text: str, doc_date: Optional[str]) -> Optional[int]:
    from ..quantities.roles import doc_year

    return doc_year(text, doc_date)


def find_requirements(text: str, *, sentences: Sequence[Sentence] = (), directives: Sequence[Directive] = (),
                      quantities: Sequence[Quantity] = (), doc_date: Optional[str] = None,
                      doc_name: Optional[str] = None) -> Iterator[Requirement]:
    """Requirements of ``text`` in reading order, ``req_id`` from 1; offsets into ``text``.

    ``directives`` (the structure stage's tree) tells headings from bodies and carries
    actors down; without it a rough tree is read from numbering markers, and
    ``Requirement.directive`` stays empty.  Targets are the quantities with role "target"
    inside a requirement's span.  Responsibility notes (:mod:`.responsibility`) are cut out of
    the units and give lead, partners, supervisor and deadline; ``doc_date`` gives the year
    of a deadline written without one (年底前), else the text does (a title, a document number,
    the fiscal years it names), else the year in the file's name ``doc_name``.  A Traditional
    text is read through the same-length fold of :mod:`pipeline.script`; every string of a
    record is as written."""
    orig, text = text, fold(text)
    trad = orig is not text
    plain = t2s_unchanged(text)  # nothing in the text that the fold of a predicate could change: asked once here
    unit_list, masked = masked_units(text, sentences)
    fiscal = fiscal_year(text)  # a budget's 2013-2014年度: its 来年 is a fiscal year, and its year where no date says
    year = _doc_year(text, doc_date) or fiscal or name_year(doc_name)
    notes = find_notes(text, year)
    heading_memo: dict[int, Optional[str]] = {}
    list_memo: dict[int, Optional[tuple[str, int, bool]]] = {}
    plan_memo: dict[int, Optional[str]] = {}  # section_deadline's

    def title_limit(d: Directive) -> Optional[str]:
        """The limit a numbered item's title sets: only a title that says by when (…前, …内, 到…, a range
        of months), not 2019年政府工作任务."""
        if d.id not in heading_memo:
            title = fold(d.title)
            limit = title.startswith(deadline_words("to_word")) \
                or any(w in title for w in deadline_words("limit_end")) \
                or month_span(title)  # 集中整治阶段（2027年4月—9月）: a phase, done by its end
            heading_memo[d.id] = normalize_deadline(title, year, strict=True) if title and limit else None
        return heading_memo[d.id]

    def heading_deadline(d: Optional[Directive], is_title: bool, pos: int) -> Optional[str]:
        """The limit an item's title sets (（一）2026年底前完成…) holds for the rows of its body and of its
        sub-items (a title row's own text says its own); else the year of a list of the year's tasks
        (民生实事) that holds the row (:func:`list_deadline`)."""
        x = d if d is None or not is_title else tr.by_id.get(d.parent) if d.parent is not None else None
        while x is not None:
            got = title_limit(x)
            if got:
                return got
            x = tr.by_id.get(x.parent) if x.parent is not None else None
        got = list_source(d)
        if got is None:
            return None
        value, at, run_in = got  # a run-in item (…民生实事。一是…) holds only for the rest of its line
        return value if not run_in or "\n" not in text[at:pos] else None

    def section_deadline(d: Optional[Directive], is_title: bool) -> Optional[str]:
        """The span of the five-year plan whose period and goals a heading over the row names (二、“十五五”时期主要
        目标任务, ``deadlines.section_plan``), for a row that states no time: not a plan already past (a review)."""
        x = d if d is None or not is_title else tr.by_id.get(d.parent) if d.parent is not None else None
        while x is not None:
            if x.id not in plan_memo:
                got = section_plan(fold(x.title)) if x.title else None
                plan_memo[x.id] = None if got is None or ends_before(got, year) else got
            if plan_memo[x.id]:
                return plan_memo[x.id]
            x = tr.by_id.get(x.parent) if x.parent is not None else None
        return None

    def list_source(d: Optional[Directive]) -> Optional[tuple[str, int, bool]]:
        """The year that an item's heading or its list's lead-in names with a word of a list of the
        year's tasks (2026年省十件民生实事 / 今年再办好15件民生实事。一是…), for the item, its body
        and its sub-items (``deadlines.list_year``), with the item's start and whether it is run in."""
        # a walk up the parents, not a recursive closure: a closure that calls itself is a reference
        # cycle, and a document's objects must be freed by reference counting (the collector is paused)
        chain, got, x = [], None, d
        while x is not None:
            if x.id in list_memo:
                got = list_memo[x.id]
                break
            parent = tr.by_id.get(x.parent) if x.parent is not None else None
            own = list_year(fold(x.title), year) or list_year(_lead_in(text, tr, x, parent), year)
            if own:
                got = list_memo[x.id] = (own, x.start, x.start > 0 and text[x.start - 1] != "\n")
                break
            chain.append(x)
            x = parent
        for y in chain:
            list_memo[y.id] = got
        return got

    tables = find_grids(text, year)
    if notes or tables:  # a note is no unit, nor part of one; nor is a table's header or unit cell
        spans = note_spans(text, notes, table_spans(tables))
        unit_list = cut_spans(unit_list, spans, text, _unit_part)
        masked = mask_spans(masked, spans)
    tr = tree(text, directives, unit_list)
    rows = row_scopes(text, tables, year)
    if rows:  # an annexed table that names the body's tasks gives them its units
        rows = sorted(rows + titled_scopes(text, tables, tr.directives, year), key=lambda x: x[0])
    resp = Responsibility(text, notes, [Item(d.id, d.parent, d.start, d.end) for d in tr.directives], tr.innermost,
                          rows, year)
    sc = Scan(masked)
    targets = sorted((q for q in quantities if q.role == "target"), key=lambda q: q.start)
    target_starts = [q.start for q in targets]
    retro_of: dict[Optional[int], bool] = {}
    heading_past: dict[str, bool] = {}  # _retrospective's memo
    bare, target = bare_entry(), target_entry()
    reviews, series_memo = ReviewRun(), {}  # text that reviews the past (nonreq)
    pending: list[tuple] = []  # units not yet read by ``reviews`` (see below)
    pending_at: set[tuple[int, int | None]] = set()  # their paragraphs and items

    # partial functions, not closures: a closure would hold this generator's scope, which
    # holds the closure, a cycle that keeps the document's units alive until a collection
    carrier = Carrier(item_paragraph=partial(_item_paragraph, [u.start for u in unit_list], unit_list),
                      run_in=partial(_run_in_memo, text, {}), announced=partial(announced_list, text))
    target_lists = _target_lists(masked)
    list_starts = [a for a, _ in target_lists]
    req_id = 0
    note_starts = [n.start for n in notes if n.kind == "note" and n.assigns]  # sorted, as find_notes gives them
    title_ends = _title_ends(tr, text, unit_list)
    headless, task_lines = _headless_titles(tr, text, unit_list, title_ends)
    cells = CellIndex(tables)
    for u in unit_list:
        d = tr.innermost(u.start)
        marker_end = title_ends.get(u.start)
        cell = cells.kind(u.start)  # a table's text cell: its column says heading or body
        task_line = u.start in task_lines
        is_title = (marker_end is not None and u.start not in headless and not task_line) \
            or text.startswith("——", u.start) or (not task_line and _heading_line(text, u)) \
            or (marker_end is None and _title_line(text, u, d)) \
            or (marker_end is None and _run_in_heading(text, u)) \
            if cell is None else cell == "heading"
        ustart = marker_end if marker_end is not None else u.start
        if text.startswith("——", ustart):
            ustart += 2
        cl = drop_intro(masked, clauses(masked, ustart, u.end))
        if cl and task_line and (cl[-1].end - cl[0].start <= _FIELD_NAME
                                 or opening(sc, skip_prefix(sc, cl[0].start, cl[0].end), cl[0].end) != "verb"):
            is_title = True  # a line alone in its item that names a field (重点任务, 组织保障, 某某方面（共6项）)
        carrier.enter(tr.chain(d), u.paragraph, is_title)
        if not cl:
            continue
        unit_hits = cues(masked, cl[0].start, cl[-1].end)
        if "description" in map(_MODALITY, unit_hits):  # (a C-level scan: most units hold none)
            continue
        key = d.id if d is not None else None
        retro = retro_of.get(key)
        if retro is None:
            retro = retro_of[key] = _retrospective(tr, d, heading_past)
        body = (d is not None or cell == "body" or (cell is None and note_starts and _noted(text, note_starts, u))) \
            and not is_title
        in_list = _in_target_list(target_lists, list_starts, u)
        where = (u.paragraph, key)
        if pending and where not in pending_at and where != (reviews.paragraph, reviews.item):
            pending.clear()  # a new paragraph or item: ReviewRun starts afresh, what it missed does not count
            pending_at.clear()
        if _quiet(retro, body, d is not None, in_list, is_title, unit_hits, masked, cl, targets, target_starts):
            # nothing here can ask, whether or not the unit reviews (a review only silences
            # more), nor whether skip_unit would drop it: only ReviewRun may still need the
            # unit, for a later one of its paragraph and item
            pending.append((u, cl, unit_hits, key, is_title, d))
            pending_at.add(where)
            continue
        if skip_unit(text, sc, cl, unit_hits):
            continue
        for pu, pcl, phits, pkey, ptitle, pd in pending:  # the units ReviewRun has not read yet, in order
            if not skip_unit(text, sc, pcl, phits):
                reviews.inside(sc, pu, pcl, phits, pkey, ptitle, series_reviews(masked, tr, pd, series_memo))
        pending.clear()
        pending_at.clear()
        review = reviews.inside(sc, u, cl, unit_hits, key, is_title, series_reviews(masked, tr, d, series_memo))
        if review and not retro:
            retro = True
            if _quiet(retro, body, d is not None, in_list, is_title, unit_hits, masked, cl, targets, target_starts):
                continue
        weak_ok = d is not None and not retro
        in_body = body and not retro
        ahead = announces_list(sc, cl)  # 今年要着重抓好以下工作。: no row, but its party leads the items
        infos = _analyse(sc, cl, unit_hits, weak_ok=weak_ok)
        for g in _groups(infos, masked, sc):
            m = g.modal
            if m is not None and (m.modality == "permission" or skip_group(masked, infos, m, g.past, review)):
                continue
            own = _within(targets, target_starts, g.start, g.end)
            basis, announcer = bare, None
            if m is None:
                if report_intro(masked, g.start, g.end):
                    continue  # 我经常讲，…: the intro of a report, not a task
                asks = in_body and not g.described() and (g.imperative or g.states_actor() or _goal(g, masked))
                if not asks and not is_title and not retro:
                    announcer = _announced(g, sc)  # 醫管局會…, 我們將…, 我已預留… outside an item
                    asks = announcer is not None
                    if not asks and not body and _dated_goal(g, sc):
                        asks, basis = True, target  # 到2025年，…水平不断提高: a goal outside an item, an aim
                elif trad and g.imperative and not is_title and not retro:
                    announcer = _announced(g, sc)  # 扶貧委員會的…專責小組會… in an item: 扶貧 opens a body's name
                if in_list and not g.past and (not asks or _thing_task(g)):
                    asks, basis = True, target  # a part of a list of expected targets: an aim (国际收支保持…)
                if not asks:
                    if in_list and not g.past:
                        basis = target  # a part of a list of expected targets: an aim
                    elif not own or retro or g.past or g.described():
                        continue
                    else:  # a target of the quantities stage asks by itself: bare in an item's body, else an aim
                        basis = bare if in_body else target
            a = g.actor if announcer is None else announcer
            encouraged = a is not None and a.via == "pivot" and m is not None and m.modality == "encouragement"
            actor = carrier.resolve(plain_name(orig[a.start:a.end]) if a is not None else None, encouraged,
                                    m is not None or addresses(sc, a, g.end), _intro(masked, g.end))
            if ahead:
                continue
            ps, pe, (ts, te), cue = _predicate_span(g, sc)
            if announcer is not None and ps < announcer.end < pe:
                ps = announcer.end  # 扶贫委员会的…专责小组会…: the predicate after the announcing party's name
            action, obj = action_object(text[ps:pe], text[ts:te], cue, plain)
            at = text.find(action, ps, pe) if fiscal is not None and action else -1
            modifier = fiscal_modifier(text, at + len(action)) if at >= 0 else None  # 寬免|2013-2014年度差餉
            if trad:
                action, obj = as_written(orig, text, action, ps), as_written(orig, text, obj, ps)
            if a is None and actor and obj in unnamed_duties():
                actor = ""  # 构成犯罪的，依法追究刑事责任: the courts, not the body named before
            start, end = g.start, g.end
            deadline = next((q.deadline for q in own if q.deadline and not ends_before(q.deadline, year)), None) \
                or normalize_deadline(text[start:end], year, strict=True, predicate=ps - start,
                                      verb=text.find(action, ps, end) - start if action else None,
                                      fiscal=fiscal is not None)
            if modifier and deadline == modifier:  # the year of the tax or rate the verb acts on, also named again
                deadline, own = None, [evolve(q, deadline=None) if q.deadline == modifier else q for q in own]
            own_clause = clause_note(text, start, end, [ci.clause.start for ci in g.items],
                                     text[a.start:a.end] if a is not None and a.via != "pivot" else "")
            lead, partners, supervisor, note_deadline = resp.roles(start, u.paragraph, own_clause,
                                                                   a is not None and a.via != "pivot")
            if trad:
                lead, supervisor = as_written(orig, text, lead, start), as_written(orig, text, supervisor, start)
                partners = tuple(as_written(orig, text, p, start) for p in partners)
            req_id += 1
            duty = m is not None and _own_support(sc, a, m)
            yield Requirement(
                req_id=req_id, text=orig[start:end], start=start, end=end,
                modality=bare.modality if duty else m.modality if m else basis.modality,
                strength=bare.strength if duty else m.entry.strength if m else basis.strength,
                cue=orig[m.start:m.end] if m else "", actor=actor, action=action, object=obj,
                lead=lead, partners=partners, supervisor=supervisor,
                deadline=_item_deadline(_deadline(deadline, note_deadline),
                                        partial(heading_deadline, d, is_title, start)) or section_deadline(d, is_title),
                sentence=u.sentence,
                directive=d.id if (d is not None and tr.reported) else None, targets=own)
