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
        return (f"{name}: gold={self.n_gold} pred={self.n_pred} ok={self.tp} "
                f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}")


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


def optional_spans(gold: Mapping[str, Any], text: str, lo: int = 0) -> list[tuple[int, int]]:
    """The spans of the optional targets; an anchor listed twice covers its next occurrence."""
    used: set = set()
    out = []
    for o in gold.get("optional_targets", []):
        span = find_anchor(text, o["anchor"], used, lo)
        if span:
            used.add(span)
            out.append(span)
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
    """Gold and predicted items are paired one for one by path (a path may occur more than
    once: lists restarting under unnumbered headings), preferring the pairing whose title
    agrees, in reading order."""
    golds = [(tuple(squash(m) for m in d["path"]), d) for d in gold.get("directives", [])]
    p = paths_of(pred.get("directives", []))
    s = Score(n_pred=len(p), n_gold=len(golds))
    used: set[int] = set()
    for path, title in p:
        key = "/".join(path)
        cands = [k for k, (gp, _) in enumerate(golds) if gp == path and k not in used]
        if not cands:
            s.diffs.append(f"directive {key}: extra ({title[:30]!r})")
            continue
        k = next((k for k in cands if _gold_title_ok(golds[k][1], title)), cands[0])
        used.add(k)
        g = golds[k][1]
        if _gold_title_ok(g, title):
            s.tp += 1
        else:
            s.diffs.append(f"directive {key}: title gold={g['title']!r} pred={title!r}")
    for k, (path, g) in enumerate(golds):
        if k not in used:
            s.diffs.append(f"directive {'/'.join(path)}: missing ({g['title'][:30]!r})")
    return s


def _target_candidates(gold: Mapping[str, Any], text: str, pred: Mapping[str, Any]):
    """The gold targets with their spans, and each predicted target inside the scope with the
    gold targets it overlaps and whether it overlaps an optional one."""
    lo, hi = scope_of(gold, text)
    gspans = gold_spans(gold, "targets", text, lo)
    optional = optional_spans(gold, text, lo)
    preds = []
    for t in pred.get("targets", []):
        span = (int(t["start"]), int(t["end"]))
        if lo <= span[0] and span[1] <= hi:
            preds.append((t, span, [k for k, (gs, _) in enumerate(gspans) if _overlap(gs, span)],
                          any(_overlap(o, span) for o in optional)))
    return gspans, preds


def score_targets(gold: Mapping[str, Any], text: str, pred: Mapping[str, Any]) -> Score:
    gspans, preds = _target_candidates(gold, text, pred)
    s = Score(n_gold=len(gspans))
    hit: set[int] = set()
    for t, span, overlapping, optional in preds:
        cands = [k for k in overlapping if k not in hit]
        if not cands:
            if optional:
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
                s.diffs.append(f"target {g['anchor']!r}: unit gold={g.get('unit')!r} "
                               f"pred={t.get('unit')!r} (not scored)")
        else:
            s.diffs.append(f"target {g['anchor']!r}: wrong {wrong}: pred value={t.get('value')} upper={t.get('upper')} "
                           f"cmp={t.get('comparator')} unit={t.get('unit')} period={t.get('period')}")
    for k, (gs, g) in enumerate(gspans):
        if k not in hit:
            s.diffs.append(f"target missing: {g['anchor']!r}")
    return s


REQUIREMENT_COLUMNS = ("requirements", "modality", "actor", "action", "object", "lead", "partners",
                       "supervisor", "deadline")
TARGET_FIELDS = ("value", "unit", "comparator", "period", "upper")
OBJECT_OVERLAP = 0.8  # character-overlap F1 at which a predicted object counts as right


@dataclass
class RequirementScore:
    """One :class:`Score` per column of the requirement table (``REQUIREMENT_COLUMNS``).

    Detection, modality, actor, action and object count over every predicted and every gold
    entry; lead, supervisor and deadline over the entries where gold or prediction gives
    one (so "lead" reads: how well the leading unit is found where a note names it);
    partners over the units listed."""

    scores: dict[str, Score]

    def __getattr__(self, name: str) -> Score:
        try:
            return self.__dict__["scores"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def detection(self) -> Score:
        return self.scores["requirements"]

    def lines(self) -> list[str]:
        return [s.line(name) for name, s in self.scores.items()]


def char_f1(a: str, b: str) -> float:
    """F1 of the characters two strings share (as multisets), white space ignored."""
    a, b = squash(a), squash(b)
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    from collections import Counter

    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def full_phrase(text: str, prefix: str, length: int, near: int) -> str:
    """A gold phrase stored as its prefix and full length (white space removed): the
    occurrence of the prefix nearest to ``near`` read on to ``length`` characters."""
    prefix = squash(prefix)
    best, i = None, text.find(prefix)
    while i >= 0:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = text.find(prefix, i + 1)
    if best is None and prefix:  # the text spaces the prefix (發放 “長者…): match it with white space between
        spaced = re.compile(r"\s*".join(map(re.escape, prefix)))
        best = min((m.start() for m in spaced.finditer(text)), key=lambda i: abs(i - near), default=None)
    if best is None:
        return prefix
    out = []
    for ch in text[best:]:
        if len(out) >= length:
            break
        if not ch.isspace():
            out.append(ch)
    return "".join(out)


def gold_objects(g: Mapping[str, Any], text: str, near: int) -> list[str]:
    """Every acceptable object of a gold entry, long ones read back from the text."""
    first = g.get("object") or ""
    out = [full_phrase(text, first, int(g["object_len"]), near) if g.get("object_len") else first]
    for alt in g.get("object_alt") or []:
        if isinstance(alt, (list, tuple)):
            out.append(full_phrase(text, alt[0], int(alt[1]), near))
        else:
            out.append(alt)
    return out


def gold_text(g: Mapping[str, Any], key: str, text: str, near: int) -> str:
    """A gold entry's ``actor``/``lead``/``supervisor``; a long one is stored as its prefix with
    ``<key>_len`` (as long objects are) and read back from the text."""
    v = g.get(key) or ""
    n = g.get(f"{key}_len")
    return full_phrase(text, v, int(n), near) if n else v


def _unit_ok(gold: str, pred: str) -> bool:
    g, p = squash(gold), squash(pred)
    return g == p or (bool(g) and bool(p) and (g in p or p in g) and min(len(g), len(p)) >= 0.6 * max(len(g), len(p)))


def _units(v: Any) -> list[str]:
    if not v:
        return []
    if isinstance(v, str):
        return [x for x in re.split(r"[、，,；;]", v) if squash(x)]
    return [x for x in v if squash(x)]


def score_requirements(gold: Mapping[str, Any], text: str, pred: Mapping[str, Any]) -> RequirementScore:
    """Detection: a predicted requirement overlapping an unused gold anchor is a hit.  Every
    other column is judged on the hits (see :class:`RequirementScore`): actor, lead and
    supervisor compared without white space (one holding the other counts), action as one
    of the gold's acceptable strings, object by character-overlap F1 >= ``OBJECT_OVERLAP``
    with the gold object or an alternative, partners unit by unit, deadline as a string."""
    lo, hi = scope_of(gold, text)
    gspans = gold_spans(gold, "requirements", text, lo)
    n = len(gspans)
    sc = {name: Score() for name in REQUIREMENT_COLUMNS}
    for name in ("requirements", "modality", "actor", "action", "object"):
        sc[name].n_gold = n
    for _, g in gspans:
        sc["lead"].n_gold += bool(squash(g.get("lead")))
        sc["supervisor"].n_gold += bool(squash(g.get("supervisor")))
        sc["deadline"].n_gold += g.get("deadline") not in (None, "")
        sc["partners"].n_gold += len(_units(g.get("partners")))
    has = {name: any(name in g for _, g in gspans) for name in ("action", "object", "lead", "partners",
                                                                "supervisor", "deadline")}
    hit: set[int] = set()
    for r in pred.get("requirements", []):
        span = (int(r["start"]), int(r["end"]))
        if not (lo <= span[0] and span[1] <= hi):
            continue
        for name in ("requirements", "modality", "actor", "action", "object"):
            sc[name].n_pred += 1
        sc["lead"].n_pred += bool(squash(r.get("lead")))
        sc["supervisor"].n_pred += bool(squash(r.get("supervisor")))
        sc["deadline"].n_pred += r.get("deadline") not in (None, "")
        sc["partners"].n_pred += len(_units(r.get("partners")))
        cands = [k for k, (gs, _) in enumerate(gspans) if _overlap(gs, span) and k not in hit]
        if not cands:
            sc["requirements"].diffs.append(f"requirement extra: {text[span[0]:span[1]][:40]!r}")
            continue
        k = cands[0]
        hit.add(k)
        g = gspans[k][1]
        where = repr(g["anchor"])
        sc["requirements"].tp += 1
        if r.get("modality") == g.get("modality"):
            sc["modality"].tp += 1
        else:
            sc["modality"].diffs.append(f"modality at {where}: gold={g.get('modality')} pred={r.get('modality')}")
        near = gspans[k][0][0]
        ga, pa = squash(gold_text(g, "actor", text, near)), squash(r.get("actor"))
        if ga == pa or (ga and pa and (ga in pa or pa in ga)):
            sc["actor"].tp += 1
        else:
            sc["actor"].diffs.append(f"actor at {where}: gold={ga!r} pred={pa!r}")
        if has["action"]:
            acts = [squash(a) for a in (g.get("action") or [""])]
            if squash(r.get("action")) in acts:
                sc["action"].tp += 1
            else:
                sc["action"].diffs.append(f"action at {where}: gold={acts} pred={squash(r.get('action'))!r}")
        if has["object"]:
            objs = gold_objects(g, text, near)
            po = squash(r.get("object"))
            best = max(char_f1(o, po) for o in objs)
            if best >= OBJECT_OVERLAP:
                sc["object"].tp += 1
            else:
                sc["object"].diffs.append(f"object at {where}: gold={squash(objs[0])!r} "
                                          f"pred={po!r} (overlap {best:.2f})")
        for name in ("lead", "supervisor"):
            gv, pv = squash(gold_text(g, name, text, near)), squash(r.get(name))
            if gv and pv and _unit_ok(gv, pv):
                sc[name].tp += 1
            elif (gv or pv) and has[name]:
                sc[name].diffs.append(f"{name} at {where}: gold={gv!r} pred={pv!r}")
        gp, pp = [squash(x) for x in _units(g.get("partners"))], [squash(x) for x in _units(r.get("partners"))]
        ok = sum(1 for x in pp if any(_unit_ok(y, x) for y in gp))
        sc["partners"].tp += min(ok, len(gp))
        if has["partners"] and (gp or pp) and (ok != len(gp) or len(pp) != len(gp)):
            sc["partners"].diffs.append(f"partners at {where}: gold={gp} pred={pp}")
        gd, pd_ = g.get("deadline"), r.get("deadline")
        if gd not in (None, "") and str(gd) == str(pd_ or ""):
            sc["deadline"].tp += 1
        elif (gd not in (None, "") or pd_ not in (None, "")) and has["deadline"]:
            sc["deadline"].diffs.append(f"deadline at {where}: gold={gd!r} pred={pd_!r}")
    for k, (gs, g) in enumerate(gspans):
        if k not in hit:
            sc["requirements"].diffs.append(f"requirement missing: {g['anchor']!r}")
    return RequirementScore({name: s for name, s in sc.items()
                             if name in ("requirements", "modality", "actor") or has.get(name)})


def score_target_fields(gold: Mapping[str, Any], text: str, pred: Mapping[str, Any]) -> dict[str, Score]:
    """Per field of a target (value, unit, comparator, period, upper): among predicted
    targets overlapping a gold anchor, how many have that field right."""
    gspans, preds = _target_candidates(gold, text, pred)
    out = {f: Score(n_gold=len(gspans)) for f in TARGET_FIELDS}
    hit: set[int] = set()
    for t, _span, overlapping, optional in preds:
        cands = [k for k in overlapping if k not in hit]
        if not cands and optional:
            continue
        for f in TARGET_FIELDS:
            out[f].n_pred += 1
        if not cands:
            continue
        hit.add(cands[0])
        g = gspans[cands[0]][1]
        accepted = g["comparator"] if isinstance(g["comparator"], list) else [g["comparator"]]
        checks = {
            "value": _close(g["value"], t.get("value")),
            "unit": squash(t.get("unit")) == squash(g.get("unit")),
            "comparator": (t.get("comparator") or "=") in accepted,
            "period": squash(t.get("period")) == squash(g.get("period")),
            "upper": (g.get("upper") is None and t.get("upper") is None) or
                     (g.get("upper") is not None and _close(g["upper"], t.get("upper"))),
        }
        for f, ok in checks.items():
            if ok:
                out[f].tp += 1
            else:
                out[f].diffs.append(f"target {g['anchor']!r}: {f} gold={g.get(f)!r} pred={t.get(f)!r}")
    return out


def evaluate_document(gold: Mapping[str, Any], text: str, pred: Mapping[str, Any]) -> dict[str, Score]:
    """Every column the gold file annotates, in a fixed order: directives, targets and each
    target field, then the requirement columns."""
    out: dict[str, Score] = {}
    if gold.get("directives"):
        out["directives"] = score_directives(gold, pred)
    if "targets" in gold and (gold.get("targets") or "scope" in gold or "not_targets" in gold):
        out["targets"] = score_targets(gold, text, pred)
        for f, s in score_target_fields(gold, text, pred).items():
            out[f"target.{f}"] = s
    if gold.get("requirements"):
        out.update(score_requirements(gold, text, pred).scores)
    return out


def report(name: str, *scores_and_names: tuple[str, Score]) -> str:
    """A block of text: every difference, then one P/R/F1 line per score."""
    lines = [f"== {name}"]
    for label, s in scores_and_names:
        lines.extend(f"  {d}" for d in s.diffs)
    for label, s in scores_and_names:
        lines.append("  " + s.line(label))
    return "\n".join(lines)


def resolve_doc(gold_path: str | Path, doc: str, roots: Sequence[str | Path] = ()) -> Path:
    """The text a gold file annotates: ``doc`` under the first of ``roots`` that has it, else
    under ``../shared`` or the project folder found upwards from the gold file."""
    candidates = [Path(r) / doc for r in roots]
    for up in Path(gold_path).resolve().parents:
        candidates += [up / doc, up.parent / "shared" / doc, up / "shared" / doc]
    for c in candidates:
        if c.is_file():
            return c
    raise FileNotFoundError(f"{gold_path}: the text it annotates was not found: {doc}")


def total(scores: Sequence[Mapping[str, Score]]) -> dict[str, Score]:
    """Micro-averaged scores over documents, column by column (first-seen order)."""
    out: dict[str, Score] = {}
    for doc in scores:
        for name, s in doc.items():
            t = out.setdefault(name, Score())
            t.tp += s.tp
            t.n_pred += s.n_pred
            t.n_gold += s.n_gold
    return out
