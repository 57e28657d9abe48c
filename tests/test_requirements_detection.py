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
          "第五条　养护单位有下列行为之一的，由市交通局责令限期改正：\n（一）擅自占用道路堆放材料；\n（二）拒绝接受监督检查。\n" \
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
       "（一）增撥900萬元經常開支，增加100個日間護理名額；\n" \
       "（二）醫管局會在來年增加200張病床。\n"


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
    (TRAD, "增撥900萬元", "obligation", ""),
    (TRAD, "醫管局會在來年", "obligation", "醫管局"),
    (TRAD, "成立了關愛基金", None, None),
])
def test_detection(text, anchor, modality, actor):
    got = _at(text, anchor)
    if modality is None:
        assert got == [], [r.text for r in got]
    else:
        assert len(got) == 1, [r.text for r in got]
        assert got[0].modality == modality
        assert got[0].actor == actor


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


@pytest.mark.parametrize("s, near, expected", [
    ("医管局", 0, "醫管局"),
    ("病床", 60, "病床"),
    ("不在文中", 0, "不在文中"),
    (None, 0, None),
])
def test_as_written(s, near, expected):
    assert as_written(TRAD, fold(TRAD), s, near) == expected
