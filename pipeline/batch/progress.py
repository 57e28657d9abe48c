"""The progress bar of a batch: documents, MB/s and time left, on a terminal only.

:func:`make_progress` gives a :class:`BarProgress` (rich) when asked for and standard
error is a terminal, else a :class:`NoProgress` that does nothing.  The total (bytes)
is estimated in a background thread, so the work starts at once.
"""
from __future__ import annotations

import sys
import threading
from typing import Callable, Optional


class NoProgress:
    def start(self) -> None:
        pass

    def advance(self, nbytes: int, docs: int = 1) -> None:
        pass

    def set_total(self, nbytes: int) -> None:
        pass

    def stop(self) -> None:
        pass


class BarProgress:
    """A rich progress bar on standard error."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, TextColumn, TimeRemainingColumn,
                                   TransferSpeedColumn)

        self._bar = Progress(
            TextColumn("[bold]batch"), BarColumn(), TextColumn("{task.fields[docs]:,} docs"),
            TransferSpeedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False)
        self._task = self._bar.add_task("batch", total=None, docs=0)
        self._docs = 0

    def start(self) -> None:
        self._bar.start()

    def advance(self, nbytes: int, docs: int = 1) -> None:
        self._docs += docs
        self._bar.update(self._task, advance=nbytes, docs=self._docs)

    def set_total(self, nbytes: int) -> None:
        self._bar.update(self._task, total=max(nbytes, 1))

    def stop(self) -> None:
        self._bar.stop()


def make_progress(enabled: bool = True, estimate: Optional[Callable[[], int]] = None, stream=None):
    """A progress bar when ``enabled`` and ``stream`` (standard error) is a terminal."""
    stream = stream if stream is not None else sys.stderr
    if not enabled or not getattr(stream, "isatty", lambda: False)():
        return NoProgress()
    bar = BarProgress()
    if estimate is not None:
        threading.Thread(target=lambda: bar.set_total(estimate()), daemon=True, name="zhpolicy-estimate").start()
    return bar
