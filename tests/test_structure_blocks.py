"""Blocks: the regions of official documents and speeches."""
from __future__ import annotations

import pytest

from pipeline.structure import find_blocks, find_directives
from pipeline.structure.blocks import (
    attachment_lists,
    contents_span,
    plain_heading_lines,
)


def blocks(text: str) -> list[tuple[str, str]]:
    directives, _ = find_directives(text)
    return [(b.kind, text[b.start:b.end]) for b in find_blocks(text, directives)]


CASES = {
    "an official document": (
        "某某省人民政府关于加强\n基层治理的意见\n某政发〔2020〕12号\n各市、县人民政府，省政府各部门：\n"
        "为了加强基层治理，提出如下意见。\n一、总体要求\n要抓紧落实。\n二、保障措施\n要加强领导。\n"
        "某某省人民政府\n2020年3月1日\n（此件公开发布）",
        [("title", "某某省人民政府关于加强\n基层治理的意见"), ("docnum", "某政发〔2020〕12号"),
         ("salutation", "各市、县人民政府，省政府各部门："), ("preamble", "为了加强基层治理，提出如下意见。"),
         ("body", "一、总体要求\n要抓紧落实。\n二、保障措施\n要加强领导。"),
         ("issuer", "某某省人民政府\n2020年3月1日"), ("closing", "（此件公开发布）")],
    ),
    "a speech": (
        "同志们：\n今天开个短会。\n一、认清形势\n形势很好。\n二、抓好落实\n要抓落实。\n就讲这些，散会！",
        [("salutation", "同志们："), ("preamble", "今天开个短会。"),
         ("body", "一、认清形势\n形势很好。\n二、抓好落实\n要抓落实。"), ("closing", "就讲这些，散会！")],
    ),
    "a speech that lost its line breaks": (
        "同志们：今天讲两点。一是统一思想。二是狠抓落实。谢谢大家！",
        [("salutation", "同志们："), ("preamble", "今天讲两点。"), ("body", "一是统一思想。二是狠抓落实。"),
         ("closing", "谢谢大家！")],
    ),
    "a report with a title and a subtitle": (
        "政府工作报告\n——2020年1月1日在某某会议上\n各位代表：\n现在，我作报告。\n一、回顾\n去年很好。\n各位代表！\n今年更好。",
        [("title", "政府工作报告\n——2020年1月1日在某某会议上"), ("salutation", "各位代表："),
         ("preamble", "现在，我作报告。"), ("body", "一、回顾\n去年很好。"), ("salutation", "各位代表！"),
         ("body", "今年更好。")],
    ),
    "footnotes under the text": (
        "一、学习\n要读原著。①\n① 某某：《某书》，某出版社，第12页。",
        [("body", "一、学习\n要读原著。①"), ("notes", "① 某某：《某书》，某出版社，第12页。")],
    ),
    "a plan attached to a notice": (
        "某某市人民政府\n2021年5月8日\n附件\n某某行动方案\n为推进工作，制定本方案。\n一、目标\n到年底完成。",
        [("issuer", "某某市人民政府\n2021年5月8日"), ("title", "附件\n某某行动方案"),
         ("preamble", "为推进工作，制定本方案。"), ("body", "一、目标\n到年底完成。")],
    ),
}


@pytest.mark.parametrize("text, expected", list(CASES.values()), ids=list(CASES))
def test_blocks(text, expected):
    assert blocks(text) == expected


def test_no_text_no_blocks():
    assert blocks("") == []
    assert blocks("\n \n") == []


@pytest.mark.parametrize("text, contents", [
    ("某某预案\n目录\n1　总则\n2　响应\n1　总则\n为了应对灾害，制定本预案。", "目录\n1　总则\n2　响应\n"),
    ("某某条例\n目　录\n第一章　总则……1\n第二章　附则……5\n第一章　总则\n第一条　为了规范管理，制定本条例。",
     "目　录\n第一章　总则……1\n第二章　附则……5\n"),
    ("目录\n一、总则\n为了规范管理，制定本办法。", "目录\n一、总则\n"),  # no repeat: up to the first sentence
    ("一、总则\n为了规范管理，制定本办法。", None),
])
def test_contents_span(text, contents):
    span = contents_span(text)
    assert (text[span[0]:span[1]] if span else None) == contents


@pytest.mark.parametrize("text, headings", [
    ("总体要求\n认真贯彻部署。\n工作安排\n（一）集中排查。\n", ["工作安排"]),  # the first line has no line above
    ("一、目标\n到年底完成。\n重点任务\n（一）扩大投资。\n", ["重点任务"]),
    ("序号\n项目\n单位\n1\n某某公园\n", []),                          # table cells, one a line
    ("（一）\n功能定位\n1.门诊人次数比\n", []),                         # the heading text of a lone marker
    ("一、目标\n到年底完成。\n要抓好三件事，分别是：\n（一）扩大投资。\n", []),  # punctuated lines
])
def test_plain_heading_lines(text, headings):
    directives, _ = find_directives(text)
    starts = plain_heading_lines(text, [d.start for d in directives])
    assert [text[s:text.index("\n", s)] for s in starts] == headings


@pytest.mark.parametrize("text, listed", [
    ("请认真执行。\n附件：\n1.某某汇总表\n2.某某测算表\n某某局\n", "附件：\n1.某某汇总表\n2.某某测算表\n"),
    ("请认真执行。\n附件：1.某某汇总表\n2.某某测算表", "附件：1.某某汇总表\n2.某某测算表"),
    ("请认真执行。\n附件：某某实施方案\n某某局", None),
    ("附件\n某某清单\n1.专项债：政府债券。", None),  # an attachment itself, not a list of them
])
def test_attachment_lists(text, listed):
    spans = attachment_lists(text)
    assert (text[spans[0][0]:spans[0][1]] if spans else None) == listed
