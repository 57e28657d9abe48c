"""PLACEHOLDER: the targets issue (#5) replaces this with the real stage."""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from .records import Directive, Quantity, Sentence


def find_quantities(text: str, *, sentences: Sequence[Sentence] = (), directives: Sequence[Directive] = (),
                    doc_date: Optional[str] = None) -> Iterator[Quantity]:
    return iter(())
