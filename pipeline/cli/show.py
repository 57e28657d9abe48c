"""A readable requirement table on the terminal (rich)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _num(q) -> str:
    if q is None or q.value is None:
        return ""
    v = f"{q.value:g}"
    if q.upper is not None:
        v += f"–{q.upper:g}"
    sym = {">=": "≥", "<=": "≤", "between": "", "=": ""}.get(q.comparator, q.comparator)
    per = f"/{q.period}" if q.period else ""
    return f"{sym}{v}{q.unit or ''}{per}"


def show_table(result, console: Console | None = None) -> None:
    if console is None:
        probe = Console()
        console = Console(width=None if probe.is_terminal else 180)
    doc = result.document
    console.print(f"[bold]{doc.title or doc.source}[/bold]  {doc.source}  {doc.chars} chars  doc_id {doc.doc_id}")
    console.print(f"{len(result.directives)} directives, {len(result.targets)} targets, "
                  f"{len(result.requirements)} requirements")
    if result.requirements:
        t = Table(show_lines=False, header_style="bold")
        for col in ("#", "path", "modality", "actor", "requirement", "numbers", "deadline", "category"):
            t.add_column(col, overflow="fold", no_wrap=col in ("#", "path", "modality", "numbers", "deadline"),
                         ratio=4 if col == "requirement" else None)
        for r in result.requirements:
            t.add_row(str(r.req_id), "/".join(result.directive_path(r.directive)), r.modality, r.actor,
                      r.text if len(r.text) <= 50 else r.text[:48] + "…",
                      "; ".join(_num(q) for q in r.targets), r.deadline or "", r.category)
        console.print(t)
    elif result.directives:
        t = Table(header_style="bold")
        for col in ("path", "title"):
            t.add_column(col)
        for d in result.directives:
            t.add_row("/".join(result.directive_path(d.id)), d.title)
        console.print(t)
    for f in result.flags:
        console.print(f"[yellow]warning[/yellow] {f.code}: {f.message}")
