"""The loader's reasons, told in Chinese on the page.

:class:`pipeline.errors.LoadError` speaks English in one line (``binary file, not text``);
staff read Chinese.  Each entry is (a regular expression on the reason, the Chinese text from
``models/ui_zh.tsv``); the first that matches wins, and its groups fill ``{0}``, ``{1}`` ….  The English reason is
still shown beside it, small, for whoever maintains the tool.
"""
from __future__ import annotations

import re

from ..errors import ZhpolicyError
from ..resources import ui

REASONS: tuple[tuple[str, str], ...] = (
    (r"binary file", ui("web.reason.binary")),
    (r"^empty", ui("web.reason.empty")),
    (r"file too large \(([\d,]+) bytes > limit ([\d,]+)", ui("web.reason.too_large")),
    (r"PDF has no text layer", ui("web.reason.pdf_no_text")),
    (r"not a readable PDF", ui("web.reason.pdf_unreadable")),
    (r"not a readable \.docx", ui("web.reason.docx_unreadable")),
    (r"cannot decode", ui("web.reason.cannot_decode")),
    (r"stage (\w+) failed", ui("web.reason.stage_failed")),
)
UNSUPPORTED = ui("web.reason.unsupported")
LEGACY_DOC = ui("web.reason.legacy_doc")
GENERIC = ui("web.reason.generic")

_COMPILED = tuple((re.compile(p), text) for p, text in REASONS)


def chinese_reason(reason: str) -> str:
    """The Chinese sentence for a loader's English ``reason``."""
    for pattern, text in _COMPILED:
        m = pattern.search(reason or "")
        if m:
            return text.format(*m.groups())
    return GENERIC


def error_entry(exc: ZhpolicyError | Exception, name: str) -> dict:
    """What the page shows for a file that failed: its name, the Chinese message, the reason."""
    reason = getattr(exc, "reason", None) or str(exc)
    return {"name": name, "message": chinese_reason(reason), "reason": reason}
