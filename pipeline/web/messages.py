"""The loader's reasons, told in Chinese on the page.

:class:`pipeline.errors.LoadError` speaks English in one line (``binary file, not text``);
staff read Chinese.  Each entry is (a regular expression on the reason, the Chinese text);
the first that matches wins, and its groups fill ``{0}``, ``{1}`` ….  The English reason is
still shown beside it, small, for whoever maintains the tool.
"""
from __future__ import annotations

import re

from ..errors import ZhpolicyError

REASONS: tuple[tuple[str, str], ...] = (
    (r"binary file", "这不是文本文件（二进制内容），无法读取。请上传 .txt、.docx 或 .pdf 文件，或直接粘贴文字。"),
    (r"^empty", "文件是空的，没有可分析的文字。"),
    (r"file too large \(([\d,]+) bytes > limit ([\d,]+)", "文件太大（{0} 字节），超过上限 {1} 字节。"),
    (r"PDF has no text layer", "这个 PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）再上传。"),
    (r"not a readable PDF", "无法读取这个 PDF 文件（文件可能已损坏或加密）。"),
    (r"not a readable \.docx", "无法读取这个 Word 文件。只支持 .docx；旧版 .doc 请在 Word 中另存为 .docx 后再上传。"),
    (r"cannot decode", "无法识别文件的文字编码（不是 UTF-8、GB18030/GBK、Big5 或 UTF-16 文本）。"),
    (r"stage (\w+) failed", "分析时出错（{0} 阶段）。请把这份文件发给维护人员。"),
)
UNSUPPORTED = "不支持 {0} 文件。请上传 .txt、.docx 或 .pdf 文件，或直接粘贴文字。"
LEGACY_DOC = "旧版 Word（.doc）文件无法读取，请在 Word 中另存为 .docx 后再上传。"
GENERIC = "无法读取这份文件。"

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
