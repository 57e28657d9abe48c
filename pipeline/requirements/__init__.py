"""The requirement stage: sentences and clauses that ask for action.

``find_requirements(text, sentences=…, directives=…, quantities=…)`` yields one
:class:`~pipeline.records.Requirement` per unit (a sentence cut at 。！？；) that asks for
action, or per clause group where a unit holds clauses with another actor or another kind
of cue.  Detection needs only the lexicons of ``models/`` (cues.tsv, actors.tsv,
openers.tsv) and jieba's dictionary tags; only the clause that carries the action is
segmented, for ``action`` and ``object``.

What counts:

* a clause group with a modal cue (要, 必须, 不得, 鼓励, 力争 …; ``models/cues.tsv``), unless
  the sentence only reports, hopes or describes (希望, 应看到, 目的就是) or a permission
  (可, 可以) comes first;
* inside the body of a numbered item (not its heading), a group without a cue that is an
  imperative (拓宽视野，广开渠道，…) or that states what a named actor does
  (领导班子成员每年至少同…谈心谈话一次) — provided nothing in it reports the past or
  describes a state (了, 已, 去年, 是, 存在 …), and the section does not review the past;
* a group holding a target of the quantities stage (role "target"), as an aim
  (城镇新增就业6万人以上), unless it reports the past.

The actor is the one the group names (for 鼓励/支持 X…, X); else the one named before it in
the same paragraph and item; else the one named first in the opening paragraph of an
enclosing item (各地区各部门要…。（一）…).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional, Sequence

from ..records import Directive, Quantity, Requirement, Sentence
from .actors import ActorHit, skip_prefix, subject
from .clauses import Clause, Tree, Unit, clauses, looks_retrospective, mask, tree, units
from .lexicon import cue_table, openers
from .modality import CueHit, bare_entry, classify, cues, target_entry
from .predicates import action_object, deadline_in, frame_verb, opening

__all__ = ["find_requirements", "classify", "subject", "action_object", "deadline_in"]

_MODAL = ("obligation", "prohibition", "encouragement", "aim", "permission")
_NP_GLUE = tuple("和与及或、的")
_FRAMES = ("frame", "deadline", "condition")
_IDIOM = 4  # a clause this short without a name, before an imperative, is a set phrase
_PREP_CHARS = tuple("对在为以从把将向")
_OBJECT_FRAMES = ("对", "对于", "针对", "凡", "凡是")  # their phrase may run over several clauses


@dataclass
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


@dataclass
class _Group:
    items: list[_ClauseInfo] = field(default_factory=list)

    @property
    def modal(self) -> Optional[CueHit]:
        return next((c.modal for c in self.items if c.modal), None)

    @property
    def actor(self) -> Optional[ActorHit]:
        return next((c.actor for c in self.items if c.actor), None)

    @property
    def imperative(self) -> bool:
        first = self.items[0]
        if first.opens == "verb":
            return True
        if first.opens == "" and first.actor is None and len(self.items) > 1 and self.items[1].opens == "verb" \
                and first.clause.end - first.clause.start <= _IDIOM:
            return True  # 多措并举，加强…; 因地制宜，推进…
        if first.opens == "deadline":  # 到2020年，基本建成…; 2019年6月底前，研究建立…
            return len(self.items) > 1
        if first.opens != "frame":
            return False
        after = next((c for c in self.items[1:] if not c.in_frame and c.opens not in _FRAMES), None)
        if after is None:
            return first.opens_with_verb_frame or first.verb_at is not None
        return first.opens_with_verb_frame or after.opens in ("verb", "cue")

    def states_actor(self) -> bool:
        """The group opens (after its frames) with a named actor: 领导班子成员每年至少…"""
        if self.items[0].opens == "condition":
            return False  # 只有严管没有厚爱，干部就会…
        first = next((c for c in self.items if c.opens not in _FRAMES and not c.in_frame), None)
        if first is None or first.actor is None:
            return False
        # the name is followed by a listed word (每年, 负责, 按照, 将 …) or marked (由…, 明确…)
        return first.actor.via != "subject" or first.actor.follower in ("cue", "listed")

    def described(self) -> bool:
        """Something in the group reports the past or describes a state, so that without a
        cue it is no requirement: the actor's clause, the first clause after the frames, or
        the opening word of any clause."""
        if any(c.opens_described for c in self.items):
            return True
        for c in self.items:
            if c.actor is not None:
                return c.past or c.state
        # an imperative: no clause outside an object frame (对…的问题) may describe
        return any((c.past or c.state) for c in self.items if not (c.in_frame or c.verb_at is not None
                                                                     or c.opens == "frame"))

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


def _analyse(masked: str, cl: list[Clause], *, weak_ok: bool) -> list[_ClauseInfo]:
    op = openers()
    out: list[_ClauseInfo] = []
    starts = [skip_prefix(masked, c.start, c.end) for c in cl]
    opens = [opening(masked, p, c.end) for p, c in zip(starts, cl)]
    all_hits = [list(cues(masked, c.start, c.end)) for c in cl]
    # positions of markers that void a weak cue after them in the unit (not the weak 是)
    voiding = [h.start for hs in all_hits for h in hs
               if h.modality == "past" or (h.modality == "state" and not h.entry.weak)]
    in_object_frame = False
    for k, c in enumerate(cl):
        hits = all_hits[k]
        frame_len = op.starts("frame", masked, starts[k]) if opens[k] == "frame" else 0
        verb_at = None
        if frame_len and masked[starts[k]:starts[k] + frame_len] in _OBJECT_FRAMES:
            # 对…的业务人员实行尽职免责: the verb after the object; what precedes it describes the object
            verb_at = next((i for i in range(starts[k] + frame_len, c.end) if op.starts("verb", masked, i) > 1), None)
        told = [h for h in hits if verb_at is None or h.start >= verb_at]
        past = any(h.modality == "past" for h in told)
        state = any(h.modality == "state" for h in told)
        narrative = any(h.modality == "past" and h.entry.split for h in hits)
        described = any(h.start == starts[k] and h.modality in ("past", "state") for h in hits)
        continues = in_object_frame and opens[k] not in ("verb", "cue")
        n = op.starts("frame", masked, starts[k])
        if opens[k] == "frame" and masked[starts[k]:starts[k] + n] in _OBJECT_FRAMES:
            in_object_frame = True
        elif opens[k] in ("verb", "cue"):
            in_object_frame = False
        topic = k + 1 < len(cl) and opens[k + 1] == "cue" and not continues
        actor = subject(masked, c.start, c.end, topic_ok=topic)
        pos = actor.end if actor else starts[k]
        while True:  # past the words that may stand between a name and its cue (也, 都, 坚决)
            n = op.starts("follow", masked, pos)
            m = cue_table().regex.match(masked, pos)
            if not n or (m and cue_table().entry(m.group()).modality in _MODAL):
                break
            pos += n
        modal = None
        for h in hits:
            if h.modality not in _MODAL:
                continue
            if h.entry.weak and (not weak_ok or any(v < h.start for v in voiding)
                                 or _nominal_use(masked, h, c.start)
                                 or (h.start != pos and opens[k] != "")):
                continue  # a weak cue counts as the predicate of its clause only
            modal = h
            break
        if modal is not None and modal.modality == "permission" and modal.start != pos:
            modal = None  # 可 inside a clause (扩大可降解…) is no permission
        limit = modal.start if modal is not None else c.end
        if actor is not None and any(h.modality == "past" and h.start < limit for h in hits):
            actor = None  # named in a report of the past: 领导小组去年组织…，要…
        open_modal = modal if modal is not None and modal.start == pos else None
        if open_modal is not None and open_modal.modality == "encouragement":
            # who is encouraged acts: 鼓励有条件的学校…, 支持企业开拓…
            sub = subject(masked, open_modal.end, c.end)
            if sub is not None:
                actor = ActorHit(sub.start, sub.end, "pivot", sub.follower)
        if open_modal is None and modal is not None and opens[k] == "":
            open_modal = modal  # the cue is the predicate of a subject: 主要政策措施不能急刹车
        out.append(_ClauseInfo(c, hits, past, state, narrative, opens[k], frame_verb(masked, starts[k]),
                               described, continues, verb_at, actor, modal, open_modal))
    return out


def _nominal_use(masked: str, h: CueHit, clause_start: int) -> bool:
    """A weak cue used as a noun: after a preposition (对支持…发挥了作用) or before the glue
    of a noun phrase (资金支持和工作力量)."""
    after = masked[h.end:h.end + 1]
    if after and after in _NP_GLUE:
        return True
    op = openers()
    return any(op.starts("frame", masked, i) == h.start - i for i in range(max(clause_start, h.start - 2), h.start)) \
        or (h.start > clause_start and masked[h.start - 1] in _PREP_CHARS)


def _groups(infos: list[_ClauseInfo], masked: str) -> list[_Group]:
    groups: list[_Group] = []
    g = _Group()
    for c in infos:
        if g.items:
            a, ga = c.actor, g.actor
            new_actor = a is not None and a.via != "pivot" and (c.modal is not None or a.via != "subject"
                                                                 or a.follower == "listed") and (
                ga is None or masked[a.start:a.end] != masked[ga.start:ga.end])
            kind = g.kind
            new_modal = (c.open_modal is not None and c.open_modal.entry.split and kind is not None
                         and c.open_modal.modality != kind)
            narrative = c.narrative and not g.past
            if (new_actor and g.complete) or (new_modal and (g.complete or g.imperative)) or narrative:
                groups.append(g)
                g = _Group()
        g.items.append(c)
    if g.items:
        groups.append(g)
    return groups


def _run_in(text: str, d: Directive) -> bool:
    """The item's marker stands inside a line (…。一是…), not at its start."""
    line_start = text.rfind("\n", 0, d.start) + 1
    return bool(text[line_start:d.start].strip())


def _retrospective(tr: Tree, d: Optional[Directive]) -> bool:
    """The item, or one holding it, reviews the past: its heading says so (工作回顾, 取得…成就)
    or states a finished change (选人用人的风气更正了)."""
    for x in tr.chain(d):
        title = mask(x.title)
        if opening(title, 0, len(title)) in ("cue", "verb"):
            continue
        if looks_retrospective(x.title) or any(h.modality == "past" for h in cues(title)):
            return True
    return False


def _predicate_span(g: _Group, masked: str) -> tuple[int, int]:
    m = g.modal
    if m is not None and m.modality != "permission":
        c = next(ci.clause for ci in g.items if ci.clause.start <= m.start < ci.clause.end)
        return m.end, c.end
    for ci in g.items:
        if ci.actor is not None:
            return ci.actor.end, ci.clause.end
    for ci in g.items:
        if ci.opens == "verb":
            return skip_prefix(masked, ci.clause.start, ci.clause.end), ci.clause.end
    c = next((ci.clause for ci in g.items if ci.opens not in _FRAMES), g.items[0].clause)
    return c.start, c.end


def find_requirements(text: str, *, sentences: Sequence[Sentence] = (), directives: Sequence[Directive] = (),
                      quantities: Sequence[Quantity] = ()) -> Iterator[Requirement]:
    """Requirements of ``text`` in reading order, ``req_id`` from 1; offsets into ``text``.

    ``directives`` (the structure stage's tree) tells headings from bodies and carries
    actors down; without it a rough tree is read from numbering markers, and
    ``Requirement.directive`` stays empty.  Targets are the quantities with role "target"
    inside a requirement's span."""
    unit_list = list(units(text, sentences))
    tr = tree(text, directives, unit_list)
    chars = list(text)
    for u in unit_list:
        chars[u.start:u.end] = mask(text[u.start:u.end])
    masked = "".join(chars)
    targets = sorted((q for q in quantities if q.role == "target"), key=lambda q: q.start)
    bare, target = bare_entry(), target_entry()

    lead: dict[int, str] = {}  # directive id -> the actor named first in its opening paragraph
    opening_paragraph: dict[int, int] = {}
    current: Optional[str] = None
    place: tuple = ()
    req_id = 0
    for u in unit_list:
        d = tr.innermost(u.start)
        chain = tr.chain(d)
        if (u.paragraph, d.id if d else None) != place:
            new_paragraph = not place or place[0] != u.paragraph
            place = (u.paragraph, d.id if d else None)
            # an item's lead actor carries into its sub-items; into a new paragraph only from
            # items that open a line (一、…, （一）…), not from run-in items (…。一是…)
            current = next((lead[x.id] for x in chain if x.id in lead and
                            not (new_paragraph and _run_in(text, x))), None)
        marker_end = tr.title_marker_end(u, text)
        is_title = marker_end is not None or text.startswith("——", u.start)
        ustart = marker_end if marker_end is not None else u.start
        if text.startswith("——", ustart):
            ustart += 2
        if d is not None and not is_title:
            opening_paragraph.setdefault(d.id, u.paragraph)
        cl = clauses(masked, ustart, u.end)
        if not cl:
            continue
        retro = _retrospective(tr, d)
        infos = _analyse(masked, cl, weak_ok=d is not None and not retro)
        if any(h.modality == "description" for c in infos for h in c.hits):
            continue
        in_body = d is not None and not is_title and not retro
        for g in _groups(infos, masked):
            m = g.modal
            if m is not None and m.modality == "permission":
                continue
            own = tuple(q for q in targets if g.start <= q.start and q.end <= g.end)
            basis = bare
            if m is None:
                asks = in_body and not g.described() and (g.imperative or g.states_actor())
                if not asks:
                    if not own or retro or g.past:
                        continue
                    basis = target  # a target of the quantities stage asks by itself: an aim
            a = g.actor
            if a is not None:
                actor = text[a.start:a.end]
                if a.via != "pivot":
                    current = actor
                    if d is not None and opening_paragraph.get(d.id) == u.paragraph:
                        lead.setdefault(d.id, actor)  # named in the item's opening paragraph
            else:
                actor = current or ""
            ps, pe = _predicate_span(g, masked)
            action, obj = action_object(text[ps:pe])
            start, end = g.start, g.end
            deadline = next((q.deadline for q in own if q.deadline), None) or deadline_in(text[start:end])
            req_id += 1
            yield Requirement(
                req_id=req_id, text=text[start:end], start=start, end=end,
                modality=m.modality if m else basis.modality,
                strength=m.entry.strength if m else basis.strength,
                cue=m.text if m else "", actor=actor, action=action, object=obj,
                deadline=deadline, sentence=u.sentence,
                directive=d.id if (d is not None and tr.reported) else None, targets=own)
