"""Requirement categories: labelled sets, the JSON model, cross-validated macro-F1, categorize()."""
from __future__ import annotations

import json
import re
from collections import Counter

import numpy as np
import pytest

from pipeline.errors import ZhpolicyError
from pipeline.load import from_text
from pipeline.normalize import normalize
from pipeline.pipeline import Result
from pipeline.records import Directive, Requirement
from pipeline.research import categories as C
from pipeline.research import textmodel
from pipeline.resources import model_path

from conftest import shared_path

CV_FLOOR = 0.8


@pytest.mark.parametrize("scheme", C.SCHEMES)
def test_labelled_set_is_big_varied_and_uses_the_scheme_labels(scheme):
    rows = C.labelled_set(scheme)
    counts = Counter(r.label for r in rows)
    assert len(rows) >= 350
    assert set(counts) == set(C.labels(scheme))
    assert min(counts.values()) >= 35
    assert len({r.text for r in rows}) == len(rows), "duplicate sentences"


@pytest.mark.parametrize("scheme", C.SCHEMES)
def test_cross_validated_macro_f1_reaches_the_floor(scheme):
    rows = C.labelled_set(scheme)
    f1 = textmodel.cross_validate([r.text for r in rows], [r.label for r in rows], folds=5, seed=0)
    assert f1 >= CV_FLOOR
    shipped = C.load_model(scheme)
    # the figure stored in the shipped model is the one this test reproduces
    assert shipped.meta["cv_macro_f1"] == pytest.approx(f1, abs=1e-3)
    assert shipped.meta["n"] == len(rows)


@pytest.mark.parametrize("scheme", C.SCHEMES)
def test_shipped_model_is_plain_json_with_the_scheme_classes(scheme):
    path = model_path(f"categories_{scheme}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == textmodel.FORMAT
    assert set(data["classes"]) == set(C.labels(scheme))
    assert len(data["vocabulary"]) == len(data["idf"]) == len(data["coef"][0])


def _fitted(texts, labels):
    pipe = textmodel.sklearn_pipeline(**textmodel.settings(len(texts))).fit(texts, labels)
    return pipe, textmodel.fit(texts, labels)


@pytest.mark.parametrize("n_labels", [2, 3])
def test_rebuilt_predictor_equals_the_sklearn_pipeline(n_labels):
    rows = [r for r in C.labelled_set("cadre") if r.label in C.labels("cadre")[:n_labels]]
    texts, labels = [r.text for r in rows], [r.label for r in rows]
    pipe, model = _fitted(texts[::2], labels[::2])
    probe = texts[1::2]
    expected = pipe.decision_function(probe)
    expected = expected.reshape(len(probe), -1)
    got = model.decision(probe)
    if n_labels == 2:
        got = got[:, 1:]
    np.testing.assert_allclose(got, expected, atol=1e-9)
    again = textmodel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.predict(probe) == list(pipe.predict(probe))


@pytest.mark.parametrize("text, scheme, expected", [
    ("每年安排一批年轻干部到边境乡镇任职两年，在艰苦环境里增长才干。", "cadre", "实践锻炼"),
    ("组织部门要经常到基层走走看看，把群众口碑好的年轻人早一点纳入视野。", "cadre", "发现识别"),
    ("对因大胆探索出现失误的干部，依规减轻或者免除责任。", "cadre", "激励保护"),
    ("干部提拔前必须在一定范围内公示，听取群众意见。", "cadre", "选拔任用"),
    ("分批组织科级干部到市委党校脱产学习一个月。", "cadre", "教育培训"),
    ("年度考核要把完成重点任务的实绩作为评定等次的主要依据。", "cadre", "考核评价"),
    ("新建三座污水处理厂，城市生活污水集中收集率提高到七成。", "general", "生态环境"),
    ("加快县医院能力建设，让大病不出县。", "general", "医疗卫生"),
    ("落实最严格的耕地保护制度，稳定粮食生产。", "general", "乡村农业"),
    ("扩大义务教育优质学位供给，缓解城区学校大班额。", "general", "教育"),
    ("支持企业牵头承担关键技术攻关项目。", "general", "科技创新"),
    ("集中排查整治燃气管道和电动车充电的安全隐患。", "general", "安全稳定"),
])
def test_clear_sentences_of_our_own_get_their_category(text, scheme, expected):
    assert C.classify([text], scheme) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("同志们，这次会议研究年轻干部工作。组织部门要把优秀年轻干部的发现、培养、选拔、管理统筹起来，"
     "领导班子要带头关心干部成长，干部选拔任用要坚持事业为上。", "cadre"),
    ("本市今年力争全市生产总值增速在5%上下，新增城镇就业10万人，"
     "群众收入稳步提高。要多上好项目，发展现代农业，治理好河流湖泊。", "general"),
    ("", "general"),
])
def test_auto_scheme_follows_cadre_cue_words(text, expected):
    assert C.detect_scheme(text) == expected


def _result(text: str, items: list[tuple[str, str]]) -> Result:
    """A Result with one numbered item per (title, requirement text), built by hand."""
    doc = from_text(text)
    dirs, reqs = [], []
    for k, (title, req) in enumerate(items):
        start = text.index(req)
        dirs.append(Directive(k, None, 1, f"{'一二三'[k]}、", k + 1, title, start, start + len(req)))
        reqs.append(Requirement(k + 1, req, start, start + len(req), "obligation", 4, directive=k))
    return Result(document=doc, text=normalize(text), directives=tuple(dirs), requirements=tuple(reqs))


def test_categorize_fills_the_category_column():
    items = [("加强实践锻炼", "要选派年轻干部到乡村振兴一线驻村工作。"),
             ("从严管理监督", "对违反纪律的干部要严肃处理。"),
             ("完善考核评价", "年度考核结果要作为干部奖惩的依据。")]
    text = "".join(f"{'一二三'[k]}、{t}\n{r}\n" for k, (t, r) in enumerate(items))
    res = _result(text, items)
    out = C.categorize(res, "cadre")
    assert [r.category for r in out.requirements] == ["实践锻炼", "监督管理", "考核评价"]
    assert list(out.table()["category"]) == ["实践锻炼", "监督管理", "考核评价"]
    assert all(r.category == "" for r in res.requirements)  # the input is untouched (frozen records)
    # auto: this text is dense in cadre cue words
    assert [r.category for r in C.categorize(res).requirements] == ["实践锻炼", "监督管理", "考核评价"]


def test_categorize_without_requirements_returns_the_result():
    res = _result("没有要求的一段话。", [])
    assert C.categorize(res, "general") is res


@pytest.mark.parametrize("content, reason", [
    ("sentence,category\n甲,乙\n", "needs columns text,label"),
    ("text,label\n只有一个标签,甲\n另一句,甲\n", "at least two labels"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
])
def test_bad_label_files_name_the_file_and_reason(tmp_path, content, reason):
    p = tmp_path / "labels.csv"
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(ZhpolicyError, match=re.escape(reason)) as exc:
        C.read_labels(p)
    assert str(p) in str(exc.value)


@pytest.mark.parametrize("content, reason", [
    ("{not json", "not JSON"),
    ('{"format": "something-else"}', "not a zhpolicy text model"),
    ('{"format": "zhpolicy-textmodel/1", "classes": ["a", "b"]}', "broken text model"),
])
def test_bad_model_files_name_the_file_and_reason(tmp_path, content, reason):
    p = tmp_path / "model.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ZhpolicyError, match=reason):
        textmodel.load(p)


# The example speech: its twelve 一是/二是/三是 items under 一、…四、, with the category each one
# is about, fixed by reading the speech.
SEED_ITEMS = [
    ("一、", "一是", "多渠道发现", "发现识别"),
    ("一、", "二是", "近距离了解", "发现识别"),
    ("一、", "三是", "立体式研判", "发现识别"),
    ("二、", "一是", "注重激励保护", "激励保护"),
    ("二、", "二是", "实行跟踪管理", "监督管理"),
    ("二、", "三是", "做到优进绌退", "监督管理"),
    ("三、", "一是", "要加强政治历练", "教育培训"),
    ("三、", "二是", "要加强能力训练", "教育培训"),
    ("三、", "三是", "要加强基层磨炼", "实践锻炼"),
    ("四、", "一是", "要统筹资源，刚性配备", "选拔任用"),
    ("四、", "二是", "要综合比选，大胆使用", "选拔任用"),
    ("四、", "三是", "要健全制度，形成常态", "选拔任用"),
]
_NEXT_ITEM = re.compile(r"[一二三四五六七八九十]是")


def seed_item(text: str, section: str, marker: str, title: str) -> tuple[str, str]:
    """(title, body) of one item: from its marker to the next 一是/二是… or the end of the paragraph."""
    sec = re.search(r"(?m)^" + re.escape(section), text)
    assert sec, section
    at = text.index(marker + title, sec.start())
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    nxt = _NEXT_ITEM.search(text, at + len(marker), line_end)
    body = text[at + len(marker) + len(title): nxt.start() if nxt else line_end]
    return title, body


def test_seed_speech_items_get_sensible_categories():
    """At least 10 of the 12 items must be right.  Two items are honestly mixed: under 二、/二是
    (实行跟踪管理) most of the text is about 考核纪实, 年度考核 and 适岗性评估, and under 三、/三是
    (加强基层磨炼) the text leaves the 墩苗计划 after one clause for a long passage on punishing
    officials who 躺平 — a reader may code either by its body rather than its heading."""
    text = shared_path("corpora", "seed", "cadre_training_speech.txt").read_text(encoding="utf-8")
    assert C.detect_scheme(text) == "cadre"
    pairs = [seed_item(text, sec, marker, title) for sec, marker, title, _ in SEED_ITEMS]
    got = C.classify_items([t for t, _ in pairs], [b for _, b in pairs], "cadre")
    expected = [cat for *_, cat in SEED_ITEMS]
    right = sum(g == e for g, e in zip(got, expected))
    assert right >= 10, list(zip([t for t, _ in pairs], expected, got))


def test_cached_models_and_schemes_are_read_only():
    model = C.load_model("cadre")
    with pytest.raises(ValueError):
        model.coef[0, 0] = 1.0
    with pytest.raises(TypeError):
        model.vocabulary["新词"] = 0
    with pytest.raises(TypeError):
        C.scheme_info()["auto"]["cues"]["干部"] = 100


@pytest.mark.parametrize("scheme", ["cadre", "general"])
def test_shared_headings_are_scored_once_with_the_same_result(scheme):
    # classify_items scores each distinct heading once; the scores must be those of scoring
    # every row's heading (rows are independent), bit for bit
    bodies = ["各地要加强干部教育培训，每年至少组织一次集中轮训", "严禁违规发放津贴补贴",
              "推进老旧小区改造，完善养老托育设施", "鼓励企业加大研发投入", "落实谈心谈话制度"]
    titles = ["加强能力训练", "", "保障和改善民生", "加强能力训练", "  "]
    model = C.load_model(scheme)
    has = np.array([bool(t.strip()) for t in titles])
    want = model.decision(bodies) + 0.5 * model.decision(titles) * has[:, None]
    got = C.classify_items(titles, bodies, scheme, title_weight=0.5)
    assert got == [model.classes[i] for i in want.argmax(axis=1)]
    heads = sorted({t for t in titles if t.strip()})
    per = model.decision(heads)
    for t, row in zip(titles, model.decision(titles)):
        if t.strip():
            assert np.array_equal(row, per[heads.index(t)])
