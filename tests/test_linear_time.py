"""Bounded work on hostile inputs (issue 18): over-long sentences are cut at MAX_SENTENCE and
flagged, the quantities stage reads clauses of at most MAX_CLAUSE characters, and a
100,000-character text without punctuation finishes.  Timing ratios are in
benchmarks/bench_pathological.py, not here: the only time bound below is minutes."""
from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from pipeline.pipeline import extract_text
from pipeline.quantities.base import TextIndex, with_cuts
from pipeline.structure.sentences import MAX_CLAUSE, MAX_SENTENCE, long_cuts, split_sentences

SAMPLES = Path(__file__).resolve().parent.parent / "corpora" / "samples"

GENEROUS = 300.0  # seconds: far above the ~1 s these take; a quadratic path takes far longer


def _no_punctuation(n: int) -> str:
    """The project's own samples on one line with every punctuation mark removed (OCR output)."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    text = "".join(c for c in text if not unicodedata.category(c).startswith("P") and c != "\n")
    return (text * (n // len(text) + 1))[:n]


@pytest.mark.parametrize("text, limit, cuts", [
    ("甲" * 10, 10, []),                      # short enough: no cut
    ("甲" * 25, 10, [10, 20]),                # no break anywhere: at the limit
    ("甲" * 7 + " " + "乙" * 10, 10, [8]),    # after the space in the window's second half
    ("甲" * 3 + " " + "乙" * 10, 10, [10]),   # a space in the first half is too early
    ("甲" * 6 + "，" + "乙" * 2 + "、" + "丙" * 5, 10, [10]),  # the last comma-like mark wins
    ("甲" * 6 + "，乙 " + "丙" * 6, 10, [9]),  # white space before commas
])
def test_long_cuts(text, limit, cuts):
    assert long_cuts(text, 0, len(text), limit) == cuts


@pytest.mark.parametrize("text, ends, limit, expected", [
    ("甲甲。乙乙。", [2, 5], 10, [2, 5]),      # nothing long: the same list
    ("甲" * 12 + "。乙", [12], 5, [4, 9, 12]),  # pseudo-ends before each cut, then the real end
    ("甲。" + "乙" * 11, [1], 5, [1, 6, 11]),   # the stretch after the last end too
])
def test_with_cuts(text, ends, limit, expected):
    assert with_cuts(text, ends, limit) == expected


def test_clauses_are_bounded():
    text = "要" * (3 * MAX_CLAUSE) + "，好"
    index = TextIndex(text)
    pos = 2 * MAX_CLAUSE + 7
    assert index.clause_end(pos) - index.clause_start(pos) <= MAX_CLAUSE


def test_split_sentences_cuts_and_flags():
    text = "甲" * (MAX_SENTENCE + 10) + "。短句。"
    flags: list = []
    got = [(s.start, s.end) for s in split_sentences(text, flags=flags)]
    assert got == [(0, MAX_SENTENCE), (MAX_SENTENCE, MAX_SENTENCE + 11), (MAX_SENTENCE + 11, MAX_SENTENCE + 14)]
    assert [(f.code, f.start, f.end) for f in flags] == [("long_sentence", 0, MAX_SENTENCE + 11)]


@pytest.mark.slow
@pytest.mark.parametrize("name, text", [
    ("no punctuation", _no_punctuation(100_000)),
    ("一是 repeated", "一是" * 50_000),
])
def test_pathological_input_finishes_with_a_warning(name, text):
    t0 = time.monotonic()
    result = extract_text(text)
    assert time.monotonic() - t0 < GENEROUS, name
    assert "long_sentence" in {f.code for f in result.warnings}
    assert all(s.end - s.start <= MAX_SENTENCE for s in result.sentences)
    assert result.to_dict()["warnings"]
