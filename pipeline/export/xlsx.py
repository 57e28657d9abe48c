"""``.xlsx``: one sheet per table (requirements, directives, targets, documents).

Each sheet has a bold, frozen header row with a filter; columns are sized to their
content (CJK characters count double) and capped, and the text of capped columns wraps.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd

from .atomic import save_whole

SHEETS = ("requirements", "directives", "targets", "documents")
MIN_WIDTH, MAX_WIDTH = 6, 60
MAX_CELL_CHARS = 32767  # Excel's limit for one cell


def display_width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet: wide (CJK) characters count 2; the longest line counts."""
    return max((sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
                for line in str(text).splitlines() or [""]), default=0)


def column_width(header: str, values) -> tuple[float, bool]:
    """``(width, wrap)`` for a column: fitted to the widest cell, capped at MAX_WIDTH (then wrapped)."""
    widest = max([display_width(header)] + [display_width(v) for v in values if v is not None])
    return max(MIN_WIDTH, min(widest + 2, MAX_WIDTH)), widest + 2 > MAX_WIDTH


def cell_value(value):
    """A DataFrame value as openpyxl takes it: missing → empty, no control characters, not too long."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_CHARS]
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def write_sheet(ws, df: pd.DataFrame) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(list(df.columns))
    for row in df.itertuples(index=False, name=None):
        ws.append([cell_value(v) for v in row])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
    for col in ws.iter_cols(min_row=2):
        for cell in col:
            if cell.data_type == "f":  # text that starts with "=" is text, not a formula
                cell.data_type = "s"
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, name in enumerate(df.columns, start=1):
        values = [ws.cell(row=r, column=i).value for r in range(2, ws.max_row + 1)]
        width, wrapped = column_width(name, values)
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = width
        if wrapped:
            for r in range(2, ws.max_row + 1):
                ws.cell(row=r, column=i).alignment = wrap
    ws.freeze_panes = "A2"
    if len(df.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(df.columns))}{max(ws.max_row, 1)}"


def write(results, path: Path) -> None:
    from openpyxl import Workbook

    from ..pipeline import tables

    wb = Workbook()
    wb.remove(wb.active)
    for kind in SHEETS:
        write_sheet(wb.create_sheet(kind), tables(results, kind))
    save_whole(wb.save, path)
