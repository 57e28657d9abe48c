"""Build hook: compile the pipeline's hot modules with Cython, when a C compiler is at hand.

The modules stay plain Python (``pipeline/…/*.py`` is the one implementation); Cython
compiles the same files, unchanged, into extension modules that import in their place
and give the same results about a fifth faster; a ``.pxd`` file beside a module
declares C types for its hottest loops (Cython's "augmenting .pxd": the ``.py`` file stays
the implementation, and runs unchanged without it) (``benchmarks/bench_batch.py`` reports
both).  Which modules: ``[tool.hatch.build.targets.wheel.hooks.custom] compile`` in
``pyproject.toml``.

* No compiler, no Cython, any error: a warning, and the wheel is pure Python.
* ``ZHPOLICY_PURE_PYTHON=1`` at build time: nothing is compiled.
* Editable installs (``pip install -e .``, what ``make`` does) compile in place, beside
  the sources; ``pipeline/_compiled.json`` records each compiled module's source hash, and
  :mod:`pipeline._accel` loads the ``.py`` file instead of an extension whose source has
  changed since (so editing a module never runs stale code).
"""
from __future__ import annotations

import glob
import json
import os
import runpy
import shutil
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MANIFEST = "pipeline/_compiled.json"


# The manifest's hash of a module (its source and the .pxd beside it) is the one the import
# finder checks: ``pipeline._accel.source_hash``, read from its file (it needs only the
# standard library; importing the package would run its __init__).
source_hash = runpy.run_path(str(Path(__file__).resolve().parent / "pipeline" / "_accel.py"))["source_hash"]


class CompileHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or os.environ.get("ZHPOLICY_PURE_PYTHON"):
            return
        root = Path(self.root)
        files = sorted({f for pattern in self.config.get("compile", []) for f in glob.glob(pattern, root_dir=root)})
        files = [f for f in files if f.endswith(".py")]
        if not files:
            return
        editable = version == "editable"
        self._tmp = Path(tempfile.mkdtemp(prefix="zhpolicy-build-"))
        try:
            built = self._compile(root, files, inplace=editable)
        except BaseException as exc:  # noqa: BLE001 - any failure: install pure Python
            self.app.display_warning(
                f"zhpolicy: the hot modules were not compiled ({type(exc).__name__}: {exc}); "
                "installing pure Python (same results, slower)")
            shutil.rmtree(self._tmp, ignore_errors=True)
            return
        manifest = {name: source_hash(root / src) for name, src, _ in built}
        text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if editable:
            (root / MANIFEST).write_text(text, encoding="utf-8")
            return
        out = self._tmp / "_compiled.json"
        out.write_text(text, encoding="utf-8")
        build_data["force_include"][str(out)] = MANIFEST
        for _, _, lib in built:
            build_data["force_include"][str(self._tmp / "lib" / lib)] = lib

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    def _compile(self, root: Path, files: list[str], *, inplace: bool) -> list[tuple[str, str, str]]:
        """Compile ``files`` (paths under ``root``); return (module, source, extension path)
        for each, the extension path relative to the build's lib folder (or to ``root``)."""
        from Cython.Build import cythonize
        from setuptools import Distribution

        cwd = os.getcwd()
        os.chdir(root)  # module names come from the package folders under root
        try:
            exts = cythonize(files, build_dir=str(self._tmp / "c"), quiet=True,
                             nthreads=os.cpu_count() or 1,
                             compiler_directives={"language_level": 3, "binding": True,
                                                  "annotation_typing": False})
            dist = Distribution({"name": "zhpolicy-hot-modules", "ext_modules": exts})
            cmd = dist.get_command_obj("build_ext")
            cmd.inplace = inplace
            cmd.build_lib = str(self._tmp / "lib")
            cmd.build_temp = str(self._tmp / "obj")
            cmd.parallel = os.cpu_count() or 1
            cmd.ensure_finalized()
            cmd.run()
            out = []
            for ext in exts:
                src = ext.name.replace(".", "/") + ".py"
                if not (root / src).is_file():  # a package named without its __init__
                    src = ext.name.replace(".", "/") + "/__init__.py"
                module = ext.name[: -len(".__init__")] if ext.name.endswith(".__init__") else ext.name
                out.append((module, src, cmd.get_ext_filename(ext.name)))
            return out
        finally:
            os.chdir(cwd)
