#!/usr/bin/env python3
"""Accuracy against every gold file we have, column by column (the README's accuracy section).

usage: python benchmarks/accuracy.py [--markdown] [--diffs] [--set NAME]

Gold sets: the example speech (``../shared/gold``), our annotations of ``../shared/corpora/real``
(``tests/gold/{structure,targets,requirements}``; the rules were developed while reading these),
blind annotations of three more real documents that no rule was tuned on (``tests/gold/heldout``),
blind annotations of documents of ``../shared/corpora/dev`` in three waves (``tests/gold/dev``,
``dev2`` and ``dev3``: each annotated before any rule was changed for it; their first-run scores are
kept in ``benchmarks/dev_first_run.json``, ``dev2_…`` and ``dev3_…`` and printed beside today's),
and our own samples
(``corpora/samples``).  Documents under ../shared are skipped when it is absent.  Each document
runs through the whole pipeline once; figures are micro-averaged per set.  The scorer is
``pipeline.evaluate`` — the same as ``zhpolicy evaluate`` and the tests.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import Score, evaluate_document, load_gold, total  # noqa: E402
from pipeline.pipeline import Pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
DEV_SETS = {  # blind dev gold: set name -> (folder, its first-run scores)
    "dev wave 1 (blind first)": ("dev", ROOT / "benchmarks" / "dev_first_run.json"),
    "dev wave 2 (blind first)": ("dev2", ROOT / "benchmarks" / "dev2_first_run.json"),
    "dev wave 3 (blind first)": ("dev3", ROOT / "benchmarks" / "dev3_first_run.json"),
}


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
    for set_name, (folder, _) in DEV_SETS.items():
        for g in sorted((ROOT / "tests" / "gold" / folder).glob("*.json")):
            out.append((set_name, g, SHARED / load_gold(g)["doc"]))
    for g in sorted((ROOT / "corpora" / "samples").glob("*.json")):
        out.append(("own samples", g, ROOT / load_gold(g)["doc"]))
    return [(s, g, t) for s, g, t in out if t.exists()]


def first_run_totals(path: Path) -> dict[str, Score]:
    """A dev set's scores of its first run (before any rule was changed for it)."""
    if not path.exists():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    docs: dict[str, dict[str, Score]] = {}
    for r in rows:
        if r["document"] != "TOTAL":
            docs.setdefault(r["document"], {})[r["column"]] = Score(tp=r["ok"], n_pred=r["pred"], n_gold=r["gold"])
    return total(list(docs.values()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--diffs", action="store_true", help="print every difference")
    ap.add_argument("--set", dest="only", help="only the gold set whose name starts with this")
    a = ap.parse_args()
    nlp = Pipeline()
    cache: dict[Path, tuple[dict, str]] = {}
    per_set: dict[str, list[dict[str, Score]]] = {}
    rows = []
    for set_name, gold_path, text_path in gold_files():
        if a.only and not set_name.startswith(a.only):
            continue
        if text_path not in cache:
            r = nlp(text_path)
            cache[text_path] = (r.to_dict(sentences=False), r.document.raw)
        pred, text = cache[text_path]
        gold = load_gold(gold_path)
        if set_name == "own samples" and not gold.get("targets") and "scope" not in gold:
            gold = {k: v for k, v in gold.items() if k != "targets"}
        scores = evaluate_document(gold, text, pred)
        per_set.setdefault(set_name, []).append(scores)
        for name, s in scores.items():
            rows.append((set_name, gold_path.stem, name, s))
            if a.diffs:
                for d in s.diffs:
                    print(f"  {gold_path.stem}: {d}")
    totals = {name: total(docs) for name, docs in per_set.items()}
    first = {name: first_run_totals(path) for name, (_, path) in DEV_SETS.items()}
    if a.markdown:
        print("| set | document | column | gold | pred | P | R | F1 |\n|---|---|---|---|---|---|---|---|")
        for set_name, doc, name, s in rows:
            print(f"| {set_name} | {doc} | {name} | {s.n_gold} | {s.n_pred} "
                  f"| {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
        print("\n| set | column | gold | pred | P | R | F1 | first run F1 |\n|---|---|---|---|---|---|---|---|")
        for set_name, cols in totals.items():
            for name, s in cols.items():
                fr = f"{first[set_name][name].f1:.3f}" if name in first.get(set_name, {}) else ""
                print(f"| {set_name} | {name} | {s.n_gold} | {s.n_pred} | {s.precision:.3f} | {s.recall:.3f} | "
                      f"{s.f1:.3f} | {fr} |")
    else:
        for set_name, doc, name, s in rows:
            print(f"{set_name:<28} {doc:<46} {s.line(name)}")
        print()
        for set_name, cols in totals.items():
            for name, s in cols.items():
                fr = f"   (first run F1={first[set_name][name].f1:.3f})" if name in first.get(set_name, {}) else ""
                print(f"TOTAL {set_name:<28} {s.line(name)}{fr}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
