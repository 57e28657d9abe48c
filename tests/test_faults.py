"""Faults say what happened (issue 18): a damaged store, a full disk, a read-only file system,
an unwritable folder and an unreadable input are each one line naming the path and the OS
reason, exit 1, with no committed chunk lost.  The disk faults run on a small tmpfs where this
machine lets the tests mount one (as root), and by injecting the ``OSError`` everywhere."""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import duckdb
import pytest

from pipeline.batch import inputs as batch_inputs
from pipeline.batch import read_tables, run_batch
from pipeline.batch.inputs import InputOptions, Refusal, iter_items
from pipeline.batch.store import DuckDBStore, open_store
from pipeline.batch.testing import sample_text
from pipeline.cli import main
from pipeline.errors import DamagedStore, StoreError, ZhpolicyError

ZHPOLICY = Path(sys.executable).with_name("zhpolicy")
HEADER = 3 * 4096  # DuckDB's file header and its two database headers, before block 0
N_DOCS, CHUNK = 6, 2


def zh(*args, cwd=None):
    return subprocess.run([str(ZHPOLICY), *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300,
                          check=False)


def run_main(argv, capsys) -> tuple[int, str]:
    """``zhpolicy ARGV`` in this process (so that monkeypatched faults apply): exit code, stderr."""
    with pytest.raises(SystemExit) as out:
        main([str(a) for a in argv])
    return out.value.code, capsys.readouterr().err


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and "Traceback" not in err


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("in")
    for i in range(N_DOCS):
        (d / f"s{i}.txt").write_text(sample_text(700 + i) * 3, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def good_store(folder, tmp_path_factory):
    db = tmp_path_factory.mktemp("store") / "good.duckdb"
    s = run_batch([folder], db, workers=0, chunk_size=CHUNK)
    assert s.stored == N_DOCS
    return db


def data_offset(db: Path, table: str) -> int:
    """A file offset inside the stored bytes of ``table`` (its first column segment)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        block_size = con.execute("SELECT block_size FROM pragma_database_size()").fetchone()[0]
        block, offset = con.execute(f"SELECT block_id, block_offset FROM pragma_storage_info('{table}') "
                                    "WHERE block_id >= 0 ORDER BY block_id, block_offset LIMIT 1").fetchone()
    finally:
        con.close()
    return HEADER + block * block_size + 8 + offset  # 8: the block's checksum


# --- a damaged store --------------------------------------------------------------------------


@pytest.mark.parametrize("table", ["requirements", "directives"])  # tables the skip rules never read
def test_overwritten_bytes_in_the_middle_stop_the_run(folder, good_store, tmp_path, capsys, table):
    db = tmp_path / "mid.duckdb"
    shutil.copy(good_store, db)
    with open(db, "r+b") as fh:
        fh.seek(data_offset(db, table))
        fh.write(b"\xde\xad\xbe\xef" * 64)
    code, err = run_main(["batch", folder, "--db", db, "--workers", "0", "--categories", "none"], capsys)
    assert code == 1 and one_line(err), err
    assert f"store {db} is damaged: " in err and "checksum" in err
    assert "skipped" not in err  # never "0 stored, 6 skipped"


@pytest.mark.parametrize("share", [0.5, 0.25, 0.01])
def test_a_store_cut_short_stops_the_run(folder, good_store, tmp_path, capsys, share):
    db = tmp_path / "half.duckdb"
    shutil.copy(good_store, db)
    os.truncate(db, int(db.stat().st_size * share))
    code, err = run_main(["batch", folder, "--db", db, "--workers", "0", "--categories", "none"], capsys)
    assert code == 1 and one_line(err), err
    assert f"store {db} is damaged: " in err and "internal error" not in err


def test_reading_a_damaged_store_names_it(good_store, tmp_path):
    db = tmp_path / "mid.duckdb"
    shutil.copy(good_store, db)
    with open(db, "r+b") as fh:
        fh.seek(data_offset(db, "requirements"))
        fh.write(b"\x00\xff" * 128)
    with pytest.raises(DamagedStore, match=r"^store .*mid\.duckdb is damaged: "):
        read_tables(db)


def test_a_sound_store_verifies_with_its_row_counts(good_store, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(good_store, db)
    store = DuckDBStore(db)
    try:
        counts = store.verify()
    finally:
        store.close()
    assert counts["documents"] == N_DOCS and counts["sources"] == N_DOCS and counts["requirements"] > 0


# --- a commit the disk refuses ----------------------------------------------------------------


class RefusingConnection:
    """A DuckDB connection whose COMMIT meets a full disk, after which no transaction is open
    (so that ROLLBACK fails too, as DuckDB's does)."""

    def __init__(self, con, path):
        self._con, self._path = con, path

    def execute(self, sql, *args):
        if sql == "COMMIT":
            self._con.execute("ROLLBACK")
            raise duckdb.TransactionException(
                f'TransactionContext Error: Failed to commit: Could not write file "{self._path}.wal": '
                "No space left on device")
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_a_failed_rollback_keeps_the_original_error(good_store, tmp_path):
    from test_batch_store import change_for

    db = tmp_path / "s.duckdb"
    shutil.copy(good_store, db)
    store = DuckDBStore(db)
    store._con = RefusingConnection(store._con, db)
    try:
        with pytest.raises(StoreError) as err:
            store.commit(change_for("new-doc", "new-key"))
    finally:
        store._con = store._con._con
        store.close()
    msg = str(err.value)
    assert str(db) in msg and "No space left on device" in msg and "cannot rollback" not in msg
    assert "chunks committed before are kept" in msg
    assert len(read_tables(db)["documents"]) == N_DOCS  # nothing lost, nothing half-written


class BinderTrouble(RefusingConnection):
    """A connection whose INSERT fails as our own bad SQL would."""

    def execute(self, sql, *args):
        if sql.startswith("INSERT"):
            raise duckdb.BinderException('Binder Error: Referenced column "x" not found')
        return self._con.execute(sql, *args)


def test_a_bug_in_a_commit_stays_a_bug(good_store, tmp_path):
    """Only the disk's refusals are the user's problem (exit 1); a DuckDB error of our making
    stays what it is (exit 3), and its transaction is undone."""
    from test_batch_store import change_for

    db = tmp_path / "s.duckdb"
    shutil.copy(good_store, db)
    store = DuckDBStore(db)
    store._con = BinderTrouble(store._con, db)
    try:
        with pytest.raises(duckdb.BinderException) as err:
            store.commit(change_for("new-doc", "new-key"))
        assert not isinstance(err.value, ZhpolicyError)
    finally:
        store._con = store._con._con
        store.close()
    assert len(read_tables(db)["documents"]) == N_DOCS


def test_batch_commit_refused_is_exit_1_and_keeps_the_chunks(folder, tmp_path, capsys, monkeypatch):
    db = tmp_path / "s.duckdb"
    calls = {"n": 0}
    real = DuckDBStore._commit

    def second_fails(self, change):
        calls["n"] += 1
        if calls["n"] == 2:
            self._con = RefusingConnection(self._con, self.path)
        try:
            real(self, change)
        finally:
            if isinstance(self._con, RefusingConnection):
                self._con = self._con._con

    monkeypatch.setattr(DuckDBStore, "_commit", second_fails)
    code, err = run_main(["batch", folder, "--db", db, "--workers", "0", "--chunk-size", CHUNK,
                          "--categories", "none", "--quiet"], capsys)
    assert code == 1 and one_line(err), err
    assert "No space left on device" in err and str(db) in err
    assert len(read_tables(db)["documents"]) == CHUNK  # the first chunk, whole
    monkeypatch.undo()
    s = run_batch([folder], db, workers=0, chunk_size=CHUNK)
    assert (s.stored, s.skipped) == (N_DOCS - CHUNK, CHUNK)


# --- a real small disk: full, then read-only --------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MiB tmpfs, where the machine allows mounting one (root in a container with the right)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                          capture_output=True, check=False)
    if made.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, check=False)


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory):
    """Enough text to fill 1 MiB of store."""
    d = tmp_path_factory.mktemp("big")
    for i in range(120):
        (d / f"s{i:03d}.txt").write_text(sample_text(2000 + i) * 5, encoding="utf-8")
    return d


def test_full_disk_during_batch(big_folder, tiny_disk, tmp_path):
    db = tiny_disk / "a.duckdb"
    out = zh("batch", big_folder, "--db", db, "--workers", "0", "--chunk-size", "10", "--categories", "none", "-q")
    assert out.returncode == 1 and one_line(out.stderr), out.stderr
    assert "No space left on device" in out.stderr and str(db) in out.stderr
    assert "cannot rollback" not in out.stderr and "internal error" not in out.stderr
    for name in ("a.duckdb", "a.duckdb.wal"):  # move the store to a disk with room: nothing lost
        if (tiny_disk / name).exists():
            shutil.copy(tiny_disk / name, tmp_path / name)
    kept = len(read_tables(tmp_path / "a.duckdb")["documents"])
    assert kept > 0 and kept % 10 == 0  # whole chunks only
    s = run_batch([big_folder], tmp_path / "a.duckdb", workers=0, chunk_size=10)
    assert (s.stored, s.skipped, s.failed) == (120 - kept, kept, 0)


def test_full_disk_during_extract_xlsx(big_folder, tiny_disk):
    (tiny_disk / "filler").write_bytes(b"\0" * (1024 * 1024 - 16 * 1024))
    for out_name, extra in (("x.xlsx", ()), ("x.csv", ()), ("l.xlsx", ("--ledger",)), ("l.docx", ("--ledger",))):
        target = tiny_disk / out_name
        out = zh("extract", *sorted(big_folder.iterdir())[:20], "-o", target, *extra, "--categories", "none")
        assert out.returncode == 1 and one_line(out.stderr), out.stderr
        assert f"{target}: cannot write: No space left on device" in out.stderr
        assert "ZipFile" not in out.stderr
        assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]  # no half-written file


def test_read_only_file_system(folder, tiny_disk):
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    out = zh("batch", folder, "--db", tiny_disk / "a.duckdb", "--workers", "0", "--categories", "none")
    assert out.returncode == 1 and one_line(out.stderr) and "Read-only file system" in out.stderr
    out = zh("batch", folder, "--parquet", tiny_disk / "pq", "--workers", "0", "--categories", "none")
    assert out.returncode == 1 and one_line(out.stderr) and "Read-only file system" in out.stderr
    out = zh("extract", folder / "s0.txt", "-o", tiny_disk / "x.xlsx")
    assert out.returncode == 1 and one_line(out.stderr)
    assert f"{tiny_disk / 'x.xlsx'}: cannot write: Read-only file system" in out.stderr


# --- the same faults injected (any machine) ---------------------------------------------------


def _oserror(code: int, filename=None):
    return OSError(code, os.strerror(code), *([str(filename)] if filename else []))


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
@pytest.mark.parametrize("ext", [".xlsx", ".csv", ".json", ".parquet", ".md"])
def test_extract_output_refused_by_the_disk(folder, tmp_path, capsys, monkeypatch, code, ext):
    import importlib

    from pipeline.export import FORMATS

    module = importlib.import_module(f"pipeline.export.{FORMATS[ext]}")

    def half_then_refused(results, path, *a, **k):
        Path(path).write_bytes(b"half")
        raise _oserror(code)

    monkeypatch.setattr(module, "write", half_then_refused)
    target = tmp_path / f"out{ext}"
    rc, err = run_main(["extract", folder / "s0.txt", "-o", target, "--categories", "none"], capsys)
    assert rc == 1 and one_line(err), err
    assert f"{target}: cannot write: {os.strerror(code)}" in err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_for_the_output(folder, tmp_path, capsys, monkeypatch):
    import tempfile

    def refused(*a, **k):
        raise _oserror(errno.EACCES, tmp_path / ".out.csv.x.part")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    rc, err = run_main(["extract", folder / "s0.txt", "-o", tmp_path / "out.csv"], capsys)
    assert rc == 1 and one_line(err) and f"{tmp_path / 'out.csv'}: cannot write: Permission denied" in err


def _unreadable(monkeypatch, name: str) -> None:
    """``name`` reads as a file without read rights does for a user who is not root."""
    real_read, real_open, real_access = Path.read_bytes, open, os.access

    def read_bytes(self):
        if self.name == name:
            raise _oserror(errno.EACCES, self)
        return real_read(self)

    def opener(path, *a, **k):
        if os.fspath(path).endswith(name):
            raise _oserror(errno.EACCES, path)
        return real_open(path, *a, **k)

    def access(path, mode, *a, **k):
        return False if os.fspath(path).endswith(name) and mode & os.R_OK else real_access(path, mode, *a, **k)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(batch_inputs, "open", opener, raising=False)
    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("command", [["extract"], ["checklist"], ["extract", "--keep-going"], ["terms"]])
def test_unreadable_input_is_exit_1_not_a_usage_error(folder, capsys, monkeypatch, command):
    _unreadable(monkeypatch, "s1.txt")
    rc, err = run_main([*command, folder / "s1.txt"], capsys)
    assert rc == 1 and one_line(err), err
    assert f"{folder / 's1.txt'}: " in err and "ermission denied" in err and "Usage" not in err


def test_unreadable_input_of_batch_is_an_error_row(folder, tmp_path, capsys, monkeypatch):
    _unreadable(monkeypatch, "s1.txt")
    db = tmp_path / "s.duckdb"
    rc, err = run_main(["batch", folder / "s1.txt", folder / "s2.txt", "--db", db, "--workers", "0",
                        "--categories", "none"], capsys)
    assert rc == 4 and "1 stored, 0 skipped, 1 failed" in err and "Usage" not in err, err
    monkeypatch.undo()
    (row,) = read_tables(db)["errors"].itertuples()
    assert row.path == str(folder / "s1.txt") and row.reason == "cannot read: Permission denied"


@pytest.mark.parametrize("command", [["evaluate"], ["train", "-o", "model.json"]])
def test_missing_input_of_a_checked_argument_is_exit_1(tmp_path, capsys, command):
    missing = tmp_path / "missing.json"
    argv = [command[0], missing, *command[1:]]
    rc, err = run_main(argv, capsys)
    assert rc == 1 and one_line(err) and f"{missing}: no such file or folder" in err


@pytest.mark.parametrize("exc, code", [
    (_oserror(errno.ENOSPC, "/data/x"), 1),
    (_oserror(errno.EROFS), 1),
    (PermissionError(errno.EACCES, "Permission denied", "/data/y"), 1),
    (RuntimeError("a bug"), 3),
    (KeyError("k"), 3),
])
def test_exit_codes(capsys, monkeypatch, exc, code):
    """1: bad input or environment (every OSError); 3: only our own bugs."""
    from pipeline.cli import columns

    def boom(*a, **k):
        raise exc

    monkeypatch.setattr(columns.columns, "callback", boom)
    rc, err = run_main(["columns"], capsys)
    assert rc == code and one_line(err), err
    if code == 1:
        assert "internal error" not in err and (exc.filename is None or f"{exc.filename}: " in err)
    else:
        assert "internal error" in err


def test_batch_unreadable_file_is_an_error_row(folder, tmp_path, monkeypatch):
    real = open

    def refused(path, *a, **k):
        if str(path).endswith("s2.txt"):
            raise _oserror(errno.EACCES, path)
        return real(path, *a, **k)

    monkeypatch.setattr(batch_inputs, "open", refused, raising=False)
    refusals = [e for e in iter_items([folder]) if isinstance(e, Refusal)]
    assert [(Path(r.source).name, r.reason) for r in refusals] == [("s2.txt", "cannot read: Permission denied")]


# --- folder entries that cannot be read are error rows ----------------------------------------


def _entry(tmp_path: Path, kind: str) -> Path:
    p = tmp_path / f"{kind}.txt"
    if kind == "dangling":
        p.symlink_to(tmp_path / "nowhere.txt")
    elif kind == "loop":
        p.symlink_to(p)
    elif kind == "loop2":
        p.symlink_to(tmp_path / "other.txt")
        (tmp_path / "other.txt").symlink_to(p)
    elif kind == "fifo":
        os.mkfifo(p)
    return p


@pytest.mark.parametrize("kind, reason", [
    ("dangling", "a broken symbolic link"),
    ("loop", "a symbolic link loop"),
    ("loop2", "a symbolic link loop"),
    ("fifo", "not a regular file"),
])
def test_unreadable_folder_entries_become_refusals(tmp_path, kind, reason):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(sample_text(1), encoding="utf-8")
    bad = _entry(d, kind)
    entries = list(iter_items([d], InputOptions()))
    refused = [e for e in entries if isinstance(e, Refusal)]
    assert {e.source for e in entries if not isinstance(e, Refusal)} == {str(d / "good.txt")}
    assert {r.source for r in refused} >= {str(bad)}
    assert all(r.reason.startswith(reason) for r in refused)
    given = list(iter_items([bad]))  # named on the command line: the same refusal
    assert len(given) == 1 and isinstance(given[0], Refusal) and given[0].reason.startswith(reason)


def test_unreadable_entries_are_rows_in_errors(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(sample_text(2), encoding="utf-8")
    _entry(d, "dangling")
    _entry(d, "loop")
    s = run_batch([d], tmp_path / "s.duckdb", workers=0)
    assert (s.stored, s.failed) == (1, 2)
    errors = read_tables(tmp_path / "s.duckdb")["errors"]
    assert sorted(Path(p).name for p in errors["path"]) == ["dangling.txt", "loop.txt"]


def test_store_errors_are_zhpolicy_errors():
    assert issubclass(DamagedStore, StoreError) and issubclass(StoreError, ZhpolicyError)
    assert str(DamagedStore("a.duckdb", "checksum")) == "store a.duckdb is damaged: checksum"
    with pytest.raises(ZhpolicyError):
        open_store(db="/no/such/folder/a.duckdb")


# --- extract has a time bound -----------------------------------------------------------------


def test_time_limit_stops_a_runaway_regular_expression():
    import re

    from pipeline.timelimit import TimeLimitExceeded, time_limit

    with pytest.raises(TimeLimitExceeded, match=r"^x\.txt: took longer than 0\.3 s"), time_limit(0.3, "x.txt"):
        re.match(r"(a+)+b", "a" * 64)  # catastrophic backtracking: never ends by itself


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_time_limit(seconds):
    from pipeline.timelimit import time_limit

    with time_limit(seconds, "x.txt"):
        pass


def test_extract_timeout_is_one_line_naming_the_file(folder, capsys, monkeypatch):
    import time

    from pipeline.pipeline import Pipeline

    real = Pipeline.__call__

    def slow_on_s3(self, source):
        if str(source).endswith("s3.txt"):
            time.sleep(60)
        return real(self, source)

    monkeypatch.setattr(Pipeline, "__call__", slow_on_s3)
    t0 = time.monotonic()
    rc, err = run_main(["extract", folder / "s3.txt", "--timeout", "0.5", "--categories", "none"], capsys)
    assert time.monotonic() - t0 < 30
    assert rc == 1 and one_line(err) and f"{folder / 's3.txt'}: took longer than 0.5 s" in err
    real(Pipeline(), folder / "s4.txt")  # load the models outside the bound
    with pytest.raises(SystemExit) as out:
        main([str(a) for a in ["extract", folder / "s3.txt", folder / "s4.txt", "--timeout", "3", "--keep-going",
                               "--categories", "none", "-f", "jsonl"]])
    got = capsys.readouterr()
    assert out.value.code == 1 and one_line(got.err) and "s3.txt: took longer than 3 s" in got.err
    assert got.out.count("\n") == 1 and "s4.txt" in got.out  # the next file done as usual


def test_parquet_export_refused_keeps_the_rows(folder, tmp_path, capsys, monkeypatch):
    pq = tmp_path / "pq"

    def refused(src, dst):
        raise _oserror(errno.ENOSPC, dst)

    monkeypatch.setattr(os, "replace", refused)
    rc, err = run_main(["batch", folder, "--parquet", pq, "--workers", "0", "--categories", "none", "-q"], capsys)
    assert rc == 1 and one_line(err), err
    assert f"{pq}: cannot export the Parquet tables: No space left on device" in err and "rerun to export" in err
    monkeypatch.undo()
    st = open_store(parquet=pq)
    try:
        s = run_batch([folder], st, workers=0)
    finally:
        st.close()
    assert (s.stored, s.skipped) == (0, N_DOCS)
    assert len(read_tables(pq)["documents"]) == N_DOCS  # exported by the rerun
