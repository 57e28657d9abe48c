"""``zhpolicy extract`` and ``zhpolicy checklist`` run as a user runs them (a subprocess)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import click
import docx
import openpyxl
import pandas as pd
import pytest

from pipeline.cli import COMMANDS
from pipeline.export import FORMATS
from pipeline.table import COLUMNS

SPEECH = (
    "关于做好防汛工作的讲话\n"
    "一、压实责任\n"
    "各乡镇要在5月底前完成隐患排查，排查覆盖率达到100%。\n"
    "二、加强值守\n"
    "严禁擅离职守。值班人员每天至少巡查两次。\n"
)
DOC_KEYS = {"doc_id", "source", "encoding", "chars", "directives", "targets", "requirements", "sentences", "warnings"}


def zhpolicy(*args, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("ZHPOLICY_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], input=stdin, capture_output=True,
                          env=env, cwd=cwd, timeout=120, check=False)


@pytest.fixture
def speech(tmp_path):
    p = tmp_path / "speech.txt"
    p.write_text(SPEECH, encoding="utf-8")
    return p


def _one_line_error(proc, name: str) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert name in err, err
    return err


# --- extract ------------------------------------------------------------------------------

def test_format_json_prints_one_document_object(speech):
    proc = zhpolicy("extract", speech, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, dict) and DOC_KEYS <= set(data)
    assert data["source"] == str(speech) and data["encoding"] == "utf-8" and data["chars"] == len(SPEECH)
    assert "".join(SPEECH[s["start"]:s["end"]] for s in data["sentences"]).replace("\n", "") == SPEECH.replace("\n", "")


def test_format_json_several_files_make_a_list(speech, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("各单位要按时报送材料。\n", encoding="utf-8")
    data = json.loads(zhpolicy("extract", speech, other, "--format", "json").stdout)
    assert [d["source"] for d in data] == [str(speech), str(other)]


def test_no_sentences_leaves_them_out(speech):
    data = json.loads(zhpolicy("extract", speech, "--format", "json", "--no-sentences").stdout)
    assert "sentences" not in data and "requirements" in data


def test_standard_input(speech):
    proc = zhpolicy("extract", "-", "--format", "jsonl", stdin=speech.read_bytes())
    assert proc.returncode == 0
    assert json.loads(proc.stdout.decode().splitlines()[0])["source"] == "<stdin>"


def test_output_csv_has_a_bom_and_the_columns(speech, tmp_path):
    out = tmp_path / "reqs.csv"
    proc = zhpolicy("extract", speech, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(pd.read_csv(out, encoding="utf-8-sig").columns) == [c for c, _, _ in COLUMNS["requirements"]]
    assert proc.stdout == b"" and str(out) in proc.stderr.decode()


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_output_every_format(speech, tmp_path, ext):
    out = tmp_path / f"all{ext}"
    proc = zhpolicy("extract", speech, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([speech.name, out.name])  # no temp file left
    if ext == ".xlsx":
        assert openpyxl.load_workbook(out).sheetnames == ["requirements", "directives", "targets", "documents"]
    elif ext == ".parquet":
        assert list(pd.read_parquet(out).columns) == [c for c, _, _ in COLUMNS["requirements"]]
    elif ext in (".json", ".jsonl"):
        assert json.loads(out.read_text(encoding="utf-8").splitlines()[0] if ext == ".jsonl"
                          else out.read_text(encoding="utf-8"))["chars"] == len(SPEECH)
    else:
        assert out.stat().st_size > 0


def test_format_md_prints_a_markdown_table(speech):
    proc = zhpolicy("extract", speech, "--format", "md")
    assert proc.returncode == 0
    assert proc.stdout.decode().splitlines()[0].startswith("| doc_id | req_id |")


def test_default_prints_a_readable_summary(speech):
    proc = zhpolicy("extract", speech)
    assert proc.returncode == 0 and "speech.txt" in proc.stdout.decode()


def _binary(p):
    p.write_bytes(bytes(range(256)) * 8)


def _empty(p):
    p.write_bytes(b"")


def _blank(p):
    p.write_text(" \n\u3000\n", encoding="utf-8")


def _folder(p):
    p.mkdir()


@pytest.mark.parametrize("make,reason", [
    (None, "no such file"), (_empty, "empty"), (_blank, "empty"), (_binary, "binary"), (_folder, "directory"),
])
def test_bad_input_is_one_line_naming_the_file(tmp_path, make, reason):
    bad = tmp_path / "input.txt"
    if make:
        make(bad)
    out = tmp_path / "out.csv"
    proc = zhpolicy("extract", bad, "-o", out)
    err = _one_line_error(proc, str(bad))
    assert reason in err and proc.returncode == 1
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.csv")]


def test_bad_extension_is_refused_before_any_work(speech, tmp_path):
    out = tmp_path / "reqs.txt"
    _one_line_error(zhpolicy("extract", speech, "-o", out), str(out))
    assert not out.exists()


def test_failed_run_keeps_an_existing_output(tmp_path):
    out = tmp_path / "reqs.csv"
    out.write_bytes(b"previous run\n")
    _one_line_error(zhpolicy("extract", tmp_path / "missing.txt", "-o", out), "missing.txt")
    assert out.read_bytes() == b"previous run\n"


def test_keep_going_writes_the_good_documents(speech, tmp_path):
    out = tmp_path / "reqs.jsonl"
    proc = zhpolicy("extract", tmp_path / "missing.txt", speech, "--keep-going", "-o", out)
    assert proc.returncode == 1 and "missing.txt: no such file" in proc.stderr.decode()
    assert [json.loads(ln)["source"] for ln in out.read_text(encoding="utf-8").splitlines()] == [str(speech)]


def test_output_and_format_together_is_a_usage_error(speech, tmp_path):
    proc = zhpolicy("extract", speech, "-o", tmp_path / "a.csv", "--format", "json")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


# --- extract --ledger ------------------------------------------------------------------------

PLAN = (
    "青禾县2026年农村人居环境整治工作方案\n"
    "一、总体目标\n"
    "到2026年底，全县农村生活垃圾无害化处理率达到95%以上。\n"
    "二、重点任务\n"
    "（一）完善垃圾收运体系。各乡镇要在2026年6月底前完成垃圾中转站改造。每个行政村配备保洁员不少于2名。\n"
)
LEDGER_HEADER = ["序号", "工作任务", "具体要求", "牵头单位", "责任单位", "完成时限", "量化指标", "备注"]


@pytest.fixture
def plan(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text(PLAN, encoding="utf-8")
    return p


def test_ledger_xlsx(plan, tmp_path):
    out = tmp_path / "台账.xlsx"
    proc = zhpolicy("extract", plan, "-o", out, "--ledger")
    assert proc.returncode == 0, proc.stderr
    ws = openpyxl.load_workbook(out).active
    header = next(r for r in range(1, 6) if ws.cell(r, 1).value == "序号")
    assert [c.value for c in ws[header]] == LEDGER_HEADER
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1)]
    garbage = next(r for r in rows if (r[2] or "").startswith("各乡镇要在"))
    assert garbage[5] == "2026年6月底前"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == f"${header}:${header}"


def test_ledger_docx(plan, tmp_path):
    out = tmp_path / "台账.docx"
    proc = zhpolicy("extract", plan, "-o", out, "--ledger")
    assert proc.returncode == 0, proc.stderr
    table = docx.Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells] == LEDGER_HEADER
    assert any(row.cells[1].text == "二、（一）完善垃圾收运体系" for row in table.rows[1:])


def test_without_ledger_xlsx_stays_the_workbook(plan, tmp_path):
    out = tmp_path / "reqs.xlsx"
    assert zhpolicy("extract", plan, "-o", out).returncode == 0
    assert openpyxl.load_workbook(out).sheetnames == ["requirements", "directives", "targets", "documents"]


@pytest.mark.parametrize("name", ["台账.csv", "台账.md", "台账"])
def test_ledger_wrong_extension_is_a_one_line_usage_error(plan, tmp_path, name):
    out = tmp_path / name
    proc = zhpolicy("extract", plan, "-o", out, "--ledger")
    err = _one_line_error(proc, str(out))
    assert proc.returncode == 2 and "--ledger" in err and ".xlsx or .docx" in err
    assert not out.exists()


def test_ledger_without_output_is_a_usage_error(plan):
    proc = zhpolicy("extract", plan, "--ledger")
    assert proc.returncode == 2
    _one_line_error(proc, "--ledger")


def test_docx_without_ledger_points_to_the_flag(plan, tmp_path):
    out = tmp_path / "reqs.docx"
    err = _one_line_error(zhpolicy("extract", plan, "-o", out), str(out))
    assert "--ledger" in err and not out.exists()


def test_help_shows_the_ledger_flag():
    out = zhpolicy("extract", "--help").stdout.decode()
    assert "--ledger" in out and "工作台账" in out


# --- checklist ----------------------------------------------------------------------------

def test_checklist_prints_markdown(speech):
    proc = zhpolicy("checklist", speech)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("# 关于做好防汛工作的讲话\n")


@pytest.mark.parametrize("ext", [".md", ".docx"])
def test_checklist_writes_a_file(speech, tmp_path, ext):
    out = tmp_path / f"todo{ext}"
    proc = zhpolicy("checklist", speech, "-o", out)
    assert proc.returncode == 0, proc.stderr
    if ext == ".md":
        assert out.read_text(encoding="utf-8") == zhpolicy("checklist", speech).stdout.decode()
    else:
        assert docx.Document(str(out)).paragraphs[0].text == "关于做好防汛工作的讲话"


def test_checklist_missing_file(tmp_path):
    out = tmp_path / "todo.md"
    _one_line_error(zhpolicy("checklist", tmp_path / "missing.txt", "-o", out), "missing.txt")
    assert not out.exists()


def test_checklist_bad_extension(speech, tmp_path):
    out = tmp_path / "todo.csv"
    _one_line_error(zhpolicy("checklist", speech, "-o", out), str(out))
    assert not out.exists()


# --- help -----------------------------------------------------------------------------------

def test_top_help_lists_every_command():
    out = zhpolicy("--help").stdout.decode()
    assert all(name in out for name in COMMANDS)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help(name):
    proc = zhpolicy(name, "--help")
    out = proc.stdout.decode()
    assert proc.returncode == 0 and out.startswith(f"Usage: zhpolicy {name}")
    assert "(unavailable:" not in out, out.splitlines()[2:4]


@pytest.mark.parametrize("module,attr", [("extract", "extract"), ("checklist", "checklist")])
def test_every_option_is_documented(module, attr):
    import importlib

    command = getattr(importlib.import_module(f"pipeline.cli.{module}"), attr)
    options = [p for p in command.params if isinstance(p, click.Option)]
    assert options and all(p.help for p in options), [p.name for p in options if not p.help]
