"""spaCy components that run zhpolicy's own stages on ``doc.text``.

>>> from pipeline.spacy_ext import make_nlp
>>> nlp = make_nlp()                                  # blank zh + jieba + the three components
>>> doc = nlp(text)
>>> [(s.text, s._.requirement.actor) for s in doc.spans["requirements"]]
>>> doc._.zhpolicy.table()                            # the same Result the Pipeline gives

Components (``nlp.add_pipe(name)``), each running the Pipeline's stage of the same name
(no second implementation) and writing one span group:

* ``zhpolicy_structure``    → ``doc.spans["directives"]``, ``Span._.directive``
* ``zhpolicy_targets``      → ``doc.spans["targets"]``, ``Span._.quantity``
* ``zhpolicy_requirements`` → ``doc.spans["requirements"]``, ``Span._.requirement``

A component runs any earlier stage it needs that has not run yet, so each works alone.
``Doc._.zhpolicy`` holds the :class:`~pipeline.pipeline.Result` so far.  Spans are
aligned to tokens with ``alignment_mode="expand"``.  The records live in
``doc.user_data``: use ``doc.to_bytes(exclude=["user_data"])`` to serialise a doc.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .load import from_text
from .pipeline import Result, _to_result, default_stages
from .words import spacy_tokenizer_config

COMPONENTS = {
    # component -> (pipeline stage, span group, span extension, records of the Result, label field)
    "zhpolicy_structure": ("structure", "directives", "directive", "directives", "marker"),
    "zhpolicy_targets": ("quantities", "targets", "quantity", "targets", "kind"),
    "zhpolicy_requirements": ("requirements", "requirements", "requirement", "requirements", "modality"),
}
STATE_KEY = "zhpolicy.stages"  # doc.user_data key of the stage outputs so far (normalised offsets)


def register_extensions() -> None:
    """Register ``Doc._.zhpolicy`` and the span extensions (once per process)."""
    if not Doc.has_extension("zhpolicy"):
        Doc.set_extension("zhpolicy", default=None)
    for _, _, ext, _, _ in COMPONENTS.values():
        if not Span.has_extension(ext):
            Span.set_extension(ext, default=None)


def run_stages(doc: Doc, until: str, opts: Optional[dict] = None) -> Result:
    """Run the Pipeline's stages on ``doc.text`` up to and including ``until``, skipping those
    an earlier component already ran; return the Result (offsets into ``doc.text``)."""
    state: dict[str, Any] = doc.user_data.get(STATE_KEY) or {
        "document": from_text(doc.text, source=doc.user_data.get("source", "<spacy>"))}
    for stage in default_stages(**(opts or {})):
        if not all(name in state for name in stage.provides):
            state.update(stage.run(state))
        if stage.name == until:
            break
    doc.user_data[STATE_KEY] = state
    return _to_result(state)


def record_spans(doc: Doc, records: Iterable, ext: str, label_field: str) -> list[Span]:
    """A span per record (char offsets expanded to whole tokens), the record in ``Span._.<ext>``."""
    spans = []
    for rec in records:
        span = doc.char_span(rec.start, rec.end, label=str(getattr(rec, label_field) or ""),
                             alignment_mode="expand")
        if span is None:
            continue
        span._.set(ext, rec)
        spans.append(span)
    return spans


class StageComponent:
    """A spaCy component running one zhpolicy stage and writing its span group."""

    def __init__(self, name: str, opts: Optional[dict] = None):
        self.name = name
        self.stage, self.group, self.ext, self.field, self.label = COMPONENTS[name]
        self.opts = dict(opts or {})
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if not doc.text.strip():
            doc.spans[self.group] = []
            return doc
        result = run_stages(doc, self.stage, self.opts)
        doc._.zhpolicy = result
        # the records' offsets index doc.text itself, a leading BOM included
        doc.spans[self.group] = record_spans(doc, getattr(result, self.field), self.ext, self.label)
        return doc


@Language.factory("zhpolicy_structure", default_config={"t2s": False, "join_lines": "auto"})
def make_structure(nlp: Language, name: str, t2s: bool, join_lines: str) -> StageComponent:
    """Directive tree (and paragraphs, sentences, blocks) → ``doc.spans["directives"]``."""
    return StageComponent("zhpolicy_structure", {"t2s": t2s, "join_lines": join_lines})


@Language.factory("zhpolicy_targets", default_config={"t2s": False, "join_lines": "auto"})
def make_targets(nlp: Language, name: str, t2s: bool, join_lines: str) -> StageComponent:
    """Quantities with role "target" → ``doc.spans["targets"]``."""
    return StageComponent("zhpolicy_targets", {"t2s": t2s, "join_lines": join_lines})


@Language.factory("zhpolicy_requirements", default_config={"t2s": False, "join_lines": "auto"})
def make_requirements(nlp: Language, name: str, t2s: bool, join_lines: str) -> StageComponent:
    """Requirements → ``doc.spans["requirements"]``."""
    return StageComponent("zhpolicy_requirements", {"t2s": t2s, "join_lines": join_lines})


def use_our_jieba_cache() -> None:
    """Point the global jieba (the one spaCy's zh tokenizer uses) at our cache folder."""
    import logging

    import jieba

    from .resources import cache_dir

    jieba.setLogLevel(logging.WARNING)
    if not jieba.dt.initialized:
        jieba.dt.tmp_dir = str(cache_dir())


def make_nlp(components: Iterable[str] = tuple(COMPONENTS), **config: Any) -> Language:
    """``spacy.blank("zh")`` segmenting with jieba, with the zhpolicy components added
    (``config`` such as ``t2s=True`` goes to each of them)."""
    import spacy

    use_our_jieba_cache()
    nlp = spacy.blank("zh", config=spacy_tokenizer_config())  # spaCy's zh tokenizer with jieba; no download
    for name in components:
        nlp.add_pipe(name, config=dict(config))
    return nlp


__all__ = ["make_nlp", "register_extensions", "run_stages", "record_spans", "StageComponent", "COMPONENTS"]
