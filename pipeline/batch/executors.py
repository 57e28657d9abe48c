"""Where documents run: a local pool of worker processes, this process, or a Dask cluster.

Every executor offers the same four calls — ``submit(item) -> future``,
``wait_any(futures) -> done``, ``result(future) -> Outcome`` and ``close()`` — so the batch loop in
:mod:`pipeline.batch.runner` is one code path for all.

* :class:`~pipeline.batch.pool.LocalExecutor`: ``workers`` worker processes (pebble); a
  document past the time bound has its worker stopped and replaced.
* :class:`InlineExecutor`: ``workers=0``, everything in this process (debugging, tests).
* :class:`DaskExecutor`: ``--scheduler tcp://HOST:8786`` connects to a running cluster;
  ``--scheduler local`` starts a ``distributed.LocalCluster`` here.  Each Dask worker runs the
  document function itself (:mod:`pipeline.batch.dask_plugin`), with the time bound enforced
  in the task's thread.
"""
from __future__ import annotations

import concurrent.futures as cf
import contextlib
import logging
import os
import time
from dataclasses import replace
from typing import Iterable, Optional

from ..errors import ZhpolicyError
from .inputs import Item
from .pool import LocalExecutor
from .work import Outcome, WorkOptions, build_pipeline, process


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class InlineExecutor:
    """Documents run here, in this process, one at a time (``workers=0``): for debugging
    and quick tests.  No worker process, so the time bound is not enforced."""

    capacity = 1

    def __init__(self, opts: WorkOptions):
        self.opts = opts
        self._nlp = None

    def submit(self, item: Item) -> cf.Future:
        if self._nlp is None:
            self._nlp = build_pipeline(self.opts)
        future: cf.Future = cf.Future()
        future.set_result(process(item, self._nlp, self.opts))
        return future

    @staticmethod
    def wait_any(futures: Iterable[cf.Future]) -> set:
        return {f for f in futures if f.done()}

    @staticmethod
    def result(future: cf.Future) -> Outcome:
        return future.result()

    def close(self, abort: bool = False) -> None:
        self._nlp = None


DASK_LOGGERS = ("distributed", "distributed.client")  # (the second has a level of its own)


class SchedulerLost(ZhpolicyError):
    """The connection to the Dask scheduler is gone (it stopped, or the network did): the
    documents in flight are lost to this run, what was committed stays, and a rerun (against
    a scheduler that runs again) does the rest."""

    def __init__(self, address: str):
        super().__init__(address, f"lost the Dask scheduler at {address}; rerun to continue", stage="scheduler")

    def __str__(self) -> str:
        return self.reason


class DaskExecutor:
    """Documents on a Dask cluster: ``"local"`` (a LocalCluster here) or a scheduler address.

    A lost scheduler is noticed within :data:`POLL` seconds (the client's state, or its futures
    cancelled), not after the client's own attempts to reconnect, and raised as
    :class:`SchedulerLost`; a lost worker is Dask's business (it reschedules the documents)."""

    POLL = 0.5  # seconds between two looks at the client's connection while waiting for results

    def __init__(self, opts: WorkOptions, scheduler: str, workers: int):
        try:
            from distributed import Client, LocalCluster

            from .dask_plugin import PLUGIN_NAME, PipelinePlugin, run_on_worker
        except ImportError as exc:
            raise ZhpolicyError(scheduler, f"Dask is not installed ({exc}); pip install 'zhpolicy[dask]'",
                                stage="scheduler") from None
        self._cluster = self._client = None
        # Dask's client logs at INFO, with tracebacks, what it copes with (a lost worker, a
        # closed connection): the batch reports what matters in one line, so only its errors show
        self._restore_logs = _set_levels(logging.ERROR, *DASK_LOGGERS)
        try:
            if scheduler == "local":
                self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
            else:
                self._client = Client(scheduler, timeout="20s")
            self._client.register_plugin(PipelinePlugin(opts), name=PLUGIN_NAME)
            self.capacity = max(1, sum(self._client.nthreads().values()))
        except (OSError, TimeoutError) as exc:  # (a connection closed while starting is an OSError too)
            if self._client is not None:
                _set_levels(logging.CRITICAL + 1, *DASK_LOGGERS)
                with contextlib.suppress(Exception):
                    self._client.close(timeout=2)
            if self._cluster is not None:
                self._cluster.close()
            self._restore_logs()
            raise ZhpolicyError(scheduler, f"cannot reach the Dask scheduler ({exc})", stage="scheduler") from None
        self.address = self._cluster.scheduler_address if self._cluster is not None else scheduler
        self._lost = False
        self._task = run_on_worker
        self._plugin_name = PLUGIN_NAME

    def submit(self, item: Item):
        self._check()
        return self._client.submit(self._task, item, pure=False)

    def wait_any(self, futures: Iterable) -> set:
        from distributed import client, wait

        cancelled = getattr(client, "FuturesCancelledError", cf.CancelledError)  # (older Dask: CancelledError)
        futures = list(futures)
        while True:
            self._check()
            try:
                done = wait(futures, timeout=self.POLL, return_when="FIRST_COMPLETED").done
            except TimeoutError:
                continue
            except (cancelled, cf.CancelledError):  # the client cancels them when it loses the scheduler
                self._lose()
            if any(f.cancelled() for f in done):
                self._lose()
            return set(done)

    def result(self, future) -> Outcome:
        """The document's outcome; :class:`SchedulerLost` when fetching it failed because the
        connection to the scheduler is gone (not a row in ``errors``: the rerun does it again)."""
        from distributed.comm.core import CommClosedError

        try:
            return future.result()
        except (CommClosedError, cf.CancelledError):
            deadline = time.monotonic() + 2 * self.POLL  # the client may not have noticed yet
            while self._client.status == "running" and time.monotonic() < deadline:
                time.sleep(0.05)
            self._check()
            raise

    def _check(self) -> None:
        if self._client.status != "running":
            self._lose()

    def _lose(self):
        self._lost = True
        raise SchedulerLost(self.address)

    def close(self, abort: bool = False) -> None:
        if self._lost:  # nobody to talk to: no goodbyes, and its cancelled reconnection not logged
            _set_levels(logging.CRITICAL + 1, *DASK_LOGGERS)
            with contextlib.suppress(Exception):  # it has nothing left to lose; the error said what happened
                self._client.close(timeout=2)
        else:
            with contextlib.suppress(Exception):  # best effort; the workers may be gone
                self._client.unregister_worker_plugin(self._plugin_name)
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._restore_logs()


def _set_levels(level: int, *names: str):
    """Set these loggers to ``level``; return the function that restores their levels."""
    loggers = [logging.getLogger(n) for n in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(level)
    return lambda: [lg.setLevel(lv) for lg, lv in zip(loggers, levels)]


MAIN_ARROW_WORKERS = 4  # up to this many local workers, the main process builds the Arrow tables


def arrow_in_workers(workers: int, scheduler: Optional[str] = None) -> bool:
    """Where a document's rows become Arrow tables.

    Here, in the main process, beside up to :data:`MAIN_ARROW_WORKERS` local workers: a worker
    then sends plain lists (smaller to pickle) and imports neither pyarrow nor pandas, and the
    whole batch spends less CPU — measured on two cores, three interleaved runs each: one
    worker 1.63 against 1.52 MB/s, two workers 3.15 against 3.08 MB/s.  The main process
    spends about 0.07 s of CPU per MB so (0.057 without the conversion), about a seventh of a
    core per worker; with more workers than that it would become the bottleneck, so they
    convert.  On a Dask cluster every result comes to this one process: the workers convert."""
    if scheduler:
        return True
    return workers > MAIN_ARROW_WORKERS


def make_executor(opts: WorkOptions, *, workers: Optional[int] = None, scheduler: Optional[str] = None):
    """A :class:`DaskExecutor` when ``scheduler`` is given, an :class:`InlineExecutor` for
    ``workers=0``, else a :class:`LocalExecutor` (``workers`` None: all cores)."""
    if workers == 0 and not scheduler:
        return InlineExecutor(opts)
    workers = workers or default_workers()
    opts = replace(opts, arrow=arrow_in_workers(workers, scheduler))
    if scheduler:
        return DaskExecutor(opts, scheduler, workers)
    return LocalExecutor(opts, workers)
