"""No cycles: a document's objects die with it (the pipeline builds no reference cycles), and
no two pipeline modules import each other, even through imports inside functions.

Reference cycles:

Objects in a cycle wait for the cyclic collector, which then walks every young object of
the batch worker again and again (a closure holding the scope that holds it, a memo holding
a bound method of its owner).  With no cycles, reference counting frees each document's
records as soon as its rows are built.  Run after a warm-up (imports and lazily loaded
models make cycles of their own once).

Import cycles: every ``import`` of every module under ``pipeline/`` is read with :mod:`ast`,
at module level and inside functions alike (an import inside a function hides a cycle from
Python, not from this test); only ``if TYPE_CHECKING:`` blocks are left out."""
from __future__ import annotations

import ast
import gc
from pathlib import Path

import pytest

from pipeline.batch.inputs import Item
from pipeline.batch.work import WorkOptions, build_pipeline, process

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "corpora" / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def worker():
    opts = WorkOptions(categories="auto")
    nlp = build_pipeline(opts)
    for p in SAMPLES:  # warm-up: every model loaded
        process(Item(str(p), str(p), "", 0, data=p.read_bytes()), nlp, opts)
    return nlp, opts


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_a_document_leaves_no_cyclic_garbage(worker, path):
    nlp, opts = worker
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        outcome = process(Item(str(path), str(path), "", 0, data=path.read_bytes()), nlp, opts)
        assert outcome.ok, outcome.reason
        assert len(outcome.tables["requirements"]["req_id"]) > 0  # columns, as a worker sends them
        del outcome
        found = gc.collect()
    finally:
        if was:
            gc.enable()
    assert found == 0, f"{found} objects of {path.name} were freed only by the cyclic collector"


# --- import cycles ------------------------------------------------------------------------

def modules(root: Path = ROOT) -> dict[str, tuple[Path, bool]]:
    """Every module under ``pipeline/``: dotted name -> (file, is a package)."""
    out = {}
    for p in (root / "pipeline").rglob("*.py"):
        parts = list(p.relative_to(root).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (p, is_pkg)
    return out


def imported(name: str, is_pkg: bool, node: ast.AST, known) -> list[str]:
    """The modules an ``import`` or ``from … import`` node names (relative ones resolved)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    here = name.split(".") if is_pkg else name.split(".")[:-1]
    if node.level:
        here = here[:len(here) - node.level + 1]
        target = ".".join(here + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    return [f"{target}.{a.name}" if f"{target}.{a.name}" in known else target for a in node.names]


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the pipeline modules it imports anywhere in its file."""
    known = modules(root)
    graph = {}
    for name, (path, is_pkg) in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for block in ast.walk(tree)
                       if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
                       for n in ast.walk(block)}
        deps = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in typing_only:
                for target in imported(name, is_pkg, node, known):
                    while target and target not in known:  # pipeline.x.func -> pipeline.x
                        target = target.rpartition(".")[0]
                    if target and target != name:
                        deps.add(target)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(frozenset(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [frozenset({"a", "b"})]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"d"}}, [frozenset({"a", "b", "c"})]),
])
def test_cycles_are_found(graph, expected):
    assert cycles(graph) == expected


def test_imports_inside_functions_count(tmp_path):
    pkg = tmp_path / "pipeline" / "sub"
    pkg.mkdir(parents=True)
    (tmp_path / "pipeline" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .c import C\n"
                              "def f():\n    from .a import g\n    return g\n")
    (pkg / "c.py").write_text("from .b import f\n")
    assert cycles(import_graph(tmp_path)) == [frozenset({"pipeline.sub.a", "pipeline.sub.b"})]


def test_no_import_cycles_among_pipeline_modules():
    found = cycles(import_graph())
    assert found == [], [sorted(c) for c in found]
