"""The batch store as a Parquet dataset: one folder per table, plus a manifest of commits.

Layout::

    DIR/<table>/part-<seq>-<token>.parquet   rows (files written by commit <seq>)
    DIR/_commits/<seq>.json                  the manifest: one record per committed chunk,
                                             {"seq", "add": {table: [file]}, "remove": {table: [file]}}

A commit (one chunk, all tables together):

1. writes each new file under a hidden temporary name (``.part-….parquet.tmp``), synced;
2. writes its record as ``_commits/.<seq>.json.tmp``, syncs it and renames it to
   ``_commits/<seq>.json`` — the commit point (a rename is atomic);
3. deletes the files the record removes and renames the temporaries to their names.

Opening the store replays the records in order, finishes any step 3 a killed run left
half done (roll forward), and deletes every file no record lists (an uncommitted
chunk).  Readers of the folders (pandas, pyarrow, ``read_parquet('DIR/t/*.parquet')`` in
DuckDB) skip hidden files, so they never see an uncommitted chunk.

Replacing a document (``--force``, a new pipeline version) rewrites the earlier files
that hold its rows without them, in the same commit.  All rows of a document — and of
an input in ``sources``/``errors`` — are always in files of one commit, so the files to
rewrite are found from two maps kept in memory (doc_id → seq, input_key → seq).
"""
from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import fields
from pathlib import Path
from typing import Optional, Union

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import ZhpolicyError
from . import schema
from .store import Change, SourceRow, State

_RECORD = re.compile(r"^(\d+)\.json$")
_PART = re.compile(r"^part-(\d+)-[0-9a-f]+\.parquet$")
COMMITS = "_commits"
LOCK = "_writer.lock"


def _lock(path: Path, store: str):
    """Hold an exclusive lock on ``path`` while the store is open for writing (released
    by the kernel when the process dies, however it dies)."""
    import fcntl

    fh = open(path, "a+b")
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise ZhpolicyError(store, "the Parquet store is being written by another process", stage="store") from None
    return fh


def _temp(name: str) -> str:
    return f".{name}.tmp"


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        _fsync_file(path)
    except OSError:  # some file systems cannot sync a folder
        pass


class ParquetStore:
    """The batch tables as a Parquet dataset in ``root`` (see the module notes)."""

    kind = "parquet"

    def __init__(self, root: Union[str, os.PathLike], *, read_only: bool = False):
        self.path = os.fspath(root)
        self.root = Path(root)
        self.read_only = read_only
        self._cols = schema.table_columns()
        if read_only and not (self.root / COMMITS).is_dir():
            raise ZhpolicyError(self.path, "not a zhpolicy Parquet store (no _commits folder)", stage="store")
        if self.root.exists() and not self.root.is_dir():
            raise ZhpolicyError(self.path, "exists and is not a folder", stage="store")
        self._lock = None
        if not read_only:
            try:
                for name in (COMMITS, *self._cols):
                    (self.root / name).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ZhpolicyError(self.path, f"cannot create the Parquet store: {exc.strerror or exc}",
                                    stage="store") from None
            self._lock = _lock(self.root / LOCK, self.path)
        self._live: dict[str, dict[str, int]] = {t: {} for t in self._cols}
        self._next = 1 + self._replay()
        if not read_only:
            self._roll_forward()
        self._doc_seq: dict[str, int] = {}
        self._key_seq: dict[str, int] = {}
        self._mapped = False

    # --- opening --------------------------------------------------------------------

    def _records(self) -> list[int]:
        folder = self.root / COMMITS
        return sorted(int(m.group(1)) for n in os.listdir(folder) if (m := _RECORD.match(n)))

    def _replay(self) -> int:
        last = 0
        for seq in self._records():
            rec = json.loads((self.root / COMMITS / f"{seq}.json").read_text(encoding="utf-8"))
            for table, names in rec.get("remove", {}).items():
                for n in names:
                    self._live.setdefault(table, {}).pop(n, None)
            for table, names in rec.get("add", {}).items():
                for n in names:
                    self._live.setdefault(table, {})[n] = seq
            last = seq
        return last

    def _roll_forward(self) -> None:
        """Finish what a killed commit left half done; delete what no commit lists."""
        for n in os.listdir(self.root / COMMITS):
            if not _RECORD.match(n):
                (self.root / COMMITS / n).unlink()
        for table, live in self._live.items():
            folder = self.root / table
            folder.mkdir(exist_ok=True)
            present = set(os.listdir(folder))
            for name in live:
                if name not in present:
                    if _temp(name) not in present:
                        raise ZhpolicyError(self.path, f"damaged store: {table}/{name} is missing", stage="store")
                    os.replace(folder / _temp(name), folder / name)
            for n in present - set(live):  # uncommitted, or removed by a commit
                if n.endswith((".parquet", ".tmp")):
                    (folder / n).unlink(missing_ok=True)

    def _file(self, table: str, name: str) -> Path:
        final = self.root / table / name
        return final if final.exists() or not self.read_only else self.root / table / _temp(name)

    def _read_part(self, table: str, name: str, columns: Optional[list[str]] = None) -> pa.Table:
        return pq.read_table(self._file(table, name), columns=columns)

    # --- the store interface ----------------------------------------------------------

    def state(self) -> State:
        sources: list[SourceRow] = []
        names = [f.name for f in fields(SourceRow)]
        for name, seq in self._live["sources"].items():
            for r in self._read_part("sources", name, names).to_pylist():
                sources.append(SourceRow(**r))
                self._key_seq[r["input_key"]] = seq
        docs: dict[str, str] = {}
        for name, seq in self._live["documents"].items():
            t = self._read_part("documents", name, ["doc_id", "pipeline_version"])
            for d, v in zip(t["doc_id"].to_pylist(), t["pipeline_version"].to_pylist()):
                docs[d] = v
                self._doc_seq[d] = seq
        self._mapped = True
        return State(tuple(sources), docs)

    def read(self, table: str) -> pd.DataFrame:
        cols = self._cols[table]
        parts = [schema.as_arrow(self._read_part(table, n), cols) for n in sorted(self._live.get(table, {}))]
        parts = [p for p in parts if len(p)]
        return schema.conform(pa.concat_tables(parts).to_pandas(), cols) if parts else schema.frame([], cols)

    def commit(self, change: Change) -> None:
        if self.read_only:
            raise ZhpolicyError(self.path, "opened read-only", stage="store")
        if not self._mapped:
            self.state()
        seq = self._next
        affected = ({self._doc_seq[d] for d in change.drop_docs if d in self._doc_seq}
                    | {self._key_seq[k] for k in change.drop_inputs if k in self._key_seq})
        add: dict[str, list[str]] = {}
        remove: dict[str, list[str]] = {}
        written: dict[str, pa.Table] = {}
        for table, cols in self._cols.items():
            parts = []
            for name in [n for n, s in self._live[table].items() if s in affected]:
                remove.setdefault(table, []).append(name)
                parts.append(self._without(table, self._read_part(table, name), change))
            if table in change.tables:
                parts.append(change.tables[table])
            parts = [schema.as_arrow(p, cols) for p in parts if len(p)]
            if parts:
                written[table] = pa.concat_tables(parts)
                add[table] = [self._write_temp(table, seq, written[table])]
        self._write_record(seq, {"seq": seq, "add": add, "remove": remove})
        self._apply(seq, add, remove)
        self._remember(seq, change, written)
        self._next = seq + 1

    @staticmethod
    def _without(table: str, t: pa.Table, change: Change) -> pa.Table:
        for column, keys, tables in (("doc_id", change.drop_docs, schema.DOC_TABLES),
                                     ("input_key", change.drop_inputs, schema.INPUT_TABLES)):
            if table in tables and keys:
                hit = pc.is_in(t[column], value_set=pa.array(sorted(keys), pa.string()))
                t = t.filter(pc.invert(pc.fill_null(hit, False)))
        return t

    def _write_temp(self, table: str, seq: int, t: pa.Table) -> str:
        name = f"part-{seq:08d}-{uuid.uuid4().hex[:12]}.parquet"
        tmp = self.root / table / _temp(name)
        pq.write_table(t, tmp)
        _fsync_file(tmp)
        return name

    def _write_record(self, seq: int, record: dict) -> None:
        folder = self.root / COMMITS
        tmp = folder / f".{seq}.json.tmp"
        tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        _fsync_file(tmp)
        os.replace(tmp, folder / f"{seq}.json")  # the commit point
        _fsync_dir(folder)

    def _apply(self, seq: int, add: dict[str, list[str]], remove: dict[str, list[str]]) -> None:
        for table, names in remove.items():
            for n in names:
                (self.root / table / n).unlink(missing_ok=True)
                self._live[table].pop(n, None)
        for table, names in add.items():
            for n in names:
                os.replace(self.root / table / _temp(n), self.root / table / n)
                self._live[table][n] = seq

    def _remember(self, seq: int, change: Change, written: dict[str, pa.Table]) -> None:
        for d in change.drop_docs:
            self._doc_seq.pop(d, None)
        for k in change.drop_inputs:
            self._key_seq.pop(k, None)
        if "documents" in written:
            self._doc_seq.update(dict.fromkeys(written["documents"]["doc_id"].to_pylist(), seq))
        if "sources" in written:
            self._key_seq.update(dict.fromkeys(written["sources"]["input_key"].to_pylist(), seq))

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()  # releases the lock
            self._lock = None
