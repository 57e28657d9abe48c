#!/usr/bin/env python3
"""Run every benchmark once, in one go (``make bench``): accuracy against all gold files,
target extraction speed, per-document stage speed, and the batch benchmark (``--quick``
unless ``--full``).

Figures only: nothing here fails when a goal is missed."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(*args: str) -> int:
    print(f"\n$ python benchmarks/{' '.join(args)}", flush=True)
    return subprocess.call([sys.executable, str(HERE / args[0]), *args[1:]])


def main() -> int:
    full = "--full" in sys.argv[1:]
    codes = [
        run("accuracy.py"),
        run("bench_targets.py"),
        run("bench_stages.py", "--repeat", "1"),
        run("bench_batch.py", *([] if full else ["--quick"])),
    ]
    return max(codes)


if __name__ == "__main__":
    sys.exit(main())
