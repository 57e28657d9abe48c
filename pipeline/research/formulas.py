"""Numbered political formulas (提法): 四个意识, 两个维护, 五位一体, 三严三实, “三个代表”, …

Two sources of hits:

* ``lexicon`` — the forms listed in ``models/formulas.tsv`` (formula, canonical, meaning), found
  anywhere in the text, longest form first;
* ``pattern`` — the shape they share, found only between quotation marks so that ordinary
  counted phrases (三个方面, 两个月) stay out: a numeral, an optional measure word (个 大 项 条 种 …)
  and a short noun (“三个代表”, “四下基层”), or two to four numeral + noun pairs (“五险一金”).
  A leading 一 needs a measure word or a second pair (“一个中心”, “一岗双责”) so that “一把手”
  is not taken.  Where a pattern hit overlaps a lexicon hit the lexicon wins.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Mapping

from ..resources import char_class, read_tsv

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Result

LEXICON_FILE = "formulas.tsv"

_NUM = f"[{char_class('formula_count')}]"
_HAN = rf"(?:(?![{char_class('formula_not_han')}])[\u4e00-\u9fff])"
_MEASURE = f"[{char_class('formula_measure')}]"
_OPEN, _CLOSE = "[“‘「『\"]", "[”’」』\"]"
_PATTERN = re.compile(
    _OPEN + "("
    + rf"(?:{_NUM}{_HAN}{{1,3}}){{2,4}}"  # 三严三实, 两学一做, 五险一金, 三去一降一补
    + rf"|{_NUM}+{_MEASURE}{_HAN}{{1,5}}"  # 三个代表, 四大发明, 八项规定
    + rf"|(?!一){_NUM}+{_HAN}{{1,4}}"  # 三农, 四下基层 (not 一把手)
    + ")" + _CLOSE
)


@dataclass(frozen=True)
class FormulaHit:
    formula: str  # as it stands in the text
    canonical: str  # the form counts are kept under
    start: int
    end: int
    source: str  # "lexicon" or "pattern"


@lru_cache(maxsize=None)
def lexicon() -> Mapping[str, tuple[str, str]]:
    """formula -> (canonical, meaning), from ``models/formulas.tsv``."""
    return {r["formula"]: (r.get("canonical") or r["formula"], r.get("meaning") or "") for r in read_tsv(LEXICON_FILE)}


@lru_cache(maxsize=None)
def _lexicon_re() -> re.Pattern:
    forms = sorted(lexicon(), key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in forms))


def find_formulas(text: str, *, patterns: bool = True) -> Iterator[FormulaHit]:
    """Formula hits in ``text`` in order of position (offsets into ``text``)."""
    lex = lexicon()
    hits = [FormulaHit(m.group(), lex[m.group()][0], m.start(), m.end(), "lexicon")
            for m in _lexicon_re().finditer(text)]
    if patterns:
        taken = [(h.start, h.end) for h in hits]
        for m in _PATTERN.finditer(text):
            s, e = m.span(1)
            if not any(s < b and a < e for a, b in taken):
                hits.append(FormulaHit(m.group(1), m.group(1), s, e, "pattern"))
    yield from sorted(hits, key=lambda h: (h.start, h.end))


def count_formulas(text: str, *, patterns: bool = True) -> Counter:
    """Counts per canonical formula."""
    return Counter(h.canonical for h in find_formulas(text, patterns=patterns))


def result_hits(result: "Result", *, patterns: bool = True) -> Iterator[FormulaHit]:
    """Hits in a pipeline result: found in the normalised text, offsets mapped to the original."""
    from dataclasses import replace

    for h in find_formulas(result.text.clean, patterns=patterns):
        s, e = result.text.to_raw(h.start, h.end)
        yield replace(h, start=s, end=e)


def formula_rows(result: "Result", *, patterns: bool = True) -> list[dict]:
    """One row per canonical formula found in the document: ``{doc_id, formula, count}``
    (most frequent first), the rows of the batch store's ``formulas`` table."""
    counts = Counter(h.canonical for h in find_formulas(result.text.clean, patterns=patterns))
    return [{"doc_id": result.doc_id, "formula": f, "count": n}
            for f, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
