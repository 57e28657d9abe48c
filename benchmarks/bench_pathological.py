"""Time on hostile and unlucky inputs: is every stage linear in the input's length?

    python benchmarks/bench_pathological.py                   # every input at 25,000 and 100,000 chars
    python benchmarks/bench_pathological.py --size 5000 --only nopunct yishi
    python benchmarks/bench_pathological.py --property 20     # Hypothesis: "4x input <= 5x time" on 20 random texts

Each input is built at N and 4N characters from the project's own samples
(``corpora/samples``) or from a repeated short string, and run through ``Pipeline()``
stage by stage (the stages of ``pipeline/pipeline.py``).  Printed per input and stage: the
CPU seconds (``time.process_time``) at N and at 4N and their ratio (goal: <= 5 for 4x the input, i.e. linear with
room for noise), and the whole pipeline's seconds at 4N (goal: < 5 s at 100,000 chars).
Figures, not assertions: nothing fails when a goal is missed.
"""
from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
RATIO_GOAL, SECONDS_GOAL = 5.0, 5.0


def _samples() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // max(1, len(unit)) + 1))[:n]


def _no_punctuation(n: int) -> str:
    """The samples as OCR output or a pasted table often are: one line, no punctuation at all."""
    text = "".join(c for c in _samples() if not unicodedata.category(c).startswith("P") and c != "\n")
    return _repeat(text, n)


def _one_line(n: int) -> str:
    """The samples with their line breaks removed: normal sentences, one very long line."""
    return _repeat(_samples().replace("\n", ""), n)


INPUTS: dict[str, Callable[[int], str]] = {
    "nopunct": _no_punctuation,
    "oneline": _one_line,
    "yishi": lambda n: _repeat("一是", n),
    "yidun": lambda n: _repeat("一、", n),
    "buyu": lambda n: _repeat("不低于40%", n),
    "digits": lambda n: _repeat("1234567890", n),
    "numerals": lambda n: _repeat("一二三四五六七八九十百千万亿", n),
    "yi": lambda n: _repeat("一", n),
    "shi": lambda n: _repeat("十", n),  # a numeral run whose every shorter end was tried (cubic before)
    "shiju": lambda n: _repeat("十。", n),  # the same as short sentences: one number each
}


def time_stages(text: str, pipe) -> dict[str, float]:
    """CPU seconds per stage of ``pipe`` on ``text`` (and ``total``), one run: the CPU time of
    this process, which other work on a shared machine disturbs less than the wall clock."""
    from pipeline.load import from_text
    from pipeline.pipeline import _to_result

    rec: dict = {"document": from_text(text)}
    out: dict[str, float] = {}
    for stage in pipe.stages:
        t0 = time.process_time()
        rec.update(stage.run(rec))
        out[stage.name] = time.process_time() - t0
    t0 = time.process_time()
    _to_result(rec)
    out["result"] = time.process_time() - t0
    out["total"] = sum(out.values())
    return out


def _ratio(a: float, b: float) -> float:
    """b / a, with times under 20 ms taken as 20 ms: a stage that takes no time does not grow."""
    return max(b, 0.02) / max(a, 0.02)


def _row(name: str, n: int, small: dict[str, float], big: dict[str, float]) -> tuple[str, bool]:
    cells = [f"{big[stage]:7.2f}s x{_ratio(small[stage], big[stage]):4.1f}" for stage in small]
    ok = _ratio(small["total"], big["total"]) <= RATIO_GOAL and big["total"] < SECONDS_GOAL * 4 * n / 100_000
    return f"{name:9s} " + " ".join(cells) + ("  ok" if ok else "  MISSED"), ok


def run_table(names: list[str], n: int) -> int:
    from pipeline.pipeline import Pipeline

    pipe = Pipeline()
    pipe.text("各地区各部门要加强领导。一、加强管理\n（一）完善制度。")  # load every lexicon
    stages = [s.name for s in pipe.stages] + ["result", "total"]
    print(f"seconds at {4 * n:,} chars and ratio to {n:,} chars (goal for the total: ratio <= {RATIO_GOAL:g}, "
          f"< {SECONDS_GOAL:g} s per 100,000 chars)")
    print(f"{'input':9s} " + " ".join(f"{s[:13]:>13s}" for s in stages))
    missed = 0
    for name in names:
        build = INPUTS[name]
        small, big = time_stages(build(n), pipe), time_stages(build(4 * n), pipe)
        line, ok = _row(name, n, small, big)
        missed += not ok
        print(line, flush=True)
    return missed


def run_property(examples: int, n: int) -> None:
    """Hypothesis draws texts from the alphabet of the samples and of the markers; each is timed at
    N and 4N characters (repeated to length) and the worst ratio of totals is printed."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from pipeline.pipeline import Pipeline

    pipe = Pipeline()
    alphabet = sorted(set(_samples()) | set("一二三四五六七八九十是、．.（）()0123456789%\n"))
    worst: list[tuple[float, str]] = []

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.text(alphabet=alphabet, min_size=1, max_size=40))
    def check(unit: str) -> None:
        a = time_stages(_repeat(unit, n), pipe)["total"]
        b = time_stages(_repeat(unit, 4 * n), pipe)["total"]
        worst.append((b / max(a, 0.01), unit))

    check()
    worst.sort(reverse=True)
    for ratio, unit in worst[:5]:
        print(f"x{ratio:5.1f}  unit {unit!r}")
    print(f"property '4x input <= {RATIO_GOAL:g}x time': {'held' if worst[0][0] <= RATIO_GOAL else 'MISSED'} "
          f"on {len(worst)} texts")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=25_000, help="N: each input is timed at N and 4N chars")
    ap.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="these inputs only")
    ap.add_argument("--property", type=int, default=0, metavar="EXAMPLES",
                    help="also check '4x input <= 5x time' on this many Hypothesis-drawn texts (at --size/10)")
    args = ap.parse_args(argv)
    run_table(args.only or list(INPUTS), args.size)
    if args.property:
        run_property(args.property, max(100, args.size // 10))
    return 0


if __name__ == "__main__":
    sys.exit(main())
