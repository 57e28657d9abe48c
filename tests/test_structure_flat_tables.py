"""The one reader of tables flattened one cell a line (pipeline/structure/flat_tables.py,
models/table_columns.tsv): tables found by their serial header and told task table or
inventory by their header cells; header cells → column roles; rows cut at their numbers and
laid out over the columns.

Every table here is invented (澜江省, 梧川市 and their bodies)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.requirements.tables import cues, cut_spans
from pipeline.structure.flat_tables import (
    align,
    column_role,
    find_tables,
    read_grids,
    row_title,
)

# --- tables and their kind ----------------------------------------------------------------------------
TASKS = "序号\n任务类型\n重点内容\n责任单位\n1\n规划管控\n编制规划。\n县住建局\n"
MEASURES = "序号\n改革举措\n主 要 内 容\n推广范围\n1\n快速审判\n整合资源。\n全国\n"
PLACES = "序号\n项目名称\n位置\n面积（公顷）\n1\n东湖公园\n东湖路\n3.5\n"
INDICATORS = "编号\n指标名称\n单位\n目标值\n1\n新建绿地\n公顷\n35\n"
TASKS_AND_NAMES = "序号\n项目名称\n建设内容\n投资\n1\n东湖公园\n新建园路。\n300\n"
SPACED_SERIAL = "序  号\n重点任务及措施\n牵头单位\n1\n建立台账\n县农业局\n"
AIMS = "序号\n目标要求\n牵头单位\n1\n完成河道清淤。\n县水利局\n"
ROW_ONE_MARKED = "编号\n工作事项\n完成时间\n1、\n修缮校舍\n2025年底\n"


@pytest.mark.parametrize("text, tasks", [
    (TASKS, True),              # 任务类型 / 重点内容: rows are tasks
    (MEASURES, True),           # 改革举措, a spaced header cell
    (PLACES, False),            # names, places, areas: an inventory
    (INDICATORS, False),        # an indicator table
    (TASKS_AND_NAMES, False),   # a project list with a content column is still an inventory
    (SPACED_SERIAL, True),      # a letter-spaced serial header; a task word inside a cell
    (AIMS, True),               # a content column of the requirement stage's words
    (ROW_ONE_MARKED, True),     # row 1 written 1、
])
def test_table_kind(text, tasks):
    (t,) = find_tables(text)
    assert t.items is tasks
    assert text[t.first_row:].startswith("1")
    assert t.header[0].role == "number"


@pytest.mark.parametrize("text", [
    "序号\n",                                          # no row follows
    "序号\n这一行太长了不像表头的单元格，而是一段正文的开头部分内容\n1\n甲\n",  # no header: a long line
    "各单位要按序号填报。\n1\n甲\n",                    # 序号 inside a sentence
])
def test_no_table(text):
    assert find_tables(text) == []


def test_inventory_ends_at_heading_or_paragraph():
    text = (PLACES + "二、保障措施\n" + PLACES
            + "各地要按照上述清单抓紧推进项目建设，落实资金和用地保障，加强进度调度，确保按期完成全部建设任务。\n")
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


YEAR = 2025
CUES = cues(YEAR)  # units and dates as the requirement stage reads them

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
    ("序", "number"),  # the serial headers of the structure stage
    ("内容", "content"),
    ("名称", "record"),  # an inventory's column
    ("面积（公顷）", "record"),
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
    (t,) = read_grids(text, CUES)
    assert t.roles == roles
    assert [r.number for r in t.rows] == [n for n, _ in rows]
    for row, (_, want) in zip(t.rows, rows):
        got = _cells(text, row)
        assert {k: got.get(k) for k in want} == want


def test_repeated_header_is_a_header_not_a_cell():
    (t,) = read_grids(WRAPPED_REPEATED, CUES)
    assert len(t.headers) == 2
    assert all("序号" not in WRAPPED_REPEATED[c.start:c.end] for r in t.rows for c in r.cells)


def test_the_last_row_ends_before_the_signature():
    (t,) = read_grids(TIME_COLUMN, CUES)
    assert TIME_COLUMN[t.end - 2:t.end] == "长期"


NOT_TABLES = [
    # an indicator table: no column says who or by when
    "序号\n指标名称\n单位\n目标值\n属性\n1\n绿化覆盖率\n%\n35\n约束性\n",
    # a project table with a column we do not know: the header run breaks
    "序号\n项目名称\n项目位置\n责任单位\n完成时限\n1\n滨江绿道\n江南街道\n市绿化局\n2025年\n",
    # header words in running text, followed by prose, not by row 1
    "序号\n重点任务\n责任单位\n完成时限\n以上各栏由各区如实填写，于每月5日前报送。\n",
    # no number column first, and the first line under it is no task (a date): no row opens
    "重点任务\n牵头单位\n完成时限\n2025年底前\n市住建局\n",
    # no number column, and the columns are a scope and a date only: nothing assigns
    "主要内容\n推广范围\n参考文件\n建立工作台账\n全市\n《通知》\n",
    # a list of labels on their own lines, each with its value after it
    "牵头单位\n市住建局\n配合单位\n市财政局\n完成时限\n2025年底前\n",
    # the header is followed by row 2: a fragment, not a table
    "序号\n重点任务\n牵头单位\n完成时限\n2\n建立工作台账\n市住建局\n2025年底前\n",
    # every row's lines fit no layout (a sentence where units stand)
    "序号\n重点任务\n牵头单位\n1\n建立工作台账\n各区要加强领导，确保落实。\n2\n完善考核\n请各单位认真执行。\n",
]


# tables without a row-number column: a line only a text column fits opens a row once the row before has a cell
# that assigns (a list of bodies, a date); a cell left out is empty
UNNUMBERED = [
    ("重点任务\n牵头单位\n完成时限\n建立工作台账\n市住建局\n2025年底前\n",
     [("建立工作台账", "市住建局", "2025年底前")]),
    ("重点任务\n责任单位\n完成时间\n推行一日办结\n县市场监管局、县税务局\n2026年6月底前\n压减审批时间\n县住建局\n"
     "2026年底前\n",
     [("推行一日办结", "县市场监管局、县税务局", "2026年6月底前"), ("压减审批时间", "县住建局", "2026年底前")]),
    ("工作任务\n牵头单位\n完成时限\n完善服务专员制度\n县营商办\n搭建政企沟通平台\n县工商联\n持续推进\n"
     "二、保障措施\n加强组织领导。\n",
     [("完善服务专员制度", "县营商办", ""), ("搭建政企沟通平台", "县工商联", "持续推进")]),
]


@pytest.mark.parametrize("text, expected", UNNUMBERED)
def test_tables_without_row_numbers(text, expected):
    grids = read_grids(text, CUES)
    got = [tuple(next((text[c.start:c.end] for c in r.cells if c.role in roles), "")
                 for roles in (("task",), ("lead", "joint"), ("deadline",))) for g in grids for r in g.rows]
    assert got == expected


@pytest.mark.parametrize("text", NOT_TABLES)
def test_not_a_table(text):
    assert read_grids(text, CUES) == []


# --- one table, two questions: are its rows items (structure), what do its cells say (requirements) ---
BOTH = [
    # a task table: items, and its rows are read
    ("序\n内容\n责任单位\n1\n开展河湖巡查，建立问题清单。\n县水利局\n", True, ("number", "content", "joint")),
    # a list of projects: no items (名称), but its rows give units to their content
    ("序号\n项目名称\n建设内容\n责任单位\n完成时限\n1\n滨江绿道\n新建绿道5公里，完善配套设施。\n区绿化局\n2025年底前\n",
     False, ("number", "task", "content", "joint", "deadline")),
    # a record column: no items, and no layout reads the rows
    ("序号\n重点任务\n位置\n责任单位\n1\n滨江绿道\n江南街道\n区绿化局\n", False, None),
]


@pytest.mark.parametrize("text, items, roles", BOTH)
def test_kind_and_grid(text, items, roles):
    (t,) = find_tables(text)
    assert t.items is items
    grids = read_grids(text, CUES)
    assert (grids[0].roles if grids else None) == roles


# --- layout of one row's lines over its columns ----------------------------------------------------
LAYOUTS = [
    (["建立工作台账", "市住建局", "2025年底前"], ("task", "lead", "deadline"), [(0, 1), (1, 2), (2, 3)]),
    (["海绵城市", "建设管理", "统筹推进海绵城市建设，定期组织检查评估。", "区建设管理委、区水务局、", "各街镇"],
     ("task", "content", "joint"), [(0, 2), (2, 3), (3, 5)]),
    (["排水改造", "推进雨污分流。", "完善排水管网。", "市水务局"], ("task", "content", "lead"),
     [(0, 1), (1, 3), (3, 4)]),
    (["《梧川市综合交通", "规划》"], ("reference",), [(0, 2)]),
    (["建立工作台账", "各区要加强领导，确保落实。"], ("task", "lead"), None),  # no units where units stand
    (["建立工作台账"], ("task", "lead"), None),  # fewer lines than columns
]


@pytest.mark.parametrize("lines, roles, expected", LAYOUTS)
def test_align(lines, roles, expected):
    assert align(lines, roles, CUES) == expected


# --- offsets ------------------------------------------------------------------------------------------
_PIECES = st.sampled_from(["序号", "序 号", "重点任务", "主要内容", "牵头单位", "责任单位", "完成时限", "指导部门",
                           "1", "2", "3", "\n", "市住建局", "市财政局、", "各区政府", "2025年底前", "长期坚持",
                           "建立工作台账", "推进改造，完善设施。", "《梧川市规划》", "一、改革方面", "合计", "　"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_tables_index_the_text(text):
    for t in read_grids(text, CUES):
        assert 0 <= t.start < t.end <= len(text)
        for r in t.rows:
            for c in r.cells:
                assert r.start <= c.start < c.end <= r.end
                assert text[c.start:c.end].strip()
        spans = cut_spans([t])
        assert all(0 <= a < b <= len(text) for a, b in spans)
