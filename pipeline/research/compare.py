"""Line up two documents (two reports, two years of a series): what is new, dropped, or changed.

Requirements are matched by the cosine of their TF-IDF character n-gram vectors (one vectoriser
fitted on both documents); targets by the same measure over a *description* — the indicator the
text names plus the words just before and after the number, with numbers masked — so that
``国内生产总值增长6%－6.5%`` lines up with ``国内生产总值增长5%左右``.  Pairs are chosen one-to-one to
maximise total similarity (the assignment problem) and kept when their cosine reaches the
threshold; targets pair only when their units agree (a share in % never pairs with a sum in 元).
A matched target whose value, upper bound or comparator differs is *changed*.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional, Sequence

import numpy as np

from ..records import Quantity, Requirement
from ..resources import char_class

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Result

REQUIREMENT_THRESHOLD = 0.45
TARGET_THRESHOLD = 0.45
CONTEXT_BEFORE, CONTEXT_AFTER = 14, 6

_NUMBERS = re.compile(rf"[0-9０-９][0-9０-９.．]*|[{char_class('numeral_start')}][{char_class('numeral_body')}]*"
                      rf"(?=[{char_class('figure_unit')}])")
_WAN, _YI = char_class("big_lower")
_SPACE = re.compile(r"\s+")
_CLAUSE_STOP = re.compile(r"[。；！？\n]")


@dataclass(frozen=True)
class Pair:
    a: int  # index into the first document's list
    b: int  # index into the second document's list
    score: float


@dataclass(frozen=True)
class TargetChange:
    """A target of both documents whose value moved."""

    a: Quantity
    b: Quantity
    score: float
    description: str  # what is measured, from the second document


@dataclass(frozen=True)
class Comparison:
    a_source: str
    b_source: str
    changed: tuple[TargetChange, ...]  # matched targets whose value differs
    same_targets: tuple[tuple[Quantity, Quantity], ...]
    new_targets: tuple[Quantity, ...]  # only in b
    dropped_targets: tuple[Quantity, ...]  # only in a
    matched: tuple[tuple[Requirement, Requirement, float], ...]
    new: tuple[Requirement, ...]  # requirements only in b
    dropped: tuple[Requirement, ...]  # requirements only in a

    def to_dict(self) -> dict:
        from ..records import to_dict

        return {
            "a": self.a_source,
            "b": self.b_source,
            "changed_targets": [{"description": c.description, "score": round(c.score, 3),
                                 "a": to_dict(c.a), "b": to_dict(c.b),
                                 "a_value": value_text(c.a), "b_value": value_text(c.b)} for c in self.changed],
            "same_targets": [{"a": to_dict(x), "b": to_dict(y)} for x, y in self.same_targets],
            "new_targets": [to_dict(q) for q in self.new_targets],
            "dropped_targets": [to_dict(q) for q in self.dropped_targets],
            "matched_requirements": [{"a": x.text, "b": y.text, "score": round(s, 3)} for x, y, s in self.matched],
            "new_requirements": [to_dict(r) for r in self.new],
            "dropped_requirements": [to_dict(r) for r in self.dropped],
        }


def similarity(a: Sequence[str], b: Sequence[str], ngram_range: tuple[int, int] = (1, 2)) -> np.ndarray:
    """Cosine similarities (len(a) × len(b)) of TF-IDF character n-gram vectors fitted on both lists."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if not a or not b:
        return np.zeros((len(a), len(b)))
    vec = TfidfVectorizer(analyzer="char", ngram_range=ngram_range, sublinear_tf=True)
    m = vec.fit_transform(list(a) + list(b))
    return np.asarray((m[: len(a)] @ m[len(a):].T).todense())


def align(a: Sequence[str], b: Sequence[str], threshold: float, ngram_range: tuple[int, int] = (1, 2),
          allowed: Optional[np.ndarray] = None) -> list[Pair]:
    """One-to-one pairs of ``a`` and ``b`` with the largest total similarity, each ≥ ``threshold``
    (and, when ``allowed`` is given, only where ``allowed[i, j]`` is true)."""
    from scipy.optimize import linear_sum_assignment

    sim = similarity(a, b, ngram_range)
    if sim.size == 0:
        return []
    if allowed is not None:
        sim = np.where(allowed, sim, 0.0)
    rows, cols = linear_sum_assignment(-np.where(sim >= threshold, sim, 0.0))
    return sorted((Pair(int(i), int(j), float(sim[i, j])) for i, j in zip(rows, cols) if sim[i, j] >= threshold),
                  key=lambda p: p.a)


def mask_numbers(text: str) -> str:
    return _NUMBERS.sub("#", _SPACE.sub("", text))


def target_context(result: "Result", q: Quantity) -> str:
    """The words around a target within its clause, numbers masked (from the original text)."""
    raw = result.document.raw
    left = raw[max(0, q.start - CONTEXT_BEFORE): q.start]
    left = _CLAUSE_STOP.split(left)[-1]
    right = _CLAUSE_STOP.split(raw[q.end: q.end + CONTEXT_AFTER])[0]
    return mask_numbers(left) + "#" + mask_numbers(right)


def target_description(result: "Result", q: Quantity) -> str:
    """What a target measures, for matching: its indicator (twice: it weighs most) and its context."""
    ind = (q.indicator or "").strip()
    return f"{ind} {ind} {target_context(result, q)}" if ind else target_context(result, q)


def same_value(x: Quantity, y: Quantity) -> bool:
    def close(u: Optional[float], v: Optional[float]) -> bool:
        return (u is None and v is None) or (u is not None and v is not None
                                             and abs(u - v) <= 1e-9 * max(1.0, abs(u), abs(v)))

    return close(x.value, y.value) and close(x.upper, y.upper) and (x.unit or "") == (y.unit or "") \
        and (x.comparator or "=") == (y.comparator or "=")


_COMPARATOR_TEXT = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "~": "约", "=": ""}


def _num(v: float) -> str:
    """A number the way the reports write it: 1100万, 2.76万亿, 6.5."""
    for scale, word in ((1e12, _WAN + _YI), (1e8, _YI), (1e4, _WAN)):
        if abs(v) >= scale:
            return f"{v / scale:.6g}{word}"
    return f"{v:.6g}"


def value_text(q: Quantity) -> str:
    """A short readable value (``6%–6.5%``, ``约5%``, ``≥1100万人``); the text as written when there is no value."""
    if q.value is None:
        return q.text
    unit = q.unit or ""
    if q.comparator == "between" and q.upper is not None:
        return f"{_num(q.value)}{unit}–{_num(q.upper)}{unit}"
    return f"{_COMPARATOR_TEXT.get(q.comparator, q.comparator)}{_num(q.value)}{unit}"


def compare(a: "Result", b: "Result", *, requirement_threshold: float = REQUIREMENT_THRESHOLD,
            target_threshold: float = TARGET_THRESHOLD) -> Comparison:
    """What changed from ``a`` to ``b``: changed targets, new and dropped requirements and targets."""
    ta, tb = list(a.targets), list(b.targets)
    da = [target_description(a, q) for q in ta]
    db = [target_description(b, q) for q in tb]
    same_unit = np.array([[(x.unit or "") == (y.unit or "") for y in tb] for x in ta],
                         dtype=bool).reshape(len(ta), len(tb))
    tpairs = align(da, db, target_threshold, allowed=same_unit)
    changed, same = [], []
    for p in tpairs:
        x, y = ta[p.a], tb[p.b]
        if same_value(x, y):
            same.append((x, y))
        else:
            changed.append(TargetChange(x, y, p.score, (y.indicator or x.indicator or db[p.b]).strip()))
    ra, rb = list(a.requirements), list(b.requirements)
    rpairs = align([mask_numbers(r.text) for r in ra], [mask_numbers(r.text) for r in rb], requirement_threshold)
    ma, mb = {p.a for p in rpairs}, {p.b for p in rpairs}
    tma, tmb = {p.a for p in tpairs}, {p.b for p in tpairs}
    return Comparison(
        a_source=a.document.source,
        b_source=b.document.source,
        changed=tuple(changed),
        same_targets=tuple(same),
        new_targets=tuple(q for j, q in enumerate(tb) if j not in tmb),
        dropped_targets=tuple(q for i, q in enumerate(ta) if i not in tma),
        matched=tuple((ra[p.a], rb[p.b], p.score) for p in rpairs),
        new=tuple(r for j, r in enumerate(rb) if j not in mb),
        dropped=tuple(r for i, r in enumerate(ra) if i not in ma),
    )
