"""Batch processing of document archives into a DuckDB file or a Parquet dataset.

>>> from pipeline.batch import run_batch, read_tables
>>> summary = run_batch(["speeches/", "reports.zip"], "archive.duckdb")
>>> print(summary.line())
>>> tables = read_tables("archive.duckdb")      # {"documents": DataFrame, "requirements": …}

Modules: :mod:`.inputs` (files, folders, zip, JSON Lines), :mod:`.work` (one document),
:mod:`.pool` (the local worker processes: pebble, with a per-document time bound),
:mod:`.executors` (local pool, in-process, or Dask with :mod:`.dask_plugin`), :mod:`.ledger`
(skip / store / replace decisions), :mod:`.schema`, :mod:`.store` (DuckDB, and its Parquet
export), :mod:`.runner` (the loop), :mod:`.progress`, :mod:`.testing` (misbehaving stages and
store snapshots for tests).

Attributes are imported on first use, so a worker process importing
``pipeline.batch.pool`` does not load DuckDB or Dask.
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "run_batch": "runner", "Summary": "runner", "EXIT_OK": "runner", "EXIT_FAILED_DOCS": "runner",
    "open_store": "store", "read_tables": "store", "DuckDBStore": "store", "DEFAULT_DB": "store",
    "ParquetStore": "store", "iter_items": "inputs", "InputOptions": "inputs",
    "table_columns": "schema", "SchedulerLost": "executors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
