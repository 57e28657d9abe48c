"""Key terms: TF-IDF over jieba words with our stop list."""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline.research.terms import content_words, document_terms, is_term, key_terms, stopwords

from conftest import shared_path

GRAIN = (
    "一、稳定粮食生产\n各县要稳定粮食播种面积，粮食产量保持稳定。\n"
    "二、保护耕地\n严守耕地红线，新建高标准农田，耕地质量逐年提高。\n"
    "三、发展种业\n加快种业振兴，培育优良品种，种业企业做大做强。\n"
)
HEALTH = (
    "一、提升县医院能力\n县医院要提高急诊救治能力，医院之间检查结果互认。\n"
    "二、完善医保\n提高医保报销比例，医保基金严格监管。\n"
    "三、基层医疗\n乡镇卫生院配齐全科医生，方便群众就医。\n"
)


@pytest.mark.parametrize("word, expected", [
    ("耕地", True),
    ("年轻干部", True),
    ("高标准农田", True),
    ("的", False),  # one character
    ("我们", False),  # stop word: pronoun
    ("加强", False),  # stop word: generic directive verb
    ("进一步", False),
    ("2025", False),  # numbers and dates
    ("2025年", False),
    ("三个", False),
    ("万公里", False),  # magnitude + unit
    ("亿元", False),
    ("百姓", True),
    ("百分之", True),  # a word, even if numeric-looking in part
    ("GDP", False),  # no Chinese
    ("  ", False),
])
def test_is_term(word, expected):
    assert is_term(word) is expected


def test_stop_list_is_data_and_has_the_genre_verbs():
    stop = stopwords()
    assert {"我们", "加强", "推进", "同志们"} <= stop
    assert "耕地" not in stop


def test_content_words_drop_stop_words_and_numbers():
    words = content_words("我们要加强耕地保护，2025年新建高标准农田100万亩。")
    assert "耕地" in words
    assert not {"我们", "加强", "2025", "2025年", "要"} & set(words)


def test_each_document_gets_its_own_topic_words():
    report = key_terms([GRAIN, HEALTH], top=5, names=["grain", "health"])
    grain, health = ({t.term for t in d} for d in report.documents)
    assert {"粮食", "耕地", "种业"} <= grain
    assert {"医院", "医保"} <= health
    assert not grain & health
    assert all(t.doc == "grain" for t in report.documents[0])
    assert all(t.doc == "" for t in report.corpus)


def test_scores_descend_and_counts_are_occurrences():
    report = key_terms([GRAIN, HEALTH], top=1000)
    for terms in (*report.documents, report.corpus):
        scores = [t.score for t in terms]
        assert scores == sorted(scores, reverse=True)
    words = Counter(content_words(GRAIN)), Counter(content_words(HEALTH))
    assert {t.term: t.count for t in report.documents[0]} == {w: words[0][w] for w in words[0]}
    assert {t.term: t.count for t in report.corpus} == dict(words[0] + words[1])
    assert words[0]["耕地"] >= 2 and words[1]["医保"] >= 2


def test_one_document_ranks_repeated_topic_words_first():
    terms = document_terms(GRAIN, top=4)
    # 种业 and 耕地 come three times each, in one item each; words said once rank below them
    assert [t.term for t in terms[:2]] == ["种业", "耕地"]
    assert all(t.count >= 2 for t in terms)
    assert not {t.term for t in terms} & stopwords()


@pytest.mark.parametrize("texts", [[], ["。。。"], ["我们要加强。", "进一步推进。"]])
def test_nothing_to_count_gives_empty_reports(texts):
    report = key_terms(texts)
    assert report.corpus == ()
    assert all(d == () for d in report.documents)
    assert len(report.documents) == len(texts)


def test_example_speech_terms():
    text = shared_path("corpora", "seed", "cadre_training_speech.txt").read_text(encoding="utf-8")
    top = [t.term for t in document_terms(text, top=10)]
    assert "年轻干部" in top or "优秀年轻干部" in top
    assert not set(top) & stopwords()
