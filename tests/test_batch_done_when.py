"""Issue #7's "Done when": a batch over a folder of real documents, the example speech, a
GBK copy of it, an empty file, a binary file, and a zip with five speeches and one
``../evil.txt`` entry stores every good document and reports every bad one in
``errors``; a second run adds nothing.  Once over ../shared (skipped without it), once
over texts of our own."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import shared_path
from pipeline.batch import read_tables, run_batch
from pipeline.batch.testing import sample_text, snapshot
from pipeline.load import doc_id_of, load

FIVE_SPEECHES = [
    "在全县春耕生产动员会上的讲话\n\n同志们：\n一、认清形势\n各乡镇要把粮食生产摆在突出位置，确保播种面积只增不减。\n"
    "二、抓好落实\n农业部门必须在4月底前完成良种调运。\n",
    "在全市安全生产工作会议上的讲话\n\n一、压实责任\n各企业要落实全员安全生产责任制，严禁超能力生产。\n"
    "二、排查隐患\n每月至少开展一次拉网式排查，重大隐患整改率达到100%。\n",
    "在区教育工作会议上的讲话\n\n一、办好人民满意的教育\n各学校要坚持立德树人，力争2026年新建幼儿园5所。\n"
    "二、加强教师队伍建设\n鼓励优秀教师到农村学校任教。\n",
    "在街道基层党建推进会上的讲话\n\n一、夯实基础\n各社区党组织要每季度召开一次组织生活会。\n"
    "二、服务群众\n网格员要做到小事不出网格，大事不出社区。\n",
    "在全省生态环境保护大会上的讲话\n\n一、打好蓝天保卫战\n到2027年，细颗粒物平均浓度下降10%以上。\n"
    "二、守住生态红线\n严禁在生态保护红线内开展开发建设活动。\n",
]


def build_extras(tmp: Path, speech: Path) -> dict[str, Path]:
    """The GBK copy, the empty and binary files, and the zip, written to ``tmp``."""
    extras = tmp / "extras"
    extras.mkdir()
    gbk = extras / "speech_gbk.txt"
    gbk.write_bytes(speech.read_text(encoding="utf-8").encode("gbk"))
    empty = extras / "empty.txt"
    empty.write_bytes(b"")
    binary = extras / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    pack = extras / "speeches.zip"
    with zipfile.ZipFile(pack, "w", zipfile.ZIP_DEFLATED) as z:
        for i, text in enumerate(FIVE_SPEECHES, 1):
            z.writestr(f"speeches/speech{i}.txt", text)
        z.writestr("../evil.txt", "这个条目想逃出解压目录。")
    return {"gbk": gbk, "empty": empty, "binary": binary, "zip": pack}


def check_done_when(folder: Path, speech: Path, tmp: Path) -> None:
    extras = build_extras(tmp, speech)
    inputs = [str(folder), str(speech), str(extras["gbk"]), str(extras["empty"]), str(extras["binary"]),
              str(extras["zip"])]
    db = tmp / "archive.duckdb"
    first = run_batch(inputs, str(db), workers=2)
    good_files = sorted(folder.rglob("*.txt"))
    expected_ids = {load(p).doc_id for p in good_files} | {load(speech).doc_id}
    expected_ids |= {doc_id_of(t) for t in FIVE_SPEECHES}

    t = read_tables(db)
    assert set(t["documents"]["doc_id"]) == expected_ids  # every good document, once
    assert first.stored == len(expected_ids) and first.failed == 3 and first.exit_code == 4
    for kind in ("directives", "targets", "requirements"):
        assert set(t[kind]["doc_id"]) <= expected_ids

    src = t["sources"].set_index("source")
    holder, copy = sorted([str(speech), str(extras["gbk"])])  # the same text: the name sorting first holds it
    assert (src.loc[holder, "status"], src.loc[copy, "status"]) == ("stored", "duplicate")
    assert src.loc[holder, "doc_id"] == src.loc[copy, "doc_id"] == load(speech).doc_id

    errors = dict(zip(t["errors"]["path"], t["errors"]["reason"]))
    assert set(errors) == {str(extras["empty"]), str(extras["binary"]), f"{extras['zip']}!../evil.txt"}
    assert errors[str(extras["empty"])] == "empty file"
    assert "binary" in errors[str(extras["binary"])]
    assert "unsafe" in errors[f"{extras['zip']}!../evil.txt"]
    assert not (tmp / "evil.txt").exists() and not (tmp.parent / "evil.txt").exists()

    before = snapshot(db, ignore=())
    second = run_batch(inputs, str(db), workers=2)
    assert (second.stored, second.failed) == (0, 0) and second.exit_code == 0
    assert second.skipped == first.stored + first.skipped + first.failed
    assert snapshot(db, ignore=()) == before  # a second run adds nothing


@pytest.mark.shared
@pytest.mark.slow
def test_done_when_over_shared(tmp_path, seed_speech):
    check_done_when(shared_path("corpora", "real"), seed_speech, tmp_path)


def test_done_when_over_our_own_texts(tmp_path):
    folder = tmp_path / "real"
    (folder / "reports").mkdir(parents=True)
    for i in range(6):
        (folder / ("reports" if i % 2 else ".") / f"doc{i}.txt").write_text(sample_text(400 + i), encoding="utf-8")
    (folder / "SOURCES.tsv").write_text("file\turl\n", encoding="utf-8")  # not a document: not taken
    speech = tmp_path / "speech.txt"
    speech.write_text(sample_text(500) * 3, encoding="utf-8")
    check_done_when(folder, speech, tmp_path)
