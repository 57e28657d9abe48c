#!/usr/bin/env python3
"""Accuracy against every gold file we have, in one table (the README's accuracy section).

usage: python benchmarks/accuracy.py [--markdown] [--diffs]

Gold sets: the example speech (``../shared/gold``), our annotations of ``../shared/corpora/real``
(``tests/gold/{structure,targets,requirements}``; the rules were developed while reading these),
blind annotations of three more real documents that no rule was tuned on (``tests/gold/heldout``),
and our own samples (``corpora/samples``).
Documents under ../shared are skipped when it is absent.  Each document runs through the whole
pipeline once; figures are micro-averaged per set and over all.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import Score, load_gold, score_directives, score_requirements, score_targets  # noqa: E402
from pipeline.pipeline import Pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"


def gold_files() -> list[tuple[str, Path, Path]]:
    """(set name, gold file, text file) for every gold file whose text is here."""
    out = []
    seed = SHARED / "gold" / "cadre_training_speech.json"
    if seed.exists():
        out.append(("example speech", seed, SHARED / load_gold(seed)["doc"]))
    for kind in ("structure", "targets", "requirements"):
        for g in sorted((ROOT / "tests" / "gold" / kind).glob("*.json")):
            out.append((f"real documents ({kind})", g, SHARED / load_gold(g)["doc"]))
    for g in sorted((ROOT / "tests" / "gold" / "heldout").glob("*.json")):
        out.append(("held out (blind)", g, SHARED / load_gold(g)["doc"]))
    for g in sorted((ROOT / "corpora" / "samples").glob("*.json")):
        out.append(("own samples", g, ROOT / load_gold(g)["doc"]))
    return [(s, g, t) for s, g, t in out if t.exists()]


def add(total: Score, s: Score) -> None:
    total.tp += s.tp
    total.n_pred += s.n_pred
    total.n_gold += s.n_gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--diffs", action="store_true", help="print every difference")
    a = ap.parse_args()
    nlp = Pipeline()
    cache: dict[Path, tuple[dict, str]] = {}
    rows = []
    totals: dict[tuple[str, str], Score] = defaultdict(Score)
    for set_name, gold_path, text_path in gold_files():
        if text_path not in cache:
            r = nlp(text_path)
            cache[text_path] = (r.to_dict(sentences=False), r.document.raw)
        pred, text = cache[text_path]
        gold = load_gold(gold_path)
        scores = []
        if gold.get("directives"):
            scores.append(("directives", score_directives(gold, pred)))
        if "targets" in gold and (gold.get("targets") or "scope" in gold or set_name != "own samples"):
            scores.append(("targets", score_targets(gold, text, pred)))
        if gold.get("requirements"):
            rs = score_requirements(gold, text, pred)
            scores += [("requirements", rs.detection), ("modality", rs.modality), ("actor", rs.actor)]
        for name, s in scores:
            add(totals[(set_name, name)], s)
            add(totals[("all", name)], s)
            rows.append((set_name, gold_path.stem, name, s))
            if a.diffs:
                for d in s.diffs:
                    print(f"  {gold_path.stem}: {d}")
    if a.markdown:
        print("| set | document | measure | gold | pred | P | R | F1 |\n|---|---|---|---|---|---|---|---|")
        for set_name, doc, name, s in rows:
            print(f"| {set_name} | {doc} | {name} | {s.n_gold} | {s.n_pred} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
        print("\n| set | measure | gold | pred | P | R | F1 |\n|---|---|---|---|---|---|---|")
        for (set_name, name), s in totals.items():
            print(f"| {set_name} | {name} | {s.n_gold} | {s.n_pred} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    else:
        for set_name, doc, name, s in rows:
            print(f"{set_name:<28} {doc:<46} {s.line(name)}")
        print()
        for (set_name, name), s in totals.items():
            print(f"TOTAL {set_name:<28} {s.line(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
