"""A hand-built :class:`Result` for the export, checklist and spaCy tests.

The stages that find directives, targets and requirements are written elsewhere;
the writers are tested against this small, fully known result.  The text is our
own writing.  ``make_result()`` is imported by the other test modules; the tests
here check that the fixture itself is consistent (offsets point at what they say).
"""
from __future__ import annotations

import pytest

from pipeline.load import from_text
from pipeline.normalize import normalize
from pipeline.pipeline import Result
from pipeline.records import Directive, Quantity, Requirement, Sentence

TEXT = """关于加强基层治理工作的讲话
（2024年3月5日）

同志们：
今天召开会议，主要是部署今年的基层治理工作。

一、抓好队伍建设
（一）加强教育培训。各级党组织要把干部培训摆在突出位置，每年至少组织培训两次。
（二）严格日常管理。领导班子成员每季度至少走访基层一次。不得以任何理由推诿。
二、推动任务落实
一是明确责任分工。各地区各部门务必在2025年底前完成清单编制，覆盖率达到90%以上。
二是强化督促检查。鼓励社会各界参与监督，费用控制在5万元以内|含差旅。
最后，大家要以实际行动推动工作落地见效。
"""

OTHER_TEXT = "关于做好春耕工作的通知\n各乡镇要在4月底前完成备耕。\n"


def _span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def _directive(text, id_, parent, level, marker, number, title, head, until=None):
    start = text.index(head)
    end = text.index(until) if until else len(text.rstrip("\n"))
    return Directive(id_, parent, level, marker, number, title, start, end, style="")


def _target(text, piece, value, unit, comparator, *, period=None, deadline=None, kind="count",
            directive=None, upper=None, indicator=None):
    s, e = _span(text, piece)
    return Quantity(piece, s, e, value, unit=unit, kind=kind, comparator=comparator, upper=upper, period=period,
                    deadline=deadline, indicator=indicator, role="target", directive=directive)


def _requirement(text, req_id, piece, modality, strength, cue, actor, action, obj, *, directive,
                 deadline=None, targets=()):
    s, e = _span(text, piece)
    return Requirement(req_id, piece, s, e, modality, strength, cue=cue, actor=actor, action=action, object=obj,
                       deadline=deadline, directive=directive, targets=tuple(targets))


def _directives(t: str) -> tuple[Directive, ...]:
    return (
        _directive(t, 0, None, 1, "一、", 1, "抓好队伍建设", "一、抓好", "二、推动"),
        _directive(t, 1, 0, 2, "（一）", 1, "加强教育培训", "（一）加强", "（二）严格"),
        _directive(t, 2, 0, 2, "（二）", 2, "严格日常管理", "（二）严格", "二、推动"),
        _directive(t, 3, None, 1, "二、", 2, "推动任务落实", "二、推动", "最后，"),
        _directive(t, 4, 3, 2, "一是", 1, "明确责任分工", "一是明确", "二是强化"),
        _directive(t, 5, 3, 2, "二是", 2, "强化督促检查", "二是强化", "最后，"),
    )


def make_result() -> Result:
    """The fixture speech with six directives, four targets and six requirements."""
    t = TEXT
    doc = from_text(t, source="fixture_speech.txt", encoding="utf-8")
    q_train = _target(t, "每年至少组织培训两次", 2, "次", ">=", period="年", directive=1)
    q_visit = _target(t, "每季度至少走访基层一次", 1, "次", ">=", period="季度", directive=2)
    q_cover = _target(t, "90%以上", 90, "%", ">=", kind="percent", deadline="2025-12-31", directive=4,
                      indicator="覆盖率")
    q_cost = _target(t, "5万元以内", 50000, "元", "<=", kind="money", directive=5)
    q_date = Quantity("2025年底", *_span(t, "2025年底"), 2025, unit="年", kind="number", role="date", directive=4)
    reqs = (
        _requirement(t, 1, "各级党组织要把干部培训摆在突出位置，每年至少组织培训两次。", "obligation", 4, "要",
                     "各级党组织", "组织培训", "干部", directive=1, targets=[q_train]),
        _requirement(t, 2, "领导班子成员每季度至少走访基层一次。", "obligation", 4, "", "领导班子成员", "走访", "基层",
                     directive=2, targets=[q_visit]),
        _requirement(t, 3, "不得以任何理由推诿。", "prohibition", 5, "不得", "领导班子成员", "推诿", "", directive=2),
        _requirement(t, 4, "各地区各部门务必在2025年底前完成清单编制，覆盖率达到90%以上。", "obligation", 5, "务必",
                     "各地区各部门", "完成", "清单编制", directive=4, deadline="2025-12-31", targets=[q_cover]),
        _requirement(t, 5, "鼓励社会各界参与监督，费用控制在5万元以内|含差旅。", "encouragement", 1, "鼓励", "社会各界",
                     "参与", "监督", directive=5, targets=[q_cost]),
        _requirement(t, 6, "大家要以实际行动推动工作落地见效。", "obligation", 4, "要", "大家", "推动", "工作落地见效",
                     directive=None),
    )
    first = _span(t, "今天召开会议，主要是部署今年的基层治理工作。")
    return Result(
        document=doc,
        text=normalize(t),
        sentences=(Sentence(0, *first, t[first[0]:first[1]]),),
        directives=_directives(t),
        quantities=(q_train, q_visit, q_date, q_cover, q_cost),
        requirements=reqs,
    )


def make_other_result() -> Result:
    """A second, small document without numbered items."""
    t = OTHER_TEXT
    req = _requirement(t, 1, "各乡镇要在4月底前完成备耕。", "obligation", 4, "要", "各乡镇", "完成", "备耕",
                       directive=None, deadline="2024-04-30")
    return Result(document=from_text(t, source="other_notice.txt", encoding="gb18030"), text=normalize(t),
                  requirements=(req,))


@pytest.fixture
def result() -> Result:
    return make_result()


def _records(res: Result):
    yield from res.directives
    yield from res.quantities
    yield from res.requirements
    for r in res.requirements:
        yield from r.targets


@pytest.mark.parametrize("make", [make_result, make_other_result])
def test_fixture_offsets_point_into_the_text(make):
    res = make()
    raw = res.document.raw
    for rec in _records(res):
        assert 0 <= rec.start < rec.end <= len(raw)
        if hasattr(rec, "text"):
            assert raw[rec.start:rec.end] == rec.text


def test_fixture_directive_tree_nests():
    res = make_result()
    for d in res.directives:
        if d.parent is not None:
            p = res.directive(d.parent)
            assert p.start <= d.start and d.end <= p.end and d.level == p.level + 1
    assert res.directive_path(4) == ["二、", "一是"]


def test_fixture_requirements_lie_inside_their_directive():
    res = make_result()
    for r in res.requirements:
        d = res.directive(r.directive)
        if d is not None:
            assert d.start <= r.start and r.end <= d.end
    assert len(res.targets) == 4 and len(res.quantities) == 5
