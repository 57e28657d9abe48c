"""One document's work, as it runs inside a worker process: load, pipeline, tables.

:func:`process` never raises for a bad document: it returns an :class:`Outcome` that is
either the document's table rows or the stage and reason it failed at.
"""
from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Mapping, Optional

from ..errors import ZhpolicyError
from ..load import DEFAULT_MAX_BYTES, from_bytes, from_text
from ..table import requirement_columns
from ..table import rows as table_rows
from . import schema
from .inputs import Item, Refusal

Notify = Callable[[str], None]


@dataclass(frozen=True)
class WorkOptions:
    """What a worker needs to build its pipeline (picklable; sent once per worker)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    pipeline: tuple[tuple[str, Any], ...] = ()  # keyword options for Pipeline / default_stages
    stages: Optional[str] = None  # "module:function" returning the stages (advanced, and tests)
    timeout: Optional[float] = None  # seconds per document; None = no bound
    categories: str = "none"  # requirement categories: none, auto, cadre, general or a model JSON path
    arrow: bool = False  # build the Arrow tables here, in the worker (see executors.arrow_in_workers)

    @property
    def pipeline_options(self) -> dict[str, Any]:
        return dict(self.pipeline)


@dataclass(frozen=True)
class Outcome:
    """What became of one input: table rows, or where and why it failed."""

    source: str
    input_key: str
    content_key: str = ""
    size: int = 0
    doc_id: Optional[str] = None
    given_id: bool = False  # the doc_id came from --id-field, not from the content
    tables: Mapping[str, Any] = field(default_factory=dict)  # table name -> rows (see result_tables)
    stage: str = ""
    reason: str = ""
    seconds: float = 0.0
    duplicate: bool = False  # its content is stored already (decided before any work)

    @property
    def ok(self) -> bool:
        return not self.reason


def failed(item: Item, stage: str, reason: str, doc_id: Optional[str] = None, seconds: float = 0.0) -> Outcome:
    return Outcome(item.source, item.input_key, item.content_key, item.size, doc_id=doc_id,
                   given_id=item.doc_id is not None, stage=stage, reason=reason, seconds=seconds)


def duplicate_of(item: Item, doc_id: Optional[str]) -> Outcome:
    return Outcome(item.source, item.input_key, item.content_key, item.size, doc_id=doc_id, duplicate=True)


def refused(r: Refusal) -> Outcome:
    return Outcome(r.source, r.input_key, "", r.size, stage=r.stage, reason=r.reason)


def build_pipeline(opts: WorkOptions, notify: Optional[Notify] = None):
    """The pipeline a worker runs; with ``notify``, each stage announces itself first."""
    from ..pipeline import Pipeline, default_stages

    popts = opts.pipeline_options
    stages = _factory(opts.stages)(**popts) if opts.stages else default_stages(**popts)
    if notify is not None:
        stages = [replace(s, run=_announced(s.name, s.run, notify)) for s in stages]
    return Pipeline(stages=stages, **popts)


def _factory(spec: str):
    module, _, attr = spec.partition(":")
    if not module or not attr:
        raise ValueError(f"--stages wants MODULE:FUNCTION, got {spec!r}")
    return getattr(importlib.import_module(module), attr)


def _announced(name: str, run, notify: Notify):
    def wrapped(rec):
        notify(name)
        return run(rec)
    return wrapped


def process(item: Item, nlp, opts: WorkOptions, notify: Optional[Notify] = None) -> Outcome:
    """Load ``item``, run ``nlp`` over it and build its table rows."""
    say = notify or (lambda _s: None)
    t0 = time.perf_counter()
    doc_id: Optional[str] = None
    stage = "load"
    try:
        say(stage)
        if item.data is not None:
            doc = from_bytes(item.data, item.source, max_bytes=opts.max_bytes)
        else:
            doc = from_text(item.text or "", source=item.source)
        if item.doc_id is not None:
            doc = replace(doc, doc_id=item.doc_id)
        doc_id = doc.doc_id
        result = nlp.run_document(doc)
        if opts.categories and opts.categories != "none":
            stage = "categories"
            say(stage)
            result = categorize(result, opts.categories)
        stage = "tables"
        say(stage)
        tables = result_tables(result)
        if opts.arrow:
            tables = schema.arrow_tables(tables)
    except ZhpolicyError as exc:
        return failed(item, exc.stage, exc.reason, doc_id, time.perf_counter() - t0)
    except Exception as exc:  # noqa: BLE001 - a bad document must never stop the batch
        return failed(item, stage, f"{type(exc).__name__}: {exc}", doc_id, time.perf_counter() - t0)
    return Outcome(item.source, item.input_key, item.content_key, item.size, doc_id=doc_id,
                   given_id=item.doc_id is not None, tables=tables, seconds=time.perf_counter() - t0)


def categorize(result, scheme: str):
    """``result`` with the requirement categories of ``scheme`` filled in."""
    from ..research.categories import categorize as fill

    return fill(result, scheme)


def check_categories(scheme: str) -> None:
    """Raise ZhpolicyError now if the category ``scheme`` cannot be loaded (not on every document)."""
    if not scheme or scheme in ("none", "auto"):
        return
    try:
        from ..research.categories import load_model

        load_model(scheme)
    except ZhpolicyError:
        raise
    except Exception as exc:  # noqa: BLE001 - any loading problem, told in one line
        raise ZhpolicyError(scheme, f"cannot load the category model: {type(exc).__name__}: {exc}",
                            stage="categories") from None


def result_tables(result) -> dict:
    """The rows of every doc-keyed table for one :class:`~pipeline.pipeline.Result`, as plain
    Python data (a list of row dicts, or a dict of column lists): cheap to build, pickle and
    send back.  They become Arrow tables with the store's columns (:func:`.schema.arrow_tables`)
    in the worker when ``WorkOptions.arrow`` says so, else in the main process as they arrive."""
    out: dict = {"documents": [document_row(result)]}
    for kind in schema.RESULT_KINDS:
        out[kind] = requirement_columns(result) if kind == "requirements" else table_rows(result, kind)
    out["formulas"] = formula_rows(result)
    return out


def document_row(result) -> dict:
    doc = result.document
    row = {
        "doc_id": doc.doc_id, "source": doc.source, "encoding": doc.encoding, "title": doc.title,
        "date": doc.date, "chars": doc.chars, "size_bytes": doc.size_bytes,
        "n_directives": len(result.directives), "n_targets": len(result.targets),
        "n_requirements": len(result.requirements), "n_warnings": len(result.flags),
        "pipeline_version": result.pipeline_version,
    }
    if "documents" in schema.COLUMNS:  # the table module knows more about a document
        row.update(table_rows(result, "documents")[0])
    return row


def formula_rows(result) -> list[dict]:
    """Rows from ``pipeline.research.formulas.formula_rows`` when that module exists."""
    try:
        from ..research.formulas import formula_rows as rows_of
    except ImportError:
        return []
    return [dict(r, doc_id=r.get("doc_id", result.doc_id)) for r in rows_of(result)]
