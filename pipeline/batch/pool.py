"""The local worker pool: :class:`pebble.ProcessPool` runs each document in a worker process,
stops a worker whose document overruns the time bound and starts a new one in its place.

What pebble lacks is kept here, and nothing else:

* **the stage a stopped document was in.**  Each document in flight gets a slot of a small
  shared-memory array; the worker writes each stage's name there as it starts (no message per
  stage), and a timeout or a crash reads it, so the ``errors`` row names the stage;
* **a worker dies with the batch** (``PR_SET_PDEATHSIG`` on Linux): a batch killed with
  SIGKILL leaves no runaway worker behind;
* **a warm worker**: it loads its models and runs a tiny text before its first document (whose
  time bound should not pay for them), then moves them out of the garbage collector's sight
  (``gc.freeze``: about 3 % less CPU over the archive, 7.64/8.42 s against 8.02/8.47 s in
  interleaved passes; ≈ 5 % when it was introduced), and lets the collector's youngest generation
  grow to :data:`GC_YOUNG` objects before a pass (Python's default is 700): a document's stages
  pause the collector already, but the end of each document ran a pass over its young objects,
  which all live on until its rows are sent and are freed by reference counting after, so that
  the pass found nothing to free; now one pass comes every ten documents or so, when most of
  them are gone (3–11 % less CPU per document in three interleaved runs of the worker loop in one
  process over a quarter of the archive; 0 and 6 % in two rounds of the loop side by side in two
  processes over the whole archive, with and without it; the same rows);
* **a start failure stops the batch with its reason** (a broken install, not a document).

A worker's clock starts when it takes the document up (pebble's acknowledgement), not when
the document was handed to the pool.  A worker's standard error goes to /dev/null unless
``ZHPOLICY_DEBUG`` is set.

Dropped with the home-made pool, measured not to pay: BLAS/OpenMP thread counts forced to 1
(numpy's OpenBLAS keeps one extra thread per worker, which used 0.03 s of CPU over the whole
archive), each worker's own 1 MB pipe with its next document waiting in it (pebble's shared
task pipe holds the next documents: between 82 documents on one worker the worker waited
0.16–0.17 s in all with the old pool, 0.17–0.29 s with pebble).
"""
from __future__ import annotations

import concurrent.futures as cf
import gc
import multiprocessing as mp
import os
import queue
import signal
import threading

from pebble import ProcessExpired, ProcessPool

from .inputs import Item
from ..resources import sample_text
from .work import Outcome, WorkOptions, build_pipeline, failed, process

STAGE_BYTES = 32  # one slot: the name of the stage running now, NUL-terminated
SLOTS_PER_WORKER = 8  # the runner keeps 4 documents per worker in flight; room to spare
GC_YOUNG = 50_000  # a worker's first collector threshold (see the module's docstring)

WARM_UP_TEXT = sample_text("warm_up")


class WorkerStartError(RuntimeError):
    """A worker process could not start: a problem with the installation, not a document."""


def warm_up(nlp, opts: WorkOptions) -> None:
    """Run a tiny text through the whole work so that models load before the first document.
    A stage that fails here fails later too, on each document, with an error row."""
    process(Item("<warm-up>", "", "", 0, text=WARM_UP_TEXT), nlp, opts)


def timed_out(item: Item, stage: str, timeout: float) -> Outcome:
    """The outcome of a document stopped at the time bound (the same words everywhere it runs)."""
    return failed(item, stage, f"timed out after {timeout:g} s; document stopped")


def died(code: int | None) -> str:
    """A process's exit status in words."""
    if code is None:
        return "exit status unknown"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


# --- in the worker process -----------------------------------------------------------

class _Worker:
    """A worker's pipeline, and the slot of the document it runs now."""

    def __init__(self, opts: WorkOptions, pages):
        self.opts, self.pages, self.slot = opts, pages, -1
        self.nlp = build_pipeline(opts, notify=self.stage)

    def stage(self, name: str) -> None:
        if self.slot >= 0:
            data = name.encode("utf-8")[: STAGE_BYTES - 1] + b"\0"
            start = self.slot * STAGE_BYTES
            self.pages[start:start + len(data)] = data


_WORKER: _Worker | None = None
_START_ERROR = ""


def _die_with_parent(parent: int) -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)


def start_worker(opts: WorkOptions, pages, parent: int) -> None:
    """pebble's initializer: runs once in each new worker process."""
    global _WORKER, _START_ERROR
    _die_with_parent(parent)
    if not os.environ.get("ZHPOLICY_DEBUG"):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    try:
        _WORKER = _Worker(opts, pages)
    except Exception as exc:  # noqa: BLE001 - every document will say it (run_document)
        _START_ERROR = f"{type(exc).__name__}: {exc}"
        return
    warm_up(_WORKER.nlp, opts)
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])  # our own process: fewer passes over live rows


def run_document(item: Item, slot: int) -> Outcome:
    """pebble's task: one document, announcing its stages in ``slot``."""
    if _WORKER is None:
        raise WorkerStartError(f"a worker process could not start: {_START_ERROR or 'no initializer ran'}")
    _WORKER.slot = slot
    return process(item, _WORKER.nlp, _WORKER.opts, notify=_WORKER.stage)


# --- in the batch process --------------------------------------------------------------

class LocalExecutor:
    """``workers`` local processes (pebble); a document past the time bound gets an error row
    naming its stage, and its worker is stopped and replaced."""

    def __init__(self, opts: WorkOptions, workers: int):
        self.capacity = max(1, workers)
        self._timeout = opts.timeout
        ctx = mp.get_context("spawn")  # a fresh interpreter: no threads or DuckDB state forked
        slots = SLOTS_PER_WORKER * self.capacity
        self._pages = ctx.RawArray("c", slots * STAGE_BYTES)
        self._free: queue.SimpleQueue[int] = queue.SimpleQueue()
        for i in range(slots):
            self._free.put(i)
        self._open: set[cf.Future] = set()
        self._lock = threading.Lock()
        self._pool = ProcessPool(self.capacity, initializer=start_worker, initargs=(opts, self._pages, os.getpid()),
                                 context=ctx)

    def submit(self, item: Item) -> cf.Future:
        try:
            slot = self._free.get_nowait()
            self._pages[slot * STAGE_BYTES] = b"\0"
        except queue.Empty:
            slot = -1  # more in flight than slots: a timeout then says "load"
        done: cf.Future = cf.Future()
        with self._lock:
            self._open.add(done)
        task = self._pool.schedule(run_document, (item, slot), timeout=self._timeout)
        task.add_done_callback(lambda t: self._settle(t, item, slot, done))
        return done

    def _stage(self, slot: int) -> str:
        if slot < 0:
            return "load"
        raw = bytes(self._pages[slot * STAGE_BYTES:(slot + 1) * STAGE_BYTES])
        return raw.split(b"\0", 1)[0].decode("utf-8", "replace") or "load"

    def _settle(self, task: cf.Future, item: Item, slot: int, done: cf.Future) -> None:
        """``done`` gets ``task``'s outcome; a stopped or dead worker's document an error row."""
        try:
            if task.cancelled():
                done.cancel()
            else:
                try:
                    done.set_result(task.result())
                except TimeoutError:
                    done.set_result(timed_out(item, self._stage(slot), self._timeout))
                except ProcessExpired as exc:
                    done.set_result(failed(item, self._stage(slot), f"worker process died ({died(exc.exitcode)})"))
                except BaseException as exc:  # noqa: BLE001 - the runner decides (_outcome)
                    done.set_exception(exc)
        except cf.InvalidStateError:  # cancelled by close(abort=True) meanwhile
            pass
        finally:
            with self._lock:
                self._open.discard(done)
            if slot >= 0:
                self._free.put(slot)

    @staticmethod
    def wait_any(futures) -> set:
        done, _ = cf.wait(list(futures), return_when=cf.FIRST_COMPLETED)
        return done

    @staticmethod
    def result(future: cf.Future) -> Outcome:
        return future.result()

    def close(self, abort: bool = False) -> None:
        """Wait for the workers to finish (``abort``: stop them now, and cancel what is left)."""
        if abort:
            self._pool.stop()
        else:
            self._pool.close()
        self._pool.join()
        with self._lock:
            left = list(self._open)
        for f in left:
            f.cancel()
