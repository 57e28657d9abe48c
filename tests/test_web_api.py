"""The staff page and the API without a browser (Starlette's TestClient / httpx): pages,
uploads, errors in Chinese, escaping, downloads with edits, the token, the size bound, and
that a long extraction does not hold up other requests."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

import docx
import openpyxl
from conftest import SAMPLES
from fastapi.testclient import TestClient

from pipeline.web import app as web_app
from pipeline.web import create_app
from pipeline.web.store import DocumentStore

SAMPLE = SAMPLES / "county_cadre_speech.txt"
HEADINGS = ("提高政治站位", "拓宽识人视野", "加强教育培训", "从严管理监督")
# an invented notice: two items, a target, a deadline, a responsibility note
NOTICE = (
    "关于做好河湖清淤工作的通知\n"
    "一、压实工作责任\n"
    "各乡镇要在2026年6月底前完成河道清淤，清淤完成率达到95%以上。（牵头单位：县水务局；责任单位：各乡镇）\n"
    "二、加强督促检查\n"
    "严禁弄虚作假。县督查室每季度至少开展一次督查。\n"
)
HOSTILE = "一、要抓好落实。<script>alert(1)</script>各单位要\"><img src=x onerror=alert(2)>落实{{ 7*7 }}责任。\n"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(warm=False), raise_server_exceptions=False) as c:
        yield c


def upload(client, name, data, **kw):
    return client.post("/upload", files={"files": (name, data)}, follow_redirects=False, **kw)


def upload_doc(client, text=NOTICE, name="notice.txt") -> str:
    r = upload(client, name, text.encode("utf-8"))
    assert r.status_code == 303, r.text[:500]
    return r.headers["location"].rsplit("/", 1)[-1]


# --- pages ---------------------------------------------------------------------------------------

def test_index_is_chinese_and_locked_down(client):
    r = client.get("/")
    assert r.status_code == 200 and "开始分析" in r.text and "把文件拖到这里" in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_static_files_are_shipped(client):
    assert "initDoc" in client.get("/static/app.js").text
    assert ".docgrid" in client.get("/static/app.css").text


def test_sample_speech_document_view(client):
    r = upload(client, SAMPLE.name, SAMPLE.read_bytes())
    assert r.status_code == 303 and r.headers["location"].startswith("/doc/")
    page = client.get(r.headers["location"]).text
    outline = page[page.index('id="outline"'):page.index("</ol>", page.index('id="outline"'))]
    for h in HEADINGS:
        assert h in outline
    assert page.count('<tr id="row-') == 59  # one row per requirement
    assert 'class="seg req m-obligation"' in page and 'data-r="' in page
    assert 'class="seg tgt"' in page or " tgt\"" in page
    for label in ("层级条目", "要求", "量化指标", "时限"):
        assert label in page


def test_several_documents_in_one_upload(client):
    files = [("files", ("a.txt", NOTICE.encode("utf-8"))), ("files", ("b.txt", SAMPLE.read_bytes())),
             ("files", ("bad.bin", bytes(range(256)) * 8))]
    r = client.post("/upload", files=files, follow_redirects=False)
    assert r.status_code == 200
    assert r.text.count('class="doc-link"') == 2 and "这不是文本文件" in r.text


def test_unknown_document_is_a_chinese_404(client):
    r = client.get("/doc/0123456789abcdef")
    assert r.status_code == 404 and "请重新上传" in r.text
    assert client.get("/doc/../../etc/passwd").status_code == 404


# --- bad input: the loader's reason, in Chinese ----------------------------------------------------

BAD_FILES = [
    ("binary.bin", bytes(range(256)) * 16, "这不是文本文件"),
    ("empty.txt", b"   \n", "文件是空的"),
    ("old.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 600, "另存为 .docx"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "无法读取这个 Word 文件"),
    ("scan.pdf", b"%PDF-1.4\n%garbage without pages\n", "PDF"),
    ("sheet.xlsx", b"PK\x03\x04", "不支持 .xlsx 文件"),
]


@pytest.mark.parametrize("name,data,expected", BAD_FILES)
def test_bad_file_gets_a_chinese_message(client, name, data, expected):
    r = upload(client, name, data)
    assert r.status_code == 400
    assert expected in r.text and 'class="error-message"' in r.text
    assert "Traceback" not in r.text


def test_nothing_sent(client):
    r = client.post("/upload", data={"text": "  "}, follow_redirects=False)
    assert r.status_code == 400 and "没有收到文件或文字" in r.text


def test_upload_size_bound_is_configurable():
    with TestClient(create_app(warm=False, max_bytes=2000)) as c:
        small = upload(c, "n.txt", NOTICE.encode("utf-8"))
        assert small.status_code == 303
        big = upload(c, "big.txt", ("各单位要抓好落实。" * 3000).encode("utf-8"))
        assert big.status_code == 413 and "上传内容太大" in big.text
        api = c.post("/api/extract", files={"file": ("big.txt", b"x" * 100_000)})
        assert api.status_code == 413 and "error" in api.json()
        assert c.get("/").status_code == 200  # still serving


# --- pasted text is only text --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["/etc/passwd", "-", str(SAMPLE), "~/.ssh/id_rsa"])
def test_pasted_text_is_never_a_path(client, text):
    r = client.post("/api/extract", data={"text": text})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["source"] == "<text>" and doc["chars"] == len(text) and doc["encoding"] == "str"


def test_hostile_text_is_escaped(client):
    r = client.post("/upload", data={"text": HOSTILE}, follow_redirects=True)
    assert r.status_code == 200
    page = r.text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and "49" not in page.split('id="doctext"')[1].split("</div>")[0]


# --- corrections and downloads ----------------------------------------------------------------------

def _export(client, doc_id, fmt, edits):
    r = client.post(f"/doc/{doc_id}/export", data={"fmt": fmt, "edits": json.dumps(edits, ensure_ascii=False)})
    assert r.status_code == 200, r.text[:300]
    assert "attachment" in r.headers["content-disposition"]
    return r.content


EDITS = {"1": {"lead": "县河长办", "deadline": "2026年5月底前", "note": "已部署", "status": "推进中"},
         "2": {"dropped": True}}


def test_xlsx_ledger_has_the_edits(client):
    doc_id = upload_doc(client)
    data = _export(client, doc_id, "xlsx", EDITS)
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "县河长办" in cells and "2026年5月底前" in cells and "推进中；已部署" in cells
    assert not any("严禁弄虚作假" in c for c in cells)  # requirement 2 dropped
    assert ws.cell(3, 8).value == "备注"


def test_docx_ledger_and_checklist_have_the_edits(client):
    doc_id = upload_doc(client)
    for fmt in ("docx", "checklist"):
        d = docx.Document(io.BytesIO(_export(client, doc_id, fmt, EDITS)))
        text = "\n".join(p.text for p in d.paragraphs) + "\n".join(
            c.text for t in d.tables for row in t.rows for c in row.cells)
        assert "县河长办" in text, fmt
        assert "严禁弄虚作假" not in text, fmt


def test_csv_has_bom_and_the_edits(client):
    doc_id = upload_doc(client)
    data = _export(client, doc_id, "csv", EDITS)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    first = next(r for r in rows if r["req_id"] == "1")
    assert first["lead"] == "县河长办" and first["deadline"] == "2026年5月底前"
    assert first["status"] == "推进中" and first["note"] == "已部署"
    assert all(r["req_id"] != "2" for r in rows)


def test_download_without_edits_is_the_plain_ledger(client):
    doc_id = upload_doc(client)
    ws = openpyxl.load_workbook(io.BytesIO(_export(client, doc_id, "xlsx", {}))).active
    assert any("县水务局" == c.value for row in ws.iter_rows() for c in row)


@pytest.mark.parametrize("edits", ['{"1": {"status": "搁置"}}', "not json", '["a"]', '{"x": {}}',
                                   '{"1": {"lead": 5}}'])
def test_bad_edits_are_refused(client, edits):
    doc_id = upload_doc(client)
    r = client.post(f"/doc/{doc_id}/export", data={"fmt": "xlsx", "edits": edits})
    assert r.status_code == 400 and "修改内容无法读取" in r.text


def test_unknown_export_format(client):
    doc_id = upload_doc(client)
    assert client.post(f"/doc/{doc_id}/export", data={"fmt": "exe"}).status_code == 400


# --- the API ---------------------------------------------------------------------------------------

def test_api_returns_the_cli_json(client):
    r = client.post("/api/extract", files={"file": (SAMPLE.name, SAMPLE.read_bytes())})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    env = dict(os.environ)
    cli = subprocess.run([sys.executable, "-m", "pipeline", "extract", SAMPLE.name, "--format", "json"],
                         cwd=SAMPLES, capture_output=True, env=env, timeout=120, check=True)
    assert r.json() == json.loads(cli.stdout)


def test_api_json_body_and_sentences_flag(client):
    r = client.post("/api/extract?sentences=false", json={"text": NOTICE})
    doc = r.json()
    assert r.status_code == 200 and "sentences" not in doc and len(doc["directives"]) == 2
    assert doc["requirements"][0]["deadline"] == "2026-06-30"


@pytest.mark.parametrize("kwargs,status,expected", [
    ({"files": {"file": ("x.bin", bytes(range(256)) * 8)}}, 400, "这不是文本文件"),
    ({"data": {"nothing": "here"}}, 400, "需要 file"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "JSON"),
    ({"json": {"text": 3}}, 400, "text"),
])
def test_api_errors_are_json_in_chinese(client, kwargs, status, expected):
    r = client.post("/api/extract", **kwargs)
    assert r.status_code == status and expected in r.json()["error"]


def test_openapi_and_docs_page(client):
    spec = client.get("/openapi.json").json()
    assert "/api/extract" in spec["paths"]
    page = client.get("/docs").text
    assert "POST /api/extract" in page and "cdn" not in page.lower()  # nothing fetched from elsewhere


# --- robustness ------------------------------------------------------------------------------------

def test_a_failing_request_leaves_the_server_serving(monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("simulated bug")

    with TestClient(create_app(warm=False), raise_server_exceptions=False) as c:
        monkeypatch.setattr(web_app, "analyse_text", boom)
        r = c.post("/upload", data={"text": NOTICE})
        assert r.status_code == 500 and "服务仍在运行" in r.text and "simulated" not in r.text
        monkeypatch.undo()
        assert upload(c, "n.txt", NOTICE.encode("utf-8")).status_code == 303


def test_extraction_runs_off_the_event_loop(monkeypatch):
    """While one upload is being analysed (slowly), another request is answered at once."""
    import anyio
    import httpx

    real = web_app.analyse_text

    def slow(*args, **kw):
        time.sleep(1.5)
        return real(*args, **kw)

    monkeypatch.setattr(web_app, "analyse_text", slow)
    app = create_app(warm=False)
    times = {}

    async def main():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            t0 = time.perf_counter()

            async def long():
                await c.post("/api/extract", data={"text": NOTICE})
                times["long"] = time.perf_counter() - t0

            async def short():
                await anyio.sleep(0.2)
                assert (await c.get("/healthz")).status_code == 200
                times["short"] = time.perf_counter() - t0

            async with anyio.create_task_group() as tg:
                tg.start_soon(long)
                tg.start_soon(short)

    anyio.run(main)
    assert times["short"] < 1.0 < times["long"], times


# --- the token ---------------------------------------------------------------------------------------

def test_token_guards_pages_and_api():
    with TestClient(create_app(warm=False, token="s3cret")) as c:
        assert c.get("/").status_code == 401 and "访问令牌" in c.get("/").text
        assert c.get("/?token=wrong").status_code == 401
        assert c.post("/api/extract", data={"text": NOTICE}).status_code == 401
        r = c.get("/?token=s3cret", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/" and "zhpolicy_token" in r.headers["set-cookie"]
        assert c.get("/").status_code == 200  # the cookie from now on
        c.cookies.clear()
        ok = c.post("/api/extract", data={"text": NOTICE}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert c.get("/static/app.css").status_code == 200


# --- the store -----------------------------------------------------------------------------------------

def test_store_forgets_the_least_recently_used():
    from pipeline import extract_text

    store = DocumentStore(max_docs=2)
    a, b, c = (extract_text(f"一、第{i}项。各单位要抓好落实。") for i in "一二三")
    store.put(a), store.put(b)
    assert store.get(a.doc_id) is a  # a is now the most recent
    store.put(c)
    assert store.get(b.doc_id) is None and store.get(a.doc_id) is a and len(store) == 2
