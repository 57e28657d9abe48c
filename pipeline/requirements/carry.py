"""The actor of a requirement that names none: the carrying rule.

One rule, the same as the annotation rule of ``corpora/README.md``.  An *addressee* is the
actor of a requirement that has a cue (要, 必须, 不得, 力争, 坚持 …): the party being told.
For each requirement, in reading order:

1. its own actor — the party it names as acting (各级财政部门要…, 由县级民政部门负责…,
   领导班子成员每年至少…), or for 鼓励/支持 X…, X, the party encouraged;
2. else, when it goes on with a sentence (a unit cut at 。！？；) after another requirement,
   that requirement's actor (各县区要加强统筹，不得擅自…);
3. else, the latest addressee of the same paragraph in the same numbered item (学校食堂要…。
   每餐次的食品要留样…。严禁采购…);
4. else, the lead of its item or of the nearest enclosing item that has one: the first
   addressee named in the item's opening paragraph, or in its title line when the title asks
   (各地区各部门要…。（一）…: every sub-item and every later paragraph of the item); a later
   paragraph that introduces a list (保护责任人应当履行下列责任：（一）…) names the lead from there on;
5. else "" — the text names no one (the bare imperatives of a work report).

A run-in item (…。一是…) holds only its own paragraph: a later paragraph belongs to the item
around it.  An encouraged party is never an addressee and does not pass on; nor does the
subject of a statement without a cue (政府常务会议每年至少安排两次学法活动).
The state lives in one :class:`Carrier` per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional, Sequence

from ..records import Directive
from ..resources import read_tsv

_ANNOUNCE_MAX = 80  # the longest sentence read before a list for the speaker's announcement


@lru_cache(maxsize=1)
def _speaker_list() -> Optional[re.Pattern]:
    """The speaker announcing his points (models/structure_phrases.tsv, kind speaker_list)."""
    pats = [r["phrase"] for r in read_tsv("structure_phrases.tsv") if r["kind"] == "speaker_list"]
    return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None


def announced_list(text: str, d: Directive) -> bool:
    """``d`` is the first item of a list that the sentence right before it announces as the
    speaker's points (最后，我给同志们提3点要求。一要…): a new topic, in a speech without
    paragraph breaks too, whose items no earlier addressee reaches."""
    pat = _speaker_list()
    if pat is None or d.number != 1:
        return False
    j = d.start - 1
    while j >= 0 and text[j] in " \u3000\t":
        j -= 1
    if j < 0 or text[j] not in "。！？：:":
        return False
    lo = max(0, j - _ANNOUNCE_MAX)
    k = max(text.rfind(ch, lo, j) for ch in "。！？\n")
    return pat.search(text, max(k + 1, lo), j) is not None


@dataclass
class Carrier:
    """Actors in force while reading one document."""

    item_paragraph: Callable[[Directive], Optional[int]]  # paragraph where an item's marker stands
    run_in: Callable[[Directive], bool]  # the item's marker stands inside a line (…。一是…)
    lead: dict[int, str] = field(default_factory=dict)  # item id -> first addressee of its opening paragraph
    addressee: dict[tuple, str] = field(default_factory=dict)  # (paragraph, item id) -> latest addressee
    opening_paragraph: dict[int, int] = field(default_factory=dict)  # item id -> paragraph where its body opens
    chain: tuple[Directive, ...] = ()  # the items holding the current unit, innermost first (run-in items cut)
    paragraph: int = -1
    unit_actor: Optional[str] = None  # actor of the current unit's latest requirement (rule 2)
    in_title: bool = False  # the current unit is an item's title line
    announced: Callable[[Directive], bool] = lambda d: False  # the item opens a list the speaker announced
    _checked: set = field(default_factory=set)  # ids of the items already tested by ``announced``

    def enter(self, chain: Sequence[Directive], paragraph: int, is_title: bool) -> None:
        """A new unit (sentence) of ``paragraph``, held by ``chain`` (innermost item first)."""
        k = 0
        while k < len(chain) and self.run_in(chain[k]) and self.item_paragraph(chain[k]) != paragraph:
            k += 1  # a run-in item holds only its own paragraph
        self.chain, self.paragraph, self.unit_actor = tuple(chain[k:]), paragraph, None
        self.in_title = is_title
        if self.chain and self.chain[0].id not in self._checked:
            self._checked.add(self.chain[0].id)  # once per item: its first unit
            if self.announced(self.chain[0]):
                self._new_topic()
        if self.chain and not is_title:
            self.opening_paragraph.setdefault(self.chain[0].id, paragraph)

    def _new_topic(self) -> None:
        """The speaker's announced list starts: the addressees of the paragraph so far (a speech
        without breaks is one paragraph) end here; the leads of the items around it stay."""
        for key in [k for k in self.addressee if k[0] == self.paragraph]:
            del self.addressee[key]

    def _latest(self) -> Optional[str]:
        """Rule 3: the latest addressee of the current paragraph in the innermost item, or in an
        item around it (一要…二要… run in after 各街道作为…，负责…: the items lie inside the item
        that holds the lead-in)."""
        if not self.chain:
            return self.addressee.get((self.paragraph, None))
        for x in self.chain:
            got = self.addressee.get((self.paragraph, x.id))
            if got is not None:
                return got
        return None

    def resolve(self, own: Optional[str], encouraged: bool, has_cue: bool, intro: bool = False) -> str:
        """The actor of the current unit's next requirement (see the module's rules); ``intro``: the
        requirement introduces a list (ends before a colon that ends its line)."""
        item = self.chain[0].id if self.chain else None
        if own is not None:
            actor = own
        elif self.unit_actor is not None:
            actor = self.unit_actor
        elif (got := self._latest()) is not None:
            actor = got
        else:
            actor = next((self.lead[x.id] for x in self.chain if x.id in self.lead), "")
        if encouraged and own is not None:
            return actor  # the party encouraged does not pass on
        self.unit_actor = actor
        if has_cue:
            self.addressee[(self.paragraph, item)] = actor
            if actor and item is not None and (self.opening_paragraph.get(item) == self.paragraph
                                               or (self.in_title and item not in self.opening_paragraph)):
                self.lead.setdefault(item, actor)  # a title that asks names its item's lead too (4.2.3 X要…)
            elif actor and item is not None and intro:
                self.lead[item] = actor  # X应当履行下列责任：（一）…: the addressee of the list's sub-items
        return actor
