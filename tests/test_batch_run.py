"""run_batch end to end on our own small texts: counts, re-runs, --force, changed and
duplicate inputs, a new pipeline version, and documents that raise, crash or run away."""
from __future__ import annotations

import json
import zipfile

import psutil
import pytest

from pipeline.batch import read_tables, run_batch
from pipeline.batch import runner as runner_mod
from pipeline.batch.store import open_store
from pipeline.batch.testing import CRASH_MARK, LOOP_MARK, RAISE_MARK, sample_text, snapshot

UNRULY = "pipeline.batch.testing:unruly_stages"


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    for i in range(4):
        (d / f"s{i}.txt").write_text(sample_text(i), encoding="utf-8")
    (d / "sub" / "gbk.txt").write_bytes(sample_text(0).encode("gbk"))  # same text as s0, other bytes
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with zipfile.ZipFile(d / "pack.zip", "w") as z:
        z.writestr("z1.txt", sample_text(10))
        z.writestr("../evil.txt", "越界的条目")
    return d


def run(inputs, db, **kw):
    kw.setdefault("workers", 0)  # in this process: fast; the tests of worker processes say workers=2
    return run_batch([str(p) for p in inputs], str(db), **kw)


def test_counts_rows_and_errors(corpus, tmp_path):
    s = run([corpus], tmp_path / "a.duckdb", chunk_size=3, workers=2)
    assert (s.stored, s.skipped, s.failed) == (5, 1, 3)  # s0-s3 + z1; the GBK copy; empty, binary, evil
    assert s.exit_code == 4 and s.chunks >= 3
    t = read_tables(tmp_path / "a.duckdb")
    assert len(t["documents"]) == 5 and t["documents"]["doc_id"].is_unique
    assert set(t["documents"]["pipeline_version"]) == {runner_mod.__version__}
    rel = len(str(corpus)) + 1
    errs = {p[rel:]: (st, r) for p, st, r in zip(t["errors"]["path"], t["errors"]["stage"], t["errors"]["reason"])}
    assert errs["empty.txt"] == ("load", "empty file")
    assert errs["binary.txt"][0] == "load" and "binary" in errs["binary.txt"][1]
    assert errs["pack.zip!../evil.txt"][0] == "input" and "unsafe" in errs["pack.zip!../evil.txt"][1]
    statuses = dict(zip(t["sources"]["source"].str[rel:], t["sources"]["status"]))
    doc_ids = dict(zip(t["sources"]["source"].str[rel:], t["sources"]["doc_id"]))
    # the same text twice: the name that sorts first holds it, whichever finished first
    assert (statuses["s0.txt"], statuses["sub/gbk.txt"]) == ("stored", "duplicate")
    assert doc_ids["sub/gbk.txt"] == doc_ids["s0.txt"]
    assert t["documents"].set_index("doc_id").loc[doc_ids["s0.txt"], "source"] == str(corpus / "s0.txt")
    assert len(t["sources"]) == 9
    for kind in ("directives", "targets", "requirements"):
        assert set(t[kind]["doc_id"]) <= set(t["documents"]["doc_id"])


def test_rerun_is_a_no_op(corpus, tmp_path):
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    before = snapshot(db, ignore=())
    s = run([corpus], db)
    assert (s.stored, s.skipped, s.failed, s.known_failures) == (0, 9, 0, 3)
    assert s.exit_code == 0
    assert snapshot(db, ignore=()) == before


def test_force_redoes_all_and_replaces(corpus, tmp_path):
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    before = snapshot(db)
    s = run([corpus], db, force=True)
    assert (s.stored, s.replaced, s.failed) == (5, 5, 3)
    assert snapshot(db) == before


def test_new_and_changed_inputs_are_added(corpus, tmp_path):
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    (corpus / "s1.txt").write_text(sample_text(21), encoding="utf-8")
    (corpus / "new.txt").write_text(sample_text(22), encoding="utf-8")
    s = run([corpus], db)
    assert (s.stored, s.failed) == (2, 0)
    assert len(read_tables(db)["documents"]) == 7  # the old text of s1 stays: it is a document of the archive


def test_moved_archive_is_recognised_by_content(corpus, tmp_path):
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    moved = corpus.rename(tmp_path / "moved")
    s = run([moved], db)
    assert s.stored == 0 and s.skipped == 6 and s.failed == 3  # failures are re-tried under their new names
    assert len(read_tables(db)["documents"]) == 5


def test_which_copy_holds_a_document_does_not_depend_on_timing(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    text = sample_text(7)
    # a is the holder by name; the others are the same text as other bytes, or the same bytes
    (d / "a.txt").write_text(text, encoding="utf-8")
    (d / "b_gbk.txt").write_bytes(text.encode("gbk"))
    (d / "c_copy.txt").write_text(text, encoding="utf-8")
    (d / "d_utf16.txt").write_bytes(text.encode("utf-16"))
    clean = tmp_path / "clean.duckdb"
    run([d], clean)
    expected = snapshot(clean)
    src = dict(zip(read_tables(clean)["sources"]["source"], read_tables(clean)["sources"]["status"]))
    assert src == {str(d / "a.txt"): "stored", str(d / "b_gbk.txt"): "duplicate",
                   str(d / "c_copy.txt"): "duplicate", str(d / "d_utf16.txt"): "duplicate"}
    # every other order of arrival, one input per run (as a killed run leaves it), ends the same
    for order in (["d_utf16.txt", "c_copy.txt", "b_gbk.txt", "a.txt"], ["c_copy.txt", "a.txt", "d_utf16.txt"]):
        db = tmp_path / f"{order[0]}.duckdb"
        for name in order:
            run([d / name], db)
        s = run([d], db)
        assert s.failed == 0
        assert snapshot(db) == expected


def test_same_input_twice_in_one_run(corpus, tmp_path):
    s = run([corpus / "s1.txt", corpus / "s1.txt", corpus], tmp_path / "a.duckdb")
    assert (s.stored, s.failed) == (5, 3)
    assert s.skipped == 3  # s1.txt met twice more (once named, once in the folder) + the GBK copy


def test_new_pipeline_version_replaces_rows(corpus, tmp_path, monkeypatch):
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    n_before = {k: len(v) for k, v in read_tables(db).items()}
    monkeypatch.setattr(runner_mod, "__version__", "99.0")
    s = run([corpus], db)
    assert (s.stored, s.replaced, s.failed) == (5, 5, 3)
    t = read_tables(db)
    assert {k: len(v) for k, v in t.items()} == n_before
    assert set(t["documents"]["pipeline_version"]) == {"99.0"} and set(t["errors"]["pipeline_version"]) == {"99.0"}


def test_jsonl_ids_become_doc_ids_and_changed_text_replaces(tmp_path):
    p = tmp_path / "d.jsonl"
    rows = [{"id": "n-1", "body": sample_text(1)}, {"id": "n-2", "body": sample_text(2)}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = tmp_path / "a.duckdb"
    s = run([p], db, text_field="body", id_field="id")
    assert s.stored == 2
    assert sorted(read_tables(db)["documents"]["doc_id"]) == ["n-1", "n-2"]
    rows[1]["body"] = sample_text(3)
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    s = run([p], db, text_field="body", id_field="id")
    assert (s.stored, s.replaced, s.skipped) == (1, 1, 1)
    t = read_tables(db)
    assert sorted(t["documents"]["doc_id"]) == ["n-1", "n-2"]
    assert "第3项" in t["documents"].set_index("doc_id").loc["n-2", "title"]


def test_duplicate_ids_in_one_run_are_an_error_not_a_silent_drop(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text("\n".join(json.dumps({"id": "same", "text": sample_text(i)}, ensure_ascii=False)
                           for i in (1, 2)), encoding="utf-8")
    s = run([p], tmp_path / "a.duckdb", id_field="id")
    assert (s.stored, s.failed) == (1, 1)
    assert "duplicate id" in read_tables(tmp_path / "a.duckdb")["errors"]["reason"][0]


def workers_left():
    alive = []
    for c in psutil.Process().children(recursive=True):
        try:
            if "spawn_main" in " ".join(c.cmdline()) and c.status() != psutil.STATUS_ZOMBIE:
                alive.append(c)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_raising_crashing_and_runaway_documents_become_error_rows(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(3):
        (d / f"good{i}.txt").write_text(sample_text(i), encoding="utf-8")
    (d / "raises.txt").write_text(sample_text(5) + RAISE_MARK, encoding="utf-8")
    (d / "crashes.txt").write_text(sample_text(6) + CRASH_MARK, encoding="utf-8")
    (d / "loops.txt").write_text(sample_text(7) + LOOP_MARK, encoding="utf-8")
    db = tmp_path / "a.duckdb"
    s = run([d], db, stages=UNRULY, timeout=2, workers=2)
    assert (s.stored, s.failed) == (3, 3)
    errs = read_tables(db)["errors"].set_index("path")
    raised = errs.loc[str(d / "raises.txt")]
    assert raised["stage"] == "unruly" and "RuntimeError" in raised["reason"]
    crashed = errs.loc[str(d / "crashes.txt")]
    assert crashed["stage"] == "unruly" and "worker process died (killed by SIGKILL)" in crashed["reason"]
    looped = errs.loc[str(d / "loops.txt")]
    assert looped["stage"] == "unruly" and "timed out after 2 s" in looped["reason"]
    assert looped["doc_id"] is not None and not isinstance(looped["doc_id"], float)
    assert workers_left() == []  # the runaway worker was really stopped (and the others ended)


def test_bad_stages_spec_is_one_error(tmp_path):
    from pipeline.errors import ZhpolicyError

    with pytest.raises(ZhpolicyError, match="cannot load the stages"):
        run([tmp_path], tmp_path / "a.duckdb", stages="no_such_module_here:make")


def test_parquet_store_holds_the_same_rows(corpus, tmp_path):
    run([corpus], tmp_path / "a.duckdb")
    s = run_batch([str(corpus)], open_store(parquet=tmp_path / "pq"), workers=2, chunk_size=2)
    assert (s.stored, s.failed) == (5, 3)
    assert snapshot(tmp_path / "pq") == snapshot(tmp_path / "a.duckdb")
    s = run_batch([str(corpus)], open_store(parquet=tmp_path / "pq"), workers=0, force=True, chunk_size=2)
    assert s.replaced == 5
    assert snapshot(tmp_path / "pq") == snapshot(tmp_path / "a.duckdb")


def test_formula_rows_are_stored_when_the_module_exists(corpus, tmp_path):
    pytest.importorskip("pipeline.research.formulas")
    (corpus / "f.txt").write_text("各支部要把“四个意识”落到实处。\n全体党员要把“两个维护”体现在行动上。\n",
                                  encoding="utf-8")
    run([corpus / "f.txt"], tmp_path / "a.duckdb")
    f = read_tables(tmp_path / "a.duckdb")["formulas"]
    assert len(f) > 0 and f["count"].min() >= 1


def test_retry_failed_redoes_only_the_failures(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(sample_text(1), encoding="utf-8")
    (d / "flaky.txt").write_text(sample_text(2) + RAISE_MARK, encoding="utf-8")
    db = tmp_path / "a.duckdb"
    s = run([d], db, stages=UNRULY)
    assert (s.stored, s.failed) == (1, 1)
    s = run([d], db)  # the stage is "fixed", but a plain re-run skips the known failure
    assert (s.stored, s.skipped, s.known_failures) == (0, 2, 1)
    s = run([d], db, retry_failed=True)
    assert (s.stored, s.skipped, s.failed) == (1, 1, 0)
    t = read_tables(db)
    assert len(t["errors"]) == 0 and len(t["documents"]) == 2
    assert sorted(t["sources"]["status"]) == ["stored", "stored"]


def test_a_chunk_is_committed_by_its_bytes_too(corpus, tmp_path, monkeypatch):
    # the main process holds a chunk's rows until its commit: big documents make smaller chunks
    sizes = sorted(p.stat().st_size for p in corpus.glob("s*.txt"))
    monkeypatch.setattr(runner_mod, "CHUNK_BYTES", sizes[0])  # each stored document fills a chunk
    s = run([corpus], tmp_path / "a.duckdb", chunk_size=100)
    assert s.stored >= 5 and s.chunks >= s.stored  # one commit per stored document at least
    monkeypatch.setattr(runner_mod, "CHUNK_BYTES", 10**12)
    s2 = run([corpus], tmp_path / "b.duckdb", chunk_size=100)
    assert s2.chunks == 1 and s2.stored == s.stored
