#!/usr/bin/env python3
"""The staff page's speed: upload → requirement table shown, warm, median of N.

For each document, in headless Chromium (Debian's ``chromium`` driven by Playwright, as in
``tests/test_web_browser.py``) against ``zhpolicy serve``'s app on 127.0.0.1: open the upload
page, choose the file, press 开始分析, and stop the clock when the first row of the requirement
table is in the page.  Two warm-up rounds first (the server warms itself at start-up too),
then ``--rounds`` timed rounds; median, min and max.  ``--http`` times the same two requests
without a browser (POST /upload, GET the document page).

    python benchmarks/bench_web.py                 # the sample speech and the congress report, 20 rounds
    python benchmarks/bench_web.py --rounds 5 --http

Goal: under 1 s for the sample speech.  Figures only; nothing fails when it is missed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("ZHPOLICY_SHARED", ROOT.parent / "shared"))
DOCUMENTS = [
    ("sample speech", ROOT / "corpora" / "samples" / "county_cadre_speech.txt"),
    ("congress report", SHARED / "corpora" / "real" / "cpc_congress_report_20th_2022.txt"),
]
GOAL_S = 1.0


def browser_times(url: str, path: Path, rounds: int, warm: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        raise SystemExit("no chromium binary: apt-get install chromium (or use --http)")
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        for i in range(warm + rounds):
            page.goto(url + "/")
            page.set_input_files("#files", str(path))
            t0 = time.perf_counter()
            page.click("#submit")
            page.wait_for_selector("#reqs tbody tr", state="attached")
            if i >= warm:
                times.append(time.perf_counter() - t0)
        browser.close()
    return times


def http_times(url: str, path: Path, rounds: int, warm: int) -> list[float]:
    import httpx

    data = path.read_bytes()
    times = []
    with httpx.Client(base_url=url, timeout=120) as c:
        for i in range(warm + rounds):
            t0 = time.perf_counter()
            r = c.post("/upload", files={"files": (path.name, data)}, follow_redirects=False)
            page = c.get(r.headers["location"])
            assert page.status_code == 200 and "<tr id=\"row-" in page.text
            if i >= warm:
                times.append(time.perf_counter() - t0)
    return times


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--warm", type=int, default=2)
    ap.add_argument("--http", action="store_true", help="also time the requests without a browser")
    args = ap.parse_args(argv)

    from pipeline.web import create_app
    from pipeline.web.server import serving

    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
    print(f"{'document':<18} {'chars':>7} {'way':<8} {'median':>8} {'min':>7} {'max':>7}  goal")
    with serving(create_app()) as url:
        for label, path in DOCUMENTS:
            if not path.exists():
                print(f"{label:<18} skipped: {path} not found")
                continue
            chars = len(path.read_text(encoding="utf-8"))
            ways = [("browser", browser_times)] + ([("http", http_times)] if args.http else [])
            for way, fn in ways:
                t = fn(url, path, args.rounds, args.warm)
                goal = f"< {GOAL_S:.0f} s: {'met' if statistics.median(t) < GOAL_S else 'missed'}" \
                    if label == "sample speech" else ""
                print(f"{label:<18} {chars:>7} {way:<8} {statistics.median(t):>7.3f}s {min(t):>6.3f}s "
                      f"{max(t):>6.3f}s  {goal}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
