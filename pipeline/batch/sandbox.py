"""A worker process that runs documents one at a time, and is killed and replaced when a
document runs past the time bound.

:class:`Sandbox` drives one child process (``python -m pipeline.batch.sandbox``) over a
pair of pipes; :class:`SandboxPool` shares a few of them between threads.  Both the
local pool and the Dask workers run documents through a :class:`SandboxPool`, so the
time bound is enforced the same way everywhere: a runaway stage (a regex that never
ends, a C extension in a loop) is stopped by killing its process, not by asking it.

The child writes the name of each stage as it starts into a small shared memory page
(no message per stage), so a timeout or a crash names the stage.
It dies with its parent (``PR_SET_PDEATHSIG`` on Linux), so killing a batch leaves no
worker behind.
"""
from __future__ import annotations

import gc
import mmap
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from typing import Optional

from .inputs import Item
from .work import Outcome, WorkOptions, failed

STARTUP_TIMEOUT = 300.0  # seconds for a worker to import the pipeline and load its models
STAGE_BYTES = 64  # the shared page holding the name of the stage running now


def _stage_fd() -> int:
    """A file descriptor of STAGE_BYTES bytes of memory to share with a child."""
    if hasattr(os, "memfd_create"):
        fd = os.memfd_create("zhpolicy-stage")
    else:  # pragma: no cover - not Linux
        with tempfile.TemporaryFile() as fh:
            fd = os.dup(fh.fileno())
    os.ftruncate(fd, STAGE_BYTES)
    return fd


def write_stage(page: mmap.mmap, name: str) -> None:
    data = name.encode("utf-8")[: STAGE_BYTES - 1] + b"\0"
    page[: len(data)] = data


def read_stage(page: mmap.mmap) -> str:
    return bytes(page[:STAGE_BYTES]).split(b"\0", 1)[0].decode("utf-8", "replace")


class SandboxStartError(RuntimeError):
    """A worker process could not start: a problem with the installation, not a document."""


# A worker computes on one thread: the batch runs in parallel over processes.  numpy's BLAS
# would start a thread per core in each worker, and its idle threads spin, taking time from
# the other workers (a user's own setting is kept).
ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
                                      "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")}


def child_env() -> dict[str, str]:
    """The environment of a worker process: this one's, with the thread counts of
    :data:`ONE_THREAD` where they are not set."""
    return {**ONE_THREAD, **os.environ}


PIPE_BYTES = 1 << 20  # a document's rows (~2.5 × its text) fit in the pipe: the child sends and goes on


def _widen_pipe(fd: int) -> None:
    """Let the pipe at ``fd`` hold :data:`PIPE_BYTES` (Linux; elsewhere, or past the system's
    limit, it keeps its size): the writer does not wait for the reader to take each message."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


class Sandbox:
    """One child process running :func:`pipeline.batch.work.process`."""

    def __init__(self, opts: WorkOptions):
        self.opts = opts
        self._proc: Optional[subprocess.Popen] = None
        self._to: Optional[Connection] = None
        self._from: Optional[Connection] = None
        self._stage: Optional[mmap.mmap] = None

    @property
    def pid(self) -> Optional[int]:
        return self._proc.pid if self._proc else None

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        child_r, parent_w = os.pipe()
        parent_r, child_w = os.pipe()
        for fd in (parent_w, child_w):
            _widen_pipe(fd)
        stage_fd = _stage_fd()
        debug = bool(os.environ.get("ZHPOLICY_DEBUG"))
        try:
            self._stage = mmap.mmap(stage_fd, STAGE_BYTES)
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "pipeline.batch.sandbox", str(child_r), str(child_w), str(stage_fd),
                 str(os.getpid())],
                pass_fds=(child_r, child_w, stage_fd), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=None if debug else subprocess.DEVNULL, env=child_env())
        finally:
            for fd in (child_r, child_w, stage_fd):
                os.close(fd)
        self._to = Connection(parent_w, readable=False)
        self._from = Connection(parent_r, writable=False)
        try:
            self._to.send(self.opts)
            ready = self._from.poll(STARTUP_TIMEOUT) and self._from.recv()
        except (OSError, EOFError):
            ready = None
        if not ready or ready[0] != "ready":
            why = ready[1] if ready and ready[0] == "fatal" else _died(self._reap(kill=True))
            self.stop()
            raise SandboxStartError(f"a worker process could not start: {why}")

    def run(self, item: Item) -> Outcome:
        """Process ``item`` in the child; past the time bound the child is killed."""
        t0 = time.monotonic()
        if not self.send(item, idle=True):
            return self.lost(item, t0)
        return self.receive(item, t0)

    def send(self, item: Item, *, idle: bool) -> bool:
        """Queue ``item`` in the child's pipe (starting a child if none runs; that may raise
        :class:`SandboxStartError`).  ``idle``: the child has nothing else to do, so the stage
        page is reset for it.  False when the child is gone (see :meth:`lost`)."""
        if not self.alive():
            self.stop()
            self.start()
        if idle:
            write_stage(self._stage, "load")
        try:
            self._to.send(item)
            return True
        except (EOFError, OSError):
            return False

    def receive(self, item: Item, started: float) -> Outcome:
        """The outcome of ``item``, the oldest document sent and not yet answered, whose work
        began at ``started`` (``time.monotonic()``); past the time bound the child is killed."""
        timeout = self.opts.timeout
        try:
            if self._from.poll(max(0.0, timeout - (time.monotonic() - started)) if timeout else None):
                return self._from.recv()[1]
            self._reap(kill=True)
            why = f"timed out after {timeout:g} s; worker process stopped"
        except (EOFError, OSError):
            why = f"worker process died ({_died(self._reap(kill=True))})"
        return self._failed(item, why, started)

    def lost(self, item: Item, started: float) -> Outcome:
        """``item`` could not be sent: the child died (of an earlier document, or killed)."""
        return self._failed(item, f"worker process died ({_died(self._reap(kill=True))})", started)

    def _failed(self, item: Item, why: str, started: float) -> Outcome:
        stage = (read_stage(self._stage) if self._stage is not None else "") or "load"
        self.stop()
        return failed(item, stage, why, seconds=time.monotonic() - started)

    def kill(self) -> None:
        """Send the child SIGKILL, touching nothing else (safe from another thread)."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()

    def _reap(self, kill: bool = False) -> Optional[int]:
        if self._proc is None:
            return None
        if kill and self._proc.poll() is None:
            self._proc.kill()
        try:
            return self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        """Close the pipes and end the child (it exits on end of input; killed if it lingers)."""
        for conn in (self._to, self._from):
            if conn is not None:
                conn.close()
        self._to = self._from = None
        if self._stage is not None:
            self._stage.close()
            self._stage = None
        if self._proc is not None:
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._reap(kill=True)
        self._proc = None


def _died(code: Optional[int]) -> str:
    if code is None:
        return "exit status unknown"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class SandboxPool:
    """``size`` sandboxes shared by threads; each call takes one, runs, and gives it back."""

    def __init__(self, opts: WorkOptions, size: int):
        self._free: queue.SimpleQueue[Sandbox] = queue.SimpleQueue()
        self._all = [Sandbox(opts) for _ in range(max(1, size))]
        for sb in self._all:
            self._free.put(sb)

    def run(self, item: Item) -> Outcome:
        sb = self._free.get()
        try:
            return sb.run(item)
        finally:
            self._free.put(sb)

    def kill(self) -> None:
        """Kill every child now (threads waiting on them see the death and return)."""
        for sb in self._all:
            sb.kill()

    def close(self) -> None:
        for sb in self._all:
            sb.stop()


# --- the child ------------------------------------------------------------------------

def _die_with_parent(parent: int) -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before we got here
        os._exit(1)


WARM_UP_TEXT = "一、总体要求\n各级部门要加强学习，确保到2025年完成率达到90%以上。\n"


def warm_up(nlp, opts: WorkOptions) -> None:
    """Run a tiny text through the whole work so that models load before the first document
    (whose time bound should not pay for them).  A stage that fails here fails later too,
    on each document, with an error row; so the outcome is not looked at."""
    from .work import process

    process(Item("<warm-up>", "", "", 0, text=WARM_UP_TEXT), nlp, opts)


def _read_items(inbox: Connection, arrived: "queue.SimpleQueue") -> None:
    """Move documents from the pipe to ``arrived``; None at the end of input."""
    while True:
        try:
            arrived.put(inbox.recv())
        except BaseException:  # noqa: BLE001 - end of input, or a message that cannot be read:
            arrived.put(None)  # this process ends, and the parent reports the document it sent
            return


def child_main(argv: list[str]) -> int:
    rfd, wfd, sfd, parent = (int(a) for a in argv[:4])
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    inbox, outbox = Connection(rfd, writable=False), Connection(wfd, readable=False)
    page = mmap.mmap(sfd, STAGE_BYTES)
    os.close(sfd)
    from .work import build_pipeline, process

    def notify(name: str) -> None:
        write_stage(page, name)

    try:
        opts: WorkOptions = inbox.recv()
        nlp = build_pipeline(opts, notify=notify)
    except EOFError:
        return 0
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a start failure
        outbox.send(("fatal", f"{type(exc).__name__}: {exc}"))
        return 1
    warm_up(nlp, opts)
    # The models (jieba's dictionaries, the lexicons) live as long as the process: move them
    # out of the collector's sight, so that its full collections stop walking them (≈ 5 %
    # of a worker's time otherwise).  Documents' own objects are collected as usual.
    gc.collect()
    gc.freeze()
    outbox.send(("ready",))
    # A thread takes documents off the pipe as they come, so that the parent, which sends the
    # next document while this one is worked on (pipeline.batch.lanes), never blocks on a full
    # pipe while this process blocks sending its rows back.
    arrived: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_read_items, args=(inbox, arrived), name="zhpolicy-inbox", daemon=True).start()
    while True:
        item = arrived.get()
        if item is None:
            return 0
        outcome = process(item, nlp, opts, notify=notify)
        try:
            outbox.send(("done", outcome))
        except OSError:  # the parent is gone
            return 0
        except Exception as exc:  # noqa: BLE001 - rows that will not pickle
            outbox.send(("done", failed(item, "tables", f"result cannot be sent back: {type(exc).__name__}: {exc}",
                                        outcome.doc_id)))


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
