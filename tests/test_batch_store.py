"""The batch stores: DuckDB and Parquet commit, replace, reopen; a Parquet folder is the
DuckDB store plus DuckDB's export, which readers see whole or not at all."""
from __future__ import annotations

import os

import duckdb
import pandas as pd
import pytest

from pipeline.batch import schema
from pipeline.batch.store import (
    PARQUET_DB,
    Change,
    DuckDBStore,
    ParquetStore,
    open_store,
    read_tables,
)
from pipeline.errors import ZhpolicyError

COLS = schema.table_columns()


def change_for(doc_id: str, key: str, n_dirs: int = 2, version: str = "9.9", drop=False) -> Change:
    tables = {
        "documents": schema.frame([{"doc_id": doc_id, "source": f"{doc_id}.txt", "chars": 10,
                                    "pipeline_version": version}], COLS["documents"]),
        "directives": schema.frame([{"doc_id": doc_id, "id": i, "level": 1, "marker": f"{i}、", "number": i,
                                     "title": f"第{i}项"} for i in range(n_dirs)], COLS["directives"]),
        "sources": schema.frame([{"input_key": key, "content_key": "c" + key, "source": f"{doc_id}.txt",
                                  "doc_id": doc_id, "status": "stored", "pipeline_version": version}],
                                COLS["sources"]),
    }
    return Change(tables, frozenset({doc_id}) if drop else frozenset(), frozenset({key}) if drop else frozenset())


def error_change(key: str) -> Change:
    return Change({
        "errors": schema.frame([{"input_key": key, "path": "bad.txt", "stage": "load", "reason": "empty file",
                                 "pipeline_version": "9.9", "time": "2026-01-01T00:00:00Z"}], COLS["errors"]),
        "sources": schema.frame([{"input_key": key, "source": "bad.txt", "status": "failed",
                                  "pipeline_version": "9.9"}], COLS["sources"]),
    })


@pytest.fixture(params=["duckdb", "parquet"])
def store_path(request, tmp_path):
    return tmp_path / ("s.duckdb" if request.param == "duckdb" else "pq")


def open_at(path):
    return open_store(parquet=path) if path.suffix != ".duckdb" else open_store(db=path)


def test_commit_state_and_read(store_path):
    s = open_at(store_path)
    s.commit(change_for("d1", "k1"))
    s.commit(change_for("d2", "k2", n_dirs=3))
    s.commit(error_change("k3"))
    s.finish()
    s.close()
    s = open_at(store_path)
    st = s.state()
    assert st.documents == {"d1": "9.9", "d2": "9.9"}
    assert {(r.input_key, r.status) for r in st.sources} == {("k1", "stored"), ("k2", "stored"), ("k3", "failed")}
    s.close()
    t = read_tables(store_path)
    assert set(t) == set(schema.TABLE_NAMES)
    assert sorted(t["directives"]["doc_id"]) == ["d1"] * 2 + ["d2"] * 3
    assert list(t["errors"]["reason"]) == ["empty file"]
    assert len(t["targets"]) == 0 and list(t["targets"].columns) == [c[0] for c in COLS["targets"]]
    for name, df in t.items():
        assert list(df.columns) == [c[0] for c in COLS[name]]


def test_replace_drops_old_rows_of_that_document_only(store_path):
    s = open_at(store_path)
    s.state()
    s.commit(change_for("d1", "k1", n_dirs=2))
    s.commit(change_for("d2", "k2", n_dirs=2))
    s.commit(change_for("d1", "k1", n_dirs=5, version="10.0", drop=True))
    s.finish()
    s.close()
    t = read_tables(store_path)
    assert t["directives"].groupby("doc_id").size().to_dict() == {"d1": 5, "d2": 2}
    assert sorted(t["documents"]["pipeline_version"]) == ["10.0", "9.9"]
    assert sorted(t["sources"]["input_key"]) == ["k1", "k2"]


def test_duckdb_adds_columns_a_newer_version_defines(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE formulas (doc_id VARCHAR, formula VARCHAR)")
    con.execute("INSERT INTO formulas VALUES ('d0', '两个维护')")
    con.close()
    s = DuckDBStore(path)
    s.commit(Change({"formulas": schema.frame([{"doc_id": "d1", "formula": "四个意识", "count": 2}],
                                               COLS["formulas"])}))
    s.close()
    f = read_tables(path)["formulas"].sort_values("doc_id")
    assert list(f["count"].astype(object).where(f["count"].notna(), None)) == [None, 2]


def test_unopenable_stores_give_one_line_errors(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database", encoding="utf-8")
    with pytest.raises(ZhpolicyError, match="cannot open the DuckDB store"):
        DuckDBStore(junk)
    with pytest.raises(ZhpolicyError, match="does not exist"):
        DuckDBStore(tmp_path / "no" / "such" / "dir.duckdb")
    with pytest.raises(ZhpolicyError, match="not a folder"):
        ParquetStore(junk)
    with pytest.raises(ZhpolicyError, match="no such store"):
        read_tables(tmp_path / "missing.duckdb")


def test_parquet_layout_is_readable_by_pandas_and_duckdb(tmp_path):
    s = ParquetStore(tmp_path / "pq")
    s.commit(change_for("d1", "k1", n_dirs=2))
    s.commit(change_for("d2", "k2", n_dirs=1))
    s.finish()
    s.close()
    assert os.listdir(tmp_path / "pq" / "directives") == ["data.parquet"]
    assert len(pd.read_parquet(tmp_path / "pq" / "directives")) == 3
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/directives/*.parquet')").fetchall()[0][0]
    assert n == 3


def test_parquet_readers_see_the_last_finished_export(tmp_path):
    s = ParquetStore(tmp_path / "pq")
    s.commit(change_for("d1", "k1"))
    with pytest.raises(ZhpolicyError, match="no tables exported yet"):
        read_tables(tmp_path / "pq")
    s.finish()
    s.commit(change_for("d2", "k2"))  # committed, not exported: the run is killed here
    s.close()
    assert sorted(read_tables(tmp_path / "pq")["documents"]["doc_id"]) == ["d1"]
    assert sorted(read_tables(tmp_path / "pq" / PARQUET_DB)["documents"]["doc_id"]) == ["d1", "d2"]
    s = ParquetStore(tmp_path / "pq")
    s.finish()
    s.close()
    assert sorted(read_tables(tmp_path / "pq")["documents"]["doc_id"]) == ["d1", "d2"]


def test_parquet_export_killed_midway_is_redone_whole(tmp_path, monkeypatch):
    s = ParquetStore(tmp_path / "pq")
    s.commit(change_for("d1", "k1"))
    s.finish()
    s.commit(change_for("d2", "k2", n_dirs=3))
    replace = os.replace
    done = []

    def killed_after_two(src, dst):
        if len(done) == 2:
            raise SystemExit("killed during the export")
        done.append(dst)
        replace(src, dst)

    monkeypatch.setattr(os, "replace", killed_after_two)
    with pytest.raises(SystemExit):
        s.finish()
    monkeypatch.undo()
    s.close()  # the writer is gone (as if killed): two tables new, the others as before
    assert sorted(read_tables(tmp_path / "pq")["documents"]["doc_id"]) == ["d1", "d2"]
    assert sorted(read_tables(tmp_path / "pq")["sources"]["input_key"]) == ["k1"]
    s = ParquetStore(tmp_path / "pq")  # the next run exports again (here: with nothing new)
    s.finish()
    s.close()
    hidden = [f for t in schema.TABLE_NAMES for f in os.listdir(tmp_path / "pq" / t) if f.startswith(".")]
    assert hidden == []
    assert read_tables(tmp_path / "pq")["directives"].groupby("doc_id").size().to_dict() == {"d1": 2, "d2": 3}


def test_a_parquet_folder_of_the_old_layout_is_refused(tmp_path):
    (tmp_path / "old" / "_commits").mkdir(parents=True)
    with pytest.raises(ZhpolicyError, match="older zhpolicy"):
        ParquetStore(tmp_path / "old")


@pytest.mark.parametrize("kind", ["duckdb", "parquet"])
def test_a_store_has_one_writer_at_a_time(tmp_path, kind):
    import subprocess
    import sys

    where, flag = (tmp_path / "a.duckdb", "db") if kind == "duckdb" else (tmp_path / "pq", "parquet")
    first = open_at(where)
    first.finish()
    code = f"import sys; from pipeline.batch.store import open_store; open_store({flag}=sys.argv[1])"
    other = subprocess.run([sys.executable, "-c", code, str(where)], check=False, capture_output=True, text=True)
    assert other.returncode != 0 and "cannot open the DuckDB store" in other.stderr
    if kind == "parquet":
        assert len(read_tables(where)["documents"]) == 0  # readers of the export are welcome
    first.close()
    open_at(where).close()
