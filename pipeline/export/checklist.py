"""The directive tree as a nested checklist: Markdown task lists or a Word document.

Headings follow the numbered items (one heading level per tree level); under each, a
check box per requirement with who acts, who leads, shares and guides the task (from the
document's responsibility notes: 牵头, 责任, 指导), its numbers (comparator, value, unit,
period) and its deadline.  Requirements outside any numbered item go under "其他要求".

>>> print(to_markdown([result]))                  # doctest: +SKIP
>>> write([result], "checklist.docx")             # doctest: +SKIP
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ..records import Quantity, Requirement, deadline_of
from ..resources import char_class, ui
from .ledger import deadline_text
from .atomic import save_whole

OTHER_HEADING = ui("export.other_requirements")
BOX_MD, BOX_DOCX = "- [ ] ", "☐ "
LABELS = {"actor": ui("checklist.label.actor"), "lead": ui("ledger.col.lead"), "partners": ui("ledger.col.partners"),
          "supervisor": ui("checklist.label.supervisor"), "numbers": ui("checklist.label.numbers"),
          "deadline": ui("ledger.col.deadline")}  # the ledger's words where it has them (export/ledger.py)
COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "~": "约", "=": "", "between": ""}
_WAN, _YI = char_class("big_lower")
MONEY_STEPS = ((1e12, _WAN + _YI), (1e8, _YI), (1e4, _WAN))

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Node:
    """One heading of the checklist: a numbered item (or the "其他要求" group) with its
    own requirements and its sub-items."""

    heading: str
    level: int  # 1 = outermost
    requirements: tuple[Requirement, ...] = ()
    children: tuple["Node", ...] = ()


# --- the tree ---------------------------------------------------------------------------

def checklist_tree(result) -> tuple[Node, ...]:
    """The result's directive tree with each requirement under its innermost numbered item;
    requirements outside every item end up in a last "其他要求" node."""
    by_id = {d.id: d for d in result.directives}
    ordered = sorted(result.directives, key=lambda d: (d.start, d.id))
    kids: dict[Optional[int], list] = {}
    for d in ordered:
        parent = d.parent if d.parent in by_id and d.parent != d.id else None
        kids.setdefault(parent, []).append(d)
    reqs: dict[Optional[int], list[Requirement]] = {}
    for r in sorted(result.requirements, key=lambda r: (r.start, r.req_id)):
        reqs.setdefault(r.directive if r.directive in by_id else None, []).append(r)

    reached: set[int] = set()

    def build(d, level: int) -> Node:
        reached.add(d.id)
        children = tuple(build(c, level + 1) for c in kids.get(d.id, ()) if c.id not in reached)
        return Node(f"{d.marker}{d.title}", level, tuple(reqs.get(d.id, ())), children)

    roots = [build(d, 1) for d in kids.get(None, ())]
    for d in ordered:  # items a broken parent chain (a cycle) keeps from every root
        if d.id not in reached:
            roots.append(build(d, 1))
    roots = tuple(roots)
    other = reqs.get(None, ())
    return roots + ((Node(OTHER_HEADING, 1, tuple(other)),) if other else ())


# --- one requirement's details ----------------------------------------------------------

def number_text(value: float, unit: str = "") -> str:
    """A value as people write it: no trailing ``.0``, big sums of money in 万/亿."""
    if unit == "元":
        for step, word in MONEY_STEPS:
            if abs(value) >= step:
                return f"{number_text(value / step)}{word}元"
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def quantity_text(q: Quantity) -> str:
    """``≥2次/年``, ``6–6.5%``, ``约50万元``; the text itself when the value is unknown."""
    if q.value is None:
        return q.text
    unit = q.unit or ""
    if q.upper is not None:
        value = f"{number_text(q.value, unit).removesuffix(unit)}–{number_text(q.upper, unit)}"
    else:
        value = number_text(q.value, unit)
    if not value.endswith(unit):
        value += unit
    sign = COMPARATOR_SIGNS.get(q.comparator, q.comparator)
    period = f"/{q.period}" if q.period else ""
    indicator = f"{q.indicator} " if q.indicator else ""
    return f"{indicator}{sign}{value}{period}"


def details(r: Requirement) -> list[tuple[str, str]]:
    """The non-empty ``(label, value)`` pairs shown after a requirement."""
    pairs = [
        (LABELS["actor"], r.actor),
        (LABELS["lead"], r.lead),
        (LABELS["partners"], "、".join(r.partners)),
        (LABELS["supervisor"], r.supervisor),
        (LABELS["numbers"], "；".join(quantity_text(q) for q in r.targets)),
        (LABELS["deadline"], deadline_text(deadline_of(r))),
    ]
    return [(k, v) for k, v in pairs if v]


def details_text(r: Requirement) -> str:
    """``（责任主体：…；牵头单位：…；责任单位：…；指标：…；完成时限：…）`` or empty."""
    pairs = details(r)
    return "（" + "；".join(f"{k}：{v}" for k, v in pairs) + "）" if pairs else ""


def one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text).strip()


def document_heading(result) -> str:
    doc = result.document
    return doc.title or doc.source


def document_meta(result) -> str:
    doc = result.document
    parts = [ui("checklist.source").format(doc.source)] + ([ui("checklist.date").format(doc.date)] if doc.date else [])
    parts.append(ui("checklist.count").format(len(result.requirements)))
    return " · ".join(parts)


# --- Markdown -----------------------------------------------------------------------------

def md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def _md_node(node: Node, out: list[str]) -> None:
    out += ["", f"{'#' * min(node.level + 1, 6)} {md_escape(node.heading)}", ""]
    if node.requirements:
        out += [f"{BOX_MD}{md_escape(r.text)}{md_escape(details_text(r))}" for r in node.requirements]
    for child in node.children:
        _md_node(child, out)


def to_markdown(results: Sequence) -> str:
    """The checklist of every result, one ``#`` section per document."""
    out: list[str] = []
    for result in results:
        if out:
            out.append("")
        out += [f"# {md_escape(document_heading(result))}", "", md_escape(document_meta(result))]
        for node in checklist_tree(result):
            _md_node(node, out)
    return _BLANK_RUNS.sub("\n\n", "\n".join(out)).strip("\n") + "\n"


def write_markdown(results: Sequence, path: Path) -> None:
    Path(path).write_text(to_markdown(results), encoding="utf-8")


# --- Word -----------------------------------------------------------------------------------

DOCX_FONT = ui("export.font.body")
DOCX_INDENT_CM = 0.6


def _east_asian_font(style, name: str) -> None:
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def _docx_node(doc, node: Node) -> None:
    from docx.shared import Cm, Pt, RGBColor

    doc.add_heading(one_line(node.heading), level=min(node.level + 1, 9))
    for r in node.requirements:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(DOCX_INDENT_CM * node.level)
        p.add_run(BOX_DOCX)
        p.add_run(one_line(r.text))
        extra = details_text(r)
        if extra:
            run = p.add_run(extra)
            run.font.size = Pt(9)
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for child in node.children:
        _docx_node(doc, child)


def write_docx(results: Sequence, path: Path) -> None:
    import docx

    doc = docx.Document()
    for name in ["Normal", "Title"] + [f"Heading {i}" for i in range(1, 10)]:
        _east_asian_font(doc.styles[name], DOCX_FONT)
    for result in results:
        doc.add_heading(one_line(document_heading(result)), level=1)
        doc.add_paragraph(document_meta(result))
        for node in checklist_tree(result):
            _docx_node(doc, node)
    save_whole(doc.save, path)


# --- by extension, atomically -----------------------------------------------------------------

WRITERS = {".md": write_markdown, ".docx": write_docx}


def format_of(path: str | os.PathLike) -> str:
    from . import suffix_in

    return suffix_in(path, WRITERS, "checklist")


def write(results: Sequence, path: str | os.PathLike) -> Path:
    """Write the checklist of ``results`` to ``path`` (.md or .docx), atomically."""
    from . import write_atomically

    return write_atomically(WRITERS[format_of(path)], results, path)
