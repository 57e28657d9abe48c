"""The numbered directive tree.

1. :func:`.markers.find_candidates` proposes every marker-like token at a place its
   style allows, outside quotations and titles of other documents.
2. Enumerations (``一是``, ``一要``, ``第一，``, ``首先/其次/最后``) count only as a series:
   a run starts with number 1 at a sentence or clause start and goes on with 2, 3, …
   of the same style, with no heading in between; a lone ``一是`` is dropped (and
   flagged).
3. Headings (``一、``, ``（一）``, ``1.``, ``第一章`` …) on a line of their own always
   count; in the middle of a line (a text that lost its line breaks, or run-in
   ``（一）`` items) they count only where they continue or start a series.  Such a
   run-on heading ends after its heading noun (see :mod:`.titles`), and a marker may
   follow right there (``一、关于…问题第一，…``).
4. The tree: styles nest in the order the document uses them (a stack of open
   items); a heading never sits inside an enumeration, so enumerations before the
   first heading have no parent.  ``（一）`` items that keep counting across sections
   are children of their section.  Skipped, repeated and restarted numbers are kept
   and flagged.
5. Each item's extent runs to the next item of the same or a higher level (or to the
   closing/signature lines); its title is the rest of its heading line, or the text up
   to the first 。；： for a run-in item (see :mod:`.titles`).

Around these steps: a table of contents (目录) and a list of attachments (附件：1.…) hold
no items; decimal numbers (1 / 1.1 / 1.2.1) count where the document bears them out;
a number alone on its line counts only as a series in an annex (a flattened table);
statute headings glued to their first article (第二章环境影响评价第八条…) end there; an
unnumbered heading line (工作要求) closes the run-in items above it; a series may start
after a comma when its 2 follows in the same sentence; enumerations nest by their rank
(``nest`` in markers.tsv), and not inside a run-in item when the speaker announces a
list of his own (我提几点希望。一是…).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from ..records import Directive, Flag
from .blocks import annex_starts, attachment_lists, contents_span, plain_heading_lines, stops
from .flat_tables import find_tables, row_title
from .markers import (STYLE_BY_NAME, STYLES, Candidate, find_candidates, glued_children, load_phrases,
                      position_kind)
from .titles import item_title

_NEWLINE = re.compile("\n")
LIST_CUES: tuple[str, ...] = tuple(p for p, _ in load_phrases("list_cue"))
SPEAKER_CUES: tuple[str, ...] = tuple(p for p, _ in load_phrases("speaker_cue"))
_RANK = {s.name: s.nest for s in STYLES}  # an enumeration nests only in one of the same or a lower rank number
_DOTTED = re.compile(r"[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})*")
_ANNOUNCE_MAX = 80  # the announcing sentence before a list is short
_TERMINATOR = re.compile(r"[。！？；!?;]")
_AFTER_TERMINATOR = " \t\u3000。！？；!?;”’」』）)】》"
_STRONG = ("line", "sentence", "caption", "clause")
_SPACE = " \t\u3000\n"


@dataclass(frozen=True)
class _Open:
    """An item still open on the stack while the tree is built."""

    index: int  # into the accepted list
    style: str
    kind: str
    number: int
    run: int  # enumeration run id (-1 for headings)
    bare: bool = False  # a heading line without any sentence mark


def _flag(code: str, c: Candidate, message: str) -> Flag:
    return Flag(code, f"{message} at {c.marker!r}", c.start, c.end)


def _line_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def is_heading_line(text: str, c: Candidate) -> bool:
    """A marker at a line start whose line holds one sentence at most: a heading line
    (``第一，全国动员，大办农业``, ``一是联合港澳承办十五运会。``), not a run-in paragraph."""
    if c.at != "line":
        return False
    eol = _line_end(text, c.end)
    m = _TERMINATOR.search(text, c.end, eol)
    if m is None:
        return True
    rest = text[m.end():eol]
    return not rest.strip(_AFTER_TERMINATOR)


def _line_before(line_starts: Sequence[int], i: int) -> int:
    """The start of the line before the one holding ``i`` (-1 on the first line)."""
    k = bisect_right(line_starts, i) - 1
    return line_starts[k - 1] if k > 0 else -1


def is_bare_line(text: str, c: Candidate) -> bool:
    """A marker at a line start whose line has no sentence mark at all (一、总体要求)."""
    return c.at == "line" and _TERMINATOR.search(text, c.end, _line_end(text, c.end)) is None


def _opens_list(text: str, c: Candidate) -> bool:
    """The line before the marker announces a list: it ends with a colon, or its last
    sentence holds a cue (…以下几个问题。 …讲几点意见。)."""
    j = c.start - 1
    while j >= 0 and text[j] in _SPACE:
        j -= 1
    if j < 0 or "\n" not in text[j:c.start]:
        return False
    if text[j] in "：:":
        return True
    k = j - 1
    lo = max(text.rfind("\n", 0, j) + 1, j - 200)
    while k >= lo and text[k] not in "。！？；":
        k -= 1
    last = text[k + 1:j + 1]
    return any(cue in last for cue in LIST_CUES)


def _enumeration_runs(cands: Sequence[Candidate], resets: Sequence[int], heading_line: Sequence[bool],
                      comma_starts: frozenset[int] = frozenset()
                      ) -> tuple[dict[int, tuple[int, int]], list[Flag]]:
    """Enumeration candidates that form a series: {candidate index: (run id, number)}.

    A run starts with 1 at a sentence or clause start (or after a comma, in
    ``comma_starts``: 座谈会，一是…，二是…) and goes on with 2, 3, … of the
    same style.  A heading or an attachment line between two items ends it, unless both
    items are heading lines of their own (第一，… / （一）… / 第二，…)."""
    barriers = sorted([c.start for c in cands if c.kind == "heading" and c.at in ("line", "sentence", "caption")]
                      + list(resets))
    keep: dict[int, tuple[int, int]] = {}
    flags: list[Flag] = []
    run_id = 0
    by_style: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if c.kind == "enum":
            by_style.setdefault(c.style, []).append(i)

    def close(run: list[tuple[int, int]]) -> None:
        nonlocal run_id
        if len(run) >= 2:
            for i, num in run:
                keep[i] = (run_id, num)
            run_id += 1
        elif len(run) == 1 and cands[run[0][0]].style != "cn_order":
            flags.append(_flag("lone_enumeration", cands[run[0][0]], "an enumeration with no second item"))

    def blocked(a: int, b: int) -> bool:
        lo, hi = cands[a].start, cands[b].start
        k = bisect_right(barriers, lo)
        if not (k < len(barriers) and barriers[k] < hi):
            return False
        if heading_line[a] and heading_line[b]:
            r = bisect_right(resets, lo)
            return r < len(resets) and resets[r] < hi
        return True

    for style, idx in by_style.items():
        run: list[tuple[int, int]] = []
        for i in idx:
            c = cands[i]
            if run and c.number != 1:
                last_i, last = run[-1]
                number = last + 1 if c.number == 0 else c.number
                if not blocked(last_i, i):
                    if number == last + 1:
                        run.append((i, number))
                    elif number in (last + 2, last + 3) and c.at in _STRONG:
                        flags.append(_flag("skipped_number", c, f"number {last + 1} is missing"))
                        run.append((i, number))
                    elif number == last and c.at in _STRONG:
                        flags.append(_flag("repeated_number", c, f"number {number} comes twice"))
                        run.append((i, number))
                continue  # else a stray token, not part of the series
            if c.number == 1 and (c.at in _STRONG or i in comma_starts):
                close(run)
                run = [(i, 1)]
        close(run)
    return keep, flags


def _is_run_on(c: Candidate) -> bool:
    """A heading style that stands on a line of its own, found inside a line: its line
    break was lost, so its title runs into the body."""
    return c.kind == "heading" and c.at != "line" and STYLE_BY_NAME[c.style].mid == "sentence"


def _run_on_heading_ends(text: str, cands: Sequence[Candidate]) -> list[int]:
    """Where run-on headings end inside a clause (a marker may follow there)."""
    out = []
    for c in cands:
        if _is_run_on(c):
            _, end = item_title(text, c.end, run_on=True)
            if end < len(text) and position_kind(text, end) is None:
                out.append(end)
    return out


def _next_numbers(cands: Sequence[Candidate]) -> list[Optional[int]]:
    """For each candidate, the number of the next candidate of the same style."""
    out: list[Optional[int]] = [None] * len(cands)
    seen: dict[str, int] = {}
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        out[i] = seen.get(c.style)
        seen[c.style] = c.number
    return out


class _Tree:
    """The stack of open items and what has been numbered so far."""

    def __init__(self) -> None:
        self.accepted: list[tuple[Candidate, Optional[int], int, int]] = []  # (cand, parent, level, number)
        self.stack: list[_Open] = []
        self.last_child: dict[tuple[Optional[int], str], int] = {}
        self.last_global: dict[str, int] = {}
        self.continued: set[str] = set()
        self.flags: list[Flag] = []
        self.after_plain = False  # an unnumbered heading line stands between the last item and the next
        self.run_parent: dict[int, Optional[int]] = {}  # a series' run id -> the parent of its first item

    def reset(self) -> None:
        self.stack.clear()
        self.last_child.clear()
        self.last_global.clear()

    def push(self, c: Candidate, kind: str, number: int, run: int, bare: bool = False) -> None:
        parent = self.stack[-1].index if self.stack else None
        k = len(self.accepted)
        self.accepted.append((c, parent, len(self.stack) + 1, number))
        self.stack.append(_Open(k, c.style, kind, number, run, bare))
        self.after_plain = False
        self.last_child[(parent, c.style)] = number
        self.last_global[c.style] = number

    def _pop_enums(self) -> None:
        while self.stack and self.stack[-1].kind == "enum":
            self.stack.pop()

    def close_run_in(self) -> None:
        """An unnumbered heading line (工作要求) ends every open item but the sections
        whose heading is a line of its own: the items below it start afresh."""
        while self.stack and not (self.stack[-1].kind == "heading" and self.stack[-1].bare):
            self.stack.pop()
        self.after_plain = True

    def enumeration(self, c: Candidate, run: int, number: int, run_goes_on: bool, same_paragraph: bool,
                    announced: bool = False) -> None:
        """Place an item of a series.  It does not nest inside an item of a style ranked
        below its own (十是… does not hold 第一，…), nor, when the speaker has just announced
        a list of his own (我提几点希望。一是…), inside any run-in item."""
        stack = self.stack
        pos = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].style == c.style), None)
        if pos is not None:
            del stack[pos:]
        elif run in self.run_parent:  # 首先…第一…第三…最后: a series goes on where it began
            want = self.run_parent[run]
            while stack and stack[-1].kind == "enum" and stack[-1].index != want:
                stack.pop()
        while pos is None and stack and stack[-1].kind == "enum" and (
                announced or _RANK.get(stack[-1].style, 0) > _RANK.get(c.style, 0)):
            stack.pop()
        if pos is not None:
            pass
        elif stack and stack[-1].kind == "enum" and number == 1 and not (run_goes_on or same_paragraph):
            self._pop_enums()  # a new series after a finished one: a sibling, not a child
        parent = stack[-1].index if stack else None
        before = self.last_child.get((parent, c.style))
        if before is not None and number <= before:
            self.flags.append(_flag("new_series", c, f"a second series under the same item, after {before}"))
        self.run_parent.setdefault(run, parent)
        self.push(c, "enum", number, run)

    def heading(self, c: Candidate, bare: bool, opens_list: bool, next_number: Optional[int],
                line_before: int = -1) -> None:
        """Place a heading: as the next sibling of the open item of its style, or as a
        child of the innermost open item.  A style may stand at two levels when an
        item holds a list of its own style (…以下几点：\n一、…。): a restart at 1 after
        a colon, or in the other shape (run-in sentences under bare heading lines),
        opens such a list; later numbers go to the level whose numbering and shape fit."""
        self._pop_enums()
        stack = self.stack
        n = c.number
        places = [k for k, o in enumerate(stack) if o.style == c.style]
        target: Optional[int] = None
        if places:
            inner = places[-1]
            # a colon opens a list inside a heading line's section, or inside a run-in item
            # whose own paragraph ends with it (not one a paragraph of its own has ended)
            own = stack[inner].bare or self.accepted[stack[inner].index][0].start >= line_before
            opens = opens_list and own
            # a restart at 1 inside a section whose heading is a line of its own, or right under a
            # run-in item (its own paragraph just before): a list inside it; after a paragraph or an
            # unnumbered heading of its own, a run-in list restarts anew
            restart_in = stack[inner].bare or (own and not self.after_plain and not opens_list)
            if n == 1 and c.at not in ("line", "comma") and stack[inner].number > 1 and next_number == 2:
                target = None  # …以下措施：(一)…；(二)…: a run-in list inside the open item of its style
            elif n == 1 and c.at == "line" and stack[inner].number > 1 \
                    and (opens or bare != stack[inner].bare or restart_in):
                target = None  # a list of the same style inside an item: a restart at 1 nests under it
                if not (opens or bare != stack[inner].bare):  # said: the restart was read as a nesting
                    self.flags.append(_flag("restarted_numbering", c, f"numbering restarts after "
                                            f"{stack[inner].number}, read as a list inside that item"))
            else:
                fitting = [k for k in places if n == stack[k].number + 1]
                same_shape = [k for k in fitting if stack[k].bare == bare]
                target = (same_shape or fitting or [inner])[-1]
        if target is not None:
            parent = stack[target - 1].index if target > 0 else None
            prev: Optional[int] = stack[target].number
        else:
            parent = stack[-1].index if stack else None
            prev = None if places else self.last_child.get((parent, c.style))
        glob = self.last_global.get(c.style)
        expected = {prev + 1} if prev is not None else {1}
        if prev is None and glob is not None and not places:
            expected.add(glob + 1)
        if c.at != "line":
            if n not in expected:
                return
            if n == 1 and prev is None and (c.at == "comma" or next_number != 2):
                return
        elif n not in expected:
            if prev is not None and n == prev:
                self.flags.append(_flag("repeated_number", c, f"number {n} comes twice"))
            elif prev is not None and n < prev:
                self.flags.append(_flag("restarted_numbering", c, f"numbering restarts after {prev}"))
            else:
                want = prev + 1 if prev is not None else 1
                self.flags.append(_flag("skipped_number", c, f"expected {want}"))
        elif prev is None and n != 1 and c.style not in self.continued:
            self.continued.add(c.style)  # said once: the document's way of numbering, not a slip
            self.flags.append(_flag("continued_numbering", c, f"numbering goes on from {n - 1} across sections"))
        if target is not None:
            del stack[target:]
        self.push(c, "heading", n, -1, bare)


def _decimal_consistent(cands: Sequence[Candidate]) -> list[Candidate]:
    """Drop decimal numbers (1 / 1.1 / 1.2.1) that the document's decimal numbering does
    not bear out: a bare number needs a 1.x below it, and 1.2.1 needs a 1.2."""
    keys = {i: c.marker.translate(_FOLD) for i, c in enumerate(cands)
            if c.style.startswith("dec") and _DOTTED.fullmatch(c.marker)}
    if not keys:
        return list(cands)
    present = set(keys.values())
    parents = {k.rsplit(".", 1)[0] for k in present if "." in k}
    return [c for i, c in enumerate(cands)
            if i not in keys or (keys[i].rsplit(".", 1)[0] in present if "." in keys[i] else keys[i] in parents)]


def _bare_number_series(cands: Sequence[Candidate], annex: int, task_rows: Sequence[tuple[int, int]] = (),
                        tables: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """Numbers alone on their line (the 序号 column of a table flattened one cell a line)
    count only as a series 1, 2, 3 …, and only in a task table (``task_rows``, see
    :mod:`.flat_tables`) or, outside any table with a header (``tables``), in an annex
    (after 附件 on a line of its own): a figure in a table of the body is a value, not an
    item."""
    def counts(c: Candidate) -> bool:
        if any(a <= c.start < b for a, b in task_rows):
            return True
        return c.start > annex and not any(a <= c.start < b for a, b in tables)

    bare = [i for i, c in enumerate(cands) if c.style == _BARE and counts(c)]
    keep: set[int] = set()
    run: list[int] = []
    for i in bare + [-1]:
        n = cands[i].number if i >= 0 else None
        if run and n == cands[run[-1]].number + 1:
            run.append(i)
            continue
        if len(run) >= 2:
            keep.update(run)
        run = [i] if n is not None else []
    return [c for i, c in enumerate(cands) if c.style != _BARE or i in keep]


_BARE = "ar_bare"
_FOLD = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _comma_starts(text: str, cands: Sequence[Candidate]) -> frozenset[int]:
    """Enumerations numbered 1 after a comma whose next item of the style is 2 in the same
    sentence (…座谈会，一是同大家谈谈心，二是…): the series starts there."""
    out = set()
    nxt: dict[str, int] = {}
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        if c.kind != "enum":
            continue
        j = nxt.get(c.style)
        if c.number == 1 and c.at == "comma" and j is not None and cands[j].number == 2 \
                and _SENTENCE_MARK.search(text, c.end, cands[j].start) is None:
            out.add(i)
        nxt[c.style] = i
    return frozenset(out)


_SENTENCE_MARK = re.compile(r"[。！？!?\n]")


def _announced(text: str, c: Candidate) -> bool:
    """The sentence before ``c`` is the speaker announcing a list (我给大家提几点希望。)."""
    j = c.start - 1
    while j >= 0 and text[j] in _SPACE:
        j -= 1
    if j < 0 or text[j] not in "。！？":
        return False
    lo = max(0, j - _ANNOUNCE_MAX)
    k = max(text.rfind(ch, lo, j) for ch in "。！？\n")
    sentence = text[max(k + 1, lo):j]
    return any(p in sentence for p in SPEAKER_CUES) and any(q in sentence for q in LIST_CUES)


def find_directives(text: str) -> tuple[list[Directive], list[Flag]]:
    """The numbered items of ``text`` as a tree, and what looked odd on the way."""
    resets, tail = stops(text)
    toc = contents_span(text)
    annexes = annex_starts(text)
    annex = annexes[0] if annexes else len(text)
    tables = find_tables(text, sorted(set(resets) | set(annexes) | {tail}))
    task_rows = [(t.first_row, t.end) for t in tables if t.items]
    # entries that name other parts or documents; inventories (their cells are records)
    skip = ([toc] if toc else []) + attachment_lists(text) + [(t.start, t.end) for t in tables if not t.items]

    def outside(i: int) -> bool:
        return i < tail and not any(a <= i < b for a, b in skip)

    def kept(cs: list[Candidate]) -> list[Candidate]:
        return _bare_number_series(_decimal_consistent([c for c in cs if outside(c.start)]), annex,
                                   task_rows, [(t.start, t.end) for t in tables])

    glue = {p: q for p, q in glued_children(text).items() if outside(p)}
    glued = sorted(set(glue) | set(glue.values()))
    cands = kept(find_candidates(text, glued))
    ends = _run_on_heading_ends(text, cands)
    if ends:  # a marker right after a heading that ran into its body: 一、关于…问题第一，…
        cands = kept(find_candidates(text, sorted(set(ends) | set(glued))))
    heading_line = [is_heading_line(text, c) for c in cands]
    runs, flags = _enumeration_runs(cands, resets, heading_line, _comma_starts(text, cands))
    nxt = _next_numbers(cands)
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    run_last: dict[int, int] = {}  # run id → candidate index of its last item
    for i, (run, _) in runs.items():
        run_last[run] = max(run_last.get(run, -1), i)
    plain = [p for p in plain_heading_lines(text[:tail], [c.start for c in cands]) if outside(p)]

    tree = _Tree()
    r = p = 0
    for i, c in enumerate(cands):
        if r < len(resets) and resets[r] < c.start:
            while r < len(resets) and resets[r] < c.start:
                r += 1
            tree.reset()  # an attachment or a second document: a new tree
            flags.append(Flag("new_part", "an attachment or a signed document ends here: numbering starts afresh",
                              resets[r - 1], resets[r - 1]))
        if p < len(plain) and plain[p] < c.start:
            while p < len(plain) and plain[p] < c.start:
                p += 1
            tree.close_run_in()
        if c.kind == "enum":
            if i not in runs:
                continue
            run, number = runs[i]
            if heading_line[i]:  # 第一，全国动员，大办农业 on a line of its own: a heading
                tree.heading(replace(c, number=number), is_bare_line(text, c), False, None)
                continue
            top = tree.stack[-1] if tree.stack else None
            same_par = top is not None and (bisect_right(line_starts, tree.accepted[top.index][0].start)
                                            == bisect_right(line_starts, c.start))
            goes_on = top is not None and run_last.get(top.run, -1) > i
            tree.enumeration(c, run, number, goes_on, same_par, number == 1 and _announced(text, c))
        else:
            tree.heading(c, is_bare_line(text, c), _opens_list(text, c), nxt[i], _line_before(line_starts, c.start))
    flags = sorted(flags + tree.flags, key=lambda f: -1 if f.start is None else f.start)
    return _build(text, tree.accepted, tail, resets, glue, task_rows), flags


def _build(text: str, accepted: list[tuple[Candidate, Optional[int], int, int]], tail: int,
           resets: Sequence[int] = (), glue: dict[int, int] | None = None,
           task_rows: Sequence[tuple[int, int]] = ()) -> list[Directive]:
    n = len(accepted)
    ends = [tail] * n
    open_: list[int] = []
    r = 0
    for k, (c, _, level, _) in enumerate(accepted):
        while r < len(resets) and resets[r] < c.start:
            while open_:
                ends[open_.pop()] = resets[r]
            r += 1
        while open_ and accepted[open_[-1]][2] >= level:
            ends[open_.pop()] = c.start
        open_.append(k)
    if r < len(resets):
        while open_:
            ends[open_.pop()] = min(resets[r], tail)
    out = []
    for k, (c, parent, level, number) in enumerate(accepted):
        end = ends[k]
        while end > c.end and text[end - 1] in _SPACE:
            end -= 1
        limit = accepted[k + 1][0].start if k + 1 < n else None
        run_on = _is_run_on(c)
        row = row_title(text, c.end) if c.style == _BARE and any(a <= c.start < b for a, b in task_rows) else None
        if row is not None:  # a task table's row: its first cell, joined where it wrapped
            title = row
        elif glue and c.start in glue and limit == glue[c.start]:  # 第二章环境影响评价第八条…
            title = text[c.end:limit].strip(_SPACE).replace("\n", "")
        else:
            ts, te = item_title(text, c.end, limit if limit is not None else end, run_on=run_on)
            title = text[ts:te]
        out.append(Directive(id=k, parent=parent, level=level, marker=c.marker, number=number,
                             title=title, start=c.start, end=max(end, c.end), style=c.style))
    return out


__all__ = ["find_directives"]
