"""The batch loop: inputs → workers → chunked commits, streaming.

>>> from pipeline.batch import run_batch
>>> summary = run_batch(["speeches/", "reports.zip"], "archive.duckdb", workers=2)
>>> summary.line()
'41 stored, 0 skipped, 2 failed …'

Inputs are read lazily; at most ``4 × workers`` documents are in flight, and finished
ones are committed every ``chunk_size`` inputs (or 16 MB of input), so memory stays flat
however large the archive or the store: the ledger asks the store about the inputs a group
at a time (1,000 inputs or 4 MB of input read ahead) instead of holding every key.
The same loop drives the local pool, this process and a Dask cluster
(:mod:`pipeline.batch.executors`).

Each commit holds whole inputs (all tables of a document, its ``sources`` row, its
``errors`` row) in one transaction, and the skip rules (:mod:`pipeline.batch.ledger`)
read only what was committed; so a run killed at any moment and run again ends with
the rows of a clean run.  Documents in flight when a run is killed were never committed:
the next run does them again.  When two inputs hold the same document (a file and its GBK
copy), the one whose name sorts first is stored and the other recorded as its duplicate,
whichever finishes first and however many runs it takes — the rows never depend on timing.

Worker processes are started fresh (multiprocessing's *spawn*) and import the main module of
the program: a script calling :func:`run_batch` with workers needs the usual
``if __name__ == "__main__":`` guard.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Union

from ..errors import ZhpolicyError
from ..load import DEFAULT_MAX_BYTES
from ..version import __version__
from .executors import SchedulerLost, make_executor
from .inputs import DEFAULT_GLOBS, Entry, InputOptions, Refusal, estimate_bytes, iter_items
from .ledger import DUPLICATE, SKIP, SKIP_FAILED, Counts, Ledger, with_arrow
from .pool import WorkerStartError
from .progress import NoProgress, make_progress
from .store import open_store
from .work import Outcome, WorkOptions, _factory, check_categories, duplicate_of, failed, refused

DEFAULT_CHUNK_SIZE = 100
# A chunk is also committed once its documents reach this many bytes of input, whatever their
# count: the main process holds a chunk's rows (about twice and a half the input's size) until
# its commit, so that its memory does not grow with the size of the documents.
CHUNK_BYTES = 16 * 1024 * 1024
# Inputs are read ahead this far (LOOKAHEAD of them, or LOOKAHEAD_BYTES of input) for one look-up
# in the store for all: a rerun scans the store's input keys once per group.
LOOKAHEAD = 1000
LOOKAHEAD_BYTES = 4 * 1024 * 1024
DEFAULT_TIMEOUT = 300.0

EXIT_OK = 0  # every input stored or skipped
EXIT_FAILED_DOCS = 4  # the batch ran to the end, but some inputs failed (rows in `errors`)


@dataclass
class Summary(Counts):
    """What a batch did.  ``stored + skipped + failed`` is the number of inputs met."""

    bytes: int = 0
    seconds: float = 0.0
    chunks: int = 0
    store: str = ""

    @property
    def inputs(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED_DOCS if self.failed else EXIT_OK

    def line(self) -> str:
        text = f"{self.stored} stored, {self.skipped} skipped, {self.failed} failed"
        extra = []
        if self.replaced:
            extra.append(f"{self.replaced} replaced older rows")
        if self.known_failures:
            extra.append(f"{self.known_failures} of the skipped failed in an earlier run")
        if extra:
            text += f" ({'; '.join(extra)})"
        mb = self.bytes / 1e6
        rate = mb / self.seconds if self.seconds > 0 else 0.0
        size = f"{mb:.1f} MB" if mb >= 0.1 else f"{self.bytes / 1e3:.1f} kB"
        text += f" — {size} in {self.seconds:.1f} s ({rate:.2f} MB/s)"
        if self.failed:
            text += "; see the errors table"
        return text + (f" → {self.store}" if self.store else "")


def run_batch(
    inputs: Iterable[Union[str, os.PathLike]],
    store: Any = None,
    *,
    workers: Optional[int] = None,
    scheduler: Optional[str] = None,
    force: bool = False,
    retry_failed: bool = False,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    globs: Optional[Iterable[str]] = None,
    text_field: str = "text",
    id_field: Optional[str] = None,
    pipeline_options: Optional[Mapping[str, Any]] = None,
    stages: Optional[str] = None,
    categories: str = "none",
    progress: Any = None,  # True: a bar when standard error is a terminal; or a progress object
    on_commit: Optional[Callable[[Summary], None]] = None,
    on_failure: Optional[Callable[[Outcome], None]] = None,
) -> Summary:
    """Process every document under ``inputs`` into ``store`` and say what happened.

    ``store`` is a store object (:func:`~pipeline.batch.store.open_store`), a DuckDB path,
    or None for ``zhpolicy.duckdb``.  ``force`` redoes every input; ``retry_failed`` the
    inputs that failed in an earlier run.  ``timeout`` bounds each document (seconds; None or
    0 for no bound).  ``scheduler`` is ``"local"`` or a Dask address.  ``stages`` names a
    ``MODULE:FUNCTION`` building the pipeline's stages (default: the standard pipeline).
    ``categories`` fills the requirements' category column (``"auto"``, ``"cadre"``,
    ``"general"``, a model JSON path; ``"none"`` leaves it empty).  A Dask scheduler lost
    mid-run raises :class:`~pipeline.batch.executors.SchedulerLost` once the documents finished so
    far are committed: the same call against a running scheduler does the rest.
    """
    inputs = [os.fspath(p) for p in inputs]
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if stages:
        try:
            _factory(stages)
        except (ImportError, AttributeError, ValueError) as exc:
            raise ZhpolicyError(stages, f"cannot load the stages: {exc}", stage="batch") from None
    in_opts = InputOptions(globs=tuple(globs) if globs else DEFAULT_GLOBS, text_field=text_field,
                           id_field=id_field, max_bytes=max_bytes)
    check_categories(categories)
    work_opts = WorkOptions(max_bytes=max_bytes, pipeline=tuple(sorted((pipeline_options or {}).items())),
                            stages=stages, timeout=timeout or None, categories=categories or "none")
    st = store if hasattr(store, "commit") else open_store(db=store)
    try:
        return _run(inputs, st, in_opts, work_opts, workers=workers, scheduler=scheduler, force=force,
                    retry_failed=retry_failed, chunk_size=chunk_size, progress=progress, on_commit=on_commit,
                    on_failure=on_failure)
    finally:
        if st is not store:
            st.close()


def _run(inputs, st, in_opts: InputOptions, work_opts: WorkOptions, *, workers, scheduler, force, retry_failed,
         chunk_size,
         progress, on_commit, on_failure) -> Summary:
    t0 = time.perf_counter()
    if progress is True:
        bar = make_progress(True, estimate=lambda: estimate_bytes(inputs, in_opts))
    else:
        bar = progress or NoProgress()
    ledger = Ledger.open(st, __version__, force, retry_failed)
    summary = Summary(store=st.path)
    pending: list[Outcome] = []
    pending_bytes = 0

    def flush() -> None:
        nonlocal pending_bytes
        pending_bytes = 0
        if not pending:
            return
        change, counts = ledger.plan(pending)
        st.commit(change)
        pending.clear()
        summary.add(counts)
        summary.chunks += 1
        summary.seconds = time.perf_counter() - t0
        if on_commit:
            on_commit(summary)

    def take(o: Outcome) -> None:
        nonlocal pending_bytes
        o = with_arrow(o)  # rows to Arrow tables now, one document at a time, not at the commit
        pending.append(o)
        pending_bytes += o.size if o.tables else 0  # (rows held: not for a failure or a duplicate)
        summary.bytes += o.size
        bar.advance(o.size)
        if not o.ok and on_failure:
            on_failure(o)
        if len(pending) >= chunk_size or pending_bytes >= CHUNK_BYTES:
            flush()

    ex = make_executor(work_opts, workers=workers, scheduler=scheduler)
    # documents handed out and not yet answered: four per worker, so that a worker never waits
    # while this process commits a chunk (tens of milliseconds) or reads the next files
    limit = 4 * ex.capacity
    inflight: dict = {}
    bar.start()
    try:
        for entry, (verdict, doc_id) in _judged(iter_items(inputs, in_opts), ledger, LOOKAHEAD):
            if verdict in (SKIP, SKIP_FAILED):
                summary.skipped += 1
                summary.known_failures += verdict == SKIP_FAILED
                bar.advance(entry.size)
            elif isinstance(entry, Refusal):
                take(refused(entry))
            elif verdict == DUPLICATE:
                take(duplicate_of(entry, doc_id))
            else:
                while len(inflight) >= limit:
                    for f in ex.wait_any(inflight):
                        take(_outcome(ex, f, inflight.pop(f)))
                inflight[ex.submit(entry)] = entry
        while inflight:
            for f in ex.wait_any(inflight):
                take(_outcome(ex, f, inflight.pop(f)))
        flush()
    except SchedulerLost:  # the documents finished so far are kept; those in flight are the rerun's
        ex.close(abort=True)
        bar.stop()
        flush()
        raise
    except BaseException:  # uncommitted documents are simply done again by the next run
        ex.close(abort=True)
        bar.stop()
        raise
    ex.close()
    if hasattr(st, "finish"):
        st.finish()  # the Parquet store exports its tables
    bar.stop()
    summary.seconds = time.perf_counter() - t0
    return summary


def _judged(entries: Iterable[Entry], ledger: Ledger, size: int) -> Iterator[tuple[Entry, tuple]]:
    """Each entry with its verdict, the ledger asked once for a group of ``size`` entries (or
    :data:`LOOKAHEAD_BYTES` of input)."""
    group: list[Entry] = []
    held = 0
    for entry in entries:
        group.append(entry)
        held += entry.size
        if len(group) >= size or held >= LOOKAHEAD_BYTES:
            yield from zip(group, ledger.verdicts(group))
            group, held = [], 0
    if group:
        yield from zip(group, ledger.verdicts(group))


def _outcome(ex, future, item) -> Outcome:
    try:
        return ex.result(future)
    except SchedulerLost:
        raise
    except WorkerStartError as exc:
        raise ZhpolicyError("zhpolicy batch", str(exc), stage="worker") from None
    except Exception as exc:  # noqa: BLE001 - a lost worker loses one document, not the batch
        return failed(item, "worker", f"{type(exc).__name__}: {exc}")
