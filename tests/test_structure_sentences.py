"""Paragraphs and sentences: table cases and offset properties (hypothesis)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.structure import find_blocks, find_directives, split_paragraphs, split_sentences
from pipeline.structure.check import tree_problems


@pytest.mark.parametrize("text, sentences", [
    ("要加强学习。要改进作风！能做到吗？", ["要加强学习。", "要改进作风！", "能做到吗？"]),
    ("一是学习；二是调研。", ["一是学习；", "二是调研。"]),
    ("他说：“要抓落实。”大家都赞成。", ["他说：“要抓落实。”", "大家都赞成。"]),
    ("（生态环境部牵头。）下一句。", ["（生态环境部牵头。）", "下一句。"]),
    ("等等……还有很多。", ["等等……", "还有很多。"]),
    ("真的吗？！当然。", ["真的吗？！", "当然。"]),
    ("一、总体要求\n（一）指导思想。正文", ["一、总体要求", "（一）指导思想。", "正文"]),
    ("  缩进的段落。  \n\n\n第二段", ["缩进的段落。", "第二段"]),
    ("增长1.5%，好。", ["增长1.5%，好。"]),
    ("", []),
])
def test_sentences(text, sentences):
    assert [s.text for s in split_sentences(text)] == sentences


def test_sentence_fields_and_paragraph_ids():
    text = "第一段。第一段第二句。\n\n第二段"
    paras = list(split_paragraphs(text))
    assert [(p.id, p.start, p.end) for p in paras] == [(0, 0, 11), (1, 13, 16)]
    ss = list(split_sentences(text, paras))
    assert [(s.id, s.start, s.end, s.paragraph) for s in ss] == [(0, 0, 4, 0), (1, 4, 11, 0), (2, 13, 16, 1)]


def test_sentences_of_given_paragraphs_only():
    text = "甲。乙。\n丙。"
    first = list(split_paragraphs(text))[:1]
    assert [s.text for s in split_sentences(text, first)] == ["甲。", "乙。"]


# Documents built from pieces of the genre, with stray spaces, markers, quotes and breaks.
PIECES = st.sampled_from([
    "一、", "二、", "三、", "（一）", "（二）", "（三）", "1.", "2.", "（1）", "一是", "二是", "三是", "一要", "二要",
    "第一，", "第二，", "首先，", "其次，", "最后，", "第一章", "第一条", "附件", "注：",
    "加强领导", "总体要求", "关于当前工作", "统一是", "第一次", "一、二线", "要抓好落实", "同志们：", "谢谢大家！",
    "。", "；", "：", "，", "！", "？", "……", "“", "”", "《", "》", "（", "）", "\n", "\n\n", " ", "　",
    "2020年", "1.5%",
    "国务院办公厅\n2020年1月1日", "某某/摄",
])
DOCS = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(DOCS)
def test_sentences_are_slices_that_tile_their_paragraphs(text):
    paras = list(split_paragraphs(text))
    ss = list(split_sentences(text, paras))
    for s in ss:
        assert s.text == text[s.start:s.end] and s.text.strip() == s.text and s.text
    for p in paras:
        assert text[p.start:p.end].strip() == text[p.start:p.end]
        inside = [s for s in ss if s.paragraph == p.id]
        pos = p.start
        for s in inside:
            assert text[pos:s.start].strip() == ""  # only white space between sentences
            pos = s.end
        assert pos == p.end
    assert [s.id for s in ss] == list(range(len(ss)))


@settings(max_examples=300, deadline=None)
@given(DOCS)
def test_directive_trees_are_well_formed(text):
    directives, flags = find_directives(text)
    assert tree_problems(directives, flags, len(text)) == []
    for d in directives:
        assert text[d.start:d.end].startswith(d.marker)
        assert d.title.strip() == d.title


@settings(max_examples=200, deadline=None)
@given(DOCS)
def test_blocks_are_in_order_and_inside_the_text(text):
    directives, _ = find_directives(text)
    pos = 0
    for b in find_blocks(text, directives):
        assert pos <= b.start < b.end <= len(text)
        pos = b.end
