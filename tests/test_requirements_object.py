"""Where the object of a requirement's predicate starts and ends (verbphrase.py), eighth pass.

Sentences of our own, one row per kind of object error left after the seventh pass (kept apart
from tests/test_requirements_verbphrase.py, whose table the action work extends at the same time).
"""
from __future__ import annotations

import pytest

from pipeline.requirements import find_requirements
from pipeline.requirements.predicates import action_object

# (predicate text as the stage passes it, topic, cue) -> (action, object)
CASES = [
    # 1. a pivot verb (让, 协调: kind pivot_object) governs a party whose own predicate follows: the party is the
    # object, also when that predicate is a state (an adverb and an adjective, or an idiom), and an adverb
    # before the party's verb is that verb's
    (("让农村居民的获得感更加充实、安全感更有保障", "", "要"), ("让", "农村居民的获得感")),
    (("支持企业家心无旁骛、长远打算", "", "要"), ("支持", "企业家")),
    (("指导、协调各乡镇督促施工单位做好扬尘管控工作", "", ""), ("指导、协调", "各乡镇")),
    (("协调有关部门解决企业用地问题", "", "要"), ("协调", "有关部门")),
    (("组织职工广泛参与志愿服务", "", "要"), ("组织", "职工")),
    (("引导企业积极参与乡村振兴", "", "要"), ("引导", "企业")),
    (("协调推进老旧小区改造", "", "要"), ("协调推进", "老旧小区改造")),
    # 3. X与Y相结合 (a verb of two sides after 与/和: kind reciprocal) is one noun phrase, whatever verbs its sides hold
    (("坚持专项治理和加强日常监管相结合", "", "要"), ("坚持", "专项治理和加强日常监管相结合")),
    (("推动老街区保护利用与城市更新相结合", "", "要"), ("推动", "老街区保护利用与城市更新相结合")),
    (("推动产业发展与生态保护相协调", "", "要"), ("推动", "产业发展与生态保护相协调")),
    (("把长远目标和当前任务结合起来", "", "要"), ("结合起来", "长远目标和当前任务")),
    (("加强宣传引导、完善配套政策", "", "要"), ("加强", "宣传引导")),
    # 4. after a pivot verb a list of three acts or more (one or two words each, ending in a verb) is its object
    (("组织申报、初审、复核和公示", "", "要"), ("组织", "申报、初审、复核和公示")),
    (("组织申报、评审和验收", "", "要"), ("组织", "申报、评审和验收")),
    (("组织职工、家属和志愿者参与植树", "", "要"), ("组织", "职工、家属和志愿者")),
    # 5. 公开 (jieba: an adverb) is the verb before a noun, at the clause's start or after adverbs (kind ad_verb)
    (("及时主动公开项目审批信息", "", "要"), ("公开", "项目审批信息")),
    (("全面准确公开收费项目、收费标准和投诉渠道等信息", "", "要"), ("公开", "收费项目、收费标准和投诉渠道等信息")),
    (("公开征求意见", "", "要"), ("征求意见", "")),
    (("坚持公开透明", "", "要"), ("坚持", "公开透明")),
    # 6. 协助, 拒绝 only support the verb after them (kind auxiliary): that verb is no object; 协助 X 做 Y: X
    (("协助核查", "", "应当"), ("协助核查", "")),
    (("拒绝提供", "", "不得"), ("拒绝提供", "")),
    (("拒绝提供相关票据", "", "不得"), ("拒绝提供", "相关票据")),
    (("协助公安机关调查处理", "", "应当"), ("协助", "公安机关")),
    # 7. the other side of a verb of two sides (与X相协调, 相抵触: kind reciprocal, or 相 before the verb) is no object
    (("与周边街区风貌相协调", "", "应当"), ("协调", "")),
    (("与上位法相抵触", "", "不得"), ("抵触", "")),
    (("与区域发展水平相适应", "", "应当"), ("相适应", "")),
    # 8. a closed frame followed only by nouns sits inside the object (…在我国境内|…管理制度); a place frame opening the
    # object of 探索 gives the object of its verb, any verb
    (("研究制定境外人员在本市境内短期就业管理办法", "", "要"), ("研究制定", "境外人员在本市境内短期就业管理办法")),
    (("完善企业在境外投资管理制度", "", "要"), ("完善", "企业在境外投资管理制度")),
    (("推广智能设备在社区中应用", "", "要"), ("推广", "智能设备")),
    (("探索在公交站台上安装电子显示屏", "", "要"), ("探索", "电子显示屏")),
    # 9. a bare verb, then 、 and an adverbial word (jieba: an adjective, a verbal noun) with the verb that ends the
    # clause: coordinated predicates, no object
    (("随意修改、违规变更", "", "不得"), ("修改", "")),
    (("擅自拆除、违规改建", "", "不得"), ("拆除", "")),
    (("改进、完善制度", "", "要"), ("改进、完善", "制度")),
    # 10. a share after 的 (a fraction, a percentage, 一半: kind share) ends the object, no trailing quantity
    (("为住户缴交三个月租金的三分之二", "", "会"), ("缴交", "三个月租金的三分之二")),
    (("承担项目总投资的一半", "", "要"), ("承担", "项目总投资的一半")),
    (("补助设备购置费用的30%", "", "按"), ("补助", "设备购置费用的30%")),
    (("增拨1.6亿元", "", "要"), ("增拨", "1.6亿元")),
    # 11. a sum after a pivot verb of means (动用, 利用) is the means, and its verb follows (重建: jieba an adjective)
    (("动用5亿元重建区体育中心", "", "会"), ("动用", "5亿元")),
    (("重建老旧厂房", "", "要"), ("重建", "老旧厂房")),
    (("增拨900万元经常开支", "", "要"), ("增拨", "900万元经常开支")),
    # 12. the phrase of 向 (kind addressee) says to whom, it is no object; a limit of time (30日内: kind limit_end)
    # neither
    (("自设立之日起30日内向所在地主管部门备案", "", "应当"), ("备案", "")),
    (("及时向区政府报告", "", "要"), ("报告", "")),
    (("向社会公布监测结果", "", "要"), ("公布", "监测结果")),
    (("同所联系的群众谈心", "", "要"), ("谈心", "所联系的群众")),
    # 13. 报 a body and its act (kind addressee): to whom it goes, no object; 报原 re-cut (recuts.tsv)
    (("报上级主管部门备案", "", "要"), ("报", "")),
    (("报区政府批准后实施", "", "应当"), ("报", "")),
    (("报原审批机关重新审核", "", "应当"), ("报", "")),
    (("报送年度工作总结", "", "要"), ("报送", "年度工作总结")),
    # 14. a frame ends where 把/将 X begins (通过…|把X…释放出来), X without the adverbs of its verb; a word in 化 ending
    # the clause is the verb of 把 X (char class vp_verb_suffix)
    (("通过深化改革把这种潜力有效释放出来", "", "要"), ("释放出来", "这种潜力")),
    (("通过专项整治把问题解决好", "", "要"), ("解决好", "问题")),
    (("把志愿服务常态化", "", "要"), ("常态化", "志愿服务")),
    (("将节水内容纳入审查范围", "", "要"), ("纳入", "节水内容")),
    # 15. verbs after a noun that run, through nouns, to 与/和/及 and a second noun phrase ending the clause are the
    # head of the first of two coordinated noun phrases (…业态|规范引导与全过程监管), no new predicate
    (("加强商户经营规范引导与全过程监管", "", "要"), ("加强", "商户经营规范引导与全过程监管")),
    (("引导商户按照经营规范和服务标准开展经营", "", "要"), ("引导", "商户")),
    (("组织职工开展技能培训和岗位练兵", "", "要"), ("组织", "职工")),
    # 16. the verbs of an object run to the 的 of its head also when that head is a verb and a verbal noun (审批管理)
    (("优化历史建筑实施保护、修缮、改造的审批管理", "", "要"), ("优化", "历史建筑实施保护、修缮、改造的审批管理")),
    (("优化各类文物建筑实施保护、修缮的审批管理", "", "要"), ("优化", "各类文物建筑实施保护、修缮的审批管理")),
    (("加强企业开展培训的组织协调", "", "要"), ("加强", "企业开展培训的组织协调")),
    # 17. an auxiliary verb (负责) whose phrase is only a frame of scene (根据…, 按照…) to the clause's end:
    # its object is
    # that of the verb in the next clause; a frame of object (对…的监管) is its own object
    (("负责根据工作需要，及时安排落实物资的运输", "", "要"), ("负责", "物资的运输")),
    (("负责按照有关规定，组织开展安全检查", "", "应当"), ("负责", "安全检查")),
    (("负责对市场价格的监管，依法打击违法行为", "", "要"), ("负责", "对市场价格的监管")),
    # 18. a verb right before the copula (是: kind copula) is the subject of a clause in a list, no new predicate
    (("坚持人民是主体、改革是动力、创新是引擎", "", "要"), ("坚持", "人民是主体、改革是动力、创新是引擎")),
    # 19. 对X的Y then a verb of kind verbal_object with its object: that object (the outer verb stays the action);
    # 对X的…力度 with no such verb after it stays the object
    (("研究支持对区域外的维修业态实行保税监管", "", "要"), ("研究支持", "保税监管")),
    (("加大对重点领域的融资支持力度", "", "要"), ("加大", "对重点领域的融资支持力度")),
    (("加强对重点企业的监督检查", "", "要"), ("加强", "对重点企业的监督检查")),
    # 20. 将 before an adverb (通盘: kind adverb) is of the future, no 将X…; the verb of a serial pair is no lead
    (("将通盘研究考虑", "", ""), ("研究考虑", "")),
    (("将通盘考虑各类需求", "", ""), ("通盘考虑", "各类需求")),
    (("固定资产投资增长5%左右", "", ""), ("投资增长", "固定资产投资")),  # (the indicator keeps its head; the action is
    # the action work's)
    # 21. 将 X V至 Y (a verb before a destination, kind destination) is 将X…, also after a frame of time;
    # 将于… is of the future
    (("在明年将服务扩展至全市各区", "", "会"), ("扩展至", "服务")),
    (("将服务扩展至全市各区", "", "会"), ("扩展至", "服务")),
    (("将于明年推广至全市", "", ""), ("推广至", "全市")),
    # 22. a cue verb after 、 (坚持: kind cue) starts a predicate, it is no compound noun of a list
    (("走绿色低碳发展道路、坚持生态优先", "", "要"), ("走", "绿色低碳发展道路")),
    (("建设创新基地、实践基地", "", "要"), ("建设", "创新基地、实践基地")),
    # 23. a lead read as the object keeps the glue between its nouns (a slice of the text, not its nouns run together)
    (("工业和城镇污染向农业农村转移", "", "严禁"), ("转移", "工业和城镇污染")),
    (("餐厨垃圾和厨余垃圾运输至指定场所", "", ""), ("运输至", "餐厨垃圾和厨余垃圾")),
    (("农药和化肥向河道排放", "", "严禁"), ("排放", "农药和化肥")),
    # audit pass (auditA): a coordinated object is not cut at 和/、 where jieba mis-tags the second item's
    # first word (知识/v, 场地/s, 横向/v), nor mid-word where jieba splits a policy term (碳中|和)
    (("加强乡村教师技能培养和知识更新", "", "要"), ("加强", "乡村教师技能培养和知识更新")),
    (("配置专职保洁人员和清洗场地", "", "要"), ("配置", "专职保洁人员和清洗场地")),
    (("加强部门联动、横向协作", "", "要"), ("加强", "部门联动、横向协作")),
    (("稳步推进碳达峰碳中和", "", "要"), ("推进", "碳达峰碳中和")),
    # frames2: an item after 、 that mirrors the one before it (the same last word; a noun and a verb after an item
    # ending in a verbal noun) or a head noun between list marks is a noun of the list, no new predicate
    (("引导绿色消费、低碳出行", "", "要"), ("引导", "绿色消费、低碳出行")),
    (("突出特色发展、融合发展、集聚发展", "", "要"), ("突出", "特色发展、融合发展、集聚发展")),
    (("加强数字监管、穿透式监管", "", "要"), ("加强", "数字监管、穿透式监管")),  # an item of three words
    (("完善制度、标准、规范和实施细则的修订", "", "要"), ("完善", "制度、标准、规范和实施细则的修订")),
    (("加强规划编制、标准、规范和技术导则的制修订", "", "要"), ("加强", "规划编制、标准、规范和技术导则的制修订")),
    (("建立工作机制、落实责任", "", "要"), ("建立", "工作机制")),
    (("要以新理念把握发展、衡量发展、推动发展", "", "要"), ("把握", "发展")),
    # a set predicate jieba tags as an idiom or glues to the next word: 把 X 摆在首位, 做深, 培育壮大, 发展壮大
    (("始终把安全生产摆在首位", "", "要"), ("摆在首位", "安全生产")),
    (("做深向北部灌区引水工程前期", "", ""), ("做深", "向北部灌区引水工程前期")),
    (("培育壮大县域特色产业", "", ""), ("培育壮大", "县域特色产业")),
    (("发展壮大村级集体经济", "", "要"), ("发展壮大", "村级集体经济")),
    (("改善宿舍和诊疗条件", "", "要"), ("改善", "宿舍和诊疗条件")),
    (("加强孤寡老人和留守儿童关爱服务", "", "要"), ("加强", "孤寡老人和留守儿童关爱服务")),
    (("提升基层医疗服务便利性和可及性", "", "要"), ("提升", "基层医疗服务便利性和可及性")),
    (("严厉打击废旧电池非法转移、倾倒行为", "", "要"), ("严厉打击", "废旧电池非法转移、倾倒行为")),
    (("加强行业布局和产能监测预警", "", "要"), ("加强", "行业布局和产能监测预警")),
    (("办好老年教育、继续教育", "", "要"), ("办好", "老年教育、继续教育")),
    # terms and verb pairs jieba splits: the action or the object was cut inside them
    (("努力绘就乡村振兴的美好画卷", "", ""), ("绘就", "乡村振兴的美好画卷")),
    (("做大做强两个区域中心城市", "", ""), ("做大做强", "两个区域中心城市")),
    (("新建20个村级互助幸福院", "", ""), ("新建", "20个村级互助幸福院")),
    (("改造建设一批农贸市场", "", ""), ("改造建设", "一批农贸市场")),
    (("开展碳排放统计核算", "", ""), ("开展", "碳排放统计核算")),
    (("深化政务公开", "", "要"), ("深化", "政务公开")),
    (("加快融资平台退出转型", "", ""), ("加快", "融资平台退出转型")),
    (("勇当开路先锋", "", "要"), ("勇当", "开路先锋")),
    (("大兴调查研究之风", "", "要"), ("大兴", "调查研究之风")),
    (("持续用力推动物价企稳回升", "", ""), ("推动", "物价企稳回升")),
    # 9. a list closed by 等 and a head noun that ends the clause is one noun phrase: an item opened by a verb
    # (利用不畅, 组织考核) is no new predicate; without 等 and a head it still is
    (("着力解决污水收集率低、利用不畅、管网老化等突出问题", "", ""),
     ("解决", "污水收集率低、利用不畅、管网老化等突出问题")),
    (("开展技能培训、组织考核等活动", "", "要"), ("开展", "技能培训、组织考核等活动")),
    (("加强日常监管、严厉打击违法行为", "", "要"), ("加强", "日常监管")),
    (("开展技能培训、组织考核，提升服务水平", "", "要"), ("开展", "技能培训")),
    # 10. 行动 (a campaign) is a head noun like 活动: the verbs before it name the campaign, they start no predicate
    (("实施老旧街区更新提升行动", "", ""), ("实施", "老旧街区更新提升行动")),
    # 11. what the object is kept for (备查) and an adverb of the party's next verb (重新) are no part of the object
    (("留存购房合同等有关资料备查", "", "应当"), ("留存", "购房合同等有关资料")),
    (("委托有资质的机构重新编制评估报告", "", ""), ("委托", "有资质的机构")),
    # 12. 也/又 after the object open a second predicate (不能X也不能Y): the object ends before them
    (("挪用专项资金也不能转借他人", "", "不得"), ("挪用", "专项资金")),
    (("推广新技术又要保护环境", "", "要"), ("推广", "新技术")),
    # 13. (reports5) a verb after 和/及 inside the object goes on with its noun phrase when it pairs with a verb
    # after a noun (…保护和修复…工程) or it and what follows end the clause in verbs or a verbal noun's head
    # (…建设和反腐败斗争); a verb with its own noun object (和执行…政策), 并 or an opener after a verbal noun
    # (建设和完善…) still start a predicate
    (("实施湿地生态保护和修复重点工程", "", "要"), ("实施", "湿地生态保护和修复重点工程")),
    (("加大偷排企业责任追究和处罚力度", "", "要"), ("加大", "偷排企业责任追究和处罚力度")),
    (("推进基层党风廉政建设和反腐败斗争", "", ""), ("推进", "基层党风廉政建设和反腐败斗争")),
    (("加快新型材料研发和应用推广", "", ""), ("加快", "新型材料研发和应用推广")),
    (("强化河湖污染综合治理和联防联控", "", ""), ("强化", "河湖污染综合治理和联防联控")),
    (("服从党的领导和执行党的政策", "", "要"), ("服从", "党的领导")),
    (("完成耕地划定并实行特殊保护", "", ""), ("完成", "耕地划定")),
    (("加强排水设施建设和完善应急预案", "", ""), ("加强", "排水设施建设")),
    # 14. (reports5) a causative verb after the object opens a second predicate (kind causative), 的 after it or not;
    # 使 as the action keeps its clause
    (("改造这些作坊使它们成为现代化的企业", "", "要"), ("改造", "这些作坊")),
    (("加强山区水利建设使灌溉条件明显改善", "", ""), ("加强", "山区水利建设")),
    # frames2: 用于 of purpose after an object ends it too, unless the clause ends in a noun of degree (力度, 比例)
    (("发行专项债券用于支持农村公路建设", "", "要"), ("发行", "专项债券")),
    (("安排奖补资金用于村级养老设施改造", "", "要"), ("安排", "奖补资金")),
    (("加大财政资金用于村级养老设施改造力度", "", "要"), ("加大", "财政资金用于村级养老设施改造力度")),
    (("将结余资金用于村道养护", "", "要"), ("用于", "结余资金")),
    (("使每个村民都知法守法", "", "要"), ("使", "每个村民都知法守法")),
    # 15. (reports5) verbs of the reports jieba glues to an adverb or tags as nouns (recuts, tag_overrides)
    (("深刻领会县委全会精神的基本内涵和实践要求", "", "要"), ("领会", "县委全会精神的基本内涵和实践要求")),
    (("认真领会全会精神", "", "要"), ("领会", "全会精神")),
    (("努力增收节支", "", ""), ("增收节支", "")),
    # 16. (reports5) 严加 is an adverb of the verb after it; the topic before the cue is what is controlled
    (("严加控制", "豪华宾馆的建设", "要"), ("控制", "豪华宾馆的建设")),
]


@pytest.mark.parametrize("args, expected", CASES, ids=[a[0][:14] for a, _ in CASES])
def test_object(args, expected):
    assert action_object(*args) == expected


# sentences through the whole stage
STAGE = [
    # 2. X 由 agent V with nothing after the verb: X, the noun phrase before 由, is what the agent acts on
    # (its trailing adverbs dropped); not when the verb has an object of its own or no noun opens the clause
    ("一、任务\n（一）农村公路养护资金的分配办法由区财政局另行制定。",
     ("区财政局", "制定", "农村公路养护资金的分配办法")),
    ("一、任务\n（一）小区装修垃圾原则上由物业企业负责清运。", ("物业企业", "负责清运", "小区装修垃圾")),
    ("一、任务\n（一）公园举办的大型活动分别由区绿化部门审核。", ("区绿化部门", "审核", "公园举办的大型活动")),
    ("一、任务\n（一）所需经费由区财政统筹安排。", ("区财政", "统筹安排", "所需经费")),
    ("一、任务\n（一）由区财政局负责编制年度预算。", ("区财政局", "负责编制", "年度预算")),
]


@pytest.mark.parametrize("text, expected", STAGE, ids=[t[8:20] for t, _ in STAGE])
def test_stage_object(text, expected):
    reqs = list(find_requirements(text))
    assert reqs, text
    assert (reqs[0].actor, reqs[0].action, reqs[0].object) == expected
