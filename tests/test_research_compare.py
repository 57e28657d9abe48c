"""Cross-document comparison: alignment, changed targets, new and dropped requirements."""
from __future__ import annotations

import re

import numpy as np
import pytest

from pipeline.load import from_text
from pipeline.normalize import normalize
from pipeline.pipeline import Result, extract, extract_text
from pipeline.records import Quantity, Requirement
from pipeline.research.compare import align, compare, mask_numbers, same_value, target_description, value_text

from conftest import shared_path

OLD = ("本年度全市的主要工作目标：生产总值增速6%左右；新增城镇就业11万人以上；物价涨幅3%左右。\n"
       "要严格保护耕地，坚决遏制耕地非农化。\n"
       "要扩大有效投资，加快重大项目建设。\n"
       "要持续改善空气质量，细颗粒物浓度继续下降。\n")
NEW = ("本年度全市的主要工作目标：生产总值增速5%左右；新增城镇就业12万人以上；物价涨幅3%左右。\n"
       "要扩大有效投资，加快推进重大项目建设。\n"
       "要持续改善空气质量，细颗粒物浓度继续下降。\n"
       "要发展人工智能产业，培育新的增长点。\n")

# (the number as written, indicator, value, unit, comparator)
TARGETS = [("6%左右", "生产总值增速", 6.0, "%", "~"), ("5%左右", "生产总值增速", 5.0, "%", "~"),
           ("11万人以上", "新增城镇就业", 1.1e5, "人", ">="), ("12万人以上", "新增城镇就业", 1.2e5, "人", ">="),
           ("3%左右", "物价涨幅", 3.0, "%", "~")]


def hand_result(text: str) -> Result:
    """A Result whose targets and requirements are set by hand (independent of the extraction stages)."""
    qs = []
    for written, indicator, value, unit, comp in TARGETS:
        for m in re.finditer(re.escape(written), text):
            qs.append(Quantity(written, m.start(), m.end(), value, unit=unit, comparator=comp, indicator=indicator,
                               role="target"))
    reqs = []
    for m in re.finditer(r"(?m)^要[^\n]+", text):
        reqs.append(Requirement(len(reqs) + 1, m.group(), m.start(), m.end(), "obligation", 4, cue="要"))
    return Result(document=from_text(text), text=normalize(text), quantities=tuple(sorted(qs, key=lambda q: q.start)),
                  requirements=tuple(reqs))


def test_compare_finds_changed_targets_new_and_dropped_requirements():
    c = compare(hand_result(OLD), hand_result(NEW))
    changed = {(ch.a.indicator, value_text(ch.a), value_text(ch.b)) for ch in c.changed}
    assert changed == {("生产总值增速", "约6%", "约5%"), ("新增城镇就业", "≥11万人", "≥12万人")}
    assert [(a.indicator, b.indicator) for a, b in c.same_targets] == [("物价涨幅", "物价涨幅")]
    assert [r.text for r in c.new] == ["要发展人工智能产业，培育新的增长点。"]
    assert [r.text for r in c.dropped] == ["要严格保护耕地，坚决遏制耕地非农化。"]
    assert len(c.matched) == 2
    assert not c.new_targets and not c.dropped_targets


def test_compare_to_itself_changes_nothing():
    r = hand_result(OLD)
    c = compare(r, r)
    assert not c.changed and not c.new and not c.dropped
    assert len(c.same_targets) == len(r.targets) and len(c.matched) == len(r.requirements)


def test_comparison_as_json_data():
    d = compare(hand_result(OLD), hand_result(NEW)).to_dict()
    assert {ch["a_value"] + "→" + ch["b_value"] for ch in d["changed_targets"]} == {"约6%→约5%", "≥11万人→≥12万人"}
    assert d["new_requirements"][0]["text"].startswith("要发展人工智能")


@pytest.mark.parametrize("a, b, threshold, expected", [
    (["要扩大有效投资", "要保护耕地"], ["要保护耕地", "要扩大有效投资"], 0.5, [(0, 1), (1, 0)]),
    (["要扩大有效投资"], ["要发展人工智能产业"], 0.5, []),
    ([], ["要保护耕地"], 0.5, []),
    # one-to-one: the two near-copies pair with each other, not both with the first
    (["要加快重大项目建设", "要加快推进重大项目建设"], ["要加快推进重大项目建设"], 0.5, [(1, 0)]),
])
def test_align(a, b, threshold, expected):
    assert [(p.a, p.b) for p in align(a, b, threshold)] == expected


def test_align_only_where_allowed():
    a, b = ["赤字率按3%安排", "财政赤字3.88万亿元"], ["赤字率按3%安排", "财政赤字4.06万亿元"]
    assert [(p.a, p.b) for p in align(a, b, 0.3)] == [(0, 0), (1, 1)]
    allowed = np.array([[True, False], [False, False]])
    assert [(p.a, p.b) for p in align(a, b, 0.3, allowed=allowed)] == [(0, 0)]


def test_targets_of_different_units_never_pair():
    def result(text, unit):
        q = Quantity("3", text.index("3"), text.index("3") + 1, 3.0, unit, indicator="赤字", role="target")
        return Result(document=from_text(text), text=normalize(text), quantities=(q,))

    c = compare(result("赤字3安排", "%"), result("赤字3安排", "元"))
    assert not c.changed and not c.same_targets
    assert len(c.new_targets) == len(c.dropped_targets) == 1


@pytest.mark.parametrize("x, y, same", [
    (Quantity("6%", 0, 2, 6.0, "%"), Quantity("6%", 5, 7, 6.0, "%"), True),
    (Quantity("6%", 0, 2, 6.0, "%"), Quantity("5%", 0, 2, 5.0, "%"), False),
    (Quantity("6%左右", 0, 2, 6.0, "%", comparator="~"), Quantity("6%以上", 0, 2, 6.0, "%", comparator=">="), False),
    (Quantity("6%-6.5%", 0, 2, 6.0, "%", comparator="between", upper=6.5),
     Quantity("6%-7%", 0, 2, 6.0, "%", comparator="between", upper=7.0), False),
    (Quantity("6万", 0, 2, 6e4, "人"), Quantity("6万", 0, 2, 6e4, "个"), False),
])
def test_same_value(x, y, same):
    assert same_value(x, y) is same


@pytest.mark.parametrize("q, text", [
    (Quantity("6%－6.5%", 0, 1, 6.0, "%", comparator="between", upper=6.5), "6%–6.5%"),
    (Quantity("5%左右", 0, 1, 5.0, "%", comparator="~"), "约5%"),
    (Quantity("不低于40%", 0, 1, 40.0, "%", comparator=">="), "≥40%"),
    (Quantity("三分之一", 0, 1, 1 / 3, ""), "0.333333"),
    (Quantity("若干", 0, 1, None), "若干"),
    (Quantity("1100万人以上", 0, 1, 1.1e7, "人", comparator=">="), "≥1100万人"),
    (Quantity("2.76万亿元", 0, 1, 2759999999999.9995, "元"), "2.76万亿元"),
    (Quantity("5亿元", 0, 1, 5e8, "元"), "5亿元"),
])
def test_value_text(q, text):
    assert value_text(q) == text


@pytest.mark.parametrize("text, masked", [
    ("增长6.5%左右", "增长#%左右"),
    ("新增就业1100万人", "新增就业#万人"),
    ("城镇 新增", "城镇新增"),
])
def test_mask_numbers(text, masked):
    assert mask_numbers(text) == masked


def test_target_description_has_indicator_and_masked_context():
    r = hand_result(OLD)
    gdp = r.targets[0]
    desc = target_description(r, gdp)
    assert desc.startswith("生产总值增速")
    assert "6" not in desc and "#" in desc


def test_compare_through_the_whole_pipeline():
    """The same two texts, with targets and requirements found by the pipeline's own stages."""
    c = compare(extract_text(OLD), extract_text(NEW))
    assert {(value_text(ch.a), value_text(ch.b)) for ch in c.changed} == {("约6%", "约5%"), ("≥11万人", "≥12万人")}
    assert any("生产总值" in ch.description for ch in c.changed)
    assert [r.text.rstrip("。") for r in c.new] == ["要发展人工智能产业，培育新的增长点"]
    assert [r.text.rstrip("。") for r in c.dropped] == ["要严格保护耕地，坚决遏制耕地非农化"]


@pytest.mark.parametrize("a, b, before, after", [
    ("2016", "2019", (6.5, 7.0), (6.0, 6.5)),  # 增长6.5%－7% → 增长6%－6.5%
    ("2021", "2025", (6.0, None), (5.0, None)),  # 6%以上 → 5%左右
])
def test_gdp_growth_target_change_between_government_work_reports(a, b, before, after):
    ra = extract(shared_path("corpora", "real", f"gov_work_report_{a}.txt"))
    rb = extract(shared_path("corpora", "real", f"gov_work_report_{b}.txt"))
    c = compare(ra, rb)
    gdp = [ch for ch in c.changed if ch.description.startswith("国内生产总值") and ch.a.unit == "%"]
    assert [((ch.a.value, ch.a.upper), (ch.b.value, ch.b.upper)) for ch in gdp] == [(before, after)]
