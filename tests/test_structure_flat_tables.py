"""Flattened tables: found by their serial header, classified by their header cells."""
from __future__ import annotations

import pytest

from pipeline.structure.flat_tables import find_tables, row_title

TASKS = "序号\n任务类型\n重点内容\n责任单位\n1\n规划管控\n编制规划。\n县住建局\n"
MEASURES = "序号\n改革举措\n主 要 内 容\n推广范围\n1\n快速审判\n整合资源。\n全国\n"
PLACES = "序号\n项目名称\n位置\n面积（公顷）\n1\n东湖公园\n东湖路\n3.5\n"
INDICATORS = "编号\n指标名称\n单位\n目标值\n1\n新建绿地\n公顷\n35\n"
TASKS_AND_NAMES = "序号\n项目名称\n建设内容\n投资\n1\n东湖公园\n新建园路。\n300\n"


@pytest.mark.parametrize("text, tasks", [
    (TASKS, True),              # 任务类型 / 重点内容: rows are tasks
    (MEASURES, True),           # 改革举措, a spaced header cell
    (PLACES, False),            # names, places, areas: an inventory
    (INDICATORS, False),        # an indicator table
    (TASKS_AND_NAMES, False),   # a project list with a content column is still an inventory
])
def test_table_kind(text, tasks):
    (t,) = find_tables(text)
    assert t.tasks is tasks
    assert text[t.rows:].startswith("1\n")


@pytest.mark.parametrize("text", [
    "序号\n",                                          # no row follows
    "序号\n这一行太长了不像表头的单元格，而是一段正文的开头部分内容\n1\n甲\n",  # no header: a long line
    "各单位要按序号填报。\n1\n甲\n",                    # 序号 inside a sentence
])
def test_no_table(text):
    assert find_tables(text) == []


def test_inventory_ends_at_heading_or_paragraph():
    text = PLACES + "二、保障措施\n" + PLACES + "各地要按照上述清单抓紧推进项目建设，落实资金和用地保障，加强进度调度，确保按期完成全部建设任务。\n"
    a, b = find_tables(text)
    assert text[a.end:].startswith("二、保障措施")
    assert text[b.end:].startswith("各地要")


def test_task_table_ends_at_a_stop():
    text = TASKS + "附件2\n" + PLACES
    first = find_tables(text, [text.index("附件2")])[0]
    assert first.end == text.index("附件2")


@pytest.mark.parametrize("cells, title", [
    ("\n海绵城市\n建设管理\n区建设管理委负责指导推进建设工作。", "海绵城市建设管理"),  # wrapped over two lines
    ("\n海绵型公园\n公园绿化项目需落实设计理念。", "海绵型公园"),
    ("\n知识产权民事、刑事案件审判\n整合资源。", None),                            # a marked cell: read as usual
    ("\n甲\n乙\n丙\n丁\n", "甲乙丙"),                                             # at most three pieces
    ("\n城镇雨水\n12\n", "城镇雨水"),                                               # the next row's number ends it
])
def test_row_title(cells, title):
    text = "1" + cells
    assert row_title(text, 1) == title
