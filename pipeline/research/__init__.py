"""The research toolkit, on top of the requirement table.

* :mod:`.categories` — requirement categories (policy areas) from a documented scheme:
  :func:`categorize`, :func:`classify`, :func:`train_csv`
* :mod:`.terms` — key terms by TF-IDF over jieba words: :func:`key_terms`, :func:`document_terms`
* :mod:`.formulas` — numbered political formulas: :func:`find_formulas`, :func:`formula_rows`
* :mod:`.compare` — two documents lined up: :func:`compare` → :class:`Comparison`
* :mod:`.textmodel` — the JSON-parameter TF-IDF + linear classifier behind the categories

Nothing here is imported by the pipeline's stages.
"""
from __future__ import annotations

from .categories import categorize, classify, detect_scheme, train_csv
from .compare import Comparison, compare
from .formulas import FormulaHit, count_formulas, find_formulas, formula_rows
from .terms import Term, TermReport, document_terms, key_terms

__all__ = [
    "categorize", "classify", "detect_scheme", "train_csv",
    "Comparison", "compare",
    "FormulaHit", "count_formulas", "find_formulas", "formula_rows",
    "Term", "TermReport", "document_terms", "key_terms",
]
