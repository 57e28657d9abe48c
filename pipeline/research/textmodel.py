"""A text classifier whose parameters are plain JSON: TF-IDF over character n-grams + a linear model.

Fitting uses scikit-learn (``TfidfVectorizer`` + ``LinearSVC``).  What is saved is data only —
vocabulary, idf, coefficients, intercepts, class names and the vectoriser settings — and
:meth:`TextModel.decision` rebuilds the predictor from them with numpy, so loading a model never
unpickles code.  Predictions equal those of the fitted scikit-learn pipeline.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Sequence

import numpy as np

_WHITE = re.compile(r"\s\s+")
_DENSE = 1 << 22  # largest dense bigram lookup table (entries)

FORMAT = "zhpolicy-textmodel/1"
DEFAULTS: Mapping[str, Any] = {"ngram_range": (1, 2), "min_df": "auto", "sublinear_tf": True, "C": 1.0}
SMALL = 100  # with fewer training texts, min_df "auto" keeps n-grams seen once (else those seen twice)


def settings(n_texts: int, **params: Any) -> dict:
    """The fitting parameters for ``n_texts`` training texts: DEFAULTS, ``params``, min_df resolved."""
    p = {**DEFAULTS, **params}
    if p["min_df"] == "auto":
        p["min_df"] = 1 if n_texts < SMALL else 2
    return p


@dataclass(frozen=True, eq=False)
class TextModel:
    """Fitted parameters of TF-IDF (char n-grams, l2 norm) + a one-vs-rest linear classifier."""

    classes: tuple[str, ...]
    vocabulary: Mapping[str, int]
    idf: np.ndarray  # (n_features,)
    coef: np.ndarray  # (n_classes, n_features), or (1, n_features) for two classes
    intercept: np.ndarray  # (n_classes,) or (1,)
    ngram_range: tuple[int, int] = (1, 2)
    sublinear_tf: bool = True
    lowercase: bool = True
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        # read-only parameters: a model may be shared (cached) by everything in the process
        for name in ("idf", "coef", "intercept"):
            arr = np.array(getattr(self, name), dtype=np.float64)
            arr.setflags(write=False)
            object.__setattr__(self, name, arr)
        vocab = dict(self.vocabulary)
        object.__setattr__(self, "vocabulary", MappingProxyType(vocab))
        object.__setattr__(self, "_lookup", vocab.get)  # the plain dict's get: faster than the proxy's
        object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))

    def _gram_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Row (text number) and column (vocabulary id) of every known n-gram of ``texts``, in
        no particular order.  Uni- and bigrams are looked up all at once, by code point, in the
        arrays of :meth:`_tables`; longer n-grams go through the vocabulary dict."""
        low = self.lowercase
        norm = [_WHITE.sub(" ", t.lower() if low else t) for t in texts]
        lens = np.fromiter(map(len, norm), dtype=np.int64, count=len(norm))
        text_of = np.repeat(np.arange(len(norm), dtype=np.int64), lens)  # per character
        cps = np.frombuffer("".join(norm).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        ends = np.cumsum(lens)  # a text's n-gram may not run into the next text
        lo, hi = self.ngram_range
        rows, cols = [], []
        for n in range(lo, hi + 1):
            if n > len(cps):
                break
            starts = np.arange(len(cps) - n + 1)
            ok = starts + n <= ends[text_of[starts]]
            if n <= 2:
                t = self._tables()
                if n == 1:
                    found = t["uni"][np.minimum(cps, len(t["uni"]) - 1)]
                else:
                    ci = t["char"][np.minimum(cps, len(t["char"]) - 1)]
                    keys = ci[:-1] * np.int64(t["k"]) + ci[1:]
                    if "bi" in t:
                        found = t["bi"][keys]
                    else:
                        at = np.minimum(np.searchsorted(t["bi_keys"], keys), len(t["bi_keys"]) - 1)
                        found = np.where(t["bi_keys"][at] == keys, t["bi_ids"][at], -1)
            else:
                joined = "".join(norm)
                get = self._lookup
                found = np.fromiter((get(joined[i:i + n], -1) if k else -1 for i, k in enumerate(ok)),
                                    dtype=np.int64, count=len(starts))
            ok &= found >= 0
            rows.append(text_of[starts[ok]])
            cols.append(found[ok].astype(np.int64))
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(rows), np.concatenate(cols)

    def _tables(self) -> dict:
        """Lookup arrays of the vocabulary's uni- and bigrams, built on first use, then kept.

        ``uni[c]`` is the id of the unigram of code point ``c`` (-1 if none; the last entry,
        -1, stands for every code point beyond).  ``char[c]`` numbers the ``k - 1`` characters
        found in bigrams (``k - 1`` for any other), and the bigram ``c1 c2`` has the key
        ``char[c1] * k + char[c2]``: its id is ``bi[key]`` (-1 if none), or, when a dense table
        would be too big, found by binary search in the sorted ``bi_keys`` / ``bi_ids``.
        """
        tables = self.__dict__.get("_gram_tables")
        if tables is None:
            uni = [(ord(g), i) for g, i in self.vocabulary.items() if len(g) == 1]
            bi = [(g, i) for g, i in self.vocabulary.items() if len(g) == 2]
            chars = sorted({ord(c) for g, _ in bi for c in g})
            k = len(chars) + 1
            tables = {"k": k}
            u = np.full(max((c for c, _ in uni), default=0) + 2, -1, dtype=np.int32)
            for c, i in uni:
                u[c] = i
            ch = np.full(max(chars, default=0) + 2, k - 1, dtype=np.int64)
            ch[chars] = np.arange(len(chars))
            keys = np.array([ch[ord(g[0])] * k + ch[ord(g[1])] for g, _ in bi], dtype=np.int64)
            ids = np.array([i for _, i in bi], dtype=np.int64)
            if k * k <= _DENSE:
                dense = np.full(k * k, -1, dtype=np.int32)
                dense[keys] = ids
                tables["bi"] = dense
            else:
                order = np.argsort(keys)
                tables["bi_keys"], tables["bi_ids"] = keys[order], ids[order]
            tables["uni"], tables["char"] = u, ch
            object.__setattr__(self, "_gram_tables", tables)
        return tables

    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """Decision scores, one row per text and one column per class: l2-normalised TF-IDF
        (sublinear tf) of the known n-grams times ``coef``, plus ``intercept`` — numpy only,
        so predicting needs no scikit-learn import.  All texts are vectorised at once: the
        (text, n-gram) pairs are counted with one ``np.unique`` and their weighted coefficients
        summed per text with ``np.bincount`` (no scipy import)."""
        texts = list(texts)
        n_texts = len(texts)
        if not n_texts:
            scores = np.zeros((0, len(self.classes)))
        else:
            rows, cols = self._gram_ids(texts)
            n_feat = max(len(self.vocabulary), 1)
            keys, tf = np.unique(rows * n_feat + cols, return_counts=True)
            rows, cols = keys // n_feat, keys % n_feat
            tf = tf.astype(np.float64)
            w = ((np.log(tf) + 1.0) if self.sublinear_tf else tf) * self.idf[cols]
            w = w / np.sqrt(np.bincount(rows, weights=w * w, minlength=n_texts))[rows]
            # the sparse product x @ coef.T, summed per text in the order of its n-grams' ids
            # (as a CSR matrix product would), one class at a time (a class's row of coef
            # gathered alone: no n-grams × classes temporary)
            coef = self.coef
            scores = np.column_stack([np.bincount(rows, weights=w * coef[c][cols], minlength=n_texts)
                                      for c in range(coef.shape[0])]) + self.intercept
        if len(self.classes) == 2 and scores.shape[1] == 1:
            scores = np.hstack([-scores, scores])
        return scores

    def predict(self, texts: Sequence[str]) -> list[str]:
        texts = list(texts)
        if not texts:
            return []
        return [self.classes[i] for i in np.argmax(self.decision(texts), axis=1)]

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "meta": dict(self.meta),
            "classes": list(self.classes),
            "vectorizer": {"analyzer": "char", "ngram_range": list(self.ngram_range),
                           "sublinear_tf": self.sublinear_tf, "lowercase": self.lowercase, "norm": "l2"},
            "vocabulary": sorted(self.vocabulary, key=self.vocabulary.__getitem__),
            "idf": [round(float(x), 6) for x in self.idf],
            "coef": [[round(float(x), 6) for x in row] for row in self.coef],
            "intercept": [round(float(x), 6) for x in self.intercept],
        }


def from_json(data: Mapping[str, Any], source: str = "<model>") -> TextModel:
    """Rebuild a :class:`TextModel` from :meth:`TextModel.to_json` data; bad data raises ZhpolicyError."""
    from ..errors import ZhpolicyError

    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise ZhpolicyError(source, f"not a zhpolicy text model (expected format {FORMAT})")
    try:
        vocab = list(data["vocabulary"])
        vec = data["vectorizer"]
        model = TextModel(
            classes=tuple(str(c) for c in data["classes"]),
            vocabulary={t: i for i, t in enumerate(vocab)},
            idf=np.asarray(data["idf"], dtype=np.float64),
            coef=np.asarray(data["coef"], dtype=np.float64).reshape(len(data["coef"]), -1),
            intercept=np.asarray(data["intercept"], dtype=np.float64),
            ngram_range=tuple(int(n) for n in vec["ngram_range"]),
            sublinear_tf=bool(vec.get("sublinear_tf", True)),
            lowercase=bool(vec.get("lowercase", True)),
            meta=dict(data.get("meta", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ZhpolicyError(source, f"broken text model: {type(exc).__name__}: {exc}") from None
    n = len(model.vocabulary)
    if model.idf.shape != (n,) or model.coef.shape[1] != n or model.coef.shape[0] != model.intercept.shape[0] \
            or model.coef.shape[0] not in (len(model.classes), 1 if len(model.classes) == 2 else -1):
        raise ZhpolicyError(source, "broken text model: vocabulary, idf, coef and intercept sizes disagree")
    return model


def load(path: str | os.PathLike) -> TextModel:
    from ..errors import ZhpolicyError

    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise ZhpolicyError(str(path), f"cannot read model: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ZhpolicyError(str(path), f"model is not JSON: {exc}") from None
    return from_json(data, str(path))


def save(model: TextModel, path: str | os.PathLike) -> Path:
    """Write ``model`` as JSON, atomically."""
    from ..export.atomic import atomic_path

    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return Path(path)


def sklearn_pipeline(**params: Any):
    """The scikit-learn pipeline that :func:`fit` trains (also used for cross-validation)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    p = {**DEFAULTS, **params}
    if p["min_df"] == "auto":
        raise ValueError("resolve min_df with settings() first")
    return make_pipeline(
        TfidfVectorizer(analyzer="char", ngram_range=tuple(p["ngram_range"]), min_df=p["min_df"],
                        sublinear_tf=p["sublinear_tf"], lowercase=True, norm="l2"),
        LinearSVC(C=p["C"], random_state=0),
    )


def fit(texts: Sequence[str], labels: Sequence[str], *, meta: Mapping[str, Any] | None = None,
        **params: Any) -> TextModel:
    """Fit on ``texts``/``labels`` and return the parameters as a :class:`TextModel`."""
    texts, labels = list(texts), list(labels)
    p = settings(len(texts), **params)
    pipe = sklearn_pipeline(**p).fit(texts, labels)
    vec, clf = pipe.steps[0][1], pipe.steps[1][1]
    return TextModel(
        classes=tuple(str(c) for c in clf.classes_),
        vocabulary={t: int(i) for t, i in vec.vocabulary_.items()},
        idf=np.asarray(vec.idf_, dtype=np.float64),
        coef=np.asarray(clf.coef_, dtype=np.float64),
        intercept=np.asarray(clf.intercept_, dtype=np.float64),
        ngram_range=tuple(p["ngram_range"]),
        sublinear_tf=bool(p["sublinear_tf"]),
        meta=dict(meta or {}, params={k: list(v) if isinstance(v, tuple) else v for k, v in p.items()}),
    )


def cross_validate(texts: Sequence[str], labels: Sequence[str], *, folds: int = 5, seed: int = 0,
                   **params: Any) -> float:
    """Stratified ``folds``-fold cross-validated macro-F1 (folds shuffled with ``seed``)."""
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    texts, labels = list(texts), list(labels)
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    pred = cross_val_predict(sklearn_pipeline(**settings(len(texts), **params)), texts, labels, cv=cv)
    return float(f1_score(labels, pred, average="macro"))
