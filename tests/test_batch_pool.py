"""The local worker pool: documents behind a crash, a runaway and a raise are all done (the
stuck worker is replaced), each error names its stage, a document's time bound starts when
a worker takes it up, an abort or a killed batch leaves no worker behind, and one that cannot
start says why."""
from __future__ import annotations

import subprocess
import sys
import time

import psutil
import pytest

from pipeline.batch.inputs import Item
from pipeline.batch.pool import LocalExecutor
from pipeline.batch.schema import arrow_tables
from pipeline.batch.testing import (
    CRASH_MARK,
    LOOP_MARK,
    NAP_ENV,
    RAISE_MARK,
    sample_text,
)
from pipeline.batch.work import WorkOptions


def _item(i: int, extra: str = "") -> Item:
    data = (sample_text(i) + extra).encode("utf-8")
    return Item(f"doc{i}.txt", f"doc{i}.txt", f"k{i}", len(data), data=data)


def _run(items, **opts):
    ex = LocalExecutor(WorkOptions(**opts), workers=1)
    try:
        futures = [ex.submit(it) for it in items]  # all queued at once, one worker
        return [f.result(timeout=120) for f in futures]
    finally:
        ex.close()


def pool_workers() -> list:
    """This process's worker processes (multiprocessing's resource tracker left out)."""
    alive = []
    for c in psutil.Process().children(recursive=True):
        try:
            cmd = " ".join(c.cmdline())
            if "spawn_main" in cmd and c.status() != psutil.STATUS_ZOMBIE:
                alive.append(c)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_documents_behind_a_crash_a_runaway_and_a_raise_are_all_done():
    items = [_item(0, CRASH_MARK), _item(1), _item(2, LOOP_MARK), _item(3), _item(4, RAISE_MARK), _item(5)]
    out = _run(items, stages="pipeline.batch.testing:unruly_stages", timeout=1.5)
    by = {o.source: o for o in out}
    assert [o.source for o in out] == [it.source for it in items]
    assert (by["doc0.txt"].stage, by["doc0.txt"].reason) == ("unruly", "worker process died (killed by SIGKILL)")
    assert (by["doc2.txt"].stage, by["doc2.txt"].reason) == ("unruly", "timed out after 1.5 s; document stopped")
    assert by["doc4.txt"].stage == "unruly" and "RuntimeError" in by["doc4.txt"].reason
    for name in ("doc1.txt", "doc3.txt", "doc5.txt"):  # one worker: each came after a replacement
        assert by[name].ok, by[name].reason
        assert arrow_tables(by[name].tables)["requirements"].num_rows > 0


def test_the_time_bound_counts_from_when_a_worker_takes_the_document_up(monkeypatch):
    # each document sleeps 0.5 s under a 1.2 s bound, one worker: the fourth waits 1.5 s
    # before it starts, which must not count against it
    monkeypatch.setenv(NAP_ENV, "0.5")
    out = _run([_item(i) for i in range(6, 10)], stages="pipeline.batch.testing:slow_stages", timeout=1.2)
    assert [o.reason for o in out] == ["", "", "", ""]


def test_abort_stops_the_workers_and_returns():
    ex = LocalExecutor(WorkOptions(stages="pipeline.batch.testing:unruly_stages"), workers=2)
    futures = [ex.submit(_item(i, LOOP_MARK)) for i in range(5)]
    deadline = time.monotonic() + 60
    while len(pool_workers()) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(pool_workers()) == 2
    t0 = time.monotonic()
    ex.close(abort=True)
    assert time.monotonic() - t0 < 15
    assert all(f.done() for f in futures)
    assert pool_workers() == []


def test_a_worker_that_cannot_start_says_why():
    from pipeline.batch.pool import WorkerStartError

    ex = LocalExecutor(WorkOptions(stages="no_such_module_here:make"), workers=1)
    try:
        with pytest.raises(WorkerStartError, match="could not start: ModuleNotFoundError.*no_such_module_here"):
            ex.submit(_item(1)).result(timeout=120)
    finally:
        ex.close()


BATCH_CODE = """
import sys
from pipeline.batch.inputs import Item
from pipeline.batch.pool import LocalExecutor
from pipeline.batch.testing import LOOP_MARK
from pipeline.batch.work import WorkOptions
if __name__ == "__main__":
    ex = LocalExecutor(WorkOptions(stages="pipeline.batch.testing:unruly_stages"), workers=1)
    f = ex.submit(Item("loop.txt", "k", "c", 10, text="一、总体要求\\n" + LOOP_MARK))
    print("submitted", flush=True)
    f.result()
"""


def test_a_killed_batch_leaves_no_worker_behind(tmp_path):
    script = tmp_path / "batch.py"
    script.write_text(BATCH_CODE, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "submitted"
        me = psutil.Process(proc.pid)
        deadline = time.monotonic() + 60
        while not [c for c in me.children() if "spawn_main" in " ".join(c.cmdline())]:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(3.0)  # the worker is in its endless loop by now (or still loading its models)
        workers = [c for c in me.children() if "spawn_main" in " ".join(c.cmdline())]
        proc.kill()
        proc.wait(timeout=30)
        _, alive = psutil.wait_procs(workers, timeout=5)
        assert alive == []
    finally:
        proc.kill()
        proc.stdout.close()
