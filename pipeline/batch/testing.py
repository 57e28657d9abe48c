"""Helpers for testing a batch: stage factories that misbehave on cue, and a snapshot of a
store as row multisets.

Use a factory with ``run_batch(..., stages="pipeline.batch.testing:unruly_stages")`` or
``zhpolicy batch --stages pipeline.batch.testing:slow_stages``.  The cues are marker
strings in a document's text; documents without them run the standard pipeline.
"""
from __future__ import annotations

import os
import signal
import time
from collections import Counter
from typing import Iterable, Union

from ..pipeline import Stage, default_stages

LOOP_MARK = "〔无尽循环〕"  # the stage never returns (a busy loop, as a runaway regex would)
RAISE_MARK = "〔故障〕"  # the stage raises
CRASH_MARK = "〔崩溃〕"  # the worker process dies (SIGKILL of itself, as a segfault would)
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
    return (f"关于推进第{i}项重点工作的讲话\n（2024年3月{i % 28 + 1}日）\n\n同志们：\n"
            f"一、总体要求\n各级部门要坚持稳中求进，确保到2025年完成率达到{60 + i % 40}%以上。\n"
            f"二、主要任务\n（一）加强组织领导。必须压实主体责任，每季度至少开展{1 + i % 5}次督查。\n"
            f"（二）严格考核评价。严禁弄虚作假，鼓励各地探索第{i}种做法。\n")
