"""The web page for staff and the HTTP API (``zhpolicy serve``; needs the ``web`` extra).

>>> from pipeline.web import create_app
>>> app = create_app(max_bytes=10 * 1024 * 1024, token=None)     # an ASGI app for uvicorn

``create_app`` is imported on first use, so that the parts that need no web framework
(``edits``, ``messages``, ``view``, ``store``) import without FastAPI installed.
"""
from __future__ import annotations


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["create_app"]
