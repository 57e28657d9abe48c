"""Responsibility notes and clauses → the requirement columns lead, partners, supervisor and
deadline (pipeline/requirements/responsibility.py, models/responsibility.tsv).

Every sentence here is invented (澜江省, 梧川市 and their bodies)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.requirements import find_requirements
from pipeline.requirements.responsibility import clause_note, find_notes, normalize_deadline

YEAR = 2025

# --- one note: (text of the note, lead, partners, supervisor, deadline) -----------------------------
NOTES = [
    ("（牵头单位：梧川市住建局；责任单位：市财政局、市水务局；完成时限：2026年底前）",
     "梧川市住建局", ("市财政局", "市水务局"), "", "2026-12-31"),
    ("（责任单位：澜江区农业农村局、区财政局、各镇政府）", "澜江区农业农村局", ("区财政局", "各镇政府"), "", None),
    ("（责任部门：区教育局）", "区教育局", (), "", None),
    ("(牵头单位:市交通委;配合单位:市公安局、各区政府)", "市交通委", ("市公安局", "各区政府"), "", None),
    ("(责任单位:市体育局,市卫健委)", "市体育局", ("市卫健委",), "", None),
    ("（负责部门：省商务厅、省税务局；适用范围：全省各开发区，以下同）", "省商务厅", ("省税务局",), "", None),
    ("（负责部门：省药监局，适用范围：梧川片区）", "省药监局", (), "", None),
    ("（牵头单位：市绿化局、市水务局；配合单位：各区政府）", "市绿化局、市水务局", ("各区政府",), "", None),
    ("（市卫健委牵头，市医保局、市民政局配合）", "市卫健委", ("市医保局", "市民政局"), "", None),
    ("(市卫健委牵头,市医保局参与)", "市卫健委", ("市医保局",), "", None),
    ("（市发展改革委、市财政局等按职责分工负责）", "市发展改革委", ("市财政局",), "", None),
    ("（省科技厅、省教育厅和各市人民政府负责）", "省科技厅", ("省教育厅", "各市人民政府"), "", None),
    ("（文化和旅游部、商务部等和各有关省级人民政府负责）", "文化和旅游部", ("商务部", "各有关省级人民政府"), "", None),
    ("（省工信厅、省科技厅等负责。列第一位者为牵头单位，下同）", "省工信厅", ("省科技厅",), "", None),
    ("（省生态环境厅指导）", "", (), "省生态环境厅", None),
    ("（省自然资源厅、省工信厅指导）", "", (), "省自然资源厅、省工信厅", None),
    ("（牵头单位：县水利局；完成时限：长期坚持）", "县水利局", (), "", "open"),
    ("（责任单位：县城管局；完成时限：持续推进）", "县城管局", (), "", "open"),
    ("（牵头单位：市城管局；完成时限：年底前）", "市城管局", (), "", "2025-12-31"),
    ("（牵头单位：市城管局；完成时限：到2027年）", "市城管局", (), "", "2027"),
    ("（责任单位：市商务委；完成时间：2026年6月底前）", "市商务委", (), "", "2026-06-30"),
]


@pytest.mark.parametrize("note, lead, partners, supervisor, deadline", NOTES)
def test_note_values(note, lead, partners, supervisor, deadline):
    got = [n for n in find_notes("各区要加快推进改造工作。" + note, YEAR) if n.kind == "note"]
    assert len(got) == 1
    n = got[0]
    assert (n.lead, n.partners, n.supervisor, n.deadline) == (lead, partners, supervisor, deadline)
    assert n.start == len("各区要加快推进改造工作。") and n.end == len("各区要加快推进改造工作。" + note)


NOT_NOTES = ["（以下简称澜江新区）", "（试行）", "（2023年修订）", "（注：数据来源于统计局）", "（含2024年）",
             "（见附件2）", "（区、县）", "（澜政办发〔2024〕7号）", "（如社区食堂、老年助餐点）"]


@pytest.mark.parametrize("text", NOT_NOTES)
def test_no_note(text):
    assert find_notes("各区要加快推进改造工作" + text + "。", YEAR) == []


# --- standing clauses ---------------------------------------------------------------------------
def test_standing_clause_gives_every_later_item_its_lead():
    text = ("一、重点任务\n"
            "（一）完善规划体系。编制全市公园布局规划。（省文旅厅指导，各县政府负责落实。以下均需各县政府落实，不再列出）\n"
            "（二）建设口袋公园。各区要新建口袋公园20个。（省住建厅指导）\n"
            "（三）加强养护管理。建立日常巡查制度。（市城管局、市财政局负责）\n")
    by = {r.text: r for r in find_requirements(text)}
    first = by["编制全市公园布局规划"]
    assert (first.lead, first.supervisor) == ("各县政府", "省文旅厅")
    second = by["各区要新建口袋公园20个"]
    assert (second.lead, second.partners, second.supervisor) == ("各县政府", (), "省住建厅")
    third = by["建立日常巡查制度"]
    assert (third.lead, third.partners) == ("市城管局", ("市财政局", "各县政府"))


# --- clauses ------------------------------------------------------------------------------------
CLAUSES = [
    ("由梧川市住建局负责统筹推进", [0], "", "梧川市住建局", (), "agent"),
    ("资金由市财政局统一拨付", [0], "", "市财政局", (), "agent"),
    ("具体办法由市司法局商市财政局另行制定", [0], "", "市司法局", ("市财政局",), "agent"),
    ("市交通委要会同市公安局制定方案", [0], "", "市交通委", ("市公安局",), "clause"),
    ("市发展改革委、市经信委会同有关部门加强统筹", [0], "", "市发展改革委、市经信委", ("有关部门",), "clause"),
    ("县教育局牵头，县财政局、县人社局配合", [0, 7], "", "县教育局", ("县财政局", "县人社局"), "clause"),
    ("区卫健委要发挥牵头作用", [0], "区卫健委", "区卫健委", (), "clause"),
    ("区市场监管局负责日常检查", [0], "", "区市场监管局", (), "clause"),
]


@pytest.mark.parametrize("text, starts, actor, lead, partners, kind", CLAUSES)
def test_clause(text, starts, actor, lead, partners, kind):
    n = clause_note(text, 0, len(text), starts, actor)
    assert n is not None and (n.lead, n.partners, n.kind) == (lead, partners, kind)


NOT_CLAUSES = ["由政府主导向社会共治转变", "由于资金不足，进度较慢", "各单位主要负责人要亲自抓",
               "建立住建部门牵头的联席会议制度", "要协商解决重大问题"]


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_no_clause(text):
    assert clause_note(text, 0, len(text), [0], "") is None


# --- deadlines ----------------------------------------------------------------------------------
DEADLINES = [
    ("2026年底前", None, "2026-12-31"), ("到2025年", None, "2025"), ("2021—2025年", None, "2021/2025"),
    ("2024年6月底前", None, "2024-06-30"), ("年底前", 2025, "2025-12-31"), ("3月底前", 2025, "2025-03-31"),
    ("六月底前", 2025, "2025-06-30"), ("长期坚持", 2025, "open"), ("持续推进", None, "open"), ("长期", None, "open"),
    ("年底前", None, None), ("尽快", 2025, None), ("自2016年6月起", None, None),
]


@pytest.mark.parametrize("text, year, expected", DEADLINES)
def test_normalize_deadline(text, year, expected):
    assert normalize_deadline(text, year) == expected


def test_strict_deadline_wants_a_limit():
    assert normalize_deadline("持续推进老旧小区改造", 2025, strict=True) is None
    assert normalize_deadline("年末开展跟踪指导", 2025, strict=True) is None
    assert normalize_deadline("请各区于5月底前报送", 2025, strict=True) == "2025-05-31"


# --- a note gives its values to every requirement of its item ------------------------------------
DOC = """澜江省梧川市城市更新行动方案
一、主要任务
（一）推进老旧小区改造
加快实施老旧小区综合改造，完善配套设施。各区要建立项目库，确保到2026年完成改造任务。
（牵头单位：市住建局；责任单位：市财政局、各区政府；完成时限：2027年底前）
（二）提升公共空间品质
1.拓展口袋公园。要加快建设一批口袋公园，方便群众就近休闲。（责任单位：市绿化局、各区政府）
2.完善慢行系统。建设滨水步道，打通断头路。（市交通委牵头，市绿化局配合）
（三）强化运行保障。建立巡查机制(责任单位:市城管局;完成时限:长期坚持)。严格落实养护责任。(责任单位:区城管局)
二、保障措施
市发展改革委要会同市财政局统筹安排资金。及时总结推广经验做法。
各区要加强组织领导，由区政府负责具体实施。
"""


@pytest.fixture(scope="module")
def doc_reqs():
    res = extract(DOC)
    return res, {r.text: r for r in res.requirements}


ROWS = [
    ("加快实施老旧小区综合改造，完善配套设施", "市住建局", ("市财政局", "各区政府"), "2027-12-31"),
    ("各区要建立项目库，确保到2026年完成改造任务", "市住建局", ("市财政局", "各区政府"), "2026"),  # its own wins
    ("要加快建设一批口袋公园，方便群众就近休闲", "市绿化局", ("各区政府",), None),
    ("建设滨水步道，打通断头路", "市交通委", ("市绿化局",), None),
    ("建立巡查机制", "市城管局", (), "open"),
    ("严格落实养护责任", "区城管局", (), None),
    ("市发展改革委要会同市财政局统筹安排资金", "市发展改革委", ("市财政局",), None),
    ("及时总结推广经验做法", "市发展改革委", ("市财政局",), None),  # carried in the paragraph
    ("各区要加强组织领导", "", (), None),
    ("由区政府负责具体实施", "区政府", (), None),
]


@pytest.mark.parametrize("text, lead, partners, deadline", ROWS)
def test_note_gives_its_item_values(doc_reqs, text, lead, partners, deadline):
    _, by = doc_reqs
    r = by[text]
    assert (r.lead, r.partners, r.deadline) == (lead, partners, deadline)


NOTE_PARTS = ["牵头单位", "责任单位", "完成时限", "2027年底前", "配合", "长期坚持", "市城管局;", "区城管局)"]


@pytest.mark.parametrize("part", NOTE_PARTS)
def test_a_note_is_never_a_row_nor_glued(doc_reqs, part):
    res, _ = doc_reqs
    assert not any(part in r.text or part in r.object for r in res.requirements)


def test_note_on_its_own_line_closes_the_item_above_its_sub_items():
    text = ("一、重点任务\n（一）提升服务能力\n1.扩大托育供给。增加普惠托位。\n2.加强人员培训。开展保育员培训。\n"
            "（责任单位：市卫健委、市人社局）\n（二）完善支持政策。落实税费减免。（责任单位：市税务局）\n")
    by = {r.text: r for r in find_requirements(text)}
    for t in ("增加普惠托位", "开展保育员培训"):
        assert (by[t].lead, by[t].partners) == ("市卫健委", ("市人社局",))
    assert by["落实税费减免"].lead == "市税务局"


RUN_IN = ("一、重点任务\n（一）美化街道\n3.推进绿化品质提升。按照规划，落实各项要求。一是优化设计方案，做好审核。"
          "二是加大彩化树种种植比例。(牵头单位：县绿化局;配合单位：县交通局、各乡镇)\n（二）完善管理。加强养护。(牵头单位：县城管局)\n")


@pytest.mark.parametrize("text, lead, partners", [
    ("按照规划，落实各项要求", "县绿化局", ("县交通局", "各乡镇")),
    ("优化设计方案，做好审核", "县绿化局", ("县交通局", "各乡镇")),  # an item that is all its title
    ("加大彩化树种种植比例", "县绿化局", ("县交通局", "各乡镇")),
    ("加强养护", "县城管局", ()),
])
def test_note_ending_a_paragraph_closes_the_item_its_enumeration_runs_in(text, lead, partners):
    by = {r.text: r for r in find_requirements(RUN_IN)}
    assert (by[text].lead, by[text].partners) == (lead, partners)


def test_note_in_a_paragraph_without_items():
    text = "各区要摸清底数。市民政局要加强指导。（责任单位：市民政局、各区政府）\n各街道要做好宣传。\n"
    by = {r.text: r for r in find_requirements(text)}
    assert by["各区要摸清底数"].lead == "市民政局" and by["市民政局要加强指导"].lead == "市民政局"
    assert by["各街道要做好宣传"].lead == ""


def test_a_note_with_a_semicolon_does_not_split_into_rows():
    text = "一、任务\n（一）放宽准入。支持外资企业设立研发中心。（负责部门：省商务厅；适用范围：所有片区，以下同）\n"
    reqs = list(find_requirements(text))
    assert [r.text for r in reqs] == ["支持外资企业设立研发中心"]
    assert reqs[0].lead == "省商务厅"


def test_checklist_shows_lead_partners_and_deadline(doc_reqs):
    from pipeline.export import checklist as C

    res, by = doc_reqs
    text = C.details_text(by["加快实施老旧小区综合改造，完善配套设施"])
    assert "牵头单位：市住建局" in text and "责任单位：市财政局、各区政府" in text and "完成时限：2027年底前" in text


# --- offsets ------------------------------------------------------------------------------------
_PIECES = st.sampled_from(["（", "）", "(", ")", "牵头单位", "责任单位", "：", ":", "；", ";", "、", "，", "。", "市住建局",
                           "各区政府", "负责", "牵头", "配合", "指导", "等", "和各", "完成时限", "2026年底前", "长期坚持",
                           "以下均需", "落实", "不再列出", "\n", "要加强管理", "由", "会同"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_note_offsets_index_the_text(text):
    for n in find_notes(text, YEAR):
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start] in "（(以" and (text[n.end - 1] in "）)" or n.kind == "standing")
