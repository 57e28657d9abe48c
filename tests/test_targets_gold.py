"""Golden tests of target extraction.

* ``tests/gold/targets/*.json``: our gold for documents of ``../shared/corpora/real`` (written by
  reading the texts; skipped when ../shared is absent);
* the example speech of ``../shared/gold`` (targets F1 must be 1.000, its not_targets never
  reported as targets, directives as the gold gives them);
* the project's samples ``corpora/samples/*.json``.

Every difference is collected and printed with P/R/F1 before the assertion.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import find_anchor, report, scope_of, score_targets, squash
from pipeline.pipeline import Pipeline

from conftest import GOLD, SAMPLES, shared_path

GOLD_FILES = sorted((GOLD / "targets").glob("*.json"))
SAMPLE_FILES = sorted(SAMPLES.glob("*.json"))
MIN_F1 = 0.9


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(until="quantities")  # the stages targets depend on, not those after


def _not_target_hits(gold: dict, text: str, pred: dict) -> list[str]:
    """not_targets (strings) that a predicted target overlaps, inside the gold's scope."""
    lo, hi = scope_of(gold, text)
    spans = []
    for s in gold.get("not_targets", []):
        i = text.find(s, lo)
        while 0 <= i < hi:
            spans.append((i, i + len(s), s))
            i = text.find(s, i + 1)
    out = []
    for t in pred.get("targets", []):
        for a, b, s in spans:
            if t["start"] < b and a < t["end"]:
                out.append(f"not_target reported as target: {s!r} ({t['text']!r})")
    return out


def _directive_diffs(gold: dict, text: str, result) -> list[str]:
    """Gold targets that carry a directive path: the innermost numbered item of the predicted
    target that overlaps the anchor must have that path (markers compared without white space
    and trailing punctuation, as the scorer does)."""
    if not result.directives:
        return []
    lo, _ = scope_of(gold, text)
    used: set = set()
    out = []
    for g in gold.get("targets", []):
        span = find_anchor(text, g["anchor"], used, lo)
        used.add(span)
        if "directive" not in g:
            continue
        hits = [q for q in result.targets if q.start < span[1] and span[0] < q.end]
        if not hits:
            continue
        got = [squash(m) for m in result.directive_path(hits[0].directive)] or None
        want = [squash(m) for m in g["directive"]] if g["directive"] else None
        if got != want:
            out.append(f"directive of {g['anchor']!r}: gold={want} pred={got}")
    return out


def _check(name: str, gold: dict, path: Path, nlp, min_f1: float):
    result = nlp(path)
    text = result.document.raw
    pred = result.to_dict(sentences=False)
    score = score_targets(gold, text, pred)
    extra = _not_target_hits(gold, text, pred) + _directive_diffs(gold, text, result)
    print(report(name, ("targets", score)))
    for line in extra:
        print("  " + line)
    assert score.f1 >= min_f1, f"{name}: targets F1 {score.f1:.3f} < {min_f1}"
    assert not extra, extra
    return score


@pytest.mark.shared
@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_real_document_gold(gold_file, nlp):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = shared_path(*gold["doc"].split("/"))
    _check(gold_file.stem, gold, path, nlp, MIN_F1)


def test_our_gold_covers_the_genres():
    """Two government work reports (scoped), notices or plans, and a speech."""
    names = [p.stem for p in GOLD_FILES]
    assert len(names) >= 5
    assert sum("work_report" in n for n in names) >= 2
    assert sum(n.startswith(("opinion_", "plan_")) for n in names) >= 2
    assert any(n.startswith("speech_") for n in names)
    for p in GOLD_FILES:
        g = json.loads(p.read_text(encoding="utf-8"))
        assert g["doc"].startswith("corpora/real/")
        for t in g.get("targets", []) + g.get("optional_targets", []):
            assert len(t["anchor"]) <= 12, (p.stem, t["anchor"])
        if "work_report" in p.stem:
            assert g.get("scope"), f"{p.stem}: a report's gold is scoped to its target paragraphs"


@pytest.mark.shared
def test_example_speech(nlp):
    gold_path = shared_path("gold", "cadre_training_speech.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    score = _check("cadre_training_speech", gold, shared_path(*gold["doc"].split("/")), nlp, 1.0)
    assert score.tp == len(gold["targets"])


@pytest.mark.parametrize("gold_file", SAMPLE_FILES or [None], ids=[p.stem for p in SAMPLE_FILES] or ["none"])
def test_samples(gold_file, nlp):
    if gold_file is None:
        pytest.skip("no corpora/samples/*.json yet")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    if "targets" not in gold:
        pytest.skip(f"{gold_file.name} has no targets")
    path = Path(__file__).resolve().parent.parent / gold["doc"]
    _check(gold_file.stem, gold, path, nlp, MIN_F1)
