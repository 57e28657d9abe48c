"""Local worker processes fed two documents at a time.

A :class:`Lane` is one thread driving one :class:`~pipeline.batch.sandbox.Sandbox`.  It
keeps the next document waiting in the child's pipe while the child works on the current
one, so the child never waits for this process between documents (sending a document
and taking back its rows costs a few milliseconds of this process's time, about 6 % of a
worker's time when it waited for them).

The time bound still holds per document: a document's clock starts when the child takes
it up (when the one before it is answered).  When the child dies or is killed, the
document it was working on gets the error row, and the document waiting behind it is
sent again to a fresh child — it is never lost.
"""
from __future__ import annotations

import concurrent.futures as cf
import queue
import threading
import time
from collections import deque
from typing import Optional

from .inputs import Item
from .sandbox import Sandbox, SandboxStartError
from .work import WorkOptions

DEPTH = 2  # documents handed to a child at once: the one it works on and the next
_STOP = None


class Lane:
    """One sandbox and the thread that feeds it from the shared job queue."""

    def __init__(self, opts: WorkOptions, jobs: "queue.SimpleQueue", aborting: threading.Event, depth: int = DEPTH):
        self.sandbox = Sandbox(opts)
        self.jobs, self.aborting, self.depth = jobs, aborting, max(1, depth)
        self.thread = threading.Thread(target=self._loop, name="zhpolicy-lane", daemon=True)

    def _take(self, wait: bool):
        try:
            return self.jobs.get() if wait else self.jobs.get_nowait()
        except queue.Empty:
            return False  # nothing queued right now

    def _loop(self) -> None:
        pending: deque = deque()  # [item, future, started]: sent to the child, oldest first
        stopping = False
        while True:
            while not stopping and len(pending) < self.depth:
                job = self._take(wait=not pending)
                if job is False:
                    break
                if job is _STOP:
                    stopping = True
                    break
                item, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                if not self._send(item, future, pending):
                    break
            if not pending:
                if stopping:
                    return
                continue
            item, future, started = pending.popleft()
            outcome = self.sandbox.receive(item, started)
            future.set_result(outcome)
            if pending and not self.sandbox.alive():
                # the child died or was killed: what waited behind is sent again to a new child
                waiting = list(pending)
                pending.clear()
                for it, fut, _ in waiting:
                    if not self._send(it, fut, pending):
                        break
            elif pending:
                pending[0][2] = time.monotonic()  # the child takes up the next document now

    def _send(self, item: Item, future: cf.Future, pending: deque) -> bool:
        """Send ``item`` (appending it to ``pending``); on failure answer its future and
        return False."""
        if self.aborting.is_set():
            future.cancel() or future.set_exception(cf.CancelledError())
            return False
        try:
            ok = self.sandbox.send(item, idle=not pending)
        except SandboxStartError as exc:
            future.set_exception(exc)
            return False
        if not ok:
            future.set_result(self.sandbox.lost(item, time.monotonic()))
            return False
        pending.append([item, future, time.monotonic()])
        return True


class LaneExecutor:
    """``workers`` lanes sharing one job queue: the local executor of ``zhpolicy batch``."""

    def __init__(self, opts: WorkOptions, workers: int, depth: int = DEPTH):
        self.capacity = max(1, workers)
        self._jobs: "queue.SimpleQueue" = queue.SimpleQueue()
        self._aborting = threading.Event()
        self._lanes = [Lane(opts, self._jobs, self._aborting, depth) for _ in range(self.capacity)]
        for lane in self._lanes:
            lane.thread.start()

    def submit(self, item: Item) -> cf.Future:
        future: cf.Future = cf.Future()
        self._jobs.put((item, future))
        return future

    @staticmethod
    def wait_any(futures) -> set:
        done, _ = cf.wait(list(futures), return_when=cf.FIRST_COMPLETED)
        return done

    def close(self, abort: bool = False, timeout: Optional[float] = None) -> None:
        if abort:
            self._aborting.set()
            self._drain()
            for lane in self._lanes:
                lane.sandbox.kill()
        for _ in self._lanes:
            self._jobs.put(_STOP)
        for lane in self._lanes:
            lane.thread.join(timeout)
        for lane in self._lanes:
            lane.sandbox.stop()

    def _drain(self) -> None:
        """Cancel what no lane has taken yet."""
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not _STOP:
                job[1].cancel()
