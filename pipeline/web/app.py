"""The staff page: upload a speech, check what was found, correct the table, download it.

An ASGI app (FastAPI; Jinja2 templates; one CSS and one JS file shipped in ``static/``).
Run it with ``zhpolicy serve`` (uvicorn).  Safe by default:

* pasted text is analysed as text (:func:`pipeline.extract_text`), never read as a path;
* one request body is bounded (``max_bytes``, checked on ``Content-Length`` and while
  reading); uploads are read into memory (Starlette spools a large part to an unnamed
  temporary file, closed and gone when the request ends);
* every text of the document is escaped by Jinja's autoescape, and a Content-Security-Policy
  allows only the page's own script and style, so a document cannot run code in the page;
* extraction runs in a worker thread (``run_in_threadpool``): a long document does not hold
  up other users; a failing request becomes a Chinese message, and the server goes on;
* ``token``: for shared deployments, every page and the API need it (``?token=`` once, then
  a cookie; ``Authorization: Bearer …`` for the API).
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
import secrets
import tempfile
from pathlib import Path, PurePosixPath
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from ..errors import LoadError, ZhpolicyError
from ..resources import ui
from ..version import __version__
from . import messages, view
from .edits import STATUSES, EditsError, apply_edits, parse_edits
from .store import DocumentStore

log = logging.getLogger("zhpolicy.web")

HERE = Path(__file__).parent
DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # one request: all files of one upload together
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and the small fields beside the files
MAX_FILES = 20
TOKEN_COOKIE = "zhpolicy_token"
DOC_ID = re.compile(r"[0-9a-f]{16}")
REFUSED_SUFFIXES = {".doc": messages.LEGACY_DOC}
UNSUPPORTED_SUFFIXES = frozenset({".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".png", ".jpg", ".jpeg",
                                  ".gif", ".bmp", ".tif", ".tiff", ".zip", ".rar", ".7z", ".exe"})
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
EXPORTS = {
    "xlsx": (ui("web.export.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": (ui("web.export.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "checklist": (ui("web.export.checklist"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "csv": (ui("web.export.csv"), "text/csv; charset=utf-8"),
}
STATUS_TEXT = {code: ui(f"web.http.{code}") for code in (400, 401, 404, 405, 413, 422, 500)}


# --- analysis (runs in a worker thread) --------------------------------------------------------

def analyse(document, categories: str = "auto"):
    """The whole pipeline on a loaded Document, with the category column filled as the CLI does."""
    from ..pipeline import Pipeline
    from ..research.categories import categorize

    result = Pipeline().run_document(document)
    return categorize(result, categories) if categories and categories != "none" else result


def analyse_bytes(data: bytes, name: str, max_bytes: int, categories: str = "auto"):
    from ..load import from_bytes

    return analyse(from_bytes(data, name, max_bytes=max_bytes), categories)


def analyse_text(text: str, categories: str = "auto"):
    """Pasted text: only ever text (``from_text``), never a path or ``-``."""
    from ..load import from_text

    return analyse(from_text(text, source="<text>"), categories)


def safe_name(filename: str | None) -> str:
    """The file's own name without any folder a client put before it."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name.strip()
    return (name or "upload")[:200]


def _refusal(name: str) -> str | None:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        return REFUSED_SUFFIXES[suffix]
    if suffix in UNSUPPORTED_SUFFIXES:
        return messages.UNSUPPORTED.format(suffix)
    return None


# --- middleware ----------------------------------------------------------------------------------

class BodyLimit:
    """Refuse a request body over ``limit`` bytes: at once by its Content-Length, or as soon as
    reading it passes the limit (a chunked body)."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            response = _too_large(scope, self.limit)
            return await response(scope, receive, send)
        seen = 0

        async def limited():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise HTTPException(413, f"request body over {self.limit} bytes")
            return message

        await self.app(scope, limited, send)


def _too_large(scope, limit: int) -> Response:
    text = ui("web.too_large").format(limit=limit)
    if scope.get("path", "").startswith("/api/"):
        return JSONResponse({"error": text, "reason": f"request body over {limit} bytes"}, status_code=413)
    return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>{STATUS_TEXT[413]}</title><p>{text}</p>"
                        f"<p><a href=\"/\">{ui('web.back')}</a></p>", status_code=413)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


# --- the app -------------------------------------------------------------------------------------

def create_app(*, max_bytes: int = DEFAULT_MAX_BYTES, token: str | None = None, warm: bool = True,
               categories: str = "auto", store: DocumentStore | None = None) -> FastAPI:
    """The staff page and the API as one ASGI app.

    ``max_bytes`` bounds one request body (all files of one upload); ``token`` (optional)
    must accompany every request; ``warm`` runs one small extraction at start-up so that the
    first upload does not pay for loading the dictionaries; ``categories`` as for
    ``zhpolicy extract --categories``.
    """

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        if warm:
            await run_in_threadpool(analyse_text, ui("web.warm_text"), categories)
        yield

    app = FastAPI(title="zhpolicy", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description=ui("web.api_description"))
    app.state.store = store or DocumentStore()
    app.state.max_bytes = max_bytes
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True)
    templates = Jinja2Templates(env=env)
    templates.env.globals.update(version=__version__, statuses=STATUSES)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    def error_page(request: Request, status_code: int, message: str, detail: str = "") -> Response:
        if _wants_json(request):
            return JSONResponse({"error": message, "reason": detail}, status_code=status_code)
        return page(request, "error.html", status_code, heading=STATUS_TEXT.get(status_code, ui("web.http.other")),
                    message=message, detail=detail)

    # --- every request: headers, token --------------------------------------------------------

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if token and not request.url.path.startswith("/static/"):
            given = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or ""
            auth = request.headers.get("authorization", "")
            if auth.lower().startswith("bearer "):
                given = auth[7:].strip()
            given = request.headers.get("x-zhpolicy-token") or given
            if not secrets.compare_digest(given.encode(), token.encode()):
                response = error_page(request, 401, ui("web.token_needed"),
                                      "missing or wrong token")
                return _secure(response)
            if "token" in request.query_params and request.method == "GET":
                rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                response = RedirectResponse(request.url.path + ("?" + urlencode(rest) if rest else ""), 303)
                response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
                return _secure(response)
        return _secure(await call_next(request))

    app.add_middleware(BodyLimit, limit=max_bytes + FORM_OVERHEAD)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        messages_ = {404: ui("web.not_found"), 405: ui("web.bad_method"),
                     413: ui("web.too_large").format(limit=max_bytes)}
        message = messages_.get(exc.status_code) \
            or (exc.detail if isinstance(exc.detail, str) else ui("web.bad_request"))
        return error_page(request, exc.status_code, message, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return error_page(request, 422, ui("web.bad_request"),
                          json.dumps(jsonable(exc.errors()), ensure_ascii=False)[:500])

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):
        log.exception("request %s %s failed", request.method, request.url.path)
        return _secure(error_page(request, 500, ui("web.server_error"),
                                  type(exc).__name__))

    # --- pages ---------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index(request: Request):
        return page(request, "index.html", max_bytes=max_bytes, done=[], errors=[])

    @app.post("/upload", include_in_schema=False)
    async def upload(request: Request):
        done, errors = [], []
        async with read_form(request) as form:
            for item in form.getlist("files"):
                if not isinstance(item, UploadFile) or not item.filename:
                    continue
                name = safe_name(item.filename)
                refusal = _refusal(name)
                if refusal:
                    errors.append({"name": name, "message": refusal, "reason": "unsupported file type"})
                    continue
                data = await item.read(max_bytes + 1)
                await run_one(errors, done, name, analyse_bytes, data, name, max_bytes, categories)
            text = form.get("text")
            if isinstance(text, str) and text.strip():
                await run_one(errors, done, ui("web.pasted_text"), analyse_text, text, categories)
        if not done and not errors:
            errors.append({"name": "", "message": ui("web.nothing_sent"), "reason": "nothing sent"})
        if len(done) == 1 and not errors:
            return RedirectResponse(f"/doc/{done[0]['doc_id']}", status_code=303)
        return page(request, "index.html", 200 if done else 400, max_bytes=max_bytes, done=done, errors=errors)

    async def run_one(errors, done, name, fn, *args):
        try:
            result = await run_in_threadpool(fn, *args)
        except ZhpolicyError as exc:
            errors.append(messages.error_entry(exc, name))
            return
        app.state.store.put(result)
        done.append({"doc_id": result.doc_id, "name": name, "title": result.document.title or name,
                     "requirements": len(result.requirements)})

    def stored(doc_id: str):
        result = app.state.store.get(doc_id) if DOC_ID.fullmatch(doc_id) else None
        if result is None:
            raise HTTPException(404, ui("web.document_gone"))
        return result

    @app.get("/doc/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    async def document(request: Request, doc_id: str):
        result = stored(doc_id)
        return page(request, "doc.html", doc=view.document_view(result))

    @app.post("/doc/{doc_id}/export", include_in_schema=False)
    async def export(request: Request, doc_id: str):
        result = stored(doc_id)
        async with read_form(request) as form:
            fmt = str(form.get("fmt") or "xlsx")
            raw_edits = form.get("edits")
        if fmt not in EXPORTS:
            raise HTTPException(400, ui("web.bad_format").format(fmt))
        try:
            edits = parse_edits(raw_edits if isinstance(raw_edits, str) else None)
        except EditsError as exc:
            raise HTTPException(400, ui("web.bad_edits").format(exc)) from None
        data = await run_in_threadpool(export_bytes, result, edits, fmt)
        filename, media = EXPORTS[fmt]
        stem = re.sub(r"[\\/:*?\"<>|\s]+", "", (result.document.title or "")[:40])
        filename = f"{stem}{filename}" if stem else filename
        disposition = f"attachment; filename=\"{filename.encode('ascii', 'replace').decode().replace('?', '_')}\"; " \
                      f"filename*=UTF-8''{_quote(filename)}"
        return Response(data, media_type=media, headers={"Content-Disposition": disposition})

    # --- the API -------------------------------------------------------------------------------

    @app.post("/api/extract", tags=["api"], summary=ui("web.api.summary"),
              response_description=ui("web.api.response"),
              openapi_extra={"requestBody": {"required": True, "content": {
                  "multipart/form-data": {"schema": {"type": "object", "properties": {
                      "file": {"type": "string", "format": "binary", "description": ui("web.api.file")},
                      "text": {"type": "string", "description": ui("web.api.text")}}}},
                  "application/json": {"schema": {"type": "object", "required": ["text"],
                                                  "properties": {"text": {"type": "string"}}}}}}})
    async def api_extract(request: Request, sentences: bool = True):
        """Send a file (`file`) or text (`text`), as a multipart form or as JSON `{"text": …}`.
        Errors: 400 with `{"error": 中文说明, "reason": the loader's reason}`; 413 when too large."""
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            try:
                body = json.loads(await request.body() or b"null")
            except ValueError:
                return error_page(request, 400, ui("web.api.bad_json"), "invalid JSON")
            text = body.get("text") if isinstance(body, dict) else None
            if not isinstance(text, str):
                return error_page(request, 400, ui("web.api.no_text"), "missing text")
            job = (analyse_text, text, categories)
        else:
            async with read_form(request) as form:
                item, text = form.get("file"), form.get("text")
                if isinstance(item, UploadFile) and item.filename is not None:
                    name = safe_name(item.filename)
                    refusal = _refusal(name)
                    if refusal:
                        return error_page(request, 400, refusal, "unsupported file type")
                    job = (analyse_bytes, await item.read(max_bytes + 1), name, max_bytes, categories)
                elif isinstance(text, str):
                    job = (analyse_text, text, categories)
                else:
                    return error_page(request, 400, ui("web.api.no_input"), "missing file or text")
        try:
            result = await run_in_threadpool(*job)
        except ZhpolicyError as exc:
            entry = messages.error_entry(exc, "")
            return error_page(request, 400, entry["message"], entry["reason"])
        from ..export.json_ import dumps

        return Response(dumps([result], sentences=sentences), media_type="application/json")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def docs(request: Request):
        return page(request, "docs.html", api=app.openapi())

    @app.get("/healthz", include_in_schema=False)
    async def healthz():
        return {"ok": True, "version": __version__, "documents": len(app.state.store)}

    @contextlib.asynccontextmanager
    async def read_form(request: Request):
        form = await request.form(max_files=MAX_FILES, max_fields=50, max_part_size=max_bytes + 1)
        try:
            yield form
        finally:
            await form.close()

    return app


def export_bytes(result, edits, fmt: str) -> bytes:
    """The corrected table as a file, written by the package's own writers into a private
    temporary folder that is removed afterwards."""
    from ..export import checklist, csv_, ledger

    edited, remarks = apply_edits(result, edits)
    with tempfile.TemporaryDirectory(prefix="zhpolicy-web-") as tmp:
        if fmt == "xlsx":
            path = ledger.to_xlsx(edited, Path(tmp) / "ledger.xlsx", remarks=remarks)
        elif fmt == "docx":
            path = ledger.to_docx(edited, Path(tmp) / "ledger.docx", remarks=remarks)
        elif fmt == "checklist":
            path = checklist.write([edited], Path(tmp) / "checklist.docx")
        else:
            path = Path(tmp) / "table.csv"
            csv_.write_frame(table_with_edits(edited, edits), path)
        return Path(path).read_bytes()


def table_with_edits(edited, edits):
    """The requirement table (the CLI's columns) with staff's ``status`` and ``note`` at the end."""
    from .edits import note_of, status_of

    df = edited.table()
    df["status"] = [status_of(edits, int(i)) for i in df["req_id"]]
    df["note"] = [note_of(edits, int(i)) for i in df["req_id"]]
    return df


def jsonable(x):
    return json.loads(json.dumps(x, default=str))


def _quote(s: str) -> str:
    from urllib.parse import quote

    return quote(s, safe="")


def _secure(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


__all__ = ["DEFAULT_MAX_BYTES", "LoadError", "analyse_bytes", "analyse_text", "create_app", "export_bytes"]
