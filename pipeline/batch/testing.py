"""Helpers for testing a batch: stage factories that misbehave on cue, and a snapshot of a
store as row multisets.

Use a factory with ``run_batch(..., stages="pipeline.batch.testing:unruly_stages")`` or
``zhpolicy batch --stages pipeline.batch.testing:slow_stages``.  The cues are marker
strings in a document's text; documents without them run the standard pipeline.
"""
from __future__ import annotations

import os
import select
import signal
import time
from collections import Counter
from typing import Iterable, Union

from ..pipeline import Stage, default_stages
from ..resources import sample_text as _sample

LOOP_MARK = _sample("loop_mark")  # the stage never returns (a busy loop, as a runaway regex would)
RAISE_MARK = _sample("raise_mark")  # the stage raises
CRASH_MARK = _sample("crash_mark")  # the worker process dies (SIGKILL of itself, as a segfault would)
NAP_ENV = "ZHPOLICY_TEST_NAP"  # seconds slow_stages sleeps per document (default 0.05)


def _unruly(rec):
    text = rec["document"].raw
    if RAISE_MARK in text:
        raise RuntimeError("the test stage was told to fail")
    if CRASH_MARK in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if LOOP_MARK in text:
        n = 0
        while True:
            n += 1
    return {}


def _nap(rec):
    time.sleep(float(os.environ.get(NAP_ENV, "0.05")))
    return {}


def unruly_stages(**opts) -> list[Stage]:
    """The standard stages plus one, ``unruly``, that loops, raises or crashes on cue."""
    return default_stages(**opts) + [Stage("unruly", ("document",), (), _unruly)]


def slow_stages(**opts) -> list[Stage]:
    """The standard stages plus one, ``nap``, that sleeps a little per document."""
    return default_stages(**opts) + [Stage("nap", ("document",), (), _nap)]


def snapshot(store: Union[str, os.PathLike], ignore: Iterable[str] = ("time",)) -> dict[str, Counter]:
    """Every table of a store as a multiset of rows (NA as None), leaving out ``ignore`` columns."""
    from .store import read_tables

    out = {}
    for name, df in read_tables(store).items():
        df = df.drop(columns=[c for c in ignore if c in df.columns])
        df = df.astype(object).where(df.notna(), None)
        out[name] = Counter(map(tuple, df.itertuples(index=False, name=None)))
    return out


def sample_text(i: int) -> str:
    """A short speech of our own, different for every ``i`` (for tests and examples)."""
    return _sample("speech").format(i=i, day=i % 28 + 1, rate=60 + i % 40, count=1 + i % 5)


def stderr_lines(proc, seconds: float):
    """The lines a running batch (``subprocess.Popen`` with ``stderr=PIPE, text=True``) writes
    to its standard error, as they come, until it closes it or ``seconds`` have passed: the
    kill tests act on a line ("committed chunk 1:") while the batch runs."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 1.0)
        if not ready:
            continue
        line = proc.stderr.readline()
        if not line:
            return
        yield line
