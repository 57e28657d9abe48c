"""Requirement categories: policy areas from a documented scheme, by a TF-IDF + linear model.

Two schemes ship (``models/categories_schemes.json`` defines their labels):

* ``cadre``   — cadre work: 发现识别, 教育培训, 实践锻炼, 考核评价, 选拔任用, 监督管理, 激励保护
* ``general`` — economic and social documents: 经济发展, 科技创新, 就业民生, 教育, 医疗卫生, 生态环境,
  乡村农业, 安全稳定, 党的建设, 政府治理, 文化建设, 国防外交

Their models (``models/categories_<scheme>.json``) are fitted on our own labelled sentences in
``corpora/labels/<scheme>.csv``; :func:`train_csv` fits a user's scheme the same way.  A scheme
argument is a scheme name, ``"auto"`` (cadre for cadre-work documents, else general), or the path
of a model JSON.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Sequence, Union

from ..errors import ZhpolicyError
from ..records import evolve
from ..resources import model_path
from . import textmodel
from .textmodel import TextModel

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Result

SCHEMES = ("cadre", "general")
SCHEMES_FILE = "categories_schemes.json"
LABELS_DIR = Path(__file__).resolve().parents[2] / "corpora" / "labels"


def _frozen(data):
    if isinstance(data, dict):
        return MappingProxyType({k: _frozen(v) for k, v in data.items()})
    if isinstance(data, list):
        return tuple(_frozen(v) for v in data)
    return data


@lru_cache(maxsize=None)
def scheme_info() -> Mapping:
    """The scheme definitions (labels and what each covers) and the ``auto`` cue words (read-only)."""
    import json

    with open(model_path(SCHEMES_FILE), encoding="utf-8") as fh:
        return _frozen(json.load(fh))


def labels(scheme: str) -> tuple[str, ...]:
    return tuple(scheme_info()["schemes"][scheme]["labels"])


def cadre_density(text: str) -> float:
    """Weighted cadre-work cue words per 1000 characters."""
    cues = scheme_info()["auto"]["cues"]
    hits = sum(weight * text.count(cue) for cue, weight in cues.items())
    return 1000.0 * hits / max(len(text), 1)


def detect_scheme(text: str) -> str:
    """``"cadre"`` when cadre-work cue words are dense in ``text``, else ``"general"``."""
    return "cadre" if cadre_density(text) >= scheme_info()["auto"]["cadre_per_1000_chars"] else "general"


@lru_cache(maxsize=8)
def load_model(scheme: str) -> TextModel:
    """The model of a shipped scheme (``"cadre"``, ``"general"``) or of a model JSON path."""
    if scheme in SCHEMES:
        return textmodel.load(model_path(f"categories_{scheme}.json"))
    if scheme.endswith(".json") or os.path.exists(scheme):
        return textmodel.load(scheme)
    raise ZhpolicyError(scheme, f"unknown category scheme; use one of {', '.join(SCHEMES)}, auto, or a model .json")


def classify(texts: Sequence[str], scheme: str = "general") -> list[str]:
    """The category of each text under ``scheme`` (a name or a model path; not ``auto``)."""
    return load_model(str(scheme)).predict(list(texts))


def classify_items(titles: Sequence[str], bodies: Sequence[str], scheme: str = "general", *,
                   title_weight: float = 1.0) -> list[str]:
    """Categories of numbered items from their heading and their text.

    A heading names its topic outright (多渠道发现, 加强能力训练) while the text under it may wander,
    so the model's decision scores for the title, times ``title_weight``, are added to those for the
    body.  An empty title adds nothing.
    """
    import numpy as np

    model = load_model(str(scheme))
    titles, bodies = [t or "" for t in titles], [b or "" for b in bodies]
    if len(titles) != len(bodies):
        raise ValueError("titles and bodies differ in length")
    if not bodies:
        return []
    scores = model.decision(bodies)
    has_title = np.array([bool(t.strip()) for t in titles])
    if title_weight and has_title.any():
        # each heading scored once (a row's scores depend on its own text only; many
        # requirements share their item's heading); rows without a title add zeros
        heads = sorted({t for t, h in zip(titles, has_title) if h})
        row = {t: k for k, t in enumerate(heads)}
        per_title = model.decision(heads)[[row.get(t, 0) for t in titles]]
        scores = scores + title_weight * per_title * has_title[:, None]
    return [model.classes[i] for i in scores.argmax(axis=1)]


def categorize(result: "Result", scheme: str = "auto", *, title_weight: float = 0.5) -> "Result":
    """``result`` with ``Requirement.category`` set for every requirement.

    ``scheme`` is ``"auto"`` (cadre for cadre-work documents, else general), ``"cadre"``,
    ``"general"`` or a model JSON path.  The title of the requirement's numbered item counts
    ``title_weight`` as much as the requirement's own text (0 to ignore it).
    """
    if not result.requirements:
        return result
    name = detect_scheme(result.document.raw) if scheme == "auto" else str(scheme)
    titles = []
    for r in result.requirements:
        d = result.directive(r.directive)
        titles.append(d.title if d is not None and d.title else "")
    cats = classify_items(titles, [r.text for r in result.requirements], name, title_weight=title_weight)
    return replace(result, requirements=tuple(evolve(r, category=c) for r, c in zip(result.requirements, cats)))


# --- labelled data and training -------------------------------------------------------------------

@dataclass(frozen=True)
class Labelled:
    text: str
    label: str
    line: int


def read_labels(path: Union[str, os.PathLike]) -> list[Labelled]:
    """Rows of a labelled CSV with columns ``text`` and ``label`` (UTF-8, with or without a BOM)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            cols = [c.strip() for c in reader.fieldnames or []]
            if "text" not in cols or "label" not in cols:
                raise ZhpolicyError(str(path), f"needs columns text,label; found {','.join(cols) or 'none'}")
            rows = [Labelled((r.get("text") or "").strip(), (r.get("label") or "").strip(), i)
                    for i, r in enumerate(reader, start=2)]
    except OSError as exc:
        raise ZhpolicyError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ZhpolicyError(str(path), "not UTF-8 text") from None
    except csv.Error as exc:
        raise ZhpolicyError(str(path), f"bad CSV: {exc}") from None
    rows = [r for r in rows if r.text and r.label]
    if len({r.label for r in rows}) < 2:
        raise ZhpolicyError(str(path), "needs at least two labels with text")
    return rows


@dataclass(frozen=True)
class Training:
    model: TextModel
    macro_f1: Optional[float]  # None when a label has too few examples for cross-validation
    folds: int
    n: int


def train(texts: Sequence[str], labels_: Sequence[str], *, name: str = "custom", folds: int = 5,
          seed: int = 0, definitions: Optional[Mapping[str, str]] = None) -> Training:
    """Fit a model and measure its stratified cross-validated macro-F1.

    Folds are cut to the size of the smallest label; with fewer than two examples in some label
    no cross-validation is possible and ``macro_f1`` is ``None``.
    """
    from collections import Counter

    smallest = min(Counter(labels_).values())
    k = min(folds, smallest)
    f1 = textmodel.cross_validate(texts, labels_, folds=k, seed=seed) if k >= 2 else None
    meta = {"scheme": name, "n": len(texts), "cv_folds": k if f1 is not None else 0,
            "cv_macro_f1": round(f1, 4) if f1 is not None else None, "cv_seed": seed}
    if definitions:
        meta["labels"] = dict(definitions)
    return Training(textmodel.fit(texts, labels_, meta=meta), f1, k if f1 is not None else 0, len(texts))


def train_csv(path: Union[str, os.PathLike], *, name: Optional[str] = None, folds: int = 5, seed: int = 0) -> Training:
    rows = read_labels(path)
    name = name or Path(path).stem
    defs = scheme_info()["schemes"].get(name, {}).get("labels")
    return train([r.text for r in rows], [r.label for r in rows], name=name, folds=folds, seed=seed, definitions=defs)


def labelled_set(scheme: str) -> list[Labelled]:
    """Our own labelled sentences of a shipped scheme (``corpora/labels/<scheme>.csv``)."""
    return read_labels(LABELS_DIR / f"{scheme}.csv")


def category_counts(results: Iterable["Result"]) -> dict[str, int]:
    from collections import Counter

    return dict(Counter(r.category for res in results for r in res.requirements if r.category))
