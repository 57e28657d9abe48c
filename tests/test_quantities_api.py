"""The quantities stage as a library: records, offsets, roles in the JSON output, the data files,
and properties over generated phrases."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import normalize
from pipeline.numbers import to_chinese
from pipeline.pipeline import Pipeline
from pipeline.quantities import find_quantities, find_targets
from pipeline.script import fold, looks_traditional
from pipeline.quantities.lexicon import lexicon
from pipeline.quantities.roles import doc_mode, doc_year
from pipeline.records import MEASURE_ROLES, NUMBER_ROLES, Quantity
from pipeline.resources import read_tsv

from conftest import SAMPLES, SHARED

KINDS = {"percent", "percentage_points", "fraction", "ratio", "count", "money", "duration", "measure", "number"}
COMPARATORS = {">=", "<=", ">", "<", "~", "between", "="}


def _sample_texts():
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def _real_texts(limit=None):
    real = SHARED / "corpora" / "real"
    if not real.is_dir():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted(real.glob("*.txt"))[:limit]]


def test_records_are_well_formed():
    texts = _sample_texts() + _real_texts(6)
    if not texts:
        pytest.skip("no texts")
    for raw in texts:
        clean = normalize(raw).clean
        last = -1
        for q in find_quantities(clean):
            assert isinstance(q, Quantity)
            assert clean[q.start:q.end] == q.text
            assert q.start >= last, "left to right, not overlapping"
            last = q.end
            assert q.role in MEASURE_ROLES + NUMBER_ROLES
            assert q.comparator in COMPARATORS
            if q.role in MEASURE_ROLES:
                assert q.kind in KINDS and q.value is not None
                assert (q.upper is not None) == (q.comparator == "between")
                if q.upper is not None:
                    assert q.value < q.upper


def test_find_targets_is_find_quantities_filtered():
    """The fast path for targets alone gives exactly the targets of the full stage."""
    texts = _sample_texts() + _real_texts()
    if not texts:
        pytest.skip("no texts")
    for raw in texts:
        clean = normalize(raw).clean
        assert list(find_targets(clean)) == [q for q in find_quantities(clean) if q.role == "target"]


def test_pipeline_offsets_point_into_the_original():
    paths = sorted(SAMPLES.glob("*.txt"))
    if not paths:
        pytest.skip("no samples yet")
    nlp = Pipeline(until="quantities")
    for p in paths:
        r = nlp(p)
        for q in r.quantities:
            assert normalize(r.document.raw[q.start:q.end]).clean == q.text


def test_json_lists_by_role():
    r = Pipeline(until="quantities").text("今年要新增就业8万人，去年增长了6%。"
                                          "2024年3月召开“十四五”总结会，做到“两个维护”。")
    d = r.to_dict(sentences=False)
    assert [t["text"] for t in d["targets"]] == ["8万人"]
    assert [q["text"] for q in d["quantities"]] == ["6%"]
    assert {n["role"] for n in d["numbers"]} == {"date", "period", "slogan"}


def test_sentence_and_directive_ids():
    text = "一、加强培训\n每名干部每年参训不少于40学时。\n二、严格考核\n考核优秀比例原则上不超过20%。"
    r = Pipeline(until="quantities").text(text)
    ts = r.targets
    assert [t.value for t in ts] == [40, 20]
    assert [r.directive_path(t.directive) for t in ts] == [["一、"], ["二、"]]
    for t in ts:
        s = next(s for s in r.sentences if s.id == t.sentence)
        assert s.start <= t.start < s.end


def test_empty_and_numberless():
    assert list(find_quantities("")) == []
    assert list(find_quantities("坚持稳中求进工作总基调。")) == []


@pytest.mark.parametrize("text,year", [
    ("2019年国务院政府工作报告\n各位代表：", 2019),
    ("各位代表：\n一、2018年工作回顾\n过去一年……", 2019),
    ("关于加强某某工作的通知\n澜政发〔2025〕12号\n各市：", 2025),
    ("……特此通知。\n澜江省人民政府\n2024年6月3日", 2024),
    ("同志们：今天我们开会。", None),
    # words between the year and 工作回顾 (and 和 before a plan period); 的工作 alone is the year's own work
    ("各位代表：\n一、2030年和“十六五”时期工作回顾\n过去五年……\n三、2031年主要工作\n", 2031),
    ("各位代表：\n三、2031年的工作\n2031年，是关键一年。", None),
    ("2030年，全市主要工作取得进展。", None),  # a clause, no heading
])
def test_doc_year(text, year):
    assert doc_year(text, None) == year


def test_doc_year_prefers_the_date():
    assert doc_year("2019年国务院政府工作报告", "2021-03-05") == 2021


@pytest.mark.parametrize("head,mode", [
    ("关于推进某项改革的实施意见\n澜政办发〔2025〕3号\n", "directive"),
    ("某某市三年行动方案\n为落实……", "directive"),
    ("同志们：\n今天召开会议……", "narrative"),
    ("各位代表：\n现在，我代表市人民政府……", "narrative"),
    ("澜江省人民政府令\n第12号\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于全省。\n"
     "第三条 主管部门负责实施。", "directive"),
    ("同志们：今天开会。我讲三点意见。第一条是抓学习。", "narrative"),
])
def test_doc_mode(head, mode):
    assert doc_mode(head) == mode


def test_plan_periods_are_data():
    rows = read_tsv("plan_periods.tsv")
    by = {int(r["number"]): (int(r["start"]), int(r["end"])) for r in rows}
    assert by[14] == (2021, 2025) and by[15] == (2026, 2030)
    for n, (a, b) in by.items():
        assert b - a == 4


def test_lexicons_load():
    lex = lexicon()
    assert lex.units["个百分点"].kind == "percentage_points"
    assert lex.units["个月"].canonical == "月"
    assert {u.kind for u in lex.units.values()} <= KINDS
    assert set(lex.cmp_before.values()) | set(lex.cmp_after.values()) <= COMPARATORS
    assert lex.periods["年均"] == "年"
    assert set(lex.words.values()) <= {"word", "name", "slogan", "ordinal"}


# ---------------------------------------------------------------- properties over generated phrases

UNITS = [("人", "人", 1), ("名", "名", 1), ("个", "个", 1), ("所", "所", 1), ("万元", "元", 10**4),
         ("亿元", "元", 10**8), ("万人", "人", 10**4), ("公里", "公里", 1), ("个月", "月", 1), ("天", "天", 1)]
CUES = [("不低于", ">="), ("不少于", ">="), ("不超过", "<="), ("超过", ">"), ("低于", "<"), ("约", "~")]
_FW = str.maketrans("0123456789", "０１２３４５６７８９")


@given(st.integers(min_value=2, max_value=99_999), st.sampled_from(UNITS), st.sampled_from(CUES),
       st.sampled_from(["arabic", "fullwidth", "chinese"]))
@settings(max_examples=150, deadline=None)
def test_generated_targets(n, unit, cue, form):
    written = {"arabic": str(n), "fullwidth": str(n).translate(_FW), "chinese": to_chinese(n)}[form]
    u_text, u_canon, factor = unit
    phrase = f"全县要确保新增{cue[0]}{written}{u_text}。"
    clean = normalize(phrase).clean
    qs = [q for q in find_quantities(clean) if q.role == "target"]
    assert len(qs) == 1, (phrase, qs)
    q = qs[0]
    assert q.value == pytest.approx(n * factor)
    assert q.unit == u_canon
    assert q.comparator == cue[1]
    assert clean[q.start:q.end] == q.text


@given(st.integers(min_value=1, max_value=60), st.integers(min_value=1, max_value=60),
       st.sampled_from(["－", "-", "—", "–", "~", "～", "至", "到"]))
@settings(max_examples=100, deadline=None)
def test_generated_ranges(a, b, dash):
    lo, hi = sorted((a, b))
    if lo == hi:
        hi += 1
    phrase = f"增速要保持在{lo}%{dash}{hi}%。"
    (q,) = [q for q in find_quantities(normalize(phrase).clean) if q.role == "target"]
    assert (q.value, q.upper, q.comparator, q.unit) == (lo, hi, "between", "%")


# ---------------------------------------------------------------- texts without paragraph breaks


_REVIEW = "全县各级各部门攻坚克难，经济社会发展取得了新成效。"


@pytest.mark.parametrize("n_review", [0, 40, 80])
def test_one_line_speech_reports_the_past(n_review):
    """A speech on one line: a 今后 said long before a later review does not make its
    figures targets; only the figures its own sentences set are."""
    text = ("同志们：今后一个时期，我们要保持定力。" + _REVIEW * n_review
            + "全县人均收入达到4.2万元，城镇化率超过68%，新增市场主体1.5万户。"
            + "今年要新增就业岗位8000个，城镇调查失业率控制在5.5%以内。")
    got = {q.text: q.role for q in find_quantities(text) if q.role in ("target", "fact")}
    assert got["8000个"] == "target" and got["控制在5.5%以内"] == "target", got
    if n_review >= 40:  # far from 今后: the review's figures are facts
        assert got["4.2万元"] == got["超过68%"] == got["1.5万户"] == "fact", got


def test_one_line_speech_many_past_figures_are_facts():
    review = "".join(f"过去五年，全市新建学校{i}所，完成投资{i * 10}亿元。" for i in range(11, 61))
    text = "同志们：今后五年，要新建学校50所。" + review + "那时，全市只有小学30所。"
    targets = [q.text for q in find_targets(text)]
    assert targets == ["50所"], targets


# ---------------------------------------------------------------- Traditional characters


_TRAD = ("我們將於來年增撥 3,200萬元經常開支，為長者提供 2 300個新增資助宿位，並將服務擴展至另外 4個地區。"
         "這項措施會令更多長者受惠，政府會繼續檢討有關安排，確保兩年內完成。")


def test_fold_keeps_length_and_detects_traditional():
    assert looks_traditional(_TRAD) and not looks_traditional("我们将于明年增拨资金，为长者提供宿位。" * 5)
    f = fold(_TRAD)
    assert len(f) == len(_TRAD) and "万元" in f and "们" in f
    assert fold("一般的简体文本。") == "一般的简体文本。"


def test_traditional_read_with_or_without_t2s():
    """The quantities stage reads a Traditional text the same whether or not the normaliser
    converted it; the records keep the text as written."""
    plain = [(q.start, q.end, q.value, q.comparator, q.role) for q in find_quantities(normalize(_TRAD).clean)]
    conv = [(q.start, q.end, q.value, q.comparator, q.role)
            for q in find_quantities(normalize(_TRAD, t2s=True).clean)]
    assert plain == conv
    tq = {q.text: q for q in find_targets(normalize(_TRAD).clean)}
    assert tq["3,200萬元"].value == 3.2e7 and tq["2 300個"].value == 2300 and tq["2 300個"].unit == "個"


@pytest.mark.parametrize("text, number", [
    ("1　总则\n1.1　目的\n各地要在2小时内报告。\n2　职责\n2.1　指挥部\n4应急响应\n4.1　程序\n", "4"),  # no space
    ("1　总则\n1.1　目的\n各地要在2小时内报告。\n2　职责\n2.1　指挥部\n", "2.1"),
    ("附件\n序号\n任务类型\n重点内容\n1\n规划管控\n编制规划。\n2\n设施建设\n要建设泵站3座。\n", "2"),
])
def test_numbering_markers_are_ordinals(text, number):
    """A number the structure stage reads as an item's marker is no quantity."""
    from pipeline.structure import find_directives

    clean = normalize(text).clean
    directives, _ = find_directives(clean)
    qs = [q for q in find_quantities(clean, directives=directives) if q.text == number]
    assert qs and all(q.role == "ordinal" for q in qs)
    assert all(q.role == "target" for q in find_quantities(clean, directives=directives)
               if q.text in ("2小时", "3座"))
