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
    for k in ("logtotal", "words", "char_states", "emit"):
        assert first[k] == built[k] == second[k], k


def test_the_tables_hold_our_policy_terms(flat):
    from pipeline.resources import read_lines

    term = read_lines("policy_terms.txt")[0].split()[0]
    assert flat["logf"][term] is not None and term in flat["tags"]
    assert all(term[:i] in flat["logf"] for i in range(1, len(term)))  # and every prefix of it


def _dictionary(built):
    from pipeline.requirements.tagging import Dictionary

    return Dictionary.from_table(built["words"], built["logtotal"], built["char_states"], built["emit"])


def test_the_trie_holds_every_word_and_tag_and_no_mere_prefix(flat, built):
    logf, tags = flat["logf"], flat["tags"]
    assert all(w[:i] in logf for w in logf for i in range(1, len(w)))  # every prefix is there (jieba's rule)
    d = _dictionary(built)
    words = {w for w, v in logf.items() if v is not None} | set(tags)
    from pipeline.words import pos_tagger

    tagger = pos_tagger()
    flat_removed = {w for w, f in tagger.tokenizer.FREQ.items() if f == 0 and w in tagger.word_tag_tab}
    assert len(d.words) == len(d.logf_of) == len(d.tag_of) == len(words)  # a key per word: no prefix, no root
    for w, v in logf.items():
        got = d.logf(w)
        removed = v is None and w not in tags and w in flat_removed  # a word our terms remove (会同县 0)
        assert (d.has(w) or removed) and (got == v if v is not None else got is None), w
    assert not d.has("") and not d.has("\x00") and d.logf("\x00") is None and d.logf("") is None
    assert d.tag("\x00", "?") == "?" and d.tag("", "?") == "?" and d.longest == max(map(len, words))
    for w, t in tags.items():
        assert d.tag(w, "?") == t, w
    assert dict(d.tagged()) == tags
    assert {w for w, _ in d.tagged("p")} == {w for w, t in tags.items() if t == "p"}


@pytest.mark.parametrize("logf, tags, want", [
    ({"a": 0.0, "ab": None, "abc": 1.5}, {"a": "n", "abc": "v"}, {"a": (0.0, "n"), "abc": (1.5, "v")}),
    ({"a": 0.5, "b": None}, {"b": "x"}, {"a": (0.5, ""), "b": (None, "x")}),  # a tag without a frequency
    ({}, {}, {}),
], ids=["prefix-left-out", "tag-without-frequency", "empty"])
def test_word_table_keeps_each_word_its_frequency_and_tag(logf, tags, want):
    from pipeline.requirements.tagging import Dictionary

    d = Dictionary.from_table(jieba_tables.word_table(logf, tags), 0.0, {}, {})
    assert sorted(d.words.keys()) == sorted(want)
    for w, (v, t) in want.items():
        assert (d.logf(w), d.tag(w, "")) == (v, t), w


def test_no_look_up_finds_what_the_dictionary_does_not_hold(flat, built):
    """Strings one character off a word (changed, added, or a prefix cut short) are found only
    when they are words or prefixes themselves."""
    import random

    logf = flat["logf"]
    d = _dictionary(built)
    rnd = random.Random(5)
    words = [w for w in logf if len(w) > 1]
    for w in rnd.sample(words, 3000):
        for s in (w + "的", w[:-1] + chr(ord(w[-1]) + 1), "x" + w, w[1:]):
            assert d.has(s) == (s in logf), s
            assert d.logf(s) == logf.get(s), s


def test_a_dictionary_with_too_many_tags_is_refused():
    with pytest.raises(ValueError, match="too many tags"):
        jieba_tables.word_table({"a": 0.0}, {f"w{k}": f"t{k}" for k in range(300)})  # 300 tags


@pytest.mark.parametrize("content", [b"", b"not marshal at all", None, "no-trie"],
                         ids=["empty", "garbage", "other-key", "words-without-trie"])
def test_a_bad_or_stale_file_is_rebuilt(cache, built, content, monkeypatch):
    import marshal

    key = jieba_tables.cache_key()
    path = jieba_tables.cache_path(key)
    if content is None:  # a whole file, but of other tables
        content = marshal.dumps({"key": "format=0", "words": {}, "logtotal": 0.0, "char_states": {}, "emit": {}})
    elif content == "no-trie":  # the current key, but the words of another layout
        content = marshal.dumps({"key": key, "words": {"logf": b""}, "logtotal": 0.0, "char_states": {}, "emit": {}})
    path.write_bytes(content)
    calls = []
    monkeypatch.setattr(jieba_tables, "build", lambda: calls.append(1) or dict(built))
    got = jieba_tables.load()
    assert calls == [1] and got["words"] == built["words"]
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
    assert jieba_tables.load()["words"] == built["words"]
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
