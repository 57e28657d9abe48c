"""Three invented plans with deadlines in the forms of the genre, and the deadline of each of
their requirements (corpora/README.md, "Requirement columns"): notes, item headings that set a
limit for their sub-items, lists of the year's tasks (民生实事), frequencies, event-counted limits
and plan periods.  The texts are written for these tests."""
from __future__ import annotations

import pytest

from pipeline.pipeline import Pipeline

# a district's action plan of 2027: notes with 完成时限, item headings with a limit or a phase's months,
# a title's period
PLAN_A = """某区智慧停车建设三年行动方案（2027—2029年）
一、主要任务
（一）2028年底前建成全区停车信息平台。
1.完成公共停车场数据接入。
2.各街道要梳理居住区停车泊位。
（二）优化停车收费管理。
1.上半年完成收费标准评估。
2.区交通委要在收到申请之日起15日内完成备案审核。
3.各街道每年3月底前报送年度泊位计划。
（三）推进错峰共享停车。机关事业单位要开放内部停车场。（牵头单位：区机管局；完成时限：2027年9月底前）
（四）加强执法巡查。长期坚持联合巡查制度。
二、实施步骤
（一）集中攻坚阶段（2027年4月—9月）。各街道要全面排查停车设施，建立问题清单。
（二）总结提升阶段（2027年10月至12月）。区交通委要总结试点经验。
三、保障措施
2027—2029年，区财政要安排专项资金支持平台建设。
"""

ROWS_A = [
    ("完成公共停车场数据接入", "2028-12-31"),  # a sub-item takes its heading's limit
    ("各街道要梳理居住区停车泊位", "2028-12-31"),
    ("上半年完成收费标准评估", "2027-06-30"),
    ("区交通委要在收到申请之日起15日内", None),  # counted from an event: no date
    ("各街道每年3月底前报送", None),  # a frequency
    ("机关事业单位要开放内部停车场", "2027-09-30"),  # the note's 完成时限
    ("长期坚持联合巡查制度", "open"),
    ("各街道要全面排查停车设施", "2027-09-30"),  # a phase's range of months in its heading: by its end
    ("区交通委要总结试点经验", "2027-12-31"),
    ("2027—2029年，区财政要安排", "2027/2029"),
]

# a county's government work report of 2031: 今年, 全年, a list of the year's tasks (民生实事)
PLAN_B = """某县2031年政府工作报告
二、2031年重点工作
（一）扩大有效投资。今年要新开工重点项目40个，力争全年完成固定资产投资120亿元。
（二）办好民生实事。悠悠万事，民生为大。今年再办好10件民生实事。一是为困难老人安装紧急呼叫设备800套。二是持续改善社区食堂条件，新建社区食堂12家。三是改造农村供水管网60公里。
各位代表，我们要以钉钉子精神抓好各项工作落实。
（三）加强生态保护。持续开展河道综合整治，第三季度前完成入河排污口排查。
"""

ROWS_B = [
    ("今年要新开工重点项目40个", "2031"),
    ("今年再办好10件民生实事", "2031"),
    ("为困难老人安装紧急呼叫设备", "2031"),  # an item of the year's list takes its year
    ("持续改善社区食堂条件", "2031"),  # the list's year wins over an "open" read from 持续
    ("改造农村供水管网60公里", "2031"),
    ("持续开展河道综合整治", "2031-09-30"),  # the date of the sentence wins over 持续's open
    ("我们要以钉钉子精神抓好", None),  # a line after a run-in list (…民生实事。一是…) is no item of it
]

# a city's implementation opinion of 2029: a closing list of the year's tasks under a heading, 年底前,
# 到2030年 goals, a plan period
PLAN_C = """某市关于推进全民健身设施建设的实施意见
一、工作目标
到2030年，全市人均体育场地面积达到3平方米。
二、重点任务
（一）完善社区健身设施。年底前完成社区健身点提档升级。
（二）建设体育公园。在“十五五”期间建成一批体育公园。
2029年市级民生实事项目
一、新建改建社区健身步道50公里。
二、新建智能健身驿站30个。
"""

ROWS_C = [
    ("全市人均体育场地面积达到3平方米", "2030"),
    ("年底前完成社区健身点提档升级", "2029-12-31"),
    ("在“十五五”期间建成一批体育公园", "2026/2030"),
    ("新建改建社区健身步道50公里", "2029"),  # an item under a heading that names the year's tasks
    ("新建智能健身驿站30个", "2029"),
]

# a province's work report of 2031: a section on the next plan period's goals (its span for rows naming no time),
# a review of the past period, and the year's tasks
PLAN_D = """某省2031年政府工作报告
一、“十五五”时期工作回顾
我们坚持稳中求进，要求各地加快产业升级。
二、“十六五”时期主要目标任务
（一）加快建设现代化产业体系。各市要培育先进制造业集群。到2035年，全省要基本实现新型工业化。
（二）持续推进生态文明建设。要统筹推进山水林田湖草沙一体化保护。
三、2031年重点工作
（一）扩大内需。各地要加快重大项目建设。
（二）更新城市管网。各市要在2031年启动燃气管网改造，2032年底前全面完成。
"""

ROWS_D = [
    ("各市要培育先进制造业集群", "2031/2035"),  # a row under the plan period's goals: the period
    ("全省要基本实现新型工业化", "2035"),  # a row's own date wins
    ("要统筹推进山水林田湖草沙", "2031/2035"),
    ("各地要加快重大项目建设", None),  # the year's tasks: no plan period over them
    ("各市要在2031年启动燃气管网改造", "2032-12-31"),  # a staged limit: the completion's date
]


@pytest.fixture(scope="module")
def reqs():
    p = Pipeline()  # the whole pipeline: the structure stage's tree gives the items and their headings
    return {k: p.text(text, name).to_dict(sentences=False)["requirements"]
            for k, text, name in (("A", PLAN_A, "plan_2027.txt"), ("B", PLAN_B, "report_2031.txt"),
                                  ("C", PLAN_C, "opinion_2029.txt"),
                                  ("D", PLAN_D, "report_2031.txt"))}


@pytest.mark.parametrize("plan, head, expected", [("A", h, e) for h, e in ROWS_A] + [("B", h, e) for h, e in ROWS_B]
                         + [("C", h, e) for h, e in ROWS_C] + [("D", h, e) for h, e in ROWS_D])
def test_invented_plan_deadlines(reqs, plan, head, expected):
    got = [r for r in reqs[plan] if head in r["text"]]
    assert got, head
    assert got[0]["deadline"] == expected
