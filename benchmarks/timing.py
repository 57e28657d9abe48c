"""The one timing helper the benchmarks share."""
from __future__ import annotations

import time
from typing import Callable


def best_of(rounds: int, fn: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    """The best of ``rounds`` runs of ``fn`` in seconds of ``clock`` (``time.process_time`` counts only this
    process's CPU, which a shared machine disturbs less)."""
    best = float("inf")
    for _ in range(max(1, rounds)):
        t0 = clock()
        fn()
        best = min(best, clock() - t0)
    return best
