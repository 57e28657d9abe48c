"""The work ledger (工作台账 / 任务分解表): the requirement table in the form staff hand in.

One row per requirement, under the columns 序号, 工作任务, 具体要求, 牵头单位, 责任单位,
完成时限, 量化指标, 备注:

* 工作任务 is the requirement's innermost numbered item, its markers along the tree and its
  title (``二、（三）加强基础设施建设``); requirements outside every item share one last task,
  ``其他要求``.  The rows of one task follow each other and its cell is merged over them.
* 序号 numbers the *tasks* 1, 2, 3 …, merged like the task cell, as a Chinese 台账 does: the
  number is what a report-back cites ("第3项任务"), and the rows under it are its parts.
* 牵头单位 is ``Requirement.lead`` (the actor where no lead is given), 责任单位 the partners
  joined by 、, 完成时限 the deadline (its own, else its targets') as people write it
  (2026年6月底前, 2021—2025年, 长期坚持),
  量化指标 the targets (``≥ 40%``, ``≥ 1 次/年``, ``6–6.5%``); 备注 is left for staff.

Both files are print-ready: A4 landscape, the header row repeated on every page, wrapped
text, a title line and a 填报单位/填报日期 line above the table.  Several documents give one
sheet (``.xlsx``) or one landscape section (``.docx``) each.  Writing is atomic.

>>> to_xlsx(result, "ledger.xlsx")                 # doctest: +SKIP
>>> to_docx([r1, r2], "ledger.docx")               # doctest: +SKIP
"""
from __future__ import annotations

import calendar
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..deadlines import UNKNOWN_YEAR
from ..errors import ZhpolicyError
from ..quantities.lexicon import words_of
from ..records import Quantity, Requirement, deadline_of
from ..resources import char_class, ui
from .atomic import save_whole

COLUMNS = tuple(ui(f"ledger.col.{c}") for c in ("seq", "task", "requirement", "lead", "partners", "deadline",
                                              "numbers", "note"))
OTHER_TASK = ui("export.other_requirements")
OPEN_DEADLINE = ui("ledger.open_deadline")
TITLE_SUFFIX = ui("ledger.title_suffix")
FILL_LINE = ui("ledger.fill_unit") + "\u3000" * 12 + ui("ledger.fill_date") \
    + "\u3000" * 3 + "年" + "\u3000" * 2 + "月" + "\u3000" * 2 + "日"
TASK_MAX_CHARS = 30  # a task title longer than this (an item without a heading) is shortened

COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "~": "约", "=": "", "between": ""}
_WAN, _YI = char_class("big_lower")
BIG_STEPS = ((1e12, _WAN + _YI), (1e8, _YI), (1e4, _WAN))
RANGE_DASH = "–"  # between two numbers (6–6.5%)
YEARS_DASH = "—"  # between two years (2021—2025年), as Chinese official text writes it

_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CLAUSE_END = re.compile(r"[，；：。！？,;:]")
_YEAR = re.compile(r"(\d{4})")
_YEAR_RANGE = re.compile(r"(\d{4})/(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FRACTION_DIGIT = "[" + char_class("ledger_fraction_numeral") + r"\d.]"
_FRACTION = re.compile(rf"{_FRACTION_DIGIT}+{words_of('fraction_of')[0]}{_FRACTION_DIGIT}+"
                       r"|\d+(?:\.\d+)?\s*[:：∶]\s*\d+(?:\.\d+)?")
_BEFORE_UNIT_NO_SPACE = re.compile(r"^[%‰‱℃°′″]")


@dataclass(frozen=True)
class Task:
    """One numbered item of the ledger with the requirements in it (in text order)."""

    number: int  # 1, 2, 3 … in the ledger
    title: str  # "二、（三）加强基础设施建设" or "其他要求"
    requirements: tuple[Requirement, ...]


# --- cell texts ------------------------------------------------------------------------------

def clean(text: str | None) -> str:
    """One line, without control characters (neither xlsx nor docx takes them)."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text or "")).strip()


def deadline_text(deadline: str | None) -> str:
    """A normalised deadline as people write it: ``2026-12-31`` → 2026年底前,
    ``2026-06-30`` → 2026年6月底前,
    ``2026-06-15`` → 2026年6月15日前, ``2025`` → 2025年, ``2021/2025`` → 2021—2025年,
    ``open`` → 长期坚持, ``XXXX-12-31`` → 年底前（年份不详）; empty stays empty and anything unknown
    is shown as it is."""
    d = (deadline or "").strip()
    if not d:
        return ""
    if d == "open":
        return OPEN_DEADLINE
    if d.startswith(UNKNOWN_YEAR + "-"):  # XXXX-12-31: 年底前 in a document whose year is not known
        t = deadline_text("2001" + d[4:]).removeprefix("2001")  # a stand-in year, then taken off
        return (t[1:] if t[1:2].isdigit() else t) + ui("ledger.deadline.unknown_year")
    if m := _YEAR_RANGE.fullmatch(d):
        return f"{m[1]}{YEARS_DASH}{m[2]}年"
    if _YEAR.fullmatch(d):
        return f"{d}年"
    if m := _YEAR_MONTH.fullmatch(d):
        return ui("ledger.deadline.month_end").format(m[1], int(m[2]))
    if m := _DATE.fullmatch(d):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if month == 12 and day == 31:
            return ui("ledger.deadline.year_end").format(year)
        if 1 <= month <= 12 and day == calendar.monthrange(year, month)[1]:
            return ui("ledger.deadline.month_end").format(year, month)
        return ui("ledger.deadline.day").format(year, month, day)
    return d


def number_text(value: float) -> str:
    """No trailing ``.0``; at most four decimals."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _big_step(q: Quantity, unit: str) -> tuple[float, str]:
    """万/亿 for big numbers as Chinese text writes them (1.2万人, 3.5亿元): always for money,
    for other units only where the result stays short (12345人 stays as it is)."""
    values = [q.value] + ([q.upper] if q.upper is not None else [])
    biggest = max(abs(v) for v in values)
    for step, word in BIG_STEPS:
        if biggest >= step and (unit == "元" or all(round(v / step, 2) == v / step for v in values)):
            return step, word
    return 1.0, ""


def target_text(q: Quantity) -> str:
    """A target as a reader scans it: ``≥ 40%``, ``≥ 1 次/年``, ``6–6.5%``, ``≤ 5 万元``;
    the text itself where the value is unknown."""
    if q.value is None:
        return clean(q.text)
    unit = q.unit or ""
    written = _FRACTION.search(q.text) if q.kind in ("fraction", "ratio") else None
    if written:  # 三分之一, 1:3 read better as written than as 0.3333
        value, unit = written[0], ""
    else:
        scale, word = _big_step(q, unit) if unit not in ("%", "‰", *words_of("points")) else (1.0, "")
        unit = word + unit
        value = number_text(q.value / scale)
        if q.upper is not None:
            value += RANGE_DASH + number_text(q.upper / scale)
    if unit:
        value += unit if _BEFORE_UNIT_NO_SPACE.match(unit) else f" {unit}"
    sign = COMPARATOR_SIGNS.get(q.comparator, q.comparator)
    period = f"/{q.period}" if q.period else ""
    return f"{sign} {value}{period}" if sign else f"{value}{period}"


def targets_text(r: Requirement) -> str:
    return "；".join(t for t in (target_text(q) for q in r.targets) if t)


def lead_of(r: Requirement) -> str:
    """The leading unit; where the text names none, whoever the requirement addresses."""
    return clean(r.lead) or clean(r.actor)


def partners_of(r: Requirement) -> str:
    return "、".join(p for p in (clean(p) for p in r.partners) if p)


def requirement_cells(r: Requirement, remark: str = "") -> tuple[str, ...]:
    """The cells of one row after 序号 and 工作任务: 具体要求 … 备注 (``remark``: what staff
    wrote, e.g. on the web page; empty in a fresh ledger)."""
    return (clean(r.text), lead_of(r), partners_of(r), deadline_text(deadline_of(r)), targets_text(r), clean(remark))


def _remark(remarks, result, r: Requirement) -> str:
    return remarks.get((result.doc_id, r.req_id), "") if remarks else ""


def short_title(title: str) -> str:
    """An item's title fit for a task cell: an item without a heading has its first sentence
    as its title, so a long one is cut at its first clause, then at TASK_MAX_CHARS."""
    title = clean(title).rstrip("。；;，,：: ")
    if len(title) <= TASK_MAX_CHARS:
        return title
    m = _CLAUSE_END.search(title)
    if m and 4 <= m.start() <= TASK_MAX_CHARS:
        return title[:m.start()]
    return title[:TASK_MAX_CHARS - 1] + "…"


# --- the tasks ---------------------------------------------------------------------------------

def task_title(result, directive_id: int | None) -> str:
    """``二、（三）加强基础设施建设``: the markers along the tree and the innermost item's title."""
    d = result.directive(directive_id)
    if d is None:
        return OTHER_TASK
    return "".join(result.directive_path(directive_id)) + short_title(d.title)


def ledger_tasks(result) -> tuple[Task, ...]:
    """The result's requirements grouped by their innermost numbered item, items in text
    order (a parent before its sub-items), each item's requirements in text order; the
    requirements outside every item form the last task, 其他要求."""
    groups: dict[int | None, list[Requirement]] = {}
    for r in sorted(result.requirements, key=lambda r: (r.start, r.req_id)):
        key = r.directive if result.directive(r.directive) is not None else None
        groups.setdefault(key, []).append(r)
    keys = sorted((k for k in groups if k is not None), key=lambda k: (result.directive(k).start, k))
    if None in groups:
        keys.append(None)
    return tuple(Task(i, task_title(result, k), tuple(groups[k])) for i, k in enumerate(keys, start=1))


def ledger_rows(result, remarks=None) -> list[tuple[str, ...]]:
    """The ledger as plain rows (序号 and 工作任务 repeated on every row of a task)."""
    return [(str(t.number), t.title) + requirement_cells(r, _remark(remarks, result, r))
            for t in ledger_tasks(result) for r in t.requirements]


def document_title(result) -> str:
    doc = result.document
    title = clean(doc.title)
    if not title:
        source = doc.source or ""
        title = Path(source).stem if source and not source.startswith("<") else ui("export.untitled")
    return title


def ledger_title(result) -> str:
    """``《title》工作台账``; book-title marks inside the title become 〈〉."""
    title = document_title(result).replace("《", "〈").replace("》", "〉")
    return f"《{title}》{TITLE_SUFFIX}"


# --- xlsx ----------------------------------------------------------------------------------------

XLSX_WIDTHS = (6, 24, 56, 16, 20, 14, 16, 10)  # characters of the default font
XLSX_CENTERED = frozenset(COLUMNS[i] for i in (0, 3, 4, 5, 6))  # 序号, the units, 完成时限, 量化指标
XLSX_FONT = ui("export.font.body")
XLSX_LINE_HEIGHT = 14.5  # points per line of 11-point text
XLSX_TITLE_FONT = ui("export.font.title")
TITLE_ROW, FILL_ROW, HEADER_ROW = 1, 2, 3
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_names(results) -> list[str]:
    """One sheet name per document: 工作台账 alone, else ``N 标题`` (Excel: ≤ 31 characters)."""
    if len(results) == 1:
        return [TITLE_SUFFIX]
    return [f"{i} {_SHEET_FORBIDDEN.sub('', document_title(r))}"[:31].strip() for i, r in enumerate(results, 1)]


def _xlsx_sheet(ws, result, remarks=None) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    last_col = get_column_letter(len(COLUMNS))
    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    body = Font(name=XLSX_FONT, size=11)

    ws.cell(TITLE_ROW, 1, ledger_title(result)).font = Font(name=XLSX_TITLE_FONT, size=16, bold=True)
    ws.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 36
    ws.cell(FILL_ROW, 1, FILL_LINE).font = body
    ws.cell(FILL_ROW, 1).alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells(f"A{FILL_ROW}:{last_col}{FILL_ROW}")
    ws.row_dimensions[FILL_ROW].height = 22

    for c, name in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, c, name)
        cell.font = Font(name=XLSX_TITLE_FONT, size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = grid
        ws.column_dimensions[get_column_letter(c)].width = XLSX_WIDTHS[c - 1]
    ws.row_dimensions[HEADER_ROW].height = 24

    aligns = {name: Alignment(horizontal="center" if name in XLSX_CENTERED else "left", vertical="center",
                              wrap_text=True) for name in COLUMNS}
    row = HEADER_ROW + 1
    for task in ledger_tasks(result):
        first = row
        for r in task.requirements:
            values = (task.number, task.title) + requirement_cells(r, _remark(remarks, result, r))
            for c, (name, value) in enumerate(zip(COLUMNS, values), start=1):
                cell = ws.cell(row, c, value if value != "" else None)
                if cell.data_type == "f":  # text that starts with "=" is text, not a formula
                    cell.data_type = "s"
                cell.font, cell.alignment, cell.border = body, aligns[name], grid
            row += 1
        if row - 1 > first:
            for c in (1, 2):
                letter = get_column_letter(c)
                ws.merge_cells(f"{letter}{first}:{letter}{row - 1}")
            _fit_merged_task(ws, first, row - 1, task.title)
    last_row = max(row - 1, HEADER_ROW)

    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last_col}{last_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = ui("ledger.footer")


def _lines(text, width: float) -> int:
    """Lines a wrapped cell of ``width`` takes (CJK characters count double), at least 1."""
    wide = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in str(text or ""))
    return max(1, -(-wide // max(int(width) - 2, 1)))


def _fit_merged_task(ws, first: int, last: int, title: str) -> None:
    """Excel fits a row's height to its wrapped cells but ignores merged ones: where a task's
    title needs more lines than its rows give, set the rows' heights so that it shows whole."""
    rows = range(first, last + 1)
    own = [max(_lines(ws.cell(r, c).value, XLSX_WIDTHS[c - 1]) for c in range(3, len(COLUMNS) + 1)) for r in rows]
    missing = _lines(title, XLSX_WIDTHS[1]) - sum(own)
    if missing > 0:
        own[-1] += missing
        for r, n in zip(rows, own):
            ws.row_dimensions[r].height = n * XLSX_LINE_HEIGHT + 4


def write_xlsx(results: Sequence, path, remarks=None) -> None:
    """The ledger workbook at ``path`` (not atomic: :func:`to_xlsx` is); ``remarks`` maps
    ``(doc_id, req_id)`` to the text of the 备注 cell."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, result in zip(_sheet_names(results), results):
        _xlsx_sheet(wb.create_sheet(name), result, remarks)
    save_whole(wb.save, path)


# --- docx ----------------------------------------------------------------------------------------

DOCX_WIDTHS_CM = (1.2, 4.2, 8.0, 2.8, 3.2, 2.3, 2.4, 1.6)  # 25.7 cm: A4 landscape less 2 cm margins
DOCX_FONT = ui("export.font.body")
DOCX_TITLE_FONT = ui("export.font.title")
DOCX_LATIN_FONT = "Times New Roman"


def _set_fonts(element, east_asian: str, latin: str = DOCX_LATIN_FONT) -> None:
    """``w:rFonts`` of a style or run: ``w:eastAsia`` is the font Word uses for CJK text."""
    from docx.oxml.ns import qn

    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def _repeat_header(row) -> None:
    """Mark a table row as a header row that Word repeats at the top of every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "true")
        trpr.append(el)


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # w:tcPr is a sequence: the shading goes before noWrap … vAlign, or Word calls the file corrupt
    cell._tc.get_or_add_tcPr().insert_element_before(
        shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
        "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


def _landscape(section) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.8)


def _fill(cell, text, *, bold=False, center=False, width=None) -> None:
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if width is not None:
        cell.width = width
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(str(text))
        if bold:
            run.bold = True


def _docx_document(doc, result, remarks=None) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(ledger_title(result))
    run.bold, run.font.size = True, Pt(16)
    _set_fonts(run._r, DOCX_TITLE_FONT)
    doc.add_paragraph(FILL_LINE)

    widths = [Cm(w) for w in DOCX_WIDTHS_CM]
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    header = table.rows[0]
    _repeat_header(header)
    for cell, name, w in zip(header.cells, COLUMNS, widths):
        _fill(cell, name, bold=True, center=True, width=w)
        _shade(cell, "D9D9D9")

    centered = [name in XLSX_CENTERED for name in COLUMNS]
    for task in ledger_tasks(result):
        first = last = None
        for r in task.requirements:
            cells = table.add_row().cells
            cells_ = requirement_cells(r, _remark(remarks, result, r))
            values = (task.number, task.title) + cells_ if first is None else ("", "") + cells_
            for cell, value, w, mid in zip(cells, values, widths, centered):
                _fill(cell, value, center=mid, width=w)
            first = first or cells
            last = cells
        if first is not last:
            for c in (0, 1):
                first[c].merge(last[c])


def write_docx(results: Sequence, path, remarks=None) -> None:
    """The ledger document at ``path`` (not atomic: :func:`to_docx` is); ``remarks`` as for
    :func:`write_xlsx`."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.shared import Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)  # 五号
    _set_fonts(normal.element, DOCX_FONT)
    _set_fonts(doc.styles["Table Grid"].element, DOCX_FONT)
    _landscape(doc.sections[0])
    for i, result in enumerate(results):
        if i:
            _landscape(doc.add_section(WD_SECTION.NEW_PAGE))
        _docx_document(doc, result, remarks)
    save_whole(doc.save, path)


# --- entry points: one Result or several, atomically ----------------------------------------------

WRITERS = {".xlsx": write_xlsx, ".docx": write_docx}


def _as_list(results) -> list:
    return [results] if hasattr(results, "requirements") else list(results)


def format_of(path: str | os.PathLike) -> str:
    from . import suffix_in

    return suffix_in(path, WRITERS, "ledger")


def _write(writer, results, path: str | os.PathLike, remarks=None) -> Path:
    from functools import partial

    from . import write_atomically

    try:
        writer = writer if remarks is None else partial(writer, remarks=remarks)
        return write_atomically(writer, _as_list(results), path)
    except OSError as exc:  # unwritable folder, disk full: one line naming the file
        raise ZhpolicyError(str(path), f"cannot write: {exc.strerror or exc}", stage="write") from exc


def to_xlsx(results, path: str | os.PathLike, *, remarks=None) -> Path:
    """Write the ledger of one Result or several to ``path`` (.xlsx), atomically; ``remarks``
    maps ``(doc_id, req_id)`` to a 备注 text (the web page's status and note)."""
    return _write(write_xlsx, results, path, remarks)


def to_docx(results, path: str | os.PathLike, *, remarks=None) -> Path:
    """Write the ledger of one Result or several to ``path`` (.docx), atomically."""
    return _write(write_docx, results, path, remarks)


def write(results, path: str | os.PathLike, *, remarks=None) -> Path:
    """Write the ledger to ``path``, .xlsx or .docx by its extension, atomically."""
    return _write(WRITERS[format_of(path)], results, path, remarks)
