"""The web page for staff and the HTTP API (``zhpolicy serve``; needs the ``web`` extra).

>>> from pipeline.web import create_app
>>> app = create_app(max_bytes=10 * 1024 * 1024, token=None)     # an ASGI app for uvicorn
"""
from .app import create_app

__all__ = ["create_app"]
