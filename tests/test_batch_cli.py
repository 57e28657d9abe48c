"""`zhpolicy batch` on the command line: help, the summary line, exit codes, quiet, one-line
errors, and no progress bar when standard error is not a terminal."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import read_tables
from pipeline.batch.progress import BarProgress, NoProgress, make_progress
from pipeline.batch.testing import sample_text

ZHPOLICY = Path(sys.executable).with_name("zhpolicy")


def zh(*args, cwd=None):
    return subprocess.run([str(ZHPOLICY), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120)


def zh_batch(*args, cwd=None):
    """`zhpolicy batch` without the category model (faster; one test covers categories)."""
    return zh("batch", *args, "--categories", "none", cwd=cwd)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"s{i}.txt").write_text(sample_text(600 + i), encoding="utf-8")
    return d


def test_help_names_every_option_and_the_exit_codes():
    out = zh("batch", "--help")
    assert out.returncode == 0
    for opt in ("--db", "--parquet", "--glob", "--text-field", "--id-field", "--workers", "--scheduler", "--force",
                "--quiet", "--timeout", "--max-bytes", "--chunk-size"):
        assert opt in out.stdout
    assert "Exit status" in out.stdout and "4  the batch ran to the end" in out.stdout


def test_summary_line_and_exit_codes(folder, tmp_path):
    out = zh_batch(folder, "--db", tmp_path / "a.duckdb", "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert out.stderr.startswith("zhpolicy batch: 3 stored, 0 skipped, 0 failed")
    assert out.stdout == ""  # no progress bar: standard error is not a terminal
    (folder / "empty.txt").write_bytes(b"")
    out = zh_batch(folder, "--db", tmp_path / "a.duckdb", "--workers", "1")
    assert out.returncode == 4
    assert "0 stored, 3 skipped, 1 failed" in out.stderr and "see the errors table" in out.stderr


def test_default_db_is_created_in_the_working_folder(folder, tmp_path):
    out = zh_batch(folder, "--quiet", "--workers", "1", cwd=tmp_path)
    assert out.returncode == 0 and out.stderr == "" and out.stdout == ""
    assert len(read_tables(tmp_path / "zhpolicy.duckdb")["documents"]) == 3


def test_parquet_option(folder, tmp_path):
    out = zh_batch(folder, "--parquet", tmp_path / "pq", "--workers", "1")
    assert out.returncode == 0, out.stderr
    assert len(read_tables(tmp_path / "pq")["documents"]) == 3
    assert not (tmp_path / "zhpolicy.duckdb").exists()


def test_usage_errors(folder, tmp_path):
    both = zh("batch", folder, "--db", tmp_path / "a.duckdb", "--parquet", tmp_path / "pq")
    assert both.returncode == 2 and "not both" in both.stderr
    assert zh("batch").returncode == 2
    assert zh("batch", folder, "--workers", "-1").returncode == 2
    assert zh("batch", folder, "--chunk-size", "0").returncode == 2


def test_bad_store_is_one_line_not_a_traceback(folder, tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("this is not a database", encoding="utf-8")
    out = zh("batch", folder, "--db", junk)
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and str(junk) in out.stderr and "Traceback" not in out.stderr
    assert junk.read_text(encoding="utf-8") == "this is not a database"


def test_categories_are_filled_by_default_and_a_bad_scheme_is_one_line(folder, tmp_path):
    out = zh("batch", folder, "--db", tmp_path / "a.duckdb", "--workers", "1")
    assert out.returncode == 0, out.stderr
    reqs = read_tables(tmp_path / "a.duckdb")["requirements"]
    assert len(reqs) > 0 and (reqs["category"].fillna("") != "").all()
    bad = zh("batch", folder, "--db", tmp_path / "b.duckdb", "--categories", tmp_path / "no_model.json")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "no_model.json" in bad.stderr
    assert "Traceback" not in bad.stderr and not (tmp_path / "b.duckdb.wal").exists()


def test_bad_stages_is_one_line(folder, tmp_path):
    out = zh("batch", folder, "--db", tmp_path / "a.duckdb", "--stages", "nowhere:nothing")
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "cannot load the stages" in out.stderr


def test_progress_only_on_a_terminal():
    class Tty:
        def isatty(self):
            return True

    class Pipe:
        def isatty(self):
            return False

    assert isinstance(make_progress(True, stream=Pipe()), NoProgress)
    assert isinstance(make_progress(False, stream=Tty()), NoProgress)
    assert isinstance(make_progress(True, stream=Tty()), BarProgress)
