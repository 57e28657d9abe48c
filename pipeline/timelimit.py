"""A time bound for work in this process (``zhpolicy extract --timeout``).

A ``SIGALRM`` timer raises :class:`TimeLimitExceeded` in the main thread when the time is
up; Python checks for signals between bytecodes and inside regular-expression matching, so
a runaway pattern is stopped too.  Where there is no ``setitimer`` (Windows) or off the main
thread, the work runs without a bound.  Batches bound each document in its worker instead
(:mod:`pipeline.batch.pool`), which can also stop code that never returns to Python.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from .errors import ZhpolicyError

DEFAULT_EXTRACT_TIMEOUT = 600.0  # seconds per input: far above any 20 MB document on a laptop


class TimeLimitExceeded(ZhpolicyError):
    """The work on one input took longer than its bound."""

    def __init__(self, source: str, seconds: float):
        super().__init__(source, f"took longer than {seconds:g} s; stopped (see --timeout)", stage="timeout")
        self.seconds = seconds


def can_bound() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None, source: str) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` naming ``source`` if the block runs past ``seconds``
    (None or 0: no bound)."""
    if not seconds or not can_bound():
        yield
        return

    def on_alarm(signum, frame):
        raise TimeLimitExceeded(source, seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
