"""The research commands: train, terms, formulas, compare (help, output, one-line errors)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.research import textmodel
from pipeline.research.categories import classify

TINY = """text,label
新建污水处理厂，提高污水收集率,环境
治理城市黑臭水体，改善河道水质,环境
推进垃圾分类，减少填埋总量,环境
削减燃煤锅炉，降低空气污染,环境
县医院增设急诊科，缩短抢救等待,卫生
扩大医保报销范围，减轻看病负担,卫生
乡镇卫生院配备全科医生,卫生
开展慢性病筛查和健康管理,卫生
新建中小学校，增加学位供给,教育
提高乡村教师工资待遇,教育
推进职业院校与企业合作办学,教育
加强学生体育锻炼和近视防控,教育
"""

SPEECH = ("同志们：\n一、提高认识\n要增强“四个意识”，还要坚定“四个自信”，做到两个维护。\n"
          "二、抓好粮食\n要稳定粮食生产，保护耕地，耕地面积不减少。\n")


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)


@pytest.mark.parametrize("command", ["terms", "formulas", "compare", "train"])
def test_help(command):
    out = run(command, "--help")
    assert out.exit_code == 0
    assert "Usage:" in out.output and "Example" in out.output


def test_train_fits_a_users_scheme_and_prints_cv_macro_f1(tmp_path):
    labels = tmp_path / "labels.csv"
    labels.write_text(TINY, encoding="utf-8")
    model = tmp_path / "mine.json"
    out = run("train", labels, "-o", model)
    assert out.exit_code == 0, out.output
    m = re.search(r"12 sentences, 3 labels; cross-validated macro-F1 (\d\.\d{3}) \(4-fold, stratified\)", out.output)
    assert m, out.output
    loaded = textmodel.load(model)
    assert loaded.meta["scheme"] == "labels" and loaded.meta["cv_folds"] == 4
    assert float(m.group(1)) == pytest.approx(loaded.meta["cv_macro_f1"], abs=1e-3)
    assert set(loaded.classes) == {"环境", "卫生", "教育"}
    assert classify(["推进垃圾分类，减少填埋总量", "提高乡村教师工资待遇"], str(model)) == ["环境", "教育"]


def test_train_without_enough_examples_for_cv_still_writes_a_model(tmp_path):
    labels = tmp_path / "two.csv"
    labels.write_text("text,label\n保护耕地,农业\n新建医院,卫生\n", encoding="utf-8")
    out = run("train", labels, "-o", tmp_path / "m.json", "--name", "x")
    assert out.exit_code == 0
    assert "macro-F1 n/a" in out.output
    assert textmodel.load(tmp_path / "m.json").meta["scheme"] == "x"


def _zhpolicy(*args):
    env = dict(os.environ)
    env.pop("ZHPOLICY_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_train_bad_csv_is_one_line_naming_the_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("sentence,category\n甲,乙\n", encoding="utf-8")
    p = _zhpolicy("train", bad, "-o", tmp_path / "m.json")
    assert p.returncode == 1
    assert p.stderr.strip().count("\n") == 0
    assert str(bad) in p.stderr and "needs columns text,label" in p.stderr
    assert not (tmp_path / "m.json").exists()


@pytest.fixture
def speech(tmp_path):
    p = tmp_path / "speech.txt"
    p.write_text(SPEECH, encoding="utf-8")
    return p


def test_formulas_counts(speech):
    out = run("formulas", speech, "--format", "json")
    assert out.exit_code == 0
    assert {r["formula"]: r["count"] for r in json.loads(out.output)} == {"两个维护": 1, "四个自信": 1, "四个意识": 1}
    csv_out = run("formulas", speech, "--format", "csv").output.splitlines()
    assert csv_out[0] == "source,doc_id,formula,count" and len(csv_out) == 4
    hits = json.loads(run("formulas", speech, "--hits", "--format", "json").output)
    raw = speech.read_text(encoding="utf-8")
    assert [raw[h["start"]:h["end"]] for h in hits] == sorted(["两个维护", "四个意识", "四个自信"], key=raw.index)


def test_terms_table_and_json(speech, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("要提高医保报销比例，医保基金严格监管，县医院提高急诊能力。\n", encoding="utf-8")
    rows = json.loads(run("terms", speech, other, "--top", "3", "--format", "json").output)
    docs = {r["doc"] for r in rows}
    assert docs == {str(speech), str(other), "(corpus)"}
    assert "粮食" in {r["term"] for r in rows if r["doc"] == str(speech)}
    assert "医保" in {r["term"] for r in rows if r["doc"] == str(other)}
    assert all(r["rank"] <= 3 for r in rows)
    table = run("terms", speech, "-n", "2").output
    assert table.startswith(f"== {speech}") and "(corpus)" not in table


def test_compare_prints_changed_targets_then_new_and_dropped(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("全年目标：生产总值增速6%左右。\n要保护耕地，坚决遏制耕地非农化。\n"
                 "要扩大有效投资，加快重大项目建设。\n", encoding="utf-8")
    b.write_text("全年目标：生产总值增速5%左右。\n要扩大有效投资，加快重大项目建设。\n"
                 "要发展人工智能产业，培育新的增长点。\n", encoding="utf-8")
    out = run("compare", a, b)
    assert out.exit_code == 0
    text = out.output
    assert text.index("== changed targets") < text.index("== new requirements") < text.index("== dropped requirements")
    changed = text[text.index("== changed targets"):text.index("== new requirements")]
    assert "约6% → 约5%" in changed
    assert "人工智能" in text[text.index("== new requirements"):text.index("== dropped requirements")]
    assert "耕地" in text[text.index("== dropped requirements"):]
    data = json.loads(run("compare", a, b, "--format", "json").output)
    assert [(c["a_value"], c["b_value"]) for c in data["changed_targets"]] == [("约6%", "约5%")]
    assert [r["text"].rstrip("。") for r in data["new_requirements"]] == ["要发展人工智能产业，培育新的增长点"]


def test_missing_file_is_one_line(tmp_path):
    p = _zhpolicy("formulas", tmp_path / "nope.txt")
    assert p.returncode != 0
    assert "Traceback" not in p.stderr
    assert "nope.txt" in p.stderr
