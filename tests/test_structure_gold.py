"""Golden tests of the directive tree, and well-formed trees over every real document.

* the example speech against ``../shared/gold/cadre_training_speech.json`` (F1 = 1);
* our own annotations of real documents, ``tests/gold/structure/*.json`` (F1 ≥ 0.95):
  written by reading the texts; a title of 18+ characters is kept as its first 15
  (``title_prefix``) with its full length (``title_len``), so that the gold quotes no
  long passage of ../shared;
* the project's sample speeches, ``corpora/samples/*.json`` (directives);
* every document of ``../shared/corpora/real`` and ``archive``: a well-formed tree.

Each golden test prints every difference and P/R/F1 before it asserts.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import GOLD, ROOT, SAMPLES, SHARED, shared_path
from pipeline.evaluate import Score, load_gold, report, score_directives
from pipeline.normalize import normalize
from pipeline.pipeline import Pipeline
from pipeline.structure import find_directives, split_sentences
from pipeline.structure.check import tree_problems

STRUCTURE_GOLD = sorted((GOLD / "structure").glob("*.json"))
SAMPLE_GOLD = sorted(p for p in SAMPLES.glob("*.json") if json.loads(p.read_text(encoding="utf-8")).get("directives"))


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(until="structure")


def predicted(nlp, path: Path) -> dict:
    return nlp(path).to_dict(sentences=False)


def score(nlp, gold: dict, text_path: Path) -> Score:
    pred = predicted(nlp, text_path)
    return score_directives(gold, pred)


@pytest.mark.shared
def test_seed_speech_scores_one(nlp):
    gold = load_gold(shared_path("gold", "cadre_training_speech.json"))
    s = score(nlp, gold, shared_path(*gold["doc"].split("/")))
    print(report("cadre_training_speech", ("directives", s)))
    assert (s.n_gold, s.f1) == (19, 1.0)


@pytest.mark.shared
@pytest.mark.parametrize("gold_file", STRUCTURE_GOLD, ids=[p.stem for p in STRUCTURE_GOLD])
def test_our_gold(nlp, gold_file):
    gold = load_gold(gold_file)
    s = score(nlp, gold, shared_path(*gold["doc"].split("/")))
    print(report(gold_file.stem, ("directives", s)))
    assert s.f1 >= 0.95


def test_we_keep_at_least_four_annotated_documents():
    kinds = {p.stem.split("_")[0] for p in STRUCTURE_GOLD}
    assert len(STRUCTURE_GOLD) >= 4 and {"opinion", "plan", "gov", "speech"} <= kinds


@pytest.mark.parametrize("gold_file", STRUCTURE_GOLD, ids=[p.stem for p in STRUCTURE_GOLD])
def test_our_gold_quotes_no_long_passage(gold_file):
    gold = load_gold(gold_file)
    assert gold["doc"].startswith("corpora/real/")
    problems = []
    for g in gold["directives"]:
        t = g["title"]
        if g.get("title_prefix"):
            if not (len(t) == 15 and g["title_len"] >= 18):
                problems.append(f"prefix {t!r}: 15 characters of a title of 18+")
        elif len(t) >= 18:
            problems.append(f"title {t!r} is {len(t)} characters: keep its first 15 and mark title_prefix")
    assert problems == []


@pytest.mark.parametrize("gold_file", SAMPLE_GOLD, ids=[p.stem for p in SAMPLE_GOLD])
def test_samples(nlp, gold_file):
    gold = load_gold(gold_file)
    text = ROOT / gold["doc"] if "doc" in gold else gold_file.with_suffix(".txt")
    s = score(nlp, gold, text)
    print(report(gold_file.stem, ("directives", s)))
    assert s.f1 >= 0.95


def test_samples_exist_or_skip():
    if not SAMPLE_GOLD:
        pytest.skip("no sample speeches with directive gold in corpora/samples yet")
    assert all(p.with_suffix(".txt").exists() or "doc" in load_gold(p) for p in SAMPLE_GOLD)


def _shared_docs() -> list[str]:
    return [str(p.relative_to(SHARED)) for folder in ("corpora/real", "corpora/archive")
            for p in sorted((SHARED / folder).rglob("*.txt"))] if SHARED.exists() else []


@pytest.mark.shared
@pytest.mark.parametrize("rel", _shared_docs() or ["corpora/real"])
def test_every_shared_document_gives_a_well_formed_tree(rel):
    path = shared_path(*rel.split("/"))
    if path.is_dir():
        pytest.skip("no documents")
    text = normalize(path.read_text(encoding="utf-8")).clean
    directives, flags = find_directives(text)
    problems = tree_problems(directives, flags, len(text))
    for f in flags:
        print(f.code, f.message)
    assert problems == []
    sentences = list(split_sentences(text))
    assert all(s.text == text[s.start:s.end] for s in sentences)
