"""CSV export escapes cells a spreadsheet would run as a formula; numbers stay numbers."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from pipeline.export.csv_ import escape_cell, write_frame


@pytest.mark.parametrize("value,expected", [
    ('=HYPERLINK("http://x.example","点此")', '\'=HYPERLINK("http://x.example","点此")'),
    ("-1+1", "'-1+1"),
    ("+86 河西县", "'+86 河西县"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("县农业局牵头", "县农业局牵头"),
    ("2027年底前", "2027年底前"),
    (-3, -3),
    (2.5, 2.5),
])
def test_escape_cell(value, expected):
    assert escape_cell(value) == expected


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x.example","点此")', "-1+1"])
def test_written_csv_has_no_formula(tmp_path, text):
    df = pd.DataFrame({"req_id": [7], "text": [text], "actor": ["=1+1"], "value": [-2.5]})
    path = write_frame(df, tmp_path / "t.csv")
    row = next(csv.DictReader(path.open(encoding="utf-8-sig", newline="")))
    assert row == {"req_id": "7", "text": "'" + text, "actor": "'=1+1", "value": "-2.5"}
