"""Segmenters behind one interface, with our policy-term dictionary."""
from __future__ import annotations

import importlib.util

import pytest

from pipeline.words import segmenter, spacy_tokenizer_config

SENTENCE = "各级党组织要把年轻干部的教育培训作为一项长期任务，切实增强四个意识"


@pytest.mark.parametrize("term", ["各级党组织", "年轻干部", "教育培训", "四个意识"])
def test_jieba_keeps_policy_terms(term):
    assert term in segmenter("jieba").cut(SENTENCE)


def test_jieba_is_our_own_tokenizer():
    import jieba

    seg = segmenter("jieba")
    assert seg.tokenizer is not jieba.dt
    assert "".join(seg.cut(SENTENCE)) == SENTENCE


def test_jieba_tokens_carry_offsets():
    toks = list(segmenter("jieba").tokens(SENTENCE))
    assert all(SENTENCE[t.start:t.end] == t.text for t in toks)
    assert toks[-1].end == len(SENTENCE)


@pytest.mark.skipif(importlib.util.find_spec("pkuseg") is None, reason="pkuseg not installed (make setup-pkuseg)")
def test_pkuseg_when_installed():
    words = segmenter("pkuseg").cut(SENTENCE)
    assert "".join(words) == SENTENCE
    assert "年轻干部" in words


def test_unknown_segmenter():
    with pytest.raises(ValueError, match="unknown segmenter"):
        segmenter("nope")


def test_spacy_uses_jieba_segmenter():
    import spacy

    nlp = spacy.blank("zh", config=spacy_tokenizer_config())
    doc = nlp("领导班子成员要谈心谈话")
    assert doc.text == "领导班子成员要谈心谈话"
    assert len(doc) >= 3
