"""Responsibility columns on three short INVENTED plans of the genre (实施方案, 工作要点, 三年行动计划):
the note and table forms the documents read so far show, with new unit names (青岚县, 澄州市, 梧桐区 are
invented).  Each row: (a prefix of the requirement's text, lead, partners, deadline)."""
from __future__ import annotations

import pytest

from pipeline import extract_text

# --- a task table flattened one cell a line, with cells left out or marked empty ---------------------
TABLE = """梧桐区老旧小区改造三年行动计划（2026—2028年）
一、任务分解表
序号
重点任务
牵头单位
配合单位
完成时限
1
编制改造项目清单
区住房保障局
区财政局
2026年6月底前
2
开展居民意愿征询
各街道办事处
2026年底前
3
落实改造资金保障
区财政局
区发展改革委、区审计局
/
4
加强施工安全监管
区建设管理委
—
2028年底前
5
建立长效管理机制
区房管局
无
无
"""

TABLE_ROWS = [
    ("编制改造项目清单", "区住房保障局", ("区财政局",), "2026-06-30"),
    ("开展居民意愿征询", "各街道办事处", (), "2026-12-31"),  # the partners' cell left out: the lead stays lead
    ("落实改造资金保障", "区财政局", ("区发展改革委", "区审计局"), None),  # / : no deadline
    ("加强施工安全监管", "区建设管理委", (), "2028-12-31"),  # — : no partners
    ("建立长效管理机制", "区房管局", (), None),
]


def _rows(text: str) -> list:
    return extract_text(text, doc_name="plan.txt").requirements


@pytest.fixture(scope="module")
def table_reqs():
    return _rows(TABLE)


@pytest.mark.parametrize("text, lead, partners, deadline", TABLE_ROWS)
def test_task_table_rows_with_empty_cells(table_reqs, text, lead, partners, deadline):
    got = [(r.lead, r.partners, r.deadline) for r in table_reqs if r.text.startswith(text)]
    assert got == [(lead, partners, deadline)]


def test_empty_cells_are_no_rows(table_reqs):
    assert not [r for r in table_reqs if r.text.strip("—/无 ") == ""]
