"""Kill `zhpolicy batch` with SIGKILL mid-run (twice), re-run, and get exactly the rows of a
clean run: no duplicates, no losses — for the DuckDB store, and for the Parquet folder (its
DuckDB store, and the export the re-run leaves)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.batch.store import PARQUET_DB
from pipeline.batch.testing import NAP_ENV, sample_text, snapshot, stderr_lines

ZHPOLICY = Path(sys.executable).with_name("zhpolicy")
N_DOCS = 30


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("kill") / "in"
    d.mkdir()
    for i in range(N_DOCS - 2):
        (d / f"doc{i:02d}.txt").write_text(sample_text(100 + i), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return d


@pytest.fixture(scope="module")
def expected(corpus, tmp_path_factory):
    """The rows of a clean run (in this process: the rows do not depend on the workers)."""
    clean = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    nap = os.environ.pop(NAP_ENV, None)
    os.environ[NAP_ENV] = "0"
    try:
        s = run_batch([str(corpus)], str(clean), workers=0, chunk_size=3, categories="none",
                      stages="pipeline.batch.testing:slow_stages")
    finally:
        os.environ.pop(NAP_ENV)
        if nap is not None:
            os.environ[NAP_ENV] = nap
    assert (s.stored, s.skipped, s.failed) == (N_DOCS - 2, 0, 2)  # two bad inputs
    rows = snapshot(clean)
    assert len(rows["documents"]) == N_DOCS - 2 and len(rows["errors"]) == 2
    return rows


def batch_args(corpus, store_flag, store, *extra):
    return [str(ZHPOLICY), "batch", str(corpus), store_flag, str(store), "--chunk-size", "3", "--workers", "2",
            "--stages", "pipeline.batch.testing:slow_stages", "--categories", "none", *extra]


def env():
    return dict(os.environ, **{NAP_ENV: "0.1"})


def errors_of(store) -> list:
    """The errors table's (path, reason), to say why two stores differ."""
    from pipeline.batch import read_tables

    errors = read_tables(store)["errors"]
    return list(zip(errors["path"], errors["reason"]))


def run_to_end(args) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=False, capture_output=True, text=True, env=env(), timeout=300)


def run_and_kill(args, after_chunk: int, delay: float = 0.0) -> None:
    """Start the batch, wait for its ``after_chunk``-th commit (+ ``delay`` s), SIGKILL it."""
    proc = subprocess.Popen(args + ["--verbose"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env(), text=True)
    seen = []
    try:
        for line in stderr_lines(proc, 120):
            seen.append(line)
            if line.startswith(f"committed chunk {after_chunk}:"):
                time.sleep(delay)
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        rc = proc.wait(timeout=60)
        proc.stderr.close()
    assert rc == -signal.SIGKILL, f"the batch was not killed mid-run (exit {rc}); it said: {''.join(seen)}"


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["duckdb", "parquet"])
def test_sigkill_and_rerun_gives_the_rows_of_a_clean_run(corpus, expected, tmp_path, kind):
    flag, killed = ("--db", tmp_path / "killed.duckdb") if kind == "duckdb" else ("--parquet", tmp_path / "killed")
    committed = killed if kind == "duckdb" else killed / PARQUET_DB  # the source of truth

    run_and_kill(batch_args(corpus, flag, killed), after_chunk=1)
    partial = snapshot(committed)
    assert 3 <= sum(partial["sources"].values()) < N_DOCS  # something committed, not everything

    run_and_kill(batch_args(corpus, flag, killed), after_chunk=1, delay=0.15)  # lands mid-chunk this time
    again = run_to_end(batch_args(corpus, flag, killed))
    assert again.returncode in (0, 4), again.stderr
    assert snapshot(killed) == expected, errors_of(killed)

    no_op = run_to_end(batch_args(corpus, flag, killed))
    assert no_op.returncode == 0 and f"0 stored, {N_DOCS} skipped, 0 failed" in no_op.stderr
    assert snapshot(killed) == expected
    if kind == "parquet":
        assert snapshot(committed) == expected
        hidden = [f for t in expected for f in os.listdir(killed / t) if f.startswith(".")]
        assert hidden == []
