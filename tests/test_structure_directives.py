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
        [("一要", "敢于担当"), ("二要", "善于作为"), ("首先", "要统一思想"), ("其次", "要明确分工"), ("最后", "要抓好落实")],
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
