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
    r = Pipeline(until="quantities").text("今年要新增就业8万人，去年增长了6%。2024年3月召开“十四五”总结会，做到“两个维护”。")
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
