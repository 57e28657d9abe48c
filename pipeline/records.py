"""Frozen records shared by every stage.

Every record that points into a document carries ``start``/``end``.  Inside the
pipeline, stages work on the *normalised* text and report offsets into it; the
:class:`~pipeline.pipeline.Pipeline` maps every record to code-point offsets
into the *original decoded* text before it hands out a :class:`Result`.
"""
from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any, Optional


def _fast_init(cls: type) -> type:
    """Give the frozen dataclass ``cls`` an ``__init__`` that fills the instance's
    ``__dict__`` at once instead of one ``object.__setattr__`` per field (what frozen
    dataclasses do): same signature and defaults, same record; the stages build many."""
    fs = fields(cls)
    params, defaults = [], {}
    for f in fs:
        if f.default is not MISSING:
            defaults[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        else:
            params.append(f.name)
    body = ", ".join(f"{f.name!r}: {f.name}" for f in fs)
    src = f"def __init__(self, {', '.join(params)}):\n    self.__dict__.update({{{body}}})\n"
    ns: dict[str, Any] = {}
    exec(src, defaults, ns)  # noqa: S102 - generated from the class's own field names
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@dataclass(frozen=True)
class Document:
    """A loaded source: the decoded text and what we know about it."""

    doc_id: str  # sha256 of the decoded text (first 16 hex digits)
    source: str  # path, "<stdin>", "<text>" or "archive.zip!member"
    encoding: str  # "utf-8", "utf-8-sig", "gb18030", "utf-16", "docx", "pdf", "str"
    raw: str  # the decoded original text; every offset points into it
    size_bytes: int = 0
    title: Optional[str] = None  # as the text states it
    date: Optional[str] = None  # ISO date (YYYY-MM-DD or YYYY-MM or YYYY) the text states

    @property
    def chars(self) -> int:
        return len(self.raw)


@_fast_init
@dataclass(frozen=True)
class Block:
    """A region of the document: title, issuer, docnum, salutation, preamble, body, closing, notes."""

    kind: str
    start: int
    end: int


@_fast_init
@dataclass(frozen=True)
class Paragraph:
    id: int
    start: int
    end: int


@_fast_init
@dataclass(frozen=True)
class Sentence:
    id: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@_fast_init
@dataclass(frozen=True)
class Directive:
    """One numbered item of the document's tree."""

    id: int
    parent: Optional[int]
    level: int  # 1 = outermost
    marker: str  # the numbering token exactly as in the text: "一、", "（三）", "二是"
    number: int
    title: str
    start: int  # the item's whole extent, marker included
    end: int
    style: str = ""  # the marker family: "cn_dun", "cn_paren", "cn_shi", "di_cn", "arabic_dot", ...


@_fast_init
@dataclass(frozen=True)
class Flag:
    """Something odd the pipeline noticed but went on from (skipped number, …)."""

    code: str
    message: str
    start: Optional[int] = None
    end: Optional[int] = None


@_fast_init
@dataclass(frozen=True)
class Quantity:
    """A number found in the text, normalised.  ``role == "target"`` makes it a target."""

    text: str
    start: int
    end: int
    value: Optional[float]
    unit: str = ""
    kind: str = "number"  # percent, percentage_points, fraction, ratio, count, money, duration, number
    comparator: str = "="  # >=, <=, >, <, ~, between, =
    upper: Optional[float] = None
    period: Optional[str] = None  # 年, 季度, 月, 周, 天
    deadline: Optional[str] = None  # "2025", "2025-12-31", "2021/2025"
    scope: Optional[str] = None  # 每个班, 每一个岗位
    base: Optional[str] = None  # what a share is of
    indicator: Optional[str] = None  # what is measured, as the text names it
    role: str = "fact"  # MEASURE_ROLES (target, fact) or NUMBER_ROLES (date, period, ordinal, name, docnum, slogan)
    sentence: Optional[int] = None
    directive: Optional[int] = None


@_fast_init
@dataclass(frozen=True)
class Requirement:
    """A sentence or clause that asks for action."""

    req_id: int
    text: str
    start: int
    end: int
    modality: str  # obligation, prohibition, encouragement, aim
    strength: int  # graded cue: 5 必须/严禁 … 1 鼓励
    cue: str = ""  # the cue word as in the text ("" for a bare imperative)
    actor: str = ""
    action: str = ""
    object: str = ""
    lead: str = ""  # the unit that leads the task (牵头单位, 由X负责, the first of a note's units)
    partners: tuple[str, ...] = ()  # the other responsible, co-operating or participating units
    supervisor: str = ""  # a unit named as guiding the task (X指导)
    deadline: Optional[str] = None
    sentence: Optional[int] = None
    directive: Optional[int] = None
    targets: tuple[Quantity, ...] = ()
    category: str = ""  # policy area, filled by pipeline.research.categories when asked


def deadline_of(r: Requirement) -> Optional[str]:
    """By when: the requirement's own deadline (its text's or its note's), else that of the
    first of its targets that has one — what the table, the checklist and the ledger show."""
    return r.deadline or next((q.deadline for q in r.targets if q.deadline), None)


# Roles of a Quantity.  "target" and "fact" are measured quantities (JSON ``targets`` and
# ``quantities``); the others are numbers that are not quantities at all (JSON ``numbers``).
MEASURE_ROLES = ("target", "fact")
NUMBER_ROLES = ("date", "period", "ordinal", "name", "docnum", "slogan")

SPAN_RECORDS = (Block, Paragraph, Sentence, Directive, Quantity, Requirement)


def to_dict(rec: Any) -> dict:
    """A record as plain JSON-ready data (nested records included)."""
    return asdict(rec)


@lru_cache(maxsize=None)
def _span_fields(cls: type) -> tuple[bool, bool]:
    """Whether records of ``cls`` carry ``start``/``end`` and nested ``targets``."""
    names = {f.name for f in fields(cls)}
    return "start" in names, "targets" in names


def shift(rec: Any, to_raw) -> Any:
    """Return ``rec`` with its ``start``/``end`` (and those of nested targets) mapped by
    ``to_raw(start, end) -> (start, end)``."""
    has_span, has_targets = _span_fields(type(rec))
    changes: dict[str, Any] = {}
    if has_span and rec.start is not None and rec.end is not None:
        start, end = to_raw(rec.start, rec.end)
        if start != rec.start or end != rec.end:
            changes["start"], changes["end"] = start, end
    if has_targets and rec.targets:
        targets = tuple(shift(t, to_raw) for t in rec.targets)
        if any(a is not b for a, b in zip(targets, rec.targets)):
            changes["targets"] = targets
    return evolve(rec, **changes) if changes else rec


def evolve(rec: Any, **changes: Any) -> Any:
    """A copy of the record ``rec`` with ``changes``: what ``dataclasses.replace`` gives for
    the records of this module (frozen, no ``__post_init__``, nothing cached), at a fraction
    of its cost — the pipeline copies every record once or twice."""
    new = object.__new__(type(rec))
    d = new.__dict__
    d.update(rec.__dict__)
    d.update(changes)
    return new


__all__ = [
    "Document", "Block", "Paragraph", "Sentence", "Directive", "Flag", "Quantity",
    "Requirement", "deadline_of", "to_dict", "shift", "evolve", "field",
]
