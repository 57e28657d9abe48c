"""Gold for 36 documents of ../shared/corpora/dev in three waves (tests/gold/dev, dev2, dev3):
each annotated blind before any rule was changed for it (first-run scores in
benchmarks/dev_first_run.json, dev2_first_run.json and dev3_first_run.json).

One golden test per wave: it prints every difference and each column's P/R/F1 (micro
over the documents) beside the first run, then asserts a floor per column.  The floors are the
figures reached, less a small margin: they keep what the work on these documents gained; the
issue's goals (directives 0.97, targets 0.92, detection 0.93, actor and action 0.90, object 0.85,
lead 0.95) are printed beside them, and the README says which are met."""
from __future__ import annotations

import json

import pytest

from conftest import GOLD, ROOT, SHARED
from pipeline.evaluate import Score, evaluate_document, load_gold, total
from pipeline.pipeline import Pipeline

WAVES = {"dev": "dev_first_run.json", "dev2": "dev2_first_run.json", "dev3": "dev3_first_run.json"}
GOALS = {"directives": 0.97, "targets": 0.92, "requirements": 0.93, "actor": 0.90, "action": 0.90,
         "object": 0.85, "lead": 0.95}
FLOORS = {
    "dev": {"directives": 0.98, "targets": 0.96, "requirements": 0.95, "modality": 0.95, "actor": 0.90,
            "action": 0.91, "object": 0.90, "lead": 0.94, "partners": 0.98, "supervisor": 0.84, "deadline": 0.87},
    "dev2": {"directives": 0.98, "targets": 0.93, "requirements": 0.95, "modality": 0.95, "actor": 0.93,
             "action": 0.91, "object": 0.89, "lead": 0.93, "partners": 0.95, "supervisor": 0.95, "deadline": 0.80},
    # wave 3 (blind): floors just under its figures after round 6 (no partners found yet: no floor)
    "dev3": {"directives": 0.99, "targets": 0.64, "requirements": 0.88, "modality": 0.88, "actor": 0.79,
             "action": 0.72, "object": 0.67, "lead": 0.54, "deadline": 0.24},
}


def first_run(name: str) -> dict[str, Score]:
    rows = json.loads((ROOT / "benchmarks" / name).read_text(encoding="utf-8"))
    docs: dict[str, dict[str, Score]] = {}
    for r in rows:
        if r["document"] != "TOTAL":
            docs.setdefault(r["document"], {})[r["column"]] = Score(tp=r["ok"], n_pred=r["pred"], n_gold=r["gold"])
    return total(list(docs.values()))


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "corpora" / "dev").is_dir(), reason="needs ../shared/corpora/dev")
@pytest.mark.parametrize("wave", list(WAVES))
def test_dev_gold_every_column(wave):
    nlp = Pipeline()
    per_doc = []
    golds = sorted((GOLD / wave).glob("*.json"))
    assert golds, f"no gold in tests/gold/{wave}"
    for g in golds:
        gold = load_gold(g)
        r = nlp(SHARED / gold["doc"])
        scores = evaluate_document(gold, r.document.raw, r.to_dict(sentences=False))
        per_doc.append(scores)
        for name, s in scores.items():
            for d in s.diffs:
                print(f"{g.stem}: {d}")
    got, before = total(per_doc), first_run(WAVES[wave])
    for name, s in got.items():
        fr = f"  first run F1={before[name].f1:.3f}" if name in before else ""
        goal = f"  goal {GOALS[name]:.2f}" if name in GOALS else ""
        print(f"{s.line(name)}{fr}{goal}")
    low = {name: round(got[name].f1, 3) for name, floor in FLOORS[wave].items() if got[name].f1 < floor}
    assert not low, f"below the floor: {low}"
