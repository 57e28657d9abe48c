"""Files, encodings, .docx, .pdf and standard input → :class:`Document`.

Encodings are detected with charset-normalizer (BOMs first), never guessed by hand.
Every failure is a :class:`LoadError` naming the file and the reason.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import sys
import zipfile
from pathlib import Path
from typing import BinaryIO, Optional, Union

from .errors import LoadError
from .numbers import parse_numeral
from .records import Document
from .resources import char_class, read_tsv

DEFAULT_MAX_BYTES = int(os.environ.get("ZHPOLICY_MAX_BYTES", 20 * 1024 * 1024))

_PHRASES = read_tsv("structure_phrases.tsv")
_TITLE_HINT = re.compile("(" + "|".join(r["phrase"] for r in _PHRASES if r["kind"] == "title_word") + ")")
_SALUTATION = re.compile("^(" + "|".join(r["phrase"] for r in _PHRASES if r["kind"] == "salutation") + ")")
_Y, _D10 = char_class("year_digits"), char_class("digits_1_10")
_DATE = re.compile(
    rf"(?P<y>(?:19|20)\d\d|[{_Y}]{{4}})\s*年\s*"
    rf"(?:(?P<m>\d{{1,2}}|[{_D10}]{{1,2}})\s*月\s*"
    rf"(?:(?P<d>\d{{1,2}}|[{_D10}]{{1,3}})\s*日)?)?"
)


def doc_id_of(text: str) -> str:
    """Stable content hash of the decoded text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _cn_small(s: str) -> int:
    """A date part's value (2020, 二〇二〇, 十二, 二十一) by the one numeral parser; 0 when it is none."""
    if s.isdigit():
        return int(s)
    p = parse_numeral(s)
    return int(p.value) if p is not None else 0


_DATE_LINE_MAX = 60  # a date line: （2020年2月23日）, ——2025年1月15日在…大会上, a signature date
_DATE_LEAD = re.compile(r"[\s（(〔［\[—\-－]*")  # what may stand before the date on its line


def _tail_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text[-600:].splitlines() if ln.strip()][-4:]


def _first_date(lines) -> Optional[str]:
    """The first full date (or year and month) that opens one of ``lines``."""
    for ln in lines:
        for m in filter(None, [_DATE.match(ln, _DATE_LEAD.match(ln).end())]):
            y = _cn_small(m.group("y"))
            if not (1949 <= y <= 2100 and m.group("m")):
                continue  # a bare year is too weak a signal for the document's date
            mo = _cn_small(m.group("m"))
            if not 1 <= mo <= 12:
                continue
            d = _cn_small(m.group("d")) if m.group("d") else 0
            return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= 31 else f"{y:04d}-{mo:02d}"
    return None


def find_title_and_date(text: str) -> tuple[Optional[str], Optional[str]]:
    """The title (first short line that reads as one) and the date the text states on a line
    of its own near the top (``（2020年2月23日）``) or as a signature at the end; a date in
    running text (a historical reference) is not the document's date."""
    title = None
    head_lines = [ln.strip() for ln in text[:2000].splitlines() if ln.strip()][:6]
    for ln in head_lines:
        if len(ln) <= 80 and not ln.endswith(("。", "：", ":")) and (_TITLE_HINT.search(ln) or ln is head_lines[0]):
            if not _SALUTATION.match(ln):
                title = re.sub(r"\s+", " ", ln)
                break
    date = _first_date(ln for ln in head_lines + _tail_lines(text) if len(ln) <= _DATE_LINE_MAX)
    return title, date


def _is_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return ctrl > max(4, len(sample) // 100)


# what UTF-16 Chinese text decodes to: CJK ideographs, CJK and full-width punctuation,
# general punctuation (“” —), printable ASCII and line breaks
_UTF16_TEXT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\x20-\x7e\t\n\r]")
_UTF16_MIN_SHARE = 0.95  # of the sample's characters; random bytes give far less


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` (which looked binary: zero bytes or
    control bytes) reads as Chinese text in one of them; else None."""
    if len(data) % 2:
        return None
    sample = data[:8192]
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue  # a cut surrogate pair at the sample's end is rare enough to ignore
        if text and len(_UTF16_TEXT.findall(text)) >= _UTF16_MIN_SHARE * len(text) \
                and re.search(r"[\u4e00-\u9fff]", text):
            return enc
    return None


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding)``."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", source), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", source), "utf-16"
    if _is_binary(data):
        enc = _utf16_without_bom(data)
        if enc is None:
            raise LoadError(source, "binary file, not text")
        return _strict(data, enc, source), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "gbk", "gb2312", "big5", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise LoadError(source, "cannot decode: not UTF-8, GB18030/GBK, Big5 or UTF-16 text")
    enc = best.encoding
    if enc in ("gbk", "gb2312", "hz"):
        enc = "gb18030"  # the superset decodes everything the others do
    text = _strict(data, enc, source)
    if _mostly_garbage(text):
        raise LoadError(source, f"cannot decode: best guess {enc} gives unreadable text")
    return text, enc


def _strict(data: bytes, enc: str, source: str) -> str:
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise LoadError(source, f"cannot decode as {enc}: {exc.reason if hasattr(exc, 'reason') else exc}") from None


def _mostly_garbage(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text[:5000] if c == "\ufffd" or (ord(c) < 32 and c not in "\n\r\t"))
    return bad > len(text[:5000]) * 0.05


def _docx_text(data: bytes, source: str) -> str:
    try:
        import docx  # python-docx

        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds
        raise LoadError(source, f"not a readable .docx file ({type(exc).__name__})") from None
    return "\n".join(p.text for p in d.paragraphs)


def _pdf_text(data: bytes, source: str) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds
        raise LoadError(source, f"not a readable PDF ({type(exc).__name__})") from None
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(source, "PDF has no text layer (scanned?); run OCR first")
    return text


def from_bytes(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Build a :class:`Document` from a file's bytes; ``source`` names it (its suffix picks
    .docx / .pdf handling)."""
    if len(data) > max_bytes:
        raise LoadError(source, f"file too large ({len(data):,} bytes > limit {max_bytes:,}; see --max-bytes)")
    if not data.strip():
        raise LoadError(source, "empty file")
    suffix = Path(source.split("!")[-1]).suffix.lower()
    if suffix == ".docx" or (data[:2] == b"PK" and suffix not in (".txt", ".md")):
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise LoadError(source, "not a readable .docx file (not a zip container)")
        text, enc = _docx_text(data, source), "docx"
    elif suffix == ".pdf" or data.startswith(b"%PDF"):
        text, enc = _pdf_text(data, source), "pdf"
    else:
        text, enc = decode_bytes(data, source)
    return from_text(text.removeprefix("\ufeff"), source=source, encoding=enc, size_bytes=len(data))


def from_text(text: str, *, source: str = "<text>", encoding: str = "str", size_bytes: int | None = None) -> Document:
    """Build a :class:`Document` from an already decoded string.  A leading U+FEFF is kept
    (offsets index the caller's string: it is white space to the stages) but left out of
    the id, so a text and its file with a BOM get the same ``doc_id``."""
    body = text.removeprefix("\ufeff")
    if not body.strip():
        raise LoadError(source, "empty document (only white space)")
    title, date = find_title_and_date(body)
    return Document(
        doc_id=doc_id_of(body),
        source=source,
        encoding=encoding,
        raw=text,
        size_bytes=len(text.encode("utf-8")) if size_bytes is None else size_bytes,
        title=title,
        date=date,
    )


def load(path: Union[str, os.PathLike, BinaryIO], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load one document from a path, ``"-"`` (standard input) or a binary file object."""
    if hasattr(path, "read"):
        source = getattr(path, "name", "<stream>")
        data = path.read(max_bytes + 1)
        return from_bytes(data, str(source), max_bytes=max_bytes)
    source = os.fspath(path)
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return from_bytes(data, "<stdin>", max_bytes=max_bytes)
    p = Path(source)
    if not p.exists():
        raise LoadError(source, "no such file")
    if p.is_dir():
        raise LoadError(source, "is a directory (use `zhpolicy batch` for folders)")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise LoadError(source, f"file too large ({size:,} bytes > limit {max_bytes:,}; see --max-bytes)")
        data = p.read_bytes()
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except OSError as exc:
        raise LoadError(source, f"cannot read: {exc.strerror or exc}") from None
    return from_bytes(data, source, max_bytes=max_bytes)


__all__ = ["load", "from_bytes", "from_text", "decode_bytes", "doc_id_of", "find_title_and_date", "DEFAULT_MAX_BYTES"]
