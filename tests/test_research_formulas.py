"""Political formulas: the lexicon, the quoted pattern, counts per document."""
from __future__ import annotations

import pytest

from pipeline.pipeline import Pipeline
from pipeline.research.formulas import count_formulas, find_formulas, formula_rows, lexicon, result_hits

from conftest import shared_path

# formula counts need only the loaded and normalised text
NORMALISE = Pipeline(until="normalize")


@pytest.mark.parametrize("text, expected", [
    # lexicon forms, quoted or not
    ("既要增强“四个意识”，又要坚定“四个自信”", [("四个意识", "lexicon"), ("四个自信", "lexicon")]),
    ("坚决做到两个维护，深刻领悟两个确立", [("两个维护", "lexicon"), ("两个确立", "lexicon")]),
    ("统筹推进五位一体总体布局，协调推进四个全面战略布局", [("五位一体", "lexicon"), ("四个全面", "lexicon")]),
    ("深入开展三严三实和两学一做学习教育", [("三严三实", "lexicon"), ("两学一做", "lexicon")]),
    ("做好“六稳”“六保”工作，重视三农问题", [("六稳", "lexicon"), ("六保", "lexicon"), ("三农", "lexicon")]),
    ("坚持新发展理念，牢记五大发展理念", [("新发展理念", "lexicon"), ("五大发展理念", "lexicon")]),
    ("落实中央八项规定精神，反对四风", [("八项规定", "lexicon"), ("四风", "lexicon")]),
    ("扎实做好六稳六保", [("六稳六保", "lexicon")]),  # the longer form wins
    # the shared shape, between quotation marks only
    ("坚持“三个代表”重要思想", [("三个代表", "lexicon")]),
    ("推行“四下基层”工作制度", [("四下基层", "pattern")]),
    ("落实“五险一金”待遇", [("五险一金", "pattern")]),
    ("围绕“一个中心”开展工作", [("一个中心", "pattern")]),
    ("实行‘一岗双责’", [("一岗双责", "pattern")]),
    ("严控“三公”经费", [("三公", "pattern")]),
    ("落实“双减”政策", [("双减", "pattern")]),
    # not formulas
    ("从三个方面做了讲话", []),
    ("两个月内完成，四个部门参加", []),
    ("“十四五”时期", []),
    ("实行“三比一”筛选法", []),
    ("当好“一把手”", []),
    ("“缺什么、补什么”原则", []),
    ("", []),
])
def test_find_formulas(text, expected):
    hits = list(find_formulas(text))
    assert [(h.formula, h.source) for h in hits] == expected
    for h in hits:
        assert text[h.start:h.end] == h.formula


@pytest.mark.parametrize("text, expected", [
    ("“五大发展理念”和新发展理念", {"新发展理念": 2}),
    ("一个中心、两个基本点；一个中心两个基本点", {"一个中心、两个基本点": 2}),
    ("增强四个意识。增强“四个意识”。坚定四个自信。", {"四个意识": 2, "四个自信": 1}),
])
def test_counts_are_kept_under_the_canonical_form(text, expected):
    assert dict(count_formulas(text)) == expected


def test_patterns_can_be_left_out():
    assert [h.formula for h in find_formulas("推行“四下基层”，增强四个意识", patterns=False)] == ["四个意识"]


def test_lexicon_rows_are_complete():
    lex = lexicon()
    assert len(lex) >= 30
    for form, (canonical, meaning) in lex.items():
        assert form and canonical and meaning
        assert canonical in lex, f"{form}: canonical form {canonical} is not itself listed"


def test_formula_rows_of_a_result_and_offsets_into_the_original():
    text = "同志们：\n我们讲“四个意识”，讲“两个维护”，也讲“四个自信”。\n最后再说一遍四个意识。\n"
    res = NORMALISE.text(text)
    rows = formula_rows(res)
    assert rows == [
        {"doc_id": res.doc_id, "formula": "四个意识", "count": 2},
        {"doc_id": res.doc_id, "formula": "两个维护", "count": 1},
        {"doc_id": res.doc_id, "formula": "四个自信", "count": 1},
    ]
    for h in result_hits(res):
        assert res.document.raw[h.start:h.end] == h.formula


def test_offsets_survive_normalisation():
    text = "要增强  “四个意识”\u3000和“两个维护”"  # odd spaces the normaliser may fold
    res = NORMALISE.text(text)
    assert [res.document.raw[h.start:h.end] for h in result_hits(res)] == ["四个意识", "两个维护"]


def test_example_speech_formula_counts():
    path = shared_path("corpora", "seed", "cadre_training_speech.txt")
    rows = {r["formula"]: r["count"] for r in formula_rows(NORMALISE(path))}
    # read off the speech: 四个意识/四个自信/两个维护 twice each (the opening summary and 三、/一是),
    # 两个确立 and 四史 once (三、/一是)
    assert {k: rows.get(k) for k in ("四史", "两个确立", "两个维护", "四个自信", "四个意识")} == \
        {"四史": 1, "两个确立": 1, "两个维护": 2, "四个自信": 2, "四个意识": 2}
