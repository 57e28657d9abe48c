"""The staff page in a real browser: headless Chromium (Debian's package, driven by Playwright
through ``executable_path``; no browser download) against uvicorn on 127.0.0.1.

Skips with a reason when Playwright or a ``chromium`` binary is missing (``make test`` installs
Debian's ``chromium`` where apt-get works).  Screenshots of the main views go to
``$ZHPOLICY_TEST_OUTPUT/web`` (default ``.cache/test-output/web``).
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

SAMPLE = SAMPLES / "county_cadre_speech.txt"
HEADINGS = ("一、提高政治站位", "二、拓宽识人视野", "三、加强教育培训", "四、从严管理监督")
OUT = Path(os.environ.get("ZHPOLICY_TEST_OUTPUT", ROOT / ".cache" / "test-output")) / "web"


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def server():
    from pipeline.web import create_app
    from pipeline.web.server import serving

    with serving(create_app()) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    exe = chromium_path()
    if exe is None:
        pytest.skip("no chromium binary (Debian: apt-get install chromium; `make test` does it where apt-get works)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1600, "height": 900}, accept_downloads=True, locale="zh-CN")
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.base = server
    yield pg
    context.close()


def shot(pg, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(OUT / f"{name}.png"))


def open_sample(pg):
    pg.goto(pg.base + "/")
    pg.set_input_files("#files", str(SAMPLE))
    pg.click("#submit")
    pg.wait_for_selector("#reqs tbody tr")
    return pg.url.rsplit("/", 1)[-1]


def test_upload_shows_outline_text_and_table(page):
    page.goto(page.base + "/")
    shot(page, "upload")
    open_sample(page)
    outline = page.locator("#outline .lvl-1 a").all_inner_texts()
    for h in HEADINGS:
        assert any(t.startswith(h) for t in outline), outline
    assert page.locator("#reqs tbody tr").count() == 59
    assert page.locator("#doctext .seg.req").count() > 50
    assert page.locator("#doctext .tgt[title]").count() > 0
    assert page.locator("#n-requirements").inner_text() == "59"
    shot(page, "document")


def test_outline_click_scrolls_the_text(page):
    open_sample(page)
    link = page.locator("#outline a", has_text="四、从严管理监督")
    anchor = page.locator("#d-" + link.get_attribute("data-dir"))
    pane = page.locator("section.pane.text")
    before = pane.evaluate("el => el.scrollTop")
    link.click()
    page.wait_for_function("() => document.querySelector('section.pane.text').scrollTop > 0")
    assert pane.evaluate("el => el.scrollTop") > before
    box, pbox = anchor.bounding_box(), pane.bounding_box()
    assert pbox["y"] <= box["y"] <= pbox["y"] + pbox["height"]


def test_row_and_span_are_linked(page):
    open_sample(page)
    row = page.locator("#row-20")
    row.locator("td.rtext").click()
    spans = page.locator('#doctext [data-r~="20"]')
    assert spans.count() > 0 and spans.first.evaluate("el => el.classList.contains('hl')")
    highlighted = "".join(page.locator("#doctext .hl").all_inner_texts())
    assert highlighted[:6] in row.locator("td.rtext").inner_text()
    shot(page, "row-selected")
    # and back: a click in the text selects the row
    page.locator('#doctext [data-r~="3"]').first.click()
    assert page.locator("#row-3").evaluate("el => el.classList.contains('hl')")


def test_filters(page):
    open_sample(page)
    page.select_option("#f-modality", "prohibition")
    visible = page.locator("#reqs tbody tr:visible")
    assert 0 < visible.count() < 59
    assert set(visible.evaluate_all("rows => rows.map(r => r.dataset.modality)")) == {"prohibition"}
    page.select_option("#f-modality", "*")
    page.fill("#f-person", "县委组织部")
    n = page.locator("#reqs tbody tr:visible").count()
    assert 0 < n < 59
    page.fill("#f-person", "")
    section = page.locator("#f-section option").nth(1).get_attribute("value")
    page.select_option("#f-section", section)
    assert set(page.locator("#reqs tbody tr:visible").evaluate_all("rs => rs.map(r => r.dataset.section)")) == {section}


def test_edits_survive_reload_and_reach_the_xlsx(page):
    import openpyxl

    open_sample(page)
    row = page.locator("#row-12")
    row.locator('[data-field="lead"]').fill("县委组织部干部科")
    row.locator('[data-field="deadline"]').fill("2026年9月底前")
    row.locator('[data-field="status"]').select_option("推进中")
    row.locator('[data-field="note"]').fill("每季度报送")
    dropped_text = page.locator("#row-13 td.rtext").inner_text()
    page.locator("#row-13 .drop").click()
    page.reload()
    page.wait_for_selector("#reqs tbody tr")
    row = page.locator("#row-12")
    assert row.locator('[data-field="lead"]').input_value() == "县委组织部干部科"
    assert row.locator('[data-field="deadline"]').input_value() == "2026年9月底前"
    assert row.locator('[data-field="status"]').input_value() == "推进中"
    assert page.locator("#row-13").is_hidden()  # dropped rows are hidden unless asked for
    shot(page, "edited")
    with page.expect_download() as info:
        page.click("#dl-xlsx")
    data = Path(info.value.path()).read_bytes()
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [str(c.value) for r in ws.iter_rows() for c in r if c.value is not None]
    assert "县委组织部干部科" in cells and "2026年9月底前" in cells and "推进中；每季度报送" in cells
    assert dropped_text.split("\n")[0] not in cells
    assert info.value.suggested_filename.endswith("工作台账.xlsx")


def test_binary_file_gets_the_chinese_message(page, tmp_path):
    bad = tmp_path / "scan.bin"
    bad.write_bytes(bytes(range(256)) * 32)
    page.goto(page.base + "/")
    page.set_input_files("#files", str(bad))
    page.click("#submit")
    message = page.locator(".error-message")
    assert "这不是文本文件" in message.inner_text()
    assert page.locator("#upload-form").is_visible()  # the page is whole, ready for another try
    shot(page, "error")


def test_hostile_text_runs_nothing(page):
    marker = f"x{uuid.uuid4().hex[:8]}"
    hostile = (f"一、要抓好落实。<script>window.{marker}=1;alert('s')</script>各单位要"
               f"\"><img src=x onerror=\"window.{marker}=2;alert('i')\">落实{{{{ 7*7 }}}}责任。"
               f"<svg onload=alert('v')></svg>")
    page.goto(page.base + "/")
    page.fill("#text", hostile)
    page.click("#submit")
    page.wait_for_selector("#doctext")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.evaluate(f"() => window.{marker}") is None
    assert page.locator("#doctext script, #doctext img, #doctext svg, #reqs script, #reqs img").count() == 0
    text = page.locator("#doctext").inner_text()
    assert "<script>" in text and "onerror=" in text and "{{ 7*7 }}" in text


def test_api_returns_the_cli_json(server):
    body, boundary = _multipart("file", SAMPLE.name, SAMPLE.read_bytes())
    req = urllib.request.Request(server + "/api/extract", data=body, method="POST",
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        api = json.loads(resp.read())
    cli = subprocess.run([sys.executable, "-m", "pipeline", "extract", SAMPLE.name, "--format", "json"],
                         cwd=SAMPLES, capture_output=True, timeout=120, check=True)
    assert api == json.loads(cli.stdout)


def _multipart(field: str, name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), boundary
