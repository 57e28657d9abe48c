"""Numbering markers: numeral values, where a marker may stand, and numbers that are not structure."""
from __future__ import annotations

import pytest

from pipeline.structure import find_directives
from pipeline.structure.markers import cn_value, find_candidates, position_kind, quoted_spans


@pytest.mark.parametrize("numeral, value", [
    ("一", 1), ("两", 2), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23),
    ("九十九", 99), ("一百", 100), ("一百零五", 105), ("一百二十", 120), ("", None), ("第", None),
    ("12", None), ("三十多", None), ("二〇", 20), ("万", None),
])
def test_cn_value(numeral, value):
    assert cn_value(numeral) == value


@pytest.mark.parametrize("text, marker, number, style", [
    ("一、总体要求", "一、", 1, "cn_dun"),
    ("十二、加强领导", "十二、", 12, "cn_dun"),
    ("（三）基本原则。", "（三）", 3, "cn_paren"),
    ("(三)基本原则。", "(三)", 3, "cn_paren_half"),
    ("(3)基本原则。", "(3)", 3, "ar_paren_half"),
    ("（二十一）营造环境。", "（二十一）", 21, "cn_paren"),
    ("1.坚持导向。", "1.", 1, "ar_dot"),
    ("12．坚持导向。", "12．", 12, "ar_dot"),
    ("（4）配置人员。", "（4）", 4, "ar_paren"),
    ("③保障经费", "③", 3, "circled"),
    ("第二章　职责", "第二章", 2, "di_zhang"),
    ("第十条　本办法自印发之日起施行。", "第十条", 10, "di_tiao"),
    ("第三，抓好队伍建设。", "第三", 3, "di_comma"),
    ("二是抓落实。", "二是", 2, "cn_shi"),
    ("十一是强基础。", "十一是", 11, "cn_shi"),
    ("三要提高本领。", "三要", 3, "cn_yao"),
    ("其次，要抓好落实。", "其次", 2, "cn_order"),
    ("第二个问题：关于改革。", "第二个问题", 2, "di_wenti"),
    ("第三个方面，抓落实。", "第三个方面", 3, "di_wenti"),
    ("第三部分　主要任务", "第三部分", 3, "di_bufen"),
    ("第十一条\n本办法自印发之日起施行。", "第十一条", 11, "di_tiao"),
    ("2　组织体系", "2", 2, "dec1"),
    ("2组织体系", "2", 2, "dec1"),
    ("1.2　等级划分", "1.2", 2, "dec2"),
    ("1.2.3　省级响应：略。", "1.2.3", 3, "dec3"),
    ("(一 ) 增拨经费。", "(一 )", 1, "cn_paren_half"),
    ("(3 ) 增拨经费。", "(3 )", 3, "ar_paren_half"),
    ("7\n技术调查官制度", "7", 7, "ar_bare"),
])
def test_marker_styles(text, marker, number, style):
    (c,) = [c for c in find_candidates(text) if c.start == 0]
    assert (c.marker, c.number, c.style) == (marker, number, style)


@pytest.mark.parametrize("text, at", [
    ("一、甲", "line"),
    ("乙。\n一、甲", "line"),
    ("乙。　一是甲", "sentence"),
    ("乙。”一是甲", "sentence"),
    ("乙：一是甲", "clause"),
    ("乙；一是甲", "clause"),
    ("乙，一是甲", "comma"),
    ("记者 某某/摄第三，甲", "caption"),
    ("统一是甲", None),
    ("乙；及（一）甲", "clause"),  # the last item of a list after its conjunction
    ("乙；或者（一）甲", "clause"),
    ("乙和（一）甲", None),  # a conjunction inside a clause
])
def test_position_kind(text, at):
    i = text.find("（") if "（" in text else max(text.rfind(m) for m in ("一", "第三"))
    assert position_kind(text, i) == at


def test_quoted_spans_skip_an_unclosed_quote():
    text = "他说“好。\n一是甲。二是乙。“丙”"
    assert quoted_spans(text) == ((text.index("“丙"), len(text)),)


# Numbers that are not structure: none of these texts has a numbered item.
NOT_STRUCTURE = [
    "统一是前提，团结是保证。统一是根本。",            # 一是 inside a word
    "这是第一次召开这样的会议，第二次在明年。",         # ordinals
    "重点支持一、二线城市的更新改造。三、四月份完成。",  # lists of numerals
    "深入学习十九届六中全会精神。",
    "会上强调：“一是抓学习；二是抓落实。”",             # inside a quotation
    "印发《关于一、做好基层工作二、加强队伍建设的意见》。",  # inside a title
    "派驻第一书记，第一时间报告，守住第一线。",
    "坚持一是一、二是二的作风。",
    "坚持实事求是。三是三，四是四。",                   # 一是一 idiom with other numerals
    "去年完成2019.5万元，比上年多1.5万元。",
    "首先要统一思想。",                                 # 首先 without a series
    "最后，我再强调一点。",                             # 最后 alone
    "目前再三是要紧的。",                               # 三是 inside a word
    "工作安排\n3月底前完成排查。\n5个街道参与试点。\n2.5万元用于补贴。",  # a number and its unit at a line start
    "2018年\n2019年\n1.5万元",                          # table cells
    "某某表\n序号\n1\n甲\n2\n乙",                       # row numbers of a table in the body
    "目录\n第一章　总则\n第二章　附则",                  # a table of contents without the body
    "本条例第三章规定的第二十条不适用。",                # a reference to a chapter and an article
    "——坚持统筹规划。\n——坚持保护优先。",                # dash bullets
]


@pytest.mark.parametrize("text", NOT_STRUCTURE)
def test_numbers_that_are_not_structure(text):
    directives, _ = find_directives(text)
    assert [d.marker for d in directives] == []


@pytest.mark.parametrize("module", ["markers", "titles", "sentences", "check"])
def test_doctests(module):
    import doctest
    import importlib

    mod = importlib.import_module(f"pipeline.structure.{module}")
    result = doctest.testmod(mod)
    assert result.attempted > 0 and result.failed == 0
