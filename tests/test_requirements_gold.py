"""Golden tests of the requirement stage: detection, modality and actor against gold files.

``tests/gold/requirements/*.json`` annotate documents of ../shared (skipped when it is
absent); ``corpora/samples/*.json`` with a ``requirements`` list annotate our own sample
speeches.  Every difference is printed with P/R/F1 before the assertion.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD, SAMPLES, shared_path
from pipeline import extract
from pipeline.evaluate import report, score_requirements

FLOOR = 0.85  # precision and recall of each score, on each document
SHARED_GOLD = sorted((GOLD / "requirements").glob("*.json"))
SAMPLE_GOLD = sorted(p for p in SAMPLES.glob("*.json") if "requirements" in json.loads(p.read_text(encoding="utf-8")))


def _check(gold: dict, source: Path) -> None:
    result = extract(str(source))
    scores = score_requirements(gold, result.document.raw, result.to_dict(sentences=False))
    named = (("requirements", scores.detection), ("modality", scores.modality), ("actor", scores.actor))
    print(report(gold["doc"], *named))
    low = [f"{name} {what}={value:.3f}" for name, s in named
           for what, value in (("P", s.precision), ("R", s.recall)) if value < FLOOR]
    assert not low, f"{gold['doc']}: below {FLOOR}: {', '.join(low)}"


@pytest.mark.shared
@pytest.mark.parametrize("gold_file", SHARED_GOLD, ids=[p.stem for p in SHARED_GOLD])
def test_shared_documents(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    _check(gold, shared_path(*gold["doc"].split("/")))


@pytest.mark.skipif(not SAMPLE_GOLD, reason="no sample speech with requirement gold yet")
@pytest.mark.parametrize("gold_file", SAMPLE_GOLD, ids=[p.stem for p in SAMPLE_GOLD])
def test_sample_speeches(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    doc = gold.get("doc") or gold_file.with_suffix(".txt").name
    source = SAMPLES / Path(doc).name
    _check(gold, source)


def test_gold_anchors_are_short_and_unique():
    """House rule: gold quotes short anchors only; each must pick one place."""
    for gold_file in SHARED_GOLD:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        anchors = [r["anchor"] for r in gold["requirements"]]
        assert all(len(a) <= 12 for a in anchors), gold_file.name
        assert len(anchors) == len(set(anchors)), gold_file.name
        assert {r["modality"] for r in gold["requirements"]} <= {"obligation", "prohibition", "encouragement", "aim"}


# The example of the issue (二、/一是 of the seed speech), found by a short anchor of it.
EXAMPLE = "每年至少同所联系"


@pytest.fixture(scope="module")
def seed_result(seed_speech):
    return extract(str(seed_speech))


@pytest.fixture(scope="module")
def example(seed_result):
    hits = [r for r in seed_result.requirements if EXAMPLE in r.text]  # the requirement holding it
    assert len(hits) == 1, [r.text for r in seed_result.requirements if "谈心谈话" in r.text]
    return hits[0]


def test_example_actor_action_object(example):
    assert (example.actor, example.action, example.object) == ("领导班子成员", "谈心谈话", "所联系的年轻干部")
    assert example.modality == "obligation" and example.text.startswith("领导班子成员")


def test_example_directive_path(seed_result, example):
    assert seed_result.directive_path(example.directive) == ["二、", "一是"]


def test_example_target(example):
    assert example.targets, "no target attached"
    t = example.targets[0]
    assert (t.value, t.unit, t.comparator, t.period) == (1, "次", ">=", "年")


def test_example_table_row(seed_result):
    table = seed_result.table()
    row = table[table["text"].str.contains(EXAMPLE, regex=False)].iloc[0]
    got = {k: row[k] for k in ("actor", "action", "object", "value", "unit", "comparator", "period", "directive_path")}
    assert got == {"actor": "领导班子成员", "action": "谈心谈话", "object": "所联系的年轻干部", "value": 1.0,
                   "unit": "次", "comparator": ">=", "period": "年", "directive_path": "二、/一是"}


def test_work_report_review_yields_no_requirement():
    """The review part of the sample work report (past figures, 过去一年…) asks for nothing:
    every requirement comes after the paragraph that turns to this year."""
    source = SAMPLES / "city_work_report_excerpt.txt"
    result = extract(str(source))
    text = result.document.raw
    turn = text.index("今年是")
    assert [r.text for r in result.requirements if r.start < turn] == []
    assert any(r.start > turn for r in result.requirements)
