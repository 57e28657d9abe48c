"""Targets of new genres, read in whole documents written for this project (the quantities stage
needs the document's structure: its sections, its mode, its paragraphs).

Each row: (document, anchor, role).  The quantity checked is the one whose span overlaps the
anchor's first occurrence; role "target" or "fact", or None: no target there (a fact or no
quantity at all).
"""
from __future__ import annotations

import pytest

import pipeline

T, F = "target", "fact"

# a speech on one line: a review of achievements, then this year's goals said with 今年
NO_BREAKS = (
    "在全省经济工作会议上的讲话\n同志们：这次会议的主要任务是总结工作、部署任务。五年来，全省上下团结奋斗，"
    "经济总量突破5万亿元，年均增长7.2%。城镇新增就业累计达到600万人以上。粮食产量稳定在650亿斤以上。"
    "农村贫困人口全部脱贫，832个贫困县全部摘帽。我们确保了重大安全事故零发生。我们新建高速公路1200公里，"
    "改造农村危房30万户。居民人均可支配收入达到3.2万元，比上年增长8%。这些成绩来之不易。"
    "今年全省经济增长的预期目标是6%左右，城镇新增就业要达到100万人以上。要新建高速公路300公里，"
    "改造老旧小区1000个。要确保重大安全事故零发生。同志们，让我们团结起来，努力奋斗！"
)

# a speech whose sections run into the text (第一个问题：…): the review's section holds no target
RUN_IN_SECTIONS = (
    "在全省工作会议上的讲话\n同志们：下面，我讲两个问题。第一个问题：关于过去五年的工作。五年来，我们坚持稳中求进，"
    "确保粮食产量稳定在650亿斤以上，力争新增就业600万人，要求各地新建高速公路1200公里。这些成绩来之不易。"
    "第二个问题：关于下一步的工作。要新建高速公路300公里，改造老旧小区1000个，城镇新增就业100万人以上。"
    "同志们，让我们团结起来，努力奋斗！"
)

# a section heading run into a line after an exclamation; a share in brackets restates a figure
ASIDES = (
    "在工作部署会上的讲话\n同志们：我讲两点意见。一、关于前一阶段的工作大家辛苦了，向大家表示慰问！"
    "二、关于当前的重点工作现在，全省有120个乡镇无新增病例（占46%），这些地区要尽快恢复生产。"
    "要新建方舱医院3所。"
)

# a commendation's review: durations before a bound that belongs to another figure
COMMENDATION = (
    "在全市抗洪表彰大会上的讲话\n同志们：今天，我们隆重召开大会。洪水发生后，我们用1个多月的时间转移了全部群众，"
    "用2个月左右的时间将受灾群众的临时安置率控制在5%以内，用3个月左右的时间恢复了生产。千千万万个家庭因此团聚。"
    "我们要总结经验，再接再厉，今后要把险情处置时间控制在2小时以内。"
)

# a plan's goal list without a cue; zero goals
PLAN = (
    "某区老旧小区改造三年行动方案\n一、工作目标\n到2027年，全区累计达到改造老旧小区3万户，"
    "创建达标小区518个，新增公交车18辆，区级财政投入比上年增加5000万元，重大安全事故零发生，安全隐患动态清零。\n"
    "二、工作回顾\n2024年，全区已完成改造1.2万户。"
)

# a speech's history: a past era or year opens the sentence, a cue after it is reported (党中央提出要…)
HISTORY = (
    "在全市组织工作会议上的讲话\n同志们：抗日战争时期，边区政府提出要发展生产，各县半年时间就开垦荒地3万亩；"
    "1958年至1960年，为支援工业建设，全省抽调干部有2万多名。1978年，省委提出要恢复高考，当年录取新生8000多名。"
    "今后五年，要培养年轻干部5000名。下一步，我们要新建党群服务中心120个。\n2021年6月1日"
)

# a commendation's review: the demands of the time are reported (疫情发生后，省委要求…; 省委明确要求… after a look back)
REPORTED = (
    "在全省抗洪表彰大会上的讲话\n同志们：洪水发生后，省委要求各地全力转移群众，确保不漏一户，全省调集救援人员8000名，"
    "在7天内搭建两处安置点。我们先后派出工作组30个。省委明确要求，各级党组织要冲在一线，全省组织党员干部1万多名包村到户。\n"
    "当前，灾后重建任务依然繁重。今年要修复农村公路500公里，省委要求各地新建避险场所50处。\n2021年10月8日"
)

# a report's plan section whose opening paragraph looks back first (过去一年…) before the year's tasks
PLAN_LOOKS_BACK = (
    "某市政府工作报告\n——2021年1月10日在某市人民代表大会上\n一、2020年工作回顾\n全市生产总值增长5%。\n"
    "二、2021年的工作\n2021年是开局之年，做好今年工作意义重大。过去一年，我们克服困难取得了很大成绩。"
    "全市生产总值增长4.2%，城镇新增就业12万人。这为今年打下了基础。\n今年全市生产总值增长6%左右，城镇新增就业10万人以上。\n"
    "财政赤字安排300亿元，比去年增加20亿元。其中，市级赤字120亿元。"
)

# a speech whose paragraph opens with a look back (过去五年…): its goals said with 要 stay targets; its history does not
LOOK_BACK_THEN_GOALS = (
    "在全省卫生健康工作会议上的讲话\n同志们：过去五年，全省卫生健康事业取得了显著成绩，新建县级医院32所。"
    "我们要再接再厉，新建县级医院20所，每千人口执业医师数达到3.5人以上。全省要培训全科医生5000名。"
    "2003年抗击非典以后，党中央提出要加强公共卫生体系建设，全国建成疾控机构3000多个。\n（2020年6月2日）"
)

# a commendation: a decision told in the review (党中央果断决定…，确保…，调集…), then the plans ahead
DECIDED_THEN = (
    "在全国抗洪表彰大会上的讲话\n同志们：面对突如其来的洪水，我们坚持人民至上，迅速打响了抗洪抢险攻坚战。"
    "党中央果断决定转移下游群众，确保不漏一人，全国调集救援官兵3万多名，7天搭建临时安置点两处。\n"
    "今后，我们要加强防洪体系建设，确保每个县至少建成1座达标的应急避难场所。\n（2020年9月8日）"
)

# a plan's table of contents: a chapter number at a line's head before its short title
CONTENTS = (
    "某某区粮食应急预案\n目　　录\n4　应急响应\n5　应急保障\n正文\n一、总则\n要储备粮食3000吨。"
)

# a 2026 report whose second section reviews the last plan and then sets out the next (“十四五”…成就和“十五五”…目标)
REVIEW_AND_PLAN = (
    "2026年某省政府工作报告\n一、2025年工作回顾\n去年全省新建高速公路400公里。\n"
    "二、“十四五”发展成就和“十五五”主要目标任务\n过去五年，全省地区生产总值年均增长5.6%，"
    "新增城镇就业280万人。\n“十五五”时期是夯实基础的关键时期。《纲要（草案）》设置了27项主要指标，"
    "其中地区生产总值年均增长5%左右，森林覆盖率达到62%以上。在此基础上再奋斗五年，到2035年基本实现现代化。\n"
    "三、2026年重点工作\n要新建高速公路300公里，做实项目前期工作，开工重点项目500个以上。\n"
)

# a report that ends with a glossary of its terms: the glossary explains, it sets nothing
WITH_GLOSSARY = (
    "2026年某省政府工作报告\n一、2026年重点工作\n要新建“三纵两横”通道5条。\n名词解释\n"
    "1.“三纵两横”通道：“三纵”指三条南北向通道，包括甲线、乙线、丙线3个工程；“两横”指2条东西向通道。\n"
)

# a report whose annex lists the year's projects for the people (附件1 with its title on the next line): it sets
WITH_PLAN_ANNEX = (
    "2026年某省政府工作报告\n一、2026年重点工作\n要新建城市公园20座。\n附件1\n2026年省十件民生实事\n"
    "一、提升托育服务水平。\n新建托育综合服务中心8个，惠及超20万名婴幼儿。\n附件2\n重点项目表\n1\n某某公园\n35\n"
)

# a plan's table of indicators, one cell a line: the column says what a number is (targets6)
TABLE_NUMBERED = (
    "某区“十五五”生态环境保护规划\n一、主要目标\n到2030年，生态环境质量持续改善。\n"
    "表1 “十五五”生态环境保护主要指标\n序号\n指标名称\n属性\n单位\n“十四五”现状\n“十五五”目标\n"
    "1\n新增林地面积\n约束性\n万平方米\n12.5\n20\n其中生态公益林\n4.2\n8\n"
    "2\n污水处理率\n约束性\n%\n93\n95以上\n3\n新建口袋公园\n预期性\n座\n/\n12\n"
    "二、重点任务\n要推进生态廊道建设。\n"
)
TABLE_BY_YEAR = (
    "某市2026年全民健身实施计划\n一、发展指标\n指标\n单位\n2025年\n2030年\n属性\n"
    "人均体育场地面积\n平方米\n2.9\n3.3\n预期性\n经常参加体育锻炼人数比例\n%\n38\n42\n约束性\n"
    "二、主要任务\n要新建社区健身中心10个。\n"
)

# a year-end speech on one line: 今年以来 looks back over the year; 明年 sets the plan
YEAR_END = (
    "在全市经济工作会议上的讲话\n同志们：今年以来，我们坚持稳中求进，全年实现地区生产总值1.2万亿元，增长5.5%，"
    "新增城镇就业15万人，新建保障性住房2万套。这些成绩来之不易。明年经济增长预期目标为5%左右，"
    "要新增城镇就业12万人以上，新建保障性住房1万套。同志们，让我们团结奋斗！"
)

# a year's plan: its sums (合计) and changes (同比) are what it sets; last year's figures are facts
YEAR_PLAN = (
    "某区2026年重大项目建设计划\n一、总体安排\n2026年全区计划安排重大项目120个，总投资850亿元，其中新开工项目45个，"
    "年度计划投资合计210亿元，同比增长10%。\n二、上年情况\n2025年全区完成投资190亿元，同比增长8%。\n"
)
# the same table in a plan issued in 2025: the earlier of two years is where the table starts
TABLE_BY_YEAR_2025 = TABLE_BY_YEAR.replace("2026年全民健身", "2025年全民健身")

# a plan's goal that starts from a baseline (在已建成…的基础上): the past binds the baseline only
BASELINE_FRAME = (
    "某市公园城市建设三年行动方案\n一、工作目标\n到2027年，在已建成绿道1200公里的基础上，"
    "累计建成绿道1500公里，新增口袋公园18个，公园服务半径覆盖率达到90%。\n"
)

# a plan whose title gives only its span of years: 截至2024年底 says where things stood, no deadline
AS_OF = (
    "某区养老服务发展三年行动计划（2025-2027年）\n一、发展基础\n截至2024年底，全区累计建成社区养老服务综合体32家，"
    "护理型床位占比达到65%。\n二、主要目标\n到2027年，综合体达到45家，护理型床位占比不低于70%。\n"
)

ROWS = [
    (AS_OF, "32家", None),
    (AS_OF, "65%", None),
    (AS_OF, "45家", T),
    (AS_OF, "不低于70%", T),
    (BASELINE_FRAME, "1200公里", None),
    (BASELINE_FRAME, "1500公里", T),
    (BASELINE_FRAME, "18个", T),
    (BASELINE_FRAME, "90%", T),
    (TABLE_BY_YEAR_2025, "2.9", F),
    (TABLE_BY_YEAR_2025, "3.3", T),
    (YEAR_PLAN, "45个", T),
    (YEAR_PLAN, "210亿元", T),
    (YEAR_PLAN, "10%", T),
    (YEAR_PLAN, "190亿元", None),
    (YEAR_PLAN, "8%", None),
    (YEAR_END, "1.2万亿元", None),
    (YEAR_END, "5.5%", None),
    (YEAR_END, "15万人", None),
    (YEAR_END, "2万套", None),
    (YEAR_END, "5%左右", T),
    (YEAR_END, "12万人以上", T),
    (YEAR_END, "1万套", T),
    (TABLE_NUMBERED, "12.5", F),
    (TABLE_NUMBERED, "20\n其中", T),
    (TABLE_NUMBERED, "4.2", F),
    (TABLE_NUMBERED, "8\n2", T),
    (TABLE_NUMBERED, "1\n新增", None),
    (TABLE_NUMBERED, "2\n污水", None),
    (TABLE_NUMBERED, "93", F),
    (TABLE_NUMBERED, "95以上", T),
    (TABLE_NUMBERED, "12\n二", T),
    (TABLE_BY_YEAR, "2.9", F),
    (TABLE_BY_YEAR, "3.3", T),
    (TABLE_BY_YEAR, "38", F),
    (TABLE_BY_YEAR, "42", T),
    (TABLE_BY_YEAR, "10个", T),
    (WITH_PLAN_ANNEX, "20座", T),
    (WITH_PLAN_ANNEX, "8个", T),
    (WITH_PLAN_ANNEX, "20万名", T),
    (WITH_PLAN_ANNEX, "35", None),
    (WITH_GLOSSARY, "5条", T),
    (WITH_GLOSSARY, "3个工程", None),
    (WITH_GLOSSARY, "2条东西", None),
    (REVIEW_AND_PLAN, "400公里", None),
    (REVIEW_AND_PLAN, "5.6%", None),
    (REVIEW_AND_PLAN, "280万人", None),
    (REVIEW_AND_PLAN, "27项", None),
    (REVIEW_AND_PLAN, "5%左右", T),
    (REVIEW_AND_PLAN, "62%以上", T),
    (REVIEW_AND_PLAN, "五年，到", None),
    (REVIEW_AND_PLAN, "300公里", T),
    (REVIEW_AND_PLAN, "500个以上", T),
    (NO_BREAKS, "5万亿元", None),
    (NO_BREAKS, "600万人", None),
    (NO_BREAKS, "650亿斤", None),
    (NO_BREAKS, "832个", None),
    (NO_BREAKS, "零发生", None),
    (NO_BREAKS, "1200公里", None),
    (NO_BREAKS, "3.2万元", None),
    (NO_BREAKS, "6%左右", T),
    (NO_BREAKS, "100万人", T),
    (NO_BREAKS, "300公里", T),
    (NO_BREAKS, "1000个", T),
    (RUN_IN_SECTIONS, "650亿斤", None),
    (RUN_IN_SECTIONS, "600万人", None),
    (RUN_IN_SECTIONS, "1200公里", None),
    (RUN_IN_SECTIONS, "300公里", T),
    (RUN_IN_SECTIONS, "100万人", T),
    (ASIDES, "二、", None),
    (ASIDES, "46%", None),
    (ASIDES, "3所", T),
    (COMMENDATION, "1个多月", None),
    (COMMENDATION, "2个月左右", None),
    (COMMENDATION, "千千万万", None),
    (COMMENDATION, "2小时", T),
    (PLAN, "3万户", T),
    (PLAN, "518个", T),
    (PLAN, "18辆", T),
    (PLAN, "5000万元", T),
    (PLAN, "零发生", T),
    (PLAN, "清零", T),
    (PLAN, "1.2万户", None),
    (HISTORY, "半年", None),
    (HISTORY, "3万亩", None),
    (HISTORY, "2万多名", None),
    (HISTORY, "8000多名", None),
    (HISTORY, "5000名", T),
    (HISTORY, "120个", T),
    (REPORTED, "8000名", None),
    (REPORTED, "两处", None),
    (REPORTED, "1万多名", None),
    (REPORTED, "500公里", T),
    (REPORTED, "50处", T),
    (PLAN_LOOKS_BACK, "4.2%", None),
    (PLAN_LOOKS_BACK, "12万人", None),
    (PLAN_LOOKS_BACK, "6%左右", T),
    (PLAN_LOOKS_BACK, "10万人以上", T),
    (PLAN_LOOKS_BACK, "120亿元", T),
    (LOOK_BACK_THEN_GOALS, "32所", None),
    (LOOK_BACK_THEN_GOALS, "20所", T),
    (LOOK_BACK_THEN_GOALS, "3.5人", T),
    (LOOK_BACK_THEN_GOALS, "5000名", T),
    (LOOK_BACK_THEN_GOALS, "3000多个", None),
    (DECIDED_THEN, "3万多名", None),
    (DECIDED_THEN, "两处", None),
    (DECIDED_THEN, "1座", T),
    (CONTENTS, "5应急", None),
    (CONTENTS, "3000吨", T),
]


@pytest.mark.parametrize("doc, anchor, role", ROWS, ids=[f"{i:02d}-{r[1]}" for i, r in enumerate(ROWS)])
def test_role_in_document(doc, anchor, role):
    r = pipeline.extract_text(doc)
    clean = r.text.clean
    a = clean.find(anchor)
    assert a >= 0, anchor
    b = a + len(anchor)
    hits = [q for q in r.quantities if q.start < b and a < q.end and q.role in (T, F)]
    if role is None:
        assert not [q for q in hits if q.role == T], f"{anchor!r} is no target: {hits}"
        return
    assert [q.role for q in hits][:1] == [role], f"{anchor!r}: {hits}"


@pytest.mark.parametrize("head, mode", [
    ("上海市某某区人民政府办公室关于转发区住房保障局制订的《关于进一步加强本区老旧小区综合改造工作的实施方案》的通知\n"
     "各街镇：\n", "directive"),  # a long title line
    ("某某区城市更新工作要点\n一、目标\n", "directive"),
    ("某某区2025年民生实事项目\n一、目标\n", "directive"),
    ("某某区老旧小区综合改造三年行动计划（2025-2027年）\n一、目标\n", "directive"),
    ("在全区城市更新工作会议上的讲话\n同志们：\n", "narrative"),
    ("在全市“十五五”规划编制工作座谈会上的讲话\n", "narrative"),  # a speech about a plan
    ("政府工作报告\n——2025年1月在某某区第一届人民代表大会第五次会议上\n", "narrative"),
])
def test_document_mode(head, mode):
    from pipeline.quantities.roles import doc_mode
    assert doc_mode(head + "要做好工作。") == mode


@pytest.mark.parametrize("doc, anchor, fields", [
    (TABLE_NUMBERED, "20\n其中", dict(value=200000, unit="平方米", deadline="2026/2030", indicator="新增林地面积")),
    (TABLE_NUMBERED, "8\n2", dict(value=80000, unit="平方米", comparator="=")),  # a sub-row keeps the unit above
    (TABLE_NUMBERED, "95以上", dict(value=95, unit="%", comparator=">=", indicator="污水处理率")),
    (TABLE_NUMBERED, "12\n二", dict(value=12, unit="座")),
    (TABLE_BY_YEAR, "3.3", dict(value=3.3, unit="平方米", deadline="2030", indicator="人均体育场地面积")),
    (TABLE_BY_YEAR, "42", dict(value=42, unit="%", deadline="2030")),
])
def test_indicator_table_cell(doc, anchor, fields):
    r = pipeline.extract_text(doc)
    a = r.text.clean.find(anchor)
    q = next(q for q in r.quantities if q.start < a + len(anchor) and a < q.end and q.role == T)
    for k, want in fields.items():
        got = getattr(q, k)
        assert got == (pytest.approx(want) if k == "value" else want), (anchor, k, got)
