"""Who leads a task, who helps, who guides, and by when: responsibility notes and clauses.

Plans, opinions and notices assign each task to units in a bracketed *note* that closes
the item (``（牵头单位：A；责任单位：B、C；完成时限：2026年底前）``, ``（A、B等按职责分工负责）``,
``（A牵头，B、C配合）``, ``（S指导）``), in a *clause* of the sentence (``由A负责…``, ``A会同B…``,
``A牵头…``) or in a *standing* clause that names the unit of every later item
(``以下均需X落实，不再列出``).  The words are data (``models/responsibility.tsv``); this
module turns text into :class:`Note` records with offsets (pure functions, no segmentation)
and says which note each requirement takes (:func:`assign`).  The convention is the one of
``corpora/README.md`` ("Requirement columns"): units named as leaders lead (joined by 、);
of units listed as jointly responsible, the first leads and the rest are partners.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Iterable, Mapping, Optional, Sequence

from ..resources import char_class, read_tsv
from ..deadlines import field_value, mentions_plan, normalize as normalize_deadline, words as deadline_words
from .actors import _MARKER
from .tagging import pos_at
from .verbphrase import tag_clause, tag_overrides

RESPONSIBILITY_FILE = "responsibility.tsv"
MASK = "〇"
_MAX_NOTE = 400  # characters inside a note's brackets
_MAX_UNIT = 30  # characters of one unit's name
_OPEN, _CLOSE = char_class("resp_note_open"), char_class("resp_note_close")  # （(【〔[ and their ends
_NOTE = re.compile(r"[{o}]((?:[^{o}{c}\n]|[（(][^{o}{c}\n]{{0,40}}[）)]){{2,{n}}})[{c}]".format(
    o=re.escape(_OPEN), c=re.escape(_CLOSE), n=_MAX_NOTE))
# a note the source wrapped over two or three lines (（牵头单位：A⏎配合单位：B）): read only where it parses
_WRAPPED_NOTE = re.compile(r"[（(]((?:[^{o}{c}\n]{{1,120}}\n){{1,2}}[^{o}{c}\n]{{1,120}})[）)]".format(
    o=re.escape(_OPEN), c=re.escape(_CLOSE)))
_LIST_AFTER = char_class("resp_list_after")  # 等、和及与: the list goes on
_NAME_JOINT = char_class("resp_name_joint")
_NOT_AGENT_BEFORE = char_class("resp_not_agent_before")
_AIM_CHARS = char_class("resp_aim_chars")
_BARE_NOT = char_class("resp_bare_not")  # 了着过: a bracket holding one tells an event, it lists no units
_MAX_BARE = 12  # characters of one unit of a bare list: the names of bodies, not a sentence ending in 厅
_MARKS = char_class("resp_note_marks")  # ★ before a note's field: a key task's mark, no part of a name
_LABEL_OPEN, _LABEL_CLOSE = char_class("resp_label_open"), char_class("resp_label_close")  # 【责任单位】A、B
_LABEL_BOX = re.compile(rf"[{_LABEL_OPEN}]([^{_LABEL_OPEN}{_LABEL_CLOSE}]{{2,10}})[{_LABEL_CLOSE}]")
_DASH = char_class("resp_note_dash")  # ——A牵头——2026年6月底前: a dash run between a note's parts
_FIELD_SEP = re.compile(rf"[；;。]|[，,](?=[^，,：:；;。]{{1,10}}[：:])|(?<=[^\d{_DASH}])[{_DASH}]{{2,}}")
_DASH_LIMIT = re.compile(rf"[{_DASH}]{{2,}}(?P<d>[^{_DASH}。；;\n]{{2,16}})(?=[。；;\n]|$)")
_SEGMENT_SEP = re.compile(r"[，,；;。]")
_BREAK = re.compile(r"\n")
_UNIT_SEP = re.compile(r"[、，,/\s\u3000]")
_LEVELS = char_class("resp_levels")  # 市区县省各…: may open a unit's name
# a name of its own in brackets (3+ characters), not a short variant (各乡镇（街道）, 市X委（局）)
_ALIAS = re.compile(r"(?<=[^\s（(])[（(][^（()）]{3,20}[）)]$")
_LABEL = re.compile(r"\s*([^：:\s]{1,10})\s*[：:]\s*")
_ROLES = ("lead", "joint", "partner", "supervisor")


@dataclass(frozen=True, slots=True)
class Note:
    """A responsibility note or clause; ``start``/``end`` index the text it was read from.

    ``kind``: "note" (bracketed, closes an item or a paragraph's sentences), "standing"
    (names the lead of every later item), "clause" (a sentence names its own lead: A牵头,
    A负责, A会同B), "agent" (由A…: the lead of that requirement only)."""

    start: int
    end: int
    lead: str = ""
    partners: tuple[str, ...] = ()
    supervisor: str = ""
    deadline: Optional[str] = None
    kind: str = "note"
    via_partner: bool = False  # kind "coop" from B、C配合 opening the requirement: partners of the lead before

    @property
    def assigns(self) -> bool:
        return bool(self.lead or self.partners or self.supervisor or self.deadline)


@dataclass(frozen=True)
class _Lexicon:
    labels: Mapping[str, str]  # label -> role (lead, joint, partner, supervisor, deadline, other)
    verbs: tuple[tuple[str, str], ...]  # (word, role) closing a part of an unlabelled note, longest first
    joiners: re.Pattern
    joiner_keep: Mapping[str, str]  # joiner -> the part of it that begins the next unit (和各 -> 各)
    standing: re.Pattern
    asides: frozenset
    clause: re.Pattern  # clause words (group "w"), longest first
    clause_kind: Mapping[str, tuple[str, str]]  # word -> (kind, reach)
    not_after: tuple[str, ...]
    agent_not: tuple[str, ...]
    fillers: tuple[str, ...]
    unit_end: re.Pattern  # a unit name's end, matched backwards from a position (see _name_before)
    unit_ends: tuple[str, ...]
    unit_names: frozenset  # whole names of parties without a body's ending (各区, 各县)
    name_mods: tuple[str, ...]  # words tagged as verbs that go on with a unit's name (国务院|有关部门)
    name_stops: tuple[str, ...]  # adverbials jieba tags as no verb that end a name (B|及时督促)
    encouraging: tuple[str, ...]  # cues of encouragement that open a name before a clause word: no unit (支持企业牵头)
    agent_ends: tuple[str, ...]  # how a party's name after 由 may end besides a unit's (纳税人, 一方)
    party_end: re.Pattern  # unit_end and agent_end
    founding: tuple[str, ...]  # verbs that set up a unit, whose duty the next clause states (成立X，负责…)
    coop_verbs: re.Pattern  # verbs of co-operation that close the partners of 与/联同 B (合作, 探讨)
    supervise_frame: re.Pattern  # 在X(的)统一领导下: X guides the sentence (group "unit")
    guide_clause: re.Pattern  # X应当对…加强指导 as a whole sentence part: X guides the part before (group "unit")
    guide_verbs: tuple[str, ...]
    organised: re.Pattern  # after 组织: B、C等部门和机构 (group "list": the units without their shared head)
    standing_heads: tuple[str, ...]  # how standing clauses start (以下, 下列): a text without one has none
    unit_tails: tuple[str, ...]  # trimmed from a unit of a list (等部门, 等)
    known_label: re.Pattern  # a known label, marks before it, a colon after it or (group "bare") none
    label_at: re.Pattern  # a known label and its colon: a field starts there (A配合单位：B, spaces gone)
    label_spaced: re.Pattern  # a label that assigns, set off by spaces inside a field (… 配合单位 B)
    label_box: re.Pattern  # a known label in 【】 (【责任单位】A、B): one pattern of its own, for speed
    role_mark: re.Pattern  # a unit with its role in brackets after it (A（牵头）): groups "unit", "verb"
    with_words: tuple[str, ...]  # 会同: in a note's part, the units before it take the part's role, those after partner
    agent_words: tuple[str, ...]  # 由 opening a note's part (由A牵头负责): no part of the unit's name
    duty_frames: tuple[str, ...]  # 按职责分工: closes a note's part before a short verb (A、B按职责分工推进)
    list_tail: re.Pattern  # 等 and a shared head closing a list's last unit (A等市相关部门 → A)
    bare_end_at: re.Pattern  # a body's ending anywhere in a name (for names glued together)
    label_line: re.Pattern  # a label that assigns opening a line or following a sentence (…。牵头单位：A。), up to 。
    bare_ends: tuple[str, ...]  # how each unit of a bare list in brackets ends (（市住建委、市财政局）)
    scope_before: Optional[re.Pattern]  # a label_scope word ending where a label starts (以上任务|责任单位：)
    scope_words: frozenset[str]  # the label_scope words
    guide_adverbs: tuple[str, ...]  # may stand before a guiding verb (加强指导): no part of the unit's name


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _in_order(words: Iterable[str]) -> str:
    """An alternation tried in the file's order."""
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=None)
def _kind(kind: str) -> tuple[str, ...]:
    """The words of one kind of responsibility.tsv, in the file's order."""
    return tuple(r["word"] for r in read_tsv(RESPONSIBILITY_FILE) if r["kind"] == kind)


@lru_cache(maxsize=None)
def _verb_roles() -> Mapping[str, str]:
    """The role of each verb that closes a part of a note (``verbs`` as a dict): built once, not at
    every requirement's :func:`clause_note` (a dict of 34 pairs per requirement: 23,330 over the archive)."""
    return MappingProxyType(dict(lexicon().verbs))


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    by: dict[str, list[tuple[str, str]]] = {}
    for r in read_tsv(RESPONSIBILITY_FILE):
        by.setdefault(r["kind"], []).append((r["word"], (r.get("arg") or "").strip()))
    words = {k: [w for w, _ in v] for k, v in by.items()}
    labels = {w: k[len("label_"):] for k, v in words.items()
              if k.startswith("label_") and k != "label_scope" for w in v}
    scope = f"(?:{_alt(words.get('label_scope', ()))})?" if words.get("label_scope") else ""
    verbs = sorted(((w, k[len("verb_"):]) for k, v in words.items() if k.startswith("verb_") for w in v),
                   key=lambda x: len(x[0]), reverse=True)
    clause_kind = {w: (k, reach) for k in ("clause_lead", "clause_with", "clause_partner", "agent", "charge", "coop",
                                                  "organise")
                   for w, reach in by.get(k, ())}
    assigning = _alt(w for w, r in labels.items() if r != "other")  # labels that assign
    return _Lexicon(
        labels=labels, verbs=tuple(verbs),
        joiners=re.compile(_alt(words.get("joiner", ())) or "(?!)"),
        joiner_keep={w: arg for w, arg in by.get("joiner", ())},
        standing=re.compile(f"(?:{_alt(words.get('standing', ()))})(?P<unit>[^，,；;。]{{2,{_MAX_UNIT}}}?)"
                            f"(?:{_in_order(words.get('standing_verb', ()))})"),
        asides=frozenset(words.get("aside", ())),
        clause=re.compile(f"(?P<w>{_alt(clause_kind)})"), clause_kind=clause_kind,
        not_after=tuple(words.get("not_after", ())), agent_not=tuple(words.get("agent_not", ())),
        fillers=tuple(sorted(words.get("filler", ()), key=len, reverse=True)),
        guide_adverbs=tuple(sorted(words.get("guide_adverb", ()), key=len, reverse=True)),
        unit_end=re.compile(f"(?:{_alt(words.get('unit_end', ()))})"),
        unit_ends=tuple(sorted(words.get("unit_end", ()), key=len, reverse=True)),
        unit_names=frozenset(words.get("unit_name", ())),
        name_mods=tuple(words.get("name_mod", ())),
        name_stops=tuple(words.get("name_stop", ())),
        encouraging=tuple(sorted(words.get("encouraging", ()), key=len, reverse=True)),
        agent_ends=tuple(sorted(words.get("agent_end", ()), key=len, reverse=True)),
        founding=tuple(words.get("founding", ())),
        organised=re.compile(f"(?P<list>[^，,。；;：:（(]{{2,{2 * _MAX_UNIT}}}?)"
                             f"等(?:{_in_order(words.get('organised_mod', ()))})?"
                             f"(?:{_alt(words.get('collective', ())) or '(?!)'})"),
        party_end=re.compile(f"(?:{_alt([*words.get('unit_end', ()), *words.get('agent_end', ())])})"),
        coop_verbs=re.compile(_alt(words.get("coop_verb", ())) or "(?!)"),
        supervise_frame=re.compile(
            f"在(?P<unit>[^，,。；;：:“”（()）\\n]{{2,{_MAX_UNIT}}}?)的?(?:{_alt(words.get('frame_adverb', ()))})?"
            f"(?:{_alt(words.get('frame_supervisor', ())) or '(?!)'})下"),
        guide_clause=re.compile(
            f"(?P<unit>[^，,。；;：:“”（()）\\n]{{2,{2 * _MAX_UNIT}}}?)(?:{_alt(words.get('filler', ())) or '(?!)'})?"
            f"(?:对[^，,。；;：:\\n]{{1,40}}?)?(?:{_alt(words.get('guide_adverb', ())) or '(?!)'})*"
            f"(?:{_alt(words.get('guide_verb', ())) or '(?!)'})"
            f"(?:{_in_order(words.get('guide_object', ()))})?[。；;\\n]"),
        guide_verbs=tuple(words.get("guide_verb", ())),
        standing_heads=tuple(sorted({w[:2] for w in words.get("standing", ())})),
        unit_tails=tuple(words.get("unit_tail", ())),
        known_label=re.compile(rf"[\s{re.escape(_MARKS)}]*{scope}(?P<label>{_alt(labels)})(?:\s*[：:]|(?P<bare>\s*))\s*"),
        label_at=re.compile(rf"(?:{_alt(labels)})\s*[：:]"),
        label_box=re.compile(rf"[{_LABEL_OPEN}](?:{_alt(labels)})[{_LABEL_CLOSE}]"),
        label_spaced=re.compile(rf"(?<=[ \u3000])(?:{assigning})(?=[ \u3000])"),
        role_mark=re.compile(rf"(?P<unit>.+?)[（(](?P<verb>{_alt(w for w, _ in verbs)})[）)]"),
        with_words=tuple(w for w, reach in by.get("clause_with", ()) if reach != "named"),
        agent_words=tuple(words.get("agent", ())),
        duty_frames=tuple(sorted(words.get("duty_frame", ()), key=len, reverse=True)),
        bare_end_at=re.compile(_alt(words.get("bare_end", ())) or "(?!)"),
        list_tail=re.compile(rf"(?:{_alt(words.get('list_end', ())) or '(?!)'})[^、，,]{{0,2}}?"
                             rf"(?:{_alt(words.get('organised_mod', ())) or '(?!)'})?"
                             rf"(?:{_alt(words.get('collective', ())) or '(?!)'})$"),
        label_line=re.compile(rf"(?:^|(?<=[。；;！？!?，,])|(?=[{_DASH}]{{2}}))[ \t\u3000{re.escape(_MARKS)}]*{scope}"
                              rf"(?:(?:{assigning})[ \t\u3000]*[：:]|[{_LABEL_OPEN}](?:{assigning})[{_LABEL_CLOSE}])"
                              r"(?:[^。；;\n]|(?<=[、，,])\n)*[。；;]?",  # (a list wrapped after 、 goes on)
                              re.M),
        bare_ends=tuple(sorted(words.get("bare_end", ()), key=len, reverse=True)),
        scope_before=re.compile(f"(?:{_alt(words.get('label_scope', ()))})$") if words.get("label_scope") else None,
        scope_words=frozenset(words.get("label_scope", ())),
    )


# --------------------------------------------------------------------------- notes

def _units(value: str) -> list[str]:
    """The units of a list (A、B，C; A、B等和各省级人民政府), each trimmed of 等 and spaces."""
    lex = lexicon()
    out = []
    for part in _split_units(lex.joiners.sub(lambda m: "、" + lex.joiner_keep.get(m.group(), ""), value)):
        u = part.strip().strip("\u3000 ")
        for tail in lex.unit_tails:
            if u.endswith(tail) and len(u) > len(tail):
                u = u[: -len(tail)]
                break
        else:
            u = lex.list_tail.sub("", u)  # A等市相关部门
        if u.endswith(("）", ")")) and not lex.role_mark.fullmatch(u):
            u = _ALIAS.sub("", u)  # 市委网信办（市互联网信息办公室）: the name, not its other name
        if len(u) == 1 and out and u in lex.unit_ends:
            out[-1] += "、" + u  # 各街道、镇: one group of units
        elif u:
            for v in _unglue(u):
                out.extend(split_names(v, conj_only=True) if len(v) > 5 else [v])  # A和B, not 文化和旅游部
    return out


_SHORT_BRACKET = re.compile(r"(?<=[^（(])[（(][^（()）]{1,2}[）)]$")
_IN_BRACKETS = re.compile(r"[（(][^（()）]{1,12}[）)]")
_LEVEL_ONLY = re.compile(rf"各?[{_LEVELS}]{{1,2}}[（(][^（()）]{{1,4}}[）)]$")  # 各市（州）
_LEVEL_NEXT = re.compile(rf"[{_LEVELS}][（(]")  # 县（市、区）…


def _split_units(value: str) -> list[str]:
    """A list cut at its separators, not inside a name's bracket (各县（市、区）政府); a part that is no
    unit's name but opens one that shares the next part's head is joined to it (各市（州）、县（市、区）人民政府)."""
    if "（" not in value and "(" not in value:
        return _UNIT_SEP.split(value)
    masked = _IN_BRACKETS.sub(lambda m: m.group().replace("、", "\0").replace("，", "\1"), value)
    parts = [p.replace("\0", "、").replace("\1", "，") for p in _UNIT_SEP.split(masked)]
    out: list[str] = []
    for p in parts:
        if out and _LEVEL_ONLY.match(out[-1]) and _LEVEL_NEXT.match(p) and _is_unit(p):
            out[-1] += "、" + p
        else:
            out.append(p)
    return out


def _unglue(name: str) -> list[str]:
    """Names of units that lost the space between them (市发展改革委 市财政局 → 市发展改革委市财政局): cut
    after a body's ending where the next name opens with a level (市, 区, 县, 各 …) as a word of its own or
    a unit (市|财政局, 县政府; not 市场司, 区域…)."""
    if len(name) < 6:
        return [name]
    lex = lexicon()
    out, a = [], 0
    for m in lex.bare_end_at.finditer(name, 2):
        i = m.end()
        if i - a < 3 or len(name) - i < 3 or name[i] not in _LEVELS:
            continue
        w, tag = _pos(name, i)  # 市|财政局, 县政府, 各区(r), 各街道(l), 各乡镇(ns); not 市场(n)
        if (len(w) <= 1 or w.endswith(lex.unit_ends) or tag[:1] in ("r", "l") or tag == "ns") \
                and _is_unit(name[a:i]):
            out.append(name[a:i])
            a = i
    if not out or not _is_unit(name[a:]):
        return [name]
    return [*out, name[a:]]


def _plausible(units: Sequence[str]) -> bool:
    """Names of units, not a phrase: short, no 的, no digits."""
    return bool(units) and all(2 <= len(u) <= _MAX_UNIT and "的" not in u and not any(c.isdigit() for c in u)
                               for u in units)


def _inner_agent(s: str) -> bool:
    """An agent word (由) inside a part of a note, not opening it nor part of a word (自由, 理由)."""
    for a in lexicon().agent_words:
        i = s.find(a, 1)
        while i > 0:
            if s[i - 1] not in _NOT_AGENT_BEFORE:
                return True
            i = s.find(a, i + 1)
    return False


_VERB_TAIL = 4  # characters of a verb after a note's role verb (A牵头推进, A负责组织实施)


def _split_role(segment: str, role: str | None = None) -> Optional[list[tuple[str, str]]]:
    """An unlabelled part of a note, ``units + verb`` (A、B等负责, A牵头, 由A牵头负责, A牵头推进): its
    (role, unit) pairs; ``A会同B负责``: A takes the verb's role and B partners.  ``role``: a label's, for
    a part without a verb (责任单位：A会同B)."""
    lex = lexicon()
    s = segment.strip().lstrip(_MARKS)
    for a in lex.agent_words:
        pre = next((f for f in ("", *lex.fillers) if s.startswith(f + a)), None)  # 由A…, 具体由A…
        if pre is not None:
            s = s[len(pre) + len(a):]
            break
    if _inner_agent(s):
        return None  # 技工院校内由A负责: a condition before the agent, a remark on the text, no note
    names = None
    for w, r in lex.verbs:
        if s.endswith(w) and len(s) > len(w):
            names, role = s[: -len(w)], r
            break
    if names is None:
        for w, r in lex.verbs:  # a role verb and a short verb after it, every name a unit's (A牵头推进)
            i = s.rfind(w)
            if i > 0 and 0 < len(s) - i - len(w) <= _VERB_TAIL and not _SEGMENT_SEP.search(s, i) \
                    and all(_is_unit(u) for u in _units(s[:i])):
                names, role = s[:i], r
                break
    if names is None:
        for w in lex.duty_frames:  # A、B按职责分工推进: a frame of duty and a short verb after it
            i = s.rfind(w)
            if i > 0 and len(s) - i - len(w) <= _VERB_TAIL and not _SEGMENT_SEP.search(s, i):
                names, role = s[:i], "joint"
                break
    if names is None:
        if role is None or not any(ww in s for ww in lex.with_words):
            return None
        names = s
    for w in lex.duty_frames:  # 各区按职责|落实
        if names.endswith(w) and len(names) > len(w):
            names = names[: -len(w)]
            break
    names = _strip_fillers(names)  # 各区政府具体|负责
    if role == "supervisor":
        names = _strip_words(names, lex.guide_adverbs)  # 市住建委加强|指导
    helpers = ""
    for ww in lex.with_words:
        if ww in names:
            names, _, helpers = names.partition(ww)
            break
    units, others = _units(names), _units(helpers)
    if not _plausible(units) or helpers and not _plausible(others):
        return None
    return [(role, u) for u in units] + [("partner", u) for u in others]


def _value_pairs(role: str, value: str) -> Optional[list[tuple[str, str]]]:
    """A label's value that names roles itself (责任单位：A牵头，B、C配合 / 责任单位：A会同B): its pairs,
    the label's ``role`` for a part without a verb; None when no part names one."""
    parts = [p for p in _SEGMENT_SEP.split(value) if p.strip()]
    got = [_split_role(p, role) for p in parts]
    if not any(got):
        return None
    out: list[tuple[str, str]] = []
    for p, g in zip(parts, got):
        if g is None:
            units = _units(p)
            if not _plausible(units):
                return None
            g = _marked(role, units)
        out.extend(g)
    return out


def _marked(role: str, units: Sequence[str]) -> list[tuple[str, str]]:
    """(role, unit) pairs of a label's list, where a unit's own bracket names its role (A（牵头）、B)."""
    lex = lexicon()
    roles = _verb_roles()
    out = []
    for u in units:
        m = lex.role_mark.fullmatch(u) if u.endswith(("）", ")")) else None
        out.append((roles[m.group("verb")], m.group("unit").strip()) if m else (role, u))
    return out


def unit_names(value: str) -> list[str] | None:
    """The units a cell or a label's value lists (A、B，C; A、B等和各省级人民政府), or None when it
    is no list of units (a phrase, a sentence, digits)."""
    units = _units(value.strip().rstrip("、，,；;"))
    if _plausible(units):
        return units
    lex = lexicon()  # A（牵头）、B: a unit's own bracket naming its role is no part of its name
    return units if any(u.endswith(("）", ")")) for u in units) and _plausible(
        [lex.role_mark.sub(r"\g<unit>", u) for u in units]) else None


_OPEN_CHARS = re.compile("[（(]")  # a bracket in a cell (A（牵头）, …（按职责分工负责）): read by the unit list


def cells_note(cells: Sequence[tuple[str, str]], year: int | None, start: int, end: int,
               kind: str = "table") -> Note | None:
    """A note from labelled values, as a table row gives them: ``cells`` are (role, text) in
    column order, role one of lead, joint, partner, supervisor, deadline (the roles of the
    labels of ``models/responsibility.tsv``).  Units and the deadline are read as a note's
    are (:func:`unit_names`, ``deadlines.field_value``); None when nothing is assigned."""
    pairs: list[tuple[str, str]] = []
    deadline: str | None = None
    for role, value in cells:
        if role == "deadline":
            deadline = field_value(value, year) or deadline
        elif role in _ROLES:
            named = _value_pairs(role, value) if _ROLE_WORD.search(value) and not _OPEN_CHARS.search(value) \
                else None
            if named is not None:  # 责任单位 | A牵头，B、C配合: the cell names the roles itself
                pairs.extend(named)
                continue
            pairs.extend(_marked(role, unit_names(value) or ()))  # A（牵头）、B: the unit's own bracket names its role
    note = _compose(pairs, deadline, start, end, kind)
    return note if note.assigns else None


def _compose(pairs: Sequence[tuple[str, str]], deadline: Optional[str], start: int, end: int, kind: str) -> Note:
    """A note from its (role, unit) pairs in written order (see the module's convention)."""
    leads = [u for r, u in pairs if r == "lead"]
    joint = [u for r, u in pairs if r == "joint"]
    lead = "、".join(dict.fromkeys(leads)) if leads else (joint[0] if joint else "")
    first_joint_used = not leads and bool(joint)
    partners: list[str] = []
    skipped = False
    for r, u in pairs:
        if r not in ("joint", "partner"):
            continue
        if first_joint_used and r == "joint" and not skipped:
            skipped = True
            continue
        if u not in partners and u != lead and u not in leads:
            partners.append(u)
    sup = "、".join(dict.fromkeys(u for r, u in pairs if r == "supervisor"))
    return Note(start, end, lead, tuple(partners), sup, deadline, kind)


_Parsed = tuple[list[tuple[str, str]], Optional[str], Optional[str]]


_ROLE_WORD = re.compile(_alt([*_kind("verb_lead"), *_kind("verb_joint"), *_kind("verb_partner"),
                              *_kind("verb_supervisor"), *(w for w in _kind("clause_with") if len(w) > 1)]))


def _fields(body: str) -> list[str]:
    """A note's fields: cut at ；。, at ， before a label, and right before a known label with its
    colon (牵头单位：A配合单位：B, where normalising took the space between them)."""
    lex = lexicon()
    out = []
    for f in _FIELD_SEP.split(body):
        cuts = [m.start() for m in lex.label_at.finditer(f)
                if f[:m.start()].strip(_MARKS + " \t\u3000") not in ("", *lex.scope_words)]
        if " " in f or "\u3000" in f:  # 牵头单位 A 配合单位 B: labels set off by spaces, no colon
            cuts = sorted({*cuts, *(m.start() for m in lex.label_spaced.finditer(f))})
        out.extend(f[a:b] for a, b in zip([0, *cuts], [*cuts, len(f)]))
    return out


def _unit_list(seg: str) -> bool:
    """Only names of units (A、B): a part of a note whose verb comes in the next part."""
    if not seg.endswith(lexicon().unit_ends):
        return False  # (the cheap test first)
    units = _units(seg)
    return _plausible(units) and all(_is_unit(u) for u in units)


def _bare_label_ok(label: str, value: str) -> bool:
    """A long label with no colon (牵头单位市住建委) holds a field only before names of units."""
    units = _units(value)
    return len(label) >= 4 and _plausible(units) and all(_is_unit(u) for u in units)


def parse_note(body: str, year: Optional[int] = None) -> Optional[_Parsed]:
    """The inside of a bracket as a note: ``(pairs, deadline, standing unit)``, or None when
    it is no note (（以下简称…）, （试行）)."""
    lex = lexicon()
    pairs: list[tuple[str, str]] = []
    deadline: Optional[str] = None
    standing: Optional[str] = None
    labelled = False
    for f in _fields(body):
        if not f.strip():
            continue
        m = lex.known_label.match(f)
        if m and m.group("bare") is not None and not _bare_label_ok(m.group("label"), f[m.end():]):
            m = None  # 牵头单位市住建委 (the space normalised away) only before names of units
        m = m or _LABEL.match(f)
        role = lex.labels.get(m.group(1)) if m else None
        if m and role == "parts":  # 责任分工：A牵头，B配合: its value is an unlabelled note
            labelled, f, m = True, f[m.end():], None
        if m and role is not None:
            labelled = True
            value = f[m.end():]
            if role == "deadline":
                deadline = field_value(value, year) or deadline
            elif role != "other":
                named = _value_pairs(role, value) if _ROLE_WORD.search(value) and not _OPEN_CHARS.search(value) \
                else None
                if named is not None:
                    pairs.extend(named)
                    continue
                units = _units(value)
                if not _plausible([lex.role_mark.sub(r"\g<unit>", u) for u in units]):
                    return None
                pairs.extend(_marked(role, units))
            continue
        if m and not labelled and not pairs:
            return None  # （注：…）, （例如：…）: a label we do not know opens the bracket
        if m:
            continue  # the value of a label we do not know (适用范围：…，…)
        # an unlabelled part: units + verb, a standing clause, an aside, or a time limit
        held = ""  # units before a ，that the next segment's verb assigns too (A，B、C按职责分工负责)
        aside = False
        for seg in _SEGMENT_SEP.split(f):
            seg = seg.strip()
            if not seg or seg in lex.asides:
                aside = aside or bool(seg)
                continue
            sm = lex.standing.search(seg)
            if sm:
                standing = sm.group("unit").strip()
                continue
            fm = lex.supervise_frame.fullmatch(seg) if seg.startswith("在") else None
            if fm and _is_unit(fm.group("unit")):  # （在A指导下，B负责）
                pairs.append(("supervisor", fm.group("unit")))
                continue
            got = _split_role(held + "、" + seg) if held else None
            got = got or _split_role(seg)
            if got is not None:
                pairs.extend(got)
                held = ""
                continue
            d = normalize_deadline(seg, year)
            if d is not None and len(seg) <= 16:
                deadline = d
                continue
            if not held and _unit_list(seg):
                held = seg
                continue
            if labelled:
                continue  # a remark after the labelled fields
            return None
        if held and not labelled:
            if not aside:
                return None
            pairs.extend(("joint", u) for u in _units(held))  # （A、B、C，列第一位的为牵头单位）
    if not pairs and standing is None and not (labelled and deadline):
        return None
    return pairs, deadline, standing


def find_notes(text: str, year: Optional[int] = None) -> list[Note]:
    """The bracketed responsibility notes of ``text`` in order (kind "note"), and the standing
    clauses (kind "standing", inside a note or not).  ``year``: the document's, for 年底前."""
    out: list[Note] = []
    lex = lexicon()
    lines = _label_lines(text, year) + _role_sentences(text, year) + _bare_lines(text)
    if not any(c in text for c in _OPEN) and not any(h in text for h in lex.standing_heads):
        return lines
    for m in _NOTE.finditer(text):
        body = m.group(1)
        got = parse_note(body, year)
        if got is None:
            bare = _bare_note(body, year) if _closes(text, m.start(), m.end()) else None
            if bare:
                out.append(_compose([("joint", u) for u in bare[0]], bare[1], m.start(), m.end(), "note"))
            continue
        pairs, deadline, standing = got
        if pairs or deadline:
            out.append(_compose(pairs, deadline, m.start(), m.end(), "note"))
        if standing:
            out.append(Note(m.start(), m.end(), standing, (), "", None, "standing"))
    if "\n" in text:
        out.extend(_wrapped_notes(text, year))
    out.extend(x for x in lines if not any(n.start <= x.start < n.end for n in out))  # (not fields inside brackets)
    inside = [(n.start, n.end) for n in out]
    for m in lex.standing.finditer(text):  # a standing clause in running text, with the asides after it
        if not any(a <= m.start() < b for a, b in inside):
            end = _asides_end(text, m.end())
            partners, end = _standing_partners(text, m.end(), year) if end == m.end() else ((), end)
            out.append(Note(m.start(), end, m.group("unit").strip(), partners, "", None, "standing"))
    out.sort(key=lambda n: (n.start, n.kind != "note"))
    return out


def _wrapped_notes(text: str, year: Optional[int]) -> list[Note]:
    """Notes whose brackets a line break cuts (（牵头单位：A；⏎配合单位：B）, （…：A、⏎B）): a break after a
    list mark or a field's end joins the lines, any other ends a field; kept only where every line
    reads as part of a note (no sentence)."""
    out = []
    for m in _WRAPPED_NOTE.finditer(text):
        parts = [p.strip() for p in m.group(1).split("\n")]
        if not all(parts) or any(_SENTENCE_END.search(p[:-1]) for p in parts):
            continue
        body = parts[0]
        for p in parts[1:]:
            body += p if body.endswith(tuple("、，,；;：:")) else "；" + p
        got = parse_note(body, year)
        if got is not None and (got[0] or got[1]) and all(_is_unit(u) for _, u in got[0]):
            out.append(_compose(got[0], got[1], m.start(), m.end(), "note"))
    return out


def _standing_partners(text: str, pos: int, year: Optional[int]) -> tuple[tuple[str, ...], int]:
    """The partners a standing clause names in the rest of its sentence (以下各项任务均由A牵头，B、C配合。) and
    where the sentence ends; ``((), pos)`` unless every part after ``pos`` names only partners or is an aside."""
    e = _SENTENCE_END.search(text, pos)
    e_pos = e.start() if e else len(text)
    if e_pos - pos > 2 * _MAX_UNIT + 8:
        return (), pos
    partners: list[str] = []
    for part in (p.strip() for p in _SEGMENT_SEP.split(text[pos:e_pos])):
        if not part or part in lexicon().asides:
            continue
        got = parse_note(part, year)
        if got is None or not got[0] or any(r != "partner" or not _is_unit(u) for r, u in got[0]):
            return (), pos
        partners.extend(u for _, u in got[0])
    return tuple(partners), (e_pos + (1 if e and text[e_pos] != "\n" else 0)) if partners else pos


def _asides_end(text: str, pos: int) -> int:
    """Where a standing clause in running text ends: after the asides that follow it (，不再列出) and
    its 。, when nothing else follows in its sentence; else at ``pos``."""
    e = _SENTENCE_END.search(text, pos)
    e_pos = e.start() if e else len(text)
    rest = [p.strip() for p in _SEGMENT_SEP.split(text[pos:e_pos])]
    if any(p and p not in lexicon().asides for p in rest):
        return pos
    return e_pos + (1 if e and text[e_pos] != "\n" else 0)


def _label_lines(text: str, year: Optional[int]) -> list[Note]:
    """Notes written without brackets: labelled fields on lines of their own or after a sentence's end
    (牵头单位：A；完成时限：…, a task table flattened to labelled lines, …设施。责任单位：A、B。, 责任分工：A牵头，
    B配合): a run of such fields is one note; it ends at the 。 after the last, so no text is lost."""
    lex = lexicon()
    runs: list[list[re.Match]] = []
    hits = list(lex.label_at.finditer(text))  # a label and its colon (a literal scan), then where it stands
    if _LABEL_OPEN in text or any(c in text for c in _LABEL_OPEN):
        hits = sorted([*hits, *lex.label_box.finditer(text)], key=lambda h: h.start())
    for h in hits:
        j = h.start()
        if lex.scope_before is not None and j > 0 and text[j - 1] not in "\n。；;！？!?，,":
            sm = lex.scope_before.search(text, max(0, j - 8), j)
            j = sm.start() if sm else j  # 以上任务责任单位：…
        dashed = j >= 2 and text[j - 1] in _DASH and text[j - 2] in _DASH  # 推进…——责任单位：A (a task line's note)
        while j > 0 and text[j - 1] in _MARKS + " \t\u3000":
            j -= 1
        if j > 0 and text[j - 1] not in "\n。；;！？!?，," and not dashed or runs and j < runs[-1][-1].end():
            continue
        m = lex.label_line.match(text, j)
        if m is None:
            continue
        if runs and text[runs[-1][-1].end():m.start()].strip() == "":
            runs[-1].append(m)
        else:
            runs.append([m])
    out = []
    for run in runs:
        got = parse_note("；".join(_LABEL_BOX.sub(r"\1：", m.group().strip().rstrip("。；;")) for m in run), year)
        if got is not None and (got[0] or got[1]) and all(_is_unit(u) for _, u in got[0]):
            out.append(_compose(got[0], got[1], run[0].start(), run[-1].end(), "note"))
    return out


_ROLE_END = re.compile(rf"(?:{_alt(_kind('sentence_verb'))})(?=[。；;\n]|$|[{_DASH}]{{2}})")  # (rare: found first)
_ROLE_SENTENCE = re.compile(rf"(?:^|(?<=[。！？!?，,{_MARKS}]))[ \t\u3000{_MARKS}]*"
                            rf"(?P<s>[^。！？!?；;：:\n（(“]{{2,80}}?"
                            rf"(?:{_alt(_kind('sentence_verb'))}))"
                            rf"(?=[。；;]|$|[{_DASH}]{{2}})", re.M)
_ROLE_SPAN = 84  # characters before a sentence's verb where the sentence may start


def _role_sentences(text: str, year: Optional[int]) -> list[Note]:
    """Sentences that only assign the item's task, a note without brackets (由A牵头，B、C配合。 / A负责，
    B协助。), or the clauses that end a sentence so (建立…机制，由A牵头，B配合。): every part is units and a
    role verb, every unit's name a unit's (not 具体办法由X负责, not a label's word: 牵头单位负责)."""
    lex = lexicon()
    out: list[Note] = []
    for v in _ROLE_END.finditer(text):
        floor = max(0, v.start() - _ROLE_SPAN)
        lo = max(floor, max(text.rfind(c, floor, v.start()) for c in "。！？!?；;\n") + 1)
        if out and lo < out[-1].end:
            continue
        m = _ROLE_SENTENCE.search(text, lo, v.end())
        if m is None or m.end("s") != v.end():
            continue
        a, b = m.start("s"), m.end("s")
        dashed = b < len(text) and text[b] in _DASH
        dm = _DASH_LIMIT.match(text, b) if dashed else None
        if dashed and (dm is None or normalize_deadline(dm.group("d"), year) is None):
            continue  # a dash after the verb opens no time limit (A牵头——其他): no note
        b_note = dm.end() if dm else b  # ——A牵头——2026年6月底前: the limit after a second dash is the note's
        starts = [a, *(i + 1 for i in range(a, b)
                       if text[i] in "，," or text[i] in _MARKS and text[i + 1] not in _MARKS)]  # (…——A牵头)
        for k in starts:  # the whole sentence, else the clauses after each comma
            scope = max((w for w in lex.scope_words if text.startswith(w, k)), key=len, default="") if k == a else ""
            got = parse_note(text[k + len(scope):b_note], year)  # 上述任务|由A牵头，B配合。: the tasks above
            if got is None or not got[0] or any(not _is_unit(u) or u in lex.labels
                                                or any(w in u for w in lex.agent_words) for _, u in got[0]):
                continue
            if not scope and _tag_at(text, k + (1 if text.startswith(lex.agent_words, k) else 0))[:1] == "v":
                break  # 推动改革发展政策和部署落实: a verb opens it, no unit's name
            if k > a and text[k - 1] not in _MARKS and _topic_only(text, a, k - 1):
                break  # 下列事项的审批，由A负责。: the provision's predicate, no note
            e = b_note + (1 if b_note < len(text) and text[b_note] in "。；;" else 0)
            while k > lo and text[k - 1] in _MARKS:
                k -= 1  # the dash that opens it (…活动——A牵头，B配合) is the note's, not the task's
            note = _compose(got[0], got[1], k, e, "note")
            if note.lead:  # (商界参与。: a statement, no assignment)
                out.append(note)
            break
    return out


def _closes(text: str, a: int, b: int) -> bool:
    """A bracket at ``a``..``b`` closes its sentence or clause or stands after it (…。（A、B） / …设施（A）。 /
    …建设（A）；…), not right after a name, which it would shorten or gloss (区城市运行管理中心（区城运中心））."""
    before = text[:a].rstrip(" \t\u3000")
    if not before or before[-1] in "。；;！？!?\n":
        return True
    after = text[b:b + 1]
    return (after in ("", "\n") or after in "。；;") and not before.endswith(lexicon().unit_ends)


def _bare_note(body: str, year: Optional[int]) -> tuple[list[str], Optional[str]] | None:
    """The units and time limit of a bracket that only lists units, and perhaps by when
    (（市住建委、市财政局）, （区发展改革委，6月底前）; see :func:`_bare_units`), or only says by when
    (（2025年底前完成）: a limit word needed, not （2025年）)."""
    cut = max(body.rfind(c) for c in "，,；;")
    head, sep, tail = (body[:cut], body[cut], body[cut + 1:]) if cut >= 0 else (body, "", "")
    if sep and len(tail) <= 16:
        units = _bare_units(head)  # (the cheaper test first)
        deadline = normalize_deadline(tail, year) if units else None
        if units and deadline:
            return units, deadline
    elif len(body) <= 16 and (any(w in body for w in deadline_words("limit_end"))
                              or body.startswith(deadline_words("to_word"))):
        limit = normalize_deadline(body, year, strict=True)
        if limit and limit != "open":
            return [], limit
    if body.strip() in _kind("open"):  # （长期坚持）
        return [], "open"
    units = _bare_units(body)
    return (units, None) if units else None


# a line that only lists units, between a sentence's end on the line before and the next numbered item
# (…设施。⏎区住建委、区财政局⏎2.…): not a signature (a date follows) nor a heading (text follows)
_D10 = char_class("digits_1_10")
_BARE_LINE = re.compile(r"(?m)(?<=[。；;！？!?]\n)[ \t\u3000]*"
                        r"([^，。；;：:,（(\n\d]{2,100}?(?:、\n[^，。；;：:,（(\n]{2,100}?)?)[ \t\u3000。]*\n"
                        rf"(?=[ \t\u3000]*(?:[0-9０-９]{{1,2}}[.．、]|[（(][{_D10}0-9]{{1,3}}[）)]|[{_D10}]{{1,3}}、))")


def _bare_lines(text: str) -> list[Note]:
    """Notes written as a line of units of government and nothing else after an item's sentence,
    the next item right after it (``…完善配套设施。⏎区住建委、区财政局⏎2.…``), as a bracket of them is."""
    out = []
    for m in _BARE_LINE.finditer(text):
        units = _bare_units(m.group(1).replace("\n", ""))
        if units:
            out.append(_compose([("joint", u) for u in units], None, m.start(1), m.end(1), "note"))
    return out


def _bare_units(body: str) -> list[str] | None:
    """The units of a bracket that only lists units (（市住建委、市财政局）, （区建管委）): each ends as a
    body of government does (``bare_end``) and is more than that ending."""
    lex = lexicon()
    if not body.endswith(lex.bare_ends) and not body.endswith(lex.unit_tails):
        return None  # (most brackets: one test)
    units = _units(body)
    ok = _plausible(units) and all(u.endswith(lex.bare_ends) and u not in lex.bare_ends and _is_unit(u)
                                   and len(u) <= _MAX_BARE and not any(c in _BARE_NOT for c in u) for u in units)
    return units if ok else None


# --------------------------------------------------------------------------- clauses

def _strip_fillers(s: str) -> str:
    return _strip_words(s, lexicon().fillers)


def _strip_words(s: str, words: Sequence[str]) -> str:
    """``s`` without the words of ``words`` that end it, one after another (技术|加强)."""
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if s.endswith(w) and len(s) > len(w):
                s, changed = s[: -len(w)], True
                break
    return s


def _is_unit(name: str, party: bool = False) -> bool:
    """A unit's name in a clause: short, ending as units end (``party``: or as a person or
    side does, 纳税人, 一方); a 的 only before a short head (管理专利工作的部门)."""
    lex = lexicon()
    if name in lex.unit_names:
        return True
    if name.endswith(("）", ")")) and _SHORT_BRACKET.search(name):
        name = _SHORT_BRACKET.sub("", name)  # 各街道（镇）, 市X委（局）: the name before its variant
    if not (2 <= len(name) <= _MAX_UNIT and (name.endswith(lex.unit_ends) or party and name.endswith(lex.agent_ends))) \
            or any(c in name for c in "，,。；;：:“”《》〇"):
        return False
    return "的" not in name or len(name) - name.rfind("的") <= 4


_NAME_CONJ = re.compile(_in_order(_kind("name_conj")))
_NAME_ALL = re.compile(_in_order(_kind("name_conj")) + "|、")


def split_names(name: str, conj_only: bool = False) -> list[str]:
    """The units a clause's subject lists (A及B, A、B, A及其有关部门), where every part is a unit's
    name; else the name as written (文化和旅游部, 省、自治区、直辖市人民政府主管版权工作的部门).
    ``conj_only``: split at the conjunctions only (a note's list, already cut at 、)."""
    for sep in (_NAME_CONJ,) if conj_only else (_NAME_ALL, _NAME_CONJ):
        parts = [p.strip() for p in sep.split(name)]
        if len(parts) > 1 and all(_is_unit(p) for p in parts):
            return parts
    return [name] if name else []


def _name_before(text: str, lo: int, pos: int) -> str:
    """The unit named between the clause start ``lo`` and the clause word at ``pos`` (fillers
    such as 要 dropped), or ""."""
    name = _strip_fillers(text[lo:pos].strip())
    if name.startswith(lexicon().encouraging):
        return ""  # 支持企业牵头组建…: a party encouraged to lead its own act is no unit the item assigns
    return name if _is_unit(name) else ""


def _name_after(text: str, pos: int, hi: int, agent: bool = False) -> str:
    """The unit named from ``pos`` on (before ``hi``): the first name that ends in a unit's
    ending and is followed by a verb of jieba's dictionary, else the longest followed by 等 or
    the end of the clause.  ``agent`` (after 由, 要求, 责成): a party may also end as a person
    or side does (纳税人, 一方: ``agent_end``); a name a short rest of the clause follows is
    taken though jieba tags that rest a noun (由X核准); else a run of nouns and pronouns that a
    verb follows (由其与兄弟姐妹分摊)."""

    lex = lexicon()
    stop = pos
    limit = min(hi, pos + _MAX_UNIT + 4)
    while stop < limit and text[stop] not in "，,。；;：:（(" and not _with_at(text, stop, pos):
        stop += 1
    best = short = ""
    ends = lex.party_end if agent else lex.unit_end
    named = _name_to_clause_word(text, pos, stop)
    if named:
        return named  # 由市住房城乡建设管理委牵头: the name runs to the clause word (not 市住房城乡|建设)
    for m in ends.finditer(text, pos, stop):
        e = m.end()
        name = text[pos:e]
        if not _is_unit(name, agent):
            continue
        stops = not agent and text.startswith(lex.name_stops, e)  # (after 由 the 的-test of _modifier needs the verb)
        if e >= stop or text[e] in _LIST_AFTER and not stops:
            if e >= stop or text[e] == "等":
                best = name
            continue
        if (stops or _verb_at(text, e)) and not text.startswith(lex.name_mods, e):
            # (国务院|有关部门: 有关 goes on with the name, it is no verb)
            # the first name a verb follows: 有关部门|制定联合…, not 有关部门制定联|合…; unless that
            # verb opens a relative clause that names the unit (X人民政府|管理专利工作的部门)
            return _relative_name(text, pos, e, stop, ends, agent) or name
        if agent and not short and stop - e <= 4 and text[e] not in _NAME_JOINT:
            short = name
    if not (best or short):
        for nm in lex.unit_names:  # 会同各区|加强…: a party named without a body's ending
            if text.startswith(nm, pos) and (pos + len(nm) >= stop or _verb_at(text, pos + len(nm))):
                return nm
    if best or short or not agent:
        return best or short
    run = _noun_run(text, pos, stop)
    # only a party named by a pronoun, a count or a list (其与兄弟姐妹, 一方): not 由市场…, 由基金…
    return run if run and (_tag_at(text, pos)[:1] in ("r", "m") or any(c in run[1:] for c in _CONJ)) else ""


_CONJ = ("与", "和", "及", "、")


def _name_to_clause_word(text: str, pos: int, stop: int) -> str:
    """The unit's name from ``pos`` up to a lead or joint clause word right after it (A牵头, A负责), or ""."""
    lex = lexicon()
    for i in range(pos + 2, stop):
        m = lex.clause.match(text, i)
        if m is not None and lex.clause_kind[m.group("w")][0] == "clause_lead" \
                and not text.startswith(lex.not_after, m.end()):
            name = text[pos:i]
            return name if _is_unit(name) else ""
    return ""


def _verb_at(text: str, i: int) -> bool:
    """A verb, adverb or preposition starts at ``i`` (jieba's tag as ``models/tag_overrides.tsv``
    corrects it for policy text: 责令 is a verb)."""
    over = tag_overrides()
    for longest in (None, 2):
        w, tag = pos_at(text, i) if longest is None else pos_at(text, i, longest)
        if over.get(w, tag)[:1] in ("v", "d", "p"):
            return True
    return False


def _relative_name(text: str, pos: int, e: int, stop: int, ends: re.Pattern, agent: bool) -> str:
    """A longer name whose head a relative clause after ``e`` modifies: 省、自治区、直辖市人民政府
    管理专利工作的部门 (…的 right before a unit's ending), followed by a verb or the clause's end."""
    if "的" not in text[e:stop]:
        return ""
    for m in ends.finditer(text, e, stop):
        name = text[pos:m.end()]
        if text[m.start() - 1:m.start()] == "的" and _is_unit(name, agent) \
                and len(_word_at(text, m.start())) <= m.end() - m.start() \
                and (m.end() >= stop or _verb_at(text, m.end())):
            return name  # (not 的部|分, 的社|会: the ending inside a longer word)
    return ""


def _noun_run(text: str, pos: int, stop: int) -> str:
    """Nouns, pronouns and their conjunctions from ``pos`` up to a verb (其与兄弟姐妹|分摊,
    一方|扣除), or "" where no verb closes them within a short name."""
    j = pos
    while j < stop and j - pos <= 10:
        w, tag = pos_at(text, j)
        if not w:
            return ""
        if w in _CONJ and j > pos:
            j += len(w)
            continue
        if tag[:1] in ("v", "d", "p"):
            name = text[pos:j]
            return name if 2 <= len(name) <= 10 and not name.endswith(_CONJ) else ""
        if tag[:1] not in ("n", "r", "m"):
            return ""
        j += len(w)
    return ""


def _with_at(text: str, i: int, lo: int) -> bool:
    """A clause word of kind "clause_with" starts at ``i`` (one of reach "named" only right
    after a unit's name that starts at or after ``lo``)."""
    lex = lexicon()
    m = lex.clause.match(text, i)
    if m is None:
        return False
    k, reach = lex.clause_kind[m.group("w")]
    return k == "clause_with" and (reach != "named" or _is_unit(text[lo:i]))


def clause_note(text: str, start: int, end: int, clause_starts: Sequence[int], actor: str = "") -> Optional[Note]:
    """The lead and partners a requirement's own clauses name (``text[start:end]``, masked;
    ``clause_starts``: where its clauses start; ``actor``: the actor it names itself):
    由A… (kind "agent"), A牵头 / A负责 / A会同B / …，B配合 (kind "clause"), 要求A… / 责成A…
    (kind "agent": the party told leads), or None.  A lead that lists units (A及B负责) is read
    as a note's: of units named as leaders (牵头, 会同) all lead, joined by 、; of units
    responsible together (负责, 由A及B…) the first leads and the rest are partners.  Partners
    named with 联同B / 与B合作 come without a lead where no clause names one."""
    lex = lexicon()
    lead, partners, kind, joint = "", [], "", False
    via_partner = False
    roles = _verb_roles()
    for m in lex.clause.finditer(text, start, end):
        w = m.group("w")
        after = text[m.end():m.end() + 2]
        if after.startswith(lex.not_after) \
                or (w == "由" and m.start() > 0 and text[m.start() - 1] in _NOT_AGENT_BEFORE):
            continue
        k, reach = lex.clause_kind[w]
        if len(w) == 1 and len(_word_at(text, m.start())) > 1:
            continue  # 商 in 商业, 由 in 由衷: inside a longer word
        ci = bisect_right(clause_starts, m.start()) if clause_starts else 0
        lo = clause_starts[ci - 1] if clause_starts else start
        ce = clause_starts[ci] if clause_starts and ci < len(clause_starts) else end
        if k in ("agent", "charge"):
            if lead and kind != "coop":
                continue
            if k == "charge" and text[m.start() - 1:m.start()] == "的":
                continue  # 按照…的要求: a noun
            name = _name_after(text, m.end(), end, agent=True)
            # 由…转变为…, 由A、B，以及C组成: a source, not an agent (unless 由A负责 says so)
            reach_end = ce
            if not (name and lex.clause.match(text, m.end() + len(name))):
                se = _SENTENCE_PART.search(text, m.end(), min(end, m.end() + 2 * _MAX_UNIT))
                reach_end = se.start() if se else min(end, m.end() + 2 * _MAX_UNIT)
            if any(x in text[m.end():reach_end] for x in lex.agent_not):
                continue
            tag = _tag_at(text, m.end())[:1] if k == "charge" and name and "的" not in name else ""
            if tag == "v" or tag == "p" and not (_is_unit(name, party=True) and _plausible([name])):
                continue  # 要求进行…, 要求按照…: no party follows (要求被检查单位…: one does)
            if name and not _modifier(text, m.end() + len(name), ce):
                # 由A及B会同C…: A and B lead together, as 会同's subjects do
                lead, kind = name, "agent"
                joint = k == "agent" and not _with_at(text, m.end() + len(name), m.end())
            continue
        if k == "coop":
            for u in _coop_partners(text, m.end(), ce, reach == "verb"):
                if u not in partners:
                    partners.append(u)
            if partners and not lead:
                kind = "coop"
            continue
        if k == "organise":
            got = lex.organised.match(text, m.end(), ce)
            if got is not None and lead:
                partners.extend(u for u in _units(got.group("list")) if u not in partners)
            continue
        if k == "clause_partner":
            names = text[lo:m.start()].strip()
            for adv in _kind("partner_adverb"):
                names = names[: -len(adv)] if names.endswith(adv) else names
            units = _units(_strip_fillers(names))
            if _plausible(units) and all(_is_unit(u) for u in units):
                if not lead and lo == start and (m.end() >= ce or text[m.end()] in "，,。；;"):
                    via_partner = True  # B、C配合，… (not B配合政府…: a verb with its object)
                if lead or via_partner:
                    partners.extend(u for u in units if u not in partners)
            continue
        before = _name_before(text, lo, m.start())
        if k == "clause_with" and reach == "named" \
                and not text[max(lo, m.start() - 4):m.start()].endswith(lex.unit_ends):
            continue  # 商 in 协商, 商务: only right after a unit's name
        if k == "clause_with":
            name = _name_after(text, m.end(), end)
            if name:
                partners.extend(u for u in _units(name) if u not in partners)
            if not lead or kind == "coop":
                lead, kind, joint = before or actor, "clause", False
            continue
        # clause_lead: the unit right before it; the requirement's actor where the word opens a
        # clause, or (reach "any") stands anywhere (A要发挥牵头作用) — not where the clause before
        # ends with another unit's name, whose duty it then states (成立…指挥部，负责…)
        if lead and kind not in ("agent", "coop"):
            continue
        opens = not _strip_fillers(text[lo:m.start()].strip())
        if not before and opens and reach != "any" and _names_other_unit(text, start, lo, actor):
            continue
        who = before or (actor if (reach == "any" or opens) else "")
        answers = "" if who else _answerable(text, lo, m.start(), actor)
        if answers and not lead:  # the lead of this requirement only (kind "agent": not carried on)
            lead, kind, joint = answers, "agent", False
        elif who and (not lead or kind == "coop"):
            lead, kind, joint = who, "clause", roles.get(w) == "joint"
    if not lead:
        lead, kind = _duty_head(text, start, end), "agent"
    if not lead:
        if partners:
            return Note(start, end, "", tuple(partners), "", None, "coop", via_partner)
        return None
    if kind == "agent" and text[start:end].rstrip().endswith(_LEAD_ENDS):
        kind = "clause"  # 由A牵头|，B配合，…: the clause names the lead of what follows in its paragraph
    if kind == "clause":
        partners.extend(u for u in _partners_after(text, end) if u not in partners)
    units = split_names(lead)
    if joint:
        lead, partners = units[0], units[1:] + partners
    else:
        lead = "、".join(units)
    return Note(start, end, lead, tuple(dict.fromkeys(p for p in partners if p != lead and p not in units[:1])),
                "", None, "agent" if kind == "agent" else "clause")


_DUTY_HEAD = re.compile(r"[ \t\u3000]*([^：:，,。；;\n]{2,%d})[：:]" % _MAX_UNIT)


def _duty_head(text: str, start: int, end: int) -> str:
    """A body's name and a colon opening a requirement (区发展改革委：负责…, a list of duties): that body
    leads it; "" where the opening is no body's name (a place, a task: 构建人才梯队：…) or a note's label."""
    head = text[start:min(end, start + _MAX_UNIT + 2)]
    if "：" not in head and ":" not in head:
        return ""  # (the cheap test first: most requirements open with no colon)
    m = _DUTY_HEAD.match(text, start, end)
    if m is None:
        return ""
    name, lex = m.group(1), lexicon()
    body = name.endswith(lex.bare_ends) or name[0] in _LEVELS  # a body's name (区水务局, 奉发集团), not 构建人才梯队
    return name if body and _is_unit(name) and name not in lex.labels else ""


_SENTENCE_PART = re.compile(r"[。；;！？!?\n]")
_LEAD_ENDS = tuple(set(_kind("clause_lead")) & set(_kind("verb_lead")))  # 牵头: not 负责 nor 统筹
_PARTNERS_AFTER = re.compile(rf"[，,][ \u3000]*(?P<units>[^，,。；;！？\n]{{2,{2 * _MAX_UNIT}}}?)"
                             rf"(?:{_alt(_kind('filler'))})?(?:{_alt(_kind('partner_adverb')) or '(?!)'})?"
                             rf"(?:{_alt(_kind('verb_partner'))})(?=[，,。；;])")


def _partners_after(text: str, end: int) -> list[str]:
    """A牵头，B、C配合，建立…: where a requirement ends at its lead's clause, the units of the clause right
    after it that only co-operate (B、C配合) are its partners too."""
    m = _PARTNERS_AFTER.match(text, end)
    if m is None:
        return []
    units = _units(m.group("units"))
    return units if _plausible(units) and all(_is_unit(u) for u in units) else []


def _answerable(text: str, lo: int, pos: int, actor: str) -> str:
    """A对B负责 (the clause word at ``pos``): the party named before 对 answers for B and leads
    it (专利代理师对其签名办理的业务负责, 纳税人对所提交信息的真实性负责); it is the clause's
    subject, so the requirement's ``actor`` where one was found."""
    head = text[lo:pos]
    i = head.find("对")
    if i < 2 or "，" in head or "," in head:
        return ""
    name = _strip_fillers(head[:i].strip())
    return name if name == (actor or name) and _is_unit(name, party=True) else ""


def _pos(text: str, i: int) -> tuple[str, str]:
    return pos_at(text, i)


def _word_at(text: str, i: int) -> str:
    return pos_at(text, i)[0]


_NOT_TOPIC_TAGS = ("v", "vd", "p", "d", "m", "t", "f")  # a verb, a frame, a number or a time: no bare noun phrase
_NO_TOPIC = re.compile(r"[，,：:\d]")  # a topic is one clause and names no number


def _topic_only(text: str, a: int, b: int) -> bool:
    """``text[a:b]``, the clauses before a role clause, is only a noun phrase, the topic of a law's provision
    (下列事项的审批，由A负责 — a verb after 的 heads it), not a task the role clause assigns (建立…机制，由A牵头)
    nor a time or a condition (…完成后，/ …的，).  Tagged only when the role clause is found (rare)."""
    while a < b and text[a].isspace():
        a += 1
    if (m := _MARKER.match(text, a, b)) is not None:
        a = m.end()  # 第十条　下列…: past the article's number
    if b - a < 2 or text[b - 1] == "的" or _NO_TOPIC.search(text, a, b) is not None:
        return False
    after_de = False
    for w, tag in tag_clause(text[a:b]):
        if tag in _NOT_TOPIC_TAGS and not (after_de and tag == "v"):
            return False
        after_de = w == "的" or after_de and tag[:1] == "v"
    return True


def _tag_at(text: str, i: int) -> str:
    return pos_at(text, i)[1]


def _modifier(text: str, pos: int, ce: int) -> bool:
    """由X审批的Y: the 由-phrase modifies a noun (the verb after the agent is followed by 的)."""
    w = _word_at(text, pos)
    return bool(w) and text.startswith("的", pos + len(w)) and pos + len(w) < ce


def _names_other_unit(text: str, start: int, lo: int, actor: str) -> bool:
    """The clause before ``lo`` (within the requirement) sets up a unit other than the actor,
    whose duty the clause at ``lo`` then states (成立相应的应急工作指挥部，负责…)."""
    lex = lexicon()
    prev = text[start:lo].rstrip("，,；; \u3000")
    if not prev or prev.endswith(actor or "\x00") or not prev.endswith(lex.unit_ends):
        return False
    cut = max(prev.rfind(c) for c in "，,；;")
    return any(w in prev[cut + 1:] for w in lex.founding)


def _coop_partners(text: str, pos: int, ce: int, verb: bool) -> list[str]:
    """The units of 与/联同 B、C… up to a verb of co-operation (与社福机构探讨, 联同A和B): the
    partners of a requirement whose actor works with them.  ``verb``: only where such a verb
    closes the names (与 is also 'and', 与…相结合); else the clause's end may."""
    lex = lexicon()
    seg = text[pos:min(ce, pos + 2 * _MAX_UNIT)]
    m = lex.coop_verbs.search(seg)
    if m is not None:
        names = seg[:m.start()]
    else:
        names = seg if not verb and pos + len(seg) >= ce else ""
    names = _strip_fillers(names.strip().rstrip("，,"))
    # a bracketed short form after the name (管理局 (“积金局 ”)) is no part of it
    names = re.sub(r"\s*[（(][^（()）]*[）)]\s*$", "", names)
    if not names:
        return []
    parts = [p.strip() for p in _NAME_ALL.split(names)]
    return parts if all(_is_unit(p) for p in parts) else []


# --------------------------------------------------------------------------- spans

def cut_spans(units: Sequence, spans: Sequence[tuple[int, int]], text: str, make) -> list:
    """``units`` (records with ``start``/``end``, sorted) with the ``spans`` (sorted, disjoint)
    cut out: a unit inside a span is dropped, one that a span overlaps is cut to the parts
    outside it (``make(unit, start, end)`` builds a part).  Parts of only punctuation or
    white space are dropped."""
    if not spans:
        return list(units)
    starts = [a for a, _ in spans]
    out = []
    for u in units:
        k = bisect_right(starts, u.end - 1)
        j = k
        while j > 0 and spans[j - 1][1] > u.start:
            j -= 1
        if j == k:
            out.append(u)
            continue
        pos = u.start
        for a, b in spans[j:k]:
            if a > pos:
                out.extend(_part(u, pos, min(a, u.end), text, make))
            pos = max(pos, b)
        if pos < u.end:
            out.extend(_part(u, pos, u.end, text, make))
    return out


_PUNCT = "。！？!?；;，,：:、 \t\u3000\r\n）)”’"


def _part(u, a: int, b: int, text: str, make) -> list:
    while a < b and text[a] in _PUNCT:
        a += 1
    while b > a and text[b - 1] in _PUNCT + "（(“‘":
        b -= 1
    return [make(u, a, b)] if b > a else []


def mask_spans(masked: str, spans: Sequence[tuple[int, int]]) -> str:
    """``masked`` with each span (sorted, disjoint: see :func:`note_spans`) replaced by MASK
    characters (same length)."""
    if not spans:
        return masked
    parts, pos = [], 0
    for a, b in spans:
        parts.append(masked[pos:a])
        parts.append(MASK * (b - a))
        pos = b
    parts.append(masked[pos:])
    return "".join(parts)


# --------------------------------------------------------------------------- scopes

@dataclass(frozen=True, slots=True)
class Item:
    """What :func:`scopes` needs of a numbered item."""

    id: int
    parent: Optional[int]
    start: int
    end: int


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _own_line(text: str, n: Note) -> bool:
    """The note stands on a line of its own."""
    ls = _line_start(text, n.start)
    le = text.find("\n", n.end)
    le = len(text) if le < 0 else le
    return not text[ls:n.start].strip() and not text[n.end:le].strip("。；; \t\u3000")


def _under_heading(text: str, d: Item, n: Note) -> bool:
    """The note stands on the line(s) right after the item's heading line (a heading without
    final punctuation: （一）建设平台⏎牵头单位：A⏎1.…), and the item goes on after it."""
    he = text.find("\n", d.start)
    if he < 0 or he >= n.start or text[he:n.start].strip() or re.search(r"[。；;！？]", text[d.start:he]):
        return False
    return n.end < d.end and bool(text[n.end:d.end].strip())


def _titled(text: str, head: str, n: Note, le: int, d: Item, item_starts: Sequence[int]) -> bool:
    """A heading of one short sentence (（一）完善设施。（A）), the note ending its line, sub-items after it."""
    return not re.search(r"[。；;！？]", head.rstrip()[:-1]) and le >= 0 \
        and not text[n.end:le].strip("。；; \t\u3000") \
        and bisect_right(item_starts, n.end) < bisect_left(item_starts, d.end)


def _run_in(text: str, d: Item) -> bool:
    """The item is run in: its marker stands inside a paragraph (``…。一是…``)."""
    return bool(text[_line_start(text, d.start):d.start].strip())


def scopes(text: str, notes: Sequence[Note], items: Sequence[Item], innermost) -> list[tuple[int, int, Note]]:
    """For each note of kind "note": ``(start, end, note)``, the stretch of text whose
    requirements take it.  A note belongs to the item it closes (``innermost(pos)`` gives
    the deepest item holding a position): from the item's start, or from the end of an
    earlier note of the same item or paragraph, to the note.  A note on a line of its own
    after the last sub-item of an item whose sub-items have no notes closes the item above, and
    so does a note that ends a paragraph of run-in items (``一是…。二是…（牵头单位：…）``);
    a note on an item's heading line (a heading without final punctuation), or on the lines right
    under it, covers the whole item; a note outside items covers its paragraph's sentences before
    it (or, on a line of its own, the paragraph before it)."""
    by_id = {d.id: d for d in items}
    real = [n for n in notes if n.kind == "note"]
    note_starts = [n.start for n in real]
    item_starts = sorted(d.start for d in items)
    out: list[tuple[int, int, Note]] = []
    prev_end_of: dict = {}
    for k, n in enumerate(real):
        d = innermost(n.start)
        own = _own_line(text, n)
        if d is not None and (own or _run_in(text, d)):
            while d.parent is not None and d.parent in by_id:
                if not own and not _run_in(text, d):
                    break  # a note inside a paragraph climbs only out of its run-in items
                p = by_id[d.parent]
                tail = text[n.end:p.end]
                if tail.strip():
                    break  # the item above goes on after the note
                # no other note inside the item above, before this one
                lo = bisect_left(note_starts, p.start)
                if k - lo > 0 and note_starts[lo] < n.start:
                    break
                if d.start == p.start:
                    break
                d = p
        if d is not None:
            key = ("item", d.id)
            lo = d.start
            ls = _line_start(text, d.start)
            heading_line = _line_start(text, n.start) == ls and not own
            head = text[d.start:n.start]
            end = n.start
            le = text.find("\n", n.end)
            if heading_line and (not re.search(r"[。；;！？]", head) or _titled(text, head, n, le, d, item_starts)):
                if le >= 0 and le < d.end and text[le:d.end].strip():
                    end = d.end  # the note stands in the heading: the whole item
            elif own and _under_heading(text, d, n):
                end = d.end  # the note stands on the lines right under the heading: the whole item
            elif text[n.end:d.end].strip() and (k + 1 == len(real) or real[k + 1].start >= d.end) \
                    and bisect_right(item_starts, n.end) == bisect_left(item_starts, d.end):
                end = d.end  # the item's only or last note, no item after it: the rest of the item (a table) too
        else:
            ls = _line_start(text, n.start)
            if own:
                ls = _line_start(text, max(0, ls - 1))
            key = ("para", ls)
            lo, end = ls, n.start
        lo = max(lo, prev_end_of.get(key, lo))
        prev_end_of[key] = n.end
        out.append((lo, end, n))
    return out


# a paragraph's first clause that is only a time: 到2022年， 在“十四五”时期， 力争到2030年，
_OPENING = re.compile(rf"[ \t\u3000]*((?:{_in_order(_kind('opening_aim'))})?(?:{_in_order(_kind('opening_pre'))})?"
                      r"[^，,。；;！？\n]{2,12})[，,]")
_TIME_WORD = re.compile(rf"[{re.escape(char_class('resp_time_chars'))}]|{_in_order(_kind('time_word'))}")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _guide_clauses(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, unit)`` for each sentence part that only names a unit as guiding
    (市文化旅游等部门应当加强指导。 X应当对方案的编制加强技术指导。): the sentence part before
    it in the same paragraph, whose requirements X guides."""
    lex = lexicon()
    out = []
    prev = 0  # the start of the part before
    for e in _PART_END.finditer(text):
        b = prev
        prev = e.end()
        part = text[b:e.end()]
        if text[b - 1:b] == "\n" or b == 0 or not any(v in part for v in lex.guide_verbs):
            continue  # a paragraph's first part has no part before it to guide
        m = lex.guide_clause.fullmatch(text, b, e.end())
        if m is None:
            continue
        unit = _strip_fillers(m.group("unit").strip())
        names = unit_names(unit)
        if not (_is_unit(unit) or names and all(_is_unit(u) for u in names)):
            continue
        a = max(text.rfind(c, 0, b - 1) for c in "。；;\n") + 1
        out.append((a, b, unit))
    return out


_PART_END = re.compile(r"[。；;\n]")


def find_frames(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, unit)`` for each frame 在X(的)统一领导下 / 在X指导下: the sentence that holds
    it, whose requirements X guides (their supervisor where nothing else names one); and for
    each sentence part that names a unit only as guiding (:func:`_guide_clauses`)."""
    guided = _guide_clauses(text) if any(v in text for v in lexicon().guide_verbs) else []
    if "在" not in text or "下" not in text:
        return guided
    out = guided
    for m in lexicon().supervise_frame.finditer(text):
        unit = _strip_fillers(m.group("unit").strip())
        if not _is_unit(unit):
            continue
        lo = max(text.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
        e = _SENTENCE_END.search(text, m.end())
        out.append((lo, e.end() if e else len(text), unit))
    return sorted(out)


class Responsibility:
    """A document's notes and standing clauses, and the carry of clause leads, for the
    requirement stage: :meth:`roles` is asked once per requirement, in reading order
    (a sweep: linear in the number of notes and requirements)."""

    def __init__(self, text: str, notes: Sequence[Note], items: Sequence[Item], innermost,
                 scoped: Sequence[tuple[int, int, Note]] = (), year: int | None = None) -> None:
        """``scoped``: notes whose stretch is known already, ``(start, end, note)`` (a table
        row's note over its text cells: :mod:`.tables`); ``year``: the document's, for the
        time frame that opens a paragraph (今年9月)."""
        self.text, self.year = text, year
        self._opening: dict[int, tuple[str | None, float]] = {}  # line start -> see _line_opening
        self._breaks = [m.start() for m in _BREAK.finditer(text)]  # line breaks: line starts by bisection
        self.notes = list(notes)
        self._scoped = sorted([*scopes(text, self.notes, items, innermost), *scoped], key=lambda x: x[0])
        self._k = 0
        self._active: list[tuple[int, int, Note]] = []
        self._standing = [n for n in self.notes if n.kind == "standing"]
        self._s = 0
        self._standing_now: Optional[Note] = None
        self._carry: Optional[tuple[object, Note]] = None
        self._frames = find_frames(text)
        self._f = 0

    def note_at(self, pos: int) -> Optional[Note]:
        """The note whose scope holds ``pos`` (the innermost), what it leaves empty filled from the notes
        of the items around it (a sub-item's （配合单位：C） under its item's （牵头单位：A）: lead A, partners
        C); ``pos`` never decreases."""
        sc = self._scoped
        while self._k < len(sc) and sc[self._k][0] <= pos:
            self._active.append(sc[self._k])
            self._k += 1
        self._active = [x for x in self._active if x[1] > pos]
        holding = [(lo, n) for lo, hi, n in self._active if lo <= pos < hi]
        if len(holding) < 2:
            return holding[0][1] if holding else None
        holding.sort(key=lambda x: -x[0])
        best = holding[0][1]
        for _, n in holding[1:]:
            if best.lead and best.deadline and best.supervisor:
                break
            best = Note(best.start, best.end, best.lead or n.lead,
                        best.partners if best.partners or best.lead else n.partners,
                        best.supervisor or n.supervisor, best.deadline or n.deadline, best.kind)
        return best

    def standing_at(self, pos: int) -> Optional[Note]:
        """The latest standing clause that ends before ``pos``; ``pos`` never decreases."""
        st = self._standing
        while self._s < len(st) and st[self._s].end <= pos:
            self._standing_now = st[self._s]
            self._s += 1
        return self._standing_now

    def frame_at(self, pos: int) -> str:
        """The unit a frame 在X统一领导下 of the sentence at ``pos`` names; ``pos`` never decreases."""
        fr = self._frames
        while self._f < len(fr) and fr[self._f][1] <= pos:
            self._f += 1
        k = self._f
        while k < len(fr) and fr[k][0] <= pos:
            if pos < fr[k][1]:
                return fr[k][2]
            k += 1
        return ""

    def roles(self, start: int, where: object, own: Note | None,
              names_actor: bool = False) -> tuple[str, tuple[str, ...], str, str | None]:
        """See :meth:`_roles`; a frame (在X统一领导下) fills the supervisor they leave empty."""
        lead, partners, sup, deadline = self._roles(start, where, own, names_actor)
        return lead, partners, sup or self.frame_at(start), deadline or self.opening_deadline(start)

    def opening_deadline(self, pos: int) -> str | None:
        """The deadline of a time frame that opens the paragraph at ``pos`` as a clause of its
        own (到2022年，… / 在“十四五”时期，…): it holds for the sentences of the paragraph up to
        the next sentence that opens with a time of its own (到2020年底，…, 力争三到五年，…)."""
        i = bisect_right(self._breaks, pos - 1)
        ls = self._breaks[i - 1] + 1 if i else 0  # text.rfind("\n", 0, pos) + 1, on one long line too
        got = self._opening.get(ls)
        if got is None:
            got = self._opening[ls] = self._line_opening(ls)
        value, until = got
        return value if pos < until else None  # only up to the next sentence opening with a time

    def _line_opening(self, ls: int) -> tuple[str | None, float]:
        """The deadline of the time frame that opens the line at ``ls`` and where the next
        sentence of the line that opens with a time frame starts; ``(None, -1)`` when the line
        opens with none (most lines: decided by one match at the line's start)."""
        text = self.text
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        m = _OPENING.match(text, ls, le)
        if m is None or not _TIME_WORD.search(m.group(1)):
            return None, -1
        until: float = math.inf
        for m2 in _OPENING.finditer(text, ls, le):  # the same non-overlapping matches as before
            if m2.start() > ls and text[m2.start() - 1] in "。！？!?；;" and _TIME_WORD.search(m2.group(1)):
                until = m2.start()
                break
        return self._frame_value(m), until

    def _frame_value(self, m: re.Match) -> str | None:
        clause = m.group(1)
        head = clause.lstrip(_AIM_CHARS)
        if not (head.startswith(deadline_words("to_word")) or "前" in clause
                or head.startswith("在") and mentions_plan(clause)):
            return None  # 在2013年度，… / 2015年11月23日，…: when, not by when
        return normalize_deadline(clause, self.year, strict=True)

    def _roles(self, start: int, where: object, own: Optional[Note],
               names_actor: bool = False) -> tuple[str, tuple[str, ...], str, Optional[str]]:
        """``(lead, partners, supervisor, deadline)`` of the requirement at ``start``: its item's
        note first; else its own clause (``own``, see :func:`clause_note`), or one carried from
        an earlier sentence of the same paragraph (``where``) to a requirement that names no
        actor of its own (``names_actor``); a standing clause fills the lead a note or clause
        leaves empty (and joins the partners of a note that names another lead)."""
        note = self.note_at(start)
        st = self.standing_at(start)
        if own is not None and own.kind == "coop" and own.via_partner and self._carry is not None \
                and self._carry[0] == where:  # A牵头，|B、C配合，…: the lead of the clause before, these partners
            lead = self._carry[1]
            own = Note(own.start, own.end, lead.lead, own.partners, lead.supervisor, lead.deadline, "clause")
        elif own is not None and own.kind == "clause":
            self._carry = (where, own)
        elif self._carry is not None and (self._carry[0] != where or names_actor):
            self._carry = None
        if note is None:
            note = own if own is not None else (self._carry[1] if self._carry is not None else None)
        if st is not None:
            if note is None:
                return st.lead, st.partners, "", None
            if not note.lead:
                return st.lead, note.partners, note.supervisor, note.deadline
            if note.kind == "note" and st.lead != note.lead and st.lead not in note.partners:
                return note.lead, note.partners + (st.lead,), note.supervisor, note.deadline
        if note is None:
            return "", (), "", None
        return note.lead, note.partners, note.supervisor, note.deadline


def note_spans(text: str, notes: Sequence[Note], extra: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The stretches of text the notes take (bracketed notes and standing clauses in brackets),
    and the ``extra`` ones (a table's header and unit cells), sorted and disjoint: no
    requirement unit may hold them."""
    return _disjoint([(n.start, n.end) for n in notes if n.kind in ("note", "standing")]
                     + list(extra))


def _disjoint(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans)):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


__all__ = [
    "Note", "Item", "Responsibility", "find_notes", "find_frames", "split_names", "parse_note",
    "clause_note", "normalize_deadline", "cut_spans", "mask_spans", "note_spans", "scopes", "lexicon",
    "unit_names", "cells_note"]
