"""A worker sends plain rows and the main process turns them into Arrow tables — or, when
every core has a worker, the worker does; a document whose rows do not fit the store's
columns becomes an error row, not a lost chunk."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from pipeline.batch.inputs import Item
from pipeline.batch.ledger import Ledger
from pipeline.batch.schema import arrow_tables
from pipeline.batch.testing import sample_text
from pipeline.batch.work import WorkOptions, build_pipeline, process


def _outcome(i: int, nlp, opts):
    text = sample_text(i)
    return process(Item(f"s{i}.txt", f"s{i}.txt", f"c{i}", len(text.encode()), text=text), nlp, opts)


def test_rows_that_do_not_fit_fail_that_document_only():
    opts = WorkOptions(categories="auto")
    nlp = build_pipeline(opts)
    good, bad = _outcome(1, nlp, opts), _outcome(2, nlp, opts)
    assert good.ok and bad.ok
    reqs = dict(bad.tables["requirements"])
    reqs["req_id"] = ["第一"] * len(reqs["req_id"])  # not an integer
    bad = replace(bad, tables={**bad.tables, "requirements": reqs})
    change, counts = Ledger("v1").plan([good, bad], now="2026-01-01T00:00:00Z")
    assert (counts.stored, counts.failed) == (1, 1)
    errors = change.tables["errors"].to_pylist()
    assert [(e["path"], e["stage"]) for e in errors] == [("s2.txt", "tables")]
    assert "rows do not fit the tables" in errors[0]["reason"]
    assert change.tables["documents"].column("doc_id").to_pylist() == [good.doc_id]
    stored_reqs = change.tables["requirements"]
    assert stored_reqs.num_rows == len(good.tables["requirements"]["req_id"]) > 0
    assert set(stored_reqs.column("doc_id").to_pylist()) == {good.doc_id}


def test_a_worker_sending_plain_rows_imports_neither_pyarrow_nor_pandas():
    code = (
        "import sys\n"
        "from pipeline.batch.inputs import Item\n"
        "from pipeline.batch.testing import sample_text\n"
        "from pipeline.batch.work import WorkOptions, build_pipeline, process\n"
        "opts = WorkOptions(categories='auto')\n"
        "o = process(Item('a', 'a', '', 0, text=sample_text(3)), build_pipeline(opts), opts)\n"
        "assert o.ok, o.reason\n"
        "print(sorted(m for m in ('pyarrow', 'pandas') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_rows_become_arrow_in_the_worker_when_asked():
    import pyarrow as pa

    opts = WorkOptions(categories="auto", arrow=True)
    o = _outcome(4, build_pipeline(opts), opts)
    assert o.ok, o.reason
    assert all(isinstance(t, pa.Table) for t in o.tables.values())
    plain_opts = WorkOptions(categories="auto")
    plain = _outcome(4, build_pipeline(plain_opts), plain_opts)
    assert not any(isinstance(t, pa.Table) for t in plain.tables.values())
    assert {k: t.to_pylist() for k, t in o.tables.items()} == \
        {k: t.to_pylist() for k, t in arrow_tables(plain.tables).items()}
    change, counts = Ledger("v1").plan([o], now="2026-01-01T00:00:00Z")  # stored as they are
    assert counts.stored == 1 and change.tables["requirements"].num_rows == o.tables["requirements"].num_rows


@pytest.mark.parametrize("workers, scheduler, cores, expected", [
    (1, None, 2, False),  # the main process builds the tables beside a few local workers
    (2, None, 2, False),
    (4, None, 8, False),
    (5, None, 8, True),  # beside more, it would become the bottleneck: the workers build them
    (16, None, 2, True),
    (1, "local", 2, True),  # Dask: every result comes to this one process
    (1, "tcp://scheduler:8786", 8, True),
])
def test_where_the_arrow_tables_are_built(monkeypatch, workers, scheduler, cores, expected):
    from pipeline.batch import executors

    monkeypatch.setattr(executors, "default_workers", lambda: cores)
    assert executors.arrow_in_workers(workers, scheduler) is expected
