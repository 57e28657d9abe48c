"""The tables of jieba that :mod:`.tagging` reads, kept in one cache file of ours.

The requirement stage needs no jieba ``Tokenizer``, only these tables: each word of jieba's
dictionary (our policy terms added) with its log-frequency and its part-of-speech tag, as a
``marisa_trie.Trie`` and two arrays by its key ids (:func:`word_table`), and the emission
tables of ``jieba.posseg``'s HMM.  Building them means loading a Tokenizer, reading jieba's
dictionary a second time for the tags (what importing ``jieba.posseg`` does) and taking a
logarithm per word: a second or two per process.  So the first process builds them and writes
one marshal file into our cache folder (:func:`pipeline.resources.cache_dir`); every later
process — each batch worker — reads that file instead: the trie's bytes and a few arrays,
read in milliseconds, and no copy of the words as strings.

The file's name carries a digest of what the tables come from (jieba's version and dictionary
file, ``models/policy_terms.txt``, this module's format, Python's marshal format); a change of
any of them, or a file that cannot be read, builds and writes them again.  A cache folder that
cannot be written only costs the build, every time.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import time
from math import log
from pathlib import Path
from typing import Any

FORMAT = 7  # of the cache file: bump when the tables or their layout change
_KEYS = ("logtotal", "words", "char_states", "emit")
_WORD_KEYS = ("trie", "logf", "tag", "tag_names", "longest")  # of word_table


def cache_key() -> str:
    """What the tables are built from, as one string."""
    import jieba

    from ..resources import read_lines

    dict_file = Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME
    st = dict_file.stat()
    terms = hashlib.sha1("\n".join(read_lines("policy_terms.txt")).encode("utf-8")).hexdigest()
    return (f"format={FORMAT} python={sys.version_info[0]}.{sys.version_info[1]} marshal={marshal.version} "
            f"byteorder={sys.byteorder} jieba={jieba.__version__} "
            f"dict={dict_file}:{st.st_size}:{st.st_mtime_ns} terms={terms}")


def cache_path(key: str) -> Path:
    from ..resources import cache_dir

    return cache_dir() / f"tagging-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}.marshal"


def flat_tables() -> dict[str, Any]:
    """jieba's tables as they come, from our Tokenizer (see :func:`pipeline.words.pos_tagger`)
    and ``jieba.posseg``'s HMM: ``logf`` (each word and each prefix of one -> log-frequency,
    None for a mere prefix), ``tags`` (word -> tag), ``logtotal``, ``char_states``, ``emit``."""
    import jieba.posseg as jp

    from ..words import pos_tagger

    tagger = pos_tagger()
    tok = tagger.tokenizer
    logs: dict[int, float] = {}  # one float per distinct frequency (marshal keeps them shared)
    logf = {w: ((logs.get(f) or logs.setdefault(f, log(f))) if f else None) for w, f in tok.FREQ.items()}
    # a word our terms remove (frequency 0: 会同县, 小组会) loses its tag too, so that the scan's longest word
    # at a position (tagging.pos_at) no longer finds it either
    tags = {w: t for w, t in tagger.word_tag_tab.items() if tok.FREQ.get(w) != 0}
    return {"logf": logf, "tags": tags, "logtotal": log(tok.total),
            "char_states": dict(jp.char_state_tab_P), "emit": {k: dict(v) for k, v in jp.emit_P.items()}}


def build() -> dict[str, Any]:
    """The cached tables: :func:`flat_tables` with ``logf`` and ``tags`` as one marisa trie of
    the words and arrays by its key ids (:func:`word_table`)."""
    flat = flat_tables()
    return {"logtotal": flat["logtotal"], "words": word_table(flat["logf"], flat["tags"]),
            "char_states": flat["char_states"], "emit": flat["emit"]}


def word_table(logf: dict[str, Any], tags: dict[str, str]) -> dict[str, Any]:
    """jieba's words (those with a log-frequency or a tag; ``logf``'s mere prefixes, None,
    are left to the trie's prefix search) as bytes for the cache file: ``trie``, a
    ``marisa_trie.Trie`` of them (``tobytes``), and per key id of that trie ``logf``
    (array "d", NaN for none) and ``tag`` (array "B", a number in ``tag_names``; 0: none);
    ``longest``, the length of the longest word."""
    from array import array

    import marisa_trie

    names = [""] + sorted(set(tags.values()))
    if len(names) > 256:
        raise ValueError(f"jieba's dictionary has too many tags for the tables ({len(names) - 1})")
    tag_no = {t: k for k, t in enumerate(names)}
    words = [w for w in logf if w and (logf[w] is not None or w in tags)] + [w for w in tags if w and w not in logf]
    trie = marisa_trie.Trie(words)
    lf, tg = array("d", [float("nan")]) * len(trie), array("B", [0]) * len(trie)
    for w, k in trie.iteritems():
        v = logf.get(w)
        if v is not None:
            lf[k] = v
        tg[k] = tag_no[tags[w]] if w in tags else 0
    return {"trie": trie.tobytes(), "logf": lf.tobytes(), "tag": tg.tobytes(), "tag_names": names,
            "longest": max(map(len, words), default=1)}


def _read(path: Path, key: str) -> dict[str, Any] | None:
    try:
        data = marshal.loads(path.read_bytes())  # (marshal.load on the file object reads slowly)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or any(k not in data for k in _KEYS):
        return None
    words = data["words"]
    if not isinstance(words, dict) or any(k not in words for k in _WORD_KEYS):
        return None
    return data


STALE_DAYS = 30  # other tables' files older than this go when a new one is written


def _write(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` whole or not at all (processes starting together may race);
    then remove the files of other tables (another jieba, an older format) written more than
    :data:`STALE_DAYS` ago, so that reinstalls do not pile them up."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    old = time.time() - STALE_DAYS * 86400
    for other in path.parent.glob("tagging-*.marshal"):
        try:
            if other != path and other.stat().st_mtime < old:
                other.unlink()
        except OSError:
            pass


def load() -> dict[str, Any]:
    """The tables: from the cache file when it is there and current, else built (and cached)."""
    key = cache_key()
    path = cache_path(key)
    data = _read(path, key)
    if data is None:
        data = build()
        data["key"] = key
        _write(path, data)
    return data
