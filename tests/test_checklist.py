"""The nested checklist: tree, numbers, Markdown and Word (read back with python-docx)."""
from __future__ import annotations

import re
from dataclasses import replace

import docx
import pytest
from test_export_fixture import make_other_result, make_result

from pipeline.errors import ZhpolicyError
from pipeline.export import checklist as C
from pipeline.records import Directive, Quantity


def _flatten(nodes, out=None):
    out = [] if out is None else out
    for n in nodes:
        out.append(n)
        _flatten(n.children, out)
    return out


def test_tree_follows_the_directives():
    nodes = C.checklist_tree(make_result())
    assert [(n.heading, n.level) for n in nodes] == [("一、抓好队伍建设", 1), ("二、推动任务落实", 1), ("其他要求", 1)]
    assert [c.heading for c in nodes[1].children] == ["一是明确责任分工", "二是强化督促检查"]
    assert [r.req_id for r in nodes[0].children[1].requirements] == [2, 3]
    assert [r.req_id for r in nodes[2].requirements] == [6]


def test_every_requirement_appears_once():
    res = make_result()
    ids = [r.req_id for n in _flatten(C.checklist_tree(res)) for r in n.requirements]
    assert sorted(ids) == [r.req_id for r in res.requirements]


def test_no_other_group_when_everything_is_numbered():
    res = make_result()
    res = replace(res, requirements=tuple(r for r in res.requirements if r.directive is not None))
    assert "其他要求" not in [n.heading for n in C.checklist_tree(res)]


def test_requirement_of_an_unknown_directive_goes_to_other():
    res = make_result()
    stray = replace(res.requirements[0], directive=99)
    res = replace(res, requirements=(stray,))
    nodes = C.checklist_tree(res)
    assert nodes[-1].heading == "其他要求" and nodes[-1].requirements == (stray,)


def test_parent_cycle_neither_loops_nor_loses_requirements():
    d0 = Directive(0, 1, 1, "一、", 1, "甲", 0, 5)
    d1 = Directive(1, 0, 2, "（一）", 1, "乙", 2, 5)
    req = replace(make_other_result().requirements[0], directive=1)
    res = replace(make_other_result(), directives=(d0, d1), requirements=(req,))
    nodes = C.checklist_tree(res)
    assert [n.heading for n in nodes] == ["一、甲"]  # the earliest item of the cycle becomes a root
    assert nodes[0].children[0].requirements == (req,)


def _q(value, unit="", comparator="=", **kw):
    return Quantity("x", 0, 1, value, unit=unit, comparator=comparator, **kw)


@pytest.mark.parametrize("q,text", [
    (_q(2, "次", ">=", period="年"), "≥2次/年"),
    (_q(90, "%", ">=", indicator="覆盖率"), "覆盖率 ≥90%"),
    (_q(5, "%", "<="), "≤5%"),
    (_q(6, "%", "between", upper=6.5), "6–6.5%"),
    (_q(50000, "元", "<="), "≤5万元"),
    (_q(2e12, "元"), "2万亿元"),
    (_q(3e8, "元", "~"), "约3亿元"),
    (_q(3e4, "元", "between", upper=5e4), "3万–5万元"),
    (_q(1 / 3), "0.3333"),
    (_q(3, "名", ">"), ">3名"),
    (_q(None), "x"),
])
def test_quantity_text(q, text):
    assert C.quantity_text(q) == text


def test_details_skip_what_is_empty():
    res = make_result()
    by_id = {r.req_id: r for r in res.requirements}
    assert C.details(by_id[4]) == [("责任主体", "各地区各部门"), ("指标", "覆盖率 ≥90%"), ("完成时限", "2025年底前")]
    assert C.details(by_id[3]) == [("责任主体", "领导班子成员")]
    assert C.details_text(replace(by_id[3], actor="")) == ""


def test_deadline_falls_back_to_a_target_deadline():
    r = make_result().requirements[3]
    assert C.deadline_of(replace(r, deadline=None)) == "2025-12-31"


def test_markdown_checklist():
    md = C.to_markdown([make_result()])
    lines = md.splitlines()
    assert lines[0] == "# 关于加强基层治理工作的讲话"
    headings = [ln for ln in lines if ln.startswith("#")]
    assert headings == ["# 关于加强基层治理工作的讲话", "## 一、抓好队伍建设", "### （一）加强教育培训",
                        "### （二）严格日常管理", "## 二、推动任务落实", "### 一是明确责任分工",
                        "### 二是强化督促检查", "## 其他要求"]
    boxes = [ln for ln in lines if ln.startswith("- [ ] ")]
    assert len(boxes) == 6
    assert boxes[1] == "- [ ] 领导班子成员每季度至少走访基层一次。（责任主体：领导班子成员；指标：≥1次/季度）"
    assert "\\|含差旅" in boxes[4]  # a pipe in the text cannot break the line's Markdown
    assert "\n\n\n" not in md


def test_markdown_requirement_sits_under_its_heading():
    lines = C.to_markdown([make_result()]).splitlines()
    at = next(i for i, ln in enumerate(lines) if "不得以任何理由推诿" in ln)
    assert [ln for ln in lines[:at] if ln.startswith("#")][-1] == "### （二）严格日常管理"


def test_markdown_several_documents():
    md = C.to_markdown([make_result(), make_other_result()])
    assert re.findall(r"^# .*$", md, flags=re.M) == ["# 关于加强基层治理工作的讲话", "# 关于做好春耕工作的通知"]
    assert "- [ ] 各乡镇要在4月底前完成备耕。（责任主体：各乡镇；完成时限：2024年4月底前）" in md


def test_deep_levels_stop_at_h6():
    deep = tuple(Directive(i, i - 1 if i else None, i + 1, f"{i}.", i, f"层{i}", 0, 10) for i in range(7))
    res = replace(make_other_result(), directives=deep, requirements=())
    assert max(len(ln) - len(ln.lstrip("#")) for ln in C.to_markdown([res]).splitlines() if ln.startswith("#")) == 6


def test_docx_round_trips(tmp_path):
    res = make_result()
    path = C.write([res], tmp_path / "todo.docx")
    paras = docx.Document(str(path)).paragraphs
    headings = [(p.style.name, p.text) for p in paras if p.style.name.startswith("Heading")]
    assert headings == [("Heading 1", "关于加强基层治理工作的讲话"), ("Heading 2", "一、抓好队伍建设"),
                        ("Heading 3", "（一）加强教育培训"), ("Heading 3", "（二）严格日常管理"),
                        ("Heading 2", "二、推动任务落实"), ("Heading 3", "一是明确责任分工"),
                        ("Heading 3", "二是强化督促检查"), ("Heading 2", "其他要求")]
    boxes = [p.text for p in paras if p.text.startswith("☐ ")]
    assert [b[2:].split("（责任主体")[0] for b in boxes] == [r.text for r in res.requirements]
    assert boxes[3].endswith("（责任主体：各地区各部门；指标：覆盖率 ≥90%；完成时限：2025年底前）")


def test_docx_sets_an_east_asian_font(tmp_path):
    from docx.oxml.ns import qn

    d = docx.Document(str(C.write([make_result()], tmp_path / "todo.docx")))
    fonts = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == C.DOCX_FONT


def test_markdown_file_equals_stdout_text(tmp_path):
    path = C.write([make_result()], tmp_path / "todo.md")
    assert path.read_text(encoding="utf-8") == C.to_markdown([make_result()])


@pytest.mark.parametrize("name", ["todo.txt", "todo.xlsx", "todo"])
def test_checklist_bad_extension(name, tmp_path):
    with pytest.raises(ZhpolicyError, match=re.escape(name) + ".*use .md or .docx"):
        C.write([make_result()], tmp_path / name)
    assert list(tmp_path.iterdir()) == []
