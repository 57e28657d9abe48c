"""Batch inputs: files, folders (recursive, ``--glob``), ``.zip`` archives read in memory,
and JSON Lines files with a text field.

:func:`iter_items` yields, lazily and in a stable order, one :class:`Item` per document
to process, or one :class:`Refusal` per input refused before any processing (no such
file, too large, unreadable, a broken or looping symbolic link, a pipe or device, an unsafe
or bomb-like archive, a bad JSON line).  Nothing
is extracted to disk and nothing is read before it is needed, so memory stays flat.

Every entry carries two keys (hex digests):

* ``content_key`` — what the input holds (the bytes; for JSON Lines the id and the text);
* ``input_key`` — which input it is: the source name and the content together.

The store remembers both, so a re-run skips inputs it has seen, and a moved archive is
recognised by its content without running the pipeline again.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..load import DEFAULT_MAX_BYTES

DEFAULT_GLOBS = ("*.txt", "*.md", "*.docx", "*.pdf", "*.zip", "*.jsonl", "*.ndjson")
ARCHIVE_SUFFIXES = (".zip",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_MAX_ARCHIVE_BYTES = 4 * 1024**3  # expanded size of one archive
DEFAULT_MAX_RATIO = 100  # expanded : compressed, for members big enough to matter, and for the whole archive
RATIO_FLOOR = 1024 * 1024  # members (and archives) smaller than this expanded are never ratio-checked

_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Item:
    """One document to process: its bytes (files, zip members) or its text (JSON Lines)."""

    source: str
    input_key: str
    content_key: str
    size: int
    data: Optional[bytes] = None
    text: Optional[str] = None
    doc_id: Optional[str] = None  # given by --id-field; else the content hash of the text


@dataclass(frozen=True)
class Refusal:
    """An input refused before processing; it becomes a row in ``errors``."""

    source: str
    input_key: str
    reason: str
    size: int = 0
    stage: str = "input"


Entry = Union[Item, Refusal]


@dataclass(frozen=True)
class InputOptions:
    globs: tuple[str, ...] = DEFAULT_GLOBS
    text_field: str = "text"
    id_field: Optional[str] = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_archive_bytes: int = DEFAULT_MAX_ARCHIVE_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO


def digest(*parts: Union[str, bytes]) -> str:
    """A 128-bit hex digest of ``parts`` (length-prefixed, so parts cannot run together)."""
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        b = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()


def _item(source: str, *, data: Optional[bytes] = None, text: Optional[str] = None,
          doc_id: Optional[str] = None) -> Item:
    if data is not None:
        content = digest("bytes", data)
        size = len(data)
    else:
        content = digest("text", doc_id or "", text or "")
        size = len((text or "").encode("utf-8", "surrogatepass"))
    return Item(source, digest(source, content), content, size, data=data, text=text, doc_id=doc_id)


def _refusal(source: str, reason: str, *ident: Union[str, bytes], size: int = 0) -> Refusal:
    return Refusal(source, digest("refused", source, *ident), reason, size=size)


def _stat_ident(st: os.stat_result) -> tuple[str, str]:
    return str(st.st_size), str(st.st_mtime_ns)


def matches(rel: str, globs: Iterable[str]) -> bool:
    """Whether a relative path (or its file name) matches one of ``globs``, ignoring case."""
    rel = rel.replace(os.sep, "/").lower()
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(name, g.lower()) or fnmatchcase(rel, g.lower()) for g in globs)


def is_hidden(rel: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in rel.replace("\\", "/").split("/") if part)


def unsafe_member(name: str) -> bool:
    """An archive member path that would escape the folder it is extracted to."""
    n = name.replace("\\", "/")
    return n.startswith("/") or bool(_DRIVE.match(n)) or ".." in n.split("/")


def iter_items(paths: Iterable[Union[str, os.PathLike]], opts: InputOptions = InputOptions()) -> Iterator[Entry]:
    """Every document under ``paths`` as an :class:`Item`, or a :class:`Refusal`."""
    for p in paths:
        yield from _from_path(os.fspath(p), opts)


def _kind(path: str) -> str:
    low = path.lower()
    if low.endswith(ARCHIVE_SUFFIXES):
        return "zip"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "file"


def _from_path(path: str, opts: InputOptions) -> Iterator[Entry]:
    if os.path.isdir(path):
        yield from _walk(path, opts)
    elif not os.path.lexists(path):
        yield _refusal(path, "no such file or folder")
    elif entry_problem(path):
        yield _refusal(path, entry_problem(path) or "")
    elif _kind(path) == "zip":
        yield from _from_zip(path, opts)
    elif _kind(path) == "jsonl":
        yield from _from_jsonl(path, opts)
    else:
        yield _from_file(path, opts)


def _walk(root: str, opts: InputOptions) -> Iterator[Entry]:
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not is_hidden(d))
        while errors:
            err = errors.pop(0)
            yield _refusal(err.filename or folder, f"cannot read folder: {err.strerror or err}")
        for name in sorted(files):
            full = os.path.join(folder, name)
            rel = os.path.relpath(full, root)
            if is_hidden(name) or not matches(rel, opts.globs):
                continue
            problem = entry_problem(full)
            if problem:
                yield _refusal(full, problem)
            elif not os.path.isdir(full):  # (a symbolic link to a folder is not followed)
                yield from _from_path(full, opts)
    for err in errors:
        yield _refusal(err.filename or root, f"cannot read folder: {err.strerror or err}")


def entry_problem(path: str) -> Optional[str]:
    """Why a folder entry cannot be read as a file (a broken or looping symbolic link, no
    rights, a pipe or device), or None; such an entry becomes an error row, never a silent skip."""
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop; cannot read"
        if exc.errno == errno.ENOENT and os.path.islink(path):
            return f"a broken symbolic link (to {os.readlink(path)}); cannot read"
        return f"cannot read: {exc.strerror or exc}"
    if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode):
        return None
    return "not a regular file (a pipe, socket or device); not read"


def _from_file(path: str, opts: InputOptions) -> Entry:
    try:
        st = os.stat(path)
        if st.st_size > opts.max_bytes:
            return _refusal(path, f"file too large ({st.st_size:,} bytes > limit {opts.max_bytes:,}; see --max-bytes)",
                            *_stat_ident(st), size=st.st_size)
        with open(path, "rb") as fh:
            data = fh.read(opts.max_bytes + 1)
    except OSError as exc:
        return _refusal(path, f"cannot read: {exc.strerror or exc}")
    if len(data) > opts.max_bytes:
        return _refusal(path, f"file too large (more than {opts.max_bytes:,} bytes; see --max-bytes)", *_stat_ident(st))
    return _item(path, data=data)


def archive_problem(infos: list[zipfile.ZipInfo], opts: InputOptions) -> Optional[str]:
    """Why a whole archive is refused, or None: its expanded size past ``max_archive_bytes``, or
    the compression ratio past ``max_ratio`` of one member or of all members together (past
    :data:`RATIO_FLOOR` expanded), so that no archive feeds the workers more than ``max_ratio``
    times its own size."""
    total = sum(i.file_size for i in infos)
    if total > opts.max_archive_bytes:
        return f"archive expands to {total:,} bytes > limit {opts.max_archive_bytes:,}; refused, not read"
    for i in infos:
        if i.file_size >= RATIO_FLOOR and i.file_size > opts.max_ratio * max(i.compress_size, 1):
            ratio = i.file_size / max(i.compress_size, 1)
            return (f"member {i.filename!r} expands {ratio:,.0f}:1 (bound {opts.max_ratio:g}:1; "
                    "a zip bomb?); archive refused, not read")
    packed = sum(i.compress_size for i in infos)
    if total >= RATIO_FLOOR and total > opts.max_ratio * max(packed, 1):
        # many members each just under RATIO_FLOOR: each would pass, and each could run into --timeout
        return (f"archive expands {total / max(packed, 1):,.0f}:1 in all (bound {opts.max_ratio:g}:1 over "
                f"its members together; many small zip bombs?); archive refused, not read")
    return None


def _from_zip(path: str, opts: InputOptions) -> Iterator[Entry]:
    try:
        st = os.stat(path)
        fh = open(path, "rb")
    except OSError as exc:
        yield _refusal(path, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        try:
            zf = zipfile.ZipFile(fh)
            infos = zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
            yield _refusal(path, f"not a readable zip archive ({exc})", *_stat_ident(st))
            return
        problem = archive_problem(infos, opts)
        if problem:
            yield _refusal(path, problem, *_stat_ident(st))
            return
        for info in infos:
            entry = _from_member(zf, info, path, opts)
            if entry is not None:
                yield entry


def _from_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, opts: InputOptions) -> Optional[Entry]:
    name = info.filename
    source = f"{path}!{name}"
    ident = (name, str(info.CRC), str(info.file_size), str(info.compress_size))
    if unsafe_member(name):
        return _refusal(source, "unsafe member path (absolute or with '..'); refused, not read", *ident)
    if info.is_dir() or is_hidden(name) or not matches(name, opts.globs):
        return None
    if _kind(name) != "file":
        return _refusal(source, "archives and JSON Lines inside an archive are not followed", *ident)
    if info.flag_bits & 0x1:
        return _refusal(source, "encrypted member; cannot read", *ident)
    if info.file_size > opts.max_bytes:
        return _refusal(source, f"file too large ({info.file_size:,} bytes > limit {opts.max_bytes:,}; "
                                "see --max-bytes)", *ident, size=info.file_size)
    try:
        with zf.open(info) as member:
            data = member.read(opts.max_bytes + 1)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError, ValueError) as exc:
        return _refusal(source, f"cannot read archive member ({type(exc).__name__}: {exc})", *ident)
    if len(data) > opts.max_bytes:
        return _refusal(source, f"file too large (more than {opts.max_bytes:,} bytes; see --max-bytes)", *ident)
    return _item(source, data=data)


def _lines(fh, limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """``(line number, line, too_long)``; an over-long line is skipped, never held whole."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(1024 * 1024)
            yield lineno, b"", True
            continue
        yield lineno, line, False


def _from_jsonl(path: str, opts: InputOptions) -> Iterator[Entry]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield _refusal(path, f"cannot read: {exc.strerror or exc}")
        return
    limit = 4 * opts.max_bytes + 4096  # JSON escapes may quadruple a text's bytes
    with fh:
        try:
            for lineno, raw, too_long in _lines(fh, limit):
                entry = _from_line(path, lineno, raw, too_long, opts)
                if entry is not None:
                    yield entry
        except OSError as exc:
            yield _refusal(path, f"cannot read: {exc.strerror or exc}")


def _from_line(path: str, lineno: int, raw: bytes, too_long: bool, opts: InputOptions) -> Optional[Entry]:
    source = f"{path}:{lineno}"
    if too_long:
        return _refusal(source, f"line too long (more than {opts.max_bytes:,} bytes of text; see --max-bytes)")
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw)
    except ValueError as exc:
        return _refusal(source, f"not valid JSON ({exc})", raw)
    if not isinstance(obj, dict):
        return _refusal(source, "not a JSON object", raw)
    text = obj.get(opts.text_field)
    if not isinstance(text, str):
        return _refusal(source, f"no text field {opts.text_field!r} holding a string (see --text-field)", raw)
    doc_id = None
    if opts.id_field:
        value = obj.get(opts.id_field)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or str(value) == "":
            return _refusal(source, f"no id field {opts.id_field!r} holding a string or integer (see --id-field)", raw)
        doc_id = str(value)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > opts.max_bytes:
        return _refusal(source, f"text too large ({size:,} bytes > limit {opts.max_bytes:,}; see --max-bytes)", raw)
    return _item(source, text=text, doc_id=doc_id)


def estimate_bytes(paths: Iterable[Union[str, os.PathLike]], opts: InputOptions = InputOptions()) -> int:
    """A quick estimate of the input bytes under ``paths`` (for a progress bar's total)."""
    total = 0
    for p in map(os.fspath, paths):
        if os.path.isdir(p):
            for folder, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not is_hidden(d)]
                for name in files:
                    full = os.path.join(folder, name)
                    if not is_hidden(name) and matches(os.path.relpath(full, p), opts.globs):
                        total += _one_size(full, opts)
        else:
            total += _one_size(p, opts)
    return total


def _one_size(path: str, opts: InputOptions) -> int:
    try:
        if _kind(path) == "zip":
            with zipfile.ZipFile(path) as zf:
                infos = zf.infolist()
            if archive_problem(infos, opts):
                return 0
            return sum(i.file_size for i in infos if not i.is_dir())
        return Path(path).stat().st_size
    except (OSError, zipfile.BadZipFile, ValueError):
        return 0
