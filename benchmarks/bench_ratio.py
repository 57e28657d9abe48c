"""The steady ratio pipeline / bare ``jieba.lcut``, in one warmed-up process.

    python benchmarks/bench_ratio.py [--rounds N] [FOLDER]

Every ``.txt`` under FOLDER (default ``../shared/corpora/archive``) through ``jieba.lcut`` and
then ``pipeline.extract_text``, in turn, ``--rounds`` times; CPU time of this process, so that
other work on a shared machine weighs less than on wall time.  No start-up, categories, tables
or commits (``bench_batch.py`` has those): the stages' own speed.  Figures, not assertions.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "archive"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.rglob("*.txt"))]
    if not texts:
        print(f"bench_ratio: no .txt files under {args.folder}")
        return 1
    import jieba

    import pipeline

    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    jieba.initialize()
    pipeline.extract_text(texts[0])  # the stages' models and tables, loaded before timing
    for k in range(args.rounds):
        t = time.process_time()
        for text in texts:
            jieba.lcut(text)
        tj = time.process_time() - t
        t = time.process_time()
        for text in texts:
            pipeline.extract_text(text)
        tp = time.process_time() - t
        print(f"round {k + 1}: {len(texts)} files, {mb:.2f} MB; jieba.lcut {mb / tj:.2f} MB/s, "
              f"pipeline {mb / tp:.2f} MB/s (CPU time); ratio {tj / tp:.2f}   (goal ≥ 0.8)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
