"""The work ledger (工作台账): cell texts, tasks, and the .xlsx / .docx read back.

The plan text is our own invention (青禾县, its offices and numbers are made up).  Lead
and partner extraction is built elsewhere, so besides a Result from the pipeline the
tests use Results whose requirements carry lead, partners and deadline set by hand.
"""
from __future__ import annotations

import os
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from pipeline.errors import ZhpolicyError
from pipeline.export import atomic
from pipeline.export import ledger as L
from pipeline.records import deadline_of
from pipeline.load import from_text
from pipeline.normalize import normalize
from pipeline.pipeline import Pipeline, Result
from pipeline.records import Directive, Quantity, Requirement, evolve

PLAN = """青禾县2026年农村人居环境整治工作方案
为持续改善农村人居环境，结合我县实际，制定本方案。请各乡镇认真贯彻执行。
一、总体目标
到2026年底，全县农村生活垃圾无害化处理率达到95%以上。
二、重点任务
（一）加强基础设施建设
1.完善垃圾收运体系。各乡镇要在2026年6月底前完成垃圾中转站改造，每个行政村配备保洁员不少于2名。（牵头单位：县住建局；责任单位：县财政局、各乡镇人民政府）
2.推进农村厕所改造。2021—2025年，卫生厕所普及率年均提高6%至6.5%。（县农业农村局牵头，县卫健委配合）
（二）健全长效管护机制
建立村庄保洁长效管护机制，每年至少开展考核1次。（县农业农村局负责）
三、保障措施
各部门要加强协调配合，形成工作合力。
"""

HEADER_ROW = 3  # title, 填报单位 line, header
FIRST = HEADER_ROW + 1


# --- a hand-built Result -------------------------------------------------------------------

def _span(piece: str) -> tuple[int, int]:
    start = PLAN.index(piece)
    return start, start + len(piece)


def _item(id_, parent, level, marker, number, title, head, until=None) -> Directive:
    start = PLAN.index(head)
    end = PLAN.index(until) if until else len(PLAN.rstrip("\n"))
    return Directive(id_, parent, level, marker, number, title, start, end)


def _target(piece, value, unit, comparator, *, upper=None, period=None) -> Quantity:
    return Quantity(piece, *_span(piece), value, unit=unit, comparator=comparator, upper=upper, period=period,
                    role="target")


def _req(req_id, piece, directive, *, actor="", lead="", partners=(), deadline=None, targets=()) -> Requirement:
    return Requirement(req_id, piece, *_span(piece), "obligation", 4, actor=actor, lead=lead,
                       partners=tuple(partners), deadline=deadline, directive=directive, targets=tuple(targets))


def make_plan() -> Result:
    """Seven items, eight requirements; one requirement (in the preamble) outside every item."""
    directives = (
        _item(0, None, 1, "一、", 1, "总体目标", "一、总体", "二、重点"),
        _item(1, None, 1, "二、", 2, "重点任务", "二、重点", "三、保障"),
        _item(2, 1, 2, "（一）", 1, "加强基础设施建设", "（一）加强", "（二）健全"),
        _item(3, 2, 3, "1.", 1, "完善垃圾收运体系", "1.完善", "2.推进"),
        _item(4, 2, 3, "2.", 2, "推进农村厕所改造", "2.推进", "（二）健全"),
        _item(5, 1, 2, "（二）", 2, "健全长效管护机制", "（二）健全", "三、保障"),
        _item(6, None, 1, "三、", 3, "保障措施", "三、保障"),
    )
    reqs = (
        _req(1, "请各乡镇认真贯彻执行。", None, actor="各乡镇"),
        _req(2, "到2026年底，全县农村生活垃圾无害化处理率达到95%以上。", 0, actor="全县", deadline="2026-12-31",
             targets=[_target("95%以上", 95, "%", ">=")]),
        _req(3, "各乡镇要在2026年6月底前完成垃圾中转站改造", 3, actor="各乡镇", lead="县住建局",
             partners=["县财政局", "各乡镇人民政府"], deadline="2026-06-30"),
        _req(4, "每个行政村配备保洁员不少于2名。", 3, lead="县住建局", partners=["县财政局", "各乡镇人民政府"],
             targets=[_target("不少于2名", 2, "名", ">=")]),
        _req(5, "2021—2025年，卫生厕所普及率年均提高6%至6.5%。", 4, lead="县农业农村局", partners=["县卫健委"],
             deadline="2021/2025", targets=[_target("6%至6.5%", 6, "%", "between", upper=6.5)]),
        _req(6, "建立村庄保洁长效管护机制", 5, lead="县农业农村局", deadline="2025"),
        _req(7, "每年至少开展考核1次。", 5, lead="县农业农村局",
             targets=[_target("考核1次", 1, "次", ">=", period="年")]),
        _req(8, "各部门要加强协调配合，形成工作合力。", 6, actor="各部门", deadline="open"),
    )
    return Result(document=from_text(PLAN, source="qinghe_plan.txt", encoding="utf-8"), text=normalize(PLAN),
                  directives=directives, requirements=reqs)


# (task number, 工作任务, 具体要求 starts with, 牵头单位, 责任单位, 完成时限, 量化指标), in ledger order
EXPECTED = [
    (1, "一、总体目标", "到2026年底", "全县", "", "2026年底前", "≥ 95%"),
    (2, "二、（一）1.完善垃圾收运体系", "各乡镇要在", "县住建局", "县财政局、各乡镇人民政府", "2026年6月底前", ""),
    (2, "二、（一）1.完善垃圾收运体系", "每个行政村", "县住建局", "县财政局、各乡镇人民政府", "", "≥ 2 名"),
    (3, "二、（一）2.推进农村厕所改造", "2021—2025年", "县农业农村局", "县卫健委", "2021—2025年", "6–6.5%"),
    (4, "二、（二）健全长效管护机制", "建立村庄", "县农业农村局", "", "2025年", ""),
    (4, "二、（二）健全长效管护机制", "每年至少", "县农业农村局", "", "", "≥ 1 次/年"),
    (5, "三、保障措施", "各部门要", "各部门", "", "长期坚持", ""),
    (6, "其他要求", "请各乡镇", "各乡镇", "", "", ""),
]
# merged (first row, last row) of 序号 and 工作任务, as sheet rows
MERGED_TASKS = [(FIRST + 1, FIRST + 2), (FIRST + 4, FIRST + 5)]


@pytest.fixture
def plan() -> Result:
    return make_plan()


# --- cell texts --------------------------------------------------------------------------------

@pytest.mark.parametrize("deadline,expected", [
    ("2026-12-31", "2026年底前"),
    ("2026-06-30", "2026年6月底前"),
    ("2028-02-29", "2028年2月底前"),  # a leap year's February
    ("2027-02-28", "2027年2月底前"),
    ("2026-03-15", "2026年3月15日前"),
    ("2026-09", "2026年9月底前"),
    ("2025", "2025年"),
    ("2021/2025", "2021—2025年"),
    ("open", "长期坚持"),
    ("XXXX-12-31", "年底前（年份不详）"),  # 年底前 in a document whose year is not known
    ("XXXX-06-30", "6月底前（年份不详）"),
    ("", ""),
    (None, ""),
    ("下半年", "下半年"),  # unknown forms pass through
])
def test_deadline_text(deadline, expected):
    assert L.deadline_text(deadline) == expected


@pytest.mark.parametrize("quantity,expected", [
    (Quantity("40%以上", 0, 5, 40, unit="%", comparator=">="), "≥ 40%"),
    (Quantity("每年至少1次", 0, 6, 1, unit="次", comparator=">=", period="年"), "≥ 1 次/年"),
    (Quantity("6%—6.5%", 0, 7, 6, unit="%", comparator="between", upper=6.5), "6–6.5%"),
    (Quantity("5万元以内", 0, 5, 50000, unit="元", comparator="<="), "≤ 5 万元"),
    (Quantity("3亿元左右", 0, 5, 3e8, unit="元", comparator="~"), "约 3 亿元"),
    (Quantity("8000元至2万元", 0, 8, 8000, unit="元", comparator="between", upper=20000), "0.8–2 万元"),
    (Quantity("1200公里", 0, 6, 1200, unit="公里"), "1200 公里"),
    (Quantity("2.5个百分点", 0, 6, 2.5, unit="个百分点", comparator=">"), "> 2.5 个百分点"),
    (Quantity("不少于1.2万人", 0, 8, 12000, unit="人", comparator=">="), "≥ 1.2 万人"),
    (Quantity("12345户", 0, 6, 12345, unit="户"), "12345 户"),
    (Quantity("三分之一以上", 0, 6, 1 / 3, kind="fraction", comparator=">="), "≥ 三分之一"),
    (Quantity("2:1", 0, 3, 2.0, kind="ratio"), "2:1"),
    (Quantity("三分之一", 0, 4, None), "三分之一"),
])
def test_target_text(quantity, expected):
    assert L.target_text(quantity) == expected


@pytest.mark.parametrize("title,expected", [
    ("加强基础设施建设", "加强基础设施建设"),
    ("加强基础设施建设。", "加强基础设施建设"),
    ("对未落实保洁责任制的村民小组，由乡镇人民政府责令限期改正，逾期不改正的予以通报", "对未落实保洁责任制的村民小组"),
    ("在本县行政区域内从事农村生活垃圾收集、运输和处置活动的单位和个人，适用本办法",
     "在本县行政区域内从事农村生活垃圾收集、运输和处置活动的单位…"),
    ("为" + "甲" * 40, "为" + "甲" * 28 + "…"),
])
def test_short_title(title, expected):
    assert L.short_title(title) == expected


def test_lead_falls_back_to_the_actor():
    r = make_plan().requirements[1]
    assert L.lead_of(r) == "全县"
    assert L.lead_of(evolve(r, lead="县生态环境局")) == "县生态环境局"


# --- tasks and rows ---------------------------------------------------------------------------------

def test_tasks_are_numbered_items_in_text_order_other_last(plan):
    tasks = L.ledger_tasks(plan)
    assert [(t.number, t.title, [r.req_id for r in t.requirements]) for t in tasks] == [
        (1, "一、总体目标", [2]),
        (2, "二、（一）1.完善垃圾收运体系", [3, 4]),
        (3, "二、（一）2.推进农村厕所改造", [5]),
        (4, "二、（二）健全长效管护机制", [6, 7]),
        (5, "三、保障措施", [8]),
        (6, "其他要求", [1]),
    ]


def test_rows_read_the_record_fields(plan):
    rows = L.ledger_rows(plan)
    assert len(rows) == len(plan.requirements)
    got = [(int(r[0]), r[1], r[2][:len(e[2])], r[3], r[4], r[5], r[6]) for r, e in zip(rows, EXPECTED)]
    assert got == EXPECTED
    assert all(r[7] == "" for r in rows)  # 备注 is for staff


def test_requirement_of_an_unknown_item_goes_to_other(plan):
    stray = evolve(plan.requirements[2], directive=99)
    tasks = L.ledger_tasks(evolve(plan, requirements=(stray,)))
    assert [(t.number, t.title) for t in tasks] == [(1, "其他要求")]


# --- xlsx ------------------------------------------------------------------------------------------

def _sheet_rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST, max_row=ws.max_row)]


def test_xlsx_cells(plan, tmp_path):
    out = L.to_xlsx(plan, tmp_path / "ledger.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "工作台账"
    assert ws["A1"].value == "《青禾县2026年农村人居环境整治工作方案》工作台账"
    assert ws["A2"].value.startswith("填报单位：") and "填报日期" in ws["A2"].value
    assert [c.value for c in ws[HEADER_ROW]] == list(L.COLUMNS)
    rows = _sheet_rows(ws)
    assert len(rows) == len(EXPECTED)
    for row, (number, task, text, lead, partners, deadline, targets) in zip(rows, EXPECTED):
        assert row[2].startswith(text)
        assert (row[3] or "", row[4] or "", row[5] or "", row[6] or "") == (lead, partners, deadline, targets)
    # a merged cell keeps its value in the top cell only
    firsts = {a for a, _ in MERGED_TASKS}
    for i, (row, exp) in enumerate(zip(rows, EXPECTED)):
        if FIRST + i - 1 in firsts:
            assert row[0] is None and row[1] is None
        else:
            assert (row[0], row[1]) == (exp[0], exp[1])


def test_xlsx_merges_task_cells(plan, tmp_path):
    ws = openpyxl.load_workbook(L.to_xlsx(plan, tmp_path / "ledger.xlsx")).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    expected = {f"{col}{a}:{col}{b}" for a, b in MERGED_TASKS for col in "AB"} | {"A1:H1", "A2:H2"}
    assert merged == expected


def test_xlsx_print_settings(plan, tmp_path):
    ws = openpyxl.load_workbook(L.to_xlsx(plan, tmp_path / "ledger.xlsx")).active
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) == 9
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.freeze_panes == f"A{FIRST}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:H{HEADER_ROW + len(EXPECTED)}"
    assert ws["C5"].alignment.wrap_text
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGH"]
    assert widths[2] == max(widths) and widths[0] == min(widths)  # 具体要求 widest, 序号 narrowest


def test_xlsx_rows_of_a_long_merged_task_are_heightened(plan, tmp_path):
    """Excel sizes rows to their own wrapped cells, never to a merged one."""
    long_title = evolve(plan.directives[5],
                        title="健全村庄保洁长效管护机制并把考核结果同乡镇年度目标责任制考核和干部评优评先挂钩")
    res = evolve(plan, directives=plan.directives[:5] + (long_title,) + plan.directives[6:])
    ws = openpyxl.load_workbook(L.to_xlsx(res, tmp_path / "long.xlsx")).active
    a, b = MERGED_TASKS[1]
    heights = [ws.row_dimensions[r].height for r in range(a, b + 1)]
    assert all(heights) and sum(heights) >= 3 * L.XLSX_LINE_HEIGHT
    assert all(ws.row_dimensions[r].height is None for r in range(*MERGED_TASKS[0]))  # short: left to Excel


def test_xlsx_keeps_formula_like_text_as_text(plan, tmp_path):
    odd = evolve(plan.requirements[7], text="=SUM(A1)\x07各部门要配合。")
    ws = openpyxl.load_workbook(L.to_xlsx(evolve(plan, requirements=(odd,)), tmp_path / "x.xlsx")).active
    assert ws.cell(FIRST, 3).value == "=SUM(A1)各部门要配合。" and ws.cell(FIRST, 3).data_type == "s"


def test_xlsx_several_documents_one_sheet_each(plan, tmp_path):
    other = evolve(make_plan(), document=from_text("龙溪镇工作要点\n各村要按时报送。\n", source="longxi.txt"))
    wb = openpyxl.load_workbook(L.to_xlsx([plan, other], tmp_path / "two.xlsx"))
    assert len(wb.sheetnames) == 2 and wb.sheetnames[0].startswith("1 青禾县") and wb.sheetnames[1].startswith("2 ")
    assert all(len(n) <= 31 for n in wb.sheetnames)


def test_xlsx_of_a_document_without_requirements(plan, tmp_path):
    ws = openpyxl.load_workbook(L.to_xlsx(evolve(plan, requirements=()), tmp_path / "e.xlsx")).active
    assert [c.value for c in ws[HEADER_ROW]] == list(L.COLUMNS) and ws.max_row == HEADER_ROW


# --- docx --------------------------------------------------------------------------------------------

def _vmerge(row, col):
    return row._tr.tc_lst[col].vMerge


def test_docx_table(plan, tmp_path):
    d = docx.Document(str(L.to_docx(plan, tmp_path / "ledger.docx")))
    (table,) = d.tables
    assert [c.text for c in table.rows[0].cells] == list(L.COLUMNS)
    body = table.rows[1:]
    assert len(body) == len(EXPECTED)
    for row, (number, task, text, lead, partners, deadline, targets) in zip(body, EXPECTED):
        cells = [c.text for c in row.cells]
        assert cells[0] == str(number) and cells[1] == task and cells[2].startswith(text)
        assert cells[3:7] == [lead, partners, deadline, targets]
    assert d.paragraphs[0].text == "《青禾县2026年农村人居环境整治工作方案》工作台账"


def test_docx_merges_task_cells(plan, tmp_path):
    table = docx.Document(str(L.to_docx(plan, tmp_path / "ledger.docx"))).tables[0]
    body = table.rows[1:]
    for a, b in MERGED_TASKS:
        i, j = a - FIRST, b - FIRST
        for col in (0, 1):
            assert _vmerge(body[i], col) == "restart"
            assert all(_vmerge(body[k], col) == "continue" for k in range(i + 1, j + 1))
        assert _vmerge(body[i], 2) is None  # 具体要求 is never merged
    assert _vmerge(body[0], 0) is None


def test_docx_print_settings(plan, tmp_path):
    d = docx.Document(str(L.to_docx(plan, tmp_path / "ledger.docx")))
    section = d.sections[0]
    assert section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
    assert round(section.page_width.cm, 1) == 29.7 and round(section.page_height.cm, 1) == 21.0
    header_pr = d.tables[0].rows[0]._tr.trPr
    assert header_pr is not None and header_pr.find(qn("w:tblHeader")) is not None
    assert d.tables[0].rows[1]._tr.trPr is None or d.tables[0].rows[1]._tr.trPr.find(qn("w:tblHeader")) is None
    fonts = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == L.DOCX_FONT


def test_docx_several_documents_one_landscape_section_each(plan, tmp_path):
    d = docx.Document(str(L.to_docx([plan, make_plan()], tmp_path / "two.docx")))
    assert len(d.tables) == 2 and len(d.sections) == 2
    assert all(s.page_width > s.page_height for s in d.sections)


# --- a Result from the pipeline ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def extracted() -> Result:
    return Pipeline().text(PLAN, source="qinghe_plan.txt")


def test_pipeline_result_rows_follow_its_records(extracted):
    rows = L.ledger_rows(extracted)
    assert len(rows) == len(extracted.requirements) > 0
    by_text = {L.clean(r.text): r for r in extracted.requirements}
    for row in rows:
        r = by_text[row[2]]
        assert row[3] == (r.lead or r.actor) and row[4] == "、".join(r.partners)
        # 完成时限: the requirement's own deadline, else its first target's (records.deadline_of: a 2026 plan's
        # 2021—2025年 target sets no deadline of the requirement itself, yet the ledger shows its period)
        assert row[5] == L.deadline_text(deadline_of(r))
    tasks = {row[1] for row in rows}
    assert {"一、总体目标", "二、（一）1.完善垃圾收运体系", "二、（二）健全长效管护机制"} <= tasks


def test_pipeline_result_with_responsibility_set(extracted, tmp_path):
    """Lead and partners as the responsibility notes give them, set on the records by hand."""
    notes = {
        "完善垃圾收运体系": {"lead": "县住建局", "partners": ("县财政局", "各乡镇人民政府"), "deadline": "2026-06-30"},
        "推进农村厕所改造": {"lead": "县农业农村局", "partners": ("县卫健委",), "deadline": "2021/2025"},
        "保障措施": {"lead": "", "partners": (), "deadline": "open"},
    }
    reqs = []
    for r in extracted.requirements:
        d = extracted.directive(r.directive)
        reqs.append(evolve(r, **notes[d.title]) if d is not None and d.title in notes else r)
    res = evolve(extracted, requirements=tuple(reqs))
    ws = openpyxl.load_workbook(L.to_xlsx(res, tmp_path / "p.xlsx")).active
    table = docx.Document(str(L.to_docx(res, tmp_path / "p.docx"))).tables[0]
    xlsx_rows = [[v or "" for v in row] for row in _sheet_rows(ws)]
    docx_rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    for rows in (xlsx_rows, docx_rows):
        garbage = next(r for r in rows if r[2].startswith("各乡镇要在2026年6月底前"))
        toilets = next(r for r in rows if r[2].startswith("2021—2025年"))
        together = next(r for r in rows if r[2].startswith("各部门要加强"))
        assert garbage[3:6] == ["县住建局", "县财政局、各乡镇人民政府", "2026年6月底前"]
        assert toilets[3:7] == ["县农业农村局", "县卫健委", "2021—2025年", "6–6.5%/年"]
        assert together[3] == "各部门" and together[5] == "长期坚持"


# --- atomic writing ---------------------------------------------------------------------------------------

def _boom(results, path):
    Path(path).write_bytes(b"half a workbook")
    raise RuntimeError("disk full, say")


@pytest.mark.parametrize("ext", [".xlsx", ".docx"])
def test_failure_leaves_no_partial_file_and_keeps_the_old_one(plan, tmp_path, monkeypatch, ext):
    monkeypatch.setitem(L.WRITERS, ext, _boom)
    target = tmp_path / f"ledger{ext}"
    with pytest.raises(RuntimeError):
        L.write(plan, target)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"last week's ledger")
    with pytest.raises(RuntimeError):
        L.write(plan, target)
    assert target.read_bytes() == b"last week's ledger" and list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("write", [L.to_xlsx, L.to_docx])
def test_unwritable_folder_is_a_clear_error(plan, tmp_path, monkeypatch, write):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    target = tmp_path / "ledger.out"
    with pytest.raises(ZhpolicyError, match="cannot write: Permission denied") as err:
        write(plan, target)
    assert str(target) in str(err.value) and list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_is_a_clear_error(plan, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ZhpolicyError, match="cannot write"):
            L.to_xlsx(plan, folder / "ledger.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_missing_folder_and_wrong_extension(plan, tmp_path):
    with pytest.raises(ZhpolicyError, match="does not exist"):
        L.to_docx(plan, tmp_path / "nowhere" / "ledger.docx")
    with pytest.raises(ZhpolicyError, match="unknown ledger format .csv"):
        L.write(plan, tmp_path / "ledger.csv")
    assert list(tmp_path.iterdir()) == []


# --- the whole path: zhpolicy extract … --ledger, the notes read by the pipeline ----------------------------

def test_cli_ledger_reads_the_notes(tmp_path):
    """The issue's "done when": on a local plan with responsibility notes, the ledger's 牵头单位,
    责任单位 and 完成时限 come from the notes the requirement stage read (nothing set by hand)."""
    import subprocess
    import sys

    src = tmp_path / "qinghe_plan.txt"
    src.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "台账.xlsx"
    p = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(src), "-o", str(out), "--ledger"],
                       capture_output=True, text=True, timeout=300, check=False)
    assert p.returncode == 0, p.stderr
    rows = [[v or "" for v in row] for row in _sheet_rows(openpyxl.load_workbook(out).active)]
    garbage = next(r for r in rows if r[2].startswith("各乡镇要在2026年6月底前"))
    toilets = next(r for r in rows if r[2].startswith("2021—2025年"))
    upkeep = next(r for r in rows if r[2].startswith("建立村庄保洁"))
    assert garbage[3:6] == ["县住建局", "县财政局、各乡镇人民政府", "2026年6月底前"]
    assert toilets[3:6] == ["县农业农村局", "县卫健委", "2021—2025年"]
    assert upkeep[3] == "县农业农村局" and upkeep[4] == ""
    assert not any("牵头" in r[2] or "负责）" in r[2] for r in rows)  # a note is never a row, nor glued to one


# --- remarks: what staff wrote (the web page's status and note) go into 备注 -------------------------

@pytest.mark.parametrize("remark", ["推进中", "已完成；已验收", "=SUM(A1)"])
def test_remarks_fill_the_last_column(extracted, tmp_path, remark):
    first = extracted.requirements[0]
    remarks = {(extracted.doc_id, first.req_id): remark}
    rows = L.ledger_rows(extracted, remarks)
    assert sum(r[-1] == remark for r in rows) == 1 and all(r[-1] in ("", remark) for r in rows)
    ws = openpyxl.load_workbook(L.to_xlsx(extracted, tmp_path / "l.xlsx", remarks=remarks)).active
    assert [c.value for c in ws["H"] if c.value == remark] == [remark]
    d = docx.Document(str(L.to_docx(extracted, tmp_path / "l.docx", remarks=remarks)))
    assert remark in [c.text for row in d.tables[0].rows for c in row.cells]
