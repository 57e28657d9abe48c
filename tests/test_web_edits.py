"""pipeline.web.edits and pipeline.web.messages: staff's corrections and the Chinese reasons."""
from __future__ import annotations

import pytest

from pipeline import extract_text
from pipeline.web.edits import (
    Edit,
    EditsError,
    apply_edits,
    parse_edits,
    remark_of,
    split_partners,
)
from pipeline.web.messages import chinese_reason

NOTICE = (
    "一、压实工作责任\n"
    "各乡镇要在2026年6月底前完成河道清淤。（牵头单位：县水务局；责任单位：各乡镇）\n"
    "二、加强督促检查\n"
    "严禁弄虚作假。\n"
)


@pytest.mark.parametrize("text,expected", [
    ("财政局、人社局", ("财政局", "人社局")),
    ("财政局，人社局;税务局", ("财政局", "人社局", "税务局")),
    (" 财政局  人社局 ", ("财政局", "人社局")),
    ("", ()),
])
def test_split_partners(text, expected):
    assert split_partners(text) == expected


@pytest.mark.parametrize("raw,expected", [
    (None, {}),
    ("", {}),
    ('{"3": {"lead": " 县水务局 "}}', {3: Edit(lead="县水务局")}),
    ({"3": {"status": "已完成", "note": "完成"}}, {3: Edit(status="已完成", note="完成")}),
    ({"4": {"dropped": True, "unknown": 1}}, {4: Edit(dropped=True)}),
    ({"5": {"lead": "甲\x00乙"}}, {5: Edit(lead="甲乙")}),
])
def test_parse_edits(raw, expected):
    assert parse_edits(raw) == expected


@pytest.mark.parametrize("raw", ['{"1": {"status": "暂停"}}', "[1]", '{"a": {}}', '{"1": []}', "{oops",
                                 '{"1": {"note": 3}}'])
def test_parse_edits_refuses(raw):
    with pytest.raises(EditsError):
        parse_edits(raw)


@pytest.mark.parametrize("edit,expected", [
    (Edit(), ""),
    (Edit(status="未开始"), ""),
    (Edit(status="推进中"), "推进中"),
    (Edit(note="待复核"), "待复核"),
    (Edit(status="已完成", note="已验收"), "已完成；已验收"),
])
def test_remark_of(edit, expected):
    assert remark_of(edit) == expected


def test_apply_edits_changes_copies_only():
    result = extract_text(NOTICE)
    first, second = result.requirements[0], result.requirements[1]
    assert first.lead == "县水务局"
    edits = {first.req_id: Edit(lead="县河长办", partners="甲镇、乙镇", deadline="", note="x"),
             second.req_id: Edit(dropped=True)}
    edited, remarks = apply_edits(result, edits)
    new = edited.requirements[0]
    assert (new.lead, new.partners, new.deadline) == ("县河长办", ("甲镇", "乙镇"), None)
    assert [r.req_id for r in edited.requirements] == [first.req_id]
    assert remarks == {(result.doc_id, first.req_id): "x"}
    assert result.requirements[0].lead == "县水务局"  # the original is untouched


@pytest.mark.parametrize("reason,expected", [
    ("binary file, not text", "这不是文本文件"),
    ("empty file", "文件是空的"),
    ("empty document (only white space)", "文件是空的"),
    ("file too large (30,000,000 bytes > limit 20,971,520; see --max-bytes)", "文件太大（30,000,000 字节）"),
    ("PDF has no text layer (scanned?); run OCR first", "文字识别"),
    ("not a readable PDF (PdfReadError)", "无法读取这个 PDF"),
    ("not a readable .docx file (not a zip container)", "另存为 .docx"),
    ("cannot decode: not UTF-8, GB18030/GBK, Big5 or UTF-16 text", "无法识别文件的文字编码"),
    ("stage requirements failed: ValueError: x", "requirements 阶段"),
    ("something new", "无法读取这份文件"),
])
def test_chinese_reason(reason, expected):
    assert expected in chinese_reason(reason)
