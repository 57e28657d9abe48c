"""The tables of a batch store and their columns.

``requirements``, ``directives``, ``targets`` and ``documents`` take their columns from
:data:`pipeline.table.COLUMNS` (``doc_id`` first in each; ``documents`` then adds the
batch's counts, :data:`DOCUMENTS_BATCH`).  ``formulas``, ``errors`` and ``sources`` are
defined here.

* Tables keyed by ``doc_id`` (:data:`DOC_TABLES`) hold a document's results; all of a
  document's rows are written, and replaced, together.
* ``sources`` has one row per input seen (a file, a zip member, a JSON line): which
  document it gave, or that it failed or was a duplicate.  ``errors`` has one row per
  failed input.  Both are keyed by ``input_key``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Mapping

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # imported where used: a batch worker imports neither pandas nor pyarrow

from ..table import COLUMNS

S, INT, F = "string", "Int64", "Float64"

ColumnSpec = list[tuple[str, str, str]]

# What a batch adds to each documents row, after the columns of ``COLUMNS["documents"]``
# (pipeline/table.py: the one definition of the columns a single result has too).
DOCUMENTS_BATCH: ColumnSpec = [
    ("size_bytes", INT, "size of the input in bytes"),
    ("n_directives", INT, "numbered items found"),
    ("n_targets", INT, "quantitative targets found"),
    ("n_requirements", INT, "requirements found"),
    ("n_warnings", INT, "oddities the pipeline noticed and went on from"),
]

FORMULAS: ColumnSpec = [
    ("doc_id", S, "content hash of the document"),
    ("formula", S, "the numbered political formula, as listed in models/formulas.tsv"),
    ("count", INT, "how often the document uses it"),
]

ERRORS: ColumnSpec = [
    ("input_key", S, "hash of the input's name and content"),
    ("doc_id", S, "the document's id, when it got as far as being decoded"),
    ("path", S, "the input: a path, archive.zip!member, or file.jsonl:LINE"),
    ("stage", S, "where it failed: input, load, a pipeline stage, tables, worker"),
    ("reason", S, "why, in one line"),
    ("pipeline_version", S, "zhpolicy version of the run"),
    ("time", S, "when it was recorded (UTC, ISO 8601)"),
]

SOURCES: ColumnSpec = [
    ("input_key", S, "hash of the input's name and content"),
    ("content_key", S, "hash of the input's content (empty for inputs refused unread)"),
    ("source", S, "the input: a path, archive.zip!member, or file.jsonl:LINE"),
    ("doc_id", S, "the document it gave (empty when it failed before decoding)"),
    ("status", S, "stored, duplicate (same document already stored) or failed"),
    ("pipeline_version", S, "zhpolicy version of the run"),
]

RESULT_KINDS = ("directives", "targets", "requirements")
DOC_TABLES = ("documents",) + RESULT_KINDS + ("formulas",)
INPUT_TABLES = ("sources", "errors")
TABLE_NAMES = DOC_TABLES + INPUT_TABLES


def documents_columns() -> ColumnSpec:
    """The documents table: ``COLUMNS["documents"]`` (one definition, in pipeline/table.py), then
    what only a batch knows (:data:`DOCUMENTS_BATCH`)."""
    return list(COLUMNS["documents"]) + DOCUMENTS_BATCH


def table_columns() -> dict[str, ColumnSpec]:
    """Every table of the store and its ``(name, dtype, description)`` columns."""
    return {
        "documents": documents_columns(),
        **{k: list(COLUMNS[k]) for k in RESULT_KINDS},
        "formulas": FORMULAS,
        "sources": SOURCES,
        "errors": ERRORS,
    }


def frame(rows: Iterable[Mapping], columns: ColumnSpec) -> pd.DataFrame:
    """Rows as a DataFrame with exactly ``columns`` (missing values as NA), one dtype each."""
    import pandas as pd

    rows = list(rows)
    names = [c[0] for c in columns]
    df = pd.DataFrame([{n: r.get(n) for n in names} for r in rows], columns=names)
    return df.astype({n: dtype for n, dtype, _ in columns})


def conform(df: pd.DataFrame, columns: ColumnSpec) -> pd.DataFrame:
    """``df`` with exactly ``columns``, in order and typed (missing columns filled with NA)."""
    import pandas as pd

    out = pd.DataFrame({n: (df[n] if n in df.columns else pd.Series([None] * len(df), index=df.index))
                        for n, _, _ in columns})
    return out.astype({n: dtype for n, dtype, _ in columns}).reset_index(drop=True)


def arrow_schema(columns: ColumnSpec):
    """The pyarrow schema of ``columns`` (built once per distinct spec: a batch asks for it for
    every table of every document)."""
    return _arrow_schema(tuple((n, t) for n, t, _ in columns))


@lru_cache(maxsize=64)
def _arrow_schema(spec: tuple[tuple[str, str], ...]):
    import pyarrow as pa

    types = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64(), "boolean": pa.bool_()}
    return pa.schema([(n, types.get(t, pa.string())) for n, t in spec])


def as_arrow(data, columns: ColumnSpec):
    """A pyarrow Table with exactly ``columns``, from a DataFrame, a Table, a list of row dicts or
    a dict of column lists."""
    import pyarrow as pa

    target = arrow_schema(columns)
    if isinstance(data, dict):  # already column by column
        n = len(next(iter(data.values()), ()))
        return pa.Table.from_arrays([pa.array(data[f.name], type=f.type) if f.name in data else pa.nulls(n, f.type)
                                     for f in target], schema=target)
    if isinstance(data, list):  # column by column: no dict per row, no pandas
        return pa.Table.from_arrays([pa.array([r.get(f.name) for r in data], type=f.type) for f in target],
                                    schema=target)
    if not isinstance(data, pa.Table):  # a DataFrame
        if list(data.columns) != target.names:
            data = conform(data, columns)
        return pa.Table.from_pandas(data, schema=target, preserve_index=False)
    if data.schema.equals(target):
        return data
    arrays = [data[n].cast(f.type) if n in data.column_names else pa.nulls(len(data), f.type)
              for n, f in zip(target.names, target)]
    return pa.Table.from_arrays(arrays, schema=target)


def arrow_tables(tables: Mapping[str, object]) -> dict:
    """One document's tables as a worker sends them (:func:`.work.result_tables`: rows or
    columns by table name) as pyarrow Tables with the store's columns."""
    cols = table_columns()
    return {name: as_arrow(data, cols[name]) for name, data in tables.items()}


def sql_type(dtype: str) -> str:
    return {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE", "boolean": "BOOLEAN"}.get(dtype, "VARCHAR")
