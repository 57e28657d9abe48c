"""Score a result against a gold file (the format of ``../shared/gold/GUIDE.md``).

Gold JSON holds any of ``directives`` ([{path, title}]), ``targets`` ([{anchor, value,
unit, comparator, period, upper?, directive?}]), ``optional_targets``, ``not_targets``,
``requirements`` ([{anchor, modality, actor}]) and ``scope`` ([start_anchor,
end_anchor]).  Every comparison is collected as a difference line, so a golden test
can print all of them with P/R/F1 before it asserts.

The rules follow the shared scorer: directive paths match exactly (markers without
white space) and titles match after white space is removed (or one holds the other
and is at least 80% of its length); a predicted target matches a gold one whose
anchor span it overlaps, and counts when value (1% tolerance), comparator, period and
upper agree; a predicted requirement matches a gold one whose anchor it overlaps.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

_WS = re.compile(r"\s+")
_TRAIL = "。；;，,：:.！!？? "


def squash(s: Optional[str]) -> str:
    return _WS.sub("", s or "").strip(_TRAIL)


@dataclass
class Score:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    diffs: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return f"{name}: gold={self.n_gold} pred={self.n_pred} ok={self.tp} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"


def load_gold(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def scope_of(gold: Mapping[str, Any], text: str) -> tuple[int, int]:
    if not gold.get("scope"):
        return 0, len(text)
    a, b = gold["scope"]
    lo = text.find(a)
    hi = text.find(b, max(lo, 0))
    if lo < 0 or hi < 0:
        raise ValueError(f"scope anchors not found: {a!r} … {b!r}")
    return lo, hi + len(b)


def find_anchor(text: str, anchor: str, used: set, start: int = 0) -> Optional[tuple[int, int]]:
    """The first unused occurrence of ``anchor`` at or after ``start`` (stray spaces allowed)."""
    i = start
    while True:
        i = text.find(anchor, i)
        if i < 0:
            break
        if (i, i + len(anchor)) not in used:
            return i, i + len(anchor)
        i += 1
    m = re.compile(r"\s*".join(map(re.escape, anchor))).search(text, start)
    return (m.start(), m.end()) if m else None


def gold_spans(gold: Mapping[str, Any], key: str, text: str, lo: int = 0) -> list[tuple[tuple[int, int], dict]]:
    """Each gold item of ``gold[key]`` with the span of its anchor (each occurrence used once)."""
    used: set = set()
    out = []
    for g in gold.get(key, []):
        span = find_anchor(text, g["anchor"], used, lo)
        if span is None:
            raise ValueError(f"gold {key} anchor not found: {g['anchor']!r}")
        used.add(span)
        out.append((span, g))
    return out


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _close(g: float, p: Any) -> bool:
    try:
        p = float(p)
    except (TypeError, ValueError):
        return False
    return abs(p - float(g)) <= max(1e-3, 0.01 * abs(float(g)))


def paths_of(directives: Sequence[Mapping[str, Any]]) -> list[tuple[tuple[str, ...], str]]:
    """(path of markers, title) for each predicted directive, following ``parent`` ids."""
    by_id = {str(d.get("id")): d for d in directives}
    out = []
    for d in directives:
        path, cur, seen = [], d, set()
        while cur is not None and str(cur.get("id")) not in seen:
            seen.add(str(cur.get("id")))
            path.append(squash(cur.get("marker")))
            par = cur.get("parent")
            cur = by_id.get(str(par)) if par not in (None, "") else None
        out.append((tuple(reversed(path)), squash(d.get("title"))))
    return out


def _title_ok(gold: str, pred: str) -> bool:
    if gold == pred:
        return True
    a, b = sorted((gold, pred), key=len)
    return bool(a) and a in b and len(a) >= 0.8 * len(b)


def _gold_title_ok(g: Mapping[str, Any], pred: str) -> bool:
    """A gold title may be kept as a prefix (``title_prefix``) with its full length
    (``title_len``), so that gold files quote no long passage of the text."""
    if g.get("title_prefix"):
        return pred.startswith(squash(g["title"])) and len(pred) == int(g["title_len"])
    return _title_ok(squash(g["title"]), pred)


def score_directives(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> Score:
    g = {tuple(squash(m) for m in d["path"]): d for d in gold.get("directives", [])}
    p = paths_of(pred.get("directives", []))
    s = Score(n_pred=len(p), n_gold=len(g))
    seen = set()
    for path, title in p:
        key = "/".join(path)
        if path in g and path not in seen:
            seen.add(path)
            if _gold_title_ok(g[path], title):
                s.tp += 1
            else:
                s.diffs.append(f"directive {key}: title gold={g[path]['title']!r} pred={title!r}")
        else:
            s.diffs.append(f"directive {key}: extra ({title[:30]!r})")
    for path in g:
        if path not in seen:
            s.diffs.append(f"directive {'/'.join(path)}: missing ({g[path]['title'][:30]!r})")
    return s


def score_targets(gold: Mapping[str, Any], text: str, pred: Mapping[str, Any]) -> Score:
    lo, hi = scope_of(gold, text)
    gspans = gold_spans(gold, "targets", text, lo)
    optional = [find_anchor(text, o["anchor"], set(), lo) for o in gold.get("optional_targets", [])]
    optional = [o for o in optional if o]
    s = Score(n_gold=len(gspans))
    hit: set[int] = set()
    for t in pred.get("targets", []):
        span = (int(t["start"]), int(t["end"]))
        if not (lo <= span[0] and span[1] <= hi):
            continue
        cands = [k for k, (gs, _) in enumerate(gspans) if _overlap(gs, span) and k not in hit]
        if not cands:
            if any(_overlap(o, span) for o in optional):
                continue
            s.n_pred += 1
            s.diffs.append(f"target extra: {text[span[0]:span[1]]!r} value={t.get('value')} {t.get('comparator')}")
            continue
        s.n_pred += 1
        k = cands[0]
        g = gspans[k][1]
        accepted = g["comparator"] if isinstance(g["comparator"], list) else [g["comparator"]]
        wrong = [name for name, ok in (
            ("value", _close(g["value"], t.get("value"))),
            ("comparator", (t.get("comparator") or "=") in accepted),
            ("period", g.get("period") is None or squash(t.get("period")) == squash(g["period"])),
            ("upper", g.get("upper") is None or _close(g["upper"], t.get("upper"))),
        ) if not ok]
        unit_ok = squash(t.get("unit")) == squash(g.get("unit"))
        if not wrong:
            s.tp += 1
            hit.add(k)
            if not unit_ok:
                s.diffs.append(f"target {g['anchor']!r}: unit gold={g.get('unit')!r} pred={t.get('unit')!r} (not scored)")
        else:
            s.diffs.append(f"target {g['anchor']!r}: wrong {wrong}: pred value={t.get('value')} upper={t.get('upper')} "
                           f"cmp={t.get('comparator')} unit={t.get('unit')} period={t.get('period')}")
    for k, (gs, g) in enumerate(gspans):
        if k not in hit:
            s.diffs.append(f"target missing: {g['anchor']!r}")
    return s


@dataclass
class RequirementScore:
    detection: Score
    modality: Score
    actor: Score

    def lines(self) -> list[str]:
        return [self.detection.line("requirements"), self.modality.line("modality"), self.actor.line("actor")]


def score_requirements(gold: Mapping[str, Any], text: str, pred: Mapping[str, Any]) -> RequirementScore:
    """Detection: a predicted requirement overlapping an unused gold anchor is a hit.
    Modality and actor: among predictions, those whose value also agrees (actor compared
    without white space; the gold actor contained in the predicted one, or the other
    way, counts)."""
    lo, hi = scope_of(gold, text)
    gspans = gold_spans(gold, "requirements", text, lo)
    det, mod, act = Score(n_gold=len(gspans)), Score(n_gold=len(gspans)), Score(n_gold=len(gspans))
    hit: set[int] = set()
    for r in pred.get("requirements", []):
        span = (int(r["start"]), int(r["end"]))
        if not (lo <= span[0] and span[1] <= hi):
            continue
        det.n_pred += 1
        mod.n_pred += 1
        act.n_pred += 1
        cands = [k for k, (gs, _) in enumerate(gspans) if _overlap(gs, span) and k not in hit]
        if not cands:
            det.diffs.append(f"requirement extra: {text[span[0]:span[1]][:40]!r}")
            continue
        k = cands[0]
        hit.add(k)
        g = gspans[k][1]
        det.tp += 1
        if r.get("modality") == g.get("modality"):
            mod.tp += 1
        else:
            mod.diffs.append(f"modality at {g['anchor']!r}: gold={g.get('modality')} pred={r.get('modality')}")
        ga, pa = squash(g.get("actor")), squash(r.get("actor"))
        if ga == pa or (ga and pa and (ga in pa or pa in ga)):
            act.tp += 1
        else:
            act.diffs.append(f"actor at {g['anchor']!r}: gold={ga!r} pred={pa!r}")
    for k, (gs, g) in enumerate(gspans):
        if k not in hit:
            det.diffs.append(f"requirement missing: {g['anchor']!r}")
    return RequirementScore(det, mod, act)


def report(name: str, *scores_and_names: tuple[str, Score]) -> str:
    """A block of text: every difference, then one P/R/F1 line per score."""
    lines = [f"== {name}"]
    for label, s in scores_and_names:
        lines.extend(f"  {d}" for d in s.diffs)
    for label, s in scores_and_names:
        lines.append("  " + s.line(label))
    return "\n".join(lines)
