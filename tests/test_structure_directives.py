"""The directive tree: hard cases as (text, expected outline) tables, flags, extents, titles."""
from __future__ import annotations

import pytest

from pipeline.structure import find_directives
from pipeline.structure.check import tree_problems


def outline(text: str) -> list[tuple[str, str]]:
    """("一、/（二）", title) for each directive, after checking the tree is well formed."""
    directives, flags = find_directives(text)
    assert tree_problems(directives, flags, len(text)) == []
    by_id = {d.id: d for d in directives}
    out = []
    for d in directives:
        path, cur = [], d
        while cur is not None:
            path.append(cur.marker)
            cur = by_id.get(cur.parent) if cur.parent is not None else None
        out.append(("/".join(reversed(path)), d.title))
    return out


CASES = {
    "enumeration before the first heading has no parent": (
        "同志们：\n今天讲三点。一是统一思想。二是明确任务，分解到人。三是狠抓落实。\n"
        "一、认清形势\n当前形势很好。一是经济回升。二是就业稳定。\n二、明确重点\n重点有两个。",
        [("一是", "统一思想"), ("二是", "明确任务，分解到人"), ("三是", "狠抓落实"),
         ("一、", "认清形势"), ("一、/一是", "经济回升"), ("一、/二是", "就业稳定"), ("二、", "明确重点")],
    ),
    "（N） that keeps counting across sections belongs to its section": (
        "一、总体要求\n（一）指导思想。坚持稳中求进。\n（二）基本原则。坚持问题导向。\n"
        "二、主要任务\n（三）加强领导。各地要负责。\n（四）强化保障。加大投入。",
        [("一、", "总体要求"), ("一、/（一）", "指导思想"), ("一、/（二）", "基本原则"),
         ("二、", "主要任务"), ("二、/（三）", "加强领导"), ("二、/（四）", "强化保障")],
    ),
    "three levels of headings; the document decides the nesting": (
        "一、基本原则\n1.坚持导向。要把握方向。\n（1）方向一。\n（2）方向二。\n2.坚持创新。要敢闯敢试。\n二、保障措施",
        [("一、", "基本原则"), ("一、/1.", "坚持导向"), ("一、/1./（1）", "方向一"), ("一、/1./（2）", "方向二"),
         ("一、/2.", "坚持创新"), ("二、", "保障措施")],
    ),
    "chapters and articles": (
        "第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n"
        "第二章　职责\n第三条　各部门按分工负责。",
        [("第一章", "总则"), ("第一章/第一条", "为了规范管理，制定本办法"), ("第一章/第二条", "本办法适用于本市"),
         ("第二章", "职责"), ("第二章/第三条", "各部门按分工负责")],
    ),
    "a text without line breaks: headings run into their body": (
        "同志们：今天讲两个问题。一、关于当前形势问题我们看到，经济稳中向好。一是增长较快。二是结构优化。"
        "二、关于下一步工作安排问题今年要抓好三件事，分别讲一讲。第一，抓项目。第二，抓招商。第三，抓环境。谢谢大家！",
        [("一、", "关于当前形势问题"), ("一、/一是", "增长较快"), ("一、/二是", "结构优化"),
         ("二、", "关于下一步工作安排问题"), ("二、/第一", "抓项目"), ("二、/第二", "抓招商"), ("二、/第三", "抓环境")],
    ),
    "a marker right after a heading that ran into its body": (
        "今天讲两个问题。一、关于当前形势问题第一，经济回升较快，这是好事。第二，就业保持稳定。"
        "二、关于下一步工作问题第一，抓项目。第二，抓招商。",
        [("一、", "关于当前形势问题"), ("一、/第一", "经济回升较快，这是好事"), ("一、/第二", "就业保持稳定"),
         ("二、", "关于下一步工作问题"), ("二、/第一", "抓项目"), ("二、/第二", "抓招商")],
    ),
    "a run-in series inside one sentence": (
        "要做到两点：一是加强学习，二是改进作风。",
        [("一是", "加强学习"), ("二是", "改进作风")],
    ),
    "一要 二要 and a 首先 其次 最后 series": (
        "对大家提几点要求。一要敢于担当。二要善于作为。\n首先，要统一思想。其次，要明确分工。最后，要抓好落实。",
        [("一要", "敢于担当"), ("二要", "善于作为"), ("首先", "要统一思想"), ("其次", "要明确分工"),
         ("最后", "要抓好落实")],
    ),
    "a photo caption run into the text stands for a lost break": (
        "第一，抓好思想建设。要学深悟透。新华社记者 某某/摄第二，抓好组织建设。要建强支部。",
        [("第一", "抓好思想建设"), ("第二", "抓好组织建设")],
    ),
    "第一， on a line of its own is a heading with items below it": (
        "三、加快发展\n第一，大办农业\n农业是基础。\n（一）抓好粮食生产。\n（二）发展林牧渔业。\n第二，发展工业\n工业是主导。",
        [("三、", "加快发展"), ("三、/第一", "大办农业"), ("三、/第一/（一）", "抓好粮食生产"),
         ("三、/第一/（二）", "发展林牧渔业"), ("三、/第二", "发展工业")],
    ),
    "a list of the same style inside an item, opened by a colon": (
        "一、回顾\n去年工作很好。\n二、任务\n今年要抓好以下几件事：\n一、稳定增长。要扩大投资。\n"
        "二、保障民生。要增加就业。\n三、措施\n各地要落实。",
        [("一、", "回顾"), ("二、", "任务"), ("二、/一、", "稳定增长"), ("二、/二、", "保障民生"), ("三、", "措施")],
    ),
    "an attachment starts a new tree": (
        "一、总体要求\n（一）目标。全面完成。\n二、保障措施\n加强领导。\n附件\n名词解释\n1.专项债：政府债券。\n2.新基建：新型基础设施。",
        [("一、", "总体要求"), ("一、/（一）", "目标"), ("二、", "保障措施"), ("1.", "专项债"), ("2.", "新基建")],
    ),
    "a marker alone on its line takes its title from the next line": (
        "（一）\n功能定位\n1.门诊人次数比\n（二）\n质量安全\n",
        [("（一）", "功能定位"), ("（一）/1.", "门诊人次数比"), ("（二）", "质量安全")],
    ),
    "run-in （N） items mid-line after a colon": (
        "主要包括：（一）财政资金；（二）社会资本。",
        [("（一）", "财政资金"), ("（二）", "社会资本")],
    ),
    # New genres: speeches in 第N个问题 / 第N部分, statutes, emergency plans, scraped and one-line texts.
    "speech sections 第一个问题： with run-in items": (
        "同志们：今天讲两个问题。第一个问题：关于当前形势。今年经济运行平稳。一是增长加快，二是就业稳定。"
        "第二个问题：关于明年工作。要抓好三件事。",
        [("第一个问题", "关于当前形势"), ("第一个问题/一是", "增长加快"), ("第一个问题/二是", "就业稳定"),
         ("第二个问题", "关于明年工作")],
    ),
    "第一个问题， on a line of its own": (
        "第一个问题，统一思想\n大家要认清形势。\n第二个问题，明确任务\n要抓好落实。",
        [("第一个问题", "统一思想"), ("第二个问题", "明确任务")],
    ),
    "第一部分 holds 一、 and （一）": (
        "第一部分　发展基础\n一、主要成绩\n（一）绿地增加。新建公园五座。\n"
        "第二部分　主要任务\n一、扩大绿量\n（一）建设公园。年内完工。",
        [("第一部分", "发展基础"), ("第一部分/一、", "主要成绩"), ("第一部分/一、/（一）", "绿地增加"),
         ("第二部分", "主要任务"), ("第二部分/一、", "扩大绿量"), ("第二部分/一、/（一）", "建设公园")],
    ),
    "chapter > article > （一）, articles counting on across chapters": (
        "第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本区。\n第二章　职责\n"
        "第三条　各部门应当履行下列职责：\n（一）制定计划；\n（二）组织实施。\n第四条　本办法自印发之日起施行。",
        [("第一章", "总则"), ("第一章/第一条", "为了规范管理，制定本办法"), ("第一章/第二条", "本办法适用于本区"),
         ("第二章", "职责"), ("第二章/第三条", "各部门应当履行下列职责"), ("第二章/第三条/（一）", "制定计划"),
         ("第二章/第三条/（二）", "组织实施"), ("第二章/第四条", "本办法自印发之日起施行")],
    ),
    "an article number alone on its line has no heading text": (
        "第一章　总则\n第一条\n为了规范管理，制定本办法。\n第二条\n本办法适用于本区：\n1.街道；\n2.镇。\n"
        "第二章　附则\n第三条\n本办法自印发之日起施行。",
        [("第一章", "总则"), ("第一章/第一条", ""), ("第一章/第二条", ""), ("第一章/第二条/1.", "街道"),
         ("第一章/第二条/2.", "镇"), ("第二章", "附则"), ("第二章/第三条", "")],
    ),
    "scraped statute: chapter headings glued to the title and after the previous article": (
        "某某湖泊保护条例第一章总则第一条为了保护湖泊，制定本条例。\n第二条本条例适用于本省。第二章监督管理第三条县级人民政府负责监督。\n"
        "第四条任何单位不得排污。",
        [("第一章", "总则"), ("第一章/第一条", "为了保护湖泊，制定本条例"), ("第一章/第二条", "本条例适用于本省"),
         ("第二章", "监督管理"), ("第二章/第三条", "县级人民政府负责监督"), ("第二章/第四条", "任何单位不得排污")],
    ),
    "scraped statute: a chapter heading hard-wrapped over two lines, glued to its first article": (
        "第一章总则第一条为了规范管理，制定本条例。第二条本条例适用于本市。\n第二章防治河道及其沿岸作业活动污染\n"
        "水体的一般规定第三条船舶应当配备设备。第四条码头应当建设设施。",
        [("第一章", "总则"), ("第一章/第一条", "为了规范管理，制定本条例"), ("第一章/第二条", "本条例适用于本市"),
         ("第二章", "防治河道及其沿岸作业活动污染水体的一般规定"), ("第二章/第三条", "船舶应当配备设备"),
         ("第二章/第四条", "码头应当建设设施")],
    ),
    "decimal numbering 1 / 1.1 / 1.2.1 with full-width spaces; the 目录 above is not numbered items": (
        "某县防汛应急预案\n目　录\n1　总则\n1.1　编制目的\n1.2　适用范围\n2　组织体系\n2.1　指挥机构\n"
        "1　总则\n1.1　编制目的\n为了应对突发事件，制定本预案。\n1.2　适用范围\n本预案适用于本县。\n"
        "1.2.1　一级响应：全县出现险情。\n2　组织体系\n2.1　指挥机构\n（1）统一指挥。\n（2）分级负责。",
        [("1", "总则"), ("1/1.1", "编制目的"), ("1/1.2", "适用范围"), ("1/1.2/1.2.1", "一级响应"), ("2", "组织体系"),
         ("2/2.1", "指挥机构"), ("2/2.1/（1）", "统一指挥"), ("2/2.1/（2）", "分级负责")],
    ),
    "decimal numbering without a table of contents": (
        "1　总则\n1.1　目的\n为了应对灾害，制定本预案。\n1.2　原则\n统一领导。\n"
        "2　应急响应\n2.1　一级响应\n出现险情时启动。\n"
        "2.1.1　响应程序：先报告后处置。\n2.1.2　响应终止：险情消除。",
        [("1", "总则"), ("1/1.1", "目的"), ("1/1.2", "原则"), ("2", "应急响应"), ("2/2.1", "一级响应"),
         ("2/2.1/2.1.1", "响应程序"), ("2/2.1/2.1.2", "响应终止")],
    ),
    "half-width (一 ) with PDF spacing": (
        "一、工作安排\n(一 )集中排查。9月底前完成。\n(二 )整改提升。年底前完成。",
        [("一、", "工作安排"), ("一、/(一 )", "集中排查"), ("一、/(二 )", "整改提升")],
    ),
    "一要 二要 inside one paragraph": (
        "三、职责分工\n各街道要做到：一要落实属地责任，二要加强巡查，三要及时上报。",
        [("三、", "职责分工"), ("三、/一要", "落实属地责任"), ("三、/二要", "加强巡查"), ("三、/三要", "及时上报")],
    ),
    "one-line speech: a series after a comma, 第一， headings, 一是 under them, an announced list at the end": (
        "今天召开座谈会，一是听听意见，二是通报情况，三是部署工作。第一，稳住经济。要扩大投资。一是加快项目，二是优化服务。"
        "第二，保障民生。要稳定就业。这里，我给大家提几点希望。一是加强学习。二是勇于创新。",
        [("一是", "听听意见"), ("二是", "通报情况"), ("三是", "部署工作"), ("第一", "稳住经济"),
         ("第一/一是", "加快项目"), ("第一/二是", "优化服务"), ("第二", "保障民生"), ("一是", "加强学习"),
         ("二是", "勇于创新")],
    ),
    "one-line speech: a list announced with a colon stays inside its 第N， item": (
        "讲三点意见。第一，以改革激发活力。要深化改革。第二，以开放促进发展。当前，要注意两点：一是积极合作，形成格局。"
        "二是统筹安全，防范风险。第三，以创新增强动能。要加强研发。",
        [("第一", "以改革激发活力"), ("第二", "以开放促进发展"), ("第二/一是", "积极合作，形成格局"),
         ("第二/二是", "统筹安全，防范风险"), ("第三", "以创新增强动能")],
    ),
    "one-line speech: 第一， does not nest in the last item of an earlier 一是 series": (
        "经验弥足珍贵。一是必须坚持党的领导。二是必须坚持改革开放。以上两条，要长期坚持。今后要做好几方面工作。"
        "第一，坚定不移推动高质量发展。要转变方式。第二，全面深化改革。要破除障碍。",
        [("一是", "必须坚持党的领导"), ("二是", "必须坚持改革开放"), ("第一", "坚定不移推动高质量发展"),
         ("第二", "全面深化改革")],
    ),
    "one-line speech: a heading that ran into its body ends before a body opener": (
        "下面，我讲几点意见。一、激发市场主体活力改革开放以来，市场主体蓬勃成长。要落实惠企政策。"
        "二、弘扬企业家精神我在多个场合讲过，企业家很重要。第一，希望大家增强爱国情怀。企业家有祖国。第二，希望大家勇于创新。",
        [("一、", "激发市场主体活力"), ("二、", "弘扬企业家精神"), ("二、/第一", "希望大家增强爱国情怀"),
         ("二、/第二", "希望大家勇于创新")],
    ),
    "unnumbered section headings are not items; the items under them start afresh": (
        "总体要求\n认真贯彻上级部署，确保安全。\n整治内容\n1.排查隐患。全面排查。\n2.整改问题。限期整改。\n工作安排\n"
        "(一)集中攻坚。年底前完成。\n(二)巩固提升。明年完成。\n工作要求\n(一)加强领导。成立专班。\n(二)压实责任。层层落实。",
        [("1.", "排查隐患"), ("2.", "整改问题"), ("(一)", "集中攻坚"), ("(二)", "巩固提升"),
         ("(一)", "加强领导"), ("(二)", "压实责任")],
    ),
    "an unnumbered heading inside a numbered section keeps the section": (
        "一、主要任务\n产业发展\n（一）扩大投资。要抓项目。\n社会事业\n（二）办好教育。要建学校。\n二、保障措施\n（三）加强领导。",
        [("一、", "主要任务"), ("一、/（一）", "扩大投资"), ("一、/（二）", "办好教育"), ("二、", "保障措施"),
         ("二、/（三）", "加强领导")],
    ),
    "a restarted run-in list after a paragraph of its own is not inside the last item": (
        "我建议推出以下措施：\n(一) 减免甲税。\n(二) 发放乙补贴。\n"
        "为减轻家庭负担，我建议：\n(一) 提高丙额度。\n(二) 延长丁期限。",
        [("(一)", "减免甲税"), ("(二)", "发放乙补贴"), ("(一)", "提高丙额度"), ("(二)", "延长丁期限")],
    ),
    "a restart at (一) under a heading line nests under it (a chapter's own sections)": (
        "(三) 房屋供应\n房屋是市民最关注的问题。\n(一) 公营房屋\n政府会增加供应。\n(二) 私人房屋\n"
        "政府会稳定楼市。\n(四) 环境保护\n(一) 空气质量\n政府会改善空气。",
        [("(三)", "房屋供应"), ("(三)/(一)", "公营房屋"), ("(三)/(二)", "私人房屋"), ("(四)", "环境保护"),
         ("(四)/(一)", "空气质量")],
    ),
    "a restart inside a chapter with unnumbered sub-headings nests under the chapter": (
        "(三) 房屋供应\n公营房屋\n政府会增加供应。\n(一) 公屋\n政府会兴建公屋。\n(二) 居屋\n政府会复建居屋。\n"
        "(四) 环境保护\n空气\n(一) 空气质量\n政府会改善空气。",
        [("(三)", "房屋供应"), ("(三)/(一)", "公屋"), ("(三)/(二)", "居屋"), ("(四)", "环境保护"),
         ("(四)/(一)", "空气质量")],
    ),
    "a run-in list restarting inside a section's text nests under it, its last item after 及": (
        "(三) 房屋供应\n公营房屋\n政府会采取以下措施：(一) 增加公屋供应；(二) 复建居屋；及(三) 增加土地。\n"
        "(四) 环境保护\n政府会改善空气。",
        [("(三)", "房屋供应"), ("(三)/(一)", "增加公屋供应"), ("(三)/(二)", "复建居屋"), ("(三)/(三)", "增加土地"),
         ("(四)", "环境保护")],
    ),
    "a series goes on where it began, after another series in between": (
        "同志们：首先，我代表市委表示祝贺！这场斗争启示我们，第一，必须坚持人民至上；第二，必须团结协作。"
        "最后，我再次表示感谢！",
        [("首先", "我代表市委表示祝贺"), ("第一", "必须坚持人民至上"), ("第二", "必须团结协作"),
         ("最后", "我再次表示感谢")],
    ),
    "首先要… 其次要… 最后要…: a series without commas": (
        "同志们：首先要坚定信念。其次要加强学习。最后要狠抓落实。",
        [("首先", "要坚定信念"), ("其次", "要加强学习"), ("最后", "要狠抓落实")],
    ),
    "a restart right after a run-in item nests under it, for any style": (
        "二、主要任务\n（一）加强管理。各部门要负责。\n（二）强化保障。加大投入。\n（一）资金保障。要安排资金。\n"
        "（二）人才保障。要培养人才。\n三、保障措施\n1.明确分工。\n2.加强考核。\n1.年度考核。\n2.专项考核。",
        [("二、", "主要任务"), ("二、/（一）", "加强管理"), ("二、/（二）", "强化保障"),
         ("二、/（二）/（一）", "资金保障"),
         ("二、/（二）/（二）", "人才保障"), ("三、", "保障措施"), ("三、/1.", "明确分工"), ("三、/2.", "加强考核"),
         ("三、/2./1.", "年度考核"), ("三、/2./2.", "专项考核")],
    ),
    "a restart after an unnumbered heading line is a new list, not a nesting": (
        "扶贫\n(一) 甲措施。\n(二) 乙措施。\n安老\n(一) 丙措施。\n(二) 丁措施。",
        [("(一)", "甲措施"), ("(二)", "乙措施"), ("(一)", "丙措施"), ("(二)", "丁措施")],
    ),
    "dash bullets are not items": (
        "二、基本原则\n——坚持统筹规划。做好顶层设计。\n——坚持保护优先。守住底线。\n三、主要任务",
        [("二、", "基本原则"), ("三、", "主要任务")],
    ),
    "the list of attachments after 附件： is not numbered items": (
        "一、工作要求\n按时报送。\n附件：\n1.某某项目汇总表\n2.某某资金测算表\n",
        [("一、", "工作要求")],
    ),
    "row numbers of an annexed table flattened one cell a line": (
        "一、认清形势\n当前形势很好。\n附件\n推广清单\n序号\n举措\n一、知识产权方面（共2项）\n1\n快速审判机制\n法院审理案件。\n全国\n"
        "2\n技术调查官制度\n引入调查官。\n全国",
        [("一、", "认清形势"), ("一、", "知识产权方面（共2项）"), ("一、/1", "快速审判机制"),
         ("一、/2", "技术调查官制度")],
    ),
    "a task table's rows are items, its wrapped first cell joined, its in-cell list under the row": (
        "一、重点任务\n（一）建设绿道。推进绿道建设。\n附件：某某县海绵城市建设任务分解表\n序号\n任务类型\n重点内容\n责任单位\n"
        "1\n海绵城市\n规划管控\n编制专项规划，明确管控指标。\n县住建局\n"
        "2\n海绵型\n道路建设\n道路项目应落实海绵要求，主要内容包括：（1）改造人行道透水铺装。（2）建设下沉式绿地。\n县交通局\n",
        [("一、", "重点任务"), ("一、/（一）", "建设绿道"), ("1", "海绵城市规划管控"), ("2", "海绵型道路建设"),
         ("2/（1）", "改造人行道透水铺装"), ("2/（2）", "建设下沉式绿地")],
    ),
    "an inventory's rows (name, place, area) are records, not items": (
        "一、重点任务\n（一）建设公园。推进公园建设。\n附件2\n公园建设项目表\n序号\n项目名称\n位置\n面积（公顷）\n备注\n"
        "1\n东湖公园\n东湖路北侧\n3.5\n需动迁\n2\n西山公园\n西山路南侧\n12.8\n3\n南河绿地\n南河两侧\n1.2\n合计\n17.5\n",
        [("一、", "重点任务"), ("一、/（一）", "建设公园")],
    ),
    "an inventory in the body ends at the next heading": (
        "一、现状\n序号\n指标名称\n单位\n1\n新建绿地\n公顷\n2\n新建绿道\n公里\n二、目标\n（一）扩绿。新增绿地。",
        [("一、", "现状"), ("二、", "目标"), ("二、/（一）", "扩绿")],
    ),
    "a closing quote typed as an opening one closes its quotation": (
        "二、主要任务\n4.推进建设。按照规划，落实“四化“要求。一是优化设计方案。二是加大彩化树种种植。\n三、保障措施",
        [("二、", "主要任务"), ("二、/4.", "推进建设"), ("二、/4./一是", "优化设计方案"),
         ("二、/4./二是", "加大彩化树种种植"), ("三、", "保障措施")],
    ),
    "a short run-on heading ends before the sentence that follows it": (
        "同志们：今天讲两点。一、深刻认识重要意义党的十八大以来，我们取得了成就。二、大力弘扬工匠精神技能成就离不开工匠的坚守。要加强培养。",
        [("一、", "深刻认识重要意义"), ("二、", "大力弘扬工匠精神")],
    ),
}


@pytest.mark.parametrize("text, expected", list(CASES.values()), ids=list(CASES))
def test_outline(text, expected):
    assert outline(text) == expected


@pytest.mark.parametrize("text, code", [
    ("一、甲\n二、乙\n四、丁", "skipped_number"),
    ("一、甲\n二、乙\n二、丙", "repeated_number"),
    ("一、甲\n二、乙\n三、丙\n一、丁\n二、戊", "restarted_numbering"),
    ("一、甲\n（一）子。\n二、乙\n（二）丑。", "continued_numbering"),
    ("各地要抓紧。一是加强领导，这是关键。", "lone_enumeration"),
    ("要做到：一是学习。二是调研。四是落实。", "skipped_number"),
    ("一要学习。二要调研。\n一要落实。二要总结。", "new_series"),
])
def test_odd_numbering_is_kept_and_flagged(text, code):
    directives, flags = find_directives(text)
    assert code in {f.code for f in flags}
    assert tree_problems(directives, flags, len(text)) == []
    if code != "lone_enumeration":
        assert len(directives) >= 3  # kept going


def test_continued_numbering_is_said_once():
    text = "一、甲\n（一）子。\n二、乙\n（二）丑。\n三、丙\n（三）寅。"
    _, flags = find_directives(text)
    assert [f.code for f in flags] == ["continued_numbering"]


def test_extents_run_to_the_next_item_of_the_same_or_a_higher_level():
    text = "一、甲\n正文。一是子。子的正文。二是丑。丑的正文。\n二、乙\n正文。\n谢谢大家！"
    ds, _ = find_directives(text)
    spans = {d.marker + str(d.level): text[d.start:d.end] for d in ds}
    assert spans["一、1"] == "一、甲\n正文。一是子。子的正文。二是丑。丑的正文。"
    assert spans["一是2"] == "一是子。子的正文。"
    assert spans["二是2"] == "二是丑。丑的正文。"
    assert spans["二、1"] == "二、乙\n正文。"  # the closing line is not part of the last item


def test_signature_of_an_official_document_is_not_part_of_the_last_item():
    text = "一、总体要求\n要抓紧落实。\n某某市人民政府\n2020年3月1日\n（此件公开发布）"
    (d,) = find_directives(text)[0]
    assert text[d.start:d.end] == "一、总体要求\n要抓紧落实。"


@pytest.mark.parametrize("text, title", [
    ("一、总体要求\n正文。", "总体要求"),                      # a heading line: the rest of the line
    ("一、要着眼发展，健全机制\n正文。", "要着眼发展，健全机制"),  # commas stay in a heading line
    ("（一）指导思想。以某某为指导。", "指导思想"),              # run-in: up to 。
    ("（二）明确范围：包括下列各项。", "明确范围"),              # run-in: up to ：
    ("（三）加强协同；形成合力。", "加强协同"),                  # run-in: up to ；
    ("1. 坚持导向。要把握方向。", "坚持导向"),                   # white space after the marker
])
def test_titles(text, title):
    (d,) = find_directives(text)[0]
    assert d.title == title


def test_directive_fields():
    text = "一、总体要求\n（一）指导思想。"
    a, b = find_directives(text)[0]
    assert (a.id, a.parent, a.level, a.marker, a.number, a.style) == (0, None, 1, "一、", 1, "cn_dun")
    assert (b.id, b.parent, b.level, b.marker, b.number, b.style) == (1, 0, 2, "（一）", 1, "cn_paren")
    assert (b.start, b.end) == (7, len(text))


def test_empty_and_plain_texts():
    assert find_directives("") == ([], [])
    assert find_directives("这是一段没有编号的话。") == ([], [])
