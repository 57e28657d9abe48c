"""`zhpolicy batch --scheduler tcp://…` against a real Dask cluster: a `dask scheduler` and two
`dask worker` processes started from this venv on 127.0.0.1 (the project installed there, as a
cluster's workers need it; nothing else).

Over documents of ../shared/corpora/archive (skipped without it): a subset of
:data:`SUBSET` documents by default, to stay within a minute or two on a shared two-core
machine (about 2 minutes under load 6); ``ZHPOLICY_CLUSTER_DOCS=all`` takes the whole archive
(83 documents, 5 MB: about 3 minutes under load 4–9, passed 7 Dec 2026).  Each
case compares every table with a local run of the same documents (``--workers 1``):

* the cluster gives the tables of the local run;
* one worker killed with SIGKILL mid-run (its process group: nanny and worker) — Dask
  reschedules its documents on the other, and the tables are the same;
* the scheduler killed mid-run — one line, ``lost the Dask scheduler at …; rerun to
  continue``, exit 1, within seconds and without a traceback; a rerun against a new
  scheduler adds exactly the documents not committed before, and the tables are the same.

The last case is also run over documents of our own (no ../shared needed, so CI without it
still checks a real cluster), each slowed by a nap stage so that the kill lands mid-run; and
every process of the cluster must listen on 127.0.0.1 only (Dask's default is 0.0.0.0).

Every wait is bounded, and every process started here is killed when a test ends.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import shared_path

from pipeline.batch import run_batch
from pipeline.batch.testing import NAP_ENV, sample_text, snapshot, stderr_lines

pytest.importorskip("distributed")

BIN = Path(sys.executable).parent
ZHPOLICY, DASK = BIN / "zhpolicy", BIN / "dask"
SUBSET = 20  # documents copied from the archive (the first of each folder by name, in turn)
START = 90.0  # seconds a scheduler or its workers may take to start (a loaded machine)
RUN = 600.0  # seconds a batch may take
LOST_WITHIN = 10.0  # seconds from the scheduler's death to the batch's exit (Dask's own client waits 20)
NAPS = "pipeline.batch.testing:slow_stages"  # the standard stages and a nap (NAP_ENV seconds) per document
CHUNK = "2"  # inputs per commit: many commits, so that a kill after the first lands mid-run

pytestmark = pytest.mark.slow


class Cluster:
    """A ``dask scheduler`` and ``workers`` × ``dask worker`` on 127.0.0.1, each in a process
    group of its own (a kill takes the nanny and its worker together)."""

    def __init__(self, folder: Path):
        self.folder, self.procs, self.address = folder, {}, ""

    def start(self, workers: int = 2) -> Cluster:
        self.folder.mkdir(parents=True)
        info = self.folder / "scheduler.json"
        self.procs["scheduler"] = self._start(
            "scheduler", [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0",
                          "--dashboard-address", "127.0.0.1:0", "--scheduler-file", str(info)])
        self.address = self._await_address(info)
        for i in range(workers):
            self.procs[f"worker{i}"] = self._start(
                f"worker{i}", [str(DASK), "worker", self.address, "--host", "127.0.0.1",
                               "--dashboard-address", "127.0.0.1:0", "--nworkers", "1", "--nthreads", "1",
                               "--local-directory", str(self.folder / f"worker{i}")])
        self._await_workers(workers)
        return self

    def _start(self, name: str, args: list[str]) -> subprocess.Popen:
        with open(self.folder / f"{name}.log", "wb") as log:  # (the child keeps its own copy)
            return subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    start_new_session=True)

    def _await_address(self, info: Path) -> str:
        deadline = time.monotonic() + START
        while time.monotonic() < deadline:
            if self.procs["scheduler"].poll() is not None:
                break
            try:
                return json.loads(info.read_text(encoding="utf-8"))["address"]
            except (OSError, ValueError, KeyError):
                time.sleep(0.2)
        raise AssertionError(f"the scheduler did not start: {self.log('scheduler')}")

    def _await_workers(self, n: int) -> None:
        from distributed import Client

        with Client(self.address, timeout=START) as client:
            try:
                client.wait_for_workers(n, timeout=START)
            except TimeoutError:
                raise AssertionError(f"{n} workers did not start: {self.log('worker0')}") from None

    def listening(self) -> set[str]:
        """The addresses the cluster's processes (nannies, workers, scheduler) listen on."""
        import psutil

        out = set()
        for proc in self.procs.values():
            top = psutil.Process(proc.pid)
            for p in [top, *top.children(recursive=True)]:
                out |= {c.laddr.ip for c in p.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN}
        return out

    def log(self, name: str) -> str:
        return (self.folder / f"{name}.log").read_text(encoding="utf-8", errors="replace")[-2000:]

    def kill(self, name: str) -> None:
        proc = self.procs[name]
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:  # gone already
            pass
        proc.wait(timeout=30)

    def close(self) -> None:
        for name in list(self.procs):
            self.kill(name)


@pytest.fixture
def cluster(tmp_path):
    """Start clusters (``cluster()``); each is killed when the test ends, whatever happened."""
    if not DASK.exists():
        pytest.skip(f"no dask command beside {sys.executable}")
    made: list[Cluster] = []

    def start() -> Cluster:
        made.append(Cluster(tmp_path / f"cluster{len(made) + 1}"))  # listed first: killed even if half-started
        return made[-1].start()

    try:
        yield start
    finally:
        for c in made:
            c.close()


@pytest.fixture(scope="module")
def docs(tmp_path_factory, shared_archive) -> Path:
    """The documents: a copy of the archive's first :data:`SUBSET` (or all of them)."""
    folders = [sorted(d.glob("*.txt")) for d in sorted(shared_archive.iterdir()) if d.is_dir()]
    files = [f for group in _interleave(folders) for f in group]
    if os.environ.get("ZHPOLICY_CLUSTER_DOCS") != "all":
        files = files[:SUBSET]
    dest = tmp_path_factory.mktemp("cluster") / "docs"
    for f in files:
        (dest / f.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, dest / f.parent.name / f.name)
    return dest


@pytest.fixture(scope="module")
def shared_archive() -> Path:
    return shared_path("corpora", "archive")


def _interleave(groups):
    """[[a1, a2], [b1]] → [[a1], [b1], [a2]]: the first of each group in turn."""
    longest = max((len(g) for g in groups), default=0)
    return [[g[i]] for i in range(longest) for g in groups if i < len(g)]


@pytest.fixture(scope="module")
def local(docs, tmp_path_factory):
    """A local run of the documents (one worker process): its exit code and rows."""
    store = tmp_path_factory.mktemp("local") / "local.duckdb"
    done = subprocess.run(batch_args(docs, store, "--workers", "1"), check=False, capture_output=True, text=True,
                          timeout=RUN)
    assert done.returncode in (0, 4), done.stderr
    n = len(list(docs.rglob("*.txt")))
    rows = snapshot(store)
    assert sum(rows["sources"].values()) == n
    return done.returncode, rows, n


def batch_args(docs: Path, store: Path, *extra: str) -> list[str]:
    return [str(ZHPOLICY), "batch", str(docs), "--db", str(store), "--chunk-size", CHUNK, *extra]


def run_to_end(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=False, capture_output=True, text=True, timeout=RUN,
                          stdin=subprocess.DEVNULL)


def run_and(args: list[str], action, after_chunk: int = 1):
    """Start the batch (verbose), call ``action()`` at its ``after_chunk``-th commit, let it end:
    ``(exit code, its standard error but the commit lines, seconds from the action to the end)``."""
    proc = subprocess.Popen(args + ["--verbose"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, start_new_session=True)
    said, acted = [], None
    try:
        for line in stderr_lines(proc, RUN):
            if line.startswith("committed chunk "):
                if acted is None and line.startswith(f"committed chunk {after_chunk}:"):
                    assert proc.poll() is None
                    action()
                    acted = time.monotonic()
                continue
            said.append(line)
        rc = proc.wait(timeout=RUN)
        ended = time.monotonic()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        proc.stderr.close()
    assert acted is not None, f"the batch never committed chunk {after_chunk}: {''.join(said)}"
    return rc, "".join(said), ended - acted


def summary_counts(stderr: str) -> tuple[int, int, int]:
    m = re.search(r"(\d+) stored, (\d+) skipped, (\d+) failed", stderr)
    assert m, stderr
    return int(m[1]), int(m[2]), int(m[3])


@pytest.mark.shared
def test_cluster_gives_the_tables_of_a_local_run(docs, local, cluster, tmp_path):
    rc, rows, _ = local
    c = cluster()
    assert c.listening() == {"127.0.0.1"}  # not 0.0.0.0: Dask's default would serve the network
    done = run_to_end(batch_args(docs, tmp_path / "dask.duckdb", "--scheduler", c.address))
    assert done.returncode == rc, done.stderr
    assert snapshot(tmp_path / "dask.duckdb") == rows


@pytest.mark.shared
def test_a_worker_killed_mid_run_costs_nothing(docs, local, cluster, tmp_path):
    rc, rows, _ = local
    c = cluster()
    store = tmp_path / "dask.duckdb"
    got, said, _ = run_and(batch_args(docs, store, "--scheduler", c.address), lambda: c.kill("worker0"))
    assert got == rc, said
    assert snapshot(store) == rows
    assert "Traceback" not in said


@pytest.mark.shared
def test_a_lost_scheduler_is_one_line_and_a_rerun_adds_the_rest(docs, local, cluster, tmp_path):
    rc, rows, n = local
    first = cluster()
    store = tmp_path / "dask.duckdb"
    got, said, took = run_and(batch_args(docs, store, "--scheduler", first.address), lambda: first.kill("scheduler"))
    assert (got, said) == (1, f"zhpolicy: error: lost the Dask scheduler at {first.address}; rerun to continue\n")
    assert took < LOST_WITHIN
    kept = sum(snapshot(store)["sources"].values())
    assert 0 < kept < n  # the first chunk and what had finished with it; none recorded as failed
    first.close()

    second = cluster()
    again = run_to_end(batch_args(docs, store, "--scheduler", second.address))
    assert again.returncode == rc, again.stderr
    stored, skipped, failed = summary_counts(again.stderr)
    assert (skipped, stored + failed) == (kept, n - kept)
    assert snapshot(store) == rows


def test_a_lost_scheduler_without_shared(cluster, tmp_path, monkeypatch):
    """The same over documents of our own (no ../shared needed), each made slow by a nap stage."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(16):
        (docs / f"d{i:02d}.txt").write_text(sample_text(500 + i), encoding="utf-8")
    monkeypatch.setenv(NAP_ENV, "0")
    clean = run_batch([str(docs)], str(tmp_path / "clean.duckdb"), workers=0, categories="none", stages=NAPS)
    monkeypatch.setenv(NAP_ENV, "0.3")  # (the workers started below inherit it)
    first = cluster()
    assert first.listening() == {"127.0.0.1"}
    store = tmp_path / "dask.duckdb"
    args = batch_args(docs, store, "--categories", "none", "--stages", NAPS, "--scheduler", first.address)
    got, said, took = run_and(args, lambda: first.kill("scheduler"))
    assert (got, said) == (1, f"zhpolicy: error: lost the Dask scheduler at {first.address}; rerun to continue\n")
    assert took < LOST_WITHIN
    kept = sum(snapshot(store)["sources"].values())
    assert 0 < kept < 16
    first.close()
    second = cluster()
    again = run_to_end([a if a != first.address else second.address for a in args])
    assert again.returncode == 0, again.stderr
    assert summary_counts(again.stderr) == (16 - kept, kept, 0)
    assert clean.stored == 16 and snapshot(store) == snapshot(tmp_path / "clean.duckdb")


@pytest.mark.parametrize("address, line", [
    ("tcp://10.0.0.5:8786", "lost the Dask scheduler at tcp://10.0.0.5:8786; rerun to continue"),
    ("tcp://127.0.0.1:40001", "lost the Dask scheduler at tcp://127.0.0.1:40001; rerun to continue"),
])
def test_the_lost_scheduler_error_is_one_line_of_an_input_error(address, line):
    from pipeline.batch.executors import SchedulerLost
    from pipeline.errors import ZhpolicyError

    exc = SchedulerLost(address)
    assert str(exc) == line and isinstance(exc, ZhpolicyError)  # the CLI: "zhpolicy: error: …", exit 1
