"""Which of the pipeline's modules run compiled, and when not to use a compiled one.

The build (``hatch_build.py``) may compile some modules with Cython, from the very same
``.py`` files, and records each one's source hash in ``_compiled.json``.  An import
finder placed first on ``sys.meta_path`` loads the ``.py`` file instead of the extension
module when

* ``ZHPOLICY_PURE_PYTHON`` is set (to compare, or to debug with Python frames), or
* the source, or the ``.pxd`` of C types beside it, changed after it was compiled (an
  editable checkout being worked on: the extension would run stale code), or the extension
  is not in the manifest.

``compiled_modules()`` names the modules running compiled in this process.
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Optional

_PACKAGE = __name__.rpartition(".")[0]
_HERE = Path(__file__).resolve().parent
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def pure_python_wanted() -> bool:
    return os.environ.get("ZHPOLICY_PURE_PYTHON", "") not in ("", "0")


def _manifest() -> dict[str, str]:
    try:
        return json.loads((_HERE / "_compiled.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def source_hash(path) -> str:
    """SHA-256 of a module's source and, when there is one, of the ``.pxd`` beside it (the
    Cython type declarations the build compiles it with).  ``hatch_build.py`` uses this
    function for the manifest it writes."""
    path = Path(path)
    h = hashlib.sha256(path.read_bytes())
    pxd = path.with_suffix(".pxd")
    if pxd.is_file():
        h.update(b"\0pxd\0" + pxd.read_bytes())
    return h.hexdigest()


def _unchanged(source, want: str) -> bool:
    """The file ``source`` (and its ``.pxd``) is still the one compiled (its hash is ``want``)."""
    try:
        return source_hash(source) == want
    except OSError:
        return False


class _SourceFirst(importlib.abc.MetaPathFinder):
    """Serves a module's ``.py`` file where its extension module must not be used."""

    def __init__(self, manifest: dict[str, str]):
        self.manifest = manifest
        self.compiled: set[str] = set()
        self.stale: set[str] = set()

    def find_spec(self, fullname: str, path=None, target=None) -> Optional[importlib.machinery.ModuleSpec]:
        if not fullname.startswith(_PACKAGE + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.origin or not spec.origin.endswith(_SUFFIXES):
            return spec
        suffix = next(s for s in _SUFFIXES if spec.origin.endswith(s))
        source = spec.origin[: -len(suffix)] + ".py"
        if not os.path.isfile(source):
            return spec  # no source to prefer
        want = self.manifest.get(fullname)
        if not pure_python_wanted() and want is not None:
            if _unchanged(source, want):
                self.compiled.add(fullname)
                return spec
            self.stale.add(fullname)
        return importlib.util.spec_from_file_location(fullname, source,
                                                      submodule_search_locations=spec.submodule_search_locations)


def install() -> _SourceFirst:
    """Put the finder first on ``sys.meta_path`` (once per process)."""
    for f in sys.meta_path:
        if isinstance(f, _SourceFirst):
            return f
    finder = _SourceFirst(_manifest())
    sys.meta_path.insert(0, finder)
    return finder


def compiled_modules() -> list[str]:
    """The modules of this package running compiled in this process (imported so far)."""
    return sorted(m for m in install().compiled if m in sys.modules)


def stale_modules() -> list[str]:
    """Compiled modules whose source changed since: their ``.py`` file runs instead."""
    return sorted(install().stale)


def build_info() -> dict:
    """What this install holds, without importing anything: the modules compiled by the build,
    and those among them whose source has changed since (they run as ``.py``)."""
    manifest = _manifest()
    stale = []
    for name, want in manifest.items():
        rel = Path(*name.split(".")[1:])
        source = _HERE / rel.with_suffix(".py")
        if not source.is_file():
            source = _HERE / rel / "__init__.py"
        if not _unchanged(source, want):
            stale.append(name)
    return {"compiled": sorted(manifest), "stale": sorted(stale), "pure_python_wanted": pure_python_wanted()}


def describe_build() -> str:
    """One line on the build in use (``zhpolicy --version``, the benchmarks)."""
    info = build_info()
    if info["pure_python_wanted"]:
        return "pure Python: ZHPOLICY_PURE_PYTHON is set"
    if not info["compiled"]:
        return "pure Python: no compiled modules installed"
    stale = len(info["stale"])
    return f"{len(info['compiled']) - stale} modules compiled" + (
        f", {stale} changed since (run as .py)" if stale else "")
