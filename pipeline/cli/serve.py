"""``zhpolicy serve``: the staff page (and the HTTP API) on this machine.

Needs the ``web`` extra (FastAPI, uvicorn, Jinja2, python-multipart); imported only when run,
so ``zhpolicy serve --help`` works without it.
"""
from __future__ import annotations

import ipaddress
import os

import click

from ..errors import ZhpolicyError


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default serves only this machine; 0.0.0.0 serves the network "
                   "(then give --token).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="ZHPOLICY_TOKEN", default=None, metavar="SECRET",
              help="Require this token on every request (open the page once as /?token=SECRET; the API takes "
                   "'Authorization: Bearer SECRET'). Also read from $ZHPOLICY_TOKEN.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, metavar="N",
              help="Largest upload accepted in one request, in bytes  [default: 10 MiB].")
@click.option("--categories", default="auto", show_default=True, metavar="SCHEME",
              help="Fill the category column: auto, cadre, general, a model JSON, or none.")
def serve(host, port, token, max_bytes, categories):
    """Start the web page for staff: upload a speech (.txt, .docx, .pdf) or paste text, check
    the structure, targets and requirements, correct the table and download the work ledger
    (.xlsx, .docx) or a CSV.  POST /api/extract returns the JSON of `zhpolicy extract --format
    json`; the API is described at /docs.

    \b
    Examples:
      zhpolicy serve                                 # http://127.0.0.1:8000/
      zhpolicy serve --host 0.0.0.0 --token s3cret   # shared: open /?token=s3cret once
    """
    try:
        import uvicorn

        from ..web import create_app
        from ..web.app import DEFAULT_MAX_BYTES
    except ImportError as exc:
        raise click.ClickException(f"zhpolicy serve needs the web extra: pip install 'zhpolicy[web]' ({exc})") from None
    if not token and not _is_loopback(host):
        click.echo(f"zhpolicy: warning: serving {host} without --token: anyone who reaches this port can use it",
                   err=True)
    app = create_app(max_bytes=max_bytes or DEFAULT_MAX_BYTES, token=token or None, categories=categories)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"zhpolicy: serving http://{shown}:{port}/" + (f"?token={token}" if token else "")
               + "  (Ctrl+C stops)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level=os.environ.get("ZHPOLICY_LOG_LEVEL", "warning"))
    except OSError as exc:
        raise ZhpolicyError(f"{host}:{port}", f"cannot listen: {exc.strerror or exc}", stage="serve") from None
