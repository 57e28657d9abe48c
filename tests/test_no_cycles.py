"""A document's objects die with it: the pipeline builds no reference cycles.

Objects in a cycle wait for the cyclic collector, which then walks every young object of
the batch worker again and again (a closure holding the scope that holds it, a memo holding
a bound method of its owner).  With no cycles, reference counting frees each document's
records as soon as its rows are built.  Run after a warm-up (imports and lazily loaded
models make cycles of their own once)."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from pipeline.batch.inputs import Item
from pipeline.batch.work import WorkOptions, build_pipeline, process

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "corpora" / "samples").glob("*.txt"))


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
