"""Staff's corrections of a requirement table, applied to the records before export.

The page keeps the edits per document in the browser (``localStorage``) and sends them with
each download as JSON: ``{"<req_id>": {"actor": …, "lead": …, "partners": …, "deadline": …,
"note": …, "status": …, "dropped": true}}``.  Only fields staff changed are present.  The
records themselves stay frozen: :func:`apply_edits` returns a new :class:`Result` whose
requirements carry the edits (dropped rows left out), and the 备注 texts (status and note)
that the ledger writes beside them.
"""
from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..records import evolve
from ..resources import ui

STATUSES = tuple(ui(f"web.status.{s}") for s in ("not_started", "in_progress", "done"))
DEFAULT_STATUS = STATUSES[0]
TEXT_FIELDS = ("actor", "lead", "partners", "deadline", "note")
MAX_FIELD_CHARS = 500  # one cell; longer input is cut, never refused
MAX_EDITS_BYTES = 2 * 1024 * 1024

_PARTNER_SPLIT = re.compile(r"[、，,；;\s]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class EditsError(ValueError):
    """The edits sent with a download are not what the page sends."""


@dataclass(frozen=True)
class Edit:
    """One row's corrections; ``None`` where staff left the extracted value."""

    actor: str | None = None
    lead: str | None = None
    partners: str | None = None
    deadline: str | None = None
    note: str = ""
    status: str = ""
    dropped: bool = False


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise EditsError(f"{name} must be text")
    return _CONTROL.sub("", value).strip()[:MAX_FIELD_CHARS]


def parse_edits(raw: str | bytes | Mapping | None) -> dict[int, Edit]:
    """The edits as sent by the page (JSON text or an already parsed mapping) → ``{req_id: Edit}``.
    Unknown fields are ignored; a status outside 未开始/推进中/已完成 is refused."""
    if raw is None or raw == "" or raw == b"":
        return {}
    if isinstance(raw, (str, bytes)):
        if len(raw) > MAX_EDITS_BYTES:
            raise EditsError("edits too large")
        try:
            raw = json.loads(raw)
        except ValueError as exc:
            raise EditsError(f"edits are not JSON: {exc}") from None
    if not isinstance(raw, Mapping):
        raise EditsError("edits must be an object keyed by requirement number")
    out: dict[int, Edit] = {}
    for key, row in raw.items():
        try:
            req_id = int(key)
        except (TypeError, ValueError):
            raise EditsError(f"not a requirement number: {key!r}") from None
        if not isinstance(row, Mapping):
            raise EditsError(f"row {req_id}: edits must be an object")
        kw: dict[str, Any] = {}
        for name in TEXT_FIELDS:
            if name in row and row[name] is not None:
                kw[name] = _text(row[name], name)
        if row.get("status"):
            status = _text(row["status"], "status")
            if status not in STATUSES:
                raise EditsError(f"row {req_id}: status must be one of {'/'.join(STATUSES)}")
            kw["status"] = status
        kw["dropped"] = bool(row.get("dropped", False))
        out[req_id] = Edit(**kw)
    return out


def split_partners(text: str) -> tuple[str, ...]:
    """``财政局、人社局，税务局`` → three units (staff type any of 、，,；; or spaces)."""
    return tuple(p for p in _PARTNER_SPLIT.split(text or "") if p)


def remark_of(edit: Edit) -> str:
    """The 备注 cell: the status staff set (when not 未开始) and their note."""
    status = edit.status if edit.status and edit.status != DEFAULT_STATUS else ""
    return "；".join(x for x in (status, edit.note) if x)


def apply_edits(result, edits: Mapping[int, Edit]):
    """``(edited_result, remarks)``: the requirements with staff's values (dropped rows left out)
    and ``{(doc_id, req_id): 备注}`` for :func:`pipeline.export.ledger.to_xlsx`."""
    reqs, remarks = [], {}
    for r in result.requirements:
        e = edits.get(r.req_id)
        if e is None:
            reqs.append(r)
            continue
        if e.dropped:
            continue
        changes: dict[str, Any] = {}
        if e.actor is not None:
            changes["actor"] = e.actor
        if e.lead is not None:
            changes["lead"] = e.lead
        if e.partners is not None:
            changes["partners"] = split_partners(e.partners)
        if e.deadline is not None:
            changes["deadline"] = e.deadline or None
        reqs.append(evolve(r, **changes) if changes else r)
        if remark := remark_of(e):
            remarks[(result.doc_id, r.req_id)] = remark
    return replace(result, requirements=tuple(reqs)), remarks


def status_of(edits: Mapping[int, Edit], req_id: int) -> str:
    e = edits.get(req_id)
    return e.status if e is not None and e.status else DEFAULT_STATUS


def note_of(edits: Mapping[int, Edit], req_id: int) -> str:
    e = edits.get(req_id)
    return e.note if e is not None else ""
