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

What is stored is read from the store when needed, a group of keys at a time
(:meth:`~pipeline.batch.store.DuckDBStore.known`), not held in dicts; the ledger keeps only
:class:`KeyFilter` s of the store's input keys, content keys and document ids (8 bytes a key), so
that a key the store cannot hold is never looked up: a new input costs no query, and a look-up
(a scan of one column) happens only for inputs seen before — a rerun, a duplicate, a replaced
document.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timezone
from typing import Iterable, Mapping, NamedTuple, Optional, Protocol, Sequence, Union

import numpy as np
import pyarrow as pa

from . import schema
from .inputs import Item, Refusal
from .store import NOTHING_KNOWN, Change, Known
from .work import Outcome

SKIP, SKIP_FAILED, DUPLICATE, PROCESS = "skip", "skip-failed", "duplicate", "process"



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
    stored: set[str] = field(default_factory=set)  # input keys with a row in the store
    versions: dict[str, str] = field(default_factory=dict)  # doc_id -> version, of the chunk's documents
    holders: dict[str, Holder] = field(default_factory=dict)  # doc_id -> the input holding it (this version)
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


class KeyFilter:
    """A set of keys as their first 64 bits (8 bytes a key in a sorted NumPy array, plus a small
    set of the latest ones, merged in as it grows): :meth:`maybe` keeps the keys that may be in it.
    Two keys sharing 64 bits only cost a needless look-up; the store's answer decides."""

    def __init__(self) -> None:
        self._sorted = np.empty(0, np.uint64)
        self._recent: set[int] = set()

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent)

    def add(self, keys: Iterable[str]) -> None:
        self._recent.update(_h64(k) for k in keys if k)
        if len(self._recent) > max(1024, len(self._sorted) // 64):  # a merge per 1.6 % growth: few in all
            new = np.fromiter(self._recent, np.uint64, len(self._recent))
            self._sorted, self._recent = np.union1d(self._sorted, new), set()

    def maybe(self, keys: Iterable[str]) -> list[str]:
        """The keys of ``keys`` that may be in the set (every one that is)."""
        keys = [k for k in keys if k]
        if not keys:
            return []
        h = np.fromiter((_h64(k) for k in keys), np.uint64, len(keys))
        at = np.minimum(np.searchsorted(self._sorted, h), max(len(self._sorted) - 1, 0))
        hit = self._sorted[at] == h if len(self._sorted) else np.zeros(len(keys), bool)
        return [k for k, x, y in zip(keys, hit.tolist(), h.tolist()) if x or y in self._recent]


class Lookup(Protocol):
    """Where the ledger reads what is stored (:class:`~pipeline.batch.store.DuckDBStore`)."""

    def known(self, version: str, input_keys: Iterable[str] = (), content_keys: Iterable[str] = (),
              doc_ids: Iterable[str] = ()) -> Known: ...


@dataclass
class Ledger:
    """The rules above, reading the store through ``store`` a group of keys at a time (None: an
    empty store).  Besides the three key filters (8 bytes a stored key, 24 an input), it keeps only
    what the store cannot tell yet: the keys met and not yet committed (in flight, or in the chunk
    being built), the failed inputs met in this run (a second meeting is a plain skip) and, for
    ``force`` only, every input met in this run (as an int, about 140 bytes each: the store cannot
    tell this run's rows from the older ones that ``force`` ignores)."""

    version: str
    force: bool = False
    retry_failed: bool = False  # redo inputs that failed before (with this version)
    store: Optional[Lookup] = None
    inputs: KeyFilter = field(default_factory=KeyFilter)  # the store's input keys
    contents: KeyFilter = field(default_factory=KeyFilter)  # the store's content keys
    documents: KeyFilter = field(default_factory=KeyFilter)  # the store's document ids
    pending: set[str] = field(default_factory=set)  # met in this run, not committed yet
    failures: set[str] = field(default_factory=set)  # failed inputs met in this run
    met: set[int] = field(default_factory=set)  # force only: every input met in this run

    @classmethod
    def open(cls, store, version: str, force: bool = False, retry_failed: bool = False) -> "Ledger":
        """A ledger over ``store``, its filters filled from the store's keys (one scan of each column)."""
        led = cls(version, force, retry_failed, store=store)
        for filt, table, column in ((led.inputs, "sources", "input_key"), (led.contents, "sources", "content_key"),
                                    (led.documents, "documents", "doc_id")):
            for keys in store.keys(table, column):
                filt.add(keys)
        return led

    def _known(self, **keys: Iterable[str]) -> Known:
        return self.store.known(self.version, **keys) if self.store is not None else NOTHING_KNOWN

    def _stale(self, input_key: str) -> bool:
        """A holder found in the store is stale under ``force`` unless this run wrote its row."""
        return self.force and (input_key in self.pending or _as_int(input_key) not in self.met)

    def verdicts(self, entries: Sequence[Union[Item, Refusal]]) -> list[tuple[str, Optional[str]]]:
        """For each entry ``(SKIP | SKIP_FAILED | DUPLICATE | PROCESS, doc_id of the duplicate)``.
        At most two look-ups in the store for them all: the input keys it may hold, then the content
        keys it may hold of the inputs not skipped (a rerun asks only the first)."""
        keys = () if self.force else self.inputs.maybe(e.input_key for e in entries)
        recorded = self._known(input_keys=keys).inputs if keys else {}
        first = [self._recorded(e, recorded) for e in entries]
        contents = self.contents.maybe(e.content_key for e, v in zip(entries, first) if v is None
                                       and isinstance(e, Item))
        known = self._known(content_keys=contents) if contents else NOTHING_KNOWN
        return [v or self._duplicate(e, known) for e, v in zip(entries, first)]

    def _recorded(self, entry: Union[Item, Refusal], recorded: Mapping[str, tuple[str, str]]
                  ) -> Optional[tuple[str, None]]:
        """SKIP or SKIP_FAILED for an input met before or recorded; None (and now met) for the others."""
        key = entry.input_key
        if key in self.pending or key in self.failures:
            return SKIP, None
        if self.force:
            if _as_int(key) in self.met:
                return SKIP, None
            self.met.add(_as_int(key))
        else:
            status, version = recorded.get(key, ("", ""))
            if version == self.version and not (status == "failed" and self.retry_failed):
                if status != "failed":
                    return SKIP, None
                self.failures.add(key)
                return SKIP_FAILED, None
        self.pending.add(key)
        return None

    def _duplicate(self, entry: Union[Item, Refusal], known: Known) -> tuple[str, Optional[str]]:
        """DUPLICATE when the input's bytes are stored, held under a name sorting first; else PROCESS."""
        if isinstance(entry, Item) and entry.content_key in known.contents:
            doc_id = known.contents[entry.content_key]
            holder = known.holders.get(doc_id)
            if holder is not None and not self._stale(holder.input_key) and holder.source < entry.source:
                return DUPLICATE, doc_id
        return PROCESS, None

    def plan(self, outcomes: Sequence[Outcome], now: Optional[str] = None) -> tuple[Change, Counts]:
        """The commit for a chunk of finished inputs, and what it counts for."""
        outcomes = [with_arrow(o) for o in outcomes]
        held = {o.doc_id for o in outcomes if o.ok and not o.duplicate and o.doc_id}
        known = self._known(input_keys=self.inputs.maybe(o.input_key for o in outcomes),
                            doc_ids=self.documents.maybe(held))
        ch = _Chunk(now or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    stored=set(known.inputs) | {h.input_key for h in known.holders.values()},
                    versions=dict(known.documents),
                    holders={d: Holder(r.source, r.input_key, r.content_key or "", stale=self._stale(r.input_key))
                             for d, r in known.holders.items()})
        for o in outcomes:
            if not o.ok:
                error = (o.stage or "input", o.reason)
                self._record(ch, o.input_key, o.source, o.content_key, o.doc_id, "failed", error)
                ch.counts.failed += 1
            elif o.duplicate:
                self._record(ch, o.input_key, o.source, o.content_key, o.doc_id, "duplicate")
                ch.counts.skipped += 1
            else:
                self._settle(ch, o)
        for o in outcomes:  # committed next: from now on the store answers for them
            self.pending.discard(o.input_key)
            if not self.force and ch.sources[o.input_key]["status"] == "failed":
                self.failures.add(o.input_key)
        self.inputs.add(ch.sources)
        self.contents.add(r["content_key"] for r in ch.sources.values())
        self.documents.add(ch.docs)
        return self._change(ch), ch.counts

    def _settle(self, ch: _Chunk, o: Outcome) -> None:
        """A finished document: it becomes its document's holder, or a duplicate of it."""
        d, h = o.doc_id, ch.holders.get(o.doc_id)
        if h is None or h.stale or h.input_key == o.input_key or (o.given_id and h.source == o.source):
            if h is not None and h.input_key != o.input_key:  # held by another input: changed, or --force
                self._record(ch, h.input_key, h.source, h.content_key, d, "duplicate" if not o.given_id else "replaced")
            ch.counts.stored += 1
            ch.counts.replaced += d in ch.versions
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
        if d not in ch.docs and d in ch.versions:
            ch.drop_docs.add(d)
        ch.docs[d] = o.tables
        ch.versions[d] = self.version
        ch.holders[d] = Holder(o.source, o.input_key, o.content_key)
        self._record(ch, o.input_key, o.source, o.content_key, d, "stored")

    def _record(self, ch: _Chunk, key: str, source: str, content_key: Optional[str], doc_id: Optional[str],
                status: str, error: Optional[tuple[str, str]] = None) -> None:
        """The ``sources`` row (and ``errors`` row) of one input, replacing any it had."""
        if key in ch.stored and key not in ch.sources:
            ch.drop_inputs.add(key)
        ch.sources[key] = {"input_key": key, "content_key": content_key or None, "source": source,
                           "doc_id": doc_id, "status": status, "pipeline_version": self.version}
        ch.errors.pop(key, None)
        if error is not None:
            ch.errors[key] = {"input_key": key, "doc_id": doc_id, "path": source, "stage": error[0],
                              "reason": error[1], "pipeline_version": self.version, "time": ch.now}

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


def _h64(key: str) -> int:
    """A key's first 64 bits (keys are hex digests; any other string, in tests, is hashed)."""
    try:
        return int(key[:16], 16)
    except ValueError:
        return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def _as_int(key: str) -> int:
    """An input key (128-bit hex) as an int: about half the string's memory in a set."""
    try:
        return int(key, 16)
    except ValueError:  # not a digest (tests): a hash of it
        return hash(key)
