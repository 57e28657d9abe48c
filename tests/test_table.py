"""The requirement table built column by column (what the batch store takes) and row by row."""
from __future__ import annotations

from pipeline import extract_text
from pipeline.table import COLUMNS, requirement_columns, requirement_rows

TEXT = "各地区各部门要加强领导。\n一、加强管理\n（一）完善制度。各乡镇每年至少开展2次督查，到2025年覆盖率达到90%以上。"


def test_requirement_columns_follow_the_documented_columns():
    r = extract_text(TEXT)
    cols = requirement_columns(r)
    assert list(cols) == [c for c, _, _ in COLUMNS["requirements"]]
    assert all(len(v) == len(r.requirements) for v in cols.values())
    rows = requirement_rows(r)
    assert len(rows) == len(r.requirements) >= 2
    assert [row["text"] for row in rows] == cols["text"]
    assert rows[-1]["directive_path"] == "一、/（一）" and rows[-1]["value"] is not None
