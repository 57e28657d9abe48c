"""The structure stage: blocks, paragraphs, sentences and the numbered directive tree.

Four pure functions over one string (the normalised text), each returning frozen
records with ``start``/``end`` offsets into that string:

* :func:`split_paragraphs` — non-empty lines;
* :func:`split_sentences` — sentences ending at 。！？； and ……, closing quotes kept;
* :func:`find_directives` — the numbered items as a tree, and flags for odd numbering;
* :func:`find_blocks` — title, docnum, salutation, preamble, body, issuer, closing.

Regexes and linear passes only (no word segmentation): this stage runs on every
document of an archive.  Marker styles and phrase lists are data in ``models/``
(``markers.tsv``, ``structure_phrases.tsv``).
"""
from __future__ import annotations

from .blocks import find_blocks
from .directives import find_directives
from .markers import cn_value, find_candidates
from .sentences import split_paragraphs, split_sentences

__all__ = ["split_paragraphs", "split_sentences", "find_directives", "find_blocks", "find_candidates", "cn_value"]
