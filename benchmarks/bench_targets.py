"""Benchmark of target extraction alone, on one core.

The text is ../shared/corpora/archive/ (about 5 MB of government work reports; the project's
samples ``corpora/samples/*.txt`` when ../shared is absent), normalised beforehand (the
normaliser is not part of what is measured).  Printed, best of ``--rounds`` runs each:

* ``find_targets``: target extraction alone (numbers found, parsed and read, targets
  decided and built; the other numbers are not turned into records) — goal ≥ 10 MB/s;
* ``find_quantities``: the whole quantities stage (every number as a record, with its role);
* bare ``jieba.lcut`` over the same text (dictionary load excluded), and the ratio of the
  two speeds: extraction must stay well clear of word segmentation's cost.

Speeds are MB/s of UTF-8 text and sentences per second (sentences split at 。！？ and line
ends), from CPU time of the process pinned to one core.  Figures, not assertions: the goal is printed beside them.

    python benchmarks/bench_targets.py                # the archive
    python benchmarks/bench_targets.py --rounds 5
    python benchmarks/bench_targets.py --no-jieba     # skip the segmentation baseline
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.normalize import normalize  # noqa: E402
from pipeline.quantities import find_quantities, find_targets  # noqa: E402
from timing import best_of  # noqa: E402

ARCHIVE = Path(os.environ.get("ZHPOLICY_SHARED", ROOT.parent / "shared")) / "corpora" / "archive"
GOAL_MBS = 10.0
_SENT = re.compile(r"[。！？!?\n]+")


def corpus() -> tuple[str, list[str]]:
    folder = ARCHIVE if ARCHIVE.is_dir() else ROOT / "corpora" / "samples"
    paths = sorted(folder.rglob("*.txt"))
    if not paths:
        sys.exit(f"no .txt files under {folder}")
    return str(folder), [normalize(p.read_text(encoding="utf-8")).clean for p in paths]


def cpu_best_of(rounds: int, fn) -> float:
    """CPU seconds of this process (on a shared machine the wall clock also counts the time
    other processes hold the core)."""
    return best_of(rounds, fn, time.process_time)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-jieba", action="store_true")
    a = ap.parse_args(argv)
    try:  # one core: pin the process where the OS allows it
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass

    where, texts = corpus()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    sentences = sum(len([s for s in _SENT.split(t) if s.strip()]) for t in texts)
    print(f"corpus: {where}: {len(texts)} documents, {mb:.2f} MB, {sentences} sentences")
    list(find_quantities(texts[0]))  # lexicons loaded outside the timing

    n_targets = sum(1 for t in texts for _ in find_targets(t))
    n_all = sum(1 for t in texts for _ in find_quantities(t))
    t_targets = cpu_best_of(a.rounds, lambda: [list(find_targets(t)) for t in texts])
    t_all = cpu_best_of(a.rounds, lambda: [list(find_quantities(t)) for t in texts])

    def line(name, secs, extra=""):
        print(f"{name:<22}{secs:8.3f} s  {mb / secs:7.1f} MB/s  {sentences / secs:10.0f} sentences/s{extra}")

    line("find_targets", t_targets, f"  ({n_targets} targets; goal ≥ {GOAL_MBS:.0f} MB/s: "
                                   f"{'met' if mb / t_targets >= GOAL_MBS else 'NOT met'})")
    line("find_quantities", t_all, f"  ({n_all} numbers with roles)")
    if not a.no_jieba:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        t_jieba = cpu_best_of(1, lambda: [jieba.lcut(t) for t in texts])
        line("jieba.lcut (bare)", t_jieba)
        print(f"ratio find_targets / jieba: {t_jieba / t_targets:.1f}× faster; "
              f"find_quantities / jieba: {t_jieba / t_all:.1f}× faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
