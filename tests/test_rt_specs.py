"""Recognizers-Text's own Chinese number, percent and range specs in our conventions
(../shared/peer/recognizers_text_zh), scored by ../shared/tools/eval_rt_specs.py through the CLI:
the README's recall and precision must hold (a structure or quantity rule that takes a line's
leading number for a section number shows here first)."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import SHARED

SCRIPT = SHARED / "tools" / "eval_rt_specs.py"


@pytest.mark.shared
@pytest.mark.skipif(not SCRIPT.exists(), reason="needs ../shared/tools/eval_rt_specs.py")
def test_rt_specs_recall_and_precision():
    p = subprocess.run([sys.executable, str(SCRIPT), f"{sys.executable} -m pipeline", "--show", "20"],
                       capture_output=True, text=True, timeout=600, check=False)
    print(p.stdout[-4000:])
    assert p.returncode == 0, p.stderr
    recall = float(re.search(r"rt_specs recall=([0-9.]+)", p.stdout)[1])
    precision = float(re.search(r"precision=([0-9.]+)", p.stdout)[1])
    assert recall >= 0.99 and precision == 1.0


@pytest.mark.parametrize("line, value, unit", [
    ("9.5成。", 95, "%"),
    ("２．４個百分點。", 2.4, "个百分点"),
    ("12個百分點。", 12, "个百分点"),
    ("２成。", 20, "%"),
])
def test_a_line_opening_with_a_number_and_its_unit_is_no_section_number(line, value, unit):
    from pipeline.pipeline import Pipeline

    r = Pipeline().text("各项指标如下：\n" + line + "\n" + "1.5倍。\n")
    got = [(q.value, q.unit) for q in r.targets + r.quantities if q.start >= 8 and q.start < 8 + len(line)]
    assert (pytest.approx(value), unit) in [(v, u) for v, u in got] or any(abs(v - value) < 1e-6 for v, u in got), got
