"""Benchmark of `zhpolicy batch` at scale: does anything grow with the size of the store?

Two batches, each into a fresh DuckDB store:

* **large**: ../shared/corpora/archive copied ``--repeat`` times (20: ≈ 100 MB, 1,660
  documents), each copy's texts made distinct as in ``bench_batch.py``;
* **small**: ``--small`` short documents (20,000) synthesised from ``corpora/samples`` (runs
  of a few paragraphs of the four sample texts, each with a numbered heading of its own), in
  folders of 200 files.

For each it prints the throughput (documents/s, MB/s), the peak RSS of the main process and of
each worker process (sampled every 50 ms), and, from the commits, what would show growth with
the store's size: the time per document and per MB over the first and the last tenth of the
run (start-up left out of the first), the time of a commit (DuckDB's inserts and deletes) over
the first and the last tenth of the chunks, the ledger's time per document (its look-up of each
input and its plan of each chunk), and the main process's RSS at the first and the last commit.
Flat is the goal: a ratio last/first near 1.

    python benchmarks/bench_scale.py                     # 20 × the archive, 20,000 small documents
    python benchmarks/bench_scale.py --quick             # 2 × the archive, 2,000 small documents, chunks of 20
    python benchmarks/bench_scale.py --repeat 5 --small 5000 --json figures.json
    python benchmarks/bench_scale.py --only small --scheduler local   # on a Dask LocalCluster
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import tracemalloc
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_batch import (DEFAULT_CORPUS, MB, corpus_texts, report_failures, write_copies,  # noqa: E402
                         write_texts)

ROOT = HERE.parent
SAMPLES = ROOT / "corpora" / "samples"
PER_FOLDER = 200  # small documents per folder


def small_documents(n: int, samples: Path = SAMPLES):
    """``n`` short texts ``(name, text)``: runs of one to four paragraphs of the sample texts,
    each under a numbered heading of its own (so that every one is a new document)."""
    paras = []
    for p in sorted(samples.glob("*.txt")):
        paras.append([ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()])
    k = 0
    while k < n:
        for lines in paras:
            for start in range(len(lines)):
                if k >= n:
                    return
                width = 1 + k % 4
                body = "\n".join(lines[start:start + width])
                yield f"{k // PER_FOLDER:04d}/s{k:06d}.txt", f"第{k + 1}号通知\n{body}\n"
                k += 1


def write_small(n: int, dest: Path) -> int:
    return write_texts(small_documents(n), dest)


class Sampler:
    """Samples the RSS of this process and of each process below it every ``every`` s; keeps
    each one's peak (a replaced worker is a new process, listed apart)."""

    def __init__(self, every: float = 0.05):
        self.every, self.main_peak, self.peaks = every, 0, {}
        self._me, self._stop = psutil.Process(), threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self):
        while not self._stop.is_set():
            self.main_peak = max(self.main_peak, self._me.memory_info().rss)
            for c in self._me.children(recursive=True):
                try:
                    rss = c.memory_info().rss
                except psutil.Error:
                    continue
                self.peaks[c.pid] = max(self.peaks.get(c.pid, 0), rss)
            self._stop.wait(self.every)

    def workers(self, floor: int = 60 * 2**20) -> list[int]:
        """Peaks of the processes that were workers (helpers such as a resource tracker hold
        less than ``floor`` bytes), largest first."""
        return sorted((p for p in self.peaks.values() if p >= floor), reverse=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def timed_store(path: Path):
    """A DuckDB store whose :meth:`commit` times itself: ``.commits`` holds, per commit, its wall
    seconds, its CPU seconds (this thread's: DuckDB runs here, with one thread), and DuckDB's
    own memory after it (bytes; capped by the store's ``memory_limit``)."""
    from pipeline.batch.store import DuckDBStore

    class TimedStore(DuckDBStore):
        def __init__(self, path):
            super().__init__(path)
            self.commits: list[tuple[float, float, int]] = []

        def commit(self, change):
            t0, c0 = time.perf_counter(), time.thread_time()
            super().commit(change)
            wall, cpu = time.perf_counter() - t0, time.thread_time() - c0
            used = self._con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()[0]
            self.commits.append((wall, cpu, int(used or 0)))

    return TimedStore(path)


class LedgerClock:
    """CPU seconds (this thread's) spent in the ledger's look-ups (``verdicts``, per group of inputs) and
    per-chunk ``plan``, summed while installed (the benchmark wraps the two methods; nothing
    else changes).  CPU rather than wall time: on a shared machine, waiting for a core would
    look like growth."""

    def __init__(self):
        from pipeline.batch.ledger import Ledger

        self.seconds, self._cls, self._saved = 0.0, Ledger, {}

    def _timed(self, fn):
        def wrapper(*a, **kw):
            t0 = time.thread_time()
            try:
                return fn(*a, **kw)
            finally:
                self.seconds += time.thread_time() - t0
        return wrapper

    def __enter__(self):
        for name in ("verdicts", "plan"):
            self._saved[name] = getattr(self._cls, name)
            setattr(self._cls, name, self._timed(self._saved[name]))
        return self

    def __exit__(self, *exc):
        for name, fn in self._saved.items():
            setattr(self._cls, name, fn)


def run(inputs: Path, db: Path, *, workers: int, scheduler: str | None, chunk_size: int, categories: str,
        heap: bool = False) -> dict:
    from pipeline.batch import run_batch

    # (time, inputs done, bytes done, main RSS, ledger seconds so far, Python heap or 0)
    commits: list[tuple] = []
    me = psutil.Process()
    st = timed_store(db)
    if heap:
        tracemalloc.start()
    try:
        with Sampler() as mem, LedgerClock() as ledger:
            t0 = time.perf_counter()
            s = run_batch([str(inputs)], st, workers=workers, scheduler=scheduler, chunk_size=chunk_size,
                          timeout=None, categories=categories,
                          on_commit=lambda sm: commits.append((time.perf_counter(), sm.inputs, sm.bytes,
                                                               me.memory_info().rss, ledger.seconds,
                                                               tracemalloc.get_traced_memory()[0])))
            secs = time.perf_counter() - t0
    finally:
        tracemalloc.stop()
        st.close()
    if s.failed:
        report_failures(db, s.failed)
    return {"inputs": s.inputs, "stored": s.stored, "failed": s.failed, "mb": s.bytes / MB, "seconds": secs,
            "docs_per_s": s.inputs / secs, "mbps": s.bytes / MB / secs, "chunks": len(commits),
            "main_peak_mb": mem.main_peak / MB, "worker_peaks_mb": [p / MB for p in mem.workers()],
            **growth(commits, st.commits), "store_mb": os.path.getsize(db) / MB}


def growth(commits: list[tuple], commit_secs: list[tuple[float, float, int]]) -> dict:
    """Time per document and per MB, and commit time, over the first and the last tenth of the
    chunks (the first chunk, which holds the start-up, left out); main RSS at first/last commit."""
    out: dict = {}
    if len(commits) < 4:
        return out
    spans = [(b[0] - a[0], b[1] - a[1], b[2] - a[2], b[4] - a[4]) for a, b in itertools.pairwise(commits)]
    tenth = max(2, len(spans) // 10)
    first, last = spans[:tenth], spans[-tenth:]

    def per(part, i):
        secs, amount = sum(s[0] for s in part), sum(s[i] for s in part)
        return secs / amount if amount else float("nan")

    out["ms_per_doc"] = {"first": 1e3 * per(first, 1), "last": 1e3 * per(last, 1)}
    out["s_per_mb"] = {"first": per(first, 2) * MB, "last": per(last, 2) * MB}
    out["ledger_us_per_doc"] = {"first": 1e6 * sum(s[3] for s in first) / sum(s[1] for s in first),
                                "last": 1e6 * sum(s[3] for s in last) / sum(s[1] for s in last)}
    ct = commit_secs[1:]  # (each commit's figures, the first one left out as above)

    def median(part, i, scale):
        return scale * statistics.median(c[i] for c in part)

    out["commit_ms"] = {"first": median(ct[:tenth], 0, 1e3), "last": median(ct[-tenth:], 0, 1e3)}
    out["commit_cpu_ms"] = {"first": median(ct[:tenth], 1, 1e3), "last": median(ct[-tenth:], 1, 1e3)}
    out["duckdb_mb"] = {"first_commit": commit_secs[0][2] / MB, "last_commit": commit_secs[-1][2] / MB}
    rss = [c[3] / MB for c in commits]
    out["main_rss_mb"] = {"first_commit": rss[0], "middle": rss[len(rss) // 2], "last_commit": rss[-1],
                          "max": max(rss)}
    if commits[-1][5]:  # --heap: the Python objects of the main process (tracemalloc), beside its RSS
        py = [c[5] / MB for c in commits]
        out["python_heap_mb"] = {"first_commit": py[0], "middle": py[len(py) // 2], "last_commit": py[-1]}
    return out


def show(label: str, r: dict) -> None:
    print(f"{label}: {r['inputs']:,} inputs ({r['stored']:,} stored, {r['failed']} failed), {r['mb']:.1f} MB in "
          f"{r['seconds']:.0f} s: {r['docs_per_s']:.1f} documents/s, {r['mbps']:.2f} MB/s; "
          f"{r['chunks']} commits, store {r['store_mb']:.0f} MB")
    workers = ", ".join(f"{p:.0f}" for p in r["worker_peaks_mb"]) or "none seen"
    print(f"    peak RSS: main process {r['main_peak_mb']:.0f} MB; workers {workers} MB")
    if "ms_per_doc" not in r:
        print(f"    too few commits ({r['chunks']}) to compare the first and the last tenth: a smaller --chunk-size")
    else:
        d, m, lg = r["ms_per_doc"], r["s_per_mb"], r["ledger_us_per_doc"]
        c, cc, rss, db = r["commit_ms"], r["commit_cpu_ms"], r["main_rss_mb"], r["duckdb_mb"]
        print(f"    first → last tenth of the run (goal: flat, ratios near 1): {d['first']:.1f} → {d['last']:.1f} ms "
              f"per document (×{d['last'] / d['first']:.2f}), {m['first']:.2f} → {m['last']:.2f} s per MB "
              f"(×{m['last'] / m['first']:.2f}); ledger CPU {lg['first']:.0f} → {lg['last']:.0f} µs per document "
              f"(×{lg['last'] / lg['first']:.2f}); commit {c['first']:.0f} → {c['last']:.0f} ms "
              f"(×{c['last'] / c['first']:.2f}; CPU {cc['first']:.0f} → {cc['last']:.0f} ms, medians)")
        print(f"    main process RSS at the first → middle → last commit: {rss['first_commit']:.0f} → "
              f"{rss['middle']:.0f} → {rss['last_commit']:.0f} MB (max {rss['max']:.0f}); DuckDB's own memory "
              f"{db['first_commit']:.0f} → {db['last_commit']:.0f} MB")
        if "python_heap_mb" in r:
            h = r["python_heap_mb"]
            print(f"    main process's Python heap (tracemalloc) at the same commits: {h['first_commit']:.1f} → "
                  f"{h['middle']:.1f} → {h['last_commit']:.1f} MB")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt files [%(default)s]")
    ap.add_argument("--repeat", type=int, default=20, help="copies of the archive [%(default)s]")
    ap.add_argument("--small", type=int, default=20_000, help="small documents [%(default)s]")
    ap.add_argument("--quick", action="store_true", help="2 copies and 2,000 small documents: a few minutes")
    ap.add_argument("--only", choices=["large", "small"], help="run one of the two batches")
    ap.add_argument("--workers", type=int, default=2, help="worker processes [%(default)s]")
    ap.add_argument("--scheduler", default=None, help="a Dask scheduler address, or 'local' (workers seen "
                    "here only when they run on this machine as children: 'local')")
    from pipeline.batch.runner import DEFAULT_CHUNK_SIZE

    ap.add_argument("--chunk-size", type=int, default=None,
                    help=f"inputs per commit [{DEFAULT_CHUNK_SIZE}, as zhpolicy batch; --quick: 20, so that its "
                         "smaller batches still have enough commits to compare their first and last tenth]")
    ap.add_argument("--categories", default="auto", help="as zhpolicy batch's default [%(default)s]")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("--heap", action="store_true", help="also trace the main process's Python heap (tracemalloc: "
                    "what the ledger and the runner hold, apart from DuckDB's and Arrow's native memory)")
    args = ap.parse_args(argv)
    repeat, small = (2, 2000) if args.quick else (args.repeat, args.small)
    chunk_size = args.chunk_size or (20 if args.quick else DEFAULT_CHUNK_SIZE)
    if args.only != "small" and not args.corpus.is_dir():
        print(f"bench_scale: corpus folder {args.corpus} not found (needs ../shared; or --only small)",
              file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="zhpolicy-scale-"))
    figures: dict = {"workers": args.workers, "scheduler": args.scheduler, "load_before": os.getloadavg()[0]}
    opts = {"workers": args.workers, "scheduler": args.scheduler, "chunk_size": chunk_size,
            "categories": args.categories, "heap": args.heap}
    try:
        if args.only != "small":
            texts = corpus_texts(args.corpus, None)
            total = write_copies(texts, repeat, work / "large")
            print(f"large: {len(texts)} files × {repeat} = {len(texts) * repeat:,} documents, {total / MB:.1f} MB")
            figures["large"] = run(work / "large", work / "large.duckdb", **opts)
            show("large", figures["large"])
            shutil.rmtree(work / "large")
        if args.only != "large":
            total = write_small(small, work / "small")
            print(f"small: {small:,} documents from {SAMPLES.relative_to(ROOT)}, {total / MB:.1f} MB "
                  f"({total / small:.0f} bytes each on average)")
            figures["small"] = run(work / "small", work / "small.duckdb", **opts)
            show("small", figures["small"])
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
