"""Benchmark of `zhpolicy batch` over ../shared/corpora/archive/ (about 5 MB), repeated.

Prints, measured in one run:

* the pipeline's throughput in MB/s per worker (a whole batch into a fresh DuckDB store:
  worker start-up, loading, every stage, tables and commits included);
* the same text (every copy) through bare ``jieba.lcut`` and ``jieba.posseg.lcut`` in one
  process (dictionary load excluded; half of the copies before the pipeline runs and half
  after them, so that a drift in the shared machine's speed weighs on both sides alike), and
  the pipeline's ratio to each (goal: ≥ 0.8 × ``jieba.lcut``, which is about 3 × posseg);
* the speed-up from 1 to 2 workers (goal ≥ 1.7×);
* peak memory: RSS of the whole process tree (this process and every worker), sampled
  every 50 ms (goal < 1 GB whatever the archive size), and the main process's RSS at the
  first, middle and last commit (flat when streaming works);
* for each run also the steady throughput (first commit to last: worker start-up and
  model loading left out), how many cores were busy on average, and the load average
  before it (the machine is shared: other work lowers the speed-up).

Figures, not assertions: the goals are printed beside them.

    python benchmarks/bench_batch.py                 # the archive × 10 (≈ 50 MB)
    python benchmarks/bench_batch.py --quick         # the archive once (≈ 5 MB), under a minute
    python benchmarks/bench_batch.py --rounds 3      # 1 and 2 workers three times in turn: medians, ranges
    python benchmarks/bench_batch.py --repeat 2 --workers 1 2
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "archive"
MB = 1e6


def corpus_texts(folder: Path, limit_bytes: int | None) -> list[tuple[str, str]]:
    """``(relative name, text)`` of the archive's .txt files (up to ``limit_bytes``)."""
    out, total = [], 0
    for p in sorted(folder.rglob("*.txt")):
        text = p.read_text(encoding="utf-8")
        out.append((str(p.relative_to(folder)), text))
        total += len(text.encode("utf-8"))
        if limit_bytes and total >= limit_bytes:
            break
    return out


def copies(texts: list[tuple[str, str]], repeat: int):
    """``repeat`` copies of the corpus as ``(name, text)``, each copy's texts made distinct
    (so every copy is a new document to the store, not a duplicate)."""
    for k in range(repeat):
        for name, text in texts:
            yield f"copy{k:03d}/{name}", (text if k == 0 else f"{text}\n（第{k}份副本）\n")


def write_copies(texts: list[tuple[str, str]], repeat: int, dest: Path) -> int:
    """Write :func:`copies` under ``dest``; return the bytes written."""
    return write_texts(copies(texts, repeat), dest)


def write_texts(named_texts, dest: Path) -> int:
    """Write (relative name, text) pairs under ``dest`` as UTF-8; return the bytes written."""
    total = 0
    for name, text in named_texts:
        p = dest / name
        p.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        p.write_bytes(data)
        total += len(data)
    return total


class TreeRSS:
    """Samples the RSS of this process and all its descendants; keeps the peak."""

    def __init__(self, every: float = 0.05):
        self.every, self.peak, self._stop = every, 0, threading.Event()
        self._me = psutil.Process()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def now(self) -> int:
        total = self._me.memory_info().rss
        for c in self._me.children(recursive=True):
            try:
                total += c.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _loop(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self.now())
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the workers, once the
    batch is over)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bench_pipeline(inputs: Path, workers: int, work: Path, chunk_size: int, categories: str, tag: str = "") -> dict:
    from pipeline.batch import run_batch

    db = work / f"bench_w{workers}{tag}.duckdb"
    commits: list[tuple[float, int, int]] = []  # (time, bytes done, main-process RSS)
    me = psutil.Process()
    load = os.getloadavg()[0]
    with TreeRSS() as rss:
        c0, t0 = cpu_seconds(), time.perf_counter()
        s = run_batch([str(inputs)], str(db), workers=workers, chunk_size=chunk_size, timeout=None,
                      categories=categories,
                      on_commit=lambda sm: commits.append((time.perf_counter(), sm.bytes, me.memory_info().rss)))
        secs, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    if s.failed:
        report_failures(db, s.failed)
    steady = None
    if len(commits) >= 3:  # from the first commit to the last: start-up and warm-up left out
        (ta, ba, _), (tb, bb, _) = commits[0], commits[-1]
        steady = (bb - ba) / MB / (tb - ta)
    rss_at = [c[2] / MB for c in commits] or [me.memory_info().rss / MB]
    return {"workers": workers, "seconds": secs, "mb": s.bytes / MB, "mbps": s.bytes / MB / secs,
            "steady_mbps": steady, "cores_used": cpu / secs, "load_before": load,
            "stored": s.stored, "failed": s.failed, "peak_rss_mb": rss.peak / MB,
            "main_rss_mb": {"first_commit": rss_at[0], "middle": rss_at[len(rss_at) // 2], "last_commit": rss_at[-1]}}


def _median_run(runs: list[dict]) -> dict:
    """The run with the median throughput (of an odd count; the lower middle of an even one)."""
    return sorted(runs, key=lambda r: r["mbps"])[(len(runs) - 1) // 2]


def report_failures(db: Path, n: int) -> None:
    from collections import Counter

    from pipeline.batch import read_tables

    reasons = Counter(read_tables(str(db))["errors"]["reason"].str.slice(0, 160))
    print(f"  WARNING: {n} documents failed, so these figures do not count; most common reasons:", file=sys.stderr)
    for reason, k in reasons.most_common(3):
        print(f"    {k} × {reason}", file=sys.stderr)


def show_run(r: dict) -> None:
    w = r["workers"]
    steady = f"{r['steady_mbps']:.2f} MB/s" if r["steady_mbps"] else "n/a (too few commits)"
    m = r["main_rss_mb"]
    print(f"pipeline, {w} worker(s): {r['mbps']:6.2f} MB/s overall = {r['mbps'] / w:5.2f} MB/s per worker "
          f"({r['stored']} docs in {r['seconds']:.1f} s, start-up included); steady {steady}; "
          f"{r['cores_used']:.2f} cores busy (load average before: {r['load_before']:.2f})")
    print(f"    peak RSS of the process tree {r['peak_rss_mb']:.0f} MB; main process "
          f"{m['first_commit']:.0f} → {m['middle']:.0f} → {m['last_commit']:.0f} MB (first, middle, last commit)")


def bench_jieba(texts) -> dict:
    """:func:`_bench_jieba` in a fresh process, so that jieba's dictionary never sits in the
    memory measured for the pipeline."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(_bench_jieba, list(texts)).result()


def _bench_jieba(texts) -> dict:
    """Bare ``jieba.lcut`` and ``jieba.posseg.lcut`` over the same texts, one after the other,
    in this process (dictionary loads not counted)."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    jieba.initialize()
    jieba.posseg.lcut("初始化")
    init = time.perf_counter() - t0
    size, secs, pos_secs = 0, 0.0, 0.0
    for _, t in texts:
        size += len(t.encode("utf-8"))
        t0 = time.perf_counter()
        jieba.lcut(t)
        t1 = time.perf_counter()
        jieba.posseg.lcut(t)
        secs += t1 - t0
        pos_secs += time.perf_counter() - t1
    return {"mb": size / MB, "seconds": secs, "mbps": size / MB / secs, "posseg_seconds": pos_secs,
            "posseg_mbps": size / MB / pos_secs, "init_seconds": init}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt files [%(default)s]")
    ap.add_argument("--repeat", type=int, default=10, help="copies of the corpus to process [%(default)s]")
    ap.add_argument("--quick", action="store_true", help="the corpus once (about 5 MB): under a minute")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to time [1 2]")
    from pipeline.batch.runner import DEFAULT_CHUNK_SIZE

    ap.add_argument("--chunk-size", type=int, default=DEFAULT_CHUNK_SIZE,
                    help="inputs per commit, as zhpolicy batch's default [%(default)s]")
    ap.add_argument("--categories", default="auto", help="as zhpolicy batch's default [%(default)s]")
    ap.add_argument("--rounds", type=int, default=1,
                    help="time the worker counts this many times, in turn (1, 2, 1, 2, …), and report the "
                         "median and the range: the machine is shared and one run may land on a busy spell [1]")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bench_batch: corpus folder {args.corpus} not found (needs ../shared)", file=sys.stderr)
        return 1
    texts = corpus_texts(args.corpus, None)
    repeat = 1 if args.quick else args.repeat
    work = Path(tempfile.mkdtemp(prefix="zhpolicy-bench-"))
    try:
        total = write_copies(texts, repeat, work / "in")
        base = sum(len(t.encode("utf-8")) for _, t in texts)
        print(f"corpus: {len(texts)} files, {base / MB:.2f} MB × {repeat} = {total / MB:.1f} MB ({args.corpus})")
        # bare jieba on the same text, half before the pipeline runs and half after them: the
        # machine's speed drifts (it is shared), and the ratio should not depend on when
        half = len(texts) * repeat // 2  # (the copies are made as they are read: no 50 MB held here)
        jb_before = bench_jieba(itertools.islice(copies(texts, repeat), half))
        rounds: list[dict[int, dict]] = []
        for k in range(max(1, args.rounds)):
            if args.rounds > 1:
                print(f"round {k + 1} of {args.rounds}:")
            rounds.append({})
            for w in args.workers:
                r = bench_pipeline(work / "in", w, work, args.chunk_size, args.categories, tag=f"r{k}")
                rounds[-1][w] = r
                show_run(r)
        runs = [_median_run([rd[w] for rd in rounds]) for w in args.workers]
        jb_after = bench_jieba(itertools.islice(copies(texts, repeat), half, None))
        jb = {"mb": jb_before["mb"] + jb_after["mb"], "seconds": jb_before["seconds"] + jb_after["seconds"],
              "posseg_seconds": jb_before["posseg_seconds"] + jb_after["posseg_seconds"],
              "init_seconds": jb_before["init_seconds"]}
        jb["mbps"] = jb["mb"] / jb["seconds"]
        jb["posseg_mbps"] = jb["mb"] / jb["posseg_seconds"]
        print(f"bare jieba.lcut, 1 process: {jb['mbps']:6.2f} MB/s over the same {jb['mb']:.1f} MB "
              f"(first half before the pipeline runs: {jb_before['mbps']:.2f} MB/s, second half after them: "
              f"{jb_after['mbps']:.2f} MB/s; dictionary load {jb['init_seconds']:.1f} s, not counted)")
        print(f"bare jieba.posseg.lcut, 1 process: {jb['posseg_mbps']:6.2f} MB/s over the same text")
        by_w = {r["workers"]: r for r in runs}
        figures = {"corpus_mb": total / MB, "jieba_mbps": jb["mbps"], "jieba_posseg_mbps": jb["posseg_mbps"],
                   "runs": runs}
        if len(rounds) > 1:
            figures["rounds"] = [{str(w): r for w, r in rd.items()} for rd in rounds]
            for w in args.workers:
                got = sorted(rd[w]["mbps"] for rd in rounds)
                print(f"pipeline, {w} worker(s), median of {len(got)} rounds: {by_w[w]['mbps']:.2f} MB/s "
                      f"(range {got[0]:.2f}–{got[-1]:.2f})")
        if 1 in by_w:
            ratio = by_w[1]["mbps"] / jb["mbps"]
            figures["ratio_pipeline_per_worker_to_jieba"] = ratio
            line = f"ratio pipeline (1 worker) / jieba: {ratio:.2f}"
            if by_w[1]["steady_mbps"]:
                figures["steady_ratio_to_jieba"] = by_w[1]["steady_mbps"] / jb["mbps"]
                line += f" (steady {figures['steady_ratio_to_jieba']:.2f})"
            if len(rounds) > 1:
                got = sorted(rd[1]["mbps"] / jb["mbps"] for rd in rounds)
                line += f"; rounds {got[0]:.2f}–{got[-1]:.2f}"
            print(line + "   (goal ≥ 0.8)")
            figures["ratio_pipeline_per_worker_to_posseg"] = by_w[1]["mbps"] / jb["posseg_mbps"]
            print(f"ratio pipeline (1 worker) / jieba.posseg: {figures['ratio_pipeline_per_worker_to_posseg']:.2f}")
        if 1 in by_w and 2 in by_w:
            # each round's speed-up pairs runs made one after the other; the median of those
            per_round = sorted(rd[2]["mbps"] / rd[1]["mbps"] for rd in rounds)
            speedup = statistics.median(per_round)
            figures["speedup_1_to_2_workers"] = speedup
            line = f"speed-up 1 → 2 workers: {speedup:.2f}× overall"
            steady = [rd[2]["steady_mbps"] / rd[1]["steady_mbps"] for rd in rounds
                      if rd[1]["steady_mbps"] and rd[2]["steady_mbps"]]
            if steady:
                figures["steady_speedup_1_to_2_workers"] = statistics.median(steady)
                line += f", {figures['steady_speedup_1_to_2_workers']:.2f}× steady"
            if len(rounds) > 1:
                figures["speedup_rounds"] = per_round
                line += f"; rounds {per_round[0]:.2f}–{per_round[-1]:.2f}×"
            print(line + "   (goal ≥ 1.7×; other work on the machine lowers it: see cores busy and load)")
        peak = max(r["peak_rss_mb"] for rd in rounds for r in rd.values())
        figures["peak_rss_mb"] = peak
        print(f"peak memory (RSS, whole process tree): {peak:.0f} MB   (goal < 1024 MB)")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
