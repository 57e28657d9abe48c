"""The action and object of a requirement's predicate, read from its syntax (verbphrase.py).

Sentences of our own, one row per kind of construction of the genre: the cue does not eat
the verb, verb and object split at the right place, objects are whole noun phrases, frames
are passed over, and fixed frames (把/将…纳入, 鼓励X做Y, 坚持/确保 + noun phrase) change roles.
"""
from __future__ import annotations

import pytest

from pipeline.requirements import find_requirements
from pipeline.requirements.predicates import action_object
from pipeline.requirements.verbphrase import tag_clause, verb_cues

# (predicate text as the stage passes it, topic, cue) -> (action, object)
CASES = [
    # 1. a cue that is the predicate; a target statement: the verb of change, the indicator
    (("坚持党的民族工作基本方针", "", "坚持"), ("坚持", "党的民族工作基本方针")),
    (("确保全县粮食播种面积稳定", "", "确保"), ("确保", "全县粮食播种面积")),
    # the aim cues 争取/力争 before a noun phrase with no verb of its own are its predicate (before a verb only the
    # cue); the object is the clause's noun phrase as written (not its nouns with the adverbs left out: 更好|结果)
    (("更好成绩", "", "争取"), ("争取", "更好成绩")),
    (("更多省级资金支持", "", "争取"), ("争取", "更多省级资金支持")),
    (("县域经济更快发展", "", "争取"), ("争取", "县域经济更快发展")),
    (("规上工业企业1500家以上", "", "力争"), ("力争", "规上工业企业")),
    (("实现全年目标任务", "", "争取"), ("实现", "全年目标任务")),
    (("城乡居民收入增加", "", "力争"), ("增加", "城乡居民收入")),
    (("营造全社会尊重劳动的氛围", "", "力争"), ("营造", "全社会尊重劳动的氛围")),
    (("县级文化馆项目获批", "", "争取"), ("争取", "县级文化馆项目获批")),
    # a noun phrase before the verb is a slice of the text, its 的, adverbs and list items kept (never its nouns
    # glued over a gap: 常住居民人均收入, 特色产业高质量发展)
    (("全县农村常住居民的人均收入增长6%", "", ""), ("增长", "全县农村常住居民的人均收入")),
    (("县域特色产业的高质量发展", "", "争取"), ("争取", "县域特色产业的高质量发展")),
    # a label ending in the copula and a colon: the predicate is what it opens (not 是 and the label)
    (("本镇明年的主要目标是：全镇财政收入增长5%左右", "", ""), ("增长", "全镇财政收入")),
    (("本规划的指导思想是：坚持生态优先、绿色发展", "", ""), ("坚持", "生态优先、绿色发展")),
    (("坚持和完善基层群众自治制度", "", "坚持"), ("坚持和完善", "基层群众自治制度")),
    # a cue verb before a frame whose phrase closes before a verb is only the cue: that verb is the action (coord2);
    # not when the frame runs to the clause's end, closes before 作为 or a list
    (("坚持以数字化的手段提升基层治理水平", "", "坚持"), ("提升", "基层治理水平")),
    (("坚持在发展中增进全县群众福祉", "", "坚持"), ("增进", "全县群众福祉")),
    (("确保在汛期前完成河道清淤任务", "", "确保"), ("完成", "河道清淤任务")),
    # a framing verb after an adverb is its clause's predicate, no frame of the next clause's (coord2)
    (("稳步利用社会资本，引导资金投向养老服务", "", ""), ("利用", "社会资本")),
    (("利用社区广场，开展文化活动", "", ""), ("开展", "文化活动")),
    # jieba's idioms re-cut (coord2): an adverbial in 地 before the verb, a verb glued to its object
    (("我们必须极大地提高全县农民的文化水平，使…", "", "必须"), ("提高", "全县农民的文化水平")),
    (("要坚定信心，迎难而上", "", "要"), ("坚定", "信心")),
    # an adverbial in 地 before the next verb ends no object (coord2); a place noun in 地 stays whole
    (("把社区治理同基层党建很好地结合起来", "", "要"), ("结合起来", "社区治理同基层党建")),
    (("一定要把这种局面及时地扭转过来", "", "要"), ("扭转", "这种局面")),
    (("加快建设区域产业重要承接地", "", ""), ("建设", "区域产业重要承接地")),
    # 以及 is a list mark: a verb after it inside a list closed by 等 is an item, not a new predicate (coord2)
    (("建设仓储、冷链以及分拣等设施", "", ""), ("建设", "仓储、冷链以及分拣等设施")),
    (("完善道路、管网以及照明等配套设施", "", ""), ("完善", "道路、管网以及照明等配套设施")),
    # coordinated verb pairs of the genre jieba cuts in two and tags apart (recuts.tsv) are one action (coord2)
    (("要改革完善乡镇财政管理制度", "", "要"), ("改革完善", "乡镇财政管理制度")),
    (("巩固发展民族团结", "", ""), ("巩固发展", "民族团结")),
    (("落实落细各项惠企政策", "", ""), ("落实落细", "各项惠企政策")),
    (("梳理排查辖区安全隐患", "", ""), ("梳理排查", "辖区安全隐患")),
    (("排查整治燃气安全隐患", "", ""), ("排查整治", "燃气安全隐患")),  # (plans6) 排查|整治
    # after 、, a verb of a verbal object jieba tags as a noun (优化/vn) opens a second predicate: the object ends
    # before it; not inside a list closed by 等 or 的 (coord2)
    (("拓展服务领域、优化网点布局", "", ""), ("拓展", "服务领域")),
    (("完善村务监督、考核评估办法", "", ""), ("完善", "村务监督、考核评估办法")),
    # idioms of conduct jieba tags as a set phrase or a noun (tag_overrides.tsv) end the object before them (coord2)
    (("全县干部要增强信心、锐意进取", "", "要"), ("增强", "信心")),
    (("要凝聚共识、真抓实干", "", "要"), ("凝聚", "共识")),
    # 对…加强指导: the verb after the 对 frame, with 加强指导 and 对下|一级 re-cut (coord2)
    (("对下一级机关乡村建设项目储备工作加强指导", "", "要"), ("加强", "指导")),
    (("坚持以群众满意为标准", "", "坚持"), ("坚持", "以群众满意为标准")),
    (("坚持以服务质量作为考核标准", "", "坚持"), ("坚持", "以服务质量作为考核标准")),
    (("农村居民人均可支配收入增长7%左右", "", ""), ("增长", "农村居民人均可支配收入")),
    (("城市绿道总里程达到300公里以上", "", ""), ("达到", "城市绿道总里程")),
    (("不低于85%", "全镇生活垃圾回收利用率", "应"), ("不低于", "全镇生活垃圾回收利用率")),
    # 2. coordinated verbs, resultative verbs, adverbs before the verb
    (("巩固和完善村级集体经济组织", "", ""), ("巩固和完善", "村级集体经济组织")),
    (("跟上数字化转型步伐", "", ""), ("跟上", "数字化转型步伐")),
    (("持续深化国有企业混合所有制改革", "", ""), ("深化", "国有企业混合所有制改革")),
    (("积极开展林下经济试点工作", "", ""), ("积极开展", "林下经济试点工作")),
    (("组织开展安全隐患大排查", "", ""), ("组织开展", "安全隐患大排查")),
    # directional complements jieba cuts off their verb (树立|起, 培养|出, 坚持|下去) belong to the verb
    (("树立起崇尚实干的良好风气", "", "必须"), ("树立起", "崇尚实干的良好风气")),
    (("培养出一批懂技术的乡村工匠", "", ""), ("培养出", "一批懂技术的乡村工匠")),
    (("长期开展下去", "", "要"), ("开展下去", "")),
    (("担负起基层治理的主体责任", "", ""), ("担负起", "基层治理的主体责任")),
    # verbs of the reports jieba tags as an adjective, a name or a noun, or cuts in two (珍惜/a, 建强/nrfg, 界定/n,
    # 打|造成)
    (("十分珍惜和保护湿地资源", "", "要"), ("珍惜和保护", "湿地资源")),
    (("建强村级党组织", "", ""), ("建强", "村级党组织")),
    (("科学界定市县事权边界", "", ""), ("界定", "市县事权边界")),
    (("把滨江片区打造成城市新客厅", "", "努力"), ("打造成", "滨江片区")),
    # speeches (auditD): 依靠人民 one noun to jieba, 铭记/n, 履职|尽责 one set verb
    (("紧紧依靠人民群众", "", "必须"), ("依靠", "人民群众")),
    (("深刻铭记老一辈创业者的奋斗历程", "", "应"), ("铭记", "老一辈创业者的奋斗历程")),
    (("履职尽责、不辱使命", "", "一定要"), ("履职尽责", "")),
    # speeches (speech5): after a modal cue and no verb, the predicate jieba tags as an idiom, a state or a noun is the
    # action, the noun phrase after it the object (no empty action)
    (("一票否决", "", "要"), ("一票否决", "")),
    (("走过场", "", "不能"), ("走过场", "")),
    (("配齐消防器材", "", "要"), ("配齐", "消防器材")),
    (("松劲懈怠", "", "决不能"), ("松劲懈怠", "")),
    (("多设计一些体验式课程", "", "要"), ("设计", "一些体验式课程")),
    (("按核定人数载客", "", "必须"), ("载客", "")),
    # idioms coordinated as predicates after a modal: the first is the action, the next no object (咬紧牙关、|攻坚克难)
    (("咬紧牙关、攻坚克难", "", "要"), ("咬紧牙关", "")),
    (("优中选优、讲求质量", "", "要"), ("优中选优", "")),
    # words jieba cuts or tags against their use in speeches: 多出/m, 加以解决/l after the adverbial 下大力气/l,
    # 澄清|正名 one set verb, 抓得 a verb and its complement marker
    (("多出高水平的研究成果", "", "要"), ("多出", "高水平的研究成果")),
    (("下大力气加以解决", "", "必须"), ("加以解决", "")),
    (("下大力气解决群众反映强烈的问题", "", "要"), ("解决", "群众反映强烈的问题")),
    (("及时为被错告的干部澄清正名", "", "要"), ("澄清正名", "")),
    (("把安全工作抓得很紧很实", "", "必须"), ("抓", "安全工作")),
    (("依规依纪严肃处理", "", "要"), ("严肃处理", "")),  # 依规依纪 an adverbial like 依法依规
    (("广泛动员群众、组织群众、凝聚群众", "", "要"), ("动员", "群众")),  # 动员群众 jieba's noun
    # 把 X 统一起来: 统一|起来 one verb that closes the 把 frame, even when a verb opens X
    (("把改革和发展统一起来", "", "要"), ("统一起来", "改革和发展")),
    # a topic 对X before the cue is what is treated: the object without its preposition
    (("早发现、早干预", "对校园欺凌事件", "要"), ("发现", "校园欺凌事件")),
    (("认真听取", "对善意的批评建议", "要"), ("听取", "善意的批评建议")),
    # 要支持/鼓励 X + two verbs ending the clause: X's act, the party X alone is the object (not cut between the verbs)
    (("优先支持贫困家庭劳动力务工就业", "", "要"), ("支持", "贫困家庭劳动力")),
    (("鼓励外出农民工尽快返岗复工", "", "要"), ("鼓励", "外出农民工")),
    (("把落实上级要求、满足群众期盼统一起来", "", "力求"), ("统一起来", "落实上级要求、满足群众期盼")),
    # before any noun of the object, a verb and its noun after 、 are a predicate of their own (加强协调、|形成合力);
    # a list of acts or of nouns stays one object
    (("加强沟通、形成合力", "", "要"), ("加强", "沟通")),
    (("加强监测、预警和处置", "", "要"), ("加强", "监测、预警和处置")),
    (("开展宣传、教育活动", "", "要"), ("开展", "宣传、教育活动")),
    # 鼓励 + bare acts joined by 和, no party, no noun phrase: the cue governs (speech gold: object '');
    # a party with an object keeps its own verb; acts joined by 、 stay predicates of their own
    (("持续改进和大胆探索", "", "鼓励"), ("鼓励", "")),
    (("企业开展研发和试验", "", "鼓励"), ("开展", "研发和试验")),
    # a verb of prevention before a verb opens the object, it joins no action (建立|防止返贫…机制)
    (("加快建立防止返贫致贫预警机制", "", "要"), ("建立", "防止返贫致贫预警机制")),
    (("建立健全考核激励机制", "", "要"), ("建立健全", "考核激励机制")),
    (("探索、宽容失误", "", "鼓励"), ("探索", "")),
    # 3. whole noun phrases: not cut at 地, not by length, no dangling glue, stop at the next predicate
    (("用好地方政府专项债券", "", ""), ("用好", "地方政府专项债券")),
    (("加强职业院校实训基地建设", "", ""), ("加强", "职业院校实训基地建设")),
    (("完善城乡居民最低生活保障标准确定和救助金正常调整机制", "", ""),
     ("完善", "城乡居民最低生活保障标准确定和救助金正常调整机制")),
    (("推进垃圾分类、污水处理以及", "", ""), ("推进", "垃圾分类、污水处理")),
    (("参与社区养老服务设施运营、开展上门照护服务", "", ""), ("参与", "社区养老服务设施运营")),
    (("健全重点企业季度报送制度（见附件3）", "", ""), ("健全", "重点企业季度报送制度")),
    # 4. frames passed over
    (("从红色家书阅读中汲取精神力量", "", ""), ("汲取", "精神力量")),
    (("在理论武装上深入检视", "", ""), ("检视", "")),
    (("通过土地入股、代耕代种等多种形式，开展农业社会化服务", "", ""), ("开展", "农业社会化服务")),
    (("按照省里的统一部署，加快推进老旧小区改造", "", ""), ("推进", "老旧小区改造")),
    (("对群众反映强烈的问题实行挂牌督办", "", ""), ("实行", "挂牌督办")),
    # a frame whose phrase ends in a list opened after 的, closed by 等 and a frame head (问题, 困难): the whole
    # clause is the frame; without 的 the verb before the list governs it
    (("针对商户复市面临的房租减免、用工招聘和扩大销路等现实问题，优化帮扶方式", "", "要"), ("优化", "帮扶方式")),
    (("在园区内合理布局停车场、公交站等配套设施，方便群众出行", "", ""),
     ("合理布局", "停车场、公交站等配套设施")),
    (("以乡村振兴为主线，做强特色农业", "", ""), ("做强", "特色农业")),
    (("围绕主导产业，培育一批专精特新企业", "", ""), ("培育", "一批专精特新企业")),
    (("定期对公共停车场收费情况进行检查", "", ""), ("进行", "检查")),
    (("每季度至少同结对帮扶户谈心谈话一次", "", ""), ("谈心谈话", "结对帮扶户")),
    # fixed frames: 把/将 X 纳入/作为 Y, 鼓励/支持 X 做 Y
    (("将农村饮水安全工程运行维护经费纳入县级财政预算", "", ""), ("纳入", "农村饮水安全工程运行维护经费")),
    (("把耕地保护作为乡镇考核的重要内容", "", ""), ("作为", "耕地保护")),
    # the verb right after 作为 opens Y (把X作为|加快…的动力), no second action; joined by 并 it is one
    (("把营商环境建设作为加快县域发展的关键抓手", "", ""), ("作为", "营商环境建设")),
    (("把农村人居环境整治作为推动乡村振兴的重要内容", "", "要"), ("作为", "农村人居环境整治")),
    (("将养老服务纳入并统筹规划", "", ""), ("纳入并统筹规划", "养老服务")),
    # idioms of conduct are the predicate of a clause of idioms, not the verb of a later clause
    (("恪尽职守、廉洁奉公，确保资金用于民生", "", "要"), ("恪尽职守", "")),
    (("探索将碳排放强度纳入企业综合评价体系", "", ""), ("纳入", "碳排放强度")),
    (("引导社会力量积极参与乡村公益事业", "", "鼓励"), ("积极参与", "乡村公益事业")),
    (("请各街道于6月底前报送年度计划汇总表", "", ""), ("报送", "年度计划汇总表")),
    (("社区卫生服务中心设立家庭医生工作室", "", "支持"), ("设立", "家庭医生工作室")),
    (("乡村生态旅游精品线路", "", "鼓励"), ("鼓励", "乡村生态旅游精品线路")),
    # frames2: a verbal noun before a word ending in a party's head (龙头企业) is inside the party's name; a verb
    # right after the cue before such a word is the act (培育|龙头企业)
    (("养殖龙头企业加快复工", "", "支持"), ("复工", "")),
    (("扶贫龙头企业、扶贫车间尽快复工", "", "支持"), ("复工", "")),
    (("培育龙头企业", "", "支持"), ("培育", "龙头企业")),
    # a clause that ends in 的 is a condition: the predicate follows
    (("擅自改变用途的，依法收回土地使用权", "", ""), ("收回", "土地使用权")),
    # tags corrected by models/tag_overrides.tsv (督促检查/nr, 养护/v)
    (("适时督促检查村道养护进展情况", "", "要"), ("督促检查", "村道养护进展情况")),
    (("将村道附属停车场等有收益的项目与村道养护打包运行", "", "鼓励"),
     ("打包运行", "村道附属停车场等有收益的项目与村道养护")),
    # a quotation is one word of the noun phrase
    (("在县农贸市场推出“科技创新码”", "", ""), ("推出", "科技创新码")),
    # Traditional text read through the fold, sliced as written; numbers in groups of thousands
    (("增撥500萬元經常開支，增加80個日間護理名額", "", ""), ("增撥", "500萬元經常開支")),
    (("向每戶提供1,200元的交通補貼", "", ""), ("提供", "1,200元的交通補貼")),
    (("增拨300万元", "", ""), ("增拨", "300万元")),
    # a purpose clause, 将 of the future, localisers closing 在…
    (("为减少交通拥堵，在学校周边增设临时停车泊位", "", ""), ("增设", "临时停车泊位")),
    (("我们将于明年3月开始发放助学补贴", "", ""), ("开始发放", "助学补贴")),
    # complements, serial verbs, verbs with a verbal object, 予以 + verb
    (("实施好稳健的财政政策", "", ""), ("实施好", "稳健的财政政策")),
    (("计算确定", "抗震等级", "应"), ("计算确定", "抗震等级")),
    (("做好组织实施", "", "切实"), ("做好", "组织实施")),
    (("发挥统筹协调作用", "", ""), ("发挥", "统筹协调作用")),
    (("依法予以查处", "违规占道经营", "要"), ("予以查处", "违规占道经营")),
    # the object of a pivot verb ends before the party's own verb
    (("组织志愿者到敬老院开展助老服务", "", ""), ("组织", "志愿者")),
    (("运用大数据手段提高风险预警能力", "", ""), ("运用", "大数据手段")),
    # frames that take their whole clause
    (("结合老旧小区改造，开展雨污分流工程", "", ""), ("开展", "雨污分流工程")),
    (("结合全市交通强国建设要求，积极开展改革试点", "", ""), ("积极开展", "改革试点")),
    # 鼓励 + a noun phrase; coordinated compound nouns; 把X由A提高至B; a verb and its object first
    (("车路协同技术应用", "", "鼓励"), ("鼓励", "车路协同技术应用")),
    (("共建技能培训基地、实践基地、实训基地", "", ""), ("共建", "技能培训基地、实践基地、实训基地")),
    (("把村民人均收入由现时1.2万元提高至1.5万元", "", ""), ("提高至", "村民人均收入")),
    (("拟安排市级专项资金2.5亿元、比上年增加3000万元", "", ""), ("安排", "市级专项资金")),
    # a frame's phrase that ends in the noun it refers to (平台, 需求, 单元) takes its clause
    (("依托区级智慧养老服务平台，完善居家养老服务网络", "", ""), ("完善", "居家养老服务网络")),
    (("按照居民实际需求，优化社区食堂布局", "", ""), ("优化", "社区食堂布局")),
    (("以街道为基本治理单元，推进网格化管理", "", ""), ("推进", "网格化管理")),
    (("会同区商务委定期跟进项目推进情况，通报进展", "", ""), ("跟进", "项目推进情况")),
    (("结合河道等整治提升，建设滨水慢行步道", "", ""), ("建设", "滨水慢行步道")),
    # a noun of means closes the frame before the verb; a light verb governs after a frame
    (("以资金入股等多种方式参与乡村旅游开发", "", ""), ("参与", "乡村旅游开发")),
    (("对物业管理行业组织进行指导", "", ""), ("进行", "指导")),
    (("自收到申请材料之日起15个工作日内作出答复", "", "应当"), ("作出", "答复")),
    # lists of nouns with verbs among their items run on to their head
    (("完善社区医疗、养老、托育、休闲功能", "", ""), ("完善", "社区医疗、养老、托育、休闲功能")),
    (("梳理闲置仓库、废弃厂房、边角空地等存量空间", "", ""), ("梳理", "闲置仓库、废弃厂房、边角空地等存量空间")),
    (("宣传基层干部扎根山区、服务群众的感人事迹", "", ""), ("宣传", "基层干部扎根山区、服务群众的感人事迹")),
    (("提高公共建筑、节能相关标准", "", ""), ("提高", "公共建筑、节能相关标准")),
    # a pivot verb that is not the cue is the action, its party the object
    (("引导村民参与人居环境整治", "", ""), ("引导", "村民")),
    (("继续鼓励引导社会资本参与养老服务", "", "要"), ("鼓励引导", "社会资本")),
    (("委托第三方机构开展绩效评价", "", "应当"), ("委托", "第三方机构")),
    # 把/将 X 摆在/放在/报 …
    (("把安全生产摆在突出位置", "", "要"), ("摆在", "安全生产")),
    (("将修订后的章程报登记管理机关核准", "", "应当"), ("报", "修订后的章程")),
    # adverbs jieba tags otherwise (继续, 限期, 相); 透過 as 通过; 决定 before the verb
    (("继续加大老旧电梯更新力度", "", "要"), ("加大", "老旧电梯更新力度")),
    (("限期整改", "存在问题的门店", "应当"), ("整改", "存在问题的门店")),
    (("与片区控制性详细规划相衔接", "", "应当"), ("相衔接", "")),  # the other side is no object (kind reciprocal)
    (("透過社區中心推廣長者健康教育", "", "會"), ("推廣", "長者健康教育")),
    # 在 joins the verb only before a number (控制在3%以内); else it opens a frame
    (("统一存放在专用仓库中", "", "应当"), ("存放", "")),
    (("探索在公交站台上加装遮阳设施", "", ""), ("探索", "遮阳设施")),  # the place frame opens the object: its verb's
    # adverbs jieba tags as verbs (另行, 抓紧, 提前); an adverbial in 地
    (("另行制定", "具体办法", "由"), ("制定", "具体办法")),
    (("抓紧修订村规民约", "", "要"), ("修订", "村规民约")),
    (("有针对性地提出整改措施", "", ""), ("提出", "整改措施")),
    # a verb that modifies the noun after it does not join the verb before it
    (("实施创新驱动发展战略", "", "要"), ("实施", "创新驱动发展战略")),
    (("符合保护规划确定的高度控制要求", "", "应当"), ("符合", "保护规划确定的高度控制要求")),
    (("探索建立社区议事协商机制", "", ""), ("探索建立", "社区议事协商机制")),
    # coordinated verbs after 予以 and before an idiom; 一批 is no target
    (("予以修复和整治", "受损的林地", "应当"), ("予以修复和整治", "受损的林地")),
    (("牢固树立和贯彻落实新发展理念", "", "要"), ("树立和贯彻落实", "新发展理念")),
    (("培育聚集一批青年创业人才", "", ""), ("培育", "聚集一批青年创业人才")),
    # objects: a frame that modifies a noun (由…组成的, 对…的影响, 关于…创新的), 以…为 kept whole
    (("成立由专家和居民代表组成的评审小组", "", ""), ("成立", "由专家和居民代表组成的评审小组")),
    (("密切关注油价上涨对出租车行业的影响", "", "要"), ("关注", "油价上涨对出租车行业的影响")),
    (("坚持以群众满意为标准", "", "要"), ("坚持", "以群众满意为标准")),
    # 确保 + a clause: its subject when one word follows, the clause when more do
    (("确保供水管网安全运行", "", "要"), ("确保", "供水管网安全运行")),
    # a cue before 把X…: the verb after X; a closer before 的 closes no frame; 比照 frames
    (("坚持把自己的事情办好", "", "要"), ("办好", "自己的事情")),
    (("按照市里规定的程序办理", "", "应当"), ("办理", "")),
    (("比照本细则执行", "", ""), ("执行", "")),
    (("优先安排计划、优先运输", "", "要"), ("安排", "计划")),
    # 请…按照执行: a frame with no phrase; the party of 请 is no object; 负责 + a verb
    (("认真按照执行", "", "请"), ("执行", "")),
    (("各街道参照办理", "", "请"), ("办理", "")),
    (("有关部门研究落实", "", "请"), ("研究落实", "")),
    (("根据需要，设立街道议事会", "", "应"), ("设立", "街道议事会")),
    (("负责制定全区河道保洁考核细则", "", ""), ("负责制定", "全区河道保洁考核细则")),
    (("负责召集", "", ""), ("负责召集", "")),
    (("负责全区垃圾分类的日常监管", "", ""), ("负责", "全区垃圾分类的日常监管")),
    # two opener verbs side by side share one object; not after a verb with a verbal object
    (("归纳总结社区治理的典型经验", "", ""), ("归纳总结", "社区治理的典型经验")),
    (("建立完善河长巡河制度", "", ""), ("建立完善", "河长巡河制度")),
    (("实行告知承诺制", "", ""), ("实行", "告知承诺制")),
    # after 鼓励/支持 a verb before the party's head noun names the party (用能单位, 快递企业)
    (("重点用能单位建设屋顶光伏", "", "支持"), ("建设", "屋顶光伏")),
    (("快递企业与村邮站加强合作", "", "支持"), ("加强", "合作")),
    # verbs before a head noun (机制, 标准, 场景) stay in the object
    (("健全城乡劳务精准对接机制", "", ""), ("健全", "城乡劳务精准对接机制")),
    (("完善公共充电设施运行维护管理标准", "", ""), ("完善", "公共充电设施运行维护管理标准")),
    (("运用数字孪生应用场景", "", ""), ("运用", "数字孪生应用场景")),
    # a means noun ends the object before a verb of purpose; 采取 is an action, not a frame
    (("采取有效措施防止河岸坍塌", "", "应当"), ("采取", "有效措施")),
    (("采取科学的施肥方式，减少面源污染", "", "应当"), ("采取", "科学的施肥方式")),
    (("强化金融服务方式创新", "", "要"), ("强化", "金融服务方式创新")),
    # jieba's words that glue the verb to its object (符合国家, 加强指导) and tags it gets wrong
    (("符合国家规定的排放标准", "", "应当"), ("符合", "国家规定的排放标准")),
    (("加强指导", "", "应当"), ("加强", "指导")),
    (("尊重村民的生产生活习惯", "", "要"), ("尊重", "村民的生产生活习惯")),
    (("经常检查消防设施", "", "应当"), ("检查", "消防设施")),
    (("提出实施方案", "", ""), ("提出", "实施方案")),
    # a verb of level or a comparator before a number: the indicator is the object, else the number
    (("社区食堂覆盖总数达到120家以上", "", ""), ("达到", "社区食堂覆盖总数")),
    (("不小于2万平方米", "新建园区的绿地面积", "应"), ("不小于", "新建园区的绿地面积")),
    (("动用5000万元", "", "将"), ("动用", "5000万元")),
    (("覆盖率提高到85%", "", ""), ("提高到", "覆盖率")),
    # frames: 通过… before another clause, 从…出发, 在…环节/领域, 依托…优势, a listed verb tagged as a noun
    (("通过数字赋能治理，提升街道服务效率", "", ""), ("提升", "街道服务效率")),
    (("从群众最关心的问题出发，完善社区服务清单", "", "要"), ("完善", "社区服务清单")),
    (("在审批和验收等环节严格执行节能标准", "", "应"), ("严格执行", "节能标准")),
    (("在市场监管领域全面推行信用承诺", "", ""), ("全面推行", "信用承诺")),
    (("依托港区的物流集聚优势，发展跨境电商", "", ""), ("发展", "跨境电商")),
    (("按照国家现行规范复核桥梁承载力", "", "应"), ("复核", "桥梁承载力")),
    # a clause of time or condition (…后，…时，对…的企业，) passes on; a modal before a frame clause
    (("经街道审核后，按照规定程序办理登记手续", "", ""), ("办理", "登记手续")),
    (("编制年度养护计划时，统筹安排维修资金", "", "应"), ("统筹安排", "维修资金")),
    (("对在山区从事林下种植的农户，在信贷等方面给予贴息支持", "", ""), ("给予", "贴息支持")),
    (("要按照应急预案的规定，立即启动二级响应", "", ""), ("启动", "二级响应")),
    # a verb glued to its object after a frame's phrase (向…部门|提出申请); adverbs jieba tags as verbs
    (("向区民政部门提出申请，提交相关证明", "", "应当"), ("提出", "申请")),
    (("提早排摸辖区内空置房屋情况", "", ""), ("排摸", "辖区内空置房屋情况")),
    (("向主管部门提出书面申请", "", "应当"), ("提出", "书面申请")),
    # two verbs that both take verbal objects coordinate (优化提升); 开工建设; 地 ending an object is a noun
    (("优化提升社区养老服务", "", ""), ("优化提升", "社区养老服务")),
    (("开工建设城东污水处理厂", "", ""), ("开工建设", "城东污水处理厂")),
    (("建设西部农产品集散承接地", "", ""), ("建设", "西部农产品集散承接地")),
    (("实施方案按程序报送市民政局", "", ""), ("报送", "市民政局")),
    # a sum is the object of a verb that is no verb of level, with its modifiers, whatever precedes
    (("提供额外3,500万元", "", ""), ("提供", "额外3,500万元")),
    (("全年增拨2亿元", "", ""), ("增拨", "2亿元")),
    (("站在改革开放的一边", "", "要"), ("站在", "改革开放的一边")),
    (("额外拨款680万元，添置4辆救护车", "", ""), ("拨款", "680万元")),
    # an object whose items hold verbs of their own, or that opens with 对, runs to the 的 of its head
    (("建成权责明晰、运转高效、监督有力的基层治理体系", "", ""),
     ("建成", "权责明晰、运转高效、监督有力的基层治理体系")),
    (("加强对专项资金分配和使用情况的监督", "", ""), ("加强", "对专项资金分配和使用情况的监督")),
    (("加强监管、完善相关的制度", "", ""), ("加强", "监管")),
    (("合理确定部门联合检查的事项", "", ""), ("确定", "部门联合检查的事项")),
    # the party of a pivot verb ends before its serial verbs (引导社会资本|投资建设…)
    (("积极引导社会资本投资建设养老设施", "", ""), ("引导", "社会资本")),
    (("比上年提高2个百分点", "城镇就业率", ""), ("提高", "城镇就业率")),
    (("共建共享工程实训基地", "", ""), ("共建共享", "工程实训基地")),
    (("制定促进生育政策", "", ""), ("制定", "促进生育政策")),
    (("对于符合条件的养老机构，按规定给予运营补贴", "", ""), ("给予", "运营补贴")),
    # a comma inside a short quotation splits no clause; tags of 贯彻落实 (an idiom) and 把控 (把|控)
    (("按照“街道吹哨，部门报到”的要求，完善基层治理机制", "", "要"), ("完善", "基层治理机制")),
    (("坚定不移贯彻落实全会精神", "", "要"), ("贯彻落实", "全会精神")),
    (("严格把控施工质量", "", ""), ("把控", "施工质量")),
    # a place's phrase holds no verb: the first verb after it governs; 关于 opens a modifier in an object
    (("持续在社区推广垃圾分类定时定点投放模式", "", ""), ("推广", "垃圾分类定时定点投放模式")),
    (("贯彻落实市委关于基层减负的工作要求", "", "要"), ("贯彻落实", "市委关于基层减负的工作要求")),
    # a verbal noun opening a predicate with a verb after it is no noun phrase after 鼓励
    (("运用信息化手段提高审批效率", "", "鼓励"), ("运用", "信息化手段")),
    # 以及 is glue, never 以 + 及; a closing frame's own 的 (按照本单位的职责) modifies nothing after it
    (("突出公园绿地以及滨水空间对城市更新的带动作用", "", ""), ("突出", "公园绿地以及滨水空间对城市更新的带动作用")),
    (("组织有关人员按照本单位的职责，迅速落实应急措施", "", "要"), ("组织", "有关人员")),
    (("与物业企业建立常态的联络机制，及时通报情况", "", "要"), ("建立", "常态的联络机制")),
    # a frame open inside the object keeps its list (在收集、运输等环节中的…); a resultative verb modifies no noun
    (("排查垃圾在收集、运输、处置等过程中的薄弱环节", "", ""), ("排查", "垃圾在收集、运输、处置等过程中的薄弱环节")),
    (("积极承接用好政策", "", ""), ("承接用好", "政策")),
    (("在区内科研院所、联合实验室攻关关键技术", "", "支持"), ("攻关", "关键技术")),
    # the noun a closing frame refers to (条件, 需求) ends it before a verb and its object
    (("重点企业根据自身条件建设一批分布式光伏项目", "", "支持"), ("建设", "一批分布式光伏项目")),
    # parallel predicates after a one-word object (总结经验、挖掘典型), not a list of compound nouns
    (("及时总结经验、挖掘典型", "", "要"), ("总结", "经验")),
    # two adverbials before the verb; a modal before a verbal noun that opens the predicate
    (("繼續多管齊下增加日間護理名額", "", "會"), ("增加", "日間護理名額")),
    (("亦會優化輪候名冊的管理", "", ""), ("優化", "輪候名冊的管理")),
    # 4. no cue: a clause that opens with a modal carries the predicate, those before it are its
    # purpose or topic; a condition that ends in 的 is passed over with every clause before it
    (("扩大有效投资，必须坚持项目为王的工作导向", "", ""), ("坚持", "项目为王的工作导向")),
    (("照顾老人是子女的一项责任，要经常回家探望父母", "", ""), ("探望", "父母")),
    (("要求各街道完善台账", "", ""), ("完善", "台账")),
    (("经营者在经营中伪造检验记录，涉及食品安全的，依照有关规定承担赔偿责任", "", ""), ("承担", "赔偿责任")),
    # words jieba tags against their use: an adverb (辩证), a verb tagged as a set phrase (开发利用)
    (("辩证认识和把握发展大势", "", "要"), ("认识和把握", "发展大势")),
    (("合理开发利用区内地热资源", "", ""), ("开发利用", "区内地热资源")),
    # 5. a subject with a verb of its own (管理…的部门) before the predicate's listed verb; not a
    # causative verb before a clause (推动…的公园打开…) nor a noun phrase ending the clause
    (("监督食品安全的部门责令经营者停业整顿", "", ""), ("责令", "经营者停业整顿")),
    (("持有涉密资料的单位的负责人承担保密责任", "", ""), ("承担", "保密责任")),
    (("推动老城区的公园拆除围栏", "", ""), ("推动", "老城区的公园拆除围栏")),
    (("考虑全区的财政承担，", "", "要"), ("考虑", "全区的财政承担")),
    # 6. 将 X V with a verb of transfer (归集至, 下放至, 移送): X is the object, not a future 将
    (("将检查结果归集至信用信息平台", "", "要"), ("归集至", "检查结果")),
    (("将设立培训机构的审批权限下放至各区", "", ""), ("下放至", "设立培训机构的审批权限")),
    # 7. a target statement whose indicator opens with a verb and 的 (设置…的公园比例)
    (("配建充电设施的小区比例达到60%", "", ""), ("达到", "配建充电设施的小区比例")),
    # 8. an idiom that ends the clause is its predicate; an adverbial idiom is not
    (("一视同仁，营造公平竞争环境", "", "要"), ("一视同仁", "")),
    (("持之以恒正风肃纪，严惩腐败", "", "要"), ("正风肃纪", "")),
    (("多措并举，切实减轻企业负担", "", "要"), ("减轻", "企业负担")),
    # 9. frames: a verb inside the first item of a list is the predicate (面向…推出…、…等产品); a closing
    # frame's clause that ends in 的 + its head noun is all frame (按照…规定和…的实际情况，); 在…中|以…
    (("面向小微企业推出信用贷款、订单质押等多种信贷产品", "", ""), ("推出", "信用贷款、订单质押等多种信贷产品")),
    (("按照有关规定和本地经济发展的实际情况，针对不同类型的企业采取分类监管措施", "", "要"),
     ("采取", "分类监管措施")),
    (("在历史街区中以沉浸展示、体验工坊等形式，促进传统技艺传承", "", ""), ("促进", "传统技艺传承")),
    (("在产业园区内合理布局充电站、换电站等配套设施", "", ""), ("合理布局", "充电站、换电站等配套设施")),
    # 10. objects: a list whose item opens with a verb that opens no imperative (再生建材, 节能), a head
    # noun tagged as a verb (技术应用) or a verbal noun (对接活动); the party of a pivot verb (委托X编制…)
    (("推广节能灯具、再生建材", "", ""), ("推广", "节能灯具、再生建材")),
    (("推进道路养护绿色、节能、环保技术应用", "", ""), ("推进", "道路养护绿色、节能、环保技术应用")),
    (("联合举办形式多样的农产品产销对接活动", "", ""), ("举办", "形式多样的农产品产销对接活动")),
    (("委托具有相应评价资质的单位编制评估报告", "", "应当"), ("委托", "具有相应评价资质的单位")),
    (("督促相关单位落实安全管理措施", "", ""), ("督促", "相关单位")),
    # 11. 采取 + a noun of manner + verb: the verb after it (not after a measure); 为 X 提供 …、…等指导
    (("采取适当方式给予表彰奖励", "", ""), ("给予", "表彰奖励")),
    (("采取有效措施防止水土流失", "", "应当"), ("采取", "有效措施")),
    (("为农村地区提供线路设计、产品开发等指导", "", ""), ("提供", "线路设计、产品开发等指导")),
    # 12. Hong Kong usage: 联同 a frame, 可否 no verb, a name jieba tags as a verb (立法会); a pivot cue
    # before a noun phrase that names no party governs it (提倡…文化，让…)
    (("現正聯同積金局，透過多項措施，減低行政成本", "", ""), ("減低", "行政成本")),
    (("會在下個財政年度向立法會申請撥款", "", ""), ("申請", "撥款")),
    (("正研究可否把舊校舍改作社區中心", "", ""), ("研究", "可否把舊校舍改作社區中心")),
    (("會繼續廣泛聯絡青少年，協助政府制訂政策", "", ""), ("聯絡", "青少年")),
    (("多元共融文化，讓青年有更多機會", "", "提倡"), ("提倡", "多元共融文化")),
    # 13. read on real documents: a frame closed by 下, not by the 为 of a nested 以…为 (在以…为核心的…领导下);
    # idioms coordinated as predicates; a party's idioms are not the predicate; a verbal noun
    # coordinated by 和 (完善和发展); an imperative before a 对…的 clause is no condition
    (("做好城市工作，要在以人民为中心的发展思想指导下，以规划为引领，全面推进城市更新", "", ""),
     ("推进", "城市更新")),
    (("居安思危、见微知著，打好主动仗", "", "要"), ("居安思危", "")),
    (("科研人员潜心钻研、厚积薄发", "", "鼓励"), ("鼓励", "科研人员潜心钻研、厚积薄发")),
    (("完善和发展基层治理制度", "", "必须"), ("完善和发展", "基层治理制度")),
    (("建立评价机制，对符合环境保护标准的，免征有关税费", "", ""), ("建立", "评价机制")),
    (("全市粮食产量稳定在100万吨以上", "", ""), ("稳定在", "全市粮食产量")),
    # 14. an adverb that opens an imperative, tagged as a name (多渠道/nr), is no verb inside an object;
    # a means phrase may end before such an adverb (以…等方式|多渠道投入)
    (("建立多主体供给、多渠道保障的住房制度", "", ""), ("建立", "多主体供给、多渠道保障的住房制度")),
    (("社会以捐赠等方式多渠道投入，扩大资金来源", "", "鼓励"), ("投入", "")),
    # 15. 作为X，: a role that frames the clause after it; 授权 a pivot verb; 负责|清运
    (("作为本辖区垃圾处理的责任主体，负责日常监管", "", ""), ("负责", "日常监管")),
    (("授权区法院集中管辖知识产权案件", "", ""), ("授权", "区法院")),
    (("由环卫企业负责清运", "", "原则上"), ("负责清运", "")),
    # 16. coordinated predicates: an adverb after 、 (大力支持、大胆使用); idioms only when the next item is
    # a predicate too (not a name jieba tags as an idiom before a list of names)
    (("大力支持、大胆使用青年科技人才", "", ""), ("大力支持、大胆使用", "青年科技人才")),
    (("解放思想、大胆创新", "", "鼓励"), ("解放思想", "")),
    (("大力繁荣文化事业", "", ""), ("繁荣", "文化事业")),
    # 17. a serial verb that is a noun after a modifier (总投资) joins no action
    (("严格按照批准的投资执行", "", "必须"), ("执行", "")),
    (("利用屋顶投资建设光伏项目", "", "鼓励"), ("投资建设", "光伏项目")),
    # 18. a duration is no object (how long, not what: units of kind duration in models/units.tsv)
    (("留存三年", "", "应当"), ("留存", "")),
    (("24小时值守，及时报告险情", "", "必须"), ("值守", "")),
    (("不超过3年", "", "原则上"), ("不超过", "3年")),
    # 19. a legal deadline frame (自…之日起N日内, 在…N个工作日前) whose preposition or closer jieba glues
    # to its neighbour (自该, 工作日内, 工作|日前: models/recuts.tsv) is passed over like any frame
    (("自该项目竣工之日起30个工作日内完成验收", "", "应当"), ("完成", "验收")),
    (("自本办法施行之日起30日内办理变更手续", "", "应当"), ("办理", "变更手续")),
    (("自该情形出现之日起20个工作日内组织效果评估", "", "应当"), ("组织", "效果评估")),
    (("在设施投入运行之日30个工作日前，向主管部门申请配套设施的验收", "", "应当"), ("申请", "配套设施的验收")),
    # 20. 到 + a place or a time is a frame (到指定的银行|缴纳…), and a place's first verb governs
    (("到指定的商业银行缴纳排污费", "", "应当"), ("缴纳", "排污费")),
    (("到基层一线开展调研", "", "要"), ("开展", "调研")),
    (("到2027年实现全覆盖", "", "力争"), ("实现", "全覆盖")),
    (("把能源消耗总量控制到合理水平", "", "要"), ("控制到", "能源消耗总量")),
    (("在全市推广应用新能源车辆", "", "要"), ("推广应用", "新能源车辆")),
    # 21. with no cue, a clause ending in a noun of a sum after 的 is the topic (kind topic_head); a frame
    # ending in 年度/当年 (kind frame_head) is passed over
    (("的子女接受学前教育的相关支出，按照每个子女每月800元的标准定额扣除", "", ""), ("扣除", "")),
    (("接受职业培训的支出，在取得证书的当年，按照2000元定额扣除", "", ""), ("扣除", "")),
    (("开展专项调查所需的经费，列入部门预算", "", ""), ("列入", "部门预算")),
    (("在实际发生利息的年度，按照每月500元的标准扣除", "", ""), ("扣除", "")),
    (("完善财政资金的使用管理，加强绩效评价", "", ""), ("完善", "财政资金的使用管理")),
    # 22. a list of means closed by 等 may hold verbs (采取…、委托经营等方式|培育…); 依法|合规 is one adverb
    (("采取自主研发、委托经营等方式培育特色文创产品", "", "鼓励"), ("培育", "特色文创产品")),
    (("采取政府购买服务、以奖代补等方式支持社会组织发展", "", ""), ("支持", "社会组织发展")),
    (("采取有效措施防止污染扩散", "", "要"), ("采取", "有效措施")),
    (("依法合规建设区域性交易平台", "", ""), ("建设", "区域性交易平台")),
    # 23. jieba's cuts and tags of set predicates, corrected as data (recuts.tsv, tag_overrides.tsv)
    (("继续减税降费、减租降息", "", "要"), ("减税降费、减租降息", "")),
    (("增强信心、迎难而上", "", "要"), ("增强", "信心")),
    (("衔接落实各级规划", "", "应"), ("衔接落实", "各级规划")),
    (("推动落实《中华人民共和国食品安全法》", "", "要"), ("推动落实", "《中华人民共和国食品安全法》")),
    # 24. 并 joins predicates only: a verb followed by 并 and another predicate has no object after it
    # (the topic, or nothing); 或者 is trimmed like 或
    (("长期坚持并不断丰富完善", "", "必须"), ("坚持", "")),
    (("长期坚持并不断丰富完善", "这一制度", "必须"), ("坚持", "这一制度")),
    (("建立并实施考核制度", "", "要"), ("建立并实施", "考核制度")),
    # 25. coordinated verbs: the second tagged as a noun or after a verb of kind verbal_object is the action's
    # when a pronoun, a number or a quotation opens the object (never a compound with it: not 加大|宣传力度);
    # set pairs jieba cuts in two are re-cut as data (models/recuts.tsv)
    (("优化实施“两重”项目", "", "要"), ("优化实施", "“两重”项目")),
    (("组织评估各地试点情况", "", "要"), ("组织评估", "各地试点情况")),
    (("推进实施一批重大工程", "", "要"), ("推进实施", "一批重大工程")),
    (("加大宣传力度", "", "要"), ("加大", "宣传力度")),
    (("及时通知建设单位", "", "应当"), ("通知", "建设单位")),
    (("优化升级产业体系", "", "要"), ("优化升级", "产业体系")),
    (("统计监测农产品价格", "", "负责"), ("统计监测", "农产品价格")),
    (("选择认定若干示范网点", "", "要"), ("选择认定", "若干示范网点")),
    # 26. a frame that opens the object (探索|通过…与…开展…): the listed verb after its phrase governs what follows
    # to the clause's end, and that is the object; the frame's verb is the last of its phrase only when no noun
    # phrase (an idiom, a set phrase) follows the first one (not 开展|数据交换和信息|共享)
    (("探索通过服务平台与周边城市开展数据交换和信息共享", "", "积极"), ("探索", "数据交换和信息共享")),
    (("负责对食品加工环节进行监管", "", ""), ("负责", "监管")),
    (("通过服务平台与周边城市开展数据交换和信息共享", "", "要"), ("开展", "数据交换和信息共享")),
    (("加强对农村休闲农业资源调查", "", "要"), ("加强", "对农村休闲农业资源调查")),
    # 27. 到 before a pronoun of place and no verb of its own is the verb of motion, no frame (kind place_pronoun);
    # a direction (去, 来) ends no object
    (("到哪里去", "", "要"), ("到", "哪里")),
    (("到这里来开展调研", "", "要"), ("开展", "调研")),
    (("到2030年实现全覆盖", "", "力争"), ("实现", "全覆盖")),
    # 28. a book title that the clause limit (64 characters) would cut is read to its end (MAX_TITLE)
    (("各区各部门在今后三年内要结合本地区本单位的实际情况认真贯彻执行《关于进一步加强和改进新时代中小学校"
      "和中等职业学校体育美育劳动教育工作的若干意见》", "", ""),
     ("贯彻执行", "《关于进一步加强和改进新时代中小学校和中等职业学校体育美育劳动教育工作的若干意见》")),
    # 29. 贯彻执行 (jieba: an idiom; 认真贯彻|执行 glued the other way) is one verb (tag_overrides.tsv, recuts.tsv)
    (("认真贯彻执行本规定", "", "请"), ("贯彻执行", "本规定")),
    (("贯彻执行本规定", "", "要"), ("贯彻执行", "本规定")),
    # 30. an indicator before a verb of state or level (kinds state, level) keeps the verbs of its list items
    # (脱贫|人口) and of its head (就业|保持稳定) and its list marks
    (("高校毕业生、返乡人员、农民工等重点群体就业保持稳定", "", ""),
     ("保持稳定", "高校毕业生、返乡人员、农民工等重点群体就业")),
    (("城乡居民、退休人员等群体收入稳步增长", "", ""), ("稳步增长", "城乡居民、退休人员等群体收入")),
    (("物价总水平保持稳定", "", "要"), ("保持稳定", "物价总水平")),
    (("稳定和扩大高校毕业生、农民工等重点群体就业", "", "要"), ("稳定和扩大", "高校毕业生、农民工等重点群体就业")),
    # 31. a legal condition of more than four clauses, each ending in 的, reads on to its predicate (MAX_CONDITIONS)
    (("未按规定公示收费标准的，擅自提高收费的，未及时退还押金的，拒绝提供票据的，伪造服务记录的，"
      "由区市场监管局责令限期改正", "", ""), ("责令", "限期改正")),
    (("未按规定公示收费标准的，擅自提高收费的，由区市场监管局责令限期改正", "", ""), ("责令", "限期改正")),
    # 32. 并 before a second verb jieba tags as an adverb, then a noun phrase: both verbs share the object;
    # a frame's verb before one two-character noun is a compound (打击|力度), the frame stays in the object
    (("编制并公开本部门的办事指南", "", "要"), ("编制并公开", "本部门的办事指南")),
    (("加大对非法集资活动打击力度", "", "要"), ("加大", "对非法集资活动打击力度")),
    # 33. 为 as a copula (kind framing_verb) when no word tagged as a verb follows it
    (("为有限责任公司或者合伙企业", "", "应当"), ("为", "有限责任公司或者合伙企业")),
    (("为中小企业提供咨询服务", "", "要"), ("提供", "咨询服务")),
    # 34. a verb jieba tags as a noun (部署/n) and a chain noun it cuts in two (创新|链)
    (("围绕产业链部署创新链", "", "要"), ("部署", "创新链")),
    (("围绕资金链部署服务链", "", "要"), ("部署", "服务链")),
    (("加强创新链建设", "", "要"), ("加强", "创新链建设")),
    # 35. 杜绝 (jieba: a name) governs a noun phrase, even one ending in a verb (kind cue); 应用基础研究 is a term
    (("任性执法", "", "杜绝"), ("杜绝", "任性执法")),
    (("形式主义", "", "杜绝"), ("杜绝", "形式主义")),
    (("坚决杜绝随意检查", "", "要"), ("杜绝", "随意检查")),
    (("加大基础研究和应用基础研究投入力度", "", "要"), ("加大", "基础研究和应用基础研究投入力度")),
    # 36. a list of verb-object pairs ends the object at the next listed opener verb (掌握, 牢记: openers.tsv)
    (("坚定服务信念、更新业务观念、掌握专业本领", "", "要"), ("坚定", "服务信念")),
    (("掌握核心技术、完善产业链", "", "要"), ("掌握", "核心技术")),
    (("不忘初心、牢记使命", "", "要"), ("不忘", "初心")),
    (("牢记使命", "", "要"), ("牢记", "使命")),
    (("以创新理论滋养初心、引领使命", "", "要"), ("滋养", "初心")),
    # 37. a verb right before a noun of a kind or stage (类, 环节: kind stage) modifies a noun phrase, no action;
    # 密闭 (jieba: a verb) only modifies (tag_overrides.tsv)
    (("住房保障类项目落实节水要求", "", ""), ("落实", "节水要求")),
    (("运输环节采用专业化密闭车辆", "", ""), ("采用", "专业化密闭车辆")),
    (("要加强生产环节管理", "", ""), ("加强", "生产环节管理")),
    (("要保障各类项目用地", "", ""), ("保障", "各类项目用地")),
    # 38. 后续 (jieba: a verb) only modifies the noun after it (tag_overrides.tsv)
    (("后续项目纳入年度计划", "", ""), ("纳入", "年度计划")),
    (("后续资金按进度拨付", "", ""), ("拨付", "后续资金")),
    # 39. a verb and its result cut off before 的 (筛选|出|的) modify the noun after them (kind de_complement)
    (("筛选出的项目纳入储备库", "", ""), ("纳入", "储备库")),
    (("把排查出的隐患纳入台账", "", "要"), ("纳入", "排查出的隐患")),
    # 40. a verbal noun before a destination (运输|至) is the verb; what is moved, before it, is the object
    (("废弃物转移至指定地点", "", ""), ("转移至", "废弃物")),
    (("筛选出的残渣运输至指定处理厂", "", ""), ("运输至", "筛选出的残渣")),
    (("企业运输至指定地点", "", ""), ("运输至", "指定地点")),
    # 41. 分 with a noun before a verb says how it is done (kind distributive), not a verb and its object
    (("分区域推进改造", "", "要"), ("推进", "改造")),
    (("分批次组织实施老旧小区改造", "", "要"), ("组织实施", "老旧小区改造")),
    (("分清责任", "", "要"), ("分清", "责任")),
    # 42. words jieba tags or cuts against the genre (tag_overrides.tsv, recuts.tsv): 堵点 a noun, 指派/物色 verbs,
    # 雇主 a noun, 立足/着眼 verbs (frames still: 立足…，提高…), 请示报告 a verb, 采取|相应, 申请|专利, 为|小微,
    # 通报|情况,
    # 特别是 a conjunction, 就 a frame (就…征询/咨询), 模式 a means that ends a frame before a verbal noun
    (("针对审批环节的关键堵点加强统筹协调", "", "要"), ("加强", "统筹协调")),
    (("特别是驻村工作队积极参与消费帮扶", "", ""), ("积极参与", "消费帮扶")),
    (("立足本地，放眼世界，提高服务能力", "", "要"), ("提高", "服务能力")),
    (("指派本单位的工作人员承办相关业务", "", "应当"), ("指派", "本单位的工作人员")),
    (("物色新院舍的选址", "", "会"), ("物色", "新院舍的选址")),
    (("雇主聘用有困难的求职人士", "", "鼓励"), ("聘用", "有困难的求职人士")),
    (("及时向上级请示报告", "", "应当"), ("请示报告", "")),  # 向X: the addressee, no object
    (("立即采取相应措施，增加供给", "", "要"), ("采取", "相应措施")),
    (("以自己的名义申请专利", "", "不得"), ("申请", "专利")),
    (("为小微企业提供咨询服务", "", ""), ("提供", "咨询服务")),
    (("及时向有关部门通报情况", "", "要"), ("通报", "情况")),
    (("就建设要求征询有关部门意见", "", "应"), ("征询", "有关部门意见")),
    (("现正就新计划的详情咨询各方", "", ""), ("咨询", "各方")),
    (("以合同能源管理等模式投资建设和运营管理可再生能源项目", "", ""), ("投资建设和运营管理", "可再生能源项目")),
    (("以托管等模式开展社会化服务", "", ""), ("开展", "社会化服务")),
    # 43. a topic or subject holding a verb, then a frame of basis or of the party (kind topic_frame): the frame's
    # verb governs (not after a pivot verb or a verb with no noun before it and no 的 after it)
    (("具体补贴申请与发放流程按照民政部门有关规定办理", "", ""), ("办理", "具体补贴申请与发放流程")),
    (("实施老旧小区改造的项目费用核定管理参照本细则规定执行", "", "需"),
     ("执行", "实施老旧小区改造的项目费用核定管理")),
    (("规划实施中涉及的重大事项按规定程序报批", "", ""), ("报批", "规划实施中涉及的重大事项")),
    (("联席会议成员单位根据各自的职责加强对专项资金的管理", "", ""), ("加强", "对专项资金的管理")),
    (("组织专家对项目进行评估", "", "要"), ("组织", "专家")),
    (("落实企业主体责任按照规定开展自查", "", "要"), ("落实", "企业主体责任")),
    # 44. in a frame's phrase the verbs before a 的 modify its noun: the first verb after that 的 governs
    (("对所提交信息的真实性、准确性负责", "", ""), ("负责", "所提交信息的真实性、准确性")),
    (("对安全保障方案的编制加强技术指导", "", "应当"), ("加强", "技术指导")),
    (("向成本认定工作联席会议报送项目决算", "", ""), ("报送", "项目决算")),
    (("由正式编制人员担任", "", "应"), ("担任", "")),
    # 45. 向 a frame of place: its first verb governs unless it modifies a head noun (认定|工作联席会议); 占比 one
    # noun; 运用/常规化 verbs; 增存并举 an adverbial idiom; 面对…，/除了…之外， frame their clause; 倾向, 开始 and
    # 决定 (modal) before 把 leave the action to 把's verb; 一次性 an attribute (…的一次性减税方式 is a frame's noun)
    (("向海域排放含油量超标的泥浆", "", "禁止"), ("排放", "含油量超标的泥浆")),
    (("立即向上级上报有关情况（最迟不超过4个小时）", "", "必须"), ("上报", "有关情况")),
    (("设置健身设施的公园占比达到50%以上", "", ""), ("达到", "设置健身设施的公园占比")),
    (("运用大数据、人工智能等现代信息技术，加强展示", "", "鼓励"), ("运用", "大数据、人工智能等现代信息技术")),
    (("增存并举构建公园城市体系", "", ""), ("构建", "公园城市体系")),
    (("面对经营成本上升，除了早前提及的措施之外，我建议推出两项措施", "", ""), ("推出", "两项措施")),
    (("倾向以较简单直接的一次性减税方式，回应商界的诉求", "", ""), ("回应", "商界的诉求")),
    (("在本年度开始把自学计划常规化", "", ""), ("常规化", "自学计划")),
    (("决定明年3月把服务常规化，同时扩展服务", "", ""), ("常规化", "服务")),
    (("开始实施新的标准", "", ""), ("开始实施", "新的标准")),
    # 46. after a pivot cue that takes a party (鼓励, 支持), a verb with no party before it and no object after it
    # (or only a noun phrase joined by 和) names what is encouraged: the cue governs; not after 请 (the reader acts)
    (("终身学习", "", "鼓励"), ("鼓励", "终身学习")),
    (("技术集成应用和项目建设", "", "支持"), ("支持", "技术集成应用和项目建设")),
    (("自由探索和充分的交流辩论", "", "鼓励"), ("鼓励", "自由探索和充分的交流辩论")),
    (("运用大数据技术", "", "鼓励"), ("运用", "大数据技术")),
    (("认真按照执行", "", "请"), ("执行", "")),
    (("企业参与和支持", "", "鼓励"), ("参与和支持", "")),
    (("保税燃料油供应以人民币计价、结算", "", "支持"), ("计价、结算", "")),
    # two verbs joined by 、 that end a frame's clause are its coordinated predicates (以人民币|计价、结算)
    (("以人民币计价、结算", "", ""), ("计价、结算", "")),
    # 47. a clause before a colon and an imperative is a label (沿…产业带：推进…); not before a list (…认定：1.…)
    (("沿江产业创新带：推进滨江绿化景观提升项目", "", ""), ("推进", "滨江绿化景观提升项目")),
    (("其他更新片区：结合城市更新，尊重城市肌理与历史文脉", "", ""), ("尊重", "城市肌理与历史文脉")),
    (("各成员单位按照以下内容进行成本认定：1.总投资是否合理", "", ""), ("进行", "成本认定")),
    # 48. an opener verb before a modifying verb and a noun (落实|新建…) opens an imperative, no target statement;
    # 适应…， frames its clause (the predicate follows)
    (("落实新建公共建筑屋顶光伏面积比例不低于50%", "", ""), ("落实", "新建公共建筑屋顶光伏面积比例")),
    (("适应新的形势和要求，研究完善公园管理规章制度", "", ""), ("研究完善", "公园管理规章制度")),
    (("适应新形势", "", "要"), ("适应", "新形势")),
    # 49. 一定 is no number (约定|在一定时期内); 应装尽装 one verb; 报|原 (报原核准…的部门批准); a frame after the
    # indicator's noun that a 的 closes belongs to the indicator (…草种在新建公园的应用比例|达到80%); a means that a
    # verb follows makes 通过… no clause frame; a verbal noun after a modifier and before a verb is the subject
    # (后续工作|做…);
    # a closing frame's phrase ends with its 的-phrase before a verb and its noun (按照各自的权限|核定…)
    (("约定在一定时期内，团队可按照本金回购股权", "", ""), ("约定", "")),
    (("公共机构屋顶光伏应装尽装", "", ""), ("应装尽装", "公共机构屋顶光伏")),
    (("报原核准该报告书的部门批准", "", "应当"), ("报", "")),  # 报 a body and its act: no object
    (("乡土树种在新建公园绿地的应用比例分别达到80%以上", "", ""), ("达到", "乡土树种在新建公园绿地的应用比例")),
    (("通过现有渠道统筹做好监管经费保障，将监管情况纳入考核体系", "", ""), ("做好", "监管经费保障")),
    (("后续工作做适当衔接", "", ""), ("做", "适当衔接")),
    (("按照各自的权限核定企业排放污染物的种类、数量", "", "应当"), ("核定", "企业排放污染物的种类、数量")),
    (("依法依规严肃处理", "", "要"), ("严肃处理", "")),
    # 50. real-text checks of the eighth pass: 就 opening a clause before a noun is a frame, not in 就近/就地; after
    # a frame's 的 a verb inside a compound noun (法制|审核|意见) is passed over; a verb whose object holds the 的
    # (开展|面向…的…业务) is no modifier; a comparator inside a modifier (厚度低于…的地膜) does not end the object
    (("逐步实现畜禽粪污就近就地综合利用", "", ""), ("实现", "畜禽粪污就近就地综合利用")),
    (("法务部门对重大合同事项的审核意见负责", "", ""), ("负责", "重大合同事项的审核意见")),
    (("对在本区从事加工的企业给予补贴", "", ""), ("给予", "补贴")),
    (("使用厚度低于0.01毫米的地膜", "", "禁止"), ("使用", "厚度低于0.01毫米的地膜")),
    (("养老机构护理型床位占比达到70%", "", ""), ("达到", "养老机构护理型床位占比")),
    # 51. a book title counts as one word against the clause's length limit (按照《…》(…)及有关文件执行); 会同 a frame
    # of the party whose first verb governs (会同…委|制订…发布预案); 加强|监督 re-cut; a first clause with a 的 and no
    # verb or frame opening it, before a frame of basis, is the topic (…处于…阶段的子女，按…规定执行)
    (("按照《关于印发修订后的<本区困难家庭临时救助实施办法>的通知》(某府规〔2023〕5号)"
      "及有关文件执行", "", ""), ("执行", "")),
    (("会同区卫生健康委制订区防汛应急新闻发布预案", "", ""), ("制订", "区防汛应急新闻发布预案")),
    (("会同有关部门加强监督检查", "", "要"), ("加强", "监督检查")),
    (("年满16岁至毕业前处于职业教育阶段的学生，按本条第二款规定执行", "", ""), ("执行", "")),
    (("制定符合实际的办法，按照规定报批", "", ""), ("制定", "符合实际的办法")),
    (("关注居民身边的口袋公园建设，按照要求，建设贴近市民的公园绿地", "", ""), ("关注", "居民身边的口袋公园建设")),
    # 52. in a frame's phrase a listed verb jieba tags as a noun before a head noun is the noun's (专项整治|工作); 认识
    # takes a clause as its object (verbal_object); a verbal noun before the noun that ends a frame's clause is in
    # the phrase (结合…建设|计划，开展…); 设施 names what a frame refers to (依托现有中转设施，优化…)
    (("从长远的角度深刻认识做好校园食品安全专项检查工作的重要性，力戒官僚主义", "", ""),
     ("认识", "做好校园食品安全专项检查工作的重要性")),
    (("结合区级排水管网规划和雨污分流建设计划，开展专项规划修编，明确实施时限", "", ""), ("开展", "专项规划修编")),
    (("前端依托现有分拣设施，优化分类措施，强化资源化利用", "", ""), ("优化", "分类措施")),
    # 53. real-text checks: 立足/着眼 stay frames unless a 、 and another predicate follow their noun (着眼长远、把握
    # 大势); a verb of a list of fees is no predicate (承诺费、咨询费等名义|收取); 进一步提高 an adverb and a verb;
    # …的同时，
    # a time; 确保 before a target governs it; a party before a frame acts (推动…高校|向…转变: 推动); 善于 modal
    (("立足工作职责，重点推动民生事项向新媒体延伸", "", "要"), ("推动", "民生事项")),
    (("着眼长远、把握大势，开门问策", "", "要"), ("着眼", "")),  # (speech gold: object 长远 or "")
    (("以押金、服务费、评估费等名义收取不合理费用，避免加重群众负担", "", "不得"), ("收取", "不合理费用")),
    (("进一步提高基础研究项目间接经费占比", "", ""), ("进一步提高", "基础研究项目间接经费占比")),
    (("技工学校学生在获得毕业证书的同时，积极取得专项职业能力证书", "", "鼓励"), ("取得", "专项职业能力证书")),
    (("确保担保业务占比达到80%以上", "", ""), ("确保", "担保业务占比")),
    (("推动具备条件的普通本科高校向应用型转变", "", ""), ("推动", "具备条件的普通本科高校")),
    (("善于运用大数据、云计算等技术，分析研判社情民意", "", "要"), ("运用", "大数据、云计算等技术")),
    (("主动向区人大及其常委会报告工作，自觉接受监督", "", ""), ("报告", "工作")),
    (("会与社福界和有关机构探讨保留及吸引更多人士照顾服务人手的可行方案", "", ""),
     ("探讨", "保留及吸引更多人士照顾服务人手的可行方案")),
    # 54. after a pair of verbs (督促检查, 安排、审核) a further opener verb opens their object; not after an adverb
    # and a verb (积极主动|对接); a clause of an adverb and a verbal noun is a predicate (经常|检查，防止…)
    (("适时督促检查推广工作进展情况", "", "要"), ("督促检查", "推广工作进展情况")),
    (("负责安排、审核实施本预案所需经费", "", ""), ("负责安排、审核", "实施本预案所需经费")),
    (("组织开展安全隐患大排查", "", ""), ("组织开展", "安全隐患大排查")),
    (("经常检查，防止发生漏油事故", "", "应当"), ("检查", "")),
    # 55. a verb's thing before 向 moves, it is no topic (推动…的民生事项|向…延伸: 推动); (regs3) the 与 that opens
    # its modifier stays in the object
    (("立足工作职责，重点推动与群众生活密切相关的民生事项向政务新媒体延伸", "", "要"),
     ("推动", "与群众生活密切相关的民生事项")),
    # 56. a note in round brackets holds no predicate of a frame (对于…设计（工程勘察除外）企业，取消…); an adverb
    # before a quantity and a verb (提前|三年|完成); a reciprocal verb after 与 X (kind reciprocal: …运营与…发展|
    # 相结合; not after an opener: 推动…与…相协调); after 鼓励 a verb that is an item of a list closed by 等 and a head
    # is inside one noun phrase (鼓励|…综合供能、…等技术应用; not 开展|…等技术应用)
    (("对于园区内为本市服务的园林设计（景观照明除外）企业，取消首次申请资质时的业绩要求", "", ""),
     ("取消", "首次申请资质时的业绩要求")),
    (("提前三年完成系统方案编制", "", "应"), ("完成", "系统方案编制")),
    (("系统开发运营与数字化、智能化发展相结合", "", "鼓励"), ("相结合", "系统开发运营")),
    (("推动产业发展与生态保护相协调", "", "要"), ("推动", "产业发展与生态保护相协调")),
    (("光伏储能综合供能、微电网深度融合等技术应用", "", "鼓励"),
     ("鼓励", "光伏储能综合供能、微电网深度融合等技术应用")),
    (("开展光伏、储能等技术应用", "", "鼓励"), ("开展", "光伏、储能等技术应用")),
    # 57. an adverbial verb before a verb jieba tags as a verbal noun or an idiom (加快|发展/vn, 继续|打好/l,
    # 继续|改革/vn): the second is the action (models/recuts.tsv); not before 发展方式 (a noun: 加快 governs)
    (("加快发展现代养殖产业", "", ""), ("发展", "现代养殖产业")),
    (("继续打好污染防治攻坚战", "", "要"), ("打好", "污染防治攻坚战")),
    (("继续改革和完善街道管理体制", "", "要"), ("改革和完善", "街道管理体制")),
    (("加快发展方式绿色转型", "", ""), ("加快", "发展方式绿色转型")),
    # 58. 继续 and 超 (before a number) are adverbs; set phrases 把好, 补|短板, 集中精力 (models/tag_overrides.tsv,
    # models/recuts.tsv)
    (("继续全面准确贯彻安全生产方针", "", "要"), ("贯彻", "安全生产方针")),
    (("继续把好项目审批关口", "", ""), ("把好", "项目审批关口")),
    (("严格把好食品质量关", "", "要"), ("把好", "食品质量关")),
    (("组织开展超300场次防汛演练", "", ""), ("组织开展", "超300场次防汛演练")),
    (("继续集中精力抓好秋粮收购工作", "", "要"), ("抓好", "秋粮收购工作")),
    (("支持超20所县级医院补短板，提升服务能力", "", "支持"), ("补", "短板")),
    # 59. adverbs of manner that open an imperative (全方位, 全流程, 高标准, 适度, 大幅: models/openers.tsv,
    # predicate_words.tsv): the verb after them is the action, their clause the first predicate
    (("全方位、全流程保障数据安全", "", ""), ("保障", "数据安全")),
    (("全方位夯实基层治理根基，全面落实属地责任", "", ""), ("夯实", "基层治理根基")),
    (("高标准建设城市排水设施", "", ""), ("建设", "城市排水设施")),
    # 60. a verb and its object as one set phrase jieba tags l (扩大出口, 强化食品): split like a noun that glues
    # them; verbs of duty jieba tags as nouns or adjectives (力戒/n, 姑息/n, 容忍/a, 严肃查处/nr: tag_overrides.tsv)
    (("扩大出口退税覆盖面", "", ""), ("扩大", "出口退税覆盖面")),
    (("强化食品安全抽检", "", ""), ("强化", "食品安全抽检")),
    (("力戒形式主义", "", "要"), ("力戒", "形式主义")),
    (("姑息", "", "决不"), ("姑息", "")),
    (("严肃查处工程建设领域腐败问题", "", ""), ("严肃查处", "工程建设领域腐败问题")),
    (("更新改造老旧燃气管网120公里", "", ""), ("更新改造", "老旧燃气管网")),
    (("明显降低小微企业融资成本", "", ""), ("明显降低", "小微企业融资成本")),
    # 61. a verb before a localiser of time and 的 modifies the noun after them (实施|修改后的…), no serial pair
    (("认真实施修订后的食品安全法", "", ""), ("实施", "修订后的食品安全法")),
    # 62. 转移支付 is one noun (models/recuts.tsv); 根治 a verb (tag_overrides.tsv)
    (("县级基本财力保障转移支付增长8%", "", ""), ("增长", "县级基本财力保障转移支付")),
    (("根治拖欠工程款问题", "", "要"), ("根治", "拖欠工程款问题")),
    (("适度超前建设充电基础设施", "", ""), ("建设", "充电基础设施")),
    # 63. 反对 a verb (jieba: d), so coordinated with the verb after it; a modal left before the verb is no verb, so
    # a dictionary word gluing the verb to its object after it is split (要|总结经验)
    (("坚决反对和纠正各种不正之风", "", ""), ("反对和纠正", "各种不正之风")),
    (("要总结经验", "", "要"), ("总结", "经验")),
    # 64. after two verbs in a row a third opener verb opens their object (研究制定|扶持…; not after glue)
    (("研究制定扶持家庭农场发展的意见", "", ""), ("研究制定", "扶持家庭农场发展的意见")),
    (("巩固拓展深入整治成果", "", ""), ("巩固拓展", "深入整治成果")),
    # 65. a law's penalty: 处 before its amount is the verb, though jieba tags it a noun or glues it on
    # (models/predicate_words.tsv, sanction); 处 as a measure word after a number stays one
    (("逾期不改正的，处2000元以上1万元以下的罚款", "", ""), ("处", "2000元以上1万元以下的罚款")),
    (("处三万元以下的罚款", "", ""), ("处", "三万元以下的罚款")),
    (("对施工单位处5万元罚款", "", ""), ("处", "5万元罚款")),
    (("处应缴纳税款1倍以上3倍以下的罚款", "", ""), ("处", "应缴纳税款1倍以上3倍以下的罚款")),
    (("处以警告", "", ""), ("处以", "警告")),
    (("新建口袋公园30处", "", ""), ("新建", "口袋公园30处")),
    # 66. (hk2) a cue-less commitment of the Hong Kong genre: the modal 会 after the subject, before an adverbial
    # (专责小组|会|仔细|研究), and 会 glued by the HMM to the preposition after it (会于, 会以, 会为)
    (("专责小组会仔细研究各界意见", "", ""), ("研究", "各界意见")),
    (("政府会积极考虑更灵活运用资源", "", ""), ("考虑", "更灵活运用资源")),
    (("发展局会尽快检讨审批程序", "", ""), ("检讨", "审批程序")),
    (("運輸署會於年內檢討隧道收費", "", ""), ("檢討", "隧道收費")),
    (("專責小組會以務實的態度探討退休保障", "", ""), ("探討", "退休保障")),
    (("各部门要切实加强安全管理", "", ""), ("切实加强", "安全管理")),
    # 67. (hk2) 研究|把X，扩展至…: the clause ends before 把's verb, so X without 把 is the object; a 把 whose verb is
    # in the clause stays (研究|把服务扩展至全港, 考虑|把这些土地改作…)
    (("研究把“票价优惠计划”，扩展至12岁以下的残疾儿童", "", ""), ("研究", "票价优惠计划")),
    (("研究把現時提供療養服務的黃竹坑醫院，轉型為院舍", "", ""), ("研究", "現時提供療養服務的黃竹坑醫院")),
    (("研究把服务扩展至全港", "", ""), ("研究", "把服务扩展至全港")),
    (("考虑把这些土地改作社福用途", "", ""), ("考虑", "把这些土地改作社福用途")),
    # 68. (hk2) a comparator right after the verb opens its object (提供|超过500个…), no statement of a level
    (("提供超过500个新增宿位", "", ""), ("提供", "超过500个新增宿位")),
    (("新建不少于300個名額", "", ""), ("新建", "不少于300個名額")),
    (("粮食产量超过6500亿斤", "", ""), ("超过", "粮食产量")),
    # 69. (hk2) a verb before an interrogative governs the question (与X|探讨|如何…): the frame of 与 ends at it
    (("会与业界探讨如何加快审批", "", ""), ("探讨", "如何加快审批")),
    (("與區議會探討如何善用各團體擁有的活動場地", "", ""), ("探討", "如何善用各團體擁有的活動場地")),
    (("与私营机构探讨合作模式", "", ""), ("探讨", "合作模式")),
    # 70. (objects3) coordinated verb pairs jieba reads apart are one action (models/recuts.tsv)
    (("传承弘扬当地的红色文化", "", ""), ("传承弘扬", "当地的红色文化")),
    (("严格记录归档", "", ""), ("记录归档", "")),
    (("深入调查研究", "", ""), ("调查研究", "")),
    (("培养造就一批青年骨干", "", ""), ("培养造就", "一批青年骨干")),
    (("关心关爱社区志愿者", "", ""), ("关心关爱", "社区志愿者")),
    (("排查整治燃气隐患", "", ""), ("排查整治", "燃气隐患")),
    (("统筹协调全区公园建设", "", ""), ("统筹协调", "全区公园建设")),
    (("加强统筹协调", "", ""), ("加强", "统筹协调")),
    # 71. (objects3) a verb right before a head noun (措施, 方式) after 和 modifies it: the list goes on
    (("完善就业扶持政策和激励措施", "", ""), ("完善", "就业扶持政策和激励措施")),
    (("推动生产和消费方式变革", "", ""), ("推动", "生产和消费方式变革")),
    (("推广沼气和种植薪炭林", "", ""), ("推广", "沼气")),
    (("推进市第一医院急救基地、市中医院中医药传承创新中心等项目", "", ""),
     ("推进", "市第一医院急救基地、市中医院中医药传承创新中心等项目")),
    # 72. (objects3) a noun jieba tags as an adverb (长处/d) and an adverb glued to 联系 (密切联系/l)
    (("发挥各地的特点和长处", "", ""), ("发挥", "各地的特点和长处")),
    (("密切联系群众，依靠群众", "", ""), ("联系", "群众")),
    (("紧密联系实际", "", ""), ("联系", "实际")),
    (("继续把青年就业放在首位", "", ""), ("放在首位", "青年就业")),
    (("始终把维护群众安全摆在首位", "", ""), ("摆在首位", "维护群众安全")),
    # 73. (objects3) a clause past MAX_CLAUSE is cut before its last 、 (never mid-word), or kept whole when it ends
    # a few characters later
    (("建立完善世界一流企业、国家级单项冠军企业、上市公司、独角兽企业、领军企业、专精特新企业、高新技术企业、"
      "科技型中小企业、创新型企业、农业产业化龙头企业、服务业重点企业等优质企业库", "", ""),
     ("建立完善", "世界一流企业、国家级单项冠军企业、上市公司、独角兽企业、领军企业、专精特新企业、高新技术企业、"
      "科技型中小企业、创新型企业")),
    (("建立完善世界一流企业、国家级单项冠军企业、上市公司、独角兽企业、领军企业、专精特新企业、高新技术企业、"
      "科技型中小企业等优质企业梯度培育库", "", ""),
     ("建立完善", "世界一流企业、国家级单项冠军企业、上市公司、独角兽企业、领军企业、专精特新企业、高新技术企业、"
      "科技型中小企业等优质企业梯度培育库")),
]


@pytest.mark.parametrize("args, expected", CASES, ids=[a[0][:14] for a, _ in CASES])
def test_action_object(args, expected):
    assert action_object(*args) == expected


# sentences through the whole stage: the predicate span starts where the action is
STAGE = [
    ("各地要坚持党的宗教工作基本方针。", ("坚持", "党的宗教工作基本方针")),
    ("一、主要任务\n（一）深化街道管理体制改革，完善社区服务体系，切实解决群众办事难问题。",
     ("深化", "街道管理体制改革")),
    ("一、主要任务\n（一）养老服务。在有条件的社区开展嵌入式养老试点，打造一刻钟服务圈。", ("开展", "嵌入式养老试点")),
    ("鼓励有条件的村集体成立物业服务公司。", ("成立", "物业服务公司")),
    ("区住建委要会同有关部门加强工程质量监督。", ("加强", "工程质量监督")),
    # a verb cue opening a later clause states the purpose of the act before it (…，确保…)
    ("一、主要任务\n（一）区水务局在审查环节将节水内容纳入审查范围，确保建设项目落实节水要求。",
     ("纳入", "节水内容")),
    ("一、主要任务\n（一）区粮食局负责储备粮动用计划的执行，及时上报运输计划，确保粮食调拨到位。",
     ("负责", "储备粮动用计划的执行")),
    ("到2025年，确保粮食产量稳定。", ("确保", "粮食产量")),
    ("一、主要任务\n（一）全方位提升基层应急能力，完善预案体系。", ("提升", "基层应急能力")),
    ("一、主要任务\n（一）适度扩大地方政府专项债券规模，优先支持在建项目。", ("扩大", "地方政府专项债券规模")),
    # the party's name as the actor stage took it ran on over the party's verb (各方主体参与…名镇)
    ("鼓励社会力量参与传统村落保护利用工作。", ("参与", "传统村落保护利用工作")),
    ("鼓励村民以宅基地、资金入股等多种形式参与乡村旅游开发活动。", ("参与", "乡村旅游开发活动")),
    ("一、主要任务\n（一）支持农机生产企业、农机服务组织等广泛参与技术推广。", ("参与", "技术推广")),
    # speeches: 要X，…，必须Y in one sentence: X is what Y is the condition of, Y is the task; not 原则上…，严禁…
    ("我们这支队伍要始终赢得群众信任，必须始终坚守为民情怀。", ("坚守", "为民情怀")),
    ("各地要加强组织领导，压实主体责任。", ("加强", "组织领导")),
    # speeches (speech5): a clause of consideration (考虑到…，) frames the sentence like 鉴于/面对; the task is after 要
    ("同时，考虑到今后几年财力偏紧，专项资金要更加注重使用绩效。", ("注重", "使用绩效")),
    ("鉴于当前汛情复杂，各地要加强堤防巡查。", ("加强", "堤防巡查")),
    # …，关键是要X / 重点是要X: the copula names the task; the verb clause before it is the problem or the goal
    ("实现这个目标，关键是要加强基层党组织建设。", ("加强", "基层党组织建设")),
    ("解决看病难问题，重点是要扩大优质医疗资源供给。", ("扩大", "优质医疗资源供给")),
    # (speech6) 搞好X，既要Y，又要Z / 不仅要…还要…: the one verb clause before a pair is its topic;
    # the task is the pair's
    ("搞好宏观调控，既要保持政策的连续性，又要适时调整政策力度。", ("保持", "政策的连续性")),
    ("做好农业工作，不仅要稳定粮食生产，还要增加农民收入。", ("稳定", "粮食生产")),
    ("加强组织建设，既要健全基层组织，更要提高组织力。", ("健全", "基层组织")),
    # (speech6) X要Y，（…，）就要Z: the first 要 states the condition, Z is the task;
    # not past a case of its own (…的，就应…)
    ("企业家要带领企业战胜困难，走向未来，就要不断提升自己。", ("提升", "自己")),
    ("要想富，就要先修路。", ("修路", "")),
    ("我们要建立考核制度，考核合格的，就应该同等对待。", ("建立", "考核制度")),
    # (speech6) 又/也 after a verbal noun before a verb ends the object (既坚持X又坚持Y), not 又快又好
    ("各地要既坚持创新发展又坚持有机衔接。", ("坚持", "创新发展")),
    ("要推动经济发展又快又好。", ("推动", "经济发展又快又好")),
    # (speech6) 健全制度 jieba's noun: 健全 the verb (not the next clause's 形成)
    ("要健全制度，形成常态。", ("健全", "制度")),
    # (speech6) 把X V起来 ending the clause: the word before the directional complement is the verb (an adjective too)
    ("要把日常管理严起来。", ("严起来", "日常管理")),
    ("要把群众发动起来。", ("发动起来", "群众")),
    ("要把扩大内需和调整结构紧密结合起来。", ("结合起来", "扩大内需和调整结构")),
    # (speech6) a short clause of nouns before the cue's clause is the topic the verb with no object acts on
    ("这项工作，各地要高度重视。", ("高度重视", "这项工作")),
    ("脱贫攻坚这场仗，必须打赢。", ("打赢", "脱贫攻坚这场仗")),
    ("国家规定的收费标准，必须严格执行。", ("严格执行", "国家规定的收费标准")),
    # …not a frame, a copula clause or a clause with its own verb
    ("除重点地区外，要注意把握好度。", ("注意把握", "")),
    ("全部脱贫是郑重承诺，必须如期实现。", ("实现", "")),
    # …but several verb clauses before the pair are tasks of their own: the first predicate stays
    ("优化信贷结构，控制货币规模，既要支持经济增长，又要防范金融风险。", ("优化", "信贷结构")),
    # (hk2) Hong Kong commitments without 要/应 (the stage reads folded text; the CLI folds Traditional first)
    ("专责小组会仔细研究各界意见。", ("研究", "各界意见")),
    ("房屋署会于明年年底前检讨轮候安排。", ("检讨", "轮候安排")),
    # (regs3) a law's duty 负有…义务/责任: 负有 is the action, the duty its object, also after a clause of exception;
    # 闲置 a verb coordinated by 或者 (jieba: n), an attribute before a noun still
    ("代理机构对其在服务中知悉的个人信息，除法律另有规定的以外，负有保密的义务。", ("负有", "保密的义务")),
    ("船舶所有人负有清除污染的责任。", ("负有", "清除污染的责任")),
    ("运营单位不得擅自拆除或者闲置污水处理设施。", ("拆除或者闲置", "污水处理设施")),
    ("各区要盘活闲置土地和闲置厂房。", ("盘活", "闲置土地和闲置厂房")),
    # (regs3) a clause that is only a noun phrase, then 由 and its agent: the topic is the object of a verb with
    # none after it; not a time clause, nor a clause that ends in its own verb
    ("第十条 下列水利工程的安全评价报告，由省水行政主管部门审定。", ("审定", "下列水利工程的安全评价报告")),
    ("第十一条 船员培训的具体管理办法，由海事管理机构另行制定。", ("制定", "船员培训的具体管理办法")),
    ("第十二条 试点工作完成后，由市商务委组织验收。", ("组织验收", "")),
    ("第十三条 各类设施建成后同主体工程同步移交，由管养单位负责维护。", ("负责维护", "")),
    # (regs3) a topic, then 由X负责 and nothing after: a provision (the topic its object), no responsibility note
    ("第十四条 船舶污染事故的调查处理，由海事管理机构负责。", ("负责", "船舶污染事故的调查处理")),
    ("第十五条　下列事项的审批，由区绿化部门负责。", ("负责", "下列事项的审批")),
    # (regs3) 依照合同约定 a frame's noun (models/policy_terms.txt), so the verb after it is the action; 约定 a verb
    # outside a frame
    ("第十六条 物业服务企业应当依照合同约定做好共用部位的维修养护。", ("做好", "共用部位的维修养护")),
    ("第十六条 当事人应当约定仲裁机构。", ("约定", "仲裁机构")),
    # (regs3) what an object frame (对, 对于) names is the object of a verb with none after it: in the clause
    # after the name, or as the clause before the cue; a verb with its own object keeps it
    ("第十七条 区城管执法部门对巡查中发现的问题应当及时处理。", ("及时处理", "巡查中发现的问题")),
    ("第十七条 区城管执法部门应当加强巡查；对巡查中发现的问题，应当及时纠正、处理。", ("加强", "巡查")),
    ("第十七条 对群众投诉的违法行为，执法部门应当及时查处。", ("查处", "群众投诉的违法行为")),
    ("第十七条 对群众投诉的违法行为，执法部门应当及时查处违法单位。", ("查处", "违法单位")),
    # (regs3) a Hong Kong body whose name opens with a verb (扶贫|委员会) or holds 的 announces with 会: the predicate
    # starts after the name (not 扶贫 / 委员会…)
    ("扶贫委员会会仔细研究各界意见。", ("研究", "各界意见")),
    ("扶贫委员会的社会保障专责小组会仔细研究各界意见。", ("研究", "各界意见")),
    # (regs3) 向X|报告 (jieba: n) before a second clause is the first predicate, not a noun ending a frame
    ("第十八条 运营单位应当立即向区应急管理部门报告，并采取有效措施。", ("报告", "")),
    ("各区要结合老旧小区改造，开展加装电梯试点。", ("开展", "加装电梯试点")),
    # (regs3) 与 opening an object's modifier (与X相适应的Y, 与X的合作) stays in it; a leading glue word alone goes
    ("各区要建立与人口规模相适应的养老服务体系。", ("建立", "与人口规模相适应的养老服务体系")),
    ("各区要加强与周边地区的交流合作。", ("加强", "与周边地区的交流合作")),
    ("各区要加强和改进社区治理。", ("加强和改进", "社区治理")),
    # (regs4) a listed head cut by jieba with its end tagged a verb (社会|组织/v, 集体经济|组织/v) is a name, no action
    ("对农村集体经济组织的房屋，其补偿费用应当按照规定办理。", ("办理", "其补偿费用")),
    ("鼓励行业协会、社会组织、志愿者等社会力量参与老街巷的修缮。", ("参与", "老街巷的修缮")),
    ("区政府应当组织专家对保护规划进行论证。", ("组织", "专家")),
    # (regs4) after a modal cue and no other verb, 有 (a noun phrase's opener elsewhere) is the action
    ("执法车辆应当有明显的执法标志。", ("有", "明显的执法标志")),
    ("各单位应当有完善的应急预案。", ("有", "完善的应急预案")),
    ("有条件的地区要建立应急预案。", ("建立", "应急预案")),
    # (regs4) 成立 a pivot (kind pivot_object): the body set up ends before its own verb
    ("各区要成立工作专班推进旧区改造。", ("成立", "工作专班")),
    ("各区要成立专门机构。", ("成立", "专门机构")),
    # (frames3) the party's verb that jieba tags as a noun (重塑/n, 投身/n, 投向/n): after 支持/鼓励 X it is the action,
    # not the cue with the whole phrase as its object (models/tag_overrides.tsv, models/openers.tsv)
    ("一、主要任务\n（一）鼓励小微企业重塑信用。", ("重塑", "信用")),
    ("一、主要任务\n（一）鼓励高校毕业生投身基层治理。", ("投身", "基层治理")),
    ("一、主要任务\n（一）鼓励社会资本投向城市更新项目。", ("投向", "城市更新项目")),
    # (frames3) 组织 ending a party's name that jieba cuts off as a verb (服务|组织/v, 世卫|组织/v): a head of
    # models/actors.tsv, so the party's own verb is the action
    ("一、主要任务\n（一）鼓励各类农机服务组织开展跨区代耕服务。", ("开展", "跨区代耕服务")),
    ("一、主要任务\n（一）各地要同世卫组织保持沟通。", ("保持", "沟通")),
    # (frames3) 集聚|区 one noun (models/recuts.tsv): the place party's verb is the action, not the next clause's
    ("一、主要任务\n（一）支持滨江片区建设新材料产业集聚区，推动园区提质增效。", ("建设", "新材料产业集聚区")),
    # (frames3) 把 X 贯穿/融入/转化为 Y with a verb opening X (kind disposal_verb): the verb after X, X the object
    ("一、主要任务\n（一）必须把坚持依法行政贯穿城市管理各环节。", ("贯穿", "坚持依法行政")),
    ("一、主要任务\n（一）要把坚持和加强党的领导贯穿改革全过程。", ("贯穿", "坚持和加强党的领导")),
    ("一、主要任务\n（一）把强化安全意识融入日常管理。", ("融入", "强化安全意识")),
    # (frames3) after 支持/鼓励 and a party, a clause that is only its act (发展, 健康快速发展) is the action; the next
    # clause is another task (not 推动 / 产业链协同创新)
    ("一、主要任务\n（一）支持中小企业健康发展，推动产业链协同创新。", ("发展", "")),
    ("一、主要任务\n（一）支持乡村学校发展。", ("发展", "")),
    ("一、主要任务\n（一）支持中小企业兴办技工学校，加快实训基地建设。", ("兴办", "技工学校")),
]


@pytest.mark.parametrize("text, expected", STAGE, ids=[t[:12] for t, _ in STAGE])
def test_stage_action_object(text, expected):
    reqs = list(find_requirements(text))
    assert reqs, text
    assert (reqs[0].action, reqs[0].object) == expected


def test_only_the_predicate_clauses_are_tagged(monkeypatch):
    """The tagger sees the clauses up to the first one with a verb, never the rest."""
    import pipeline.requirements.verbphrase as vp

    seen = []
    real = vp.tag_clause.__wrapped__

    def spy(clause, engine=vp.ENGINE):
        seen.append(clause)
        return real(clause, engine)

    monkeypatch.setattr(vp, "tag_clause", spy)
    action_object("通过以奖代补等方式，支持村集体改造闲置校舍，建设村史馆，完善配套设施")
    assert seen == ["通过以奖代补等方式", "支持村集体改造闲置校舍"]


@pytest.mark.parametrize("engine", ["route", "posseg"])
def test_engines_agree_on_the_cases(engine, monkeypatch):
    """Both taggers (the dictionary route and jieba.posseg with its HMM) read our cases alike."""
    import pipeline.requirements.verbphrase as vp

    real = vp.tag_clause.__wrapped__
    monkeypatch.setattr(vp, "tag_clause", lambda clause, engine_=engine: real(clause, engine_))
    wrong = [args for args, want in CASES if action_object(*args) != want]
    assert len(wrong) <= 2, wrong


def test_tag_clause_joins_and_splits():
    """Listed verbs that jieba cuts (用|好) are one verb; a preposition glued to the next
    character (同所) is split off."""
    assert ("用好", "v") in tag_clause("用好专项资金")
    assert tag_clause("同所联系的群众谈心")[0] == ("同", "p")
    assert {"坚持", "确保"} <= verb_cues()


@pytest.mark.parametrize("clause, expected", [
    ("自该工程投入运行", [("自", "p"), ("该", "r")]),
    ("三十个工作日内", [("工作日", "n"), ("内", "f")]),
    ("五个工作日前", [("工作日", "n"), ("前", "f")]),
    ("运输署会于年内检讨收费", [("会", "v"), ("于", "p")]),
    ("专责小组会以务实态度研究", [("会", "v"), ("以", "p")]),
    ("在互利基础上同周边国家合作", [("上", "f"), ("同", "p")]),
    ("极大地提高农民收入", [("地", "uv"), ("提高", "v")]),
    ("要坚定信心", [("坚定", "v"), ("信心", "n")]),
    ("改革完善制度", [("改革完善", "v")]),
    ("落实落细政策", [("落实落细", "v")]),
    ("对下一级机关加强指导", [("对", "p"), ("下一级", "b")]),
])
def test_tag_clause_recuts(clause, expected):
    """jieba's cuts listed in models/recuts.tsv are re-cut, tags and all."""
    pairs = list(tag_clause(clause))
    at = pairs.index(expected[0])
    assert pairs[at:at + len(expected)] == expected
