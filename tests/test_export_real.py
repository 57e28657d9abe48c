"""The writers on real pipeline output (../shared documents; skipped when it is absent)."""
from __future__ import annotations

import json

import docx
import openpyxl
import pandas as pd
import pytest
from conftest import shared_path

import pipeline
from pipeline.export import checklist, write

DOCS = [("corpora", "seed", "cadre_training_speech.txt"), ("corpora", "real", "gov_work_report_2019.txt")]


@pytest.fixture(scope="module")
def results():
    return [pipeline.extract(shared_path(*parts)) for parts in DOCS]


def test_every_format_reads_back_the_same_rows(results, tmp_path):
    n_req = sum(len(r.requirements) for r in results)
    want_text = [req.text for r in results for req in r.requirements]
    csv = pd.read_csv(write(results, tmp_path / "r.csv"), encoding="utf-8-sig", keep_default_na=False)
    parquet = pd.read_parquet(write(results, tmp_path / "r.parquet"))
    wb = openpyxl.load_workbook(write(results, tmp_path / "r.xlsx"), read_only=True)
    rows = list(wb["requirements"].iter_rows(values_only=True))
    xlsx_text = [row[rows[0].index("text")] for row in rows[1:]]
    jsonl = [json.loads(ln) for ln in write(results, tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert csv["text"].tolist() == parquet["text"].tolist() == xlsx_text == want_text
    assert len(csv) == n_req
    assert [len(d["requirements"]) for d in jsonl] == [len(r.requirements) for r in results]
    assert [len(d["directives"]) for d in jsonl] == [len(r.directives) for r in results]
    directives = list(wb["directives"].iter_rows(min_row=2, values_only=True))
    assert len(directives) == sum(len(r.directives) for r in results)


def test_checklist_holds_every_requirement_and_heading(results, tmp_path):
    res = results[0]
    md = checklist.to_markdown([res])
    assert md.count("- [ ] ") == len(res.requirements)
    boxes = [p.text for p in docx.Document(str(checklist.write([res], tmp_path / "c.docx"))).paragraphs
             if p.text.startswith("☐ ")]
    assert len(boxes) == len(res.requirements)
    headings = [p for p in docx.Document(str(tmp_path / "c.docx")).paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) == 1 + len(res.directives) + (1 if any(r.directive is None for r in res.requirements) else 0)
