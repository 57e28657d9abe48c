"""Text that reads like a requirement but is none (pipeline/requirements/nonreq.py and the
words of models/non_requirements.tsv): reviews of past practice in the present tense, sayings
and quotations, cells of indicator tables, list intros glued to their first item, hopes,
permissions and reported speech of a past statement — each beside a similar sentence that is
a requirement and stays one.  The texts are our own (invented places and units)."""
from __future__ import annotations

import pytest

from pipeline import extract_text
from pipeline.requirements.clauses import clauses
from pipeline.requirements.nonreq import drop_intro, lexicon

HEAD = "一、加强基层治理\n"  # a numbered item: bare imperatives in its body are requirements
# a heading that reviews, then turns to the tasks ahead: its items that ask are tasks
MIXED = "一、“十四五”发展成就和“十五五”主要目标任务\n五年来，梧川市经济总量跃上新台阶。\n"


def _rows(text: str) -> list[str]:
    return [r.text for r in extract_text(text).requirements]


def _has_row(text: str, anchor: str) -> bool:
    return any(anchor in row for row in _rows(text))


NOT_ROWS = [
    # a review of past practice in the present tense, in a paragraph that reviews
    ("review_paragraph", HEAD + "过去一年，梧川市扎实推进基层治理。我们坚持问题导向，实行网格化管理，"
                                "对群众诉求实行台账式管理。\n", "实行台账式管理"),
    ("review_paragraph_weak_cue", HEAD + "五年来，我们坚持规划引领，严格落实河长制，水质明显改善。\n",
     "严格落实河长制"),
    # a speech without paragraph breaks: the run of review sentences after a past frame
    ("review_run_no_breaks", ("同志们：第一，推进农村改革。近年来，我县持续推进农村改革，取得了明显成效。"
                             "我们坚持规划先行，实行村庄分类管理。下一步，各乡镇要加快编制村庄规划。第二，加强乡村治理。"
                             "各村要完善村规民约。"), "实行村庄分类管理"),
    # an enumeration introduced by a sentence that reviews: its items say what was done
    ("review_series", ("二、工作体会\n这次专项整治积累了新经验。\n一是紧盯问题、精准整改。对问题整改实行台账式"
                      "管理、项目化推进，明确责任主体和进度时限，确保整改到位。\n二是上下联动、合力攻坚。"
                      "各部门坚持同题共答，形成工作合力。\n"), "实行台账式"),
    ("review_series_weak", ("二、工作体会\n这次专项整治积累了新经验。\n一是紧盯问题、精准整改。对问题整改实行台账式"
                           "管理。\n二是上下联动、合力攻坚。各部门坚持同题共答，形成工作合力。\n"), "坚持同题共答"),
    # maxims and quotations
    ("maxim_parallel", HEAD + "初心易得，始终难守。各级干部要经常对照检查。\n", "初心易得"),
    ("maxim_saying_word", HEAD + "凡事预则立，不预则废。各村要提前谋划。\n", "预则立"),
    ("quote_intro", HEAD + "古人说：“治国者，必以奉法为重。”各部门要严格依法办事。\n", "奉法为重"),
    ("saying_intro", HEAD + "常言道，打铁还需自身硬。各级干部要以身作则。\n", "打铁还需"),
    ("quote_pieces", HEAD + "“为政以德；须臾不可离也。”各部门要敢于担当。\n", "须臾不可"),
    ("quote_whole", HEAD + "“为官避事平生耻。”各部门要敢于担当。\n", "为官避事"),
    # cells of a flattened indicator table
    ("field_method", HEAD + "1.绿地养护达标率\n定量\n计算方法：查阅文件资料。\n数据来源：区统计局。\n", "查阅文件资料"),
    ("field_source", HEAD + "1.绿地养护达标率\n计算方法：需现场核查达标面积。\n数据来源：区统计局。\n", "现场核查"),
    ("field_property", HEAD + "1.绿地养护达标率\n指标属性：约束性\n考核方式：年度考核\n", "约束性"),
    ("header_line", HEAD + "序号 任务类型 责任单位\n1.完善绿地养护制度\n", "任务类型"),
    # a list intro glued to its first item: the intro is no part of a row
    ("list_intro_glued",
     HEAD + "（二）加强设备管理。评价内容包括但不限于：（1）配备专职维修人员；（2）建立维修台账。\n",
     "评价内容包括"),
    ("list_intro_points", HEAD + "当前，推进改革要注意两点：一是凡是愿意参与的企业，我们都要积极对接。"
                                "二是越开放越要重视安全。\n", "要注意两点"),
    ("list_intro_alone", HEAD + "主要任务如下：\n1.完善绿地养护制度。\n", "主要任务如下"),
    # hopes, permissions and reported speech (corpora/README.md)
    ("hope", HEAD + "希望大家珍惜机会，勤奋工作。\n", "珍惜机会"),
    ("permission", HEAD + "各乡镇可以结合实际制定细则。\n", "制定细则"),
    ("permission_in_clause", HEAD + "抽检可以采取随机抽取的方式。\n", "随机抽取"),
    ("self_quotation", HEAD + "我多次讲，要把群众的事当成自己的事。\n", "群众的事"),
    ("self_quotation_past", HEAD + "我在去年的全县大会上讲过，面向未来，我们要坚持绿色发展。\n", "坚持绿色发展"),
    # others' opinion reported (有些评论认为…): the whole sentence reports, whatever cue it holds
    ("others_opinion", HEAD + "有些评论认为不宜一次性发放，资金应当用于长期资助。\n", "资金应当用于"),
    # the clause after the report names its own subject before the cue (研究方向的选择要…)
    ("self_quotation_subject", HEAD + "我多次讲，研究课题的选择要坚持问题导向。\n", "坚持问题导向"),
    # a past self-quotation fills the first clause: the whole sentence repeats it (speech golds of dev waves 1+2)
    ("self_quote_later_cue", HEAD + "我多次讲，脱贫工作任务艰巨，决不能松劲。\n", "决不能松劲"),
    ("self_quote_after_frame", HEAD + "今年以来，我反复强调，防汛形势复杂，各地务必压实责任。\n", "压实责任"),
    # a shortcoming listed: 尚需/有待/亟待 + a verb that ends its clause, no object
    ("shortcoming_listed", HEAD + "我们也清醒看到，经济回升基础尚需巩固，民间投资预期不稳。\n", "基础尚需巩固"),
    ("shortcoming_pending", HEAD + "（一）补短板。乡村治理能力亟待提升，公共服务欠账较多。\n", "亟待提升"),
    ("shortcoming_still", HEAD + "环卫处置能力仍需进一步提升，消纳难等问题依然存在。\n", "仍需进一步提升"),
    # a short cell repeated as a line beside number cells: a column of a flattened table
    ("table_column_cell", HEAD + "附表\n序号\n项目名称\n面积\n备注\n1\n金汇港绿地\n3.75\n需动迁\n"
                          "2\n南奉公路绿地\n3.16\n需动迁\n3\n和园\n2.00\n需动迁\n", "需动迁"),
    # a question, rhetorical or open, whatever cue it holds
    ("rhetorical_question", HEAD + "为什么别人能够做到的事，我们就不能够做到呢？\n", "就不能够做到"),
    ("question_word", HEAD + "难道我们要坐等问题变大？\n", "坐等问题变大"),
    # a consequence foreseen (就能, 就一定能够, 才能够): the clause before is its condition, not a task
    ("consequence_foreseen", HEAD + "推动形成顺畅的县域经济循环，就能更好吸引各类要素。\n", "县域经济循环"),
    ("consequence_certain", HEAD + "各族群众团结起来，就一定能够战胜前进道路上的困难。\n", "团结起来"),
    ("consequence_because", HEAD + "正因为我们始终坚持这样做，才能够在困难面前站稳脚跟。\n", "站稳脚跟"),
    # (speech6) 才能 before a preposition or an adverb is the consequence too (才能在…, 才能充分…, 才能更好…)
    ("consequence_cai_neng", HEAD + "正是由于坚守初心，我们党才能在困境中不断发展壮大。\n", "发展壮大"),
    ("consequence_only_if", HEAD + "只有坚持扩大开放，才能更好地利用两个市场。\n", "扩大开放"),
    # what matters most stated: the clauses before it are its topic
    ("crux_weak_cue", HEAD + "坚持党的领导，最根本的是坚持党中央权威。\n", "坚持党中央权威"),
    ("crux_condition", HEAD + "我们要长期保持活力，最重要的是把队伍建设得更加坚强。\n", "长期保持活力"),
    ("crux_no_cue", HEAD + "化解各类风险，关键在于办好自己的事。\n", "办好自己的事"),
    # a speech explaining a draft: what the draft says is reported, in any tense
    ("draft_says", HEAD + "建议稿提出，“十五五”时期县域发展要以绿色转型为主线。\n", "绿色转型"),
    ("draft_holds", HEAD + "建议稿坚持问题导向和目标导向相统一，聚焦突出短板。\n", "问题导向"),
    ("draft_stresses", HEAD + "基于上述考虑，建议稿设置专章作出部署，强调要坚持安全发展。\n", "坚持安全发展"),
    ("reported_past", HEAD + "县委明确提出要建设生态强县，各部门出台了一系列措施。\n", "建设生态强县"),
    # a definition of a term, whatever cue its first clause holds
    ("definition", "第五条　补偿费用包括：1.搬迁补助费。主要指对被征收企业需支付的搬迁费用。\n", "需支付的搬迁"),
    # the formula that hands a report to an assembly
    ("formula_report", "各位代表：\n现在，我代表梧川市人民政府，向大会报告工作，请予审议，"
                       "并请市政协各位委员提出意见。\n", "请予审议"),
    ("formula_deputies", "现在，我代表县人民政府，作政府工作报告，请各位代表审议。\n", "请各位代表审议"),
    ("definition_bare", "第五条　补偿费用包括：1.过渡费。指以租赁方式安置住户的，按照实际租期计算。\n", "按照实际租期"),
    # an exclamation (a word of wonder, a sentence ending in ！) and the bare intro of a report (我经常讲，…)
    ("exclamation", HEAD + "（一）推进物业整治。推进物业整治。\n逢此盛世，投身实践，我们何其有幸！"
                    "各级干部要牢记使命。\n", "何其有幸"),
    ("report_intro", HEAD + "（一）推进物业整治。推进物业整治。\n我经常讲，干部要经常重温誓言。\n", "我经常讲"),
    # a section whose heading names the period just past reviews it (关于前一段…工作): what we did
    ("review_heading_period", "一、关于前一段防汛工作\n一是加强统一指挥。我们统筹调度抢险力量，加强堤防巡查。"
                              "二是强化物资保障。我们采取积极措施，支持企业扩大产能。\n二、关于下一步工作\n"
                              "各乡镇要加强值班值守。\n", "统筹调度抢险力量"),
    ("review_heading_stage", "一、关于前一阶段整治工作\n我们推动排查各类隐患，妥善处理群众诉求。\n", "排查各类隐患"),
    # a habit or a state going on, described in a report's numbered section (向来, 历来; 保持着, 发挥着)
    ("habit_described", "五、关于对外政策\n梧川人民向来鄙视那种嫌贫爱富的意识和行为。\n", "鄙视那种"),
    ("habit_described_party", HEAD + "我们党历来重视基层组织建设。\n", "重视基层组织"),
    ("state_going_on", "五、关于对外政策\n本着上述原则，我们同许多友好城市保持着密切的联系。\n", "密切的联系"),
    ("role_going_on", HEAD + "社区党组织在基层治理中发挥着重要作用。\n", "发挥着重要作用"),
    # the proposals others made, reported item by item (提出了…意见和建议，主要有以下几个方面。一是…)
    ("proposals_reported", "二、关于纲要的修改情况\n在听取意见时，各单位提出了不少有益的建议，"
                           "归纳起来有以下几点。一是加强基层调研，补充社区养老等方面内容。二是细化考核办法，补充绿色出行等方面内容。\n",
     "补充社区养老"),
    # what was done, by a list that follows (…注意把握了以下原则。一是…; 主要做了以下工作。一是…): the items report
    ("principles_reported", "二、起草时的几点考虑\n起草中，我们注意把握了以下原则。一是兼顾近期和远期的需要，"
                            "做好新旧规划衔接。二是理顺政府与市场的分工，更好发挥企业作用。\n", "政府与市场的分工"),
    # the speaker announces what he will say; a measure of judgment (就要看…); a question of why (为什么要…)
    ("speaker_announces", "三、需要说明的几个问题\n这里，就其中几点作个简要说明。\n", "简要说明"),
    ("judgment_measure", HEAD + "衡量干部有没有担当精神，就要看面对矛盾敢不敢迎难而上。\n", "迎难而上"),
    ("question_why", HEAD + "时间久了，很容易忘记了为什么要出发。\n", "出发"),
    ("work_reported", "一、关于上半年的工作\n上半年，我们主要做了以下工作。一是抓紧出台实施细则。"
                      "二是加强统一调度，该出手时必须出手。\n", "加强统一调度"),
    # others' views and the speaker's belief reported; whether a thing is needed (需否) weighs
    ("views_reported", HEAD + "有意见认为，区政府应检讨长者津贴的关系。\n", "应检讨长者津贴"),
    ("views_reported_also", HEAD + "亦有认为区政府应检讨现时的安全网。\n", "现时的安全网"),
    ("belief", HEAD + "我深信就业才能确保弱势群体融入社会。\n", "弱势群体融入"),
    ("whether_needed", HEAD + "基金会研究需否修订个别项目。\n", "修订个别项目"),
    # a speech's scene before a description (作为…，); a belief; a past report with its scene (我在…会议上提出，)
    ("as_frame_description", HEAD + "作为一种新发传染病，我们对它的认识还比较初步。\n", "一种新发传染病"),
    ("belief_long", HEAD + "我相信，有县委的坚强领导，有全县人民的团结奋斗，我们一定能够战胜这场洪水。\n",
     "战胜这场洪水"),
    ("report_scene", HEAD + "我在去年的全县大会上提出，\n", "全县大会上提出"),
    # 要 inside a noun (军事要地, 交通要道) is no cue
    ("strategic_place", "第二章　保护名录\n历史上曾经作为政治中心或者军事要地的镇，列入名录。\n", "军事要地"),
    # thanks, respects and greetings the speaker offers (courtesy)
    ("courtesy_respect", HEAD + "同志们！在这里，我代表县委，向奋战在一线的广大医务工作者，表示崇高的敬意！\n",
     "崇高的敬意"),
    ("courtesy_thanks_weak_cue", HEAD + "向关心和支持梧川发展的各界人士，表示衷心的感谢！\n", "衷心的感谢"),
    ("courtesy_greeting", HEAD + "我们向全县干部群众致以诚挚的问候。\n", "诚挚的问候"),
    ("courtesy_condolence", HEAD + "向在抗洪中不幸牺牲的同志，表示深切的悼念！\n", "深切的悼念"),
    # an assessment that a cue only introduces (必须清醒看到，…)
    ("assessment_seen", "在肯定成绩的同时，我们必须清醒看到，全县工作还存在一些短板。\n", "必须清醒看到"),
    ("assessment_known", "同时也要认识到，部分乡镇的基础设施依然薄弱。\n", "要认识到"),
    # the items of what a definition covers (本办法所称X，是指…。具体包括：) describe, ask nothing
    ("definition_items", "第一章　总则\n第三条　本办法所称公共停车设施，是指向社会开放的停车场所。具体包括：\n"
     "（一）路外公共停车场；\n（二）城市综合利用停车楼；\n（三）区交通管理部门确定的其他停车设施。\n"
     "第四条　区交通管理部门负责停车设施的监督管理。\n", "综合利用停车楼"),
    ("definition_items_other", "第一章　总则\n第三条　本办法所称公共停车设施，是指向社会开放的停车场所。具体包括：\n"
     "（一）路外公共停车场；\n（二）区交通管理部门确定的其他停车设施。\n", "确定的其他停车设施"),
    # a report and a whole quotation, no cue (还说过：“…。”): someone's words cited
    ("reported_quotation", HEAD + "老县长还说过：“梧川的出路在山，希望也在山。”\n", "出路在山"),
    ("reported_quotation_plain", HEAD + "他讲：“治水是梧川的头等大事。”\n", "头等大事"),
    # a report verb opening a clause after a past report of the same speaker (明确提出…，强调要…)
    ("past_report_goes_on", HEAD + "我就全县规划编制多次提出要求，强调要把顶层设计和问计于民统一起来。\n", "顶层设计"),
    # a double negation that judges (不能不引起…警惕) and compulsion by circumstances (不得不)
    ("assessment_double_negation", HEAD + "这些隐患，不能不引起全县干部群众的严重警惕。\n", "严重警惕"),
    ("assessment_admit", HEAD + "外地的同行也不能不承认，梧川的治水经验走在前面。\n", "治水经验"),
    ("compulsion_narrated", HEAD + "连续降雨使施工单位不得不推迟开工。\n", "推迟开工"),
    ("assessment_point_out", HEAD + "应当指出，一些乡镇铺张浪费的现象还相当普遍。\n", "铺张浪费"),
    ("assessment_point_out_de", HEAD + "这里还要着重指出的是，去年全县工业继续保持了良好势头。\n", "良好势头"),
    ("cannot_meet", HEAD + "现在，全县的专业人才都很缺乏，不能适应乡村振兴的需要。\n", "乡村振兴的需要"),
    # the breakdown of a count just given (其中包括…)
    ("refer_back", HEAD + "全县新建工厂四十个，其中包括五个砖瓦厂和八个农机修配厂。\n", "砖瓦厂"),
    ("demonstrative_subject", HEAD + "这种办法，一方面保证群众的知情权，另一方面保证工程的进度。\n", "群众的知情权"),
    ("breakdown_sentence", HEAD + "全县新建工厂四十个。其中有五个砖瓦厂。\n", "五个砖瓦厂"),
    # (regs3) the items of a list of powers (有权采取下列措施：) are permissions
    ("powers_list", "第四十二条　渔业主管部门有权采取下列措施：\n（一）进入现场进行检查；\n"
                    "（二）要求被检查单位提供有关资料；\n", "提供有关资料"),

    # under a heading that only reviews, an item whose title asks reports what was done
    ("review_heading_item", "一、2025年工作回顾\n（一）大力发展数字经济。\n建设梧川算力中心。\n", "梧川算力中心"),
    ("mixed_heading_own_text", MIXED + "推进河道治理，全市水质明显改善。\n（一）大力发展数字经济。\n"
                                       "建设梧川算力中心。\n", "推进河道治理"),
    # a sentence that only announces the list after it (its items are the requirements)
    ("list_ahead", HEAD + "今年要着重抓好以下几个方面的工作。\n（一）加强网格管理。\n", "以下几个方面"),
    ("list_ahead_counted", HEAD + "按照这个要求，重点做好六个方面工作：\n（一）加强网格管理。\n", "六个方面工作"),
    ("mixed_heading_goal_item", MIXED + "（一）经济实力显著增强。\n建设梧川算力中心。\n", "梧川算力中心"),
]


@pytest.mark.parametrize("name,text,anchor", NOT_ROWS, ids=[c[0] for c in NOT_ROWS])
def test_not_a_row(name, text, anchor):
    assert not _has_row(text, anchor), _rows(text)


ROWS = [
    # the same practice asked for with a cue, in an item of tasks
    ("task_with_cue", HEAD + "各街道要对群众诉求实行台账式管理，做到件件有回音。\n", "实行台账式管理"),
    ("task_bare", HEAD + "对群众诉求实行台账式管理，做到件件有回音。\n", "实行台账式管理"),
    ("review_run_ends", HEAD + "过去一年，我们实行网格化管理。今年，要对群众诉求实行台账式管理。\n", "要对群众诉求"),
    ("review_no_breaks_turn", ("同志们：第一，推进农村改革。近年来，我县持续推进农村改革，取得了明显成效。"
                              "我们坚持规划先行，实行村庄分类管理。下一步，各乡镇要加快编制村庄规划。"),
     "各乡镇要加快"),
    ("review_turn_by_cue", HEAD + "近年来，我们实行网格化管理。各街道要对群众诉求实行台账式管理。\n", "各街道要对群众"),
    ("frame_not_review", HEAD + "近几年新建的小区，要同步配建养老设施。\n", "同步配建"),
    ("target_not_review", HEAD + "到2027年，全市绿地建设取得明显进展，绿化覆盖率达到45%。\n", "取得明显进展"),
    ("series_of_tasks", ("二、重点任务\n今年要重点抓好以下工作。\n一是强化整改。对问题整改实行台账式管理。\n"
                        "二是合力攻坚。各部门坚持同题共答。\n"), "实行台账式管理"),
    ("imperative_pair", HEAD + "拓宽渠道，广开门路。\n", "拓宽渠道"),
    # the same list asked for: no past marker before 以下; 除了以下情形 is no review either
    ("principles_asked", "三、下一步工作\n我们要把握以下原则。"
                         "一是处理好当前和长远的关系，做好各项目标衔接。\n", "当前和长远"),
    ("see_clearly", HEAD + "各级领导干部要看清形势，主动作为。\n", "看清形势"),
    ("except_listed", HEAD + "除了以下情形外，各单位不得擅自变更用途。\n", "擅自变更"),
    ("after_quote", HEAD + "“为官避事平生耻。”各部门要敢于担当。\n", "敢于担当"),
    ("after_saying", HEAD + "常言道，打铁还需自身硬。各级干部要以身作则。\n", "以身作则"),
    ("after_table_cells", HEAD + "1.绿地养护达标率\n计算方法：查阅文件资料。\n区绿化部门要制定养护标准。\n",
     "制定养护标准"),
    ("list_items", HEAD + "（二）加强设备管理。评价内容包括但不限于：（1）配备专职维修人员；（2）建立维修台账。\n",
     "配备专职维修人员"),
    ("list_item_after_points", HEAD + "当前，推进改革要注意两点：一是凡是愿意参与的企业，我们都要积极对接。"
                                     "二是越开放越要重视安全。\n", "我们都要积极对接"),
    ("intro_that_asks", HEAD + "代理机构应当具备下列条件：\n（一）有合格的场所；\n", "应当具备下列条件"),
    ("duties_list_items", "第四十四条　养殖单位应当履行下列义务：\n（一）建立养殖档案；\n（二）定期报告疫情。\n",
     "建立养殖档案"),
    ("after_definition_items", "第一章　总则\n第三条　本办法所称公共停车设施，是指向社会开放的停车场所。具体包括：\n"
     "（一）路外公共停车场；\n第四条　区交通管理部门负责停车设施的监督管理。\n", "负责停车设施的监督管理"),
    ("reported_not_past", HEAD + "县委强调，要加快建设生态强县。\n", "加快建设生态强县"),
    ("self_quote_not_reported", HEAD + "我们讲，脱贫工作任务艰巨，决不能松劲。\n", "决不能松劲"),
    ("draft_not_reporting", HEAD + "建议稿起草组要广泛听取意见。\n", "广泛听取意见"),
    ("need_with_object", HEAD + "各地仍需加强对燃气管网的巡查。\n", "燃气管网的巡查"),
    ("shortcoming_then_task", HEAD + "整改成果尚需巩固，各乡镇要持续用力。\n", "持续用力"),
    ("need_more_effort", HEAD + "要做到真学真懂，还需要下更大气力。\n", "更大气力"),
    ("crux_then_cue", HEAD + "提高自主创新能力，最根本的是要加快人才队伍建设。\n", "人才队伍建设"),
    ("guarantee_not_crux", HEAD + "面对复杂形势，我们要全面把握大局，最根本的保证还是党的领导。\n", "全面把握大局"),
    ("cue_then_consequence", HEAD + "必须兢兢业业，克勤克俭，才能够带领群众改变落后面貌。\n", "兢兢业业"),
    ("talent_noun", HEAD + "充分发挥人才的聪明才能，激发创新活力。\n", "聪明才能"),
    # (speech6) 人才|能在… is 人才 and the modal 能, not the consequence 才能
    ("talent_can", HEAD + "要让各类人才能在基层干事创业。\n", "基层干事创业"),
    ("embedded_question", HEAD + "工作手册要随身携带，经常对照检查，看看自己落实了没有？\n", "经常对照检查"),
    ("after_question", HEAD + "难道我们要坐等问题变大吗？各乡镇要主动作为。\n", "主动作为"),
    ("short_task_repeated", HEAD + "（一）巡查\n加强巡查。\n（二）值守\n加强巡查。\n（三）应急\n加强巡查。\n",
     "加强巡查"),
    ("permission_word_inside", HEAD + "各地要扩大可降解材料的使用。\n", "可降解材料"),
    ("definition_then_rule",
     "第五条　补偿费用包括：1.过渡费。指以租赁方式安置住户，依法应当予以补偿的，按照规定标准执行。\n",
     "按照规定标准执行"),
    ("review_asked_of_deputies", HEAD + "各部门要认真研究代表提出的意见，抓紧办理。\n", "认真研究代表"),
    ("guide_not_definition", HEAD + "指导各街道完善养护制度。\n", "完善养护制度"),
    ("exclamation_after", HEAD + "（一）推进物业整治。逢此盛世，我们何其有幸！各级干部要牢记使命。\n", "牢记使命"),
    ("report_by_party", HEAD + "（一）规范申报。由项目单位提出，报区政府批准。\n", "由项目单位提出"),
    ("after_review_heading", "一、关于前一段防汛工作\n我们统筹调度抢险力量。\n二、关于下一步工作\n"
                             "各乡镇要加强值班值守。加强堤防巡查。\n", "加强堤防巡查"),
    ("keep_up_asked", HEAD + "各级党委要保持着力推进的势头。\n", "着力推进的势头"),
    ("keep_asked", HEAD + "始终保持同人民群众的血肉联系。\n", "血肉联系"),
    ("proposals_to_study", HEAD + "各部门要认真研究各方面提出的意见和建议，一是补充乡村治理内容。\n", "认真研究各方面"),
    ("view_then_task", HEAD + "有意见认为，区政府应检讨长者津贴的关系。区政府应加强支援。\n", "应加强支援"),
    ("as_frame_task", HEAD + "作为改革开放的窗口，梧川要率先探索。\n", "梧川要率先探索"),
    ("courtesy_asked", HEAD + "各乡镇党委要走访困难群众，向他们表示慰问。\n", "表示慰问"),
    ("courtesy_then_task", "向全县人民表示衷心的感谢！各乡镇要加强值班。\n", "加强值班"),
    ("assessment_then_task", HEAD + "我们要清醒认识到，各部门必须加快补齐养老服务短板。\n", "加快补齐"),
    ("report_now_goes_on", HEAD + "县委提出新的要求，强调要把顶层设计和问计于民统一起来。\n", "顶层设计"),
    ("double_negation_asks", HEAD + "为了群众的安全，我们不能不把防汛责任担当起来。\n", "防汛责任"),
    ("point_out_then_task", HEAD + "需要指出，各乡镇要把节约开支落到实处。\n", "节约开支"),
    ("demonstrative_asked", HEAD + "这些工作，各乡镇要抓紧落实。\n", "抓紧落实"),
    ("cannot_meet_then_task", HEAD + "各乡镇要加快培养专业人才。\n", "培养专业人才"),
    ("breakdown_asked", HEAD + "新建工厂四十个，其中要包括五个砖瓦厂。\n", "五个砖瓦厂"),
    ("colon_quote_task", HEAD + "开展“清河行动”：“河长”要每周巡河一次。\n", "每周巡河"),
    ("list_ahead_after_task", HEAD + "要认真落实县委部署，注重以下几点：\n（一）加强网格管理。\n", "认真落实县委部署"),
    ("list_ahead_below_bound", HEAD + "把老旧小区空置率降到百分之五以下。\n", "百分之五以下"),
    ("list_ahead_other_side", HEAD + "不能只重视建设而忽视另一个方面。\n", "忽视另一个方面"),
    ("imperative_stabilize", HEAD + "稳定生猪出栏量，提高良种覆盖率。\n", "稳定生猪出栏量"),
    ("mixed_heading_task_item", MIXED + "（一）大力发展数字经济，培育新质生产力。\n建设梧川算力中心。\n",
     "梧川算力中心"),
    ("mixed_heading_task_item_arrangement", "二、2025年工作回顾和今后五年的工作部署\n（二）深化改革开放。\n"
                                            "推进要素市场化配置改革。\n", "要素市场化"),
]


# a premise before a party's cue is no row of its own (前进道路 a noun of the genre, not the verb 前进 and its object)
@pytest.mark.parametrize("text,premise,task", [
    (HEAD + "（一）防范风险。推进整治。前进道路不会一帆风顺，我们要居安思危。\n", "前进道路", "居安思危"),
])
def test_premise_not_a_row(text, premise, task):
    assert all(task in row for row in _rows(text) if premise in row), _rows(text)


@pytest.mark.parametrize("name,text,anchor", ROWS, ids=[c[0] for c in ROWS])
def test_stays_a_row(name, text, anchor):
    assert _has_row(text, anchor), _rows(text)


def test_list_ahead_names_the_lead():
    """The announcing sentence is no row, but its party still leads the items after it."""
    rows = extract_text("二、2026年工作任务\n梧川县政府要着力抓好以下几个方面：\n（一）加强网格管理。\n"
                        "推进智慧社区建设。\n").requirements
    assert [(r.actor, r.action) for r in rows] == [("梧川县政府", "推进")], rows


@pytest.mark.parametrize("text,first", [
    ("评价内容包括但不限于：配备专职维修人员", "配备专职维修人员"),
    ("当前，推进改革要注意两点：一是凡是愿意参与的企业，我们都要积极对接", "一是凡是愿意参与的企业"),
    ("各地要结合实际，重点做好以下工作：加强统筹", "各地要结合实际"),
    ("主要任务如下：", None),
    ("代理机构应当具备下列条件：有合格的场所", "代理机构应当具备下列条件"),  # the items do not ask
    ("各地要结合实际：一是加强统筹", "各地要结合实际"),  # no intro word before the colon
])
def test_drop_intro(text, first):
    cl = drop_intro(text, clauses(text, 0, len(text)))
    assert (text[cl[0].start:cl[0].end] if cl else None) == first


def test_lexicon_kinds_are_documented():
    """Every kind of models/non_requirements.tsv has words, and the header names each."""
    from pipeline.resources import model_path

    header = model_path("non_requirements.tsv").read_text(encoding="utf-8")
    lex = lexicon()
    for kind, words in lex.words.items():
        assert words or lex.regex[kind].pattern, kind
        assert f"# {kind} —" in header, kind
