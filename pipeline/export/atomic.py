"""Atomic output: write to a temporary file beside the target, then rename over it.

A failed run leaves no partial file, and an existing file is replaced only on success.
A disk that refuses the write (full, read-only, no rights) is one :class:`ZhpolicyError`
naming the target and the OS reason ("cannot write: No space left on device"); zip-based
formats are built in memory first (:func:`save_whole`), so that no ``ZipFile.__del__``
traceback follows.
"""
from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ZhpolicyError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def os_reason(exc: OSError) -> str:
    """The OS's words for ``exc`` (``No space left on device``), else its first line."""
    return exc.strerror or (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def save_whole(save: Callable[[Any], None], path: Any) -> None:
    """``save(stream)`` into memory, then the bytes to ``path`` in one write.  A zip writer
    (openpyxl, python-docx) that meets a full disk halfway keeps an open ``ZipFile`` that
    prints a traceback when the program ends; in memory it cannot fail so.  A stream for
    ``path`` is saved to directly."""
    if not isinstance(path, (str, os.PathLike)):
        save(path)
        return
    buf = io.BytesIO()
    save(buf)
    Path(path).write_bytes(buf.getbuffer())


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``path``."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ZhpolicyError(str(target), f"folder {folder} does not exist", stage="write")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise ZhpolicyError(str(target), f"cannot write: {os_reason(exc)}", stage="write") from None
    tmp_path = Path(tmp)
    try:
        os.chmod(tmp_path, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask())
        yield tmp_path
        os.replace(tmp_path, target)
    except OSError as exc:
        raise ZhpolicyError(str(target), f"cannot write: {os_reason(exc)}", stage="write") from None
    finally:
        with contextlib.suppress(OSError):
            tmp_path.unlink(missing_ok=True)
