"""The local executor's lanes: the next document waits in the child's pipe, nothing is lost
when a child dies, and each document's time bound starts when the child takes it up."""
from __future__ import annotations

import os

import pytest

from pipeline.batch.inputs import Item
from pipeline.batch.schema import arrow_tables
from pipeline.batch.lanes import LaneExecutor
from pipeline.batch.testing import CRASH_MARK, LOOP_MARK, NAP_ENV, RAISE_MARK, sample_text
from pipeline.batch.work import WorkOptions


def _item(i: int, extra: str = "") -> Item:
    data = (sample_text(i) + extra).encode("utf-8")
    return Item(f"doc{i}.txt", f"doc{i}.txt", f"k{i}", len(data), data=data)


def _run(items, **opts):
    ex = LaneExecutor(WorkOptions(**opts), workers=1)
    try:
        futures = [ex.submit(it) for it in items]  # all queued at once: each lane keeps two in its child
        return [f.result(timeout=120) for f in futures]
    finally:
        ex.close()


def test_documents_behind_a_crash_a_runaway_and_a_raise_are_all_done():
    items = [_item(0, CRASH_MARK), _item(1), _item(2, LOOP_MARK), _item(3), _item(4, RAISE_MARK), _item(5)]
    out = _run(items, stages="pipeline.batch.testing:unruly_stages", timeout=3)
    by = {o.source: o for o in out}
    assert [o.source for o in out] == [it.source for it in items]
    assert "worker process died" in by["doc0.txt"].reason and by["doc0.txt"].stage == "unruly"
    assert "timed out after 3 s" in by["doc2.txt"].reason and by["doc2.txt"].stage == "unruly"
    assert "RuntimeError" in by["doc4.txt"].reason
    for name in ("doc1.txt", "doc3.txt", "doc5.txt"):
        assert by[name].ok, by[name].reason
        assert arrow_tables(by[name].tables)["requirements"].num_rows > 0


def test_the_time_bound_counts_from_when_the_child_takes_the_document_up(monkeypatch):
    # each document sleeps 1.2 s under a 2 s bound; the second waits ~1.2 s in the pipe first,
    # which must not count against it
    monkeypatch.setenv(NAP_ENV, "1.2")
    out = _run([_item(7), _item(8), _item(9)], stages="pipeline.batch.testing:slow_stages", timeout=2)
    assert [o.reason for o in out] == ["", "", ""]


@pytest.mark.skipif(not hasattr(os, "getpgid"), reason="POSIX only")
def test_abort_kills_the_children_and_returns():
    ex = LaneExecutor(WorkOptions(stages="pipeline.batch.testing:unruly_stages"), workers=1)
    futures = [ex.submit(_item(i, LOOP_MARK)) for i in range(3)]
    ex.close(abort=True, timeout=30)
    assert all(f.done() for f in futures)
    assert all(not lane.thread.is_alive() for lane in ex._lanes)


@pytest.mark.skipif(not os.path.exists("/proc/self/environ"), reason="reads /proc")
def test_a_worker_computes_on_one_thread_unless_told_otherwise(monkeypatch):
    from pipeline.batch.sandbox import Sandbox, child_env

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")  # the user's own setting stays
    assert child_env()["OMP_NUM_THREADS"] == "3"
    sb = Sandbox(WorkOptions())
    sb.start()
    try:
        with open(f"/proc/{sb.pid}/environ", "rb") as fh:
            env = dict(kv.split(b"=", 1) for kv in fh.read().split(b"\0") if b"=" in kv)
    finally:
        sb.stop()
    assert env[b"OPENBLAS_NUM_THREADS"] == b"1" and env[b"MKL_NUM_THREADS"] == b"1"
    assert env[b"OMP_NUM_THREADS"] == b"3"
