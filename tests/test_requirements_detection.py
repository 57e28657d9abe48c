"""Detection of requirements in regulations, measure lists and Traditional texts.

Each case is an invented document, an anchor inside it, and what must be found there: the
modality and actor of the requirement overlapping the anchor, or ``None`` when nothing that
overlaps the anchor may be a requirement (a look-alike)."""
from __future__ import annotations

import pytest

from pipeline.pipeline import Pipeline
from pipeline.script import as_written, fold, looks_traditional

_NLP = Pipeline()


def _at(text: str, anchor: str):
    res = _NLP.text(text)
    i = text.index(anchor)
    j = i + len(anchor)
    return [r for r in res.requirements if r.start < j and i < r.end]


ARTICLE = "某市道路养护办法\n第一条　为了规范道路养护工作，根据有关法律法规，制定本办法。\n" \
          "第二条　本办法适用于本市行政区域内城市道路的养护。\n" \
          "第三条　市交通局负责全市道路养护的监督管理工作。\n" \
          "第四条　养护计划由区交通管理部门编制，报市交通局备案。\n" \
          "第五条　养护单位有下列行为之一的，由市交通局责令限期改正：\n" \
          "（一）擅自占用道路堆放材料；\n（二）拒绝接受监督检查。\n" \
          "第六条　构成犯罪的，依法追究刑事责任。\n" \
          "第七条　本办法所称养护，主要指对道路设施的日常维修。\n" \
          "第八条　本办法自2031年1月1日起施行。\n"

MEASURES = "关于支持某新区改革的若干措施\n一、优化营商环境\n" \
           "（一）在新区设立企业服务窗口，受理外资企业登记。（负责部门：市商务委）\n" \
           "（二）编制年度用地计划时，统筹考虑新区需求，合理安排用地指标；有关区应当优先保障新区项目。\n" \
           "（三）将部分审批权限下放至新区管委会。\n" \
           "（四）强化要素保障。各区要加强统筹协调。\n" \
           "（五）推动园区由传统制造向智能制造转型。\n"

TASKS = "关于印发某区工作方案的通知\n各街道：\n现将《某区工作方案》印发给你们，请认真贯彻执行。\n" \
        "某区工作方案\n一、工作措施\n强化医疗服务\n各医院要延长门诊时间。\n" \
        "（一）明确职责。区科委牵头制定实施方案。镇政府具体负责辖区内道路的巡查。" \
        "配套资金比例由区财政局另行明确。区卫健委是本区医疗工作的主管部门。\n" \
        "（二）加强报送。请各区于5月底前报送进展情况。企业可向区商务委申请补贴。\n"

TRAD = "某年度財政預算案\n關顧長者\n政府在去年成立了關愛基金。我們將於今年四月開始發放長者津貼。\n" \
       "（一）增撥600萬元經常開支，增加80個日間護理名額；\n" \
       "（二）醫管局會在來年增加200張病床。\n"



def _assert_row(text, anchor, modality, actor):
    """``modality`` None: no requirement at ``anchor``; else exactly one, with that modality and
    (unless ``actor`` is None) that actor."""
    got = _at(text, anchor)
    if modality is None:
        assert got == [], [r.text for r in got]
    else:
        assert len(got) == 1, [(r.text, r.modality, r.actor) for r in got]
        assert got[0].modality == modality, got[0].text
        if actor is not None:
            assert got[0].actor == actor, got[0].text

@pytest.mark.parametrize("text, anchor, modality, actor", [
    # the body of an article: a named authority's duty, an agent inside a clause, a consequence
    (ARTICLE, "市交通局负责全市", "obligation", "市交通局"),
    (ARTICLE, "由区交通管理部门编制", "obligation", "区交通管理部门"),
    (ARTICLE, "由市交通局责令限期改正", "obligation", "市交通局"),
    (ARTICLE, "依法追究刑事责任", "obligation", ""),
    # a legal provision that asks no one; the cases of a list of cases
    (ARTICLE, "制定本办法", None, None),
    (ARTICLE, "本办法适用于", None, None),
    (ARTICLE, "主要指对道路设施", None, None),
    (ARTICLE, "起施行", None, None),
    (ARTICLE, "擅自占用道路堆放材料", None, None),
    (ARTICLE, "拒绝接受监督检查", None, None),
    # a list of measures: an item that is all its heading, a title ending at ；
    (MEASURES, "在新区设立企业服务窗口", "obligation", ""),
    (MEASURES, "合理安排用地指标", "obligation", ""),
    (MEASURES, "有关区应当优先保障", "obligation", "有关区"),
    (MEASURES, "将部分审批权限下放", "obligation", ""),
    # a run-in heading followed by its body stays a heading; a heading line is no requirement
    (MEASURES, "强化要素保障", None, None),
    (MEASURES, "各区要加强统筹协调", "obligation", "各区"),
    (MEASURES, "优化营商环境", None, None),
    # 由X向Y is a change, not an agent
    (MEASURES, "推动园区由传统制造", "obligation", ""),
    # 请: a request; an unnumbered heading line; named actors' statements in an item's body
    (TASKS, "请认真贯彻执行", "obligation", ""),
    (TASKS, "强化医疗服务", None, None),
    (TASKS, "各医院要延长门诊时间", "obligation", "各医院"),
    (TASKS, "区科委牵头制定", "obligation", "区科委"),
    (TASKS, "镇政府具体负责", "obligation", "镇政府"),
    (TASKS, "由区财政局另行明确", "obligation", "区财政局"),
    (TASKS, "区卫健委是本区", None, None),
    (TASKS, "请各区于5月底前报送", "obligation", "各区"),
    (TASKS, "向区商务委申请补贴", None, None),
    # a Traditional text, read through the fold, reported as written
    (TRAD, "增撥600萬元", "obligation", ""),
    (TRAD, "醫管局會在來年", "obligation", "醫管局"),
    (TRAD, "成立了關愛基金", None, None),
    # a named body that supports right after its name is told to act: an obligation, its own row
    ("一、保障措施\n（一）加强支持。区科委支持推广节能技术。鼓励企业开展节能改造。\n", "区科委支持推广",
     "obligation", "区科委"),
    ("一、保障措施\n（一）加强支持。区科委支持推广节能技术。鼓励企业开展节能改造。\n", "鼓励企业开展",
     "encouragement", "企业"),
])
def test_detection(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


def test_traditional_strings_as_written():
    got = _at(TRAD, "醫管局會在來年")[0]
    assert got.text == TRAD[got.start:got.end]
    assert "医" not in got.text + got.actor + got.action + got.object


@pytest.mark.parametrize("text, traditional", [
    (TRAD, True),
    (TASKS, False),
    (MEASURES, False),
])
def test_fold(text, traditional):
    assert looks_traditional(text) is traditional
    folded = fold(text)
    assert len(folded) == len(text)
    assert (folded is text) is (not traditional)
    if traditional:
        assert "医管局会在来年" in folded


@pytest.mark.parametrize("text, traditional", [
    ("政府會繼續增加資助宿位。", True),  # (hk2) a tiny Traditional text: the share the fold changes decides
    ("政府会继续增加资助宿位。", False),
    ("政府会继续增加资助宿位，推动發展。" * 3, False),  # one stray Traditional character is no Traditional text
])
def test_looks_traditional_short(text, traditional):
    assert looks_traditional(text) is traditional


@pytest.mark.parametrize("s, near, expected", [
    ("医管局", 0, "醫管局"),
    ("病床", 60, "病床"),
    ("不在文中", 0, "不在文中"),
    (None, 0, None),
])
def test_as_written(s, near, expected):
    assert as_written(TRAD, fold(TRAD), s, near) == expected


# --------------------------------------------------------------------------- second pass: kinds

BUDGET = "某島年度財政預算案\n照顧病人\n" \
         "在來年，我們在醫療的開支達300億元。\n" \
         "衞生署會在來年增加50個診所名額。衞生署亦會優化預約系統的管理。\n" \
         "長者服務方面，康復局會加強長期病患的支援。\n" \
         "房屋局現正就新計劃諮詢業界。\n" \
         "行政長官建議預留20億元，我已預留資源推行這項計劃。\n" \
         "我在去年預算案預留了5億元。\n" \
         "市場需求會更加明顯。\n" \
         "為減輕市民負擔及鼓勵進修，我建議：\n" \
         "(一) 寬免本年度差餉，讓50萬戶受惠；\n" \
         "(二) 向領取生活補助的長者加發補助，數額等同半個月補助；及\n" \
         "(三) 同時，將服務擴展至全島各區。\n" \
         "提升社會福利\n" \
         "政府在三年前成立了扶助基金。\n" \
         "我建議推出以下措施：\n" \
         "(一) 寬免本年度商業登記費。估計有六成企業受惠；\n" \
         "(二) 我在去年預留1億元撥款，延續食物援助。福利局會在下個財政年度申請撥款。\n" \
         "主席：請各位議員安靜。司長，請你講下去。\n" \
         "某某議員：立即撤回預算！\n"

REGULATION = "某区仓储费用管理办法\n第三条\n" \
             "按程序建立仓储费用审核联席会议制度，区商务局为联席会议成员单位。\n" \
             "第四条\n仓储费用开支范围为：    1.租赁费。主要指仓库租赁的费用。按照区政府现行规定的标准执行。" \
             "    2.搬运费。其补偿标准按照市、区相关规定办理。\n" \
             "第五条\n年度仓储计划可根据工作实际动态调整。具体拨付流程按照财政部门相关要求办理。" \
             "重大事项及时向区政府请示报告。\n"

SPEECH = "在某省企业座谈会上的讲话\n一、关于形势\n" \
         "当前，全球格局都在发生深刻调整。未来一个时期，内需潜力会不断释放。\n" \
         "面对复杂的形势，学习经济学基本原理，有利于我们把握规律。\n" \
         "这里，我给大家提几点希望。一是立足实际，把文章写在大地上。二是深入调研，察实情、出实招。\n" \
         "二、关于措施\n" \
         "深入实施物流下乡工程，完善山区物流网络，支持物流企业与农业企业加强合作。\n" \
         "鼓励各类企业加大研发投入，支持重点骨干企业建设一批创新中心。\n" \
         "比如，关于产业的理论，关于市场的理论，等等。\n"

TABLE = "某市改革举措清单\n一、科技方面（共2项）\n1\n以产权激励为核心的成果权属改革\n" \
        "赋予研究人员一定比例的成果所有权。\n科技局\n全市\n" \
        "2\n以地方立法形式建立推动改革的容错机制\n" \
        "对改革中出现的失误予以免责。\n司法局\n全市\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a budget speech: what a named party will do or is doing asks, outside numbered items too
    (BUDGET, "衞生署會在來年增加", "obligation", "衞生署"),
    (BUDGET, "衞生署亦會優化", "obligation", "衞生署"),
    (BUDGET, "康復局會加強", "obligation", "康復局"),
    (BUDGET, "房屋局現正就新計劃", "obligation", "房屋局"),
    (BUDGET, "我已預留資源", "obligation", "我"),
    (BUDGET, "我建議推出以下措施", "obligation", "我"),
    # …but not the past, a spending figure, a forecast of a thing, nor a list intro without an act
    (BUDGET, "我在去年預算案", None, None),
    (BUDGET, "市場需求會更加明顯", None, None),
    (BUDGET, "鼓勵進修，我建議", None, None),
    # a semicolon list: its items' first sentences are bodies; it ends with its last line
    (BUDGET, "寬免本年度差餉", "obligation", ""),
    (BUDGET, "的長者加發補助", "obligation", ""),
    (BUDGET, "同時，將服務擴展", "obligation", ""),
    (BUDGET, "政府在三年前成立", None, None),
    (BUDGET, "寬免本年度商業登記費", "obligation", ""),
    (BUDGET, "福利局會在下個財政年度", "obligation", "福利局"),
    # a transcript: the chair's orders and members' heckling are not the speech
    (BUDGET, "請各位議員安靜", None, None),
    (BUDGET, "請你講下去", None, None),
    (BUDGET, "立即撤回預算", None, None),
    # a regulation whose article number stands alone: frames that go on with their verb
    (REGULATION, "按程序建立仓储费用", "obligation", None),
    (REGULATION, "按照区政府现行规定", "obligation", ""),
    (REGULATION, "其补偿标准按照市", "obligation", ""),
    (REGULATION, "具体拨付流程按照", "obligation", ""),
    (REGULATION, "重大事项及时向区政府", "obligation", ""),
    (REGULATION, "主要指仓库租赁", None, None),
    (REGULATION, "可根据工作实际动态调整", None, None),
    # speeches: background, forecasts, a verb phrase as subject, hopes, examples are not rows
    (SPEECH, "都在发生深刻调整", None, None),
    (SPEECH, "内需潜力会不断释放", None, None),
    (SPEECH, "学习经济学基本原理", None, None),
    (SPEECH, "立足实际，把文章", None, None),
    (SPEECH, "察实情、出实招", None, None),
    (SPEECH, "关于产业的理论", None, None),
    # 支持 opening a clause is an entry of its own; so is each party encouraged
    (SPEECH, "深入实施物流下乡工程", "obligation", ""),
    (SPEECH, "支持物流企业与农业", "encouragement", None),
    (SPEECH, "支持重点骨干企业", "encouragement", None),
    # a flattened table: the measure's name (the row's title line) asks nothing; its content does
    (TABLE, "以产权激励为核心", None, None),
    (TABLE, "以地方立法形式建立", None, None),
    (TABLE, "赋予研究人员一定比例", "obligation", ""),
])
def test_detection_second_pass(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


@pytest.mark.parametrize("text, expected", [
    ("卫生署会在来年增加名额", "will"),
    ("卫生署亦会优化管理", "will"),
    ("卫生署现正咨询业界", "will"),
    ("卫生署会议决定", ""),  # 会议: a meeting, not an auxiliary
    ("卫生署会同财政局", ""),  # 会同: together with
    ("卫生署将来", ""),
])
def test_announces(text, expected):
    from pipeline.requirements.modality import announces

    assert announces(text, "卫生署", 3) == expected


@pytest.mark.parametrize("text, first", [
    ("我已预留资源推行计划", "provision"),
    ("我建议推出以下措施", "provision"),
    ("他已预留资源", ""),  # only the first-person speaker's provision
])
def test_provision(text, first):
    from pipeline.requirements.modality import announces

    assert announces(text, text[0], 1) == first


def test_close_lists():
    from pipeline.records import Directive
    from pipeline.requirements.clauses import close_lists

    text = "引言：\n（一）甲；\n（二）乙。\n其后一段。\n"
    ds = [Directive(0, None, 1, "（一）", 1, "甲", 4, 11, "cn_paren"),
          Directive(1, None, 1, "（二）", 2, "乙", 11, len(text), "cn_paren")]
    out, ids = close_lists(text, ds)
    assert ids == {0, 1}
    assert out[1].end == text.index("\n其后")  # the last item ends with its line


# --------------------------------------------------------------------------- third pass: kinds

ARTICLES = "某市河道管理条例\n第一章　总则\n" \
           "第八条　对验收不合格的河道工程，各区水务部门不得拨付养护资金。\n" \
           "第九条　对违规排污企业依法处罚，不得擅自减免罚款。\n" \
           "第十条　依托全市科普活动，鼓励驻地部队参与河道清理。\n" \
           "第十一条　具体实施细则，由市水务局另行制定。\n" \
           "第十二条　河道工程验收合格后，由区住房建设委组织备案。\n" \
           "第十三条　资金来源，由于历史原因，仍不明确。\n" \
           "第十四条　外地户籍人员申请补贴的，比照本条例规定执行。\n" \
           "第十五条　其他水体的管理参照本条例执行。\n" \
           "第十六条　居民可参照本条例执行。\n" \
           "第十七条　本市推动河道文化的传承，鼓励讲好运河故事。\n" \
           "第十八条　市水务局制定并实施河道分级标准，支持新建河道推广生态护岸。\n"

INDICATORS = "某区海绵城市建设方案\n一、建设指标\n（一）年径流总量控制率\n" \
             "序号\n指标\n目标值\n1\n年径流总量控制率\n4.42\n2\n面源污染削减率\n12.00\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a group of frames only (an object frame whose verb is in a modifier, 结合…) joins its clause
    (ARTICLES, "对验收不合格的河道工程", "prohibition", "各区水务部门"),
    (ARTICLES, "依托全市科普活动", "encouragement", "驻地部队"),
    # …but an object frame that is a whole predicate stays an entry of its own
    (ARTICLES, "对违规排污企业依法处罚", "obligation", ""),
    (ARTICLES, "不得擅自减免罚款", "prohibition", ""),
    # a topic, then its agent: a provision of who does it
    (ARTICLES, "由市水务局另行制定", "obligation", "市水务局"),
    (ARTICLES, "由区住房建设委组织备案", "obligation", "区住房建设委"),
    (ARTICLES, "由于历史原因", None, None),  # 由于 is no agent
    # a case or a topic, then the rule by which it is done (比照/参照…执行); not when permitted
    (ARTICLES, "比照本条例规定执行", "obligation", "外地户籍人员"),  # the case's party acts (a frame opens its act)
    (ARTICLES, "其他水体的管理参照", "obligation", ""),
    (ARTICLES, "居民可参照本条例执行", None, None),
    # a named party's own statement, then 鼓励: two entries; 支持 + an activity is the party's duty
    (ARTICLES, "本市推动河道文化", "obligation", "本市"),
    (ARTICLES, "鼓励讲好运河故事", "encouragement", "本市"),
    # a table cell holding only a number is no target statement
    (INDICATORS, "4.42", None, None),
    (INDICATORS, "12.00", None, None),
])
def test_detection_third_pass(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


@pytest.mark.parametrize("text, first, second, same", [
    (ARTICLES, "本市推动河道文化", "鼓励讲好运河故事", False),
    # 支持 with an activity after a bureau's own predicate: no new entry
    (ARTICLES, "市水务局制定并实施", "支持新建河道推广", True),
    (ARTICLES, "对验收不合格的河道工程", "不得拨付养护资金", True),
    (ARTICLES, "对违规排污企业依法处罚", "不得擅自减免罚款", False),
])
def test_split_third_pass(text, first, second, same):
    a, b = _at(text, first), _at(text, second)
    assert len(a) == 1 and len(b) == 1
    assert (a[0].req_id == b[0].req_id) is same


CONTENTS = "某县古村落保护条例\n第一章　总则\n" \
           "第五条　保护规划应当包括下列内容：\n（一）保护原则和保护对象；\n（二）建设控制要求。\n" \
           "第六条　有关单位应当向县文旅局提供以下与古村落有关的信息：\n" \
           "（一）户籍人口信息；\n（二）不动产登记信息。\n" \
           "第七条　下列工程的设计方案，由县住建局审批：\n（一）涉及文物本体的工程；\n（二）由县政府投资的工程。\n" \
           "第八条　古村落保护责任人应当履行下列职责：\n（一）开展日常巡查；\n（二）配合相关部门开展保护工作。\n"

GOALS = "某镇文化发展规划\n一、发展目标\n" \
        "到2030年，文物保护管理体系逐步健全，文化遗产保护能力不断提高。\n" \
        "文物保护利用效率进一步提升，文物在乡村振兴中的作用显著增强。\n" \
        "近年来，全镇文化事业不断完善，取得了显著成效。\n" \
        "同时，我镇人口老龄化程度不断加深，群众对文化生活的要求日益提高。\n" \
        "要满足群众不断提高的文化需求。\n" \
        "二、主要措施\n" \
        "对文物保护来说，资源优化配置至关重要。\n" \
        "做好文物普查具有重要意义。\n" \
        "市委对古镇保护寄予厚望。\n" \
        "加快修复古镇石桥，提升古镇风貌。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # the items of a list of contents or of works continue their intro's noun: no entries
    (CONTENTS, "保护原则和保护对象", None, None),
    (CONTENTS, "建设控制要求", None, None),
    (CONTENTS, "户籍人口信息", None, None),
    (CONTENTS, "涉及文物本体的工程", None, None),
    (CONTENTS, "由县政府投资的工程", None, None),
    # …but the items of a list of duties are
    (CONTENTS, "配合相关部门开展保护", "obligation", None),
    # a goal state in the body of an item (体系逐步健全, 能力不断提高) is a target statement
    (GOALS, "文物保护管理体系逐步健全", "obligation", ""),
    (GOALS, "文物保护利用效率进一步", "obligation", ""),
    # …not a report of the past, a trend described, or a goal as a modifier
    (GOALS, "全镇文化事业不断完善", None, None),
    (GOALS, "人口老龄化程度不断加深", None, None),
    (GOALS, "要满足群众不断提高", "obligation", ""),
    # evaluations weigh, they do not ask (至关重要, 具有重要意义, 寄予厚望)
    (GOALS, "资源优化配置至关重要", None, None),
    (GOALS, "做好文物普查具有重要意义", None, None),
    (GOALS, "市委对古镇保护寄予厚望", None, None),
    (GOALS, "加快修复古镇石桥", "obligation", ""),
])
def test_detection_lists_goals_evaluations(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


LABELS = "某区绿化行动方案\n一、重点任务\n（一）建设公共空间\n" \
         "滨江片区：推进滨江绿道贯通项目。\n" \
         "城区方面，以公园为基底带动城区更新，完善社区服务功能。\n" \
         "当前，国际社会对绿色发展有不少担忧。\n"

POLICY = "某島施政報告\n安老服務\n" \
         "中期而言，我們會興建新的安老院舍。\n" \
         "此外，我們會研究把舊醫院轉型為院舍。\n" \
         "我們下一步會檢視服務券計劃。\n" \
         "我們決定明年把服務常規化。\n" \
         "我建議推出以下措施：\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a label before a colon, a topic ending in 方面: the imperative after them asks
    (LABELS, "推进滨江绿道贯通", "obligation", ""),
    (LABELS, "以公园为基底带动", "obligation", ""),
    # 国际社|会 is no party announcing: the name may not end inside a word
    (LABELS, "国际社会对绿色发展", None, None),
    # a party's announcement after a frame (中期而言), discourse words (此外), 下一步; 我們決定
    (POLICY, "我們會興建新的安老院舍", "obligation", "我們"),
    (POLICY, "我們會研究把舊醫院", "obligation", "我們"),
    (POLICY, "我們下一步會檢視", "obligation", "我們"),
    (POLICY, "我們決定明年", "obligation", "我們"),
    (POLICY, "我建議推出以下措施", "obligation", "我"),
])
def test_detection_labels_announcements(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


SETTLEMENT = "某区专项资金结算办法\n第六条　项目结算分两个阶段。\n" \
             "前一阶段，项目完成验收并移交管理中心后，由项目承办单位向区联席会议报送结算材料。\n" \
             "第七条　结余资金由区财政部门向区政府报告。\n" \
             "第八条　推动资金管理由分散向集中转变。\n" \
             "第九条　运输费用由调入方负担。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a topic and scenes that name no one, then the agent: a statement of what the agent does
    (SETTLEMENT, "由项目承办单位向区", "obligation", "项目承办单位"),
    # 由X向Y with a party on both sides is an agent acting towards a body, not a change of state
    (SETTLEMENT, "结余资金由区财政部门", "obligation", "区财政部门"),
    (SETTLEMENT, "由分散向集中转变", "obligation", ""),
    # a party named by its side (调入方) after 由
    (SETTLEMENT, "运输费用由调入方负担", "obligation", "调入方"),
])
def test_detection_agents(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


SPEECH = "在座谈会上的讲话\n同志们：\n方向如果选不准，投入再多也很难见效。\n方向看不准的，要先做调研。\n" \
         "任何单位不准截留资金。\n越是困难多，越不能松懈懈怠，而是要加倍用力。\n在新形势下，要务实推进国际合作。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a potential complement (选不准, 看不准: can not hit the mark) is no prohibition 不准
    (SPEECH, "如果选不准", None, None),
    (SPEECH, "要先做调研", "obligation", ""),
    (SPEECH, "不准截留资金", "prohibition", "任何单位"),
    # 越是…越不能…，而是要…: a prohibition, then an obligation of its own
    (SPEECH, "越不能松懈懈怠", "prohibition", ""),
    (SPEECH, "而是要加倍用力", "obligation", ""),
    # 要 before the adverb 务实 is no noun 要务
    (SPEECH, "要务实推进国际合作", "obligation", ""),
])
def test_detection_potential_complements(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


GOALS = "某县发展规划\n一、发展目标\n（一）总体目标。城乡融合发展格局更加完善。\n" \
        "二、回顾\n过去五年，城乡融合发展格局更加完善。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a goal state with 更加 (格局更加完善) in the body of an item is a target statement; 格局 is no party
    (GOALS, "城乡融合发展格局更加完善", "obligation", ""),
    (GOALS, "过去五年", None, None),
])
def test_detection_goal_states(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


ADDRESS = "某島施政報告\n安老服務\n我們會與社會各界一起，為長者提供更多服務。\n" \
          "我在政綱中承諾加強對照顧者的支援。\n我們會增加資助宿位。\n" \
          "我特別要感謝所有義工。\n我們要加強對義工的培訓。\n全港80萬名納稅人會受惠。\n醫管局會增加病床。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # what the speaker put in his election platform was said before (在政纲: a past marker)
    (ADDRESS, "我在政綱中承諾", None, None),
    # thanks (要感谢) ask no one
    (ADDRESS, "我特別要感謝", None, None),
    (ADDRESS, "我們要加強對義工", "obligation", "我們"),
    # a forecast of who benefits (會受惠) announces no act; an act announced does (醫管局會增加…)
    (ADDRESS, "納稅人會受惠", None, None),
    (ADDRESS, "醫管局會增加病床", "obligation", "醫管局"),
])
def test_detection_platform_and_thanks(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


THINGS = "某区建设方案\n一、重点任务\n（一）分类推进。市政设施类项目应落实建设要求；" \
         "产业发展类项目融合生态理念，打造公共空间；" \
         "河道两侧林带加强林水复合。\n高质量推进示范区建设。\n试点实施光伏示范工程。\n" \
         "适应新的形势要求，研究完善公园管理制度。\n" \
         "因地制宜推广屋顶光伏、光伏幕墙等一体化应用，建设一批示范项目。\n" \
         "双方在结婚以前各自购置房屋时发生的首套住房贷款，其利息部分的支出。\n年度抽查计划可根据实际动态调整。\n" \
         "中国坚定维护多边贸易体制。\n" \
         "二、主要目标\n主要预期目标是：城乡居民收入稳步增长；国际收支保持基本平衡。\n"


STAGES = "某区环卫作业提质方案\n一、主要任务\n（一）强化收运管理。前端实行定时投放，保证收运及时。" \
         "运输环节采用专用密闭车辆，保证作业无尘。末端依托现有转运站点，优化除臭措施。\n" \
         "（二）完善平台功能。建设社区数字平台。\n（三）加强队伍建设。建设单位要配齐作业人员。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a kind of project or place as subject, then a listed imperative verb with its object: its task
    (THINGS, "产业发展类项目融合", "obligation", ""),
    (THINGS, "两侧林带加强林水复合", "obligation", ""),
    (THINGS, "高质量推进示范区建设", "obligation", ""),
    # 试点 opens an imperative (试点实施…) as a listed verb
    (THINGS, "试点实施光伏示范工程", "obligation", ""),
    # a verb that hides a cue inside it (适应, 应对: none rows of models/cues.tsv) opens an imperative
    (THINGS, "适应新的形势要求", "obligation", ""),
    # an adverb of manner that may follow a name (因地制宜), then the verb: an imperative
    (THINGS, "因地制宜推广屋顶光伏", "obligation", ""),
    # not: a noun phrase with a relative clause, a permission, a country speaking
    (THINGS, "各自购置房屋时发生", None, None),
    (THINGS, "可根据实际动态调整", None, None),
    (THINGS, "中国坚定维护", None, None),
    # in a list of expected targets such a part stays an aim
    (THINGS, "国际收支保持基本平衡", "aim", ""),
    # a stage (前端, 末端) or a verbal noun in a compound (运输|环节) as the thing whose task follows
    (STAGES, "前端实行定时投放", "obligation", ""),
    (STAGES, "运输环节采用专用密闭车辆", "obligation", ""),
    (STAGES, "末端依托现有转运站点", "obligation", ""),
    # a modifier before a one-character head inside a longer word is a verb and its object
    # (建设|社|区…), not a name (建设单位)
    (STAGES, "建设社区数字平台", "obligation", ""),
    (STAGES, "建设单位要配齐作业人员", "obligation", "建设单位"),
])
def test_detection_thing_tasks(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


BUDGET = "某島財政預算案\n我們會與社會各界一起，為長者提供更多服務。\n" \
         "衡量有關建議的影響，我傾向以較簡單的一次性減稅方式，回應商界的訴求。\n"


def test_provision_after_a_verb_clause():
    """The speaker's provision (我傾向…) is read whatever the clause after it opens with (回應…)."""
    _assert_row(BUDGET, "回應商界的訴求", "obligation", "我")


JOINED = "某区实施意见\n一、总体要求\n坚持和加强党对改革工作的领导，把党的领导贯穿全过程。\n" \
         "资金支持和工作力量要同步到位。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a weak cue that opens its clause joined to a second verb (坚持和加强) is the predicate, not a noun
    (JOINED, "坚持和加强党对改革", "obligation", ""),
    # …but before the glue of a noun phrase it is a noun (资金支持和工作力量)
    (JOINED, "资金支持和工作力量", "obligation", ""),
])
def test_detection_joined_verbs(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


SCENES = "某海域管理条例\n第二章　管理\n" \
         "第十一条　下列海岛工程的环境评估报告书，由区海洋主管部门审批：\n（一）跨区的填海工程；\n（二）其他工程。\n" \
         "第十二条　在实行排放总量控制的海域，不得超过总量控制指标。\n" \
         "第十三条　在供水紧张状态下，当本地可能出现供不应求时，区水务局要立即启动应急调度。\n" \
         "第十四条　对重点领域的抽查，可在满足检查人数要求的基础上，吸收专家参与。\n" \
         "第十五条　对群众反映的加强管理问题，区政府将统筹研究。\n"
LONG_RUN = "某區施政報告\n（一）安老\n短期而言，我們會增加資助宿位。長遠來說，我們會物色新院舍的選址。\n"


TIMES = "某县法治建设讲话\n二、关于法治建设\n公民在行使自己权利的时候，不得损害他人的合法权益。" \
        "企业在申报项目时，应当如实提供材料。村民搬入新居后，各镇要做好后续帮扶。\n"


@pytest.mark.parametrize("text, scene, rest", [
    # a clause that only sets the scene is no row of its own: it joins the clause after it
    (SCENES, "下列海岛工程的环境评估报告书", "由区海洋主管部门审批"),  # 下列 opens a noun phrase, no imperative
    (SCENES, "在实行排放总量控制的海域", "不得超过总量控制指标"),  # a verb opening 在's phrase: a relative clause
    (SCENES, "在供水紧张状态下", "区水务局要立即启动"),  # 供不应求 is an idiom, no 不应
    (SCENES, "对重点领域的抽查", None),  # a verb right after 的 ending the clause is a noun; then a permission
    (SCENES, "对群众反映的加强管理问题", "区政府将统筹研究"),  # …not a verb phrase after 的 (加强…问题)
    (LONG_RUN, "長遠來說", "我們會物色新院舍"),  # a discourse opener of time (长远来说)
    # a named party's clause of time, without a cue, is the time of the next clause (…的时候，不得…; …后，)
    (TIMES, "公民在行使自己权利的时候", "不得损害他人的合法权益"),
    (TIMES, "企业在申报项目时", "应当如实提供材料"),
    (TIMES, "村民搬入新居后", "各镇要做好后续帮扶"),
])
def test_scene_clauses_join(text, scene, rest):
    got = _at(text, scene)
    if rest is None:
        assert got == [], [r.text for r in got]
    else:
        assert len(got) == 1 and rest in got[0].text, [r.text for r in got]


DATED = "某区行动方案\n为落实有关要求，制定本方案。到2025年，再生水利用水平不断提高，全区节水水平稳步提升。" \
        "到2035年前基本建成节水型城区，完成国家节水试点建设。到2020年，全区已建成再生水厂3座。\n" \
        "一、主要任务\n（一）完善评估制度。建立常态化评估制度。2027年，制定出台全区公园评估办法。\n" \
        "（二）推进车辆更新。至“十五五”末，按本市工作要求，继续做好老旧车辆的淘汰工作。\n" \
        "（三）发展目标。在“十四五”时期，基本建设成为与本镇底蕴相匹配的发展新格局。\n" \
        "（四）能源利用。可再生能源利用水平不断提高。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a year alone before a verb is the time of the task (2027年，制定…)
    (DATED, "制定出台全区公园评估办法", "obligation", ""),
    # a plan's end or span in quotes is a deadline frame (至“十五五”末，在“十四五”时期)
    (DATED, "继续做好老旧车辆", "obligation", ""),
    (DATED, "基本建设成为与本镇", "obligation", ""),
    # outside numbered items, a goal or a task after a limit of time is an aim
    (DATED, "再生水利用水平不断提高", "aim", ""),
    (DATED, "基本建成节水型城区", "aim", ""),
    (DATED, "全区已建成再生水厂", None, None),  # …not a report
    # 可再生 is no permission: a goal in an item's body
    (DATED, "可再生能源利用水平不断提高", "obligation", ""),
])
def test_detection_dated_tasks(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


ABLE = "某年度財政預算案\n關顧長者\n政府在去年成立了關愛基金。我們將於今年四月開始發放長者津貼。" \
       "此外，“互助基金”準備推出新計劃，資助低收入家庭的長期病患者。" \
       "社署及醫管局亦正探討推行個案管理模式的可行性，以支援嚴重肢體傷殘人士，讓他們可以留在社區生活。" \
       "市民可以向社署查詢。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a permission after 让/使/以便 is what the party then may do, not a permission of the entry
    (ABLE, "社署及醫管局亦正探討", "obligation", "社署及醫管局"),
    (ABLE, "市民可以向社署查詢", None, None),  # …a permission of its own stays one
    # a quoted name (a fund, a scheme's body) announces its act as a named party does
    (ABLE, "準備推出新計劃", "obligation", "“互助基金”"),
])
def test_detection_abilities_and_quoted_names(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


TALK = "在某座谈会上的讲话\n同志们：\n第一，关于形势。本市经济一季度大幅下滑，二季度企稳回升，情况比预料的要好。" \
       "相信通过共同努力，广大企业一定能发挥更大作用。我们要增强信心，要比以往更要好好学习。\n" \
       "第二，关于科技。广大科技人员要勇攀高峰。凡是取得突出成就的科研人员都是凭借执着的好奇心，终身探索成就事业的。" \
       "在这次防汛过程中，广大科技人员在多个领域开展科研攻关，为防汛救灾提供了有力支撑。" \
       "对建成区内服务半径未覆盖的地区，实施绿地建设工程。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    (TALK, "情况比预料的要好", None, None),  # 比…要好: a comparison, no 要
    (TALK, "广大企业一定能发挥", None, None),  # 相信…一定能…: a belief, not asked
    (TALK, "要比以往更要好好学习", "obligation", "我们"),  # …but 要好好 asks
    # after the phrase of an object frame (凡是…的X), a predicate that describes (都是…的) asks nothing
    (TALK, "都是凭借执着的好奇心", None, None),
    (TALK, "实施绿地建设工程", "obligation", "广大科技人员"),  # …a state inside the phrase (未覆盖的) does not count
    # a named party's clause, then a clause that reports what it did (…，为…提供了支撑): a report
    (TALK, "开展科研攻关", None, None),
])
def test_detection_speech_statements(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


HEADS = "某某改革措施\n五、做好组织实施\n坚持党的领导。各地区要坚持党对改革的领导。\n" \
        "维护公共安全。各有关部门要牢固树立安全意识。\n" \
        "推进光伏建设，分领域实施专项工程。区机管局要率先建设。\n" \
        "商界参与\n扶贫委员会会借鉴这些经验，推动更多商界参与。安老\n居家安老\n我们会加强社区照顾服务。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # an unnumbered run-in title (a short phrase at a line's start, then the line goes on) asks only with a cue
    (HEADS, "维护公共安全", None, None),
    (HEADS, "坚持党的领导。", "obligation", ""),  # …坚持 is a cue
    (HEADS, "推进光伏建设", "obligation", None),  # …a clause with a comma is a sentence of the body
    (HEADS, "各有关部门要牢固树立", "obligation", "各有关部门"),
    # a heading that scraping glued to the end of the paragraph before it (…参与。安老⏎)
    (HEADS, "安老\n居家", None, None),
])
def test_detection_unnumbered_headings(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


SLOGANS = "某区实施意见\n一、重点任务\n（二）公园+。“+文旅”展现城市风貌，挖掘整理街区文化资源，讲好本区发展故事。" \
          "“+应急”保障城市安全，结合各类公园改造，推进应急避难场所建设。“放管服”改革要深入推进。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a quotation and the verb phrase it is the subject of heads the tasks after it, as a label does
    (SLOGANS, "挖掘整理街区文化资源", "obligation", ""),
    (SLOGANS, "推进应急避难场所建设", "obligation", ""),  # …a frame after it, then the verb
    (SLOGANS, "改革要深入推进", "obligation", ""),  # a quoted name before a cue is still the subject
])
def test_detection_slogan_heads(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


def test_slogan_is_not_the_predicate():
    got = _at(SLOGANS, "挖掘整理街区文化资源")
    assert got[0].action.startswith("挖掘"), got[0].action


DUTIES = "某某管理条例\n第二章　管理\n" \
         "第十条　代理机构对其在执业过程中了解的内容，除已经公布的以外，负有保守秘密的义务。\n" \
         "第十一条　有关部门和单位有责任和义务向统计部门报送以下资料：\n（一）登记资料；\n（二）其他资料。\n" \
         "第十二条　校长是一个有责任心的人。\n" \
         "第十三条　区住房城乡建设管理部门负责名镇内建筑的保护管理工作。规划资源部门负责名镇的规划管理工作。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a duty the law lays on a party (负有…义务, 有责任和义务) asks as 应当 does
    (DUTIES, "负有保守秘密的义务", "obligation", "代理机构"),
    (DUTIES, "有责任和义务向统计部门", "obligation", "有关部门和单位"),
    (DUTIES, "有责任心的人", None, None),  # …a trait is none
    # a body named by its remit (verbs inside: 建设, 规划) is assigned a duty (负责): the article asks it
    (DUTIES, "名镇内建筑的保护", "obligation", "区住房城乡建设管理部门"),
    (DUTIES, "名镇的规划管理工作", "obligation", "规划资源部门"),
])
def test_detection_legal_duties(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


RULES = "某新区规划的批复\n一、总体要求\n" \
        "（一）塑造城市风貌。坚持中西合璧，强化规划引导，原则上不建高楼大厦，不能到处是玻璃幕墙。" \
        "贷款期限原则上不超过5年。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    (RULES, "原则上不建高楼大厦", "prohibition", ""),  # 原则上不… forbids: a clause group of its own
    (RULES, "贷款期限原则上不超过5年", "obligation", ""),  # …not a bound (原则上不超过)
])
def test_detection_rules_in_principle(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


FORECASTS = "某年度財政預算案\n關顧長者\n我們將於今年四月開始發放長者津貼。" \
            "新津貼所需額外撥款約83億元，預計會有超過40萬名長者受惠。" \
            "估計有大約七成半的物業不需要繳交差餉。在諮詢期間，市民對一次性措施是否應該延續，意見紛紜。\n" \
            "（七）容許所有在2015年完成培訓的學員，可以選擇在完成培訓2年後才開始還款。\n" \
            "來年投放於康復服務的經常開支將達44億元。政府每年收入會減少1,000萬元。" \
            "以上措施共涉及330億元，應該可以幫助中產和基層市民。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    (FORECASTS, "我們將於今年四月", "obligation", "我們"),
    (FORECASTS, "所需額外撥款約83億元", None, None),  # 预计会…: a forecast
    (FORECASTS, "不需要繳交差餉", None, None),  # 估计有…: a forecast
    (FORECASTS, "是否應該延續", None, None),  # 是否应该: an indirect question, no cue
    (FORECASTS, "容許所有在2015年", None, None),  # 容许 allows, as 允许
    (FORECASTS, "經常開支將達44億元", None, None),  # a sum foreseen
    (FORECASTS, "政府每年收入會減少", None, None),
    (FORECASTS, "應該可以幫助中產", None, None),  # a judgment of what the measures can do
])
def test_detection_forecasts_and_questions(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


CASES = "某某应急预案\n一、应急响应\n" \
        "（一）分级响应。如果没有达到预期的调控效果，由市粮食应急指挥部提请国家指挥部进行调控。" \
        "只有严管没有厚爱，干部就会缩手缩脚。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a case, then the party that acts in it (如果…，由X提请…): a provision, an obligation of X
    (CASES, "由市粮食应急指挥部提请", "obligation", "市粮食应急指挥部"),
    (CASES, "干部就会缩手缩脚", None, None),  # …a condition without an agent describes
])
def test_detection_cases_and_agents(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


THINGS = "某区海绵城市建设实施方案\n一、主要任务\n" \
         "（一）加强管控。旧区改造类项目应征求区规划资源局意见，因地制宜落实设计要求。" \
         "适龄青年应征入伍。\n（二）绿色建设。骨干河道、主干道路等两侧防护林带加强林水结合，提升沿线蓄水能力。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    (THINGS, "应征求区规划资源局意见", "obligation", ""),  # 应 + 征求, not 应征
    (THINGS, "适龄青年应征入伍", None, None),  # …应征 (to enlist) is no cue
    # a thing named by a list as subject, then its task: up to 24 characters before the verb
    (THINGS, "两侧防护林带加强林水结合", "obligation", ""),
])
def test_detection_things_and_asks(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


def test_ask_before_its_verb_is_the_cue_only():
    got = _at(THINGS, "应征求区规划资源局意见")
    assert got[0].action == "征求", got[0].action


FRAMED = "关于支持某新区改革的若干措施\n一、营造优良投资环境\n" \
         "（三十）在双边航运谈判中支持某市港口利用国际中转政策，在互利共赢的基础上允许外国船公司开展中转业务。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a weak cue that is the verb after a frame's phrase (在…谈判中支持…) is the clause's predicate: the
    # permission after it (允许…) does not void the item
    (FRAMED, "谈判中支持某市港口", "encouragement", None),
])
def test_detection_weak_cue_after_a_frame(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


EFFECTS = "某区装修垃圾管理办法\n一、工作要求\n" \
          "（一）加强执法。打击非法倾倒现象，将有效维护正规的清运市场，减少环境污染。" \
          "区城管局要加强巡查。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    (EFFECTS, "打击非法倾倒现象", None, None),  # …，将有效维护…: an effect foreseen, not asked
    (EFFECTS, "区城管局要加强巡查", "obligation", "区城管局"),
])
def test_detection_effects_foreseen(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


ROLES = "某某保护条例\n第二章　保护\n第二十条　历史建筑所有人为保护责任人。保护责任人应当履行保护责任。\n" \
        "第二十一条　住房租金支出的扣除标准为每月1500元。\n" \
        "第二十二条　鼓励有条件的单位为职工建立补充养老保险。\n第二十三条　各单位为困难职工办实事。\n" \
        "第二十四条　代理机构依法执业受法律保护。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a role or a standard defined (X为Y after 所有人, 单位, 主体, 标准 …) describes, asks nothing
    (ROLES, "所有人为保护责任人", None, None),
    (ROLES, "扣除标准为每月1500元", None, None),
    (ROLES, "保护责任人应当履行", "obligation", None),
    (ROLES, "单位为职工建立", "encouragement", "有条件的单位"),  # …为 a preposition after a cue
    (ROLES, "各单位为困难职工办实事", "obligation", "各单位"),  # …or after a party (单位 is not listed)
    (ROLES, "依法执业受法律保护", None, None),  # a right stated, not a duty
])
def test_detection_roles_defined(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


MODIFIED = "某县工作报告\n一、加强基层治理\n研究制定鼓励城市专业人才返乡创业的政策。" \
           "这是争取在三年内使村容村貌根本好转的一项基本措施。严格执行禁止焚烧秸秆的规定。" \
           "积极支持符合条件的企业上市。各镇要鼓励社会资本参与。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a cue inside a modifier ending in 的, right after the clause's verb or a copula, names a kind of thing:
    # the verb before it asks (an imperative), or nothing does (这是…的措施 describes)
    (MODIFIED, "研究制定鼓励城市", "obligation", ""),
    (MODIFIED, "根本好转的一项基本措施", None, None),
    (MODIFIED, "严格执行禁止焚烧", "obligation", ""),
    # …not a cue that governs a noun phrase holding a 的 (积极支持…的企业), nor one after a subject
    (MODIFIED, "符合条件的企业上市", "obligation", ""),
    (MODIFIED, "鼓励社会资本参与", "obligation", "各镇"),
])
def test_detection_cue_inside_a_modifier(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


TAXES = "某某税实施办法\n第七条　纳税人取得经营所得，按年计算税款，由纳税人在月度终了后十五日内向税务机关报送" \
        "纳税申报表，并预缴税款。\n第八条　船舶所有人、经营人应当制定防治污染应急预案。\n"


@pytest.mark.parametrize("text, anchor, modality, actor", [
    # a party's case (纳税人取得…所得，) then its agent (由纳税人…报送): a provision that asks; 终了 is no past
    (TAXES, "向税务机关报送", "obligation", "纳税人"),
    # a list of the law's parties named by role (所有人、经营人)
    (TAXES, "制定防治污染应急预案", "obligation", "船舶所有人、经营人"),
])
def test_detection_case_then_agent(text, anchor, modality, actor):
    _assert_row(text, anchor, modality, actor)


@pytest.mark.parametrize("text, expected", [
    # (hk2) 有的 ("some", a description) inside 拥有的/享有的/所有的 is no sign of a description
    ("劳工及福利局会利用非政府机构拥有的土地。", [("劳工及福利局", "利用")]),
    ("民政事務局正與區議會探討如何善用各團體擁有的活動場地。", [("民政事務局", "探討")]),
    ("政府会保障市民享有的权益。", [("政府", "保障")]),
    ("有的地方工作不到位。", []),
])
def test_some_inside_a_word_describes_nothing(text, expected):
    from pipeline import extract_text
    assert [(r.actor, r.action) for r in extract_text(text).requirements] == expected


OPENERS2 = "一、今年重点工作\n（一）扩大内需\n稳住消费。{}\n"


@pytest.mark.parametrize("body, expected", [
    # (openers2) a clause opening with 发展/培育 (jieba: verbal nouns), 繁荣 (an adjective) or 高水平 (a name)
    # is a bare imperative in an item's body (models/openers.tsv, class lead)
    ("我们将扩大试点。发展社区托育服务，加强配套设施建设。", [("发展", "社区托育服务")]),
    ("我们将扩大试点。培育和践行良好家风，推进邻里互助。", [("培育和践行", "良好家风")]),
    ("我们将扩大试点。繁荣群众文艺创作。", [("繁荣", "群众文艺创作")]),
    ("我们将扩大试点。高水平建设滨江科创走廊。", [("建设", "滨江科创走廊")]),
    # a lead word stays what jieba says past a clause's start, and 发展改革 opens a unit's name
    ("我们将扩大试点。更好统筹发展和安全。", [("统筹", "发展和安全")]),
    ("我们将扩大试点。区发展改革委、区财政局按职责分工负责。", []),
    ("我们将扩大试点。壮大乡村文旅产业。", [("壮大", "乡村文旅产业")]),
    # (plans6) 老年 is a noun, not a time word (tag_overrides.tsv): the lead word before it is the verb
    ("我们将扩大试点。发展老年助餐服务。", [("发展", "老年助餐服务")]),
    ("我们将扩大试点。改革完善基层医疗补助办法。", [("改革完善", "基层医疗补助办法")]),
    ("我们将扩大试点。服务城乡融合大局，做好配套保障。", [("服务", "城乡融合大局")]),
    # a lead word before 的/将/如/最终… is a subject (class lead_subject): a saying or a description
    ("我们将扩大试点。发展如爬坡过坎，不进则退。", []),
    ("我们将扩大试点。改革将带来更多的活力。", []),
    ("我们将扩大试点。从长远看，发展的动力在于群众。", []),
    ("我们将扩大试点。改革永远在路上。", []),
])
def test_detection_lead_words_open_imperatives(body, expected):
    from pipeline import extract_text
    rows = extract_text(OPENERS2.format(body)).requirements
    assert [(r.action, r.object) for r in rows if "试点" not in r.text and "扩大内需" not in r.text] == expected


TASK_LINES = "某县优化营商环境实施方案\n一、重点任务\n1.开展营商环境体验官活动——县营商办牵头\n" \
             "2.建立企业诉求快速响应机制——县发改局牵头，县财政局配合\n二、工作举措\n4. 完善政企沟通机制\n" \
             "5. 健全涉企收费目录清单制度\n三、配套项目\n（一）加快中小河流治理\n" \
             "（二）培育文旅融合新业态（县文旅局牵头）\n" \
             "四、推广清单\n（一）科技金融创新方面（共5项）\n（二）数字政务方面（共3项）\n五、组织保障\n"


@pytest.mark.parametrize("text, anchor, expected", [
    # (plans6) a numbered line that is all its item holds, without an end mark (a dash or bracket note after it or
    # the line's end), is the task itself when it opens with a verb: a bare imperative of the task list
    (TASK_LINES, "开展营商环境体验官活动", ("开展", "营商环境体验官活动", "县营商办")),
    (TASK_LINES, "建立企业诉求快速响应机制", ("建立", "企业诉求快速响应机制", "县发改局")),
    (TASK_LINES, "完善政企沟通机制", ("完善", "政企沟通机制", "")),
    (TASK_LINES, "健全涉企收费目录清单制度", ("健全", "涉企收费目录清单制度", "")),
    (TASK_LINES, "加快中小河流治理", ("加快", "中小河流治理", "")),
    (TASK_LINES, "培育文旅融合新业态", ("培育", "文旅融合新业态", "县文旅局")),
    # a heading with items under it, or a line alone that names a field, asks nothing
    (TASK_LINES, "重点任务", None),
    (TASK_LINES, "工作举措", None),
    (TASK_LINES, "科技金融创新方面", None),
    (TASK_LINES, "数字政务方面", None),
    (TASK_LINES, "组织保障", None),  # a field name of four characters alone in its item, though 组织 is a verb
])
def test_detection_task_lines(text, anchor, expected):
    rows = _at(text, anchor)
    got = (rows[0].action, rows[0].object, rows[0].lead) if rows else None
    assert got == expected


NOTED = "某区教育高质量发展行动方案\n优化义务教育学校布局，推进集团化办学。\n牵头单位：区教育局；配合单位：区财政局\n" \
        "深入推进移风易俗，倡导文明新风。（牵头单位：区民政局）\n近年来，全区办学条件明显改善。\n" \
        "扩大优质教育资源覆盖面，提升教育质量。\n"


@pytest.mark.parametrize("text, anchor, expected", [
    # (plans6) outside numbered items, a paragraph that a responsibility note follows (on its line or the next)
    # is a task of the list: its bare imperatives ask
    (NOTED, "优化义务教育学校布局", ("优化", "义务教育学校布局", "区教育局")),
    (NOTED, "深入推进移风易俗", ("推进", "移风易俗", "区民政局")),
    # a paragraph without a note after it stays as before: a review, or a bare imperative outside an item
    (NOTED, "全区办学条件明显改善", None),
    (NOTED, "扩大优质教育资源覆盖面", None),
])
def test_detection_noted_paragraphs(text, anchor, expected):
    rows = _at(text, anchor)
    got = (rows[0].action, rows[0].object, rows[0].lead) if rows else None
    assert got == expected


# detect7: a horizon counted in years that opens a plan's sentence is a deadline before the task's verb, not a
# subject: 五年内建成… gives its row as 到2027年底，全县建成… does; a word 内 opens (内乱) is no horizon.
_PLAN = "某县养老服务发展方案\n\n二、重点任务\n\n（一）完善网络。"


@pytest.mark.parametrize("sentence, anchor, rows", [
    ("五年内建成覆盖全镇的助餐服务网络。", "建成覆盖", 1),
    ("两年内完成全部老旧农房的改造任务。", "完成全部", 1),
    ("3年内建成标准化村级养老服务站40个。", "建成标准化", 1),
    ("到2027年底，全县建成村级养老服务站40个。", "建成村级", 1),
    ("十年内乱给文化事业造成了损失。", "十年内乱", 0),
])
def test_horizon_opens_a_task(sentence, anchor, rows):
    assert len(_at(_PLAN + sentence + "\n", anchor)) == rows
