"""Flattened tables of tasks in the requirement stage: a row's units and deadline reach the
requirements of its task and content cells; headers and unit cells are no requirements
(pipeline/requirements/tables.py; the tables themselves are read by
pipeline/structure/flat_tables.py, tested in tests/test_structure_flat_tables.py).

Every table here is invented (澜江省, 梧川市 and their bodies)."""
from __future__ import annotations

import pytest
from test_structure_flat_tables import TASKS_ONLY, WRAPPED_REPEATED  # the same invented tables, read by both stages

from pipeline.requirements import find_requirements
from pipeline.requirements.tables import CellIndex, cut_spans, find_grids

YEAR = 2025


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
    assert find_grids(text, YEAR) == []
    r = next(r for r in find_requirements(text) if r.text == "各区要建立工作台账")
    assert (r.lead, r.partners, r.supervisor) == ("", (), "")


def test_cell_index():
    (t,) = find_grids(NOTICE, YEAR)
    idx = CellIndex([t])
    task, content = t.rows[0].cells[0], t.rows[0].cells[1]
    assert idx.kind(task.start) == "heading" and idx.kind(content.start) == "body"
    assert idx.kind(t.rows[0].cells[2].start) is None and idx.kind(0) is None


def test_cut_spans_are_the_header_and_the_non_text_cells():
    (t,) = find_grids(WRAPPED_REPEATED, YEAR)
    cut = ["".join(WRAPPED_REPEATED[a:b].split()) for a, b in cut_spans([t])]
    assert cut[0].startswith("序号") and cut[0].endswith("参考文件")
    assert "市水务局、市住建局、市城管局，各区政府" in cut and "《梧川市排水专项规划》" in cut
    assert not any(c.startswith(("推进老城区", "排水设施", "应急物资")) for c in cut)
