"""Actors of requirements (actors.py, carry.py, models/actors.tsv) on sentences of our own.

Every sentence was written for this test; places and units are invented.  Each kind of actor
the carrying rule of corpora/README.md names is checked with a case that must find it and a
case that must not.
"""
from __future__ import annotations

import pytest

from pipeline.requirements import find_requirements
from pipeline.requirements.actors import addresses, find_subject, plain_name, subject
from pipeline.requirements.clauses import mask
from pipeline.requirements.scan import Scan

ITEM = "一、加强基层工作\n（一）落实责任。"  # a numbered item: what follows is its body
HK = "二、安老服務\n政府會繼續推動綠色建築，並會檢討相關規例。當局會加強巡查。"  # enough Traditional text to fold


LAW = "第一章　总则\n第一条　为了规范管理，制定本办法。\n第二章　法律责任\n"  # a law's chapters


def _actor(text: str, anchor: str) -> str:
    hits = [r for r in find_requirements(text) if anchor in r.text]
    assert len(hits) == 1, f"{anchor!r}: {[(r.text, r.actor) for r in find_requirements(text)]}"
    return hits[0].actor


def _name(clause: str) -> str:
    hit = subject(mask(clause))
    return clause[hit.start:hit.end] if hit else ""


@pytest.mark.parametrize("clause,name", [
    # parties of the law named by their role (纳税人, 义务人, 经营者, 工作者)
    ("纳税人应当妥善保存票据原件", "纳税人"),
    ("代扣代缴义务人应当按月申报", "代扣代缴义务人"),
    ("青岚镇文物保护责任人应当定期巡查", "青岚镇文物保护责任人"),
    ("农贸市场经营者不得哄抬菜价", "农贸市场经营者"),
    ("广大文艺工作者要扎根基层", "广大文艺工作者"),
    # 县直/区直 (county- and district-level) open a name like 市直/省直; jieba's dictionary lacks them as words
    ("县直各部门要加强统筹", "县直各部门"),
    ("各乡镇、县直各单位要摸清底数", "各乡镇、县直各单位"),
    ("区直各部门要加强统筹", "区直各部门"),
    ("扣缴义务人应当如实报告", "扣缴义务人"),
    # a listed verb opens a role of a law's party when a role word and a cue follow at once
    ("保护责任人应当定期巡查", "保护责任人"),
    ("保护管理机构应当建立巡查台账", "保护管理机构"),
    ("加强党委领导要落到实处", ""),
    ("落实主体责任要到位", ""),
    # 一手抓/两手抓 take the people after them as their object (models/actors.tsv, breaker)
    ("一手抓干部教育管理，全面落实整改方案", ""),
    ("两手抓干部要两手都硬", ""),
    # units of government named by their endings (委, 局, 办, 署, 集团, 街道, 镇)
    ("澜江区交通委要建立反馈机制", "澜江区交通委"),
    ("区文旅局要加强行业指导", "区文旅局"),
    ("区属集团要带头建设光伏项目", "区属集团"),
    ("各街道、镇要落实属地责任", "各街道、镇"),
    # units of police, fire and law enforcement (大队, 支队, 中队, 总队)
    ("交警大队要加强路面管控", "交警大队"),
    ("消防救援支队要加强实战演练", "消防救援支队"),
    ("加强应急救援支队建设要提上日程", ""),
    ("我委将组织专家开展评审", "我委"),
    # a body's short name: the place character and the words of its remit (a verb too)
    ("市住房城乡建设管理委制定能效标准", "市住房城乡建设管理委"),
    ("区发展改革委会同有关单位推进建设", "区发展改革委"),
    # a place head names a government after a determiner, a place name or a relative clause
    ("各区要加强统筹", "各区"),
    ("全县要抓好落实", "全县"),
    ("纳入试点名单的园区应建立工作机制", "纳入试点名单的园区"),
    # not a party: the place or area a measure or task is about
    ("本年度计划建成区应按照方案开展评估", ""),
    ("示范工业园区建成期的年综合能耗应不小于3万吨标准煤", ""),
    ("示范冷链园区建成期仓储面积原则上应不小于5万平方米", ""),
    # persons and the activity a name performs before its cue
    ("企业家要做诚信守法的表率", "企业家"),
    ("中介机构收费应当遵循公平原则", "中介机构"),
    ("资产评估师执业应当取得资格证书", "资产评估师"),
    ("城市污水要集中处理", ""),
    # article markers of a regulation are passed over
    ("第十二条　中介机构应当建立档案", "中介机构"),
    # a unit that is given a duty (作为…的责任主体，负责…) is named by it
    ("各街道、镇作为辖区管理的责任主体", "各街道、镇"),
    # 建设 opens a name only before a head
    ("建设单位要加强运行维护", "建设单位"),
    ("建设一批示范项目要抓紧", ""),
    # heads of command and levels of government (指挥部, 层面); the addressee of 请 (有关方面)
    ("省级防汛应急工作指挥部应立即启动预案", "省级防汛应急工作指挥部"),
    ("镇级层面要按照计划推进", "镇级层面"),
    ("请有关方面认真研究吸收", "有关方面"),
    ("在制度上要加以完善", ""),
    # a determiner the dictionary glues to the next character (各养|老) still opens the name
    ("各养老服务机构负责人要每月检查", "各养老服务机构负责人"),
    ("全面加强监督检查", ""),
    # a listed verb that is also a modifier (重点) opens a name only right before a head; 用 inside
    # a name before a head (用能单位) is no preposition
    ("重点企业要加强安全管理", "重点企业"),
    ("重点抓好企业安全管理", ""),
    ("试点银行要建立专营组织", "试点银行"),
    ("试点实施光伏示范工程", ""),
    ("用能单位要开展能源审计", "用能单位"),
    # 各 before a zone's name makes each zone a party, also as a later name of a list; not 各园|区
    ("各有关部门、各自贸试验区要强化底线思维", "各有关部门、各自贸试验区"),
    ("各经济开发区要落实属地责任", "各经济开发区"),
    ("各园区建设主体负责具体实施", "各园区建设主体"),
    # a later name of a list may hold two verbs right before its head (…、长三角协同发展领导小组办公室)
    ("省发展改革委、长三角协同发展领导小组办公室要做好统筹", "省发展改革委、长三角协同发展领导小组办公室"),
    # a verbal noun of building after a name, then the cue: the name is what is built (models/actors.tsv
    # project), not the doer; a person's activity is (律师执业)
    ("新时代经济特区建设要高举改革旗帜", ""),
    ("律师执业不得损害委托人利益", "律师"),
    # a listed verb of a body's remit after its place head does not end the name
    ("区建设管理委要加强监管", "区建设管理委"),
    ("各区建设管理部门要加强监管", "各区建设管理部门"),
    ("各区建设一批示范园区", "各区"),
    # a word that only ends in a head (格局, 会议室: models/actors.tsv not_head) names no party
    ("生态网络格局要进一步优化", ""),
    ("会议室要保持整洁", ""),
    ("区财政局要加强监管", "区财政局"),
    # a dictionary verb right before a head names a party only before a cue
    ("快递企业要落实安全责任", "快递企业"),
    ("帮助企业解决融资难题", ""),
    ("扶贫委员会会借鉴这些经验", "扶贫委员会"),  # …or before an announcing auxiliary (models/announcements.tsv)
    ("劳工及福利局会在下个财政年度申请拨款", "劳工及福利局"),  # a verbal noun joined by 及 to a name
    # a place name of the dictionary right before a cue is the place addressed (speeches)
    ("深圳要建设好创新示范区", "深圳"),
    ("广东、福建要率先推进改革", "广东、福建"),
    ("深圳发展要靠创新", ""),
    ("厦门经济特区要扛起责任", "厦门经济特区"),
    ("特区广大干部群众要勇于创新", "特区广大干部群众"),
    ("方便群众就近休闲", ""),  # 群众 alone is an object
    ("市民群众获得感进一步增强", ""),  # a measure (models/actors.tsv: metric), no party
    ("城镇调查失业率控制在5%左右", ""),  # a listed verb, then at once a measure
    # a 的 inside a frame's phrase is no relative clause; one right after the name's verb is
    ("各行业管理部门依职责在项目的审查环节纳入海绵要求", "各行业管理部门"),
    ("农村地区接送学生的车辆要定期检查", ""),
    # no name holds a cue of its own (必须); a cue inside a word or a head does not count (相应, 负责人)
    ("这个问题必须引起全体干部高度重视", ""),
    ("排污者应当到指定的银行缴纳排污费", "排污者"),
    ("由相应的绿化管理部门负责审批", "相应的绿化管理部门"),
    ("各成员单位主要负责人应当到岗", "各成员单位主要负责人"),
    # bodies named with their remit before 管理部门 (a listed verb inside the name), before a cue
    ("区非遗保护管理部门应当会同相关部门开展调查", "区非遗保护管理部门"),
    ("镇人民政府、街道办事处应当加强日常巡查", "镇人民政府、街道办事处"),
    ("方案评审后报区建设管理委备案", ""),
    ("非物质文化遗产代表性传承人应当开展传习活动", "非物质文化遗产代表性传承人"),
    # ministries of earlier line-ups; followers of a regulation's parties (首次, 只能); 配偶
    ("铁道部、交通部负责调运物资", "铁道部、交通部"),
    ("申请人首次申领证照应当提交材料", "申请人"),
    ("纳税人只能选择一处住房扣除利息", "纳税人"),
    ("纳税人及其配偶不能同时享受两项扣除", "纳税人及其配偶"),
    # long lists closed by 等 and the heads that sum them up; a verb inside a noun (市场|监管)
    ("民政部、教育部、人力资源社会保障部、交通运输部、卫生健康委、财政部等部门要加强统筹",
     "民政部、教育部、人力资源社会保障部、交通运输部、卫生健康委、财政部等部门"),
    ("市场监管、民政、教育、税务等市场监管领域有关部门要统一认识", "市场监管、民政、教育、税务等市场监管领域有关部门"),
    ("加强教育、卫生、民政等工作要抓紧", ""),
    ("教育引导广大青年增强自信", ""),
    ("黄浦区要加强统筹", "黄浦区"),
    ("试点城市负责编制实施方案", "试点城市"),
    ("本市新增城市建成区50平方公里达到建设要求", "本市"),  # no name holds a number
    ("启动区级海绵城市建设规划评估", ""),  # 启动 opens an imperative (models/openers.tsv)
    # a deadline glued to the subject is passed over; a listed verb (完成) ends the name
    ("2019年6月底前各省份要出台实施方案", "各省份"),
    ("每年3月底前市卫生健康委完成指标分析工作", "市卫生健康委"),
    ("10月1日前各区要报送名单", "各区"),
    # discourse openers passed over (首先是, 关键是); 财政要 is no 政要 (models/cues.tsv)
    ("首先是地方财政要加大投入力度", "地方财政"),
    ("关键是各级党委要扛起责任", "各级党委"),
    ("国务院扶贫开发领导小组要开展督查巡查", "国务院扶贫开发领导小组"),  # an idiom inside a name
    ("自贸试验区内银行业金融机构应当审查借款人资信", "自贸试验区内银行业金融机构"),  # 自 opens a noun, no frame
    # a fixed phrase inside a name holds a follower or a preposition (自, 由) that ends nothing
    ("国务院自由贸易试验区工作部际协调小组办公室要加强统筹协调", "国务院自由贸易试验区工作部际协调小组办公室"),
    # the dictionary's 单位根 is a mis-cut of 单位|根据: a listed word after the head ends the name
    ("由项目实施单位根据年度计划编制预算", "项目实施单位"),
    ("由区财政局根据审核结果拨付资金", "区财政局"),
    # two modifiers before a head open a name, though the first is a listed verb (重点抓好…)
    ("重点用能单位要开展能源审计", "重点用能单位"),
    ("重点抓好企业服务", ""),
    ("关爱基金会要加强项目评估", "关爱基金会"),  # 基金会 is a head of its own (the dictionary's word)
    ("农村地区接送学生的车辆要加装定位设备", ""),  # a cue after the 的: the name is part of the subject
    # no name holds the copula (是) as a word of its own; after an adverb (特别是) it is no copula
    ("《发展纲要》是新区建设管理的基本依据", ""),
    # a one-character frame standing as a word of its own ends a name (方案|经|专家评审后…), not 用 of 用能
    ("设计图纸经专家论证后报区政府审定", ""),
    ("各地区各部门也要加强统筹", "各地区各部门"),
    # 该处 refers back to an office (處), as Hong Kong texts do; 处 alone is no head
    ("该处将于明年设立就业中心", "该处"),
    ("该处违章建筑要限期拆除", ""),
    # a name and a verb before 类 name a kind of thing, the subject (城市维护类项目), no party
    ("企业管理类岗位要公开招聘", ""),
    ("乡村振兴类项目应优先安排用地", ""),
    # a regulation's body named by its remit, a place before it or not: verbs inside are part of the name
    ("市规划资源部门负责名镇的监督管理工作", "市规划资源部门"),
    ("区住房城乡建设管理部门负责名镇内建筑的保护", "区住房城乡建设管理部门"),
    ("规划资源部门负责名镇的监督管理工作", "规划资源部门"),
    ("发展改革部门应当加强统筹协调", "发展改革部门"),
    ("建立市场监管部门牵头的联席会议制度", ""),  # 牵头的 modifies a thing: a verb phrase, no name
    ("加强部门协作", ""),
    # a law's party named by a noun of role, right before a cue (承租人应当…), though no head ends it
    ("承租人应当按时支付租金", "承租人"),
    ("驾驶员不得疲劳驾驶", "驾驶员"),
    ("律师不得私自接受委托", "律师"),
    ("从业人员应当持证上岗", "从业人员"),
    ("资金应当专款专用", ""),  # a thing, no party
    ("雇主应当为雇员购买保险", "雇主"),  # (regs3) a whole word of role that jieba tags as a verb
    ("业主应当按时交纳物业费", "业主"),
    ("民主应当得到发扬", ""),
    ("船舶应当配备防污设备", "船舶"),  # a ship, a party of maritime law
    ("船舶污染物应当交由有资质的单位接收", ""),
    ("劳工处将加强巡查", "劳工处"),  # (regs3) Hong Kong departments as written (folded)
    ("规划署会检讨用地规划", "规划署"),
    ("承租人的押金应当退还", ""),  # …not the noun of a longer subject
    ("渔业主管部门的监督检查人员应当出示执法证件", "渔业主管部门的监督检查人员"),  # (regs4) a body's staff
    ("区水务局的监督检查人员不得收取费用", "区水务局的监督检查人员"),  # named by a listed four-character task
    ("各区要监督检查企业落实情况", "各区"),  # the same verbs, no head after them: a verb phrase
    # people's organisations and associations named as parties (人民团体, 商会, 红十字会, 民主党派)
    ("工会、共青团、妇联等人民团体要组织动员群众", "工会、共青团、妇联等人民团体"),
    ("慈善组织、红十字会要高效运转", "慈善组织、红十字会"),
    ("行业协会、商会要发挥作用", "行业协会、商会"),
    ("各民主党派要积极建言献策", "各民主党派"),
    ("加强群团组织建设", ""),
    ("各级党团组织要更多地同青年接近", "各级党团组织"),
    # the party itself (党要…, 我们党要…), not 党 inside a longer word (治党) or a phrase (党的建设)
    ("党要细心发现先进青年", "党"),
    ("我们党要始终得到人民拥护", "我们党"),
    ("全面从严治党要坚持不懈", ""),
    ("党的建设要加强", ""),
    # (actors8) the state ends a name where it opens it; after a verb it is the verb's object (models/actors.tsv,
    # 国家 as a place head), and a name already ended does not run on over it
    ("国家要加大对中西部的投入", "国家"),
    ("排放总量和用水指标达到国家要求", ""),
    ("基本实现国家治理能力现代化", ""),
    ("市级指挥部接到国家指挥部通知后要立即响应", "市级指挥部"),
    ("中央和国家机关要带头过紧日子", "中央和国家机关"),
    # (actors8) a span of years before the name is passed over (models/openers.tsv, skip)
    ("今后五年省级财政要加大投入", "省级财政"),
    ("未来五年各地要加快发展", "各地"),
    # (actors8) a narrower party singled out by 特别是/尤其是 belongs to the name (models/actors.tsv, single_out)
    ("各类学校特别是寄宿制学校要建立巡查制度", "各类学校特别是寄宿制学校"),
    ("基层干部尤其是村干部必须熟悉政策", "基层干部尤其是村干部"),
    ("各级部门特别是要加强统筹", "各级部门"),
    ("学校特别是今年要完成改造", "学校"),
])
def test_names(clause, name):
    assert _name(clause) == name


@pytest.mark.parametrize("clause,party", [
    ("鼓励引导区属集团开展光伏建设", "区属集团"),
    ("鼓励、支持区内银行业金融机构发放贷款", "区内银行业金融机构"),
    ("支持公园定期对配套用房进行评估", "公园"),  # a party word, no head
    ("鼓励社会资本以市场化方式设立基金", "社会资本"),
    ("支持重点企业参与标准体系建设", "重点企业"),  # 重点 as a modifier of the party
    ("支持青川口岸建设监管作业场所", "青川口岸"),
    ("支持自贸试验区开展保险试点", "自贸试验区"),  # a zone is a party when it is encouraged
    ("鼓励开展项目监测试点", ""),  # a verb right after the cue: no party
    ("支持自贸试验区试点保税仓储业务", "自贸试验区"),  # 试点 as the party's act (models/openers.tsv)
    ("鼓励农村学校组织学生参观纪念馆", "农村学校"),  # 组织学|生 is a mis-cut of 组织|学生
    ("支持快递企业在村镇设立服务网点", "快递企业"),  # a dictionary verb before a head: 快递|企业
    ("鼓励园区新建建筑采用地源热泵", "园区新建建筑"),  # a party word (建筑, 绿地, 社会) ends the party
    ("鼓励社会以设立基金等方式投入", "社会"),
    ("鼓励社会参与", ""),  # the party's verb ends the clause: no act to encourage it to
    ("鼓励广大青年教师解放思想、大胆创新", "广大青年教师"),  # an idiom as the party's predicate
    # a relative clause with a listed verb
    ("鼓励基础条件好、积极性高的园区进行申报", "基础条件好、积极性高的园区"),
    ("鼓励开展形式多样的宣传活动", ""),
    ("支持广州实现老城市新活力", "广州"),  # a place name of the dictionary, then its verb
    ("支持珠海、中山更好对接区域协作机制", "珠海、中山"),  # a list of place names, then an adverb
    # place names that jieba tags as a person's name (nr, nrt) or another proper name (nz)
    ("支持宁德打造新能源产业集群", "宁德"),
    ("支持林芝建设生态文明示范城市", "林芝"),
    ("支持金华、丽水加强山海协作", "金华、丽水"),
    ("支持绿色金融产品创新", ""),  # a noun phrase that ends the clause
    ("支持技术集成应用和项目建设", ""),  # not a party word
    ("支持重点用能单位根据自身条件建设示范项目", "重点用能单位"),  # 重点|用能|单位, 单位|根据
    # a 的 with no head after it lies in the object, not in a longer name
    ("鼓励各方主体参与古镇风貌的保护利用", "各方主体"),
    ("鼓励各方主体参与历史街区传承利用工作", "各方主体"),  # (actors8) a plain verb after the party is its act
    ("支持社会各界特别是企业积极参与技能培训", "社会各界特别是企业"),
    # an adverb of degree opens the party and stays in it; alone it names none
    ("支持更多县市建设冷链物流枢纽", "更多县市"),
    ("鼓励更多青年返乡创业", "更多青年"),
    ("鼓励更多使用清洁能源", ""),
    # (regs3) a listed party word that jieba tags as a verb (雇主/v)
    ("鼓励雇主聘用残疾人士", "雇主"),
    ("鼓励雇主为员工提供在职培训", "雇主"),
    # (frames3) the party's verb jieba tags as a noun, listed as an opener verb (重塑, 投向)
    ("鼓励小微企业重塑信用", "小微企业"),
    ("支持中小企业投向城市更新项目", "中小企业"),
    ("支持农机合作社等服务组织改善生产条件", "农机合作社等服务组织"),  # (frames3) 服务组织 a head
    # (actors9) people and resources encouraged: party words with no head (models/actors.tsv party)
    ("鼓励医生到乡镇卫生院多点执业", "医生"),
    ("支持社会力量举办养老机构", "社会力量"),
    ("鼓励外资参与城市更新", "外资"),
    ("鼓励高校学生在假期开展志愿服务", "高校学生"),
    ("支持社会力量兴办托育机构", "社会力量"),
    ("鼓励优秀人才在基层建功立业", "优秀人才"),
    ("支持怀柔科学城建设科学仪器产业园", "怀柔科学城"),  # jieba tags 科学城 a person's name
    # (actors9) a list of party words, and 广大 opening it
    ("支持广大义工和志愿者参与社区服务", "广大义工和志愿者"),
    ("鼓励居民、商户和社区开展垃圾分类", "居民、商户和社区"),
    ("鼓励利用闲置厂房、老旧建筑开办书店", ""),  # a listed verb that jieba tags as a noun opens no party
    ("支持社会组织、慈善事业发展", ""),  # the list would end inside a head (社会|组织)
    ("支持人才培养和引进", ""),  # a noun phrase that ends the clause
])
def test_encouraged_party(clause, party):
    m = mask(clause)
    cue = 4 if clause.startswith(("鼓励引导", "鼓励、支持")) else 2
    hit = find_subject(Scan(m), 2, len(m), party=True) if cue else None
    assert (clause[hit.start:hit.end] if hit else "") == party


@pytest.mark.parametrize("text,anchor,actor", [
    # 请X… tells X to act: X is the actor and the addressee of what follows in the paragraph
    (ITEM + "请各区于3月底前报送汇总表。加强施工管理。", "加强施工管理", "各区"),
    (ITEM + "请各区、相关管委会于3月底前报送汇总表。", "报送汇总表", "各区、相关管委会"),
    # the subject of a copula before a verb of treatment is the one treated, not the actor; a
    # copula before another verb keeps its subject
    (ITEM + "各类市场主体都是经济发展的参与者，要一视同仁。", "一视同仁", ""),
    (ITEM + "区文旅局要加强指导。各类民营企业都是创新的主体，要平等对待。", "平等对待", "区文旅局"),
    (ITEM + "校长是学校安全第一责任人，要亲自研究安全工作。", "亲自研究", "校长"),
    (ITEM + "区应急局要做好救援。消防队员是抢险救灾的骨干力量，务必重视对他们的保护。", "对他们的保护", "区应急局"),
    # a measure right after a name and before a cue: the name is part of the measure
    (ITEM + "城乡居民人均财政补助标准要再提高20元。", "再提高20元", ""),
    (ITEM + "区人社局要加强统筹。各级干部能力水平要进一步提高。", "进一步提高", "区人社局"),
    # (actors8) a clause that a copula clause follows is the copula's subject: the name inside it is no actor
    (ITEM + "最大的体会是，总书记考察本省重要讲话精神，是做好一切工作的根本遵循，必须深刻领悟。", "深刻领悟", ""),
    (ITEM + "区政府是公共服务的提供者，也是规则的维护者，要优化服务。", "优化服务", "区政府"),
    (ITEM + "校长是学校安全第一责任人，要亲自研究安全工作。", "亲自研究", "校长"),
    # (actors8) revenue is a measure (models/actors.tsv, metric 收入): the body its name holds is no party
    (ITEM + "区一般公共预算收入要增长5%左右。", "增长5%左右", ""),
    # (actors8) a weak cue (支持) opening a relative clause before a measure: the fund is part of the measure,
    # named no party, and carries to none of the sentences after it
    (ITEM + "市级产业基金支持小微企业的资金占比不低于40%。持续扩大工业投资。", "持续扩大工业投资", ""),
    (ITEM + "区财政支持科技创新的资金比例达到30%。", "资金比例达到", ""),
    (ITEM + "各区要支持企业扩大投资的比例。加快建设。", "加快建设", "各区"),
    (ITEM + "国有企业坚持党的领导。加快建设。", "加快建设", "国有企业"),
    # public money is a measure, not a body (models/actors.tsv, not_head); a finance office is one
    (ITEM + "公共财政更大力度向山区倾斜。", "向山区倾斜", ""),
    (ITEM + "县财政要加大转移支付力度。", "加大转移支付", "县财政"),
    # a unit a government names by its remit, as subject and after 由
    ("第二十条　省、自治区、直辖市人民政府管理档案工作的部门应当定期抽查。", "定期抽查",
     "省、自治区、直辖市人民政府管理档案工作的部门"),
    ("第二十一条　档案机构违反本条例的，由县级以上人民政府管理档案工作的部门责令限期改正。", "责令限期改正",
     "县级以上人民政府管理档案工作的部门"),
    ("第二十二条　县级以上人民政府应当加强对档案工作的领导。", "加强对档案工作", "县级以上人民政府"),
    # a body inside a condition of 未经 is no actor; a name before 未经 still is
    ("第五条　养殖池塘的防污设施未经区环保局验收的，不得投入使用。", "不得投入使用", ""),
    ("第五条　建设单位未经区环保局批准，不得擅自拆除防污设施。", "擅自拆除", "建设单位"),
    # 當局 (当局) is a party: its 当 opens no frame of time
    ("政府會繼續推動綠色建築，並會檢討相關規例。當局會加強巡查。運輸署會檢討路線安排。有關當局會檢討規例。",
     "加強巡查", "當局"),
    # a scraped -- stands for the dash —— before the subject
    (ITEM + "——我们要扎实推进节能减排。", "节能减排", "我们"),
    (ITEM + "--我们要扎实推进节能减排。", "节能减排", "我们"),
    # 我建議/我們建議 X… (a Hong Kong address) asks X to act; the speaker stays the actor of a provision
    (HK + "我建議社會福利署增加日間護理名額。", "增加日間護理", "社會福利署"),
    (HK + "為改善長者生活，我建議政府加強支援獨居長者。", "支援獨居長者", "政府"),
    (HK + "我建議撥款5億元，改善院舍設施。", "改善院舍設施", "我"),
    # 我會… (jieba's word 我会) is the speaker and an auxiliary; 我会将… is an association naming itself
    (HK + "我會親自主持每年的扶貧高峰會。", "親自主持", "我"),
    # X负责… assigns a duty: X is an addressee
    (ITEM + "区环保局负责全区监测工作。定期通报监测结果。", "定期通报", "区环保局"),
    # a statement without a cue or duty does not pass on
    (ITEM + "区环保局依法实施处罚。定期通报监测结果。", "定期通报", ""),
    # a topic that names the party by a relative clause, its cue opening the next clause; 从事 holds the
    # character of the frame 从 but is a verb
    ("第八条　从事水产养殖的养殖者，应当采取生态养殖方式。", "采取生态养殖方式", "从事水产养殖的养殖者"),
    ("第八条　从严从快查处违法行为，应当依法公开。", "依法公开", ""),
    # …without the comma: the relative clause and its name right before the cue
    ("第十四条　从事监督检查的工作人员应当保守商业秘密。", "保守商业秘密", "从事监督检查的工作人员"),
    ("第十四条　落实属地管理的各区要加强统筹。", "加强统筹", "落实属地管理的各区"),
    ("第十四条　组织协调本辖区内的部门联合开展检查。", "联合开展检查", ""),  # no cue after the name
    # a later paragraph that introduces a list on the lines after it names the lead of the list's items
    ("第九条　档案所有人为档案保护责任人。\n档案保护责任人应当履行下列责任：\n（一）定期检查档案；\n"
     "（二）配合主管部门开展抽查。\n",
     "配合主管部门", "档案保护责任人"),
    ("第九条　档案所有人为档案保护责任人。\n区档案局要加强指导。\n档案保护责任人应当定期检查档案。\n"
     "（一）配合主管部门开展抽查。\n", "配合主管部门", "区档案局"),
    ("第九条　档案所有人为档案保护责任人。\n区档案局要加强指导。\n档案保护责任人应当履行下列责任：\n"
     "（一）配合主管部门开展抽查。\n", "配合主管部门", "档案保护责任人"),
    # a list of parties closed by 等 fills the clause after 鼓励; their act opens the next clause
    (ITEM + "鼓励高校、科研院所和龙头企业等，联合开展技术攻关。", "联合开展", "高校、科研院所和龙头企业"),
    (ITEM + "鼓励开展技术攻关、成果转化等，提升创新能力。", "提升创新能力", ""),
    # the encouraged party is the actor of its entry (and does not pass on)
    (ITEM + "鼓励引导区属集团开展光伏建设。", "光伏建设", "区属集团"),
    # a title line that asks names the lead of its item's sub-items
    ("一、应急响应\n（一）县级防汛指挥部接到通知后，要立即组织人员值守。\n1.实时监测本地区水情。\n"
     "2.每日上报险情。\n", "实时监测", "县级防汛指挥部"),
    ("一、应急响应\n（一）加强值守。\n1.实时监测本地区水情。\n", "实时监测", ""),
    # a condition names the party that the cue after it tells what to do, unless it is treated
    ("第十条　纳税人接受职业培训的，应当留存证书备查。", "留存证书", "纳税人"),
    ("第十一条　经营者违反本办法规定的，应当依法追究责任。", "追究责任", ""),
    # …or whose act a frame opens (按照…扣除), unless the act treats it (按照…予以处理)
    ("第十二条　纳税人为家中独子的，按照每月1000元的标准扣除。", "标准扣除", "纳税人"),
    ("第十三条　经营者违反本条例规定的，按照有关规定予以处理。", "予以处理", ""),
    # after 由 the party's act may end the clause; a condition ending in 的 stays with it
    ("第十二条　确需动用市级储备的，由区人民政府提出申请。", "提出申请", "区人民政府"),
    # criminal liability: the courts act, never the body that fined in the clause before
    ("第九条　违反本办法的，由区市场监管局处以罚款；构成犯罪的，依法追究刑事责任。", "依法追究", ""),
    ("第九条　运营单位应当建立台账。造成事故，构成犯罪的，依法追究刑事责任。", "依法追究", ""),
    ("第九条　构成犯罪的，由司法机关依法追究刑事责任。", "依法追究", "司法机关"),
    ("第九条　区市场监管局应当依法追究违规企业的责任。", "依法追究", "区市场监管局"),
    # (regs3) a party named by what is done to it (被 and a verb before a head), carried to its 不得 clause
    ("第三十条　被抽查单位和个人应当如实报送资料，不得拒绝或者阻挠抽查人员依法执行公务。", "不得拒绝",
     "被抽查单位和个人"),
    ("第三十条　被授权单位应当按期报告执行情况。", "按期报告", "被授权单位"),
    ("第三十条　被列入名录的企业名单应当公布。", "应当公布", ""),
    # (regs3) a body's name holds the verbs of its remit before 工作 and its head; a body named first, then
    # 由X负责…: X is the party, the body the topic
    ("第十条　市旧区改造征收补偿协调工作联席会议成员单位应当加强配合。", "加强配合",
     "市旧区改造征收补偿协调工作联席会议成员单位"),
    ("第十条　项目审核协调工作联席会议由申报单位负责召集。", "负责召集", "申报单位"),
    ("扶贫委员会会仔细研究各界意见。", "仔细研究", "扶贫委员会"),  # (regs3) 委员会|会: the head, then the modal
    # (regs4) Hong Kong bodies before 會: a name of up to 24 characters (a sub-committee of a commission), one
    # whose opening verb or adjective is a few letters before its head (安老|事務|委員會), and in a numbered item
    ("康復諮詢委員會的殘疾人士就業及職業康復專責小組會詳細檢視服務需求。", "詳細檢視",
     "康復諮詢委員會的殘疾人士就業及職業康復專責小組"),
    ("安老事務委員會會詳細檢視服務需求。", "詳細檢視", "安老事務委員會"),
    ("（三）關顧長者\n扶貧委員會的青年就業專責小組會深入研究跨代貧窮問題。\n", "深入研究",
     "扶貧委員會的青年就業專責小組"),
    ("一、强化监管\n加强安全生产委员会的建设。\n", "加强安全", ""),

    # a 对 frame over several clauses: an idiom ending in a closer's character (欺上瞒下) does not close it, so the
    # cadres treated are no actor; the item's addressee carries on
    ("一、从严管理\n各级党组织要严格管理干部。对那些阳奉阴违、欺上瞒下，屡教不改的干部，要严肃处理。\n",
     "要严肃处理", "各级党组织"),
])
def test_carried(text, anchor, actor):
    assert _actor(text, anchor) == actor


@pytest.mark.parametrize("text,anchor,actor", [
    # after a topic, 由 names a party by its role or side, though no head ends it (调入方, 承租人)
    (ITEM + "运输费用由调入方负担。", "运输费用", "调入方"),
    (ITEM + "租金支出由签订合同的承租人扣除。", "租金支出", "签订合同的承租人"),
    (ITEM + "具体事项由个人自行负责。", "具体事项", "个人"),
    # 由X向Y is a change, and a name ending so must be followed by its act
    (ITEM + "推动产业由低端向高端迈进。", "推动产业", ""),
    # 由X商Y: X acts, Y is consulted (商 a word of its own; 外商, 商务委 are dictionary words)
    (LAW + "第五条　上述数据的格式、标准，由区财政局商有关部门确定。", "上述数据", "区财政局"),
    (LAW + "第五条　实施细则由区财政局及各街道办事处商有关部门制定。", "实施细则", "区财政局及各街道办事处"),
    (LAW + "第五条　外商投资企业应当依法纳税。", "依法纳税", "外商投资企业"),
    (LAW + "第五条　区商务委应当加强指导。", "加强指导", "区商务委"),
    # a law's body named by what it did, after 由 (由原核准…的部门责令…); the penalty after it keeps it
    ("第二十条　经营单位违反本办法规定的，由原核准该项目报告书的区生态环境部门责令限期改正；"
     "逾期不改正的，处1000元以上5000元以下的罚款。", "责令限期改正", "原核准该项目报告书的区生态环境部门"),
    (LAW + "第二十条　经营单位违反本办法规定的，由原批准该停车场设置的区交通管理部门责令限期改正；"
     "逾期不改正的，责令停业整顿，并处1000元以上5000元以下的罚款。", "责令停业整顿",
     "原批准该停车场设置的区交通管理部门"),
])
def test_agent_party_by_role(text, anchor, actor):
    assert _actor(text, anchor) == actor


def test_run_in_items_take_the_lead_in_of_their_paragraph():
    """一要…二要… run in after a lead-in that gives a duty: each item takes its addressee, although
    the items are other numbered items than the one that holds the lead-in (rule 3 through the
    enclosing items of the same paragraph)."""
    text = ("一、职责分工\n区环保局负责全区监测的指导工作。\n"
            "各街道、镇作为辖区管理的责任主体，负责日常监管。一要建立巡查制度。二要做好宣传。\n")
    assert _actor(text, "建立巡查制度") == "各街道、镇"
    assert _actor(text, "做好宣传") == "各街道、镇"


@pytest.mark.parametrize("clause,end_word,expected", [
    ("区环保局负责全区监测", "", True),
    ("各街道、镇作为辖区管理的责任主体，负责日常监管", "", True),
    ("区环保局依法实施处罚", "", False),
    ("各街道、镇作为辖区管理的责任主体，推进日常监管", "", False),
])
def test_addresses(clause, end_word, expected):
    m = mask(clause)
    sc = Scan(m)
    hit = find_subject(sc, 0, len(m))
    assert hit is not None
    assert addresses(sc, hit, len(m)) is expected


def test_traditional_text_is_read_in_simplified():
    text = ITEM + "醫管局會在來年增加病床，我們會提供額外撥款。為此，衞生署要加強監察。\n"
    assert _actor(text, "加強監察") == "衞生署"  # cut from the text as written




_NOBREAK = ("在全县安全生产工作会议上的讲话 同志们：今天召开这次会议，主要任务是部署安全生产"
            "工作。一、关于当前形势 去年全县安全形势总体平稳。各级党委要统筹部署安全生产工作"
            "。教育局要加强校园安全督导。{intro}一要强化组织领导。二要严肃追责问责。二"
            "、关于重点任务 交警大队要加强路面管控。要严查酒驾醉驾。")


@pytest.mark.parametrize("intro,anchor,actor", [
    # the speaker announces his points: a new topic, which the latest addressee before it does not
    # reach; the lead of the item around it (its first addressee) still does (README, rule 4)
    ("最后，我给参加会议的同志们提3点要求。", "强化组织领导", "各级党委"),
    ("最后，我再讲几点意见。", "严肃追责问责", "各级党委"),
    # a list that no announcement opens goes on from the latest addressee (README, rule 3)
    ("对发现的问题要建立台账。", "强化组织领导", "教育局"),
])
def test_speaker_announced_list_starts_a_topic(intro, anchor, actor):
    from pipeline import extract_text
    rows = [r for r in extract_text(_NOBREAK.format(intro=intro)).requirements if anchor in r.text]
    assert [r.actor for r in rows] == [actor]


@pytest.mark.parametrize("name, expected", [
    # (hk2) a note that defines the short form of a body's name at its first mention is no part of the name
    ("社會福利署(“社署”)", "社會福利署"),
    ("醫院管理局（“醫管局”）", "醫院管理局"),
    ("强制性公积金计划管理局(\"积金局\")", "强制性公积金计划管理局"),
    ("各级党委（党组）", "各级党委（党组）"),  # a note naming another party stays
    ("市住房城乡建设管理委", "市住房城乡建设管理委"),
])
def test_plain_name(name, expected):
    assert plain_name(name) == expected


@pytest.mark.parametrize("text, actor", [
    ("醫院管理局（“醫管局”）將增設130張康復病床。", "醫院管理局"),
    ("医院管理局（“医管局”）将增设130张康复病床。", "医院管理局"),
    # a tiny Traditional text is folded too (pipeline/script.py, looks_traditional)
    ("專責小組會仔細研究各界意見。", "專責小組"),
    ("運輸署會於年內檢討隧道收費。", "運輸署"),
])
def test_abbreviation_note_left_out_of_the_actor(text, actor):
    from pipeline import extract_text
    rows = extract_text(text).requirements
    assert [r.actor for r in rows][:1] == [actor]


@pytest.mark.parametrize("text, actor", [
    # (hk2) the business sector encouraged is the party (models/actors.tsv, kind party)
    ("鼓勵商界參與扶貧工作。", "商界"),
    ("鼓励商界参与扶贫。", "商界"),
    ("鼓励市民参与义工服务。", "市民"),
])
def test_encouraged_sector(text, actor):
    from pipeline import extract_text
    assert [r.actor for r in extract_text(text).requirements] == [actor]


@pytest.mark.parametrize("text, anchor, actor", [
    # (actors10) a name, a comma, then 都/也 and a cue: the name is the party told (models/char_classes.tsv)
    ("我们要团结一致。全镇党员和全体干部，都要认真学习新规定。", "认真学习", "全镇党员和全体干部"),
    ("我们要团结一致。各村民小组，也要按时上报名单。", "按时上报", "各村民小组"),
    # the next clause runs on without a name: the name before it is carried (README rule 2)
    ("我们要团结一致。全体在编人员，都要分批参加轮训。轮训以后，要按考核结果安排岗位。", "安排岗位", "全体在编人员"),
    # 都应是…: the cue describes (a copula), the clause before names no party
    ("各级政府要务实。政府干的，都应是群众盼的。", "群众盼的", "各级政府"),
    # a clause without a name before 都要 takes the carried addressee
    ("各级政府要务实。经济发展，也要兼顾公平。", "兼顾公平", "各级政府"),
])
def test_name_before_a_comma_and_a_follower_cue(text, anchor, actor):
    assert _actor(text, anchor) == actor


@pytest.mark.parametrize("text, anchor, actor", [
    # (actors10) jieba glues 参加 to the next character (参加国, a noun): the name ends before the verb
    ("鼓励和支持基层执法人员参加国家统一资格考试。", "资格考试", "基层执法人员"),
    ("各镇干部参加国家级培训要提前报名。", "提前报名", "各镇干部"),
    ("各镇干部参与国家级培训要提前报名。", "提前报名", "各镇干部"),
])
def test_glued_verb_ends_the_name(text, anchor, actor):
    assert _actor(text, anchor) == actor


@pytest.mark.parametrize("text, anchor, actor", [
    # (actors10) a list of parties broken by commas before the cue's clause is one actor, as written
    ("我们要团结一致。市委、市政府，各区委和区政府，要关心退役军人。", "关心退役军人", "市委、市政府，各区委和区政府"),
    # after an object frame (对X，…) a clause that is all a name is the party; X is the one treated
    ("我们要团结一致。对表现突出的集体，各区委和区政府，要予以表彰。", "予以表彰", "各区委和区政府"),
    ("我们要团结一致。对表现突出的集体，市委、市政府，各区委和区政府，各街道各部门各方面，要予以表彰。",
     "予以表彰", "市委、市政府，各区委和区政府，各街道各部门各方面"),
    # a whole word opened by 各 right after a head goes on with the list; a pronoun opens none
    ("各街道各部门各方面要加强协调。", "加强协调", "各街道各部门各方面"),
    ("各区政府、各有关部门，要加强协调。", "加强协调", "各区政府、各有关部门"),
])
def test_list_of_parties_broken_by_commas(text, anchor, actor):
    assert _actor(text, anchor) == actor


# detect7: a unit named with a county-level prefix reads as the same one with 市 (jieba's stock 会同县, 和县, 要区
# glued the link word to the next unit's level; models/policy_terms.txt removes them, the scan too).
@pytest.mark.parametrize("text, anchor, actor, action, partners", [
    (ITEM + "县人社局会同县住建局督促施工单位按月结清工钱。", "督促", "县人社局", "督促", ("县住建局",)),
    (ITEM + "市人社局会同市住建局督促施工单位按月结清工钱。", "督促", "市人社局", "督促", ("市住建局",)),
    (ITEM + "由县人社局会同县财政局及时拨付就业补助资金。", "拨付", "县人社局", "拨付", ("县财政局",)),
    (ITEM + "县农业农村局要会同县住建局开展农房隐患排查。", "排查", "县农业农村局", "开展", ("县住建局",)),
    (ITEM + "旗农牧局会同旗财政局落实草场补助政策。", "落实", "旗农牧局", "落实", ("旗财政局",)),
    (ITEM + "区教育局会同区卫健委做好视力筛查工作。", "筛查", "区教育局", "做好", ("区卫健委",)),
])
def test_county_units_act_as_city_units(text, anchor, actor, action, partners):
    hits = [r for r in find_requirements(text) if anchor in r.text]
    assert [(r.actor, r.action, tuple(r.partners or ())) for r in hits] == [(actor, action, partners)]
