"""Responsibility notes and clauses → the requirement columns lead, partners, supervisor and
deadline (pipeline/requirements/responsibility.py, models/responsibility.tsv).

Every sentence here is invented (澜江省, 梧川市 and their bodies)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import extract_text
from pipeline.requirements import find_requirements
from pipeline.requirements import responsibility as R
from pipeline.requirements.responsibility import clause_note, find_frames, find_notes, lexicon, normalize_deadline

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
    ("（责任部门：各街道；完成期限：2025年9月30日前）", "各街道", (), "", "2025-09-30"),  # other labels of a time limit
    ("（牵头部门：区数据局；时间安排：2026年上半年）", "区数据局", (), "", "2026-06-30"),
    ("（责任单位：区司法局；办结时限：2025年第三季度）", "区司法局", (), "", "2025-09-30"),
    ("（责任单位：区委宣传部；完成时限：每季度）", "区委宣传部", (), "", None),  # a frequency is no deadline
    ("（区交通委牵头，各街道配合，年底前完成）", "区交通委", ("各街道",), "", "2025-12-31"),
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


# (regs3) a law's provision: a topic that is only a noun phrase, then 由X负责 — no note; a task or a time before
# the role clause keeps it a note
ROLE_TOPICS = [
    ("第十四条 船舶污染事故的调查处理，由海事管理机构负责。", 0),
    ("第十五条　下列事项的审批，由区绿化部门负责。", 0),
    ("建立河长巡查联动机制，由区水务局牵头，区城管执法局配合。", 1),
    ("试点项目完成后，由区建管委负责。", 1),
]


@pytest.mark.parametrize("text, notes", ROLE_TOPICS)
def test_topic_before_a_role_clause(text, notes):
    assert len([n for n in find_notes(text, YEAR) if n.kind == "note"]) == notes


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
    # (frames3) 有关/相关 after a unit's ending go on with its name (国务院|有关部门), they are no verb
    ("省财政厅会同国务院有关部门审核清算经费", [0], "", "省财政厅", ("国务院有关部门",), "clause"),
    ("市科委会同市政府相关部门制定方案", [0], "", "市科委", ("市政府相关部门",), "clause"),
    ("县教育局牵头，县财政局、县人社局配合", [0, 7], "", "县教育局", ("县财政局", "县人社局"), "clause"),
    ("区卫健委要发挥牵头作用", [0], "区卫健委", "区卫健委", (), "clause"),
    ("区市场监管局负责日常检查", [0], "", "区市场监管局", (), "clause"),
]


@pytest.mark.parametrize("text, starts, actor, lead, partners, kind", CLAUSES)
def test_clause(text, starts, actor, lead, partners, kind):
    n = clause_note(text, 0, len(text), starts, actor)
    assert n is not None and (n.lead, n.partners, n.kind) == (lead, partners, kind)


NOT_CLAUSES = ["由政府主导向社会共治转变", "由于资金不足，进度较慢", "各单位主要负责人要亲自抓",
               "建立住建部门牵头的联席会议制度", "要协商解决重大问题",
               # (frames3) a party encouraged to lead its own act is no unit the item assigns
               "支持企业牵头组建产业技术联盟", "鼓励龙头企业牵头建设中试平台"]


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_no_clause(text):
    assert clause_note(text, 0, len(text), [0], "") is None


# --- deadlines ----------------------------------------------------------------------------------
DEADLINES = [
    ("2026年底前", None, "2026-12-31"), ("到2025年", None, "2025"), ("2021—2025年", None, "2021/2025"),
    ("2024年6月底前", None, "2024-06-30"), ("年底前", 2025, "2025-12-31"), ("3月底前", 2025, "2025-03-31"),
    ("六月底前", 2025, "2025-06-30"), ("长期坚持", 2025, "open"), ("持续推进", None, "open"), ("长期", None, "open"),
    ("年底前", None, "XXXX-12-31"), ("尽快", 2025, None), ("自2016年6月起", None, None),
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
    res = extract_text(DOC)
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
_PIECES = st.sampled_from(["（", "）", "(", ")", "牵头单位", "责任单位", "：", ":", "；", ";", "、", "，", "。",
                           "市住建局", "各区政府", "负责", "牵头", "配合", "指导", "等", "和各", "完成时限",
                           "2026年底前", "长期坚持", "以下均需", "落实", "不再列出", "\n", "要加强管理", "由", "会同"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_note_offsets_index_the_text(text):
    for n in find_notes(text, YEAR):
        assert 0 <= n.start < n.end <= len(text)
        line = lexicon().label_line.match(text, n.start)  # a note of labelled lines: the lines
        sentence = R._ROLE_SENTENCE.match(text, n.start)  # a sentence that only assigns: the sentence
        bracket = text[n.start] in "（(以【〔[" and (text[n.end - 1] in "）)】〕]" or n.kind == "standing")
        assert line or sentence or bracket


# --- clause leads that list units; parties after 由; the party told; co-operating partners -------
CLAUSES_2 = [
    # units responsible together: the first leads, the rest are partners
    ("梧川市发展改革委及市粮食局负责应急工作的综合协调", "", "梧川市发展改革委", ("市粮食局",), "clause"),
    ("市商务局及市交通局、市公安局按照各自职能分工，负责应急供应", "市商务局及市交通局、市公安局",
     "市商务局", ("市交通局", "市公安局"), "clause"),
    # two subjects of 会同 lead together
    ("市发展改革委及市粮食局会同市财政局提出动用方案", "", "市发展改革委、市粮食局", ("市财政局",), "clause"),
    ("由澜江区政府及其有关部门组织实施", "", "澜江区政府", ("有关部门",), "agent"),
    ("由市发展改革委及市粮食局会同市财政局提出方案", "", "市发展改革委、市粮食局", ("市财政局",), "agent"),
    # a name that is one unit stays whole
    ("文化和旅游部负责统筹推进", "", "文化和旅游部", (), "clause"),
    # parties after 由 that are no public body
    ("房租支出由签订合同的承租人扣除", "", "签订合同的承租人", (), "agent"),
    ("夫妻双方只能由一方申报扣除", "", "一方", (), "agent"),
    ("由其与兄弟姐妹分摊赡养费用", "", "其与兄弟姐妹", (), "agent"),
    ("由调入方负担运输费用", "", "调入方", (), "agent"),
    ("由分管副局长负责统筹", "", "分管副局长", (), "agent"),
    # a verb jieba reads as a noun
    ("下列项目的评估报告，由省海洋局核准", "", "省海洋局", (), "agent"),
    # the party told gets the task
    ("我已责成市民政局尽快提交方案", "", "市民政局", (), "agent"),
    ("要求区卫健委提早完成检讨", "", "区卫健委", (), "agent"),
    # 组织 lists the partners of the unit that leads
    ("由区人民政府组织规划资源、文物管理等部门和机构，编制保护方案", "", "区人民政府",
     ("规划资源", "文物管理"), "agent"),
    # a verb of sanction jieba tags as a noun (责令), as tag_overrides.tsv corrects it
    ("逾期未改正的，由市水务主管部门责令限期改正", "", "市水务主管部门", (), "agent"),
    # a relative clause naming the unit: the whole name, not the first unit inside it
    ("由省人民政府管理海洋工作的部门责令停止建设", "", "省人民政府管理海洋工作的部门", (), "agent"),
    ("由区人民政府组织有关部门编制方案", "", "区人民政府", (), "agent"),
    # A对B负责: the party answers for B and leads it (that requirement only)
    ("评估机构对出具的评估报告负责", "评估机构", "评估机构", (), "agent"),
    ("注册会计师对其审计的报表负责", "注册会计师", "注册会计师", (), "agent"),
]


@pytest.mark.parametrize("text, actor, lead, partners, kind", CLAUSES_2)
def test_clause_units(text, actor, lead, partners, kind):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c in "，,"]
    n = clause_note(text, 0, len(text), starts, actor)
    assert n is not None and (n.lead, n.partners, n.kind) == (lead, partners, kind)


COOP = [
    ("区医管局将增设病床，并与私营机构探讨合作模式", ("私营机构",)),
    ("有关政策局会与社福界和有关机构探讨可行方案", ("社福界", "有关机构")),
    ("我们会与各团体和各院校合作，增加实习机会", ("各团体", "各院校")),
    ("我们现正联同梧川市公积金管理局，减低行政成本", ("梧川市公积金管理局",)),
]


@pytest.mark.parametrize("text, partners", COOP)
def test_cooperating_partners_without_a_lead(text, partners):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c in "，,"]
    n = clause_note(text, 0, len(text), starts, "")
    assert n is not None and (n.lead, n.partners) == ("", partners)


NOT_CLAUSES_2 = [
    "由省政府审批的海洋工程",  # 由X审批的Y modifies a noun
    "区政府应当组织制定商业业态导则",  # 商 in 商业
    "按照保护规划的要求进行维护和修缮",  # 要求 a noun
    "资金由专项基金拨出",  # a fund is a source, not a party
    "由市场决定价格",
    "与主体工程同时设计、同时施工",  # 与 without a verb of co-operation
    "加强与周边城市的合作",
    "成立相应的应急指挥部，负责领导本区应急工作",  # the duty of the unit set up
]


@pytest.mark.parametrize("text", NOT_CLAUSES_2)
def test_no_clause_2(text):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c in "，,"]
    n = clause_note(text, 0, len(text), starts, "区政府" if text.startswith("成立") else "")
    assert n is None or not n.lead


def test_a_founded_unit_is_not_the_actor_but_the_actor_stays_lead_of_its_own_duty():
    text = "各街道、镇作为本辖区的责任主体，负责日常监管"
    n = clause_note(text, 0, len(text), [0, text.index("负责")], "各街道、镇")
    assert n is not None and n.lead == "各街道、镇"


# --- frames: 在X统一领导下 gives the supervisor to its sentence -----------------------------------
FRAMES = [
    ("在梧川市协同发展领导小组统筹指导下，市政府要切实履行主体责任；建立全域覆盖的管理体系。",
     "梧川市协同发展领导小组"),
    ("各成员单位在领导小组的统一领导下，做好协同保障工作。", "领导小组"),
    ("在市应急工作指挥部统一指挥协调下，由各区政府组织实施。", "市应急工作指挥部"),
]


@pytest.mark.parametrize("text, unit", FRAMES)
def test_frame_supervisor(text, unit):
    from pipeline.requirements.responsibility import find_frames

    got = find_frames("前文。" + text)
    assert [u for _, _, u in got] == [unit]
    lo, hi, _ = got[0]
    assert (lo, hi) == (3, 3 + len(text))


def test_frame_reaches_every_part_of_its_sentence_only():
    text = ("一、任务\n（一）规划实施。在澜江新区建设领导小组统筹指导下，市政府要履行主体责任；建立规划实施监督体系。"
            "各区要加强宣传。\n")
    by = {r.text.split("，")[-1]: r for r in find_requirements(text)}
    assert by["市政府要履行主体责任"].supervisor == "澜江新区建设领导小组"
    assert by["建立规划实施监督体系"].supervisor == "澜江新区建设领导小组"
    assert by["各区要加强宣传"].supervisor == ""


NOT_FRAMES = ["在党中央坚强领导下，我们取得了成绩。", "在各方共同努力下，项目如期完成。", "在专家指导下开展。"]


@pytest.mark.parametrize("text", NOT_FRAMES)
def test_no_frame(text):
    from pipeline.requirements.responsibility import find_frames

    assert find_frames(text) == []


# --- notes: run-in items and what follows the last note of an item ------------------------------
def test_note_ending_a_paragraph_of_run_in_items_closes_their_item():
    text = ("一、主要任务\n（一）优化生态空间\n一是完善绿地系统。要推进滨河绿道建设。二是建设示范区。要依托中央绿心，"
            "优化公共空间。(牵头单位:区绿化局、梧川新城公司;配合单位:区水务局、各街镇)\n"
            "（二）完善公园体系\n1.建设社区公园。要新建口袋公园10座。（牵头单位：区规划局）\n")
    by = {r.text: r for r in find_requirements(text)}
    for t in ("要推进滨河绿道建设", "要依托中央绿心，优化公共空间"):
        assert (by[t].lead, by[t].partners) == ("区绿化局、梧川新城公司", ("区水务局", "各街镇")), t
    assert by["要新建口袋公园10座"].lead == "区规划局"


def test_run_in_items_with_notes_of_their_own_keep_them():
    text = ("一、主要任务\n（一）优化生态空间\n一是完善绿地系统。推进滨河绿道建设。（责任单位：区绿化局）"
            "二是建设示范区。优化公共空间。（责任单位：区规划局）\n")
    by = {r.text: r for r in find_requirements(text)}
    assert by["推进滨河绿道建设"].lead == "区绿化局"
    assert by["优化公共空间"].lead == "区规划局"


def test_the_last_note_of_an_item_covers_a_table_after_it():
    text = ("一、重点任务\n（一）打造示范样板\n1.建设示范区。在重点区域加强海绵建设，示范区任务见表1。"
            "（责任单位：区建设委、区规划局，各街镇）\n表1 示范区任务表\n示范区\n建设目标\n梧川湖片区\n"
            "依托湖区生态优势，打造海绵示范会客厅。\n（二）提升管理能力\n加强项目立项管控。（责任单位：区发展改革委）\n")
    by = {r.text: r for r in find_requirements(text)}
    r = by["依托湖区生态优势，打造海绵示范会客厅"]
    assert (r.lead, r.partners) == ("区建设委", ("区规划局", "各街镇"))
    assert by["加强项目立项管控"].lead == "区发展改革委"


# --- deadlines ----------------------------------------------------------------------------------
DEADLINES_2 = [
    ("力争在“十四五”期间建成示范馆", 2023, True, "2021/2025"),
    ("到“十五五”末基本建成", 2026, True, "2030"),
    ("“十四五”时期文物工作的成绩", 2023, True, None),  # no preposition: a time described
    ("“十四五”时期", 2023, False, "2021/2025"),  # in a note any mention counts
    ("社会福利署将于今年9月推出试验计划", 2013, True, "2013-09-30"),
    ("劳工局将于今年第一季成立委员会", 2013, True, "2013-03-31"),
    ("我们决定于明年3月推出新措施", 2013, True, "2014-03-31"),
    ("今年9月已经推出", 2013, True, None),
]


@pytest.mark.parametrize("text, year, strict, expected", DEADLINES_2)
def test_normalize_deadline_periods_and_months(text, year, strict, expected):
    assert normalize_deadline(text, year, strict=strict) == expected


OPEN = [
    ("请各区持续推进示范区建设", 3, None, "open"),
    ("要持之以恒正风肃纪", 1, None, "open"),
    ("既有设施应结合大中修，持续推进海绵化改造", 6, 13, "open"),
    ("加快骨干工程建设，持续提升抗风险能力", 0, 0, None),  # a secondary clause
    ("推进长期护理保险制度", 0, 0, None),  # 长期 inside the object
]


@pytest.mark.parametrize("text, predicate, verb, expected", OPEN)
def test_open_where_it_governs_the_predicate(text, predicate, verb, expected):
    assert normalize_deadline(text, 2025, strict=True, predicate=predicate, verb=verb) == expected


def test_a_time_frame_opening_a_paragraph_holds_for_its_sentences():
    text = ("一、目标\n（一）主要目标\n到2027年，要基本建成城乡公园体系。各区要完善绿道网络。力争三到五年，"
            "形成长效机制。\n（二）重点任务\n完善公园管理制度。\n")
    by = {r.text.split("，")[-1]: r for r in find_requirements(text, doc_date="2025-03-01")}
    assert by["要基本建成城乡公园体系"].deadline == "2027"
    assert by["各区要完善绿道网络"].deadline == "2027"
    assert by["形成长效机制"].deadline is None  # a time of its own stops the frame
    assert by["完善公园管理制度"].deadline is None


# --- a sentence part that only names a unit as guiding: (text, guided part, unit) ---------------
GUIDES = [
    ("镇人民政府应当组织培训志愿讲解员；区文化旅游部门应当加强指导。", "镇人民政府应当组织培训志愿讲解员；",
     "区文化旅游部门"),
    ("由街道组织编制改造方案。区住房城乡建设管理部门应当对方案编制加强技术指导。", "由街道组织编制改造方案。",
     "区住房城乡建设管理部门"),
    ("各社区开展垃圾分类宣传；区绿化市容等部门做好业务指导。", "各社区开展垃圾分类宣传；", "区绿化市容等部门"),
    ("区教育局应当加强指导。", None, None),  # a paragraph's first part guides nothing before it
    ("各社区开展垃圾分类宣传；要加强指导。", None, None),  # no unit named
    ("各社区开展垃圾分类宣传；加强对居民的宣传指导和示范引领。", None, None),  # not only guidance
]


@pytest.mark.parametrize("text, guided, unit", GUIDES)
def test_guide_clause_names_the_supervisor_of_the_part_before(text, guided, unit):
    frames = find_frames(text)
    if guided is None:
        assert frames == []
    else:
        assert [(text[a:b], u) for a, b, u in frames] == [(guided, unit)]


def test_answerable_party_is_not_carried_on():
    text = "一、总则\n评估机构对出具的评估报告负责。造成损失的，要依法追究相关人员责任。\n"
    reqs = list(find_requirements(text, doc_date="2025-01-01"))
    assert [r.lead for r in reqs][:2] == ["评估机构", ""]


def test_guide_clause_gives_the_requirement_its_supervisor():
    text = "第五条　镇人民政府应当组织培训志愿讲解员；区文化旅游部门应当加强指导。\n"
    reqs = list(find_requirements(text, doc_date="2025-01-01"))
    assert reqs[0].supervisor == "区文化旅游部门"


# --- the genre's forms of a note, one invented item each (resp4) ---------------------------------------------------
# (form, the item's body after its heading, lead, partners, supervisor, deadline): every requirement of the item reads
# these values, keeps its text, and no note becomes a row or part of one; the next item takes nothing from it.
S = "加快推进老旧小区改造，完善配套设施。"
FORMS = [
    ("label 牵头单位/责任单位/完成时限",
     S + "（牵头单位：市住建委；责任单位：市财政局、各区政府；完成时限：2026年底前）",
     "市住建委", ("市财政局", "各区政府"), "", "2026-12-31"),
    ("label 牵头部门/配合部门", S + "（牵头部门：区建管委；配合部门：区财政局）", "区建管委", ("区财政局",), "", None),
    ("label 责任单位 list", S + "（责任单位：区建管委、区房管局）", "区建管委", ("区房管局",), "", None),
    ("label 责任部门 one", S + "（责任部门：区房管局）", "区房管局", (), "", None),
    ("label 协办单位", S + "（牵头单位：市住建委；协办单位：市规划资源局）", "市住建委", ("市规划资源局",), "", None),
    ("label 参与单位", S + "（牵头单位：市住建委；参与单位：市消防救援总队、市电力公司）", "市住建委",
     ("市消防救援总队", "市电力公司"), "", None),
    ("label 主责部门/协同部门", S + "（主责部门：市住建委；协同部门：市民政局）", "市住建委", ("市民政局",), "", None),
    ("label 责任主体", S + "（责任主体：各区政府）", "各区政府", (), "", None),
    ("label 实施主体", S + "（实施主体：各区政府、市城投公司）", "各区政府", ("市城投公司",), "", None),
    ("label 主办单位", S + "（主办单位：市住建委；协办单位：市财政局）", "市住建委", ("市财政局",), "", None),
    ("label 责任领导 (a person: no unit)", S + "（责任领导：分管副市长；责任单位：市住建委）",
     "市住建委", (), "", None),
    ("label 牵头领导 + 牵头单位", S + "（牵头领导：王副区长；牵头单位：区建管委；配合单位：各街道）", "区建管委",
     ("各街道",), "", None),
    ("label half-width :;", S + "(牵头单位:市住建委;责任单位:市财政局,各区政府)", "市住建委", ("市财政局", "各区政府"),
     "", None),
    ("label with space, no separator", S + "（牵头单位：市住建委 配合单位：市财政局 完成时限：2025年底前）", "市住建委",
     ("市财政局",), "", "2025-12-31"),
    ("label no colon, space", S + "（牵头单位 市住建委；配合单位 市财政局）", "市住建委", ("市财政局",), "", None),
    ("label short 牵头：/配合：", S + "（牵头：市住建委；配合：市财政局、市民政局）",
     "市住建委", ("市财政局", "市民政局"),
     "", None),
    ("label 完成时间 month", S + "（责任单位：市住建委；完成时间：2025年12月）", "市住建委", (), "", "2025-12-31"),
    ("label 时间节点", S + "（责任单位：市住建委；时间节点：2026年6月底前）", "市住建委", (), "", "2026-06-30"),
    ("label 进度安排", S + "（责任单位：市住建委；进度安排：2025年底前）", "市住建委", (), "", "2025-12-31"),
    ("label deadline first", S + "（完成时限：2025年9月底前；责任单位：区建管委）", "区建管委", (), "", "2025-09-30"),
    ("label 完成时限 长期坚持", S + "（牵头单位：市住建委；完成时限：长期坚持）", "市住建委", (), "", "open"),
    ("label 完成时限 持续推进", S + "（责任单位：市住建委；完成时限：持续推进）", "市住建委", (), "", "open"),
    ("label 。between fields", S + "（牵头单位：市住建委。完成时限：2025年底前）", "市住建委", (), "", "2025-12-31"),
    ("label unit（牵头） inside list", S + "（责任单位：市住建委（牵头）、市财政局、各区政府）", "市住建委",
     ("市财政局", "各区政府"), "", None),
    ("label 指导单位", S + "（指导单位：市住建委；责任单位：各区政府）", "各区政府", (), "市住建委", None),
    ("label ★ mark", S + "（★牵头单位：市住建委；责任单位：各区政府）", "市住建委", ("各区政府",), "", None),
    ("verb X牵头，Y、Z配合", S + "（市住建委牵头，市财政局、各区政府配合）",
     "市住建委", ("市财政局", "各区政府"), "", None),
    ("verb X负责", S + "（各区政府负责）", "各区政府", (), "", None),
    ("verb X、Y按职责分工负责", S + "（市住建委、市财政局按职责分工负责）", "市住建委", ("市财政局",), "", None),
    ("verb X会同Y负责", S + "（市住建委会同市财政局负责）", "市住建委", ("市财政局",), "", None),
    ("verb X牵头，各区政府落实", S + "（市住建委牵头，各区政府落实）", "市住建委", ("各区政府",), "", None),
    ("verb 各区、各有关部门按职责负责", S + "（各区政府、各有关部门按职责负责）",
     "各区政府", ("各有关部门",), "", None),
    ("verb 由X牵头负责", S + "（由市住建委牵头负责）", "市住建委", (), "", None),
    ("verb X牵头负责，Y协助", S + "（市住建委牵头负责，市财政局协助）", "市住建委", ("市财政局",), "", None),
    ("verb X统筹，Y落实", S + "（市住建委统筹，各区政府落实）", "市住建委", ("各区政府",), "", None),
    ("verb X、Y分别负责", S + "（市住建委、市水务局分别负责）", "市住建委", ("市水务局",), "", None),
    ("verb X指导，Y负责", S + "（市住建委指导，各区政府负责）", "各区政府", (), "市住建委", None),
    ("verb X牵头，Y配合；deadline", S + "（市住建委牵头，市财政局配合；2025年底前完成）", "市住建委", ("市财政局",), "",
     "2025-12-31"),
    ("verb X牵头；长期坚持", S + "（市住建委牵头，市财政局配合；长期坚持）", "市住建委", ("市财政局",), "", "open"),
    ("verb units joined by 及", S + "（市教委及各区政府负责）", "市教委", ("各区政府",), "", None),
    ("verb units joined by 和", S + "（市民政局和市财政局负责）", "市民政局", ("市财政局",), "", None),
    ("verb 文化和旅游 kept whole", S + "（市文化和旅游局负责）", "市文化和旅游局", (), "", None),
    ("verb units with 等", S + "（市住建委、市财政局等部门按职责分工负责）", "市住建委", ("市财政局",), "", None),
    ("bare unit list at the end", S + "（市住建委、市财政局）", "市住建委", ("市财政局",), "", None),
    ("bare one unit at the end", S + "（区建管委）", "区建管委", (), "", None),
    ("note before the 。", S[:-1] + "（责任单位：市住建委）。", "市住建委", (), "", None),
    ("label after the sentence, no bracket", S + "责任单位：市住建委、市财政局。", "市住建委", ("市财政局",), "", None),
    ("label after the sentence, two fields", S + "牵头单位：市住建委。完成时限：2025年底前。", "市住建委", (), "",
     "2025-12-31"),
    ("unit with its other name in brackets", S + "（责任单位：市委网信办（市互联网信息办公室）、市公安局）",
     "市委网信办",
     ("市公安局",), "", None),
    ("list closed by 等市相关部门", S + "（责任单位：市发展改革委、市经济信息化委等市相关部门，各区政府）",
     "市发展改革委",
     ("市经济信息化委", "各区政府"), "", None),
    ("各街道、镇 one group", S + "(责任单位：区建管委、区房管局，各街道、镇)",
     "区建管委", ("区房管局", "各街道、镇"), "", None),
    ("X为责任主体，Y指导", S + "（各区政府为责任主体，市住建委指导）", "各区政府", (), "市住建委", None),
    ("units glued where spaces stood", S + "（责任单位：市发展改革委 市财政局 各区政府）", "市发展改革委",
     ("市财政局", "各区政府"), "", None),
    ("bare unit；time", S + "（区发展改革委；2025年底前）", "区发展改革委", (), "", "2025-12-31"),
    ("label 主要责任单位/次要责任单位/督办单位",
     S + "（主要责任单位：市住建委；次要责任单位：市财政局；督办单位：市政府办公厅）",
     "市住建委", ("市财政局",), "市政府办公厅", None),
    ("verb 按职责分工推进", S + "（市住建委、市规划资源局、各区政府等按职责分工推进）", "市住建委",
     ("市规划资源局", "各区政府"), "", None),
    ("bare list closed by 等部门", S + "（市住建委、市财政局等部门）", "市住建委", ("市财政局",), "", None),
    ("verb 各区按职责落实", S + "（各区按职责落实）", "各区", (), "", None),
    ("note in 【】", S + "【牵头单位：市住建委；配合单位：市财政局】", "市住建委", ("市财政局",), "", None),
    ("note in 〔〕", S + "〔责任单位：市住建委〕", "市住建委", (), "", None),
    ("note on its own line", S + "\n（牵头单位：市住建委；配合单位：各区政府）", "市住建委", ("各区政府",), "", None),
    ("unbracketed label line", S + "\n牵头单位：市住建委；责任单位：各区政府；完成时限：2025年底前", "市住建委",
     ("各区政府",), "", "2025-12-31"),
    ("unbracketed label lines, one a field", S + "\n牵头单位：市住建委\n配合单位：市财政局、各区政府\n完成时限：2026年",
     "市住建委", ("市财政局", "各区政府"), "", "2026"),
    ("责任分工 label line", S + "\n责任分工：市住建委牵头，各区政府配合。", "市住建委", ("各区政府",), "", None),
    ("责任分工 label in bracket", S + "（责任分工：市住建委牵头，各区政府配合）", "市住建委", ("各区政府",), "", None),
    ("clauses that end the sentence 由X牵头，Y配合",
     "加快推进老旧小区改造，由市住房城乡建设管理委牵头，市规划资源局、市数据局等部门配合。",
     "市住房城乡建设管理委", ("市规划资源局", "市数据局"), "", None),
    ("clause 由X牵头，会同Y (a long name)",
     "由市住房城乡建设管理委牵头，会同市规划资源局等部门，加快推进老旧小区改造。",
     "市住房城乡建设管理委", ("市规划资源局",), "", None),
    ("clauses X牵头，Y、Z配合，… (split in two rows: both read it)",
     "市住建委牵头，市财政局、市民政局配合，加快推进老旧小区改造。", "市住建委", ("市财政局", "市民政局"), "", None),
    ("clauses 由X牵头，Y要积极配合，…",
     "由市住建委牵头，市财政局要积极配合，加快推进老旧小区改造。", "市住建委", ("市财政局",), "", None),
    ("clause X要会同各区 (a party without a body's ending)", "市城运中心要会同各区加快推进老旧小区改造。", "市城运中心",
     ("各区",), "", None),
    ("clause 由X负责 in body", "由市住建委负责加快推进老旧小区改造。", "市住建委", (), "", None),
    ("clause X会同Y in body", "市住建委要会同市财政局加快推进老旧小区改造。", "市住建委", ("市财政局",), "", None),
]

# more of the genre's forms, written after the first fixes
FORMS += [
    ("label value with verbs", S + "（责任单位：市住建委牵头，市规划资源局、市经济信息化委等按职责分工负责）",
     "市住建委",
     ("市规划资源局", "市经济信息化委"), "", None),
    ("label value lead+配合", S + "（责任单位：市住建委牵头，各区政府配合）", "市住建委", ("各区政府",), "", None),
    ("label 责任处室", S + "（牵头处室：规划处；配合处室：财务处、法规处）", "规划处", ("财务处", "法规处"), "", None),
    ("verb 牵头推进", S + "（市住建委牵头推进，各区政府配合）", "市住建委", ("各区政府",), "", None),
    ("verb 负责组织实施", S + "（各区政府负责组织实施）", "各区政府", (), "", None),
    ("bare unit + time", S + "（区发展改革委，2025年6月底前）", "区发展改革委", (), "", "2025-06-30"),
    ("bare units + time", S + "（区建管委、区房管局，2025年底前完成）", "区建管委", ("区房管局",), "", "2025-12-31"),
    ("sentence 由X牵头，Y配合 after the item", S + "由市住建委牵头，市财政局、各区政府配合。", "市住建委",
     ("市财政局", "各区政府"), "", None),
    ("verb X负责，Y指导", S + "（各区政府负责，市住建委指导）", "各区政府", (), "市住建委", None),
    ("deadline range", S + "（责任单位：市住建委；完成时限：2025—2027年）", "市住建委", (), "", "2025/2027"),
    ("deadline 每年 + 年底前", S + "（责任单位：市住建委；完成时限：2025年12月31日前）",
     "市住建委", (), "", "2025-12-31"),
    ("label 牵头单位 several, 责任单位 more", S + "（牵头单位：市住建委、市发展改革委；责任单位：各区政府）",
     "市住建委、市发展改革委", ("各区政府",), "", None),
    ("label 配合 with 等相关部门", S + "（牵头单位：市住建委；配合单位：市财政局等相关部门）",
     "市住建委", ("市财政局",), "", None),
    ("label 责任单位 with 各区人民政府", S + "（责任单位：各区人民政府，市有关部门）",
     "各区人民政府", ("市有关部门",), "", None),
    ("verb 会同 in label value", S + "（责任单位：市住建委会同市财政局）", "市住建委", ("市财政局",), "", None),
    ("note with 下同 aside", S + "（市住建委牵头，市财政局配合，下同）", "市住建委", ("市财政局",), "", None),
    ("note with 列第一位 aside", S + "（市住建委、市财政局负责，列第一位者为牵头单位）",
     "市住建委", ("市财政局",), "", None),
    ("half-width brackets verb", S + "(市住建委牵头,市财政局配合)", "市住建委", ("市财政局",), "", None),
    ("label 协同 in list with 、和", S + "（牵头单位：市住建委；协同单位：市财政局和市民政局）", "市住建委",
     ("市财政局", "市民政局"), "", None),
    ("label line with ★", S + "\n★牵头单位：市住建委；配合单位：各区政府", "市住建委", ("各区政府",), "", None),
]
# written after the rules, as a held-out check (11 of 12; the twelfth, 各区政府负责组织实施。 after the item, stays a
# requirement of its own)
FORMS += [
    ("label 责任单位 with 牵头 after name, no bracket", S + "（责任单位：区建管委牵头，区房管局、各街镇参与）",
     "区建管委", ("区房管局", "各街镇"), "", None),
    ("label 完成时限 2025年6月30日", S + "（牵头单位：区建管委；完成时限：2025年6月30日前）",
     "区建管委", (), "", "2025-06-30"),
    ("verb 牵头组织", S + "（区建管委牵头组织，区房管局配合）", "区建管委", ("区房管局",), "", None),
    ("half-width label, ASCII comma", S + "(责任单位:区建管委,区房管局;完成时限:2025年底前)",
     "区建管委", ("区房管局",), "", "2025-12-31"),
    ("label 配合单位 before 牵头单位", S + "（配合单位：区房管局；牵头单位：区建管委）",
     "区建管委", ("区房管局",), "", None),
    ("two labels on two lines", S + "\n责任单位：区建管委、区房管局\n完成时间：2026年底前",
     "区建管委", ("区房管局",), "", "2026-12-31"),
    ("note with 各街镇 only", S + "（各街镇负责）", "各街镇", (), "", None),
    ("verb 指导 + label", S + "（指导单位：市住建委；实施单位：各区政府）", "各区政府", (), "市住建委", None),
    ("label 责任部门 with 区属各部门", S + "（责任部门：区发展改革委、区属各相关部门）",
     "区发展改革委", ("区属各相关部门",), "", None),
    ("note 【责任单位】 label in lenticular", S + "【责任单位】区建管委、区房管局",
     "区建管委", ("区房管局",), "", None),
    ("label ：value with 等有关单位", S + "（牵头单位：区建管委；配合单位：区财政局等有关单位）",
     "区建管委", ("区财政局",), "", None),
]

FORM_HEAD = "梧川市2025年城市更新重点任务实施方案\n一、重点任务\n（一）推进老旧小区改造\n"
FORM_TAIL = "\n（二）强化宣传引导\n各街道要加强政策宣传。\n"
_PENDING: set[str] = set()  # forms not read yet
_NOTE_BITS = ("单位：", "单位:", "时限", "牵头", "配合", "负责）", "（", "）", "(", ")", "分工", "【", "〔")


@pytest.mark.parametrize("form, body, lead, partners, supervisor, deadline", FORMS, ids=[f[0] for f in FORMS])
def test_genre_note_forms(form, body, lead, partners, supervisor, deadline):
    if form in _PENDING:
        pytest.xfail("not read yet")
    res = extract_text(FORM_HEAD + body + FORM_TAIL)
    mine = [r for r in res.requirements if "宣传" not in r.text]
    assert mine and "加快推进老旧小区改造" in "".join(r.text for r in mine)
    assert [(r.lead, tuple(r.partners), r.supervisor, r.deadline) for r in mine] == \
        [(lead, partners, supervisor, deadline)] * len(mine)
    assert not any(b in r.text or b in r.object for r in mine for b in _NOTE_BITS if b not in body.split("（")[0])
    assert [r.lead for r in res.requirements if "宣传" in r.text] == [""]


# a bracket of units that glosses or shortens a name, or lists examples, is no note (bare lists: resp4)
NOT_BARE = ["依托区城市运行管理中心（区城运中心）。", "鼓励社会力量参与（企业、社会组织等）。",
            "加强与相关单位（市住建委、市财政局）的协调。", "做好服务保障（全部）。",
            "会议结束。（李委员拖着文件离开了会议厅）\n", "推动企业（集团）改革。\n"]


@pytest.mark.parametrize("text", NOT_BARE)
def test_bare_bracket_of_units_that_is_no_note(text):
    assert [n for n in find_notes("各区要加快推进改造工作。" + text, YEAR) if n.kind == "note"] == []


def test_label_lines_after_an_item_are_one_note_and_never_rows():
    text = ("一、重点任务\n（一）推进改造。加快推进老旧小区改造。\n牵头单位：市住建委\n配合单位：市财政局、各区政府\n"
            "完成时限：2026年6月底前\n（二）强化宣传。各街道要加强政策宣传。\n")
    reqs = list(find_requirements(text))
    assert [r.text for r in reqs] == ["加快推进老旧小区改造", "各街道要加强政策宣传"]
    assert (reqs[0].lead, reqs[0].partners, reqs[0].deadline) == ("市住建委", ("市财政局", "各区政府"), "2026-06-30")
    assert reqs[1].lead == ""


def test_standing_clause_in_running_text_assigns_later_items_and_is_no_row():
    text = ("梧川市2025年重点工作任务\n一、重点任务\n以下各项任务均由各区政府负责落实，不再列出。\n"
            "（一）加快推进老旧小区改造。\n（二）完善社区养老服务设施。（市民政局牵头）\n")
    reqs = list(find_requirements(text))
    assert [(r.text, r.lead, r.partners) for r in reqs] == [
        ("加快推进老旧小区改造", "各区政府", ()), ("完善社区养老服务设施", "市民政局", ("各区政府",))]


def test_tab_separated_task_table_gives_each_row_its_units_and_time_limit():
    text = ("梧川市2025年重点工作任务分解表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t加快推进老旧小区改造\t市住建委\t市财政局、各区政府\t2025年底前\n"
            "2\t完善社区养老服务设施\t市民政局\t市卫健委\t2026年6月底前\n")
    got = [(r.text, r.lead, r.partners, r.deadline) for r in extract_text(text).requirements]
    assert got == [("加快推进老旧小区改造", "市住建委", ("市财政局", "各区政府"), "2025-12-31"),
                   ("完善社区养老服务设施", "市民政局", ("市卫健委",), "2026-06-30")]


NOT_ROLE_SENTENCES = ["行业协会要积极配合政府，做好服务。",
                      "具体办法由市人民政府负责。", "牵头单位负责。", "推动改革发展政策和部署落实。",
                      "党委统一领导、政府负责、社会协同、公众参与。", "各地区各部门要各负其责、密切配合。",
                      "企业负责人要亲自抓。", "商界参与。", "这项工作由来已久，各方负责。"]


@pytest.mark.parametrize("text", NOT_ROLE_SENTENCES)
def test_sentence_that_is_no_note_without_brackets(text):
    assert [n for n in find_notes("各区要加快推进改造工作。" + text + "\n", YEAR) if n.kind == "note"] == []


def test_a_sub_items_note_takes_what_it_leaves_empty_from_its_items_note():
    text = ("梧川市实施方案\n一、重点任务\n（一）推进老旧小区改造（责任单位：市住建委）\n1.加快推进老旧小区改造。\n"
            "2.完善配套设施。（配合单位：市民政局）\n3.加强日常养护。建立巡查制度。（2025年底前完成）\n"
            "（二）强化宣传\n各街道要加强宣传。\n")
    got = [(r.text, r.lead, r.partners, r.deadline) for r in extract_text(text).requirements]
    assert got == [("加快推进老旧小区改造", "市住建委", (), None), ("完善配套设施", "市住建委", ("市民政局",), None),
                   ("建立巡查制度", "市住建委", (), "2025-12-31"), ("各街道要加强宣传", "", (), None)]


# a bracket that only says by when closes its sentence as a note; a year or a period alone is none
TIME_NOTES = [("加快推进（2025年底前完成）。", "2025-12-31"), ("加快推进（6月底前）。", "2025-06-30"),
              ("加快推进（到2026年）。", "2026"), ("加快推进（长期坚持）。", "open"),
              ("加快推进（责任单位：市住建委；完成时限：常态化推进）。", "open"),
              ("编制规划（2021-2035年）。", None), ("发布实施（2025年）。", None),
              ("于2024年启动（2024年6月）。", None)]


@pytest.mark.parametrize("text, deadline", TIME_NOTES)
def test_a_bracket_of_only_a_time_limit(text, deadline):
    notes = [n for n in find_notes(text, YEAR) if n.kind == "note"]
    assert [n.deadline for n in notes] == ([deadline] if deadline else [])


def test_a_table_cell_of_only_a_year_is_the_time_limit():
    text = ("附件\n任务分工表\n序号\t任务\t牵头部门\t参与部门\t时间节点\n"
            "1\t加快推进老旧小区改造\t区建管委\t区财政局\t2025年\n2\t建设社区养老服务设施\t区民政局\t区卫健委\t持续推进\n")
    got = [(r.text, r.lead, r.partners, r.deadline) for r in extract_text(text).requirements]
    assert got == [("加快推进老旧小区改造", "区建管委", ("区财政局",), "2025"),
                   ("建设社区养老服务设施", "区民政局", ("区卫健委",), "open")]


# names glued together are cut only after a body's ending before a level that opens a name
UNGLUED = [("市发展改革委市财政局", ["市发展改革委", "市财政局"]), ("市财政局各区政府", ["市财政局", "各区政府"]),
           ("区委办区府办", ["区委办", "区府办"]), ("国家发展改革委市场司", ["国家发展改革委市场司"]),
           ("市住房城乡建设管理委员会", ["市住房城乡建设管理委员会"]), ("市委宣传部", ["市委宣传部"])]


@pytest.mark.parametrize("name, units", UNGLUED)
def test_unglue_names(name, units):
    assert R._unglue(name) == units


# 工作要点: a bare note closing each clause of a semicolon list, or each sentence; labelled fields after a comma
POINTS = [
    ("加强基层医疗服务能力建设（区卫健委）；推进养老服务体系建设（区民政局）。", [("区卫健委", ()), ("区民政局", ())]),
    ("加强基层医疗服务能力建设（区卫健委、区医保局）。推进养老服务体系建设（区民政局）。",
     [("区卫健委", ("区医保局",)), ("区民政局", ())]),
    ("加强基层医疗服务能力建设，责任单位：区卫健委；推进养老服务体系建设，责任单位：区民政局。",
     [("区卫健委", ()), ("区民政局", ())]),
]


@pytest.mark.parametrize("body, roles", POINTS)
def test_notes_closing_clauses_of_a_paragraph(body, roles):
    res = extract_text("梧川市2025年工作要点\n一、重点工作\n（一）民生保障\n" + body + "\n")
    assert [r.text for r in res.requirements] == ["加强基层医疗服务能力建设", "推进养老服务体系建设"]
    assert [(r.lead, r.partners) for r in res.requirements] == roles


# --- built once (speed5): the verb roles of a note, the same answers as the lexicon's pairs -------------
# (verb, role): _verb_roles is ``lexicon().verbs`` as a read-only dict, built once per process
@pytest.mark.parametrize("verb, role", [("为牵头单位", "lead"), ("按职责分工负责", "joint"), ("为责任单位", "joint")])
def test_verb_roles_are_the_lexicons_pairs(verb, role):
    roles = R._verb_roles()
    assert roles[verb] == role == dict(lexicon().verbs)[verb]
    assert R._verb_roles() is roles
    with pytest.raises(TypeError):
        roles[verb] = "lead"  # shared by every requirement: nobody may change it


# (longer, shorter): the first-person speakers of a provision, longest first (我们已预留… is 我们's, not 我's)
@pytest.mark.parametrize("longer, shorter", [("我们", "我")])
def test_speakers_longest_first(longer, shorter):
    from pipeline.requirements import _speakers

    assert _speakers().index(longer) < _speakers().index(shorter)
