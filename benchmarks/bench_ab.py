"""Side by side: this checkout's pipeline against another checkout's, in one run.

    python benchmarks/bench_ab.py BASE [--rounds N] [--folder FOLDER]

BASE is another checkout of zhpolicy (``git worktree add --detach /tmp/base COMMIT``; it needs no
environment of its own: it runs with this interpreter, its own folder first on ``PYTHONPATH``).
Two worker processes, one per checkout, load their models and warm up; then every ``.txt`` of
FOLDER (default ``../shared/corpora/archive``) goes through bare ``jieba.lcut`` and
``pipeline.extract_text`` in both, the order of the two workers drawn at random per step, so that
a drift in a shared machine's speed weighs on both alike.  CPU time of each worker, summed per
round: the ratio pipeline / ``jieba.lcut`` of each checkout and their pipelines' CPU ratio.
Figures, not assertions; ``bench_ratio.py`` measures one checkout.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "archive"

# the worker: reads "j I" or "p I" (jieba or pipeline on the I-th text), answers CPU seconds
WORKER = """
import pathlib, sys, time
import jieba, pipeline
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))]
jieba.initialize()
pipeline.extract_text(texts[0])
print("ready", len(texts), pipeline.__file__, flush=True)
for line in sys.stdin:
    kind, i = line.split()
    t = time.process_time()
    (jieba.lcut if kind == "j" else pipeline.extract_text)(texts[int(i)])
    print(time.process_time() - t, flush=True)
"""


class Worker:
    """One warmed-up process running the pipeline of ``checkout``."""

    def __init__(self, checkout: Path, folder: Path):
        env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0")
        self.proc = subprocess.Popen([sys.executable, "-c", WORKER, str(folder)], cwd=checkout, env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self.proc.stdout.readline().split()
        if not line or line[0] != "ready":
            raise SystemExit(f"bench_ab: {checkout}: the pipeline did not start")
        self.n, self.module = int(line[1]), line[2]

    def ask(self, kind: str, i: int) -> float:
        self.proc.stdin.write(f"{kind} {i}\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="the other checkout")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--folder", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    if not (args.base / "pipeline" / "__init__.py").is_file():
        print(f"bench_ab: {args.base}: no checkout of zhpolicy there", file=sys.stderr)
        return 2
    if not any(args.folder.rglob("*.txt")):
        print(f"bench_ab: {args.folder}: no .txt files", file=sys.stderr)
        return 1
    workers = {"base": Worker(args.base.resolve(), args.folder), "this": Worker(ROOT, args.folder)}
    for name, w in workers.items():
        print(f"{name}: {w.module}")
    rnd = random.Random(1)
    try:
        for r in range(args.rounds):
            tot = {(v, k): 0.0 for v in workers for k in "jp"}
            for i in range(workers["base"].n):
                for k in "jp":
                    order = list(workers)
                    rnd.shuffle(order)
                    for v in order:
                        tot[v, k] += workers[v].ask(k, i)
            print(f"round {r + 1}: " + "; ".join(
                f"{v}: jieba {tot[v, 'j']:.2f} s, pipeline {tot[v, 'p']:.2f} s, ratio {tot[v, 'j'] / tot[v, 'p']:.3f}"
                for v in workers) + f"; pipeline this/base {tot['this', 'p'] / tot['base', 'p']:.3f}", flush=True)
    finally:
        for w in workers.values():
            w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
