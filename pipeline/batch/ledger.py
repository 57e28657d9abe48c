"""What is stored and what this run has done; decides, for each input and each finished
document, whether to skip it, store it, replace an older copy, or record a failure.

Rules (``version`` is :data:`pipeline.version.__version__`):

* an input already recorded with this version (stored, duplicate or failed) is skipped
  without being read further; so is an input met twice in one run;
* every stored document has one *holder*, the input its rows came from.  When several
  inputs hold the same document (a file and its GBK copy; an archive moved to a new
  folder; JSON lines with the same ``--id-field`` value), the holder is the one whose
  name sorts first, whatever order they finish in or how many runs it takes — so the
  rows do not depend on timing, and a killed run re-run ends as a clean run does;
* the others are duplicates (a ``sources`` row), or, for ``--id-field`` ids (whose texts
  may differ), failures with the reason ``duplicate id``;
* an input whose bytes are already known and whose name sorts after the holder's is a
  duplicate without any pipeline run (a moved archive costs nothing the second time);
* an input redone under the same name (changed text under the same ``--id-field`` id,
  ``--force``, a new pipeline version) replaces its document's rows;
* ``force`` ignores what was stored before this run; ``retry_failed`` redoes only the
  inputs that failed before.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from typing import Mapping, NamedTuple, Optional, Sequence, Union

import pyarrow as pa

from . import schema
from .inputs import Item, Refusal
from .store import Change, State
from .work import Outcome

SKIP, SKIP_FAILED, DUPLICATE, PROCESS = "skip", "skip-failed", "duplicate", "process"

_CURRENT, _FAILED = 1, 2  # flags kept per input key (a small int, not a row, to keep memory low)


@dataclass
class Counts:
    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    known_failures: int = 0  # skipped inputs that had failed in an earlier run

    def add(self, other: "Counts") -> None:
        for f in fields(Counts):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


class Holder(NamedTuple):
    source: str
    input_key: str
    content_key: str
    stale: bool = False  # held before a --force run: to be replaced, not to be kept


@dataclass
class _Chunk:
    """What one commit will write, built up outcome by outcome."""

    now: str
    docs: dict[str, Mapping] = field(default_factory=dict)  # doc_id -> its tables
    sources: dict[str, dict] = field(default_factory=dict)  # input_key -> row
    errors: dict[str, dict] = field(default_factory=dict)  # input_key -> row
    drop_docs: set[str] = field(default_factory=set)
    drop_inputs: set[str] = field(default_factory=set)
    counts: Counts = field(default_factory=Counts)


def with_arrow(o: Outcome) -> Outcome:
    """``o`` with its rows as Arrow tables, or failed at the "tables" stage when they do not
    fit the store's columns (that document only: the chunk goes on).  The runner calls it as
    each outcome arrives, so that a commit does not hold up the workers; :meth:`Ledger.plan`
    calls it again (a no-op for tables that are Arrow already)."""
    if not o.ok or o.duplicate:
        return o
    try:
        return replace(o, tables=schema.arrow_tables(o.tables))
    except Exception as exc:  # noqa: BLE001 - one document's bad rows must not stop the batch
        return replace(o, tables={}, stage="tables", reason=f"rows do not fit the tables: {type(exc).__name__}: {exc}")


@dataclass
class Ledger:
    version: str
    force: bool = False
    retry_failed: bool = False  # redo inputs that failed before (with this version)
    inputs: dict[str, int] = field(default_factory=dict)  # input_key -> flags
    docs: dict[str, str] = field(default_factory=dict)  # doc_id -> pipeline_version
    holders: dict[str, Holder] = field(default_factory=dict)  # doc_id -> the input holding it (this version)
    contents: dict[str, str] = field(default_factory=dict)  # content_key -> doc_id (this version)
    seen: set[str] = field(default_factory=set)  # input keys met in this run

    @classmethod
    def from_state(cls, state: State, version: str, force: bool = False, retry_failed: bool = False) -> "Ledger":
        led = cls(version, force, retry_failed, docs=dict(state.documents))
        for r in state.sources:
            current = r.pipeline_version == version
            led.inputs[r.input_key] = (_CURRENT if current else 0) | (_FAILED if r.status == "failed" else 0)
            if not current or not r.doc_id or led.docs.get(r.doc_id) != version:
                continue
            if r.status == "stored":
                led.holders[r.doc_id] = Holder(r.source, r.input_key, r.content_key or "", stale=force)
            if r.content_key and r.status in ("stored", "duplicate") and not force:
                led.contents[r.content_key] = r.doc_id
        return led

    def verdict(self, entry: Union[Item, Refusal]) -> tuple[str, Optional[str]]:
        """``(SKIP | SKIP_FAILED | DUPLICATE | PROCESS, doc_id of the duplicate)``."""
        key = entry.input_key
        if key in self.seen:
            return SKIP, None
        self.seen.add(key)
        if not self.force:
            flags = self.inputs.get(key)
            if flags is not None and flags & _CURRENT and not (flags & _FAILED and self.retry_failed):
                return (SKIP_FAILED if flags & _FAILED else SKIP), None
        if isinstance(entry, Item) and entry.content_key in self.contents:
            doc_id = self.contents[entry.content_key]
            holder = self.holders.get(doc_id)
            if holder is not None and not holder.stale and holder.source < entry.source:
                return DUPLICATE, doc_id
        return PROCESS, None

    def plan(self, outcomes: Sequence[Outcome], now: Optional[str] = None) -> tuple[Change, Counts]:
        """The commit for a chunk of finished inputs, and what it counts for."""
        ch = _Chunk(now or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
        for o in outcomes:
            o = with_arrow(o)
            if not o.ok:
                error = (o.stage or "input", o.reason)
                self._record(ch, o.input_key, o.source, o.content_key, o.doc_id, "failed", error)
                ch.counts.failed += 1
            elif o.duplicate:
                self._record(ch, o.input_key, o.source, o.content_key, o.doc_id, "duplicate")
                ch.counts.skipped += 1
            else:
                self._settle(ch, o)
        return self._change(ch), ch.counts

    def _settle(self, ch: _Chunk, o: Outcome) -> None:
        """A finished document: it becomes its document's holder, or a duplicate of it."""
        d, h = o.doc_id, self.holders.get(o.doc_id)
        if h is None or h.stale or h.input_key == o.input_key or (o.given_id and h.source == o.source):
            if h is not None and h.input_key != o.input_key:  # held by another input: changed, or --force
                self._record(ch, h.input_key, h.source, h.content_key, d, "duplicate" if not o.given_id else "replaced")
            ch.counts.stored += 1
            ch.counts.replaced += d in self.docs
            self._hold(ch, o)
        elif o.source < h.source:  # the same document under a name that sorts first: it holds it now
            self._demote(ch, h, d, o.given_id)
            self._hold(ch, o)
        else:
            self._demote(ch, Holder(o.source, o.input_key, o.content_key), d, o.given_id)

    def _demote(self, ch: _Chunk, h: Holder, doc_id: str, given_id: bool) -> None:
        """``h`` does not hold ``doc_id`` (any more): a duplicate, or for given ids a failure."""
        if given_id:
            self._record(ch, h.input_key, h.source, h.content_key, doc_id, "failed",
                         ("input", f"duplicate id {doc_id!r}: another input with this id holds it"))
            ch.counts.failed += 1
        else:
            self._record(ch, h.input_key, h.source, h.content_key, doc_id, "duplicate")
            ch.counts.skipped += 1

    def _hold(self, ch: _Chunk, o: Outcome) -> None:
        d = o.doc_id
        if d not in ch.docs and d in self.docs:
            ch.drop_docs.add(d)
        ch.docs[d] = o.tables
        self.docs[d] = self.version
        self.holders[d] = Holder(o.source, o.input_key, o.content_key)
        if o.content_key:
            self.contents[o.content_key] = d
        self._record(ch, o.input_key, o.source, o.content_key, d, "stored")

    def _record(self, ch: _Chunk, key: str, source: str, content_key: Optional[str], doc_id: Optional[str],
                status: str, error: Optional[tuple[str, str]] = None) -> None:
        """The ``sources`` row (and ``errors`` row) of one input, replacing any it had."""
        if key in self.inputs and key not in ch.sources:
            ch.drop_inputs.add(key)
        ch.sources[key] = {"input_key": key, "content_key": content_key or None, "source": source,
                           "doc_id": doc_id, "status": status, "pipeline_version": self.version}
        ch.errors.pop(key, None)
        if error is not None:
            ch.errors[key] = {"input_key": key, "doc_id": doc_id, "path": source, "stage": error[0],
                              "reason": error[1], "pipeline_version": self.version, "time": ch.now}
        self.inputs[key] = _CURRENT | (_FAILED if status == "failed" else 0)

    def _change(self, ch: _Chunk) -> Change:
        cols = schema.table_columns()
        tables = {}
        for t in schema.DOC_TABLES:
            parts = [tabs[t] for tabs in ch.docs.values()]  # Arrow tables already (plan: with_arrow)
            if parts:
                tables[t] = pa.concat_tables(parts)
        if "documents" in tables:  # the version of the run that stored it (what the skip rule compares)
            docs = tables["documents"]
            i = docs.schema.get_field_index("pipeline_version")
            stamp = pa.array([self.version] * len(docs), pa.string())
            tables["documents"] = docs.set_column(i, "pipeline_version", stamp)
        tables["sources"] = schema.as_arrow(list(ch.sources.values()), cols["sources"])
        tables["errors"] = schema.as_arrow(list(ch.errors.values()), cols["errors"])
        return Change(tables, frozenset(ch.drop_docs), frozenset(ch.drop_inputs))
