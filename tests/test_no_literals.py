"""Words live in models/: the modules moved there hold no Chinese word list as a literal, every
text key code asks for exists, and the texts read back as the code used to spell them (issue 17)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipeline import resources
from pipeline.batch.testing import sample_text
from pipeline.deadlines import words as deadline_words
from pipeline.export.ledger import COLUMNS, deadline_text

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
DONE = ["deadlines.py", "script.py", "requirements/responsibility.py", "requirements/verbphrase.py",
        "requirements/predicates.py", "requirements/clauses.py", "quantities/scan.py", "quantities/context.py",
        "quantities/roles.py", "quantities/lexicon.py", "structure/blocks.py", "batch/testing.py", "batch/pool.py",
        "export/ledger.py", "export/checklist.py", "web/app.py", "web/messages.py", "web/view.py", "web/edits.py",
        "cli/__init__.py", "cli/extract.py"]


def cjk_literals(source: str) -> list[str]:
    """String constants outside docstrings with two or more CJK characters."""
    tree = ast.parse(source)
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in docs and len(CJK.findall(n.value)) >= 2]


@pytest.mark.parametrize("source, expected", [
    ('"""文档说明。"""\nX = "一"\n', []),
    ('X = ("加强", "加快")\n', ["加强", "加快"]),
    ('X = re.compile(r"[年月日]")\n', ["[年月日]"]),
])
def test_the_count_sees_word_lists(source, expected):
    assert cjk_literals(source) == expected


@pytest.mark.parametrize("module", DONE)
def test_no_word_list_left_in(module):
    assert cjk_literals((PIPELINE / module).read_text(encoding="utf-8")) == []


def test_every_ui_key_in_code_exists():
    keys = {r["key"] for r in resources.read_tsv("ui_zh.tsv")}
    asked = {m for p in PIPELINE.rglob("*.py") for m in re.findall(r"\bui\(\"([\w.]+)\"\)", p.read_text("utf-8"))}
    assert asked and asked <= keys


@pytest.mark.parametrize("key, expected", [
    ("web.http.404", "找不到页面"),
    ("web.reason.too_large", "文件太大（{0} 字节），超过上限 {1} 字节。"),
    ("ledger.footer", "第 &P 页，共 &N 页"),
])
def test_ui_texts(key, expected):
    assert resources.ui(key) == expected


def test_unknown_ui_key_names_the_file():
    with pytest.raises(KeyError, match="ui_zh.tsv"):
        resources.ui("no.such.key")


@pytest.mark.parametrize("deadline, expected", [
    ("2026-12-31", "2026年底前"), ("2026-06-30", "2026年6月底前"), ("2026-06-15", "2026年6月15日前"),
    ("2025-03", "2025年3月底前"), ("open", "长期坚持"),
])
def test_ledger_deadline_wording_from_the_file(deadline, expected):
    assert deadline_text(deadline) == expected


def test_ledger_columns():
    assert COLUMNS == ("序号", "工作任务", "具体要求", "牵头单位", "责任单位", "完成时限", "量化指标", "备注")


def test_sample_speech_keeps_its_lines():
    text = sample_text(3)
    assert text.startswith("关于推进第3项重点工作的讲话\n（2024年3月4日）\n\n同志们：\n")
    assert "完成率达到63%以上。\n" in text and "每季度至少开展4次督查。\n" in text and text.endswith("第3种做法。\n")


@pytest.mark.parametrize("role, expected", [
    ("to_word", ("到", "至", "截至")),
    ("plan_tail", ("末期", "末", "期间", "时期", "内")),  # a longer word before its prefix
])
def test_deadline_words_in_file_order(role, expected):
    assert deadline_words(role) == expected
