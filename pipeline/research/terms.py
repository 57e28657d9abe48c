"""Key terms: TF-IDF over jieba words (our dictionary), with a Chinese stop list.

Words come from :func:`pipeline.words.segmenter` line by line; stop words
(``models/stopwords_zh.txt``), one-character words, numbers and dates are dropped.  A term's score
in a document is ``(1 + ln tf) · idf``, the document's vector scaled to unit length; its score in
the corpus is the mean of the documents' vectors.  The IDF counts *paragraphs* of the corpus
(lines; sentences when a text has a single line), not whole documents, so that it means something
for one document or two as well as for a thousand: a word spread over most passages (发展, 工作)
ranks below one that marks a few.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..resources import char_class, read_lines

STOPWORDS_FILE = "stopwords_zh.txt"

_HAN = re.compile(r"[\u4e00-\u9fff]")
_NUMERIC = re.compile(rf"^[\d０-９.,．％%{char_class('numeric_chars')}]+$")
# 万公里, 亿元, 万亩: a unit, not a topic
_MAGNITUDE_UNIT = re.compile(rf"^[{char_class('big_lower')}][\u4e00-\u9fff]{{1,2}}$")
_UNITS = re.compile(r"\n\s*\n|\n")
_SENTENCE_ENDS = re.compile(r"(?<=[。！？；])")


@dataclass(frozen=True)
class Term:
    term: str
    score: float
    count: int  # occurrences in the document (or the corpus)
    doc: str = ""  # the document's name; "" for corpus terms


@dataclass(frozen=True)
class TermReport:
    documents: tuple[tuple[Term, ...], ...]  # top terms per document, in input order
    corpus: tuple[Term, ...]  # top terms of the whole corpus


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    return frozenset(read_lines(STOPWORDS_FILE))


def is_term(word: str, stop: frozenset[str] = frozenset()) -> bool:
    """A word worth counting: two or more characters, some Chinese, not a number, date or 万/亿 + unit,
    not a stop word."""
    w = word.strip()
    return (len(w) >= 2 and bool(_HAN.search(w)) and not _NUMERIC.match(w) and not _MAGNITUDE_UNIT.match(w)
            and w not in (stop or stopwords()))


def content_words(text: str, segmenter: str = "jieba") -> list[str]:
    """The countable words of ``text`` in order (segmented line by line)."""
    from ..words import segmenter as get

    seg, stop = get(segmenter), stopwords()
    return [w.strip() for line in text.splitlines() if line.strip() for w in seg.cut(line) if is_term(w, stop)]


def _units(text: str) -> list[str]:
    parts = [p for p in _UNITS.split(text) if p.strip()]
    if len(parts) < 2:
        parts = [p for p in _SENTENCE_ENDS.split(text) if p.strip()]
    return parts or [text]


def _scores(tokens: Sequence[list[str]], idf_units: Sequence[list[str]]):
    """Unit-length (1+ln tf)·idf rows for ``tokens`` with idf fitted on ``idf_units``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True, lowercase=False)
    vec.fit(idf_units)
    return vec, vec.transform(tokens)


def key_terms(texts: Sequence[str], *, top: int = 20, names: Optional[Sequence[str]] = None,
              segmenter: str = "jieba") -> TermReport:
    """The ``top`` terms of each text and of all of them together."""
    texts = list(texts)
    names = list(names) if names is not None else [str(i + 1) for i in range(len(texts))]
    if not texts:
        return TermReport((), ())
    per_text = [[content_words(u, segmenter) for u in _units(t)] for t in texts]
    units = [u for us in per_text for u in us]  # the IDF counts paragraphs
    docs = [[w for u in us for w in u] for us in per_text]
    if not any(docs):
        return TermReport(tuple(() for _ in docs), ())
    vec, matrix = _scores(docs, units)
    vocab = vec.get_feature_names_out()
    counts = [Counter(d) for d in docs]
    per_doc = tuple(_top(matrix.getrow(i).toarray().ravel(), vocab, counts[i], top, names[i]) for i in range(len(docs)))
    total = sum(counts, Counter())
    corpus = _top(matrix.mean(axis=0).A1, vocab, total, top, "")
    return TermReport(per_doc, corpus)


def _top(row, vocab, counts: Counter, top: int, doc: str) -> tuple[Term, ...]:
    import numpy as np

    order = np.lexsort((vocab, -row))  # highest score first, ties by the word
    return tuple(Term(str(vocab[j]), round(float(row[j]), 6), counts[vocab[j]], doc)
                 for j in order[:top] if row[j] > 0)


def document_terms(text: str, *, top: int = 20, segmenter: str = "jieba") -> tuple[Term, ...]:
    """The ``top`` terms of one text."""
    return key_terms([text], top=top, segmenter=segmenter).documents[0]
