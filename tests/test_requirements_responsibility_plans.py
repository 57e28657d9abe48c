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


# --- notes that cover the items above them: 以上任务责任单位：…, a note on its own line, in brackets ---------
SCOPED = """梧桐区老旧小区改造三年行动计划（2026—2028年）
一、主要任务
（一）完善小区基础设施
1.改造供水、排水、供电等管线，消除安全隐患。
2.推进加装电梯，完善无障碍设施。
以上任务责任单位：区住房保障局、区建设管理委，各街道办事处
（二）提升小区服务功能
1.配建养老托育、便民商业等服务设施。
2.推进智慧安防小区建设。
（上述任务牵头单位：区民政局；配合单位：区商务委、区公安分局；完成时限：2027年底前）
（三）健全长效管理机制
推动成立业主委员会，引入专业化物业服务。（区房管局牵头；区司法局、各街道办事处配合）
（四）加强宣传引导
开展老旧小区改造政策宣传。
"""

SCOPED_ROWS = [
    ("改造供水", "区住房保障局", ("区建设管理委", "各街道办事处"), None),
    ("推进加装电梯", "区住房保障局", ("区建设管理委", "各街道办事处"), None),
    ("配建养老托育", "区民政局", ("区商务委", "区公安分局"), "2027-12-31"),
    ("推进智慧安防", "区民政局", ("区商务委", "区公安分局"), "2027-12-31"),
    ("推动成立业主委员会", "区房管局", ("区司法局", "各街道办事处"), None),
    ("开展老旧小区改造政策宣传", "", (), None),  # a note gives its units to its own item and no further
]


@pytest.fixture(scope="module")
def scoped_reqs():
    return _rows(SCOPED)


@pytest.mark.parametrize("text, lead, partners, deadline", SCOPED_ROWS)
def test_a_note_covers_the_tasks_above_it(scoped_reqs, text, lead, partners, deadline):
    got = [(r.lead, r.partners, r.deadline) for r in scoped_reqs if r.text.startswith(text)]
    assert got == [(lead, partners, deadline)]


@pytest.mark.parametrize("part", ["以上任务", "责任单位", "上述任务", "牵头单位", "完成时限"])
def test_a_scoped_note_is_no_row(scoped_reqs, part):
    assert not [r.text for r in scoped_reqs if part in r.text]


# --- a remark in brackets that names who does what under a condition is no note ---------------------------
REMARKS = [
    ("（职业学校内由区教育局负责）", None),
    ("（山区县内由县林业局负责）", None),
    ("（由区卫健委牵头负责）", [("lead", "区卫健委")]),
    ("（澄州自由贸易片区管委会负责）", [("joint", "澄州自由贸易片区管委会")]),
    ("（区商务委牵头，由各街道负责落实）", [("lead", "区商务委"), ("joint", "各街道")]),
]


@pytest.mark.parametrize("bracket, pairs", REMARKS)
def test_a_condition_before_the_agent_makes_no_note(bracket, pairs):
    from pipeline.requirements.responsibility import parse_note
    got = parse_note(bracket[1:-1])
    assert (got[0] if got else None) == pairs


# --- a work plan (工作要点): notes of many forms, units joined by 、，和及 --------------------------------------
POINTS = """澄州市数字政府建设2026年工作要点
一、夯实数字基础设施
1.推进政务云平台扩容，提升算力保障水平。(市数据局牵头,市发展改革委、市财政局配合,2026年底前完成)
2.推进电子证照全面应用，实现高频证照免提交。（责任单位：各区、各有关部门）
3.推进公共数据开放，编制开放目录。（各区人民政府，市有关部门按职责分工负责）
二、提升政务服务效能
4.深化“一网通办”改革，推动更多事项全程网办。
（主责单位：市政务服务中心；协办单位：市公安局、市人社局；完成时间：2026年9月底前）
5.优化企业开办服务，压缩办理时间。（市市场监管局、市税务局及各区政府按职责负责）
6.加强12345热线建设，提高诉求办理质量。（责任领导：分管副秘书长；责任单位：市政务服务中心）
三、加强数字安全保障
7.健全网络安全监测预警机制，开展攻防演练。（市委网信办指导，市公安局牵头，市数据局参与）
8.落实数据分级分类保护制度。（责任单位：市委网信办、市数据局等相关部门；完成时限：长期坚持）
9.推进密码应用安全评估。（市密码管理局牵头，市数据局，各区政府配合）
"""

POINTS_ROWS = [
    ("推进政务云平台扩容", "市数据局", ("市发展改革委", "市财政局"), "", "2026-12-31"),
    ("推进电子证照全面应用", "各区", ("各有关部门",), "", None),
    ("推进公共数据开放", "各区人民政府", ("市有关部门",), "", None),  # units joined by ，before the verb
    ("深化“一网通办”改革", "市政务服务中心", ("市公安局", "市人社局"), "", "2026-09-30"),  # a note on its own line
    ("优化企业开办服务", "市市场监管局", ("市税务局", "各区政府"), "", None),
    ("加强12345热线建设", "市政务服务中心", (), "", None),  # 责任领导 names a person, no unit
    ("健全网络安全监测预警机制", "市公安局", ("市数据局",), "市委网信办", None),
    ("落实数据分级分类保护制度", "市委网信办", ("市数据局",), "", "open"),
    ("推进密码应用安全评估", "市密码管理局", ("市数据局", "各区政府"), "", None),
]


@pytest.fixture(scope="module")
def points_reqs():
    return _rows(POINTS)


@pytest.mark.parametrize("text, lead, partners, supervisor, deadline", POINTS_ROWS)
def test_work_plan_notes(points_reqs, text, lead, partners, supervisor, deadline):
    got = [(r.lead, r.partners, r.supervisor, r.deadline) for r in points_reqs if r.text.startswith(text)]
    assert got == [(lead, partners, supervisor, deadline)]


# --- an implementation plan (实施方案): labels without brackets, 【】 labels, notes wrapped over lines ------
COUNTY = """青岚县农村人居环境整治提升实施方案
一、重点任务
（一）推进厕所革命。加快改造农村户用厕所，完善粪污收集设施。（牵头单位：县农业农村局 配合单位：县卫健局、县环境分局）
（二）治理农村生活污水。因地制宜建设污水处理设施，加强设施运行维护。
【责任单位】县生态环境分局、县住建局、各乡镇人民政府
（三）提升村容村貌。开展村庄清洁行动，整治私搭乱建。
责任单位：县住建局，各乡镇人民政府
（四）健全长效管护机制。建立村庄保洁制度，落实管护经费。（县财政局牵头，县农业农村局、县住建局按职责分工负责）
（五）加大资金投入。统筹整合涉农资金，支持农村人居环境整治。（各乡镇人民政府、县直各有关部门按职责分工负责）
（六）推进农业废弃物利用。推广秸秆还田，建设畜禽粪污收集点。（牵头单位：县农业农村局；
配合单位：县发展改革局、县财政局；完成时限：2027年6月底前）
（七）开展美丽庭院创建。组织评选美丽庭院示范户。（牵头单位：县妇联、
县委宣传部）
二、保障措施
加强组织领导，建立县级领导联系乡镇制度。
"""

COUNTY_ROWS = [
    ("加快改造农村户用厕所", "县农业农村局", ("县卫健局", "县环境分局"), None),
    ("因地制宜建设污水处理设施", "县生态环境分局", ("县住建局", "各乡镇人民政府"), None),
    ("开展村庄清洁行动", "县住建局", ("各乡镇人民政府",), None),
    ("建立村庄保洁制度", "县财政局", ("县农业农村局", "县住建局"), None),
    ("统筹整合涉农资金", "各乡镇人民政府", ("县直各有关部门",), None),
    ("推广秸秆还田", "县农业农村局", ("县发展改革局", "县财政局"), "2027-06-30"),  # a note wrapped at its ；
    ("组织评选美丽庭院示范户", "县妇联、县委宣传部", (), None),  # wrapped after 、
    ("加强组织领导", "", (), None),
]


@pytest.fixture(scope="module")
def county_reqs():
    return _rows(COUNTY)


@pytest.mark.parametrize("text, lead, partners, deadline", COUNTY_ROWS)
def test_implementation_plan_notes(county_reqs, text, lead, partners, deadline):
    got = [(r.lead, r.partners, r.deadline) for r in county_reqs if r.text.startswith(text)]
    assert got == [(lead, partners, deadline)]


@pytest.mark.parametrize("part", ["配合单位", "县发展改革局", "县委宣传部）", "完成时限"])
def test_a_wrapped_note_is_no_row(county_reqs, part):
    assert not [r.text for r in county_reqs if part in r.text]


# --- a unit's own bracket: a short variant of its name stays (各乡镇（街道）, 市X委（局）), another name goes ---
ALIASES = [
    ("（责任单位：各乡镇（街道）、县民政局）", "各乡镇（街道）", ("县民政局",)),
    ("（牵头单位：区农业农村委（局）；配合单位：区财政局）", "区农业农村委（局）", ("区财政局",)),
    ("（县卫健委（局）牵头，各乡镇（街道）配合）", "县卫健委（局）", ("各乡镇（街道）",)),
    ("（责任单位：县生态环境分局（县环保督察办）、县城管执法局）", "县生态环境分局", ("县城管执法局",)),
]


@pytest.mark.parametrize("note, lead, partners", ALIASES)
def test_a_units_bracket(note, lead, partners):
    from pipeline.requirements.responsibility import find_notes
    got = [(n.lead, n.partners) for n in find_notes("推进改造工作。" + note, 2026) if n.kind == "note"]
    assert got == [(lead, partners)]


# --- a list of duties (工作职责): a body's name and a colon open each item ------------------------------------
DUTIES = """青岚县美丽乡村建设工作方案
三、职责分工
（一）县农业农村局：负责美丽乡村建设的统筹协调和日常调度。
（二）县财政局：落实县级配套资金，加强资金使用监管。
（三）县交投集团：推进农村公路提档升级。
（四）重点任务：推进乡村绿化美化。
（五）构建帮扶梯队：组织干部结对帮扶。
"""

DUTY_ROWS = [
    ("县农业农村局：负责", "县农业农村局"),
    ("县财政局：落实", "县财政局"),
    ("县交投集团：推进", "县交投集团"),
    ("重点任务：推进", ""),  # a task's name, no body
    ("构建帮扶梯队：组织", ""),  # a verb phrase ending as a unit might (队)
]


@pytest.fixture(scope="module")
def duty_reqs():
    return _rows(DUTIES)


@pytest.mark.parametrize("text, lead", DUTY_ROWS)
def test_a_body_opening_its_duties_leads_them(duty_reqs, text, lead):
    got = [r.lead for r in duty_reqs if r.text.startswith(text)]
    assert got == [lead]


# --- more note forms of the genre: (note, lead, partners, supervisor) ----------------------------------------
FORMS = [
    ("（各区政府负责落实，市住建委加强指导）", "各区政府", (), "市住建委"),
    ("（市委组织部、市人力资源社会保障局按分工负责）", "市委组织部", ("市人力资源社会保障局",), ""),
    ("（主要负责部门：市住建委；协同部门：市财政局）", "市住建委", ("市财政局",), ""),
    ("（责任主体：各区政府；监管部门：市住建委）", "各区政府", (), "市住建委"),
    ("（具体由市住建委负责）", "市住建委", (), ""),
    ("（市住建委为牵头单位，市财政局为配合单位）", "市住建委", ("市财政局",), ""),
    ("（市住建委主责，市财政局协同）", "市住建委", ("市财政局",), ""),
    ("（市住建委主办，市财政局协办）", "市住建委", ("市财政局",), ""),
    ("（市住建委统筹，各区政府具体实施）", "市住建委", ("各区政府",), ""),
    ("（各区政府具体负责）", "各区政府", (), ""),
    ("（区住建委牵头，区各相关部门配合）", "区住建委", ("区各相关部门",), ""),
    ("（市住建委，市财政局、各区政府）", "市住建委", ("市财政局", "各区政府"), ""),
    ("（牵头单位 市规划资源局 配合单位 市数据局）", "市规划资源局", ("市数据局",), ""),  # labels set off by spaces
    ("（牵头单位 市规划资源局\u3000配合单位 市数据局、各区政府）", "市规划资源局", ("市数据局", "各区政府"), ""),
]


@pytest.mark.parametrize("note, lead, partners, supervisor", FORMS)
def test_note_forms(note, lead, partners, supervisor):
    from pipeline.requirements.responsibility import find_notes
    got = [(n.lead, n.partners, n.supervisor) for n in find_notes("推进改造工作。" + note, 2026) if n.kind == "note"]
    assert got == [(lead, partners, supervisor)]


# --- a note right under an item's heading covers the whole item ---------------------------------------------
UNDER = """澄州市城市信息模型平台建设行动方案
二、重点任务
（一）建设城市信息模型基础平台
牵头单位：市规划资源局
配合单位：市大数据中心
1.汇聚三维数据，建立统一底座。
2.完善平台功能，推动共享应用。
（二）推进行业应用
（牵头单位：市住建委；配合单位：各区政府）
推进工程建设项目智能审查。推广智慧工地应用。
（三）强化安全保障
落实网络安全等级保护制度。
"""

UNDER_ROWS = [
    ("汇聚三维数据", "市规划资源局", ("市大数据中心",)),
    ("完善平台功能", "市规划资源局", ("市大数据中心",)),
    ("推进工程建设项目智能审查", "市住建委", ("各区政府",)),
    ("推广智慧工地应用", "市住建委", ("各区政府",)),
    ("落实网络安全等级保护制度", "", ()),
]


@pytest.fixture(scope="module")
def under_reqs():
    return _rows(UNDER)


@pytest.mark.parametrize("text, lead, partners", UNDER_ROWS)
def test_a_note_under_the_heading_covers_the_item(under_reqs, text, lead, partners):
    got = [(r.lead, r.partners) for r in under_reqs if r.text.startswith(text)]
    assert got == [(lead, partners)]


# --- a sentence that only assigns the tasks above it (上述任务由A牵头，B配合。) ------------------------------------
ABOVE = """梧桐区社区嵌入式服务设施建设方案
二、重点任务
（一）完善服务设施
1.建设社区食堂，提供助餐服务。
2.推进托育点建设，扩大普惠托育供给。
上述任务由区民政局牵头，区卫健委、各街道办事处配合。
（二）优化运营管理
1.引入专业机构运营。
2.建立服务质量评价制度。
以上任务均由区商务委负责。
（三）加强宣传
开展社区服务宣传活动。
"""

ABOVE_ROWS = [
    ("建设社区食堂", "区民政局", ("区卫健委", "各街道办事处")),
    ("推进托育点建设", "区民政局", ("区卫健委", "各街道办事处")),
    ("引入专业机构运营", "区商务委", ()),
    ("建立服务质量评价制度", "区商务委", ()),
    ("开展社区服务宣传活动", "", ()),
]


@pytest.fixture(scope="module")
def above_reqs():
    return _rows(ABOVE)


@pytest.mark.parametrize("text, lead, partners", ABOVE_ROWS)
def test_a_sentence_assigning_the_tasks_above(above_reqs, text, lead, partners):
    got = [(r.lead, r.partners) for r in above_reqs if r.text.startswith(text)]
    assert got == [(lead, partners)]


@pytest.mark.parametrize("part", ["上述任务", "以上任务", "配合"])
def test_an_assigning_sentence_is_no_row(above_reqs, part):
    assert not [r.text for r in above_reqs if part in r.text]


# --- a table's unit cell whose units name their roles (A（牵头）、B) -----------------------------------------
MARKED_TABLE = """附件
重点任务分工表
序号
重点任务
责任单位
完成时限
1
推进老旧小区改造，完善配套设施
区住建委（牵头）、区财政局、各街道
2026年底
2
开展政策宣传解读
区委宣传部、
区融媒体中心
2026年6月
"""


@pytest.mark.parametrize("text, lead, partners, deadline", [
    ("推进老旧小区改造", "区住建委", ("区财政局", "各街道"), "2026-12-31"),
    ("开展政策宣传解读", "区委宣传部", ("区融媒体中心",), "2026-06-30"),
])
def test_table_cell_role_marks(text, lead, partners, deadline):
    got = [(r.lead, r.partners, r.deadline) for r in _rows(MARKED_TABLE) if r.text.startswith(text)]
    assert got == [(lead, partners, deadline)]


# --- units with brackets of levels inside their names (各县（市、区）政府) -------------------------------------------
LEVELS = [
    ("（责任单位：各区（县）人民政府、市财政局）", "各区（县）人民政府", ("市财政局",)),
    ("（省住建厅牵头，各市（州）、县（市、区）人民政府负责）", "省住建厅", ("各市（州）、县（市、区）人民政府",)),
    ("（责任单位：省教育厅、各县（市、区）政府）", "省教育厅", ("各县（市、区）政府",)),
    ("（责任单位：各乡镇（街道）、县民政局）", "各乡镇（街道）", ("县民政局",)),
]


@pytest.mark.parametrize("note, lead, partners", LEVELS)
def test_units_with_level_brackets(note, lead, partners):
    from pipeline.requirements.responsibility import find_notes
    got = [(n.lead, n.partners) for n in find_notes("推进改造工作。" + note, 2026) if n.kind == "note"]
    assert got == [(lead, partners)]


# --- a note closing a one-sentence heading covers the sub-items under it -------------------------------------
TITLED = """青岚县市容环境整治方案
二、重点任务
（一）整治街面秩序。（牵头单位：县城管局；配合单位：县市场监管局）
1.整治占道经营，规范店招店牌。
2.清理违规广告，规范户外设施。
（二）提升绿化品质。（牵头单位：县住建局）
推进道路绿化提升。
（三）加强长效管理
建立网格化巡查制度。
"""


@pytest.mark.parametrize("text, lead, partners", [
    ("整治占道经营", "县城管局", ("县市场监管局",)),
    ("清理违规广告", "县城管局", ("县市场监管局",)),
    ("推进道路绿化提升", "县住建局", ()),
    ("建立网格化巡查制度", "", ()),
])
def test_a_note_closing_a_titled_heading(text, lead, partners):
    got = [(r.lead, r.partners) for r in _rows(TITLED) if r.text.startswith(text)]
    assert got == [(lead, partners)]


# --- 要求 before a preposition names no party (要求按照…计), before a party's name it does ----------------------------
@pytest.mark.parametrize("text, lead", [
    ("注：改造面积要求按照36.5公顷计，各区要加快推进改造。", ""),
    ("县政府要求被检查单位提供有关资料。", "被检查单位"),
])
def test_charge_needs_a_party(text, lead):
    from pipeline.requirements.responsibility import clause_note
    n = clause_note(text, 0, len(text), [])
    assert (n.lead if n else "") == lead


# --- bodies whose names end in ways of their own, on a label line without brackets ---------------------------
@pytest.mark.parametrize("unit", ["澄州新区管委会", "澄州海关", "市红十字会", "市科协", "示范区执委会", "各街道（镇）"])
def test_label_line_units(unit):
    from pipeline.requirements.responsibility import find_notes
    got = [(n.lead, n.partners) for n in find_notes("推进改造工作。\n责任单位：" + unit + "、市财政局\n", 2026)]
    assert got == [(unit, ("市财政局",))]


# --- a label line whose list wraps after 、 onto the next line -------------------------------------------------
WRAPPED_LABEL = """一、任务
1.推进老旧小区改造，完善配套设施。
责任单位：区住建委、区财政局、
各街道办事处
2.建设社区食堂。
"""


@pytest.mark.parametrize("text, lead, partners", [
    ("推进老旧小区改造", "区住建委", ("区财政局", "各街道办事处")),
    ("建设社区食堂", "", ()),
])
def test_a_label_line_wrapped_after_a_list_mark(text, lead, partners):
    got = [(r.lead, r.partners) for r in _rows(WRAPPED_LABEL) if r.text.startswith(text)]
    assert got == [(lead, partners)]


# --- a line of units alone between an item's sentence and the next item ------------------------------------------
BARE_LINES = """一、任务
1.推进老旧小区改造，完善配套设施。
区住建委、区财政局、
各街道办事处
2.建设社区食堂。
区民政局
二、保障措施
加强组织领导。
澄州市人民政府办公厅
"""


@pytest.mark.parametrize("text, lead, partners", [
    ("推进老旧小区改造", "区住建委", ("区财政局", "各街道办事处")),
    ("建设社区食堂", "区民政局", ()),
    ("加强组织领导", "", ()),  # a signature after the last sentence is no note
])
def test_a_bare_line_of_units_before_the_next_item(text, lead, partners):
    got = [(r.lead, r.partners) for r in _rows(BARE_LINES) if r.text.startswith(text)]
    assert got == [(lead, partners)]
