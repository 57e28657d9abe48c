"""The requirement lexicons of ``models/`` (cues, actors, clause openers), compiled once.

Everything here is immutable and cached: the TSV files are data, this module only turns
them into regexes, frozensets and mappings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping, Optional

from ..regexes import first_chars, trie_pattern  # noqa: F401  (re-exported: one home, regexes)
from ..resources import read_tsv

REQUIREMENT_MODALITIES = ("obligation", "prohibition", "encouragement", "aim")
CUES_FILE, ACTORS_FILE, OPENERS_FILE = "cues.tsv", "actors.tsv", "openers.tsv"
BARE, TARGET = "<bare>", "<target>"


@dataclass(frozen=True)
class CueEntry:
    cue: str
    modality: str  # a REQUIREMENT_MODALITIES value, or permission / none / state / description
    strength: int
    weak: bool = False
    split: bool = False

    @property
    def asks(self) -> bool:
        """True for the cues that make a requirement."""
        return self.modality in REQUIREMENT_MODALITIES


@dataclass(frozen=True)
class CueTable:
    regex: re.Pattern
    literal: Mapping[str, CueEntry]
    patterns: tuple[tuple[re.Pattern, CueEntry], ...]
    bare: CueEntry
    target: CueEntry
    name: str = CUES_FILE  # the file it was read from (the key of :func:`_pattern_entry`'s memo)

    def entry(self, matched: str) -> CueEntry:
        hit = self.literal.get(matched)
        return hit if hit is not None else _pattern_entry(self.name, matched)


@lru_cache(maxsize=4096)
def _pattern_entry(name: str, matched: str) -> CueEntry:
    """The entry of the first pattern of ``cue_table(name)`` that ``matched`` is a whole match of;
    memoised: the same few words match a pattern again and again, and each match tried the
    patterns anew."""
    for rx, e in cue_table(name).patterns:
        # a trailing look-ahead is context the cue needs, not part of it (负有(?=…义务))
        if rx.fullmatch(matched) or "(?=" in rx.pattern and _own(rx).fullmatch(matched):
            return e
    raise KeyError(matched)


def _guarded(alternatives: list[str], starts: Optional[set[str]]) -> str:
    """The alternation, behind a look-ahead for its possible first characters (so that the
    engine rejects most positions at once)."""
    body = "|".join(alternatives)
    if not starts:
        return body
    return f"(?=[{''.join(re.escape(c) for c in sorted(starts))}])(?:{body})"


def _yes(v: Optional[str]) -> bool:
    return (v or "").strip().lower() in ("yes", "y", "1", "true")


_LOOKAHEAD = re.compile(r"\(\?=.*\)$")  # a look-ahead closing a cue pattern


@lru_cache(maxsize=None)
def _own(rx: re.Pattern) -> re.Pattern:
    """The pattern of a cue's own text: without the look-ahead that closes it."""
    return re.compile(_LOOKAHEAD.sub("", rx.pattern))


@lru_cache(maxsize=None)
def cue_table(name: str = CUES_FILE) -> CueTable:
    literal: dict[str, CueEntry] = {}
    patterns: list[tuple[re.Pattern, CueEntry]] = []
    bare, target = CueEntry(BARE, "obligation", 4), CueEntry(TARGET, "aim", 2)
    for row in read_tsv(name):
        e = CueEntry(row["cue"], row["modality"], int(row.get("strength") or 0), _yes(row.get("weak")),
                     _yes(row.get("split")))
        if e.cue == BARE:
            bare = e
        elif e.cue == TARGET:
            target = e
        elif e.cue.startswith("re:"):
            patterns.append((re.compile(e.cue[3:]), e))
        else:
            literal[e.cue] = e
    # The patterns first (each is longer than any literal it competes with), then the
    # literals as a trie, which takes the longest entry at each position.
    alts = [rx.pattern for rx, _ in patterns] + [trie_pattern(literal)]
    starts: Optional[set[str]] = {c[0] for c in literal}
    for rx, _ in patterns:
        f = first_chars(rx.pattern)
        starts = None if (f is None or starts is None) else starts | f
    return CueTable(re.compile(_guarded(alts, starts)), MappingProxyType(literal), tuple(patterns), bare, target,
                    name)


@dataclass(frozen=True)
class ActorLexicon:
    heads: frozenset[str]
    whole: frozenset[str]
    quantifiers: frozenset[str]
    modifiers: frozenset[str]
    persons: frozenset[str]
    head_regex: re.Pattern  # any head or whole-word actor, longest first
    max_head: int
    modifier_regex: re.Pattern  # any modifier, longest first (驻村 before 驻)
    metric_regex: re.Pattern  # any metric word (率, 比例, 浓度 …)
    places: frozenset[str] = frozenset()  # heads that name a place unless a determiner precedes (区, 城市)
    determiners: frozenset[str] = frozenset()  # 各, 本, 全 …: before a place head, a government
    asks: frozenset[str] = frozenset()  # pivots whose party is an addressee (请, 要求)
    duties: frozenset[str] = frozenset()  # words that assign a named subject a task (负责, 牵头)
    urges: frozenset[str] = frozenset()  # words between 鼓励/支持 and the party (引导, 、)
    parties: frozenset[str] = frozenset()  # nouns that end a party encouraged (业主, 社会资本)
    bodies: frozenset[str] = frozenset()  # unit endings of a body's short name (委, 局: 市交通委)
    duty_as: frozenset[str] = frozenset()  # duties only before a comma and a second duty (作为…，负责…)
    party_openers: frozenset[str] = frozenset()  # adverbs of degree that open a party encouraged (更多)
    breakers: tuple[str, ...] = ()  # words no name holds (未经): a name before one ends before it
    roles: tuple[str, ...] = ()  # role words of a law's parties after a verb (保护|责任人, 经营|者)
    measures: tuple[str, ...] = ()  # measures right after a name, before a cue (…财政|补助标准要提高)
    remit_owners: tuple[str, ...] = ()  # governments that name a unit by its remit (…人民政府|管理…的部门)
    glued_verbs: tuple[str, ...] = ()  # verbs jieba glues to the next character (参加|国): inside a name, its end


@lru_cache(maxsize=None)
def actor_lexicon(name: str = ACTORS_FILE) -> ActorLexicon:
    kinds: dict[str, set[str]] = {k: set() for k in ("head", "whole", "quantifier", "modifier", "person", "metric",
                                                    "place", "determiner", "ask", "duty", "urge", "party", "body",
                                                    "duty_as", "party_opener", "breaker", "role",
                                                    "measure", "remit_owner", "glued_verb")}
    for row in read_tsv(name):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    words = sorted(kinds["head"] | kinds["whole"], key=len, reverse=True)
    mods = sorted(kinds["modifier"], key=len, reverse=True)
    return ActorLexicon(frozenset(kinds["head"]), frozenset(kinds["whole"]), frozenset(kinds["quantifier"]),
                        frozenset(kinds["modifier"]), frozenset(kinds["person"]), re.compile(trie_pattern(words)),
                        max(map(len, words)), re.compile(trie_pattern(mods)), re.compile(trie_pattern(kinds["metric"])),
                        *(frozenset(kinds[k]) for k in ("place", "determiner", "ask", "duty", "urge", "party", "body",
                                                          "duty_as", "party_opener")),
                        tuple(sorted(kinds["breaker"])), tuple(sorted(kinds["role"], key=len, reverse=True)),
                        tuple(sorted(kinds["measure"])), tuple(sorted(kinds["remit_owner"])),
                        tuple(sorted(kinds["glued_verb"])))


@dataclass(frozen=True)
class Openers:
    by_class: Mapping[str, frozenset[str]]
    regex: Mapping[str, re.Pattern]  # class -> prefix regex (longest first)

    def starts(self, cls: str, text: str, pos: int = 0) -> int:
        """Length of the word of class ``cls`` that opens ``text[pos:]`` (0 when none)."""
        m = self.regex[cls].match(text, pos)
        return m.end() - pos if m else 0

    def longest(self, text: str, pos: int, classes: tuple[str, ...]) -> tuple[str, int]:
        """The class and length of the longest word of ``classes`` opening ``text[pos:]``
        (earlier classes win ties); ``("", 0)`` when none does."""
        best = ("", 0)
        for cls in classes:
            n = self.starts(cls, text, pos)
            if n > best[1]:
                best = (cls, n)
        return best

    def has(self, cls: str, word: str) -> bool:
        return word in self.by_class.get(cls, frozenset())


@lru_cache(maxsize=None)
def openers(name: str = OPENERS_FILE) -> Openers:
    by: dict[str, set[str]] = {}
    for row in read_tsv(name):
        by.setdefault(row["class"], set()).add(row["word"])
    for cls in ("skip", "frame", "verb", "report", "pivot", "agent", "follow", "nonverb", "condition", "targets",
                "treat", "refer", "lead", "lead_subject"):
        by.setdefault(cls, set())
    regex = {cls: re.compile(trie_pattern(ws)) for cls, ws in by.items()}
    return Openers(MappingProxyType({k: frozenset(v) for k, v in by.items()}), MappingProxyType(regex))


@lru_cache(maxsize=None)
def clause_words(kind: str) -> tuple[str, ...]:
    """The words of one kind of ``models/clause_words.tsv``, in the file's order."""
    words = tuple(r["word"] for r in read_tsv("clause_words.tsv") if r["kind"] == kind)
    if not words:
        raise KeyError(f"clause_words.tsv: no words of kind {kind!r}")
    return words
