"""Speed of the requirement stage and of the whole pipeline, per document.

    python benchmarks/bench_stages.py [FILE_OR_FOLDER ...]

For each document (default: ``../shared/corpora/archive/gov_work_reports``) it prints,
measured in one run and in the same process: bare ``jieba.lcut`` over the text, the
whole ``Pipeline()`` and the requirement stage alone (its input — normalised text,
sentences, directives, quantities — prepared beforehand), each in MB/s of UTF-8, and the
ratio pipeline / jieba.  Dictionaries are loaded before timing.  Each figure is the best
of ``--repeat`` runs.  Figures, not assertions.
"""
from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from timing import best_of

MB = 1e6
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "archive" / "gov_work_reports"


def _files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args or [str(DEFAULT)]:
        p = Path(a)
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)

    import jieba

    from pipeline.load import load
    from pipeline.pipeline import Pipeline
    from pipeline.requirements import find_requirements

    jieba.setLogLevel(60)
    jieba.initialize()
    full, upto = Pipeline(), Pipeline(until="quantities")
    full.text("各地区各部门要加强领导。一、加强管理\n（一）完善制度。")  # load every lexicon
    print(f"{'document':28s} {'KB':>6s} {'jieba':>7s} {'pipe':>7s} {'ratio':>6s} {'req':>7s}   (MB/s)")
    ratios, req_speeds = [], []
    for path in _files(args.paths):
        doc = load(path)
        text = doc.raw
        size = len(text.encode("utf-8")) / MB
        t_jieba = best_of(args.repeat, lambda: jieba.lcut(text))
        t_pipe = best_of(args.repeat, lambda: full(doc))
        rec: dict = {"document": doc}
        for stage in upto.stages:
            rec.update(stage.run(rec))
        clean = rec["text"].clean
        t_req = best_of(args.repeat, lambda: list(find_requirements(clean, sentences=rec["sentences"],
                                                                    directives=rec["directives"],
                                                                    quantities=rec["quantities"])))
        ratio = t_jieba / t_pipe
        ratios.append(ratio)
        req_speeds.append(size / t_req)
        print(f"{path.name[:28]:28s} {size * 1000:6.0f} {size / t_jieba:7.2f} {size / t_pipe:7.2f} {ratio:6.2f} "
              f"{size / t_req:7.2f}")
    if ratios:
        print(f"pipeline/jieba ratio: min {min(ratios):.2f}, median {statistics.median(ratios):.2f}; "
              f"requirement stage MB/s: min {min(req_speeds):.2f}, median {statistics.median(req_speeds):.2f}")


if __name__ == "__main__":
    main()
