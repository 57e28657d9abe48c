#!/usr/bin/env python3
"""Check a gold file's form before it is used: anchors found exactly once (inside the scope),
fields present and typed, titles and objects short enough to quote no passage.

usage: python benchmarks/check_gold.py GOLD.json... [--shared DIR]

It never runs the pipeline: a blind annotation stays blind.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODALITIES = {"obligation", "prohibition", "encouragement", "aim"}
COMPARATORS = {">=", "<=", ">", "<", "~", "between", "="}
DEADLINE = re.compile(r"^(open|\d{4}(-\d{2}(-\d{2})?)?(/\d{4})?)$")
WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s or "")


def problems(gold: dict, text: str) -> list[str]:
    out = []
    flat = squash(text)
    lo, hi = 0, len(text)
    if gold.get("scope"):
        a, b = gold["scope"]
        lo = text.find(a)
        hi = text.find(b, max(lo, 0))
        if lo < 0 or hi < 0:
            out.append(f"scope anchors not found: {a!r} {b!r}")
            lo, hi = 0, len(text)
        else:
            hi += len(b)
    for d in gold.get("directives", []):
        if not isinstance(d.get("path"), list) or not d.get("path"):
            out.append(f"directive without path: {d}")
        t = squash(d.get("title", ""))
        if d.get("title_prefix"):
            if "title_len" not in d:
                out.append(f"title_prefix without title_len: {d['path']}")
        elif len(t) > 17:
            out.append(f"title over 17 characters (use title_prefix/title_len): {d['path']}")
        if t and t not in flat:
            out.append(f"title not in text: {d['path']} {t!r}")
    for key in ("targets", "optional_targets", "not_targets", "requirements"):
        for g in gold.get(key, []):
            a = g if isinstance(g, str) else g.get("anchor", "")
            n = text.count(a)
            if not a or n == 0:
                out.append(f"{key}: anchor not found: {a!r}")
            elif n > 1 and key != "not_targets":
                out.append(f"{key}: anchor occurs {n} times: {a!r}")
            elif key in ("targets", "requirements") and not (lo <= text.find(a) < hi):
                out.append(f"{key}: anchor outside scope: {a!r}")
            if len(a) > 12:
                out.append(f"{key}: anchor over 12 characters: {a!r}")
    for g in gold.get("targets", []):
        for f in ("value", "unit", "comparator", "period", "directive"):
            if f not in g:
                out.append(f"target {g.get('anchor')!r}: no {f}")
        cmp_ = g.get("comparator")
        for c in (cmp_ if isinstance(cmp_, list) else [cmp_]):
            if c not in COMPARATORS:
                out.append(f"target {g.get('anchor')!r}: comparator {c!r}")
    for g in gold.get("requirements", []):
        a = g.get("anchor")
        if g.get("modality") not in MODALITIES:
            out.append(f"requirement {a!r}: modality {g.get('modality')!r}")
        for f, typ in (("actor", str), ("action", list), ("object", str), ("lead", str), ("partners", list)):
            if f not in g:
                out.append(f"requirement {a!r}: no {f}")
            elif not isinstance(g[f], typ):
                out.append(f"requirement {a!r}: {f} should be {typ.__name__}")
        if "deadline" not in g:
            out.append(f"requirement {a!r}: no deadline")
        elif g["deadline"] is not None and not DEADLINE.match(str(g["deadline"])):
            out.append(f"requirement {a!r}: deadline {g['deadline']!r} not normalised")
        for f in ("actor", "lead", "supervisor"):
            v = squash(g.get(f) or "")
            if len(v) > 19 and f"{f}_len" not in g:
                out.append(f"requirement {a!r}: {f} over 19 characters (store its first 14 + {f}_len)")
        obj = squash(g.get("object", ""))
        if "object_len" in g:
            if len(obj) > 16:
                out.append(f"requirement {a!r}: object prefix over 16 characters")
            if obj and obj not in flat:
                out.append(f"requirement {a!r}: object prefix not in text: {obj!r}")
        elif len(obj) > 16:
            out.append(f"requirement {a!r}: object over 16 characters (store 14 + object_len)")
        elif obj and obj not in flat:
            out.append(f"requirement {a!r}: object not in text: {obj!r}")
        for act in g.get("action", []) or []:
            if act and squash(act) not in flat:
                out.append(f"requirement {a!r}: action not in text: {act!r}")
    grams = {flat[i:i + 20] for i in range(len(flat) - 19)}

    def copies(o) -> bool:
        if isinstance(o, dict):
            return any(copies(v) for v in o.values())
        if isinstance(o, list):
            return any(copies(v) for v in o)
        t = squash(o) if isinstance(o, str) else ""
        return any(t[i:i + 20] in grams for i in range(len(t) - 19))

    for key, v in gold.items():
        if key != "doc" and copies(v):
            out.append(f"{key}: quotes a passage of 20+ characters of the text (shorten it: anchors, prefixes, …)")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    a = ap.parse_args()
    bad = 0
    for path in a.gold:
        gold = json.load(open(path, encoding="utf-8"))
        text = (Path(a.shared) / gold["doc"]).read_text(encoding="utf-8")
        ps = problems(gold, text)
        n = {k: len(gold.get(k, [])) for k in ("directives", "targets", "requirements")}
        print(f"{path}: {n} {'OK' if not ps else f'{len(ps)} problems'}")
        for p in ps:
            print("  " + p)
        bad += bool(ps)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
