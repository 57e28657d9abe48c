"""Normalisation and its offset map: examples and hypothesis properties."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import OffsetMap, normalize


@pytest.mark.parametrize("raw, clean", [
    ("完整 、真实 、准确地", "完整、真实、准确地"),
    ("世界百 年未有之大变局", "世界百年未有之大变局"),
    ("实行“三比一 ”筛选法 ，对每个岗位", "实行“三比一”筛选法，对每个岗位"),
    ("增长６％－６．５％", "增长6%-6.5%"),
    ("ＧＤＰ增长", "GDP增长"),
    ("在**市召开，***同志讲话", "在某市召开，某同志讲话"),
    ("××县和□□乡", "某县和某乡"),
    ("「十四五」规划", "“十四五”规划"),
    ("　　一、总体要求", "一、总体要求"),
    ("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
    ("COVID  19 and  AI", "COVID 19 and AI"),
    ("保持（一）和，。不变", "保持（一）和，。不变"),
    # a row of a table pasted with tabs: a cell a line (two tabs or more); one tab or a leading one joins as before
    ("序号\t重点任务\t牵头单位\n1\t推进改造 \t 市住建委", "序号\n重点任务\n牵头单位\n1\n推进改造\n市住建委"),
    ("\t第一条\t总则", "第一条总则"),
    # a markdown table (notes3): a cell a line, its rule line gone; a pipe outside such a row stays
    ("| 序号 | 重点任务 | 牵头单位 |\n|---|:-:|---|\n| 1 | 推进改造 | 市住建委 |\n尾",
     "序号\n重点任务\n牵头单位\n1\n推进改造\n市住建委\n尾"),
    ("A|B|C", "A|B|C"),
])
def test_examples(raw, clean):
    t = normalize(raw)
    assert t.clean == clean
    assert t.offsets.raw_len == len(raw)


def test_t2s_through_the_map():
    raw = "國務院關於  加強基層治理的意見"
    t = normalize(raw, t2s=True)
    assert t.clean == "国务院关于加强基层治理的意见"
    s = t.clean.index("加强")
    a, b = t.to_raw(s, s + 2)
    assert raw[a:b] == "加強"


def test_hard_wrapped_lines_are_joined():
    body = "各地区各部门要认真贯彻落实党中央决策部署切实抓好各项工作任务确保取得实效并及时报告进展情况和存在问题"
    lines = [body[i:i + 20] for i in range(0, len(body), 20)]
    raw = "\n".join(["一、总体要求"] + lines * 4 + ["二、重点任务"] + lines * 4)
    t = normalize(raw)
    assert "\n" + "二、重点任务" in t.clean  # a heading keeps its own line
    assert body[:40] in t.clean  # wrapped lines joined
    i = t.clean.index(body[15:25])
    a, b = t.to_raw(i, i + 10)
    assert raw[a:b].replace("\n", "") == body[15:25]


def test_unwrapped_text_keeps_its_lines():
    raw = "一、要着眼发展\n立足当前。\n二、要严在经常\n严管厚爱。"
    assert normalize(raw).clean == raw


ALPHABET = st.sampled_from(list("中国要年干部１２３ＡＢab 　\t.-－—“”「」*＊×□，。、（）%％\n") + ["\r\n"])
raw_text = st.lists(ALPHABET, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(raw_text, st.data())
def test_map_is_exact(raw, data):
    """For any input and any clean span, the original span it maps to normalises to
    exactly that span's text (context-free rules; line joining and tab tables are tested above)."""
    t = normalize(raw, join_lines=False, tab_tables=False)
    n = len(t.clean)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    a, b = t.to_raw(s, e)
    assert 0 <= a <= b <= len(raw)
    assert normalize(raw[a:b], join_lines=False, tab_tables=False).clean == t.clean[s:e]


@settings(max_examples=300, deadline=None)
@given(raw_text, st.data())
def test_many_spans_map_as_each_does(raw, data):
    """``to_raw_many`` (what the pipeline uses for its records) gives ``to_raw`` of each span,
    empty spans and spans over removed characters included."""
    t = normalize(raw)
    n = len(t.clean)
    spans = data.draw(st.lists(st.integers(0, n).flatmap(lambda s: st.tuples(st.just(s), st.integers(s, n))),
                               max_size=12))
    a, b = t.offsets.to_raw_many([s for s, _ in spans], [e for _, e in spans])
    assert list(zip(a, b)) == [t.to_raw(s, e) for s, e in spans]
    if n:
        with pytest.raises(ValueError):
            t.offsets.to_raw_many([0], [n + 1])


@settings(max_examples=200, deadline=None)
@given(raw_text)
def test_map_is_monotonic(raw):
    """Each clean character comes from a non-empty original interval; intervals never go
    backwards and only characters of one replacement (``***`` → 某) share an interval."""
    t = normalize(raw)
    m: OffsetMap = t.offsets
    assert len(m.src_start) == len(t.clean) == len(m.src_end)
    prev = (0, 0)
    for a, b in zip(m.src_start, m.src_end):
        assert 0 <= a < b <= len(raw)
        assert (a, b) == prev or a >= prev[1]
        prev = (a, b)


@settings(max_examples=100, deadline=None)
@given(raw_text)
def test_t2s_keeps_length_and_map(raw):
    plain, conv = normalize(raw), normalize(raw, t2s=True)
    assert len(plain.clean) == len(conv.clean)
    assert plain.offsets == conv.offsets


@pytest.mark.parametrize("raw, cell", [
    ("| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进改造 | 市住建委 |\n", "市住建委"),
    ("|序号|工作任务|完成时限|\n|1|推进老旧小区改造|2026年底前|", "推进老旧小区改造"),
])
def test_pipe_table_cells_map_back(raw, cell):
    """A markdown table's cell (notes3) maps back to its own text in the raw input."""
    t = normalize(raw)
    i = t.clean.index(cell)
    a, b = t.to_raw(i, i + len(cell))
    assert raw[a:b] == cell
