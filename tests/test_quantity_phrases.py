"""Phrases of the genre, written for this project, and what the quantities stage must make of them.

Each row: (phrase, anchor, expected).  The quantity checked is the one whose span overlaps the
anchor (the anchor's first occurrence).  ``expected`` names only the fields that matter for the
row: v value, up upper, u unit, k kind, c comparator, p period, dl deadline, sc scope, b base,
ind indicator, r role.  ``None`` means no measured quantity (target or fact) may overlap the
anchor.  Phrases are run as a document of their own (doc_date 2025-03-01 unless the row's
phrase sets its own context).
"""
from __future__ import annotations

import pytest

from pipeline.normalize import normalize
from pipeline.quantities import find_quantities

T = "target"
F = "fact"

# ---------------------------------------------------------------- numbers and units

UNITS = [
    ("全年城镇新增就业要达到85万人以上。", "85万人", dict(v=850000, u="人", k="count", c=">=", r=T)),
    ("今年计划新建乡镇卫生院12所。", "12所", dict(v=12, u="所", k="count", r=T)),
    ("确保粮食产量稳定在620亿斤以上。", "620亿斤", dict(v=6.2e10, u="斤", k="measure", c=">=", r=T)),
    ("力争引进高层次人才300名。", "300名", dict(v=300, u="名", r=T)),
    ("要建成5G基站1.2万个。", "1.2万个", dict(v=12000, u="个", r=T)),
    ("今年要安排专项资金2.5亿元。", "2.5亿元", dict(v=2.5e8, u="元", k="money", r=T)),
    ("拟发行地方政府专项债券2万亿元。", "2万亿元", dict(v=2e12, u="元", k="money", r=T)),
    ("每户补助不超过3万元。", "3万元", dict(v=30000, u="元", c="<=", r=T)),
    ("力争实际使用外资80亿美元。", "80亿美元", dict(v=8e9, u="美元", k="money", r=T)),
    ("要新建改建农村公路1500公里。", "1500公里", dict(v=1500, u="公里", k="measure", r=T)),
    ("确保新增造林面积20万亩。", "20万亩", dict(v=200000, u="亩", r=T)),
    ("要完成高标准农田建设45万亩以上。", "45万亩", dict(v=450000, u="亩", c=">=", r=T)),
    ("力争新增装机容量300万千瓦。", "300万千瓦", dict(v=3e6, u="千瓦", k="measure", r=T)),
    ("确保细颗粒物浓度控制在30微克/立方米以内。", "30微克", dict(v=30, u="微克/立方米", c="<=", r=T)),
    ("全市要培育专精特新企业200家。", "200家", dict(v=200, u="家", r=T)),
    ("要组织招聘活动60场次以上。", "60场次", dict(v=60, u="场次", c=">=", r=T)),
    ("要开展职业技能培训5万人次。", "5万人次", dict(v=50000, u="人次", r=T)),
    ("要改造老旧小区一百二十个。", "一百二十个", dict(v=120, u="个", r=T)),
    ("今年要开行中欧班列3000列以上。", "3000列", dict(v=3000, u="列", c=">=", r=T)),
    ("150总吨以上的油船应当配备油污水处理设备。", "150总吨", dict(v=150, u="总吨", c=">=", r=F)),
    ("将这3项措施列入年度计划。", "3项", dict(r=F)),
    ("力争到2030年全区生产总值比2020年翻一番。", "一番", dict(v=1, u="番", r=T)),
    ("经过一番努力，各项工作有了起色。", "一番", None),
    ("今年要新增就业岗位两千个。", "两千个", dict(v=2000, u="个", r=T)),
    ("要建设保障性住房叁仟套。", "叁仟套", dict(v=3000, u="套", r=T)),
    ("要新增养老床位１５００张。", "１５００张", dict(v=1500, u="张", r=T)),
    ("确保全县生猪出栏量达到十二万头。", "十二万头", dict(v=120000, u="头", c="=", r=T)),
    ("要把单位能耗降低3.2%。", "3.2%", dict(v=3.2, u="%", k="percent", r=T)),
    ("力争研发投入强度提高0.3个百分点。", "0.3个百分点", dict(v=0.3, u="个百分点", k="percentage_points", r=T)),
    ("要使优良天数比例提高两个百分点。", "两个百分点", dict(v=2, u="个百分点", k="percentage_points", r=T)),
    ("要把审批时限压缩一半以上。", "一半", dict(v=0.5, u="", k="fraction", c=">=", r=T)),
    ("原则上按三比一的比例确定考察对象。", "三比一", dict(v=3, u="", k="ratio", r=T)),
    ("要按2:1的比例配套地方资金。", "2:1", dict(v=2, u="", k="ratio", r=T)),
    ("要确保粮食总产量增长百分之三。", "百分之三", dict(v=3, u="%", k="percent", r=T)),
    ("力争覆盖率达到八成以上。", "八成", dict(v=80, u="%", c=">=", r=T)),
    ("要把不良率控制在千分之三以内。", "千分之三", dict(v=0.3, u="%", c="<=", r=T)),
    ("确保全年投资规模达到1,200亿元。", "1,200亿元", dict(v=1.2e11, u="元", r=T)),
    ("要为企业减负三百五十亿元。", "三百五十亿元", dict(v=3.5e10, u="元", r=T)),
    ("要完成造林二点五万亩。", "二点五万亩", dict(v=25000, u="亩", r=T)),
    ("要建成750千伏输变电工程3项。", "750千伏", dict(v=750, u="千伏", k="measure")),
    ("要打造5条多式联运示范线。", "5条", dict(v=5, u="条", c="=", r=T)),
    ("力争新增光伏装机200万千瓦以上。", "200万千瓦", dict(v=2e6, u="千瓦", c=">=", r=T)),
]

# ---------------------------------------------------------------- comparators

COMPARATORS = [
    ("每个班按不低于35%的比例安排基层干部。", "35%", dict(v=35, c=">=", r=T, sc="每个班")),
    ("参训时间不少于40学时。", "40学时", dict(v=40, u="学时", k="duration", c=">=", r=T)),
    ("每名干部至少联系3户困难群众。", "3户", dict(v=3, u="户", c=">=", r=T)),
    ("服务期满后考核合格率要达到95%以上。", "95%", dict(v=95, c=">=", r=T)),
    ("单笔贷款不超过500万元。", "500万元", dict(v=5e6, c="<=", r=T)),
    ("担保费率不高于1.5%。", "1.5%", dict(v=1.5, c="<=", r=T)),
    ("要把调查失业率控制在5.5%以内。", "5.5%", dict(v=5.5, c="<=", r=T)),
    ("力争不良贷款率降至2%以下。", "2%", dict(v=2, c="<=", r=T)),
    ("要确保单体投资超过10亿元。", "10亿元", dict(v=1e9, c=">", r=T)),
    ("利率要高于基准利率0.5个百分点。", "0.5个百分点", dict(v=0.5, c=">", r=T)),
    ("要确保受益人数多于2000人。", "2000人", dict(v=2000, c=">", r=T)),
    ("入选项目投资额须大于5000万元。", "5000万元", dict(v=5e7, c=">", r=T)),
    ("空置率要低于8%。", "8%", dict(v=8, c="<", r=T)),
    ("每班学生要少于45人。", "45人", dict(v=45, c="<", r=T)),
    ("自有资金不足20%的项目不得立项。", "20%", dict(v=20, c="<")),
    ("服务年限不到三年的不得调动。", "三年", dict(v=3, u="年", c="<")),
    ("居民消费价格涨幅要保持在2%左右。", "2%", dict(v=2, c="~", r=T)),
    ("今年要安排约300亿元用于民生。", "300亿元", dict(v=3e10, c="~", r=T)),
    ("力争带动大约5000人就业。", "5000人", dict(v=5000, c="~", r=T)),
    ("要惠及近30万名学生。", "30万名", dict(v=300000, c="~", r=T)),
    ("要将增速稳定在7%上下。", "7%", dict(v=7, c="~", r=T)),
    ("要培育五百多家示范企业。", "五百多家", dict(v=500, c=">", r=T)),
    ("要组织两百余场宣讲。", "两百余场", dict(v=200, c=">", r=T)),
    ("全县有二十多万农民工。", "二十多万", dict(v=200000, c=">", r=F)),
    ("高于全省平均水平1个百分点以上。", "1个百分点", dict(v=1, c=">=")),
    ("年满18周岁的居民均可申请。", "18周岁", dict(v=18, u="岁", c=">=")),
    ("比去年同期高3个百分点。", "3个百分点", dict(v=3, u="个百分点", r=F)),
    ("新址海拔要比五十米高一些。", "五十米", dict(v=50, u="米", c=">")),
    ("最多可延长6个月。", "6个月", dict(v=6, u="月", c="<=", r=T)),
    ("至少组织一次集中培训。", "一次", dict(v=1, u="次", c=">=", r=T)),
]

# ---------------------------------------------------------------- ranges

RANGES = [
    ("地区生产总值要增长5%－6%。", "5%", dict(v=5, up=6, c="between", u="%", r=T)),
    ("地区生产总值要增长5%-6%。", "5%", dict(v=5, up=6, c="between")),
    ("地区生产总值要增长5%—6%。", "5%", dict(v=5, up=6, c="between")),
    ("地区生产总值要增长5%–6%。", "5%", dict(v=5, up=6, c="between")),
    ("地区生产总值要增长5%~6%。", "5%", dict(v=5, up=6, c="between")),
    ("地区生产总值要增长5%～6%。", "5%", dict(v=5, up=6, c="between")),
    ("增速力争保持在6.5%至7%。", "6.5%", dict(v=6.5, up=7, c="between")),
    ("每人每月补贴3000元至5000元。", "3000元", dict(v=3000, up=5000, u="元", c="between", p="月")),
    ("每村配备2到3名专职人员。", "2到3名", dict(v=2, up=3, u="名", c="between", r=T)),
    ("培训周期一般为三到五天。", "三到五天", dict(v=3, up=5, u="天", c="between")),
    ("服务期为3至5年。", "3至5年", dict(v=3, up=5, u="年", k="duration", c="between")),
    ("要新建10—15所学校。", "10—15所", dict(v=10, up=15, u="所", c="between", r=T)),
    ("单价在20和30之间。", "20和30", dict(v=20, up=30, c="between")),
    ("面积介于100与200平方米之间。", "100与200", dict(v=100, up=200, c="between")),
    ("年均增长5%－6%。", "5%", dict(v=5, up=6, c="between", p="年")),
    ("每场活动参与人数不少于50人，不超过200人。", "50人", dict(v=50, up=200, c="between")),
    ("首付比例不低于20%且不高于30%。", "20%", dict(v=20, up=30, c="between")),
    ("2024—2026年要连续实施三年行动。", "2024", dict(r="date")),
    ("1至11月全市完成投资120亿元。", "1至11月", dict(r="date")),
]

# ---------------------------------------------------------------- frequencies

FREQUENCIES = [
    ("领导班子成员每年至少到基层调研一次。", "一次", dict(v=1, u="次", c=">=", p="年", r=T)),
    ("每季度召开一次形势分析会。", "一次", dict(v=1, u="次", p="季度", r=T)),
    ("每月开展安全检查不少于2次。", "2次", dict(v=2, c=">=", p="月", r=T)),
    ("每周至少组织1次体育活动。", "1次", dict(v=1, c=">=", p="周", r=T)),
    ("每天巡查不少于3次。", "3次", dict(v=3, p="天", r=T)),
    ("每日上报一次进度。", "一次", dict(v=1, p="天", r=T)),
    ("研发经费年均增长10%以上。", "10%", dict(v=10, c=">=", p="年", r=T)),
    ("每两年开展一次评估。", "一次", dict(v=1, p="2年", r=T)),
    ("每3年修订1次标准。", "1次", dict(v=1, p="3年", r=T)),
    ("每学期至少开展两次演练。", "两次", dict(v=2, c=">=", p="学期", r=T)),
    ("每年轮训干部不少于5000人次。", "5000人次", dict(v=5000, c=">=", p="年", r=T)),
    ("教师每年到企业实践不少于1个月。", "1个月", dict(v=1, u="月", c=">=", p="年", r=T)),
    ("每半年通报一次。", "一次", dict(v=1, p="半年", r=T)),
    ("每月人均补助提高50元。", "50元", dict(v=50, p="月")),
    ("每5年开展1次全面普查。", "每5年", dict(r="period")),
]

# ---------------------------------------------------------------- deadlines

DEADLINES = [
    ("到2027年，要建成示范园区20个。", "20个", dict(v=20, r=T, dl="2027")),
    ("2026年底前完成全部改造任务的一半。", "一半", dict(v=0.5, r=T, dl="2026-12-31")),
    ("年底前要完成改造1200户。", "1200户", dict(v=1200, r=T, dl="2025-12-31")),
    ("“十五五”期间，要累计新增就业50万人。", "50万人", dict(v=500000, r=T, dl="2026/2030")),
    ("三年内要实现全覆盖，新建站点300个。", "300个", dict(v=300, r=T, dl="2025/2028")),
    ("2026年6月底前要完成验收30个项目。", "30个", dict(v=30, r=T, dl="2026-06-30")),
    ("今年要新增就业8万人。", "8万人", dict(v=80000, r=T, dl="2025")),
    ("明年要再建成公园10个。", "10个", dict(v=10, r=T, dl="2026")),
    ("上半年要完成投资40%以上。", "40%", dict(v=40, c=">=", r=T, dl="2025-06-30")),
    ("到2030年，森林覆盖率要达到45%。", "45%", dict(v=45, r=T, dl="2030")),
    ("到“十五五”末，城镇化率要提高到70%。", "70%", dict(v=70, r=T, dl="2030")),
    ("要在15个工作日内办结。", "15个工作日", dict(v=15, u="工作日", c="<=", r=T)),
    ("接报后24小时内到达现场。", "24小时", dict(v=24, u="小时", c="<=")),
    ("三年内要实现全覆盖。", "三年内", dict(r="date")),
    ("今后五年要持续推进。", "五年", dict(r="date")),
]

# ---------------------------------------------------------------- scope, base, indicator

FIELDS = [
    ("每个乡镇至少配备2名专职网格员。", "2名", dict(v=2, c=">=", sc="每个乡镇", r=T)),
    ("对每一个社区都要配齐3名以上社工。", "3名", dict(v=3, c=">=", sc="每一个社区", r=T)),
    ("每个县（市、区）原则上建设一个实训基地。", "一个", dict(v=1, sc="每个县（市、区）", r=T)),
    ("按在校生总数5%的比例配备心理教师。", "5%", dict(v=5, b="在校生总数", ind="配备心理教师的比例", r=T)),
    ("本地企业占比要不低于60%。", "60%", dict(v=60, c=">=", r=T)),
    ("民营企业投资占全部投资的比重要超过50%。", "50%", dict(v=50, c=">", r=T)),
    ("奖补资金不低于省级补助资金的30%。", "30%", dict(v=30, c=">=", b="省级补助资金")),
    ("新录用人员占编制总数的三分之一以上。", "三分之一", dict(v=1 / 3, c=">=", b="编制总数")),
    ("今年全区的预期目标为：区域生产总值增长5.5%上下。", "5.5%", dict(v=5.5, c="~", ind="区域生产总值", r=T)),
    ("城镇调查失业率要控制在5.5%以内。", "5.5%", dict(ind="城镇调查失业率")),
    ("居民消费价格涨幅要保持在2%左右。", "2%", dict(ind="居民消费价格涨幅")),
    ("要新建标准化村卫生室40个。", "40个", dict(v=40, ind="标准化村卫生室")),
    ("要建成10个智慧农业示范基地。", "10个", dict(v=10, ind="智慧农业示范基地")),
    ("各级领导干部每年至少同基层群众座谈交流一次。", "一次", dict(v=1, ind="座谈交流", p="年", c=">=")),
    ("财政收入要增长6%，税收收入增长5%。", "5%", dict(v=5, ind="税收收入", r=T)),
]

# ---------------------------------------------------------------- numbers that are not targets

NOT_TARGETS = [
    # dates and times
    ("2024年3月，全市召开动员大会。", "2024", dict(r="date")),
    ("到2035年基本实现现代化。", "2035", dict(r="date")),
    ("会议于2025年1月15日召开。", "2025", dict(r="date")),
    ("二〇二五年工作要点", "二〇二五", dict(r="date")),
    ("上午9点准时开会。", "9点", dict(r="date")),
    ("由2018/19年度起的五年內，興建公屋單位。", "2018/19", dict(r="date")),
    ("在2013-14年度推出新計劃。", "2013-14", dict(r="date")),
    ("要持续实施“两新”［15］政策。", "15", dict(r="ordinal")),
    ("5　应急保障\n5.1　粮食储备", "5", dict(r="ordinal")),
    ("主要指标\n粮食储备率\n%\n95以上\n", "95", dict(v=95, c=">=")),
    ("［15］两新：大规模设备更新和消费品以旧换新。", "15", dict(r="ordinal")),
    ("要启动外国人才三年倍增行动。", "三年", dict(r="name")),
    ("“十五五”时期是高质量发展的关键五年。", "五年", dict(r="name")),
    ("要大力发展农村二、三产业。", "二", dict(r="name")),
    ("活动于14:30开始。", "14:30", dict(r="date")),
    ("上世纪80年代以来", "80年代", dict(r="date")),
    ("进入21世纪以后", "21世纪", dict(r="date")),
    ("12月31日前报送材料。", "12月31日", dict(r="date")),
    # plan periods
    ("“十五五”规划开局之年", "十五五", dict(r="period")),
    ("十四五时期以来", "十四五", dict(r="period")),
    # ordinals and numbering
    ("第一，要提高政治站位。", "第一", dict(r="ordinal")),
    ("这是第三次全体会议。", "第三次", dict(r="ordinal")),
    ("一是强化组织领导。", "一是", dict(r="ordinal")),
    ("（二）加强队伍建设", "（二）", dict(r="ordinal")),
    ("二、主要任务", "二、", dict(r="ordinal")),
    ("1.完善工作机制", "1.", dict(r="ordinal")),
    ("深入学习贯彻党的二十届三中全会精神。", "二十届", dict(r="ordinal")),
    ("三中全会", "三中全会", dict(r="ordinal")),
    ("党的十八大以来", "十八大", dict(r="ordinal")),
    ("全省三级医院", "三级", dict(r="ordinal")),
    ("今年是建党105周年。", "105周年", dict(r="ordinal")),
    ("第一书记要驻村工作。", "第一书记", dict(r="ordinal")),
    ("第一时间处置", "第一时间", dict(r="ordinal")),
    # numbered slogans
    ("增强“四个意识”、坚定“四个自信”。", "四个意识", dict(r="slogan")),
    ("做到“两个维护”", "两个维护", dict(r="slogan")),
    ("做好三农工作", "三农", dict(r="slogan")),
    ("统筹推进五位一体总体布局", "五位一体", dict(r="slogan")),
    ("打好三大攻坚战", "三大", dict(r="slogan")),
    ("推行“一窗受理、一次办好”改革", "一窗", dict(r="slogan")),
    # document numbers
    ("澜政发〔2025〕12号", "12号", dict(r="docnum")),
    ("（市政办〔2024〕3号）", "2024", dict(r="docnum")),
    # names and codes
    ("共建“一带一路”", "一带一路", dict(r="name")),
    ("推进政务服务一网通办。", "一网通办", dict(r="name")),
    ("新增5G基站", "5G", dict(r="name")),
    ("引进世界500强企业", "500强", dict(r="name")),
    ("遇到险情立即拨打119。", "119", dict(r="name")),
    ("推进1+N政策体系", "1+N", dict(r="name")),
    ("落实“三年行动计划”", "三年", dict(r="name")),
    # past and present figures
    ("去年全市地区生产总值增长6.2%。", "6.2%", dict(v=6.2, r=F)),
    ("过去一年，新增城镇就业7.5万人。", "7.5万人", dict(r=F)),
    ("全市已建成社区食堂120个。", "120个", dict(r=F)),
    ("粮食产量比上年增长3%。", "3%", dict(r=F)),
    ("目前全县有养老机构28家。", "28家", dict(r=F)),
    ("共组织了两轮专项督查。", "两轮", dict(r=F)),
    ("2024年全省累计完成投资5000亿元。", "5000亿元", dict(r=F)),
    ("预计全年增长5%左右。", "5%", dict(r=F)),
    ("贫困发生率由8.5%降至0.5%。", "0.5%", dict(r=F)),
    ("报销比例要由50%提高到60%。", "50%", dict(r=F)),
    ("报销比例要由50%提高到60%。", "60%", dict(r=T)),
    ("要将制造业现行16%的税率降至13%。", "16%", dict(r=F)),
    ("要将制造业现行16%的税率降至13%。", "13%", dict(r=T)),
    ("要为60岁以上老年人免费接种流感疫苗。", "60岁", dict(r=F)),
    ("支持有条件的幼儿园招收2—3岁幼儿。", "2—3岁", dict(r=F)),
    ("力争人均预期寿命达到80岁以上。", "80岁", dict(r=T, c=">=")),
    ("特别是去年汛期，两所学校及时转移了师生。", "两所", dict(r=F)),
    # articles, enumerations, formulas, qualifiers
    ("要把安全生产作为一项重要任务。", "一项", dict(r=F)),
    ("这是一次深刻的教训。", "一次", dict(r=F)),
    ("我讲三个方面的意见。", "三个", dict(r=F)),
    ("要严把入口和出口两个关口。", "两个", dict(r=F)),
    ("计算方法：达标天数/全年天数×100%。", "100%", dict(r=F)),
    ("对单笔金额200万元以下的业务简化审批。", "200万元", dict(r=F, c="<=")),
    ("职业教育和普通教育是两种类型。", "两种", dict(r=F)),
    ("要推动城东、城西、城南三个片区协同发展。", "三个", dict(r=F)),
    ("要主动对接自贸区3.0版建设。", "3.0版", dict(r="name")),
    # words that hold numerals
    ("要进一步统一思想。", "一步", None),
    ("一些地方还存在问题。", "一些", None),
    ("千方百计稳就业。", "千方百计", None),
    ("这项工作十分重要。", "十分", None),
    ("一定要抓好落实。", "一定", None),
    ("要建设一流队伍。", "一流", None),
    ("打造一批示范项目。", "一批", None),
    ("加强干部队伍建设。", "伍", None),
    ("减少一次性塑料制品使用。", "一次性", None),
    ("防止二次污染。", "二次", None),
    ("此类问题要一律从严处理。", "一律", None),
    ("新一轮改革启动。", "一轮", None),
]

# ---------------------------------------------------------------- new genres: speeches, plans, regulations, Hong Kong

_REG = ("梧川县河道管理办法\n第一条 为了加强河道管理，制定本办法。\n第二条 本办法适用于本县河道。\n"
        "第三条 违反本办法第二条规定的，由水务部门处1万元以上5万元以下的罚款。\n"
        "第四条 情节严重的，可以处10万元以下的罚款，并责令停业3个月至6个月。\n"
        "第五条 水务部门应当自受理申请之日起15日内作出决定。\n第六条 并处违法所得1倍以上3倍以下的罚款。")
_PLAN = ("梧川市绿化市容三年行动方案\n一、主要目标\n到2027年，绿色账户累计达到3.5万户，创建垃圾分类达标小区518个，"
         "新增新能源环卫车18辆，建成驿站公厕12座。")
_HK = ("我們將於來年增撥 3,200萬元經常開支，為長者提供 2 300個新增資助宿位，並將服務擴展至另外 4個地區。"
       "這項措施會令更多長者受惠，政府會繼續檢討有關安排。")

NEW_GENRES = [
    # a speech's review: the sentence's own time frame
    ("我国已进入新发展阶段，人均生产总值达到1.2万美元，城镇化率超过65%。", "1.2万美元", dict(r=F)),
    ("我国已进入新发展阶段，人均生产总值达到1.2万美元，城镇化率超过65%。", "超过65%", dict(c=">", r=F)),
    ("到2019年底，全市已有市场主体120万户，其中企业40万户。", "40万户", dict(v=400000, r=F)),
    ("从1990年的3亿元增至2020年的300亿元，年均增长16.6%。", "16.6%", dict(p="年", r=F)),
    ("我们用了十年时间走完了别人几十年的路。", "十年", dict(r=F)),
    ("同志们：过去五年，全县新建学校120所。今后五年，要新建学校50所。", "120所", dict(r=F)),
    ("同志们：过去五年，全县新建学校120所。今后五年，要新建学校50所。", "50所", dict(r=T)),
    # a plan's goal list without a cue
    (_PLAN, "3.5万户", dict(v=35000, u="户", r=T)),
    (_PLAN, "518个", dict(v=518, u="个", r=T)),
    (_PLAN, "18辆", dict(v=18, u="辆", r=T)),
    (_PLAN, "12座", dict(v=12, u="座", r=T)),
    # a planned change against last year; growth above a floor
    ("今年拟安排地方政府专项债券3000亿元、比上年增加500亿元。", "500亿元", dict(v=5e10, u="元", c="=", r=T)),
    ("去年全市财政收入比上年增长6.2%。", "6.2%", dict(r=F)),
    ("今年全县地区生产总值要增长6%以上。", "6%", dict(v=6, c=">=", r=T)),
    # zero goals
    ("确保全年重大安全事故零发生。", "零发生", dict(v=0, u="", c="=", r=T)),
    ("要实现危险化学品运输“零事故”。", "零事故", dict(v=0, r=T)),
    ("各街道要保持零就业家庭动态清零。", "动态清零", dict(v=0, r=T)),
    ("推动工业固体废物贮存量趋零增长。", "零增长", dict(v=0, c="~")),
    ("对违纪问题坚持零容忍。", "零容忍", None),
    ("要推进化肥减量零增长行动。", "零增长", None),
    # legal bounds in a regulation
    (_REG, "10万元以下", dict(v=1e5, u="元", c="<=", r=T)),
    (_REG, "1万元以上5万元以下", dict(v=1e4, up=5e4, c="between", r=T)),
    (_REG, "3个月至6个月", dict(v=3, up=6, u="月", c="between", r=T)),
    (_REG, "15日内", dict(v=15, u="天", c="<=", r=T)),
    (_REG, "1倍以上3倍以下", dict(v=1, up=3, u="倍", c="between", r=T)),
    ("扣除期限不能超过每月1500元。", "1500元", dict(c="<=")),
    ("乡道养护经费不得低于乡道每年每公里6000元，村道每年每公里3500元。", "6000元", dict(c=">=", p="年")),
    ("乡道养护经费不得低于乡道每年每公里6000元，村道每年每公里3500元。", "3500元", dict(c=">=", p="年")),
    # forms
    ("系统方案应提前两年完成编制。", "两年", dict(v=2, u="年", r=T)),
    ("力争三到五年时间内，监管机制更加完善。", "三到五年", None),
    ("要探索24小时开放公厕夜间巡查。", "24小时", None),
    ("区里分配的残渣处置计划量为120吨/日。", "120吨", dict(v=120, u="吨", p="天", r=T)),
    ("在推进改革中要注意三点：一是…", "三点", dict(r=F)),
    ("请各区于3月底前报送汇总表（见附件2）。", "2", None),
    ("附件：\n1.2026年项目汇总表\n2.2026年进度表", "1.2026", None),
    ("推广的改革举措（共17项）", "17项", dict(r=F)),
    # full-width percent, space-grouped thousands, Traditional characters
    ("到2030年，两类公园占比要分别达到80％、50％以上。", "80％", dict(v=80, u="%", r=T)),
    ("要提供7 000个职业培训名额。", "7 000个", dict(v=7000, u="个", r=T)),
    (_HK, "3,200萬元", dict(v=3.2e7, u="元", r=T)),
    (_HK, "2 300個", dict(v=2300, u="個", r=T)),
    (_HK, "4個", dict(v=4, u="個", r=T)),
]

# ---------------------------------------------------------------- forms met in the second dev wave

WAVE2 = [
    # section numbers of a decimal-numbered plan, at the head of a line
    ("4.3.2 区级指挥部接到通知后要立即部署。", "4.3.2", None),
    ("2.1　乡镇应急机构\n乡镇要在2小时内报告。", "2.1", None),
    ("2.1　乡镇应急机构\n乡镇要在2小时内报告。", "2小时", dict(v=2, u="小时", c="<=", r=T)),
    ("1.5万元专项资金要在年内拨付到位。", "1.5万元", dict(v=15000, u="元")),
    # names: titles of other documents, captions, references, numbered places
    ("要落实《某某县绿道规划（2021-2035）》的要求。", "2021", None),
    ("乙镇示范区建设任务见表4。", "4", None),
    ("表3 乙镇海绵设施建设计划表\n项目", "3", None),
    ("推进东湖产业区2（8.5平方公里）达标建设。", "2（", None),
    ("要以10分钟社区生活圈为标准配置设施。", "10分钟", None),
    ("大力实施百千万工程。", "百千万", None),
    # a yearly rate, a frequency that opens the sentence, a bound carried across 和
    ("安全检测年抽检率要达到20%以上。", "20%", dict(p="年", c=">=", r=T)),
    ("2027年达标率要达到60%。", "60%", dict(p=None, r=T)),
    ("每年要新建口袋公园4个，改造街心花园2处。", "2处", dict(p="年", r=T)),
    ("每年巡查不少于30处河道和200处绿地。", "200处", dict(c=">=", p="年", r=T)),
    # a bound that names a class before the count set
    ("要新建500亩以上生态林地3个。", "500亩", dict(r=F)),
    ("要新建500亩以上生态林地3个。", "3个", dict(v=3, u="个", r=T)),
    ("年度内在6000元限额内据实报销。", "6000元", dict(c="<=")),
    # 一次 before its verb: "at one time"
    ("县里应当明确权限，一次动用储备粮在100吨以下的，由县粮食局决定。", "一次", dict(r=F)),
    # cues: 计划 as a noun, an original schedule, a decision, a named party's plan
    ("镇里推出为期2年的试点计划，为农户提供补贴。", "2年", dict(r=F)),
    ("项目原定于今年6月完工，共提供300个岗位。", "300个", dict(r=F)),
    ("我决定把补贴延长6个月。", "6个月", dict(v=6, u="月", r=T)),
    ("县医院将增设80张康复病床。", "80张", dict(v=80, r=T)),
    ("为约1 200个现有公共设施加装无障碍通道，余下的会在明年完成。", "1 200个", dict(v=1200, c="~", r=T)),
]

NT = "no target"  # expected: whatever overlaps the anchor, no target does

# numerals inside idioms, and small counts that a speech says as a figure of speech
IDIOMS_AND_COUNTS = [
    ("千千万万名志愿者要坚守岗位。", "千千万万", None),
    ("要让千千万万个家庭过上好日子。", "千千万万", None),
    ("万万千千个家庭要受益。", "万万千千", None),
    ("群众三三两两地来到广场，要做好服务。", "三三两两", None),
    ("七七八八的事情要处理好。", "七七八八", None),
    ("要把情况一五一十地讲清楚。", "一五一十", None),
    ("千千萬萬的市民要參與。", "千千萬萬", None),
    ("要新增装机三千千瓦。", "三千千瓦", dict(v=3000, u="千瓦", r=T)),
    ("产量要达到千万吨。", "千万吨", dict(v=1e7, u="吨", r=T)),  # 千万 is a word, but a number before a unit
    ("要建成三十三万三千个。", "三十三万三千个", dict(v=333000, r=T)),
    ("我们要经受住一次又一次的考验。", "一次又", NT),
    ("我们要经受住一次又一次的考验。", "又一次", NT),
    ("要培养一批接一批的人才。", "一批接", NT),
    ("要做好一件件实事。", "一件", NT),
    ("我们要抓好两件大事，一是发展，二是安全。", "两件", NT),
    ("要盯住三个关键：第一是质量。", "三个", NT),
    ("要办好两件事情。", "两件", NT),
    ("大家要记住一个道理。", "一个", NT),
    ("各级要开展一次全面排查。", "一次", dict(v=1, u="次", r=T)),
    ("要召开两次专题会议。", "两次", dict(v=2, u="次", r=T)),
    ("要新建两座公园，一座在东区，一座在西区。", "两座", dict(v=2, u="座", r=T)),
    # a decade in words; a noun that holds a cue; a cue said as done
    ("从五十年代后期开始，要加强建设。", "五十年", None),
    ("上世纪八十年代，我们要改革。", "八十年", None),
    ("要用五十年时间完成。", "五十年", dict(v=50, u="年", r=T)),
    ("全省拥有医生8万人，人均预期寿命提高到78岁。", "78岁", NT),
    ("我们确保了重大安全事故零发生。", "零发生", NT),
    ("要确保重大安全事故零发生。", "零发生", dict(v=0, r=T)),
    ("我们要再一次证明自己。", "一次", NT),
    ("这场斗争要又一次经受考验。", "一次", NT),
    ("要再开一次会。", "一次", dict(v=1, u="次", r=T)),
    # the size of the whole place is no goal; a count of things in it is
    ("要覆盖全市16个区。", "16个", NT),
    ("确保全国31个省份全部达标。", "31个", NT),
    ("要完成全省1000所学校周边道路改造。", "1000所", dict(v=1000, r=T)),
    # a year naming a plan; plots of land counted by 幅
    ("要落实2035总规目标。", "2035", None),
    ("要推出3幅住宅用地。", "3幅", dict(v=3, u="幅", r=T)),
    ("增长幅度要达到5%。", "5%", dict(v=5, r=T)),
    ("要学会十个指头弹钢琴。", "十个", None),
    # a present cue after a modal one says what is to be
    ("到2025年每万人口要拥有疾控人员1.75名。", "1.75名", dict(v=1.75, u="名", r=T)),
    ("目前全市拥有医生8000名。", "8000名", dict(r=F)),
    ("要坚持两点论和重点论。", "两点", None),
]


ROWS = UNITS + COMPARATORS + RANGES + FREQUENCIES + DEADLINES + FIELDS + NOT_TARGETS + NEW_GENRES + WAVE2 \
    + IDIOMS_AND_COUNTS

_KEYS = {"v": "value", "up": "upper", "u": "unit", "k": "kind", "c": "comparator", "p": "period",
         "dl": "deadline", "sc": "scope", "b": "base", "ind": "indicator", "r": "role"}


def _quantity_at(phrase: str, anchor: str, measures_only: bool):
    clean = normalize(phrase).clean
    qs = list(find_quantities(clean, doc_date="2025-03-01"))
    anchor = normalize(anchor).clean
    a = clean.find(anchor)
    assert a >= 0, f"anchor {anchor!r} not in {clean!r}"
    b = a + len(anchor)
    hits = [q for q in qs if q.start < b and a < q.end and (q.role in ("target", "fact") or not measures_only)]
    return hits, qs


def test_table_size():
    assert len(ROWS) >= 150


@pytest.mark.parametrize("phrase,anchor,expected", ROWS, ids=[f"{i:03d}-{r[1]}" for i, r in enumerate(ROWS)])
def test_phrase(phrase, anchor, expected):
    hits, qs = _quantity_at(phrase, anchor, measures_only=expected is None)
    if expected == NT:
        assert not [q for q in hits if q.role == T], f"{phrase!r}: {anchor!r} is no target, got {hits}"
        return
    if expected is None:
        assert not hits, f"{phrase!r}: {anchor!r} is no quantity, got {hits}"
        return
    assert hits, f"{phrase!r}: nothing at {anchor!r}; found {[(q.text, q.role) for q in qs]}"
    q = hits[0]
    for k, want in expected.items():
        got = getattr(q, _KEYS[k])
        if k in ("v", "up"):
            assert got is not None and got == pytest.approx(want, rel=1e-6), (phrase, k, got, want)
        else:
            assert got == want, f"{phrase!r} {anchor!r}: {_KEYS[k]} = {got!r}, want {want!r} ({q})"


def test_offsets_into_clean_text():
    for phrase, anchor, _ in ROWS:
        clean = normalize(phrase).clean
        for q in find_quantities(clean):
            assert clean[q.start:q.end] == q.text
