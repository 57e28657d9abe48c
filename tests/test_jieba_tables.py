"""The tagging tables are cached in one file: the same tables as built from jieba, rebuilt
when the file is bad or stale, and never a reason to fail."""
from __future__ import annotations

import pytest

from pipeline.requirements import jieba_tables


@pytest.fixture(scope="module")
def built():
    return jieba_tables.build()


@pytest.fixture(scope="module")
def flat():
    return jieba_tables.flat_tables()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHPOLICY_CACHE", str(tmp_path))
    return tmp_path


def test_first_load_writes_the_file_and_the_second_reads_it(cache, built, monkeypatch):
    first = jieba_tables.load()
    files = list(cache.glob("tagging-*.marshal"))
    assert len(files) == 1 and not list(cache.glob("*.tmp"))
    monkeypatch.setattr(jieba_tables, "build", lambda: pytest.fail("built again although the cache is current"))
    second = jieba_tables.load()
    for k in ("logtotal", "chars", "char_states", "emit"):
        assert first[k] == built[k] == second[k], k


def test_the_tables_hold_our_policy_terms(flat):
    from pipeline.resources import read_lines

    term = read_lines("policy_terms.txt")[0].split()[0]
    assert flat["logf"][term] is not None and term in flat["tags"]
    assert all(term[:i] in flat["logf"] for i in range(1, len(term)))  # and every prefix of it


def test_the_tables_by_first_character_hold_every_word_and_tag(flat, built):
    from pipeline.requirements.tagging import Dictionary

    logf, tags, chars = flat["logf"], flat["tags"], built["chars"]
    assert set(chars) == {w for w in logf if len(w) == 1}
    assert all(w[:i] in logf for w in logf for i in range(1, len(w)))  # every prefix is there (jieba's rule)
    d = Dictionary(chars, built["logtotal"], built["char_states"], built["emit"])
    for w, v in logf.items():
        assert d.has(w) and d.logf(w) == v, w
    assert sum(1 + len(info[3]) for info in chars.values()) == len(logf)  # nothing else
    assert not d.has("") and not d.has("\x00") and d.logf("\x00") is None
    for w, t in tags.items():
        assert d.tag(w, "?") == t, w
    assert dict(d.tagged()) == tags
    for c, (entry, follow, tag, rest, rest_tags) in chars.items():
        assert set(follow) == {r[0] for r in rest} and len(follow) == len(set(follow)), c
    assert "府" in chars["政"][1] and chars["政"][3]["府"] == logf["政府"] and chars["政"][4]["府"] == tags["政府"]


@pytest.mark.parametrize("content", [b"", b"not marshal at all", None], ids=["empty", "garbage", "other-key"])
def test_a_bad_or_stale_file_is_rebuilt(cache, built, content, monkeypatch):
    key = jieba_tables.cache_key()
    path = jieba_tables.cache_path(key)
    if content is None:  # a whole file, but of other tables
        import marshal

        content = marshal.dumps({"key": "format=0", "chars": {}, "logtotal": 0.0, "char_states": {}, "emit": {}})
    path.write_bytes(content)
    calls = []
    monkeypatch.setattr(jieba_tables, "build", lambda: calls.append(1) or dict(built))
    got = jieba_tables.load()
    assert calls == [1] and got["chars"] == built["chars"]
    assert jieba_tables._read(path, key) is not None  # and written again


def test_the_key_names_what_the_tables_come_from(monkeypatch):
    key = jieba_tables.cache_key()
    assert "jieba=" in key and "terms=" in key and "dict=" in key
    monkeypatch.setattr(jieba_tables, "FORMAT", jieba_tables.FORMAT + 1)
    assert jieba_tables.cache_path(jieba_tables.cache_key()) != jieba_tables.cache_path(key)


def test_an_unwritable_cache_folder_only_costs_the_build(cache, built, monkeypatch):
    def refused(*a, **k):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(jieba_tables.tempfile, "mkstemp", refused)
    monkeypatch.setattr(jieba_tables, "build", lambda: dict(built))
    assert jieba_tables.load()["chars"] == built["chars"]
    assert not list(cache.iterdir())


def test_a_failed_write_leaves_no_file(cache, built, monkeypatch):
    def broken_dump(data, fh):
        fh.write(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(jieba_tables.marshal, "dump", broken_dump)
    jieba_tables._write(cache / "tagging-x.marshal", built)
    assert not list(cache.iterdir())


def test_writing_new_tables_removes_old_files_of_other_tables(cache, built):
    import os
    import time

    stale, recent = cache / "tagging-0000000000000000.marshal", cache / "tagging-1111111111111111.marshal"
    for p in (stale, recent):
        p.write_bytes(b"other tables")
    long_ago = time.time() - (jieba_tables.STALE_DAYS + 1) * 86400
    os.utime(stale, (long_ago, long_ago))
    jieba_tables._write(cache / "tagging-2222222222222222.marshal", built)
    assert not stale.exists() and recent.exists()
    assert (cache / "tagging-2222222222222222.marshal").exists()
