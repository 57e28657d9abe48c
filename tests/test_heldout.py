"""Blind held-out gold (tests/gold/heldout): written by reading three real documents, never run
through the pipeline while the rules were developed.  The floors are the issues' own: directive
F1 ≥ 0.95, target F1 ≥ 0.9, requirement detection, modality and actor P and R ≥ 0.85."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import GOLD, shared_path
from pipeline.evaluate import load_gold, report, score_directives, score_requirements, score_targets
from pipeline.pipeline import Pipeline

HELDOUT = sorted((GOLD / "heldout").glob("*.json"))


@pytest.fixture(scope="module")
def results():
    nlp, cache = Pipeline(), {}

    def get(path: Path):
        if path not in cache:
            r = nlp(path)
            cache[path] = (r.to_dict(sentences=False), r.document.raw)
        return cache[path]

    return get


@pytest.mark.shared
@pytest.mark.parametrize("gold_file", HELDOUT, ids=[p.stem for p in HELDOUT])
def test_directives_and_targets(results, gold_file):
    gold = load_gold(gold_file)
    pred, text = results(shared_path(*gold["doc"].split("/")))
    d, t = score_directives(gold, pred), score_targets(gold, text, pred)
    print(report(gold_file.stem, ("directives", d), ("targets", t)))
    assert d.f1 >= 0.95
    assert t.f1 >= 0.9


REQ_GOLD = [p for p in HELDOUT if load_gold(p).get("requirements")]


@pytest.mark.shared
@pytest.mark.parametrize("gold_file", REQ_GOLD, ids=[p.stem for p in REQ_GOLD])
def test_requirements(results, gold_file):
    gold = load_gold(gold_file)
    pred, text = results(shared_path(*gold["doc"].split("/")))
    s = score_requirements(gold, text, pred)
    print(report(gold_file.stem, ("requirements", s.detection), ("modality", s.modality), ("actor", s.actor)))
    for name, sc in (("detection", s.detection), ("modality", s.modality), ("actor", s.actor)):
        assert sc.precision >= 0.85 and sc.recall >= 0.85, name
