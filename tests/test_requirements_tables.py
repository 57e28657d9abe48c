"""Flattened tables of tasks → column roles, rows, and the requirement columns lead, partners,
supervisor and deadline (pipeline/requirements/tables.py, models/table_columns.tsv).

Every table here is invented (澜江省, 梧川市 and their bodies)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.requirements import find_requirements
from pipeline.requirements.tables import (
    CellIndex,
    align,
    column_role,
    cut_spans,
    find_tables,
)

YEAR = 2025

# --- header cells → roles --------------------------------------------------------------------------
ROLES = [
    ("序号", "number"),
    ("序 号", "number"),
    ("主 要 内 容", "content"),
    ("改革举措", "task"),
    ("重点任务", "task"),
    ("牵头单位", "lead"),  # a label of models/responsibility.tsv
    ("牵头单位（部门）", "lead"),  # a trailing bracket
    ("责任单位", "joint"),
    ("配合部门", "partners"),
    ("指导部门", "supervisor"),
    ("完成时限", "deadline"),
    ("推广范围", "scope"),
    ("参考文件", "reference"),
    ("备注", "other"),  # a header cell of models/non_requirements.tsv
    ("项目位置", None),
    ("加强组织领导", None),
]


@pytest.mark.parametrize("cell, role", ROLES)
def test_column_role(cell, role):
    assert column_role(cell) == role


# --- tables: (text, roles, rows as (number, {role: cell text without line breaks})) --------------------
TASKS_ONLY = """附件
梧川市城市更新重点任务分解表
序号
重点任务
牵头单位
配合单位
完成时限
1
建立健全城市更新统筹协调机制
市住建局
市发展改革委、市财政局
2025年底前
2
完善老旧小区改造资金保障
市财政局
各区政府
长期坚持
"""

SPACED_WITH_SECTIONS = """澜江省第三批改革举措推广清单
序号
改革举措
主 要 内 容
指导部门
推广范围
一、营商环境方面（共2项）
1
企业开办全程网办
整合登记、刻章、申领发票等环节，实行一网通办，压缩开办时间。
省市场监管局、省税务局
全省
2
工程建设项目联合验收
推行竣工联合验收，统一验收标准，减少重复检查。
省住建厅
各设区市
二、创新激励方面（共1项）
3
科研经费包干制
扩大经费使用自主权，简化预算编制，赋予科研人员更大技术路线决策权。
省科技厅、省财政厅
省属高校和科研院所
"""

WRAPPED_REPEATED = """梧川市韧性城市建设重点任务分解表
序号
任务类型
具体措施
责任单位
参考文件
1
排水设施
提标改造
推进老城区雨污分流改造，完善排水管网，到2026年底消除易涝点。
市水务局、市住建局、
市城管局，
各区政府
《梧川市排水专项
规划》
序号
任务类型
具体措施
责任单位
参考文件
2
应急物资
储备
建立应急物资储备目录，定期轮换更新。
加强储备库日常管理。
市应急局、
市粮食物资局
《梧川市应急预案》
（梧政发〔2024〕5号）
"""

TIME_COLUMN = """序号
工作任务
具体内容
责任部门
完成时间
1
推进智慧社区建设
在全市社区推广线上办事平台，实现高频事项一次办结。
市民政局、市大数据局
2026年6月底前
2
加强社区工作者培训
每年组织全员轮训，提升服务能力。
市民政局
长期
梧川市民政局
2025年3月1日
"""

TABLES = [
    (TASKS_ONLY, ("number", "task", "lead", "partners", "deadline"), [
        (1, {"task": "建立健全城市更新统筹协调机制", "lead": "市住建局", "partners": "市发展改革委、市财政局",
             "deadline": "2025年底前"}),
        (2, {"task": "完善老旧小区改造资金保障", "lead": "市财政局", "partners": "各区政府", "deadline": "长期坚持"}),
    ]),
    (SPACED_WITH_SECTIONS, ("number", "task", "content", "supervisor", "scope"), [
        (1, {"task": "企业开办全程网办", "supervisor": "省市场监管局、省税务局", "scope": "全省"}),
        (2, {"task": "工程建设项目联合验收", "supervisor": "省住建厅", "scope": "各设区市"}),
        (3, {"task": "科研经费包干制", "supervisor": "省科技厅、省财政厅", "scope": "省属高校和科研院所"}),
    ]),
    (WRAPPED_REPEATED, ("number", "task", "content", "joint", "reference"), [
        (1, {"task": "排水设施提标改造", "joint": "市水务局、市住建局、市城管局，各区政府",
             "reference": "《梧川市排水专项规划》"}),
        (2, {"task": "应急物资储备", "content": "建立应急物资储备目录，定期轮换更新。加强储备库日常管理。",
             "joint": "市应急局、市粮食物资局", "reference": "《梧川市应急预案》（梧政发〔2024〕5号）"}),
    ]),
    (TIME_COLUMN, ("number", "task", "content", "joint", "deadline"), [
        (1, {"task": "推进智慧社区建设", "deadline": "2026年6月底前"}),
        (2, {"task": "加强社区工作者培训", "joint": "市民政局", "deadline": "长期"}),  # the signature is no cell
    ]),
]


def _cells(text, row):
    return {c.role: "".join(text[c.start:c.end].split()) for c in row.cells}


@pytest.mark.parametrize("text, roles, rows", TABLES)
def test_table_rows(text, roles, rows):
    (t,) = find_tables(text, YEAR)
    assert t.roles == roles
    assert [r.number for r in t.rows] == [n for n, _ in rows]
    for row, (_, want) in zip(t.rows, rows):
        got = _cells(text, row)
        assert {k: got.get(k) for k in want} == want


def test_repeated_header_is_a_header_not_a_cell():
    (t,) = find_tables(WRAPPED_REPEATED, YEAR)
    assert len(t.headers) == 2
    assert all("序号" not in WRAPPED_REPEATED[c.start:c.end] for r in t.rows for c in r.cells)


def test_the_last_row_ends_before_the_signature():
    (t,) = find_tables(TIME_COLUMN, YEAR)
    assert TIME_COLUMN[t.end - 2:t.end] == "长期"


NOT_TABLES = [
    # an indicator table: no column says who or by when
    "序号\n指标名称\n单位\n目标值\n属性\n1\n绿化覆盖率\n%\n35\n约束性\n",
    # a project table with a column we do not know: the header run breaks
    "序号\n项目名称\n项目位置\n责任单位\n完成时限\n1\n滨江绿道\n江南街道\n市绿化局\n2025年\n",
    # header words in running text, followed by prose, not by row 1
    "序号\n重点任务\n责任单位\n完成时限\n以上各栏由各区如实填写，于每月5日前报送。\n",
    # no number column first: rows cannot be told apart
    "重点任务\n牵头单位\n完成时限\n建立工作台账\n市住建局\n2025年底前\n",
    # a list of labels on their own lines, each with its value after it
    "牵头单位\n市住建局\n配合单位\n市财政局\n完成时限\n2025年底前\n",
    # the header is followed by row 2: a fragment, not a table
    "序号\n重点任务\n牵头单位\n完成时限\n2\n建立工作台账\n市住建局\n2025年底前\n",
    # every row's lines fit no layout (a sentence where units stand)
    "序号\n重点任务\n牵头单位\n1\n建立工作台账\n各区要加强领导，确保落实。\n2\n完善考核\n请各单位认真执行。\n",
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_not_a_table(text):
    assert find_tables(text, YEAR) == []


# --- layout of one row's lines over its columns ----------------------------------------------------
LAYOUTS = [
    (["建立工作台账", "市住建局", "2025年底前"], ("task", "lead", "deadline"), [(0, 1), (1, 2), (2, 3)]),
    (["海绵城市", "建设管理", "统筹推进海绵城市建设，定期组织检查评估。", "区建设管理委、区水务局、", "各街镇"],
     ("task", "content", "joint"), [(0, 2), (2, 3), (3, 5)]),
    (["排水改造", "推进雨污分流。", "完善排水管网。", "市水务局"], ("task", "content", "lead"), [(0, 1), (1, 3), (3, 4)]),
    (["《梧川市综合交通", "规划》"], ("reference",), [(0, 2)]),
    (["建立工作台账", "各区要加强领导，确保落实。"], ("task", "lead"), None),  # no units where units stand
    (["建立工作台账"], ("task", "lead"), None),  # fewer lines than columns
]


@pytest.mark.parametrize("lines, roles, expected", LAYOUTS)
def test_align(lines, roles, expected):
    assert align(lines, roles, YEAR) == expected


# --- the requirement stage ---------------------------------------------------------------------------
NOTICE = """梧川市人民政府办公室关于印发重点任务分解表的通知
各区人民政府，市政府各部门：
现将重点任务分解表印发给你们，请认真抓好落实。
附件
梧川市重点任务分解表
序号
改革举措
主 要 内 容
指导部门
推广范围
1
企业开办全程网办
整合登记、刻章、申领发票等环节，实行一网通办。
市市场监管局、市税务局
全市
2
工程建设项目联合验收
推行竣工联合验收，减少重复检查。
市住建局
各区
"""

TASK_TABLE = TASKS_ONLY


@pytest.fixture(scope="module")
def notice_reqs():
    return list(find_requirements(NOTICE, doc_date="2025-03-01"))


ROW_VALUES = [
    ("整合登记、刻章、申领发票等环节，实行一网通办", "", (), "市市场监管局、市税务局", None),
    ("推行竣工联合验收，减少重复检查", "", (), "市住建局", None),
]


@pytest.mark.parametrize("text, lead, partners, supervisor, deadline", ROW_VALUES)
def test_a_row_gives_its_content_cell_its_units(notice_reqs, text, lead, partners, supervisor, deadline):
    r = next(r for r in notice_reqs if r.text == text)
    assert (r.lead, r.partners, r.supervisor, r.deadline) == (lead, partners, supervisor, deadline)


CELLS_NOT_ROWS = ["序号", "主 要 内 容", "指导部门", "市市场监管局", "市住建局", "全市", "各区", "企业开办全程网办",
                  "工程建设项目联合验收"]


@pytest.mark.parametrize("cell", CELLS_NOT_ROWS)
def test_header_task_and_unit_cells_are_never_rows(notice_reqs, cell):
    assert not any(r.text.startswith(cell) for r in notice_reqs)


TASK_ROWS = [
    ("建立健全城市更新统筹协调机制", "市住建局", ("市发展改革委", "市财政局"), "2025-12-31"),
    ("完善老旧小区改造资金保障", "市财政局", ("各区政府",), "open"),
]


@pytest.mark.parametrize("text, lead, partners, deadline", TASK_ROWS)
def test_a_task_cell_without_a_content_column_is_the_task(text, lead, partners, deadline):
    by = {r.text: r for r in find_requirements(TASK_TABLE, doc_date="2025-01-10")}
    r = by[text]
    assert (r.modality, r.lead, r.partners, r.deadline) == ("obligation", lead, partners, deadline)
    assert not any(u in by for u in ("市住建局", "各区政府", "2025年底前", "长期坚持"))


def test_a_wrapped_unit_cell_gives_lead_and_partners():
    by = {r.text: r for r in find_requirements(WRAPPED_REPEATED, doc_date="2025-01-10")}
    r = by["推进老城区雨污分流改造，完善排水管网，到2026年底消除易涝点"]
    assert (r.lead, r.partners, r.deadline) == ("市水务局", ("市住建局", "市城管局", "各区政府"), "2026-12-31")
    assert by["加强储备库日常管理"].lead == "市应急局"
    assert not any(t.startswith(("市水务局", "市城管局", "各区政府", "《", "（梧政发", "序号")) for t in by)


def test_a_list_that_is_no_table_changes_nothing():
    text = "一、工作安排\n（一）建立台账。各区要建立工作台账。\n牵头单位\n市住建局\n配合单位\n市财政局\n"
    assert find_tables(text, YEAR) == []
    r = next(r for r in find_requirements(text) if r.text == "各区要建立工作台账")
    assert (r.lead, r.partners, r.supervisor) == ("", (), "")


def test_cell_index():
    (t,) = find_tables(NOTICE, YEAR)
    idx = CellIndex([t])
    task, content = t.rows[0].cells[0], t.rows[0].cells[1]
    assert idx.kind(task.start) == "heading" and idx.kind(content.start) == "body"
    assert idx.kind(t.rows[0].cells[2].start) is None and idx.kind(0) is None


# --- offsets ------------------------------------------------------------------------------------------
_PIECES = st.sampled_from(["序号", "序 号", "重点任务", "主要内容", "牵头单位", "责任单位", "完成时限", "指导部门", "1", "2",
                           "3", "\n", "市住建局", "市财政局、", "各区政府", "2025年底前", "长期坚持", "建立工作台账",
                           "推进改造，完善设施。", "《梧川市规划》", "一、改革方面", "合计", "　"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_tables_index_the_text(text):
    for t in find_tables(text, YEAR):
        assert 0 <= t.start < t.end <= len(text)
        for r in t.rows:
            for c in r.cells:
                assert r.start <= c.start < c.end <= r.end
                assert text[c.start:c.end].strip()
        spans = cut_spans([t])
        assert all(0 <= a < b <= len(text) for a, b in spans)
