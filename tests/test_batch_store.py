"""The batch stores: DuckDB and Parquet commit, replace, reopen; the Parquet manifest
rolls a half-finished commit forward and drops an uncommitted one."""
from __future__ import annotations

import os

import duckdb
import pandas as pd
import pytest

from pipeline.batch import schema
from pipeline.batch.parquet import ParquetStore
from pipeline.batch.store import Change, DuckDBStore, open_store, read_tables
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
    files = sorted(os.listdir(tmp_path / "pq" / "directives"))
    assert len(files) == 2 and all(f.startswith("part-") and f.endswith(".parquet") for f in files)
    assert len(pd.read_parquet(tmp_path / "pq" / "directives")) == 3
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/directives/*.parquet')").fetchall()[0][0]
    assert n == 3


def test_parquet_commit_killed_after_the_record_is_rolled_forward(tmp_path, monkeypatch):
    s = ParquetStore(tmp_path / "pq")
    s.commit(change_for("d1", "k1"))

    def crash(*a, **k):
        raise SystemExit("killed between the commit point and the renames")

    monkeypatch.setattr(ParquetStore, "_apply", crash)
    with pytest.raises(SystemExit):
        s.commit(change_for("d2", "k2", n_dirs=3))
    assert any(f.startswith(".") for f in os.listdir(tmp_path / "pq" / "directives"))
    monkeypatch.undo()
    s.close()  # the writer is gone (as if killed)
    t = read_tables(tmp_path / "pq")  # a read-only reader already sees the committed chunk
    assert sorted(t["documents"]["doc_id"]) == ["d1", "d2"]
    ParquetStore(tmp_path / "pq").close()  # a writer rolls it forward
    assert not any(f.startswith(".") for f in os.listdir(tmp_path / "pq" / "directives"))
    assert read_tables(tmp_path / "pq")["directives"].groupby("doc_id").size().to_dict() == {"d1": 2, "d2": 3}


def test_parquet_commit_killed_before_the_record_leaves_nothing(tmp_path, monkeypatch):
    s = ParquetStore(tmp_path / "pq")
    s.commit(change_for("d1", "k1"))

    def crash(*a, **k):
        raise SystemExit("killed before the commit point")

    monkeypatch.setattr(ParquetStore, "_write_record", crash)
    with pytest.raises(SystemExit):
        s.commit(change_for("d2", "k2"))
    monkeypatch.undo()
    s.close()
    assert sorted(read_tables(tmp_path / "pq")["documents"]["doc_id"]) == ["d1"]
    s2 = ParquetStore(tmp_path / "pq")
    assert {r.input_key for r in s2.state().sources} == {"k1"}
    leftovers = [f for t in schema.TABLE_NAMES for f in os.listdir(tmp_path / "pq" / t) if f.startswith(".")]
    assert leftovers == []
    s2.commit(change_for("d2", "k2"))
    assert sorted(read_tables(tmp_path / "pq")["documents"]["doc_id"]) == ["d1", "d2"]


def test_parquet_damaged_store_is_reported(tmp_path):
    s = ParquetStore(tmp_path / "pq")
    s.commit(change_for("d1", "k1"))
    s.close()
    for f in os.listdir(tmp_path / "pq" / "documents"):
        os.unlink(tmp_path / "pq" / "documents" / f)
    with pytest.raises(ZhpolicyError, match="damaged store"):
        ParquetStore(tmp_path / "pq")


def test_parquet_store_has_one_writer_at_a_time(tmp_path):
    first = ParquetStore(tmp_path / "pq")
    with pytest.raises(ZhpolicyError, match="another process"):
        ParquetStore(tmp_path / "pq")
    read_tables(tmp_path / "pq")  # readers are welcome
    first.close()
    ParquetStore(tmp_path / "pq").close()


def test_duckdb_store_has_one_writer_at_a_time(tmp_path):
    import subprocess
    import sys

    first = DuckDBStore(tmp_path / "a.duckdb")
    other = subprocess.run([sys.executable, "-c", "import sys; from pipeline.batch.store import DuckDBStore; "
                            "DuckDBStore(sys.argv[1])", str(tmp_path / "a.duckdb")], capture_output=True, text=True)
    assert other.returncode != 0 and "cannot open the DuckDB store" in other.stderr
    first.close()
