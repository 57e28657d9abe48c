"""Where the pipeline spends its time, function by function (cProfile), to compare two checkouts.

    python benchmarks/profile_stages.py [FILE_OR_FOLDER ...] [--every 3] [--top 30] [--json OUT]

Runs ``pipeline.extract_text`` over every ``--every``-th text file of the folders given (default:
``../shared/corpora/archive``, a third of it), after one warm-up document, under cProfile, and prints
the functions with the most time of their own: the share of the profiled total, the share with
what they call, and the number of calls.  ``--json`` writes every function's row (calls, own
seconds, cumulative seconds) for a side-by-side comparison of two checkouts: run it in each and
compare the shares and the call counts, not the seconds (the machine may be busy).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "archive"


def _texts(paths: list[str], every: int) -> list[str]:
    files: list[Path] = []
    for a in paths or [str(DEFAULT)]:
        p = Path(a)
        if not p.exists():
            raise FileNotFoundError(f"profile_stages: {p}: no such file or folder")
        files.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    return [f.read_text(encoding="utf-8") for f in files[::max(1, every)]]


def profile_rows(texts: list[str]) -> dict[str, tuple[int, float, float]]:
    """Per function (``file:name``): calls, own seconds, cumulative seconds, over ``texts``."""
    import pipeline

    pipeline.extract_text(texts[0])  # dictionaries and lexicons loaded before profiling
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        pipeline.extract_text(t)
    prof.disable()
    rows: dict[str, tuple[int, float, float]] = {}
    for (file, _line, fn), (_cc, calls, own, cum, _callers) in pstats.Stats(prof).stats.items():
        key = f"{Path(file).name}:{fn}"
        n, o, c = rows.get(key, (0, 0.0, 0.0))
        rows[key] = (n + calls, o + own, c + cum)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="text files or folders (default: ../shared/corpora/archive)")
    ap.add_argument("--every", type=int, default=3, help="profile every N-th file (default 3)")
    ap.add_argument("--top", type=int, default=30, help="functions to print (default 30)")
    ap.add_argument("--json", type=Path, help="write every function's row to this file")
    args = ap.parse_args(argv)
    try:
        texts = _texts(args.paths, args.every)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    if not texts:
        print("profile_stages: no .txt files to profile", file=sys.stderr)
        return 1
    rows = profile_rows(texts)
    total = sum(own for _n, own, _c in rows.values()) or 1.0
    print(f"{len(texts)} documents, {total:.2f} s profiled")
    for key, (n, own, cum) in sorted(rows.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"{own / total:6.1%} own  {cum / total:6.1%} with callees  {n:>9} calls  {key}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
