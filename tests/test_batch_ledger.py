"""The ledger's rules, read from a real store: what the store's look-ups (``DuckDBStore.known``,
``keys``) answer, what the in-memory key filters let through, and each verdict and plan in a table of
situations (recorded or not, same version or another, failed, holder sorting, --force,
--retry-failed, met twice in one run)."""
from __future__ import annotations

import pytest

from pipeline.batch import schema
from pipeline.batch.inputs import Item, Refusal, digest
from pipeline.batch.ledger import DUPLICATE, PROCESS, SKIP, SKIP_FAILED, KeyFilter, Ledger
from pipeline.batch.store import Change, DuckDBStore
from pipeline.batch.work import Outcome

V, OLD = "2.0", "1.0"


def src(key, content, source, doc, status="stored", version=V):
    return {"input_key": key, "content_key": content, "source": source, "doc_id": doc, "status": status,
            "pipeline_version": version}


def seeded(tmp_path, sources=(), documents=()) -> DuckDBStore:
    """A store holding these ``sources`` rows and ``documents`` (doc_id, version) rows."""
    st = DuckDBStore(tmp_path / "s.duckdb")
    cols = schema.table_columns()
    st.commit(Change({"sources": schema.as_arrow(list(sources), cols["sources"]),
                      "documents": schema.as_arrow([{"doc_id": d, "pipeline_version": v} for d, v in documents],
                                                   cols["documents"])}))
    return st


# the store of most situations: doc d1 held by b.txt (this version), its GBK copy c.txt a duplicate;
# old.txt stored by an older version; bad.txt failed with this version, worse.txt with the older one
ROWS = [src("kb", "cb", "b.txt", "d1"), src("kc", "cc", "c.txt", "d1", "duplicate"),
        src("kold", "cold", "old.txt", "d2", version=OLD), src("kbad", "cbad", "bad.txt", None, "failed"),
        src("kworse", "cworse", "worse.txt", None, "failed", OLD)]
DOCS = [("d1", V), ("d2", OLD)]


@pytest.mark.parametrize("asked, expected", [
    ({"input_keys": ["kb", "kold", "kbad", "knew"]},
     {"inputs": {"kb": ("stored", V), "kold": ("stored", OLD), "kbad": ("failed", V)}}),
    ({"content_keys": ["cb", "cc", "cold", "cbad", "cnew"]},  # stored or duplicate rows of this version only
     {"contents": {"cb": "d1", "cc": "d1"}, "documents": {"d1": V}, "holders": {"d1": "b.txt"}}),
    ({"doc_ids": ["d1", "d2", "dnew"]},  # d2 is an older version's: known, but held by nobody now
     {"documents": {"d1": V, "d2": OLD}, "holders": {"d1": "b.txt"}}),
    ({}, {}),
])
def test_known_answers_only_what_was_asked(tmp_path, asked, expected):
    st = seeded(tmp_path, ROWS, DOCS)
    k = st.known(V, **asked)
    got = {"inputs": dict(k.inputs), "contents": dict(k.contents), "documents": dict(k.documents),
           "holders": {d: r.source for d, r in k.holders.items()}}
    assert got == {"inputs": {}, "contents": {}, "documents": {}, "holders": {}, **expected}
    st.close()


def test_known_holder_is_the_name_sorting_first_and_needs_the_document_at_this_version(tmp_path):
    st = seeded(tmp_path, [src("k2", "c", "z.txt", "d1"), src("k1", "c", "a.txt", "d1"),
                           src("k3", "c3", "e.txt", "d3")], [("d1", V), ("d3", OLD)])
    k = st.known(V, doc_ids=["d1", "d3"])
    assert {d: r.source for d, r in k.holders.items()} == {"d1": "a.txt"}
    assert st.known(V, content_keys=["c3"]).contents == {}  # its document is an older version's
    st.close()


def test_keys_come_in_batches_without_empty_values(tmp_path):
    st = seeded(tmp_path, ROWS + [src("kref", "", "refused.zip!x", None, "failed")], DOCS)
    batches = list(st.keys("sources", "content_key", batch=2))
    assert max(len(b) for b in batches) == 2
    assert sorted(sum(batches, [])) == sorted(r["content_key"] for r in ROWS)
    with pytest.raises(ValueError):
        list(st.keys("sources", "nope"))
    st.close()


@pytest.mark.parametrize("n", [0, 1, 5000, 20000])
def test_key_filter_keeps_every_key_added(n):
    f = KeyFilter()
    keys = [digest("input", str(i)) for i in range(n)]
    for i in range(0, n, 100):  # as the ledger adds them: a chunk at a time (merges on the way)
        f.add(keys[i:i + 100])
    assert len(f) == n
    assert f.maybe(keys) == keys
    others = [digest("other", str(i)) for i in range(500)]
    assert f.maybe(others + ["", "not-hex"]) == []


def item(source, key, content):
    return Item(source, key, content, 10, text="x")


def refusal(source, key):
    return Refusal(source, key, "unsafe name")


@pytest.mark.parametrize("force, retry, entries, expected", [
    (False, False, [item("new.txt", "knew", "cnew")], [(PROCESS, None)]),
    (False, False, [item("b.txt", "kb", "cb")], [(SKIP, None)]),  # recorded with this version
    (False, False, [item("old.txt", "kold", "cold")], [(PROCESS, None)]),  # with an older one: redone
    (False, False, [item("bad.txt", "kbad", "cbad")], [(SKIP_FAILED, None)]),
    (False, True, [item("bad.txt", "kbad", "cbad")], [(PROCESS, None)]),  # --retry-failed
    (False, True, [item("b.txt", "kb", "cb")], [(SKIP, None)]),  # ... redoes only the failures
    (False, False, [item("worse.txt", "kworse", "cworse")], [(PROCESS, None)]),  # failed with an older version
    (True, False, [item("b.txt", "kb", "cb")], [(PROCESS, None)]),  # --force
    # known bytes under a name sorting after the holder's: a duplicate without any pipeline run
    (False, False, [item("d.txt", "kd", "cb")], [(DUPLICATE, "d1")]),
    (False, False, [item("d.txt", "kd", "cc")], [(DUPLICATE, "d1")]),  # the duplicate's bytes, too
    (False, False, [item("a.txt", "ka", "cb")], [(PROCESS, None)]),  # sorts first: it will hold d1
    (True, False, [item("d.txt", "kd", "cb")], [(PROCESS, None)]),  # --force: the holder is stale
    (False, False, [item("old2.txt", "kold2", "cold")], [(PROCESS, None)]),  # an older version's bytes
    # met twice in one run: skipped the second time, counted as a known failure once
    (False, False, [item("new.txt", "knew", "cnew")] * 2, [(PROCESS, None), (SKIP, None)]),
    (True, False, [item("b.txt", "kb", "cb")] * 2, [(PROCESS, None), (SKIP, None)]),
    (False, False, [item("bad.txt", "kbad", "cbad")] * 2, [(SKIP_FAILED, None), (SKIP, None)]),
    (False, True, [refusal("bad.txt", "kbad")] * 2, [(PROCESS, None), (SKIP, None)]),
])
def test_verdicts(tmp_path, force, retry, entries, expected):
    st = seeded(tmp_path, ROWS, DOCS)
    led = Ledger.open(st, V, force=force, retry_failed=retry)
    assert led.verdicts(entries) == expected
    st.close()


def test_verdicts_across_groups_and_commits(tmp_path):
    """An input met again after its chunk was committed is skipped (the store answers); a failure met
    again is a plain skip; under --retry-failed, an input that failed again is not retried twice."""
    st = seeded(tmp_path, ROWS, DOCS)
    for retry in (False, True):
        led = Ledger.open(st, V, retry_failed=retry)
        new, bad = item("new.txt", f"knew{retry}", "cnew"), item("bad.txt", "kbad", "cbad")
        first = led.verdicts([new, bad])
        assert first == [(PROCESS, None), (PROCESS if retry else SKIP_FAILED, None)]
        outs = [ok(new, f"dnew{retry}")] + ([Outcome("bad.txt", "kbad", "cbad", reason="still bad")] if retry else [])
        change, _ = led.plan(outs)
        st.commit(change)
        assert led.verdicts([new, bad]) == [(SKIP, None), (SKIP, None)]
        assert Ledger.open(st, V, retry_failed=retry).verdicts([new]) == [(SKIP, None)]  # a later run
    st.close()


def ok(entry: Item, doc_id: str, given_id: bool = False) -> Outcome:
    rows = {t: [] for t in schema.DOC_TABLES}
    rows["documents"] = [{"doc_id": doc_id, "source": entry.source}]
    return Outcome(entry.source, entry.input_key, entry.content_key, 10, doc_id=doc_id, given_id=given_id,
                   tables=rows)


@pytest.mark.parametrize("force, outcome, given, counts, rows, drop_docs", [
    # a new document: stored
    (False, item("n.txt", "kn", "cn"), "dn", (1, 0, 0, 0), {"kn": "stored"}, set()),
    # the same document under a name sorting after the holder's: a duplicate
    (False, item("x.txt", "kx", "cx"), "d1", (0, 0, 1, 0), {"kx": "duplicate"}, set()),
    # ... sorting first: it holds it now, the old holder a duplicate, the document's rows replaced
    (False, item("a.txt", "ka", "ca"), "d1", (0, 0, 1, 0), {"ka": "stored", "kb": "duplicate"}, {"d1"}),
    # --force: the holder of an earlier run is stale; the newcomer holds it, whatever its name
    (True, item("x.txt", "kx", "cx"), "d1", (1, 1, 0, 0), {"kx": "stored", "kb": "duplicate"}, {"d1"}),
    # the holder itself redone (--force): replaced in place
    (True, item("b.txt", "kb", "cb"), "d1", (1, 1, 0, 0), {"kb": "stored"}, {"d1"}),
    # a document stored by an older version: replaced
    (False, item("old.txt", "kold", "cold2"), "d2", (1, 1, 0, 0), {"kold": "stored"}, {"d2"}),
])
def test_plan_settles_each_document(tmp_path, force, outcome, given, counts, rows, drop_docs):
    st = seeded(tmp_path, ROWS, DOCS)
    led = Ledger.open(st, V, force=force)
    assert led.verdicts([outcome]) == [(PROCESS, None)]  # (met in this run: --force tells its rows so)
    change, c = led.plan([ok(outcome, given)], now="2026-01-01T00:00:00Z")
    assert (c.stored, c.replaced, c.skipped, c.failed) == counts
    got = {r["input_key"]: r["status"] for r in change.tables["sources"].to_pylist()}
    assert got == rows
    assert set(change.drop_docs) == drop_docs
    assert set(change.drop_inputs) == set(rows) & {r["input_key"] for r in ROWS}  # rows replaced, not doubled
    st.commit(change)
    st.close()


def test_plan_given_ids_a_second_holder_is_a_failure(tmp_path):
    st = seeded(tmp_path, [src("k1", "c1", "a.jsonl:1", "id-7")], [("id-7", V)])
    led = Ledger.open(st, V)
    e = item("b.jsonl:1", "k2", "c2")
    led.verdicts([e])
    change, c = led.plan([ok(e, "id-7", given_id=True)])
    assert (c.stored, c.failed) == (0, 1)
    assert "duplicate id 'id-7'" in change.tables["errors"].to_pylist()[0]["reason"]
    st.close()


def test_without_a_store_the_ledger_starts_empty():
    led = Ledger(V)
    assert led.verdicts([item("a.txt", "ka", "ca")]) == [(PROCESS, None)]
    change, c = led.plan([ok(item("a.txt", "ka", "ca"), "da")])
    assert c.stored == 1 and not change.drop_docs and not change.drop_inputs
