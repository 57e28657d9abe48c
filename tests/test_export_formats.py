"""Every output format round-trips: written, read back (pandas, openpyxl), the same rows."""
from __future__ import annotations

import json
import re

import openpyxl
import pandas as pd
import pytest
from test_export_fixture import make_other_result, make_result

from pipeline.errors import ZhpolicyError
from pipeline.export import FORMATS, format_of, write
from pipeline.export.markdown import cell, to_markdown
from pipeline.export.xlsx import MAX_WIDTH, SHEETS, column_width, display_width
from pipeline.pipeline import tables
from pipeline.table import COLUMNS

DTYPES = {kind: {name: dtype for name, dtype, _ in cols} for kind, cols in COLUMNS.items()}


@pytest.fixture
def results():
    return [make_result(), make_other_result()]


def _string_empty_as_na(df: pd.DataFrame, kind: str) -> pd.DataFrame:
    """CSV cannot tell "" from a missing value: both read back as missing."""
    out = df.copy()
    for name, dtype in DTYPES[kind].items():
        if dtype == "string":
            out[name] = out[name].mask(out[name] == "", pd.NA)
    return out


def test_csv_has_a_bom_and_round_trips(tmp_path, results):
    path = write(results, tmp_path / "reqs.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=DTYPES["requirements"])
    expected = _string_empty_as_na(tables(results), "requirements")
    assert len(back) == 7
    pd.testing.assert_frame_equal(back, expected)


def test_csv_keeps_chinese_and_json_targets(tmp_path, results):
    back = pd.read_csv(write(results, tmp_path / "reqs.csv"), encoding="utf-8-sig")
    row = back[back["req_id"] == 4].iloc[0]
    assert row["actor"] == "各地区各部门"
    assert json.loads(row["targets"])[0]["value"] == 90


def test_parquet_round_trips_with_dtypes(tmp_path, results):
    back = pd.read_parquet(write(results, tmp_path / "reqs.parquet"))
    expected = tables(results)
    assert list(back.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(back.astype(DTYPES["requirements"]), expected)
    assert str(back["req_id"].dtype) == "Int64" and str(back["value"].dtype) == "Float64"


def _sheet_rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _expected_rows(df: pd.DataFrame) -> list[list]:
    """A spreadsheet keeps no empty strings: "" and missing both read back as an empty cell."""
    rows = [list(df.columns)]
    for row in df.itertuples(index=False, name=None):
        rows.append([None if pd.isna(v) or v == "" else v for v in row])
    return rows


@pytest.mark.parametrize("kind", SHEETS)
def test_xlsx_sheet_round_trips(tmp_path, results, kind):
    wb = openpyxl.load_workbook(write(results, tmp_path / "all.xlsx"))
    assert wb.sheetnames == list(SHEETS)
    assert _sheet_rows(wb[kind]) == _expected_rows(tables(results, kind))


def test_xlsx_header_frozen_columns_sized_long_text_wrapped(tmp_path, results):
    ws = openpyxl.load_workbook(write(results, tmp_path / "all.xlsx"))["requirements"]
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "A2"
    assert all(c.font.bold for c in ws[1])
    col = {name: openpyxl.utils.get_column_letter(i) for i, name in enumerate(header, start=1)}
    assert ws.column_dimensions[col["targets"]].width == MAX_WIDTH  # long JSON: capped
    assert ws[f"{col['targets']}2"].alignment.wrap_text
    assert ws.column_dimensions[col["modality"]].width < MAX_WIDTH  # short words: fitted
    assert not ws[f"{col['modality']}2"].alignment.wrap_text
    # Chinese counts double: 各地区各部门 (6 characters) needs a column of at least 12
    assert ws.column_dimensions[col["actor"]].width >= 12


def test_xlsx_text_starting_with_equals_stays_text(tmp_path):
    from dataclasses import replace

    res = make_result()
    first = replace(res.requirements[0], actor="=SUM(A1:A2)")
    res = replace(res, requirements=(first,) + res.requirements[1:])
    ws = openpyxl.load_workbook(write([res], tmp_path / "eq.xlsx"))["requirements"]
    header = [c.value for c in ws[1]]
    cell_ = ws.cell(row=2, column=header.index("actor") + 1)
    assert cell_.value == "=SUM(A1:A2)" and cell_.data_type == "s"


@pytest.mark.parametrize("text,width", [
    ("", 0), ("abc", 3), ("各级党组织", 10), ("90%以上", 7), ("第一行\n长一点的第二行", 14),
])
def test_display_width(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize("header,values,width,wrap", [
    ("unit", ["次", "%", None], 6, False),
    ("actor", ["领导班子成员"], 14, False),
    ("text", ["很" * 40], MAX_WIDTH, True),
])
def test_column_width(header, values, width, wrap):
    assert column_width(header, values) == (width, wrap)


def _md_cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    return [re.sub(r"\\(.)", r"\1", c.strip()) for c in re.split(r"(?<!\\)\|", inner)]


def test_markdown_table_round_trips(tmp_path, results):
    lines = write(results, tmp_path / "reqs.md").read_text(encoding="utf-8").splitlines()
    expected = tables(results)
    assert _md_cells(lines[0]) == list(expected.columns)
    assert re.fullmatch(r"\|(-{3}:?\|)+", lines[1])
    body = [_md_cells(ln) for ln in lines[2:]]
    assert len(body) == len(expected)
    for got, (_, row) in zip(body, expected.iterrows()):
        for name, value in zip(expected.columns, got):
            want = row[name]
            if pd.isna(want):
                assert value == "", name
            elif DTYPES["requirements"][name] in ("Int64", "Float64"):
                assert float(value) == pytest.approx(float(want)), name
            else:
                assert value == want, name


@pytest.mark.parametrize("value,text", [
    (None, ""), (pd.NA, ""), (float("nan"), ""), (2.0, "2"), (6.5, "6.5"), (2e12, "2000000000000"),
    (1 / 3, "0.333333333333333"), ("a|b", "a\\|b"), ("a\\b", "a\\\\b"), ("一行\n二行", "一行<br>二行"), (7, "7"),
])
def test_markdown_cell(value, text):
    assert cell(value) == text


def test_markdown_numeric_columns_right_aligned():
    df = pd.DataFrame({"a": pd.Series([1], dtype="Int64"), "b": pd.Series(["x"], dtype="string")})
    assert to_markdown(df).splitlines()[1] == "|---:|---|"


def test_json_round_trips_one_document_object(tmp_path):
    res = make_result()
    data = json.loads(write([res], tmp_path / "one.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data["doc_id"] == res.doc_id
    back = pd.DataFrame(data["requirements"])
    assert back["text"].tolist() == [r.text for r in res.requirements]
    assert back["directive_path"].tolist()[3] == ["二、", "一是"]
    assert [t["value"] for t in data["targets"]] == [2, 1, 90, 50000]


def test_json_several_documents_make_a_list(tmp_path, results):
    data = json.loads(write(results, tmp_path / "two.json").read_text(encoding="utf-8"))
    assert [d["source"] for d in data] == ["fixture_speech.txt", "other_notice.txt"]


def test_jsonl_round_trips(tmp_path, results):
    back = pd.read_json(write(results, tmp_path / "docs.jsonl"), lines=True, dtype=False)
    assert back["doc_id"].tolist() == [r.doc_id for r in results]
    assert [len(x) for x in back["requirements"]] == [6, 1]
    assert back["requirements"][0][1]["actor"] == "领导班子成员"


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_every_format_writes_with_no_requirements(tmp_path, ext):
    from dataclasses import replace

    empty = replace(make_other_result(), requirements=())
    path = write([empty], tmp_path / f"none{ext}")
    assert path.exists() and path.stat().st_size > 0


@pytest.mark.parametrize("name", ["out.txt", "out", "out.xls", "out.csv.gz"])
def test_unknown_extension_is_a_named_error(name):
    with pytest.raises(ZhpolicyError, match=re.escape(name) + ".*unknown output format"):
        format_of(name)


@pytest.mark.parametrize("name,ext", [("A.CSV", ".csv"), ("x.Xlsx", ".xlsx"), ("d/e.parquet", ".parquet")])
def test_extension_is_case_insensitive(name, ext):
    assert format_of(name) == ext


def test_documents_table_has_one_row_per_document(results):
    docs = tables(results, "documents")
    assert docs["source"].tolist() == ["fixture_speech.txt", "other_notice.txt"]
    assert docs["encoding"].tolist() == ["utf-8", "gb18030"]
    assert docs["date"].tolist()[0] == "2024-03-05"
    assert int(docs["chars"][0]) == len(results[0].document.raw)
