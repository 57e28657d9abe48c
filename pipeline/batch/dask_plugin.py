"""The Dask side of a batch: a worker plugin that builds the pipeline in each Dask worker
(one per worker thread, warmed up), and the task that runs one document with it — the
document function itself, in the Dask worker, with no pool of processes inside.

The time bound: when a document overruns it, a timer raises :class:`DocumentTimeout` in the
task's thread (between two Python bytecodes), and the document gets the error row naming its
stage.  A stage stuck inside C code never reaches a bytecode; past a grace period the timer
then kills the Dask worker process, which its nanny replaces, and Dask retries or gives up on
the task (``KilledWorker``: an error row at the stage "worker").  Imported only when Dask is
used."""
from __future__ import annotations

import ctypes
import gc
import os
import signal
import threading

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from .inputs import Item
from .pool import timed_out, warm_up
from .work import Outcome, WorkOptions, build_pipeline, process

PLUGIN_NAME = "zhpolicy-pipeline"
GRACE = 10.0  # seconds after the bound before a document stuck in C code costs its Dask worker


class DocumentTimeout(BaseException):
    """Raised in a task's thread when its document overruns the time bound (a BaseException:
    a stage's ``except Exception`` does not swallow it)."""


class PipelinePlugin(WorkerPlugin):
    name = PLUGIN_NAME

    def __init__(self, opts: WorkOptions):
        self.opts = opts
        self._local: threading.local | None = None

    def setup(self, worker) -> None:
        self._local = threading.local()

    def pipeline(self):
        """This thread's pipeline (built and warmed up on first use)."""
        nlp = getattr(self._local, "nlp", None)
        if nlp is None:
            nlp = self._local.nlp = build_pipeline(self.opts, notify=self._notify)
            warm_up(nlp, self.opts)
            gc.collect()
            gc.freeze()
        return nlp

    def _notify(self, name: str) -> None:
        self._local.stage = name

    def run(self, item: Item) -> Outcome:
        nlp, timeout = self.pipeline(), self.opts.timeout
        self._local.stage = "load"
        if not timeout:
            return process(item, nlp, self.opts, notify=self._notify)
        bound = _Bound(timeout)
        try:
            out = process(item, nlp, self.opts, notify=self._notify)
        except DocumentTimeout:
            out = None
        while True:  # the timeout may land while the timer is being stopped
            try:
                bound.end()
                break
            except DocumentTimeout:
                out = None
        return out or timed_out(item, self._local.stage, timeout)


class _Bound:
    """A timer that raises :class:`DocumentTimeout` in this thread after ``timeout`` seconds,
    and kills this process if the thread is still busy ``GRACE`` seconds later."""

    def __init__(self, timeout: float):
        self.thread = threading.get_ident()
        self.lock = threading.Lock()
        self.ended = threading.Event()
        self.fired = False
        self.timer = threading.Timer(timeout, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            if self.ended.is_set():
                return
            self.fired = True
            _async_raise(self.thread, DocumentTimeout)
        if not self.ended.wait(GRACE):
            os.kill(os.getpid(), signal.SIGKILL)  # stuck in C code: the nanny starts a fresh worker

    def end(self) -> None:
        with self.lock:
            self.ended.set()
            self.timer.cancel()
            if self.fired:
                _async_raise(self.thread, None)  # one raised but not yet delivered: drop it


def _async_raise(thread: int, exc) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(exc) if exc else None)


def run_on_worker(item: Item) -> Outcome:
    """The Dask task: one document through this worker's pipeline."""
    return get_worker().plugins[PLUGIN_NAME].run(item)
