"""The batch store: an embedded DuckDB file (default), or a Parquet dataset exported from one.

Both offer the same calls: ``known(...)`` (what is stored already about a few keys: the
ledger's look-ups, one chunk of inputs at a time), ``commit(change)`` (one chunk of documents,
all tables together, atomically) and ``close()``; ``state()`` reads every input's row at once
(for tests and tools, not for a batch).  :func:`read_tables` reads every table back as DataFrames.

The ledger asks ``known`` only about keys its in-memory filter (:class:`~pipeline.batch.ledger.KeyFilter`,
8 bytes a key, filled from :meth:`DuckDBStore.keys`) says may be stored: a new input costs no
query, so the batch's time per input does not grow with the store.  (No ART index: DuckDB holds
an index whole in memory, about 70 bytes a key, within the store's ``memory_limit`` — a store
of 120,000 inputs with four of them ran out of its 48 MB.)

A chunk is one DuckDB transaction (``BEGIN … COMMIT``), so a process killed at any moment
leaves either the whole chunk or none of it.  ``--parquet DIR`` is the same DuckDB store, in
``DIR/zhpolicy.duckdb`` — the one source of truth — followed, when a batch ends, by
DuckDB's own Parquet export of every table to ``DIR/<table>/data.parquet``.  Each file is
written under a hidden name and renamed, so a reader of the folders (pandas, pyarrow,
``read_parquet('DIR/t/*.parquet')``) sees the previous complete export until the new one
lands; a run killed before its export leaves the previous export, and the next run (even one
with nothing left to do) exports again.

Faults say what happened.  A store opened for writing is read whole first (every table,
every column: DuckDB checks each block's checksum as it reads it), so damaged or truncated
bytes stop the run before it starts, as :class:`~pipeline.errors.DamagedStore` ("store PATH
is damaged: …"), instead of skipping every input as seen.  A commit the disk refuses (full,
read-only, gone) is rolled back and reported as :class:`~pipeline.errors.StoreError` with
DuckDB's reason (path and OS error); a rollback that fails in turn never hides that reason.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import DamagedStore, StoreError, ZhpolicyError
from . import schema

DEFAULT_DB = "zhpolicy.duckdb"
_CUT_SHORT = "Could not read enough bytes"  # DuckDB's words for a file shorter than its blocks say it is


@dataclass(frozen=True)
class SourceRow:
    input_key: str
    content_key: str | None
    source: str
    doc_id: str | None
    status: str
    pipeline_version: str


@dataclass(frozen=True)
class State:
    """What a store holds already: every input seen, and every document's version."""

    sources: tuple[SourceRow, ...] = ()
    documents: Mapping[str, str] = field(default_factory=dict)  # doc_id -> pipeline_version


@dataclass(frozen=True)
class Known:
    """What the store says about a few keys (one :meth:`DuckDBStore.known` call)."""

    inputs: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # input_key -> (status, version)
    contents: Mapping[str, str] = field(default_factory=dict)  # content_key -> doc_id (stored/duplicate rows)
    documents: Mapping[str, str] = field(default_factory=dict)  # doc_id -> pipeline_version
    holders: Mapping[str, SourceRow] = field(default_factory=dict)  # doc_id -> the stored row holding it


NOTHING_KNOWN = Known()

_ROW = "input_key, content_key, source, doc_id, status, pipeline_version"


@dataclass(frozen=True)
class Change:
    """One chunk's commit: rows to drop (by ``doc_id`` / ``input_key``), then rows to add
    (per table: a pyarrow Table, a DataFrame or a list of row dicts)."""

    tables: Mapping[str, Any]
    drop_docs: frozenset[str] = frozenset()
    drop_inputs: frozenset[str] = frozenset()


class DuckDBStore:
    """The tables in one DuckDB file; each :meth:`commit` is one transaction."""

    kind = "duckdb"

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False):
        import duckdb

        self.path = os.fspath(path)
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise ZhpolicyError(self.path, f"folder {folder} does not exist", stage="store")
        if read_only and not os.path.isfile(self.path):
            raise ZhpolicyError(self.path, "no such store", stage="store")
        try:
            self._con = duckdb.connect(self.path, read_only=read_only,
                                       config={"threads": "1", "memory_limit": "48MB"})
        except (duckdb.IOException, duckdb.PermissionException, OSError) as exc:  # lock, rights, not a store
            if _CUT_SHORT in str(exc):
                raise DamagedStore(self.path, _first_line(exc)) from None
            raise ZhpolicyError(self.path, f"cannot open the DuckDB store: {_first_line(exc)}", stage="store") from None
        except duckdb.Error as exc:  # a checksum, the catalog unreadable
            raise DamagedStore(self.path, _first_line(exc)) from None
        if not read_only:
            self.verify()
            try:
                self._ensure_schema()
            except duckdb.Error as exc:
                raise _store_error(self.path, exc, "cannot prepare the tables") from None

    def verify(self) -> dict[str, int]:
        """Read every row of every table (``{table: rows}``); raise :class:`DamagedStore` on
        bytes that do not read back.  Costs one scan of the store (about 1 s per 100 MB)."""
        import duckdb

        counts = {}
        try:
            names = [r[0] for r in self._con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()]
            for name in names:
                q = f'SELECT count(*), bit_xor(hash(_zh_row)) FROM "{name}" AS _zh_row'  # the whole row: every column
                counts[name] = self._con.execute(q).fetchone()[0]
        except duckdb.InterruptException:
            raise KeyboardInterrupt from None
        except duckdb.Error as exc:
            raise DamagedStore(self.path, _first_line(exc)) from None
        return counts

    def _ensure_schema(self) -> None:
        for name, cols in schema.table_columns().items():
            body = ", ".join(f'"{n}" {schema.sql_type(t)}' for n, t, _ in cols)
            self._con.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({body})')
            have = {r[0] for r in self._con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name]).fetchall()}
            for n, t, _ in cols:
                if n not in have:  # a newer version added a column
                    self._con.execute(f'ALTER TABLE "{name}" ADD COLUMN "{n}" {schema.sql_type(t)}')

    def known(self, version: str, input_keys: Iterable[str] = (), content_keys: Iterable[str] = (),
              doc_ids: Iterable[str] = ()) -> Known:
        """What is stored about these keys: each input key's status and version; each content key's
        document (rows stored or duplicate, of ``version``, whose document has ``version``); and for
        those documents and ``doc_ids`` their version and their holder (the ``stored`` row of
        ``version``, when the document has ``version`` too).  One scan of a column for each kind of
        key asked about, none for a kind not asked."""
        inputs = {r[0]: (r[1], r[2]) for r in self._select_in(
            "SELECT input_key, status, pipeline_version FROM sources WHERE input_key = ANY(?)", input_keys)}
        contents = dict(self._select_in(
            "SELECT content_key, doc_id FROM sources WHERE content_key = ANY(?) AND doc_id IS NOT NULL "
            "AND status IN ('stored', 'duplicate') AND pipeline_version = ?", content_keys, version))
        docs = set(doc_ids) | set(contents.values())
        documents = dict(self._select_in("SELECT doc_id, pipeline_version FROM documents WHERE doc_id = ANY(?)", docs))
        current = [d for d in docs if documents.get(d) == version]
        holders: dict[str, SourceRow] = {}
        rows = self._select_in(f"SELECT {_ROW} FROM sources WHERE doc_id = ANY(?) AND status = 'stored' "
                               "AND pipeline_version = ?", current, version)
        for r in sorted(rows, key=lambda r: r[2], reverse=True):  # one holder a document (the first name if more)
            holders[r[3]] = SourceRow(*r)
        contents = {c: d for c, d in contents.items() if documents.get(d) == version}
        return Known(inputs, contents, documents, holders)

    def _select_in(self, sql: str, keys: Iterable[str], *params: str) -> list[tuple]:
        """Rows of ``sql`` whose first parameter is the list ``keys`` (none asked for no keys)."""
        keys = sorted(set(keys))
        return self._con.execute(sql, [keys, *params]).fetchall() if keys else []

    def keys(self, table: str, column: str, batch: int = 65536) -> Iterator[list[str]]:
        """Every non-empty value of ``table.column``, in lists of up to ``batch`` (the ledger's filters
        are filled from them when a batch starts: one scan, never all the values at once)."""
        if table not in schema.TABLE_NAMES or column not in {c[0] for c in schema.table_columns()[table]}:
            raise ValueError(f"no column {table}.{column}")
        cur = self._con.execute(f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                                f'AND "{column}" <> \'\'')
        while rows := cur.fetchmany(batch):
            yield [r[0] for r in rows]

    def state(self) -> State:
        rows = self._con.execute(
            "SELECT input_key, content_key, source, doc_id, status, pipeline_version FROM sources").fetchall()
        docs = dict(self._con.execute("SELECT doc_id, pipeline_version FROM documents").fetchall())
        return State(tuple(SourceRow(*r) for r in rows), docs)

    def commit(self, change: Change) -> None:
        import duckdb

        try:
            self._commit(change)
        except duckdb.Error as exc:
            raise _store_error(self.path, exc, "cannot write the store") from None

    def _commit(self, change: Change) -> None:
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            self._drop(schema.DOC_TABLES, "doc_id", change.drop_docs)
            self._drop(schema.INPUT_TABLES, "input_key", change.drop_inputs)
            cols = schema.table_columns()
            for name, rows in change.tables.items():
                if len(rows):
                    con.register("_zh_rows", schema.as_arrow(rows, cols[name]))
                    con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM _zh_rows')
                    con.unregister("_zh_rows")
            con.execute("COMMIT")
        except BaseException:
            _rollback(con)
            raise

    def _drop(self, tables, column: str, keys: frozenset[str]) -> None:
        if not keys:
            return
        self._con.register("_zh_keys", pd.DataFrame({"k": pd.array(sorted(keys), dtype="string")}))
        for t in tables:
            self._con.execute(f'DELETE FROM "{t}" WHERE "{column}" IN (SELECT k FROM _zh_keys)')
        self._con.unregister("_zh_keys")

    def read(self, name: str) -> pd.DataFrame:
        cols = schema.table_columns()[name]
        have = self._con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                 [name]).fetchone()
        if not have[0]:
            return schema.frame([], cols)
        import duckdb

        try:
            df = self._con.execute(f'SELECT * FROM "{name}"').df()
        except duckdb.Error as exc:
            raise DamagedStore(self.path, _first_line(exc)) from None
        return schema.conform(df, cols)

    def finish(self) -> None:
        """A batch has ended (the Parquet store exports here)."""

    def close(self) -> None:
        self._con.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _rollback(con) -> None:
    """Undo an open transaction; when the failed COMMIT took it away already (a disk that
    refused the write), there is nothing to undo, and the error that matters is the first."""
    with contextlib.suppress(Exception):  # the original exception is the one to report
        con.execute("ROLLBACK")


def _store_error(path: str, exc: BaseException, what: str) -> ZhpolicyError:
    """A DuckDB error as the user's problem (disk, rights, damage: exit 1) when it is one;
    any other DuckDB error is re-raised as it is (a bug of ours)."""
    import duckdb

    reason = _first_line(exc)
    if isinstance(exc, duckdb.InterruptException):
        raise KeyboardInterrupt from None
    if type(exc) is duckdb.Error:  # what DuckDB raises for a block whose checksum does not match
        return DamagedStore(path, reason)
    if isinstance(exc, (duckdb.IOException, duckdb.PermissionException, duckdb.OutOfMemoryException,
                        duckdb.TransactionException, duckdb.FatalException)):
        return StoreError(path, f"{what}: {reason}; the chunks committed before are kept "
                                "(fix the cause and rerun to continue)")
    raise exc


class ParquetStore(DuckDBStore):
    """A Parquet dataset in the folder ``root``: the DuckDB store ``root/zhpolicy.duckdb``, and
    when a batch ends DuckDB's export of each table to ``root/<table>/data.parquet``."""

    kind = "parquet"

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise ZhpolicyError(os.fspath(root), "exists and is not a folder", stage="store")
        if (self.root / "_commits").is_dir() and not (self.root / PARQUET_DB).exists():
            raise ZhpolicyError(os.fspath(root), "a Parquet store of an older zhpolicy (with _commits/): "
                                "write the batch to a new folder", stage="store")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ZhpolicyError(os.fspath(root), f"cannot create the Parquet store: {exc.strerror or exc}",
                                stage="store") from None
        super().__init__(self.root / PARQUET_DB)
        self.path = os.fspath(root)
        for name in schema.TABLE_NAMES:  # what an export killed midway left
            (self.root / name / _EXPORTING).unlink(missing_ok=True)

    def export(self) -> None:
        """Every table to ``root/<table>/data.parquet``: all written under hidden names first,
        then renamed one after the other.  A disk that refuses leaves the previous export and
        the rows in the DuckDB store; the next run exports again."""
        import duckdb

        try:
            self._export()
        except OSError as exc:
            raise StoreError(os.fspath(self.root), f"cannot export the Parquet tables: {exc.strerror or exc} "
                             f"({exc.filename}); the rows are kept in {PARQUET_DB}: rerun to export") from None
        except duckdb.Error as exc:
            raise _store_error(os.fspath(self.root), exc, "cannot export the Parquet tables") from None

    def _export(self) -> None:
        written = []
        for name in schema.TABLE_NAMES:
            folder = self.root / name
            folder.mkdir(exist_ok=True)
            tmp = os.fspath(folder / _EXPORTING).replace("'", "''")
            self._con.execute(f"COPY \"{name}\" TO '{tmp}' (FORMAT parquet)")
            written.append(folder)
        for folder in written:
            os.replace(folder / _EXPORTING, folder / PARQUET_FILE)

    def finish(self) -> None:
        self.export()


PARQUET_DB = "zhpolicy.duckdb"  # the store inside a --parquet folder
PARQUET_FILE = "data.parquet"  # each table's export: DIR/<table>/data.parquet
_EXPORTING = ".data.parquet.tmp"


def _read_parquet(root: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The exported tables of a Parquet store."""
    import pyarrow.parquet as pq

    root = Path(root)
    if not (root / "documents" / PARQUET_FILE).is_file():
        why = (f"no tables exported yet (a batch into it did not finish; its rows are in {PARQUET_DB})"
               if (root / PARQUET_DB).is_file() else "not a zhpolicy Parquet store")
        raise ZhpolicyError(os.fspath(root), why, stage="store")
    cols = schema.table_columns()
    out = {}
    for name in schema.TABLE_NAMES:
        f = root / name / PARQUET_FILE
        out[name] = schema.conform(pq.read_table(f).to_pandas(), cols[name]) if f.is_file() \
            else schema.frame([], cols[name])
    return out


def open_store(db: str | os.PathLike | None = None, parquet: str | os.PathLike | None = None):
    """A :class:`DuckDBStore` at ``db`` (default ``zhpolicy.duckdb``), or a :class:`ParquetStore` in ``parquet``."""
    if db is not None and parquet is not None:
        raise ValueError("give a DuckDB file or a Parquet folder, not both")
    if parquet is not None:
        return ParquetStore(parquet)
    return DuckDBStore(db if db is not None else DEFAULT_DB)


def read_tables(path: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Every table of a store (a DuckDB file, or the export in a Parquet folder) as typed DataFrames."""
    if os.path.isdir(path):
        return _read_parquet(path)
    store = DuckDBStore(path, read_only=True)
    try:
        return {name: store.read(name) for name in schema.TABLE_NAMES}
    finally:
        store.close()
