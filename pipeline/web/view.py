"""What the document page shows, built from a :class:`Result`: the outline, the text cut into
highlighted segments, the requirement rows and the summary strip.

The text is cut at every boundary of a requirement, a target and a numbered item, so that
each segment is covered by a fixed set of requirements and targets; the template renders a
segment as one ``<span>`` (the text escaped by Jinja) carrying the ids of the requirements
that cover it (``data-r="3 4"``).  Spans never nest, so overlapping requirements need no
special case, and a row finds its span with ``[data-r~="3"]``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ..export.ledger import deadline_text, partners_of, target_text
from ..resources import ui

MODALITIES = {m: ui(f"web.modality.{m}") for m in ("obligation", "prohibition", "encouragement", "aim")}
OTHER_SECTION = ui("web.other_section")


@dataclass(frozen=True)
class Segment:
    text: str
    reqs: str = ""  # requirement ids covering it, space-separated
    modality: str = ""  # of the innermost (last started) requirement
    target: str = ""  # the normalised value of a target covering it, for the hover title
    anchor: str = ""  # "d-3": a numbered item starts here


def _sections(result) -> dict[int, int]:
    """directive id → id of its outermost ancestor."""
    by_id = {d.id: d for d in result.directives}
    top: dict[int, int] = {}
    for d in result.directives:
        cur, seen = d, set()
        while cur.parent is not None and cur.parent in by_id and cur.parent not in seen:
            seen.add(cur.id)
            cur = by_id[cur.parent]
        top[d.id] = cur.id
    return top


def outline(result) -> list[dict]:
    return [{"id": d.id, "level": d.level, "marker": d.marker, "title": d.title}
            for d in sorted(result.directives, key=lambda d: (d.start, d.id))]


def target_label(q) -> str:
    """``≥ 40%（比例）``: the normalised value and, where named, the indicator."""
    value = target_text(q) or q.text
    return f"{value}（{q.indicator}）" if getattr(q, "indicator", None) else value


def segments(result) -> list[Segment]:
    """The original text cut at every span boundary (see the module's docstring)."""
    raw = result.document.raw
    n = len(raw)
    starts: dict[int, list] = {}
    ends: dict[int, list] = {}
    anchors: dict[int, str] = {}
    for r in result.requirements:
        if 0 <= r.start < r.end <= n:
            starts.setdefault(r.start, []).append(("r", r))
            ends.setdefault(r.end, []).append(("r", r))
    for q in result.targets:
        if 0 <= q.start < q.end <= n:
            starts.setdefault(q.start, []).append(("t", q))
            ends.setdefault(q.end, []).append(("t", q))
    for d in result.directives:
        if 0 <= d.start < n:
            anchors.setdefault(d.start, f"d-{d.id}")
    cuts = sorted({0, n, *starts, *ends, *anchors})
    active_r: dict[int, object] = {}
    active_t: dict[int, object] = {}
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        for kind, x in ends.get(a, ()):
            (active_r if kind == "r" else active_t).pop(id(x), None)
        for kind, x in starts.get(a, ()):
            (active_r if kind == "r" else active_t)[id(x)] = x
        reqs = list(active_r.values())
        targets = list(active_t.values())
        out.append(Segment(
            text=raw[a:b],
            reqs=" ".join(str(r.req_id) for r in reqs),
            modality=reqs[-1].modality if reqs else "",
            target="；".join(target_label(q) for q in targets),
            anchor=anchors.get(a, ""),
        ))
    return out


def rows(result) -> list[dict]:
    top = _sections(result)
    out = []
    for r in sorted(result.requirements, key=lambda r: (r.start, r.req_id)):
        section = top.get(r.directive) if result.directive(r.directive) is not None else None
        out.append({
            "req_id": r.req_id,
            "path": "".join(result.directive_path(r.directive)),
            "section": "" if section is None else str(section),
            "text": r.text,
            "modality": r.modality,
            "modality_label": MODALITIES.get(r.modality, r.modality),
            "cue": r.cue,
            "category": r.category or "",
            "actor": r.actor or "",
            "lead": r.lead or "",
            "partners": partners_of(r),
            "deadline": deadline_text(r.deadline),
            "targets": "；".join(target_text(q) for q in r.targets if target_text(q)),
        })
    return out


def month_of(deadline: str | None) -> str:
    """The month (or year, or 长期) a normalised deadline falls in, for the summary strip."""
    d = (deadline or "").strip()
    if not d:
        return ""
    if d == "open":
        return ui("web.open_deadline")
    if "/" in d:
        return f"{d.split('/')[-1][:4]}年"
    if len(d) >= 7 and d[4] == "-":
        return f"{d[:4]}年{int(d[5:7])}月"
    return f"{d[:4]}年" if d[:4].isdigit() else d


def summary(result) -> dict:
    by_modality = Counter(r.modality for r in result.requirements)
    months = Counter(m for m in (month_of(r.deadline) for r in result.requirements) if m)
    return {
        "directives": len(result.directives),
        "requirements": len(result.requirements),
        "by_modality": [(k, MODALITIES[k], by_modality.get(k, 0)) for k in MODALITIES if by_modality.get(k)],
        "targets": len(result.targets),
        "deadlines": sorted(months.items()),
    }


def filters(result, rows_: list[dict]) -> dict:
    by_id = {d.id: d for d in result.directives}
    sections = []
    for s in dict.fromkeys(r["section"] for r in rows_):
        if s:
            d = by_id[int(s)]
            sections.append((s, f"{d.marker}{d.title}"[:24]))
        else:
            sections.append(("", OTHER_SECTION))
    people = sorted({x for r in rows_ for x in (r["actor"], r["lead"]) if x})
    return {
        "sections": sections,
        "modalities": [(k, v) for k, v in MODALITIES.items() if any(r["modality"] == k for r in rows_)],
        "categories": sorted({r["category"] for r in rows_ if r["category"]}),
        "people": people,
    }


def document_view(result) -> dict:
    """Everything the document template needs."""
    rows_ = rows(result)
    doc = result.document
    return {
        "doc_id": doc.doc_id,
        "title": doc.title or doc.source,
        "source": doc.source,
        "date": doc.date or "",
        "chars": doc.chars,
        "outline": outline(result),
        "segments": segments(result),
        "rows": rows_,
        "summary": summary(result),
        "filters": filters(result, rows_),
        "warnings": [f.message if hasattr(f, "message") else str(f) for f in result.flags][:20],
    }
