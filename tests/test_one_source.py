"""One home for each rule: the pieces that had two copies now read the same source."""
from __future__ import annotations

import pytest

from pipeline.requirements.clauses import fallback_directives, units


@pytest.mark.parametrize("text, expected", [
    # (marker, level) of each directive: the structure stage's markers (models/markers.tsv), nested in its order
    ("一、总体要求\n（一）加强领导。\n1.落实责任。\n（二）强化保障。\n二、工作措施\n",
     [("一、", 1), ("（一）", 2), ("1.", 3), ("（二）", 2), ("二、", 1)]),
    ("一是加强领导；二是落实责任。", [("一是", 1), ("二是", 1)]),
    # a heading style (（1）) ranks above an enumeration (第一，), as in the structure stage
    ("第一，健全机制。（1）完善制度。", [("第一", 1), ("（1）", 1)]),
    ("加强领导，落实责任。", []),
])
def test_fallback_directives_use_the_structure_markers(text, expected):
    got = fallback_directives(text, list(units(text)))
    assert [(d.marker, d.level) for d in got] == expected


@pytest.mark.parametrize("words, text, expected", [
    (["加强", "加快", "加"], "加快推进", "加快"),
    (["一些", "一切", "统一"], "统一部署", "统一"),
    (["一些", "一切"], "一律", None),
    ([], "任何", None),
    (["", "要"], "要求", "要"),
])
def test_one_trie_pattern_for_every_lexicon(words, text, expected):
    import importlib
    import re

    from pipeline.regexes import trie_pattern

    qlex = importlib.import_module("pipeline.quantities.lexicon")
    rlex = importlib.import_module("pipeline.requirements.lexicon")
    assert rlex.trie_pattern is trie_pattern and qlex.trie_pattern is trie_pattern
    m = re.compile(trie_pattern(words)).match(text)
    assert (m.group() if m else None) == expected


def test_documents_columns_have_one_definition():
    from pipeline.batch.schema import DOCUMENTS_BATCH, table_columns
    from pipeline.table import COLUMNS

    store = table_columns()["documents"]
    assert store[:len(COLUMNS["documents"])] == COLUMNS["documents"]
    assert store[len(COLUMNS["documents"]):] == DOCUMENTS_BATCH
    assert not {c[0] for c in DOCUMENTS_BATCH} & {c[0] for c in COLUMNS["documents"]}


@pytest.mark.parametrize("phrase, comparator", [
    # a far adverb (quantity_cues.tsv, kind far_adverb) stands apart from its number
    ("领导班子成员每年至少到基层调研一次。", ">="),
    ("每名干部每年起码参加培训一次。", ">="),
    ("每个项目最多申报补助一次。", "<="),
    ("领导班子成员每年到基层调研一次。", "="),
])
def test_far_adverbs_come_from_their_rows(phrase, comparator):
    from pipeline.normalize import normalize
    from pipeline.quantities import find_quantities, lexicon

    lex = lexicon()
    assert lex.far_first == frozenset(w[0] for w in lex.far_adverbs)
    clean = normalize(phrase).clean
    got = [q.comparator for q in find_quantities(clean, doc_date="2025-03-01") if q.text.endswith("次")]
    assert got == [comparator]


@pytest.mark.parametrize("text, date", [
    # date parts read by numbers.parse_numeral (load.py keeps no numeral table of its own)
    ("关于某某工作的通知\n二〇二〇年二月二十三日\n正文。", "2020-02-23"),
    ("某某工作报告\n（2021年10月9日）\n正文。", "2021-10-09"),
    ("某某方案\n二〇二五年十二月\n正文。", "2025-12"),
    ("某某意见\n二〇二五年十三月\n正文。", None),
])
def test_document_dates_use_the_one_numeral_parser(text, date):
    from pipeline.load import from_text

    assert from_text(text).date == date


@pytest.mark.parametrize("name, holds", [
    ("digits_lower", "零一二三四五六七八九"), ("big_lower", "万亿"), ("approx_after", "多余餘"), ("digits_1_9", "五"),
])
def test_char_classes_come_from_their_tsv(name, holds):
    from pipeline.resources import char_class

    assert holds in char_class(name)


def test_an_unknown_char_class_names_the_file():
    from pipeline.resources import char_class

    with pytest.raises(KeyError, match="char_classes.tsv"):
        char_class("no_such_class")
