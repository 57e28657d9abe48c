"""The :class:`Pipeline`: named stages run in order over one document record.

Each :class:`Stage` says which fields of the record it ``needs`` and which it
``provides``; the pipeline checks the chain once, when it is built.  Stages work
on the normalised text (``clean``) and report offsets into it; at the end every
record is mapped to code-point offsets into the original text, and a frozen
:class:`Result` comes out.
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

from . import records as R
from .errors import LoadError, ZhpolicyError
from .load import from_text, load
from .normalize import Text, normalize
from .version import __version__

StageFn = Callable[[Mapping[str, Any]], Mapping[str, Any]]


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    provides: tuple[str, ...]
    run: StageFn


def _normalize_stage(opts: Mapping[str, Any]) -> StageFn:
    def run(rec):
        return {"text": normalize(rec["document"].raw, t2s=opts.get("t2s", False),
                                  join_lines=opts.get("join_lines", "auto"))}
    return run


def _structure_stage(rec):
    from . import structure

    clean = rec["text"].clean
    paragraphs = list(structure.split_paragraphs(clean))
    cut: list[R.Flag] = []  # sentences too long to be read whole (structure.sentences.MAX_SENTENCE)
    sentences = list(structure.split_sentences(clean, paragraphs, flags=cut))
    directives, flags = structure.find_directives(clean)
    flags = [*flags, *cut] if cut else flags
    blocks = list(structure.find_blocks(clean, directives))
    return {"blocks": blocks, "paragraphs": paragraphs, "sentences": sentences,
            "directives": directives, "flags": flags}


def _quantities_stage(rec):
    from .quantities import find_quantities

    return {"quantities": list(find_quantities(
        rec["text"].clean, sentences=rec["sentences"], directives=rec["directives"],
        doc_date=rec["document"].date))}


def _requirements_stage(rec):
    from .requirements import find_requirements

    return {"requirements": list(find_requirements(
        rec["text"].clean, sentences=rec["sentences"], directives=rec["directives"],
        quantities=rec["quantities"], doc_date=rec["document"].date,  # the year of 年底前, 今年9月
        doc_name=rec["document"].source))}


def default_stages(**opts: Any) -> list[Stage]:
    return [
        Stage("normalize", ("document",), ("text",), _normalize_stage(opts)),
        Stage("structure", ("text",), ("blocks", "paragraphs", "sentences", "directives", "flags"), _structure_stage),
        Stage("quantities", ("text", "sentences", "directives"), ("quantities",), _quantities_stage),
        Stage("requirements", ("text", "sentences", "directives", "quantities"), ("requirements",),
              _requirements_stage),
    ]


@dataclass(frozen=True)
class Result:
    """Everything the pipeline found in one document; offsets point into ``document.raw``."""

    document: R.Document
    text: Text
    blocks: tuple[R.Block, ...] = ()
    paragraphs: tuple[R.Paragraph, ...] = ()
    sentences: tuple[R.Sentence, ...] = ()
    directives: tuple[R.Directive, ...] = ()
    quantities: tuple[R.Quantity, ...] = ()
    requirements: tuple[R.Requirement, ...] = ()
    flags: tuple[R.Flag, ...] = ()
    pipeline_version: str = __version__

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def targets(self) -> tuple[R.Quantity, ...]:
        return tuple(q for q in self.quantities if q.role == "target")

    @property
    def warnings(self) -> tuple[R.Flag, ...]:
        return self.flags

    def directive(self, id_: Optional[int]) -> Optional[R.Directive]:
        return self._by_id.get(id_) if id_ is not None else None

    @cached_property
    def _by_id(self) -> dict[int, R.Directive]:
        return {d.id: d for d in self.directives}

    def directive_path(self, id_: Optional[int]) -> list[str]:
        """The markers along the parent chain: ``["四、", "一是"]``."""
        by_id, path, seen = self._by_id, [], set()
        while id_ is not None and id_ in by_id and id_ not in seen:
            seen.add(id_)
            d = by_id[id_]
            path.append(d.marker)
            id_ = d.parent
        return path[::-1]

    def table(self, kind: str = "requirements"):
        """A pandas DataFrame with fixed columns (see :mod:`pipeline.table`)."""
        from .table import table

        return table(self, kind)

    def to_dict(self, *, sentences: bool = True) -> dict:
        doc = self.document
        out = {
            "doc_id": doc.doc_id,
            "source": doc.source,
            "encoding": doc.encoding,
            "chars": doc.chars,
            "title": doc.title,
            "date": doc.date,
            "pipeline_version": self.pipeline_version,
            "blocks": [R.to_dict(b) for b in self.blocks],
            "directives": [dict(R.to_dict(d), path=self.directive_path(d.id)) for d in self.directives],
            "targets": [R.to_dict(q) for q in self.targets],
            "quantities": [R.to_dict(q) for q in self.quantities if q.role in R.MEASURE_ROLES and q.role != "target"],
            "numbers": [R.to_dict(q) for q in self.quantities if q.role not in R.MEASURE_ROLES],
            "requirements": [dict(R.to_dict(r), directive_path=self.directive_path(r.directive))
                             for r in self.requirements],
            "warnings": [R.to_dict(f) for f in self.flags],
        }
        if sentences:
            out["sentences"] = [R.to_dict(s) for s in self.sentences]
        return out


class Pipeline:
    """Runs named stages over one document record.

    >>> nlp = Pipeline()                      # all stages
    >>> nlp = Pipeline(until="structure")    # stop after the directive tree
    >>> result = nlp("corpora/samples/….txt")
    """

    def __init__(self, stages: Optional[Sequence[Stage]] = None, *, until: Optional[str] = None, **opts: Any):
        stages = list(stages) if stages is not None else default_stages(**opts)
        if until is not None:
            names = [s.name for s in stages]
            if until not in names:
                raise ValueError(f"no stage named {until!r}; stages are {names}")
            stages = stages[: names.index(until) + 1]
        have = {"document"}
        for s in stages:
            missing = [n for n in s.needs if n not in have]
            if missing:
                raise ValueError(f"stage {s.name!r} needs {missing}, which no earlier stage provides")
            have.update(s.provides)
        self.stages = tuple(stages)
        self.max_bytes = opts.get("max_bytes")

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run_document(self, document: R.Document) -> Result:
        rec: dict[str, Any] = {"document": document}
        with no_cycle_collection():
            for stage in self.stages:
                try:
                    rec.update(stage.run(rec))
                except ZhpolicyError:
                    raise
                except Exception as exc:  # a stage bug must name the document and stage, not crash a batch
                    raise ZhpolicyError(document.source, f"stage {stage.name} failed: {type(exc).__name__}: {exc}",
                                        stage=stage.name) from exc
            return _to_result(rec)

    def __call__(self, source: Union[str, os.PathLike, R.Document]) -> Result:
        if isinstance(source, R.Document):
            return self.run_document(source)
        kw = {"max_bytes": self.max_bytes} if self.max_bytes else {}
        return self.run_document(load(source, **kw))

    def text(self, text: str, source: str = "<text>") -> Result:
        return self.run_document(from_text(text, source=source))


@contextmanager
def no_cycle_collection():
    """Python's cycle collector paused while one document runs, as it was before afterwards.

    The stages build no reference cycles (memos hold functions of the text, not bound methods;
    records are plain tuples and dataclasses), so reference counting frees all they drop, and
    the collector's passes over the young objects during a document find nothing to free:
    they cost about 3 % of the pipeline's CPU time (benchmarks/README.md).  Whatever a
    document leaves that only the collector can free, its next pass after the document does.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _to_result(rec: Mapping[str, Any]) -> Result:
    text: Text = rec.get("text") or normalize(rec["document"].raw)
    to_raw = text.offsets.to_raw
    same = text.offsets.identity  # nothing to map (common: a clean UTF-8 text)

    def mapped(name: str) -> tuple:
        recs = rec.get(name, ())
        if same or not recs:
            return tuple(recs)
        a, b = text.offsets.to_raw_many([x.start for x in recs], [x.end for x in recs])
        return tuple(x if (x.start == s and x.end == e) else R.evolve(x, start=s, end=e)
                     for x, s, e in zip(recs, a, b))

    quantities = mapped("quantities")
    requirements = tuple(rec.get("requirements", ()))
    if not same and requirements:  # their targets are quantities of the document: mapped once above
        by_id = {id(q): m for q, m in zip(rec.get("quantities", ()), quantities)}
        a, b = text.offsets.to_raw_many([x.start for x in requirements], [x.end for x in requirements])
        requirements = tuple(_mapped_requirement(x, s, e, by_id, to_raw) for x, s, e in zip(requirements, a, b))
    return Result(
        document=rec["document"],
        text=text,
        blocks=mapped("blocks"),
        paragraphs=mapped("paragraphs"),
        sentences=mapped("sentences"),
        directives=mapped("directives"),
        quantities=quantities,
        requirements=requirements,
        flags=tuple(R.shift(f, to_raw) if f.start is not None and not same else f for f in rec.get("flags", ())),
    )


def _mapped_requirement(req: R.Requirement, start: int, end: int, by_id: Mapping[int, R.Quantity],
                        to_raw) -> R.Requirement:
    """``req`` at ``start:end`` of the original text, with its targets mapped too: the
    document's quantities as mapped already (``by_id``: by the ``id`` of the unmapped one),
    others one by one; one copy at most."""
    changes: dict[str, Any] = {}
    if req.start != start or req.end != end:
        changes["start"], changes["end"] = start, end
    if req.targets:
        targets = tuple(by_id.get(id(t)) or R.shift(t, to_raw) for t in req.targets)
        if not all(a is b for a, b in zip(targets, req.targets)):
            changes["targets"] = targets
    return R.evolve(req, **changes) if changes else req


def extract(path: Union[str, os.PathLike, R.Document], **opts: Any) -> Result:
    """Run the whole pipeline on the file at ``path`` (``"-"``: standard input) or a
    :class:`Document`.  A string is always a path, never text (a missing file is a
    :class:`LoadError` naming it): text goes to :func:`extract_text`, so that no string from a
    user can make the library read a file."""
    if not isinstance(path, (str, os.PathLike, R.Document)):
        raise TypeError(f"extract takes a path or a Document, not {type(path).__name__} (for text: extract_text)")
    if isinstance(path, str) and path != "-" and not os.path.exists(path):
        shown = path if len(path) <= 80 and "\n" not in path else repr(path[:40]) + "…"
        raise LoadError(shown, "no such file (extract() takes a path; for text use extract_text())")
    return Pipeline(**opts)(path)


def extract_text(text: str, *, source: str = "<text>", **opts: Any) -> Result:
    """Run the whole pipeline on ``text`` itself.  Unlike :func:`extract`, a string is never
    taken for a path or ``"-"``: for text that comes from a user (a web form, an API), so
    that pasting ``/etc/passwd`` analyses those eleven characters and reads no file."""
    if not isinstance(text, str):
        raise TypeError(f"extract_text takes a str, not {type(text).__name__}")
    return Pipeline(**opts).text(text, source=source)


def tables(results: Iterable[Result], kind: str = "requirements"):
    """Concatenate the tables of many results into one DataFrame."""
    import pandas as pd

    from .table import empty_table

    frames = [r.table(kind) for r in results]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_table(kind)
