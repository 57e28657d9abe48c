"""``pipeline.evaluate``: the column-by-column scorer, and ``zhpolicy evaluate`` as a user runs it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pipeline.evaluate import char_f1, evaluate_document, full_phrase, score_requirements

TEXT = ("二、推进设施建设\n"
        "（一）巩固和完善农村基本经营制度，加快新建充电桩。（牵头单位：区交通委；责任单位：区财政局、各镇）\n"
        "（二）鼓励企业参与运营。\n")


@pytest.mark.parametrize("gold, pred, expected", [
    ("农村基本经营制度", "农村基本经营制度", 1.0),
    ("地方政府专项债券", "方政府专项债券", 2 * 7 / 15),
    ("", "", 1.0),
    ("实训基地", "", 0.0),
    ("实训 基地", "实训基地", 1.0),
])
def test_char_f1(gold, pred, expected):
    assert char_f1(gold, pred) == pytest.approx(expected)


def test_full_phrase_reads_the_rest_from_the_text():
    assert full_phrase(TEXT, "农村基本", 8, TEXT.index("巩固")) == "农村基本经营制度"


@pytest.mark.parametrize("text, prefix, length, expected", [
    ("我們會研究向長者發放 “生活津貼 ”的安排", "向長者發放“", 11, "向長者發放“生活津貼”"),  # the text spaces the prefix
    ("發放 “津貼 ”，再發放 “補助 ”", "發放“補", 6, "發放“補助”"),
    ("没有这个短语", "另一个", 5, "另一个"),
])
def test_full_phrase_matches_a_prefix_the_text_spaces(text, prefix, length, expected):
    """A stored prefix holds no white space (gold objects are squashed); the text may space it."""
    assert full_phrase(text, prefix, length, len(text)) == expected


def _req(anchor, **fields):
    start = TEXT.index(anchor)
    return {"start": start, "end": start + len(anchor), "modality": "obligation", "actor": "", **fields}


GOLD = {"doc": "x.txt", "requirements": [
    {"anchor": "巩固和完善农村", "modality": "obligation", "actor": "", "action": ["巩固和完善"],
     "object": "农村基本", "object_len": 8, "lead": "区交通委", "partners": ["区财政局", "各镇"],
     "deadline": "2026-12-31"},
    {"anchor": "鼓励企业参与", "modality": "encouragement", "actor": "企业", "action": ["参与"], "object": "运营",
     "lead": "", "partners": [], "deadline": None},
]}


@pytest.mark.parametrize("pred, column, ok, n_pred", [
    ({"action": "巩固和完善", "object": "农村基本经营制度"}, "action", 1, 1),
    ({"action": "巩固", "object": "和完善农村基本经营制度"}, "action", 0, 1),
    ({"action": "巩固和完善", "object": "农村基本经营制度"}, "object", 1, 1),
    ({"action": "巩固", "object": "和完善农村基本经营制度"}, "object", 1, 1),  # overlap 0.84 still counts
    ({"object": "完善农村"}, "object", 0, 1),
    ({"lead": "区交通委", "partners": ["区财政局", "各镇"]}, "lead", 1, 1),
    ({"lead": "区财政局"}, "lead", 0, 1),
    ({"lead": "区交通委", "partners": ["区财政局", "各镇"]}, "partners", 2, 2),
    ({"partners": ["区财政局", "区教育局"]}, "partners", 1, 2),
    ({"deadline": "2026-12-31"}, "deadline", 1, 1),
    ({"deadline": "2026"}, "deadline", 0, 1),
    ({}, "deadline", 0, 0),
])
def test_requirement_columns(pred, column, ok, n_pred):
    scores = score_requirements(GOLD, TEXT, {"requirements": [_req("巩固和完善农村基本经营制度", **pred)]})
    s = scores.scores[column]
    assert (s.tp, s.n_pred) == (ok, n_pred), s.diffs
    assert s.n_gold == {"lead": 1, "partners": 2, "deadline": 1}.get(column, 2)


def test_every_difference_is_listed():
    pred = {"requirements": [_req("巩固和完善", action="巩固", object="和完善农村", lead="区财政局"),
                             _req("加快新建充电桩")]}
    scores = evaluate_document(GOLD, TEXT, pred)
    diffs = [d for s in scores.values() for d in s.diffs]
    assert any(d.startswith("action at") for d in diffs)
    assert any(d.startswith("lead at") for d in diffs)
    assert any(d.startswith("requirement missing") for d in diffs)
    assert scores["requirements"].tp == 1 and scores["requirements"].n_pred == 2


def zhpolicy(*args, cwd=None):
    env = dict(os.environ)
    env.pop("ZHPOLICY_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


def test_cli_evaluate_a_sample(tmp_path):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gold = os.path.join(root, "corpora", "samples", "county_cadre_speech.json")
    p = zhpolicy("evaluate", gold, "--format", "json", "--per-document")
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    cols = {r["column"] for r in rows if r["document"] == "TOTAL"}
    assert {"directives", "targets", "target.value", "requirements", "modality", "actor"} <= cols
    assert all(0 <= r["f1"] <= 1 for r in rows)


def test_cli_evaluate_saved_predictions(tmp_path):
    text = tmp_path / "doc.txt"
    text.write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "doc.gold.json"
    gold.write_text(json.dumps({**GOLD, "doc": "doc.txt"}, ensure_ascii=False), encoding="utf-8")
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / "doc.json").write_text(json.dumps({"requirements": [
        _req("巩固和完善", action="巩固和完善", object="农村基本经营制度", lead="区交通委")]}, ensure_ascii=False),
        encoding="utf-8")
    p = zhpolicy("evaluate", gold, "--root", tmp_path, "--pred-dir", preds, "--diffs")
    assert p.returncode == 0, p.stderr
    assert "lead: gold=1 pred=1 ok=1" in p.stdout
    assert "requirement missing: '鼓励企业参与'" in p.stdout


def test_cli_evaluate_bad_gold_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    p = zhpolicy("evaluate", bad)
    assert p.returncode == 1
    assert "bad.json" in p.stderr and "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_cli_evaluate_help():
    p = zhpolicy("evaluate", "--help")
    assert p.returncode == 0 and "--pred-dir" in p.stdout


def test_repeated_paths_are_paired_one_for_one():
    gold = {"directives": [{"path": ["(一)"], "title": "摸清底数"}, {"path": ["(二)"], "title": "集中整治"},
                           {"path": ["(一)"], "title": "加强领导"}]}
    pred = {"directives": [{"id": 1, "parent": None, "marker": "(一)", "title": "摸清底数"},
                           {"id": 2, "parent": None, "marker": "(二)", "title": "集中整治"},
                           {"id": 3, "parent": None, "marker": "(一)", "title": "加强领导"}]}
    from pipeline.evaluate import score_directives

    s = score_directives(gold, pred)
    assert (s.tp, s.n_pred, s.n_gold) == (3, 3, 3), s.diffs
    s = score_directives(gold, {"directives": pred["directives"][:2]})
    assert (s.tp, s.n_gold) == (2, 3) and s.diffs == ["directive (一): missing ('加强领导')"]


def test_a_long_actor_is_read_back_from_the_text():
    from pipeline.evaluate import gold_text

    text = "（二）国务院有关部门和省、自治区、直辖市人民政府要加强指导。"
    g = {"anchor": "要加强指导", "actor": "国务院有关部门和省、自治区、", "actor_len": 21}
    assert gold_text(g, "actor", text, text.index("要加强")) == "国务院有关部门和省、自治区、直辖市人民政府"
    assert gold_text({"actor": "各区"}, "actor", text, 0) == "各区"
