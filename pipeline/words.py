"""Word segmenters behind one interface: ``segmenter(name).cut(text) -> list[str]``.

* ``jieba`` (default): its own :class:`jieba.Tokenizer` (never the global one) with our
  policy-term dictionary ``models/policy_terms.txt``; its cache goes to our cache folder.
* ``pkuseg``: when the optional ``pkuseg`` package is installed (``pip install
  --no-build-isolation pkuseg``; its model ships inside the package).
* ``spacy_tokenizer()``: spaCy's Chinese tokenizer with the jieba segmenter, for spaCy users.

Segmentation is costly (jieba runs at about 2 MB/s): only the stages that need words ask
for them, sentence by sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator, Protocol

from .resources import cache_dir, read_lines

SEGMENTERS = ("jieba", "pkuseg")


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    pos: str = ""


@dataclass(frozen=True)
class JiebaSegmenter:
    tokenizer: Any
    name: str = "jieba"

    def cut(self, text: str) -> list[str]:
        return self.tokenizer.lcut(text, HMM=True)

    def tokens(self, text: str) -> Iterator[Token]:
        for word, start, end in self.tokenizer.tokenize(text, HMM=True):
            yield Token(word, start, end)


@dataclass(frozen=True)
class PkusegSegmenter:
    model: Any
    name: str = "pkuseg"

    def cut(self, text: str) -> list[str]:
        return self.model.cut(text)


def jieba_tokenizer():
    """A fresh jieba Tokenizer loaded with our dictionary, caching in our folder."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.tmp_dir = str(cache_dir())
    tok.initialize()
    for line in read_lines("policy_terms.txt"):
        word, *rest = line.split()
        freq = int(rest[0]) if rest and rest[0].isdigit() else None
        tok.add_word(word, freq, rest[1] if len(rest) > 1 else None)
    return tok


def segmenter(name: str = "jieba") -> Segmenter:
    """The named segmenter, built once per process (it holds read-only dictionaries)."""
    return _segmenter(name)  # (the cache's key is the name however it is passed)


@lru_cache(maxsize=None)
def _segmenter(name: str) -> Segmenter:
    if name == "jieba":
        return JiebaSegmenter(jieba_tokenizer())
    if name == "pkuseg":
        try:
            import pkuseg
        except ImportError:
            raise RuntimeError("pkuseg is not installed: pip install numpy cython && "
                               "pip install --no-build-isolation pkuseg") from None
        return PkusegSegmenter(pkuseg.pkuseg(user_dict=[ln.split()[0] for ln in read_lines("policy_terms.txt")]))
    raise ValueError(f"unknown segmenter {name!r}; choose from {SEGMENTERS}")


@lru_cache(maxsize=None)
def pos_tagger():
    """jieba's part-of-speech tagger over our own Tokenizer (so it knows the policy terms).

    ``pos_tagger().lcut(text)`` gives ``pair(word, flag)`` items; ``pos_tagger().word_tag_tab``
    maps a dictionary word to its tag.  Built once per process, like :func:`segmenter`.
    """
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer(segmenter("jieba").tokenizer)
    tagger.makesure_userdict_loaded()
    return tagger


def cut(text: str, name: str = "jieba") -> list[str]:
    return segmenter(name).cut(text)


def spacy_tokenizer_config() -> dict:
    """The config for ``spacy.blank("zh", config=...)`` that segments with jieba."""
    return {"nlp": {"tokenizer": {"segmenter": "jieba"}}}
